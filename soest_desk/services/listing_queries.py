"""The SQL behind the lists of the main window (see `listing`): one query per list.

Each builder returns a SELECT with one labelled column per list column (plus `id` and the
extra columns the UI or the search needs), already narrowed to the actor's facilities. The
listing module wraps it as a subquery and adds search, keyset and order. No Qt here.

Columns named `*_key` hold folded text (`text_keys.fold_text`), never NULL: the search
compares them with a plain LIKE and the text sorts order by them. Mostly they are the stored
search keys (`SearchKeyed`), so nothing is folded per row and the persons list pages through
the index on `persons.search_name`; `fold_sql` folds in SQL only what has no stored key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Select,
    String,
    and_,
    case,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.sqltypes import NullType

from soest_desk.models import (
    Facility,
    Household,
    Person,
    Stay,
    Ticket,
    Unit,
)
from soest_desk.models.enums import FINAL_TICKET_STATES, FacilityKind, HouseholdRole, TicketState
from soest_desk.models.text_keys import FOLDS
from soest_desk.services import ticket_rules
from soest_desk.services.listing_occupancy import (
    current_stay,
    facility_totals,
    occupancy_columns,
    whole,
)
from soest_desk.services.permissions import Actor


@dataclass(frozen=True)
class QueryContext:
    actor: Actor
    scope: frozenset[int] | None  # None: every facility
    today: date
    now: datetime
    age_on: date | None = None  # the persons list's "Alter am" (a filter value; None: today)
    readiness_keys: tuple[str, ...] = ()  # the cases list: required checklist items


class _Folded(FunctionElement[str]):
    """`lower()` plus the FOLDS replacements, compiled per dialect (see below)."""

    type = String()
    name = "folded"
    inherit_cache = True


def _replace_chain(sql: str) -> str:
    folded = f"lower(coalesce({sql}, ''))"
    for accented, plain in FOLDS:  # constants without quotes or %: safe to inline
        folded = f"replace({folded}, '{accented}', '{plain}')"
    return folded


@compiles(_Folded)
def _fold_portable(element: _Folded, compiler: Any, **kw: Any) -> str:
    (expression,) = element.clauses
    return _replace_chain(compiler.process(expression, **kw))


@compiles(_Folded, "sqlite")
def _fold_sqlite(element: _Folded, compiler: Any, **kw: Any) -> str:
    # the replace chain costs ten times lower(); only values with a non-ASCII letter need it
    (expression,) = element.clauses
    sql = compiler.process(expression, **kw)
    return (f"CASE WHEN {sql} GLOB '*[^ -~]*' THEN {_replace_chain(sql)} "
            f"ELSE lower(coalesce({sql}, '')) END")


@compiles(_Folded, "postgresql")
def _fold_postgresql(element: _Folded, compiler: Any, **kw: Any) -> str:
    (expression,) = element.clauses
    singles = [(a, b) for a, b in FOLDS if len(b) == 1]
    source = "".join(a for a, _ in singles)
    target = "".join(b for _, b in singles)
    folded = (f"translate(lower(coalesce({compiler.process(expression, **kw)}, '')), "
              f"'{source}', '{target}')")
    for accented, plain in FOLDS:
        if len(plain) > 1:
            folded = f"replace({folded}, '{accented}', '{plain}')"
    return folded


def fold_sql(expression: ColumnElement[Any]) -> ColumnElement[str]:
    """The SQL side of `text_keys.fold_text`, folded per row on every query: only for values
    without a stored search key, and only on small tables or few rows. NULL folds to ''."""
    return _Folded(expression)


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class _Selective(FunctionElement[bool]):
    """A condition few rows meet (a search), so the planner had better filter, then sort.

    SQLite otherwise walks an index in sort order to fill the LIMIT and pays the joins of
    every row it passes: a name search that matches a handful of the persons list's 73k rows
    took 380 ms that way against 90 ms for scan, filter, sort. PostgreSQL estimates a LIKE
    itself."""

    type = NullType()  # a Boolean would get "= 1" on SQLite, which hides the hint
    name = "selective"
    inherit_cache = True


@compiles(_Selective)
def _selective_portable(element: _Selective, compiler: Any, **kw: Any) -> str:
    (condition,) = element.clauses
    return f"({compiler.process(condition, **kw)})"


@compiles(_Selective, "sqlite")
def _selective_sqlite(element: _Selective, compiler: Any, **kw: Any) -> str:
    (condition,) = element.clauses
    return f"likelihood({compiler.process(condition, **kw)}, 0.001)"


def selective(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    return _Selective(condition)


def scoped(facility_id: Any, scope: frozenset[int] | None) -> ColumnElement[bool]:
    if scope is None:
        return true()
    if not scope:
        return false()
    return facility_id.in_(sorted(scope))


def _in_table_order(row_id: Any) -> ColumnElement[bool]:
    """Always true (ids start at 1); lets SQLite read a big table front to back.

    Without it, SQLite scans the tickets for a sort or a search through the index on
    facility_id, one random row at a time, because the query joins the facilities: 150 ms
    instead of 55 for a sort of 100,000 tickets."""
    return row_id >= 1


def household_label(household: Any) -> ColumnElement[Any]:
    """The household's label, or its head's name when the label is empty."""
    head = aliased(Person)
    head_name = (
        select(head.family_name + ", " + head.given_names)
        .where(head.household_id == household.id, head.household_role == HouseholdRole.HEAD)
        .correlate_except(head)
        .scalar_subquery()
    )
    return func.coalesce(func.nullif(household.label, ""), head_name)


def household_key(household: Any) -> ColumnElement[str]:
    """The search key of `_household_label`: the label's, or the head's name key."""
    head = aliased(Person)
    head_key = (
        select(head.search_name)
        .where(head.household_id == household.id, head.household_role == HouseholdRole.HEAD)
        .correlate_except(head)
        .scalar_subquery()
    )
    return func.coalesce(func.nullif(household.search_label, ""), head_key, "")


def _unit_key(unit: Any) -> ColumnElement[str]:
    """Unit labels are short ASCII codes ("1.OG-12"): lower() is all the folding they need."""
    return func.lower(func.coalesce(unit.label, ""))


# ------------------------------------------------ the lists (the cases list: `listing_cases`)

def _facility_figures(ctx: QueryContext) -> Any:
    """Per visible facility: its active units' places, blocked and occupied today (as in
    `services.occupancy`), whether one of them is over-full or barrier-free."""
    per_facility = facility_totals(ctx.today)
    return (
        select(
            Facility.id.label("id"), Facility.name.label("name"), Facility.kind.label("kind"),
            Facility.district.label("district"),
            whole(per_facility.c.places).label("places"),
            whole(per_facility.c.blocked).label("blocked"),
            whole(per_facility.c.occupied).label("occupied"),
            # the facility as a whole, or at least one of its active units
            or_(Facility.barrier_free.is_(True), whole(per_facility.c.bf_unit) == 1)
            .label("barrier_free"),
            Facility.pets_allowed.label("pets_allowed"),
            Facility.smoking_allowed.label("smoking_allowed"),
            Facility.pilot_group.label("pilot_group"),
            func.coalesce(per_facility.c.over_unit, 0).label("over_unit"),
            Facility.search_name.label("name_key"),  # name, district and street
            fold_sql(Facility.district).label("district_key"),
            fold_sql(Facility.city).label("city_key"),
            fold_sql(Facility.pilot_group).label("pilot_group_key"),
        )
        .outerjoin(per_facility, per_facility.c.facility_id == Facility.id)
        .where(Facility.active.is_(True), scoped(Facility.id, ctx.scope))
        .subquery("figures")
    )


def facilities_query(ctx: QueryContext) -> Select[Any]:
    """Occupancy today as `services.occupancy` defines it: free = places − blocked −
    occupied; percent = occupied ÷ (places − blocked), none without allocable places;
    state "over" (occupied > places − blocked, or a unit over-full or with an unresolved
    over-allocation), "full" (nothing free) or "ok"."""
    f = _facility_figures(ctx)
    free, percent, state = occupancy_columns(f.c.places, f.c.blocked, f.c.occupied,
                                             f.c.over_unit)
    # a private housing offer is a flat for one household, not a place to allocate
    state = case((f.c.kind == FacilityKind.PRIVATE_OFFER.value, "ok"), else_=state)
    return select(
        f.c.id, f.c.name, f.c.kind, f.c.district, f.c.places, f.c.blocked, f.c.occupied,
        free.label("free"), percent.label("occupancy_percent"), f.c.barrier_free,
        f.c.pilot_group, f.c.pets_allowed, f.c.smoking_allowed,
        state.label("occupancy_state"), f.c.name_key, f.c.district_key, f.c.city_key,
        f.c.pilot_group_key,
    )


def persons_query(ctx: QueryContext) -> Select[Any]:
    """Everybody not anonymised whom the actor sees: a facility-scoped actor the people
    living in their facilities today. Ended people (`active` false) are rows too, but the
    list leaves them out unless a filter asks for former residents (`listing_filters.
    IMPLIED`), so the filters decide it in one place."""
    return (
        select(
            Person.id.label("id"), Person.family_name.label("family_name"),
            Person.given_names.label("given_names"), Person.birth_date.label("birth_date"),
            Person.nationality.label("nationality"), household_label(Household).label("household"),
            Facility.name.label("facility"), Unit.label.label("unit"),
            Stay.start_date.label("since"),
            Person.birth_date_precision.label("birth_date_precision"),
            Person.household_id.label("household_id"), Facility.id.label("facility_id"),
            Person.care_grade.label("care_grade"),
            Person.needs_barrier_free.label("needs_barrier_free"),
            Person.has_pets.label("has_pets"), Person.smoker.label("smoker"),
            Person.active.label("active"),  # ended people: see `listing_filters.IMPLIED`
            Person.search_name.label("name_key"),  # family, given names, transliteration
            household_key(Household).label("household_key"),
            func.coalesce(Facility.search_name, "").label("facility_key"),
            _unit_key(Unit).label("unit_key"),
        )
        .select_from(Person)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Stay, and_(Stay.person_id == Person.id, current_stay(Stay, ctx.today)))
        .outerjoin(Unit, Stay.unit_id == Unit.id)
        .outerjoin(Facility, Unit.facility_id == Facility.id)
        .where(Person.anonymised_at.is_(None), scoped(Facility.id, ctx.scope))
    )


def living(today: date) -> tuple[Select[Any], Any, Any]:
    """(household id, facility) of everyone living somewhere today: the query, member, facility."""
    member, stay, unit, facility = (aliased(Person), aliased(Stay), aliased(Unit),
                                    aliased(Facility))
    query = (
        select(member.household_id)
        .select_from(member)
        .join(stay, and_(stay.person_id == member.id, current_stay(stay, today)))
        .join(unit, stay.unit_id == unit.id)
        .join(facility, unit.facility_id == facility.id)
    )
    return query, member, facility


def households_living_at(today: date, pattern: str) -> Select[Any]:
    """Households with a member living today in a facility whose key is LIKE `pattern`.

    Uncorrelated, so the database runs it once per search instead of once per case."""
    query, _member, facility = living(today)
    return query.where(facility.search_name.like(pattern, escape="\\"))


def _ticket_owner(state: Any, waiting_reason: Any) -> ColumnElement[Any]:
    whens: list[tuple[ColumnElement[bool], str]] = [
        (and_(state == TicketState.WAITING.value, waiting_reason == reason.value), role.value)
        for reason, role in ticket_rules.WAITING_REASON_OWNER.items()
    ]
    whens += [
        (state == ticket_state.value, role.value)
        for ticket_state, role in ticket_rules.STATE_OWNER.items() if role is not None
    ]
    return case(*whens, else_=None)


def tickets_query(ctx: QueryContext) -> Select[Any]:
    final = [s.value for s in FINAL_TICKET_STATES]
    late = or_(
        and_(Ticket.due_at.is_not(None), Ticket.due_at < ctx.now),
        and_(Ticket.is_safety_hazard.is_(True), Ticket.secured_at.is_(None),
             Ticket.secured_due_at.is_not(None), Ticket.secured_due_at < ctx.now),
    )
    overdue = case((and_(Ticket.state.not_in(final), late), 1), else_=0)
    return (
        select(
            Ticket.id.label("id"), Ticket.title.label("title"), Facility.name.label("facility"),
            Unit.label.label("unit"), Ticket.category.label("category"),
            Ticket.priority.label("priority"), Ticket.state.label("state"),
            _ticket_owner(Ticket.state, Ticket.waiting_reason).label("owner"),
            Ticket.reported_at.label("reported_at"), Ticket.due_at.label("due_at"),
            overdue.label("overdue"), Ticket.waiting_reason.label("waiting_reason"),
            Ticket.is_safety_hazard.label("is_safety_hazard"),
            Ticket.waiting_until.label("waiting_until"),
            Ticket.facility_id.label("facility_id"), Ticket.unit_id.label("unit_id"),
            Ticket.duplicate_of_id.label("duplicate_of_id"),
            Ticket.secured_at.label("secured_at"),
            Ticket.search_text.label("title_key"),
            Facility.search_name.label("facility_key"),  # name, district and street
            _unit_key(Unit).label("unit_key"),
        )
        .select_from(Ticket)
        .join(Facility, Ticket.facility_id == Facility.id)
        .outerjoin(Unit, Ticket.unit_id == Unit.id)
        .where(scoped(Ticket.facility_id, ctx.scope), _in_table_order(Ticket.id))
    )

