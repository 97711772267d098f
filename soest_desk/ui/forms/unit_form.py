"""The unit form (Wohneinheit): create, edit and end a room or flat of a facility.

`UnitFormDialog(gateway, facility_id, unit_id, parent)`: `unit_id` None adds a unit to the
facility. Signals: `saved(int)` with the unit's id, `ended(int)`. The area accepts German
decimals ("12,5"); places below the people living there are refused by the service.

Object names: `unitFormDialog`, `unitLabel`, `unitFloor`, `unitPlaces`, `unitArea`,
`unitBarrierFree`, `unitOccupancyType`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QSpinBox, QWidget

from soest_desk.models.enums import OccupancyType
from soest_desk.services import validation
from soest_desk.services.place_checks import MAX_LABEL, MAX_UNIT_PLACES
from soest_desk.services.places import UnitInput
from soest_desk.ui.forms.fields import (
    check_box,
    code_combo,
    decimal_text,
    in_a_row,
    line_edit,
    occupancy_type_labels,
    set_code,
    short_edit,
    text_of,
    whole_number,
)
from soest_desk.ui.forms.form_base import FormDialog
from soest_desk.ui.forms.gateway import FormsGateway, UnitRecord

DEFAULT_PLACES = 2


class UnitFormDialog(FormDialog):
    kind = "unit"

    def __init__(self, gateway: FormsGateway, facility_id: int, unit_id: int | None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Neue Wohneinheit") if unit_id is None
                 else self.tr("Wohneinheit bearbeiten"))
        super().__init__(gateway, unit_id, title, parent, object_name="unitFormDialog",
                         intro=self.tr("Unterkunft: …"))
        self.facility_id = facility_id
        self.label = line_edit(self, "unitLabel", self.tr("z. B. EG-01"), max_length=MAX_LABEL)
        self.add_field(self.tr("Bezeichnung"), self.label, required=True)
        self.floor = short_edit(self, "unitFloor", self.tr("0 = EG"), 8)
        floor_hint = self.tr("Erdgeschoss 0, Keller -1")
        self.floor.setToolTip(floor_hint)
        self.add_field(self.tr("Etage"), self.floor)
        self.places = QSpinBox(self, objectName="unitPlaces")
        self.places.setRange(0, MAX_UNIT_PLACES)  # 0 is refused with the service's message
        self.places.setValue(DEFAULT_PLACES)
        self.add_field(self.tr("Plätze"), in_a_row(self, self.places), required=True)
        self.area = short_edit(self, "unitArea", self.tr("z. B. 12,5"))
        self.add_field(self.tr("Fläche (m²)"), self.area, required=True)
        self.occupancy_type = code_combo(self, "unitOccupancyType", occupancy_type_labels())
        set_code(self.occupancy_type, OccupancyType.MIXED.value)
        self.add_field(self.tr("Belegungsart"), self.occupancy_type)
        self.barrier_free = check_box(self, "unitBarrierFree", self.tr("barrierefrei"))
        self.add_field(self.tr("Ausstattung"), self.barrier_free)
        self.start_loading()

    def input_widgets(self) -> list[QWidget]:
        return [self.label, self.floor, self.places, self.area, self.occupancy_type,
                self.barrier_free]

    def load_job(self) -> Callable[[], Any] | None:
        gateway, facility_id, unit_id = self.gateway, self.facility_id, self.record_id
        return lambda: gateway.unit(facility_id, unit_id)  # the facility's name, at least

    def fill(self, record: UnitRecord) -> None:
        self.intro.setText(self.tr("Unterkunft: %1").replace("%1", record.facility_name))
        if record.data is None:
            return
        data = record.data
        self.version = record.version
        self.record_name = f"{data.label} ({record.facility_name})"
        self.setWindowTitle(self.tr("Wohneinheit bearbeiten – %1").replace(
            "%1", self.record_name))
        self.label.setText(data.label)
        self.floor.setText("" if data.floor is None else str(data.floor))
        self.places.setValue(data.places)
        self.area.setText(decimal_text(data.area_m2))
        set_code(self.occupancy_type, data.occupancy_type)
        self.barrier_free.setChecked(data.barrier_free)

    def unit_input(self) -> UnitInput:
        area = validation.parse_decimal(self.area.text(), "Fläche (m²)")
        return UnitInput(label=text_of(self.label), places=self.places.value(),
                         area_m2=area,  # type: ignore[arg-type]  # None: "bitte angeben"
                         occupancy_type=self.occupancy_type.currentData(),
                         floor=whole_number(self.floor, "Etage"),
                         barrier_free=self.barrier_free.isChecked())

    def job(self) -> Callable[[], Any]:
        data, gateway = self.unit_input(), self.gateway
        if self.record_id is None:
            facility_id = self.facility_id
            return lambda: gateway.create_unit(facility_id, data)
        unit_id, version = self.record_id, self.version
        return lambda: gateway.update_unit(unit_id, version, data)
