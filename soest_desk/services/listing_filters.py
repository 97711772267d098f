"""Named filters of the lists (see `listing`): each turns one value into a SQL condition on the
list's query columns. The Mängel tab's queues are filters too, so the count in the tab title
and the rows below it come from the same condition.

Flag filters (`care`, `pets`, …) narrow when their value is True; False and None mean "any".
Conditions on other rows are uncorrelated `IN (subquery)` or `EXISTS` on indexed columns, so
a filter never loads rows into Python and a first page stays a LIMIT query.

Persons (`FILTERS["persons"]`):
- `children_under` N (1–18) with the parameter `age_on` (default: the list's today): someone
  in the person's household – or the person, without household – is younger than N on that
  day. Of a birth date known to the year or month only (stored as its first day) the person
  counts as under N if they *could* be: if the last day of that year or month is less than
  N years before `age_on`. A small child is rather listed once too often than missed.
  Nobody born after `age_on` counts; unknown birth dates never do; ended (`active` false)
  and anonymised members do not count.
- `stay_over_months` N: the current residence began more than N months before today. It
  begins with the earliest of the person's stays chained by transfers (a stay that ended
  with move_out_reason "transfer" on the day the next began), as in
  `stays.residence_start`.
- `no_current_place`: no stay today. `facility_id`: lives there today. `nationality`: code.
- `own_flat_month` "YYYY-MM": a stay of the person ended with the move-out reason "eigene
  Wohnung" on a day of that calendar month, up to today, in one of the office's facilities
  (not a private housing offer) – the people behind a month of the Übersicht's moves chart,
  which counts the same stays (`kpi_stays.own_flat_moves`). Ended people are listed too (see
  below). Two such move-outs of one person in one month are two in the chart and one row.
The persons list leaves out ended people (`people.end_person`: no longer in the office's
care) unless a filter asks for former residents (`IMPLIED`): `own_flat_month` does, since
whoever moved into an own flat may have been ended since. Anonymised people are never rows.
Facilities: `free_at_least` N (free = places − blocked − occupied ≥ N), `barrier_free` (the
facility's flag or at least one active barrier-free unit), `pets_allowed`, `smoking_allowed`,
`kind`, `district`, `occupancy_type` (an active unit of that type), `facility_id` (just that
facility: a bar of the Übersicht's occupancy chart).
Tickets: `queue` (see `QUEUES`), `facility_id`, `category`, `priority`, `owner` (the role
"am Zug", the list's column: a tile of the Übersicht).
Cases: see `listing_cases`, plus `own_flat_month` "YYYY-MM": closed with the outcome "eigene
Wohnung" on a day of that calendar month (a month of the Übersicht's moves chart for whoever
cannot see former residents in the persons list: households, not the people it counts); the
Nachbarschaft: `listing_neighbourhood`. Every choice comes with how many of the actor's rows
it matches (`FilterChoice.count`), regardless of the other filters.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, exists, false, func, or_, select, text, true
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from soest_desk.models import Case, Facility, Person, Stay, Ticket, Unit
from soest_desk.models.enums import (
    FINAL_TICKET_STATES,
    BirthDatePrecision,
    CaseOutcome,
    CaseStatus,
    FacilityKind,
    MoveOutReason,
    OccupancyType,
    Role,
    TicketCategory,
    TicketPriority,
    WaitingReason,
)
from soest_desk.models.text_keys import fold_text
from soest_desk.services import listing_cases, listing_neighbourhood, shared_settings
from soest_desk.services.capacity import current_stay
from soest_desk.services.listing_queries import QueryContext
from soest_desk.services.listing_values import (
    Filter,
    FilterChoice,
    count_value,
    flag,
    id_value,
)
from soest_desk.services.permissions import Permission

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


# ---------------------------------------------------------------- generic filters

def _is_set(column: str) -> Callable[[Any], ColumnElement[bool]]:
    return lambda c: c[column].is_(True)


# ---------------------------------------------------------------- persons

def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, or the last day of that month if it is shorter."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def could_be_under(birth_date: Any, precision: Any, years: int, on: date
                   ) -> ColumnElement[bool]:
    """SQL: someone with this birth date could be younger than `years` on `on` (see the
    module's docstring). Index-friendly: a range on the stored date, refined by precision."""
    earliest = years_before(on, years) + timedelta(days=1)  # born on it: still under N
    month_start, year_start = earliest.replace(day=1), date(earliest.year, 1, 1)
    return and_(
        birth_date >= year_start, birth_date <= on,
        or_(birth_date >= earliest,
            and_(precision == BirthDatePrecision.MONTH.value, birth_date >= month_start),
            precision == BirthDatePrecision.YEAR.value),
    )


def _children_under(c: Any, value: Any, ctx: QueryContext, session: Session
                    ) -> ColumnElement[bool]:
    years = count_value("children_under", value, 1, 18)
    on = ctx.age_on or ctx.today
    member = aliased(Person)
    young_households = select(member.household_id).where(
        member.household_id.is_not(None), member.active.is_(True),
        member.anonymised_at.is_(None),
        could_be_under(member.birth_date, member.birth_date_precision, years, on))
    return or_(c.household_id.in_(young_households),
               and_(c.household_id.is_(None),
                    could_be_under(c.birth_date, c.birth_date_precision, years, on)))


def residence_starts(today: date) -> Any:
    """A recursive CTE of (person_id, start_date): every current stay today and the stays
    chained before it by transfers; the earliest per person is the residence's start."""
    chain = (select(Stay.person_id, Stay.start_date)
             .where(current_stay(Stay, today)).cte("residence", recursive=True))
    earlier = aliased(Stay)
    return chain.union_all(select(earlier.person_id, earlier.start_date).where(
        earlier.person_id == chain.c.person_id, earlier.end_date == chain.c.start_date,
        earlier.move_out_reason == MoveOutReason.TRANSFER.value))


def _stay_over_months(c: Any, value: Any, ctx: QueryContext, session: Session
                      ) -> ColumnElement[bool]:
    months = count_value("stay_over_months", value, 1, 600)
    starts = residence_starts(ctx.today)
    return c.id.in_(select(starts.c.person_id)
                    .where(starts.c.start_date < months_before(ctx.today, months)))


def _nationality(c: Any, value: Any, ctx: QueryContext, session: Session
                 ) -> ColumnElement[bool]:
    if not isinstance(value, str) or len(value) != 3:
        raise ValueError(f"nationality: a three-letter code, not {value!r}")
    return c.nationality == value


def _facility(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    return c.facility_id == id_value("facility_id", value)


def _moved_into_own_flat(c: Any, value: Any, ctx: QueryContext, session: Session
                         ) -> ColumnElement[bool]:
    """A stay ended with "eigene Wohnung" in the month (up to today) in one of the office's
    facilities: exactly the stays the Übersicht's moves chart counts for that month."""
    first, last = month_value("own_flat_month", value)
    return c.id.in_(
        select(Stay.person_id)
        .join(Unit, Stay.unit_id == Unit.id).join(Facility, Unit.facility_id == Facility.id)
        .where(Stay.move_out_reason == MoveOutReason.OWN_FLAT.value,
               Stay.end_date >= first, Stay.end_date <= min(last, ctx.today),
               Facility.kind != FacilityKind.PRIVATE_OFFER.value))


# ---------------------------------------------------------------- facilities

def _free_at_least(c: Any, value: Any, ctx: QueryContext, session: Session
                   ) -> ColumnElement[bool]:
    return c.free >= count_value("free_at_least", value, 0, 100_000)


def _district(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"district: a district's name, not {value!r}")
    return c.district == value


def _occupancy_type(c: Any, value: Any, ctx: QueryContext, session: Session
                    ) -> ColumnElement[bool]:
    if value not in {t.value for t in OccupancyType}:
        raise ValueError(f"occupancy_type: unknown value {value!r}")
    return exists(select(Unit.id).where(Unit.facility_id == c.id, Unit.active.is_(True),
                                        Unit.occupancy_type == value))


def _one_facility(c: Any, value: Any, ctx: QueryContext, session: Session
                  ) -> ColumnElement[bool]:
    return c.id == id_value("facility_id", value)


# ---------------------------------------------------------------- cases

def month_value(name: str, value: Any) -> tuple[date, date]:
    """The first and the last day of the calendar month "YYYY-MM"."""
    try:
        year, month = (int(part) for part in str(value).split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise ValueError(f"{name}: a month as YYYY-MM, not {value!r}") from None
    return first, first.replace(day=calendar.monthrange(year, month)[1])


def _own_flat_month(c: Any, value: Any, ctx: QueryContext, session: Session
                    ) -> ColumnElement[bool]:
    first, last = month_value("own_flat_month", value)
    return c.id.in_(select(Case.id).where(
        Case.status == CaseStatus.CLOSED.value, Case.outcome == CaseOutcome.OWN_FLAT.value,
        Case.closed_on >= first, Case.closed_on <= last))


FILTERS: dict[str, dict[str, Filter]] = {
    "tickets": {
        "queue": _queue,
        "facility_id": _equals("facility_id"),
        "category": _equals("category", {c.value for c in TicketCategory}),
        "priority": _equals("priority", {p.value for p in TicketPriority}),
        "owner": _equals("owner", {r.value for r in Role}),
    },
    "persons": {
        "children_under": _children_under,
        "care": flag("care", lambda c: c.care_grade > 0),
        "needs_barrier_free": flag("needs_barrier_free", _is_set("needs_barrier_free")),
        "pets": flag("pets", _is_set("has_pets")),
        "smoker": flag("smoker", _is_set("smoker")),
        "nationality": _nationality,
        "facility_id": _facility,
        "stay_over_months": _stay_over_months,
        "no_current_place": flag("no_current_place", lambda c: c.since.is_(None)),
        "own_flat_month": _moved_into_own_flat,
    },
    "facilities": {
        "free_at_least": _free_at_least,
        "barrier_free": flag("barrier_free", _is_set("barrier_free")),
        "pets_allowed": flag("pets_allowed", _is_set("pets_allowed")),
        "smoking_allowed": flag("smoking_allowed", _is_set("smoking_allowed")),
        "kind": _equals("kind", {k.value for k in FacilityKind}),
        "district": _district,
        "occupancy_type": _occupancy_type,
        "facility_id": _one_facility,
    },
    "cases": {**listing_cases.FILTERS, "own_flat_month": _own_flat_month},
    "neighbourhood": listing_neighbourhood.FILTERS,
}


def _age_on(value: Any) -> date:
    if not isinstance(value, date):
        raise ValueError(f"age_on: a date, not {value!r}")
    return value


# a condition a list keeps unless one of the named filters is set (see the module docstring)
IMPLIED: dict[str, tuple[Callable[[Any], ColumnElement[bool]], frozenset[str]]] = {
    "persons": (lambda c: c.active.is_(True), frozenset({"own_flat_month"})),
}


def implied(list_name: str, c: Any, names: Any = ()) -> list[ColumnElement[bool]]:
    """The list's `IMPLIED` condition, unless one of the filters `names` lifts it."""
    implied = IMPLIED.get(list_name)
    if implied is None or implied[1] & set(names):
        return []
    return [implied[0](c)]


# values that are no condition themselves but set how others are computed
PARAMETERS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "persons": {"age_on": _age_on},
}


def conditions(list_name: str, c: Any, filters: dict[str, Any] | None, ctx: QueryContext,
               session: Session) -> list[ColumnElement[bool]]:
    """The SQL conditions for `filters` (None values mean "any")."""
    known = FILTERS.get(list_name, {})
    parameters = PARAMETERS.get(list_name, {})
    wanted = {name: value for name, value in (filters or {}).items() if value is not None}
    for name in [name for name in wanted if name in parameters]:
        ctx = replace(ctx, **{name: parameters[name](wanted.pop(name))})
    result = implied(list_name, c, wanted)
    for name, value in wanted.items():
        if name not in known:
            raise ValueError(f"list {list_name!r} has no filter {name!r}")
        result.append(known[name](c, value, ctx, session))
    return result


# the choice filters whose values come from the data: (value column, label column or None)
CHOICES: dict[str, dict[str, tuple[str, str | None]]] = {
    "persons": {"nationality": ("nationality", None), "facility_id": ("facility_id", "facility")},
    "facilities": {"district": ("district", None), "facility_id": ("id", "name")},
    "cases": {"social_worker_id": ("social_worker_id", "social_worker")},
}
# further choices a list works out itself: (session, list subquery, context) -> choices
MORE_CHOICES: dict[str, Callable[[Session, Any, QueryContext],
                                 dict[str, list[FilterChoice]]]] = {
    "cases": listing_cases.choices,
    "neighbourhood": listing_neighbourhood.choices,
}


def choices(session: Session, list_name: str, q: Any, ctx: QueryContext
            ) -> dict[str, list[FilterChoice]]:
    """The values present in the list's rows for each choice filter with how many rows
    have them, sorted by label (or value); `q` is the list query as a subquery, already
    narrowed to the actor (and here to its `IMPLIED` condition: no ended people)."""
    c = q.c
    result: dict[str, list[FilterChoice]] = {}
    for name, (value_key, label_key) in CHOICES.get(list_name, {}).items():
        shown = [c[value_key]] if label_key is None else [c[value_key], c[label_key]]
        records = session.execute(
            select(*shown, func.count())
            .where(c[value_key].is_not(None), *implied(list_name, c, ()))
            .group_by(*shown)).all()
        found = [FilterChoice(r[0], None if label_key is None else r[1], int(r[-1]))
                 for r in records]
        result[name] = sorted(found, key=lambda f: fold_text(str(f.label or f.value)))
    more = MORE_CHOICES.get(list_name)
    if more is not None:
        result.update(more(session, q, ctx))
    return result
