"""The Übersicht tab: today's occupancy by facility, the open tickets am Zug per role with
the overdue safety hazards, and the moves into own tenancy of the last twelve months.

The figures come from `services.overview` through `OverviewGateway`, read off the GUI
thread. Every figure leads to the list behind it: `openList(list name, filters)` with the
filters of `listing_filters` — ("facilities", {"facility_id": id}) for a facility's bar,
("tickets", {"queue": "mine"}) for the tile of the actor's own role, ("tickets", {"queue":
"open", "owner": role}) for another role's, ("tickets", {"queue": "safety"}) for the
hazards, ("persons", {"own_flat_month": "2025-03"}) for a month of moves: the people who
moved into an own flat then, as many as the bar counts (a social worker, who does not see
former residents in that list, gets the cases closed with "eigene Wohnung" in the month:
("cases", {"status": "closed", "own_flat_month": "2025-03"})).
A part the actor may not see shows a short message instead. Shown again after a while
(`STALE_SECONDS`), the tab reads its figures again; the old ones stay meanwhile.

Object names: overviewTab, overviewStack, overviewStamp, overviewRefresh,
overviewOccupancyScroll (around the chart: many facilities scroll), overviewOccupancyChart,
overviewOccupancyMessage, overviewTickets (the box),
overviewTickets_<role> (a tile per role), overviewHazards, overviewTicketsMessage,
overviewMovesChart, overviewMovesMessage; overviewMessage* while loading fails.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from soest_desk.db import Database
from soest_desk.services.clock import OFFICE_ZONE, office_today
from soest_desk.services.overview import ListLink, Overview
from soest_desk.services.permissions import Actor
from soest_desk.ui import labels
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_date, format_number
from soest_desk.ui.icons import icon
from soest_desk.ui.overview.charts import MovesChart, OccupancyChart
from soest_desk.ui.overview.gateway import OverviewGateway
from soest_desk.ui.overview.tiles import Tile
from soest_desk.ui.tabs.message_page import MessagePage

CONTENT, MESSAGE = 0, 1
STALE_SECONDS = 60  # figures older than this are read again when the tab is shown


def _part(title: str, name: str, parent: QWidget) -> tuple[QGroupBox, QStackedWidget, QLabel]:
    """A titled box whose content can give way to a calm message."""
    box = QGroupBox(title, parent, objectName=f"{name}Box")
    stack = QStackedWidget(box, objectName=f"{name}Stack")
    message = QLabel(stack, objectName=f"{name}Message")
    message.setWordWrap(True)
    message.setAlignment(Qt.AlignmentFlag.AlignCenter)
    message.setStyleSheet("color: #5a6b80;")
    stack.addWidget(message)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(stack)
    return box, stack, message


class OverviewTab(QWidget):
    """The first tab. Call `ensure_loaded()` when it is shown, `refresh()` for F5."""

    openList = Signal(str, dict)  # list name, filters (listing_filters.FILTERS)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None, *,
                 gateway: OverviewGateway | None = None,
                 today: Callable[[], date] = office_today) -> None:
        super().__init__(parent)
        self._today = today
        self.setObjectName("overviewTab")
        self.gateway = gateway or OverviewGateway(database, actor)
        self.actor = actor
        self._data: Overview | None = None
        self._busy = False
        self._loaded = False
        self._loaded_at = 0.0  # time.monotonic() of the figures shown

        self._stamp = QLabel(self, objectName="overviewStamp")
        self._stamp.setStyleSheet("color: #5a6b80;")
        self._refresh = QPushButton(self.tr("Aktualisieren"), self,
                                    objectName="overviewRefresh")
        self._refresh.setIcon(icon("refresh"))
        self._refresh.clicked.connect(lambda: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self._stamp, 1)
        top.addWidget(self._refresh)

        self._stack = QStackedWidget(self, objectName="overviewStack")
        self._stack.addWidget(self._build_content())
        self._message = MessagePage("overview", self)
        self._message.retry.clicked.connect(lambda: self.refresh())
        self._stack.addWidget(self._message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)
        self._stamp.setText(self.tr("Die Übersicht wird geladen …"))

    # ------------------------------------------------------------ building

    def _build_content(self) -> QWidget:
        content = QWidget(self)
        occupancy, self._occupancy_stack, self._occupancy_message = _part(
            self.tr("Belegung heute"), "overviewOccupancy", content)
        # forty facilities need more height than the window has: the chart scrolls then
        scroll = QScrollArea(self._occupancy_stack, objectName="overviewOccupancyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.occupancy_chart = OccupancyChart(scroll)
        self.occupancy_chart.barClicked.connect(self._on_facility_clicked)
        scroll.setWidget(self.occupancy_chart)
        self._occupancy_stack.insertWidget(CONTENT, scroll)

        tickets, self._tickets_stack, self._tickets_message = _part(
            self.tr("Mängelmeldungen am Zug"), "overviewTickets", content)
        self._tiles_page = QWidget(self._tickets_stack, objectName="overviewTickets")
        self._tiles = QGridLayout(self._tiles_page)
        self._tiles.setContentsMargins(0, 0, 0, 0)
        self._tiles.setSpacing(8)
        self.role_tiles: dict[str, Tile] = {}
        self.hazard_tile = Tile("overviewHazards", self._tiles_page)
        self.hazard_tile.clicked.connect(lambda: self._open(self._hazard_link()))
        self._tickets_stack.insertWidget(CONTENT, self._tiles_page)

        moves, self._moves_stack, self._moves_message = _part(
            self.tr("Auszüge in eigene Wohnung (letzte 12 Monate)"), "overviewMoves", content)
        self.moves_chart = MovesChart(self._moves_stack)
        self.moves_chart.barClicked.connect(self._on_month_clicked)
        self._moves_stack.insertWidget(CONTENT, self.moves_chart)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(tickets)
        right.addWidget(moves, 1)
        grid = QHBoxLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        grid.addWidget(occupancy, 11)
        grid.addLayout(right, 8)
        return content

    # ------------------------------------------------------------ public

    def is_loaded(self) -> bool:
        return self._loaded

    def is_busy(self) -> bool:
        return self._busy

    def state(self) -> str:
        """"loading" (nothing to show yet), "ready" (figures shown) or "error"."""
        if self._stack.currentIndex() == MESSAGE:
            return "error"
        return "ready" if self._loaded else "loading"

    def data(self) -> Overview | None:
        """The figures shown now (None before the first load)."""
        return self._data

    def ensure_loaded(self) -> None:
        """Load the figures the first time the tab is shown, and again when it is shown
        with figures older than `STALE_SECONDS`."""
        stale = time.monotonic() - self._loaded_at > STALE_SECONDS
        if (not self._loaded or stale) and not self._busy:
            self.refresh()

    def refresh(self) -> None:
        """Read the figures again (F5, "Aktualisieren"); the old ones stay until then."""
        if self._busy:
            return
        day = self._today()
        self._busy = True
        self._refresh.setEnabled(False)
        run_in_background(lambda: self.gateway.overview(day), self._on_loaded,
                          self._on_failed, owner=self)

    # ------------------------------------------------------------ showing

    def _on_loaded(self, data: Overview) -> None:
        self._busy, self._loaded, self._data = False, True, data
        self._loaded_at = time.monotonic()
        self._refresh.setEnabled(True)
        self._stamp.setText(self.tr("Stand: %1, %2 Uhr").replace(
            "%1", format_date(data.today)).replace("%2", f"{datetime.now(OFFICE_ZONE):%H:%M}"))
        self._show_occupancy(data)
        self._show_tickets(data)
        self._show_moves(data)
        self._stack.setCurrentIndex(CONTENT)

    def _on_failed(self, exc: Exception) -> None:
        self._busy = False
        self._refresh.setEnabled(True)
        self._message.show_message(self.tr("Die Übersicht konnte nicht geladen werden."),
                                   str(exc), retry=True)
        self._stack.setCurrentIndex(MESSAGE)

    def _show_occupancy(self, data: Overview) -> None:
        part = data.occupancy
        if part is None:
            self._locked(self._occupancy_stack, self._occupancy_message,
                         self.tr("Die Belegung sehen Rollen mit „Unterkünfte ansehen“."))
        elif not part.facilities:
            self._locked(self._occupancy_stack, self._occupancy_message,
                         self.tr("Keine Unterkünfte mit Plätzen."))
        else:
            self.occupancy_chart.set_facilities(part.facilities)
            self._occupancy_stack.setCurrentIndex(CONTENT)
            total = part.total
            rate = "–" if total.rate is None else f"{format_number(round(total.rate))} %"
            self.occupancy_chart.chart().setTitle(self.tr(
                "Gesamt: %1 von %2 Plätzen belegt, %3 frei, %4 gesperrt – Belegung %5")
                .replace("%1", format_number(total.occupied))
                .replace("%2", format_number(total.places))
                .replace("%3", format_number(total.free))
                .replace("%4", format_number(total.blocked)).replace("%5", rate))

    def _show_tickets(self, data: Overview) -> None:
        part = data.tickets
        if part is None:
            self._locked(self._tickets_stack, self._tickets_message, self.tr(
                "Mängelmeldungen sehen Rollen mit „Mängelmeldungen ansehen“."))
            return
        for column, queue in enumerate(part.roles):
            tile = self.role_tiles.get(queue.role.value)
            if tile is None:
                tile = Tile(f"overviewTickets_{queue.role.value}", self._tiles_page)
                tile.clicked.connect(lambda _=False, r=queue.role.value: self._open_role(r))
                self.role_tiles[queue.role.value] = tile
                self._tiles.addWidget(tile, 0, column)
            mine = queue.link.filters.get("queue") == "mine"
            tile.set_figure(queue.open_tickets, self.tr("%1 am Zug").replace(
                "%1", labels.code_label("role", queue.role.value)),
                self.tr("bei Ihnen, jetzt zu tun") if mine
                else self.tr("offene Mängelmeldungen"))
        self._tiles.addWidget(self.hazard_tile, 1, 0, 1, max(1, len(part.roles)))
        detail = self.tr("von %1 offenen Gefahrenstellen; %2 nicht rechtzeitig gesichert") \
            .replace("%1", format_number(part.hazards_open)) \
            .replace("%2", format_number(part.hazards_unsecured_overdue))
        self.hazard_tile.set_figure(part.hazards_overdue,
                                    self.tr("Gefahrenstellen überfällig"), detail, warn=True)
        self._tickets_stack.setCurrentIndex(CONTENT)

    def _show_moves(self, data: Overview) -> None:
        part = data.moves
        if part is None:
            self._locked(self._moves_stack, self._moves_message, self.tr(
                "Die Auszüge sehen Rollen mit „Fälle ansehen“ oder „Berichte exportieren“."))
            return
        self.moves_chart.set_months(part.months)
        first, last = part.months[0].month, part.months[-1].month
        self.moves_chart.chart().setTitle(self.tr("%1 Personen von %2 bis %3").replace(
            "%1", format_number(part.total)).replace("%2", labels.month_name(first)).replace(
            "%3", labels.month_name(last)))
        self._moves_stack.setCurrentIndex(CONTENT)

    @staticmethod
    def _locked(stack: QStackedWidget, message: QLabel, text: str) -> None:
        message.setText(text)
        stack.setCurrentWidget(message)

    # ------------------------------------------------------------ clicks

    def _open(self, link: ListLink | None) -> None:
        if link is not None:
            self.openList.emit(link.list_name, dict(link.filters))

    def _on_facility_clicked(self, index: int) -> None:
        if self._data is not None and self._data.occupancy is not None:
            self._open(self.occupancy_chart.facility_at(index).link)

    def _open_role(self, role: str) -> None:
        if self._data is not None and self._data.tickets is not None:
            for queue in self._data.tickets.roles:
                if queue.role.value == role:
                    self._open(queue.link)

    def _hazard_link(self) -> ListLink | None:
        tickets = self._data.tickets if self._data is not None else None
        return tickets.hazards_link if tickets is not None else None

    def _on_month_clicked(self, index: int) -> None:
        if self._data is not None and self._data.moves is not None:
            self._open(self.moves_chart.month_at(index).link)
