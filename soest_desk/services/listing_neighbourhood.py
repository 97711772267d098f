"""The Nachbarschaft list (see `listing`): its SQL, its filters and what they offer, plus the
facilities the report form offers.

Who sees a report: everybody with "Nachbarschaftsmeldungen ansehen", a Heimleitung (and a
social worker) for the reports of their own facilities, the Leitung every report (the rule
of `services.neighbourhood.list_reports`).

Columns besides the visible ones: `overdue` (an open report whose Wiedervorlage was before
today: the row stands out), `facility_id`, `resolved`, and the folded search keys of the
facility, the text, the contact and the follow-up (`*_key`; the text is folded per row: the
register is small).

Filters (`FILTERS`):
- `state`: "open" (not settled; the filter bar starts with it), "resolved" or "all".
- `facility_id`, `kind`, `channel`, `category`: equal to the value (codes of the enums).
- `overdue`: True narrows to open reports whose Wiedervorlage was before today.
`choices` counts each state among the reports the actor sees, and among their open reports
each kind, channel, category and facility (what the bar starts with), as the cases do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, func, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from soest_desk.models import Facility, NeighbourhoodReport
from soest_desk.models.enums import (
    FacilityKind,
    NeighbourhoodCategory,
    NeighbourhoodChannel,
    NeighbourhoodKind,
)
from soest_desk.models.text_keys import fold_text
from soest_desk.services.listing_queries import QueryContext, fold_sql, scoped
from soest_desk.services.listing_values import Filter, FilterChoice, flag, id_value
from soest_desk.services.permissions import Actor, Permission, require

STATE_VALUES = ("open", "resolved", "all")
KIND_VALUES = tuple(k.value for k in NeighbourhoodKind)
CHANNEL_VALUES = tuple(c.value for c in NeighbourhoodChannel)
CATEGORY_VALUES = tuple(c.value for c in NeighbourhoodCategory)


def neighbourhood_query(ctx: QueryContext) -> Select[Any]:
    report = NeighbourhoodReport
    overdue = case((and_(report.resolved.is_(False), report.follow_up_on.is_not(None),
                         report.follow_up_on < ctx.today), 1), else_=0)
    return (
        select(
            report.id.label("id"), report.reported_on.label("reported_on"),
            Facility.name.label("facility"), report.kind.label("kind"),
            report.channel.label("channel"), report.category.label("category"),
            report.text.label("text"), report.follow_up_on.label("follow_up_on"),
            report.resolved_on.label("resolved_on"),
            overdue.label("overdue"), report.resolved.label("resolved"),
            report.facility_id.label("facility_id"),
            Facility.search_name.label("facility_key"),
            fold_sql(report.text).label("text_key"),
            fold_sql(report.contact_name).label("contact_key"),
            fold_sql(report.follow_up).label("follow_up_key"),
        )
        .select_from(report)
        .join(Facility, report.facility_id == Facility.id)
        .where(scoped(report.facility_id, ctx.scope))
    )


# ---------------------------------------------------------------- filters

def _state(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    if value == "open":
        return c.resolved.is_(False)
    if value == "resolved":
        return c.resolved.is_(True)
    if value == "all":
        return true()
    raise ValueError(f"state: unknown value {value!r}; known: {', '.join(STATE_VALUES)}")


def _equals(column: str, allowed: tuple[str, ...]) -> Filter:
    def condition(c: Any, value: Any, ctx: QueryContext, session: Session
                  ) -> ColumnElement[bool]:
        if value not in allowed:
            raise ValueError(f"{column}: unknown value {value!r}; known: {', '.join(allowed)}")
        return c[column] == value
    return condition


def _facility(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
    return c.facility_id == id_value("facility_id", value)


FILTERS: dict[str, Filter] = {
    "state": _state,
    "facility_id": _facility,
    "kind": _equals("kind", KIND_VALUES),
    "channel": _equals("channel", CHANNEL_VALUES),
    "category": _equals("category", CATEGORY_VALUES),
    "overdue": flag("overdue", lambda c: c.overdue == 1),
}

# the fixed values counted for the filter bar, in the order it shows them
COUNTED: dict[str, tuple[Any, ...]] = {
    "state": STATE_VALUES, "kind": KIND_VALUES, "channel": CHANNEL_VALUES,
    "category": CATEGORY_VALUES, "overdue": (True,),
}


def choices(session: Session, q: Any, ctx: QueryContext) -> dict[str, list[FilterChoice]]:
    """The counted fixed values and the facilities with reports (by name). Besides the
    state, the counts are of the open reports: what the bar starts with.
    `q`: the list query as a subquery, already narrowed to the actor."""
    c = q.c
    still_open = c.resolved.is_(False)
    wanted = [(name, value) for name, values in COUNTED.items() for value in values]
    sums = [func.coalesce(func.sum(case((and_(FILTERS[name](c, value, ctx, session),
                                              true() if name == "state" else still_open), 1),
                                        else_=0)), 0) for name, value in wanted]
    row = session.execute(select(*sums).select_from(q)).one()
    result: dict[str, list[FilterChoice]] = {}
    for (name, value), number in zip(wanted, row, strict=True):
        result.setdefault(name, []).append(FilterChoice(value, None, int(number)))
    # every facility with a report, counting its open ones (a settled one may be sought)
    open_count = func.coalesce(func.sum(case((still_open, 1), else_=0)), 0)
    records = session.execute(
        select(c.facility_id, c.facility, open_count)
        .group_by(c.facility_id, c.facility)).all()
    result["facility_id"] = sorted((FilterChoice(r[0], r[1], int(r[2])) for r in records),
                                   key=lambda f: fold_text(str(f.label)))
    return result


# ---------------------------------------------------------------- the form's facilities

@dataclass(frozen=True)
class FacilityOption:
    id: int
    name: str


def recordable_facilities(session: Session, actor: Actor) -> list[FacilityOption]:
    """Active facilities of the office (no private housing offers) the actor may record
    neighbourhood reports for, by name."""
    require(actor, Permission.EDIT_NEIGHBOURHOOD)
    scope = actor.facility_scope(Permission.EDIT_NEIGHBOURHOOD)
    query = select(Facility.id, Facility.name).where(
        Facility.active.is_(True), Facility.kind != FacilityKind.PRIVATE_OFFER.value,
        scoped(Facility.id, scope))
    rows = session.execute(query).all()
    return sorted((FacilityOption(r.id, r.name) for r in rows), key=lambda f: fold_text(f.name))
