"""„Neue Mängelmeldung“: where (facility, optionally the unit), what (category, priority,
title, description), who reported it, and photos if there are any.

The facilities offered are those the user may report for, loaded off the GUI thread when the
dialog opens (a single one is chosen at once). The service checks everything; its German
message appears under the field it names and nothing is saved. Object names:
`newTicketDialog`, `newTicketFacility`, `newTicketUnit`, `newTicketCategory`,
`newTicketPriority`, `newTicketTitle`, `newTicketDescription`, `newTicketReporter`,
`newTicketPhotos`, `newTicketAddPhotos`, `newTicketRemovePhoto`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk.models.enums import TicketCategory, TicketPriority
from soest_desk.services.ticket_choices import FacilityChoice
from soest_desk.services.tickets import MAX_TITLE, NewTicket
from soest_desk.ui.background import run_in_background
from soest_desk.ui.labels import code_label
from soest_desk.ui.tickets.feedback import user_message
from soest_desk.ui.tickets.gateway import TicketGateway
from soest_desk.ui.tickets.step_dialog import StepDialog

PhotoPicker = Callable[[QWidget], list[str]]


class NewTicketDialog(StepDialog):
    def __init__(self, gateway: TicketGateway, choose_photos: PhotoPicker,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Neue Mängelmeldung"), parent, object_name="newTicketDialog")
        self.setMinimumWidth(560)
        self._gateway = gateway
        self._choose_photos = choose_photos
        self._facilities: dict[int, FacilityChoice] = {}

        self.facility = QComboBox(self, objectName="newTicketFacility")
        self.facility.addItem(self.tr("Lädt …"), None)
        self.facility.currentIndexChanged.connect(self._fill_units)
        self.add_field(self.tr("Unterkunft"), self.facility, required=True)
        self.unit = QComboBox(self, objectName="newTicketUnit")
        self.add_field(self.tr("Zimmer / Wohneinheit"), self.unit, names=("Wohneinheit",))
        self.category = QComboBox(self, objectName="newTicketCategory")
        for category in TicketCategory:
            self.category.addItem(code_label("ticket_category", category.value), category.value)
        self.category.setCurrentIndex(self.category.findData(TicketCategory.OTHER.value))
        self.add_field(self.tr("Kategorie"), self.category, names=("Gewerk",))
        self.priority = QComboBox(self, objectName="newTicketPriority")
        for priority in TicketPriority:
            self.priority.addItem(code_label("ticket_priority_choice", priority.value),
                                  priority.value)
        self.priority.setCurrentIndex(self.priority.findData(TicketPriority.NORMAL.value))
        self.add_field(self.tr("Priorität"), self.priority)
        self.title = QLineEdit(self, objectName="newTicketTitle")
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(self.tr("z. B. Heizung in Zimmer A1 bleibt kalt"))
        self.add_field(self.tr("Titel"), self.title, required=True)
        self.description = self.note_edit("newTicketDescription",
                                          self.tr("Was ist wo kaputt? Seit wann?"))
        self.add_field(self.tr("Beschreibung"), self.description)
        self.reporter = QLineEdit(self, objectName="newTicketReporter")
        self.reporter.setPlaceholderText(self.tr("z. B. Anruf Nachbar, Bewohner*in Zimmer A1"))
        self.add_field(self.tr("Gemeldet von"), self.reporter)
        self.add_field(self.tr("Fotos"), self._photo_box())
        self._fill_units()
        run_in_background(gateway.reportable_facilities, self._fill_facilities,
                          lambda exc: self.show_error(user_message(exc)), owner=self)
        self.title.setFocus()

    def _photo_box(self) -> QWidget:
        box = QWidget(self, objectName="newTicketPhotoBox")
        self.photos = QListWidget(box, objectName="newTicketPhotos")
        self.photos.setMaximumHeight(self.photos.fontMetrics().lineSpacing() * 4 + 8)
        add = QPushButton(self.tr("Fotos hinzufügen …"), box, objectName="newTicketAddPhotos")
        add.clicked.connect(self._add_photos)
        remove = QPushButton(self.tr("Entfernen"), box, objectName="newTicketRemovePhoto")
        remove.clicked.connect(lambda: self.photos.takeItem(self.photos.currentRow()))
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photos, 1)
        row.addLayout(buttons)
        return box

    # ------------------------------------------------------------ choices

    def _fill_facilities(self, facilities: list[FacilityChoice]) -> None:
        self._facilities = {f.id: f for f in facilities}
        self.facility.blockSignals(True)
        self.facility.clear()
        if len(facilities) != 1:
            self.facility.addItem(self.tr("Bitte wählen …"), None)
        for facility in facilities:
            self.facility.addItem(facility.name, facility.id)
        self.facility.blockSignals(False)
        if not facilities:
            self.show_error(self.tr("Sie können für keine Unterkunft Mängel melden."),
                            "Unterkunft")
        self._fill_units()

    def _fill_units(self, *_args: object) -> None:
        facility = self._facilities.get(self.facility.currentData())
        self.unit.clear()
        self.unit.addItem(self.tr("– ganze Unterkunft / kein Zimmer –"), None)
        for unit in facility.units if facility else ():
            self.unit.addItem(unit.label, unit.id)
        self.unit.setEnabled(facility is not None)

    def choices_loaded(self) -> bool:
        return bool(self._facilities)

    def _add_photos(self) -> None:
        known = set(self.photo_paths())
        for path in self._choose_photos(self):
            if path not in known:
                self.photos.addItem(path)
                self.photos.item(self.photos.count() - 1).setToolTip(path)
                self.photos.item(self.photos.count() - 1).setText(Path(path).name)

    def photo_paths(self) -> list[str]:
        return [self.photos.item(i).toolTip() for i in range(self.photos.count())]

    # ------------------------------------------------------------ saving

    def typed_input(self) -> str:
        return self.description.toPlainText()

    def job(self) -> Callable[[], Any]:
        new = NewTicket(
            facility_id=self.facility.currentData(), title=self.title.text(),
            category=self.category.currentData(), priority=self.priority.currentData(),
            unit_id=self.unit.currentData(), description=self.description.toPlainText(),
            reporter_note=self.reporter.text())
        photos, gateway = self.photo_paths(), self._gateway
        return lambda: gateway.report(new, photos)
