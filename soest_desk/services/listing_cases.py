"""The Sozialarbeit case list (see `listing`): its SQL, its filters and what they offer.

Who sees a case: everybody with "Fälle ansehen" who works for every facility (Leitung), and
a social worker for the households living in their facilities today plus every case
assigned to them (the rule of `cases.may_reach`).

Columns besides the visible ones: `readiness_met` and `readiness_required` (the readiness
column's "7 von 8 Punkten erfüllt"), `overdue` (True when an open follow-up was due before
today: the row stands out) and `social_worker_id`. Readiness is `readiness.readiness_columns`
over the required checklist items the listing puts in the context (`readiness_keys`), so a
list of 10,000 cases sorts and filters by it in the database.

Filters (`FILTERS`):
- `status`: "open_any" (every status but closed; the filter bar starts with it), a status
  code, or "all".
- `readiness`: "under_50" (below 50 %), "50_99" (from 50 % but not ready: a share that rounds
  to 100 % while an item is missing is not ready), "ready" (every required, applicable item
  met; none applicable is not ready).
- `mine` (assigned to the actor), `overdue` (an open follow-up due before today),
  `social_worker_id`, `facility_id` (a member of the household lives there today).
`choices` counts, among the cases the actor sees, each status, and among their open cases
each of the other values (and the facilities), so the bar can say "Überfällige
Wiedervorlage (3)" and "bereit (2)" finds two in the list it starts with.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Select,
    and_,
    case,
    exists,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from soest_desk.models import Case, FollowUp, Household, User
from soest_desk.models.enums import CaseStatus
from soest_desk.models.text_keys import fold_text
from soest_desk.services import readiness
from soest_desk.services.listing_queries import (
    QueryContext,
    household_key,
    household_label,
    living,
    scoped,
)
from soest_desk.services.listing_values import Filter, FilterChoice, flag, id_value

CLOSED = CaseStatus.CLOSED.value
STATUS_VALUES = ("open_any", *(s.value for s in CaseStatus), "all")
READINESS_VALUES = ("under_50", "50_99", "ready")


def _household_facilities(ctx: QueryContext) -> tuple[Select[Any], Any]:
    """Facilities where a member of the case's household lives today (correlated to Case)."""
    query, member, facility = living(ctx.today)
    return (
        query.with_only_columns(facility.name).where(member.household_id == Case.household_id),
        facility,
    )


def _open_follow_ups(ctx: QueryContext) -> tuple[Any, Any, Any]:
    """(count, next due day, overdue) of the case's open follow-ups, correlated to Case."""
    still_open = and_(FollowUp.case_id == Case.id, FollowUp.done_on.is_(None))
    count = select(func.count(FollowUp.id)).where(still_open).scalar_subquery()
    next_due = select(func.min(FollowUp.due_on)).where(still_open).scalar_subquery()
    late = exists(select(FollowUp.id).where(still_open, FollowUp.due_on < ctx.today))
    return count, next_due, late


def cases_query(ctx: QueryContext) -> Select[Any]:
    where_lives, facility = _household_facilities(ctx)
    # the first of them by search key, so the list shows what it sorts and searches by
    current_facility = where_lives.order_by(facility.search_name).limit(1).scalar_subquery()
    current_facility_key = (
        where_lives.with_only_columns(func.min(facility.search_name)).scalar_subquery()
    )
    follow_up_count, next_follow_up, overdue = _open_follow_ups(ctx)
    ready = readiness.readiness_columns(ctx.readiness_keys, Case.id, ctx.today)
    if ctx.scope is None:
        visible: ColumnElement[bool] = true()
    else:
        # a social worker sees the cases in their facilities and every case assigned to them
        in_scope = exists(where_lives.where(scoped(facility.id, ctx.scope)))
        visible = or_(in_scope, Case.social_worker_id == ctx.actor.user_id) \
            if ctx.actor.user_id is not None else in_scope
    return (
        select(
            Case.id.label("id"), Case.household_id.label("household_id"),
            household_label(Household).label("household"),
            current_facility.label("facility"), User.display_name.label("social_worker"),
            Case.status.label("status"),
            ready["readiness_percent"].label("readiness_percent"),
            ready["ready_since"].label("ready_since"),
            Case.opened_on.label("opened_on"),
            follow_up_count.label("open_follow_ups"), next_follow_up.label("next_follow_up"),
            overdue.label("overdue"),
            ready["readiness_met"].label("readiness_met"),
            ready["readiness_required"].label("readiness_required"),
            Case.social_worker_id.label("social_worker_id"),
            household_key(Household).label("household_key"),
            func.coalesce(current_facility_key, "").label("facility_key"),
            func.coalesce(User.search_name, "").label("social_worker_key"),
        )
        .select_from(Case)
        .join(Household, Case.household_id == Household.id)
        .outerjoin(User, Case.social_worker_id == User.id)
        .where(visible)
    )


