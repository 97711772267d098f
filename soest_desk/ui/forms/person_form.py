"""The person form (Bewohner*in): create, edit and end a resident.

`PersonFormDialog(gateway, person_id, parent)`: `person_id` None registers a new person.
Signals: `saved(int)` with the person's id, `openExisting(int)` when the clerk chose a
person already stored over creating a duplicate, `ended(int)` after "Beenden …".

The birth date is a text field: "31.12.1990", "12.1990" (month known) or "1990" (year
known). Saving a new person runs the service's duplicate check; suspected duplicates are
listed in the dialog (see `duplicates.DuplicatePanel`) with "Vorhandene Person öffnen" and
"Trotzdem neu anlegen". Every message of the service appears under the field it names.

Object names: `personFormDialog`, `personFamilyName`, `personGivenNames`,
`personTransliteration`, `personBirthDate`, `personSex`, `personNationality`,
`personPhone`, `personCareGrade`, `personNeedsBarrierFree`, `personHasPets`,
`personSmoker`, the documents (see `documents`), the duplicates (see `duplicates`), and
the frame's `stepSave`, `stepCancel`, `formEnd`, `formReload`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from soest_desk.services import validation
from soest_desk.services.clock import office_today
from soest_desk.services.people import MAX_CARE_GRADE, DuplicateSuspected, PersonInput
from soest_desk.ui.forms.documents import DocumentsEditor
from soest_desk.ui.forms.duplicates import DuplicatePanel
from soest_desk.ui.forms.fields import (
    check_box,
    code_combo,
    country_code,
    country_combo,
    country_label,
    in_a_row,
    line_edit,
    optional,
    set_code,
    sex_labels,
    short_edit,
)
from soest_desk.ui.forms.form_base import FormDialog
from soest_desk.ui.forms.gateway import FormsGateway, PersonRecord, birth_text

FORM_WIDTH = 760  # the documents table: type, number, country, date
DOCUMENT_FIELDS = ("Dokumentart", "Ausweisnummer", "Ausstellungsstaat", "Gültig bis")


class PersonFormDialog(FormDialog):
    saved = Signal(int)  # the person's id
    openExisting = Signal(int)  # a person already stored, chosen instead of a new one
    kind = "person"

    def __init__(self, gateway: FormsGateway, person_id: int | None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Neue Bewohner*in") if person_id is None
                 else self.tr("Bewohner*in bearbeiten"))
        super().__init__(gateway, person_id, title, parent, object_name="personFormDialog")
        self.setMinimumWidth(FORM_WIDTH)
        self._duplicate_ok = False
        self._build_names()
        self._build_details()
        self.documents = DocumentsEditor(self)
        self.documents.rowsChanged.connect(self.update_tab_order)
        self.add_field(self.tr("Ausweisdokumente"), self.documents, names=DOCUMENT_FIELDS)
        self.duplicates = DuplicatePanel(self)
        self.duplicates.openRequested.connect(self._open_existing)
        self.duplicates.createRequested.connect(self.create_anyway)
        self.add_above_buttons(self.duplicates)
        for edit in (self.family, self.given, self.birth):
            edit.textEdited.connect(lambda _text: self.duplicates.setVisible(False))
        self.start_loading()

    def _build_names(self) -> None:
        self.family = line_edit(self, "personFamilyName", max_length=200)
        self.add_field(self.tr("Familienname"), self.family, names=("Name",))
        self.given = line_edit(self, "personGivenNames", max_length=200)
        self.add_field(self.tr("Vornamen"), self.given)
        self.transliteration = line_edit(
            self, "personTransliteration",
            self.tr("Schreibweise im Pass / Umschrift, falls anders"), max_length=400)
        self.add_field(self.tr("Namensumschrift"), self.transliteration)
        self.birth = short_edit(self, "personBirthDate", self.tr("TT.MM.JJJJ"))
        hint = QLabel(self.tr("z. B. 31.12.1990 – nur Monat: 12.1990 – nur Jahr: 1990"), self,
                      objectName="personBirthDateHint")
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.add_field(self.tr("Geburtsdatum"), in_a_row(self, self.birth, hint))

    def _build_details(self) -> None:
        self.sex = code_combo(self, "personSex", sex_labels())
        set_code(self.sex, "u")
        self.add_field(self.tr("Geschlecht"), self.sex)
        self.nationality = country_combo(self, "personNationality")
        self.add_field(self.tr("Staatsangehörigkeit"), self.nationality)
        self.phone = line_edit(self, "personPhone", self.tr("z. B. 0176 1234567"),
                               max_length=50)
        self.add_field(self.tr("Telefon"), self.phone)
        self.care_grade = QSpinBox(self, objectName="personCareGrade")
        self.care_grade.setRange(0, MAX_CARE_GRADE)
        self.care_grade.setSpecialValueText(self.tr("kein Pflegegrad"))
        self.care_grade.setMinimumWidth(self.care_grade.fontMetrics().horizontalAdvance(
            self.tr("kein Pflegegrad")) + 48)
        self.add_field(self.tr("Pflegegrad"), in_a_row(self, self.care_grade))
        self.needs_barrier_free = check_box(self, "personNeedsBarrierFree",
                                            self.tr("braucht barrierefreie Wohneinheit"))
        self.has_pets = check_box(self, "personHasPets", self.tr("hat Haustiere"))
        self.smoker = check_box(self, "personSmoker", self.tr("raucht"))
        self.add_field(self.tr("Merkmale"), in_a_row(
            self, self.needs_barrier_free, self.has_pets, self.smoker))

    def input_widgets(self) -> list[QWidget]:
        return [self.family, self.given, self.transliteration, self.birth, self.sex,
                self.nationality, self.phone, self.care_grade, self.needs_barrier_free,
                self.has_pets, self.smoker, *self.documents.focus_widgets(),
                *self.duplicates.focus_widgets()]

    # ------------------------------------------------------------ loading

    def load_job(self) -> Callable[[], Any] | None:
        if self.record_id is None:
            return None
        gateway, person_id = self.gateway, self.record_id
        return lambda: gateway.person(person_id)

    def fill(self, record: PersonRecord) -> None:
        data = record.data
        self.version, self.record_name = record.version, record.name
        self.setWindowTitle(self.tr("Bewohner*in bearbeiten – %1").replace("%1", record.name))
        self.family.setText(data.family_name)
        self.given.setText(data.given_names)
        self.transliteration.setText(data.name_transliteration or "")
        self.birth.setText(birth_text(data.birth_date, data.birth_date_precision))
        set_code(self.sex, data.sex)
        self.nationality.setCurrentText(country_label(data.nationality))
        self.phone.setText(data.phone or "")
        self.care_grade.setValue(data.care_grade)
        self.needs_barrier_free.setChecked(data.needs_barrier_free)
        self.has_pets.setChecked(data.has_pets)
        self.smoker.setChecked(data.smoker)
        self.documents.set_documents(data.documents)

    # ------------------------------------------------------------ saving

    def person_input(self) -> PersonInput:
        """The typed values as the service takes them; DomainError for one it cannot read."""
        born, precision = validation.parse_birth_date(self.birth.text(), office_today())
        return PersonInput(
            family_name=self.family.text(), given_names=self.given.text(),
            birth_date=born, birth_date_precision=precision, sex=self.sex.currentData(),
            nationality=country_code(self.nationality, "Staatsangehörigkeit"),
            phone=optional(self.phone), care_grade=self.care_grade.value(),
            needs_barrier_free=self.needs_barrier_free.isChecked(),
            has_pets=self.has_pets.isChecked(), smoker=self.smoker.isChecked(),
            name_transliteration=optional(self.transliteration),
            documents=self.documents.documents())

    def job(self) -> Callable[[], Any]:
        data = self.person_input()
        gateway = self.gateway
        if self.record_id is None:
            duplicate_ok = self._duplicate_ok
            return lambda: gateway.create_person(data, duplicate_ok=duplicate_ok)
        person_id, version = self.record_id, self.version
        return lambda: gateway.update_person(person_id, version, data)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, DuplicateSuspected):
            self._set_busy(False)
            self.duplicates.show_matches(exc.matches)
            self.update_tab_order()
            return
        super()._failed(exc)

    def create_anyway(self) -> None:
        """Save the new person although the names look alike (the clerk checked)."""
        self._duplicate_ok = True
        try:
            self.accept()
        finally:
            self._duplicate_ok = False

    def _open_existing(self, person_id: int) -> None:
        self.openExisting.emit(person_id)
        self.reject()
