"""Filling the richer dialogs of the Mängel tab in tests: a new ticket, cost rows, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPushButton

from soest_desk.ui.tickets.cost_rows import CostRowsEditor
from soest_desk.ui.tickets.new_ticket_dialog import NewTicketDialog
from soest_desk.ui.tickets.tickets_tab import TicketsTab
from tests.ui.ticket_helpers import TIMEOUT, type_into, wait_idle


def set_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{combo.objectName()} offers no {data!r}"
    combo.setCurrentIndex(index)


def choose_text(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{combo.objectName()} offers no {text!r}"
    combo.setCurrentIndex(index)


def open_new_ticket(qtbot, tab: TicketsTab) -> NewTicketDialog:
    qtbot.mouseClick(tab.findChild(QPushButton, "ticketsNew"), Qt.MouseButton.LeftButton)
    dialog = tab.actions.dialog
    assert isinstance(dialog, NewTicketDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.choices_loaded(), timeout=TIMEOUT)
    return dialog


def report_new_ticket(qtbot, tab: TicketsTab, *, unit: str | None, category: str,
                      priority: str, title: str, photos: bool = False) -> int:
    """Fill "Neue Mängelmeldung" and press Enter in the title; returns the new number."""
    dialog = open_new_ticket(qtbot, tab)
    if unit is not None:
        choose_text(dialog.unit, unit)
    choose(dialog.category, category)
    choose(dialog.priority, priority)
    type_into(qtbot, dialog.description, "Seit gestern kalt, Thermostat auf 5.")
    type_into(qtbot, dialog.reporter, "Bewohnerin Zimmer A1")
    if photos:
        qtbot.mouseClick(dialog.findChild(QPushButton, "newTicketAddPhotos"),
                         Qt.MouseButton.LeftButton)
        assert dialog.photos.count() == 1
    title_edit = dialog.findChild(QLineEdit, "newTicketTitle")
    type_into(qtbot, title_edit, title)
    qtbot.keyClick(title_edit, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: tab.actions.dialog is None or bool(tab.actions.dialog.error_text()),
                    timeout=TIMEOUT)
    assert tab.actions.dialog is None, tab.actions.dialog.error_text()
    wait_idle(qtbot, tab)
    ticket_id = tab.detail.ticket_id()
    assert ticket_id is not None and tab.detail.detail.title == title
    return ticket_id


def fill_cost_row(qtbot, costs: CostRowsEditor, row: int, kind: str, *, amount: str = "",
                  hours: str = "", rate: str = "", text: str = "") -> None:
    choose(costs.findChild(QComboBox, f"costKind_{row}"), kind)
    for name, value in (("costAmount", amount), ("costHours", hours), ("costRate", rate),
                        ("costDescription", text)):
        if value:
            type_into(qtbot, costs.findChild(QLineEdit, f"{name}_{row}"), value)
