"""The figures of the Übersicht tab, Qt-free: `overview(session, actor, today)`.

Three parts, each taken from the services that define it elsewhere, so a figure here means
the same as in the lists and the reports:

- occupancy: `kpis.occupancy_at` on `today`, per facility (places, blocked, occupied, free,
  rate) and in total; the facilities by name as the lists sort them ("Übergang…" under U).
  Needs "Unterkünfte ansehen"; the actor's facilities only.
- tickets: one figure per role that can be "am Zug" at all (Heimleitung, Objektservice; the
  Leitung owns no ticket state), in the order of `Role`, each the number of rows of the
  Mängel list it opens, counted with the list's own conditions: for another role, the open
  tickets the actor sees whose column "Am Zug" names that role (`listing_queries.
  tickets_query`, whose owner follows `ticket_rules.STATE_OWNER` and
  `WAITING_REASON_OWNER`; a ticket waiting for material until a later date still counts for
  its owner: it is open and nobody else's move); for the actor's own role (when it is the
  only one of theirs that can be am Zug) the queue "Bei mir am Zug", which leaves out what
  waits for a later date, as the tab title "Mängel (N)" does. Safety hazards:
  `kpis.open_safety_hazards` as of now (open, past their repair deadline, not made safe in
  time); the list behind them is the queue "Verkehrssicherheit" (every open one). Needs
  "Mängelmeldungen ansehen".
- moves into own tenancy per calendar month, for the 12 months ending with `today`'s month
  (the current month counts up to `today`): for month M, the number of people whose
  residence ended with the move-out reason "eigene Wohnung" on a day in M — exactly
  `kpis.own_flat_moves(M's first day, M's last day).total.people` for each month, counted
  from one reading of the residences (`kpi_stays.residences`). Needs "Berichte exportieren"
  or "Fälle ansehen"; a social worker's figures cover their facilities. Behind a month lie
  the people who moved then (the Bewohner*innen list filtered by `own_flat_month`: the same
  stays, ended people included) for whoever sees every person, moved-out ones too (the
  Leitung); the list has as many rows as the bar counts, unless one person moved into an own
  flat twice in that month (two moves, one row) or was anonymised since (no name to list).
  A social worker sees in that list only who lives in their facilities today, so behind
  their month lie the cases closed in it with the outcome "eigene Wohnung" instead –
  households, not people, and only the cases they see: a related list, not the count.

A part the actor may not see is None. Each figure says which filtered list lies behind it
(`ListLink`: list name and filters of `listing_filters`), so the window can open it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soest_desk.models.enums import MoveOutReason, Role
from soest_desk.models.text_keys import fold_text
from soest_desk.services import kpis, listing_filters, ticket_rules
from soest_desk.services.kpi_residents import OccupancyKpi
from soest_desk.services.kpi_stays import report_scope, residences
from soest_desk.services.listing_queries import QueryContext, tickets_query
from soest_desk.services.permissions import Actor, Permission

MONTHS = 12


@dataclass(frozen=True)
class ListLink:
    """Which list to open and with which filters (`listing_filters.FILTERS`)."""

    list_name: str
    filters: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FacilityOccupancy:
    facility_id: int
    name: str
    places: int
    blocked: int
    occupied: int
    free: int  # places − blocked − occupied; negative when over-full
    rate: float | None  # occupied ÷ (places − blocked) × 100; None without allocable places

    @property
    def link(self) -> ListLink:
        return ListLink("facilities", {"facility_id": self.facility_id})


@dataclass(frozen=True)
class OccupancyPart:
    day: date
    facilities: tuple[FacilityOccupancy, ...]
    total: FacilityOccupancy  # facility_id 0, name "Gesamt"


@dataclass(frozen=True)
class RoleQueue:
    role: Role
    open_tickets: int  # open tickets whose move it is ("am Zug")
    link: ListLink


@dataclass(frozen=True)
class TicketPart:
    roles: tuple[RoleQueue, ...]
    hazards_open: int
    hazards_overdue: int  # past the repair deadline
    hazards_unsecured_overdue: int  # not made safe and past the securing deadline
    hazards_link: ListLink


@dataclass(frozen=True)
class MonthMoves:
    month: date  # the month's first day
    people: int
    # the people who moved (persons), or the cases closed with "eigene Wohnung" (cases);
    # None: the actor has neither list
    link: ListLink | None = None


@dataclass(frozen=True)
class MovesPart:
    months: tuple[MonthMoves, ...]  # oldest first, MONTHS of them
    link: ListLink | None  # every closed case; None: the actor has no list to show them in

    @property
    def total(self) -> int:
        return sum(m.people for m in self.months)


@dataclass(frozen=True)
class Overview:
    today: date
    occupancy: OccupancyPart | None
    tickets: TicketPart | None
    moves: MovesPart | None


def overview(session: Session, actor: Actor, today: date, *,
             now: datetime | None = None) -> Overview:
    """The Übersicht's figures on `today` (see the module docstring); `now` (default: the
    clock) decides which safety hazards are overdue."""
    now = now or datetime.now(UTC)
    return Overview(
        today,
        occupancy_part(session, actor, today) if actor.can(Permission.VIEW_FACILITIES) else None,
        ticket_part(session, actor, today, now) if actor.can(Permission.VIEW_TICKETS) else None,
        moves_part(session, actor, today) if _may_see_moves(actor) else None,
    )


# ---------------------------------------------------------------- occupancy

def _whole(value: float) -> int:
    return round(value)


def _facility(kpi: OccupancyKpi) -> FacilityOccupancy:
    return FacilityOccupancy(kpi.facility_id or 0, kpi.name, _whole(kpi.places),
                             _whole(kpi.blocked), _whole(kpi.occupied), _whole(kpi.free),
                             kpi.rate)


def occupancy_part(session: Session, actor: Actor, today: date) -> OccupancyPart:
    figures = kpis.occupancy_at(session, actor, today)
    ordered = sorted(figures.facilities, key=lambda f: (fold_text(f.name), f.facility_id or 0))
    return OccupancyPart(today, tuple(_facility(f) for f in ordered), _facility(figures.total))


# ---------------------------------------------------------------- tickets

def owner_roles() -> tuple[Role, ...]:
    """The roles that can be "am Zug" on an open ticket, in the order of `Role`."""
    owners = {r for r in ticket_rules.STATE_OWNER.values() if r is not None}
    owners |= set(ticket_rules.WAITING_REASON_OWNER.values())
    return tuple(role for role in Role if role in owners)


def _link_for(actor: Actor, role: Role) -> ListLink:
    """The Mängel list of `role`'s tickets: "Bei mir am Zug" when that is the only one of the
    actor's roles that can be am Zug, otherwise the open tickets with that role am Zug."""
    mine = set(actor.roles) & set(owner_roles())
    if mine == {role}:
        return ListLink("tickets", {"queue": "mine"})
    return ListLink("tickets", {"queue": "open", "owner": role.value})


