"""The SQL behind the lists of the main window (see `listing`): one query per list.

Each builder returns a SELECT with one labelled column per list column (plus `id` and the
extra columns the UI or the search needs), already narrowed to the actor's facilities. The
listing module wraps it as a subquery and adds search, keyset and order. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, String, and_, case, exists, false, func, or_, select, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from soest_desk.models import Case, Facility, FollowUp, Household, Person, Stay, Ticket, Unit, User
from soest_desk.models.enums import FINAL_TICKET_STATES, HouseholdRole, TicketState
from soest_desk.services import ticket_rules
from soest_desk.services.permissions import Actor

# Accented letters the search (and the text sort) treats as plain: German umlauts and the
# Turkish letters common among residents' names. Capitals are listed because SQLite's lower()
# only knows ASCII. Kept short on purpose: SQLite's parser refuses ~28 nested calls.
_FOLD = (
    ("ä", "a"), ("ö", "o"), ("ü", "u"), ("Ä", "a"), ("Ö", "o"), ("Ü", "u"), ("ß", "ss"),
    ("é", "e"), ("ç", "c"), ("Ç", "c"), ("ş", "s"), ("Ş", "s"), ("ğ", "g"), ("ı", "i"),
)


@dataclass(frozen=True)
class QueryContext:
    actor: Actor
    scope: frozenset[int] | None  # None: every facility
    today: date
    now: datetime


def fold_text(text: str) -> str:
    """What the search compares: lower case, common accents removed (Öztürk → ozturk).

    Must fold exactly like `fold_sql`, or a typed accent would miss its own spelling."""
    folded = text
    for accented, plain in _FOLD:  # capitals first: "İ".lower() is "i" + a combining dot
        folded = folded.replace(accented, plain)
    folded = folded.lower()
    for accented, plain in _FOLD:
        folded = folded.replace(accented, plain)
    return folded


class _Folded(FunctionElement[str]):
    """`lower()` plus the _FOLD replacements, compiled per dialect (see below)."""

    type = String()
    name = "folded"
    inherit_cache = True


def _replace_chain(sql: str) -> str:
    folded = f"lower(coalesce({sql}, ''))"
    for accented, plain in _FOLD:  # constants without quotes or %: safe to inline
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
    singles = [(a, b) for a, b in _FOLD if len(b) == 1]
    source = "".join(a for a, _ in singles)
    target = "".join(b for _, b in singles)
    folded = (f"translate(lower(coalesce({compiler.process(expression, **kw)}, '')), "
              f"'{source}', '{target}')")
    for accented, plain in _FOLD:
        if len(plain) > 1:
            folded = f"replace({folded}, '{accented}', '{plain}')"
    return folded


def fold_sql(expression: ColumnElement[Any]) -> ColumnElement[str]:
    """The SQL side of `fold_text`; NULL folds to ''."""
    return _Folded(expression)


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _scoped(facility_id: Any, scope: frozenset[int] | None) -> ColumnElement[bool]:
    if scope is None:
        return true()
    if not scope:
        return false()
    return facility_id.in_(sorted(scope))


def _current_stay(stay: Any, today: date) -> ColumnElement[bool]:
    """Stays are half-open: present from start_date, gone on end_date."""
    return and_(stay.start_date <= today, or_(stay.end_date.is_(None), stay.end_date > today))


def _household_label(household: Any) -> ColumnElement[Any]:
    """The household's label, or its head's name when the label is empty."""
    head = aliased(Person)
    head_name = (
        select(head.family_name + ", " + head.given_names)
        .where(head.household_id == household.id, head.household_role == HouseholdRole.HEAD)
        .correlate_except(head)
        .scalar_subquery()
    )
    return func.coalesce(func.nullif(household.label, ""), head_name)


# ---------------------------------------------------------------- the four lists

def facilities_query(ctx: QueryContext) -> Select[Any]:
    places = (
        select(func.coalesce(func.sum(Unit.places), 0))
        .where(Unit.facility_id == Facility.id, Unit.active.is_(True))
        .scalar_subquery()
    )
    occupied = (
        select(func.count(Stay.id))
        .join(Unit, Stay.unit_id == Unit.id)
        .where(Unit.facility_id == Facility.id, _current_stay(Stay, ctx.today))
        .scalar_subquery()
    )
    return select(
        Facility.id.label("id"), Facility.name.label("name"), Facility.kind.label("kind"),
        Facility.district.label("district"), places.label("places"),
        occupied.label("occupied"), (places - occupied).label("free"),
        Facility.barrier_free.label("barrier_free"), Facility.pilot_group.label("pilot_group"),
        Facility.street.label("street"), Facility.city.label("city"),
    ).where(Facility.active.is_(True), _scoped(Facility.id, ctx.scope))


def persons_query(ctx: QueryContext) -> Select[Any]:
    return (
        select(
            Person.id.label("id"), Person.family_name.label("family_name"),
            Person.given_names.label("given_names"), Person.birth_date.label("birth_date"),
            Person.nationality.label("nationality"), _household_label(Household).label("household"),
            Facility.name.label("facility"), Unit.label.label("unit"),
            Stay.start_date.label("since"),
            Person.birth_date_precision.label("birth_date_precision"),
            Person.name_transliteration.label("name_transliteration"),
        )
        .select_from(Person)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Stay, and_(Stay.person_id == Person.id, _current_stay(Stay, ctx.today)))
        .outerjoin(Unit, Stay.unit_id == Unit.id)
        .outerjoin(Facility, Unit.facility_id == Facility.id)
        .where(Person.anonymised_at.is_(None), _scoped(Facility.id, ctx.scope))
    )


def _household_facilities(ctx: QueryContext) -> tuple[Select[Any], Any]:
    """Facilities where a member of the case's household lives today (correlated to Case)."""
    member, stay, unit, facility = (aliased(Person), aliased(Stay), aliased(Unit),
                                    aliased(Facility))
    query = (
        select(facility.name)
        .select_from(member)
        .join(stay, and_(stay.person_id == member.id, _current_stay(stay, ctx.today)))
        .join(unit, stay.unit_id == unit.id)
        .join(facility, unit.facility_id == facility.id)
        .where(member.household_id == Case.household_id)
    )
    return query, facility


