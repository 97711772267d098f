"""The record forms: a person is created through the dialog; a bad value is shown under its
field and nothing is saved; the duplicate check lists the candidates; a stale edit is a
conflict; ending is confirmed and a refusal is shown; facility, unit, offer and household
forms save through their services."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from sqlalchemy import func, select

from soest_desk.db import Database
from soest_desk.models import Facility, Household, Person, Unit
from soest_desk.services.clock import office_today
from soest_desk.ui.forms.facility_form import FacilityFormDialog
from soest_desk.ui.forms.form_base import FormDialog
from soest_desk.ui.forms.gateway import FormsGateway
from soest_desk.ui.forms.household_form import HouseholdFormDialog
from soest_desk.ui.forms.offer_form import OfferFormDialog
from soest_desk.ui.forms.person_form import PersonFormDialog
from soest_desk.ui.forms.unit_form import UnitFormDialog
from tests.builders import Builder
from tests.services.stay_fixtures import Town, build_town

TIMEOUT = 5000


def _open(qtbot, dialog: FormDialog) -> FormDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_loaded, timeout=TIMEOUT)
    return dialog


def _gateway(database: Database, town: Town, actor: str = "manager") -> FormsGateway:
    return FormsGateway(database, town.actors[actor])


def _save(qtbot, dialog: FormDialog) -> object:
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    return blocker.args[0]


def _refused(qtbot, dialog: FormDialog, field_error: str) -> str:
    """Save, wait for the refusal and return the text under the field (by object name)."""
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.error_text()),
                    timeout=TIMEOUT)
    assert dialog.isVisible()
    return dialog.findChild(type(dialog.general_error), field_error).text()


def _count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def _live_in(database: Database, town: Town, person: str, unit: str) -> None:
    with database.write() as session:
        Builder(session).stay(session.get(Person, town.people[person]),
                              session.get(Unit, town.units[unit]),
                              office_today() - timedelta(days=10))


# ---------------------------------------------------------------- people

def test_a_person_is_created_through_the_dialog(qtbot, database):
    town = build_town(database)
    dialog = _open(qtbot, PersonFormDialog(_gateway(database, town), None, None))
    qtbot.keyClicks(dialog.family, "Nazari")
    qtbot.keyClicks(dialog.given, "Farid")
    qtbot.keyClicks(dialog.birth, "03.1987")
    dialog.nationality.setCurrentText("Afghanistan")
    dialog.care_grade.setValue(2)
    dialog.has_pets.setChecked(True)
    qtbot.mouseClick(dialog.documents.add_button, Qt.MouseButton.LeftButton)
    row = dialog.documents.table
    row.cellWidget(0, 1).setText("p 1234 567")
    row.cellWidget(0, 2).setCurrentText("AFG")
    row.cellWidget(0, 3).setText("31.12.2030")
    person_id = _save(qtbot, dialog)
    assert not dialog.isVisible()
    with database.read() as session:
        person = session.get(Person, person_id)
        assert (person.family_name, person.given_names) == ("Nazari", "Farid")
        assert (person.birth_date.isoformat(), person.birth_date_precision) == (
            "1987-03-01", "month")
        assert (person.nationality, person.care_grade, person.has_pets) == ("AFG", 2, True)
        assert [(d.doc_type, d.number, d.issuing_country, d.valid_until.isoformat())
                for d in person.documents] == [("passport", "P1234567", "AFG", "2030-12-31")]


def test_a_bad_birth_date_is_shown_under_its_field_and_nothing_is_saved(qtbot, database):
    town = build_town(database)
    before = _count(database, Person)
    dialog = _open(qtbot, PersonFormDialog(_gateway(database, town), None, None))
    qtbot.keyClicks(dialog.family, "Nazari")
    qtbot.keyClicks(dialog.given, "Farid")
    qtbot.keyClicks(dialog.birth, "31.02.2024")
    message = _refused(qtbot, dialog, "personBirthDateRowError")
    assert message.startswith("Geburtsdatum:") and "31.02.2024 gibt es nicht" in message
    assert dialog.birth.hasFocus() or not dialog.isActiveWindow()
    dialog.birth.setText("2090")
    message = _refused(qtbot, dialog, "personBirthDateRowError")
    assert message == "Geburtsdatum: liegt in der Zukunft (2090)."
    assert (dialog.family.text(), dialog.given.text(), dialog.birth.text()) == (
        "Nazari", "Farid", "2090")  # the typed input stays
    assert _count(database, Person) == before


def test_a_document_the_service_refuses_is_shown_under_the_documents(qtbot, database):
    town = build_town(database)
    dialog = _open(qtbot, PersonFormDialog(_gateway(database, town), None, None))
    dialog.family.setText("Nazari")
    dialog.documents.add_row()
    dialog.documents.table.cellWidget(0, 1).setText("X1")
    message = _refused(qtbot, dialog, "personDocumentsError")
    assert message == "Ausstellungsstaat: bitte angeben."


def test_a_suspected_duplicate_lists_the_candidates_and_can_be_created_anyway(qtbot, database):
    town = build_town(database)
    before = _count(database, Person)
    dialog = _open(qtbot, PersonFormDialog(_gateway(database, town), None, None))
    dialog.family.setText("Kowalenko")
    dialog.given.setText("Elena")
    dialog.birth.setText("01.05.1990")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=TIMEOUT)
    candidates = dialog.duplicates.list
    assert candidates.rowCount() == 1
    assert [candidates.item(0, c).text() for c in range(3)] == [
        "Kovalenko, Olena", "01.05.1990", "nirgends"]
    assert candidates.item(0, 3).text().endswith("%")
    assert _count(database, Person) == before  # nothing saved yet
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        qtbot.mouseClick(dialog.duplicates.create_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] != town.people["olena"]
    assert _count(database, Person) == before + 1


def test_opening_the_existing_person_emits_open_existing(qtbot, database):
    town = build_town(database)
    _live_in(database, town, "olena", "park-family")
    dialog = _open(qtbot, PersonFormDialog(_gateway(database, town), None, None))
    dialog.family.setText("Kowalenko")
    dialog.given.setText("Elena")
    dialog.birth.setText("01.05.1990")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=TIMEOUT)
    assert dialog.duplicates.list.item(0, 2).text() == "Haus am Park"
    with qtbot.waitSignal(dialog.openExisting, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(dialog.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [town.people["olena"]]
    assert not dialog.isVisible()


def test_editing_loads_the_values_and_a_stale_version_is_a_conflict(qtbot, database):
    town = build_town(database)
    gateway = _gateway(database, town)
    olena = town.people["olena"]
    dialog = _open(qtbot, PersonFormDialog(gateway, olena, None))
    assert (dialog.family.text(), dialog.given.text(), dialog.birth.text()) == (
        "Kovalenko", "Olena", "01.05.1990")
    assert dialog.windowTitle() == "Bewohner*in bearbeiten – Kovalenko, Olena"
    other = gateway.person(olena)  # another workstation saves first
    other.data.phone = "0176 1111111"
    gateway.update_person(olena, other.version, other.data)
    dialog.phone.setText("02921 22222")
    dialog.accept()
    qtbot.waitUntil(lambda: "inzwischen von jemand anderem geändert" in dialog.error_text(),
                    timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.reload_button.isVisible()
    assert dialog.phone.text() == "02921 22222"
    assert gateway.person(olena).data.phone == "0176 1111111"  # nothing overwritten
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.is_loaded() and dialog.phone.text() == "0176 1111111",
                    timeout=TIMEOUT)
    dialog.care_grade.setValue(3)
    _save(qtbot, dialog)
    assert gateway.person(olena).data.care_grade == 3


def _end(qtbot, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    box = dialog.end_confirmation
    assert box is not None and box.isVisible()
    assert box.defaultButton().objectName() == "endConfirmNo"
    qtbot.mouseClick(box.findChild(QPushButton, "endConfirmYes"), Qt.MouseButton.LeftButton)


def test_ending_a_person_who_lives_somewhere_is_refused(qtbot, database):
    town = build_town(database)
    _live_in(database, town, "olena", "park-family")
    dialog = _open(qtbot, PersonFormDialog(_gateway(database, town), town.people["olena"], None))
    _end(qtbot, dialog)
    qtbot.waitUntil(lambda: "Beenden nicht möglich" in dialog.error_text(), timeout=TIMEOUT)
    assert dialog.general_error.text() == (
        "Beenden nicht möglich: Kovalenko, Olena wohnt noch in „Haus am Park“ (Wohneinheit "
        "EG-02). Bitte zuerst ausziehen.")
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    with database.read() as session:
        assert session.get(Person, town.people["olena"]).active


def test_ending_a_person_who_lives_nowhere(qtbot, database):
    town = build_town(database)
    dialog = _open(qtbot, PersonFormDialog(_gateway(database, town), town.people["lena"], None))
    with qtbot.waitSignal(dialog.ended, timeout=TIMEOUT) as ended:
        _end(qtbot, dialog)
    assert ended.args == [town.people["lena"]] and not dialog.isVisible()
    with database.read() as session:
        assert not session.get(Person, town.people["lena"]).active


def test_tab_follows_the_visual_order_enter_saves_and_esc_cancels(qtbot, database):
    town = build_town(database)
    dialog = _open(qtbot, PersonFormDialog(_gateway(database, town), None, None))
    dialog.documents.add_row()
    order, widget = [], dialog.family
    while len(order) < 18:
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                   and widget.objectName()) or widget.objectName() == "qt_spinbox_lineedit":
            widget = widget.nextInFocusChain()
    assert order == [
        "personFamilyName", "personGivenNames", "personTransliteration", "personBirthDate",
        "personSex", "personNationality", "personPhone", "personCareGrade",
        "personNeedsBarrierFree", "personHasPets", "personSmoker", "documentType0",
        "documentNumber0", "documentCountry0", "documentValidUntil0", "documentRemove0",
        "documentAdd", "stepSave"]
    dialog.family.setText("Nazari")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.keyClick(dialog.family, Qt.Key.Key_Return)
    second = _open(qtbot, PersonFormDialog(_gateway(database, town), None, None))
    qtbot.keyClick(second.given, Qt.Key.Key_Escape)
    assert not second.isVisible()


# ---------------------------------------------------------------- places

def test_a_facility_with_a_four_digit_postcode_is_refused(qtbot, database):
    town = build_town(database)
    before = _count(database, Facility)
    dialog = _open(qtbot, FacilityFormDialog(_gateway(database, town), None, None))
    dialog.address.name.setText("Haus am Bahnhof")
    dialog.address.street.setText("Bahnhofstraße 1")
    dialog.address.postal_code.setText("5949")
    dialog.address.city.setText("Soest")
    message = _refused(qtbot, dialog, "facilityPostalCodeRowError")
    assert message == "PLZ: „5949“ – eine Postleitzahl hat genau fünf Ziffern (z. B. 59494)."
    assert _count(database, Facility) == before
    dialog.address.postal_code.setText("59494")
    dialog.living_space.setText("850,5")
    dialog.notes.setPlainText("Ehemaliges Hotel")
    facility_id = _save(qtbot, dialog)
    edit = _open(qtbot, FacilityFormDialog(_gateway(database, town), facility_id, None))
    assert (edit.address.name.text(), edit.living_space.text(), edit.notes.toPlainText()) == (
        "Haus am Bahnhof", "850,5", "Ehemaliges Hotel")


def test_a_unit_needs_a_place_and_takes_a_german_decimal_area(qtbot, database):
    town = build_town(database)
    gateway = _gateway(database, town)
    dialog = _open(qtbot, UnitFormDialog(gateway, town.facilities["park"], None, None))
    assert dialog.intro.text() == "Unterkunft: Haus am Park"
    dialog.label.setText("2.OG-01")
    dialog.places.setValue(0)
    dialog.area.setText("12,5")
    message = _refused(qtbot, dialog, "unitPlacesRowError")
    assert message == "Plätze: mindestens 1 (eingegeben: 0)."
    dialog.places.setValue(2)
    dialog.floor.setText("2")
    unit_id = _save(qtbot, dialog)
    with database.read() as session:
        unit = session.get(Unit, unit_id)
        assert (unit.label, unit.places, unit.area_m2, unit.floor) == (
            "2.OG-01", 2, Decimal("12.50"), 2)
    edit = _open(qtbot, UnitFormDialog(gateway, town.facilities["park"], unit_id, None))
    assert (edit.area.text(), edit.places.value()) == ("12,5", 2)


def test_ending_a_unit_someone_lives_in_is_refused(qtbot, database):
    town = build_town(database)
    _live_in(database, town, "ahmad", "park-men")
    dialog = _open(qtbot, UnitFormDialog(_gateway(database, town), town.facilities["park"],
                                         town.units["park-men"], None))
    _end(qtbot, dialog)
    qtbot.waitUntil(lambda: "Beenden nicht möglich" in dialog.error_text(), timeout=TIMEOUT)
    assert "wohnt noch eine Person" in dialog.general_error.text()


def test_a_housing_offer_is_recorded_and_edited(qtbot, database):
    town = build_town(database)
    gateway = _gateway(database, town)
    dialog = _open(qtbot, OfferFormDialog(gateway, None, None))
    dialog.address.name.setText("Wohnung Thomätor 5")
    dialog.address.street.setText("Thomätor 5")
    dialog.address.postal_code.setText("59494")
    dialog.address.city.setText("Soest")
    dialog.landlord.setText("Herr Vermieter")
    dialog.available_from.setText("01.06.2025")
    dialog.available_to.setText("01.05.2025")
    dialog.area.setText("62,5")
    message = _refused(qtbot, dialog, "offerLandlordPhoneError")
    assert message.startswith("Telefon (Vermieter*in): bitte Telefon oder E-Mail angeben")
    dialog.landlord_email.setText("vermieter@example.org")
    message = _refused(qtbot, dialog, "offerAvailableFromRowError")
    assert message.startswith("Verfügbar bis: der 01.05.2025 liegt vor")
    dialog.available_to.setText("")
    dialog.places.setValue(3)
    offer_id = _save(qtbot, dialog)
    edit = _open(qtbot, OfferFormDialog(gateway, offer_id, None))
    assert (edit.landlord.text(), edit.places.value(), edit.area.text(),
            edit.available_from.text(), edit.status.currentText()) == (
        "Herr Vermieter", 3, "62,5", "01.06.2025", "Angeboten")
    edit.status.setCurrentIndex(edit.status.findData("reserved"))
    _save(qtbot, edit)
    with database.read() as session:
        offer = session.get(Facility, offer_id)
        assert (offer.kind, offer.offer_status, [u.places for u in offer.units]) == (
            "private_offer", "reserved", [3])


# ---------------------------------------------------------------- households

def _search_and_add(qtbot, dialog: HouseholdFormDialog, text: str) -> None:
    dialog.search.edit.setText(text)
    qtbot.keyClick(dialog.search.edit, Qt.Key.Key_Return)  # searches, does not save
    qtbot.waitUntil(lambda: not dialog.search.is_searching()
                    and dialog.search.results.count() > 0, timeout=TIMEOUT)
    qtbot.mouseClick(dialog.search.add_button, Qt.MouseButton.LeftButton)


def test_a_household_is_made_from_found_people_and_its_head_changed(qtbot, database):
    town = build_town(database)
    gateway = _gateway(database, town)
    dialog = _open(qtbot, HouseholdFormDialog(gateway, None, None))
    dialog.label.setText("WG Rahimi")
    _search_and_add(qtbot, dialog, "Rahimi")
    _search_and_add(qtbot, dialog, "Haddad Karim")
    assert dialog.isVisible()
    assert dialog.members.members() == [(town.people["ahmad"], "head"),
                                        (town.people["karim"], "other")]
    household_id = _save(qtbot, dialog)
    edit = _open(qtbot, HouseholdFormDialog(gateway, household_id, None))
    assert edit.label.text() == "WG Rahimi"
    karim = edit.findChild(QComboBox, "memberRole1")
    karim.setCurrentIndex(karim.findData("head"))
    karim.activated.emit(karim.currentIndex())
    assert edit.members.members() == [(town.people["ahmad"], "partner"),
                                      (town.people["karim"], "head")]
    _search_and_add(qtbot, edit, "Ahmadi")
    _save(qtbot, edit)
    with database.read() as session:
        roles = {p.id: p.household_role for p in (
            session.get(Person, town.people[k]) for k in ("ahmad", "karim", "maryam"))}
    assert roles == {town.people["ahmad"]: "partner", town.people["karim"]: "head",
                     town.people["maryam"]: "other"}


def test_a_member_of_another_household_is_refused_under_members(qtbot, database):
    town = build_town(database)
    before = _count(database, Household)
    dialog = _open(qtbot, HouseholdFormDialog(_gateway(database, town), None, None))
    _search_and_add(qtbot, dialog, "Kovalenko Olena")
    message = _refused(qtbot, dialog, "householdMembersError")
    assert message.startswith("Mitglieder: Kovalenko, Olena gehört schon zum Haushalt")
    assert _count(database, Household) == before


def test_an_offer_opened_in_the_facility_form_says_which_form_to_use(qtbot, database):
    town = build_town(database)
    dialog = FacilityFormDialog(_gateway(database, town), town.facilities["offer"], None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=TIMEOUT)
    assert dialog.general_error.text() == (
        "„Wohnung Brüderstraße“ ist ein privates Wohnraumangebot; bitte als Wohnraumangebot "
        "bearbeiten.")
    assert not dialog.save_button.isEnabled() and not dialog.is_loaded()
