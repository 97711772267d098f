"""Which PostgreSQL group role may do what to which table: the database's copy of the
application's permission table (`services.permissions.ROLE_PERMISSIONS`).

Each application role has one group role (NOLOGIN); every person signs in with a login role
of their own that is a member of the group roles of their application roles. The grants are
derived from the application's permissions through `PERMISSION_GRANTS`, so the two tables
cannot drift apart: a permission the window checks is the same permission psql meets.

Columns listed in `Grant.hidden` are left out of the column-wise SELECT grant: the Leitung
sees that a case exists, its status and dates, but not its goals; nobody may select the text
of a case note (it is read through `soest_read_case_note`, which writes the audit row first).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from soest_desk.models.enums import Role
from soest_desk.services.permissions import ROLE_PERMISSIONS, Permission

SELECT, INSERT, UPDATE, DELETE = "SELECT", "INSERT", "UPDATE", "DELETE"
OPERATIONS = (SELECT, INSERT, UPDATE, DELETE)

GROUP_ROLES: dict[Role, str] = {
    Role.SITE_MANAGER: "soest_site_manager",
    Role.PROPERTY_SERVICE: "soest_property_service",
    Role.SOCIAL_WORKER: "soest_social_worker",
    Role.MANAGER: "soest_manager",
    Role.ADMIN: "soest_admin",
}

# the text of case notes, the goals of a case, the evidence of readiness items and the
# subjects of follow-ups are Sozialdaten: only who reaches the case as a social worker
SOCIAL_COLUMNS: dict[str, frozenset[str]] = {
    "cases": frozenset({"goals"}),
    "readiness_items": frozenset({"evidence"}),
    "follow_ups": frozenset({"subject"}),
}
NOTE_TEXT = frozenset({"text"})  # case_notes.text: never selectable, only the function
SECRET_USER_COLUMNS = frozenset({"password_hash"})
STAY_PERSONAL_COLUMNS = frozenset({"person_id", "note", "move_out_reason"})


@dataclass(frozen=True)
class Grant:
    table: str
    operations: frozenset[str]
    hidden: frozenset[str] = field(default_factory=frozenset)  # not in the SELECT grant


def _g(table: str, *operations: str, hidden: Iterable[str] = ()) -> Grant:
    return Grant(table, frozenset(operations), frozenset(hidden))


R, C, U, D = SELECT, INSERT, UPDATE, DELETE  # read, create, update, delete

# every login needs these to sign in (its user row, roles and facilities), to show names of
# colleagues and facilities, and to write the audit trail (never to read or change it)
COMMON_GRANTS: tuple[Grant, ...] = (
    _g("users", R, hidden=SECRET_USER_COLUMNS),
    _g("user_roles", R),
    _g("user_facilities", R),
    _g("app_settings", R),
    _g("audit_log", C),
    _g("facilities", R),
    _g("units", R),
    _g("place_blocks", R),
    # occupancy (the facility list, the Übersicht) counts stays per unit and day: every role
    # may count them, but who lives there (person_id) and why they left stay hidden
    _g("stays", R, hidden=STAY_PERSONAL_COLUMNS),
    _g("over_allocations", R),  # units knowingly filled beyond their places, with the reason
)

PERMISSION_GRANTS: dict[Permission, tuple[Grant, ...]] = {
    Permission.VIEW_FACILITIES: (
        _g("facilities", R), _g("units", R), _g("place_blocks", R),
        _g("inspection_plans", R), _g("inspections", R), _g("inspection_items", R),
    ),
    Permission.EDIT_FACILITIES: (
        _g("facilities", C, U), _g("units", C, U), _g("place_blocks", C, U),
        _g("inspection_plans", C, U, D), _g("inspections", C, U), _g("inspection_items", C, U, D),
    ),
    Permission.VIEW_PERSONS: (
        _g("persons", R), _g("households", R), _g("identity_documents", R),
        _g("person_languages", R), _g("stays", R), _g("over_allocations", R),
    ),
    Permission.EDIT_PERSONS: (
        _g("persons", C, U), _g("households", C, U), _g("identity_documents", C, U, D),
        _g("person_languages", C, U, D),
    ),
    Permission.MANAGE_STAYS: (
        _g("stays", C, U), _g("over_allocations", C), _g("place_blocks", C, U),
    ),
    Permission.RECORD_OWN_FLAT: (_g("stays", U), _g("cases", U)),
    Permission.ALLOCATE: (_g("stays", C), _g("over_allocations", C)),
    Permission.VIEW_TICKETS: (
        _g("tickets", R), _g("ticket_events", R), _g("attachments", R), _g("cost_entries", R),
    ),
    Permission.REPORT_TICKETS: (
        _g("tickets", C, U), _g("ticket_events", C), _g("attachments", C),
    ),
    Permission.HANDLE_TICKETS: (  # the Objektservice reports what it finds itself, too
        _g("tickets", C, U), _g("ticket_events", C), _g("attachments", C),
        _g("cost_entries", C, U, D),
    ),
    Permission.CONFIRM_TICKETS: (_g("tickets", U), _g("ticket_events", C)),
    Permission.VIEW_CASES: (
        _g("cases", R, hidden=SOCIAL_COLUMNS["cases"]),
        _g("readiness_items", R, hidden=SOCIAL_COLUMNS["readiness_items"]),
        _g("follow_ups", R, hidden=SOCIAL_COLUMNS["follow_ups"]),
    ),
    Permission.EDIT_CASES: (
        _g("cases", C, U), _g("readiness_items", C, U, D), _g("follow_ups", C, U, D),
        _g("case_notes", C),
    ),
    Permission.READ_CASE_NOTES: (
        _g("cases", R), _g("readiness_items", R), _g("follow_ups", R),
        _g("case_notes", R, hidden=NOTE_TEXT),
    ),
    Permission.VIEW_NEIGHBOURHOOD: (_g("neighbourhood_reports", R),),
    Permission.EDIT_NEIGHBOURHOOD: (_g("neighbourhood_reports", C, U),),
    Permission.EXPORT_REPORTS: (),
    Permission.MARK_PILOT: (_g("facilities", U),),
    Permission.MANAGE_USERS: (
        _g("users", R, C, U), _g("user_roles", C, D), _g("user_facilities", C, D),
    ),
    Permission.MANAGE_SETTINGS: (_g("app_settings", C, U, D),),
    Permission.VIEW_AUDIT: (_g("audit_log", R),),
    # disclosure, retention and erasure must read every person and scrub the audit trail,
    # which no application role may change: on PostgreSQL they run with the owner's login
    # (`soest-desk privacy … --database-url`), so the permission adds no grant here
    Permission.DATA_PROTECTION: (),
}

# tables no application role may ever change once written
APPEND_ONLY = frozenset({"audit_log", "ticket_events"})


@dataclass(frozen=True)
class TableAccess:
    """What one group role may do to one table; `hidden` columns are not selectable even
    where SELECT is granted."""

    operations: frozenset[str]
    hidden: frozenset[str]


def role_matrix(role: Role) -> dict[str, TableAccess]:
    """table → access for one application role (tables it may not touch are absent)."""
    grants = list(COMMON_GRANTS)
    for permission in sorted(ROLE_PERMISSIONS[role]):
        grants.extend(PERMISSION_GRANTS[permission])
    operations: dict[str, set[str]] = {}
    shown_everything: dict[str, bool] = {}
    hidden: dict[str, set[str]] = {}
    for grant in grants:
        operations.setdefault(grant.table, set()).update(grant.operations)
        if SELECT in grant.operations:
            if not grant.hidden:
                shown_everything[grant.table] = True
            hidden.setdefault(grant.table, set()).update(grant.hidden)
    matrix = {}
    for table, ops in operations.items():
        if table in APPEND_ONLY:
            ops -= {UPDATE, DELETE}
        masked = set() if shown_everything.get(table) else hidden.get(table, set())
        if table == "case_notes":
            masked |= NOTE_TEXT
        if table == "users" and Permission.MANAGE_USERS not in ROLE_PERMISSIONS[role]:
            masked |= SECRET_USER_COLUMNS
        matrix[table] = TableAccess(frozenset(ops), frozenset(masked))
    return matrix


def full_matrix() -> dict[Role, dict[str, TableAccess]]:
    return {role: role_matrix(role) for role in GROUP_ROLES}
