"""The facility form (Unterkunft): create, edit and end a Gemeinschaftsunterkunft,
Übergangswohnheim or kommunale Wohnung. Private housing offers have their own form.

`FacilityFormDialog(gateway, facility_id, parent)`: `facility_id` None creates one.
Signals: `saved(int)` with the facility's id, `ended(int)`.

An existing facility's form ends with its "Pilotprojekt" section (`pilot_fields`), editable
for the Leitung and saved with the other fields in one transaction. A new facility is saved
first: it joins the pilot by editing it, as the pilot compares a facility before and after.

Object names: `facilityFormDialog`, `facilityKind`, `facilityName`, `facilityStreet`,
`facilityPostalCode`, `facilityCity`, `facilityDistrict`, `facilityLivingSpace`,
`facilityBarrierFree`, `facilityPetsAllowed`, `facilitySmokingAllowed`, `facilityNotes`,
`facilityPilotGroup`, `facilityPilotStart`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from soest_desk.services import validation
from soest_desk.services.permissions import Permission
from soest_desk.services.places import FacilityInput
from soest_desk.ui.forms.fields import (
    check_box,
    code_combo,
    decimal_text,
    facility_kind_labels,
    in_a_row,
    line_edit,
    optional,
    set_code,
    short_edit,
    text_of,
)
from soest_desk.ui.forms.form_base import FormDialog
from soest_desk.ui.forms.gateway import FacilityRecord, FormsGateway
from soest_desk.ui.forms.pilot_fields import PilotFields, add_pilot_section
from soest_desk.ui.labels import translate


@dataclass
class AddressFields:
    name: QLineEdit
    street: QLineEdit
    postal_code: QLineEdit
    city: QLineEdit
    district: QLineEdit

    def widgets(self) -> list[QWidget]:
        return [self.name, self.street, self.postal_code, self.city, self.district]

    def fill(self, name: str, street: str, postal_code: str, city: str,
             district: str | None) -> None:
        for edit, value in zip(self.widgets(), (name, street, postal_code, city, district),
                               strict=True):
            edit.setText(value or "")


def add_address(dialog: FormDialog, prefix: str, name_hint: str) -> AddressFields:
    """Name, Straße, PLZ and Ort (one row), Stadtteil."""
    fields = AddressFields(
        name=line_edit(dialog, f"{prefix}Name", name_hint, max_length=200),
        street=line_edit(dialog, f"{prefix}Street", translate("Forms", "Straße und Hausnummer"),
                         max_length=200),
        postal_code=short_edit(dialog, f"{prefix}PostalCode", translate("Forms", "z. B. 59494"), 7),
        city=line_edit(dialog, f"{prefix}City", translate("Forms", "Ort"), max_length=100),
        district=line_edit(dialog, f"{prefix}District", max_length=100))
    fields.postal_code.setMaxLength(10)  # room for a typing error the check can name
    dialog.add_field(translate("Forms", "Name"), fields.name, required=True)
    dialog.add_field(translate("Forms", "Straße"), fields.street, required=True)
    dialog.add_field(translate("Forms", "PLZ, Ort"),
                     in_a_row(dialog, fields.postal_code, fields.city, stretch=False),
                     names=("PLZ", "Ort"), required=True)
    dialog.add_field(translate("Forms", "Stadtteil"), fields.district)
    return fields


class FacilityFormDialog(FormDialog):
    kind = "facility"

    def __init__(self, gateway: FormsGateway, facility_id: int | None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Neue Unterkunft") if facility_id is None
                 else self.tr("Unterkunft bearbeiten"))
        super().__init__(gateway, facility_id, title, parent, object_name="facilityFormDialog")
        self.facility_kind = code_combo(self, "facilityKind", facility_kind_labels())
        self.add_field(self.tr("Art"), self.facility_kind, required=True)
        self.address = add_address(self, "facility", self.tr("z. B. Haus am Park"))
        self.living_space = short_edit(self, "facilityLivingSpace", self.tr("z. B. 850,5"))
        self.add_field(self.tr("Wohnfläche (m²)"), self.living_space)
        self.barrier_free = check_box(self, "facilityBarrierFree", self.tr("barrierefrei"))
        self.pets = check_box(self, "facilityPetsAllowed", self.tr("Haustiere erlaubt"))
        self.smoking = check_box(self, "facilitySmokingAllowed", self.tr("Rauchen erlaubt"))
        self.add_field(self.tr("Ausstattung"), in_a_row(self, self.barrier_free, self.pets,
                                                        self.smoking))
        self.notes = self.note_edit("facilityNotes")
        self.add_field(self.tr("Bemerkungen"), self.notes, names=("Notizen",))
        self.pilot: PilotFields | None = None
        if facility_id is not None:
            self.pilot = add_pilot_section(
                self, editable=gateway.actor.can(Permission.MARK_PILOT))
        self.start_loading()

    def input_widgets(self) -> list[QWidget]:
        pilot = self.pilot.widgets() if self.pilot is not None else []
        return [self.facility_kind, *self.address.widgets(), self.living_space,
                self.barrier_free, self.pets, self.smoking, self.notes, *pilot]

    def load_job(self) -> Callable[[], Any] | None:
        if self.record_id is None:
            return None
        gateway, facility_id = self.gateway, self.record_id
        return lambda: gateway.facility(facility_id)

    def fill(self, record: FacilityRecord) -> None:
        data = record.data
        self.version, self.record_name = record.version, data.name
        self.setWindowTitle(self.tr("Unterkunft bearbeiten – %1").replace("%1", data.name))
        set_code(self.facility_kind, data.kind)
        self.address.fill(data.name, data.street, data.postal_code, data.city, data.district)
        self.living_space.setText(decimal_text(data.living_space_m2))
        self.barrier_free.setChecked(data.barrier_free)
        self.pets.setChecked(data.pets_allowed)
        self.smoking.setChecked(data.smoking_allowed)
        self.notes.setPlainText(data.notes or "")
        if self.pilot is not None:
            self.pilot.fill(record.pilot, record.pilot_groups)

    def facility_input(self) -> FacilityInput:
        a = self.address
        return FacilityInput(
            kind=self.facility_kind.currentData(), name=text_of(a.name),
            street=text_of(a.street), postal_code=text_of(a.postal_code), city=text_of(a.city),
            district=optional(a.district),
            living_space_m2=validation.parse_decimal(self.living_space.text(),
                                                     "Wohnfläche (m²)"),
            barrier_free=self.barrier_free.isChecked(), pets_allowed=self.pets.isChecked(),
            smoking_allowed=self.smoking.isChecked(), notes=self.notes.toPlainText())

    def job(self) -> Callable[[], Any]:
        data, gateway = self.facility_input(), self.gateway
        if self.record_id is None:
            return lambda: gateway.create_facility(data)
        facility_id, version = self.record_id, self.version
        pilot = self.pilot.mark() if self.pilot is not None and self.pilot.editable else None
        return lambda: gateway.update_facility(facility_id, version, data, pilot)
