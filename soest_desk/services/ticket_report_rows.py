"""The ticket rows of the Mängelbericht. No Qt; the report turns them into cells.

The tickets are the cohort the ticket KPIs count (`kpi_tickets.ticket_cohort`): reported in
[start, end] (days in Soest), reported at or before the cut-off (the earlier of `now` and
24:00 on `end`), in the facilities asked for and the actor may see ("Meldungen ansehen";
asking for a facility the actor may not see is refused). Every figure is as of the cut-off
and comes from the cohort's facts, so the rows and the KPIs agree by construction:

- state: the state of the ticket's last transition at or before the cut-off;
- closed: confirmed ("Abgenommen") at or before the cut-off; days to close = closed_at −
  reported_at in days (with the fraction of a day);
- within deadline: True when closed at or before `due_at`; False when closed later or still
  open and past `due_at` at the cut-off; None when not decided (open and in time, cancelled,
  or without a deadline);
- rework: rejected at confirmation at least once before the cut-off ("Erledigt gemeldet" →
  "Übernommen");
- cost: the sum of the ticket's cost entries booked on or before `end`.

Only the cohort's small facts per ticket are held in memory; the rest of a row (facility and
unit names, title, cost) is read page by page while the rows are consumed, so 100,000 titles
never sit in memory at once. Nothing personal is read: a ticket carries a unit label, never a
resident's name (its title is free text, though).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from soest_desk.models import CostEntry, Facility, Ticket, Unit
from soest_desk.models.enums import TicketState
from soest_desk.services.kpi_tickets import (
    TicketCohort,
    TicketFacts,
    cohort_filter,
    ticket_cohort,
)
from soest_desk.services.permissions import Actor

PAGE = 1_000
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class TicketReportRow:
    id: int
    facility_id: int
    facility: str
    unit: str | None
    category: str  # code
    priority: str  # code
    state: str  # code, at the cut-off
    title: str  # free text typed by staff
    reported_at: datetime
    closed_at: datetime | None  # confirmed at or before the cut-off
    within_deadline: bool | None
    rework: bool
    cost_eur: Decimal

    @property
    def days_to_close(self) -> timedelta | None:
        return None if self.closed_at is None else self.closed_at - self.reported_at


@dataclass(frozen=True)
class TicketRows:
    """The tickets of a report: how many, and the rows as an iterator read page by page
    (one pass; needs the session open while it is consumed)."""

    count: int
    as_of: datetime
    rows: Iterator[TicketReportRow]


def ticket_rows(session: Session, actor: Actor, start: date, end: date,
                facility_ids: Iterable[int] | None = None, *, now: datetime | None = None,
                page: int = PAGE) -> TicketRows:
    """The tickets reported in [start, end] with their figures as of the cut-off, ordered
    by number (see the module docstring). Period and permission are checked here, at once,
    not when the rows are read."""
    return cohort_rows(session, ticket_cohort(session, actor, start, end, facility_ids,
                                              now=now, state_times=False), page=page)


def cohort_rows(session: Session, cohort: TicketCohort, *, page: int = PAGE) -> TicketRows:
    """The rows of a cohort already read (`ticket_cohort`, which checked period and
    permission): the report reads the tickets and their history once for its figures and
    its rows."""
    where = cohort_filter(cohort.start, cohort.end, cohort.as_of, None)
    if cohort.facilities is not None:
        # "+ 0": no index on facility_id may answer this, or every page would read all the
        # facilities' tickets; the page's range of numbers is what the database should use
        where.append((Ticket.facility_id + 0).in_(cohort.facilities))
    query = (select(Ticket.id, Facility.name, Unit.label, Ticket.priority, Ticket.title)
             .join(Facility, Ticket.facility_id == Facility.id)
             .outerjoin(Unit, Ticket.unit_id == Unit.id)
             .where(*where))
    return TicketRows(len(cohort.facts), cohort.as_of,
                      _pages(session, query, cohort.facts, cohort.as_of, cohort.end, page))


def _pages(session: Session, query: Select[tuple], facts: Sequence[TicketFacts],
           as_of: datetime, end: date, page: int) -> Iterator[TicketReportRow]:
    """The rows `page` tickets at a time: the cohort's tickets (ordered by number) from the
    first to the last number of the page, a closed range the primary key answers, without
    a list of numbers to send."""
    closed_state = TicketState.CLOSED.value
    for offset in range(0, len(facts), page):
        chunk = facts[offset:offset + page]
        first, last = chunk[0].id, chunk[-1].id
        texts = {row.id: row for row in session.execute(
            query.where(Ticket.id >= first, Ticket.id <= last))}
        costs = _costs(session, first, last, end)
        for fact in chunk:
            found = texts.get(fact.id)
            if found is None:  # deleted since the cohort was read
                continue
            _, facility, unit, priority, title = found
            closed_at = fact.ended_at if fact.closed and fact.state == closed_state else None
            yield TicketReportRow(
                id=fact.id, facility_id=fact.facility_id, facility=facility, unit=unit,
                category=fact.category, priority=priority, state=fact.state, title=title,
                reported_at=fact.reported_at, closed_at=closed_at,
                within_deadline=_within(fact.due_at, closed_at, fact.state, as_of),
                rework=fact.rework, cost_eur=costs.get(fact.id, ZERO))


def _within(due_at: datetime | None, closed_at: datetime | None, state: str,
            as_of: datetime) -> bool | None:
    if due_at is None or state == TicketState.CANCELLED.value:
        return None
    if closed_at is not None:
        return closed_at <= due_at
    return False if due_at < as_of else None


def _costs(session: Session, first: int, last: int, end: date) -> dict[int, Decimal]:
    """Cost booked up to `end` per ticket numbered first … last (whether in the cohort or
    not: the rows only look up their own)."""
    return {ticket_id: Decimal(str(total)).quantize(Decimal("0.01"))
            for ticket_id, total in session.execute(
                select(CostEntry.ticket_id, func.sum(CostEntry.amount_eur))
                .where(CostEntry.ticket_id >= first, CostEntry.ticket_id <= last,
                       CostEntry.booked_on <= end)
                .group_by(CostEntry.ticket_id))}


def facility_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """The names of the given facilities, by id (for the figures keyed by facility id)."""
    wanted = sorted(set(ids))
    names: dict[int, str] = {}
    for offset in range(0, len(wanted), PAGE):
        for facility_id, name in session.execute(select(Facility.id, Facility.name).where(
                Facility.id.in_(wanted[offset:offset + PAGE]))):
            names[facility_id] = name
    return names
