"""A PostgreSQL database of its own with `soest-desk db setup-roles` done and one personal
login per role (module-scoped fixture `secured`), for the tests that connect as those logins."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import psycopg
import pytest
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url

from soest_desk import migrate
from soest_desk.db import Database, open_database
from soest_desk.models import User
from soest_desk.models.enums import Role
from soest_desk.pg_security import create_login, setup_roles
from soest_desk.services import case_notes
from tests.conftest import ON_CI, pg_admin_url
from tests.services.case_fixtures import CaseWorld, build_case_world, open_case

INSUFFICIENT_PRIVILEGE = "42501"
ROLE_LOGINS = {Role.SITE_MANAGER: "site", Role.PROPERTY_SERVICE: "service",
               Role.SOCIAL_WORKER: "sw_park", Role.MANAGER: "manager", Role.ADMIN: "admin"}


@dataclass
class Secured:
    url: str
    database: Database
    world: CaseWorld
    logins: dict[str, str]  # world actor key → PostgreSQL login
    note_id: int  # a note of the Kovalenko case (Haus am Park)
    ring_note_id: int  # a note of the Berg case (Ring): not reached by sw_park

    def connect(self, key: str) -> psycopg.Connection:
        url = make_url(self.url)
        return psycopg.connect(host=url.host, port=url.port or 5432, dbname=url.database,
                               user=self.logins[key])


def secured_database() -> Iterator[Secured]:
    """Body of the module-scoped fixture `secured` in the modules that use it."""
    admin = make_url(pg_admin_url())
    name = f"soest_roles_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no server
        engine.dispose()
        (pytest.fail if ON_CI else pytest.skip)(f"PostgreSQL not reachable: {exc}")
    url = admin.set(database=name).render_as_string(hide_password=False)
    database = open_database(url)
    logins: dict[str, str] = {}
    try:
        migrate.upgrade(database)
        world = build_case_world(database)
        note_id = _note(database, world, open_case(database, world, "kovalenko"), "sw_park")
        ring_case = open_case(database, world, "berg", actor="sw_ring")
        ring_note_id = _note(database, world, ring_case, "sw_ring")
        suffix = uuid.uuid4().hex[:6]
        with database.engine.begin() as connection:
            for key in ("site", "service", "sw_park", "sw_ring", "manager", "admin"):
                user_id = world.users[key]
                login = f"t{suffix}_{key}"
                connection.execute(update(User).where(User.id == user_id).values(login=login))
                roles = set(world.actors[key].roles)
                create_login(connection, login, None, roles)
                logins[key] = login
            setup_roles(connection)
        yield Secured(url, database, world, logins, note_id, ring_note_id)
    finally:
        database.dispose()
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for login in logins.values():
                connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        engine.dispose()


def _note(database: Database, world: CaseWorld, case_id: int, actor: str) -> int:
    who = world.actors[actor]
    with database.write(who) as session:
        return case_notes.add_note(session, who, case_id, date(2025, 3, 20), "consultation",
                                   "MARKER-VERMERK streng vertraulich",
                                   today=date(2025, 3, 31)).id


