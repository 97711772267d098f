"""Recording a site inspection (Begehung) and reading a recorded one.

`InspectionDialog` asks for the date, a result and a note for every checklist item and a
general note; saving calls `inspections.record_inspection` off the GUI thread. A refusal
(German, from the service) is shown in the dialog, which keeps the input and marks the item.
`InspectionRecordDialog` shows a recorded walk read-only: the evidence of the duty of care.
Object names: `inspectionFacility`, `inspectionDate`, `inspectionItem<n>Ok|Defect|
NotApplicable|Note`, `inspectionAllOk`, `inspectionNote`, `inspectionError`, `inspectionSave`;
`inspectionRecordDialog`, `inspectionRecordHeader`, `inspectionRecordItems`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from soest_desk.db import Database, DatabaseError, translated_errors
from soest_desk.services import inspections
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.inspections import ChecklistItem, InspectionRecord, ItemResult
from soest_desk.services.permissions import Actor
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_date, format_datetime
from soest_desk.ui.labels import code_label, translate
from soest_desk.ui.table_models.lazy_table_model import WARNING_GROUND, WARNING_TEXT

log = logging.getLogger(__name__)
RESULT_LABELS = {
    "ok": QT_TRANSLATE_NOOP("Inspections", "in Ordnung"),
    "defect": QT_TRANSLATE_NOOP("Inspections", "Mangel"),
    "not_applicable": QT_TRANSLATE_NOOP("Inspections", "entfällt"),
}
RESULT_NAMES = {"ok": "Ok", "defect": "Defect", "not_applicable": "NotApplicable"}
INVALID_STYLE = f"border: 1px solid {WARNING_TEXT.name()};"
ERROR_STYLE = (f"color: {WARNING_TEXT.name()}; background: {WARNING_GROUND.name()}; "
               "padding: 6px; border-radius: 3px;")


def result_label(code: str) -> str:
    return translate("Inspections", RESULT_LABELS.get(code, code))


def error_text(exc: Exception) -> str:
    """What the user reads about a failed job: the service's German message, a database
    problem in German, or (for a programming error, logged in full) a calm hint."""
    if isinstance(exc, DomainError):
        return exc.message
    if isinstance(exc, DatabaseError):
        return str(exc)
    log.error("inspection job failed", exc_info=exc)
    return translate("Inspections", "Es ist ein unerwarteter Fehler aufgetreten. Einzelheiten "
                                    "stehen in der Protokolldatei von Soest Desk.")


def run_job(database: Database, actor: Actor, job: Callable[[Session], Any], *, write: bool,
            on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
            owner: QObject) -> None:
    """One service call in its own session, off the GUI thread; a driver failure comes back
    as the German DatabaseError."""
    def work() -> Any:
        sessions = database.write(actor) if write else database.read()
        with translated_errors(database.info), sessions as session:
            return job(session)
    run_in_background(work, on_done, on_error, owner=owner)


class _ItemRow:
    """The widgets of one checklist item: three choices and a note."""

    def __init__(self, item: ChecklistItem, parent: QWidget, grid: QGridLayout, row: int
                 ) -> None:
        self.item = item
        label = QLabel(f"{item.position}. {item.label}", parent)
        label.setWordWrap(True)
        grid.addWidget(label, row, 0)
        if item.safety:
            tag = QLabel(translate("Inspections", "Sicherheit"), parent)
            tag.setStyleSheet(f"color: {WARNING_TEXT.name()}; font-weight: bold;")
            tag.setToolTip(translate("Inspections", "Ein Mangel hier wird als Gefahrenstelle "
                                                    "gemeldet (Sofort, Verkehrssicherheit)."))
            grid.addWidget(tag, row, 1)
        self.group = QButtonGroup(parent)
        self.buttons: dict[str, QRadioButton] = {}
        for column, code in enumerate(RESULT_LABELS, start=2):
            button = QRadioButton(result_label(code), parent,
                                  objectName=f"inspectionItem{item.position}{RESULT_NAMES[code]}")
            self.group.addButton(button)
            self.buttons[code] = button
            grid.addWidget(button, row, column)
        self.note = QLineEdit(parent, objectName=f"inspectionItem{item.position}Note")
        self.note.setPlaceholderText(translate("Inspections", "Bemerkung (bei Mangel Pflicht)"))
        self.note.setMinimumWidth(260)
        grid.addWidget(self.note, row, 5)
        self.buttons["defect"].toggled.connect(self._on_defect)

    def _on_defect(self, checked: bool) -> None:
        if checked and not self.note.text().strip():
            self.note.setFocus()

    def result(self) -> str:
        return next((code for code, button in self.buttons.items() if button.isChecked()), "")

    def set_result(self, code: str) -> None:
        self.buttons[code].setChecked(True)

    def mark(self, invalid: bool) -> None:
        self.note.setStyleSheet(INVALID_STYLE if invalid else "")


class InspectionDialog(QDialog):
    """Record one walk. `saved_id` holds the new inspection's id after it was accepted."""

    def __init__(self, database: Database, actor: Actor, facilities: list[tuple[int, str]],
                 checklist: list[ChecklistItem], facility_id: int | None = None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionDialog")
        self.setWindowTitle(self.tr("Begehung erfassen"))
        self._database, self._actor = database, actor
        self.saved_id: int | None = None
        self._saving = False

        self.facility = QComboBox(self, objectName="inspectionFacility")
        for fid, name in facilities:
            self.facility.addItem(name, fid)
        if facility_id is not None and self.facility.findData(facility_id) >= 0:
            self.facility.setCurrentIndex(self.facility.findData(facility_id))
        day = today or office_today()
        self.date = QDateEdit(QDate(day.year, day.month, day.day), self,
                              objectName="inspectionDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMaximumDate(QDate(day.year, day.month, day.day))
        form = QFormLayout()
        form.addRow(self.tr("Unterkunft:"), self.facility)
        form.addRow(self.tr("Datum der Begehung:"), self.date)

        items = QWidget(self)
        grid = QGridLayout(items)
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(5, 2)
        self.rows = [_ItemRow(item, items, grid, row) for row, item in enumerate(checklist)]
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the checklist, not to it
        scroll.setWidget(items)
        all_ok = QPushButton(self.tr("Alle übrigen in Ordnung"), self, objectName="inspectionAllOk")
        all_ok.setToolTip(self.tr("Setzt jeden Punkt ohne Ergebnis auf „in Ordnung“."))
        all_ok.clicked.connect(self.mark_rest_ok)

        self.note = QPlainTextEdit(self, objectName="inspectionNote")
        self.note.setPlaceholderText(self.tr("Allgemeine Bemerkung zur Begehung (optional)"))
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        self.note.setTabChangesFocus(True)
        self.error = QLabel(self, objectName="inspectionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = self.buttons.addButton(self.tr("Begehung speichern"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("inspectionSave")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Checkliste – jeder Punkt braucht ein Ergebnis. Jeder "
                                        "Mangel wird als Mängelmeldung an den Objektservice "
                                        "gegeben."), self, wordWrap=True))
        layout.addWidget(scroll, 1)
        layout.addWidget(all_ok, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Bemerkung:"), self))
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 640)

    def mark_rest_ok(self) -> None:
        for row in self.rows:
            if not row.result():
                row.set_result("ok")

    def results(self) -> list[ItemResult]:
        return [ItemResult(row.item.position, row.item.label, row.result(), row.note.text())
                for row in self.rows]

    def performed_on(self) -> date:
        return self.date.date().toPython()

    def is_saving(self) -> bool:
        return self._saving

    def accept(self) -> None:
        """Save through the service; the dialog closes only when the service said yes."""
        if self._saving:
            return
        facility_id = self.facility.currentData()
        if facility_id is None:
            self.show_error(self.tr("Unterkunft: Sie sind für keine Unterkunft als Heimleitung "
                                    "eingetragen."), None)
            return
        results, day, note = self.results(), self.performed_on(), self.note.toPlainText()
        actor = self._actor

        def job(session: Session) -> int:
            return inspections.record_inspection(session, actor, facility_id, day, results,
                                                 note)

        self._set_saving(True)
        run_job(self._database, actor, job, write=True, on_done=self._on_saved,
                on_error=self._on_failed, owner=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save.setEnabled(not saving)
        self.save.setText(self.tr("Speichert …") if saving else self.tr("Begehung speichern"))

    def _on_saved(self, inspection_id: int) -> None:
        self._set_saving(False)
        self.saved_id = inspection_id
        super().accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_saving(False)
        field = exc.field if isinstance(exc, DomainError) else None
        self.show_error(error_text(exc), field)

    def show_error(self, message: str, field: str | None) -> None:
        """Show the refusal and mark the item (or the date) it names; the input stays."""
        self.error.setText(message)
        self.error.show()
        for row in self.rows:
            row.mark(row.item.label == field)
            if row.item.label == field:
                row.note.setFocus()
        self.date.setStyleSheet(INVALID_STYLE if field == inspections.DATE_FIELD else "")


class InspectionRecordDialog(QDialog):
    """A recorded walk, read-only: who, when, where, each item with its ticket."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Inspections", "Nr."), QT_TRANSLATE_NOOP("Inspections", "Prüfpunkt"),
        QT_TRANSLATE_NOOP("Inspections", "Ergebnis"),
        QT_TRANSLATE_NOOP("Inspections", "Bemerkung"),
        QT_TRANSLATE_NOOP("Inspections", "Mängelmeldung"),
    )

    def __init__(self, record: InspectionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionRecordDialog")
        self.record = record
        self.setWindowTitle(self.tr("Begehung vom %1 – %2").replace(
            "%1", format_date(record.performed_on)).replace("%2", record.facility_name))
        header = QLabel(self, objectName="inspectionRecordHeader")
        header.setTextFormat(Qt.TextFormat.PlainText)
        header.setWordWrap(True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [
            self.tr("Unterkunft: %1").replace("%1", record.facility_name),
            self.tr("Begehung am %1 durch %2").replace(
                "%1", format_date(record.performed_on)).replace("%2", record.performed_by),
            self.tr("Erfasst am %1 · %2 Mängel").replace(
                "%1", format_datetime(record.recorded_at)).replace("%2", str(record.defects)),
        ]
        if record.note:
            lines.append(self.tr("Bemerkung: %1").replace("%1", record.note))
        header.setText("\n".join(lines))
        self.table = self._items_table(record)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(980, 520)

    def _items_table(self, record: InspectionRecord) -> QTableWidget:
        table = QTableWidget(len(record.items), len(self.COLUMNS), self,
                             objectName="inspectionRecordItems")
        table.setHorizontalHeaderLabels([translate("Inspections", c) for c in self.COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        table.verticalHeader().hide()
        table.setWordWrap(True)
        for row, item in enumerate(record.items):
            label = item.label + (self.tr(" (Sicherheit)") if item.is_safety else "")
            texts = [str(item.position), label, result_label(item.result), item.note or "",
                     self._ticket_text(item.ticket_id, item.ticket_state)]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.result == "defect":
                    cell.setForeground(WARNING_TEXT)
                    cell.setBackground(WARNING_GROUND)
                table.setItem(row, column, cell)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # evidence to read, nothing to edit
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # wrapped texts need the final column widths to find their height
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        return table

    def _ticket_text(self, ticket_id: int | None, state: str | None) -> str:
        if ticket_id is None:
            return ""
        if state is None:
            return f"#{ticket_id}"
        return f"#{ticket_id} – {code_label('ticket_state', state)}"