def ticket_part(session: Session, actor: Actor, today: date, now: datetime) -> TicketPart:
    context = QueryContext(actor=actor, scope=actor.facility_scope(Permission.VIEW_TICKETS),
                           today=today, now=now)
    q = tickets_query(context).subquery("overview_tickets")

    def rows(link: ListLink) -> int:
        where = listing_filters.conditions("tickets", q.c, link.filters, context, session)
        return int(session.scalar(select(func.count()).select_from(q).where(*where)) or 0)

    links = [(role, _link_for(actor, role)) for role in owner_roles()]
    roles = tuple(RoleQueue(role, rows(link), link) for role, link in links)
    hazards = kpis.open_safety_hazards(session, actor, today, today, now=now).total
    return TicketPart(roles, hazards.open, hazards.overdue, hazards.unsecured_overdue,
                      ListLink("tickets", {"queue": "safety"}))


# ---------------------------------------------------------------- moves into own tenancy

def _may_see_moves(actor: Actor) -> bool:
    return actor.can(Permission.EXPORT_REPORTS) or actor.can(Permission.VIEW_CASES)


def month_starts(today: date, months: int = MONTHS) -> list[date]:
    """The first days of the `months` calendar months ending with `today`'s, oldest first."""
    index = today.year * 12 + today.month - 1
    return [date(i // 12, i % 12 + 1, 1) for i in range(index - months + 1, index + 1)]


def moves_part(session: Session, actor: Actor, today: date) -> MovesPart:
    scope = report_scope(actor, None)
    starts = month_starts(today)
    own = MoveOutReason.OWN_FLAT.value
    counts = Counter(
        r.end.replace(day=1) for r in residences(session, today)
        if r.reason == own and r.end is not None and starts[0] <= r.end <= today
        and (scope is None or r.facility_id in scope))
    cases = actor.can(Permission.VIEW_CASES)
    # the persons list shows a scoped actor only who lives in their facilities today
    persons = (scope is None and actor.can(Permission.VIEW_PERSONS)
               and actor.facility_scope(Permission.VIEW_PERSONS) is None)

    def month_link(month: date) -> ListLink | None:
        if persons:
            return ListLink("persons", {"own_flat_month": f"{month:%Y-%m}"})
        if cases:
            return ListLink("cases", {"status": "closed", "own_flat_month": f"{month:%Y-%m}"})
        return None

    months = tuple(MonthMoves(m, counts.get(m, 0), month_link(m)) for m in starts)
    return MovesPart(months, ListLink("cases", {"status": "closed"}) if cases else None)
