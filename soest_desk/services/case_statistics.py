"""Case statistics for a period (the Fallstatistik): figures only — never a note, goal,
piece of evidence or follow-up subject. No Qt.

Definitions, for a period `start`–`end` (both included):
- open on `end`: opened on or before `end` and not closed by then (closed_on empty or after
  `end`).
- opened in the period: opened_on within it; closed in the period: closed_on within it,
  with its outcome (eigene Wohnung, weggezogen, keine Begleitung mehr nötig, Sonstiges).
- people: the active members of the case's household (membership has no history).
- readiness on `end` (open cases), as the case list computes it
  (`readiness.readiness_columns`): ready when met = required > 0; "50–99 %" when
  met × 2 ≥ required and not ready; "unter 50 %" otherwise.
- overdue follow-ups on `end` (open cases): follow-ups due before `end` and not done by
  `end` (done_on empty or after `end`).
- facility of a case: where a member of its household lives on the case's day — `end` for
  an open case, the opening day for an opened one, the day before closing (its last open
  day) for a closed one; of several, the first by name (so each case counts once and the
  totals add up); none when nobody lives in a facility then (private offers not counted).
- which cases: "Fälle ansehen" needed; with a facility filter, or for a social worker (their
  facilities), only cases whose household lives in one of those facilities on the case's day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from soest_desk.models import Case, Facility, FollowUp, Person, Stay, Unit, User
from soest_desk.models.enums import FacilityKind
from soest_desk.services import readiness
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require

UNDER_50, HALF, READY = "under_50", "50_99", "ready"


@dataclass(frozen=True)
class CaseFacts:
    case_id: int
    social_worker_id: int | None
    social_worker: str | None
    facility_id: int | None  # see the module docstring
    facility: str | None
    people: int
    opened_on: date
    closed_on: date | None
    outcome: str | None
    readiness: str | None  # open on `end`: UNDER_50, HALF or READY
    overdue: int  # open on `end`: follow-ups overdue then

    def open_on(self, day: date) -> bool:
        return self.opened_on <= day and (self.closed_on is None or self.closed_on > day)


@dataclass(frozen=True)
class CaseStatistics:
    start: date
    end: date
    open_cases: tuple[CaseFacts, ...]
    opened: tuple[CaseFacts, ...]
    closed: tuple[CaseFacts, ...]


def _group(met: int, required: int) -> str:
    if required > 0 and met == required:
        return READY
    if met * 2 >= required > 0:
        return HALF
    return UNDER_50


def _living(session: Session, household_ids: list[int]
            ) -> dict[int, list[tuple[date, date | None, int, str]]]:
    """Per household: (start, end, facility id, name) of its members' stays."""
    result: dict[int, list[tuple[date, date | None, int, str]]] = defaultdict(list)
    for offset in range(0, len(household_ids), 500):
        chunk = household_ids[offset:offset + 500]
        for household_id, start, end, facility_id, name in session.execute(
                select(Person.household_id, Stay.start_date, Stay.end_date, Facility.id,
                       Facility.name)
                .join(Stay, Stay.person_id == Person.id).join(Unit, Stay.unit_id == Unit.id)
                .join(Facility, Unit.facility_id == Facility.id)
                .where(Person.household_id.in_(chunk),
                       Facility.kind != FacilityKind.PRIVATE_OFFER.value)):
            result[household_id].append((start, end, facility_id, name))
    return result


def case_statistics(session: Session, actor: Actor, start: date, end: date,
                    facility_ids: Iterable[int] | None = None) -> CaseStatistics:
    """The cases open on `end`, opened and closed in the period (see the module docstring)."""
    require(actor, Permission.VIEW_CASES)
    if end < start:
        raise DomainError("Zeitraum: das Ende liegt vor dem Anfang.", field="Zeitraum")
    wanted = actor.facilities_within(Permission.VIEW_CASES, facility_ids)
    ready = readiness.readiness_columns(readiness.required_keys(session), Case.id, end)
    overdue = (select(func.count(FollowUp.id))
               .where(FollowUp.case_id == Case.id, FollowUp.due_on < end,
                      or_(FollowUp.done_on.is_(None), FollowUp.done_on > end))
               .correlate_except(FollowUp).scalar_subquery())
    members = (select(func.count(Person.id))
               .where(Person.household_id == Case.household_id, Person.active.is_(True))
               .correlate_except(Person).scalar_subquery())
    rows = session.execute(
        select(Case.id, Case.household_id, Case.social_worker_id, User.display_name,
               Case.opened_on, Case.closed_on, Case.outcome, members,
               ready["readiness_met"], ready["readiness_required"], overdue)
        .outerjoin(User, Case.social_worker_id == User.id)
        .where(Case.opened_on <= end, or_(Case.closed_on.is_(None), Case.closed_on >= start))
        .order_by(Case.id)).all()
    living = _living(session, sorted({row.household_id for row in rows}))

    def facility_on(household_id: int, day: date) -> tuple[int | None, str | None]:
        here = sorted({(name.casefold(), fid, name) for s, e, fid, name in living[household_id]
                       if s <= day and (e is None or e > day)
                       and (wanted is None or fid in wanted)})
        return (here[0][1], here[0][2]) if here else (None, None)

    open_cases, opened, closed = [], [], []
    for row in rows:
        (case_id, household_id, worker_id, worker, opened_on, closed_on, outcome, people,
         met, required, late) = row
        is_open = closed_on is None or closed_on > end
        for day, bucket, wanted_here in (
                (end, open_cases, is_open),
                (opened_on, opened, start <= opened_on <= end),
                (closed_on - timedelta(days=1) if closed_on else end, closed,
                 closed_on is not None and start <= closed_on <= end)):
            if not wanted_here:
                continue
            fid, name = facility_on(household_id, day)
            if wanted is not None and fid is None:
                continue
            bucket.append(CaseFacts(
                case_id, worker_id, worker, fid, name, int(people or 0), opened_on,
                closed_on, outcome, _group(int(met), int(required)) if is_open else None,
                int(late or 0) if is_open else 0))
    return CaseStatistics(start, end, tuple(open_cases), tuple(opened), tuple(closed))


__all__ = ["HALF", "READY", "UNDER_50", "CaseFacts", "CaseStatistics",
           "case_statistics"]
