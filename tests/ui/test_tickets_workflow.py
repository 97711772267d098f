"""ACCEPTANCE (issue 3, point 5): one defect clicked through the whole handover between the
Heimleitung and the Objektservice, each in a window of their own, with "Bei mir am Zug"
and the tab title checked for both after every step.

report → Rückfrage → Antwort → Übernehmen → In Arbeit → Wartet (Zugang) → In Arbeit →
Erledigt (mit Kosten) → Abgelehnt → In Arbeit → Erledigt → Abgenommen. (A rejected repair
goes back to "Übernommen", so the caretaker starts the work again before reporting it done.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from soest_desk.services import listing
from soest_desk.services.clock import office_today
from soest_desk.ui.tickets.detail_sections import time_lines
from tests.ui.ticket_helpers import (
    buttons,
    click_step,
    click_ticket,
    make_cast,
    my_move,
    open_tickets,
    png_file,
    press_f5,
    save,
    tickets_title,
    type_into,
    wait_idle,
)
from tests.ui.work_dialogs_helpers import fill_cost_row, report_new_ticket, set_date


def test_one_ticket_through_the_whole_handover(qtbot, sqlite_database, open_window, tmp_path):
    database = sqlite_database
    cast = make_cast(database)
    site_window, site = open_tickets(qtbot, open_window, database, cast.site_a)
    service_window, service = open_tickets(qtbot, open_window, database, cast.service)

    def counts(site_expected: int, service_expected: int) -> None:
        """F5 in both windows, then "Bei mir am Zug (n)" and "Mängel (n)" for both."""
        press_f5(qtbot, site_window, site)
        press_f5(qtbot, service_window, service)
        assert my_move(site_window, site) == (site_expected, site_expected)
        assert my_move(service_window, service) == (service_expected, service_expected)

    counts(0, 0)
    assert site.state() == "empty"

    # 1 the Heimleitung reports the defect, with a photo
    site.actions.choose_photos = lambda _parent: [png_file(tmp_path)]
    ticket = report_new_ticket(qtbot, site, unit="A1", category="heating", priority="urgent",
                               title="Heizkörper bleibt kalt", photos=True)
    view = site.detail.view()
    title = view.findChild(QLabel, "ticketDetailTitle").text()
    assert title == f"#{ticket}  Heizkörper bleibt kalt"
    assert "Gemeldet" in view.findChild(QLabel, "ticketDetailStatus").text()
    assert "Haus am Bach · Zimmer A1" in view.findChild(QLabel, "ticketDetailPlace").text()
    assert [b for b in view.findChildren(QToolButton)
            if b.objectName().startswith("ticketPhoto_")]  # the photo's thumbnail
    counts(0, 1)

    # 2 the Objektservice asks back
    click_ticket(qtbot, service, ticket)
    assert {"ticketAction_query", "ticketAction_accept", "ticketAction_cancel"} <= buttons(
        service)
    dialog = click_step(qtbot, service, "ticketAction_query")
    type_into(qtbot, dialog.note, "Welcher Heizkörper, Fenster- oder Türseite?")
    save(qtbot, service, dialog)
    counts(1, 0)

    # 3 the Heimleitung answers
    click_ticket(qtbot, site, ticket)
    assert "ticketAction_accept" not in buttons(site)
    dialog = click_step(qtbot, site, "ticketAction_answer")
    type_into(qtbot, dialog.note, "Fensterseite, Zimmer A1.")
    save(qtbot, site, dialog)
    counts(0, 1)

    # 4 the Objektservice takes it over, assigning itself
    click_ticket(qtbot, service, ticket)
    dialog = click_step(qtbot, service, "ticketAction_accept")
    qtbot.waitUntil(dialog.staff_loaded)
    assert dialog.staff.currentData() == cast.service.user_id
    save(qtbot, service, dialog)
    assert service.detail.detail.assignee == "Olaf Objektservice"
    counts(0, 1)

    # 5 … starts the work
    click_ticket(qtbot, service, ticket)
    save(qtbot, service, click_step(qtbot, service, "ticketAction_start"))
    counts(0, 1)

    # 6 … and waits for access to the room: the Heimleitung's move from today
    dialog = click_step(qtbot, service, "ticketAction_wait")
    dialog.reason.setCurrentIndex(dialog.reason.findData("access"))
    set_date(dialog.until, office_today())
    type_into(qtbot, dialog.note, "Bewohner nicht angetroffen")
    save(qtbot, service, dialog)
    assert "Wartet (Zugang)" in service.detail.view().findChild(
        QLabel, "ticketDetailStatus").text()
    counts(1, 0)

    # 7 the Heimleitung arranges access and hands it back
    click_ticket(qtbot, site, ticket)
    save(qtbot, site, click_step(qtbot, site, "ticketAction_resume"))
    counts(0, 1)

    # 8 the Objektservice reports it done, with material and working time
    click_ticket(qtbot, service, ticket)
    dialog = click_step(qtbot, service, "ticketAction_resolve")
    type_into(qtbot, dialog.note, "Thermostatventil getauscht")
    fill_cost_row(qtbot, dialog.costs, 0, "material", amount="12,50", text="Ventil")
    qtbot.mouseClick(dialog.costs.add_button, Qt.MouseButton.LeftButton)
    fill_cost_row(qtbot, dialog.costs, 1, "labour", hours="1,5", rate="40")
    assert dialog.costs.total.text() == "Summe: 72,50 €"
    save(qtbot, service, dialog)
    assert service.detail.view().findChild(QLabel, "ticketCostTotal").text() == (
        "Summe: 72,50 €")
    counts(1, 0)

    # 9 the Heimleitung rejects it on site: still cold
    click_ticket(qtbot, site, ticket)
    assert {"ticketAction_confirm", "ticketAction_reject"} <= buttons(site)
    dialog = click_step(qtbot, site, "ticketAction_reject")
    type_into(qtbot, dialog.note, "Heizkörper weiterhin kalt")
    save(qtbot, site, dialog)
    assert site.detail.detail.rework_count == 1
    counts(0, 1)

    # 10 the Objektservice works again and reports it done
    click_ticket(qtbot, service, ticket)
    save(qtbot, service, click_step(qtbot, service, "ticketAction_start"))
    dialog = click_step(qtbot, service, "ticketAction_resolve")
    type_into(qtbot, dialog.note, "Heizung entlüftet")
    save(qtbot, service, dialog)
    counts(1, 0)

    # 11 the Heimleitung confirms: closed, nobody's move any more
    click_ticket(qtbot, site, ticket)
    save(qtbot, site, click_step(qtbot, site, "ticketAction_confirm"))
    counts(0, 0)
    assert not {b for b in buttons(site) if b.startswith("ticketAction_")}
    assert "Abgenommen" in site.detail.view().findChild(QLabel, "ticketDetailStatus").text()
    assert site.queues.count_text("done") == "Erledigt/abgeschlossen (1)"
    history = site.detail.view().timeline_texts()
    assert len([line for line in history if "→" in line]) == 11
    assert "Erledigt gemeldet → Übernommen (Nacharbeit)" in history[3]
    assert history[0].endswith("Erledigt gemeldet → Abgenommen")
    times = time_lines(site.detail.view().findChild(QWidget, "ticketTimes"))
    for state in ("Gemeldet", "Rückfrage", "Übernommen", "In Arbeit", "Wartet",
                  "Erledigt gemeldet", "am Zug: Heimleitung", "am Zug: Objektservice"):
        assert any(line.startswith(f"{state} ") for line in times), (state, times)

    # the tab title follows even when the tab is not the current one
    site_window.tabs.setCurrentWidget(site_window.list_tabs["facilities"])
    site.load_counts()
    wait_idle(qtbot, site)
    assert tickets_title(site_window) == "Mängel (0)"
    with database.read() as session:
        assert listing.count(session, cast.site_a, "tickets", filters={"queue": "done"}) == 1
