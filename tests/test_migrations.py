"""The models and the migrations describe the same schema, on both engines."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from soest_desk import migrate
from soest_desk.db import DatabaseError, open_database
from soest_desk.models import Base


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
