"""Two years of stays: households move in together, some transfer, many move out again.

The allocation runs through the days in order (openings, departures, transfers, arrivals).
A household reserves its full size in one unit from moving in to moving out, so no unit
ever holds more people than it has places, on any day. Family units take one household at
a time; shared rooms (single men, single women, mixed) take adults until they are full.
"""

from __future__ import annotations

import heapq
from datetime import date, timedelta
from itertools import count

from soest_desk.models.enums import MoveOutReason
from soest_desk.services.demo_context import BulkWriter, DemoContext
from soest_desk.services.demo_people import (
    CHILD,
    FEMALE,
    MALE,
    HouseholdPlan,
    plan_household,
)
from soest_desk.services.demo_places import FAMILY, MEN, MIXED, WOMEN, FacilityPlan, UnitPlan

TARGET_OCCUPANCY = 0.78
OPEN, LEAVE, TRANSFER, ARRIVE = range(4)  # same-day order of events
TRANSFER_NOTES = (
    "Verlegung wegen Familienzusammenführung",
    "Verlegung in eine barrierefreie Einheit",
    "Verlegung auf eigenen Wunsch",
    "Verlegung nach Konflikt in der Wohngemeinschaft",
    None,
)


class _Pool:
    """A set of units with O(1) add, remove and random pick, in a deterministic order."""

    def __init__(self) -> None:
        self.items: list[UnitPlan] = []
        self.index: dict[UnitPlan, int] = {}

    def add(self, unit: UnitPlan) -> None:
        if unit not in self.index:
            self.index[unit] = len(self.items)
            self.items.append(unit)

    def remove(self, unit: UnitPlan) -> None:
        position = self.index.pop(unit, None)
        if position is None:
            return
        last = self.items.pop()
        if position < len(self.items):
            self.items[position] = last
            self.index[last] = position


class _Allocator:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.occupied: dict[UnitPlan, int] = {}
        self.pools: dict[tuple, _Pool] = {}

    def _pool_of(self, unit: UnitPlan) -> _Pool:
        facility = unit.facility
        if unit.occupancy_type == FAMILY:
            key = (FAMILY, unit.places, unit.barrier_free, facility.pets_allowed)
        else:
            key = (unit.occupancy_type, 0, unit.barrier_free, facility.pets_allowed)
        return self.pools.setdefault(key, _Pool())

    def open(self, unit: UnitPlan) -> None:
        self.occupied[unit] = 0
        self._pool_of(unit).add(unit)

    def occupy(self, unit: UnitPlan, size: int) -> None:
        self.occupied[unit] += size
        if unit.occupancy_type == FAMILY or self.occupied[unit] >= unit.places:
            self._pool_of(unit).remove(unit)

    def release(self, unit: UnitPlan, size: int) -> None:
        self.occupied[unit] -= size
        if unit.occupancy_type != FAMILY or self.occupied[unit] == 0:
            self._pool_of(unit).add(unit)

    def find(self, household: HouseholdPlan, exclude: UnitPlan | None) -> UnitPlan | None:
        ctx = self.ctx
        needs_barrier_free = any(m.needs_barrier_free for m in household.members)
        prefer_barrier_free = needs_barrier_free or ctx.chance(0.2)
        barrier_order = (True, False) if prefer_barrier_free else (False, True)
        has_pets = any(m.has_pets for m in household.members)
        pets_order = (True,) if has_pets else ((False, True) if ctx.chance(0.7) else (True, False))
        for kind in self._kinds(household):
            for barrier_free in barrier_order:
                for pets in pets_order:
                    unit = self._search(kind, household.size, barrier_free, pets, exclude)
                    if unit is not None:
                        return unit
        if has_pets:  # no pet-friendly place: the pet stays behind
            for member in household.members:
                member.has_pets = False
            return self.find(household, exclude)
        return None

    def _kinds(self, household: HouseholdPlan) -> tuple[str, ...]:
        if household.with_children:
            return (FAMILY,)
        sexes = [m.sex for m in household.members]
        if household.size == 1 and sexes[0] == MALE:
            return (MEN, MIXED) if self.ctx.chance(0.8) else (MIXED, MEN)
        if household.size == 1 and sexes[0] == FEMALE:
            return (WOMEN, MIXED, FAMILY)
        if household.size == 1 or household.shape == "couple":
            return (FAMILY, MIXED)
        if all(sex == MALE for sex in sexes):
            return (MEN, MIXED, FAMILY)
        if all(sex == FEMALE for sex in sexes):
            return (WOMEN, MIXED, FAMILY)
        return (FAMILY, MIXED)

    def _search(
        self, kind: str, size: int, barrier_free: bool, pets: bool, exclude: UnitPlan | None
    ) -> UnitPlan | None:
        rng = self.ctx.rng
        if kind == FAMILY:  # best fit: the smallest empty family unit that holds everyone
            for places in range(size, 7):
                pool = self.pools.get((FAMILY, places, barrier_free, pets))
                if pool and pool.items:
                    return pool.items[int(rng.random() * len(pool.items))]
            return None
        pool = self.pools.get((kind, 0, barrier_free, pets))
        if not pool or not pool.items:
            return None
        for _ in range(8):
            unit = pool.items[int(rng.random() * len(pool.items))]
            if unit is not exclude and unit.places - self.occupied[unit] >= size:
                return unit
        for unit in pool.items:
            if unit is not exclude and unit.places - self.occupied[unit] >= size:
                return unit
        return None


