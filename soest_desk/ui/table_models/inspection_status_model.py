"""The table model of the inspections tab: one row per facility with its inspection status.

Overdue rows stand out twice: the status says "Überfällig" in words (bold), and the row is
in the warning colours of the lists. `SortRole` sorts dates and the status by meaning
(never walked, most overdue first), `IdRole` is the facility id.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from soest_desk.services.inspections import FacilityInspectionStatus
from soest_desk.ui.formatting import format_date
from soest_desk.ui.labels import translate
from soest_desk.ui.table_models.lazy_table_model import (
    WARNING_GROUND,
    WARNING_TEXT,
    IdRole,
    SortRole,
)

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("Inspections", "Unterkunft"), QT_TRANSLATE_NOOP("Inspections", "Rhythmus"),
    QT_TRANSLATE_NOOP("Inspections", "Letzte Begehung"),
    QT_TRANSLATE_NOOP("Inspections", "Nächste fällig"),
    QT_TRANSLATE_NOOP("Inspections", "Status"), QT_TRANSLATE_NOOP("Inspections", "Offene Mängel"),
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def status_text(status: FacilityInspectionStatus) -> str:
    """The status in words, so an overdue row stands out without colour too."""
    if status.next_due_on is None:
        return translate("Inspections", "ausgesetzt")
    if status.last_performed_on is None:
        return translate("Inspections", "Überfällig – noch nie begangen")
    if status.overdue and status.days_overdue == 1:
        return translate("Inspections", "Überfällig – seit 1 Tag")
    if status.overdue:
        return translate("Inspections", "Überfällig – seit %1 Tagen").replace(
            "%1", str(status.days_overdue))
    if status.due_in_days == 0:
        return translate("Inspections", "fällig heute")
    return translate("Inspections", "im Plan")


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class InspectionStatusModel(QAbstractTableModel):
    """One row per facility; overdue rows in warning colours and bold."""

    COL_FACILITY, COL_INTERVAL, COL_LAST, COL_NEXT, COL_STATUS, COL_DEFECTS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FacilityInspectionStatus] = []
        self._bold = _bold()

    def set_rows(self, rows: list[FacilityInspectionStatus]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[FacilityInspectionStatus]:
        return list(self._rows)

    def status_of(self, facility_id: int) -> FacilityInspectionStatus | None:
        return next((row for row in self._rows if row.facility_id == facility_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS)
                and role == Qt.ItemDataRole.DisplayRole):
            return translate("Inspections", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        status, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(status, column)
        if role == IdRole:
            return status.facility_id
        if role == SortRole:
            return self._sort_value(status, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_DEFECTS:
            return RIGHT
        if status.overdue and role in (Qt.ItemDataRole.ForegroundRole,
                                       Qt.ItemDataRole.BackgroundRole):
            return WARNING_TEXT if role == Qt.ItemDataRole.ForegroundRole else WARNING_GROUND
        if status.overdue and role == Qt.ItemDataRole.FontRole and column == self.COL_STATUS:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DEFECTS:
            return translate("Inspections",
                             "Offene Mängelmeldungen aus Begehungen dieser Unterkunft")
        return None

    def _text(self, status: FacilityInspectionStatus, column: int) -> str:
        if column == self.COL_FACILITY:
            return status.facility_name
        if column == self.COL_INTERVAL:
            days = status.interval_days
            if days == 7:
                return translate("Inspections", "wöchentlich")
            return translate("Inspections", "alle %1 Tage").replace("%1", str(days))
        if column == self.COL_LAST:
            return format_date(status.last_performed_on) if status.last_performed_on else "–"
        if column == self.COL_NEXT:
            return format_date(status.next_due_on) if status.next_due_on else "–"
        if column == self.COL_STATUS:
            return status_text(status)
        return str(status.open_defects) if status.open_defects else ""

    def _sort_value(self, status: FacilityInspectionStatus, column: int) -> Any:
        if column == self.COL_FACILITY:
            return status.facility_name.casefold()
        if column == self.COL_INTERVAL:
            return status.interval_days
        if column == self.COL_LAST:
            return (status.last_performed_on or date.min).toordinal()
        if column == self.COL_NEXT:
            return (status.next_due_on or date.max).toordinal()
        if column == self.COL_STATUS:  # descending: never walked, most overdue, due soonest
            if status.next_due_on is None:
                return -1_000_000
            never = 1_000_000 if status.last_performed_on is None else 0
            return never - (status.due_in_days or 0)
        return status.open_defects
