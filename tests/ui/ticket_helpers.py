"""Driving the Mängel tab like a user: open it, click a ticket, click a step, fill in the
dialog, save, press F5, read the counts. Shared by the tickets UI tests."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QTableView

from soest_desk.models.enums import Role
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui.main_window import MainWindow
from soest_desk.ui.tickets.step_dialog import StepDialog
from soest_desk.ui.tickets.tickets_tab import TicketsTab
from tests.builders import Builder

TIMEOUT = 10_000


@dataclass
class Cast:
    facility_a: int
    facility_b: int
    unit_a1: int
    site_a: Actor  # Heimleitung of A
    site_b: Actor  # Heimleitung of B
    service: Actor  # Objektservice
    service_2: Actor
    manager: Actor  # Leitung


def actor_of(user) -> Actor:
    return Actor(user.id, user.login, user.display_name,
                 frozenset(Role(r.role) for r in user.roles),
                 frozenset(f.facility_id for f in user.facilities))


def make_cast(database) -> Cast:
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        a = b.facility("Haus am Bach", street="Bachweg 3")
        other = b.facility("Nordstraße 7", street="Nordstraße 7")
        a1 = b.unit(a, "A1", 4)
        b.unit(a, "A2", 2)
        b.unit(other, "N1", 2)
        users = [
            b.user("hl_a", {Role.SITE_MANAGER}, (a,), "Heimleitung Bach"),
            b.user("hl_b", {Role.SITE_MANAGER}, (other,), "Heimleitung Nord"),
            b.user("os", {Role.PROPERTY_SERVICE}, (), "Olaf Objektservice"),
            b.user("os2", {Role.PROPERTY_SERVICE}, (), "Petra Hausmeisterin"),
            b.user("leitung", {Role.MANAGER}, (), "Lena Leitung"),
        ]
        actors = [actor_of(user) for user in users]
        return Cast(a.id, other.id, a1.id, *actors)


def png_file(folder: Path, name: str = "fleck.png") -> str:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (180, 120, 90)).save(out, "PNG")
    path = folder / name
    path.write_bytes(out.getvalue())
    return str(path)


def type_into(qtbot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type like a user; QTest can only type ASCII, so umlauts are inserted as typed text."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def wait_idle(qtbot, tab: TicketsTab) -> None:
    qtbot.waitUntil(tab.is_idle, timeout=TIMEOUT)


def open_tickets(qtbot, open_window, database, actor: Actor) -> tuple[MainWindow, TicketsTab]:
    window = open_window(database, actor)
    tab = window.list_tabs["tickets"]
    assert isinstance(tab, TicketsTab)
    window.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, tab)
    return window, tab


def tickets_title(window: MainWindow) -> str:
    """The Mängel tab's title, "Mängel (12)", wherever the tab sits."""
    return window.tabs.tabText(window.tabs.indexOf(window.list_tabs["tickets"]))


def press_f5(qtbot, window: MainWindow, tab: TicketsTab) -> None:
    window.findChild(QAction, "actionRefresh").trigger()
    wait_idle(qtbot, tab)


def my_move(window: MainWindow, tab: TicketsTab) -> tuple[int, int]:
    """("Bei mir am Zug" count on its button, count in the tab title)."""
    button = re.fullmatch(r"Bei mir am Zug \((\d+)\)", tab.queues.count_text("mine"))
    title_text = tickets_title(window)
    title = re.fullmatch(r"Mängel \((\d+)\)", title_text)
    assert button and title, (tab.queues.count_text("mine"), title_text)
    return int(button.group(1)), int(title.group(1))


def click_ticket(qtbot, tab: TicketsTab, ticket_id: int) -> None:
    table = tab.findChild(QTableView, "ticketsTable")
    row = tab.model.row_of(ticket_id)
    assert row is not None, f"#{ticket_id} is not in the list of this queue"
    rect = table.visualRect(tab.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.detail.detail is not None and tab.detail.detail.id == ticket_id
                    and not tab.detail.is_loading(), timeout=TIMEOUT)


def buttons(tab: TicketsTab) -> set[str]:
    """Object names of the step buttons the detail pane offers now."""
    view = tab.detail.view()
    assert view is not None
    return {b.objectName() for b in view.findChildren(QPushButton) if b.isVisibleTo(view)}


def click_step(qtbot, tab: TicketsTab, name: str) -> StepDialog:
    button = tab.detail.view().findChild(QPushButton, name)
    assert button is not None and button.isVisible(), f"no button {name}: {buttons(tab)}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.actions.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    return dialog


def save(qtbot, tab: TicketsTab, dialog: StepDialog) -> None:
    """Click "Speichern" and wait until the dialog is gone and the tab has read again."""
    qtbot.mouseClick(dialog.findChild(QPushButton, "stepSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.actions.dialog is None or bool(tab.actions.dialog.error_text()),
                    timeout=TIMEOUT)
    assert tab.actions.dialog is None, tab.actions.dialog.error_text()
    wait_idle(qtbot, tab)


def save_refused(qtbot, dialog: StepDialog) -> str:
    """Click "Speichern" on input the service refuses; the dialog stays open."""
    qtbot.mouseClick(dialog.findChild(QPushButton, "stepSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.error_text()),
                    timeout=TIMEOUT)
    assert dialog.isVisible()
    return dialog.error_text()


# ---------------------------------------------------------------- data through the services

def report(database, actor: Actor, facility_id: int, title: str, *, now=None,
           **fields) -> int:
    from soest_desk.services import tickets

    fields.setdefault("category", "other")
    with database.write(actor) as session:
        return tickets.report(session, actor, tickets.NewTicket(facility_id, title, **fields),
                              now=now)


def step(database, actor: Actor, ticket_id: int, action: str, **fields) -> None:
    from soest_desk.services import tickets
    from soest_desk.services.ticket_workflow import Action

    with database.write(actor) as session:
        tickets.perform(session, actor, ticket_id, Action(action), tickets.StepInput(**fields))
