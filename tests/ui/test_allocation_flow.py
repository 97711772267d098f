"""The whole way through the window: find a family with a child under 3 and a member who
needs a barrier-free unit, run the allocation assistant, move them in, and see the
occupancy of the facility change."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from soest_desk.models import Person
from soest_desk.services.clock import office_today
from soest_desk.ui.main_window import MainWindow
from soest_desk.ui.places.allocation_dialog import AllocationDialog
from tests.services.stay_fixtures import build_town


def _column(tab, key: str) -> list:
    index = [c.key for c in tab.model.columns()].index(key)
    return [tab.model.index(r, index).data() for r in range(tab.model.rowCount())]


def test_find_allocate_move_in_and_see_the_occupancy(qtbot, database, open_window):
    town = build_town(database)
    with database.write() as session:  # Sofiia is a baby today
        session.get(Person, town.people["sofiia"]).birth_date = (
            office_today() - timedelta(days=400))
    window: MainWindow = open_window(database, town.actors["manager"])
    facilities = window.list_tabs["facilities"]
    window.tabs.setCurrentWidget(facilities)
    qtbot.waitUntil(lambda: facilities.model.is_loaded())
    before = dict(zip(_column(facilities, "name"), _column(facilities, "occupied"),
                      strict=True))
    assert before["Haus am Park"] == "0"

    persons = window.list_tabs["persons"]
    window.tabs.setCurrentWidget(persons)
    qtbot.waitUntil(lambda: persons.model.is_loaded())
    persons.findChild(QCheckBox, "personsFilterUnder3").setChecked(True)
    persons.findChild(QCheckBox, "personsFilterBarrierFree").setChecked(True)
    qtbot.waitUntil(lambda: persons.model.is_loaded() and persons.model.total_count() == 1)
    assert _column(persons, "given_names") == ["Andrii"]
    assert persons.findChild(QLabel, "personsCount").text() == "1 Bewohner*in"

    persons.findChild(type(persons._table), "personsTable").selectRow(0)
    pane = window.person_pane
    qtbot.waitUntil(lambda: pane.summary() is not None and pane.allocate_button.isEnabled())
    assert len(pane.summary().homeless_member_ids) == 3
    qtbot.mouseClick(pane.allocate_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AllocationDialog, "allocationDialog")
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.suggestions.rowCount() > 0)
    assert (dialog.suggestions.item(0, 0).text(), dialog.suggestions.item(0, 1).text()) == (
        "Haus am Park", "EG-02")  # the barrier-free family unit
    with qtbot.waitSignal(pane.changed, timeout=5000):
        qtbot.mouseClick(dialog.move_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.summary().place == "Haus am Park, EG-02")

    window.tabs.setCurrentWidget(facilities)
    qtbot.waitUntil(lambda: facilities.model.is_loaded() and dict(zip(
        _column(facilities, "name"), _column(facilities, "occupied"), strict=True)
    )["Haus am Park"] == "3")
    facilities.findChild(type(facilities._table), "facilitiesTable").selectRow(
        _column(facilities, "name").index("Haus am Park"))
    occupancy = window.occupancy_pane
    qtbot.waitUntil(lambda: occupancy.shown() is not None
                    and occupancy.shown().figures.occupied == 3)
    assert "3 belegt" in occupancy.totals.text()
