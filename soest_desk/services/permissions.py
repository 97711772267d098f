"""Who may do what: one role → permission table, enforced by the services.

Site managers and social workers work for the facilities assigned to them; the other
roles see every facility. The window derives which actions it offers from the same table,
so hiding a button is never the only protection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from soest_desk.models.enums import Role
from soest_desk.services.errors import PermissionDenied


class Permission(StrEnum):
    VIEW_FACILITIES = "view_facilities"
    EDIT_FACILITIES = "edit_facilities"
    VIEW_PERSONS = "view_persons"  # names and personal data of residents
    EDIT_PERSONS = "edit_persons"
    MANAGE_STAYS = "manage_stays"  # move in, move out, transfer
    RECORD_OWN_FLAT = "record_own_flat"  # a household moves out into its own tenancy
    ALLOCATE = "allocate"  # allocation assistant, over-allocation with reason
    VIEW_TICKETS = "view_tickets"
    REPORT_TICKETS = "report_tickets"
    HANDLE_TICKETS = "handle_tickets"  # triage, assign, repair, cost
    CONFIRM_TICKETS = "confirm_tickets"  # accept or reject a repair on site
    VIEW_CASES = "view_cases"  # case list, status, readiness (no note text)
    EDIT_CASES = "edit_cases"
    READ_CASE_NOTES = "read_case_notes"  # Sozialdaten
    VIEW_NEIGHBOURHOOD = "view_neighbourhood"
    EDIT_NEIGHBOURHOOD = "edit_neighbourhood"
    EXPORT_REPORTS = "export_reports"
    MARK_PILOT = "mark_pilot"  # which facilities take part in the pilot project, from when
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"
    DATA_PROTECTION = "data_protection"  # disclosure, retention run, erasure (GDPR)


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SITE_MANAGER: frozenset({
        P.VIEW_FACILITIES, P.VIEW_PERSONS, P.EDIT_PERSONS, P.MANAGE_STAYS, P.VIEW_TICKETS,
        P.REPORT_TICKETS, P.CONFIRM_TICKETS, P.VIEW_NEIGHBOURHOOD, P.EDIT_NEIGHBOURHOOD,
    }),
    Role.PROPERTY_SERVICE: frozenset({P.VIEW_FACILITIES, P.VIEW_TICKETS, P.HANDLE_TICKETS}),
    Role.SOCIAL_WORKER: frozenset({
        P.VIEW_FACILITIES, P.VIEW_PERSONS, P.VIEW_CASES, P.EDIT_CASES, P.READ_CASE_NOTES,
        P.RECORD_OWN_FLAT, P.VIEW_NEIGHBOURHOOD,
    }),
    Role.MANAGER: frozenset({
        P.VIEW_FACILITIES, P.EDIT_FACILITIES, P.VIEW_PERSONS, P.EDIT_PERSONS, P.MANAGE_STAYS,
        P.ALLOCATE, P.VIEW_TICKETS, P.VIEW_CASES, P.VIEW_NEIGHBOURHOOD, P.EDIT_NEIGHBOURHOOD,
        P.EXPORT_REPORTS, P.MARK_PILOT,
    }),
    Role.ADMIN: frozenset({
        P.VIEW_FACILITIES, P.MANAGE_USERS, P.MANAGE_SETTINGS, P.VIEW_AUDIT,
        P.DATA_PROTECTION,
    }),
}

FACILITY_SCOPED_ROLES = frozenset({Role.SITE_MANAGER, Role.SOCIAL_WORKER})

ROLE_LABELS: dict[Role, str] = {
    Role.SITE_MANAGER: "Heimleitung",
    Role.PROPERTY_SERVICE: "Objektservice",
    Role.SOCIAL_WORKER: "Sozialarbeit",
    Role.MANAGER: "Leitung",
    Role.ADMIN: "Administration",
}

PERMISSION_LABELS: dict[Permission, str] = {
    P.VIEW_FACILITIES: "Unterkünfte ansehen",
    P.EDIT_FACILITIES: "Unterkünfte bearbeiten",
    P.VIEW_PERSONS: "Bewohner*innen ansehen",
    P.EDIT_PERSONS: "Bewohner*innen bearbeiten",
    P.MANAGE_STAYS: "Belegungen verwalten",
    P.RECORD_OWN_FLAT: "Auszug in eigene Wohnung eintragen",
    P.ALLOCATE: "Plätze zuweisen",
    P.VIEW_TICKETS: "Mängelmeldungen ansehen",
    P.REPORT_TICKETS: "Mängel melden",
    P.HANDLE_TICKETS: "Mängel bearbeiten",
    P.CONFIRM_TICKETS: "Reparaturen abnehmen",
    P.VIEW_CASES: "Fälle ansehen",
    P.EDIT_CASES: "Fälle bearbeiten",
    P.READ_CASE_NOTES: "Vermerke lesen",
    P.VIEW_NEIGHBOURHOOD: "Nachbarschaftsmeldungen ansehen",
    P.EDIT_NEIGHBOURHOOD: "Nachbarschaftsmeldungen bearbeiten",
    P.EXPORT_REPORTS: "Berichte exportieren",
    P.MARK_PILOT: "Pilotunterkünfte festlegen",
    P.MANAGE_USERS: "Benutzer verwalten",
    P.MANAGE_SETTINGS: "Einstellungen verwalten",
    P.VIEW_AUDIT: "Protokoll ansehen",
    P.DATA_PROTECTION: "Datenschutzaufgaben erledigen",
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the services see it: plain data, safe to pass between threads."""

    user_id: int | None
    login: str
    display_name: str
    roles: frozenset[Role]
    facility_ids: frozenset[int] = field(default_factory=frozenset)

    def permissions(self) -> frozenset[Permission]:
        granted: set[Permission] = set()
        for role in self.roles:
            granted |= ROLE_PERMISSIONS[role]
        return frozenset(granted)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions()

    def facility_scope(self, permission: Permission) -> frozenset[int] | None:
        """The facilities where `permission` holds; None means every facility."""
        unscoped = [r for r in self.roles if r not in FACILITY_SCOPED_ROLES]
        if any(permission in ROLE_PERMISSIONS[r] for r in unscoped):
            return None
        if any(permission in ROLE_PERMISSIONS[r] for r in self.roles):
            return self.facility_ids
        return frozenset()

    def facilities_within(self, permission: Permission, facility_ids: Iterable[int] | None
                          ) -> set[int] | None:
        """`facility_ids` (None: all) narrowed to the facilities where `permission` holds;
        None means every facility. Facilities outside are left out, not refused."""
        scope = self.facility_scope(permission)
        wanted = None if facility_ids is None else set(facility_ids)
        if scope is not None:
            wanted = set(scope) if wanted is None else wanted & scope
        return wanted

    def can_at(self, permission: Permission, facility_id: int) -> bool:
        scope = self.facility_scope(permission)
        return scope is None or facility_id in scope

    @property
    def role_labels(self) -> str:
        ordered = [role for role in Role if role in self.roles]
        return ", ".join(ROLE_LABELS[role] for role in ordered) or "keine Rolle"


SYSTEM_ACTOR = Actor(None, "system", "System", frozenset(Role))


def require(actor: Actor, permission: Permission, facility_id: int | None = None) -> None:
    """Raise PermissionDenied (German) unless `actor` holds `permission` (at the facility)."""
    if facility_id is None:
        allowed = actor.can(permission)
    else:
        allowed = actor.can_at(permission, facility_id)
    if not allowed:
        label = PERMISSION_LABELS[permission]
        if facility_id is not None and actor.can(permission):  # the role may, not here
            raise PermissionDenied(
                f"Keine Berechtigung für diese Unterkunft: Sie ist Ihnen nicht zugeordnet. "
                f"„{label}“ gilt für Ihre Rolle ({actor.role_labels}) nur in Ihren Unterkünften."
            )
        where = "" if facility_id is None else " für diese Unterkunft"
        raise PermissionDenied(
            f"Keine Berechtigung{where}: „{label}“ ist Ihrer Rolle "
            f"({actor.role_labels}) nicht erlaubt."
        )


def roles_with(permission: Permission) -> Iterable[Role]:
    return (role for role, granted in ROLE_PERMISSIONS.items() if permission in granted)
