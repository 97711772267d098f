"""Declarative base, shared column types and the mixins every aggregate uses."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import CheckConstraint, DateTime, Integer, MetaData, String, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from soest_desk.models.text_keys import search_key

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC, returns aware UTC datetimes on both engines (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; Soest Desk stores aware UTC times only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def enum_values(enum_cls: type[enum.Enum]) -> list[str]:
    return [str(member.value) for member in enum_cls]


def enum_check(
    column: str, enum_cls: type[enum.Enum], *, nullable: bool = False
) -> CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in enum_values(enum_cls))
    condition = f"{column} IN ({allowed})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=f"{column}_allowed")


def digits_only(column: str) -> str:
    """SQL true when `column` holds only 0-9; portable (SQLite has no regex, PG no GLOB)."""
    expression = column
    for digit in "0123456789":
        expression = f"replace({expression}, '{digit}', '')"
    return f"{expression} = ''"


def pii(category: str, **info: Any) -> dict[str, Any]:
    """Column info tag for personal data; disclosure, retention and erasure walk these tags."""
    return {"pii": category, **info}


class Versioned:
    """Optimistic locking: a stale save raises StaleDataError instead of overwriting."""

    version_id: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version_id}


class Audited:
    """Changes to rows of this class are written to the audit log by the session hook.

    `__audit_end__` names the (attribute, value) pairs that mean "this row was ended"
    (a stay gets an end date, a facility is deactivated), so the audit says `end`
    rather than `update`. `None` as value means "set to anything not None".
    """

    __audit_end__: ClassVar[tuple[tuple[str, object], ...]] = ()


SearchKeys = dict[str, tuple[str, ...]]  # key column -> the attributes it is made of


class SearchKeyed:
    """Rows that store folded search keys (`text_keys.search_key`) for the lists to search
    and sort by: a plain LIKE on a folded column instead of folding every row per query.

    `__search_keys__` maps each key column to the attributes it is made of, in order. Every
    ORM insert and update refreshes the keys (one mapper hook for all such classes, below).
    Core INSERT and UPDATE statements bypass that hook: they must fill the keys with
    `search_key_values` (the demo generator's bulk writer does), or the lists miss the row.
    """

    __search_keys__: ClassVar[SearchKeys] = {}


def search_key_column(**info: Any) -> Mapped[str]:
    """A stored search key: derived, never NULL, '' until the first flush fills it."""
    return mapped_column(String, nullable=False, server_default="", info=info)


def search_key_values(cls: type, values: Mapping[str, Any]) -> dict[str, str]:
    """The search keys of a row of `cls` with these attribute values (missing ones: None)."""
    keys: SearchKeys = getattr(cls, "__search_keys__", {})
    return {key: search_key(*(values.get(part) for part in parts)) for key, parts in keys.items()}


def _refresh_search_keys(_mapper: Any, _connection: Any, target: SearchKeyed) -> None:
    parts = {part for sources in target.__search_keys__.values() for part in sources}
    values = search_key_values(type(target), {part: getattr(target, part) for part in parts})
    for key, value in values.items():
        if target.__dict__.get(key) != value:
            setattr(target, key, value)


event.listen(SearchKeyed, "before_insert", _refresh_search_keys, propagate=True)
event.listen(SearchKeyed, "before_update", _refresh_search_keys, propagate=True)
