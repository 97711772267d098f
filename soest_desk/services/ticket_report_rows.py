"""The ticket rows of the Mängelbericht, read page by page so that 100,000 tickets never sit in
memory at once. No Qt; the report turns them into cells.

The tickets are those the ticket KPIs count (`kpi_tickets`): reported in [start, end] (days in
Soest), reported at or before the cut-off (the earlier of `now` and 24:00 on `end`), in the
facilities asked for and the actor may see ("Meldungen ansehen"; asking for a facility the
actor may not see is refused). Every figure is as of the cut-off, as in the KPIs:

- state: the state of the ticket's last transition at or before the cut-off;
- closed: confirmed ("Abgenommen") at or before the cut-off; days to close = closed_at −
  reported_at in days (with the fraction of a day);
- within deadline: True when closed at or before `due_at`; False when closed later or still
  open and past `due_at` at the cut-off; None when not decided (open and in time, cancelled,
  or without a deadline);
- rework: rejected at confirmation at least once before the cut-off ("Erledigt gemeldet" →
  "Übernommen");
- cost: the sum of the ticket's cost entries booked on or before `end`.

Nothing personal is read: a ticket carries a unit label, never a resident's name (its title
is free text, though).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from soest_desk.models import CostEntry, Facility, Ticket, TicketEvent, Unit
from soest_desk.models.enums import TicketEventKind, TicketState
from soest_desk.services.kpi_tickets import (
    REWORK_STEP,
    check_period,
    cut_off,
    facility_scope,
    start_of_day,
)
from soest_desk.services.permissions import Actor, Permission

PAGE = 1_000


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
    check_period(start, end)
    facilities = facility_scope(session, actor, Permission.VIEW_TICKETS, facility_ids)
    as_of = cut_off(end, now)
    where = [Ticket.reported_at >= start_of_day(start),
             Ticket.reported_at < start_of_day(end + timedelta(days=1)),
             Ticket.reported_at <= as_of]
    if facilities is not None:
        where.append(Ticket.facility_id.in_(facilities))
    count = session.scalar(select(func.count(Ticket.id)).where(*where)) or 0
    query = (select(Ticket.id, Ticket.facility_id, Facility.name, Unit.label, Ticket.category,
                    Ticket.priority, Ticket.state, Ticket.title, Ticket.reported_at,
                    Ticket.closed_at, Ticket.due_at)
             .join(Facility, Ticket.facility_id == Facility.id)
             .outerjoin(Unit, Ticket.unit_id == Unit.id)
             .where(*where).order_by(Ticket.id))
    return TicketRows(count, as_of, _pages(session, query, as_of, end, page))


def _pages(session: Session, query: Select[tuple], as_of: datetime, end: date, page: int
           ) -> Iterator[TicketReportRow]:
    last_id = 0
    while True:
        tickets = session.execute(query.where(Ticket.id > last_id).limit(page)).all()
        if not tickets:
            return
        ids = [t.id for t in tickets]
        transitions = _transitions(session, ids, as_of)
        costs = _costs(session, ids, end)
        for t in tickets:
            history = transitions.get(t.id, [])
            state = history[-1][1] if history and history[-1][1] else t.state
            final = t.closed_at is not None and t.closed_at <= as_of
            closed_at = t.closed_at if final and state == TicketState.CLOSED.value else None
            yield TicketReportRow(
                id=t.id, facility_id=t.facility_id, facility=t.name, unit=t.label,
                category=t.category, priority=t.priority, state=state, title=t.title,
                reported_at=t.reported_at, closed_at=closed_at,
                within_deadline=_within(t.due_at, closed_at, state, as_of),
                rework=any(step == REWORK_STEP for step in history),
                cost_eur=costs.get(t.id, Decimal("0.00")))
        if len(tickets) < page:
            return
        last_id = ids[-1]


def _within(due_at: datetime | None, closed_at: datetime | None, state: str,
            as_of: datetime) -> bool | None:
    if due_at is None or state == TicketState.CANCELLED.value:
        return None
    if closed_at is not None:
        return closed_at <= due_at
    return False if due_at < as_of else None


def _transitions(session: Session, ids: Sequence[int], as_of: datetime
                 ) -> dict[int, list[tuple[str | None, str | None]]]:
    found: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
    for ticket_id, from_state, to_state in session.execute(
            select(TicketEvent.ticket_id, TicketEvent.from_state, TicketEvent.to_state)
            .where(TicketEvent.ticket_id.in_(ids),
                   TicketEvent.kind == TicketEventKind.TRANSITION.value,
                   TicketEvent.at <= as_of)
            .order_by(TicketEvent.ticket_id, TicketEvent.id)):
        found[ticket_id].append((from_state, to_state))
    return found


def _costs(session: Session, ids: Sequence[int], end: date) -> dict[int, Decimal]:
    return {ticket_id: Decimal(str(total)).quantize(Decimal("0.01"))
            for ticket_id, total in session.execute(
                select(CostEntry.ticket_id, func.sum(CostEntry.amount_eur))
                .where(CostEntry.ticket_id.in_(ids), CostEntry.booked_on <= end)
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
