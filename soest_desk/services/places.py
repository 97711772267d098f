"""Facilities, their units and private housing offers: the services behind their forms and
the import.

A private housing offer (Wohnraumangebot) is a facility of kind `private_offer` with exactly
one unit, the flat itself (label "Wohnung", occupancy type "family"); the offer functions
keep the two together, and the facility and unit functions refuse offers. Nothing is
deleted: ending a facility, unit or offer marks it inactive, and is refused while anyone
lives there today or is booked in later. A unit's places are not reduced below the most
people living in it at once from today on (bookings included) nor below its blocked places.

Rights: `Permission.EDIT_FACILITIES` (the Leitung). Names are unique among facilities and
offers, unit labels within their facility, both compared without regard to case; the
database's unique constraints back this up when two workstations save at once. Every
change is audited by the session hook; a save over a newer version is an `EditConflict`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from soest_desk.models import Case, Facility, PlaceBlock, Stay, Unit
from soest_desk.models.enums import CaseStatus, FacilityKind, OccupancyType
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.person_access import lock_query
from soest_desk.services.place_checks import (
    FacilityInput,
    OfferInput,
    UnitInput,
    check_facility,
    check_offer,
    check_unit,
    cleaned_facility,
    cleaned_offer,
    cleaned_unit,
)
from soest_desk.services.validation import check_version

__all__ = [
    "FacilityInput", "OfferInput", "UnitInput", "check_facility", "check_offer", "check_unit",
    "create_facility", "create_offer", "create_unit", "end_facility", "end_offer", "end_unit",
    "peak_occupancy", "people_living_in", "update_facility", "update_offer", "update_unit",
]

OFFER = FacilityKind.PRIVATE_OFFER.value
OFFER_UNIT_LABEL = "Wohnung"




# ---------------------------------------------------------------- loading and uniqueness

def _load_facility(session: Session, facility_id: int, *, offer: bool) -> Facility:
    facility = session.scalars(lock_query(
        session, select(Facility).where(Facility.id == facility_id))).first()
    noun = "Das Wohnraumangebot" if offer else "Die Unterkunft"
    if facility is None:
        raise DomainError(f"{noun} Nr. {facility_id} gibt es nicht.")
    if (facility.kind == OFFER) != offer:
        raise DomainError(
            f"„{facility.name}“ ist ein privates Wohnraumangebot; bitte als Wohnraumangebot "
            "bearbeiten." if facility.kind == OFFER else
            f"„{facility.name}“ ist kein privates Wohnraumangebot.")
    if not facility.active:
        raise DomainError(f"{noun} „{facility.name}“ ist beendet.")
    return facility


def _load_unit(session: Session, unit_id: int) -> tuple[Unit, Facility]:
    unit = session.scalars(lock_query(session, select(Unit).where(Unit.id == unit_id))).first()
    if unit is None:
        raise DomainError(f"Die Wohneinheit Nr. {unit_id} gibt es nicht.")
    facility = _load_facility(session, unit.facility_id, offer=False)
    if not unit.active:
        raise DomainError(f"Die Wohneinheit „{unit.label}“ ist beendet.")
    return unit, facility


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _check_name_free(session: Session, name: str, exclude_id: int | None = None) -> None:
    for other_id, other_name, kind, active in session.execute(
            select(Facility.id, Facility.name, Facility.kind, Facility.active)):
        if other_id != exclude_id and _same_text(other_name, name):
            what = "ein Wohnraumangebot" if kind == OFFER else "eine Unterkunft"
            ended = " (beendet)" if not active else ""
            raise DomainError(f"Name: {what} „{other_name}“ gibt es schon{ended}. Bitte einen "
                              "anderen Namen wählen.", field="Name")


def _check_label_free(session: Session, facility: Facility, label: str,
                      exclude_id: int | None = None) -> None:
    for other_id, other_label in session.execute(
            select(Unit.id, Unit.label).where(Unit.facility_id == facility.id)):
        if other_id != exclude_id and _same_text(other_label, label):
            raise DomainError(f"Bezeichnung: eine Wohneinheit „{other_label}“ gibt es in "
                              f"„{facility.name}“ schon.", field="Bezeichnung")


@contextlib.contextmanager
def _saving(session: Session, name: str, label: str | None = None) -> Iterator[None]:
    """Make the changes of the block in a savepoint and flush them. A name or label taken
    meanwhile by another workstation (the unique key) becomes a German error; only the
    savepoint is rolled back, so the caller's session stays usable."""
    try:
        with session.begin_nested():
            yield
            session.flush()
    except IntegrityError as exc:
        text = str(exc.orig)
        if "uq_facilities_name" in text or "UNIQUE constraint failed: facilities.name" in text:
            raise DomainError(f"Name: „{name}“ wurde eben an einem anderen Arbeitsplatz "
                              "vergeben. Bitte einen anderen Namen wählen.",
                              field="Name") from exc
        if label is not None and ("uq_units_facility_id_label" in text
                                  or "UNIQUE constraint failed: units.facility_id" in text):
            raise DomainError(f"Bezeichnung: „{label}“ wurde eben an einem anderen Arbeitsplatz "
                              "vergeben.", field="Bezeichnung") from exc
        raise


