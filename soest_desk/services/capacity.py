"""How many people a unit holds on each day, and how many it may hold: the one calculation
behind move-in, transfer, blocking, the allocation assistant and the occupancy figures.

Stays and blocks are half-open date ranges [start, end): present from the first day, gone
on the end day. Occupancy only rises where a stay or a block begins, so the peak over a
window is the largest value at its first day or at a start inside it; nothing is counted
day by day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from soest_desk.models import PlaceBlock, Stay, Unit

FAR_FUTURE = date(9999, 12, 31)


@dataclass(frozen=True)
class Span:
    start: date
    end: date | None  # None: open
    count: int = 1  # people (a stay) or places (a block)

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def overlaps(self, start: date, end: date | None) -> bool:
        return self.start < (end or FAR_FUTURE) and start < (self.end or FAR_FUTURE)


@dataclass
class UnitLoad:
    """The stays and blocks of one unit that touch a window, with its places."""

    unit_id: int
    places: int
    stays: list[Span]
    blocks: list[Span]

    def occupied(self, day: date) -> int:
        return sum(s.count for s in self.stays if s.covers(day))

    def blocked(self, day: date) -> int:
        return sum(b.count for b in self.blocks if b.covers(day))

    def capacity(self, day: date) -> int:
        """Places that may be allocated on `day`: blocked places do not count."""
        return self.places - self.blocked(day)

    def _points(self, start: date, end: date | None) -> list[date]:
        starts = {s.start for s in (*self.stays, *self.blocks) if s.overlaps(start, end)}
        return sorted({start} | {d for d in starts if start < d < (end or FAR_FUTURE)})

    def worst_day(self, start: date, end: date | None, adding: int = 0) -> tuple[date, int]:
        """The day in [start, end) with the least room after adding `adding` people,
        and that room (capacity − occupied − adding; negative means over-full)."""
        best = (start, self.capacity(start) - self.occupied(start) - adding)
        for day in self._points(start, end):
            room = self.capacity(day) - self.occupied(day) - adding
            if room < best[1]:
                best = (day, room)
        return best

    def free_throughout(self, start: date, end: date | None) -> int:
        """Places free on every day of [start, end) (may be negative)."""
        return self.worst_day(start, end)[1]

    def peak_occupied(self, start: date, end: date | None) -> int:
        return max(self.occupied(day) for day in self._points(start, end))


def current_stay(stay: Any, day: date) -> ColumnElement[bool]:
    """SQL: the stay (or block) covers `day` (half-open: present from start, gone on end)."""
    return and_(stay.start_date <= day, or_(stay.end_date.is_(None), stay.end_date > day))


def _window(start_col, end_col, start: date, end: date | None):
    conditions = [or_(end_col.is_(None), end_col > start)]
    if end is not None:
        conditions.append(start_col < end)
    return and_(*conditions)


def load_units(
    session: Session, unit_ids: Iterable[int], start: date, end: date | None = None, *,
    ignore_person_ids: Sequence[int] = (),
) -> dict[int, UnitLoad]:
    """The load of each unit over [start, end) (end None: open), in two queries per 500
    units. Stays of `ignore_person_ids` are left out (people about to move)."""
    ids = sorted(set(unit_ids))
    loads: dict[int, UnitLoad] = {}
    ignored = set(ignore_person_ids)
    for offset in range(0, len(ids), 500):
        chunk = ids[offset:offset + 500]
        places = dict(session.execute(
            select(Unit.id, Unit.places).where(Unit.id.in_(chunk))).all())
        stays: dict[int, list[Span]] = defaultdict(list)
        # who lives there is not asked unless somebody is ignored: counting places needs no
        # person (on PostgreSQL with roles the Objektservice may not select stays.person_id)
        leaving = [Stay.person_id.not_in(sorted(ignored))] if ignored else []
        for unit_id, s_start, s_end in session.execute(
            select(Stay.unit_id, Stay.start_date, Stay.end_date)
            .where(Stay.unit_id.in_(chunk), _window(Stay.start_date, Stay.end_date, start, end),
                   *leaving)
        ):
            stays[unit_id].append(Span(s_start, s_end))
        blocks: dict[int, list[Span]] = defaultdict(list)
        for unit_id, count, b_start, b_end in session.execute(
            select(PlaceBlock.unit_id, PlaceBlock.places, PlaceBlock.start_date,
                   PlaceBlock.end_date)
            .where(PlaceBlock.unit_id.in_(chunk),
                   _window(PlaceBlock.start_date, PlaceBlock.end_date, start, end))
        ):
            blocks[unit_id].append(Span(b_start, b_end, count))
        for unit_id, unit_places in places.items():
            loads[unit_id] = UnitLoad(unit_id, unit_places, stays[unit_id], blocks[unit_id])
    return loads


def lock_units(session: Session, unit_ids: Iterable[int]) -> None:
    """Lock the units' rows until the transaction ends, in id order (no deadlock between two
    workstations locking the same units). On SQLite the write transaction already holds the
    database's write lock (BEGIN IMMEDIATE), which serialises every writer."""
    ids = sorted(set(unit_ids))
    if ids and session.get_bind().dialect.name == "postgresql":
        session.execute(select(Unit.id).where(Unit.id.in_(ids)).order_by(Unit.id)
                        .with_for_update())
