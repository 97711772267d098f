"""Named filters of the lists (see `listing`): each turns one value into a SQL condition on the
list's query columns. The Mängel tab's queues are filters too, so the count in the tab title
and the rows below it come from the same condition.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, exists, false, func, or_, select, text, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from soest_desk.models import Ticket
from soest_desk.models.enums import (
    FINAL_TICKET_STATES,
    Role,
    TicketCategory,
    TicketPriority,
    WaitingReason,
)
from soest_desk.services import shared_settings
from soest_desk.services.listing_queries import QueryContext
from soest_desk.services.permissions import Permission

Filter = Callable[[Any, Any, QueryContext, Session], ColumnElement[bool]]
FINAL = [state.value for state in FINAL_TICKET_STATES]


def _my_move(c: Any, ctx: QueryContext) -> ColumnElement[bool]:
    """Open tickets whose owner is one of the actor's roles (the Heimleitung only for its
    facilities); a ticket waiting for material or a contractor only from its date."""
    mine = []
    if ctx.actor.can(Permission.HANDLE_TICKETS):
        mine.append(c.owner == Role.PROPERTY_SERVICE.value)
    site_scope = ctx.actor.facility_scope(Permission.CONFIRM_TICKETS)
    if site_scope is None:
        mine.append(c.owner == Role.SITE_MANAGER.value)
    elif site_scope:
        mine.append(and_(c.owner == Role.SITE_MANAGER.value, c.facility_id.in_(site_scope)))
    if not mine:
        return false()
    # waiting for material or a contractor comes back on its date; waiting for access is
    # the Heimleitung's move at once (arranging access is the task, the date the appointment)
    back = or_(c.waiting_until.is_(None), c.waiting_until <= ctx.today,
               c.waiting_reason == WaitingReason.ACCESS.value)
    return and_(or_(*mine), back)


def repeat_match(session: Session, other: Any, ticket_id: Any, unit_id: Any, category: Any,
                 reported_at: Any) -> ColumnElement[bool]:
    """SQL: the ticket `other` is the same category in the same unit within the configured
    days of `reported_at` ("Wiederholungsmangel"); duplicates do not count. The arguments
    may be columns (the list's queue) or values (one ticket's detail)."""
    days = int(shared_settings.get(session, "ticket_repeat_days"))
    if session.get_bind().dialect.name == "sqlite":  # times are stored as text there
        near = func.abs(func.julianday(other.reported_at) - func.julianday(reported_at)) <= days
    else:
        window = text(f"interval '{days} days'")  # an int from the validated setting
        near = other.reported_at.between(reported_at - window, reported_at + window)
    return and_(other.unit_id == unit_id, other.category == category, other.id != ticket_id,
                other.duplicate_of_id.is_(None), near)


def _repeat(c: Any, session: Session) -> ColumnElement[bool]:
    other = Ticket.__table__.alias("repeat_other")
    return and_(c.unit_id.is_not(None), c.duplicate_of_id.is_(None), exists(
        select(other.c.id).where(
            repeat_match(session, other.c, c.id, c.unit_id, c.category, c.reported_at))
    ))


QUEUES = ("mine", "open", "overdue", "safety", "done", "repeats", "all")


def _queue(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    if value == "mine":
        return _my_move(c, ctx)
    if value == "open":
        return c.state.not_in(FINAL)
    if value == "overdue":
        return c.overdue == 1
    if value == "safety":
        return and_(c.is_safety_hazard.is_(True), c.state.not_in(FINAL))
    if value == "done":
        return c.state.in_(FINAL)
    if value == "repeats":
        return _repeat(c, session)
    if value == "all":
        return true()
    raise ValueError(f"unknown ticket queue {value!r}; known: {', '.join(QUEUES)}")


def _equals(column: str, allowed: set[str] | None = None) -> Filter:
    def condition(c: Any, value: Any, ctx: QueryContext, session: Session
                  ) -> ColumnElement[bool]:
        if allowed is not None and value not in allowed:
            raise ValueError(f"{column}: unknown value {value!r}")
        return c[column] == value
    return condition


FILTERS: dict[str, dict[str, Filter]] = {
    "tickets": {
        "queue": _queue,
        "facility_id": _equals("facility_id"),
        "category": _equals("category", {c.value for c in TicketCategory}),
        "priority": _equals("priority", {p.value for p in TicketPriority}),
    },
}


def conditions(list_name: str, c: Any, filters: dict[str, Any] | None, ctx: QueryContext,
               session: Session) -> list[ColumnElement[bool]]:
    """The SQL conditions for `filters` (None values mean "any")."""
    known = FILTERS.get(list_name, {})
    result = []
    for name, value in (filters or {}).items():
        if value is None:
            continue
        if name not in known:
            raise ValueError(f"list {list_name!r} has no filter {name!r}")
        result.append(known[name](c, value, ctx, session))
    return result
