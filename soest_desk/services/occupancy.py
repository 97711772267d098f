"""Occupancy (Belegung) per facility and unit, at a date and over a period, and blocking
places for a while.

Definitions (the reports use the same ones):
- places: the active units' places; blocked: places blocked on that day (PlaceBlock);
  occupied: people with a stay on that day; free = places − blocked − occupied (negative
  when over-full); percent = occupied ÷ (places − blocked) × 100.
- state: "over" (überbelegt) when occupied > places − blocked or an over-allocation
  decision is unresolved; "full" (voll) when nothing is free; otherwise "ok".
- over a period (both days included): the daily average of each figure and the peak of
  occupied with its first day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, OverAllocation, PlaceBlock, Stay, Unit
from soest_desk.models.enums import BlockReason, FacilityKind
from soest_desk.services import stays
from soest_desk.services.capacity import Span, current_stay, load_units, lock_units
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require

MAX_PERIOD_DAYS = 3 * 366


@dataclass(frozen=True)
class Figures:
    places: int
    blocked: int
    occupied: int

    @property
    def allocable(self) -> int:
        return self.places - self.blocked

    @property
    def free(self) -> int:
        return self.allocable - self.occupied

    @property
    def percent(self) -> float | None:
        return None if self.allocable <= 0 else 100.0 * self.occupied / self.allocable

    def state(self, over_decision: bool = False) -> str:
        if over_decision or self.occupied > self.allocable:
            return "over"
        return "full" if self.free <= 0 else "ok"

    def __add__(self, other: Figures) -> Figures:
        return Figures(self.places + other.places, self.blocked + other.blocked,
                       self.occupied + other.occupied)


ZERO = Figures(0, 0, 0)


@dataclass(frozen=True)
class UnitOccupancy:
    unit_id: int
    label: str
    floor: int | None
    occupancy_type: str
    barrier_free: bool
    area_m2: float
    figures: Figures
    over_decision: bool  # an unresolved over-allocation decision

    @property
    def state(self) -> str:
        return self.figures.state(self.over_decision)


@dataclass(frozen=True)
class FacilityOccupancy:
    facility_id: int
    name: str
    figures: Figures
    units: list[UnitOccupancy]

    @property
    def state(self) -> str:
        states = {unit.state for unit in self.units}
        if "over" in states or self.figures.occupied > self.figures.allocable:
            return "over"
        return self.figures.state()


def _facilities(session: Session, actor: Actor, facility_ids: Iterable[int] | None
                ) -> list[Facility]:
    require(actor, Permission.VIEW_FACILITIES)
    query = select(Facility).where(Facility.active.is_(True),
                                   Facility.kind != FacilityKind.PRIVATE_OFFER.value)
    if facility_ids is not None:
        query = query.where(Facility.id.in_(set(facility_ids)))
    scope = actor.facility_scope(Permission.VIEW_FACILITIES)
    if scope is not None:
        query = query.where(Facility.id.in_(scope))
    return list(session.scalars(query.order_by(Facility.name)))


def _units(session: Session, facilities: Sequence[Facility]) -> dict[int, list[Unit]]:
    units: dict[int, list[Unit]] = defaultdict(list)
    ids = [f.id for f in facilities]
    for offset in range(0, len(ids), 500):
        for unit in session.scalars(select(Unit).where(
                Unit.facility_id.in_(ids[offset:offset + 500]), Unit.active.is_(True))
                .order_by(Unit.label)):
            units[unit.facility_id].append(unit)
    return units


def at_date(session: Session, actor: Actor, day: date | None = None,
            facility_ids: Iterable[int] | None = None) -> list[FacilityOccupancy]:
    """Every (or the given) facility with its units' figures on `day` (default today)."""
    day = day or office_today()
    facilities = _facilities(session, actor, facility_ids)
    units = _units(session, facilities)
    all_units = [u.id for us in units.values() for u in us]
    loads = load_units(session, all_units, day, day + timedelta(days=1))
    over = _decided_over_on(session, all_units, day)
    result = []
    for facility in facilities:
        rows = []
        for unit in units[facility.id]:
            load = loads[unit.id]
            figures = Figures(unit.places, load.blocked(day), load.occupied(day))
            rows.append(UnitOccupancy(unit.id, unit.label, unit.floor, unit.occupancy_type,
                                      unit.barrier_free, float(unit.area_m2), figures,
                                      unit.id in over))
        total = sum((r.figures for r in rows), ZERO)
        result.append(FacilityOccupancy(facility.id, facility.name, total, rows))
    return result


def _decided_over_on(session: Session, unit_ids: list[int], day: date) -> set[int]:
    """Units where a stay allowed by an unresolved over-allocation decision covers `day`:
    "überbelegt" on the days the decision is in force, not before and not after."""
    found: set[int] = set()
    for offset in range(0, len(unit_ids), 500):
        found |= set(session.scalars(
            select(OverAllocation.unit_id)
            .join(Stay, Stay.over_allocation_id == OverAllocation.id)
            .where(OverAllocation.unit_id.in_(unit_ids[offset:offset + 500]),
                   OverAllocation.resolved_at.is_(None), current_stay(Stay, day))))
    return found


@dataclass(frozen=True)
class PeriodFigures:
    """A facility's (or, in `units`, one unit's) figures over a period."""

    facility_id: int
    name: str  # the facility's name, or the unit's label
    days: int
    places_avg: float
    blocked_avg: float
    occupied_avg: float
    peak_occupied: int
    peak_day: date
    unit_id: int | None = None
    units: tuple[PeriodFigures, ...] = ()

    @property
    def percent_avg(self) -> float | None:
        allocable = self.places_avg - self.blocked_avg
        return None if allocable <= 0 else 100.0 * self.occupied_avg / allocable


