"""One lazy table model for every list: keyset pages from the listing service.

The model holds only the rows loaded so far. Scrolling to the end asks for the next page
(`canFetchMore`/`fetchMore`); sorting and the search text reset the model and query again in
SQL, so no proxy ever sorts thousands of rows in Python. A reload (count and first page) runs
off the GUI thread, so typing in the search field never freezes the window; the rows shown
stay until the new ones arrive, and an answer to an older search is dropped. The
`ListFetcher` below is the only way the model reaches the database: one short read session
per call, database failures turned into a German `ListLoadError` the tab can show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QColor
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from soest_desk.db import Database, explain_connection_error
from soest_desk.services import listing
from soest_desk.services.clock import office_today
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.listing import ColumnSpec, FilterChoice, ListRow, Page
from soest_desk.services.permissions import Actor
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import cell_tooltip, format_value
from soest_desk.ui.labels import occupancy_tip

T = TypeVar("T")
Filters = dict[str, Any]  # named list filters (`listing_filters`); None values mean "any"
log = logging.getLogger(__name__)
UNEXPECTED_MESSAGE = QCoreApplication.translate(
    "LazyTableModel",
    "Beim Laden ist ein unerwarteter Fehler aufgetreten. Einzelheiten stehen in der "
    "Protokolldatei von Soest Desk.",
)
Index = QModelIndex | QPersistentModelIndex

IdRole = int(Qt.ItemDataRole.UserRole) + 1
SortRole = int(Qt.ItemDataRole.UserRole) + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_NUMBER_KINDS = frozenset({"int", "decimal"})
# calm, readable warning colours: dark red text on a faint red ground
WARNING_TEXT = QColor("#9b1c1c")
WARNING_GROUND = QColor("#fbeaea")
# and for "full" (no place free): dark amber on a faint amber ground
FULL_TEXT = QColor("#7a4b00")
FULL_GROUND = QColor("#fdf3dc")
_STATE_COLOURS = {"over": (WARNING_TEXT, WARNING_GROUND), "full": (FULL_TEXT, FULL_GROUND)}


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


class LazyTableModel(QAbstractTableModel):
    """Rows of one list, a page at a time; `reload()` starts over with sort and search."""

    reloaded = QtSignal()  # after every reset, successful or not
    loadFailed = QtSignal(str)  # a German message; the rows loaded before stay
    # a reload started or ended; ask `is_busy()`. (No bool argument: with PySide6 6.12 a
    # Signal(bool) led to a refcount crash of the bool singletons at interpreter exit.)
    busyChanged = QtSignal()

    def __init__(
        self, fetcher: ListFetcher, headers: Sequence[str], parent: QObject | None = None,
        *, asynchronous: bool = True,
    ) -> None:
        super().__init__(parent)
        if len(headers) != len(fetcher.columns):
            raise ValueError("one header per column of the list is needed")
        self._fetcher = fetcher
        self._columns = list(fetcher.columns)
        self._headers = list(headers)
        self._rows: list[ListRow] = []
        self._exhausted = True
        self._total: int | None = None
        self._error: str | None = None
        self._loaded = False
        self._fetching = False
        self._text = ""
        self._filters: Filters = {}
        self._sort_key, self._descending = fetcher.default_sort
        self._asynchronous = asynchronous
        self._generation = 0  # which reload the next answer must belong to
        self._busy = False

    # ------------------------------------------------------------ state for the tab

    def columns(self) -> list[ColumnSpec]:
        return list(self._columns)

    def total_count(self) -> int | None:
        """How many rows match (all pages); None before the first load or after an error."""
        return self._total

    def error_message(self) -> str | None:
        return self._error

    def is_loaded(self) -> bool:
        """True once an answer for the current search and sort has arrived."""
        return self._loaded and not self._busy

    def is_busy(self) -> bool:
        return self._busy

    def filter_text(self) -> str:
        return self._text

    def filters(self) -> Filters:
        """The named filters of the current rows (a copy), e.g. {"queue": "mine"}."""
        return dict(self._filters)

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == self._sort_key)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def row_id(self, row: int) -> int:
        return self._rows[row].id

    def row(self, row: int) -> ListRow:
        """The plain row behind a table row (for models that show more of it)."""
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        """The table row showing `row_id` among the rows loaded so far."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the count and the first page again for the current search and sort."""
        self._generation += 1
        generation = self._generation
        text, sort_key, descending = self._text, self._sort_key, self._descending
        filters = dict(self._filters) or None

        def job() -> tuple[int, Page]:
            if filters is None:  # the plain call of lists without filters
                return self._fetcher.first_page(text, sort_key, descending)
            return self._fetcher.first_page(text, sort_key, descending, filters)

        if not self._asynchronous:
            try:
                result = job()
            except ListLoadError as exc:
                self._apply_failure(generation, exc)
            else:
                self._apply_first_page(generation, result)
            return
        self._set_busy(True)
        run_in_background(
            job,
            lambda result: self._apply_first_page(generation, result),
            lambda exc: self._apply_failure(generation, exc),
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _apply_first_page(self, generation: int, result: tuple[int, Page]) -> None:
        if generation != self._generation:
            return  # the answer to a search the user has already changed
        total, page = result
        self._reset_to(list(page.rows), page.exhausted, total, None)

    def _apply_failure(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, ListLoadError):
            message = str(exc)
        else:  # a programming error: logged in full, the list says so instead of hanging
            log.error("loading the list failed", exc_info=exc)
            message = UNEXPECTED_MESSAGE
        self._reset_to([], True, None, message)
        self.loadFailed.emit(message)

    def _reset_to(self, rows: list[ListRow], exhausted: bool, total: int | None,
                  error: str | None) -> None:
        # No page is fetched while the reset is still being announced: listeners of
        # modelReset (the model tester) may ask for more, which would nest two changes.
        self._fetching = True
        self.beginResetModel()
        self._rows, self._exhausted, self._total, self._error = rows, exhausted, total, error
        self._loaded = True
        self.endResetModel()
        self._fetching = False
        self._set_busy(False)
        self.reloaded.emit()

    def set_filter_text(self, text: str, *, force: bool = False) -> None:
        """Search for `text` (reloads unless it is the current text; `force` always does)."""
        normalised = " ".join(text.split())
        if normalised == self._text and self._loaded and not force:
            return
        self._text = normalised
        self.reload()

    def set_filters(self, filters: Filters, *, text: str | None = None,
                    force: bool = False) -> None:
        """Narrow the rows by named filters and, if given, a search text; reloads once if
        anything changed (or `force`). Before the first load it only remembers them."""
        cleaned = {key: value for key, value in filters.items() if value is not None}
        normalised = self._text if text is None else " ".join(text.split())
        if cleaned == self._filters and normalised == self._text and not force:
            return
        self._filters, self._text = cleaned, normalised
        if self._loaded or force:
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        key = self._columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and self._loaded:
            return
        self._sort_key, self._descending = key, descending
        if self._loaded:  # before the first load only remember it
            self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._loaded and not self._exhausted
                and self._error is None and bool(self._rows) and not self._fetching
                and not self._busy)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        # a view (or the model tester) may ask again from inside rowsInserted: one at a time
        self._fetching = True
        try:
            page = self._fetcher.next_page(
                self._text, self._sort_key, self._descending, self._rows[-1].sort_key,
                dict(self._filters) or None)
        except Exception as exc:
            self._fetching = False
            if not isinstance(exc, ListLoadError):
                log.error("loading the next page failed", exc_info=exc)
            self._error = str(exc) if isinstance(exc, ListLoadError) else UNEXPECTED_MESSAGE
            self.loadFailed.emit(self._error)
            return
        try:
            self._exhausted = page.exhausted
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    # ------------------------------------------------------------ the model contract

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if int(role) in (_DISPLAY, _TOOLTIP):
            return self._headers[section]
        if int(role) == _ALIGNMENT:
            horizontal = (Qt.AlignmentFlag.AlignRight if self._columns[section].kind
                          in _NUMBER_KINDS else Qt.AlignmentFlag.AlignLeft)
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        spec = self._columns[index.column()]
        value = row.values[index.column()]
        role = int(role)
        if role == _DISPLAY:
            return format_value(spec, value, row.extra)
        if role == IdRole:
            return row.id
        if role == SortRole:
            return _sortable(value)
        if role == _ALIGNMENT and spec.kind in _NUMBER_KINDS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role in (_FOREGROUND, _BACKGROUND):
            return self._colour(role, spec, value, row)
        if role == _TOOLTIP:
            keys = [c.key for c in self._columns]
            tip = cell_tooltip(spec, value, row, keys, overdue=self._overdue(row))
            state = occupancy_tip(row.extra.get("occupancy_state"))
            return "\n".join(t for t in (state, tip) if t) or None
        return None

    def _overdue(self, row: ListRow) -> bool:
        keys = [c.key for c in self._columns]
        return "overdue" in keys and bool(row.values[keys.index("overdue")])

    def _colour(self, role: int, spec: ColumnSpec, value: Any, row: ListRow) -> QColor | None:
        colours = _STATE_COLOURS.get(row.extra.get("occupancy_state", ""))
        if self._overdue(row) or colours is not None:
            text, ground = colours or (WARNING_TEXT, WARNING_GROUND)
            return text if role == _FOREGROUND else ground
        if role == _FOREGROUND and spec.key == "free" and isinstance(value, int) and value < 0:
            return WARNING_TEXT  # over-allocated
        return None


def _sortable(value: Any) -> Any:
    """A value Qt can carry (SortRole): Decimal as float, None as an empty string."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return float(value)
    return value
