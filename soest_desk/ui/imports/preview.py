"""The preview of the import dialog: the first rows of the file as read, and above each
column a combo box with the field it goes to (or "– nicht importieren –").

The combos sit in the table's own header (`MappingHeader`), so they stay above their
column when the user scrolls or resizes it; Tab walks through them. A field chosen for a
second column leaves the first one, as with the CLI's `--map`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from soest_desk.services.import_files import Table, column_letter
from soest_desk.ui.formatting import format_date
from soest_desk.ui.imports.gateway import FieldChoice
from soest_desk.ui.labels import translate

PREVIEW_ROWS = 20
NOT_IMPORTED = QT_TRANSLATE_NOOP("Import", "– nicht importieren –")
MARGIN = 3
MIN_COLUMN, MAX_COLUMN = 150, 320
ERROR_GROUND, DUPLICATE_GROUND = QColor("#f8d7da"), QColor("#fff3cd")
Index = QModelIndex | QPersistentModelIndex
Mark = tuple[bool, str]  # is an error (else a possible duplicate), the German reason



def cell_text(value: Any) -> str:
    """A cell as the user typed it: dates German, 18.5 as "18,5", 59494 without a
    thousands separator (it may be a postal code)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Import", "ja") if value else translate("Import", "nein")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return format_date(value.date())
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")
    return str(value)


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: list[tuple[int, tuple[str, ...]]] = []
        self._mapped: set[int] = set()
        self._marks: dict[int, dict[int | None, Mark]] = {}

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._headers = table.headers if table else ()
        self._rows = [(row.number, tuple(cell_text(v) for v in row.values))
                      for row in (table.rows[:PREVIEW_ROWS] if table else ())]
        self._marks = {}
        self.endResetModel()

    def set_marks(self, marks: dict[int, dict[int | None, Mark]]) -> None:
        """Colour what the last check found: row number → column (None: the whole row) →
        mark."""
        if marks == self._marks:
            return
        self._marks = marks
        self._changed(Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole)

    def _changed(self, *roles: Qt.ItemDataRole) -> None:
        if self._rows and self._headers:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._headers) - 1),
                                  list(roles))

    def _mark(self, index: Index) -> Mark | None:
        marks = self._marks.get(self._rows[index.row()][0])
        if not marks:
            return None
        return marks.get(index.column()) or marks.get(None)

    def set_mapped(self, columns: set[int]) -> None:
        """Columns not imported are shown greyed."""
        self._mapped = set(columns)
        self._changed(Qt.ItemDataRole.ForegroundRole)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            mark = self._mark(index)
            return mark[1] if mark else self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            mark = self._mark(index)
            return None if mark is None else ERROR_GROUND if mark[0] else DUPLICATE_GROUND
        if role == Qt.ItemDataRole.ForegroundRole and index.column() not in self._mapped:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if horizontal else str(self._rows[section][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            if horizontal:
                return translate("Import", "Spalte %1 der Datei").replace(
                    "%1", column_letter(section))
            return translate("Import", "Zeile %1 der Datei").replace(
                "%1", str(self._rows[section][0]))
        return None


class MappingHeader(QHeaderView):
    """A horizontal header with a field combo under each column title."""

    mappingChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("importMappingHeader")
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._combos: list[QComboBox] = []
        self._combo_height = QComboBox().sizeHint().height()
        self.sectionResized.connect(lambda *_args: self._place())

    def combos(self) -> list[QComboBox]:
        return list(self._combos)

    def set_fields(self, fields: Sequence[FieldChoice], mapping: dict[int, str]) -> None:
        """One combo per column, offering `fields`, set as `mapping` says."""
        for combo in self._combos:
            combo.deleteLater()
        self._combos = []
        for column in range(self.count()):
            combo = QComboBox(self.viewport(), objectName=f"importMapping{column}")
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.installEventFilter(self)
            combo.addItem(translate("Import", NOT_IMPORTED), None)
            for choice in fields:
                combo.addItem(choice.label + (" *" if choice.required else ""), choice.key)
                tip = choice.hint
                if choice.required:
                    tip = translate("Import", "Pflichtfeld. ") + tip
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            combo.setAccessibleName(translate("Import", "Feld für Spalte %1").replace(
                "%1", column_letter(column)))
            combo.currentIndexChanged.connect(
                lambda _i, c=column: self._chosen(c))
            combo.show()
            self._combos.append(combo)
        previous = self.parentWidget()  # Tab: the table, then the combos left to right
        for combo in self._combos:
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
        self.set_mapping(mapping)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A combo changes on the mouse wheel only once it has the focus, so scrolling
        over the preview never changes a choice by accident."""
        if (event.type() == QEvent.Type.Wheel and isinstance(watched, QComboBox)
                and not watched.hasFocus()):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def mapping(self) -> dict[int, str]:
        return {column: key for column, combo in enumerate(self._combos)
                if (key := combo.currentData()) is not None}

    def set_mapping(self, mapping: dict[int, str]) -> None:
        for column, combo in enumerate(self._combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column))))
            combo.blockSignals(False)
        self.mappingChanged.emit()

    def choose(self, column: int, key: str | None) -> None:
        """As if the user picked `key` (None: not imported) above `column`."""
        combo = self._combos[column]
        combo.setCurrentIndex(max(0, combo.findData(key)))

    def _chosen(self, column: int) -> None:
        key = self._combos[column].currentData()
        if key is not None:
            for other, combo in enumerate(self._combos):
                if other != column and combo.currentData() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.mappingChanged.emit()

    def combo_width(self) -> int:
        return max((c.sizeHint().width() for c in self._combos), default=0) + 2 * MARGIN

    # ------------------------------------------------------------ layout and painting

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), hint.height() + self._combo_height + 2 * MARGIN)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        lower = self._combo_height + 2 * MARGIN
        painter.save()
        painter.fillRect(rect.adjusted(0, rect.height() - lower, 0, 0),
                         self.palette().color(QPalette.ColorRole.Window))
        painter.restore()
        super().paintSection(painter, rect.adjusted(0, 0, 0, -lower), logical_index)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._place()

    def _place(self) -> None:
        top = self.height() - self._combo_height - MARGIN
        for column, combo in enumerate(self._combos):
            combo.setGeometry(self.sectionViewportPosition(column) + MARGIN, top,
                              max(0, self.sectionSize(column) - 2 * MARGIN),
                              self._combo_height)


class PreviewTable(QTableView):
    """The first rows of the file with the mapping combos above the columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.preview = PreviewModel(self)
        self.header = MappingHeader(self)
        self.setHorizontalHeader(self.header)
        self.setModel(self.preview)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes on to the combos and buttons
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight
                                                  | Qt.AlignmentFlag.AlignVCenter)
        self.header.mappingChanged.connect(
            lambda: self.preview.set_mapped(set(self.header.mapping())))

    def show_table(self, table: Table | None, fields: Sequence[FieldChoice],
                   mapping: dict[int, str]) -> None:
        self.preview.set_table(table)
        self.header.set_fields(fields, mapping)
        self.fit_columns()

    def set_fields(self, fields: Sequence[FieldChoice], mapping: dict[int, str]) -> None:
        self.header.set_fields(fields, mapping)
        self.fit_columns()

    def show_cell(self, row_number: int, column: int | None) -> bool:
        """Scroll to the row with this number (as in the file) if the preview holds it."""
        for row in range(self.preview.rowCount()):
            if self.preview.headerData(row, Qt.Orientation.Vertical) == str(row_number):
                index = self.preview.index(row, column if column is not None else 0)
                self.scrollTo(index)
                self.setCurrentIndex(index)
                return True
        return False

    def fit_columns(self) -> None:
        wanted = max(MIN_COLUMN, self.header.combo_width())
        for column in range(self.preview.columnCount()):
            self.resizeColumnToContents(column)
            width = min(MAX_COLUMN, max(wanted, self.columnWidth(column)))
            self.setColumnWidth(column, width)
