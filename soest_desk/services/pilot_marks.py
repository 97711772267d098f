"""Pilot project membership (Pilotprojekt): which facilities try the new organisation, in
which group, from which day. The pilot evaluation compares them with the other facilities
before and after that day.

A facility is in the pilot when it has a group name and a start date; both are set or
cleared together (the database's CHECK says the same). Group names are trimmed, at most 50
characters, and compared without regard to case or extra spaces: typing "pilot  a" where a
group "Pilot A" exists joins that group instead of starting a second one that only looks
different in the evaluation. Private housing offers (Wohnraumangebote) are flats of private
landlords, not facilities the office runs, and take no part. An ended facility keeps its
mark and, like its other fields, cannot be changed any more.

Rights: `Permission.MARK_PILOT` (the Leitung) to change a mark; reading the group names
(`pilot_groups`) needs `Permission.VIEW_FACILITIES` and covers the facilities the actor may
see; the evaluation reads the pilot facilities itself (`kpi_pilot`). The change is audited
by the session hook (old → new); a save over a newer version is an `EditConflict` and
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from soest_desk.models import Facility
from soest_desk.models.enums import FacilityKind
from soest_desk.services.date_parsing import field_error
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.person_access import lock_query
from soest_desk.services.validation import check_version, clean_text

GROUP_FIELD, START_FIELD = "Pilotgruppe", "Pilotstart"
MAX_GROUP = 50
OFFER = FacilityKind.PRIVATE_OFFER.value


@dataclass(frozen=True)
class PilotMark:
    """A facility's membership: both None when it is not in the pilot."""

    group: str | None = None
    start: date | None = None

    @property
    def is_pilot(self) -> bool:
        return self.group is not None


@dataclass(frozen=True)
class MarkedFacility:
    """What `set_pilot` leaves behind: the facility's mark and its version after the save."""

    facility_id: int
    name: str
    version: int
    mark: PilotMark


def cleaned_mark(group: str | None, start: date | None) -> PilotMark:
    """The mark as stored (group trimmed, inner spaces single; a blank group is none), or a
    DomainError naming the field. No database: the form checks with it before saving."""
    text = clean_text(group, GROUP_FIELD, MAX_GROUP)
    if text is not None and start is None:
        raise field_error(START_FIELD, "bitte ein Datum angeben.")
    if text is None and start is not None:
        raise field_error(GROUP_FIELD, "bitte eine Gruppe angeben – oder den Pilotstart "
                                       "leeren, wenn die Unterkunft nicht am Pilotprojekt "
                                       "teilnimmt.")
    return PilotMark(text, start)


def _group_key(group: str) -> str:
    return " ".join(group.split()).casefold()


def _visible(query: Select, actor: Actor) -> Select:
    scope = actor.facility_scope(Permission.VIEW_FACILITIES)
    return query if scope is None else query.where(Facility.id.in_(scope))


def _known_spelling(session: Session, group: str | None) -> str | None:
    """An existing group's own spelling when `group` names it in other case or spacing."""
    if group is None:
        return None
    existing = session.scalars(select(Facility.pilot_group).where(
        Facility.pilot_group.is_not(None)).distinct())
    return next((known for known in existing if _group_key(known) == _group_key(group)),
                group)


def _load(session: Session, facility_id: int) -> Facility:
    facility = session.scalars(lock_query(
        session, select(Facility).where(Facility.id == facility_id))).first()
    if facility is None:
        raise DomainError(f"Die Unterkunft Nr. {facility_id} gibt es nicht.")
    if facility.kind == OFFER:
        raise DomainError(f"„{facility.name}“ ist ein privates Wohnraumangebot; am "
                          "Pilotprojekt nehmen nur Unterkünfte teil.")
    if not facility.active:
        raise DomainError(f"Die Unterkunft „{facility.name}“ ist beendet; ihre Teilnahme am "
                          "Pilotprojekt kann nicht mehr geändert werden.")
    return facility


def set_pilot(session: Session, actor: Actor, facility_id: int, version: int,
              group: str | None, start: date | None) -> MarkedFacility:
    """Put the facility into pilot group `group` from `start`, change its group or start,
    or (both None or blank) take it out of the pilot. Unchanged values write nothing."""
    require(actor, Permission.MARK_PILOT, facility_id)
    mark = cleaned_mark(group, start)
    facility = _load(session, facility_id)
    check_version(facility.version_id, version, f"Die Unterkunft „{facility.name}“")
    mark = PilotMark(_known_spelling(session, mark.group), mark.start)
    if (facility.pilot_group, facility.pilot_start) != (mark.group, mark.start):
        facility.pilot_group, facility.pilot_start = mark.group, mark.start
        session.flush()
    return MarkedFacility(facility.id, facility.name, facility.version_id, mark)


def clear_pilot(session: Session, actor: Actor, facility_id: int,
                version: int) -> MarkedFacility:
    """Take the facility out of the pilot (the audit log keeps its former group and start)."""
    return set_pilot(session, actor, facility_id, version, None, None)


def pilot_groups(session: Session, actor: Actor) -> list[str]:
    """The group names in use, for the form's choice (sorted without regard to case)."""
    require(actor, Permission.VIEW_FACILITIES)
    names = session.scalars(_visible(select(Facility.pilot_group).where(
        Facility.pilot_group.is_not(None)).distinct(), actor))
    return sorted(names, key=_group_key)
