"""The models and the migrations describe the same schema, on both engines."""

from __future__ import annotations

import shutil

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from soest_desk import migrate
from soest_desk.db import DatabaseError, open_database
from soest_desk.models import Base
from soest_desk.services.clock import office_today


def test_autogenerate_finds_no_difference(database):
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_database_is_at_head(database):
    assert migrate.current_revision(database) == migrate.head_revision()
    assert migrate.is_current(database)
    assert migrate.upgrade(database) is False  # nothing left to do


def test_fresh_sqlite_file_is_migrated_to_head(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'new.sqlite'}", create=True)
    assert migrate.current_revision(database) is None
    assert migrate.upgrade(database) is True
    assert migrate.current_revision(database) == migrate.head_revision()
    assert "stays" in database.table_names()
    database.dispose()


def test_database_from_a_newer_version_is_refused(sqlite_database):
    with sqlite_database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    with pytest.raises(DatabaseError, match="neueren Version von Soest Desk"):
        migrate.upgrade(sqlite_database)


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "foreign.sqlite"
    database = open_database(f"sqlite:///{path}", create=True)
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE kunden (id INTEGER PRIMARY KEY)"))
    with pytest.raises(DatabaseError, match="keine von Soest Desk"):
        migrate.upgrade(database)
    assert database.table_names() == ["kunden"]  # nothing was changed
    database.dispose()


def test_two_clients_migrating_postgres_at_once(pg_url):
    """Two workstations start a new version at the same moment: both succeed."""
    import threading
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"soest_race_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(pg_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    results: list[object] = []

    def migrate_once() -> None:
        database = open_database(url)
        try:
            results.append(migrate.upgrade(database))
        except Exception as exc:  # collected and asserted below
            results.append(exc)
        finally:
            database.dispose()

    try:
        threads = [threading.Thread(target=migrate_once) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results, key=str) == [False, True]
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    """A new, empty database on each engine (PostgreSQL: created and dropped here)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    pg_url = request.getfixturevalue("pg_url")
    name = f"soest_old_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(pg_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


OLD_ROWS = [  # a database of the first version: a ticket with history, cost and a duplicate
    "INSERT INTO users (id, login, display_name, created_at) VALUES (1, 'hm', 'Hanna',"
    " '2026-01-01 08:00:00')",
    "INSERT INTO facilities (id, kind, name, street, postal_code, city) "
    "VALUES (1, 'shared_accommodation', 'Haus', 'Weg 1', '59494', 'Soest')",
    "INSERT INTO tickets (id, facility_id, category, priority, state, title, is_safety_hazard,"
    " reported_at, waiting_reason) VALUES (1, 1, 'heating', 'normal', 'waiting', 'Heizung',"
    " false, '2026-01-05 08:00:00', 'access')",
    "INSERT INTO tickets (id, facility_id, category, priority, state, title, is_safety_hazard,"
    " reported_at, duplicate_of_id, closed_at) VALUES (2, 1, 'heating', 'normal', 'cancelled',"
    " 'Heizung', false, '2026-01-05 09:00:00', 1, '2026-01-05 10:00:00')",
    "INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state) VALUES"
    " (1, '2026-01-05 08:00:00', 1, 'transition', NULL, 'reported'),"
    " (1, '2026-01-06 08:00:00', 1, 'transition', 'in_progress', 'waiting'),"
    " (1, '2026-01-06 09:00:00', 1, 'comment', NULL, NULL)",
    "INSERT INTO cost_entries (ticket_id, kind, amount_eur, booked_on) VALUES"
    " (1, 'material', 12.50, '2026-01-06')",
    "INSERT INTO neighbourhood_reports (facility_id, reported_on, kind, text, resolved,"
    " resolved_on) VALUES (1, '2026-01-07', 'complaint', 'Laute Musik', true, '2026-01-08')",
]


def test_upgrading_a_database_with_data_keeps_every_row(empty_url):
    """SQLite alters a table by copying it: with foreign keys on, dropping the old copy would
    cascade into the history and the costs of every ticket."""
    from alembic import command

    database = open_database(empty_url, create=True)
    try:
        config = migrate.alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
        with database.engine.begin() as connection:
            for statement in OLD_ROWS:
                connection.execute(text(statement))
        assert migrate.upgrade(database) is True
        with database.engine.connect() as connection:
            counts = [connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                      for table in ("tickets", "ticket_events", "cost_entries")]
            duplicate = connection.execute(
                text("SELECT duplicate_of_id FROM tickets WHERE id = 2")).scalar()
            owners = connection.execute(text(
                "SELECT owner_role FROM ticket_events ORDER BY id")).scalars().all()
            waiting_until = connection.execute(
                text("SELECT waiting_until FROM tickets WHERE id = 1")).scalar()
            neighbourhood = tuple(connection.execute(text(
                "SELECT channel, category, resolved FROM neighbourhood_reports")).one())
        assert counts == [2, 3, 1]
        assert duplicate == 1
        assert owners == ["property_service", "site_manager", None]  # waiting for access
        assert waiting_until is not None
        assert neighbourhood == ("phone", "other", True)  # 0005: unknown channel and category
    finally:
        database.dispose()


FAILING_MIGRATION = '''"""A migration that fails halfway (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("half_column", sa.Integer))
    raise RuntimeError("the migration broke in the middle")


def downgrade():
    pass
'''


def test_a_migration_failing_halfway_leaves_the_previous_revision_usable(
        database, tmp_path, monkeypatch):
    from soest_desk.models.enums import Role
    from soest_desk.services import people
    from soest_desk.services.people import PersonInput
    from tests.builders import Builder, _actor

    head = migrate.head_revision()
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, copy,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / "9999_half_done.py").write_text(
        FAILING_MIGRATION.replace("{head}", head), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy)
    with pytest.raises(DatabaseError, match="Es wurde nichts geändert"):
        migrate.upgrade(database)
    assert migrate.current_revision(database) == head
    assert "half_done" not in database.table_names()
    assert "half_column" not in {c["name"] for c in inspect(database.engine).get_columns(
        "persons")}
    with database.write() as session:
        manager = _actor(Builder(session).user("leitung", {Role.MANAGER}))
    with database.write(manager) as session:  # the old schema works as before
        people.create_person(session, manager, PersonInput("Nazari", "Farid"),
                             today=office_today())
