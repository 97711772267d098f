"""Ticket KPIs (Mängelmeldungen): turnaround, time per state, deadline share, rework rate and
open safety hazards. Aggregates only, no personal data; no Qt.

Common rules, so that a clerk can recompute every figure by hand from the ticket list and its
history (Verlauf):

- The period is [start, end], both calendar days in Soest (Europe/Berlin) and both included.
- "Reported in the period" (the cohort): the day of `reported_at` in Soest lies in the period.
- Figures are taken as of the cut-off `as_of` = the earlier of `now` (default: the current
  time) and the end of `end` (24:00 in Soest). Whatever happened after the cut-off is ignored,
  so a report on a past month gives the same numbers when it is run again later.
- A ticket is closed when it was confirmed ("Abgenommen") at or before the cut-off;
  cancelled tickets ("Storniert", duplicates included) are left out of every figure except
  their own count; every other ticket of the cohort is open (its clock still runs up to the
  cut-off). The state, category and safety flag are the ticket's current ones.
- Every figure comes as a total, by facility (facility id → figure) and by ticket category
  (category code → figure); a facility or category without tickets is not listed.
- Permission: VIEW_TICKETS. Site managers see only their facilities; asking for another
  facility is refused, not silently dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from functools import cache, partial
from itertools import groupby
from operator import itemgetter
from statistics import median
from typing import Generic, TypeVar

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Ticket, TicketEvent
from soest_desk.models.enums import TicketEventKind, TicketState
from soest_desk.services.clock import OFFICE_ZONE, office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.ticket_views import durations
from soest_desk.services.working_days import end_of_day, working_days_between

MAX_PERIOD_DAYS = 3 * 366
# how the workflow records a rejection at confirmation (Action.REJECT, "Nacharbeit")
REWORK_STEP = (TicketState.RESOLVED.value, TicketState.ACCEPTED.value)

K = TypeVar("K")
F = TypeVar("F")


@dataclass(frozen=True)
class Breakdown(Generic[F]):
    """One KPI for all tickets asked for, by facility id and by category code."""

    total: F
    by_facility: Mapping[int, F]
    by_category: Mapping[str, F]


# ---------------------------------------------------------------- period, scope, cohort

def check_period(start: date, end: date) -> None:
    if end < start:
        raise DomainError("Zeitraum: das Ende liegt vor dem Anfang.", field="Zeitraum")
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise DomainError("Zeitraum: höchstens drei Jahre auf einmal.", field="Zeitraum")


def cut_off(end: date, now: datetime | None) -> datetime:
    """The earlier of `now` (default: the current time) and 24:00 in Soest on `end`."""
    return min(now or datetime.now(UTC), end_of_day(end)).astimezone(UTC)


def start_of_day(day: date) -> datetime:
    """00:00 in Soest on `day`, in UTC."""
    return datetime.combine(day, time(0), tzinfo=OFFICE_ZONE).astimezone(UTC)


def facility_scope(session: Session, actor: Actor, permission: Permission,
                   facility_ids: Iterable[int] | None) -> list[int] | None:
    """The facility ids to count (None: every facility). Refuses a facility the actor may not
    see instead of leaving it out."""
    require(actor, permission)
    scope = actor.facility_scope(permission)
    if facility_ids is None:
        return None if scope is None else sorted(scope)
    wanted = sorted(set(facility_ids))
    for facility_id in wanted:
        require(actor, permission, facility_id)
    known = set(session.scalars(select(Facility.id).where(Facility.id.in_(wanted))))
    missing = [str(f) for f in wanted if f not in known]
    if missing:
        raise DomainError(f"Unterkunft: die Nummer {', '.join(missing)} gibt es nicht.",
                          field="Unterkunft")
    return wanted


def cohort_filter(start: date, end: date, as_of: datetime,
                  facilities: Sequence[int] | None) -> list[ColumnElement[bool]]:
    """The WHERE conditions on `tickets` of the cohort: reported in [start, end] (days in
    Soest), at or before the cut-off, in `facilities` (None: every facility)."""
    where = [Ticket.reported_at >= start_of_day(start),
             Ticket.reported_at < start_of_day(end + timedelta(days=1)),
             Ticket.reported_at <= as_of]
    if facilities is not None:
        where.append(Ticket.facility_id.in_(facilities))
    return where


@dataclass(frozen=True, slots=True)
class TicketFacts:
    """What the KPIs need of one ticket of the cohort, as of the cut-off."""

    id: int
    facility_id: int
    category: str
    closed: bool
    cancelled: bool
    reported_at: datetime
    ended_at: datetime  # closed or cancelled at; the cut-off while open
    due_at: datetime | None
    rework: bool
    time_in_state: Mapping[str, timedelta] | None  # None: not read (`ticket_cohort`)
    state: str  # of the last transition at or before the cut-off (none: the current state)


History = list[tuple[datetime, str | None, str | None]]  # (at, from_state, to_state)
COHORT_COLUMNS = (Ticket.id, Ticket.facility_id, Ticket.category, Ticket.state,
                  Ticket.reported_at, Ticket.closed_at, Ticket.due_at)


def ticket_cohort(session: Session, actor: Actor, start: date, end: date,
                  facility_ids: Iterable[int] | None = None, *, now: datetime | None = None,
                  state_times: bool = True) -> TicketCohort:
    """The tickets reported in [start, end] with their facts as of the cut-off (the module
    rules), read once: every ticket KPI of the period can then be taken from the cohort
    (`TicketCohort.turnaround()`, …) with the same result as its own function, which reads
    the same cohort. Plain rows are read, not ORM objects. `state_times=False` skips the
    time per state (only `time_per_state` needs it): the database then hands over each
    ticket's last state and rework instead of its whole history. Permission and period are
    checked here.
    """
    check_period(start, end)
    facilities = facility_scope(session, actor, Permission.VIEW_TICKETS, facility_ids)
    as_of = cut_off(end, now)
    where = cohort_filter(start, end, as_of, facilities)
    if state_times:
        facts = _facts_with_history(session, where, as_of)
    else:
        facts = _facts_in_short(session, where, as_of)
    return TicketCohort(facts, as_of, start, end, facilities)


def _fact(row: Sequence, as_of: datetime, last_state: str | None, rework: bool,
          time_in_state: Callable[[datetime], Mapping[str, timedelta]] | None) -> TicketFacts:
    ticket_id, facility_id, category, state, reported_at, closed_at, due_at = row
    final = closed_at is not None and closed_at <= as_of
    ended = closed_at if final else as_of
    return TicketFacts(
        id=ticket_id, facility_id=facility_id, category=category,
        closed=final and state == TicketState.CLOSED.value,
        cancelled=final and state == TicketState.CANCELLED.value,
        reported_at=reported_at, ended_at=ended, due_at=due_at, rework=rework,
        time_in_state=None if time_in_state is None else time_in_state(ended),
        state=last_state or state)


def _facts_with_history(session: Session, where: Sequence[ColumnElement[bool]],
                        as_of: datetime) -> list[TicketFacts]:
    tickets = session.execute(select(*COHORT_COLUMNS).where(*where).order_by(Ticket.id)).all()
    histories = _histories(session, where, as_of)
    facts = []
    pending = next(histories, None)
    for ticket in tickets:
        history: History = []
        while pending is not None and pending[0] < ticket.id:  # both ordered by ticket id
            pending = next(histories, None)
        if pending is not None and pending[0] == ticket.id:
            history = pending[1]
            pending = next(histories, None)
        facts.append(_fact(
            ticket, as_of, history[-1][2] if history else None,
            any((source, target) == REWORK_STEP for _, source, target in history),
            lambda ended, h=history: durations([(at, to, None) for at, _, to in h], ended)[0]))
    return facts


def _histories(session: Session, where: Sequence[ColumnElement[bool]], as_of: datetime
               ) -> Iterator[tuple[int, History]]:
    """Each cohort ticket's transitions at or before the cut-off, oldest first, by ticket id
    ascending (tickets without one are skipped). One query, joined to the cohort's filter,
    so the ids never travel back to the database as a list."""
    rows = session.execute(
        select(TicketEvent.ticket_id, TicketEvent.at, TicketEvent.from_state,
               TicketEvent.to_state)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(*where, TicketEvent.kind == TicketEventKind.TRANSITION.value,
               TicketEvent.at <= as_of)
        .order_by(TicketEvent.ticket_id, TicketEvent.id))
    for ticket_id, group in groupby(rows, key=itemgetter(0)):
        yield ticket_id, [(at, from_state, to_state) for _, at, from_state, to_state in group]


def _facts_in_short(session: Session, where: Sequence[ColumnElement[bool]],
                    as_of: datetime) -> list[TicketFacts]:
    """The same facts without the time per state, in one query: per ticket the state of its
    last transition (the highest event id) at or before the cut-off and whether a rework
    step is among them."""
    transitions = and_(TicketEvent.ticket_id == Ticket.id,
                       TicketEvent.kind == TicketEventKind.TRANSITION.value,
                       TicketEvent.at <= as_of)
    last_state = (select(TicketEvent.to_state).where(transitions)
                  .order_by(TicketEvent.id.desc()).limit(1).scalar_subquery())
    rework = exists().where(transitions, TicketEvent.from_state == REWORK_STEP[0],
                            TicketEvent.to_state == REWORK_STEP[1])
    query = select(*COHORT_COLUMNS, last_state, rework).where(*where).order_by(Ticket.id)
    codes: dict[str, str] = {}

    def code(text: str | None) -> str | None:  # one string per state and category, not per row
        return text and codes.setdefault(text, text)

    facts = []
    for (ticket_id, facility_id, category, state, reported_at, closed_at, due_at, last,
         reworked) in session.execute(query):
        facts.append(_fact((ticket_id, facility_id, code(category), code(state), reported_at,
                            closed_at, due_at), as_of, code(last), bool(reworked), None))
    return facts


@dataclass(frozen=True)
class TicketCohort:
    """The cohort of a period read once (`ticket_cohort`): each method gives the same
    breakdown as the KPI function of its name, whose docstring defines the figure."""

    facts: Sequence[TicketFacts]  # ordered by ticket number
    as_of: datetime  # the cut-off
    start: date
    end: date
    facilities: Sequence[int] | None  # the facilities counted (None: every facility)

    def turnaround(self) -> Breakdown[Turnaround]:
        """As `ticket_turnaround`."""
        return _turnaround(self.facts, self.as_of)

    def time_per_state(self) -> Breakdown[Mapping[str, StateTime]]:
        """As `time_per_state`; needs a cohort read with `state_times=True`."""
        if any(fact.time_in_state is None for fact in self.facts):
            raise ValueError("cohort read without the time per state (state_times=False)")
        return _by_ticket(self.facts, _state_times)

    def deadline_share(self) -> Breakdown[DeadlineShare]:
        """As `deadline_share`."""
        return _by_ticket(self.facts, partial(_deadline_share, as_of=self.as_of))

    def rework_rate(self) -> Breakdown[ReworkRate]:
        """As `rework_rate`."""
        return _by_ticket(self.facts, _rework_rate)


def broken_down(items: Sequence[K], facility: Callable[[K], int], category: Callable[[K], str],
                figure: Callable[[Sequence[K]], F]) -> Breakdown[F]:
    by_facility: dict[int, list[K]] = defaultdict(list)
    by_category: dict[str, list[K]] = defaultdict(list)
    for item in items:
        by_facility[facility(item)].append(item)
        by_category[category(item)].append(item)
    return Breakdown(figure(items),
                     {key: figure(group) for key, group in sorted(by_facility.items())},
                     {key: figure(group) for key, group in sorted(by_category.items())})


def _by_ticket(facts: Sequence[TicketFacts], figure: Callable[[Sequence[TicketFacts]], F]
               ) -> Breakdown[F]:
    return broken_down(facts, lambda f: f.facility_id, lambda f: f.category, figure)


def share(part: int, whole: int) -> Fraction | None:
    return None if whole == 0 else Fraction(part, whole)


# ---------------------------------------------------------------- turnaround

@dataclass(frozen=True)
class Turnaround:
    closed: int  # tickets behind the medians
    open: int  # not closed at the cut-off: not in the medians, counted here
    cancelled: int  # left out entirely
    median: timedelta | None  # reported_at → closed_at, None without closed tickets
    median_working_days: float | None
    oldest_open: timedelta | None  # the longest an open ticket has been waiting

    @property
    def median_days(self) -> float | None:
        return None if self.median is None else round(self.median / timedelta(days=1), 2)


def ticket_turnaround(session: Session, actor: Actor, start: date, end: date,
                      facility_ids: Iterable[int] | None = None, *,
                      now: datetime | None = None) -> Breakdown[Turnaround]:
    """Durchlaufzeit of the tickets reported in the period (see the module rules).

    For every closed ticket: closed_at − reported_at, exactly (days and hours), and the working
    days from the report day to the closing day in Soest (working days in (report day, closing
    day]: Monday–Friday without NRW holidays; closed on the report day = 0). `median` and
    `median_working_days` are the medians over the closed tickets (with an even number the
    mean of the two middle values). Open tickets are not in the medians – they would
    shorten them – but counted in `open`, with `oldest_open` = cut-off − reported_at of the
    oldest one, so a long-open ticket stays visible. Cancelled tickets are only counted.
    """
    return ticket_cohort(session, actor, start, end, facility_ids, now=now,
                         state_times=False).turnaround()


def _turnaround(facts: Sequence[TicketFacts], as_of: datetime) -> Breakdown[Turnaround]:
    # each closed ticket's working days once (not again for its facility and category), and
    # each pair of days counted once
    between = cache(working_days_between)
    working = {f.id: between(office_today(f.reported_at), office_today(f.ended_at))
               for f in facts if f.closed}

    def figure(group: Sequence[TicketFacts]) -> Turnaround:
        closed = [f for f in group if f.closed]
        still_open = [f for f in group if not f.closed and not f.cancelled]
        times = [f.ended_at - f.reported_at for f in closed]
        days = [working[f.id] for f in closed]
        return Turnaround(
            closed=len(closed), open=len(still_open),
            cancelled=sum(1 for f in group if f.cancelled),
            median=median(times) if times else None,
            median_working_days=float(median(days)) if days else None,
            oldest_open=max((as_of - f.reported_at for f in still_open), default=None))

    return _by_ticket(facts, figure)


# ---------------------------------------------------------------- time per state

@dataclass(frozen=True)
class StateTime:
    tickets: int  # tickets that spent time in the state
    total: timedelta
    median: timedelta  # over those tickets, each ticket's time in the state summed

    @property
    def total_hours(self) -> float:
        return round(self.total / timedelta(hours=1), 2)

    @property
    def median_hours(self) -> float:
        return round(self.median / timedelta(hours=1), 2)


def time_per_state(session: Session, actor: Actor, start: date, end: date,
                   facility_ids: Iterable[int] | None = None, *,
                   now: datetime | None = None) -> Breakdown[Mapping[str, StateTime]]:
    """Liegezeit je Status of the closed and open tickets reported in the period (cancelled
    ones left out), state code → figures.

    From each ticket's history, the time in a state runs from the transition into it to the
    next transition (the same sum the ticket's detail view shows); the last state of an open
    ticket runs up to the cut-off; transitions after the cut-off are ignored. A state visited
    twice (e.g. "Übernommen" again after a rejection) counts with both visits added up per
    ticket. `total` = sum over the tickets, `median` = median of the per-ticket sums over the
    tickets that were in the state at all, `tickets` = how many those are. Final states
    ("Abgenommen", "Storniert") have no time.
    """
    return ticket_cohort(session, actor, start, end, facility_ids, now=now).time_per_state()


def _state_times(group: Sequence[TicketFacts]) -> Mapping[str, StateTime]:
    spent: dict[str, list[timedelta]] = defaultdict(list)
    for fact in group:
        if fact.cancelled:
            continue
        for state, time_spent in (fact.time_in_state or {}).items():
            spent[state].append(time_spent)
    return {state: StateTime(len(spent[state]), sum(spent[state], timedelta()),
                             median(spent[state]))
            for state in (s.value for s in TicketState) if spent.get(state)}


# ---------------------------------------------------------------- deadline share

@dataclass(frozen=True)
class DeadlineShare:
    within: int  # closed at or before the deadline
    closed_late: int  # closed after the deadline
    open_overdue: int  # still open and past the deadline at the cut-off: late already
    open_in_time: int  # still open, deadline not yet passed: not decided, left out
    without_deadline: int  # no deadline stored: left out

    @property
    def decided(self) -> int:
        return self.within + self.closed_late + self.open_overdue

    @property
    def share(self) -> Fraction | None:
        """within ÷ (within + closed late + open overdue); None when nothing is decided."""
        return share(self.within, self.decided)


def deadline_share(session: Session, actor: Actor, start: date, end: date,
                   facility_ids: Iterable[int] | None = None, *,
                   now: datetime | None = None) -> Breakdown[DeadlineShare]:
    """Anteil fristgerecht of the tickets reported in the period (cancelled ones left out).

    The deadline is the ticket's stored `due_at` ("Frist"): the end (24:00 in Soest) of the
    n-th working day after the report day, n per priority from the settings; an earlier day
    promised when the ticket was accepted, or the new deadline after a change of priority,
    replaces it. A closed ticket is within the deadline when closed_at ≤ due_at. An open ticket
    already past its deadline at the cut-off cannot make it any more and counts as late; an
    open one still in time is not decided and left out (counted in `open_in_time`).
    """
    return ticket_cohort(session, actor, start, end, facility_ids, now=now,
                         state_times=False).deadline_share()


def _deadline_share(group: Sequence[TicketFacts], as_of: datetime) -> DeadlineShare:
    counted = [f for f in group if not f.cancelled]
    dated = [f for f in counted if f.due_at is not None]
    closed = [f for f in dated if f.closed]
    still_open = [f for f in dated if not f.closed]
    within = sum(1 for f in closed if f.ended_at <= f.due_at)  # type: ignore[operator]
    overdue = sum(1 for f in still_open if f.due_at < as_of)  # type: ignore[operator]
    return DeadlineShare(within, len(closed) - within, overdue, len(still_open) - overdue,
                         len(counted) - len(dated))


# ---------------------------------------------------------------- rework

@dataclass(frozen=True)
class ReworkRate:
    closed: int
    reworked: int  # of those, rejected at confirmation at least once

    @property
    def rate(self) -> Fraction | None:
        """reworked ÷ closed; None without closed tickets."""
        return share(self.reworked, self.closed)


def rework_rate(session: Session, actor: Actor, start: date, end: date,
                facility_ids: Iterable[int] | None = None, *,
                now: datetime | None = None) -> Breakdown[ReworkRate]:
    """Nacharbeitsquote: of the tickets reported in the period and closed by the cut-off, the
    share that the Heimleitung rejected at confirmation ("Ablehnen (Nacharbeit)") at least
    once before the cut-off – in the history a transition "Erledigt gemeldet" → "Übernommen".
    A ticket rejected twice counts once. A closed ticket cannot be reopened in this workflow,
    so the rejection is the only kind of rework.
    """
    return ticket_cohort(session, actor, start, end, facility_ids, now=now,
                         state_times=False).rework_rate()


def _rework_rate(group: Sequence[TicketFacts]) -> ReworkRate:
    closed = [f for f in group if f.closed]
    return ReworkRate(len(closed), sum(1 for f in closed if f.rework))


# ---------------------------------------------------------------- open safety hazards

@dataclass(frozen=True)
class HazardCount:
    open: int
    overdue: int  # past the repair deadline (due_at)
    unsecured_overdue: int  # not made safe ("gesichert") and past the securing deadline


@dataclass(frozen=True)
class _Hazard:
    facility_id: int
    category: str
    overdue: bool
    unsecured_overdue: bool


def open_safety_hazards(session: Session, actor: Actor, start: date, end: date,
                        facility_ids: Iterable[int] | None = None, *,
                        now: datetime | None = None) -> Breakdown[HazardCount]:
    """Offene Gefahrenstellen at the cut-off – a stock, not the period's cohort: every ticket
    flagged as safety hazard (Verkehrssicherheit, priority "Sofort") reported at or before the
    cut-off and neither closed nor cancelled by then, whenever it was reported. `overdue`:
    due_at before the cut-off; `unsecured_overdue`: the securing deadline (secured_due_at)
    before the cut-off and not secured by then. `start` only checks the period.
    """
    check_period(start, end)
    facilities = facility_scope(session, actor, Permission.VIEW_TICKETS, facility_ids)
    as_of = cut_off(end, now)
    query = select(Ticket).where(
        Ticket.is_safety_hazard.is_(True), Ticket.reported_at <= as_of,
        (Ticket.closed_at.is_(None)) | (Ticket.closed_at > as_of))
    if facilities is not None:
        query = query.where(Ticket.facility_id.in_(facilities))
    hazards = [
        _Hazard(t.facility_id, t.category,
                overdue=t.due_at is not None and t.due_at < as_of,
                unsecured_overdue=(t.secured_due_at is not None and t.secured_due_at < as_of
                                   and (t.secured_at is None or t.secured_at > as_of)))
        for t in session.scalars(query.order_by(Ticket.id))]

    def figure(group: Sequence[_Hazard]) -> HazardCount:
        return HazardCount(len(group), sum(1 for h in group if h.overdue),
                           sum(1 for h in group if h.unsecured_overdue))

    return broken_down(hazards, lambda h: h.facility_id, lambda h: h.category, figure)
