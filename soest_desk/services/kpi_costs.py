"""Maintenance cost (Bauunterhaltung) KPIs from the cost entries booked on tickets. No Qt.

Amounts are Decimal and exact until the end; only the figures handed out are rounded to cents
(half up, kaufmännisch). The period, scope and permission rules are those of `kpi_tickets`.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import CostEntry, Ticket
from soest_desk.services import occupancy
from soest_desk.services.kpi_tickets import Breakdown, broken_down, check_period, facility_scope
from soest_desk.services.permissions import Actor, Permission

CENT = Decimal("0.01")


def cents(value: Fraction) -> Decimal:
    """`value` in euros rounded half up to whole cents (amounts are never negative)."""
    whole_cents = math.floor(value * 100 + Fraction(1, 2))
    return (Decimal(whole_cents) / 100).quantize(CENT)


def months_in(start: date, end: date) -> Fraction:
    """Months in [start, end]: each day counts 1 ÷ the days of its month, so a calendar month
    is exactly 1, a quarter exactly 3, and 1–15 April is ½."""
    months = Fraction(0)
    day = start
    while day <= end:
        months += Fraction(1, calendar.monthrange(day.year, day.month)[1])
        day += timedelta(days=1)
    return months


@dataclass(frozen=True)
class CostFigures:
    total_eur: Decimal  # rounded to cents
    entries: int
    tickets: int
    allocable_places: Fraction  # average over the period's days, the places the cost is shared by
    per_place_month_eur: Decimal | None  # None without allocable places


@dataclass(frozen=True)
class _Entry:
    facility_id: int
    category: str
    ticket_id: int
    amount: Decimal


def maintenance_cost(session: Session, actor: Actor, start: date, end: date,
                     facility_ids: Iterable[int] | None = None) -> Breakdown[CostFigures]:
    """Bauunterhaltung in the period [start, end] (both days included), total, by facility and
    by ticket category (Gewerk).

    - by facility: every facility asked for that has places or cost (0,00 € when nothing was
      booked); by category: only categories with cost.
    - total: the sum of every cost entry (material, labour, contractor invoice) whose booking
      day (`booked_on`, "Gebucht am") lies in the period, on tickets of the facilities asked
      for – whatever the ticket's state and whenever it was reported.
    - allocable places: the facility's places minus the places blocked, averaged over the
      period's days, as the occupancy report counts them (places = the facility's active
      units today; only active facilities, not private offers). A category's and the total's
      places are the sum over all facilities asked for.
    - months: each day counts 1 ÷ the days of its month (a calendar month = 1).
    - per place per month = total ÷ allocable places ÷ months, None without places.
    Everything is computed exactly and rounded to cents (half up) at the end, so the facility
    figures need not add up to the total to the cent.
    Permission: VIEW_TICKETS (site managers: their facilities only).
    """
    check_period(start, end)
    facilities = facility_scope(session, actor, Permission.VIEW_TICKETS, facility_ids)
    query = (select(Ticket.facility_id, Ticket.category, Ticket.id, CostEntry.amount_eur)
             .join(Ticket, Ticket.id == CostEntry.ticket_id)
             .where(CostEntry.booked_on >= start, CostEntry.booked_on <= end))
    if facilities is not None:
        query = query.where(Ticket.facility_id.in_(facilities))
    entries = [_Entry(f, c, t, Decimal(a)) for f, c, t, a in session.execute(query)]

    days = (end - start).days + 1
    places = {figures.facility_id: Fraction(round(figures.places_avg * days)
                                            - round(figures.blocked_avg * days), days)
              for figures in occupancy.over_period(session, actor, start, end, facilities)}
    all_places = sum(places.values(), Fraction(0))
    months = months_in(start, end)

    def figure(group: Sequence[_Entry], shared_by: Fraction) -> CostFigures:
        total = sum((Fraction(e.amount) for e in group), Fraction(0))
        per_place = None if shared_by <= 0 else cents(total / shared_by / months)
        return CostFigures(cents(total), len(group), len({e.ticket_id for e in group}),
                           shared_by, per_place)

    split = broken_down(entries, lambda e: e.facility_id, lambda e: e.category,
                        lambda group: group)
    return Breakdown(
        figure(entries, all_places),
        {facility_id: figure(split.by_facility.get(facility_id, []),
                             places.get(facility_id, Fraction(0)))
         for facility_id in sorted(set(places) | set(split.by_facility))},
        {category: figure(group, all_places) for category, group in split.by_category.items()})