def _daily(spans: Iterable[Span], start: date, days: int) -> list[int]:
    series = [0] * days
    for span in spans:
        first = max((span.start - start).days, 0)
        last = days if span.end is None else min((span.end - start).days, days)
        for index in range(first, last):
            series[index] += span.count
    return series


def _figures(facility_id: int, name: str, start: date, places: int, occupied: list[int],
             blocked: list[int], **extra: object) -> PeriodFigures:
    days = len(occupied)
    peak = max(occupied)
    return PeriodFigures(facility_id, name, days, float(places), sum(blocked) / days,
                         sum(occupied) / days, peak,
                         start + timedelta(days=occupied.index(peak)), **extra)  # type: ignore[arg-type]


def over_period(session: Session, actor: Actor, start: date, end: date,
                facility_ids: Iterable[int] | None = None) -> list[PeriodFigures]:
    """Daily averages and the peak per facility and per unit from `start` to `end`, both
    included."""
    if end < start:
        raise DomainError("Zeitraum: das Ende liegt vor dem Anfang.", field="Zeitraum")
    days = (end - start).days + 1
    if days > MAX_PERIOD_DAYS:
        raise DomainError("Zeitraum: höchstens drei Jahre auf einmal.", field="Zeitraum")
    facilities = _facilities(session, actor, facility_ids)
    units = _units(session, facilities)
    loads = load_units(session, [u.id for us in units.values() for u in us], start,
                       end + timedelta(days=1))
    result = []
    for facility in facilities:
        occupied, blocked, per_unit = [0] * days, [0] * days, []
        for unit in units[facility.id]:
            unit_occupied = _daily(loads[unit.id].stays, start, days)
            unit_blocked = _daily(loads[unit.id].blocks, start, days)
            occupied = [a + b for a, b in zip(occupied, unit_occupied, strict=True)]
            blocked = [a + b for a, b in zip(blocked, unit_blocked, strict=True)]
            per_unit.append(_figures(facility.id, unit.label, start, unit.places,
                                     unit_occupied, unit_blocked, unit_id=unit.id))
        result.append(_figures(facility.id, facility.name, start,
                               sum(u.places for u in units[facility.id]), occupied, blocked,
                               units=tuple(per_unit)))
    return result


# ---------------------------------------------------------------- blocking places

def block_places(session: Session, actor: Actor, unit_id: int, places: int, start: date,
                 end: date | None, reason: str, note: str | None = None) -> PlaceBlock:
    """Take `places` of a unit out of allocation for [start, end). Occupied places cannot be
    blocked: move the people first (the block would otherwise hide an over-full unit)."""
    require(actor, Permission.EDIT_FACILITIES)
    if reason not in {r.value for r in BlockReason}:
        raise DomainError("Grund der Sperrung: bitte einen Grund aus der Liste wählen.",
                          field="Grund")
    if isinstance(places, bool) or not isinstance(places, int) or places < 1:
        raise DomainError("Gesperrte Plätze: mindestens 1.", field="Gesperrte Plätze")
    if end is not None and end <= start:
        raise DomainError("Gesperrt bis: muss nach dem Beginn liegen.", field="Gesperrt bis")
    lock_units(session, [unit_id])
    unit = session.get(Unit, unit_id)
    if unit is None or not unit.active:
        raise DomainError(f"Die Wohneinheit Nr. {unit_id} gibt es nicht (mehr).")
    day, room = load_units(session, [unit_id], start, end)[unit_id].worst_day(start, end)
    if places > room:
        free = max(room, 0)
        raise DomainError(
            f"Gesperrte Plätze: {stays.unit_name(unit)} hat am {stays.german(day)} nur {free} "
            f"freie{'n' if free == 1 else ''} {'Platz' if free == 1 else 'Plätze'}; belegte "
            "Plätze können nicht gesperrt werden – bitte zuerst umziehen.",
            field="Gesperrte Plätze")
    block = PlaceBlock(unit_id=unit_id, places=places, start_date=start, end_date=end,
                       reason=reason, note=(note or "").strip() or None,
                       created_by_id=actor.user_id)
    session.add(block)
    session.flush()
    return block


def end_block(session: Session, actor: Actor, block_id: int, on: date) -> PlaceBlock:
    """The places are allocable again from `on`."""
    require(actor, Permission.EDIT_FACILITIES)
    block = session.get(PlaceBlock, block_id)
    if block is None:
        raise DomainError(f"Die Sperrung Nr. {block_id} gibt es nicht.")
    if on <= block.start_date:
        raise DomainError("Frei ab: muss nach dem Beginn der Sperrung liegen.", field="Frei ab")
    if block.end_date is not None and block.end_date <= on:
        return block
    block.end_date = on
    session.flush()
    stays.resolve_fitting(session, [block.unit_id], on)  # the places count again
    return block


@dataclass(frozen=True)
class BlockRecord:
    block_id: int
    places: int
    start: date
    end: date | None
    reason: str
    note: str | None


def blocks_of(session: Session, actor: Actor, unit_id: int) -> list[BlockRecord]:
    require(actor, Permission.VIEW_FACILITIES)
    return [BlockRecord(b.id, b.places, b.start_date, b.end_date, b.reason, b.note)
            for b in session.scalars(select(PlaceBlock).where(PlaceBlock.unit_id == unit_id)
                                     .order_by(PlaceBlock.start_date))]
