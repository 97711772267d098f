"""The detail pane beside the list: loads one ticket off the GUI thread and shows it.

While a ticket loads, what was shown stays (with a quiet "Lädt …"); an answer for a ticket
that is no longer wanted is dropped. Object names: `ticketDetail`, `ticketDetailStack`,
`ticketDetailLoading`, `ticketDetailPlaceholder`, `ticketDetailMessage…`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from soest_desk.services.ticket_views import TicketDetail
from soest_desk.ui.background import run_in_background
from soest_desk.ui.tabs.message_page import MessagePage
from soest_desk.ui.tickets.detail_view import DetailView
from soest_desk.ui.tickets.feedback import user_message
from soest_desk.ui.tickets.gateway import TicketGateway

PLACEHOLDER, CONTENT, MESSAGE = 0, 1, 2


class TicketDetailPane(QWidget):
    actionRequested = Signal(str)
    photoClicked = Signal(int, str)
    loaded = Signal()  # a detail arrived (or failed): the pane shows the current ticket

    def __init__(self, gateway: TicketGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDetail")
        self._gateway = gateway
        self.detail: TicketDetail | None = None
        self._ticket_id: int | None = None
        self._generation = 0
        self._loading = False
        self._view: DetailView | None = None

        self._busy = QLabel(self.tr("Lädt …"), self, objectName="ticketDetailLoading")
        self._busy.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._busy.setStyleSheet("color: palette(placeholder-text);")
        self._busy.setVisible(False)
        placeholder = QLabel(self.tr("Wählen Sie links eine Meldung aus, um sie hier zu sehen "
                                     "und zu bearbeiten."), self,
                             objectName="ticketDetailPlaceholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        placeholder.setStyleSheet("color: palette(placeholder-text);")
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # texts wrap to the pane's width; never scroll sideways
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._message = MessagePage("ticketDetail", self)
        self._message.retry.clicked.connect(self.reload)
        self._stack = QStackedWidget(self, objectName="ticketDetailStack")
        for page in (placeholder, self._scroll, self._message):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._busy)
        layout.addWidget(self._stack, 1)

    # ------------------------------------------------------------ public

    def ticket_id(self) -> int | None:
        return self._ticket_id

    def is_loading(self) -> bool:
        return self._loading

    def view(self) -> DetailView | None:
        return self._view if self._stack.currentIndex() == CONTENT else None

    def show_ticket(self, ticket_id: int | None, *, force: bool = False) -> None:
        """Show `ticket_id` (None: nothing); a ticket already shown is only read again if
        `force`."""
        if ticket_id == self._ticket_id and not force and (self.detail or self._loading):
            return
        self._ticket_id = ticket_id
        if ticket_id is None:
            self._generation += 1
            self._set_loading(False)
            self.detail = None
            self._stack.setCurrentIndex(PLACEHOLDER)
            return
        self.reload()

    def reload(self) -> None:
        if self._ticket_id is None:
            return
        self._generation += 1
        generation, ticket_id = self._generation, self._ticket_id
        self._set_loading(True)
        gateway = self._gateway  # the job holds no widget (see StepDialog.job)
        run_in_background(lambda: gateway.detail(ticket_id),
                          lambda detail: self._apply(generation, detail),
                          lambda exc: self._failed(generation, exc), owner=self)

    # ------------------------------------------------------------ answers

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._busy.setVisible(loading)

    def _apply(self, generation: int, detail: TicketDetail) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.detail = detail
        position = self._scroll.verticalScrollBar().value() if (
            self._view is not None and self._view.detail.id == detail.id) else 0
        view = DetailView(detail)
        view.actionRequested.connect(self.actionRequested)
        view.photoClicked.connect(self.photoClicked)
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._scroll.setWidget(view)
        self._view = view
        self._stack.setCurrentIndex(CONTENT)
        self._scroll.verticalScrollBar().setValue(position)  # the same ticket keeps its place
        self.loaded.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.detail = None
        self._message.show_message(self.tr("Die Meldung kann nicht angezeigt werden."),
                                   user_message(exc), retry=True)
        self._stack.setCurrentIndex(MESSAGE)
        self.loaded.emit()
