"""The Mängel tab: queues with counts, filters that combine, markers for overdue and safety
hazards, who sees which buttons, and the new-ticket dialog refusing bad input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QToolButton

from soest_desk.services import listing, ticket_photos, tickets
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.ticket_workflow import Action
from soest_desk.ui.table_models.lazy_table_model import WARNING_GROUND, IdRole
from soest_desk.ui.tickets import markers
from tests.ui.ticket_helpers import (
    TIMEOUT,
    Cast,
    buttons,
    click_ticket,
    make_cast,
    open_tickets,
    png_file,
    report,
    save_refused,
    step,
    tickets_title,
    type_into,
    wait_idle,
)
from tests.ui.work_dialogs_helpers import choose, open_new_ticket

QUEUES = ("mine", "open", "overdue", "safety", "repeats", "done")


def make_tickets(database, cast: Cast) -> dict[str, int]:
    a, b = cast.facility_a, cast.facility_b
    long_ago = datetime.now(UTC) - timedelta(days=30)
    ids = {
        "hazard": report(database, cast.site_a, a, "Geländer lose", priority="immediate",
                         category="outdoor"),
        "overdue": report(database, cast.site_a, a, "Heizung kalt", priority="urgent",
                          category="heating", now=long_ago),
        "query": report(database, cast.site_a, a, "Tür klemmt", category="windows_doors"),
        "nord": report(database, cast.site_b, b, "Wasserhahn tropft", category="plumbing"),
        "repeat_1": report(database, cast.site_a, a, "Abfluss verstopft", category="plumbing",
                           unit_id=cast.unit_a1),
        "repeat_2": report(database, cast.site_a, a, "Abfluss wieder verstopft",
                           category="plumbing", unit_id=cast.unit_a1),
        "closed": report(database, cast.site_a, a, "Lampe defekt", category="electrical"),
    }
    step(database, cast.service, ids["query"], "query", note="Welche Tür?")
    service, closed = cast.service, ids["closed"]
    step(database, service, closed, "accept", assignee_external="Elektro Kaya")
    step(database, service, closed, "start")
    step(database, service, closed, "resolve", note="Leuchtmittel getauscht")
    step(database, cast.site_a, closed, "confirm")
    return ids


def queue_counts(tab) -> dict[str, str]:
    return {q: tab.queues.count_text(q) for q in QUEUES if q in tab.queues.buttons}


def click_queue(qtbot, tab, queue: str) -> None:
    qtbot.mouseClick(tab.findChild(QToolButton, f"ticketQueue_{queue}"),
                     Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tab)


def shown_ids(tab) -> set[int]:
    return {tab.model.index(r, 0).data(IdRole) for r in range(tab.model.rowCount())}


def test_queues_count_their_rows_for_each_role(qtbot, sqlite_database, open_window):
    cast = make_cast(sqlite_database)
    ids = make_tickets(sqlite_database, cast)
    window, service = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    assert queue_counts(service) == {
        "mine": "Bei mir am Zug (5)", "open": "Alle offenen (6)", "overdue": "Überfällig (1)",
        "safety": "Verkehrssicherheit (1)", "repeats": "Wiederholungsmängel (2)",
        "done": "Erledigt/abgeschlossen (1)"}
    assert tickets_title(window) == "Mängel (5)"
    assert service.queues.queue() == "mine"
    assert ids["query"] not in shown_ids(service)  # the Heimleitung's move
    expected = {"overdue": {ids["overdue"]}, "safety": {ids["hazard"]},
                "repeats": {ids["repeat_1"], ids["repeat_2"]}, "done": {ids["closed"]}}
    for queue, wanted in expected.items():
        click_queue(qtbot, service, queue)
        assert shown_ids(service) == wanted, queue
        assert service.count_label.text() == ("1 Eintrag" if len(wanted) == 1
                                              else f"{len(wanted)} Einträge")
        if queue == "repeats":
            click_ticket(qtbot, service, ids["repeat_2"])
            note = service.detail.view().findChild(QLabel, "ticketRepeatNote").text()
            assert note.startswith("Wiederholungsmangel") and f"#{ids['repeat_1']}" in note

    site_window, site = open_tickets(qtbot, open_window, sqlite_database, cast.site_a)
    assert shown_ids(site) == {ids["query"]}  # "Bei mir am Zug" of the Heimleitung
    assert tickets_title(site_window) == "Mängel (1)"
    click_queue(qtbot, site, "open")
    assert ids["nord"] not in shown_ids(site) and len(shown_ids(site)) == 5


def test_filters_and_search_combine_with_the_queue(qtbot, sqlite_database, open_window):
    cast = make_cast(sqlite_database)
    ids = make_tickets(sqlite_database, cast)
    _window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    click_queue(qtbot, tab, "open")
    facility = tab.findChild(QComboBox, "ticketsFacilityFilter")
    category = tab.findChild(QComboBox, "ticketsCategoryFilter")
    priority = tab.findChild(QComboBox, "ticketsPriorityFilter")
    search = tab.findChild(QLineEdit, "ticketsFilter")
    assert [facility.itemText(i) for i in range(facility.count())] == [
        "Alle Unterkünfte", "Haus am Bach", "Nordstraße 7"]

    choose(category, "plumbing")
    wait_idle(qtbot, tab)
    assert shown_ids(tab) == {ids["nord"], ids["repeat_1"], ids["repeat_2"]}
    assert tab.queues.count_text("open") == "Alle offenen (3)"
    assert tab.queues.count_text("mine") == "Bei mir am Zug (3)"
    choose(facility, cast.facility_a)
    wait_idle(qtbot, tab)
    assert shown_ids(tab) == {ids["repeat_1"], ids["repeat_2"]}
    type_into(qtbot, search, "wieder")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    wait_idle(qtbot, tab)
    assert shown_ids(tab) == {ids["repeat_2"]}
    assert tab.queues.count_text("repeats") == "Wiederholungsmängel (1)"
    assert tickets_title(_window) == "Mängel (5)"  # the title counts without filters

    search.clear()
    choose(category, None)
    choose(facility, None)
    choose(priority, "immediate")
    wait_idle(qtbot, tab)
    assert shown_ids(tab) == {ids["hazard"]}
    choose(facility, cast.facility_b)
    wait_idle(qtbot, tab)
    assert tab.state() == "no_hits"
    assert tab.findChild(QLabel, "ticketsMessageTitle").text() == (
        "Keine Meldungen für diese Auswahl.")


def test_overdue_and_hazard_rows_stand_out_with_a_marker(qtbot, sqlite_database, open_window,
                                                         qtmodeltester):
    cast = make_cast(sqlite_database)
    ids = make_tickets(sqlite_database, cast)
    _window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    click_queue(qtbot, tab, "open")
    model = tab.model
    rows = {model.index(r, 0).data(IdRole): r for r in range(model.rowCount())}
    hazard, overdue, plain = rows[ids["hazard"]], rows[ids["overdue"]], rows[ids["nord"]]
    decoration, background = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert model.index(hazard, 0).data(decoration) is not None
    assert model.index(hazard, 3).data(background) == markers.HAZARD_GROUND
    assert "noch nicht gesichert" in model.index(hazard, 0).data(tooltip)
    assert model.index(overdue, 0).data(decoration) is not None
    assert model.index(overdue, 3).data(background) == WARNING_GROUND
    assert model.index(overdue, 0).data(tooltip).startswith("Überfällig – fällig war")
    keys = [c.key for c in model.columns()]
    assert model.index(overdue, keys.index("overdue")).data() == "ja"  # in words, too
    assert model.index(plain, 0).data(decoration) is None
    assert model.index(plain, 3).data(background) is None
    qtmodeltester.check(model)


def test_who_sees_which_buttons_and_the_service_refuses_the_rest(qtbot, sqlite_database,
                                                                   open_window):
    cast = make_cast(sqlite_database)
    ids = make_tickets(sqlite_database, cast)

    boss_window, boss = open_tickets(qtbot, open_window, sqlite_database, cast.manager)
    assert "mine" not in boss.queues.buttons and boss.queues.queue() == "open"
    assert tickets_title(boss_window) == "Mängel"  # nothing is ever the Leitung's move
    assert not boss.findChild(QPushButton, "ticketsNew").isVisible()
    click_ticket(qtbot, boss, ids["hazard"])
    assert buttons(boss) == {"ticketPrint"}  # no step, no comment, no cost: only printing
    with sqlite_database.write(cast.manager) as session, pytest.raises(PermissionDenied) as no:
        tickets.perform(session, cast.manager, ids["hazard"], Action.ACCEPT,
                        tickets.StepInput(assignee_external="Firma X"))
    assert no.value.message == "„Übernehmen“ darf nur der Objektservice. Ihre Rolle: Leitung."

    _w, other_site = open_tickets(qtbot, open_window, sqlite_database, cast.site_b)
    click_queue(qtbot, other_site, "open")
    assert shown_ids(other_site) == {ids["nord"]}  # another facility's tickets stay hidden
    with sqlite_database.write(cast.site_b) as session, pytest.raises(PermissionDenied) as no:
        tickets.perform(session, cast.site_b, ids["query"], Action.ANSWER,
                        tickets.StepInput(note="Die linke Tür"))
    assert no.value.message.startswith("Keine Berechtigung für diese Unterkunft")

    _w, site = open_tickets(qtbot, open_window, sqlite_database, cast.site_a)
    click_queue(qtbot, site, "open")
    click_ticket(qtbot, site, ids["hazard"])
    assert buttons(site) == {"ticketAction_cancel", "ticketSecure", "ticketComment",
                             "ticketPriority", "ticketAddPhoto", "ticketPrint"}
    with sqlite_database.read() as session:
        assert listing.count(session, cast.site_a, "tickets", filters={"queue": "all"}) == 6


def test_new_ticket_dialog_refuses_bad_input_and_saves_nothing(qtbot, sqlite_database,
                                                               open_window, tmp_path):
    cast = make_cast(sqlite_database)
    window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(tab.findChild(QLineEdit, "ticketsFilter"), Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    dialog = tab.actions.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.choices_loaded(), timeout=TIMEOUT)
    assert dialog.objectName() == "newTicketDialog"
    assert dialog.facility.currentText() == "Bitte wählen …"  # two facilities: no guess
    type_into(qtbot, dialog.description, "Fenster schließt nicht")

    assert save_refused(qtbot, dialog) == "Unterkunft: bitte eine Unterkunft wählen."
    assert dialog.findChild(QLabel, "newTicketFacilityError").isVisible()
    choose(dialog.facility, cast.facility_b)
    assert [dialog.unit.itemText(i) for i in range(dialog.unit.count())][1:] == ["N1"]
    choose(dialog.facility, cast.facility_a)
    assert [dialog.unit.itemText(i) for i in range(dialog.unit.count())][1:] == ["A1", "A2"]
    assert save_refused(qtbot, dialog) == "Titel: bitte ausfüllen."
    assert dialog.findChild(QLabel, "newTicketTitleError").isVisible()
    assert not dialog.findChild(QLabel, "newTicketFacilityError").isVisible()
    assert dialog.description.toPlainText() == "Fenster schließt nicht"  # input kept

    not_a_photo = tmp_path / "foto.jpg"
    not_a_photo.write_text("kein Bild")
    tab.actions.choose_photos = lambda _parent: [str(not_a_photo)]
    qtbot.mouseClick(dialog.findChild(QPushButton, "newTicketAddPhotos"),
                     Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.title, "Fenster")
    assert "kein lesbares JPEG- oder PNG-Bild" in save_refused(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels
    qtbot.waitUntil(lambda: tab.actions.dialog is None, timeout=TIMEOUT)
    with sqlite_database.read() as session:
        assert listing.count(session, cast.service, "tickets", filters={"queue": "all"}) == 0


def test_a_site_manager_reports_for_the_own_facility_and_sees_the_photo(
        qtbot, sqlite_database, open_window, tmp_path):
    cast = make_cast(sqlite_database)
    ticket = report(sqlite_database, cast.site_a, cast.facility_a, "Schimmel an der Wand")
    with open(png_file(tmp_path), "rb") as file, \
            sqlite_database.write(cast.site_a) as session:
        photo = ticket_photos.add_photo(session, cast.site_a, ticket, "wand.png", file.read())
    _window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.site_a)
    click_queue(qtbot, tab, "open")
    click_ticket(qtbot, tab, ticket)
    thumbnail = tab.detail.view().findChild(QToolButton, f"ticketPhoto_{photo}")
    qtbot.mouseClick(thumbnail, Qt.MouseButton.LeftButton)
    from soest_desk.ui.tickets.photo_strip import PhotoViewer

    viewer = tab.findChild(PhotoViewer, "ticketPhotoViewer")
    qtbot.waitUntil(lambda: viewer.loaded, timeout=TIMEOUT)
    assert viewer.windowTitle() == "Foto: wand.png"
    assert viewer.image.pixmap().width() == 640

    dialog = open_new_ticket(qtbot, tab)
    assert dialog.facility.currentData() == cast.facility_a  # the only one: chosen at once
    assert dialog.facility.count() == 1
    dialog.reject()


def test_the_queue_and_the_split_are_kept_for_the_next_start(qtbot, sqlite_database,
                                                             open_window, ui_settings):
    cast = make_cast(sqlite_database)
    window, tab = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    click_queue(qtbot, tab, "done")
    tab.splitter.setSizes([300, 500])
    sizes = tab.splitter.sizes()
    window.close()
    _again, tab = open_tickets(qtbot, open_window, sqlite_database, cast.service)
    assert tab.queues.queue() == "done"
    assert tab.model.filters() == {"queue": "done"}
    assert all(abs(a - b) <= 2 for a, b in zip(tab.splitter.sizes(), sizes, strict=True))
