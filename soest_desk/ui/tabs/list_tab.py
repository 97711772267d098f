"""One list in the main window: search field, count, table — or a calm message instead.

The same widget serves every list; what differs (headers, placeholder, empty text) comes from
`ui/labels.py` by list name. The table shows a `LazyTableModel`; sorting and searching are
done by the database. Object names: `<name>Filter`, `<name>Count`, `<name>Table`,
`<name>Stack`, `<name>MessageTitle`, `<name>MessageText`, `<name>Retry`.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soest_desk.ui import labels
from soest_desk.ui.formatting import format_count
from soest_desk.ui.table_models.lazy_table_model import IdRole, LazyTableModel, ListFetcher
from soest_desk.ui.tabs.message_page import MessagePage

FILTER_DELAY_MS = 250
MAX_COLUMN_WIDTH = 340
MIN_COLUMN_WIDTH = 60
TEXT_COLUMN_FLOOR = 120  # a text column is never squeezed below this to fit the window
MAIN_COLUMN_FLOOR = 220  # … nor the first one, which names the row
CELL_PADDING = 4  # on top of the item padding of the style sheet
SEARCH_MAX_WIDTH = 520

# what the tab shows
TABLE, EMPTY, NO_HITS, LOCKED, ERROR = "table", "empty", "no_hits", "locked", "error"


class ListTab(QWidget):
    """A searchable, sortable list. Without a fetcher it says the area is not released."""

    def __init__(
        self, list_name: str, fetcher: ListFetcher | None, parent: QWidget | None = None, *,
        locked_hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.setObjectName(f"{list_name}Tab")
        self._state = LOCKED
        self._locked_hint = locked_hint
        self._sized = False
        self._filter = self._make_filter()
        self._count = QLabel(self, objectName=f"{list_name}Count")
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._table = self._make_table()
        self._stack = QStackedWidget(self, objectName=f"{list_name}Stack")
        self._stack.addWidget(self._table)
        self._message = MessagePage(list_name, self)
        self._message.retry.clicked.connect(self.refresh)
        self._stack.addWidget(self._message)
        self._debounce = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)

        top = QHBoxLayout()
        top.addWidget(self._filter, 1)
        top.addStretch(1)
        top.addWidget(self._count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)

        self.model: LazyTableModel | None = None
        if fetcher is not None:
            headers = labels.headers(list_name, [c.key for c in fetcher.columns])
            self.model = LazyTableModel(fetcher, headers, self)
            self._attach(self.model)
        self._show_state(LOCKED if self.model is None else TABLE)

    # ------------------------------------------------------------ building

    def _make_filter(self) -> QLineEdit:
        line = QLineEdit(self, objectName=f"{self.list_name}Filter")
        line.setPlaceholderText(labels.list_text(labels.PLACEHOLDERS, self.list_name))
        line.setClearButtonEnabled(True)
        line.setMinimumWidth(280)
        line.setMaximumWidth(SEARCH_MAX_WIDTH)
        line.textChanged.connect(self._on_text_changed)
        line.returnPressed.connect(self.apply_filter)
        return line

    def _make_table(self) -> QTableView:
        return make_list_table(self, f"{self.list_name}Table",
                               QAbstractItemView.SelectionMode.SingleSelection)

    def _attach(self, model: LazyTableModel) -> None:
        self._table.setModel(model)
        header = self._table.horizontalHeader()
        # the indicator first, so enabling sorting asks for the order the model already has
        header.setSortIndicator(model.sort_column(), model.sort_order())
        self._table.setSortingEnabled(True)
        model.reloaded.connect(self._on_reloaded)
        model.loadFailed.connect(self._on_load_failed)
        model.busyChanged.connect(self._on_busy)

    # ------------------------------------------------------------ public

    def state(self) -> str:
        """What the tab shows: table, empty, no_hits, locked or error."""
        return self._state

    def ensure_loaded(self) -> None:
        """Load the first page the first time the tab is needed."""
        if self.model is not None and not self.model.is_loaded():
            self.model.reload()

    def refresh(self) -> None:
        """Read the list again with the current search text (F5, "Erneut versuchen")."""
        if self.model is not None:
            self._debounce.stop()
            self.model.set_filter_text(self._filter.text(), force=True)

    def apply_filter(self) -> None:
        self._debounce.stop()
        if self.model is not None:
            self.model.set_filter_text(self._filter.text())

    def selected_ids(self) -> list[int]:
        rows = self._table.selectionModel().selectedRows() if self.model else []
        return [int(index.data(IdRole)) for index in rows]

    def header_state(self) -> QByteArray:
        return self._table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | bytes | None) -> bool:
        if self.model is None or not state:
            return False
        restored = self._table.horizontalHeader().restoreState(QByteArray(state))
        self._sized = self._sized or restored
        return restored

    # ------------------------------------------------------------ reacting

    def _on_text_changed(self, _text: str) -> None:
        if self.model is not None:
            self._debounce.start()

    def _on_reloaded(self) -> None:
        model = self.model
        assert model is not None
        total = model.total_count()
        if model.error_message() is not None:
            self._show_state(ERROR)
        elif total == 0:
            self._show_state(NO_HITS if model.filter_text() else EMPTY)
        else:
            self._show_state(TABLE)
            if not self._sized:
                self._size_columns()
        self._count.setText("" if total is None else format_count(total))

    def _on_busy(self) -> None:
        if self.model is not None and self.model.is_busy():  # the rows shown stay meanwhile
            self._count.setText(self.tr("Lädt …"))

    def _on_load_failed(self, _message: str) -> None:
        self._show_state(ERROR)

    def _size_columns(self) -> None:
        """Fit the columns to their contents, then to the window: long texts give way
        (they elide and show the whole text as tooltip), dates and numbers never do."""
        self._sized = True
        assert self.model is not None
        self._table.resizeColumnsToContents()
        header = self._table.horizontalHeader()
        widths = [max(MIN_COLUMN_WIDTH, min(header.sectionSize(c) + CELL_PADDING,
                                            MAX_COLUMN_WIDTH))
                  for c in range(header.count())]
        texts = [c for c, spec in enumerate(self.model.columns()) if spec.kind == "text"]
        fitted = fit_text_columns(widths, texts, self._table.viewport().width())
        for column, width in enumerate(fitted):
            header.resizeSection(column, width)

    def _show_state(self, state: str) -> None:
        self._state = state
        # nothing to search in a locked or still empty list: keep the page calm
        searchable = state not in (LOCKED, EMPTY)
        self._filter.setVisible(searchable)
        self._count.setVisible(searchable)
        if state == TABLE:
            self._stack.setCurrentIndex(0)
            return
        title, text = self._texts(state)
        self._message.show_message(title, text, retry=state == ERROR)
        self._stack.setCurrentIndex(1)
        if state == LOCKED:
            self._count.clear()

    def _texts(self, state: str) -> tuple[str, str]:
        if state == LOCKED:
            return self.tr("Dieser Bereich ist Ihrer Rolle nicht freigegeben."), self._locked_hint
        if state == ERROR:
            detail = self.model.error_message() if self.model else None
            return self.tr("Die Liste konnte nicht geladen werden."), detail or ""
        if state == NO_HITS:
            query = self.model.filter_text() if self.model else ""
            title = self.tr("Keine Treffer für „%1“.").replace("%1", query)
            return title, self.tr(
                "Prüfen Sie die Schreibweise oder suchen Sie nach einem Teil des Namens.")
        return (labels.list_text(labels.EMPTY_TITLES, self.list_name),
                labels.empty_hint(self.list_name))




def make_list_table(parent: QWidget, object_name: str,
                    selection: QAbstractItemView.SelectionMode) -> QTableView:
    """A read-only list table as every list of the window shows it: whole rows, no grid,
    elided text, movable columns."""
    table = QTableView(parent, objectName=object_name)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    # air between a right-aligned number and the column after it; text stays in line
    # with its header
    table.setStyleSheet("QTableView::item { padding-left: 1px; padding-right: 8px; }")
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fit_text_columns(widths: list[int], text_columns: list[int], available: int) -> list[int]:
    """Column widths that fit `available` by narrowing only the text columns.

    Every text column is narrowed to a common limit, but never below TEXT_COLUMN_FLOOR, and
    the first one (the row's name or title) never below MAIN_COLUMN_FLOOR; if even that is
    too wide the table scrolls sideways.
    """
    floors = {c: MAIN_COLUMN_FLOOR if i == 0 else TEXT_COLUMN_FLOOR
              for i, c in enumerate(text_columns)}

    def fitted(limit: int) -> list[int]:
        return [min(w, max(limit, floors[c])) if c in floors else w
                for c, w in enumerate(widths)]

    low, high = TEXT_COLUMN_FLOOR, max(widths, default=TEXT_COLUMN_FLOOR)
    if sum(fitted(high)) <= available:
        return fitted(high)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(fitted(middle)) <= available:
            low = middle
        else:
            high = middle - 1
    return fitted(low)
