"""One lazy table model for every list: keyset pages from the listing service.

The model holds only the rows loaded so far. Scrolling to the end asks for the next page
(`canFetchMore`/`fetchMore`); sorting and the search text reset the model and query again in
SQL, so no proxy ever sorts thousands of rows in Python. A reload (count and first page) runs
off the GUI thread, so typing in the search field never freezes the window; the rows shown
stay until the new ones arrive, and an answer to an older search is dropped. The
`ListFetcher` (`list_fetcher`) is the only way the model reaches the database.

Rows that need attention stand out in calm warning colours: overdue tickets and cases with an
overdue follow-up (`overdue`, a column or an extra of the row), full and over-full
facilities. A "percent" column (the cases' readiness) shows "88 %"; its delegate draws the
bar (`tabs/readiness_delegate`) and its tooltip says how many checklist items are met.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

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

from soest_desk.services.listing import ColumnSpec, ListRow, Page
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import cell_tooltip, format_date, format_number, format_value
from soest_desk.ui.labels import follow_up_overdue_tip, occupancy_tip, readiness_tip
from soest_desk.ui.table_models.list_fetcher import (
    Filters,
    ListFetcher,
    ListLoadError,
)

__all__ = ["Filters", "IdRole", "LazyTableModel", "ListFetcher", "ListLoadError", "SortRole"]
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

    def set_sort(self, key: str, descending: bool) -> bool:
        """Sort by the column `key` from the next load on (no reload); True if that changed
        the order. The tab then reloads once with its filters."""
        if not any(c.key == key and c.sortable for c in self._columns):
            raise ValueError(f"no sortable column {key!r}")
        changed = (key, descending) != (self._sort_key, self._descending)
        self._sort_key, self._descending = key, descending
        return changed

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
            if spec.kind == "percent" and isinstance(value, int):
                return f"{format_number(value)} %"
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
            return self._tooltip(spec, value, row)
        return None

    def _tooltip(self, spec: ColumnSpec, value: Any, row: ListRow) -> str | None:
        keys = [c.key for c in self._columns]
        if spec.kind == "percent" and "readiness_required" in row.extra:
            return readiness_tip(row.extra["readiness_met"], row.extra["readiness_required"])
        late_follow_up = None
        # a case or a neighbourhood report, not a ticket
        due_key = next((k for k in ("next_follow_up", "follow_up_on") if k in keys), None)
        if row.extra.get("overdue") and due_key is not None:
            due = row.values[keys.index(due_key)]
            late_follow_up = follow_up_overdue_tip(format_date(due)) \
                if isinstance(due, date) else None
        tip = cell_tooltip(spec, value, row, keys,
                           overdue=self._overdue(row) and late_follow_up is None)
        state = occupancy_tip(row.extra.get("occupancy_state"))
        return "\n".join(t for t in (late_follow_up, state, tip) if t) or None

    def _overdue(self, row: ListRow) -> bool:
        """An overdue ticket (a column) or a case with an overdue follow-up (an extra)."""
        keys = [c.key for c in self._columns]
        if "overdue" in keys:
            return bool(row.values[keys.index("overdue")])
        return bool(row.extra.get("overdue"))

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