# ---------------------------------------------------------------- filters

def _status(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    if value == "open_any":
        return c.status != CLOSED
    if value == "all":
        return true()
    if value in STATUS_VALUES:
        return c.status == value
    raise ValueError(f"status: unknown value {value!r}; known: {', '.join(STATUS_VALUES)}")


def _readiness(c: Any, value: Any, ctx: QueryContext, session: Session
               ) -> ColumnElement[bool]:
    # met never exceeds required, so "met >= required" is "every item met"; said as an
    # inequality, PostgreSQL expects a third of the rows to match rather than one in 200
    # and joins the households by hash, not row by row (0.1 s instead of 1 s for 9,000)
    if value == "under_50":
        return c.readiness_percent < 50
    if value == "50_99":
        return and_(c.readiness_percent >= 50, c.readiness_met < c.readiness_required)
    if value == "ready":
        return and_(c.readiness_required > 0, c.readiness_met >= c.readiness_required)
    raise ValueError(f"readiness: unknown value {value!r}; "
                     f"known: {', '.join(READINESS_VALUES)}")


def _mine(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    user_id = ctx.actor.user_id
    return flag("mine", lambda c: false() if user_id is None
                else c.social_worker_id == user_id)(c, value, ctx, session)


def _overdue(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    late = select(FollowUp.case_id).where(FollowUp.done_on.is_(None),
                                          FollowUp.due_on < ctx.today)
    return flag("overdue", lambda c: c.id.in_(late))(c, value, ctx, session)


def _worker(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    return c.social_worker_id == id_value("social_worker_id", value)


def _facility(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    facility_id = id_value("facility_id", value)
    query, _member, facility = living(ctx.today)
    return c.household_id.in_(query.where(facility.id == facility_id))


FILTERS: dict[str, Filter] = {
    "mine": _mine,
    "social_worker_id": _worker,
    "facility_id": _facility,
    "status": _status,
    "readiness": _readiness,
    "overdue": _overdue,
}

# the fixed values counted for the filter bar, in the order it shows them
COUNTED: dict[str, tuple[Any, ...]] = {
    "status": STATUS_VALUES, "readiness": READINESS_VALUES, "mine": (True,), "overdue": (True,),
}


def choices(session: Session, q: Any, ctx: QueryContext) -> dict[str, list[FilterChoice]]:
    """The counted fixed values, the social workers and the facilities the actor's cases
    live in (a household living in two counts in both).
    `q`: the list query as a subquery, already narrowed to the actor."""
    c = q.c
    wanted = [(name, value) for name, values in COUNTED.items() for value in values]
    # besides the status, the counts are of the open cases: what the bar starts with, and
    # a closed case's readiness or follow-ups no longer matter ("bereit (2)" finds two)
    still_open = c.status != CLOSED
    sums = [func.coalesce(func.sum(case((and_(FILTERS[name](c, value, ctx, session),
                                              true() if name == "status" else still_open), 1),
                                        else_=0)), 0) for name, value in wanted]
    row = session.execute(select(*sums).select_from(q)).one()
    result: dict[str, list[FilterChoice]] = {}
    for (name, value), number in zip(wanted, row, strict=True):
        result.setdefault(name, []).append(FilterChoice(value, None, int(number)))
    query, member, facility = living(ctx.today)
    lives = query.with_only_columns(member.household_id.label("household_id"),
                                    facility.id.label("facility_id"),
                                    facility.name.label("name")).subquery("lives")
    records = session.execute(
        select(lives.c.facility_id, lives.c.name, func.count(func.distinct(c.id)))
        .select_from(q).join(lives, lives.c.household_id == c.household_id)
        .where(still_open)
        .group_by(lives.c.facility_id, lives.c.name)).all()
    workers = session.execute(
        select(c.social_worker_id, c.social_worker, func.count())
        .where(c.social_worker_id.is_not(None), still_open)
        .group_by(c.social_worker_id, c.social_worker)).all()
    result["social_worker_id"] = sorted((FilterChoice(r[0], r[1], int(r[2])) for r in workers),
                                        key=lambda f: fold_text(str(f.label)))
    result["facility_id"] = sorted((FilterChoice(r[0], r[1], int(r[2])) for r in records),
                                   key=lambda f: fold_text(str(f.label)))
    return result
