"""The record forms' only way to the database, Qt-free like the other gateways: every method
opens one short session (it runs on the thread pool), calls the services and returns plain
data; driver failures come back as the German `DatabaseError`, refusals as the services'
`DomainError` (with `DuplicateSuspected` and `EditConflict` among them).

Reading a record for its form loads the ORM row through `session.get` (or the services'
loaders) and copies it into the very input dataclass the service takes back on save, with
the version it was read at."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from soest_desk.models import Facility, Unit
from soest_desk.models.enums import BirthDatePrecision, FacilityKind, HouseholdRole
from soest_desk.services import households, listing, people, pilot_marks, places
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.people import DocumentInput, PersonInput
from soest_desk.services.permissions import Permission, require
from soest_desk.services.person_access import load_person, person_label
from soest_desk.services.pilot_marks import PilotMark
from soest_desk.services.places import FacilityInput, OfferInput, UnitInput
from soest_desk.ui.session_gateway import SessionGateway

HEAD = HouseholdRole.HEAD.value
OFFER = FacilityKind.PRIVATE_OFFER.value
KINDS = ("person", "household", "facility", "unit", "offer")


def birth_text(day: date | None, precision: str) -> str:
    """How a birth date is shown and typed: "31.12.1990", "12.1990" or "1990"."""
    if day is None:
        return ""
    if precision == BirthDatePrecision.YEAR.value:
        return f"{day.year:04d}"
    if precision == BirthDatePrecision.MONTH.value:
        return f"{day.month:02d}.{day.year:04d}"
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


@dataclass(frozen=True)
class PersonRecord:
    person_id: int
    version: int
    name: str
    active: bool
    data: PersonInput


@dataclass(frozen=True)
class MemberEntry:
    person_id: int
    name: str
    born: str
    role: str | None  # a HouseholdRole code


@dataclass(frozen=True)
class HouseholdRecord:
    household_id: int
    version: int
    label: str
    active: bool
    members: list[MemberEntry]


@dataclass(frozen=True)
class PersonHit:
    """A person found by the household form's search."""

    person_id: int
    name: str
    born: str
    household: str | None
    facility: str | None


@dataclass(frozen=True)
class FacilityRecord:
    facility_id: int
    version: int
    active: bool
    data: FacilityInput
    pilot: PilotMark
    pilot_groups: tuple[str, ...]  # the group names in use, for the form's choice


@dataclass(frozen=True)
class UnitRecord:
    facility_name: str
    unit_id: int | None  # None: a new unit of the facility
    version: int
    active: bool
    data: UnitInput | None


@dataclass(frozen=True)
class OfferRecord:
    facility_id: int
    version: int
    active: bool
    data: OfferInput


