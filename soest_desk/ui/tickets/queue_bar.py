"""The queue buttons ("Bei mir am Zug (12)", "Alle offenen (40)", …) and the filter row
(search, facility, category, priority) of the Mängel tab; all of them combine. A tile of the
Übersicht may also ask for the tickets with one role am Zug: a chip "Am Zug: Objektservice ×"
leads the row while it does, and a click on it lifts that filter.

Object names: `ticketQueue_<queue>`, `ticketsOwnerFilter` (the chip), `ticketsFilter`
(search), `ticketsFacilityFilter`, `ticketsCategoryFilter`, `ticketsPriorityFilter`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLineEdit,
    QToolButton,
    QWidget,
)

from soest_desk.models.enums import Role, TicketCategory, TicketPriority
from soest_desk.services.ticket_choices import Choice
from soest_desk.ui import labels
from soest_desk.ui.formatting import format_number
from soest_desk.ui.tabs.filter_chip import FilterChip
from soest_desk.ui.tickets.flow_layout import FlowLayout

FILTER_DELAY_MS = 250
SEARCH_WIDTH = 340
QUEUE_STYLE = """
QToolButton { padding: 5px 12px; border: 1px solid palette(mid); border-radius: 4px;
              background: palette(button); }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
"""


class QueueBar(QWidget):
    queueChanged = Signal(str)

    def __init__(self, queues: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketQueues")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        layout = FlowLayout(self, spacing=6)  # wraps in a narrow window
        for queue in queues:
            button = QToolButton(self, objectName=f"ticketQueue_{queue}")
            button.setCheckable(True)
            button.setText(labels.ticket_text(labels.TICKET_QUEUES, queue))
            button.setToolTip(labels.ticket_text(labels.TICKET_QUEUE_TIPS, queue))
            button.setStyleSheet(QUEUE_STYLE)
            button.toggled.connect(lambda on, q=queue: on and self.queueChanged.emit(q))
            self._group.addButton(button)
            self.buttons[queue] = button
            layout.addWidget(button)

    def queue(self) -> str:
        return next(q for q, b in self.buttons.items() if b.isChecked())

    def set_queue(self, queue: str) -> None:
        """Check `queue` (an unknown one falls back to the first) without reporting it."""
        button = self.buttons.get(queue) or next(iter(self.buttons.values()))
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)

    def set_counts(self, counts: dict[str, int]) -> None:
        for queue, button in self.buttons.items():
            name = labels.ticket_text(labels.TICKET_QUEUES, queue)
            count = counts.get(queue)
            button.setText(name if count is None else f"{name} ({format_number(count)})")

    def count_text(self, queue: str) -> str:
        return self.buttons[queue].text()


class FilterBar(QWidget):
    """Search text and three combos; `changed` fires (debounced for typing) on any of them.
    The row wraps in a narrow window; `add_widget` puts the tab's own buttons at its end."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = FilterChip(
            "ticketsOwnerFilter",
            lambda role, _label: self.tr("Am Zug: %1").replace(
                "%1", labels.code_label("role", str(role))),
            tip=self.tr("Nur Mängelmeldungen, bei denen diese Rolle am Zug ist (aus der "
                        "Übersicht) – klicken, um den Filter aufzuheben"),
            accepts=lambda role: role in {r.value for r in Role}, parent=self)
        self.owner.cleared.connect(self._now)
        self.search = QLineEdit(self, objectName="ticketsFilter")
        self.search.setPlaceholderText(labels.list_text(labels.PLACEHOLDERS, "tickets"))
        self.search.setClearButtonEnabled(True)
        self.search.setFixedWidth(SEARCH_WIDTH)
        self.facility = self._combo("ticketsFacilityFilter", self.tr("Alle Unterkünfte"))
        self.facility.setMinimumContentsLength(18)
        self.facility.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category = self._combo("ticketsCategoryFilter", self.tr("Alle Kategorien"))
        for category in TicketCategory:
            self.category.addItem(labels.code_label("ticket_category", category.value),
                                  category.value)
        self.priority = self._combo("ticketsPriorityFilter", self.tr("Alle Prioritäten"))
        for priority in TicketPriority:
            self.priority.addItem(labels.code_label("ticket_priority_choice", priority.value),
                                  priority.value)
        self._debounce = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._now)
        for combo in (self.facility, self.category, self.priority):
            combo.currentIndexChanged.connect(self._now)
        self._layout = FlowLayout(self, spacing=8)
        for widget in (self.owner, self.search, self.facility, self.category, self.priority):
            self._layout.addWidget(widget)

    def add_widget(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        combo.addItem(any_text, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _now(self, *_args: Any) -> None:
        self._debounce.stop()
        self.changed.emit()

    def set_facilities(self, facilities: list[Choice]) -> None:
        current = self.facility.currentData()
        self.facility.blockSignals(True)
        while self.facility.count() > 1:
            self.facility.removeItem(1)
        for choice in facilities:
            text = choice.label if choice.active else self.tr("%1 (aufgelöst)").replace(
                "%1", choice.label)
            self.facility.addItem(text, choice.id)
        index = self.facility.findData(current) if current is not None else 0
        self.facility.setCurrentIndex(max(index, 0))
        self.facility.blockSignals(False)
        if current is not None and index < 0:
            self._now()  # the chosen facility is gone from the list

    def text(self) -> str:
        return self.search.text()

    def filters(self) -> dict[str, Any]:
        return {"facility_id": self.facility.currentData(),
                "category": self.category.currentData(),
                "priority": self.priority.currentData(), "owner": self.owner.value()}

    def set_values(self, values: dict[str, Any]) -> None:
        """No search text and these filters, the others back to "Alle …" (a click in the
        Übersicht); reports nothing: the tab reads once afterwards."""
        self.blockSignals(True)
        self.search.clear()
        self._debounce.stop()
        for combo, key in ((self.facility, "facility_id"), (self.category, "category"),
                           (self.priority, "priority")):
            value = values.get(key)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        if not self.owner.set_value(values.get("owner")):
            self.owner.clear()
        self.blockSignals(False)

    def flush(self) -> None:
        """Apply a pending search at once (F5)."""
        if self._debounce.isActive():
            self._debounce.stop()

