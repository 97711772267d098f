"""Stays (Belegungen): moving people in, out and between units, never beyond a unit's places.

Every change decides capacity inside its own write transaction after locking what it reads:
the units (and the people) with `SELECT … FOR UPDATE` on PostgreSQL, the whole database with
`BEGIN IMMEDIATE` on SQLite. So two workstations racing for the last place cannot both win:
the second waits, sees the first one's stay, and gets "Wohneinheit ist voll".

A unit holds at most its places minus the blocked ones on every day of a stay. A manager may
decide otherwise with a written reason: that decision is an `OverAllocation` row (audited like
every insert), the stays it allowed point at it, and the unit shows as "überbelegt" until it
fits again, when the decision is marked resolved.

Households move together: leaving a member behind, or spreading one household over several
facilities, needs `split_on_purpose`. Dates may lie in the past (back-dating); a person's
stays never overlap (checked here with a German message, and by the database itself).
When the last member of a household moves out, its open case closes (`case_closing`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from soest_desk.models import OverAllocation, Person, Stay, Unit
from soest_desk.models.base import utcnow
from soest_desk.models.enums import FacilityKind, MoveOutReason
from soest_desk.services import case_closing
from soest_desk.services.capacity import FAR_FUTURE, current_stay, load_units, lock_units
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.stay_history import (
    StayRecord,
    history,
    length_of_stay_days,
    residence_start,
)
from soest_desk.services.validation import check_storable_text

EARLIEST = date(2000, 1, 1)
MAX_AHEAD_DAYS = 366  # a move-in can be booked up to a year ahead
MIN_REASON = 10
MAX_NOTE = 2000


class UnitFull(DomainError):
    """The unit has no room for these people on some day; nothing was written."""


@dataclass(frozen=True)
class Placement:
    person_id: int
    unit_id: int


def german(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def person_name(person: Person) -> str:
    return ", ".join(part for part in (person.family_name, person.given_names) if part)


def unit_name(unit: Unit) -> str:
    return f"{unit.facility.name}, {unit.label}"


# ---------------------------------------------------------------- checks

def _check_date(day: date, label: str, today: date) -> None:
    if day < EARLIEST:
        raise DomainError(f"{label}: {german(day)} liegt zu weit zurück "
                          f"(frühestens {german(EARLIEST)}).", field=label)
    if day > today + timedelta(days=MAX_AHEAD_DAYS):
        raise DomainError(f"{label}: {german(day)} liegt mehr als ein Jahr in der Zukunft.",
                          field=label)


def _clean_note(note: str | None) -> str | None:
    text = (note or "").strip()
    check_storable_text(text, "Bemerkung")
    if len(text) > MAX_NOTE:
        raise DomainError(f"Bemerkung: höchstens {MAX_NOTE} Zeichen.", field="Bemerkung")
    return text or None


def _people(session: Session, person_ids: Iterable[int]) -> dict[int, Person]:
    ids = sorted(set(person_ids))
    query = select(Person).where(Person.id.in_(ids)).order_by(Person.id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    people = {p.id: p for p in session.scalars(query)}
    for person_id in ids:
        person = people.get(person_id)
        if person is None:
            raise DomainError(f"Die Person Nr. {person_id} gibt es nicht.")
        if not person.active or person.anonymised_at is not None:
            raise DomainError(f"{person_name(person)} ist nicht mehr aktiv erfasst.")
    return people


def _units(session: Session, unit_ids: Iterable[int]) -> dict[int, Unit]:
    lock_units(session, unit_ids)
    units = {u.id: u for u in session.scalars(select(Unit).where(Unit.id.in_(set(unit_ids))))}
    for unit_id in set(unit_ids):
        unit = units.get(unit_id)
        if unit is None:
            raise DomainError(f"Die Wohneinheit Nr. {unit_id} gibt es nicht.")
        if not unit.active or not unit.facility.active:
            raise DomainError(f"{unit_name(unit)} ist nicht mehr in Betrieb.")
        if unit.facility.kind == FacilityKind.PRIVATE_OFFER.value:
            raise DomainError(f"{unit_name(unit)} ist ein privates Wohnraumangebot: ein Einzug "
                              "dort ist ein Auszug in eine eigene Wohnung.")
    return units


def _overlapping(session: Session, person_id: int, start: date, end: date | None,
                 ignore_stay_ids: Iterable[int] = ()) -> Stay | None:
    query = select(Stay).where(
        Stay.person_id == person_id,
        Stay.start_date < (end or FAR_FUTURE),
        or_(Stay.end_date.is_(None), Stay.end_date > start),
    )
    ignored = list(ignore_stay_ids)
    if ignored:
        query = query.where(Stay.id.not_in(ignored))
    return session.scalars(query.order_by(Stay.start_date).limit(1)).first()


def _refuse_overlap(session: Session, person: Person, start: date, end: date | None,
                    ignore_stay_ids: Iterable[int] = ()) -> None:
    other = _overlapping(session, person.id, start, end, ignore_stay_ids)
    if other is None:
        return
    until = f" bis {german(other.end_date)}" if other.end_date else ""
    raise DomainError(
        f"{person_name(person)} wohnt vom {german(other.start_date)}{until} schon in "
        f"{unit_name(other.unit)}. Zeiträume einer Person dürfen sich nicht überschneiden – "
        "bitte verlegen oder zuerst ausziehen.")


def _living_on(session: Session, person_ids: Iterable[int], day: date) -> dict[int, Stay]:
    ids = list(set(person_ids))
    if not ids:
        return {}
    stays = session.scalars(select(Stay).where(Stay.person_id.in_(ids),
                                               current_stay(Stay, day)))
    return {stay.person_id: stay for stay in stays}


SPLIT_HINT = ("Haushalte ziehen gemeinsam – wer bewusst getrennt wohnen soll: bitte "
              "„Haushalt aufteilen“ wählen.")


def _refuse_split(session: Session, people: dict[int, Person], day: date,
                  old_facility: dict[int, int], new_facility: dict[int, int]) -> None:
    """Households move together: name the members who would be left behind, and refuse a
    household spread over two facilities.

    Left behind are, when people move in, the members without a place who do not come
    along; when people move out or to another unit, the members who lived with them (same
    facility) the day before. `old_facility`/`new_facility` say where each person moving
    lived the day before / will live (empty for a move-in / a move-out)."""
    households: dict[int, list[int]] = defaultdict(list)
    for person in people.values():
        if person.household_id is not None:
            households[person.household_id].append(person.id)
    for household_id, moving in households.items():
        members = session.scalars(select(Person).where(
            Person.household_id == household_id, Person.active.is_(True),
            Person.anonymised_at.is_(None))).all()
        others = [m for m in members if m.id not in moving]
        if old_facility:  # moving away from where they live
            before = _living_on(session, [m.id for m in others], day - timedelta(days=1))
            here = {old_facility[pid] for pid in moving}
            behind = [m for m in others if m.id in before
                      and before[m.id].unit.facility_id in here]
        else:  # moving in: members without a place come along
            living = _living_on(session, [m.id for m in others], day)
            behind = [m for m in others if m.id not in living]
        if behind:
            names = "; ".join(person_name(m) for m in behind)
            raise DomainError(
                f"Der Haushalt zieht nur teilweise um: {names} "
                f"{'bleibt' if len(behind) == 1 else 'bleiben'} zurück. {SPLIT_HINT}")
        if not new_facility:
            continue
        staying = _living_on(session, [m.id for m in others], day)
        facilities = {new_facility[pid] for pid in moving} | {
            stay.unit.facility_id for stay in staying.values()}
        if len(facilities) > 1:
            raise DomainError(
                "Der Haushalt würde auf mehrere Unterkünfte verteilt (Angehörige wohnen in "
                f"einer anderen Unterkunft). {SPLIT_HINT}")


def _override(session: Session, actor: Actor, unit: Unit, reason: str | None,
              room: int, day: date, adding: int) -> OverAllocation:
    """The manager's written decision to exceed the unit's places, or UnitFull."""
    places = "Platz" if adding == 1 else "Plätze"
    if reason is None:
        free = max(room + adding, 0)
        raise UnitFull(
            f"Wohneinheit ist voll: {unit_name(unit)} hat am {german(day)} nur {free} freie "
            f"{'Platz' if free == 1 else 'Plätze'}, gebraucht werden {adding} {places}. "
            "Nichts wurde gespeichert.", field="Wohneinheit")
    require(actor, Permission.ALLOCATE)
    text = reason.strip()
    if len(text) < MIN_REASON:
        raise DomainError(
            f"Begründung der Überbelegung: bitte mindestens {MIN_REASON} Zeichen schreiben "
            "(warum, und bis wann).", field="Begründung")
    decision = OverAllocation(unit_id=unit.id, reason=text, decided_by_id=actor.user_id)
    session.add(decision)
    session.flush()
    return decision


# ---------------------------------------------------------------- moving in

def move_in(
    session: Session, actor: Actor, placements: Sequence[Placement], start: date, *,
    end: date | None = None, end_reason: str | None = None, note: str | None = None,
    override_reason: str | None = None, split_on_purpose: bool = False,
    today: date | None = None, _ignore_stay_ids: Sequence[int] = (),
) -> list[Stay]:
    """Move people into units from `start` (a back-dated stay may also carry its end).

    Refused with `UnitFull` ("Wohneinheit ist voll …") when a unit would hold more people
    than its allocable places on any day of the stays, unless `override_reason` is given
    by a manager (ALLOCATE)."""
    today = today or office_today()
    if not placements:
        raise DomainError("Bitte mindestens eine Person auswählen.")
    person_ids = [p.person_id for p in placements]
    if len(set(person_ids)) != len(person_ids):
        raise DomainError("Eine Person kann nur einmal einziehen.")
    _check_date(start, "Einzug", today)
    if end is not None and end <= start:
        raise DomainError(f"Auszug: {german(end)} muss nach dem Einzug ({german(start)}) liegen.",
                          field="Auszug")
    if (end is None) != (end_reason is None):
        raise DomainError("Auszugsgrund: bei einem Auszugsdatum bitte den Grund angeben.",
                          field="Auszugsgrund")
    if end_reason is not None and end_reason not in {r.value for r in MoveOutReason}:
        raise DomainError(f"Auszugsgrund: „{end_reason}“ ist kein bekannter Grund.",
                          field="Auszugsgrund")
    text = _clean_note(note)
    people = _people(session, person_ids)  # persons, then units: the same order everywhere
    units = _units(session, {p.unit_id for p in placements})
    for unit in units.values():
        require(actor, Permission.MANAGE_STAYS, unit.facility_id)
    for person in people.values():
        _refuse_overlap(session, person, start, end, _ignore_stay_ids)
    if not split_on_purpose:
        _refuse_split(session, people, start, {},
                      {p.person_id: units[p.unit_id].facility_id for p in placements})
    by_unit: dict[int, list[int]] = defaultdict(list)
    for placement in placements:
        by_unit[placement.unit_id].append(placement.person_id)
    loads = load_units(session, by_unit, start, end, ignore_person_ids=person_ids)
    decisions: dict[int, int] = {}
    for unit_id, moving in sorted(by_unit.items()):
        day, room = loads[unit_id].worst_day(start, end, adding=len(moving))
        if room < 0:
            decision = _override(session, actor, units[unit_id], override_reason, room, day,
                                 len(moving))
            decisions[unit_id] = decision.id
    stays = [
        Stay(person_id=p.person_id, unit_id=p.unit_id, start_date=start, end_date=end,
             move_out_reason=end_reason, note=text, over_allocation_id=decisions.get(p.unit_id))
        for p in placements
    ]
    session.add_all(stays)
    session.flush()
    return stays


# ---------------------------------------------------------------- moving out and between

def _current_stays(session: Session, person_ids: Sequence[int], on: date,
                   people: dict[int, Person]) -> dict[int, Stay]:
    """The stay each person has on the day before `on` (the one a move on `on` ends)."""
    stays = _living_on(session, person_ids, on - timedelta(days=1))
    for person_id in person_ids:
        stay = stays.get(person_id)
        if stay is None:
            raise DomainError(f"{person_name(people[person_id])} wohnt am "
                              f"{german(on - timedelta(days=1))} nirgends: es gibt nichts "
                              "zu beenden.")
    return stays


def _end_stays(session: Session, actor: Actor, stays: Iterable[Stay], on: date,
               reason: str, note: str | None, *, for_case: bool = False) -> None:
    for stay in stays:
        _require_move_out(actor, stay.unit.facility_id, reason, for_case)
        if stay.end_date is not None and stay.end_date < on:
            raise DomainError(f"Auszug: {german(on)} liegt nach dem bereits eingetragenen "
                              f"Auszug am {german(stay.end_date)}.", field="Auszug")
        stay.end_date = on
        stay.move_out_reason = reason
        if note:
            stay.note = f"{stay.note}\n{note}" if stay.note else note
    session.flush()


def _require_move_out(actor: Actor, facility_id: int, reason: str, for_case: bool) -> None:
    """Belegungen verwalten; the whole household's move into an own flat, recorded from its
    case (`flat_search.move_into_own_flat`), may also be entered by social workers ("Auszug
    in eigene Wohnung eintragen"), the goal of their case."""
    if reason == MoveOutReason.OWN_FLAT and for_case:
        if actor.can_at(Permission.RECORD_OWN_FLAT, facility_id):
            return
        if actor.can(Permission.RECORD_OWN_FLAT) and not actor.can(Permission.MANAGE_STAYS):
            require(actor, Permission.RECORD_OWN_FLAT, facility_id)  # says: not here
    require(actor, Permission.MANAGE_STAYS, facility_id)


def move_out(
    session: Session, actor: Actor, person_ids: Sequence[int], on: date, reason: str, *,
    note: str | None = None, split_on_purpose: bool = False, today: date | None = None,
    for_case: bool = False,
) -> list[Stay]:
    """End the stays the people have on the day before `on`: gone from `on`. `for_case`:
    the whole household moves into an own flat, as its case (checked by the caller) says."""
    today = today or office_today()
    if not person_ids:
        raise DomainError("Bitte mindestens eine Person auswählen.")
    _check_date(on, "Auszug", today)
    if reason not in {r.value for r in MoveOutReason} or reason == MoveOutReason.TRANSFER:
        raise DomainError("Auszugsgrund: bitte einen Grund aus der Liste wählen "
                          "(eine Verlegung ist „Umziehen“).", field="Auszugsgrund")
    text = _clean_note(note)
    people = _people(session, person_ids)
    stays = _current_stays(session, person_ids, on, people)
    lock_units(session, {s.unit_id for s in stays.values()})
    if not split_on_purpose:
        _refuse_split(session, people, on,
                      {pid: s.unit.facility_id for pid, s in stays.items()}, {})
    for person_id, stay in stays.items():
        if stay.end_date is not None and stay.move_out_reason == MoveOutReason.TRANSFER:
            raise DomainError(
                f"{person_name(people[person_id])} ist am {german(stay.end_date)} aus "
                f"{unit_name(stay.unit)} umgezogen. Bitte den Auszug bei der späteren "
                "Wohneinheit eintragen (ein Tag nach dem Umzug oder später).", field="Auszug")
    _end_stays(session, actor, stays.values(), on, reason, text,
               for_case=for_case and not split_on_purpose)
    resolve_fitting(session, {s.unit_id for s in stays.values()}, on)
    case_closing.after_move_out(session, [p.household_id for p in people.values()], on,
                                reason, today)
    return list(stays.values())


def transfer(
    session: Session, actor: Actor, placements: Sequence[Placement], on: date, *,
    note: str | None = None, override_reason: str | None = None,
    split_on_purpose: bool = False, today: date | None = None,
) -> list[Stay]:
    """Move people from where they live the day before `on` into other units from `on`
    (within or between facilities): the old stays end with "Verlegung", new ones begin."""
    today = today or office_today()
    if not placements:
        raise DomainError("Bitte mindestens eine Person auswählen.")
    person_ids = [p.person_id for p in placements]
    _check_date(on, "Umzug", today)
    people = _people(session, person_ids)
    stays = _current_stays(session, person_ids, on, people)
    for placement in placements:
        if stays[placement.person_id].unit_id == placement.unit_id:
            raise DomainError(f"{person_name(people[placement.person_id])} wohnt schon in "
                              f"{unit_name(stays[placement.person_id].unit)}.")
        if stays[placement.person_id].end_date == on:
            raise DomainError(f"{person_name(people[placement.person_id])} ist am {german(on)} "
                              "schon ausgezogen; ein Umzug an diesem Tag ist nicht mehr "
                              "möglich.", field="Umzug")
        if stays[placement.person_id].start_date >= on:
            raise DomainError(f"Umzug: {german(on)} liegt nicht nach dem Einzug am "
                              f"{german(stays[placement.person_id].start_date)}.",
                              field="Umzug")
    lock_units(session, {s.unit_id for s in stays.values()} | {p.unit_id for p in placements})
    if not split_on_purpose:  # members living with them must come along
        targets = {u.id: u.facility_id for u in session.scalars(
            select(Unit).where(Unit.id.in_({p.unit_id for p in placements})))}
        _refuse_split(session, people, on,
                      {pid: s.unit.facility_id for pid, s in stays.items()},
                      {p.person_id: targets[p.unit_id] for p in placements})
    # a back-dated transfer inside a stay that has ended since: the new stay ends then
    groups: dict[tuple[date | None, str | None], list[Placement]] = defaultdict(list)
    for placement in placements:
        old = stays[placement.person_id]
        groups[(old.end_date, old.move_out_reason)].append(placement)
    _end_stays(session, actor, stays.values(), on, MoveOutReason.TRANSFER.value, None)
    new: list[Stay] = []
    for (end, end_reason), group in sorted(groups.items(), key=lambda g: g[0][0] or FAR_FUTURE):
        new += move_in(session, actor, group, on, end=end, end_reason=end_reason, note=note,
                       override_reason=override_reason, split_on_purpose=True, today=today)
    resolve_fitting(session, {s.unit_id for s in stays.values()}, on)
    return new


# ---------------------------------------------------------------- over-allocation

def resolve_fitting(session: Session, unit_ids: Iterable[int], since: date) -> int:
    """Mark open over-allocation decisions of these units resolved where the unit now fits
    its places on every day from `since`. Returns how many were resolved."""
    open_decisions = session.scalars(select(OverAllocation).where(
        OverAllocation.unit_id.in_(set(unit_ids)), OverAllocation.resolved_at.is_(None))).all()
    if not open_decisions:
        return 0
    loads = load_units(session, {d.unit_id for d in open_decisions}, since, None)
    resolved = 0
    for decision in open_decisions:
        if loads[decision.unit_id].free_throughout(since, None) >= 0:
            decision.resolved_at = utcnow()
            resolved += 1
    session.flush()
    return resolved


def over_allocated_unit_ids(session: Session, unit_ids: Iterable[int] | None = None
                            ) -> set[int]:
    """Units with an unresolved over-allocation decision ("überbelegt")."""
    query = select(OverAllocation.unit_id).where(OverAllocation.resolved_at.is_(None))
    if unit_ids is not None:
        query = query.where(OverAllocation.unit_id.in_(set(unit_ids)))
    return set(session.scalars(query))


__all__ = [
    "Placement", "StayRecord", "UnitFull", "history", "length_of_stay_days", "move_in",
    "move_out", "over_allocated_unit_ids", "residence_start", "resolve_fitting", "transfer",
]
