"""`soest-desk db setup-roles`: the protection the shared PostgreSQL database enforces by
itself, whatever client connects (the window, a script, psql).

- one group role per application role (NOLOGIN), see `pg_roles.GROUP_ROLES`;
- privileges from `pg_roles.role_matrix`: nothing for PUBLIC, column-wise SELECT where
  Sozialdaten are hidden, no UPDATE or DELETE on the audit trail for any of them;
- row-level security, enabled and forced, from `pg_policies`;
- `soest_read_case_note(note_id, app_login)`: the only way to read the text of a case note
  (SECURITY DEFINER, pinned search path, no PUBLIC execute). PostgreSQL has no trigger on
  SELECT, so the function writes the audit row itself, before it returns the text.

Run it as the owner of the tables (whoever ran the migrations) or a superuser; it can be run
again at any time (after a migration it must be: new tables get no privileges until then).
People sign in with login roles of their own, members of their groups
(`create_login`); such a login is never the owner, a superuser or BYPASSRLS
(`services.sign_in.unsafe_login_reason`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from soest_desk.models import Base
from soest_desk.models.enums import Role
from soest_desk.pg_policies import (
    HELPERS,
    ROW_RULES,
    audit_stamp,
    helper_functions,
    pinned_path,
    policies,
    sync_logins_function,
)
from soest_desk.pg_roles import GROUP_ROLES, INSERT, SELECT, role_matrix
from soest_desk.services.errors import DomainError

NOTE_FUNCTION = "soest_read_case_note(integer, text)"
SYNC_FUNCTION = "soest_sync_logins()"


class RoleSetupError(DomainError):
    """German message: why the roles could not be set up."""


@dataclass(frozen=True)
class SetupSummary:
    groups: tuple[str, ...]
    tables: int
    protected_tables: int


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def setup_roles(connection: Connection) -> SetupSummary:
    """Create or refresh roles, privileges, policies and functions in one transaction."""
    _check_may_set_up(connection)
    schema = connection.scalar(text("SELECT current_schema()"))
    owner = connection.scalar(text(
        "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
        "AND tablename = 'audit_log'"))
    if owner is None:
        raise RoleSetupError("Die Datenbank hat noch keine Tabellen von Soest Desk: bitte "
                             "zuerst „soest-desk db upgrade“ ausführen.")
    ensure_group_roles(connection)
    groups = ", ".join(GROUP_ROLES.values())
    connection.execute(text(f"REVOKE ALL ON SCHEMA {quote(schema)} FROM PUBLIC"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA {quote(schema)} TO {groups}"))
    database = connection.scalar(text("SELECT current_database()"))
    # no temporary tables for anybody but the owner: they could shadow real ones
    connection.execute(text(f"REVOKE TEMPORARY ON DATABASE {quote(database)} FROM PUBLIC"))
    for statement in [*helper_functions(quote(schema)), _note_function(quote(schema)),
                      *audit_stamp(quote(schema)), sync_logins_function(quote(schema))]:
        connection.execute(text(statement))
    for helper in HELPERS:
        connection.execute(text(f"REVOKE ALL ON FUNCTION {helper} FROM PUBLIC"))
        connection.execute(text(f"GRANT EXECUTE ON FUNCTION {helper} TO {groups}"))
    connection.execute(text(f"REVOKE ALL ON FUNCTION {NOTE_FUNCTION} FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION {NOTE_FUNCTION} TO "
                            f"{GROUP_ROLES[Role.SOCIAL_WORKER]}"))
    connection.execute(text(f"REVOKE ALL ON FUNCTION {SYNC_FUNCTION} FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION {SYNC_FUNCTION} TO "
                            f"{GROUP_ROLES[Role.ADMIN]}"))
    tables = [t for t in Base.metadata.sorted_tables]
    for table in [*tables, _alembic()]:
        connection.execute(text(f"REVOKE ALL ON {table.name} FROM PUBLIC, {groups}"))
    connection.execute(text(f"GRANT SELECT ON alembic_version TO {groups}"))
    for role, group in GROUP_ROLES.items():
        for table_name, access in role_matrix(role).items():
            _grant(connection, group, Base.metadata.tables[table_name], access)
    for table_name in ROW_RULES:
        for statement in policies(table_name, owner):
            connection.execute(text(statement))
    connection.execute(text("SELECT soest_sync_logins()"))
    return SetupSummary(tuple(GROUP_ROLES.values()), len(tables), len(ROW_RULES))


def ensure_group_roles(connection: Connection) -> None:
    for group in GROUP_ROLES.values():
        connection.execute(text(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"))


def _alembic():  # the version table is not in the ORM metadata
    from sqlalchemy import Column, MetaData, String, Table

    return Table("alembic_version", MetaData(), Column("version_num", String(32)))


def _grant(connection: Connection, group: str, table, access) -> None:
    name = table.name
    for operation in sorted(access.operations):
        if operation == SELECT and access.hidden:
            shown = ", ".join(quote(c.name) for c in table.columns if c.name not in access.hidden)
            connection.execute(text(f"GRANT SELECT ({shown}) ON {name} TO {group}"))
        else:
            connection.execute(text(f"GRANT {operation} ON {name} TO {group}"))
    if INSERT in access.operations and "id" in table.columns:
        sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                                     {"t": name})
        if sequence:
            connection.execute(text(f"GRANT USAGE ON SEQUENCE {sequence} TO {group}"))


def _check_may_set_up(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise RoleSetupError(
            "Rollen in der Datenbank gibt es nur bei PostgreSQL. Die eingebettete "
            "SQLite-Datenbank hat keine Benutzer: Sie ist für einen Arbeitsplatz und eine "
            "vertrauenswürdige Person gedacht (siehe README, „Was die SQLite-Einrichtung "
            "schützt“).")
    allowed = connection.scalar(text(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"))
    if not allowed:
        raise RoleSetupError(
            "Die Rollen kann nur der Eigentümer der Datenbank mit dem Recht CREATEROLE oder "
            "ein Superuser einrichten. Bitte mit dessen Anmeldung erneut versuchen "
            "(--database-url).")


def _note_function(schema: str) -> str:
    social = GROUP_ROLES[Role.SOCIAL_WORKER]
    bare = schema.strip('"').replace("'", "''")  # inside the function current_schema()
    # is pg_catalog, the first of the pinned path
    return f"""
