"""Row-level security for the shared PostgreSQL database: which rows a facility-scoped
login (Heimleitung, Sozialarbeit) sees, as SQL. `pg_security.setup_roles` installs them.

The rule is the application's (`Actor.facility_scope`, `person_access`, `cases.may_reach`):
the Leitung, the Objektservice and the Administration see every facility; the Heimleitung and
Sozialarbeit the facilities assigned to them. Policies that name another protected table
(a household is visible when one of its members is) are evaluated with that table's policy
too, so the rules compose instead of being repeated.
"""

from __future__ import annotations

from soest_desk.models.enums import Role
from soest_desk.pg_roles import GROUP_ROLES
from soest_desk.services.permissions import FACILITY_SCOPED_ROLES

TODAY = "(now() AT TIME ZONE 'Europe/Berlin')::date"
CURRENT = f"(s.start_date <= {TODAY} AND (s.end_date IS NULL OR s.end_date > {TODAY}))"
MY_FACILITIES = "(SELECT soest_my_facility_ids())"

UNSCOPED_GROUPS = tuple(GROUP_ROLES[r] for r in Role if r not in FACILITY_SCOPED_ROLES)


def helper_functions(schema: str) -> list[str]:
    """Who is signed in, as the policies ask it. SECURITY DEFINER with a pinned search
    path, because a scoped login may not read `users` freely; `session_user` is the login
    that connected (inside a definer function `current_user` is the owner)."""
    path = f"SET search_path = pg_catalog, {schema}"
    unscoped = " OR ".join(
        f"(EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{g}') "
        f"AND pg_has_role(session_user, '{g}', 'MEMBER'))" for g in UNSCOPED_GROUPS)
    return [
        f"""CREATE OR REPLACE FUNCTION soest_my_user_id() RETURNS integer
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT id FROM users WHERE login = session_user AND active $$""",
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
        f"""CREATE OR REPLACE FUNCTION soest_unscoped() RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
            SELECT {unscoped} $$""",
    ]


HELPERS = ("soest_my_user_id()", "soest_my_facility_ids()", "soest_my_case_households()",
           "soest_housed_persons()", "soest_unscoped()")

# table → the condition under which a scoped login may see (and write) a row
ROW_RULES: dict[str, str] = {
    "tickets": f"facility_id IN {MY_FACILITIES}",
    "inspections": f"facility_id IN {MY_FACILITIES}",
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
    "households": "id IN (SELECT p.household_id FROM persons p)",
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
    """Enable and force RLS on `table`, one policy for the owner (migrations, the case-note
    function) and one for the application roles."""
    rule = ROW_RULES[table]
    groups = ", ".join(GROUP_ROLES.values())
    condition = f"soest_unscoped() OR ({rule})"
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS soest_owner ON {table}",
        f'CREATE POLICY soest_owner ON {table} TO "{owner}" USING (true) WITH CHECK (true)',
        f"DROP POLICY IF EXISTS soest_scope ON {table}",
        f"CREATE POLICY soest_scope ON {table} TO {groups} "
        f"USING ({condition}) WITH CHECK ({condition})",
    ]
