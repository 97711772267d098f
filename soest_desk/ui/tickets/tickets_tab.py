"""The Mängel tab: queues with their counts, filters, the tickets list and the detail pane.

The queue, the search text and the three filters combine into one query of the listing
service (the same conditions count the queues, so a count always matches its rows). After
every save and every refresh the list, the counts and the ticket shown are read again and
`myMoveCountChanged` tells the window how many tickets wait for this user ("Mängel (12)").
Object names: `ticketsTab`, `ticketsCount`, `ticketsNew`, `ticketsPrintSelected`,
`ticketsSplitter`, `ticketsPrintAction`, and those of the parts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from soest_desk.db import Database
from soest_desk.services.permissions import Actor, Permission
from soest_desk.services.ticket_choices import may_report
from soest_desk.services.ticket_workflow import acts_as_service
from soest_desk.ui import labels
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_count
from soest_desk.ui.table_models.lazy_table_model import ListFetcher
from soest_desk.ui.tickets.feedback import user_message
from soest_desk.ui.tickets.gateway import QueueCounts, TicketGateway
from soest_desk.ui.tickets.queue_bar import FilterBar, QueueBar
from soest_desk.ui.tickets.ticket_actions import TicketActions
from soest_desk.ui.tickets.ticket_detail import TicketDetailPane
from soest_desk.ui.tickets.ticket_list import TicketList
from soest_desk.ui.tickets.ticket_table_model import TicketTableModel

LIST_SHARE = 0.56  # of the width for the list; the rest for the detail pane


def has_ticket_role(actor: Actor) -> bool:
    """Whether some ticket can be this actor's move (property service or a Heimleitung)."""
    scope = actor.facility_scope(Permission.CONFIRM_TICKETS)
    return acts_as_service(actor) or scope is None or bool(scope)