CREATE OR REPLACE FUNCTION soest_read_case_note(p_note_id integer, p_app_login text)
RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER
{pinned_path(schema)} AS $$
DECLARE
    v_login text;
    v_case integer;
    v_text text;
    v_trusted boolean;
BEGIN
    -- the owner and superusers read the table anyway: they may name the application user
    SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(session_user, t.tableowner, 'MEMBER')
      INTO v_trusted
      FROM pg_roles r, pg_tables t
     WHERE r.rolname = session_user AND t.schemaname = '{bare}'
       AND t.tablename = 'case_notes';
    IF coalesce(v_trusted, false) THEN
        v_login := coalesce(nullif(p_app_login, ''), session_user);
    ELSE
        IF NOT pg_has_role(session_user, '{social}', 'MEMBER') THEN
            RAISE EXCEPTION 'Keine Berechtigung: Vermerke lesen nur Sozialarbeiterinnen und '
                'Sozialarbeiter.' USING ERRCODE = '42501';
        END IF;
        v_login := session_user;  -- whatever the caller claims
    END IF;
    SELECT n.case_id INTO v_case FROM case_notes n WHERE n.id = p_note_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Der Vermerk wurde nicht gefunden.' USING ERRCODE = 'P0002';
    END IF;
    IF NOT coalesce(v_trusted, false) AND NOT EXISTS (
        SELECT 1 FROM cases c
         WHERE c.id = v_case
           AND (c.social_worker_id = soest_my_user_id()
                OR c.household_id IN (
                    SELECT p.household_id FROM persons p
                      JOIN stays s ON s.person_id = p.id JOIN units u ON u.id = s.unit_id
                     WHERE s.start_date <= (now() AT TIME ZONE 'Europe/Berlin')::date
                       AND (s.end_date IS NULL
                            OR s.end_date > (now() AT TIME ZONE 'Europe/Berlin')::date)
                       AND u.facility_id IN (SELECT soest_my_facility_ids())))) THEN
        RAISE EXCEPTION 'Keine Berechtigung für diesen Fall.' USING ERRCODE = '42501';
    END IF;
    -- the server log keeps the read even if the caller rolls the transaction back
    RAISE LOG 'soest-desk: case note % read by %', p_note_id, v_login;
    INSERT INTO audit_log (at, actor_login, actor_id, action, table_name, row_id, changes)
    VALUES (now(), v_login,
            (SELECT u.id FROM users u WHERE lower(u.login) = lower(v_login)),
            'read', 'case_notes', p_note_id, NULL);
    SELECT n.text INTO v_text FROM case_notes n WHERE n.id = p_note_id;
    RETURN v_text;
END $$"""


def note_function_installed(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql" and connection.scalar(
        text("SELECT to_regprocedure(:f) IS NOT NULL"), {"f": NOTE_FUNCTION})


def read_note_text(connection: Connection, note_id: int, app_login: str) -> str:
    """The note's text through the function (which writes the audit row)."""
    return connection.scalar(text("SELECT soest_read_case_note(:n, :l)"),
                             {"n": note_id, "l": app_login})


def create_login(connection: Connection, login: str, password: str | None,
                 roles: set[Role]) -> None:
    """A login role for one person, member of the groups of `roles` (and nothing more:
    NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB)."""
    ensure_group_roles(connection)
    connection.execute(text(
        f"CREATE ROLE {quote(login)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB"))
    if password:
        set_password(connection, login, password)
    for role in roles:
        connection.execute(text(f"GRANT {GROUP_ROLES[role]} TO {quote(login)}"))


def set_password(connection: Connection, login: str, password: str) -> None:
    """Only a SCRAM verifier computed here reaches the server (and its log), never the
    password itself (libpq's PQencryptPasswordConn)."""
    pgconn = connection.connection.driver_connection.pgconn
    verifier = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    literal = verifier.decode().replace("'", "''")
    # (not text(): the verifier holds ":" that would read as bind parameters)
    connection.exec_driver_sql(f"ALTER ROLE {quote(login)} PASSWORD '{literal}'")
