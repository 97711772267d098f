"""The protection PostgreSQL enforces by itself (`soest-desk db setup-roles`), checked with
direct psycopg connections as each person's own login, not through the application.

- the whole role × table × operation matrix: allowed cells succeed, the rest fail with
  SQLSTATE 42501 (statements on no rows: privileges are checked before any row is read);
- hidden columns (Sozialdaten, the note text, password hashes) fail alone;
- row-level security is enabled and forced, and a scoped login sees its facilities only;
- no application role can change or delete an audit row;
- each case-note read through `soest_read_case_note` leaves exactly one audit row, naming
  the login that read, whatever the caller claims.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from soest_desk import migrate
from soest_desk.db import open_database
from soest_desk.models import Base, CaseNote
from soest_desk.models.enums import Role
from soest_desk.pg_policies import ROW_RULES
from soest_desk.pg_roles import (
    DELETE,
    GROUP_ROLES,
    INSERT,
    OPERATIONS,
    PERMISSION_GRANTS,
    SELECT,
    UPDATE,
    role_matrix,
)
from soest_desk.pg_security import RoleSetupError, setup_roles
from soest_desk.services import case_notes
from soest_desk.services.permissions import Permission
from soest_desk.services.sign_in import unsafe_login_reason
from tests.pg_secured import INSUFFICIENT_PRIVILEGE, ROLE_LOGINS, Secured, secured_database


@pytest.fixture(scope="module")
def secured() -> Iterator[Secured]:
    yield from secured_database()


def _sqlstate(connection: psycopg.Connection, statement: str) -> str | None:
    """None when `statement` ran; else its SQLSTATE. Always rolled back."""
    try:
        with connection.transaction(force_rollback=True):
            connection.execute(statement).fetchall() if statement.lstrip().startswith(
                "SELECT") else connection.execute(statement)
    except psycopg.Error as exc:
        return exc.sqlstate
    return None


def _statement(table: str, operation: str, columns: list[str]) -> str:
    key = "id" if "id" in columns else columns[0]
    return {
        SELECT: f"SELECT {', '.join(columns)} FROM {table} WHERE false",
        INSERT: f"INSERT INTO {table} ({key}) SELECT NULL WHERE false",
        UPDATE: f"UPDATE {table} SET {key} = {key} WHERE false",
        DELETE: f"DELETE FROM {table} WHERE false",
    }[operation]


def test_every_permission_has_its_grants_and_every_grant_names_a_table():
    assert set(PERMISSION_GRANTS) == set(Permission)
    tables = set(Base.metadata.tables)
    for grants in PERMISSION_GRANTS.values():
        for grant in grants:
            assert grant.table in tables
            assert grant.hidden <= {c.name for c in Base.metadata.tables[grant.table].columns}


@pytest.mark.parametrize("role", list(GROUP_ROLES), ids=[r.value for r in GROUP_ROLES])
def test_the_role_table_operation_matrix(secured: Secured, role: Role):
    matrix = role_matrix(role)
    wrong: list[str] = []
    with secured.connect(ROLE_LOGINS[role]) as connection:
        for table in Base.metadata.sorted_tables:
            access = matrix.get(table.name)
            columns = [c.name for c in table.columns
                       if access is None or c.name not in access.hidden]
            for operation in OPERATIONS:
                allowed = access is not None and operation in access.operations
                state = _sqlstate(connection, _statement(table.name, operation, columns))
                if allowed and state is not None:
                    wrong.append(f"{table.name} {operation}: refused ({state})")
                if not allowed and state != INSUFFICIENT_PRIVILEGE:
                    wrong.append(f"{table.name} {operation}: {state or 'allowed'}")
            for column in sorted(access.hidden if access else ()):
                state = _sqlstate(connection, f"SELECT {column} FROM {table.name} WHERE false")
                if state != INSUFFICIENT_PRIVILEGE:
                    wrong.append(f"{table.name}.{column} SELECT: {state or 'allowed'}")
    assert wrong == []


def test_the_matrix_says_what_the_issue_asks():
    service = role_matrix(Role.PROPERTY_SERVICE)
    assert {SELECT} <= service["tickets"].operations and SELECT in service["units"].operations
    assert "persons" not in service and "households" not in service
    for role in GROUP_ROLES:
        notes = role_matrix(role).get("case_notes")
        assert notes is None or "text" in notes.hidden  # only through the function
        audit = role_matrix(role)["audit_log"]
        assert not audit.operations & {UPDATE, DELETE}
    assert "goals" in role_matrix(Role.MANAGER)["cases"].hidden
    assert "goals" not in role_matrix(Role.SOCIAL_WORKER)["cases"].hidden


def test_row_level_security_is_enabled_and_forced(secured: Secured):
    with secured.database.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
            "WHERE relname = ANY(:names) AND relkind = 'r'"), {"names": list(ROW_RULES)}).all()
    assert {r.relname for r in rows} == set(ROW_RULES)
    assert all(r.relrowsecurity and r.relforcerowsecurity for r in rows)


def test_the_property_service_reads_tickets_and_units_but_no_name(secured: Secured):
    with secured.connect("service") as connection:
        assert connection.execute("SELECT count(*) FROM units").fetchone()[0] > 0
        connection.execute("SELECT id, title FROM tickets").fetchall()
        for statement in ("SELECT family_name FROM persons", "SELECT label FROM households",
                          "SELECT number FROM identity_documents", "SELECT * FROM stays"):
            assert _sqlstate(connection, statement) == INSUFFICIENT_PRIVILEGE


def test_a_site_manager_sees_the_people_of_their_facility_only(secured: Secured):
    town = secured.world.town
    with secured.database.engine.connect() as owner:
        everybody = set(owner.scalars(text("SELECT id FROM persons")))
    with secured.connect("site") as connection:  # Haus am Park
        seen = {row[0] for row in connection.execute("SELECT id FROM persons")}
        stays_seen = connection.execute(
            "SELECT count(*) FROM stays s JOIN units u ON u.id = s.unit_id "
            "WHERE u.facility_id <> %s", (town.facilities["park"],)).fetchone()[0]
    assert town.people["olena"] in seen and town.people["karim"] in seen
    assert town.people["lena"] not in seen  # lives in the Ring
    assert seen < everybody and stays_seen == 0
    with secured.connect("manager") as connection:
        assert {row[0] for row in connection.execute("SELECT id FROM persons")} == everybody


def test_nobody_changes_an_audit_row_even_the_administration(secured: Secured):
    for key in ("admin", "manager", "site", "service", "sw_park"):
        with secured.connect(key) as connection:
            for statement in ("UPDATE audit_log SET actor_login = 'x'",
                              "DELETE FROM audit_log", "TRUNCATE audit_log"):
                assert _sqlstate(connection, statement) == INSUFFICIENT_PRIVILEGE, (key, statement)
    with secured.connect("admin") as connection:
        assert connection.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0


def _note_reads(secured: Secured, note_id: int) -> list[tuple[str, str]]:
    with secured.database.engine.connect() as owner:
        return [tuple(r) for r in owner.execute(text(
            "SELECT actor_login, action FROM audit_log WHERE table_name = 'case_notes' "
            "AND row_id = :n AND action = 'read' ORDER BY id"), {"n": note_id})]


def test_a_case_note_is_read_through_the_function_with_one_audit_row_each(secured: Secured):
    login = secured.logins["sw_park"]
    before = len(_note_reads(secured, secured.note_id))
    with secured.connect("sw_park") as connection:
        assert _sqlstate(connection, "SELECT text FROM case_notes") == INSUFFICIENT_PRIVILEGE
        for _ in range(2):
            with connection.transaction():
                read = connection.execute("SELECT soest_read_case_note(%s, %s)",
                                          (secured.note_id, "jemand.anders")).fetchone()[0]
            assert read == "MARKER-VERMERK streng vertraulich"
    reads = _note_reads(secured, secured.note_id)
    assert reads[before:] == [(login, "read"), (login, "read")]


def test_no_other_login_reads_a_note_and_a_refused_read_leaves_no_row(secured: Secured):
    before = _note_reads(secured, secured.note_id)
    for key in ("manager", "site", "service", "admin"):
        with secured.connect(key) as connection:
            for statement in ("SELECT text FROM case_notes",
                              f"SELECT soest_read_case_note({secured.note_id}, 'x')"):
                assert _sqlstate(connection, statement) == INSUFFICIENT_PRIVILEGE, (key, statement)
    with secured.connect("sw_park") as connection:  # a Ring case: not theirs
        assert _sqlstate(connection, f"SELECT soest_read_case_note({secured.ring_note_id}, '')"
                         ) == INSUFFICIENT_PRIVILEGE
    assert _note_reads(secured, secured.note_id) == before
    assert _note_reads(secured, secured.ring_note_id) == []


def test_the_application_reads_a_note_through_the_function_with_one_audit_row(
        secured: Secured):
    who = secured.world.actors["sw_park"]
    before = len(_note_reads(secured, secured.note_id))
    from datetime import date
    with secured.database.write(who) as session:
        note = case_notes.read_note(session, who, secured.note_id, today=date(2025, 3, 31))
    assert note.text == "MARKER-VERMERK streng vertraulich"
    # connected as the owner here, so the function records the application's user
    assert _note_reads(secured, secured.note_id)[before:] == [(who.login, "read")]
    with secured.database.read() as session:
        assert session.get(CaseNote, secured.note_id) is not None


def test_a_personal_login_is_fit_and_the_owner_is_not(secured: Secured):
    with secured.database.engine.connect() as owner:
        assert "Superuser" in (unsafe_login_reason(owner) or "")
    engine = create_engine(make_url(secured.url).set(username=secured.logins["site"]))
    try:
        with engine.connect() as connection:
            assert unsafe_login_reason(connection) is None
    finally:
        engine.dispose()


def test_setting_up_roles_twice_is_harmless_and_sqlite_is_refused(secured: Secured, tmp_path):
    with secured.database.engine.begin() as connection:
        summary = setup_roles(connection)
    assert summary.protected_tables == len(ROW_RULES)
    with secured.connect("service") as connection:
        assert _sqlstate(connection, "SELECT family_name FROM persons") == INSUFFICIENT_PRIVILEGE
    lite = open_database(f"sqlite:///{tmp_path / 'x.sqlite'}", create=True)
    try:
        with lite.engine.begin() as connection, pytest.raises(RoleSetupError, match="SQLite"):
            setup_roles(connection)
    finally:
        lite.dispose()


def test_the_commands_set_up_roles_and_create_a_login(secured: Secured, capsys, monkeypatch):
    from io import StringIO

    from soest_desk import cli

    assert cli.main(["db", "setup-roles", "--database-url", secured.url]) == 0
    assert "5 Gruppenrollen" in capsys.readouterr().out
    login = f"t{uuid.uuid4().hex[:6]}_neu"
    with secured.database.write() as session:
        from tests.builders import Builder

        Builder(session).user(login, {Role.SITE_MANAGER})
    monkeypatch.setattr("sys.stdin", StringIO("ein langes Passwort\n"))
    try:
        assert cli.main(["db", "create-login", login, "--password-stdin",
                         "--database-url", secured.url]) == 0
        assert "soest_site_manager" not in capsys.readouterr().err
        with secured.database.engine.connect() as owner:
            stored = owner.scalar(text("SELECT rolpassword FROM pg_authid WHERE rolname = :l"),
                                  {"l": login})
            member = owner.scalar(text("SELECT pg_has_role(:l, 'soest_site_manager', 'MEMBER')"),
                                  {"l": login})
        assert stored.startswith("SCRAM-SHA-256$") and "Passwort" not in stored and member
        monkeypatch.setattr("sys.stdin", StringIO("kurz\n"))
        assert cli.main(["db", "create-login", "niemand", "--password-stdin",
                         "--database-url", secured.url]) == 1
        assert "„niemand“ gibt es in Soest Desk nicht" in capsys.readouterr().err
    finally:
        with secured.database.engine.begin() as owner:
            owner.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


def test_the_command_refuses_sqlite_in_german(tmp_path, capsys):
    from soest_desk import cli

    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    lite = open_database(url, create=True)
    migrate.upgrade(lite)
    lite.dispose()
    assert cli.main(["db", "setup-roles", "--database-url", url]) == 1
    assert "nur bei PostgreSQL" in capsys.readouterr().err


def test_no_login_may_shadow_a_table_with_a_temporary_one(secured: Secured):
    for key in ("site", "sw_park", "service"):
        with secured.connect(key) as connection:
            assert _sqlstate(connection, "CREATE TEMP TABLE users (id integer, login text, "
                             "active boolean)") == INSUFFICIENT_PRIVILEGE


def test_an_audit_row_names_the_login_that_wrote_it_whatever_it_claims(secured: Secured):
    with secured.connect("service") as connection, connection.transaction():
        connection.execute(
            "INSERT INTO audit_log (at, actor_login, actor_id, action, table_name, row_id) "
            "VALUES ('2001-01-01', 'adele', 1, 'read', 'case_notes', 1)")
    with secured.database.engine.connect() as owner:
        row = owner.execute(text(
            "SELECT actor_login, actor_id, at > now() - interval '1 hour' FROM audit_log "
            "ORDER BY id DESC LIMIT 1")).one()
    assert tuple(row) == (secured.logins["service"], secured.world.users["service"], True)


def test_a_deactivated_user_loses_the_database_at_once(secured: Secured):
    from soest_desk.pg_security import create_login

    login = f"t{uuid.uuid4().hex[:6]}_geht"
    with secured.database.engine.begin() as owner:
        user_id = owner.scalar(text(
            "INSERT INTO users (login, display_name, search_name, active, created_at) "
            "VALUES (:l, 'Geht Bald', 'geht bald', true, now()) RETURNING id"), {"l": login})
        owner.execute(text("INSERT INTO user_roles (user_id, role) VALUES (:u, 'manager')"),
                      {"u": user_id})
        create_login(owner, login, None, {Role.MANAGER})
    secured.logins["geht"] = login
    try:
        with secured.connect("geht") as connection:
            assert connection.execute("SELECT count(*) FROM persons").fetchone()[0] > 0
        with secured.database.engine.begin() as owner:
            owner.execute(text("UPDATE users SET active = false WHERE id = :u"), {"u": user_id})
        with secured.connect("geht") as connection:  # the policies ask for an active user
            assert connection.execute("SELECT count(*) FROM persons").fetchone()[0] == 0
        with secured.database.engine.begin() as owner:
            assert owner.scalar(text("SELECT soest_sync_logins()")) == 1
        with secured.connect("geht") as connection:  # and the groups, even the schema, are gone
            assert _sqlstate(connection, "SELECT id FROM public.persons"
                             ) == INSUFFICIENT_PRIVILEGE
    finally:
        with secured.database.engine.begin() as owner:
            owner.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
