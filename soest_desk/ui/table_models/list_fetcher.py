"""The only way a list's table model reaches the database: `ListFetcher`, a Qt-free adapter
over `services.listing` with one short read session per call; database failures come back as
a German `ListLoadError` the tab can show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from soest_desk.db import Database, explain_connection_error
from soest_desk.services import listing
from soest_desk.services.clock import office_today
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.listing import ColumnSpec, FilterChoice, Page
from soest_desk.services.permissions import Actor

T = TypeVar("T")
Filters = dict[str, Any]  # named list filters (`listing_filters`); None values mean "any"


class ListLoadError(Exception):
    """A list could not be loaded; the message is German and names the database."""


class ListFetcher:
    """Qt-free adapter between a table model and `listing`: one fresh session per call."""

    def __init__(
        self, database: Database, actor: Actor, list_name: str, *,
        page_size: int = listing.PAGE_SIZE, today: date | None = None,
        now: datetime | None = None,
    ) -> None:
        self.database = database
        self.actor = actor
        self.list_name = list_name
        self.page_size = page_size
        self.columns: list[ColumnSpec] = listing.columns(list_name)
        self.default_sort: tuple[str, bool] = listing.default_sort(list_name)
        self._today = today  # fixed dates for tests; None follows the clock
        self._now = now

    def today(self) -> date:
        """The day the list is read for (who lives where, occupancy)."""
        return self._today or office_today(self._now)

    def _run(self, job: Callable[[Session], T]) -> T:
        try:
            with self.database.read() as session:
                return job(session)
        except DBAPIError as exc:
            raise ListLoadError(explain_connection_error(exc, self.database.info)) from exc
        except PermissionDenied as exc:
            raise ListLoadError(exc.message) from exc

    def first_page(self, text: str, sort_key: str, descending: bool,
                   filters: Filters | None = None) -> tuple[int, Page]:
        """The number of matching rows and the first page, read in one session."""
        def job(session: Session) -> tuple[int, Page]:
            total = listing.count(session, self.actor, self.list_name, text,
                                  today=self._today, now=self._now, filters=filters)
            return total, self._page(session, text, sort_key, descending, None, filters)
        return self._run(job)

    def next_page(
        self, text: str, sort_key: str, descending: bool, after: Sequence[Any],
        filters: Filters | None = None,
    ) -> Page:
        return self._run(lambda s: self._page(s, text, sort_key, descending, after, filters))

    def filter_choices(self) -> dict[str, list[FilterChoice]]:
        """The values the list's choice filters offer (nationalities, facilities, …)."""
        return self._run(lambda s: listing.filter_choices(s, self.actor, self.list_name,
                                                          today=self._today))

    def _page(self, session: Session, text: str, sort_key: str, descending: bool,
              after: Sequence[Any] | None, filters: Filters | None) -> Page:
        return listing.fetch_page(
            session, self.actor, self.list_name, text=text, sort_key=sort_key,
            descending=descending, after=after, limit=self.page_size, today=self._today,
            now=self._now, filters=filters,
        )
