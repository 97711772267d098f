"""What the Bewohner*innen tab shows of one person: household, where everybody lives, the
length of stay and the history; and the units a transfer can go to. Plain data, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Household, Person, Stay, Unit
from soest_desk.models.enums import FacilityKind
from soest_desk.services.allocation import age_on
from soest_desk.services.capacity import current_stay, load_units
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.stays import StayRecord, history, length_of_stay_days, person_name


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str
    role: str | None
    age: int | None
    place: str | None  # "Haus am Park, EG-02" while living somewhere
    needs_barrier_free: bool
    care_grade: int
    facility_id: int | None = None  # where they live today


@dataclass(frozen=True)
class PersonSummary:
    person_id: int
    name: str
    birth_date: date | None
    birth_date_precision: str
    household_id: int | None
    household: str | None
    members: list[MemberRow]  # the household, the person first; or only the person
    place: str | None
    length_of_stay_days: int | None
    history: list[StayRecord]

    @property
    def homeless_member_ids(self) -> list[int]:
        """The members without a place today: who the allocation assistant places."""
        return [m.person_id for m in self.members if m.place is None]

    @property
    def living_member_ids(self) -> list[int]:
        return [m.person_id for m in self.members if m.place is not None]


def _places(session: Session, person_ids: list[int], day: date
            ) -> dict[int, tuple[str, int]]:
    rows = session.execute(
        select(Stay.person_id, Facility.name, Unit.label, Facility.id)
        .join(Unit, Stay.unit_id == Unit.id).join(Facility, Unit.facility_id == Facility.id)
        .where(Stay.person_id.in_(person_ids), current_stay(Stay, day)))
    return {pid: (f"{facility}, {label}", facility_id)
            for pid, facility, label, facility_id in rows}


def person_summary(session: Session, actor: Actor, person_id: int, today: date
                   ) -> PersonSummary:
    require(actor, Permission.VIEW_PERSONS)
    person = session.get(Person, person_id)
    if person is None or person.anonymised_at is not None:
        raise DomainError(f"Die Person Nr. {person_id} gibt es nicht.")
    household = session.get(Household, person.household_id) if person.household_id else None
    people = [person]
    if household is not None:
        people += [m for m in session.scalars(select(Person).where(
            Person.household_id == household.id, Person.active.is_(True),
            Person.anonymised_at.is_(None), Person.id != person.id).order_by(
            Person.birth_date)) if m.id != person.id]
    places = _places(session, [p.id for p in people], today)
    members = [MemberRow(p.id, person_name(p), p.household_role, age_on(p.birth_date, today),
                         places[p.id][0] if p.id in places else None, p.needs_barrier_free,
                         p.care_grade, places[p.id][1] if p.id in places else None)
               for p in people]
    records = history(session, actor, person_id, today)
    label = (household.label or None) if household else None
    return PersonSummary(person.id, person_name(person), person.birth_date,
                         person.birth_date_precision, person.household_id,
                         label or (f"Haushalt {person_name(person)}" if household else None),
                         members, places[person.id][0] if person.id in places else None,
                         length_of_stay_days(records, today),
                         records)


@dataclass(frozen=True)
class UnitOption:
    unit_id: int
    facility_id: int
    facility: str
    label: str
    free: int  # free on every day from the date on


def unit_options(session: Session, actor: Actor, day: date, moving: list[int]
                 ) -> list[UnitOption]:
    """Every unit the actor may move people into, with the places free from `day` on (the
    people `moving` do not count where they live now)."""
    require(actor, Permission.MANAGE_STAYS)
    scope = actor.facility_scope(Permission.MANAGE_STAYS)
    query = (select(Unit.id, Facility.id, Facility.name, Unit.label)
             .join(Facility, Unit.facility_id == Facility.id)
             .where(Unit.active.is_(True), Facility.active.is_(True),
                    Facility.kind != FacilityKind.PRIVATE_OFFER.value)
             .order_by(Facility.name, Unit.label))
    if scope is not None:
        query = query.where(Facility.id.in_(scope))
    rows = session.execute(query).all()
    loads = load_units(session, [r[0] for r in rows], day, None, ignore_person_ids=moving)
    return [UnitOption(uid, fid, name, label, loads[uid].free_throughout(day, None))
            for uid, fid, name, label in rows]

