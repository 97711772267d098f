"""The Protokoll's table model: audit rows a page at a time, every page read off the GUI
thread.

`set_filters` starts over: the count (capped, see `audit_view.COUNT_CAP`) and the newest
page arrive together; the rows shown stay until then, and an answer to older filters is
dropped. Scrolling to the end asks for the next page (`canFetchMore`/`fetchMore`), read by
keyset after the last row, also in the background. The lists' `LazyTableModel` is not used:
it reads its further pages on the GUI thread and speaks the listing service's columns.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from soest_desk.services.audit_view import AuditFilters, AuditPage, AuditRow, summarise
from soest_desk.ui.audit.gateway import AuditGateway, FirstPage
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import BERLIN
from soest_desk.ui.table_models.lazy_table_model import IdRole, SortRole
from soest_desk.ui.tickets.feedback import user_message

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
COL_AT, COL_WHO, COL_ACTION, COL_AREA, COL_ROW, COL_CHANGES = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "Zeitpunkt"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Benutzer"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Aktion"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Bereich"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Nr."),
    QT_TRANSLATE_NOOP("AuditTableModel", "Änderungen"),
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOOLTIP_LINES, TOOLTIP_VALUE_LIMIT = 30, 200


def moment_text(row: AuditRow) -> str:
    """The moment in Soest, to the second (several changes share a minute)."""
    moment = QDateTime.fromMSecsSinceEpoch(int(row.at.timestamp() * 1000), BERLIN)
    return moment.toString("dd.MM.yyyy HH:mm:ss")


class AuditTableModel(QAbstractTableModel):
    reloaded = Signal()  # after every answer to `set_filters`, successful or not
    loadFailed = Signal(str)  # a German message; the rows loaded before stay
    busyChanged = Signal()

    def __init__(self, gateway: AuditGateway, parent: Any = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._rows: list[AuditRow] = []
        self._filters: AuditFilters | None = None
        self._generation = 0
        self._exhausted = True
        self._loading = False  # the first page
        self._fetching = False  # a further page
        self._total: int | None = None
        self._capped = False
        self._error: str | None = None

    # ------------------------------------------------------------ state

    def filters(self) -> AuditFilters | None:
        return self._filters

    def total(self) -> tuple[int | None, bool]:
        """(rows matching, capped): capped means "at least"; None before the first answer."""
        return self._total, self._capped

    def error_message(self) -> str | None:
        return self._error

    def is_busy(self) -> bool:
        return self._loading or self._fetching

    def is_reloading(self) -> bool:
        """New filters are being read (the rows shown are still the old ones)."""
        return self._loading

    def is_loaded(self) -> bool:
        return self._filters is not None and not self.is_busy()

    def row_by_id(self, entry_id: int) -> AuditRow | None:
        return next((row for row in self._rows if row.id == entry_id), None)

    # ------------------------------------------------------------ loading

    def set_filters(self, filters: AuditFilters) -> None:
        """Read the count and the first page for `filters` (checked) in the background."""
        self._filters = filters
        self._generation += 1
        generation, gateway = self._generation, self._gateway
        self._set_loading(True)
        run_in_background(lambda: gateway.first_page(filters),
                          lambda result: self._first_page(generation, result),
                          lambda exc: self._failed(generation, exc), owner=self)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.busyChanged.emit()

    def _first_page(self, generation: int, result: FirstPage) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(result.page.rows)
        self._exhausted = result.page.exhausted
        self._total, self._capped, self._error = result.total, result.capped, None
        self._fetching = False  # a page for older filters no longer counts
        self.endResetModel()
        self._set_loading(False)
        self.reloaded.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._error = user_message(exc)
        self._fetching = False
        self._set_loading(False)
        self.loadFailed.emit(self._error)
        self.reloaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and bool(self._rows) and not self._exhausted
                and not self.is_busy() and self._error is None)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._filters is None:
            return
        self._fetching = True
        self.busyChanged.emit()
        generation, gateway, filters = self._generation, self._gateway, self._filters
        after = self._rows[-1].cursor
        run_in_background(lambda: gateway.next_page(filters, after),
                          lambda page: self._next_page(generation, page),
                          lambda exc: self._page_failed(generation, exc), owner=self)

    def _next_page(self, generation: int, page: AuditPage) -> None:
        if generation != self._generation or not self._fetching:
            return
        self._fetching = False
        self._exhausted = page.exhausted
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.busyChanged.emit()

    def _page_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._error = user_message(exc)
        self.busyChanged.emit()
        self.loadFailed.emit(self._error)

    # ------------------------------------------------------------ the model contract

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if int(role) == _DISPLAY:
            return QCoreApplication.translate("AuditTableModel", HEADERS[section])
        if int(role) == _ALIGNMENT and section == COL_ROW:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column, role = self._rows[index.row()], index.column(), int(role)
        if role == _DISPLAY:
            return self._text(row, column)
        if role == IdRole:
            return row.id
        if role == SortRole:
            return row.at.timestamp() if column == COL_AT else self._text(row, column)
        if role == _TOOLTIP and column == COL_CHANGES and row.changes:
            return "\n".join(summarise(row.action, (change,), TOOLTIP_VALUE_LIMIT)
                             for change in row.changes[:TOOLTIP_LINES])
        if role == _ALIGNMENT and column == COL_ROW:
            return _RIGHT
        return None

    @staticmethod
    def _text(row: AuditRow, column: int) -> str:
        if column == COL_AT:
            return moment_text(row)
        if column == COL_ROW:
            return "" if row.row_id is None else str(row.row_id)
        if column == COL_WHO:
            return row.actor_login
        if column == COL_ACTION:
            return row.action_label
        return row.area if column == COL_AREA else row.summary
