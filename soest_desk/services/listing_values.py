"""The small pieces every list's filters share (see `listing_filters`, `listing_cases`): the
signature of a filter, the check of its value, and what a choice filter offers.

Bad values raise ValueError naming the filter: they come from code (the window's filter
bars, a settings file), never from typing, so they are programming errors, not user input.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import true
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from soest_desk.services.listing_queries import QueryContext

# (the list query's columns, the filter's value, the context, the session) -> condition
Filter = Callable[[Any, Any, QueryContext, Session], ColumnElement[bool]]


@dataclass(frozen=True)
class FilterChoice:
    """One entry of a filter's choice: the value to filter by, for names its label (None
    for codes, which the UI labels) and how many of the rows the actor sees it matches
    (None where not counted)."""

    value: Any
    label: str | None = None
    count: int | None = None


def flag(name: str, condition: Callable[[Any], ColumnElement[bool]]) -> Filter:
    """A yes/no filter: True narrows to `condition`; False means "any"."""
    def build(c: Any, value: Any, ctx: QueryContext, session: Session) -> ColumnElement[bool]:
        if not isinstance(value, bool):
            raise ValueError(f"{name}: True, False or None, not {value!r}")
        return condition(c) if value else true()
    return build


def count_value(name: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name}: a whole number from {low} to {high}, not {value!r}")
    return value


def id_value(name: str, value: Any) -> int:
    return count_value(name, value, 1, 2**63 - 1)
