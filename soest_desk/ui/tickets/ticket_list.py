"""The table half of the Mängel tab: the tickets list, or a calm message in its place.

Like `ListTab` (same look, same column fitting) but with empty texts per queue, several
rows selectable for printing, and the current ticket kept selected across reloads.
Object names: `ticketsTable`, `ticketsStack`, `ticketsMessageTitle`, `ticketsMessageText`,
`ticketsRetry`.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soest_desk.ui import labels
from soest_desk.ui.table_columns import ColumnChooser
from soest_desk.ui.table_models.lazy_table_model import IdRole
from soest_desk.ui.tabs.list_tab import (
    CELL_PADDING,
    MAX_COLUMN_WIDTH,
    MIN_COLUMN_WIDTH,
    fit_text_columns,
    make_list_table,
)
from soest_desk.ui.tabs.message_page import MessagePage
from soest_desk.ui.tickets.ticket_table_model import TicketTableModel

TABLE, EMPTY, NO_HITS, ERROR = "table", "empty", "no_hits", "error"


class TicketList(QWidget):
    currentTicketChanged = Signal(int)  # the ticket of the current row (user or reload)
    contextMenuWanted = Signal(object)  # a QPoint in global coordinates

    def __init__(self, model: TicketTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._state = TABLE
        self._sized = False
        self._wanted_id: int | None = None  # keep this ticket selected across reloads
        self.table = self._make_table()
        self.message = MessagePage("tickets", self)
        self.stack = QStackedWidget(self, objectName="ticketsStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.table.setModel(model)
        self.columns: ColumnChooser | None = None  # see install_columns
        header = self.table.horizontalHeader()
        header.setSortIndicator(model.sort_column(), model.sort_order())
        self.table.setSortingEnabled(True)
        self._default_header = header.saveState()  # "Standard wiederherstellen"
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        model.reloaded.connect(self._on_reloaded)
        model.loadFailed.connect(lambda _message: self._show(ERROR))

    def _make_table(self) -> QTableView:
        table = make_list_table(self, "ticketsTable",
                                QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: self.contextMenuWanted.emit(table.viewport().mapToGlobal(pos)))
        return table

    # ------------------------------------------------------------ public

    def state(self) -> str:
        return self._state

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(index.data(IdRole)) for index in sorted(rows, key=QModelIndex.row)]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(IdRole)) if index.isValid() else None

    def select_ticket(self, ticket_id: int | None) -> bool:
        """Make `ticket_id` the current row if it is loaded; remember it for later reloads."""
        self._wanted_id = ticket_id
        row = None if ticket_id is None else self.model.row_of(ticket_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def install_columns(self, settings: QSettings, key: str) -> ColumnChooser:
        """The header menu (which columns, in which order), saved under `key`. The menu on
        the rows (the steps for the chosen tickets) stays as it is."""
        if self.columns is None:
            self.columns = ColumnChooser.install(self.table, settings, key,
                                                 default=self._default_header)
            self._sized = self._sized or self.columns.restored
        return self.columns

    # ------------------------------------------------------------ reacting

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._wanted_id = int(current.data(IdRole))
            self.currentTicketChanged.emit(self._wanted_id)

    def _on_reloaded(self) -> None:
        model = self.model
        if model.error_message() is not None:
            self._show(ERROR)
            return
        if not model.total_count():
            self._show(NO_HITS if model.filter_text() or self._narrowed() else EMPTY)
            return
        self._show(TABLE)
        if not self._sized:
            self._size_columns()
        if self._wanted_id is not None:
            self.select_ticket(self._wanted_id)

    def _narrowed(self) -> bool:
        return any(key != "queue" for key in self.model.filters())

    def _size_columns(self) -> None:
        self._sized = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        widths = [max(MIN_COLUMN_WIDTH, min(header.sectionSize(c) + CELL_PADDING,
                                            MAX_COLUMN_WIDTH))
                  for c in range(header.count())]
        texts = [c for c, spec in enumerate(self.model.columns()) if spec.kind == "text"]
        fitted = fit_text_columns(widths, texts, self.table.viewport().width())
        for column, width in enumerate(fitted):
            header.resizeSection(column, width)

    def _show(self, state: str) -> None:
        self._state = state
        if state == TABLE:
            self.stack.setCurrentIndex(0)
            return
        title, text = self._texts(state)
        self.message.show_message(title, text, retry=state == ERROR)
        self.stack.setCurrentIndex(1)

    def _texts(self, state: str) -> tuple[str, str]:
        if state == ERROR:
            return (self.tr("Die Liste konnte nicht geladen werden."),
                    self.model.error_message() or "")
        if state == NO_HITS:
            query = self.model.filter_text()
            title = (self.tr("Keine Treffer für „%1“.").replace("%1", query) if query
                     else self.tr("Keine Meldungen für diese Auswahl."))
            return title, self.tr("Ändern Sie Suche oder Filter, oder wählen Sie oben eine "
                                  "andere Ansicht.")
        queue = self.model.filters().get("queue", "open")
        if queue == "mine":
            return (labels.ticket_text(labels.TICKET_QUEUE_EMPTY, queue), self.tr(
                "Sobald Ihre Rolle den nächsten Schritt tun muss, erscheint die Meldung hier."))
        return labels.ticket_text(labels.TICKET_QUEUE_EMPTY, queue), ""
