"""Row-level security for the shared PostgreSQL database: which rows a facility-scoped
login (Heimleitung, Sozialarbeit) sees, as SQL. `pg_security.setup_roles` installs them.

The rule is the application's (`Actor.facility_scope`, `person_access`, `cases.may_reach`):
the Leitung, the Objektservice and the Administration see every facility; the Heimleitung and
Sozialarbeit the facilities assigned to them. Every policy also requires an active user for
the login (a deactivated user sees nothing, even before the login itself is withdrawn).
Policies that name another protected table (a household is visible when one of its members
is) are evaluated with that table's policy too, so the rules compose instead of being
repeated; where that would be wrong (a scoped login sees only its own stays) a SECURITY
DEFINER helper asks as the owner.

Every helper pins its search path with `pg_temp` last: otherwise a login's temporary table
named `users` would be found first and answer the helper's question.
"""

from __future__ import annotations

from soest_desk.models.enums import Role
from soest_desk.pg_roles import GROUP_ROLES
from soest_desk.services.permissions import FACILITY_SCOPED_ROLES

TODAY = "(now() AT TIME ZONE 'Europe/Berlin')::date"
CURRENT = f"(s.start_date <= {TODAY} AND (s.end_date IS NULL OR s.end_date > {TODAY}))"
MY_FACILITIES = "(SELECT soest_my_facility_ids())"

UNSCOPED_GROUPS = tuple(GROUP_ROLES[r] for r in Role if r not in FACILITY_SCOPED_ROLES)


def pinned_path(schema: str) -> str:
    return f"SET search_path = pg_catalog, {schema}, pg_temp"


def helper_functions(schema: str) -> list[str]:
    """Who is signed in, as the policies ask it. SECURITY DEFINER, because a scoped login
    may not read `users` freely; `session_user` is the login that connected (inside a
    definer function `current_user` is the owner)."""
    path = pinned_path(schema)
    unscoped = " OR ".join(
        f"(EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{g}') "
        f"AND pg_has_role(session_user, '{g}', 'MEMBER'))" for g in UNSCOPED_GROUPS)
    owner_of = (f"SELECT tableowner FROM pg_tables WHERE schemaname = "
                f"'{schema.strip(chr(34))}' AND tablename = 'audit_log'")
    return [
        f"""CREATE OR REPLACE FUNCTION soest_trusted() RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT coalesce((SELECT r.rolsuper OR r.rolbypassrls FROM pg_roles r
                             WHERE r.rolname = session_user), false)
                OR pg_has_role(session_user, ({owner_of}), 'MEMBER') $$""",
        f"""CREATE OR REPLACE FUNCTION soest_my_user_id() RETURNS integer
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT id FROM users WHERE login = session_user AND active $$""",
        f"""CREATE OR REPLACE FUNCTION soest_active() RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT EXISTS (SELECT 1 FROM users WHERE login = session_user AND active) $$""",
        f"""CREATE OR REPLACE FUNCTION soest_my_facility_ids() RETURNS SETOF integer
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT uf.facility_id FROM user_facilities uf JOIN users u ON u.id = uf.user_id
            WHERE u.login = session_user AND u.active $$""",
        f"""CREATE OR REPLACE FUNCTION soest_my_case_households() RETURNS SETOF integer
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT c.household_id FROM cases c JOIN users u ON u.id = c.social_worker_id
            WHERE u.login = session_user AND u.active $$""",
        f"""CREATE OR REPLACE FUNCTION soest_housed_persons() RETURNS SETOF integer
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT s.person_id FROM stays s WHERE {CURRENT} $$""",
        f"""CREATE OR REPLACE FUNCTION soest_households_with_members() RETURNS SETOF integer
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT DISTINCT p.household_id FROM persons p WHERE p.household_id IS NOT NULL $$""",
        f"""CREATE OR REPLACE FUNCTION soest_unscoped() RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT {unscoped} $$""",
    ]


HELPERS = ("soest_trusted()", "soest_my_user_id()", "soest_active()",
           "soest_my_facility_ids()", "soest_my_case_households()", "soest_housed_persons()",
           "soest_households_with_members()", "soest_unscoped()")