# ---------------------------------------------------------------- who lives where

def _open_stays(session: Session, unit_ids: list[int], today: date
                ) -> list[tuple[int, date, date | None]]:
    """(person id, start, end) of the stays in these units that are current or to come."""
    return [tuple(row) for row in session.execute(
        select(Stay.person_id, Stay.start_date, Stay.end_date).where(
            Stay.unit_id.in_(unit_ids), or_(Stay.end_date.is_(None), Stay.end_date > today)))]


def people_living_in(session: Session, unit_ids: list[int], today: date) -> int:
    """How many people live in these units today or are booked into them later."""
    if not unit_ids:
        return 0
    return len({person_id for person_id, _start, _end in _open_stays(session, unit_ids, today)})


def peak_occupancy(session: Session, unit_id: int, today: date) -> int:
    """The most people in the unit on any one day from today on (bookings included)."""
    changes: list[tuple[date, int]] = []
    for _person_id, start, end in _open_stays(session, [unit_id], today):
        changes.append((max(start, today), 1))
        if end is not None:
            changes.append((end, -1))
    peak = current = 0
    for _day, change in sorted(changes):  # on one day, leaving (-1) sorts before arriving
        current += change
        peak = max(peak, current)
    return peak


def _check_places(session: Session, unit: Unit, places: int, today: date) -> None:
    if places >= unit.places:
        return
    peak = peak_occupancy(session, unit.id, today)
    if places < peak:
        raise DomainError(f"Plätze: in „{unit.label}“ wohnen ab heute bis zu {peak} Personen "
                          f"gleichzeitig (Einzüge eingerechnet); weniger als {peak} Plätze "
                          "gehen erst nach deren Auszug.", field="Plätze")
    blocked = session.scalar(select(func.max(PlaceBlock.places)).where(
        PlaceBlock.unit_id == unit.id,
        or_(PlaceBlock.end_date.is_(None), PlaceBlock.end_date > today)))
    if blocked is not None and places < blocked:
        raise DomainError(f"Plätze: in „{unit.label}“ sind {blocked} Plätze gesperrt; bitte "
                          "zuerst die Sperre anpassen.", field="Plätze")


def _check_nobody_lives(session: Session, units: list[Unit], today: date, what: str) -> None:
    count = people_living_in(session, [u.id for u in units if u.active], today)
    if count:
        who = ("wohnt noch eine Person oder ist eingeplant" if count == 1 else
               f"wohnen noch {count} Personen oder sind eingeplant")
        raise DomainError(f"Beenden nicht möglich: in {what} {who}. Bitte zuerst ausziehen "
                          "oder verlegen.")


# ---------------------------------------------------------------- facilities

def _apply_facility(facility: Facility, data: FacilityInput) -> None:
    for attribute in ("kind", "name", "street", "postal_code", "city", "district",
                      "living_space_m2", "barrier_free", "pets_allowed", "smoking_allowed",
                      "notes"):
        setattr(facility, attribute, getattr(data, attribute))


def create_facility(session: Session, actor: Actor, data: FacilityInput) -> Facility:
    """A new facility (Gemeinschaftsunterkunft, Übergangswohnheim, kommunale Wohnung)."""
    require(actor, Permission.EDIT_FACILITIES)
    check_facility(data)
    data = cleaned_facility(data)
    _check_name_free(session, data.name)
    with _saving(session, data.name):
        facility = Facility()
        _apply_facility(facility, data)
        session.add(facility)
    return facility


def update_facility(session: Session, actor: Actor, facility_id: int, version: int,
                    data: FacilityInput) -> Facility:
    require(actor, Permission.EDIT_FACILITIES, facility_id)
    facility = _load_facility(session, facility_id, offer=False)
    check_version(facility.version_id, version, f"Die Unterkunft „{facility.name}“")
    check_facility(data)
    data = cleaned_facility(data)
    _check_name_free(session, data.name, facility.id)
    with _saving(session, data.name):
        _apply_facility(facility, data)
    return facility


def end_facility(session: Session, actor: Actor, facility_id: int, *, today: date) -> None:
    """Take a facility out of use with all its units; refused while anyone lives there."""
    require(actor, Permission.EDIT_FACILITIES, facility_id)
    facility = _load_facility(session, facility_id, offer=False)
    _end(session, facility, today)


def _end(session: Session, facility: Facility, today: date) -> None:
    units = list(session.scalars(select(Unit).where(Unit.facility_id == facility.id)))
    _check_nobody_lives(session, units, today, f"„{facility.name}“")
    for unit in units:
        unit.active = False
    facility.active = False
    session.flush()


# ---------------------------------------------------------------- units

def _apply_unit(unit: Unit, data: UnitInput) -> None:
    for attribute in ("label", "places", "area_m2", "occupancy_type", "floor", "barrier_free"):
        setattr(unit, attribute, getattr(data, attribute))


