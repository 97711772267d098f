"""The lists of the main window, SQL-backed and keyset-paged.

Each list is declared once: its columns, how each column sorts, which columns the search
looks at, the permission it needs and how it is narrowed to the actor's facilities. A page is
`WHERE (sort…, id) > (:last…, :last_id) ORDER BY sort…, id LIMIT n` (reversed for descending):
never OFFSET, never a whole table in memory. Sort expressions are never NULL (COALESCE to a
sentinel), so the row-value comparison works the same on SQLite and PostgreSQL. Text
searches and sorts use the queries' folded `*_key` columns (see `listing_queries`): a word
matches with a plain LIKE, and the persons list pages by name through an index.

Values come back as plain Python: str, int, Decimal, bool, date, aware UTC datetime, and codes
as str (the UI maps them to German labels). Note text of cases never appears in a list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, Select, and_, case, func, literal, or_, select, true, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from soest_desk.models.base import UTCDateTime
from soest_desk.models.enums import (
    CaseStatus,
    FacilityKind,
    NeighbourhoodCategory,
    NeighbourhoodChannel,
    NeighbourhoodKind,
    Role,
    TicketCategory,
    TicketPriority,
    TicketState,
)
from soest_desk.models.text_keys import fold_text
from soest_desk.services import listing_filters, readiness
from soest_desk.services.clock import office_today
from soest_desk.services.listing_cases import cases_query
from soest_desk.services.listing_neighbourhood import neighbourhood_query
from soest_desk.services.listing_queries import (
    QueryContext,
    facilities_query,
    fold_sql,
    households_living_at,
    like_pattern,
    persons_query,
    selective,
    tickets_query,
)
from soest_desk.services.listing_values import FilterChoice
from soest_desk.services.permissions import Actor, Permission, require

PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000
FAR_FUTURE = date(9999, 12, 31)
FAR_FUTURE_TS = datetime(9999, 12, 31, tzinfo=UTC)
SortBuilder = Callable[[Any], tuple[ColumnElement[Any], ...]]


@dataclass(frozen=True)
class ColumnSpec:
    """One visible column. `kind`: text, int, percent (an int 0–100), date, datetime, bool
    or code (see `codes`)."""

    key: str
    kind: str = "text"
    sortable: bool = True
    codes: str | None = None


@dataclass(frozen=True)
class ListRow:
    id: int
    values: tuple[Any, ...]
    sort_key: tuple[Any, ...]  # pass the last row's key as `after` for the next page
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. birth_date_precision


@dataclass(frozen=True)
class Page:
    rows: list[ListRow]
    exhausted: bool


@dataclass(frozen=True)
class _Column:
    spec: ColumnSpec
    sort: SortBuilder


@dataclass(frozen=True)
class _ListDef:
    name: str
    permission: Permission
    columns: tuple[_Column, ...]
    build: Callable[[QueryContext], Select[Any]]
    search: tuple[str, ...]  # folded `*_key` columns of the query
    default_sort: tuple[str, bool]
    extra: tuple[str, ...] = ()
    number_search: bool = False
    # a further search alternative: (query columns, LIKE pattern, today) -> condition
    related_search: Callable[[Any, str, date], ColumnElement[bool]] | None = None
    # what the query needs from the database besides the actor and the day
    prepare: Callable[[Session, QueryContext], QueryContext] | None = None


# ---------------------------------------------------------------- sort and search helpers

def _key(*keys: str) -> SortBuilder:
    """Text sorts by the query's folded keys, so "Übergangswohnheim" sorts with the U."""
    return lambda c: tuple(c[k] for k in keys)


def _given_names(c: Any) -> tuple[ColumnElement[Any], ...]:
    """Given names have no key of their own: folded per row (a rarely used sort)."""
    return fold_sql(c.given_names), c.name_key


def _value(key: str, sentinel: Any = None) -> SortBuilder:
    if sentinel is None:
        return lambda c: (c[key],)
    return lambda c: (func.coalesce(c[key], sentinel),)


def _rank(key: str, codes: Sequence[str]) -> SortBuilder:
    """Sort codes in their domain order (workflow, severity), not alphabetically."""
    ranks = {code: index for index, code in enumerate(codes)}
    return lambda c: (case(ranks, value=c[key], else_=len(codes)),)