# table → the condition under which a scoped login may see (and write) a row
ROW_RULES: dict[str, str] = {
    "tickets": f"facility_id IN {MY_FACILITIES}",
    "ticket_events": "ticket_id IN (SELECT t.id FROM tickets t)",
    "attachments": "ticket_id IN (SELECT t.id FROM tickets t)",
    "cost_entries": "ticket_id IN (SELECT t.id FROM tickets t)",
    "inspections": f"facility_id IN {MY_FACILITIES}",
    "inspection_items": "inspection_id IN (SELECT i.id FROM inspections i)",
    "inspection_plans": f"facility_id IN {MY_FACILITIES}",
    "neighbourhood_reports": f"facility_id IN {MY_FACILITIES}",
    "stays": f"unit_id IN (SELECT u.id FROM units u WHERE u.facility_id IN {MY_FACILITIES})",
    # who lives in one of my facilities today, or nowhere today (new arrivals, people who
    # moved out), or belongs to a household whose case is assigned to me
    "persons": (
        f"id IN (SELECT s.person_id FROM stays s JOIN units u ON u.id = s.unit_id "
        f"WHERE {CURRENT} AND u.facility_id IN {MY_FACILITIES}) "
        # (asked as the owner: a scoped login sees only the stays in its own facilities)
        "OR id NOT IN (SELECT soest_housed_persons()) "
        "OR household_id IN (SELECT soest_my_case_households())"  # (not `cases`: it asks us)
    ),
    # a household one of whose members I see, or one without members yet (just created)
    "households": ("id IN (SELECT p.household_id FROM persons p) "
                   "OR id NOT IN (SELECT soest_households_with_members())"),
    "identity_documents": "person_id IN (SELECT p.id FROM persons p)",
    "person_languages": "person_id IN (SELECT p.id FROM persons p)",
    # a case is reached when it is mine or its household lives in one of my facilities
    "cases": (
        f"social_worker_id = soest_my_user_id() OR household_id IN ("
        f"SELECT p.household_id FROM persons p JOIN stays s ON s.person_id = p.id "
        f"JOIN units u ON u.id = s.unit_id WHERE {CURRENT} AND u.facility_id IN {MY_FACILITIES})"
    ),
    "case_notes": "case_id IN (SELECT c.id FROM cases c)",
    "readiness_items": "case_id IN (SELECT c.id FROM cases c)",
    "follow_ups": "case_id IN (SELECT c.id FROM cases c)",
}


def policies(table: str, owner: str) -> list[str]:
    """Enable and force RLS on `table`: one policy for the owner (migrations, the case-note
    function), and for the application roles one per command."""
    condition = f"soest_active() AND (soest_unscoped() OR ({ROW_RULES[table]}))"
    groups = ", ".join(GROUP_ROLES.values())
    statements = [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
    ]
    for name in ("soest_owner", "soest_scope", "soest_read", "soest_insert", "soest_update",
                 "soest_delete"):
        statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
    statements += [
        f'CREATE POLICY soest_owner ON {table} TO "{owner}" USING (true) WITH CHECK (true)',
        f"CREATE POLICY soest_read ON {table} FOR SELECT TO {groups} USING ({condition})",
        f"CREATE POLICY soest_insert ON {table} FOR INSERT TO {groups} "
        f"WITH CHECK ({condition})",
        f"CREATE POLICY soest_update ON {table} FOR UPDATE TO {groups} "
        f"USING ({condition}) WITH CHECK ({condition})",
        f"CREATE POLICY soest_delete ON {table} FOR DELETE TO {groups} USING ({condition})",
    ]
    return statements


def audit_stamp(schema: str) -> list[str]:
    """Who wrote an audit row is the server's word, not the client's: for every login but
    the owner's, the trigger sets the login, the user and the time itself."""
    return [
        f"""CREATE OR REPLACE FUNCTION soest_audit_stamp() RETURNS trigger
            LANGUAGE plpgsql {pinned_path(schema)} AS $$
            BEGIN
                IF NOT soest_trusted() THEN
                    NEW.actor_login := session_user;
                    NEW.actor_id := soest_my_user_id();
                    NEW.at := now();
                END IF;
                RETURN NEW;
            END $$""",
        "DROP TRIGGER IF EXISTS soest_audit_stamp ON audit_log",
        "CREATE TRIGGER soest_audit_stamp BEFORE INSERT ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION soest_audit_stamp()",
    ]


def sync_logins_function(schema: str) -> str:
    """`soest_sync_logins()`: every login that is a user of this database gets exactly the
    groups of its user's roles, none when the user is inactive (the Administration's changes
    in the window take effect at once; SECURITY DEFINER, so the owner's CREATEROLE does it).
    Logins that are no user here are left alone: roles are shared by all databases of a
    server, and another database's people are not ours to change."""
    pairs = ", ".join(f"('{group}', '{role.value}')" for role, group in GROUP_ROLES.items())
    return f"""
CREATE OR REPLACE FUNCTION soest_sync_logins() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {pinned_path(schema)} AS $$
DECLARE
    login_role record;
    pair record;
    wanted boolean;
    member boolean;
    changed integer := 0;
BEGIN
    FOR login_role IN
        SELECT m.rolname FROM pg_roles m
         WHERE m.rolcanlogin AND NOT m.rolsuper
           AND EXISTS (SELECT 1 FROM users u WHERE u.login = m.rolname)
    LOOP
        FOR pair IN SELECT * FROM (VALUES {pairs}) AS p(group_name, app_role) LOOP
            wanted := EXISTS (SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id
                              WHERE u.login = login_role.rolname AND u.active
                                AND r.role = pair.app_role);
            member := EXISTS (SELECT 1 FROM pg_auth_members am
                                JOIN pg_roles g ON g.oid = am.roleid
                                JOIN pg_roles m ON m.oid = am.member
                               WHERE g.rolname = pair.group_name
                                 AND m.rolname = login_role.rolname);
            IF wanted AND NOT member THEN
                EXECUTE format('GRANT %I TO %I', pair.group_name, login_role.rolname);
                changed := changed + 1;
            ELSIF member AND NOT wanted THEN
                EXECUTE format('REVOKE %I FROM %I', pair.group_name, login_role.rolname);
                changed := changed + 1;
            END IF;
        END LOOP;
    END LOOP;
    RETURN changed;
END $$"""
