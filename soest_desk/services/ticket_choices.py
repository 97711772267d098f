"""What the Mängel tab offers to choose from: the facilities (with their units) an actor may
report a defect for, the facilities whose tickets they see (the list filter), and the
property-service staff a ticket can be assigned to. Read only; plain data, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Unit, User, UserRole
from soest_desk.models.enums import Role
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.ticket_workflow import acts_as_service


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    active: bool = True


@dataclass(frozen=True)
class FacilityChoice:
    id: int
    name: str
    units: tuple[Choice, ...]


def natural_key(text: str) -> tuple[object, ...]:
    """"A2" before "A10": digits compare as numbers."""
    return tuple(int(part) if part.isdigit() else part.casefold()
                 for part in re.split(r"(\d+)", text))


def may_report(actor: Actor) -> bool:
    """Whether the actor may report defects at all (the "Neue Mängelmeldung" button)."""
    if acts_as_service(actor):
        return True
    scope = actor.facility_scope(Permission.REPORT_TICKETS)
    return scope is None or bool(scope)


def reportable_facilities(session: Session, actor: Actor) -> list[FacilityChoice]:
    """Active facilities the actor may report for (the property service: all; a Heimleitung:
    its own), each with its active units in natural order."""
    if acts_as_service(actor):
        scope: frozenset[int] | None = None
    else:
        require(actor, Permission.REPORT_TICKETS)
        scope = actor.facility_scope(Permission.REPORT_TICKETS)
    query = select(Facility.id, Facility.name).where(Facility.active.is_(True))
    if scope is not None:
        query = query.where(Facility.id.in_(scope))
    facilities = session.execute(query).all()
    units: dict[int, list[Choice]] = {row.id: [] for row in facilities}
    if facilities:
        rows = session.execute(
            select(Unit.id, Unit.label, Unit.facility_id)
            .where(Unit.active.is_(True), Unit.facility_id.in_(list(units)))
        ).all()
        for row in rows:
            units[row.facility_id].append(Choice(row.id, row.label))
    result = [FacilityChoice(row.id, row.name, tuple(sorted(units[row.id],
                                                           key=lambda c: natural_key(c.label))))
              for row in facilities]
    return sorted(result, key=lambda f: natural_key(f.name))


def ticket_facilities(session: Session, actor: Actor) -> list[Choice]:
    """Facilities whose tickets the actor sees (the facility filter of the list); inactive
    ones too, since their old tickets stay listed, after the active ones."""
    require(actor, Permission.VIEW_TICKETS)
    scope = actor.facility_scope(Permission.VIEW_TICKETS)
    query = select(Facility.id, Facility.name, Facility.active)
    if scope is not None:
        query = query.where(Facility.id.in_(scope))
    rows = session.execute(query).all()
    choices = [Choice(row.id, row.name, bool(row.active)) for row in rows]
    return sorted(choices, key=lambda c: (not c.active, natural_key(c.label)))


def assignable_users(session: Session, actor: Actor) -> list[Choice]:
    """Active staff of the property service, by name: who can take over a ticket."""
    require(actor, Permission.HANDLE_TICKETS)
    rows = session.execute(
        select(User.id, User.display_name)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.active.is_(True), UserRole.role == Role.PROPERTY_SERVICE.value)
    ).all()
    unique = {row.id: row.display_name for row in rows}
    return sorted((Choice(user_id, name) for user_id, name in unique.items()),
                  key=lambda c: natural_key(c.label))
