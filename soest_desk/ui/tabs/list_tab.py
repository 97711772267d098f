"""One list in the main window: search field, count, table — or a calm message instead.

The same widget serves every list; what differs (headers, placeholder, empty text) comes from
`ui/labels.py` by list name. The table shows a `LazyTableModel`; sorting, searching and
filtering are done by the database. Bewohner*innen, Unterkünfte, Sozialarbeit and
Nachbarschaft have a filter bar under the search field (`person_filters`, `facility_filters`,
`case_filters`, `neighbourhood_filters`); search and filters combine and the count says how
many rows match ("1.234 Bewohner*innen"). A bar may
ask for an order with a filter ("Meine Fälle" sorts by the next follow-up): the tab sorts the
model and the header before it reloads, once. A "percent" column (the cases' readiness) is
drawn as a bar (`readiness_delegate`). Object names:
`<name>Filter` (the search), `<name>FilterBar`, `<name>Count`, `<name>Table`, `<name>Stack`,
`<name>MessageTitle`, `<name>MessageText`, `<name>Retry`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soest_desk.ui import labels
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_count
from soest_desk.ui.table_columns import ColumnChooser
from soest_desk.ui.table_models.lazy_table_model import IdRole, LazyTableModel, ListFetcher
from soest_desk.ui.tabs.case_filters import CaseFilterBar
from soest_desk.ui.tabs.facility_filters import FacilityFilterBar
from soest_desk.ui.tabs.filter_bar import ListFilterBar
from soest_desk.ui.tabs.message_page import MessagePage
from soest_desk.ui.tabs.neighbourhood_filters import NeighbourhoodFilterBar
from soest_desk.ui.tabs.person_filters import PersonFilterBar
from soest_desk.ui.tabs.readiness_delegate import ReadinessDelegate

FILTER_DELAY_MS = 250
MAX_COLUMN_WIDTH = 340
MIN_COLUMN_WIDTH = 60
TEXT_COLUMN_FLOOR = 120  # a text column is never squeezed below this to fit the window
MAIN_COLUMN_FLOOR = 220  # … nor the first one, which names the row
CELL_PADDING = 4  # on top of the item padding of the style sheet
SEARCH_MAX_WIDTH = 520

# what the tab shows
TABLE, EMPTY, NO_HITS, LOCKED, ERROR = "table", "empty", "no_hits", "locked", "error"
FILTER_BARS: dict[str, Callable[[date, QWidget], ListFilterBar]] = {
    "persons": PersonFilterBar, "facilities": FacilityFilterBar, "cases": CaseFilterBar,
    "neighbourhood": NeighbourhoodFilterBar,
}


class ListTab(QWidget):
    """A searchable, sortable list. Without a fetcher it says the area is not released.

    A pane beside the table (`set_side_pane`) shows the chosen row: `currentIdChanged`
    says which (a list read again keeps the pane on the row it showed); Enter or a double
    click on a row sends `rowActivated` with its id."""

    currentIdChanged = Signal(int)
    rowActivated = Signal(int)  # Enter or a double click on a row: its id

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
        self._fetcher = fetcher
        self._choices_asked = False
        self._select_single = False
        self._filter = self._make_filter()
        self.filter_bar: ListFilterBar | None = None
        if fetcher is not None and list_name in FILTER_BARS:
            self.filter_bar = FILTER_BARS[list_name](fetcher.today(), self)
            self.filter_bar.set_actor(fetcher.actor)
            self.filter_bar.changed.connect(self.apply_filter)
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
        if self.filter_bar is not None:
            layout.addWidget(self.filter_bar)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self,
                                   objectName=f"{list_name}Splitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._stack)
        self.side_pane: QWidget | None = None
        layout.addWidget(self._splitter, 1)

        self.model: LazyTableModel | None = None
        self.columns: ColumnChooser | None = None  # see install_columns
        self._default_header = QByteArray()
        if fetcher is not None:
            headers = labels.headers(list_name, [c.key for c in fetcher.columns])
            self.model = LazyTableModel(fetcher, headers, self)
            self._attach(self.model)
            self.apply_filter()  # the bar's defaults, for the first load
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
        for column, spec in enumerate(model.columns()):
            if spec.kind == "percent":
                self._table.setItemDelegateForColumn(column, ReadinessDelegate(self._table))
        header = self._table.horizontalHeader()
        # the indicator first, so enabling sorting asks for the order the model already has
        header.setSortIndicator(model.sort_column(), model.sort_order())
        self._table.setSortingEnabled(True)
        self._default_header = header.saveState()  # "Standard wiederherstellen"
        model.reloaded.connect(self._on_reloaded)
        model.loadFailed.connect(self._on_load_failed)
        self._table.selectionModel().selectionChanged.connect(self._on_selection)
        self._table.activated.connect(self._on_activated)
        model.busyChanged.connect(self._on_busy)

    # ------------------------------------------------------------ public

    def state(self) -> str:
        """What the tab shows: table, empty, no_hits, locked or error."""
        return self._state

    def ensure_loaded(self) -> None:
        """Load the first page (and the filters' choices) the first time the tab is needed."""
        if self.model is not None and not self.model.is_loaded() and not self.model.is_busy():
            self.model.reload()
        if not self._choices_asked:
            self._load_choices()

    def refresh(self) -> None:
        """Read the list again with the current search and filters (F5, "Erneut
        versuchen"), and the filters' choices."""
        if self.model is not None:
            self._debounce.stop()
            if self.filter_bar is not None:
                self.filter_bar.flush()
            self.model.set_filters(self.filters(), text=self._filter.text(), force=True)
            self._load_choices()

    def show_filtered(self, values: dict[str, Any]) -> None:
        """The rows behind a figure of the Übersicht: no search text, these filters (the
        others at their defaults), read afresh, with the filters' choices; a single row
        found is chosen, so the pane shows it."""
        model = self.model
        if model is None:
            return
        self._debounce.stop()
        with QSignalBlocker(self._filter):
            self._filter.clear()
        if self.filter_bar is not None:
            with QSignalBlocker(self.filter_bar):  # one reload below, not one per control
                self.filter_bar.apply_values(values)
        self._take_sort_request(model)
        self._select_single = True  # one row found: show it in the pane at once
        model.set_filters(self.filters(), text="", force=True)
        self._load_choices()

    def apply_filter(self) -> None:
        """Search and filter with what the search field and the filter bar say now."""
        self._debounce.stop()
        model = self.model
        if model is None:
            return
        filters, text = self.filters(), self._filter.text()
        resorted = self._take_sort_request(model)
        if not (model.is_loaded() or model.is_busy()):
            model.set_filters(filters, text=text)  # remembered for the first load
        elif resorted or (filters, " ".join(text.split())) != (model.filters(),
                                                                model.filter_text()):
            model.set_filters(filters, text=text, force=True)  # also while a load runs

    def _take_sort_request(self, model: LazyTableModel) -> bool:
        """Apply the order the filter bar asked for (model first, then the header, whose
        own request then finds the model sorted already); True if the order changed."""
        request = self.filter_bar.take_sort_request() if self.filter_bar else None
        if request is None:
            return False
        changed = model.set_sort(*request)
        self._table.horizontalHeader().setSortIndicator(model.sort_column(),
                                                        model.sort_order())
        return changed

    def filters(self) -> dict[str, Any]:
        """The named filters of the filter bar (none for lists without one)."""
        return self.filter_bar.filters() if self.filter_bar is not None else {}

    def set_side_pane(self, pane: QWidget, sizes: tuple[int, int] = (620, 380)) -> None:
        """`sizes`: the share of list and pane on the first start (the list keeps most)."""
        self.side_pane = pane
        self._splitter.addWidget(pane)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self._splitter.setSizes(list(sizes))

    def _on_selection(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.currentIdChanged.emit(ids[0])

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.rowActivated.emit(int(index.data(IdRole)))

    def save_settings(self, settings: QSettings) -> None:
        if self.side_pane is not None:
            settings.setValue(f"lists/{self.list_name}/splitter", self._splitter.saveState())
        if self.filter_bar is not None:
            self.filter_bar.save_settings(settings)

    def restore_settings(self, settings: QSettings) -> None:
        """Show the remembered filters and columns; the first load uses them."""
        self.install_columns(settings)
        splitter = settings.value(f"lists/{self.list_name}/splitter")
        if self.side_pane is not None and isinstance(splitter, QByteArray | bytes):
            self._splitter.restoreState(QByteArray(splitter))
        if self.filter_bar is not None and self.model is not None:
            self.filter_bar.restore_settings(settings)
            self.apply_filter()

    def install_columns(self, settings: QSettings) -> ColumnChooser | None:
        """The header menu (which columns, in which order); the layout is saved under
        `lists/<name>/header` at every change."""
        if self.model is None or self.columns is not None:
            return self.columns
        self.columns = ColumnChooser.install(self._table, settings,
                                             f"lists/{self.list_name}/header",
                                             default=self._default_header)
        self._sized = self._sized or self.columns.restored
        return self.columns

    def _load_choices(self) -> None:
        bar, fetcher = self.filter_bar, self._fetcher
        if bar is None or fetcher is None:
            return
        self._choices_asked = True
        # a failure shows in the list itself (same database); the choices stay as they are
        run_in_background(fetcher.filter_choices, bar.set_choices, lambda _exc: None,
                          owner=self)

    def selected_ids(self) -> list[int]:
        rows = self._table.selectionModel().selectedRows() if self.model else []
        return [int(index.data(IdRole)) for index in rows]

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
            # with the bar's defaults too (no open case): the bar shows how to see more
            self._show_state(NO_HITS if model.filter_text() or model.filters() else EMPTY)
        else:
            self._show_state(TABLE)
            if not self._sized:
                self._size_columns()
            if self._select_single and total == 1:
                self._table.selectRow(0)
        self._select_single = False
        self._count.setText("" if total is None else self.count_text(total))

    def count_text(self, total: int) -> str:
        """"1.234 Bewohner*innen", "1 Unterkunft"; other lists count "Einträge"."""
        return format_count(total, self.list_name)

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
        if widths and header.stretchLastSection():  # it measured the room left, not its text
            last = len(widths) - 1
            natural = max(self._table.sizeHintForColumn(last), header.sectionSizeHint(last))
            widths[last] = max(MIN_COLUMN_WIDTH, min(natural + CELL_PADDING, MAX_COLUMN_WIDTH))
        specs = self.model.columns()
        texts = [c for c, spec in enumerate(specs) if spec.kind == "text"]
        main = labels.MAIN_TEXT_COLUMNS.get(self.list_name)
        texts.sort(key=lambda c: specs[c].key != main)  # the row's name first
        fitted = fit_text_columns(widths, texts, self._table.viewport().width())
        for column, width in enumerate(fitted):
            header.resizeSection(column, width)

    def _show_state(self, state: str) -> None:
        self._state = state
        # nothing to search in a locked or still empty list: keep the page calm
        searchable = state not in (LOCKED, EMPTY)
        self._filter.setVisible(searchable)
        self._count.setVisible(searchable)
        if self.filter_bar is not None:
            self.filter_bar.setVisible(searchable)
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
            filters = self.model.filters() if self.model else {}
            defaults = self.filter_bar.defaults() if self.filter_bar else {}
            if filters and filters != defaults:
                title = (self.tr("Keine Treffer für „%1“ mit diesen Filtern.").replace(
                    "%1", query) if query else self.tr("Keine Treffer mit diesen Filtern."))
                return title, self.tr("Wählen Sie weniger Filter oder setzen Sie sie mit "
                                      "„Filter zurücksetzen“ zurück.")
            narrowed = labels.default_filter_empty(self.list_name) if filters else None
            if narrowed is not None and not query:
                return narrowed  # only the bar's defaults (no open case)
            title = self.tr("Keine Treffer für „%1“.").replace("%1", query)
            return title, narrowed[1] if narrowed is not None else self.tr(
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
