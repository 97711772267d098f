"""The export dialog's choice of facilities: "Alle Unterkünfte" or a ticked subset, with a
filter box over the list (a city has up to 40 facilities)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk.ui.reports.gateway import FacilityChoice

LIST_ROWS = 6  # rows visible without scrolling


class FacilityPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportFacilities")
        self.all_button = QRadioButton(self.tr("&Alle Unterkünfte"), self,
                                       objectName="exportAllFacilities")
        self.some_button = QRadioButton(self.tr("Aus&wahl:"), self,
                                        objectName="exportSomeFacilities")
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.some_button)
        self.all_button.setChecked(True)
        self.filter = QLineEdit(self, objectName="exportFacilityFilter")
        self.filter.setPlaceholderText(self.tr("Filtern …"))
        self.filter.setClearButtonEnabled(True)
        self.tick_all = self._small_button(self.tr("Alle"), "exportTickAll",
                                           lambda: self._tick_shown(True))
        self.tick_none = self._small_button(self.tr("Keine"), "exportTickNone",
                                            lambda: self._tick_shown(False))
        self.list = QListWidget(self, objectName="exportFacilityList")
        self.list.setUniformItemSizes(True)
        self._fit_rows()
        self.count = QLabel(self, objectName="exportFacilityCount")
        self.count.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.all_button)
        top.addSpacing(12)
        top.addWidget(self.some_button)
        top.addStretch(1)
        top.addWidget(self.count)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.tick_all)
        tools.addWidget(self.tick_none)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.list)
        self.setFocusProxy(self.all_button)

        self.some_button.toggled.connect(self._mode_changed)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _item: self._ticks_changed())
        self._loaded = False
        self._mode_changed(False)

    def _fit_rows(self) -> None:
        """Exactly LIST_ROWS rows high, measured on a ticked row of this style."""
        probe = QListWidgetItem("Xg", self.list)
        probe.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        probe.setCheckState(Qt.CheckState.Checked)
        row = self.list.sizeHintForRow(0)
        self.list.clear()
        self.list.setFixedHeight(row * LIST_ROWS + 2 * self.list.frameWidth())

    def _small_button(self, text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ------------------------------------------------------------ filling and reading

    def set_facilities(self, facilities: Sequence[FacilityChoice]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for facility in facilities:
            item = QListWidgetItem(facility.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, facility.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._loaded = True
        self.all_button.setText(self.tr("&Alle Unterkünfte (%1)").replace(
            "%1", str(len(facilities))))
        self._filter(self.filter.text())
        self._ticks_changed()

    def is_loaded(self) -> bool:
        return self._loaded

    def chooses_all(self) -> bool:
        return self.all_button.isChecked()

    def set_chooses_all(self, all_: bool) -> None:
        (self.all_button if all_ else self.some_button).setChecked(True)

    def chosen(self) -> list[FacilityChoice]:
        """The ticked facilities (whether shown by the filter or not)."""
        return [FacilityChoice(int(item.data(Qt.ItemDataRole.UserRole)), item.text())
                for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def set_chosen(self, facility_ids: Sequence[int]) -> None:
        wanted = set(facility_ids)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def facility_count(self) -> int:
        return self.list.count()

    def focus_list(self) -> None:
        self.list.setFocus() if self.some_button.isChecked() else self.all_button.setFocus()

    # ------------------------------------------------------------ reacting

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _mode_changed(self, some: bool) -> None:
        for widget in (self.filter, self.tick_all, self.tick_none, self.list):
            widget.setEnabled(some)
        self._ticks_changed()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _tick_shown(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)

    def _ticks_changed(self) -> None:
        if not self._loaded:
            self.count.setText(self.tr("Lädt …"))
        elif self.chooses_all():
            self.count.setText("")
        else:
            self.count.setText(self.tr("%1 von %2 gewählt").replace(
                "%1", str(len(self.chosen()))).replace("%2", str(self.list.count())))
        self.changed.emit()
