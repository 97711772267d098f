"""The pane beside the Unterkünfte list: the selected facility's units with places, blocked,
occupied, free and percent at a date (default today); full units in amber, over-full ones
("überbelegt") in red, with the word in the last column too. "Plätze sperren …" takes places
of the selected unit out of allocation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.clock import office_today
from soest_desk.services.occupancy import BlockRecord, FacilityOccupancy, Figures
from soest_desk.services.permissions import Permission
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_number
from soest_desk.ui.labels import code_label
from soest_desk.ui.places.gateway import PlacesGateway
from soest_desk.ui.places.stay_dialogs import BlockDialog, EndBlockDialog
from soest_desk.ui.places.texts import STATE_COLOURS, occupancy_state
from soest_desk.ui.places.widgets import date_edit, make_table, pane_title
from soest_desk.ui.tickets.feedback import user_message


def percent_text(figures: Figures) -> str:
    value = figures.percent
    return "–" if value is None else f"{format_number(round(value))} %"


class OccupancyPane(QWidget):
    changed = Signal()

    def __init__(self, gateway: PlacesGateway, parent: QWidget | None = None, *,
                 edit_facility: Callable[[int], object] | None = None,
                 edit_unit: Callable[[int, int | None], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("occupancyPane")
        self._gateway = gateway
        self._edit_facility = edit_facility
        self._edit_unit = edit_unit
        self._facility_id: int | None = None
        self._shown: FacilityOccupancy | None = None
        self._request = 0  # the newest reading asked for; older answers are dropped
        self.title = pane_title(self, "occupancyTitle",
                                self.tr("Bitte links eine Unterkunft wählen."))
        self.day = date_edit(self, "occupancyDate", office_today())
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.totals = QLabel(self, objectName="occupancyTotals")
        self.units = make_table(self, "occupancyUnits", [
            self.tr("Wohneinheit"), self.tr("Art"), self.tr("Plätze"), self.tr("Gesperrt"),
            self.tr("Belegt"), self.tr("Frei"), self.tr("Belegung"), self.tr("Zustand")])
        self.units.itemSelectionChanged.connect(self._update_buttons)
        self.block_button = QPushButton(self.tr("Plätze sperren …"), self,
                                        objectName="occupancyBlock")
        self.block_button.setVisible(gateway.actor.can(Permission.EDIT_FACILITIES))
        self.block_button.clicked.connect(self.block)
        self.end_block_button = QPushButton(self.tr("Sperrung aufheben …"), self,
                                            objectName="occupancyEndBlock")
        self.end_block_button.setVisible(gateway.actor.can(Permission.EDIT_FACILITIES))
        self.end_block_button.clicked.connect(self.end_block)
        may_edit = gateway.actor.can(Permission.EDIT_FACILITIES)
        self.edit_facility_button = QPushButton(self.tr("Unterkunft bearbeiten …"), self,
                                                objectName="occupancyEditFacility")
        self.new_unit_button = QPushButton(self.tr("Neue Wohneinheit …"), self,
                                           objectName="occupancyNewUnit")
        self.edit_unit_button = QPushButton(self.tr("Wohneinheit bearbeiten …"), self,
                                            objectName="occupancyEditUnit")
        for button, callback, slot in (
                (self.edit_facility_button, edit_facility, self.edit_facility),
                (self.new_unit_button, edit_unit, self.new_unit),
                (self.edit_unit_button, edit_unit, self.edit_unit)):
            button.setVisible(may_edit and callback is not None)
            button.clicked.connect(slot)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stand am:"), self))
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.block_button)
        top.addWidget(self.end_block_button)
        edits = QHBoxLayout()
        for button in (self.edit_facility_button, self.new_unit_button,
                       self.edit_unit_button):
            edits.addWidget(button)
        edits.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 12, 8)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.units, 1)
        layout.addLayout(edits)
        self._update_buttons()

    def shown(self) -> FacilityOccupancy | None:
        return self._shown

    def show_facility(self, facility_id: int | None) -> None:
        self._facility_id = facility_id
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        facility_id = self._facility_id
        if facility_id is None:
            self._shown = None
            self.units.setRowCount(0)
            return
        gateway, day = self._gateway, self.day.date().toPython()
        self._request += 1
        request = self._request
        run_in_background(lambda: gateway.occupancy(facility_id, day),
                          lambda found: self._show(found, request), self._failed, owner=self)

    def _show(self, found: FacilityOccupancy | None, request: int) -> None:
        if request != self._request:
            return  # an answer to an older question (another facility or day): a newer comes
        if found is None or found.facility_id != self._facility_id:
            return
        self._shown = found
        figures = found.figures
        self.title.setText(found.name)
        self.totals.setText(self.tr(
            "%1 Plätze, davon %2 gesperrt · %3 belegt · %4 frei · Belegung %5").replace(
            "%1", format_number(figures.places)).replace("%2", format_number(figures.blocked))
            .replace("%3", format_number(figures.occupied))
            .replace("%4", format_number(figures.free)).replace("%5", percent_text(figures)))
        self.units.setRowCount(len(found.units))
        for row, unit in enumerate(found.units):
            f = unit.figures
            values = (unit.label, code_label("occupancy_type", unit.occupancy_type),
                      str(f.places), str(f.blocked), str(f.occupied), str(f.free),
                      percent_text(f), occupancy_state(unit.state))
            colour = STATE_COLOURS.get(unit.state)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, unit.unit_id)
                if 2 <= column < len(values) - 1:  # the figures; the state reads as text
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                    item.setToolTip(occupancy_state(unit.state))
                self.units.setItem(row, column, item)
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self.title.setText(user_message(exc))

    def selected_unit(self) -> tuple[int, str, int, int] | None:
        """(unit id, label, places, places blocked on the day shown) of the chosen row."""
        rows = self.units.selectionModel().selectedRows()
        if not rows or self._shown is None:
            return None
        unit = self._shown.units[rows[0].row()]
        return unit.unit_id, unit.label, unit.figures.places, unit.figures.blocked

    def _update_buttons(self) -> None:
        chosen = self.selected_unit()
        self.block_button.setEnabled(chosen is not None)
        self.end_block_button.setEnabled(chosen is not None and chosen[3] > 0)
        self.edit_unit_button.setEnabled(chosen is not None)
        self.edit_facility_button.setEnabled(self._facility_id is not None)
        self.new_unit_button.setEnabled(self._facility_id is not None)

    def edit_facility(self) -> None:
        if self._facility_id is not None and self._edit_facility is not None:
            self._edit_facility(self._facility_id)

    def new_unit(self) -> None:
        if self._facility_id is not None and self._edit_unit is not None:
            self._edit_unit(self._facility_id, None)

    def edit_unit(self) -> None:
        chosen = self.selected_unit()
        if chosen is not None and self._facility_id is not None and self._edit_unit:
            self._edit_unit(self._facility_id, chosen[0])

    def block(self) -> BlockDialog | None:
        chosen = self.selected_unit()
        if chosen is None:
            return None
        unit_id, label, places, _blocked = chosen
        dialog = BlockDialog(self._gateway, unit_id, label, places, office_today(), self)
        dialog.saved.connect(self._after_change)
        dialog.open()
        return dialog

    def end_block(self) -> None:
        """Choose one of the unit's blocks that are in force on the day shown."""
        chosen = self.selected_unit()
        if chosen is None:
            return
        unit_id, label, day = chosen[0], chosen[1], self.day_shown()
        gateway = self._gateway
        run_in_background(lambda: gateway.blocks(unit_id),
                          lambda blocks: self._open_end_block(label, blocks, day),
                          self._failed, owner=self)

    def _open_end_block(self, label: str, blocks: list[BlockRecord], day: date) -> None:
        current = [b for b in blocks if b.start <= day and (b.end is None or b.end > day)]
        dialog = EndBlockDialog(self._gateway, label, current, max(day, office_today()), self)
        dialog.saved.connect(self._after_change)
        dialog.open()
        self.end_block_dialog = dialog

    def _after_change(self, *_args: object) -> None:
        self.reload()
        self.changed.emit()

    def day_shown(self) -> date:
        return self.day.date().toPython()
