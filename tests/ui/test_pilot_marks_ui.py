"""The facility form's Pilotprojekt section: the Leitung opens the form from the occupancy
pane, picks or types a pilot group with a start, and the Unterkünfte list shows the group; a
group without a start is refused under its field and nothing is saved; others see the mark
greyed out; a new facility has no section."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from soest_desk.db import Database
from soest_desk.models import Facility
from soest_desk.services.errors import DomainError
from soest_desk.services.pilot_marks import PilotMark
from soest_desk.ui.forms.facility_form import FacilityFormDialog
from soest_desk.ui.forms.gateway import FormsGateway
from soest_desk.ui.main_window import MainWindow
from tests.services.stay_fixtures import Town, build_town

TIMEOUT = 5000


def _column(tab, key: str) -> list:
    index = [c.key for c in tab.model.columns()].index(key)
    return [tab.model.index(r, index).data() for r in range(tab.model.rowCount())]


def _pilot_a_at_ring(database: Database, town: Town) -> None:
    with database.write() as session:
        ring = session.get(Facility, town.facilities["ring"])
        ring.pilot_group, ring.pilot_start = "Pilot A", date(2025, 1, 1)


def _form(qtbot, database: Database, town: Town, facility: str | None = "park",
          actor: str = "manager") -> FacilityFormDialog:
    facility_id = None if facility is None else town.facilities[facility]
    dialog = FacilityFormDialog(FormsGateway(database, town.actors[actor]), facility_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_loaded, timeout=TIMEOUT)
    return dialog


def _mark(database: Database, town: Town, facility: str = "park"
          ) -> tuple[str | None, date | None]:
    with database.read() as session:
        f = session.get(Facility, town.facilities[facility])
        return f.pilot_group, f.pilot_start


def test_the_leitung_marks_a_pilot_from_the_pane_and_the_list_shows_it(
        qtbot, database, open_window):
    town = build_town(database)
    _pilot_a_at_ring(database, town)
    window: MainWindow = open_window(database, town.actors["manager"])
    facilities = window.list_tabs["facilities"]
    window.tabs.setCurrentWidget(facilities)
    qtbot.waitUntil(lambda: facilities.model.is_loaded())
    facilities.findChild(type(facilities._table), "facilitiesTable").selectRow(
        _column(facilities, "name").index("Haus am Park"))
    pane = window.occupancy_pane
    qtbot.waitUntil(lambda: pane.shown() is not None and pane.edit_facility_button.isEnabled())
    qtbot.mouseClick(pane.edit_facility_button, Qt.MouseButton.LeftButton)
    dialog = window.places.last_dialog
    assert isinstance(dialog, FacilityFormDialog)
    qtbot.waitUntil(dialog.is_loaded, timeout=TIMEOUT)

    group, start = dialog.pilot.group, dialog.pilot.start
    assert group.isEnabled() and start.isEnabled()
    assert [group.itemText(i) for i in range(group.count())] == ["", "Pilot A"]
    assert group.currentText() == "" and start.text() == ""
    group.setCurrentIndex(group.findText("Pilot A"))
    qtbot.keyClicks(start, "1.4.2025")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert _mark(database, town) == ("Pilot A", date(2025, 4, 1))
    qtbot.waitUntil(lambda: facilities.model.is_loaded() and dict(zip(
        _column(facilities, "name"), _column(facilities, "pilot_group"), strict=True)
    )["Haus am Park"] == "Pilot A")


def test_a_group_without_a_start_is_refused_under_its_field(qtbot, database):
    town = build_town(database)
    dialog = _form(qtbot, database, town)
    dialog.notes.setPlainText("Neue Notiz")  # not saved either
    dialog.pilot.group.setCurrentText("Pilot B")
    dialog.accept()
    error = dialog.findChild(QLabel, "facilityPilotStartError")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=TIMEOUT)
    assert error.text() == "Pilotstart: bitte ein Datum angeben."
    assert dialog.isVisible()
    assert _mark(database, town) == (None, None)
    with database.read() as session:
        assert session.get(Facility, town.facilities["park"]).notes is None


def test_a_typed_group_is_saved_trimmed_and_emptying_both_takes_it_out(qtbot, database):
    town = build_town(database)
    dialog = _form(qtbot, database, town)
    dialog.pilot.group.setCurrentText("  Pilot   Süd ")
    dialog.pilot.start.setText("01.04.2025")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.accept()
    assert _mark(database, town) == ("Pilot Süd", date(2025, 4, 1))

    again = _form(qtbot, database, town)
    assert (again.pilot.group.currentText(), again.pilot.start.text()) == (
        "Pilot Süd", "01.04.2025")
    again.pilot.group.setCurrentIndex(0)
    again.pilot.start.clear()
    with qtbot.waitSignal(again.saved, timeout=TIMEOUT):
        again.accept()
    assert _mark(database, town) == (None, None)


def test_others_see_the_mark_greyed_out(qtbot, database):
    town = build_town(database)
    with database.write() as session:
        park = session.get(Facility, town.facilities["park"])
        park.pilot_group, park.pilot_start = "Pilot A", date(2025, 1, 1)
    dialog = _form(qtbot, database, town, actor="site")  # the Heimleitung of Haus am Park
    assert (dialog.pilot.group.currentText(), dialog.pilot.start.text()) == (
        "Pilot A", "01.01.2025")
    assert not dialog.pilot.group.isEnabled() and not dialog.pilot.start.isEnabled()
    assert dialog.pilot.group.toolTip() == "Pilotunterkünfte legt die Leitung fest."
    assert dialog.pilot.start.placeholderText() == ""  # nothing to type here


def test_a_new_facility_has_no_pilot_section(qtbot, database):
    town = build_town(database)
    dialog = _form(qtbot, database, town, facility=None)
    assert dialog.pilot is None
    assert dialog.findChild(QLabel, "facilityPilotStartError") is None


def test_the_form_saves_fields_and_mark_together_or_not_at_all(database):
    town = build_town(database)
    gateway = FormsGateway(database, town.actors["manager"])
    record = gateway.facility(town.facilities["park"])
    data = record.data
    data.living_space_m2 = Decimal("900")
    with pytest.raises(DomainError, match="Pilotstart: bitte ein Datum angeben"):
        gateway.update_facility(record.facility_id, record.version, data,
                                PilotMark("Pilot B", None))
    unchanged = gateway.facility(town.facilities["park"])
    assert (unchanged.version, unchanged.data.living_space_m2) == (record.version, None)
    gateway.update_facility(record.facility_id, record.version, data,
                            PilotMark("Pilot B", date(2025, 4, 1)))
    saved = gateway.facility(town.facilities["park"])
    assert (saved.data.living_space_m2, saved.pilot) == (
        Decimal("900.00"), PilotMark("Pilot B", date(2025, 4, 1)))
    assert saved.pilot_groups == ("Pilot B",)
