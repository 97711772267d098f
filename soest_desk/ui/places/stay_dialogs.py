"""The small dialogs of moving people and blocking places: Ausziehen, Umziehen, Plätze
sperren, Sperrung aufheben. Each is a `StepDialog` (German message under the field the
service names, saving off the GUI thread, Enter saves, Esc cancels)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from soest_desk.services.errors import DomainError
from soest_desk.services.occupancy import BlockRecord
from soest_desk.services.person_views import MemberRow, UnitOption
from soest_desk.services.stays import Placement
from soest_desk.ui.formatting import format_date
from soest_desk.ui.labels import translate
from soest_desk.ui.places.gateway import PlacesGateway
from soest_desk.ui.places.texts import block_reasons, move_out_reasons
from soest_desk.ui.places.widgets import date_edit
from soest_desk.ui.tickets.step_dialog import StepDialog


def _members_box(dialog: StepDialog, members: list[MemberRow], name: str
                 ) -> list[tuple[int, QCheckBox]]:
    """One ticked box per member living somewhere; unticking one splits the household."""
    boxes = []
    for member in members:
        box = QCheckBox(f"{member.name} – {member.place}", dialog,
                        objectName=f"{name}Member{member.person_id}")
        box.setChecked(True)
        if boxes:
            dialog.form.addRow("", box)
        else:
            dialog.add_field(translate("Places", "Personen"), box)
        boxes.append((member.person_id, box))
    return boxes


class MoveOutDialog(StepDialog):
    """Ausziehen: the whole household by default; unticking someone splits on purpose."""

    def __init__(self, gateway: PlacesGateway, members: list[MemberRow], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ausziehen"), parent, object_name="moveOutDialog",
                         intro=self.tr("Ab dem Auszugstag wohnen die Personen nicht mehr "
                                       "hier; der Platz ist ab dann frei."))
        self._gateway = gateway
        self.members = _members_box(self, members, "moveOut")
        self.day = date_edit(self, "moveOutDate", today)
        self.add_field(self.tr("Auszug am"), self.day, names=("Auszug",), required=True)
        self.reason = QComboBox(self, objectName="moveOutReason")
        for code, label in move_out_reasons().items():
            self.reason.addItem(label, code)
        self.add_field(self.tr("Auszugsgrund"), self.reason, required=True)
        self.note = self.note_edit("moveOutNote", self.tr("z. B. neue Anschrift"))
        self.add_field(self.tr("Bemerkung"), self.note)

    def job(self) -> Callable[[], Any]:
        chosen = [pid for pid, box in self.members if box.isChecked()]
        if not chosen:
            raise DomainError(self.tr("Bitte mindestens eine Person auswählen."))
        split = len(chosen) < len(self.members)
        gateway, day = self._gateway, self.day.date().toPython()
        reason, note = self.reason.currentData(), self.note.toPlainText()
        return lambda: gateway.move_out(chosen, day, reason, note, split)


class TransferDialog(StepDialog):
    """Umziehen: into another unit of this or another facility, from a date."""

    def __init__(self, gateway: PlacesGateway, members: list[MemberRow],
                 options: list[UnitOption], today: date, parent: QWidget | None = None
                 ) -> None:
        super().__init__(self.tr("Umziehen"), parent, object_name="transferDialog",
                         intro=self.tr("Die bisherige Belegung endet am Umzugstag, die neue "
                                       "beginnt am selben Tag."))
        self._gateway = gateway
        self.members = _members_box(self, members, "transfer")
        self.day = date_edit(self, "transferDate", today)
        self.add_field(self.tr("Umzug am"), self.day, names=("Umzug",), required=True)
        self.unit = QComboBox(self, objectName="transferUnit")
        for option in options:
            free = (self.tr("voll") if option.free <= 0 else
                    self.tr("%1 frei").replace("%1", str(option.free)))
            self.unit.addItem(f"{option.facility} – {option.label} ({free})", option.unit_id)
        self.unit.setEditable(True)  # type to find a unit among hundreds
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_field(self.tr("Neue Wohneinheit"), self.unit, names=("Wohneinheit",),
                       required=True)
        self.note = self.note_edit("transferNote")
        self.add_field(self.tr("Bemerkung"), self.note)

    def job(self) -> Callable[[], Any]:
        chosen = [pid for pid, box in self.members if box.isChecked()]
        if not chosen:
            raise DomainError(self.tr("Bitte mindestens eine Person auswählen."))
        unit_id = self.unit.currentData()
        if unit_id is None:
            raise DomainError(self.tr("Neue Wohneinheit: bitte aus der Liste wählen."),
                              field="Wohneinheit")
        placements = [Placement(pid, int(unit_id)) for pid in chosen]
        split = len(chosen) < len(self.members)
        gateway, day, note = self._gateway, self.day.date().toPython(), self.note.toPlainText()
        return lambda: gateway.transfer(placements, day, note, None, split)


class BlockDialog(StepDialog):
    """Plätze sperren: not allocable for a period (open end: until released)."""

    def __init__(self, gateway: PlacesGateway, unit_id: int, unit_label: str, places: int,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plätze sperren – %1").replace("%1", unit_label), parent,
                         object_name="blockDialog",
                         intro=self.tr("Gesperrte Plätze werden nicht belegt. Belegte Plätze "
                                       "können nicht gesperrt werden."))
        self._gateway, self._unit_id = gateway, unit_id
        self.places = QSpinBox(self, objectName="blockPlaces")
        self.places.setRange(1, max(places, 1))
        self.add_field(self.tr("Gesperrte Plätze"), self.places, required=True)
        self.start = date_edit(self, "blockStart", today)
        self.add_field(self.tr("Gesperrt ab"), self.start, required=True)
        self.open_end = QCheckBox(self.tr("bis auf Weiteres"), self, objectName="blockOpenEnd")
        self.open_end.setChecked(True)
        self.add_field(self.tr("Ende"), self.open_end)
        self.end = date_edit(self, "blockEnd", today)
        self.end.setEnabled(False)
        self.open_end.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.add_field(self.tr("Gesperrt bis"), self.end)
        self.reason = QComboBox(self, objectName="blockReason")
        for code, label in block_reasons().items():
            self.reason.addItem(label, code)
        self.add_field(self.tr("Grund"), self.reason, required=True)
        self.note = self.note_edit("blockNote")
        self.add_field(self.tr("Bemerkung"), self.note)

    def job(self) -> Callable[[], Any]:
        gateway, unit_id, places = self._gateway, self._unit_id, self.places.value()
        start = self.start.date().toPython()
        end = None if self.open_end.isChecked() else self.end.date().toPython()
        reason, note = self.reason.currentData(), self.note.toPlainText()
        return lambda: gateway.block(unit_id, places, start, end, reason, note)


class EndBlockDialog(StepDialog):
    """Sperrung aufheben: the places of one block are allocable again from a date."""

    def __init__(self, gateway: PlacesGateway, unit_label: str, blocks: list[BlockRecord],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sperrung aufheben – %1").replace("%1", unit_label), parent,
                         object_name="endBlockDialog")
        self._gateway = gateway
        reasons = block_reasons()
        self.block = QComboBox(self, objectName="endBlockChoice")
        for record in blocks:
            until = (self.tr("bis auf Weiteres") if record.end is None else
                     self.tr("bis %1").replace("%1", format_date(record.end)))
            self.block.addItem(
                self.tr("%1 %2 seit %3, %4 (%5)").replace("%1", str(record.places))
                .replace("%2", self.tr("Platz") if record.places == 1 else self.tr("Plätze"))
                .replace("%3", format_date(record.start)).replace("%4", until)
                .replace("%5", reasons.get(record.reason, record.reason)), record.block_id)
        self.add_field(self.tr("Sperrung"), self.block, required=True)
        self.day = date_edit(self, "endBlockDate", today)
        self.add_field(self.tr("Frei ab"), self.day, required=True)

    def job(self) -> Callable[[], Any]:
        block_id = self.block.currentData()
        if block_id is None:
            raise DomainError(self.tr("Sperrung: bitte eine Sperrung wählen."), field="Sperrung")
        gateway, day = self._gateway, self.day.date().toPython()
        return lambda: gateway.end_block(int(block_id), day)
