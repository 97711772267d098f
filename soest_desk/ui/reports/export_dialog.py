"""Writing a report in the window ("Datei → Bericht exportieren …"): the window's
`soest-desk report`.

The user picks the report (only those their role may run), the period, the facilities, the
format and the target file; "Exportieren" (Enter) checks the input — a German message naming
the field, nothing runs — and writes the report off the GUI thread in a read session of its
own, with a progress bar and "Abbrechen". A cancel or a failure leaves no file (the writer
goes through a temporary file) and keeps every input; success names the file with its rows
and offers to open it or its folder. Closing the dialog while it writes cancels and waits
for the writer to stop.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDir, QSettings, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from soest_desk.db import Database, DatabaseError
from soest_desk.reports.catalog import REPORTS
from soest_desk.reports.xlsx_writer import Cancelled
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_number
from soest_desk.ui.reports.export_form import ExportForm
from soest_desk.ui.reports.gateway import (
    ExportControl,
    ExportGateway,
    ExportRequest,
    ExportResult,
    FacilityChoice,
)

log = logging.getLogger("soest_desk.ui.reports")
POLL_MS = 100
ERROR_STYLE = "color: #9b1c1c;"
FOLDER_KEY, REPORT_KEY = "reportExport/folder", "reportExport/report"
FILE_FILTERS = {".xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel-Arbeitsmappe (*.xlsx)"),
                ".pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF-Dokument (*.pdf)")}


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class ExportDialog(QDialog):
    def __init__(self, gateway: ExportGateway, settings: QSettings | None = None,
                 parent: QWidget | None = None, *, report_name: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Bericht exportieren"))
        self.gateway = gateway
        self._settings = settings
        self._control: ExportControl | None = None
        self._job = 0  # the number of the running (or last) export
        self._close_when_idle = False
        self._confirmed: Path | None = None  # replacing it was agreed in the file dialog
        self.last_result: ExportResult | None = None
        reports = gateway.reports()
        folder = self._setting(FOLDER_KEY)
        self.form = ExportForm(reports, gateway.today(),
                               Path(folder) if folder and Path(folder).is_dir()
                               else documents_folder(), self)
        self.status = self._status_area()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

        wanted = report_name or self._setting(REPORT_KEY)
        if wanted and not self.form.set_report(wanted) and report_name:
            self._say(self.tr("Ihre Rolle erlaubt den Bericht „%1“ nicht.").replace(
                "%1", REPORTS[report_name].title if report_name in REPORTS else report_name),
                error=True)
        if not reports:
            self._say(self.tr("Ihre Rolle erlaubt keinen Bericht."), error=True)
        self.form.changed.connect(self._update)
        self.form.browseRequested.connect(self.choose_target)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._show_progress)
        self._update()
        self.setMinimumWidth(self.sizeHint().width())
        self._load_facilities()

    def _status_area(self) -> QStackedWidget:
        self.message = QLabel(self, objectName="exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        progress = QWidget(self, objectName="exportProgressRow")
        self.progress_text = QLabel(progress, objectName="exportProgressText")
        self.bar = QProgressBar(progress, objectName="exportProgress")
        self.bar.setTextVisible(False)
        self.cancel_button = self._button(self.tr("Abbrechen"), "exportCancel", self.cancel)
        row = QHBoxLayout(progress)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_text, 2)
        row.addWidget(self.bar, 3)
        row.addWidget(self.cancel_button)
        stack = QStackedWidget(self, objectName="exportStatus")
        stack.addWidget(self.message)
        stack.addWidget(progress)
        stack.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 8)
        return stack

    def _buttons(self) -> QHBoxLayout:
        self.open_file_button = self._button(self.tr("Datei ö&ffnen"), "exportOpenFile",
                                             self.open_file)
        self.open_folder_button = self._button(self.tr("&Ordner öffnen"), "exportOpenFolder",
                                               self.open_folder)
        self.run_button = self._button(self.tr("&Exportieren"), "exportRun", self.export)
        self.run_button.setDefault(True)  # Enter
        self.close_button = self._button(self.tr("Schließen"), "exportClose", self.reject)
        row = QHBoxLayout()
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.run_button)
        row.addWidget(self.close_button)
        QWidget.setTabOrder(self.form.browse, self.run_button)
        QWidget.setTabOrder(self.run_button, self.close_button)
        return row

    def _button(self, text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)  # Enter is "Exportieren", wherever the focus is
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _setting(self, key: str) -> str:
        value = self._settings.value(key, "") if self._settings is not None else ""
        return str(value or "")

    def _remember(self, key: str, value: str) -> None:
        if self._settings is not None:
            self._settings.setValue(key, value)

    # ------------------------------------------------------------ state

    def busy(self) -> bool:
        return self._control is not None

    def message_text(self) -> str:
        return self.message.text() if self.status.currentWidget() is self.message else ""

    def _update(self) -> None:
        idle = not self.busy()
        self.form.setEnabled(idle)
        self.run_button.setEnabled(idle and self.form.choice() is not None)
        self.status.setCurrentIndex(0 if idle else 1)

    def _say(self, text: str, *, error: bool = False) -> None:
        """Show `text` where the last message was; the buttons to open the file written
        last go with the message that named it."""
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self._show_result_buttons(False)

    def _show_result_buttons(self, shown: bool) -> None:
        self.open_file_button.setVisible(shown)
        self.open_folder_button.setVisible(shown)

    # ------------------------------------------------------------ facilities

    def _load_facilities(self) -> None:
        run_in_background(self.gateway.facilities, self._facilities_loaded,
                          self._facilities_failed, owner=self)

    def _facilities_loaded(self, facilities: list[FacilityChoice]) -> None:
        self.form.set_facilities(facilities)

    def _facilities_failed(self, exc: Exception) -> None:
        self.form.set_facilities([])
        self._say(self.tr("Die Unterkünfte konnten nicht geladen werden: %1").replace(
            "%1", self._reason(exc)), error=True)

    def facilities_loaded(self) -> bool:
        return self.form.facilities.is_loaded()

    # ------------------------------------------------------------ target

    def choose_target(self) -> None:
        choice = self.form.choice()
        suffixes = choice.formats if choice is not None else (".xlsx",)
        current = self.form.target_path() or self.form.folder() / self.form.made_name()
        filters = [self.tr(FILE_FILTERS[s]) for s in suffixes]
        wanted = self.tr(FILE_FILTERS[self.form.suffix()])
        path, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Bericht speichern unter"), str(current), ";;".join(filters), wanted)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in suffixes:
            index = filters.index(chosen_filter) if chosen_filter in filters else 0
            target = target.with_name(target.name + suffixes[index])
        else:
            self._confirmed = target  # the file dialog asked before replacing it
        self.form.set_target(target)
        self._remember(FOLDER_KEY, str(target.parent))

    def confirm_replace(self, path: Path) -> bool:
        """Ask before a file the user did not pick in the file dialog is replaced."""
        answer = QMessageBox.question(
            self, self.tr("Datei ersetzen?"),
            self.tr("„%1“ gibt es schon. Soll die Datei ersetzt werden?").replace(
                "%1", QDir.toNativeSeparators(str(path))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ exporting

    def export(self) -> bool:
        """Check the input and start writing; False (with the message shown) if nothing
        was started."""
        if self.busy() or not self.run_button.isEnabled():
            return False
        request = self.form.request()
        try:
            target = self.gateway.check(request)
        except DomainError as exc:
            self._say(exc.message, error=True)
            self.form.focus_field(exc.field)
            return False
        if target.exists() and target != self._confirmed and not self.confirm_replace(target):
            return False
        self._start(request)
        return True

    def _start(self, request: ExportRequest) -> None:
        gateway, control = self.gateway, ExportControl()  # the job holds no Qt object
        self._job += 1
        number = self._job
        self._control = control
        self._show_result_buttons(False)
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.progress_text.setText(self.tr("Der Bericht wird zusammengestellt …"))
        self._update()
        self._timer.start()

        def finished(handler, value) -> None:  # type: ignore[no-untyped-def]
            if number == self._job:
                self._timer.stop()
                self._control = None
                handler(value)
                self._update()
                self._close_if_waiting()

        run_in_background(lambda: gateway.export(request, control),
                          lambda result: finished(self._written, result),
                          lambda exc: finished(self._failed, exc), owner=self)

    def cancel(self) -> bool:
        """Ask the running export to stop; the dialog says so once it has."""
        if self._control is None:
            return False
        self._control.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_text.setText(self.tr("Wird abgebrochen …"))
        self.bar.setRange(0, 0)
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
            self.progress_text.setText(self.tr("Zeilen geschrieben: %1 von %2").replace(
                "%1", done).replace("%2", format_number(state.total)))
        else:
            self.bar.setRange(0, 0)
            self.progress_text.setText(self.tr("Zeilen geschrieben: %1").replace("%1", done))

    def _written(self, result: ExportResult) -> None:
        self.last_result = result
        self._confirmed = result.path  # exporting again replaces it without asking
        shown = QDir.toNativeSeparators(str(result.path))
        if result.path.suffix.lower() == ".pdf":
            text = self.tr("Geschrieben: %1").replace("%1", shown)
        elif result.rows == 1:
            text = self.tr("Geschrieben: %1 (1\u00a0Zeile)").replace("%1", shown)
        else:
            text = self.tr("Geschrieben: %1 (%2\u00a0Zeilen)").replace("%1", shown).replace(
                "%2", format_number(result.rows))
        self._say(text)  # the count and "Zeilen" never wrap apart (no-break space)
        self._show_result_buttons(True)
        self._remember(FOLDER_KEY, str(result.path.parent))
        choice = self.form.choice()
        if choice is not None:
            self._remember(REPORT_KEY, choice.name)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._say(self.tr("Export abgebrochen – es wurde keine Datei geschrieben."))
            return
        self._say(self._reason(exc), error=True)
        if isinstance(exc, DomainError):
            self.form.focus_field(exc.field)

    def _reason(self, exc: BaseException) -> str:
        if isinstance(exc, DomainError):
            return exc.message
        if isinstance(exc, DatabaseError):
            return str(exc)
        log.error("unexpected error in the export dialog", exc_info=exc)
        return self.tr("Es ist ein unerwarteter Fehler aufgetreten; es wurde keine Datei "
                       "geschrieben. Einzelheiten stehen in der Protokolldatei von Soest Desk.")

    # ------------------------------------------------------------ after writing

    def open_file(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path)))

    def open_folder(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path.parent)))

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        """Esc, "Schließen" or the window's X: a running export is cancelled first, and the
        dialog closes once it has stopped (nothing is left half written)."""
        if self.busy():
            self._close_when_idle = True
            self.cancel()
            return
        super().reject()

    def _close_if_waiting(self) -> None:
        if self._close_when_idle and not self.busy():
            self._close_when_idle = False
            super().reject()


def open_export_dialog(parent: QWidget | None, database: Database, actor: Actor,
                       settings: QSettings | None, report_name: str | None = None
                       ) -> ExportDialog:
    """Show "Bericht exportieren" (window-modal) for `actor`, optionally on one report."""
    dialog = ExportDialog(ExportGateway(database, actor), settings, parent,
                          report_name=report_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
