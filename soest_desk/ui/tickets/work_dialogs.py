"""The dialogs of the steps that carry more than a note: Übernehmen (who, optionally an
earlier day), Wartet (on what, until when) and Erledigt melden (work note and costs).

Object names: `acceptToStaff`, `acceptAssigneeUser`, `acceptToExternal`,
`acceptAssigneeExternal`, `acceptEarlier`, `acceptDueDate`, `waitReason`, `waitUntil`,
`stepNote`, and those of `CostRowsEditor` and `StepDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from soest_desk.models.enums import WaitingReason
from soest_desk.services.clock import OFFICE_ZONE, office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.ticket_choices import Choice
from soest_desk.services.ticket_views import TicketDetail
from soest_desk.services.ticket_workflow import TRANSITIONS, Action
from soest_desk.services.tickets import MAX_WAIT_DAYS, StepInput
from soest_desk.ui.background import run_in_background
from soest_desk.ui.labels import code_label, translate
from soest_desk.ui.tickets.action_dialogs import ticket_line
from soest_desk.ui.tickets.cost_rows import COST_FIELDS, CostRowsEditor
from soest_desk.ui.tickets.feedback import user_message
from soest_desk.ui.tickets.gateway import TicketGateway
from soest_desk.ui.tickets.step_dialog import StepDialog

DEFAULT_WAIT_DAYS = 7


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, name: str, day: date, *, earliest: date,
              latest: date | None = None) -> QDateEdit:
    edit = QDateEdit(parent, objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(to_qdate(earliest))
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    edit.setDate(to_qdate(day))
    return edit


class AcceptDialog(StepDialog):
    """Übernehmen: a person of the property service or an external contractor, and
    optionally a day earlier than the priority's deadline."""

    def __init__(self, detail: TicketDetail, gateway: TicketGateway, parent: QWidget) -> None:
        transition = TRANSITIONS[Action.ACCEPT]
        super().__init__(translate("Codes", transition.label), parent,
                         intro=ticket_line(detail))
        self._ref, self._gateway = detail.ref, gateway
        self.to_staff = QRadioButton(self.tr("Objektservice:"), self, objectName="acceptToStaff")
        self.staff = QComboBox(self, objectName="acceptAssigneeUser")
        self.staff.addItem(self.tr("Lädt …"), None)
        self.staff.setEnabled(False)
        self.to_external = QRadioButton(self.tr("Fremdfirma:"), self,
                                        objectName="acceptToExternal")
        self.external = QLineEdit(self, objectName="acceptAssigneeExternal")
        self.external.setPlaceholderText(self.tr("Name der Firma oder Person"))
        self.to_staff.setChecked(True)
        self.to_staff.toggled.connect(self._sync)
        who = QWidget(self, objectName="acceptAssignee")
        grid = QGridLayout(who)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.to_staff, 0, 0)
        grid.addWidget(self.staff, 0, 1)
        grid.addWidget(self.to_external, 1, 0)
        grid.addWidget(self.external, 1, 1)
        grid.setColumnStretch(1, 1)
        self.add_field(self.tr("Zuständig"), who,
                       names=("Zuständig", "Fremdfirma / Hausmeister*in"), required=True)

        today = office_today()
        deadline = detail.due_at.astimezone(OFFICE_ZONE).date() if detail.due_at else None
        latest = max(deadline, today) if deadline else None
        self.earlier = QCheckBox(self.tr("Früher erledigen bis:"), self,
                                 objectName="acceptEarlier")
        self.due = date_edit(self, "acceptDueDate", latest or today, earliest=today,
                             latest=latest)
        self.due.setEnabled(False)
        self.earlier.toggled.connect(self.due.setEnabled)
        self.form.addRow(self.earlier, self.due)
        self._errors["Erledigen bis"] = self.general_error
        self.note = self.note_edit("stepNote")
        self.add_field(translate("Codes", transition.note_label or "Bemerkung"), self.note)
        self._own_id = gateway.actor.user_id
        self._sync()
        run_in_background(gateway.assignees, self._fill_staff,
                          lambda exc: self.show_error(user_message(exc)), owner=self)

    def _fill_staff(self, people: list[Choice]) -> None:
        self.staff.clear()
        for person in people:
            self.staff.addItem(person.label, person.id)
        if not people:
            self.staff.addItem(self.tr("niemand im Objektservice"), None)
        self.staff.setCurrentIndex(max(self.staff.findData(self._own_id), 0))
        self._sync()

    def _sync(self, *_args: object) -> None:
        staff = self.to_staff.isChecked()
        self.staff.setEnabled(staff and self.staff.currentData() is not None)
        self.external.setEnabled(not staff)

    def staff_loaded(self) -> bool:
        return self.staff.currentData() is not None

    def typed_input(self) -> str:
        return self.note.toPlainText()

    def job(self) -> Callable[[], Any]:
        step = StepInput(
            note=self.note.toPlainText(),
            assignee_user_id=self.staff.currentData() if self.to_staff.isChecked() else None,
            assignee_external=None if self.to_staff.isChecked() else self.external.text(),
            due_on=from_qdate(self.due.date()) if self.earlier.isChecked() else None,
        )
        if self.to_staff.isChecked() and step.assignee_user_id is None:
            raise DomainError(self.tr("Zuständig: bitte eine Person des Objektservices wählen."),
                              field="Zuständig")
        ref, gateway = self._ref, self._gateway
        return lambda: gateway.perform(ref, Action.ACCEPT, step)


