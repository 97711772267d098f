"""Importing a list in the window ("Liste importieren …"): the CLI's `soest-desk import`
with a preview, in one dialog of three steps.

1. What to import (Unterkünfte, Wohneinheiten, Bewohner*innen) and the file; "Vorlage
   speichern …" writes the Excel template for that kind.
2. The first rows of the file, with the field each column goes to chosen above it.
3. "Prüfen" runs the import as a dry run and lists every bad row (row number as in Excel,
   column, reason) and every possible duplicate; "Importieren" is enabled only after a
   clean check of the same file with the same choices, and writes all rows or none.

Reading, checking and importing run off the GUI thread with progress and "Abbrechen".
On errors, a cancel or a database failure nothing is written, the German reason is shown
and everything the user chose stays as it was. A successful import emits
`imported(kind, count)` so the window can reload its lists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from soest_desk.db import Database, DatabaseError
from soest_desk.services.import_files import Table
from soest_desk.services.imports import ImportCancelled, ImportReport
from soest_desk.services.permissions import Actor
from soest_desk.ui.imports.gateway import KINDS, ImportGateway, JobControl
from soest_desk.ui.imports.job_panel import DROP, STOP, WAIT, JobPanel, user_message
from soest_desk.ui.imports.result import KIND_LABELS, check_summary, import_summary, marks
from soest_desk.ui.imports.steps import FileStep, PreviewStep, ResultStep, make_button
from soest_desk.ui.tickets.step_dialog import ERROR_STYLE

FILE_FILTER = "*.xlsx *.xlsm *.csv *.txt *.tsv"
TEMPLATE_NAMES = {"facilities": "Vorlage Unterkünfte.xlsx",
                  "units": "Vorlage Wohneinheiten.xlsx", "people": "Vorlage Bewohner.xlsx"}


class ImportDialog(QDialog):
    imported = Signal(str, int)  # kind ("facilities", "units", "people"), rows written

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None, *,
                 kind: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Liste importieren"))
        self.resize(1040, 760)
        self.gateway = ImportGateway(database, actor)
        self._allowed = {k: self.gateway.may_import(k) for k in KINDS}
        self._table: Table | None = None
        self._path: Path | None = None
        self._checked: tuple[Any, ...] | None = None  # the choices of the shown check
        self._clean: tuple[Any, ...] | None = None  # … if it allows importing
        self._close_when_idle = False
        self._folder = str(Path.home())

        self.file_step = FileStep(self, choose=self.choose_file, reload=self.reload,
                                  template=self.choose_template_path)
        self.preview_step = PreviewStep(self)
        self.preview = self.preview_step.table
        self.result_step = ResultStep(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="importSplitter")
        splitter.addWidget(self.preview_step)
        splitter.addWidget(self.result_step)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([440, 240])
        self.jobs = JobPanel(self)
        self.message = QLabel(self, objectName="importMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_step)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.jobs)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())

        allowed = [k for k in KINDS if self._allowed[k]]
        self.file_step.set_kind(kind if kind in allowed else (allowed or ["people"])[0])
        self.preview.show_table(None, self.gateway.fields(self.kind()), {})
        if not allowed:
            self._say(self.tr("Ihre Rolle erlaubt keinen Import von Listen."), error=True)
        self.file_step.kindChanged.connect(lambda _kind: self._kind_changed())
        self.preview.header.mappingChanged.connect(self._update)
        self.jobs.busyChanged.connect(lambda _busy: self._update())
        self.result_step.problems.clicked.connect(self._show_problem)
        self.result_step.problems.activated.connect(self._show_problem)
        self._update()

    def _buttons(self) -> QHBoxLayout:
        self.skip_duplicates = QCheckBox(self.tr("&Dubletten überspringen"), self,
                                         objectName="importSkipDuplicates")
        self.skip_duplicates.setToolTip(self.tr("Mögliche Dubletten werden nicht importiert, "
                                                "die übrigen Zeilen schon."))
        self.skip_duplicates.toggled.connect(lambda _on: self._update())
        self.check_button = make_button(self.tr("&Prüfen"), "importCheck", self.check, self)
        self.run_button = make_button(self.tr("&Importieren"), "importRun", self.run_import,
                                      self)
        self.close_button = make_button(self.tr("Schließen"), "importClose", self.reject, self)
        row = QHBoxLayout()
        row.addWidget(self.skip_duplicates)
        row.addStretch(1)
        for button in (self.check_button, self.run_button, self.close_button):
            row.addWidget(button)
        return row

    # ------------------------------------------------------------ what is chosen

    def kind(self) -> str:
        return self.file_step.kind()

    def set_kind(self, kind: str) -> None:
        self.file_step.set_kind(kind)

    def mapping(self) -> dict[int, str]:
        return self.preview.header.mapping()

    def table(self) -> Table | None:
        return self._table

    def busy(self) -> bool:
        return self.jobs.busy()

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def _choices(self) -> tuple[Any, ...]:
        return (self.kind(), id(self._table), tuple(sorted(self.mapping().items())),
                self.skip_duplicates.isChecked())

    def _update(self) -> None:
        idle = not self.busy()
        problem = None if self._table is None else self.gateway.mapping_problem(
            self.kind(), self._table.headers, self.mapping())
        self.preview_step.show_status(self._table, self.mapping(), problem)
        self.file_step.set_idle(idle, self._allowed, self._path is not None)
        self.preview.header.setEnabled(idle)
        self.skip_duplicates.setEnabled(idle)
        has_rows = self._table is not None and bool(self._table.rows)
        self.check_button.setEnabled(idle and has_rows and problem is None
                                     and self._allowed[self.kind()])
        self.run_button.setEnabled(idle and self._clean is not None
                                   and self._clean == self._choices())
        stale = self._checked is not None and self._checked != self._choices()
        self.result_step.stale.setVisible(stale)
        if stale or self._checked is None:
            self.preview.preview.set_marks({})

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _kind_changed(self) -> None:
        headers = self._table.headers if self._table else ()
        self.preview.set_fields(self.gateway.fields(self.kind()),
                                self.gateway.guess(self.kind(), headers))
        self._update()

    # ------------------------------------------------------------ step 1: file, template

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Liste zum Import wählen"), self._folder,
            self.tr("Excel- und CSV-Dateien (%1);;Alle Dateien (*)").replace("%1", FILE_FILTER))
        if path:
            self.load_file(path)

    def reload(self) -> None:
        if self._path is not None:
            self.load_file(self._path)

    def load_file(self, path: Path | str) -> None:
        """Read `path` off the GUI thread and show it; on failure keep what was shown."""
        path = Path(path)
        self._folder = str(path.parent)
        self._say("")
        self.jobs.start(self.tr("„%1“ wird gelesen …").replace("%1", path.name),
                        lambda _control, read=self.gateway.read_file: read(path),
                        lambda table: self._file_read(path, table), self._failed,
                        cancel=DROP, steps=False)

    def _file_read(self, path: Path, table: Table) -> None:
        same_columns = self._table is not None and self._table.headers == table.headers
        mapping = self.mapping() if same_columns else self.gateway.guess(self.kind(),
                                                                         table.headers)
        self._table, self._path = table, path
        self._checked = self._clean = None
        self.file_step.show_file(path, table)
        self.preview.show_table(table, self.gateway.fields(self.kind()), mapping)
        self.result_step.clear()
        if not table.rows:
            self._say(self.tr("Die Datei enthält nur Spaltenüberschriften, keine Datenzeilen."),
                      error=True)
        self._update()

    def choose_template_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Vorlage speichern"),
            str(Path(self._folder) / TEMPLATE_NAMES[self.kind()]),
            self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if path:
            self.save_template(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def save_template(self, path: Path | str) -> None:
        """Write the template for the chosen kind to `path` (replacing a file there)."""
        kind, path = self.kind(), Path(path)
        self._folder = str(path.parent)
        self._say("")
        self.jobs.start(self.tr("Vorlage wird gespeichert …"),
                        lambda _control, save=self.gateway.save_template: save(kind, path),
                        lambda written: self._say(self.tr(
                            "Vorlage für %1 gespeichert: %2").replace(
                            "%1", self.tr(KIND_LABELS[kind])).replace("%2", str(written))),
                        self._failed, cancel=WAIT, steps=False)

    # ------------------------------------------------------------ step 3: check, import

    def check(self) -> None:
        """Run the import as a dry run and show every bad row."""
        if not self.check_button.isEnabled() or self._table is None:
            return
        kind, table, mapping = self.kind(), self._table, self.mapping()
        skip, choices = self.skip_duplicates.isChecked(), self._choices()
        gateway = self.gateway  # the job holds no Qt object (see ui/background.py)
        self._say("")

        def job(control: JobControl) -> ImportReport:
            return gateway.check(kind, table, mapping, skip_duplicates=skip, control=control)

        self.jobs.start(self.tr("Die Liste wird geprüft …"), job,
                        lambda report: self._checked_report(report, choices),
                        lambda exc: self._failed(exc, step="check"), cancel=STOP, steps=True)

    def _checked_report(self, report: ImportReport, choices: tuple[Any, ...]) -> None:
        self._checked = choices
        self._clean = choices if not report.blocked and report.importable else None
        self.result_step.show_report(report, check_summary(report))
        if self._table is not None:
            self.preview.preview.set_marks(marks(report, self._table.headers))
        self._update()

    def run_import(self) -> None:
        """Import for real what the last clean check approved."""
        if not self.run_button.isEnabled() or self._table is None:
            return
        kind, table, mapping = self.kind(), self._table, self.mapping()
        skip = self.skip_duplicates.isChecked()
        gateway = self.gateway
        self._say("")

        def job(control: JobControl) -> ImportReport:
            return gateway.run(kind, table, mapping, skip_duplicates=skip, control=control)

        self.jobs.start(self.tr("Die Liste wird importiert …"), job, self._import_done,
                        lambda exc: self._failed(exc, step="import"), cancel=STOP, steps=True)

    def _import_done(self, report: ImportReport) -> None:
        self._checked = self._clean = None  # the same list a second time would be duplicates
        self.result_step.show_report(report, import_summary(report))
        if report.errors or report.blocked:
            self._say(self.tr("Es wurde nichts gespeichert."), error=True)
        else:
            self._say(import_summary(report))
            self.imported.emit(report.kind, report.imported)
        self._update()
        self._close_if_waiting()

    def _failed(self, exc: BaseException, *, step: str = "") -> None:
        """Tell why `step` ("check", "import", or reading/saving) did not work."""
        cancelled = isinstance(exc, ImportCancelled)
        if cancelled and step == "check":
            text = self.tr("Die Prüfung wurde abgebrochen.")
        else:
            text = user_message(exc)
            if step == "import" and isinstance(exc, DatabaseError):
                text = text.rstrip()
                text += ("" if text.endswith((".", "!", "?")) else ".") + " " + self.tr(
                    "Es wurde nichts gespeichert.")
        self._say(text, error=not cancelled)
        self._update()
        self._close_if_waiting()

    def _show_problem(self, index: QModelIndex) -> None:
        """A problem chosen in the list: show its cell in the preview, if it is there."""
        problem = self.result_step.problems.problems.problem(index.row())
        headers = self._table.headers if self._table else ()
        column = headers.index(problem.column) if problem.column in headers else None
        self.preview.show_cell(problem.row_number, column)

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        """Esc, "Schließen" or the window's X (QDialog's closeEvent calls this): a running
        job is cancelled first, and the dialog closes once it has stopped."""
        if self.busy():
            self._close_when_idle = True
            self.jobs.cancel()
            if self.busy():
                return
        super().reject()

    def _close_if_waiting(self) -> None:
        if self._close_when_idle and not self.busy():
            self._close_when_idle = False
            super().reject()
