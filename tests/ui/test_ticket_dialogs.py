"""The step dialogs: a refusal keeps the dialog open with the input, two editors saving over
each other get the conflict dialog (nothing overwritten), the extra steps, and printing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
)

from soest_desk.services.ticket_views import load_detail
from soest_desk.ui.tickets.conflict_dialog import ConflictDialog
from tests.ui.ticket_helpers import (
    TIMEOUT,
    buttons,
    click_step,
    click_ticket,
    make_cast,
    open_tickets,
    report,
    save,
    save_refused,
    step,
    type_into,
)
from tests.ui.work_dialogs_helpers import choose, fill_cost_row


def detail_of(database, actor, ticket_id):
    with database.read() as session:
        return load_detail(session, actor, ticket_id)


def test_two_editors_saving_over_each_other_get_the_conflict_dialog(qtbot, sqlite_database,
                                                                    open_window):
    cast = make_cast(sqlite_database)
    ticket = report(sqlite_database, cast.site_a, cast.facility_a, "Fenster undicht")
    _w1, first = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    _w2, second = open_tickets(qtbot, open_window, sqlite_database, cast.service_2)
    click_ticket(qtbot, first, ticket)
    click_ticket(qtbot, second, ticket)  # both see "Gemeldet" with "Übernehmen"

    dialog = click_step(qtbot, first, "ticketAction_accept")
    qtbot.mouseClick(dialog.findChild(QRadioButton, "acceptToExternal"),
                     Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.external, "Glaserei Brandt")
    save(qtbot, first, dialog)

    stale = click_step(qtbot, second, "ticketAction_accept")  # still shows the old state
    qtbot.waitUntil(stale.staff_loaded, timeout=TIMEOUT)
    type_into(qtbot, stale.note, "Mache ich morgen früh")
    qtbot.mouseClick(stale.findChild(QPushButton, "stepSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.actions.conflict is not None, timeout=TIMEOUT)
    conflict = second.actions.conflict
    assert isinstance(conflict, ConflictDialog)
    assert conflict.objectName() == "ticketConflictDialog" and conflict.isVisible()
    qtbot.waitUntil(lambda: second.actions.dialog is None, timeout=TIMEOUT)  # step dialog shut
    lines = conflict.change_lines()
    assert len(lines) == 1
    assert lines[0].endswith("Olaf Objektservice: Gemeldet → Übernommen "
                             "(zuständig: Glaserei Brandt)")
    assert "inzwischen von jemand anderem geändert" in conflict.findChild(
        QLabel, "conflictMessage").text()
    assert conflict.typed.toPlainText() == "Mache ich morgen früh"  # nothing typed is lost

    qtbot.mouseClick(conflict.findChild(QPushButton, "conflictReload"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.detail.detail.state == "accepted"
                    and not second.detail.is_loading(), timeout=TIMEOUT)
    assert "ticketAction_start" in buttons(second)
    assert "ticketAction_accept" not in buttons(second)
    saved = detail_of(sqlite_database, cast.service, ticket)
    assert saved.assignee == "Glaserei Brandt"  # the second save overwrote nothing
    assert [e.note for e in saved.timeline] == [None, None]


def test_a_refused_step_keeps_the_dialog_and_the_input(qtbot, sqlite_database, open_window):
    cast = make_cast(sqlite_database)
    ticket = report(sqlite_database, cast.site_a, cast.facility_a, "Tür schließt nicht")
    _window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    click_ticket(qtbot, tab, ticket)
    dialog = click_step(qtbot, tab, "ticketAction_accept")
    qtbot.mouseClick(dialog.findChild(QRadioButton, "acceptToExternal"),
                     Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.note, "Bitte mit Schlüssel")
    message = save_refused(qtbot, dialog)
    assert message.startswith("Zuständig: bitte genau eine Person des Objektservices")
    assert dialog.findChild(QLabel, "acceptAssigneeError").isVisible()  # under the field
    assert dialog.note.toPlainText() == "Bitte mit Schlüssel"
    dialog.reject()

    dialog = click_step(qtbot, tab, "ticketAction_query")
    assert save_refused(qtbot, dialog) == "Rückfrage: bitte ausfüllen."
    dialog.reject()
    assert detail_of(sqlite_database, cast.service, ticket).state == "reported"


def test_cancel_as_duplicate_checks_the_number(qtbot, sqlite_database, open_window):
    cast = make_cast(sqlite_database)
    first = report(sqlite_database, cast.site_a, cast.facility_a, "Licht im Flur")
    second = report(sqlite_database, cast.site_a, cast.facility_a, "Flurlicht kaputt")
    _window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.site_a)
    tab.queues.buttons["open"].click()
    qtbot.waitUntil(tab.is_idle, timeout=TIMEOUT)
    click_ticket(qtbot, tab, second)
    dialog = click_step(qtbot, tab, "ticketAction_cancel")
    type_into(qtbot, dialog.note, "Schon gemeldet")
    type_into(qtbot, dialog.duplicate, "abc")
    assert save_refused(qtbot, dialog).startswith("Doppelt zu: bitte die Nummer")
    assert dialog.findChild(QLabel, "cancelDuplicateError").isVisible()
    dialog.duplicate.setText(f"#{first}")
    save(qtbot, tab, dialog)
    saved = detail_of(sqlite_database, cast.site_a, second)
    assert (saved.state, saved.duplicate_of_id) == ("cancelled", first)


def test_secure_priority_comment_and_costs(qtbot, sqlite_database, open_window):
    cast = make_cast(sqlite_database)
    ticket = report(sqlite_database, cast.site_a, cast.facility_a, "Kabel hängt aus der Decke",
                    category="electrical")
    _window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    click_ticket(qtbot, tab, ticket)
    assert "ticketSecure" not in buttons(tab)

    dialog = click_step(qtbot, tab, "ticketPriority")
    choose(dialog.priority, "immediate")
    assert save_refused(qtbot, dialog) == "Grund der Änderung: bitte ausfüllen."
    type_into(qtbot, dialog.note, "Stromschlaggefahr")
    save(qtbot, tab, dialog)
    view = tab.detail.view()
    assert "Gefahrenstelle – sichern bis" in view.findChild(QLabel, "ticketDetailHazard").text()

    dialog = click_step(qtbot, tab, "ticketSecure")
    type_into(qtbot, dialog.note, "Sicherung ausgeschaltet, Raum gesperrt")
    save(qtbot, tab, dialog)
    assert "gesichert am" in tab.detail.view().findChild(QLabel, "ticketDetailHazard").text()

    dialog = click_step(qtbot, tab, "ticketComment")
    type_into(qtbot, dialog.note, "Elektriker ist informiert")
    save(qtbot, tab, dialog)

    step(sqlite_database, cast.service, ticket, "accept", assignee_external="Elektro Kaya")
    step(sqlite_database, cast.service, ticket, "start")
    tab.refresh()
    qtbot.waitUntil(tab.is_idle, timeout=TIMEOUT)
    dialog = click_step(qtbot, tab, "ticketBookCosts")
    assert save_refused(qtbot, dialog) == "Kosten: bitte mindestens eine Position ausfüllen."
    fill_cost_row(qtbot, dialog.costs, 0, "contractor", amount="abc")
    assert save_refused(qtbot, dialog) == "Betrag: „abc“ ist keine Zahl."
    dialog.costs.findChild(QLineEdit, "costAmount_0").setText("1.234,50")
    save(qtbot, tab, dialog)
    assert tab.detail.view().findChild(QLabel, "ticketCostTotal").text() == "Summe: 1.234,50 €"
    history = tab.detail.view().timeline_texts()
    assert any("Kommentar – Elektriker ist informiert" in line for line in history)
    assert any("Gesichert – Sicherung ausgeschaltet" in line for line in history)


def test_work_orders_are_printed_off_the_gui_thread(qtbot, sqlite_database, open_window,
                                                    tmp_path: Path):
    pytest.importorskip("soest_desk.reports.work_order_pdf")
    cast = make_cast(sqlite_database)
    one = report(sqlite_database, cast.site_a, cast.facility_a, "Heizung kalt")
    two = report(sqlite_database, cast.site_a, cast.facility_a, "Fenster undicht")
    _window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    asked: list[str] = []

    def path_for(_parent, name: str) -> str:
        asked.append(name)
        return str(tmp_path / name.removesuffix(".pdf"))  # ".pdf" is added

    tab.actions.printer.choose_pdf_path = path_for
    click_ticket(qtbot, tab, one)
    with qtbot.waitSignal(tab.actions.printer.written, timeout=TIMEOUT) as written:
        qtbot.mouseClick(tab.detail.view().findChild(QPushButton, "ticketPrint"),
                         Qt.MouseButton.LeftButton)
    assert written.args == [str(tmp_path / f"Auftrag_{one}.pdf")]
    assert Path(written.args[0]).read_bytes().startswith(b"%PDF")
    box = tab.findChild(QMessageBox, "ticketMessageBox")
    assert "Der Auftrag steht in" in box.text()
    box.close()

    tab.list.table.selectAll()
    assert set(tab.selected_ids()) == {one, two}
    with qtbot.waitSignal(tab.actions.printer.written, timeout=TIMEOUT) as written:
        qtbot.mouseClick(tab.findChild(QPushButton, "ticketsPrintSelected"),
                         Qt.MouseButton.LeftButton)
    assert asked[1].startswith("Auftraege_")
    assert Path(written.args[0]).exists()

    viewport = tab.list.table.viewport()  # right click in the list: its context menu
    where = QPoint(20, 20)
    QApplication.sendEvent(viewport, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where)))
    menu = tab.findChild(QMenu)
    action = menu.findChild(QAction, "ticketsPrintAction")
    assert action.isEnabled() and action.text() == "Aufträge drucken (PDF) …"
    with qtbot.waitSignal(tab.actions.printer.written, timeout=TIMEOUT):
        action.trigger()
    assert len(asked) == 3


def test_printing_without_the_report_module_says_so(qtbot, sqlite_database, open_window,
                                                    monkeypatch):
    cast = make_cast(sqlite_database)
    ticket = report(sqlite_database, cast.site_a, cast.facility_a, "Heizung kalt")
    _window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    click_ticket(qtbot, tab, ticket)

    def missing(name: str):
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr("soest_desk.ui.tickets.work_orders.importlib.import_module", missing)
    tab.actions.printer.choose_pdf_path = lambda *_args: pytest.fail("no path is asked")
    qtbot.mouseClick(tab.detail.view().findChild(QPushButton, "ticketPrint"),
                     Qt.MouseButton.LeftButton)
    box = tab.findChild(QMessageBox, "ticketMessageBox")
    assert box is not None and "noch nicht enthalten" in box.text()
