"""The case pane and its dialogs: a case is shown with household, status and readiness;
ticking checklist items fills the readiness bar until the household is ready; a note's text
is read only when it is selected, with one audit row per selection; a Leitung sees no notes
and the pane never asks for them; follow-ups, status, responsibility, goals and closing
through their dialogs; a new case through "Neuer Fall"; bad input keeps the dialog open with
the German message and what was typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from soest_desk.db import Database
from soest_desk.models import FollowUp
from soest_desk.services.clock import office_today
from soest_desk.ui.cases import case_tables
from soest_desk.ui.cases.case_dialogs import (
    CloseCaseDialog,
    FollowUpDialog,
    GoalsDialog,
    NoteDialog,
    ReadinessItemDialog,
    StatusDialog,
)
from soest_desk.ui.cases.case_pane import FOLLOW_UPS, CasePane
from soest_desk.ui.cases.flat_search_dialog import FlatSearchDialog
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.cases.open_case_dialog import OpenCaseDialog
from tests.services.case_fixtures import (
    MARKER,
    CaseWorld,
    audit_rows,
    build_case_world,
    open_case,
)

TIMEOUT = 5000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def world(sqlite_database: Database) -> CaseWorld:
    return build_case_world(sqlite_database)


def _pane(qtbot, database: Database, world: CaseWorld, case_id: int,
          actor: str = "sw_park") -> CasePane:
    pane = CasePane(CasesGateway(database, world.actors[actor]))
    qtbot.addWidget(pane)
    pane.resize(560, 760)
    pane.show()
    pane.show_case(case_id)
    qtbot.waitUntil(lambda: pane.detail() is not None and not pane.is_loading(),
                    timeout=TIMEOUT)
    return pane


def _settled(qtbot, pane: CasePane, condition=lambda: True) -> None:
    qtbot.waitUntil(lambda: not pane.is_loading() and pane.detail() is not None
                    and condition(), timeout=TIMEOUT)


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.accept()


def _refused(qtbot, dialog) -> str:
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.error_text() != "",
                    timeout=TIMEOUT)
    assert dialog.isVisible()  # stays open with what was typed
    return dialog.error_text()


def _row_of(pane: CasePane, key: str) -> int:
    table = pane.checklist
    return next(r for r in range(table.rowCount())
                if table.item(r, 0).data(case_tables.KEY_ROLE) == key)


def _edit_item(pane: CasePane, key: str) -> ReadinessItemDialog:
    pane.checklist.selectRow(_row_of(pane, key))
    dialog = pane.edit_item()
    assert isinstance(dialog, ReadinessItemDialog)
    return dialog


def _set_state(dialog: ReadinessItemDialog, state: str) -> None:
    dialog.state.setCurrentIndex(dialog.state.findData(state))


# ---------------------------------------------------------------- showing a case

def test_the_pane_shows_household_status_and_checklist(qtbot, database):
    world = build_case_world(database)
    case_id = open_case(database, world, "kovalenko", goals="Eigene Wohnung in Soest")
    pane = _pane(qtbot, database, world, case_id)
    header = pane.header
    assert header.title.text() == "Familie Kovalenko"
    assert header.status.text() == "Offen"
    assert header.worker.text() == "Paula Park"
    assert header.facility.text() == "Haus am Park"
    assert not header.closed.isVisibleTo(pane) and not header.offer.isVisibleTo(pane)
    assert header.readiness.text() == "0 von 8 Punkten erfüllt"
    assert header.ready_since.text() == "noch nicht bereit"
    assert pane.members.rowCount() == 3
    assert {pane.members.item(r, 3).text() for r in range(3)} == {"Haus am Park, EG-02"}
    assert pane.checklist.rowCount() == 9
    assert "kein Pflichtpunkt" in pane.checklist.item(_row_of(pane, "wbs"), 0).text()
    assert pane.goals.text() == "Eigene Wohnung in Soest"
    for button in (pane.status_button, pane.reassign_button, pane.close_button,
                   pane.flat_search_button, pane.own_flat_button, pane.add_follow_up_button,
                   pane.notes.add_button, pane.goals_button):
        assert not button.isHidden() and button.isEnabled(), button.objectName()
    assert not pane.edit_item_button.isEnabled()  # nothing selected yet
    pane.checklist.selectRow(0)
    assert pane.edit_item_button.isEnabled()


def test_ticking_the_checklist_makes_the_household_ready(qtbot, sqlite_database, world):
    database, today = sqlite_database, office_today()
    pane = _pane(qtbot, database, world, open_case(database, world, "kovalenko"))
    pane.checklist.setFocus()
    pane.checklist.selectRow(_row_of(pane, "residence_title"))
    qtbot.keyClick(pane.checklist, Qt.Key.Key_Return)  # Enter opens the item
    dialog = pane.dialog
    assert isinstance(dialog, ReadinessItemDialog)
    assert dialog.expires.isVisibleTo(dialog) and not dialog.count.isVisibleTo(dialog)
    # an open item has no date yet, and "kein Ablaufdatum" is ticked: Tab passes them by
    assert not dialog.day.isEnabled() and not dialog.expires.isEnabled()
    order = [dialog.state, dialog.no_expiry, dialog.evidence, dialog.save_button,
             dialog.cancel_button]
    assert dialog.focusWidget() is dialog.state  # the fields first, top to bottom
    for expected in order[1:]:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is expected
    _set_state(dialog, "met")
    dialog.no_expiry.setChecked(False)
    dialog.expires.setDate(_qdate(today + timedelta(days=365)))
    dialog.evidence.setPlainText("Aufenthaltserlaubnis § 25 AufenthG")
    _save(qtbot, dialog)
    _settled(qtbot, pane, lambda: pane.header.readiness.text() == "1 von 8 Punkten erfüllt")
    assert pane.header.status.text() == "In Begleitung"  # work on the checklist began
    row = _row_of(pane, "residence_title")
    assert pane.checklist.item(row, 1).text() == "erfüllt"
    assert pane.checklist.item(row, 5).text() == "Aufenthaltserlaubnis § 25 AufenthG"
    pane.checklist.selectRow(row)  # the evidence of the chosen item, whatever the width
    assert pane.checklist_section.evidence.text() == (
        "Nachweis: Aufenthaltserlaubnis § 25 AufenthG")
    assert pane.checklist.isColumnHidden(case_tables.C_EVIDENCE)  # no room beside the list
    pane.resize(900, 760)
    qtbot.waitUntil(lambda: not pane.checklist.isColumnHidden(case_tables.C_EVIDENCE))

    met = 1
    for key in ("rent_cost_assumption", "no_rent_arrears", "credit_report", "wbs",
                "bank_account", "german_level", "household_management", "flat_search"):
        dialog = _edit_item(pane, key)
        _set_state(dialog, "not_applicable" if key == "wbs" else "met")
        if key == "flat_search":
            assert dialog.count.isVisibleTo(dialog)
            dialog.count.setValue(12)
        _save(qtbot, dialog)
        met += key != "wbs"  # not required: it does not count either way
        _settled(qtbot, pane, lambda met=met: pane.header.readiness.text()
                 == f"{met} von 8 Punkten erfüllt")
    assert pane.header.ready_since.text() == f"bereit seit {today:%d.%m.%Y}"
    assert pane.checklist.item(_row_of(pane, "flat_search"), 4).text() == "12"
    assert pane.checklist.item(_row_of(pane, "flat_search"), 4).toolTip() == "12 Bewerbungen"


def test_an_expired_item_says_so_and_does_not_count(qtbot, sqlite_database, world):
    database, today = sqlite_database, office_today()
    case_id = open_case(database, world, "kovalenko")
    CasesGateway(database, world.actors["sw_park"]).set_item(
        case_id, "residence_title", "met", state_date=today - timedelta(days=60),
        expires_on=today - timedelta(days=1), count_value=None, evidence=None,
        version_id=None)
    pane = _pane(qtbot, database, world, case_id)
    cell = pane.checklist.item(_row_of(pane, "residence_title"), 3)
    assert cell.text().endswith("\nabgelaufen")
    assert cell.foreground().color().name() == "#9b1c1c"
    assert pane.header.readiness.text() == "0 von 8 Punkten erfüllt"


def test_an_expiry_before_the_date_is_refused_in_the_dialog(qtbot, sqlite_database, world):
    database, today = sqlite_database, office_today()
    pane = _pane(qtbot, database, world, open_case(database, world, "kovalenko"))
    dialog = _edit_item(pane, "residence_title")
    _set_state(dialog, "met")
    dialog.no_expiry.setChecked(False)
    dialog.expires.setDate(_qdate(today - timedelta(days=10)))
    dialog.evidence.setPlainText("Fiktionsbescheinigung")
    message = _refused(qtbot, dialog)
    assert "„gültig bis“" in message and "liegt vor dem Datum" in message
    assert dialog.findChild(QWidget, "caseItemExpiresRowError").isVisible()  # under the field
    assert dialog.evidence.toPlainText() == "Fiktionsbescheinigung"
    assert pane.header.readiness.text() == "0 von 8 Punkten erfüllt"


# ---------------------------------------------------------------- notes

def _read_rows(database: Database) -> int:
    return len(audit_rows(database, "case_notes", action="read"))


def _select_note(qtbot, pane: CasePane, row: int) -> None:
    pane.notes.list.setCurrentRow(row)
    note_id = pane.notes.list.item(row).data(Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(lambda: pane.notes.shown() is not None
                    and pane.notes.shown().header.id == note_id, timeout=TIMEOUT)


def test_a_note_is_read_only_when_selected_and_each_read_is_audited(qtbot, database):
    world = build_case_world(database)
    pane = _pane(qtbot, database, world, open_case(database, world, "kovalenko"))
    assert pane.notes.audit.text() == "Jedes Öffnen eines Vermerks wird protokolliert."
    for count, text in enumerate((MARKER, "Zweiter Vermerk"), start=1):
        dialog = pane.add_note()
        assert isinstance(dialog, NoteDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("home_visit"))
        dialog.minutes.setValue(45)
        dialog.body.setPlainText(text)
        _save(qtbot, dialog)
        _settled(qtbot, pane, lambda count=count: len(pane.notes.headers()) == count)
    assert pane.sections.tabText(2) == "Vermerke (2)"
    assert " · Hausbesuch · 45 Min. · Paula Park" in pane.notes.list.item(0).text()
    assert _read_rows(database) == 0  # listing the notes reads no text
    assert pane.notes.text.toPlainText() == ""

    marker_row = next(r for r in range(2) if pane.notes.headers()[r].id == min(
        h.id for h in pane.notes.headers()))
    _select_note(qtbot, pane, marker_row)
    assert pane.notes.text.toPlainText() == MARKER
    assert _read_rows(database) == 1
    pane.reload()  # reading the case again keeps the note on screen without a new read
    _settled(qtbot, pane)
    assert pane.notes.text.toPlainText() == MARKER and _read_rows(database) == 1
    _select_note(qtbot, pane, 1 - marker_row)
    assert pane.notes.text.toPlainText() == "Zweiter Vermerk"
    _select_note(qtbot, pane, marker_row)
    assert _read_rows(database) == 3  # one per selection


def test_a_note_on_its_way_survives_the_case_being_read_again(qtbot, sqlite_database, world):
    """The case is read again (F5, a list refresh) while a selected note's text loads: the
    text still shows, from the one audited read."""
    database = sqlite_database
    pane = _pane(qtbot, database, world, open_case(database, world, "kovalenko"))
    dialog = pane.add_note()
    dialog.body.setPlainText(MARKER)
    _save(qtbot, dialog)
    _settled(qtbot, pane, lambda: len(pane.notes.headers()) == 1)
    pane.notes.list.setCurrentRow(0)  # the read starts after a short pause …
    pane.reload()  # … and the case is read again meanwhile
    qtbot.waitUntil(lambda: pane.notes.shown() is not None, timeout=TIMEOUT)
    _settled(qtbot, pane)
    assert pane.notes.text.toPlainText() == MARKER
    assert _read_rows(database) == 1


def test_an_empty_note_is_refused_and_the_dialog_keeps_its_input(qtbot, sqlite_database,
                                                                  world):
    pane = _pane(qtbot, sqlite_database, world,
                 open_case(sqlite_database, world, "kovalenko"))
    dialog = pane.add_note()
    dialog.minutes.setValue(30)
    dialog.body.setPlainText("   ")
    assert "Text: bitte den Vermerk schreiben." in _refused(qtbot, dialog)
    assert dialog.minutes.value() == 30
    assert dialog.findChild(QWidget, "caseNoteBodyError").isVisible()


def test_a_leitung_sees_no_notes_and_the_pane_never_asks_for_them(
        qtbot, sqlite_database, world, monkeypatch):
    database, today = sqlite_database, office_today()
    case_id = open_case(database, world, "kovalenko", goals="Sozialdaten")
    worker = CasesGateway(database, world.actors["sw_park"])
    worker.add_note(case_id, today, "consultation", MARKER, 30)
    worker.add_follow_up(case_id, today + timedelta(days=3), "Geheimer Betreff")
    worker.set_item(case_id, "bank_account", "met", state_date=today, expires_on=None,
                    count_value=None, evidence="Konto bei der Sparkasse", version_id=None)
    calls: list[str] = []
    monkeypatch.setattr(CasesGateway, "note_headers",
                        lambda self, *a: calls.append("note_headers"))
    monkeypatch.setattr(CasesGateway, "read_note", lambda self, *a: calls.append("read_note"))
    pane = _pane(qtbot, database, world, case_id, actor="manager")
    assert pane.notes.is_locked()
    assert "nur für die Sozialarbeit" in pane.notes.locked.text()
    assert pane.goals.text() == "nur für die Sozialarbeit sichtbar"
    assert pane.checklist.isColumnHidden(case_tables.C_EVIDENCE)
    assert pane.checklist_section.evidence.text() == (
        "Nachweise: nur für die Sozialarbeit sichtbar")
    assert pane.checklist.item(_row_of(pane, "bank_account"), 5).text() == ""
    assert pane.follow_ups.item(0, 1).text() == "nur für die Sozialarbeit sichtbar"
    assert pane.header.readiness.text() == "1 von 8 Punkten erfüllt"
    for button in (pane.edit_item_button, pane.notes.add_button, pane.status_button,
                   pane.close_button, pane.goals_button, pane.follow_up_done_button):
        assert button.isHidden(), button.objectName()
    assert pane.add_note() is None and pane.edit_goals() is None
    pane.reload()
    _settled(qtbot, pane)
    assert calls == []
    assert _read_rows(database) == 0


# ---------------------------------------------------------------- follow-ups

def test_follow_ups_are_added_marked_done_and_overdue_ones_stand_out(
        qtbot, sqlite_database, world):
    database, today = sqlite_database, office_today()
    case_id = open_case(database, world, "kovalenko")
    with database.write() as session:
        session.add(FollowUp(case_id=case_id, due_on=today - timedelta(days=2),
                             subject="Jobcenter anrufen"))
    pane = _pane(qtbot, database, world, case_id)
    assert pane.sections.tabText(FOLLOW_UPS) == "Wiedervorlagen (1)"
    assert not pane.sections.tabIcon(FOLLOW_UPS).isNull()  # the overdue clock
    assert pane.sections.tabToolTip(FOLLOW_UPS) == "1 offen, davon 1 überfällig"
    overdue = pane.follow_ups.item(0, 0)
    assert overdue.text().endswith("– überfällig")
    assert overdue.foreground().color().name() == "#9b1c1c"

    dialog = pane.add_follow_up()
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.due.date() == _qdate(today + timedelta(days=7))
    assert "Betreff" in _refused(qtbot, dialog)
    dialog.subject.setText("WBS-Antrag nachhalten")
    _save(qtbot, dialog)
    _settled(qtbot, pane, lambda: pane.follow_ups.rowCount() == 2)
    assert pane.follow_ups.item(1, 1).text() == "WBS-Antrag nachhalten"

    pane.follow_ups.selectRow(0)
    assert pane.follow_up_done_button.text() == "&Erledigt"
    with qtbot.waitSignal(pane.changed, timeout=TIMEOUT):
        qtbot.mouseClick(pane.follow_up_done_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, pane, lambda: pane.follow_ups.item(1, 2).text() != "")
    assert pane.follow_ups.item(0, 1).text() == "WBS-Antrag nachhalten"  # open ones first
    done = pane.follow_ups.item(1, 0)
    assert done.text() == f"{today - timedelta(days=2):%d.%m.%Y}"  # done: no longer overdue
    assert done.foreground().color().name() == "#6b6b6b"
    assert pane.sections.tabText(FOLLOW_UPS) == "Wiedervorlagen (1)"
    assert pane.sections.tabIcon(FOLLOW_UPS).isNull()
    pane.follow_ups.selectRow(1)
    assert pane.follow_up_done_button.text() == "Wieder &öffnen"


# ---------------------------------------------------------------- status, worker, goals, close

def test_status_responsibility_and_goals_through_their_dialogs(qtbot, sqlite_database,
                                                                world):
    database = sqlite_database
    pane = _pane(qtbot, database, world, open_case(database, world, "kovalenko"))
    dialog = pane.change_status()
    assert isinstance(dialog, StatusDialog)
    assert [dialog.status.itemText(i) for i in range(dialog.status.count())] == [
        "Offen", "In Begleitung", "Ruht"]
    dialog.status.setCurrentIndex(dialog.status.findData("dormant"))
    _save(qtbot, dialog)
    _settled(qtbot, pane, lambda: pane.header.status.text() == "Ruht")

    pane.reassign()
    qtbot.waitUntil(lambda: pane.dialog is not None
                    and pane.dialog.objectName() == "caseReassignDialog", timeout=TIMEOUT)
    dialog = pane.dialog
    names = [dialog.worker.itemText(i) for i in range(dialog.worker.count())]
    assert names == ["Paula Park", "Rita Ring"]  # active social workers only
    assert dialog.worker.currentText() == "Paula Park"
    dialog.worker.setCurrentIndex(1)
    _save(qtbot, dialog)
    _settled(qtbot, pane, lambda: pane.header.worker.text() == "Rita Ring")

    dialog = pane.edit_goals()
    assert isinstance(dialog, GoalsDialog)
    dialog.goals.setPlainText("Deutschkurs B1, Wohnung in Soest-Süd")
    _save(qtbot, dialog)
    _settled(qtbot, pane, lambda: pane.goals.text() == "Deutschkurs B1, Wohnung in Soest-Süd")


def test_a_stale_save_shows_the_conflict_and_the_pane_reads_again(qtbot, sqlite_database,
                                                                   world):
    database = sqlite_database
    case_id = open_case(database, world, "kovalenko")
    pane = _pane(qtbot, database, world, case_id)
    dialog = pane.change_status()
    version = pane.detail().version_id
    CasesGateway(database, world.actors["sw_park"]).set_status(case_id, version, "active")
    dialog.status.setCurrentIndex(dialog.status.findData("dormant"))
    with qtbot.waitSignal(dialog.stale, timeout=TIMEOUT):
        dialog.accept()
    assert "inzwischen von jemand anderem geändert" in dialog.error_text()
    assert dialog.isVisible()
    _settled(qtbot, pane, lambda: pane.header.status.text() == "In Begleitung")


def test_closing_a_case_shows_the_outcome_and_locks_the_steps(qtbot, sqlite_database, world):
    database = sqlite_database
    pane = _pane(qtbot, database, world, open_case(database, world, "kovalenko"))
    dialog = pane.close_case()
    assert isinstance(dialog, CloseCaseDialog)
    assert dialog.save_button.text() == "Abschließen"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("own_flat"))
    assert "Auszug in eigene Wohnung" in _refused(qtbot, dialog)  # still living here
    assert dialog.findChild(QWidget, "caseOutcomeError").isVisible()
    assert dialog.save_button.text() == "Abschließen"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("no_longer_needed"))
    _save(qtbot, dialog)
    _settled(qtbot, pane, lambda: pane.header.status.text() == "Abgeschlossen")
    assert pane.header.closed.isVisibleTo(pane)
    assert pane.header.closed.text() == (f"{office_today():%d.%m.%Y} – Ergebnis: keine "
                                         "Begleitung mehr nötig")
    for button in (pane.status_button, pane.close_button, pane.notes.add_button,
                   pane.add_follow_up_button, pane.flat_search_button, pane.own_flat_button):
        assert not button.isEnabled(), button.objectName()
    assert pane.close_case() is None


def test_the_flat_steps_are_asked_for_with_the_case(qtbot, sqlite_database, world):
    case_id = open_case(sqlite_database, world, "kovalenko")
    pane = _pane(qtbot, sqlite_database, world, case_id)
    with qtbot.waitSignal(pane.flatSearchRequested, timeout=TIMEOUT) as search:
        qtbot.mouseClick(pane.flat_search_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pane.ownFlatRequested, timeout=TIMEOUT) as own:
        qtbot.mouseClick(pane.own_flat_button, Qt.MouseButton.LeftButton)
    assert search.args == [case_id] and own.args == [case_id]


# ---------------------------------------------------------------- a new case

def _open_dialog(qtbot, database: Database, world: CaseWorld) -> OpenCaseDialog:
    dialog = OpenCaseDialog(CasesGateway(database, world.actors["sw_park"]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_searching()
                    and dialog.worker.currentData() is not None, timeout=TIMEOUT)
    return dialog


def test_a_new_case_for_a_household_found_by_name(qtbot, database):
    world = build_case_world(database)
    open_case(database, world, "rahimi")
    dialog = _open_dialog(qtbot, database, world)
    listed = [dialog.households.item(r).text() for r in range(dialog.households.count())]
    assert any(text.startswith("Familie Kovalenko – Haus am Park, 3 Personen")
               for text in listed)
    assert not any("Berg" in text for text in listed)  # lives in another facility
    assert not any("Rahimi" in text for text in listed)  # has an open case
    assert dialog.worker.currentText() == "Paula Park"  # the signed-in social worker
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "hadd")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # searches, does not save
    qtbot.waitUntil(lambda: not dialog.is_searching() and dialog.households.count() == 1,
                    timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.households.hasFocus()
    assert dialog.households.item(0).text().startswith("Haddad – Haus am Park")
    dialog.goals.setPlainText("Wohnung mit Haustier")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.accept()
    detail = CasesGateway(database, world.actors["sw_park"]).detail(saved.args[0])
    assert (detail.household, detail.social_worker, detail.goals, detail.status) == (
        "Haddad", "Paula Park", "Wohnung mit Haustier", "open")


def test_a_new_case_needs_a_household(qtbot, sqlite_database, world):
    dialog = _open_dialog(qtbot, sqlite_database, world)
    qtbot.keyClicks(dialog.search, "niemand-heisst-so")
    dialog.run_search()
    qtbot.waitUntil(lambda: not dialog.is_searching() and dialog.households.count() == 0,
                    timeout=TIMEOUT)
    assert dialog.hits.text() == "Kein passender Haushalt ohne offenen Fall gefunden."
    dialog.goals.setPlainText("bleibt stehen")
    assert "Haushalt: bitte einen Haushalt" in _refused(qtbot, dialog)
    assert dialog.goals.toPlainText() == "bleibt stehen"


# ---------------------------------------------------------------- the window

def test_the_window_opens_a_new_case_and_shows_it_in_the_pane(qtbot, sqlite_database, world,
                                                              open_window):
    window = open_window(sqlite_database, world.actors["sw_park"])
    pane = window.case_pane
    assert isinstance(pane, CasePane)
    names = [a.objectName() for a in window.findChild(QWidget, "menuFile").actions()]
    assert names.index("actionNewCase") < names.index("actionImport")
    assert window.findChild(QWidget, "menuView").actions()[-1].objectName() == "actionCaseload"
    dialog = window.open_new_case()
    qtbot.waitUntil(lambda: not dialog.is_searching() and dialog.households.count() > 0,
                    timeout=TIMEOUT)
    row = next(r for r in range(dialog.households.count())
               if dialog.households.item(r).text().startswith("Familie Kovalenko"))
    dialog.households.setCurrentRow(row)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.accept()
    qtbot.waitUntil(lambda: pane.detail() is not None
                    and pane.detail().case_id == saved.args[0], timeout=TIMEOUT)
    assert window.tabs.currentWidget() is window.list_tabs["cases"]
    assert pane.header.title.text() == "Familie Kovalenko"
    cases_list = window.list_tabs["cases"]
    qtbot.waitUntil(cases_list.model.is_loaded, timeout=TIMEOUT)
    dialog = pane.change_status()  # a step in the pane: the list is read again
    dialog.status.setCurrentIndex(dialog.status.findData("dormant"))
    with qtbot.waitSignal(cases_list.model.reloaded, timeout=TIMEOUT):
        dialog.accept()
    qtbot.mouseClick(pane.flat_search_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.cases.last_dialog, FlatSearchDialog)
    window.cases.last_dialog.reject()


def test_a_leitung_cannot_open_cases_from_the_window(qtbot, sqlite_database, world,
                                                    open_window):
    window = open_window(sqlite_database, world.actors["manager"])
    action = window.findChild(QWidget, "menuFile")
    assert action is not None
    new_case = next(a for a in action.actions() if a.objectName() == "actionNewCase")
    assert not new_case.isEnabled() and window.open_new_case() is None
    assert window.case_pane.status_button.isHidden()
