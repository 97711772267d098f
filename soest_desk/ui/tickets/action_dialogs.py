"""The small dialogs of the workflow steps that ask for little more than a note: Rückfrage,
Antwort, Arbeit beginnen, Weiter, Abnehmen, Ablehnen, Stornieren, and the extra steps
Sichern, Kommentieren, Priorität ändern, Kosten buchen.

Each saves through the gateway with `detail.ref`, so a save over a newer version of the
ticket becomes a conflict instead of an overwrite (a comment only adds and never conflicts).
Object names: `stepNote`, `cancelDuplicate`, `priorityChoice`, plus those of `StepDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from soest_desk.models.enums import TicketPriority
from soest_desk.services import ticket_rules
from soest_desk.services.errors import DomainError
from soest_desk.services.ticket_views import TicketDetail
from soest_desk.services.ticket_workflow import TRANSITIONS, Action
from soest_desk.services.tickets import StepInput
from soest_desk.ui.labels import code_label, translate
from soest_desk.ui.tickets.cost_rows import COST_FIELDS, CostRowsEditor
from soest_desk.ui.tickets.gateway import TicketGateway
from soest_desk.ui.tickets.step_dialog import StepDialog


def ticket_line(detail: TicketDetail) -> str:
    return f"#{detail.id} {detail.title}"


class NoteDialog(StepDialog):
    """A step that asks one note, required or not; `save(note)` builds the service call."""

    def __init__(self, title: str, note_label: str, required: bool,
                 save: Callable[[str], Any], parent: QWidget | None = None, *,
                 intro: str = "", placeholder: str = "") -> None:
        super().__init__(title, parent, intro=intro)
        self._save = save
        self.note = self.note_edit("stepNote", placeholder)
        self.add_field(note_label, self.note, required=required)

    def note_text(self) -> str:
        return self.note.toPlainText()

    def typed_input(self) -> str:
        return self.note_text()

    def job(self) -> Callable[[], Any]:
        note, save = self.note_text(), self._save  # the job holds no widget (see StepDialog)
        return lambda: save(note)


def transition_dialog(action: Action, detail: TicketDetail, gateway: TicketGateway,
                      parent: QWidget) -> NoteDialog:
    """Rückfrage, Antwort, Arbeit beginnen, Weiter, Abnehmen, Ablehnen."""
    transition = TRANSITIONS[action]
    owner = ticket_rules.whose_move(transition.target.value)
    next_text = translate("Tickets", "Danach: „%1“, am Zug: %2.").replace(
        "%1", code_label("ticket_state", transition.target.value)).replace(
        "%2", code_label("role", owner.value) if owner else translate("Tickets", "niemand"))
    title = translate("Codes", transition.label).rstrip(" …")
    label = translate("Codes", transition.note_label or "Bemerkung")
    ref = detail.ref
    return NoteDialog(
        title, label, transition.note_required,
        lambda note: gateway.perform(ref, action, StepInput(note=note)), parent,
        intro=f"{ticket_line(detail)}\n{next_text}")


class CancelDialog(NoteDialog):
    def __init__(self, detail: TicketDetail, gateway: TicketGateway, parent: QWidget) -> None:
        transition = TRANSITIONS[Action.CANCEL]
        ref = detail.ref
        super().__init__(
            translate("Codes", transition.label), translate("Codes", transition.note_label
                                                            or "Grund"), True,
            lambda note: None, parent,
            intro=ticket_line(detail) + "\n" + self.tr(
                "Eine stornierte Meldung ist abgeschlossen; sie bleibt im Verlauf sichtbar."))
        self.duplicate = QLineEdit(self, objectName="cancelDuplicate")
        self.duplicate.setPlaceholderText(self.tr("Nummer der ersten Meldung, z. B. 1234"))
        self.add_field(self.tr("Doppelt zu #"), self.duplicate, names=("Doppelt zu",))
        self._save_with = lambda note, original: gateway.perform(
            ref, Action.CANCEL, StepInput(note=note, duplicate_of_id=original))

    def job(self) -> Callable[[], Any]:
        text = self.duplicate.text().strip().removeprefix("#").strip()
        if text and not (text.isascii() and text.isdigit() and len(text) <= 9):  # not "²"
            raise DomainError(self.tr("Doppelt zu: bitte die Nummer einer Meldung angeben, "
                                      "z. B. 1234."), field="Doppelt zu")
        note, original = self.note_text(), int(text) if text else None
        save = self._save_with
        return lambda: save(note, original)


def secure_dialog(detail: TicketDetail, gateway: TicketGateway, parent: QWidget) -> NoteDialog:
    ref = detail.ref
    return NoteDialog(
        translate("Tickets", "Gefahrenstelle als gesichert melden"),
        translate("Tickets", "Wie gesichert"), True,
        lambda note: gateway.secure(ref, note), parent, intro=ticket_line(detail),
        placeholder=translate("Tickets", "z. B. abgesperrt, Strom abgeschaltet, Schild "
                                         "aufgestellt"))


def comment_dialog(detail: TicketDetail, gateway: TicketGateway, parent: QWidget
                   ) -> NoteDialog:
    ticket_id = detail.id
    return NoteDialog(
        translate("Tickets", "Kommentieren"), translate("Tickets", "Kommentar"), True,
        lambda text: gateway.comment(ticket_id, text), parent, intro=ticket_line(detail))


class PriorityDialog(NoteDialog):
    def __init__(self, detail: TicketDetail, gateway: TicketGateway, parent: QWidget) -> None:
        ref = detail.ref
        super().__init__(
            self.tr("Priorität ändern"), self.tr("Grund der Änderung"), True,
            lambda note: None, parent,
            intro=ticket_line(detail) + "\n" + self.tr(
                "Die Frist wird vom Meldezeitpunkt aus neu berechnet. „Sofort“ macht die "
                "Meldung zur Gefahrenstelle, die gesichert werden muss."))
        self.priority = QComboBox(self, objectName="priorityChoice")
        for priority in TicketPriority:
            self.priority.addItem(code_label("ticket_priority_choice", priority.value),
                                  priority.value)
        self.priority.setCurrentIndex(max(self.priority.findData(detail.priority), 0))
        self.form.insertRow(0, self.tr("Neue Priorität *"), self.priority)
        self._errors["Priorität"] = self.general_error
        self._change = lambda code, note: gateway.change_priority(ref, code, note)

    def job(self) -> Callable[[], Any]:
        code, note, change = self.priority.currentData(), self.note_text(), self._change
        return lambda: change(code, note)


class CostsDialog(StepDialog):
    def __init__(self, detail: TicketDetail, gateway: TicketGateway, parent: QWidget) -> None:
        super().__init__(self.tr("Kosten buchen"), parent, intro=ticket_line(detail))
        self.costs = CostRowsEditor(self)
        self.add_field(self.tr("Positionen"), self.costs, names=COST_FIELDS, required=True)
        self.setMinimumWidth(640)
        ref = detail.ref
        self._book = lambda costs: gateway.add_costs(ref, costs)

    def job(self) -> Callable[[], Any]:
        costs = self.costs.costs()
        if not costs:
            raise DomainError(self.tr("Kosten: bitte mindestens eine Position ausfüllen."),
                              field="Kosten")
        book = self._book
        return lambda: book(costs)
