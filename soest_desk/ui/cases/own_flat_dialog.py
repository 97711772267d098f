"""Auszug in eigene Wohnung: the household of a case leaves the facilities for a flat of its
own. Every member still living somewhere moves out on the day with the reason "eigene
Wohnung"; the case closes with that outcome and a reserved offer counts as taken.

A `StepDialog`: the service's German message appears under the date (or below the form),
the dialog stays open with everything typed; saving runs off the GUI thread; Enter saves,
Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from soest_desk.services.case_views import CaseDetail
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.formatting import format_date
from soest_desk.ui.places.widgets import date_edit
from soest_desk.ui.tickets.step_dialog import StepDialog


class OwnFlatDialog(StepDialog):
    def __init__(self, gateway: CasesGateway, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Auszug in eigene Wohnung – %1").replace("%1", detail.household), parent,
            object_name="ownFlatDialog",
            intro=self.tr("Die Belegungen enden mit dem Grund „eigene Wohnung“, der Fall wird "
                          "mit diesem Ergebnis abgeschlossen."))
        self.setMinimumWidth(520)
        self._gateway = gateway
        self._case_id = detail.case_id
        self.save_button.setObjectName("ownFlatOk")
        self._set_busy(False)  # the button's own text

        self.household = self._info("ownFlatHousehold", detail.household)
        self.add_field(self.tr("Haushalt"), self.household)
        self.members = self._info("ownFlatMembers", self._moving(detail))
        self.add_field(self.tr("Es ziehen aus"), self.members)
        self.offer = self._info("ownFlatOffer", self._offer(detail))
        self.add_field(self.tr("Neue Wohnung"), self.offer)
        self.day = date_edit(self, "ownFlatDate", gateway.today())
        self.day.setToolTip(self.tr("Der Tag, an dem der Haushalt ausgezogen ist – heute "
                                    "oder früher."))
        self.add_field(self.tr("Auszug am"), self.day, names=("Auszug",), required=True)
        self.note = self.note_edit("ownFlatNote", self.tr("z. B. neue Anschrift"))
        self.add_field(self.tr("Bemerkung"), self.note)
        self.day.setFocus()

    def _info(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self, objectName=name)
        label.setWordWrap(True)
        return label

    def _moving(self, detail: CaseDetail) -> str:
        living = [m for m in detail.members if m.place]
        if not living:
            return self.tr("Niemand aus dem Haushalt wohnt zurzeit in einer Unterkunft.")
        return "\n".join(f"{m.name} – {m.place}" for m in living)

    def _offer(self, detail: CaseDetail) -> str:
        offer = detail.offer
        if offer is None:
            return self.tr("selbst gefundene Wohnung (kein Angebot reserviert)")
        text = f"{offer.name} ({offer.district})" if offer.district else offer.name
        if offer.available_from is not None:
            text += ", " + self.tr("frei ab %1").replace("%1", format_date(offer.available_from))
        return text

    def job(self) -> Callable[[], Any]:
        gateway, case_id = self._gateway, self._case_id
        day, note = self.day.date().toPython(), self.note.toPlainText().strip() or None
        return lambda: gateway.move_into_own_flat(case_id, day, note)

    def show_error(self, message: str, field: str | None = None) -> None:
        super().show_error(message, field)
        # a top-level window does not grow for a wrapped label by itself: make room, so
        # the whole message can be read and nothing overlaps the note below
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.save_button.setText(self.tr("Trägt ein …") if busy
                                 else self.tr("Auszug eintragen"))
