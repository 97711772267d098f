"""The inspections tab: overdue facilities stand out, a walk with a defect is recorded
through the dialog (a refusal keeps the input), its ticket exists, the record is readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QPushButton, QRadioButton
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import Ticket
from soest_desk.models.enums import Role
from soest_desk.services.clock import office_today
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui.table_models.inspection_status_model import InspectionStatusModel
from soest_desk.ui.table_models.lazy_table_model import WARNING_TEXT
from soest_desk.ui.tabs.inspections_tab import InspectionsTab
from tests.builders import Builder, _actor

M = InspectionStatusModel


def _office(database: Database) -> dict[str, Actor]:
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        bach = b.facility("Haus am Bach")
        nord = b.facility("Übergangswohnheim Nord", kind="transitional_home")
        b.facility("Wohnung Privat", kind="private_offer")
        return {
            "hl": _actor(b.user("hl_a", {Role.SITE_MANAGER}, (bach,), "Heimleitung A")),
            "leitung": _actor(b.user("leitung", {Role.MANAGER}, (), "Leitung")),
            "nord": _actor(b.user("hl_n", {Role.SITE_MANAGER}, (nord,), "Heimleitung N")),
        }


def _open_tab(qtbot, database: Database, actor: Actor) -> InspectionsTab:
    tab = InspectionsTab(database, actor)
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(tab.is_loaded)
    return tab


def _cell(tab: InspectionsTab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.proxy.index(row, column).data(role)


def test_recording_a_walk_with_a_defect_makes_a_ticket_and_ends_overdue(qtbot, database):
    actors = _office(database)
    tab = _open_tab(qtbot, database, actors["hl"])
    assert tab.proxy.rowCount() == 1
    assert _cell(tab, 0, M.COL_FACILITY) == "Haus am Bach"
    assert _cell(tab, 0, M.COL_STATUS) == "Überfällig – noch nie begangen"
    assert _cell(tab, 0, M.COL_STATUS, Qt.ItemDataRole.ForegroundRole) == WARNING_TEXT
    assert tab.summary.text() == "1 von 1 Unterkünften überfällig · 0 offene Mängel aus Begehungen"

    record = tab.findChild(QPushButton, "inspectionsRecord")
    assert record.isEnabled() and record.text() == "Begehung erfassen"
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.performed_on() == office_today()
    assert dialog.facility.currentText() == "Haus am Bach"

    qtbot.mouseClick(dialog.findChild(QRadioButton, "inspectionItem1Defect"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "inspectionAllOk"), Qt.MouseButton.LeftButton)
    dialog.note.setPlainText("Rundgang mit Hausmeister.")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)  # the defect has no note yet
    error = dialog.findChild(QLabel, "inspectionError")
    qtbot.waitUntil(lambda: not dialog.is_saving() and error.isVisible())
    assert error.text() == ("„Fluchtwege und Notausgänge frei“: bei einem Mangel bitte "
                            "beschreiben, was nicht in Ordnung ist.")
    assert dialog.isVisible()
    assert dialog.findChild(QRadioButton, "inspectionItem1Defect").isChecked()
    assert dialog.findChild(QRadioButton, "inspectionItem2Ok").isChecked()
    assert dialog.note.toPlainText() == "Rundgang mit Hausmeister."
    note = dialog.findChild(QLineEdit, "inspectionItem1Note")
    assert "border" in note.styleSheet()
    with database.read() as session:
        assert session.scalars(select(Ticket)).all() == []

    qtbot.keyClicks(note, "Notausgang EG zugestellt.")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: tab.is_loaded() and _cell(tab, 0, M.COL_STATUS) == "im Plan")
    assert dialog.saved_id is not None
    assert _cell(tab, 0, M.COL_STATUS, Qt.ItemDataRole.ForegroundRole) is None
    assert _cell(tab, 0, M.COL_DEFECTS) == "1"
    assert tab.summary.text() == "0 von 1 Unterkünften überfällig · 1 offene Mängel aus Begehungen"
    with database.read() as session:
        [ticket] = session.scalars(select(Ticket)).all()
    assert ticket.inspection_id == dialog.saved_id
    assert ticket.title == "Begehung: Fluchtwege und Notausgänge frei"
    assert ticket.description == "Notausgang EG zugestellt."
    assert (ticket.priority, ticket.is_safety_hazard) == ("immediate", True)

    qtbot.waitUntil(lambda: tab.history.rowCount() == 1)
    assert tab.history.item(0, 1).text() == "Heimleitung A"
    qtbot.mouseClick(tab.findChild(QPushButton, "inspectionsShowRecord"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.record_dialog is not None and tab.record_dialog.isVisible())
    items = tab.record_dialog.table
    assert items.rowCount() == 10
    assert [items.item(0, c).text() for c in (2, 3, 4)] == [
        "Mangel", "Notausgang EG zugestellt.", f"#{ticket.id} – Gemeldet"]
    assert items.item(1, 2).text() == "in Ordnung"
    header = tab.record_dialog.findChild(QLabel, "inspectionRecordHeader").text()
    assert "durch Heimleitung A" in header and "Rundgang mit Hausmeister." in header


def test_the_status_model_passes_the_model_tester(qtbot, qtmodeltester, database):
    actors = _office(database)
    tab = _open_tab(qtbot, database, actors["leitung"])
    assert tab.model.rowCount() == 2  # no private offer
    qtmodeltester.check(tab.model)


def test_a_manager_sets_the_rhythm_but_records_no_walk(qtbot, database):
    actors = _office(database)
    tab = _open_tab(qtbot, database, actors["leitung"])
    assert not tab.findChild(QPushButton, "inspectionsRecord").isEnabled()
    assert tab.open_inspection_dialog() is None
    interval = tab.findChild(QPushButton, "inspectionsInterval")
    assert interval.isVisibleTo(tab) and interval.isEnabled()
    tab.select_facility(next(row.facility_id for row in tab.model.rows()
                             if row.facility_name == "Haus am Bach"))
    ask = tab.ask_interval()
    assert isinstance(ask, QInputDialog) and ask.intValue() == 7
    ask.setIntValue(14)
    ask.accept()

    def bach_interval() -> str:
        row = next(r for r in range(tab.proxy.rowCount())
                   if _cell(tab, r, M.COL_FACILITY) == "Haus am Bach")
        return _cell(tab, row, M.COL_INTERVAL)

    qtbot.waitUntil(lambda: tab.is_loaded() and bach_interval() == "alle 14 Tage")


def test_a_site_manager_cannot_change_the_rhythm(qtbot, database):
    actors = _office(database)
    tab = _open_tab(qtbot, database, actors["nord"])
    assert not tab.findChild(QPushButton, "inspectionsInterval").isVisibleTo(tab)
    assert [row.facility_name for row in tab.model.rows()] == ["Übergangswohnheim Nord"]
