"""The pane beside the Bewohner*innen list: the selected person's household, where everybody
lives, the length of stay and the history, and the steps that move them (Platz suchen,
Umziehen, Ausziehen). After a step it emits `changed`, so the lists read again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.clock import office_today
from soest_desk.services.permissions import Permission
from soest_desk.services.person_views import PersonSummary
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_date
from soest_desk.ui.forms.fields import household_role_labels
from soest_desk.ui.places.allocation_dialog import AllocationDialog
from soest_desk.ui.places.gateway import PlacesGateway
from soest_desk.ui.places.stay_dialogs import MoveOutDialog, TransferDialog
from soest_desk.ui.places.texts import move_out_reasons
from soest_desk.ui.places.widgets import make_table, pane_title
from soest_desk.ui.tickets.feedback import user_message


class PersonPane(QWidget):
    changed = Signal()

    def __init__(self, gateway: PlacesGateway, parent: QWidget | None = None, *,
                 edit_person: Callable[[int], object] | None = None,
                 edit_household: Callable[[int], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPane")
        self._gateway = gateway
        self._allocation: AllocationDialog | None = None
        self._edit_person = edit_person
        self._edit_household = edit_household
        self._summary: PersonSummary | None = None
        self._person_id: int | None = None
        self._request = 0  # the newest reading asked for; older answers are dropped
        self.title = pane_title(self, "personTitle", self.tr("Bitte links eine Person wählen."))
        self.place = QLabel(self, objectName="personPlace")
        self.place.setWordWrap(True)
        self.members = make_table(self, "personMembers", [
            self.tr("Name"), self.tr("Rolle"), self.tr("Alter"), self.tr("Wohnt in")])
        self.history = make_table(self, "personHistory", [
            self.tr("Unterkunft"), self.tr("Von"), self.tr("Bis"), self.tr("Grund")])
        may_move = gateway.actor.can(Permission.MANAGE_STAYS)
        self.allocate_button = QPushButton(self.tr("Platz suchen …"), self,
                                           objectName="personAllocate")
        self.transfer_button = QPushButton(self.tr("Umziehen …"), self,
                                           objectName="personTransfer")
        self.move_out_button = QPushButton(self.tr("Ausziehen …"), self,
                                           objectName="personMoveOut")
        buttons = QHBoxLayout()
        for button, slot in ((self.allocate_button, self.allocate),
                             (self.transfer_button, self.transfer),
                             (self.move_out_button, self.move_out)):
            button.setVisible(may_move)
            button.setEnabled(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self, objectName="personEdit")
        self.edit_button.clicked.connect(self.edit)
        self.household_button = QPushButton(self.tr("Haushalt …"), self,
                                            objectName="personHousehold")
        self.household_button.clicked.connect(self.edit_household)
        may_edit = gateway.actor.can(Permission.EDIT_PERSONS)
        for button, callback in ((self.edit_button, edit_person),
                                 (self.household_button, edit_household)):
            button.setVisible(may_edit and callback is not None)
            button.setEnabled(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.place)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Haushalt"), self))
        layout.addWidget(self.members, 1)
        layout.addWidget(QLabel(self.tr("Verlauf"), self))
        layout.addWidget(self.history, 1)

    # ------------------------------------------------------------ showing

    def summary(self) -> PersonSummary | None:
        return self._summary

    def show_person(self, person_id: int | None) -> None:
        self._person_id = person_id
        if person_id is None:
            self._summary = None
            self.title.setText(self.tr("Bitte links eine Person wählen."))
            self._update_buttons()
            return
        gateway = self._gateway
        self._request += 1
        request = self._request
        run_in_background(lambda: gateway.person(person_id),
                          lambda summary: self._show(summary, request), self._failed,
                          owner=self)

    def describe_length(self, days: int) -> str:
        """"13 Monate", "1 Tag" (a month counted as 30 days); plural forms as in
        `formatting.Counts`: "1 …" is a text of its own."""
        months = days // 30
        if months == 1:
            return self.tr("1 Monat")
        if months > 1:
            return self.tr("%1 Monate", "", months).replace("%1", str(months))
        if days == 1:
            return self.tr("1 Tag")
        return self.tr("%1 Tage", "", days).replace("%1", str(days))

    def reload(self) -> None:
        self.show_person(self._person_id)

    def _show(self, summary: PersonSummary, request: int) -> None:
        if request != self._request or summary.person_id != self._person_id:
            return  # another person (or a newer reading) was asked for meanwhile
        self._summary = summary
        self.title.setText(summary.name)
        if summary.place:
            since = ""
            if summary.length_of_stay_days is not None:
                since = self.tr(" – seit %1").replace(
                    "%1", self.describe_length(summary.length_of_stay_days))
            self.place.setText(self.tr("Wohnt in %1%2").replace("%1", summary.place)
                               .replace("%2", since))
        else:
            self.place.setText(self.tr("Zurzeit ohne Platz."))
        self.members.setRowCount(len(summary.members))
        roles = household_role_labels()
        for row, member in enumerate(summary.members):
            values = (member.name, roles.get(member.role or "", ""),
                      "" if member.age is None else str(member.age),
                      member.place or self.tr("ohne Platz"))
            for column, text in enumerate(values):
                self.members.setItem(row, column, QTableWidgetItem(text))
        reasons = {**move_out_reasons(), "transfer": self.tr("Umzug")}
        self.history.setRowCount(len(summary.history))
        for row, record in enumerate(reversed(summary.history)):
            values = (f"{record.facility}, {record.unit}", format_date(record.start),
                      format_date(record.end) if record.end else "",
                      reasons.get(record.move_out_reason or "", ""))
            for column, text in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self._summary = None
        self.title.setText(user_message(exc))
        self._update_buttons()

    def _update_buttons(self) -> None:
        summary = self._summary
        self.allocate_button.setEnabled(bool(summary and summary.homeless_member_ids))
        self.transfer_button.setEnabled(bool(summary and summary.living_member_ids))
        self.move_out_button.setEnabled(bool(summary and summary.living_member_ids))
        self.edit_button.setEnabled(summary is not None)
        self.household_button.setEnabled(summary is not None)

    # ------------------------------------------------------------ steps

    def _today(self) -> date:
        return office_today()

    def allocate(self) -> AllocationDialog | None:
        summary = self._summary
        if summary is None or not summary.homeless_member_ids:
            return None
        if self._allocation is not None and shiboken6.isValid(self._allocation):
            self._allocation.deleteLater()  # closed and idle by now
        dialog = AllocationDialog(self._gateway, summary.homeless_member_ids,
                                  summary.household or summary.name, self._today(), self)
        self._allocation = dialog
        dialog.movedIn.connect(lambda _n: self._after_change())
        dialog.open()
        return dialog

    def _living(self) -> list:
        """The members who live where this person lives: they move with them (a member in
        another facility is not offered, so nobody moves them by accident)."""
        assert self._summary is not None
        here = self._summary.members[0].facility_id
        return [m for m in self._summary.members
                if m.place is not None and (here is None or m.facility_id == here)]

    def move_out(self) -> MoveOutDialog | None:
        if self._summary is None or not self._summary.living_member_ids:
            return None
        dialog = MoveOutDialog(self._gateway, self._living(), self._today(), self)
        dialog.saved.connect(lambda _r: self._after_change())
        dialog.open()
        return dialog

    def transfer(self) -> None:
        if self._summary is None or not self._summary.living_member_ids:
            return
        gateway, moving, today = self._gateway, self._summary.living_member_ids, self._today()
        run_in_background(lambda: gateway.unit_options(today, moving), self._open_transfer,
                          self._failed, owner=self)

    def _open_transfer(self, options: list) -> None:
        dialog = TransferDialog(self._gateway, self._living(), options, self._today(), self)
        dialog.saved.connect(lambda _r: self._after_change())
        dialog.open()
        self.transfer_dialog = dialog

    def edit(self) -> None:
        if self._summary is not None and self._edit_person is not None:
            self._edit_person(self._summary.person_id)

    def edit_household(self) -> None:
        """The person's household, or a new one when they have none yet."""
        if self._summary is not None and self._edit_household is not None:
            self._edit_household(self._summary.household_id or 0)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
