"""Photos that show a person (`attachments.shows_person_id`, migration 0006): who may mark
them, and the migration on a database with photos, up and down, on both engines."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from soest_desk import migrate
from soest_desk.db import Database, open_database
from soest_desk.models import Attachment
from soest_desk.models.enums import Role
from soest_desk.services import ticket_photos
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR
from tests.builders import Builder, _actor
from tests.services.test_data_protection import png


def test_who_may_mark_a_photo_as_showing_a_person(database: Database):
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        house, other = b.facility("Haus am Bach"), b.facility("Haus am Berg")
        unit = b.unit(house, "A1", 2)
        person = b.person("Haddad", "Lina")
        ticket = b.ticket(house, "Fenster klemmt", unit=unit)
        photo = ticket_photos.add_photo(session, SYSTEM_ACTOR, ticket.id, "f.png", png())
        actors = {key: _actor(b.user(key, roles, facilities)) for key, roles, facilities in (
            ("site", {Role.SITE_MANAGER}, (house,)), ("site_other", {Role.SITE_MANAGER}, (other,)),
            ("service", {Role.PROPERTY_SERVICE}, ()), ("social", {Role.SOCIAL_WORKER}, (house,)),
            ("manager", {Role.MANAGER}, ()))}
        person_id = person.id

    def mark(who: str, shown: int | None, attachment: int = photo) -> int | None:
        with database.write(actors[who]) as session:
            ticket_photos.mark_person_shown(session, actors[who], attachment, shown)
        with database.read() as session:
            row = session.get(Attachment, photo)
            assert row is not None
            return row.shows_person_id

    assert mark("site", person_id) == person_id
    assert mark("service", None) is None
    for who in ("site_other", "social", "manager"):
        with pytest.raises(PermissionDenied):
            mark(who, person_id)
    with pytest.raises(DomainError, match=r"Person Nr\. 9999 gibt es nicht"):
        mark("site", 9999)
    with pytest.raises(DomainError, match="Foto gibt es nicht"):
        mark("site", person_id, attachment=photo + 100)
    with database.read() as session:
        row = session.get(Attachment, photo)
        assert row is not None and row.shows_person_id is None


# ---------------------------------------------------------------- the migration

@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'photos.sqlite'}"
        return
    server = make_url(request.getfixturevalue("pg_url"))
    name = f"soest_photos_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _migrate_to(database: Database, revision: str, *, down: bool = False) -> None:
    config = migrate.alembic_config()
    with database.engine.connect() as connection:
        if database.dialect == "sqlite":
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        with connection.begin():
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)


ROWS = [
    "INSERT INTO facilities (id, kind, name, street, postal_code, city) VALUES "
    "(1, 'shared_accommodation', 'Haus', 'Weg 1', '59494', 'Soest')",
    "INSERT INTO persons (id, family_name, given_names) VALUES (1, 'Haddad', 'Lina')",
    "INSERT INTO tickets (id, facility_id, category, priority, state, title, "
    "is_safety_hazard, reported_at) VALUES (1, 1, 'other', 'normal', 'reported', 'Fenster', "
    "false, '2026-01-05 08:00:00')",
    "INSERT INTO attachments (id, ticket_id, file_name, content_type, size_bytes, sha256, "
    "data, uploaded_at) VALUES (1, 1, 'f.png', 'image/png', 3, 'x', :data, "
    "'2026-01-05 08:00:00')",
]


def test_migration_0006_keeps_the_photos_up_and_down(fresh_url):
    database = open_database(fresh_url, create=True)
    try:
        _migrate_to(database, "0005")
        with database.engine.begin() as connection:
            for statement in ROWS:
                connection.execute(text(statement), {"data": b"abc"})
        assert migrate.upgrade(database) is True
        with database.engine.begin() as connection:
            assert connection.execute(text("SELECT shows_person_id FROM attachments")
                                      ).scalar_one() is None
            connection.execute(text("UPDATE attachments SET shows_person_id = 1"))
        columns = {c["name"] for c in inspect(database.engine).get_columns("attachments")}
        assert "shows_person_id" in columns
        _migrate_to(database, "0005", down=True)
        with database.engine.connect() as connection:
            kept = connection.execute(text("SELECT file_name, data FROM attachments")).one()
        assert tuple(kept) == ("f.png", b"abc")
        columns = {c["name"] for c in inspect(database.engine).get_columns("attachments")}
        assert "shows_person_id" not in columns
    finally:
        database.dispose()