class FormsGateway(SessionGateway):

    # ------------------------------------------------------------ people

    def person(self, person_id: int) -> PersonRecord:
        def job(session: Any) -> PersonRecord:
            require(self.actor, Permission.VIEW_PERSONS)
            person = load_person(session, person_id)
            documents = [DocumentInput(d.doc_type, d.number, d.issuing_country, d.valid_until)
                         for d in sorted(person.documents, key=lambda d: d.id)]
            data = PersonInput(
                family_name=person.family_name, given_names=person.given_names,
                birth_date=person.birth_date, birth_date_precision=person.birth_date_precision,
                sex=person.sex, nationality=person.nationality, phone=person.phone,
                care_grade=person.care_grade, needs_barrier_free=person.needs_barrier_free,
                has_pets=person.has_pets, smoker=person.smoker,
                name_transliteration=person.name_transliteration, documents=documents)
            return PersonRecord(person.id, person.version_id, person_label(person),
                                person.active, data)
        return self._read(job)

    def create_person(self, data: PersonInput, *, duplicate_ok: bool = False) -> int:
        return self._write(lambda s: people.create_person(
            s, self.actor, data, today=office_today(), duplicate_ok=duplicate_ok).id)

    def update_person(self, person_id: int, version: int, data: PersonInput) -> int:
        return self._write(lambda s: people.update_person(
            s, self.actor, person_id, version, data, today=office_today()).id)

    def search_people(self, text: str, limit: int = 25) -> list[PersonHit]:
        """People whose name (or household, or facility) contains every word of `text`."""
        keys = [column.key for column in listing.columns("persons")]

        def job(session: Any) -> list[PersonHit]:
            page = listing.fetch_page(session, self.actor, "persons", text=text, limit=limit)
            hits = []
            for row in page.rows:
                value = dict(zip(keys, row.values, strict=True))
                name = ", ".join(part for part in (value["family_name"], value["given_names"])
                                 if part)
                born = birth_text(value["birth_date"], row.extra.get(
                    "birth_date_precision") or BirthDatePrecision.DAY.value)
                hits.append(PersonHit(row.id, name, born, value["household"],
                                      value["facility"]))
            return hits
        return self._read(job)

    # ------------------------------------------------------------ households

    def household(self, household_id: int) -> HouseholdRecord:
        def job(session: Any) -> HouseholdRecord:
            require(self.actor, Permission.VIEW_PERSONS)
            household = households.load_household(session, household_id, active=False)
            members = [MemberEntry(p.id, person_label(p),
                                   birth_text(p.birth_date, p.birth_date_precision),
                                   p.household_role)
                       for p in households.members_of(session, household.id)]
            return HouseholdRecord(household.id, household.version_id, household.label or "",
                                   household.active, members)
        return self._read(job)

    def save_household(self, household_id: int | None, version: int, label: str | None,
                       members: Sequence[tuple[int, str]]) -> int:
        """Create a household, or rename it and make its members those given, in one
        transaction: all of it is saved, or nothing."""
        if household_id is None:
            return self._write(lambda s: households.create_household(
                s, self.actor, label, list(members), today=office_today()).id)
        return self._write(lambda s: self._change_household(
            s, household_id, version, label, dict(members)))

    def _change_household(self, session: Any, household_id: int, version: int,
                          label: str | None, wanted: dict[int, str]) -> int:
        today, actor, other = office_today(), self.actor, HouseholdRole.OTHER.value
        households.update_household(session, actor, household_id, version, label, today=today)
        current = {p.id: p.household_role for p in households.members_of(session, household_id)}
        heads = [pid for pid, role in wanted.items() if role == HEAD]
        if wanted and len(heads) != 1:
            raise DomainError(f"{households.MEMBERS_FIELD}: bitte genau eine Person als "
                              f"{households.HEAD_LABEL} angeben.",
                              field=households.MEMBERS_FIELD)
        head = next((pid for pid, role in current.items() if role == HEAD), None)
        new_head = heads[0] if heads else None
        newcomers = sorted((pid for pid in wanted if pid not in current),
                           key=lambda pid: pid != new_head)  # a headless household: head first
        for person_id in newcomers:  # a new head joins a headed household as "other" first
            role = wanted[person_id] if wanted[person_id] != HEAD or head is None else other
            households.add_member(session, actor, household_id, person_id, role, today=today)
            head = person_id if role == HEAD else head
        if new_head is not None and head is not None and new_head != head:
            households.set_member_role(session, actor, new_head, HEAD, today=today,
                                       previous_head_role=wanted.get(head, other))
        for person_id, role in wanted.items():
            if person_id in current and person_id not in (head, new_head) \
                    and current[person_id] != role:
                households.set_member_role(session, actor, person_id, role, today=today)
        leaving = sorted((pid for pid in current if pid not in wanted),
                         key=lambda pid: pid == head and new_head is None)  # the head last
        for person_id in leaving:
            households.remove_member(session, actor, person_id, today=today)
        return household_id

    # ------------------------------------------------------------ facilities and units

    def _facility_row(self, session: Any, facility_id: int, *, offer: bool = False
                      ) -> Facility:
        require(self.actor, Permission.VIEW_FACILITIES, facility_id)
        facility = session.get(Facility, facility_id)
        if facility is None:
            raise DomainError(f"Die Unterkunft Nr. {facility_id} gibt es nicht.")
        if (facility.kind == OFFER) != offer:  # the other form is the right one
            raise DomainError(
                f"„{facility.name}“ ist ein privates Wohnraumangebot; bitte als "
                "Wohnraumangebot bearbeiten." if facility.kind == OFFER else
                f"„{facility.name}“ ist kein privates Wohnraumangebot.")
        return facility

    def facility(self, facility_id: int) -> FacilityRecord:
        def job(session: Any) -> FacilityRecord:
            f = self._facility_row(session, facility_id)
            data = FacilityInput(f.kind, f.name, f.street, f.postal_code, f.city, f.district,
                                 f.living_space_m2, f.barrier_free, f.pets_allowed,
                                 f.smoking_allowed, f.notes)
            return FacilityRecord(f.id, f.version_id, f.active, data,
                                  PilotMark(f.pilot_group, f.pilot_start),
                                  tuple(pilot_marks.pilot_groups(session, self.actor)))
        return self._read(job)

    def create_facility(self, data: FacilityInput) -> int:
        return self._write(lambda s: places.create_facility(s, self.actor, data).id)

    def update_facility(self, facility_id: int, version: int, data: FacilityInput,
                        pilot: PilotMark | None = None) -> int:
        """Save the facility's fields and, when `pilot` is given (the Leitung's form), its
        pilot mark, in one transaction: both are saved, or neither."""
        def job(session: Any) -> int:
            facility = places.update_facility(session, self.actor, facility_id, version, data)
            if pilot is not None:  # the version was checked just now, under the row's lock
                pilot_marks.set_pilot(session, self.actor, facility_id, facility.version_id,
                                      pilot.group, pilot.start)
            return facility_id
        return self._write(job)

    def unit(self, facility_id: int, unit_id: int | None) -> UnitRecord:
        def job(session: Any) -> UnitRecord:
            facility = self._facility_row(session, facility_id)
            if unit_id is None:
                return UnitRecord(facility.name, None, 0, facility.active, None)
            u = session.get(Unit, unit_id)
            if u is None or u.facility_id != facility.id:
                raise DomainError(f"Die Wohneinheit Nr. {unit_id} gibt es nicht.")
            data = UnitInput(u.label, u.places, u.area_m2, u.occupancy_type, u.floor,
                             u.barrier_free)
            return UnitRecord(facility.name, u.id, u.version_id, u.active and facility.active,
                              data)
        return self._read(job)

    def create_unit(self, facility_id: int, data: UnitInput) -> int:
        return self._write(lambda s: places.create_unit(s, self.actor, facility_id, data).id)

    def update_unit(self, unit_id: int, version: int, data: UnitInput) -> int:
        return self._write(lambda s: places.update_unit(
            s, self.actor, unit_id, version, data, today=office_today()).id)

    # ------------------------------------------------------------ private housing offers

    def offer(self, facility_id: int) -> OfferRecord:
        def job(session: Any) -> OfferRecord:
            f = self._facility_row(session, facility_id, offer=True)
            flat = next((u for u in f.units if u.active), None)
            data = OfferInput(
                f.name, f.street, f.postal_code, f.city, f.district, f.landlord_name or "",
                f.landlord_phone, f.landlord_email, f.available_from, f.available_to,
                flat.places if flat else 0,
                flat.area_m2 if flat else f.living_space_m2,  # type: ignore[arg-type]
                f.barrier_free, f.pets_allowed, f.smoking_allowed,
                f.offer_status or "offered", f.notes)
            return OfferRecord(f.id, f.version_id, f.active, data)
        return self._read(job)

    def create_offer(self, data: OfferInput) -> int:
        return self._write(lambda s: places.create_offer(s, self.actor, data).id)

    def update_offer(self, facility_id: int, version: int, data: OfferInput) -> int:
        return self._write(lambda s: places.update_offer(
            s, self.actor, facility_id, version, data, today=office_today()).id)

    # ------------------------------------------------------------ ending

    def end(self, kind: str, record_id: int) -> None:
        """End (never delete) a record of `kind` (one of KINDS); the service may refuse."""
        enders: dict[str, Callable[[Any], None]] = {
            "person": lambda s: people.end_person(s, self.actor, record_id, today=office_today()),
            "household": lambda s: households.end_household(s, self.actor, record_id,
                                                            today=office_today()),
            "facility": lambda s: places.end_facility(s, self.actor, record_id,
                                                      today=office_today()),
            "unit": lambda s: places.end_unit(s, self.actor, record_id, today=office_today()),
            "offer": lambda s: places.end_offer(s, self.actor, record_id, today=office_today()),
        }
        if kind not in enders:
            raise ValueError(f"unknown kind {kind!r}; known: {', '.join(KINDS)}")
        self._write(enders[kind])