def cases_query(ctx: QueryContext) -> Select[Any]:
    where_lives, facility = _household_facilities(ctx)
    current_facility = (
        where_lives.with_only_columns(func.min(facility.name)).scalar_subquery()
    )
    open_follow_ups = FollowUp.done_on.is_(None)
    follow_up_count = (
        select(func.count(FollowUp.id))
        .where(FollowUp.case_id == Case.id, open_follow_ups).scalar_subquery()
    )
    next_follow_up = (
        select(func.min(FollowUp.due_on))
        .where(FollowUp.case_id == Case.id, open_follow_ups).scalar_subquery()
    )
    if ctx.scope is None:
        visible: ColumnElement[bool] = true()
    else:
        # a social worker sees the cases in their facilities and every case assigned to them
        in_scope = exists(where_lives.where(_scoped(facility.id, ctx.scope)))
        visible = or_(in_scope, Case.social_worker_id == ctx.actor.user_id) \
            if ctx.actor.user_id is not None else in_scope
    return (
        select(
            Case.id.label("id"), _household_label(Household).label("household"),
            current_facility.label("facility"), User.display_name.label("social_worker"),
            Case.status.label("status"), Case.opened_on.label("opened_on"),
            follow_up_count.label("open_follow_ups"), next_follow_up.label("next_follow_up"),
        )
        .select_from(Case)
        .join(Household, Case.household_id == Household.id)
        .outerjoin(User, Case.social_worker_id == User.id)
        .where(visible)
    )


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
        )
        .select_from(Ticket)
        .join(Facility, Ticket.facility_id == Facility.id)
        .outerjoin(Unit, Ticket.unit_id == Unit.id)
        .where(_scoped(Ticket.facility_id, ctx.scope))
    )

