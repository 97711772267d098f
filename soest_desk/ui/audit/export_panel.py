"""The Protokoll's export row: "Exportieren …" asks for a file, then writes the rows under
the current filters off the GUI thread, with progress and "Abbrechen" – as the report
export does (its `ExportControl`, its polling, its messages). A cancel or a failure leaves
no file; success names the file and its rows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from soest_desk.db import DatabaseError
from soest_desk.reports.xlsx_writer import Cancelled
from soest_desk.services.audit_view import AuditFilters
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.ui.audit.gateway import AuditGateway
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_number
from soest_desk.ui.reports.export_dialog import ERROR_STYLE, POLL_MS, documents_folder
from soest_desk.ui.reports.gateway import ExportControl, ExportResult

log = logging.getLogger(__name__)
FiltersProvider = Callable[[], AuditFilters | None]  # None: the filter bar shows why not


class AuditExportPanel(QWidget):
    finished = Signal()  # an export ended (written, cancelled or failed)

    def __init__(self, gateway: AuditGateway, filters: FiltersProvider,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditExport")
        self._gateway = gateway
        self._filters = filters
        self._control: ExportControl | None = None
        self._job = 0
        self.last_result: ExportResult | None = None
        self.message = QLabel(self, objectName="auditExportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar(self, objectName="auditExportProgress")
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self,
                                         objectName="auditExportCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(self.tr("&Exportieren …"), self,
                                         objectName="auditExportButton")
        self.export_button.clicked.connect(self.choose_and_export)
        for button in (self.cancel_button, self.export_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_button)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._show_progress)
        self.export_button.setEnabled(gateway.may_view())
        self._show_running(False)

    def busy(self) -> bool:
        return self._control is not None

    def message_text(self) -> str:
        return self.message.text()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _show_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.export_button.setEnabled(not running and self._gateway.may_view())

    def choose_and_export(self) -> bool:
        """Ask for the file (the file dialog asks before replacing one), then export."""
        if self.busy():
            return False
        filters = self._filters()
        if filters is None:
            return False
        suggested = documents_folder() / f"Protokoll {office_today():%Y-%m-%d}.xlsx"
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Protokoll speichern unter"), str(suggested),
            self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".xlsx":  # the file dialog asked about another name
            target = target.with_name(target.name + ".xlsx")
            if target.exists() and not self._confirm_replace(target):
                return False
        return self.export_to(target, filters)

    def _confirm_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Datei ersetzen?"),
            self.tr("„%1“ gibt es schon. Soll die Datei ersetzt werden?").replace(
                "%1", QDir.toNativeSeparators(str(target))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export_to(self, target: Path, filters: AuditFilters) -> bool:
        """Start writing `filters`' rows to `target`; False (message shown) if refused."""
        if self.busy():
            return False
        try:
            self._gateway.check_target(target)
        except DomainError as exc:
            self._say(exc.message, error=True)
            return False
        gateway, control = self._gateway, ExportControl()  # the job holds no Qt object
        self._job += 1
        number = self._job
        self._control = control
        self.bar.setRange(0, 0)
        self._say(self.tr("Das Protokoll wird geschrieben …"))
        self._show_running(True)
        self._timer.start()

        def done(handler: Callable[[object], None], value: object) -> None:
            if number == self._job:
                self._timer.stop()
                self._control = None
                self._show_running(False)
                handler(value)
                self.finished.emit()

        run_in_background(lambda: gateway.export(filters, target, control),
                          lambda result: done(self._written, result),
                          lambda exc: done(self._failed, exc), owner=self)
        return True

    def cancel(self) -> bool:
        if self._control is None:
            return False
        self._control.cancel()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Wird abgebrochen …"))
        return True

    def _show_progress(self) -> None:
        if self._control is None:
            return
        state = self._control.snapshot()
        if state.cancel_requested or not state.started:
            return
        done = format_number(state.done)
        if state.total:
            self.bar.setRange(0, state.total)
            self.bar.setValue(min(state.done, state.total))
            self._say(self.tr("Zeilen geschrieben: %1 von %2").replace("%1", done).replace(
                "%2", format_number(state.total)))
        else:
            self._say(self.tr("Zeilen geschrieben: %1").replace("%1", done))

    def _written(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.last_result = result
        shown = QDir.toNativeSeparators(str(result.path))
        if result.rows == 1:
            self._say(self.tr("Geschrieben: %1 (1\u00a0Zeile)").replace("%1", shown))
        else:
            self._say(self.tr("Geschrieben: %1 (%2\u00a0Zeilen)").replace("%1", shown)
                      .replace("%2", format_number(result.rows)))

    def _failed(self, exc: object) -> None:
        if isinstance(exc, Cancelled):
            self._say(self.tr("Export abgebrochen – es wurde keine Datei geschrieben."))
            return
        if isinstance(exc, DomainError):
            self._say(exc.message, error=True)
        elif isinstance(exc, DatabaseError):
            self._say(str(exc), error=True)
        else:
            log.error("the Protokoll export failed", exc_info=exc)  # type: ignore[arg-type]
            self._say(self.tr("Es ist ein unerwarteter Fehler aufgetreten; es wurde keine "
                              "Datei geschrieben. Einzelheiten stehen in der Protokolldatei "
                              "von Soest Desk."), error=True)
