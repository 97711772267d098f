"""The social worker's way from the first talk to the own tenancy, in the main window:
open a case for a household ("Datei → Neuer Fall …"), tick the checklist until the household
is ready, find and reserve a private housing offer, record the move into the own flat — and
see the case closed with that outcome, the stays ended and the offer taken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import Case, Facility, Stay
from soest_desk.services.clock import office_today
from soest_desk.ui.cases import case_tables
from soest_desk.ui.cases.case_pane import CasePane
from soest_desk.ui.cases.flat_search_dialog import FlatSearchDialog
from soest_desk.ui.cases.own_flat_dialog import OwnFlatDialog
from tests.services.case_fixtures import build_case_world

TIMEOUT = 8000
FAMILY = ("olena", "andrii", "sofiia")


def _settled(qtbot, pane: CasePane, condition=lambda: True) -> None:
    qtbot.waitUntil(lambda: not pane.is_loading() and pane.detail() is not None
                    and condition(), timeout=TIMEOUT)


def _tick(qtbot, pane: CasePane, key: str, applications: int | None = None) -> None:
    """Open the checklist item with the keyboard (Enter on its row), set it "erfüllt"."""
    table = pane.checklist
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).data(case_tables.KEY_ROLE) == key)
    table.setFocus()
    table.selectRow(row)
    dialog = pane.edit_item()
    assert dialog is not None
    dialog.state.setCurrentIndex(dialog.state.findData("met"))
    if applications is not None:
        dialog.count.setValue(applications)
    before = pane.detail().readiness.met
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.accept()
    _settled(qtbot, pane, lambda: pane.detail().readiness.met == before + 1)


def test_from_a_new_case_to_the_own_flat(qtbot, sqlite_database: Database, open_window):
    database = sqlite_database
    world = build_case_world(database)
    window = open_window(database, world.actors["sw_park"])
    pane = window.case_pane
    assert isinstance(pane, CasePane)

    # 1. a new case for the Kovalenko family
    dialog = window.open_new_case()
    qtbot.waitUntil(lambda: not dialog.is_searching() and dialog.households.count() > 0,
                    timeout=TIMEOUT)
    qtbot.keyClicks(dialog.search, "kovalenko")
    dialog.run_search()
    qtbot.waitUntil(lambda: not dialog.is_searching() and dialog.households.count() == 1,
                    timeout=TIMEOUT)
    dialog.households.setCurrentRow(0)
    dialog.goals.setPlainText("Eigene barrierefreie Wohnung in Soest")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.accept()
    case_id = saved.args[0]
    _settled(qtbot, pane, lambda: pane.detail().case_id == case_id)
    assert window.tabs.currentWidget() is window.list_tabs["cases"]
    assert pane.header.title.text() == "Familie Kovalenko"
    assert pane.header.readiness.text() == "0 von 8 Punkten erfüllt"

    # 2. the checklist, item by item, until the household is ready (WBS is not required)
    required = [i.item.key for i in pane.detail().items if i.item.required]
    assert len(required) == 8 and "wbs" not in required
    for key in required:
        _tick(qtbot, pane, key, applications=12 if key == "flat_search" else None)
    detail = pane.detail()
    assert detail.readiness.ready and detail.readiness.ready_since == office_today()
    assert detail.status == "active"  # work on the checklist began the case
    assert pane.header.readiness.text() == "8 von 8 Punkten erfüllt"
    assert office_today().strftime("%d.%m.%Y") in pane.header.ready_since.text()

    # 3. the flat search: the fitting offer first, reserved for the household
    qtbot.mouseClick(pane.flat_search_button, Qt.MouseButton.LeftButton)
    search = window.cases.last_dialog
    assert isinstance(search, FlatSearchDialog)
    qtbot.waitUntil(lambda: not search.is_busy() and search.table.rowCount() > 0,
                    timeout=TIMEOUT)
    names = [search.table.item(r, 0).text() for r in range(search.table.rowCount())]
    refused = {search.refused.item(r, 0).text().split("\n")[0]:
               search.refused.item(r, search.refused.columnCount() - 1).text()
               for r in range(search.refused.rowCount())}
    assert refused["Angebot Enge"].startswith("zu wenig Fläche")
    assert refused["Angebot Einzimmer"].startswith("nur 1 Platz frei")
    search.table.selectRow(next(r for r, n in enumerate(names) if "Bahnhof" in n))
    offer = search.selected_offer()
    assert offer is not None and offer.facility_id == world.offers["fits"]
    assert search.reserve_button.isEnabled()
    qtbot.mouseClick(search.reserve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: search.changed and not search.is_busy(), timeout=TIMEOUT)
    search.reject()
    _settled(qtbot, pane, lambda: pane.detail().offer is not None)
    assert pane.detail().offer.facility_id == world.offers["fits"]
    assert pane.header.offer.isVisibleTo(pane)

    # 4. the move into the own flat
    qtbot.mouseClick(pane.own_flat_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.cases.last_dialog, OwnFlatDialog),
                    timeout=TIMEOUT)
    move = window.cases.last_dialog
    assert move.offer.text().startswith("Angebot Bahnhof")
    move.note.setPlainText("Mietvertrag unterschrieben, Schlüsselübergabe heute")
    with qtbot.waitSignal(move.saved, timeout=TIMEOUT):
        qtbot.mouseClick(move.save_button, Qt.MouseButton.LeftButton)

    # 5. the case is closed with the outcome "eigene Wohnung"
    today = office_today()
    _settled(qtbot, pane, lambda: pane.detail().closed)
    detail = pane.detail()
    assert (detail.status, detail.outcome, detail.closed_on) == ("closed", "own_flat", today)
    assert pane.header.closed.text() == (
        f"{today:%d.%m.%Y} – Ergebnis: eigene Wohnung")
    assert not pane.own_flat_button.isEnabled() and not pane.flat_search_button.isEnabled()
    with database.read() as session:
        case = session.get(Case, case_id)
        assert (case.status, case.outcome, case.closed_on) == ("closed", "own_flat", today)
        assert session.get(Facility, world.offers["fits"]).offer_status == "accepted"
        ended = session.scalars(select(Stay).where(
            Stay.person_id.in_([world.person(p) for p in FAMILY]))).all()
        assert {(s.end_date, s.move_out_reason) for s in ended} == {(today, "own_flat")}

    # 6. the closed case stays in sight although the list of open cases no longer shows it;
    # a search that finds no case empties the pane
    cases_list = window.list_tabs["cases"]
    qtbot.waitUntil(lambda: not cases_list.model.is_busy(), timeout=TIMEOUT)
    assert pane.detail() is not None and pane.detail().case_id == case_id
    search_field = cases_list.findChild(QLineEdit, "casesFilter")
    search_field.setText("niemand-heisst-so")
    cases_list.apply_filter()
    qtbot.waitUntil(lambda: pane.detail() is None, timeout=TIMEOUT)
