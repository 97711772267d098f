"""Protokoll ("Verwaltung → Protokoll …"): the audit trail for the administration.

A non-modal dialog: the filter bar (Zeitraum von/bis, Benutzer, Bereich, Aktion, Nr.), the
entries newest first (a page at a time, read off the GUI thread), the selected entry's
changes old → new in full beside them, and "Exportieren …" for the rows under the filters.
Wrong filter input is named in German and nothing is read; the rows shown stay. The window
calls `open_audit_dialog(parent, database, actor)`; a role without "Protokoll ansehen" gets
the services' refusal in the dialog, not an empty list.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soest_desk.db import Database
from soest_desk.services.audit_view import AuditFilters, AuditRow
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor
from soest_desk.ui.audit.audit_table_model import (
    COL_ACTION,
    COL_AREA,
    COL_AT,
    COL_ROW,
    COL_WHO,
    AuditTableModel,
)
from soest_desk.ui.audit.detail_pane import AuditDetailPane
from soest_desk.ui.audit.export_panel import AuditExportPanel
from soest_desk.ui.audit.filter_bar import AuditFilterBar
from soest_desk.ui.audit.gateway import AuditGateway
from soest_desk.ui.formatting import format_number
from soest_desk.ui.reports.export_dialog import ERROR_STYLE
from soest_desk.ui.table_columns import ColumnChooser, personal_settings
from soest_desk.ui.table_models.lazy_table_model import IdRole

# as many characters as the column usually needs (the moment: "31.12.2025 23:59:59")
COLUMN_CHARS = {COL_AT: "00.00.0000 00:00:00", COL_WHO: "m.mustermann", COL_ACTION: "geändert",
                COL_AREA: "Mängelmeldung", COL_ROW: "000000"}
CELL_PADDING = 18


class AuditDialog(QDialog):
    def __init__(self, gateway: AuditGateway, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Protokoll"))
        self.setModal(False)
        self.resize(1280, 720)
        self.gateway = gateway
        self._close_when_idle = False
        self.filter_bar = AuditFilterBar(gateway.areas(), gateway.actions(), self)
        self.status = QLabel(self, objectName="auditStatus")
        self.status.setWordWrap(True)
        self.model = AuditTableModel(gateway, self)
        self.table = self._make_table()
        self.columns = ColumnChooser.install(self.table, settings or personal_settings(),
                                             "tables/audit/header")
        self.detail = AuditDetailPane(self)
        self.export_panel = AuditExportPanel(gateway, self.filters_for_export, self)
        self.close_button = QPushButton(self.tr("Schließen"), self, objectName="auditClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="auditSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_panel, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.filter_bar.applyRequested.connect(self.apply_filters)
        self.model.busyChanged.connect(self._show_status)
        self.model.reloaded.connect(self._reloaded)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.export_panel.finished.connect(self._close_if_waiting)
        self.filter_bar.setEnabled(gateway.may_view())
        self.model.set_filters(AuditFilters())

    def _make_table(self) -> QTableView:
        table = QTableView(self, objectName="auditTable")
        table.setModel(self.model)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        for column, sample in COLUMN_CHARS.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + CELL_PADDING)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        return table

    # ------------------------------------------------------------ filters

    def apply_filters(self) -> bool:
        """Check the bar's input and load the first page; False (message shown, nothing
        read, the rows shown stay) when the input is wrong."""
        filters = self._checked_filters()
        if filters is None:
            return False
        self.model.set_filters(filters)
        return True

    def _checked_filters(self) -> AuditFilters | None:
        try:
            return self.gateway.check(self.filter_bar.raw())
        except DomainError as exc:
            self._say(self.tr("Filter nicht angewendet – %1").replace("%1", exc.message),
                      error=True)
            self.filter_bar.focus_field(exc.field)
            return None

    def filters_for_export(self) -> AuditFilters | None:
        """The filters as typed; shown in the table too if they were not applied yet."""
        filters = self._checked_filters()
        if filters is not None and filters != self.model.filters():
            self.model.set_filters(filters)
        return filters

    # ------------------------------------------------------------ state

    def is_loaded(self) -> bool:
        return self.model.is_loaded()

    def status_text(self) -> str:
        return self.status.text()

    def selected_row(self) -> AuditRow | None:
        return self.detail.shown_row()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def _show_status(self) -> None:
        error = self.model.error_message()
        if error is not None:
            self._say(error, error=True)
            return
        if self.model.is_reloading():
            self._say(self.tr("Lädt …"))
            return
        total, capped = self.model.total()
        if total is None:
            return
        if capped:
            text = self.tr("mehr als %1 Einträge").replace("%1", format_number(total))
        elif total == 1:
            text = self.tr("1 Eintrag")
        else:
            text = self.tr("%1 Einträge").replace("%1", format_number(total))
        self._say(self.tr("%1, neueste zuerst").replace("%1", text) if total else
                  self.tr("Keine Einträge für diese Filter."))

    def _reloaded(self) -> None:
        self._show_status()
        if self.model.rowCount() and self.model.error_message() is None:
            self.select_row(0)
        else:
            self.detail.show_row(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(IdRole) if current.isValid() else None
        self.detail.show_row(None if entry_id is None else self.model.row_by_id(entry_id))

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        """Esc, "Schließen" or the X: a running export is cancelled first; the dialog
        closes once it has stopped (no half-written file)."""
        if self.export_panel.busy():
            self._close_when_idle = True
            self.export_panel.cancel()
            return
        super().reject()

    def _close_if_waiting(self) -> None:
        if self._close_when_idle:
            self._close_when_idle = False
            super().reject()


def open_audit_dialog(parent: QWidget | None, database: Database, actor: Actor,
                      settings: QSettings | None = None) -> QDialog:
    """Show the Protokoll (non-modal) for `actor`; it deletes itself when closed."""
    dialog = AuditDialog(AuditGateway(database, actor), parent, settings=settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
