"""A person's stays as the window and the reports read them: the history, and how long the
current residence has lasted (stays chained by transfers count as one residence)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Stay, Unit
from soest_desk.models.enums import MoveOutReason
from soest_desk.services.clock import office_today
from soest_desk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class StayRecord:
    stay_id: int
    facility: str
    unit: str
    start: date
    end: date | None
    move_out_reason: str | None
    over_allocated: bool
    days: int  # up to the end, or up to today while present


def history(session: Session, actor: Actor, person_id: int, today: date | None = None
            ) -> list[StayRecord]:
    """A person's stays, oldest first."""
    require(actor, Permission.VIEW_PERSONS)
    today = today or office_today()
    rows = session.execute(
        select(Stay, Unit.label, Facility.name, Facility.id)
        .join(Unit, Stay.unit_id == Unit.id).join(Facility, Unit.facility_id == Facility.id)
        .where(Stay.person_id == person_id).order_by(Stay.start_date)).all()
    records = []
    for stay, label, facility, facility_id in rows:
        if not actor.can_at(Permission.VIEW_PERSONS, facility_id):
            continue
        until = min(stay.end_date or today + timedelta(days=1), today + timedelta(days=1))
        records.append(StayRecord(stay.id, facility, label, stay.start_date, stay.end_date,
                                  stay.move_out_reason, stay.over_allocation_id is not None,
                                  max((until - stay.start_date).days, 0)))
    return records


def residence_start(records: Sequence[StayRecord], today: date) -> date | None:
    """When the current residence began: stays chained by transfers count as one."""
    current = [r for r in records if r.start <= today and (r.end is None or r.end > today)]
    if not current:
        return None
    start = current[0].start
    for record in sorted(records, key=lambda r: r.start, reverse=True):
        if record.end == start and record.move_out_reason == MoveOutReason.TRANSFER.value:
            start = record.start
    return start


def length_of_stay_days(records: Sequence[StayRecord], today: date) -> int | None:
    start = residence_start(records, today)
    return None if start is None else (today - start).days
