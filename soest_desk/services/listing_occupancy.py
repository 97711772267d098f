"""Occupancy today in SQL, for the Unterkünfte list's columns, sorts and filters.

The definitions are those of `services.occupancy` (which computes them in Python for one
facility or a report): places are the active units' places; blocked the places of current
place blocks; occupied the current stays; free = places − blocked − occupied; percent =
occupied ÷ (places − blocked), none without allocable places; state "over" (überbelegt) when
occupied > places − blocked, or one active unit holds more people than its free places, or
has an unresolved over-allocation decision; "full" (voll) when nothing is free; else "ok".
Stays and blocks are half-open: present from the first day, gone on the end day.

Everything is grouped in one pass over stays and blocks (no subquery per facility or unit:
PostgreSQL would scan the stays once per facility and per use).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, case, cast, func, or_, select
from sqlalchemy.sql import ColumnElement

from soest_desk.models import OverAllocation, PlaceBlock, Stay, Unit
from soest_desk.services.capacity import current_stay

current_block = current_stay  # place blocks are half-open like stays


def unit_figures(today: date) -> Any:
    """Per active unit: facility_id, places, blocked, occupied, over (1: over-full or an
    unresolved over-allocation decision in force today) and barrier_free (1/0)."""
    occupied = (select(Stay.unit_id, func.count(Stay.id).label("n"))
                .where(current_stay(Stay, today)).group_by(Stay.unit_id).subquery("occupied"))
    blocked = (select(PlaceBlock.unit_id, func.sum(PlaceBlock.places).label("n"))
               .where(current_block(PlaceBlock, today)).group_by(PlaceBlock.unit_id)
               .subquery("blocked"))
    # an unresolved decision counts on the days a stay it allowed covers (occupancy.py)
    decided = (select(OverAllocation.unit_id)
               .join(Stay, Stay.over_allocation_id == OverAllocation.id)
               .where(OverAllocation.resolved_at.is_(None), current_stay(Stay, today))
               .group_by(OverAllocation.unit_id).subquery("decided"))
    people, closed = func.coalesce(occupied.c.n, 0), func.coalesce(blocked.c.n, 0)
    over = or_(decided.c.unit_id.is_not(None), people > Unit.places - closed)
    return (
        select(Unit.facility_id, Unit.places, closed.label("blocked"),
               people.label("occupied"), case((over, 1), else_=0).label("over"),
               case((Unit.barrier_free.is_(True), 1), else_=0).label("barrier_free"))
        .outerjoin(occupied, occupied.c.unit_id == Unit.id)
        .outerjoin(blocked, blocked.c.unit_id == Unit.id)
        .outerjoin(decided, decided.c.unit_id == Unit.id)
        .where(Unit.active.is_(True))
        .subquery("unit_figures")
    )


def facility_totals(today: date) -> Any:
    """Per facility with active units: places, blocked, occupied, over_unit (1: one of its
    units is over-full) and bf_unit (1: one of its units is barrier-free). Outer-join it:
    a facility without active units has no row."""
    u = unit_figures(today)
    return select(
        u.c.facility_id, func.sum(u.c.places).label("places"),
        func.sum(u.c.blocked).label("blocked"), func.sum(u.c.occupied).label("occupied"),
        func.max(u.c.over).label("over_unit"), func.max(u.c.barrier_free).label("bf_unit"),
    ).group_by(u.c.facility_id).subquery("per_facility")


def whole(total: Any) -> ColumnElement[int]:
    """A sum as a plain integer, 0 for none (PostgreSQL sums bigints to numeric, and numeric
    would divide exactly where the percentage wants integer division)."""
    return cast(func.coalesce(total, 0), Integer)


def occupancy_columns(places: Any, blocked: Any, occupied: Any, over_unit: Any
                      ) -> tuple[ColumnElement[int], ColumnElement[Any], ColumnElement[str]]:
    """(free, percent rounded half up or NULL, state) from a facility's totals."""
    allocable = places - blocked
    free = allocable - occupied
    percent = case((allocable > 0, (occupied * 200 + allocable) // (allocable * 2)),
                   else_=None)
    state = case((or_(occupied > allocable, over_unit == 1), "over"), (free <= 0, "full"),
                 else_="ok")
    return free, percent, state