def _col(key: str, sort: SortBuilder, kind: str = "text", codes: str | None = None) -> _Column:
    return _Column(ColumnSpec(key, kind, True, codes), sort)


_NO_DATE = literal(FAR_FUTURE, Date)
_NO_TIME = literal(FAR_FUTURE_TS, UTCDateTime())


def _codes(enum_cls: Any) -> list[str]:
    return [member.value for member in enum_cls]


_LISTS: dict[str, _ListDef] = {
    "facilities": _ListDef(
        "facilities", Permission.VIEW_FACILITIES,
        (
            _col("name", _key("name_key")),
            _col("kind", _rank("kind", _codes(FacilityKind)), "code", "facility_kind"),
            _col("district", _key("district_key")),
            _col("places", _value("places"), "int"),
            _col("blocked", _value("blocked"), "int"),
            _col("occupied", _value("occupied"), "int"),
            _col("free", _value("free"), "int"),
            _col("occupancy_percent", _value("occupancy_percent", -1), "int"),
            _col("barrier_free", _value("barrier_free"), "bool"),
            _col("pilot_group", _key("pilot_group_key")),
        ),
        facilities_query, ("name_key", "city_key", "pilot_group_key"), ("name", False),
        extra=("occupancy_state",),
    ),
    "persons": _ListDef(
        "persons", Permission.VIEW_PERSONS,
        (
            _col("family_name", _key("name_key")),  # family, then given names: indexed
            _col("given_names", _given_names),
            _col("birth_date", _value("birth_date", _NO_DATE), "date"),
            _col("nationality", _value("nationality", ""), "code", "nationality"),
            _col("household", _key("household_key")),
            _col("facility", _key("facility_key", "unit_key")),
            _col("unit", _key("unit_key")),
            _col("since", _value("since", _NO_DATE), "date"),
        ),
        persons_query, ("name_key", "household_key", "facility_key"),
        ("family_name", False), extra=("birth_date_precision",),
    ),
    "cases": _ListDef(
        "cases", Permission.VIEW_CASES,
        (
            _col("household", _key("household_key")),
            _col("facility", _key("facility_key")),
            _col("social_worker", _key("social_worker_key")),
            _col("status", _rank("status", _codes(CaseStatus)), "code", "case_status"),
            _col("readiness_percent", _value("readiness_percent"), "percent"),
            _col("ready_since", _value("ready_since", _NO_DATE), "date"),
            _col("opened_on", _value("opened_on"), "date"),
            _col("open_follow_ups", _value("open_follow_ups"), "int"),
            # "Meine Fälle" sorts by it: what is due first, cases without one last
            _col("next_follow_up", _value("next_follow_up", _NO_DATE), "date"),
        ),
        cases_query, ("household_key", "social_worker_key"), ("household", False),
        extra=("overdue", "readiness_met", "readiness_required"),
        related_search=lambda c, pattern, today: c.household_id.in_(
            households_living_at(today, pattern)),  # any facility a member lives in
        prepare=lambda session, ctx: replace(
            ctx, readiness_keys=readiness.required_keys(session)),
    ),
    "tickets": _ListDef(
        "tickets", Permission.VIEW_TICKETS,
        (
            _col("id", _value("id"), "int"),
            _col("title", _key("title_key")),
            _col("facility", _key("facility_key", "unit_key")),
            _col("unit", _key("unit_key")),
            _col("category", _rank("category", _codes(TicketCategory)), "code",
                 "ticket_category"),
            _col("priority", _rank("priority", _codes(TicketPriority)), "code",
                 "ticket_priority"),
            _col("state", _rank("state", _codes(TicketState)), "code", "ticket_state"),
            _col("owner", _rank("owner", _codes(Role)), "code", "role"),
            _col("reported_at", _value("reported_at"), "datetime"),
            _col("due_at", _value("due_at", _NO_TIME), "datetime"),
            _col("overdue", _value("overdue"), "bool"),
        ),
        tickets_query, ("title_key", "facility_key", "unit_key"), ("reported_at", True),
        extra=("waiting_reason", "is_safety_hazard", "waiting_until", "secured_at"),
        number_search=True,
    ),
    "neighbourhood": _ListDef(
        "neighbourhood", Permission.VIEW_NEIGHBOURHOOD,
        (
            _col("reported_on", _value("reported_on"), "date"),
            _col("facility", _key("facility_key")),
            _col("kind", _rank("kind", _codes(NeighbourhoodKind)), "code",
                 "neighbourhood_kind"),
            _col("channel", _rank("channel", _codes(NeighbourhoodChannel)), "code",
                 "neighbourhood_channel"),
            _col("category", _rank("category", _codes(NeighbourhoodCategory)), "code",
                 "neighbourhood_category"),
            _col("follow_up_on", _value("follow_up_on", _NO_DATE), "date"),
            _col("resolved_on", _value("resolved_on", _NO_DATE), "date"),
            _col("text", _key("text_key")),  # last: the long text takes the room left
        ),
        neighbourhood_query, ("facility_key", "text_key", "contact_key", "follow_up_key"),
        ("reported_on", True), extra=("overdue", "resolved"),
    ),
}


