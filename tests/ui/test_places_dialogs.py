"""The people-and-places widgets: the allocation assistant moves a family in, a refusal is
shown in German and a manager's override needs a reason; move-out, transfer and blocking
through their dialogs; the occupancy pane colours full and over-full units."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from soest_desk.db import Database
from soest_desk.services.clock import office_today
from soest_desk.ui.places.allocation_dialog import AllocationDialog
from soest_desk.ui.places.gateway import PlacesGateway
from soest_desk.ui.places.occupancy_pane import OccupancyPane
from soest_desk.ui.places.person_pane import PersonPane
from soest_desk.ui.places.texts import STATE_COLOURS
from tests.services.stay_fixtures import Town, build_town


def _pane(qtbot, database: Database, town: Town, person: str, actor: str = "manager"
          ) -> PersonPane:
    pane = PersonPane(PlacesGateway(database, town.actors[actor]))
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    pane.show()
    pane.show_person(town.people[person])
    qtbot.waitUntil(lambda: pane.summary() is not None)
    return pane


def _occupancy(qtbot, database: Database, town: Town, facility: str = "park") -> OccupancyPane:
    pane = OccupancyPane(PlacesGateway(database, town.actors["manager"]))
    qtbot.addWidget(pane)
    pane.show()
    pane.show_facility(town.facilities[facility])
    qtbot.waitUntil(lambda: pane.shown() is not None)
    return pane


def _assistant(qtbot, pane: PersonPane) -> AllocationDialog:
    dialog = pane.allocate()
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.suggestions.rowCount() > 0)
    return dialog


def test_the_assistant_moves_the_family_in_and_occupancy_changes(qtbot, database):
    town = build_town(database)
    before = _occupancy(qtbot, database, town).shown()
    pane = _pane(qtbot, database, town, "olena")
    assert pane.allocate_button.isEnabled() and not pane.move_out_button.isEnabled()
    dialog = _assistant(qtbot, pane)
    assert "Haushalt: 3 Personen" in dialog.household.text()
    assert dialog.suggestions.item(0, 1).text() == "EG-02"
    assert dialog.tabs.tabText(1).startswith("Nicht geeignet (")
    with qtbot.waitSignal(pane.changed, timeout=5000):
        qtbot.mouseClick(dialog.move_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.summary() is not None and pane.summary().place is not None)
    assert pane.summary().place == "Haus am Park, EG-02"
    after = _occupancy(qtbot, database, town).shown()
    assert after.figures.occupied == before.figures.occupied + 3


def test_a_full_unit_needs_a_managers_written_reason(qtbot, database):
    town = build_town(database)
    ahmad = _assistant(qtbot, _pane(qtbot, database, town, "ahmad"))
    with qtbot.waitSignal(ahmad.movedIn, timeout=5000):
        ahmad.move_in()  # the single men's room
    karim = _pane(qtbot, database, town, "karim")
    dialog = karim.allocate()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.refused.rowCount() > 0)
    dialog.tabs.setCurrentIndex(1)
    row = next(r for r in range(dialog.refused.rowCount())
               if dialog.refused.item(r, 1).text() == "1.OG-01")
    assert "voll" in dialog.refused.item(row, 2).text()
    dialog.refused.selectRow(row)
    dialog.override()
    assert dialog.reason.isVisible() and "begründen" in dialog.error_text()
    dialog.reason.setPlainText("kurz")
    dialog.override()
    qtbot.waitUntil(lambda: "mindestens 10 Zeichen" in dialog.error_text())
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the places are read again
    dialog.tabs.setCurrentIndex(1)
    row = next(r for r in range(dialog.refused.rowCount())
               if dialog.refused.item(r, 1).text() == "1.OG-01")
    dialog.refused.selectRow(row)
    dialog.reason.setPlainText("Notaufnahme in der Nacht, Verlegung am Montag")
    with qtbot.waitSignal(dialog.movedIn, timeout=5000):
        dialog.override()
    pane = _occupancy(qtbot, database, town)
    men = next(r for r in range(pane.units.rowCount()) if pane.units.item(r, 0).text()
               == "1.OG-01")
    assert pane.units.item(men, 7).text() == "überbelegt"
    assert pane.units.item(men, 0).background().color().name() == STATE_COLOURS["over"]


def test_a_site_manager_sees_no_override(qtbot, database):
    town = build_town(database)
    dialog = _assistant(qtbot, _pane(qtbot, database, town, "maryam", actor="site"))
    assert not dialog.override_button.isVisible()
    assert {dialog.suggestions.item(r, 0).text()
            for r in range(dialog.suggestions.rowCount())} == {"Haus am Park"}


def test_move_out_and_transfer_through_their_dialogs(qtbot, database):
    town = build_town(database)
    dialog = _assistant(qtbot, _pane(qtbot, database, town, "olena"))
    with qtbot.waitSignal(dialog.movedIn, timeout=5000):
        dialog.move_in()
    pane = _pane(qtbot, database, town, "olena")
    qtbot.waitUntil(lambda: pane.transfer_button.isEnabled())
    pane.transfer()
    qtbot.waitUntil(lambda: getattr(pane, "transfer_dialog", None) is not None)
    transfer = pane.transfer_dialog
    index = next(i for i in range(transfer.unit.count())
                 if "Wohnheim Ring – A" in transfer.unit.itemText(i))
    transfer.unit.setCurrentIndex(index)
    transfer.day.setDate(transfer.day.date().addDays(1))  # they moved in today
    transfer.accept()  # three people into two places: refused, the dialog stays open
    qtbot.waitUntil(lambda: "Wohneinheit ist voll" in transfer.error_text())
    assert transfer.isVisible()
    transfer.reject()
    move_out = pane.move_out()
    boxes = move_out.findChildren(QCheckBox)
    boxes[-1].setChecked(False)  # leave a member behind: a split on purpose
    move_out.day.setDate(move_out.day.date().addDays(1))  # they moved in today
    with qtbot.waitSignal(pane.changed, timeout=5000):
        move_out.accept()
    tomorrow = office_today() + timedelta(days=1)
    qtbot.waitUntil(lambda: pane.summary() is not None
                    and pane.summary().history[-1].end == tomorrow)
    assert pane.history.item(0, 3).text() == "eigene Wohnung"


def test_blocking_places_from_the_occupancy_pane(qtbot, database):
    town = build_town(database)
    pane = _occupancy(qtbot, database, town)
    row = next(r for r in range(pane.units.rowCount()) if pane.units.item(r, 0).text()
               == "EG-01")
    pane.units.selectRow(row)
    dialog = pane.block()
    dialog.places.setValue(2)
    with qtbot.waitSignal(pane.changed, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(lambda: pane.shown() is not None and pane.shown().figures.blocked == 2)
    assert pane.units.item(row, 7).text() == "voll"
    assert pane.day_shown() == office_today()


def test_releasing_a_block_from_the_occupancy_pane(qtbot, database):
    town = build_town(database)
    pane = _occupancy(qtbot, database, town)
    row = next(r for r in range(pane.units.rowCount()) if pane.units.item(r, 0).text()
               == "EG-01")
    pane.units.selectRow(row)
    assert not pane.end_block_button.isEnabled()  # nothing blocked yet
    dialog = pane.block()
    with qtbot.waitSignal(pane.changed, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(lambda: pane.shown() is not None and pane.shown().figures.blocked == 1)
    pane.units.selectRow(row)
    assert pane.end_block_button.isEnabled()
    pane.end_block()
    qtbot.waitUntil(lambda: getattr(pane, "end_block_dialog", None) is not None)
    release = pane.end_block_dialog
    assert "1 Platz seit" in release.block.currentText()
    release.accept()  # free again from today: the block began today, so that is refused
    qtbot.waitUntil(lambda: "nach dem Beginn" in release.error_text())
    release.day.setDate(release.day.date().addDays(1))
    with qtbot.waitSignal(pane.changed, timeout=5000):
        release.accept()
    pane.day.setDate(pane.day.date().addDays(1))
    qtbot.waitUntil(lambda: pane.shown() is not None and pane.shown().figures.blocked == 0
                    and pane.day_shown() == office_today() + timedelta(days=1))
