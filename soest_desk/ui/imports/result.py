"""What the import dialog says about a check or an import: the summary sentences and the
list of every bad row (row number as in Excel, column as headed in the file, reason) and
every possible duplicate with what it matches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from soest_desk.services.imports import ImportReport
from soest_desk.ui.formatting import format_number
from soest_desk.ui.labels import translate

Index = QModelIndex | QPersistentModelIndex
FIT_ROWS = 300
KIND_LABELS = {
    "facilities": QT_TRANSLATE_NOOP("Import", "Unterkünfte"),
    "units": QT_TRANSLATE_NOOP("Import", "Wohneinheiten"),
    "people": QT_TRANSLATE_NOOP("Import", "Bewohner*innen"),
}
NOUNS = {  # kind → (one, many)
    "facilities": (QT_TRANSLATE_NOOP("Import", "Unterkunft"),
                   QT_TRANSLATE_NOOP("Import", "Unterkünfte")),
    "units": (QT_TRANSLATE_NOOP("Import", "Wohneinheit"),
              QT_TRANSLATE_NOOP("Import", "Wohneinheiten")),
    "people": (QT_TRANSLATE_NOOP("Import", "Bewohner*in"),
               QT_TRANSLATE_NOOP("Import", "Bewohner*innen")),
}
HEADERS = (QT_TRANSLATE_NOOP("Import", "Zeile"), QT_TRANSLATE_NOOP("Import", "Spalte"),
           QT_TRANSLATE_NOOP("Import", "Was nicht stimmt"))
HOUSEHOLDS = (QT_TRANSLATE_NOOP("Import", "Haushalt"), QT_TRANSLATE_NOOP("Import", "Haushalten"))
ROWS = (QT_TRANSLATE_NOOP("Import", "Zeile"), QT_TRANSLATE_NOOP("Import", "Zeilen"))
DUPLICATES = (QT_TRANSLATE_NOOP("Import", "mögliche Dublette"),
              QT_TRANSLATE_NOOP("Import", "mögliche Dubletten"))
BAD_ROWS = (QT_TRANSLATE_NOOP("Import", "Zeile ist fehlerhaft"),
            QT_TRANSLATE_NOOP("Import", "Zeilen sind fehlerhaft"))


def counted(count: int, one: str, many: str) -> str:
    """"1 Zeile", "10.000 Zeilen": `one` and `many` untranslated source texts."""
    return f"{format_number(count)} {translate('Import', one if count == 1 else many)}"


def records(kind: str, count: int) -> str:
    return counted(count, *NOUNS[kind])


def _households(report: ImportReport) -> str:
    if report.kind != "people" or not report.households:
        return ""
    return " " + translate("Import", "in %1").replace(
        "%1", counted(report.households, *HOUSEHOLDS))


def check_summary(report: ImportReport) -> str:
    """"10.000 Zeilen geprüft, 3 fehlerhaft." and what that means."""
    parts = [translate("Import", "%1 geprüft").replace(
        "%1", counted(report.total_rows, *ROWS))]
    parts.append(translate("Import", "%1 fehlerhaft").replace(
        "%1", format_number(len(report.error_rows))))
    if report.duplicates:
        parts.append(counted(len(report.duplicates), *DUPLICATES))
    text = ", ".join(parts) + ". "
    if report.errors:
        return text + translate(
            "Import", "Solange eine Zeile fehlerhaft ist, wird nichts importiert. Bitte "
            "korrigieren Sie die Liste (oder die Zuordnung der Spalten) und prüfen Sie erneut.")
    if report.duplicates and not report.skip_duplicates:
        return text + translate(
            "Import", "Bitte prüfen Sie die Dubletten. Mit „Dubletten überspringen“ werden "
            "nur die übrigen Zeilen importiert.")
    if not report.importable:
        return text + translate(
            "Import", "Es gibt nichts zu importieren: alle Zeilen sind schon erfasst.")
    skipped = ""
    if report.duplicates:
        skipped = " " + translate("Import", "Die Dubletten werden übersprungen.")
    return text + translate("Import", "Importiert werden können: %1.").replace(
        "%1", records(report.kind, report.importable) + _households(report)) + skipped


def import_summary(report: ImportReport) -> str:
    """After a real run: what was written, or why nothing was."""
    if report.errors:
        return translate(
            "Import", "Es wurde nichts importiert: %1. Die Liste unten nennt die Gründe.",
        ).replace("%1", counted(len(report.error_rows), *BAD_ROWS))
    if report.blocked:
        return check_summary(report)
    text = translate("Import", "Importiert: %1.").replace(
        "%1", records(report.kind, report.imported) + _households(report))
    if report.duplicates:
        text += " " + translate("Import", "Übersprungen: %1.").replace(
            "%1", counted(len(report.duplicates), *DUPLICATES))
    return text


@dataclass(frozen=True)
class Problem:
    row_number: int
    column: str
    text: str
    is_error: bool


def sentence(message: str) -> str:
    """The services leave out the column ("Pflegegrad: höchstens 5"); in a list of its own
    the reason starts with a capital letter."""
    return message[:1].upper() + message[1:]


def problems(report: ImportReport) -> list[Problem]:
    found = [Problem(e.row_number, e.column_label or "", sentence(e.message), True)
             for e in report.errors]
    lead = translate("Import", "Mögliche Dublette: ")
    if report.skip_duplicates:
        lead = translate("Import", "Wird übersprungen, mögliche Dublette: ")
    found += [Problem(d.row_number, "", lead + "; ".join(m.description for m in d.matches),
                      False) for d in report.duplicates]
    return sorted(found, key=lambda p: (p.row_number, not p.is_error))


def marks(report: ImportReport, headers: Sequence[str]
          ) -> dict[int, dict[int | None, tuple[bool, str]]]:
    """Where the preview colours a problem: row number → column index (None: the whole
    row) → (is an error, reason). Errors win over duplicates; the first error per cell."""
    found: dict[int, dict[int | None, tuple[bool, str]]] = {}
    for duplicate in report.duplicates:
        text = "; ".join(m.description for m in duplicate.matches)
        found.setdefault(duplicate.row_number, {})[None] = (False, text)
    for error in report.errors:
        column = headers.index(error.column_label) if error.column_label in headers else None
        row = found.setdefault(error.row_number, {})
        if column not in row or not row[column][0]:
            row[column] = (True, sentence(error.message))
    return found


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []
        style = parent.style() if parent is not None else None
        self._icons = {} if style is None else {
            True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}

    def set_problems(self, found: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(found)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(problem.row_number), problem.column, problem.text)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._icons.get(problem.is_error)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Import", HEADERS[section])
        return None


class ProblemsTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProblems")
        self.problems = ProblemsModel(self)
        self.setModel(self.problems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 80)
        self.setColumnWidth(1, 180)

    def show_problems(self, found: list[Problem]) -> None:
        self.problems.set_problems(found)
        if len(found) <= FIT_ROWS:  # long messages wrap; for huge lists the tooltip serves
            self.resizeRowsToContents()