# ---------------------------------------------------------------- the API

def list_names() -> list[str]:
    return list(_LISTS)


def _definition(list_name: str) -> _ListDef:
    try:
        return _LISTS[list_name]
    except KeyError:
        raise ValueError(f"unknown list {list_name!r}; known: {', '.join(_LISTS)}") from None


def columns(list_name: str) -> list[ColumnSpec]:
    return [column.spec for column in _definition(list_name).columns]


def required_permission(list_name: str) -> Permission:
    return _definition(list_name).permission


def default_sort(list_name: str) -> tuple[str, bool]:
    """(column key, descending) the list starts with."""
    return _definition(list_name).default_sort


def _subquery(
    session: Session, actor: Actor, definition: _ListDef, today: date | None,
    now: datetime | None,
) -> tuple[Any, QueryContext]:
    require(actor, definition.permission)
    context = QueryContext(
        actor=actor,
        scope=actor.facility_scope(definition.permission),
        today=today or office_today(now),
        now=now or datetime.now(UTC),
    )
    if definition.prepare is not None:
        context = definition.prepare(session, context)
    return definition.build(context).subquery(f"{definition.name}_list"), context


def _search(
    definition: _ListDef, c: Any, text: str, context: QueryContext
) -> ColumnElement[bool]:
    """Every word must occur in one of the list's folded keys (or be the ticket number)."""
    conditions = []
    for word in text.split():
        pattern = like_pattern(fold_text(word))
        alternatives = [c[key].like(pattern, escape="\\") for key in definition.search]
        if definition.related_search is not None:
            alternatives.append(definition.related_search(c, pattern, context.today))
        number = word.removeprefix("#")
        if definition.number_search and number.isdigit() and len(number) <= 9:
            alternatives.append(c.id == int(number))
        conditions.append(or_(*alternatives))
    return selective(and_(*conditions)) if conditions else true()


def _direction(definition: _ListDef, sort_key: str | None, descending: bool | None) -> bool:
    if descending is not None:
        return descending
    default_key, default_descending = definition.default_sort
    return default_descending if sort_key in (None, default_key) else False


def _sort_expressions(definition: _ListDef, c: Any, sort_key: str | None) -> list[Any]:
    key = sort_key or definition.default_sort[0]
    for column in definition.columns:
        if column.spec.key == key:
            if not column.spec.sortable:
                raise ValueError(f"column {key!r} of {definition.name!r} cannot be sorted")
            return [*column.sort(c), c.id]
    raise ValueError(f"unknown column {key!r} in list {definition.name!r}")


