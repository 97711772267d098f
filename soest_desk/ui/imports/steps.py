"""The three steps of the import dialog as boxes: the list to import (kind and file), the
preview with the column mapping, and the result of a check or an import. They hold
widgets and show what they are given; the dialog decides what happens."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.import_files import Table
from soest_desk.services.imports import ImportReport
from soest_desk.ui.formatting import format_number
from soest_desk.ui.imports.gateway import KINDS
from soest_desk.ui.imports.preview import PREVIEW_ROWS, PreviewTable
from soest_desk.ui.imports.result import KIND_LABELS, ProblemsTable, problems
from soest_desk.ui.labels import translate
from soest_desk.ui.tickets.step_dialog import ERROR_STYLE

KIND_NAMES = {"facilities": "Facilities", "units": "Units", "people": "People"}
SEPARATORS = {";": "; (Semikolon)", ",": ", (Komma)", "\t": "Tabulator"}



def make_button(text: str, name: str, slot: Callable[[], object], parent: QWidget
                ) -> QPushButton:
    button = QPushButton(text, parent, objectName=name)
    button.setAutoDefault(False)  # Enter never starts an import by surprise
    button.clicked.connect(lambda _checked=False: slot())
    return button


def describe_file(table: Table) -> str:
    """"liste.csv: CSV-Datei, Zeichensatz Windows-1252, Trennzeichen ; (Semikolon) ·
    3.000 Datenzeilen (Vorschau: die ersten 20)"."""
    if table.file_format == "xlsx":
        how = translate("Import", "Excel-Datei, Blatt „%1“").replace("%1", table.sheet or "")
    else:
        separator = SEPARATORS.get(table.delimiter or "", repr(table.delimiter))
        how = translate("Import", "CSV-Datei, Zeichensatz %1, Trennzeichen %2").replace(
            "%1", table.encoding or "?").replace("%2", separator)
    if table.header_row != 1:
        how += ", " + translate("Import", "Spaltenüberschriften in Zeile %1").replace(
            "%1", str(table.header_row))
    count = len(table.rows)
    rows = translate("Import", "1 Datenzeile")
    if count != 1:
        rows = translate("Import", "%1 Datenzeilen").replace("%1", format_number(count))
    if count > PREVIEW_ROWS:
        rows += " " + translate("Import", "(Vorschau: die ersten %1)").replace(
            "%1", str(PREVIEW_ROWS))
    return f"{table.file_name}: {how} · {rows}"


class FileStep(QGroupBox):
    kindChanged = Signal(str)

    def __init__(self, parent: QWidget, *, choose: Callable[[], object],
                 reload: Callable[[], object], template: Callable[[], object]) -> None:
        super().__init__(translate("Import", "1. Liste wählen"), parent)
        self.setObjectName("importFileStep")
        self.group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(translate("Import", "Was importieren:"), self))
        for kind in KINDS:
            button = QRadioButton(translate("Import", KIND_LABELS[kind]), self,
                                  objectName=f"importKind{KIND_NAMES[kind]}")
            self.group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.template_button = make_button(translate("Import", "&Vorlage speichern …"),
                                           "importTemplate", template, self)
        self.template_button.setToolTip(translate(
            "Import", "Eine Excel-Vorlage mit den Spalten, die der Import erkennt, für die "
            "gewählte Art speichern."))
        kinds.addWidget(self.template_button)
        self.group.buttonToggled.connect(
            lambda _button, checked: checked and self.kindChanged.emit(self.kind()))

        self.path = QLineEdit(self, objectName="importFilePath")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(
            translate("Import", "Excel-Datei (.xlsx) oder CSV-Datei (.csv)"))
        self.choose_button = make_button(translate("Import", "Datei &wählen …"),
                                         "importChooseFile", choose, self)
        self.reload_button = make_button(translate("Import", "&Neu laden"), "importReload",
                                         reload, self)
        self.reload_button.setToolTip(translate(
            "Import", "Die Datei noch einmal lesen, z. B. nachdem Sie sie in Excel korrigiert "
            "haben."))
        self.info = QLabel(self, objectName="importFileInfo")
        self.info.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addLayout(kinds, 0, 0, 1, 4)
        grid.addWidget(QLabel(translate("Import", "Datei:"), self), 1, 0)
        grid.addWidget(self.path, 1, 1)
        grid.addWidget(self.choose_button, 1, 2)
        grid.addWidget(self.reload_button, 1, 3)
        grid.addWidget(self.info, 2, 1, 1, 3)

    def kind(self) -> str:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), KINDS[-1])

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def show_file(self, path: Path, table: Table) -> None:
        self.path.setText(str(path))
        self.info.setText(describe_file(table))

    def set_idle(self, idle: bool, allowed: Mapping[str, bool], has_file: bool) -> None:
        for kind, button in self.kind_buttons.items():
            button.setEnabled(idle and allowed[kind])
        self.template_button.setEnabled(idle)
        self.choose_button.setEnabled(idle)
        self.reload_button.setEnabled(idle and has_file)


class PreviewStep(QGroupBox):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(translate("Import", "2. Vorschau und Spalten zuordnen"), parent)
        self.setObjectName("importPreviewStep")
        hint = QLabel(translate(
            "Import", "Wählen Sie über jeder Spalte, was sie enthält. Mit * markierte Felder "
            "sind Pflicht; grau dargestellte Spalten werden nicht importiert."), self)
        hint.setWordWrap(True)
        self.table = PreviewTable(self)
        self.status = QLabel(self, objectName="importMappingStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def show_status(self, table: Table | None, mapping: Mapping[int, str],
                    problem: str | None) -> None:
        """The mapping's problem (in red), or which columns are taken."""
        self.status.setStyleSheet(ERROR_STYLE if problem else "")
        if table is None:
            self.status.setText("")
            return
        if problem:
            self.status.setText(problem)
            return
        skipped = [h for i, h in enumerate(table.headers) if i not in mapping]
        text = translate("Import", "Übernommen werden %1 von %2 Spalten.").replace(
            "%1", str(len(table.headers) - len(skipped))).replace("%2", str(len(table.headers)))
        if skipped:
            text += " " + translate("Import", "Nicht importiert: %1.").replace(
                "%1", ", ".join(f"„{h}“" for h in skipped))
        self.status.setText(text)


class ResultStep(QGroupBox):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(translate("Import", "3. Prüfen und importieren"), parent)
        self.setObjectName("importResultStep")
        self.summary = QLabel(self, objectName="importSummary")
        self.summary.setWordWrap(True)
        self.stale = QLabel(translate(
            "Import", "Seit der Prüfung wurde etwas geändert; bitte erneut prüfen."),
            self, objectName="importStale")
        self.stale.setStyleSheet(ERROR_STYLE)
        self.stale.setVisible(False)
        self.problems = ProblemsTable(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.stale)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # keeps the summary at the top when there is no list
        self.clear()

    def clear(self) -> None:
        self.summary.setText(translate(
            "Import", "Noch nicht geprüft. „Prüfen“ liest alle Zeilen und zeigt hier jede "
            "fehlerhafte Zeile; gespeichert wird dabei nichts."))
        self.stale.setVisible(False)
        self.problems.show_problems([])
        self.problems.setVisible(True)

    def show_report(self, report: ImportReport, summary: str) -> None:
        self.summary.setText(summary)
        self.stale.setVisible(False)
        found = problems(report)
        self.problems.show_problems(found)
        self.problems.setVisible(bool(found))  # no empty list under "all rows are fine"
