"""Wohnungssuche for the household of a case: the private housing offers that fit it from a
day on (optionally in some districts), every offer that does not with its German reasons,
and the reservation of one offer for a household that is ready for a tenancy.

Searching is allowed at any readiness (a social worker looks ahead); reserving only when
every required checklist item is met, as the service insists too. Everything runs off the
GUI thread; an answer to an older search is dropped (request counter). After a reservation
is made or released `changed` is True and `offerChanged` has been emitted.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.flat_search import FlatSearch, OfferMatch
from soest_desk.ui.background import run_in_background
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.formatting import GERMAN, format_date
from soest_desk.ui.places.widgets import date_edit, make_table
from soest_desk.ui.tickets.feedback import user_message
from soest_desk.ui.tickets.step_dialog import ERROR_STYLE

READY_STYLE = "color: #1e5e2f;"
NOT_READY_STYLE = ("color: #7a4b00; background: #fdf3dc; border: 1px solid #e5d3a1; "
                   "border-radius: 3px; padding: 4px 6px;")
DONE_STYLE = ("color: #1e5e2f; background: #eaf5ec; border: 1px solid #b9dcc1; "
              "border-radius: 3px; padding: 4px 6px;")
MARKED_GROUND = QColor("#eef3fb")  # the offer reserved for this household
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ID = Qt.ItemDataRole.UserRole
NAME_COLUMN_MAX = 300  # px; longer names and notes wrap


def square_metres(value: float) -> str:
    """"70", "52,5" (German decimal comma, one place where it matters)."""
    return GERMAN.toString(float(value), "f", 0 if float(value).is_integer() else 1)


class FlatSearchDialog(QDialog):
    offerChanged = Signal()  # a reservation was made or released

    def __init__(self, gateway: CasesGateway, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flatSearchDialog")
        self.setWindowTitle(self.tr("Wohnungssuche"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1040, 640)
        self.changed = False
        self._gateway = gateway
        self._case_id = case_id
        self._household = ""
        self._search: FlatSearch | None = None
        self._fitting: list[OfferMatch] = []
        self._request = 0
        self._searching = False
        self._writing = False
        self._closing = False

        self.household = QLabel(self, objectName="flatSearchHousehold")
        self.household.setStyleSheet("font-weight: bold;")
        self.readiness = QLabel(self, objectName="flatSearchReadiness")
        self.readiness.setWordWrap(True)

        self.from_date = date_edit(self, "flatSearchFrom", gateway.today())
        self.districts = QLineEdit(self, objectName="flatSearchDistricts")
        self.districts.setPlaceholderText(self.tr("z. B. Mitte, Süd – leer: alle Stadtteile"))
        self.districts.setClearButtonEnabled(True)
        self.run_button = QPushButton(self.tr("&Suchen"), self, objectName="flatSearchRun")
        self.run_button.setDefault(True)  # Enter in the fields searches
        self.run_button.clicked.connect(self.search)
        self.busy = QLabel(self, objectName="flatSearchBusy")
        inputs = QHBoxLayout()
        from_label = QLabel(self.tr("&Einzug ab:"), self)
        from_label.setBuddy(self.from_date)
        districts_label = QLabel(self.tr("S&tadtteile:"), self)
        districts_label.setBuddy(self.districts)
        for widget, stretch in ((from_label, 0), (self.from_date, 0), (districts_label, 0),
                                (self.districts, 1), (self.run_button, 0), (self.busy, 0)):
            inputs.addWidget(widget, stretch)

        self.table = make_table(self, "flatSearchTable", [
            self.tr("Angebot"), self.tr("Stadtteil"), self.tr("Plätze"), self.tr("m²"),
            self.tr("m² je Person"), self.tr("barrierefrei"), self.tr("Haustiere"),
            self.tr("frei ab"), self.tr("Vermieter*in")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refused = make_table(self, "flatSearchRefused", [
            self.tr("Angebot"), self.tr("Stadtteil"), self.tr("Plätze"), self.tr("m²"),
            self.tr("Warum nicht")])
        self.fitting_title = QLabel(self.tr("Passende Angebote"), self,
                                    objectName="flatSearchFittingTitle")
        self.refused_title = QLabel(self.tr("Passt nicht"), self,
                                    objectName="flatSearchRefusedTitle")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for title, table in ((self.fitting_title, self.table),
                             (self.refused_title, self.refused)):
            title.setStyleSheet("font-weight: bold;")
            title.setBuddy(table)
            section = QWidget(splitter)
            column = QVBoxLayout(section)
            column.setContentsMargins(0, 4, 0, 0)
            column.addWidget(title)
            column.addWidget(table, 1)
            splitter.addWidget(section)
        splitter.setSizes([300, 260])

        self.status = QLabel(self, objectName="flatSearchStatus")
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        buttons = QDialogButtonBox(self)
        self.reserve_button = QPushButton(self.tr("&Reservieren"), self,
                                          objectName="flatSearchReserve")
        self.reserve_button.clicked.connect(self.reserve)
        self.release_button = QPushButton(self.tr("Reservierung &aufheben"), self,
                                          objectName="flatSearchRelease")
        self.release_button.clicked.connect(self.release)
        buttons.addButton(self.reserve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.release_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("flatSearchClose")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.household)
        layout.addWidget(self.readiness)
        layout.addLayout(inputs)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update_buttons()
        self._load()

    # ------------------------------------------------------------ searching

    def day(self) -> date:
        return self.from_date.date().toPython()

    def wanted_districts(self) -> list[str]:
        return [part.strip() for part in self.districts.text().split(",") if part.strip()]

    def is_busy(self) -> bool:
        return self._searching or self._writing

    def search(self) -> None:
        """The user asks again: what was said about the last search or step is old now."""
        self._clear_status()
        self._load()

    def _load(self) -> None:
        self._request += 1
        self._searching = True
        self.busy.setText(self.tr("Sucht …"))
        gateway, case_id, day = self._gateway, self._case_id, self.day()
        districts, first = self.wanted_districts(), not self._household

        def job() -> tuple[str | None, FlatSearch]:
            household = gateway.detail(case_id).household if first else None
            return household, gateway.flat_search(case_id, day, districts)

        run_in_background(job, partial(self._shown, self._request),
                          partial(self._search_failed, self._request), owner=self)

    def _shown(self, request: int, answer: tuple[str | None, FlatSearch]) -> None:
        if request != self._request or self._closing:
            return  # an older search: a newer one is on its way
        self._searching = False
        self.busy.clear()
        household, search = answer
        self._household = household or self._household
        self._search = search
        self._show_household(search)
        self._fitting = [m for m in search.matches if m.fits or m.reserved_here]
        refused = [m for m in search.matches if not (m.fits or m.reserved_here)]
        self._fill_fitting(search)
        self._fill_refused(refused)
        self.fitting_title.setText(self.tr("Passende Angebote ab %1 (%2)").replace(
            "%1", format_date(search.on)).replace("%2", str(len(self._fitting))))
        self.refused_title.setText(self.tr("Passt nicht (%1)").replace(
            "%1", str(len(refused))))
        if not search.matches:
            self.fitting_title.setText(self.tr("Zurzeit gibt es kein freies "
                                               "Wohnraumangebot."))
        elif not self._fitting:
            self.fitting_title.setText(self.tr("Kein passendes Angebot ab %1 – die Gründe "
                                               "stehen unter „Passt nicht“.").replace(
                "%1", format_date(search.on)))
        if self._fitting:  # the first one that could be reserved, else the reserved one
            self.table.selectRow(next((row for row, m in enumerate(self._fitting)
                                       if not m.reserved_here), 0))
        self._update_buttons()

    def _search_failed(self, request: int, exc: Exception) -> None:
        if request != self._request or self._closing:
            return
        self._searching = False
        self.busy.clear()
        self._show_error(user_message(exc))
        self._update_buttons()

    def _show_household(self, search: FlatSearch) -> None:
        size = (self.tr("1 Person") if search.household_size == 1 else
                self.tr("%1 Personen").replace("%1", str(search.household_size)))
        self.household.setText(self.tr("Haushalt %1 – %2").replace(
            "%1", self._household).replace("%2", size) if self._household else size)
        readiness = search.readiness
        if readiness.ready:
            text = (self.tr("Mietvertragsfähig – bereit seit %1.").replace(
                "%1", format_date(readiness.ready_since)) if readiness.ready_since
                else self.tr("Mietvertragsfähig."))
            self.readiness.setStyleSheet(READY_STYLE)
        else:
            text = self.tr("Noch nicht mietvertragsfähig: %1 von %2 Punkten erfüllt. Suchen "
                           "geht schon, reservieren erst, wenn alle Punkte der Checkliste "
                           "erfüllt sind.").replace("%1", str(readiness.met)).replace(
                "%2", str(readiness.required))
            self.readiness.setStyleSheet(NOT_READY_STYLE)
        self.readiness.setText(text)

    def _fill_fitting(self, search: FlatSearch) -> None:
        self.table.clearSelection()
        self.table.setRowCount(len(self._fitting))
        for row, match in enumerate(self._fitting):
            name = f"{match.name}\n{match.street}"
            if match.reserved_here:
                name += "\n" + self.tr("reserviert für diesen Haushalt")
                if match.refusals:
                    name += " – " + self.tr("passt bei dieser Suche nicht: %1").replace(
                        "%1", "; ".join(match.refusals))
            per_person = match.area_m2 / max(search.household_size, 1)
            cells = [name, match.district or "", str(match.places),
                     square_metres(match.area_m2), square_metres(per_person),
                     self._yes_no(match.barrier_free), self._yes_no(match.pets_allowed),
                     self._available(match, search.on), self._landlord(match)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, match.facility_id)
                if column in (2, 3, 4):
                    item.setTextAlignment(_RIGHT)
                if match.reserved_here:
                    item.setBackground(MARKED_GROUND)
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        # the offer's name column wraps (a reservation's note is long) so that the
        # landlord's phone stays in sight
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), NAME_COLUMN_MAX))
        self.table.resizeRowsToContents()

    def _fill_refused(self, refused: list[OfferMatch]) -> None:
        self.refused.setRowCount(len(refused))
        for row, match in enumerate(refused):
            cells = [f"{match.name}\n{match.street}", match.district or "", str(match.places),
                     square_metres(match.area_m2), "; ".join(match.refusals)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, match.facility_id)
                if column in (2, 3):
                    item.setTextAlignment(_RIGHT)
                self.refused.setItem(row, column, item)
        self.refused.resizeRowsToContents()

    def _yes_no(self, value: bool) -> str:
        return self.tr("ja") if value else self.tr("nein")

    def _available(self, match: OfferMatch, on: date) -> str:
        text = (self.tr("sofort") if match.available_from is None or match.available_from <= on
                else format_date(match.available_from))
        if match.available_to is not None:
            text += "\n" + self.tr("bis %1").replace("%1", format_date(match.available_to))
        return text

    def _landlord(self, match: OfferMatch) -> str:
        return "\n".join(part for part in (match.landlord, match.landlord_phone) if part)

    # ------------------------------------------------------------ reserving

    def selected_offer(self) -> OfferMatch | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self._fitting):
            return None
        return self._fitting[rows[0].row()]

    def reserved_offer(self) -> OfferMatch | None:
        matches = self._search.matches if self._search is not None else []
        return next((m for m in matches if m.reserved_here), None)

    def reserve(self) -> None:
        offer = self.selected_offer()
        if offer is None or not self.reserve_button.isEnabled():
            return
        self._set_writing(True, self.tr("Reserviert …"))
        gateway, case_id, offer_id = self._gateway, self._case_id, offer.facility_id
        run_in_background(lambda: gateway.reserve(case_id, offer_id),
                          partial(self._reserved, offer.name), self._write_failed, owner=self)

    def release(self) -> None:
        offer = self.reserved_offer()
        if offer is None or not self.release_button.isEnabled():
            return
        self._set_writing(True, self.tr("Hebt auf …"))
        gateway, case_id = self._gateway, self._case_id
        run_in_background(lambda: gateway.release(case_id),
                          partial(self._released, offer.name), self._write_failed, owner=self)

    def _reserved(self, name: str, _result: object) -> None:
        self._after_write(self.tr("„%1“ ist jetzt für diesen Haushalt reserviert. Als "
                                  "Nächstes: Kontakt mit der Vermieter*in aufnehmen.").replace(
            "%1", name))

    def _released(self, name: str, _result: object) -> None:
        self._after_write(self.tr("Die Reservierung ist aufgehoben; „%1“ ist wieder frei.")
                          .replace("%1", name))

    def _after_write(self, message: str) -> None:
        self._set_writing(False, "")
        self.changed = True
        self.offerChanged.emit()
        self._show_done(message)
        self._load()  # show the marking (or its end) in the list

    def _write_failed(self, exc: Exception) -> None:
        self._set_writing(False, "")
        self._show_error(user_message(exc))
        self._load()  # somebody may have taken the offer meanwhile: show what is free now

    # ------------------------------------------------------------ state

    def status_text(self) -> str:
        return self.status.text() if self.status.isVisibleTo(self) else ""

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)
        self.status.setVisible(True)

    def _show_done(self, message: str) -> None:
        self.status.setStyleSheet(DONE_STYLE)
        self.status.setText(message)
        self.status.setVisible(True)

    def _clear_status(self) -> None:
        self.status.clear()
        self.status.setVisible(False)

    def _set_writing(self, writing: bool, text: str) -> None:
        self._writing = writing
        self.busy.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self._closing:
            return
        ready = self._search is not None and self._search.readiness.ready
        offer = self.selected_offer()
        self.reserve_button.setEnabled(
            not self._writing and ready and offer is not None and offer.fits
            and not offer.reserved_here)
        if self._search is not None and not ready:
            self.reserve_button.setToolTip(self.tr(
                "Erst möglich, wenn der Haushalt mietvertragsfähig ist."))
        else:
            self.reserve_button.setToolTip("")
        self.release_button.setEnabled(not self._writing and self.reserved_offer() is not None)
        self.run_button.setEnabled(not self._writing)

    def done(self, result: int) -> None:
        self._closing = True
        super().done(result)

    def reject(self) -> None:
        if not self._writing:  # a reservation under way finishes first
            super().reject()