def plan_stays(ctx: DemoContext, facilities: list[FacilityPlan]) -> list[HouseholdPlan]:
    """Households with their stays, enough to fill ~78 % of today's places."""
    capacity = sum(
        f.places for f in facilities if f.open_from is not None and f.open_from <= ctx.today
    )
    households: list[HouseholdPlan] = []
    present = 0
    while present < TARGET_OCCUPANCY * capacity:
        household = plan_household(ctx)
        households.append(household)
        if household.leave is None:
            present += household.size
    households.sort(key=lambda h: h.arrival)
    _simulate(ctx, facilities, households)
    return [h for h in households if h.segments]


def _simulate(
    ctx: DemoContext, facilities: list[FacilityPlan], households: list[HouseholdPlan]
) -> None:
    allocator = _Allocator(ctx)
    events: list[tuple] = []
    sequence = count()

    def push(day: date, order: int, payload: object) -> None:
        heapq.heappush(events, (day.toordinal(), order, next(sequence), payload))

    for facility in facilities:
        if facility.open_from is not None:
            for unit in facility.units:
                push(facility.open_from, OPEN, unit)
    for household in households:
        push(household.arrival, ARRIVE, household)
    while events:
        ordinal, order, _, payload = heapq.heappop(events)
        day = date.fromordinal(ordinal)
        if order == OPEN:
            allocator.open(payload)
            continue
        household: HouseholdPlan = payload
        current = household.segments[-1] if household.segments else None
        if order == LEAVE:
            allocator.release(current[0], household.size)
        elif order == ARRIVE:
            unit = allocator.find(household, None)
            if unit is None:
                continue  # nowhere to go: this household never came
            allocator.occupy(unit, household.size)
            household.segments.append([unit, day, household.transfer_on or household.leave])
            if household.transfer_on:
                push(household.transfer_on, TRANSFER, household)
            elif household.leave:
                push(household.leave, LEAVE, household)
        else:
            unit = allocator.find(household, current[0])
            if unit is not None:
                allocator.release(current[0], household.size)
                allocator.occupy(unit, household.size)
                household.segments.append([unit, day, household.leave])
            else:
                current[2] = household.leave
                household.transfer_on = None
            if household.leave:
                push(household.leave, LEAVE, household)


def write_stays(ctx: DemoContext, writer: BulkWriter, households: list[HouseholdPlan]) -> None:
    for household in households:
        last = len(household.segments) - 1
        notes = [None] + [ctx.pick(TRANSFER_NOTES) for _ in household.segments[1:]]
        for member in household.members:
            enter = member.enter_on or household.arrival
            for index, (unit, start, end) in enumerate(household.segments):
                start = max(start, enter)
                reason = MoveOutReason.TRANSFER.value if index < last else household.reason
                if member.exit_on is not None:
                    if member.exit_on <= start:
                        break
                    if end is None or member.exit_on <= end:
                        end, reason = member.exit_on, MoveOutReason.DECEASED.value
                if end is not None and end <= start:
                    continue
                writer.add("stays", {
                    "person_id": member.id, "unit_id": unit.id, "start_date": start,
                    "end_date": end, "move_out_reason": reason if end else None,
                    "note": notes[index] if start == household.segments[index][1] else None,
                })
                if reason == MoveOutReason.DECEASED.value:
                    break


def ensure_variety(ctx: DemoContext, households: list[HouseholdPlan]) -> None:
    """Small scales still show a care grade, a toddler and a year-only birth date."""
    people = [m for h in households for m in h.members]
    if not any(m.care_grade for m in people):
        max(people, key=lambda m: (m.age_on(ctx.today), -m.birth.toordinal())).care_grade = 2
    toddler_cut = ctx.today - timedelta(days=3 * 365)
    if not any(m.birth > toddler_cut for m in people):
        family = next((h for h in households if h.with_children and h.leave is None), None)
        if family is not None:
            child = next(m for m in family.members if m.role == CHILD)
            child.birth = ctx.today - timedelta(days=400)
            child.precision = "day"
            child.enter_on = None
            if child.birth >= family.arrival:
                child.enter_on = child.birth + timedelta(days=3)
    if not any(m.precision == "year" for m in people):
        adult = next(m for m in people if m.role != CHILD and m.birth.month != 1)
        adult.precision = "year"
