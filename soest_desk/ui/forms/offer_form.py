"""The private housing offer form (Wohnraumangebot): a landlord's flat, its landlord, when
it is free, its size and status. The service keeps the offer and its one unit together.

`OfferFormDialog(gateway, facility_id, parent)`: `facility_id` (the offer's id) None
records a new offer. Signals: `saved(int)` with the offer's id, `ended(int)`.

Object names: `offerFormDialog`, `offerName`, `offerStreet`, `offerPostalCode`,
`offerCity`, `offerDistrict`, `offerLandlord`, `offerLandlordPhone`, `offerLandlordEmail`,
`offerAvailableFrom`, `offerAvailableTo`, `offerPlaces`, `offerArea`, `offerBarrierFree`,
`offerPetsAllowed`, `offerSmokingAllowed`, `offerStatus`, `offerNotes`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from soest_desk.models.enums import OfferStatus
from soest_desk.services import validation
from soest_desk.services.place_checks import MAX_UNIT_PLACES
from soest_desk.services.places import OfferInput
from soest_desk.ui.forms.facility_form import add_address
from soest_desk.ui.forms.fields import (
    check_box,
    code_combo,
    date_text,
    decimal_text,
    in_a_row,
    line_edit,
    offer_status_labels,
    optional,
    set_code,
    short_edit,
    text_of,
)
from soest_desk.ui.forms.form_base import FormDialog
from soest_desk.ui.forms.gateway import FormsGateway, OfferRecord

DEFAULT_PLACES = 2


class OfferFormDialog(FormDialog):
    kind = "offer"

    def __init__(self, gateway: FormsGateway, facility_id: int | None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Neues Wohnraumangebot") if facility_id is None
                 else self.tr("Wohnraumangebot bearbeiten"))
        super().__init__(gateway, facility_id, title, parent, object_name="offerFormDialog")
        self.address = add_address(self, "offer", self.tr("z. B. Wohnung Brüderstraße 3"))
        self._build_landlord()
        self._build_flat()
        self.notes = self.note_edit("offerNotes")
        self.add_field(self.tr("Bemerkungen"), self.notes, names=("Notizen",))
        self.start_loading()

    def _build_landlord(self) -> None:
        self.landlord = line_edit(self, "offerLandlord", self.tr("Name der Vermieter*in"),
                                  max_length=200)
        self.add_field(self.tr("Vermieter*in"), self.landlord, required=True)
        self.landlord_phone = line_edit(self, "offerLandlordPhone", max_length=50)
        self.add_field(self.tr("Telefon (Vermieter*in)"), self.landlord_phone)
        self.landlord_email = line_edit(self, "offerLandlordEmail", max_length=200)
        self.landlord_email.setPlaceholderText(self.tr("name@beispiel.de"))
        self.add_field(self.tr("E-Mail (Vermieter*in)"), self.landlord_email)

    def _build_flat(self) -> None:
        self.available_from = short_edit(self, "offerAvailableFrom", self.tr("TT.MM.JJJJ"))
        self.available_to = short_edit(self, "offerAvailableTo", self.tr("offen"))
        until = QLabel(self.tr("bis"), self)
        self.add_field(self.tr("Verfügbar ab"),
                       in_a_row(self, self.available_from, until, self.available_to),
                       names=("Verfügbar bis",))
        self.places = QSpinBox(self, objectName="offerPlaces")
        self.places.setRange(0, MAX_UNIT_PLACES)
        self.places.setValue(DEFAULT_PLACES)
        self.add_field(self.tr("Plätze"), in_a_row(self, self.places), required=True)
        self.area = short_edit(self, "offerArea", self.tr("z. B. 62,5"))
        self.add_field(self.tr("Fläche (m²)"), self.area, required=True)
        self.barrier_free = check_box(self, "offerBarrierFree", self.tr("barrierefrei"))
        self.pets = check_box(self, "offerPetsAllowed", self.tr("Haustiere erlaubt"))
        self.smoking = check_box(self, "offerSmokingAllowed", self.tr("Rauchen erlaubt"))
        self.add_field(self.tr("Ausstattung"), in_a_row(self, self.barrier_free, self.pets,
                                                        self.smoking))
        self.status = code_combo(self, "offerStatus", offer_status_labels())
        set_code(self.status, OfferStatus.OFFERED.value)
        self.add_field(self.tr("Status"), self.status)

    def input_widgets(self) -> list[QWidget]:
        return [*self.address.widgets(), self.landlord, self.landlord_phone,
                self.landlord_email, self.available_from, self.available_to, self.places,
                self.area, self.barrier_free, self.pets, self.smoking, self.status, self.notes]

    def load_job(self) -> Callable[[], Any] | None:
        if self.record_id is None:
            return None
        gateway, facility_id = self.gateway, self.record_id
        return lambda: gateway.offer(facility_id)

    def fill(self, record: OfferRecord) -> None:
        data = record.data
        self.version, self.record_name = record.version, data.name
        self.setWindowTitle(self.tr("Wohnraumangebot bearbeiten – %1").replace("%1", data.name))
        self.address.fill(data.name, data.street, data.postal_code, data.city, data.district)
        self.landlord.setText(data.landlord_name)
        self.landlord_phone.setText(data.landlord_phone or "")
        self.landlord_email.setText(data.landlord_email or "")
        self.available_from.setText(date_text(data.available_from))
        self.available_to.setText(date_text(data.available_to))
        self.places.setValue(data.places)
        self.area.setText(decimal_text(data.area_m2))
        self.barrier_free.setChecked(data.barrier_free)
        self.pets.setChecked(data.pets_allowed)
        self.smoking.setChecked(data.smoking_allowed)
        set_code(self.status, data.offer_status)
        self.notes.setPlainText(data.notes or "")

    def offer_input(self) -> OfferInput:
        a = self.address
        return OfferInput(
            name=text_of(a.name), street=text_of(a.street), postal_code=text_of(a.postal_code),
            city=text_of(a.city), district=optional(a.district),
            landlord_name=text_of(self.landlord), landlord_phone=optional(self.landlord_phone),
            landlord_email=optional(self.landlord_email),
            available_from=validation.parse_date(self.available_from.text(), "Verfügbar ab"),
            available_to=validation.parse_date(self.available_to.text(), "Verfügbar bis"),
            places=self.places.value(),
            area_m2=validation.parse_decimal(self.area.text(), "Fläche (m²)"),  # type: ignore[arg-type]
            barrier_free=self.barrier_free.isChecked(), pets_allowed=self.pets.isChecked(),
            smoking_allowed=self.smoking.isChecked(), offer_status=self.status.currentData(),
            notes=self.notes.toPlainText())

    def job(self) -> Callable[[], Any]:
        data, gateway = self.offer_input(), self.gateway
        if self.record_id is None:
            return lambda: gateway.create_offer(data)
        facility_id, version = self.record_id, self.version
        return lambda: gateway.update_offer(facility_id, version, data)