def create_unit(session: Session, actor: Actor, facility_id: int, data: UnitInput) -> Unit:
    require(actor, Permission.EDIT_FACILITIES, facility_id)
    facility = _load_facility(session, facility_id, offer=False)
    check_unit(data)
    data = cleaned_unit(data)
    _check_label_free(session, facility, data.label)
    with _saving(session, facility.name, data.label):
        unit = Unit(facility_id=facility.id)
        _apply_unit(unit, data)
        session.add(unit)
    return unit


def update_unit(session: Session, actor: Actor, unit_id: int, version: int, data: UnitInput,
                *, today: date) -> Unit:
    unit, facility = _load_unit(session, unit_id)
    require(actor, Permission.EDIT_FACILITIES, facility.id)
    check_version(unit.version_id, version, f"Die Wohneinheit „{unit.label}“")
    check_unit(data)
    data = cleaned_unit(data)
    _check_label_free(session, facility, data.label, unit.id)
    _check_places(session, unit, data.places, today)
    with _saving(session, facility.name, data.label):
        _apply_unit(unit, data)
    return unit


def end_unit(session: Session, actor: Actor, unit_id: int, *, today: date) -> None:
    unit, facility = _load_unit(session, unit_id)
    require(actor, Permission.EDIT_FACILITIES, facility.id)
    _check_nobody_lives(session, [unit], today, f"„{unit.label}“ ({facility.name})")
    unit.active = False
    session.flush()


# ---------------------------------------------------------------- private housing offers

def _apply_offer(facility: Facility, unit: Unit, data: OfferInput) -> None:
    for attribute in ("name", "street", "postal_code", "city", "district", "landlord_name",
                      "landlord_phone", "landlord_email", "available_from", "available_to",
                      "barrier_free", "pets_allowed", "smoking_allowed", "offer_status",
                      "notes"):
        setattr(facility, attribute, getattr(data, attribute))
    facility.kind = OFFER
    facility.living_space_m2 = data.area_m2
    unit.places, unit.area_m2, unit.barrier_free = data.places, data.area_m2, data.barrier_free


def _check_offer_status(session: Session, facility: Facility | None, status: str) -> None:
    """The form does not change the status of an offer a case holds (the social worker
    releases it in the case's flat search); a reservation without a case is the form's."""
    current = facility.offer_status if facility is not None else None
    holder = None if facility is None else session.scalars(select(Case).where(
        Case.housing_offer_id == facility.id, Case.status != CaseStatus.CLOSED.value)).first()
    if holder is not None and status != current:
        raise DomainError("Status: Das Angebot ist in der Wohnungssuche für einen Haushalt "
                          "reserviert. Die Reservierung hebt die Sozialarbeit im Fall auf; "
                          "danach kann der Status hier geändert werden.", field="Status")


def create_offer(session: Session, actor: Actor, data: OfferInput) -> Facility:
    """A private landlord's flat: a facility of kind private_offer with its one unit."""
    require(actor, Permission.EDIT_FACILITIES)
    check_offer(data)
    _check_offer_status(session, None, data.offer_status)
    data = cleaned_offer(data)
    _check_name_free(session, data.name)
    with _saving(session, data.name):
        facility = Facility()
        unit = Unit(label=OFFER_UNIT_LABEL, occupancy_type=OccupancyType.FAMILY.value,
                    facility=facility)
        _apply_offer(facility, unit, data)
        session.add(facility)
    return facility


def _offer_unit(session: Session, facility: Facility) -> Unit:
    unit = session.scalars(lock_query(session, select(Unit).where(
        Unit.facility_id == facility.id, Unit.active.is_(True)).order_by(Unit.id))).first()
    if unit is None:
        raise DomainError(f"Das Wohnraumangebot „{facility.name}“ hat keine Wohnung mehr.")
    return unit


def update_offer(session: Session, actor: Actor, facility_id: int, version: int,
                 data: OfferInput, *, today: date) -> Facility:
    require(actor, Permission.EDIT_FACILITIES, facility_id)
    facility = _load_facility(session, facility_id, offer=True)
    check_version(facility.version_id, version, f"Das Wohnraumangebot „{facility.name}“")
    check_offer(data)
    _check_offer_status(session, facility, data.offer_status)
    data = cleaned_offer(data)
    _check_name_free(session, data.name, facility.id)
    unit = _offer_unit(session, facility)
    _check_places(session, unit, data.places, today)
    before = (unit.places, unit.area_m2, unit.barrier_free)
    with _saving(session, data.name):
        _apply_offer(facility, unit, data)
        if (unit.places, unit.area_m2, unit.barrier_free) != before:
            flag_modified(facility, "search_name")  # the offer as a whole is a new version
    return facility


def end_offer(session: Session, actor: Actor, facility_id: int, *, today: date) -> None:
    """Take an offer out of use (its status stays as it was); refused while occupied."""
    require(actor, Permission.EDIT_FACILITIES, facility_id)
    facility = _load_facility(session, facility_id, offer=True)
    _end(session, facility, today)
