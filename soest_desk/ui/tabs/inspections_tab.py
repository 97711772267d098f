"""Site inspections (Begehungen): which facility is due, which is overdue, what was found.

One row per facility the user may see (last walk, next due day, a status that says
"Überfällig" in words and in colour, open defects from inspections); beside it the walks of
the selected facility, each readable as a record. "Begehung erfassen" opens
`InspectionDialog` for the Heimleitung; a manager sets how often a facility is walked. All
reading and writing runs off the GUI thread through `soest_desk.services.inspections`.
Object names: `inspectionsTab`, `inspectionsSummary`, `inspectionsTable`, `inspectionsRecord`,
`inspectionsInterval`, `inspectionsHistory`, `inspectionsShowRecord`, `inspectionsStack`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from soest_desk.db import Database
from soest_desk.services import inspections
from soest_desk.services.inspections import FacilityInspectionStatus, InspectionSummary
from soest_desk.services.permissions import Actor, Permission
from soest_desk.ui.formatting import format_date
from soest_desk.ui.inspection_dialog import (
    InspectionDialog,
    InspectionRecordDialog,
    error_text,
    run_job,
)
from soest_desk.ui.table_columns import ColumnChooser, personal_settings
from soest_desk.ui.table_models.inspection_status_model import InspectionStatusModel
from soest_desk.ui.table_models.lazy_table_model import WARNING_TEXT, IdRole, SortRole
from soest_desk.ui.tabs.message_page import MessagePage


def _read_only_rows(table: QTableView) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)


class InspectionsTab(QWidget):
    """Due and overdue inspections; emits `inspectionRecorded(id)` after a saved walk (the
    tickets list may then reload: each defect became a ticket)."""

    inspectionRecorded = Signal(int)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionsTab")
        self._database, self._actor = database, actor
        self._loaded = self._loading = False
        self._generation = 0  # which reload the next answer must belong to
        self._checklist: list[inspections.ChecklistItem] = []
        self._history: list[InspectionSummary] = []
        self.dialog: InspectionDialog | None = None  # the open dialog (tests drive it)
        self.record_dialog: InspectionRecordDialog | None = None

        self.summary = QLabel(self, objectName="inspectionsSummary")
        self.record_button = QPushButton(self.tr("Begehung erfassen"), self,
                                         objectName="inspectionsRecord")
        self.record_button.clicked.connect(self.open_inspection_dialog)
        self.interval_button = QPushButton(self.tr("Rhythmus ändern …"), self,
                                           objectName="inspectionsInterval")
        self.interval_button.setVisible(actor.can(Permission.EDIT_FACILITIES))
        self.interval_button.clicked.connect(self.ask_interval)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.interval_button)
        top.addWidget(self.record_button)

        self.model = InspectionStatusModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = self._make_table()
        self.message = MessagePage("inspections", self)
        self.message.retry.clicked.connect(self.refresh)
        self.stack = QStackedWidget(self, objectName="inspectionsStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)

        side = QWidget(self)
        self.history_title = QLabel(self.tr("Begehungen"), side)
        self.history = QTableWidget(0, 3, side, objectName="inspectionsHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Durchgeführt von"), self.tr("Mängel")])
        _read_only_rows(self.history)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history.itemSelectionChanged.connect(self._update_buttons)
        self.history.doubleClicked.connect(lambda _index: self.show_selected_record())
        self.show_button = QPushButton(self.tr("Protokoll ansehen"), side,
                                       objectName="inspectionsShowRecord")
        self.show_button.clicked.connect(self.show_selected_record)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.history_title)
        side_layout.addWidget(self.history, 1)
        side_layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignRight)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.columns = ColumnChooser.install(self.table, settings or personal_settings(),
                                             "tables/inspections/header")
        self._update_buttons()

    def _make_table(self) -> QTableView:
        table = QTableView(self, objectName="inspectionsTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(InspectionStatusModel.COL_STATUS, Qt.SortOrder.DescendingOrder)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        _read_only_rows(table)
        table.horizontalHeader().setHighlightSections(False)
        table.selectionModel().selectionChanged.connect(self._on_facility_selected)
        table.doubleClicked.connect(lambda _index: self.open_inspection_dialog())
        return table

    # ------------------------------------------------------------ loading

    def is_loaded(self) -> bool:
        return self._loaded and not self._loading

    def ensure_loaded(self) -> None:
        if not self._loaded and not self._loading:
            self.refresh()

    def refresh(self) -> None:
        """Read the status of every facility (and the checklist) again."""
        actor = self._actor

        def job(session: Session) -> tuple[list[FacilityInspectionStatus], list[Any]]:
            return (inspections.inspection_status(session, actor),
                    inspections.checklist(session))

        self._loading = True
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Lädt …"))
        run_job(self._database, actor, job, write=False,
                on_done=lambda result: self._on_loaded(generation, result),
                on_error=lambda exc: self._on_load_failed(generation, exc), owner=self)

    def _on_loaded(self, generation: int,
                   result: tuple[list[FacilityInspectionStatus], list[Any]]) -> None:
        if generation != self._generation:
            return  # an older answer: a newer reload is under way
        selected = self.selected_facility_id()
        rows, self._checklist = result
        self.model.set_rows(rows)
        self._loaded, self._loading = True, False
        if not rows:
            self.message.show_message(self.tr("Keine Unterkünfte für Begehungen."), self.tr(
                "Begangen werden die Unterkünfte, für die Sie zuständig sind; private "
                "Wohnraumangebote gehören nicht dazu."))
            self.stack.setCurrentIndex(1)
        else:
            self.stack.setCurrentIndex(0)
            self.table.resizeColumnsToContents()
        overdue = sum(1 for row in rows if row.overdue)
        defects = sum(row.open_defects for row in rows)
        self.summary.setText(self.tr("%1 von %2 Unterkünften überfällig · %3 offene Mängel aus "
                                     "Begehungen").replace("%1", str(overdue))
                             .replace("%2", str(len(rows))).replace("%3", str(defects)))
        self.select_facility(selected if selected is not None else
                             (rows[0].facility_id if rows else None))
        self._update_buttons()

    def _on_load_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._loaded, self._loading = True, False
        self.summary.clear()
        self.message.show_message(self.tr("Die Begehungen konnten nicht geladen werden."),
                                  error_text(exc), retry=True)
        self.stack.setCurrentIndex(1)
        self._update_buttons()

    # ------------------------------------------------------------ selection and history

    def selected_facility_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(IdRole)) if rows else None

    def select_facility(self, facility_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(IdRole) == facility_id:
                self.table.selectRow(row)
                return

    def _on_facility_selected(self) -> None:
        facility_id = self.selected_facility_id()
        self._show_history([])
        self._update_buttons()
        if facility_id is None:
            return
        actor = self._actor

        def job(session: Session) -> tuple[int, list[InspectionSummary]]:
            return facility_id, inspections.inspections_of(session, actor, facility_id)

        run_job(self._database, actor, job, write=False, on_done=self._on_history,
                on_error=lambda exc: self.history_title.setText(
                    error_text(exc)), owner=self)

    def _on_history(self, result: tuple[int, list[InspectionSummary]]) -> None:
        facility_id, history = result
        if facility_id == self.selected_facility_id():  # not an answer for an old selection
            self._show_history(history)

    def _show_history(self, history: list[InspectionSummary]) -> None:
        self._history = history
        status = self.model.status_of(self.selected_facility_id() or 0)
        self.history_title.setText(self.tr("Begehungen: %1").replace("%1", status.facility_name)
                                   if status else self.tr("Begehungen"))
        self.history.setRowCount(len(history))
        for row, walk in enumerate(history):
            texts = (format_date(walk.performed_on), walk.performed_by,
                     str(walk.defects) if walk.defects else "")
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if walk.defects:
                    cell.setForeground(WARNING_TEXT)
                self.history.setItem(row, column, cell)
        if history:
            self.history.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        status = self.model.status_of(self.selected_facility_id() or 0)
        may = status is not None and status.may_record
        self.record_button.setEnabled(self._checklist != [] and (
            may or any(row.may_record for row in self.model.rows())))
        self.interval_button.setEnabled(status is not None)
        self.show_button.setEnabled(bool(self.history.selectionModel().selectedRows()))

    # ------------------------------------------------------------ actions

    def open_inspection_dialog(self) -> InspectionDialog | None:
        """The recording form, for the selected facility if the user walks it."""
        choices = [(row.facility_id, row.facility_name) for row in
                   sorted(self.model.rows(), key=lambda r: r.facility_name) if row.may_record]
        if not choices or not self._checklist:
            return None
        dialog = InspectionDialog(self._database, self._actor, choices, self._checklist,
                                  self.selected_facility_id(), self)
        dialog.accepted.connect(lambda: self._on_recorded(dialog.saved_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_recorded(self, inspection_id: int | None) -> None:
        if inspection_id is not None:
            self.inspectionRecorded.emit(inspection_id)
        self.refresh()

    def show_selected_record(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._history):
            self.show_record(self._history[rows[0].row()].id)

    def show_record(self, inspection_id: int) -> None:
        """Load one recorded walk and show it read-only."""
        actor = self._actor
        run_job(self._database, actor,
                lambda session: inspections.inspection_record(session, actor, inspection_id),
                write=False, on_done=self._open_record, on_error=self._show_error, owner=self)

    def _open_record(self, record: inspections.InspectionRecord) -> None:
        self.record_dialog = InspectionRecordDialog(record, self)
        self.record_dialog.open()

    def _show_error(self, exc: Exception) -> None:
        self.summary.setText(error_text(exc))

    def ask_interval(self) -> QInputDialog | None:
        """A manager sets how often the selected facility is walked."""
        status = self.model.status_of(self.selected_facility_id() or 0)
        if status is None:
            return None
        ask = QInputDialog(self, objectName="inspectionsIntervalDialog")
        ask.setWindowTitle(self.tr("Rhythmus der Begehung"))
        ask.setLabelText(self.tr("%1: Begehung alle … Tage").replace("%1", status.facility_name))
        ask.setInputMode(QInputDialog.InputMode.IntInput)
        ask.setIntRange(inspections.MIN_INTERVAL_DAYS, inspections.MAX_INTERVAL_DAYS)
        ask.setIntValue(status.interval_days)
        ask.intValueSelected.connect(lambda days: self._set_interval(status.facility_id, days))
        ask.open()
        return ask

    def _set_interval(self, facility_id: int, days: int) -> None:
        actor = self._actor
        run_job(self._database, actor,
                lambda session: inspections.set_interval(session, actor, facility_id, days),
                write=True, on_done=lambda _days: self.refresh(), on_error=self._show_error,
                owner=self)