class TicketsTab(QWidget):
    myMoveCountChanged = Signal(int)
    list_name = "tickets"

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketsTab")
        self.gateway = TicketGateway(database, actor)
        self._has_role = has_ticket_role(actor)
        self._counts_generation = 0
        self._counts_applied = 0
        self._splitter_set = False
        queues = tuple(q for q in labels.TICKET_QUEUE_ORDER if q != "mine" or self._has_role)
        self.queues = QueueBar(queues, self)
        self.queues.set_queue(queues[0])
        self.filters = FilterBar(self)
        self.count_label = QLabel(self, objectName="ticketsCount")
        self.new_button = QPushButton(self.tr("Neue Mängelmeldung …"), self,
                                      objectName="ticketsNew")
        self.new_button.setToolTip(self.tr("Einen Mangel melden (Strg+N)"))
        self._may_report = may_report(actor)
        self.new_button.setVisible(self._may_report)
        self.print_button = QPushButton(self.tr("Ausgewählte drucken (PDF) …"), self,
                                        objectName="ticketsPrintSelected")
        self.print_button.setToolTip(self.tr("Arbeitsaufträge für die markierten Meldungen "
                                             "(Strg/Umschalt + Klick markiert mehrere)"))

        fetcher = ListFetcher(database, actor, "tickets")
        headers = labels.headers("tickets", [c.key for c in fetcher.columns])
        self.model = TicketTableModel(fetcher, headers, self)
        self.model.set_filters(self._current_filters())
        self.list = TicketList(self.model, self)
        self.detail = TicketDetailPane(self.gateway, self)
        self.actions = TicketActions(self.gateway, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="ticketsSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self._layout()
        self._connect()

    def _layout(self) -> None:
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(
            "00.000 Einträge") + 8)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.count_label, self.print_button, self.new_button):
            self.filters.add_widget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.queues)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.queues.queueChanged.connect(self._apply_filters)
        self.filters.changed.connect(self._apply_filters)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.busyChanged.connect(self._on_busy)
        self.list.currentTicketChanged.connect(self.detail.show_ticket)
        self.list.contextMenuWanted.connect(
            lambda position: self.actions.list_menu(position, self.selected_ids()))
        self.detail.actionRequested.connect(self._on_action)
        self.detail.photoClicked.connect(self.actions.open_photo)
        self.actions.changed.connect(self.ticket_changed)
        self.actions.reloadWanted.connect(self.refresh)
        self.new_button.clicked.connect(self.new_ticket)
        self.print_button.clicked.connect(
            lambda: self.actions.printer.print(self.selected_ids()))
        # in the whole window while this tab is shown (also when the tab bar has the focus);
        # disabled while hidden, so another tab may use Ctrl+N for its own "new"
        self._new_shortcut = QShortcut(QKeySequence("Ctrl+N"), self,
                                       context=Qt.ShortcutContext.WindowShortcut)
        self._new_shortcut.setEnabled(False)
        self._new_shortcut.setWhatsThis(self.tr("Neue Mängelmeldung (im Mängel-Tab)"))
        self._new_shortcut.activated.connect(self.new_ticket)

    # ------------------------------------------------------------ the window's interface

    def state(self) -> str:
        return self.list.state()

    def ensure_loaded(self) -> None:
        """Read everything the first time the tab is shown."""
        if not self.model.is_loaded() and not self.model.is_busy():
            self.refresh()

    def refresh(self) -> None:
        """Read list, counts, filter choices and the ticket shown again (F5, after saves)."""
        self.filters.flush()
        self.model.set_filters(self._current_filters(), text=self.filters.text(), force=True)
        self._reload_counts()
        self.detail.reload()
        run_in_background(self.gateway.filter_facilities, self.filters.set_facilities,
                          lambda _exc: None, owner=self)  # the list itself tells errors

    def show_filtered(self, values: dict[str, Any]) -> None:
        """The tickets behind a figure of the Übersicht: the queue and filters of `values`
        (the others back to "Alle …"), no search text, read afresh."""
        self.filters.set_values(values)
        self.queues.set_queue(str(values.get("queue", "open")))
        self.refresh()

    def load_counts(self) -> None:
        """Count the queues (and the tab title) without loading the list yet."""
        self._reload_counts()

    def is_idle(self) -> bool:
        """Nothing is being read: list, counts and detail show the current state."""
        return (self.model.is_loaded() and self._counts_applied == self._counts_generation
                and not self.detail.is_loading())

    def ticket_changed(self, ticket_id: int) -> None:
        """A save went through: show that ticket (even if it left the queue) and re-read."""
        self.list.select_ticket(ticket_id)
        self.detail.show_ticket(ticket_id, force=True)
        self.model.set_filters(self._current_filters(), text=self.filters.text(), force=True)
        self._reload_counts()

    def new_ticket(self) -> None:
        if self._may_report:
            self.actions.new_ticket()

    def selected_ids(self) -> list[int]:
        return self.list.selected_ids()

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("lists/tickets/queue", self.queues.queue())
        settings.setValue("lists/tickets/splitter", self.splitter.saveState())

    def restore_settings(self, settings: QSettings) -> None:
        self.list.install_columns(settings, "lists/tickets/header")
        queue = settings.value("lists/tickets/queue")
        if isinstance(queue, str) and queue in self.queues.buttons:
            self.queues.set_queue(queue)
            self.model.set_filters(self._current_filters())
        state = settings.value("lists/tickets/splitter")
        if isinstance(state, QByteArray | bytes) and state:
            self._splitter_set = self.splitter.restoreState(QByteArray(state))

    # ------------------------------------------------------------ reacting

    def _current_filters(self) -> dict[str, Any]:
        return {**self.filters.filters(), "queue": self.queues.queue()}

    def _apply_filters(self, *_args: Any) -> None:
        self.model.set_filters(self._current_filters(), text=self.filters.text())
        self._reload_counts()

    def _reload_counts(self) -> None:
        self._counts_generation += 1
        generation = self._counts_generation
        queues, text = tuple(self.queues.buttons), self.filters.text()
        filters, gateway, has_role = self.filters.filters(), self.gateway, self._has_role
        run_in_background(
            lambda: gateway.counts(queues, text, filters, has_role),
            lambda counts: self._apply_counts(generation, counts),
            self._counts_failed, owner=self)

    def _apply_counts(self, generation: int, counts: QueueCounts) -> None:
        if generation != self._counts_generation:
            return
        self._counts_applied = generation
        self.queues.set_counts(counts.per_queue)
        if counts.my_move is not None:
            self.myMoveCountChanged.emit(counts.my_move)

    def _counts_failed(self, exc: Exception) -> None:
        user_message(exc)  # logs a programming error; the list shows a database error
        self._counts_applied = self._counts_generation
        self.queues.set_counts({})

    def _on_reloaded(self) -> None:
        total = self.model.total_count()
        self.count_label.setText("" if total is None else format_count(total))
        if self.detail.ticket_id() is None and total:
            self.list.select_ticket(self.model.row_id(0))

    def _on_busy(self) -> None:
        if self.model.is_busy():
            self.count_label.setText(self.tr("Lädt …"))

    def _on_action(self, key: str) -> None:
        if self.detail.detail is not None:
            self.actions.run(key, self.detail.detail)

    def hideEvent(self, event: Any) -> None:
        self._new_shortcut.setEnabled(False)
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._new_shortcut.setEnabled(self._may_report)
        if not self._splitter_set and self.width() > 0:
            self._splitter_set = True
            width = self.splitter.width() or self.width()
            self.splitter.setSizes([int(width * LIST_SHARE), width - int(width * LIST_SHARE)])
