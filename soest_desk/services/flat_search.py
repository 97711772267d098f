"""Flat search (Wohnungssuche): private housing offers for the household of a case, a
reservation for a household that is ready, and the move into the own flat.

The offers are facilities of kind "Privates Wohnraumangebot" with their one flat. Whether a
flat suits the household is decided by the allocation assistant's rules
(`allocation.unit_refusals`): enough places, the minimum m² per person, barrier-free where
somebody needs it, pets and smoking. The occupancy types of the facilities' rooms do not
apply: a private flat is let to whoever signs the lease. On top of those rules the search
says when an offer is not free yet (or no longer) on the wanted day, and which offers lie
outside the districts asked for.

Only a ready household (every required checklist item met) may reserve an offer, and an offer
is reserved for one open case at a time (the database holds to that too). Moving into the
own flat ends the stays of every member still living in a facility with the reason "eigene
Wohnung"; the stay service then closes the case with that outcome and marks the reserved offer
as taken (`case_closing`). A household that found a flat by itself moves the same way without
a reservation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Case, Facility, Person, Stay, Unit
from soest_desk.models.enums import (
    CaseStatus,
    FacilityKind,
    MoveOutReason,
    OccupancyType,
    OfferStatus,
)
from soest_desk.services import allocation, readiness, shared_settings, stays
from soest_desk.services.allocation import HouseholdProfile, PlaceProfile
from soest_desk.services.capacity import current_stay
from soest_desk.services.cases import editable_case, reachable_case, release_offer
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission
from soest_desk.services.stays import german


@dataclass(frozen=True)
class OfferMatch:
    facility_id: int
    name: str
    street: str
    district: str | None
    places: int
    area_m2: float
    barrier_free: bool
    pets_allowed: bool
    smoking_allowed: bool
    available_from: date | None
    available_to: date | None
    landlord: str | None
    landlord_phone: str | None
    status: str
    reserved_here: bool  # reserved for this case
    refusals: tuple[str, ...]

    @property
    def fits(self) -> bool:
        return not self.refusals


@dataclass(frozen=True)
class FlatSearch:
    case_id: int
    household_size: int
    readiness: readiness.Readiness
    on: date
    matches: list[OfferMatch]  # the fitting ones first


def _members(session: Session, household_id: int) -> list[Person]:
    return list(session.scalars(select(Person).where(
        Person.household_id == household_id, Person.active.is_(True),
        Person.anonymised_at.is_(None)).order_by(Person.id)))


def _profile(session: Session, household_id: int, on: date) -> HouseholdProfile:
    members = _members(session, household_id)
    if not members:
        raise DomainError("Der Haushalt hat keine aktiven Mitglieder.")
    return allocation.household_profile(session, [m.id for m in members], on)


def place_of(offer: Facility, unit: Unit) -> PlaceProfile:
    return PlaceProfile(unit.places, float(unit.area_m2), unit.barrier_free,
                        OccupancyType.MIXED.value, offer.pets_allowed, offer.smoking_allowed)


def _offer_unit(session: Session, offer_id: int) -> tuple[Facility, Unit]:
    row = session.execute(
        select(Facility, Unit).join(Unit, Unit.facility_id == Facility.id)
        .where(Facility.id == offer_id, Facility.kind == FacilityKind.PRIVATE_OFFER.value,
               Unit.active.is_(True)).order_by(Unit.id)).first()
    if row is None:
        raise DomainError("Das Wohnraumangebot wurde nicht gefunden.")
    return row[0], row[1]


def _timing(offer: Facility, on: date) -> list[str]:
    reasons = []
    if offer.available_from is not None and offer.available_from > on:
        reasons.append(f"frei erst ab {german(offer.available_from)}")
    if offer.available_to is not None and offer.available_to < on:
        reasons.append(f"nur bis {german(offer.available_to)} verfügbar")
    return reasons


def search(session: Session, actor: Actor, case_id: int, *, on: date | None = None,
           districts: Sequence[str] = (), today: date | None = None) -> FlatSearch:
    """Every open offer for the household from `on` (default today), with its reasons where
    it does not suit; offers outside `districts` (when given) say so."""
    today = today or office_today()
    on = on or today
    case = reachable_case(session, actor, case_id, Permission.VIEW_CASES, today)
    household = _profile(session, case.household_id, on)
    min_area = float(shared_settings.get(session, "min_area_per_person_m2"))
    wanted = {d.strip().casefold() for d in districts if d.strip()}
    rows = session.execute(
        select(Facility, Unit).join(Unit, Unit.facility_id == Facility.id)
        .where(Facility.kind == FacilityKind.PRIVATE_OFFER.value, Facility.active.is_(True),
               Unit.active.is_(True),
               Facility.offer_status.in_([OfferStatus.OFFERED.value,
                                          OfferStatus.RESERVED.value]))
        .order_by(Facility.name, Unit.id)).all()
    matches, seen = [], set()
    for offer, unit in rows:
        if offer.id in seen:
            continue
        seen.add(offer.id)
        mine = case.housing_offer_id == offer.id
        if offer.offer_status == OfferStatus.RESERVED and not mine:
            continue  # another household's
        reasons = allocation.unit_refusals(household, place_of(offer, unit), unit.places,
                                           household.size, min_area)
        reasons += _timing(offer, on)
        if wanted and (offer.district or "").casefold() not in wanted:
            reasons.append(f"anderer Stadtteil ({offer.district or 'ohne Angabe'})")
        matches.append(OfferMatch(
            offer.id, offer.name, offer.street, offer.district, unit.places,
            float(unit.area_m2), unit.barrier_free, offer.pets_allowed, offer.smoking_allowed,
            offer.available_from, offer.available_to, offer.landlord_name,
            offer.landlord_phone, offer.offer_status or OfferStatus.OFFERED.value, mine,
            tuple(reasons)))
    matches.sort(key=lambda m: (not m.reserved_here, not m.fits,
                                m.available_from or date.min, -m.area_m2 / household.size,
                                m.name))
    return FlatSearch(case.id, household.size, readiness.readiness_of(session, case.id, today),
                      on, matches)


def reserve(session: Session, actor: Actor, case_id: int, offer_id: int, *,
            version_id: int | None = None, today: date | None = None) -> Case:
    """Reserve the offer for the case's household (a ready household only; an offer that is
    free only later may be reserved ahead, one whose time has passed not). A case that held
    another offer gives it back."""
    today = today or office_today()
    case = editable_case(session, actor, case_id, version_id, today)
    ready = readiness.readiness_of(session, case.id, today)
    if not ready.ready:
        raise DomainError(f"Der Haushalt ist noch nicht mietvertragsfähig ({ready.text}). "
                          "Ein Angebot kann erst reserviert werden, wenn alle nötigen Punkte "
                          "der Checkliste erfüllt sind.")
    # the row as committed now, not as this session may have loaded it before the lock
    query = select(Facility).where(Facility.id == offer_id).execution_options(
        populate_existing=True)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    offer = session.scalars(query).first()
    if offer is None or offer.kind != FacilityKind.PRIVATE_OFFER:
        raise DomainError("Das Wohnraumangebot wurde nicht gefunden.")
    if case.housing_offer_id == offer.id:
        return case
    held = session.scalar(select(Case.id).where(
        Case.housing_offer_id == offer.id, Case.status != CaseStatus.CLOSED.value))
    if not offer.active or offer.offer_status != OfferStatus.OFFERED or held is not None:
        raise DomainError(f"„{offer.name}“ ist nicht mehr frei (inzwischen reserviert, "
                          "vergeben oder zurückgezogen). Bitte die Suche neu laden.")
    if offer.available_to is not None and offer.available_to < today:  # ahead is fine
        raise DomainError(f"„{offer.name}“ war nur bis {german(offer.available_to)} "
                          "verfügbar und kann nicht mehr reserviert werden.")
    _facility, unit = _offer_unit(session, offer.id)
    household = _profile(session, case.household_id, today)
    min_area = float(shared_settings.get(session, "min_area_per_person_m2"))
    reasons = allocation.unit_refusals(household, place_of(offer, unit), unit.places,
                                       household.size, min_area)
    if reasons:
        raise DomainError(f"„{offer.name}“ passt nicht zum Haushalt: {'; '.join(reasons)}.")
    if case.housing_offer_id is not None:
        release_offer(session, case)
    offer.offer_status = OfferStatus.RESERVED.value
    case.housing_offer_id = offer.id
    session.flush()
    return case


def release(session: Session, actor: Actor, case_id: int, *, version_id: int | None = None,
            today: date | None = None) -> Case:
    """Give the reserved offer back (it is offered again)."""
    case = editable_case(session, actor, case_id, version_id, today or office_today())
    if case.housing_offer_id is None:
        raise DomainError("Für diesen Fall ist kein Angebot reserviert.")
    release_offer(session, case)
    return case


def move_into_own_flat(session: Session, actor: Actor, case_id: int, on: date, *,
                       note: str | None = None, version_id: int | None = None,
                       today: date | None = None) -> Case:
    """Every member still living in a facility moves out on `on` (today or earlier) with
    the reason "eigene Wohnung"; the case closes with that outcome."""
    today = today or office_today()
    case = editable_case(session, actor, case_id, version_id, today)
    if on > today:
        raise DomainError("Auszug: bitte den Tag angeben, an dem der Haushalt ausgezogen "
                          "ist (heute oder früher). Ein künftiger Auszug wird am Tag selbst "
                          "eingetragen.", field="Auszug")
    if on < case.opened_on:
        raise DomainError(f"Auszug: der Tag liegt vor der Eröffnung des Falls "
                          f"({case.opened_on:%d.%m.%Y}).", field="Auszug")
    member_ids = [m.id for m in _members(session, case.household_id)]
    day_before = date.fromordinal(on.toordinal() - 1)
    living = list(session.scalars(select(Stay.person_id).where(
        Stay.person_id.in_(member_ids), current_stay(Stay, day_before))))
    if not living:
        raise DomainError(f"Niemand aus dem Haushalt wohnte am {german(day_before)} in einer "
                          "Unterkunft: es gibt keinen Auszug einzutragen.", field="Auszug")
    stays.move_out(session, actor, sorted(living), on, MoveOutReason.OWN_FLAT.value,
                   note=note, today=today, for_case=True)
    session.refresh(case)
    if case.status != "closed":  # a member lives elsewhere on: the case is for the household
        raise DomainError("Der Fall konnte nicht abgeschlossen werden: Mitglieder des "
                          "Haushalts wohnen ab diesem Tag noch in einer Unterkunft.")
    return case
