"""Neuer Fall: find a household living in one of the actor's facilities that has no open case,
choose who is responsible (the signed-in social worker by default) and write down the goals.

The search runs off the GUI thread a moment after typing stops (Enter searches at once and
moves to the list); an older answer is dropped. `saved` carries the new case's id.

Object names: `openCaseDialog`, `openCaseSearch`, `openCaseList`, `openCaseHits`,
`openCaseWorker`, `openCaseGoals`, `stepSave`, `stepCancel`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from soest_desk.models.enums import Role
from soest_desk.services.case_choices import HouseholdChoice
from soest_desk.services.errors import DomainError
from soest_desk.ui.background import run_in_background
from soest_desk.ui.cases.case_dialogs import CaseStepDialog
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.cases.texts import MUTED
from soest_desk.ui.tickets.feedback import user_message

SEARCH_DELAY_MS = 250
LIST_LINES = 8


class OpenCaseDialog(CaseStepDialog):
    def __init__(self, gateway: CasesGateway, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Neuer Fall"), parent, object_name="openCaseDialog",
                         intro=self.tr("Haushalte, die heute in Ihren Unterkünften wohnen und "
                                       "noch keinen offenen Fall haben."))
        self._gateway = gateway
        self._request = 0
        self._searching = False
        self.search = QLineEdit(self, objectName="openCaseSearch")
        self.search.setPlaceholderText(self.tr("Name des Haushalts oder einer Person …"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.add_field(self.tr("&Suchen"), self.search)
        self.households = QListWidget(self, objectName="openCaseList")
        self.households.setMinimumHeight(self.fontMetrics().lineSpacing() * LIST_LINES)
        self.households.itemDoubleClicked.connect(lambda _item: self.accept())
        self.hits = QLabel(self, objectName="openCaseHits")
        self.hits.setStyleSheet(MUTED)
        self.hits.setWordWrap(True)
        self.add_field(self.tr("Haushalt"), self.households, required=True)
        self.form.addRow("", self.hits)
        self.worker = QComboBox(self, objectName="openCaseWorker")
        self.worker.addItem(self.tr("Lädt …"), None)
        self.add_field(self.tr("Zuständig"), self.worker, required=True)
        self.goals = self.text_edit("openCaseGoals", lines=4)
        self.goals.setPlaceholderText(self.tr("z. B. eigene Wohnung bis Jahresende, "
                                              "Deutschkurs B1"))
        self.add_field(self.tr("Ziele"), self.goals)
        self.set_save_text(self.tr("Fall eröffnen"))
        self.setMinimumWidth(620)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        run_in_background(gateway.social_workers, self._show_workers, self._worker_failed,
                          owner=self)
        self.run_search()

    # ------------------------------------------------------------ searching

    def is_searching(self) -> bool:
        return self._searching

    def run_search(self) -> None:
        self._debounce.stop()
        self._request += 1
        request, gateway, text = self._request, self._gateway, self.search.text()
        self._searching = True
        run_in_background(lambda: gateway.households_for_new_case(text),
                          lambda found: self._show_households(request, found),
                          lambda exc: self._search_failed(request, exc), owner=self)

    def _show_households(self, request: int, found: list[HouseholdChoice]) -> None:
        if request != self._request:
            return  # a newer search is under way
        self._searching = False
        chosen = self.households.currentItem()
        keep = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.households.clear()
        for choice in found:
            persons = (self.tr("1 Person") if choice.members == 1 else
                       self.tr("%1 Personen").replace("%1", str(choice.members)))
            item = QListWidgetItem(f"{choice.label} – {choice.facility}, {persons}")
            item.setData(Qt.ItemDataRole.UserRole, choice.household_id)
            self.households.addItem(item)
            if choice.household_id == keep:
                self.households.setCurrentItem(item)
        if self.households.currentItem() is None and found:
            self.households.setCurrentRow(0)
        if not found:
            self.hits.setText(self.tr("Kein passender Haushalt ohne offenen Fall gefunden."))
        else:
            self.hits.setText(self.tr("%1 Haushalte gefunden.").replace("%1", str(len(found)))
                              if len(found) != 1 else self.tr("1 Haushalt gefunden."))

    def _search_failed(self, request: int, exc: Exception) -> None:
        if request == self._request:
            self._searching = False
            self.households.clear()
            self.hits.setText("")
            self.show_error(user_message(exc))

    def _show_workers(self, workers: list[tuple[int, str]]) -> None:
        current = self.worker.currentData()
        self.worker.clear()
        if not workers:
            self.worker.addItem(self.tr("– keine Fachkraft der Sozialarbeit angelegt –"), None)
        for user_id, name in workers:
            self.worker.addItem(name, user_id)
        actor = self._gateway.actor
        mine = actor.user_id if Role.SOCIAL_WORKER in actor.roles else current
        index = self.worker.findData(mine)
        self.worker.setCurrentIndex(max(index, 0))

    def _worker_failed(self, exc: Exception) -> None:
        self.worker.clear()
        self.worker.addItem(self.tr("– nicht geladen –"), None)
        self.show_error(user_message(exc), "Zuständig")

    # ------------------------------------------------------------ keys and saving

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_search()  # Enter in the search field searches, it does not save
                self.households.setFocus()
                return True
            if event.key() == Qt.Key.Key_Down and self.households.count():
                self.households.setFocus()
                return True
        return super().eventFilter(watched, event)

    def job(self) -> Callable[[], Any]:
        item = self.households.currentItem()
        if item is None:
            raise DomainError(self.tr("Haushalt: bitte einen Haushalt aus der Liste wählen."),
                              field="Haushalt")
        household = int(item.data(Qt.ItemDataRole.UserRole))
        worker = self.worker.currentData()
        gateway, goals = self._gateway, self.goals.toPlainText()
        return lambda: gateway.open_case(household, None if worker is None else int(worker),
                                         goals)