def _plain(spec: ColumnSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind == "bool":
        return bool(value)
    if spec.kind in ("int", "percent"):
        return int(value)
    return value


def _rows(definition: _ListDef, result: Any, sort_width: int) -> list[ListRow]:
    specs = [column.spec for column in definition.columns]
    rows = []
    for record in result:
        mapping = record._mapping
        rows.append(ListRow(
            id=int(mapping["id"]),
            values=tuple(_plain(spec, mapping[spec.key]) for spec in specs),
            sort_key=tuple(mapping[f"_sort{i}"] for i in range(sort_width)),
            extra={key: mapping[key] for key in definition.extra},
        ))
    return rows


def _select_rows(definition: _ListDef, c: Any, sort: list[Any]) -> Select[Any]:
    visible = [c.id, *(c[column.spec.key] for column in definition.columns)]
    extra = [c[key] for key in definition.extra if key not in {"id"}]
    labelled = [expression.label(f"_sort{i}") for i, expression in enumerate(sort)]
    return select(*dict.fromkeys(visible + extra), *labelled)


def _where(session: Session, definition: _ListDef, c: Any, text: str,
           filters: dict[str, Any] | None, context: QueryContext) -> ColumnElement[bool]:
    return and_(_search(definition, c, text, context),
                *listing_filters.conditions(definition.name, c, filters, context, session))


def count(
    session: Session, actor: Actor, list_name: str, text: str = "",
    today: date | None = None, now: datetime | None = None,
    filters: dict[str, Any] | None = None,
) -> int:
    """How many rows the list has for `actor` with this search text and these filters
    (`listing_filters.FILTERS`, e.g. {"queue": "mine", "category": "heating"})."""
    definition = _definition(list_name)
    q, context = _subquery(session, actor, definition, today, now)
    query = select(func.count()).select_from(q).where(
        _where(session, definition, q.c, text, filters, context))
    return int(session.scalar(query) or 0)


def fetch_page(
    session: Session, actor: Actor, list_name: str, *, text: str = "",
    sort_key: str | None = None, descending: bool | None = None,
    after: Sequence[Any] | None = None, limit: int = PAGE_SIZE,
    today: date | None = None, now: datetime | None = None,
    filters: dict[str, Any] | None = None,
) -> Page:
    """The next `limit` rows after the row whose `sort_key` is `after` (None: the first).

    `sort_key` None sorts by the list's default column; `descending` None takes that
    column's default direction (newest tickets first). `today` decides who lives where,
    `now` which tickets are overdue; both default to the clock."""
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValueError(f"limit must be between 1 and {MAX_PAGE_SIZE}, not {limit}")
    definition = _definition(list_name)
    descending = _direction(definition, sort_key, descending)
    q, context = _subquery(session, actor, definition, today, now)
    sort = _sort_expressions(definition, q.c, sort_key)
    query = _select_rows(definition, q.c, sort).where(
        _where(session, definition, q.c, text, filters, context))
    if after is not None:
        if len(after) != len(sort):
            raise ValueError("`after` must be the sort_key of a row of the same sort order")
        last = tuple_(*(literal(value, e.type) for e, value in zip(sort, after, strict=True)))
        query = query.where(tuple_(*sort) < last if descending else tuple_(*sort) > last)
    order = [e.desc() if descending else e.asc() for e in sort]
    records = session.execute(query.order_by(*order).limit(limit + 1)).all()
    rows = _rows(definition, records[:limit], len(sort))
    return Page(rows=rows, exhausted=len(records) <= limit)


def fetch_rows(
    session: Session, actor: Actor, list_name: str, ids: Sequence[int],
    today: date | None = None, sort_key: str | None = None, now: datetime | None = None,
) -> dict[int, ListRow]:
    """The current version of the given rows (those still visible to `actor`), by id."""
    definition = _definition(list_name)
    found: dict[int, ListRow] = {}
    unique = sorted(set(ids))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        q, _context = _subquery(session, actor, definition, today, now)
        sort = _sort_expressions(definition, q.c, sort_key)
        query = _select_rows(definition, q.c, sort).where(
            q.c.id.in_(chunk), *listing_filters.implied(list_name, q.c))
        for row in _rows(definition, session.execute(query).all(), len(sort)):
            found[row.id] = row
    return found


def filter_choices(
    session: Session, actor: Actor, list_name: str, today: date | None = None,
) -> dict[str, list[FilterChoice]]:
    """What the list's choice filters offer: the values present among the rows `actor`
    sees (nationalities, facilities lived in today, districts, social workers), each with
    its number of rows; for the cases also the counts of the fixed values."""
    q, context = _subquery(session, actor, _definition(list_name), today, None)
    return listing_filters.choices(session, list_name, q, context)