class WaitDialog(StepDialog):
    def __init__(self, detail: TicketDetail, gateway: TicketGateway, parent: QWidget) -> None:
        transition = TRANSITIONS[Action.WAIT]
        intro = ticket_line(detail) + "\n" + self.tr(
            "Bei „Zugang“ ist die Heimleitung am Zug: sie sorgt für Zutritt und meldet weiter. "
            "Bis zum gewählten Tag ruht die Meldung, dann erscheint sie wieder unter „Bei mir "
            "am Zug“.")
        super().__init__(self.tr("Wartet auf …"), parent, intro=intro)
        self._ref, self._gateway = detail.ref, gateway
        self.reason = QComboBox(self, objectName="waitReason")
        for reason in WaitingReason:
            self.reason.addItem(code_label("waiting_reason", reason.value), reason.value)
        self.add_field(self.tr("Wartet auf"), self.reason, required=True)
        today = office_today()
        self.until = date_edit(self, "waitUntil", today + timedelta(days=DEFAULT_WAIT_DAYS),
                               earliest=today, latest=today + timedelta(days=MAX_WAIT_DAYS))
        self.add_field(self.tr("Wartet bis"), self.until, required=True)
        self.note = self.note_edit("stepNote")
        self.add_field(translate("Codes", transition.note_label or "Bemerkung"), self.note)

    def typed_input(self) -> str:
        return self.note.toPlainText()

    def job(self) -> Callable[[], Any]:
        step = StepInput(note=self.note.toPlainText(), waiting_reason=self.reason.currentData(),
                         waiting_until=from_qdate(self.until.date()))
        ref, gateway = self._ref, self._gateway
        return lambda: gateway.perform(ref, Action.WAIT, step)


class ResolveDialog(StepDialog):
    def __init__(self, detail: TicketDetail, gateway: TicketGateway, parent: QWidget) -> None:
        transition = TRANSITIONS[Action.RESOLVE]
        super().__init__(translate("Codes", transition.label), parent, intro=ticket_line(
            detail) + "\n" + self.tr("Danach ist die Heimleitung am Zug: sie nimmt vor Ort ab "
                                     "oder lehnt ab."))
        self._ref, self._gateway = detail.ref, gateway
        self.note = self.note_edit("stepNote", self.tr("Was wurde gemacht?"))
        note_label = translate("Codes", transition.note_label or "Erledigte Arbeiten")
        self.add_field(note_label, self.note, required=transition.note_required)
        self.costs = CostRowsEditor(self)
        self.add_field(self.tr("Kosten"), self.costs, names=COST_FIELDS)
        self.setMinimumWidth(640)

    def typed_input(self) -> str:
        return self.note.toPlainText()

    def job(self) -> Callable[[], Any]:
        note, costs = self.note.toPlainText(), self.costs.costs()
        ref, gateway = self._ref, self._gateway
        return lambda: gateway.resolve(ref, note, costs)
