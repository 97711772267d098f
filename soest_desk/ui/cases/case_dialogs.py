"""The small dialogs of a case: a checklist item, a note (Vermerk), a follow-up
(Wiedervorlage), the status, who is responsible, the goals and closing the case.

Each is a `StepDialog`: the service's German message appears under the field it names and the
dialog stays open with everything typed; saving runs off the GUI thread; Enter (Ctrl+Enter in
a text box) saves, Esc cancels. A save over a newer version (`EditConflict`) shows the German
message too and emits `stale`, so the pane reads the case again.

Object names: `caseItemDialog` (`caseItemState`, `caseItemDate`, `caseItemExpires`,
`caseItemNoExpiry`, `caseItemCount`, `caseItemEvidence`), `caseNoteDialog` (`caseNoteDate`,
`caseNoteKind`, `caseNoteMinutes`, `caseNoteBody`), `caseFollowUpDialog`
(`caseFollowUpDue`, `caseFollowUpSubject`), `caseStatusDialog` (`caseStatusChoice`),
`caseReassignDialog` (`caseWorkerChoice`), `caseGoalsDialog` (`caseGoalsEdit`),
`caseCloseDialog` (`caseOutcome`, `caseClosedOn`); the buttons `stepSave`, `stepCancel`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from soest_desk.models.enums import CaseOutcome, ReadinessState
from soest_desk.services.case_notes import MAX_MINUTES
from soest_desk.services.case_views import CaseDetail
from soest_desk.services.errors import DomainError
from soest_desk.services.follow_ups import MAX_SUBJECT
from soest_desk.services.readiness import MAX_COUNT, ItemState
from soest_desk.services.validation import EditConflict
from soest_desk.ui.cases import texts
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.places.widgets import date_edit
from soest_desk.ui.tickets.step_dialog import StepDialog

TEXT_LINES = 8
FOLLOW_UP_DAYS = 7  # a new follow-up is due in a week unless changed


def combo(parent: QWidget, name: str, choices: dict[str, str], current: str | None) -> QComboBox:
    box = QComboBox(parent, objectName=name)
    for code, label in choices.items():
        box.addItem(label, code)
    if current is not None and current in choices:
        box.setCurrentIndex(list(choices).index(current))
    return box


class CaseStepDialog(StepDialog):
    """A `StepDialog` that says when the case changed under it (`stale`)."""

    stale = Signal()

    def __init__(self, title: str, parent: QWidget | None, *, object_name: str,
                 intro: str = "") -> None:
        super().__init__(title, parent, object_name=object_name, intro=intro)
        self._save_text = ""
        self._chain: list[QWidget] = []  # the fields in the order Tab visits them

    def add_field(self, label: str, widget: QWidget, *, names: tuple[str, ...] = (),
                  required: bool = False, focus: tuple[QWidget, ...] = ()) -> QLabel:
        """As `StepDialog.add_field`; `focus`: the widgets inside `widget` Tab visits."""
        self._chain.extend(focus or (widget,))
        return super().add_field(label, widget, names=names, required=required)

    def showEvent(self, event: QShowEvent) -> None:
        """Tab goes through the fields top to bottom, then to the buttons; the first field
        has the focus (the buttons were made before the fields)."""
        super().showEvent(event)  # sets the chain of `tab_chain()`
        chain = self.tab_chain()
        if len(chain) > 2 and self.focusWidget() not in chain[:-2]:
            chain[0].setFocus()

    def tab_chain(self) -> list[QWidget]:
        return [*(w for w in self._chain if not w.isHidden()), self.save_button,
                self.cancel_button]

    def set_save_text(self, text: str) -> None:
        """Name the save after what it does ("Abschließen"), also after a failed try."""
        self._save_text = text
        self.save_button.setText(text)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy and self._save_text:
            self.save_button.setText(self._save_text)

    def text_edit(self, name: str, text: str = "", lines: int = TEXT_LINES) -> QPlainTextEdit:
        edit = self.note_edit(name)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        edit.setPlainText(text)
        return edit

    def _failed(self, exc: Exception) -> None:
        super()._failed(exc)
        if isinstance(exc, EditConflict):
            self.stale.emit()


class ReadinessItemDialog(CaseStepDialog):
    """One checklist item: state, date, "gültig bis" (items that expire), a number (items
    that count something, e.g. applications) and the evidence."""

    def __init__(self, gateway: CasesGateway, case_id: int, state: ItemState, today: date,
                 parent: QWidget | None = None) -> None:
        item = state.item
        intro = "" if item.required else self.tr(
            "Kein Pflichtpunkt: zählt nicht zur Mietvertragsfähigkeit.")
        super().__init__(self.tr("Punkt bearbeiten – %1").replace("%1", item.label), parent,
                         object_name="caseItemDialog", intro=intro)
        self._gateway, self._case_id, self._state = gateway, case_id, state
        self.state = combo(self, "caseItemState", texts.item_states(), state.state)
        self.add_field(self.tr("Stand"), self.state, required=True)
        self.day = date_edit(self, "caseItemDate", state.state_date or today)
        self.add_field(self.tr("Datum"), self.day)
        self.expires = date_edit(self, "caseItemExpires", state.expires_on or today)
        self.no_expiry = QCheckBox(self.tr("&kein Ablaufdatum"), self,
                                   objectName="caseItemNoExpiry")
        self.no_expiry.toggled.connect(self._expiry_toggled)
        self.no_expiry.setChecked(state.expires_on is None)
        self._expiry_toggled(self.no_expiry.isChecked())
        if item.expires:
            row = QWidget(self, objectName="caseItemExpiresRow")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(self.expires, 1)
            line.addWidget(self.no_expiry)
            row.setFocusProxy(self.expires)
            self.add_field(self.tr("Gültig bis"), row, focus=(self.expires, self.no_expiry))
        else:
            self.expires.hide()
            self.no_expiry.hide()
        self.count = QSpinBox(self, objectName="caseItemCount")
        self.count.setRange(0, MAX_COUNT)
        self.count.setValue(state.count_value or 0)
        if item.counts:
            self.add_field(item.counts, self.count, names=("Anzahl",))
        else:
            self.count.hide()
        self.evidence = self.text_edit("caseItemEvidence", state.evidence or "", 4)
        self.evidence.setPlaceholderText(self.tr("z. B. Bescheid vom …, Zertifikat B1"))
        self.add_field(self.tr("Nachweis"), self.evidence)
        self.state.currentIndexChanged.connect(self._state_changed)
        self._state_changed()

    def _expiry_toggled(self, none: bool) -> None:
        self.expires.setEnabled(not none)

    def _state_changed(self) -> None:
        # an open item has no date; the service would drop it anyway
        self.day.setEnabled(self.state.currentData() != ReadinessState.OPEN.value)

    def job(self) -> Callable[[], Any]:
        item = self._state.item
        state = str(self.state.currentData())
        day = None if state == ReadinessState.OPEN.value else self.day.date().toPython()
        expires = (None if not item.expires or self.no_expiry.isChecked()
                   else self.expires.date().toPython())
        count = self.count.value() if item.counts else None
        gateway, case_id, version = self._gateway, self._case_id, self._state.version_id or 0
        evidence = self.evidence.toPlainText()
        return lambda: gateway.set_item(case_id, item.key, state, state_date=day,
                                        expires_on=expires, count_value=count,
                                        evidence=evidence, version_id=version)


class NoteDialog(CaseStepDialog):
    """A new note (Vermerk). Notes are not edited later: a correction is a new note."""

    def __init__(self, gateway: CasesGateway, case_id: int, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Vermerk schreiben"), parent, object_name="caseNoteDialog",
                         intro=self.tr("Vermerke sind Sozialdaten. Sie werden nicht "
                                       "nachträglich geändert; eine Korrektur ist ein neuer "
                                       "Vermerk."))
        self._gateway, self._case_id = gateway, case_id
        self.day = date_edit(self, "caseNoteDate", today)
        self.add_field(self.tr("Datum"), self.day, required=True)
        self.kind = combo(self, "caseNoteKind", texts.note_kinds(), None)
        self.add_field(self.tr("Art"), self.kind, required=True)
        self.minutes = QSpinBox(self, objectName="caseNoteMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" Min."))
        self.minutes.setSpecialValueText(self.tr("keine Angabe"))
        self.add_field(self.tr("Dauer"), self.minutes)
        self.body = self.text_edit("caseNoteBody")
        self.add_field(self.tr("Text"), self.body, required=True)
        self.setMinimumWidth(560)

    def typed_input(self) -> str:
        return self.body.toPlainText()

    def job(self) -> Callable[[], Any]:
        gateway, case_id = self._gateway, self._case_id
        day, kind = self.day.date().toPython(), str(self.kind.currentData())
        minutes = self.minutes.value() or None
        text = self.body.toPlainText()
        return lambda: gateway.add_note(case_id, day, kind, text, minutes)


class FollowUpDialog(CaseStepDialog):
    def __init__(self, gateway: CasesGateway, case_id: int, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Neue Wiedervorlage"), parent,
                         object_name="caseFollowUpDialog")
        self._gateway, self._case_id = gateway, case_id
        self.due = date_edit(self, "caseFollowUpDue", today + timedelta(days=FOLLOW_UP_DAYS))
        self.add_field(self.tr("Fällig am"), self.due, required=True)
        self.subject = QLineEdit(self, objectName="caseFollowUpSubject")
        self.subject.setMaxLength(MAX_SUBJECT)
        self.subject.setPlaceholderText(self.tr("z. B. WBS-Antrag nachhalten"))
        self.add_field(self.tr("Betreff"), self.subject, required=True)

    def job(self) -> Callable[[], Any]:
        gateway, case_id = self._gateway, self._case_id
        due, subject = self.due.date().toPython(), self.subject.text()
        return lambda: gateway.add_follow_up(case_id, due, subject)


class StatusDialog(CaseStepDialog):
    def __init__(self, gateway: CasesGateway, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Status ändern"), parent, object_name="caseStatusDialog",
                         intro=self.tr("„Ruht“: zurzeit keine Begleitung (z. B. Krankheit, "
                                       "Reise). Zum Abschließen bitte „Abschließen …“ "
                                       "verwenden."))
        self._gateway, self._case_id, self._version = gateway, detail.case_id, detail.version_id
        self.status = combo(self, "caseStatusChoice", texts.status_choices(), detail.status)
        self.add_field(self.tr("Status"), self.status, required=True)

    def job(self) -> Callable[[], Any]:
        gateway, case_id, version = self._gateway, self._case_id, self._version
        status = str(self.status.currentData())
        return lambda: gateway.set_status(case_id, version, status)


class ReassignDialog(CaseStepDialog):
    def __init__(self, gateway: CasesGateway, detail: CaseDetail,
                 workers: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Zuständigkeit ändern"), parent,
                         object_name="caseReassignDialog")
        self._gateway, self._case_id, self._version = gateway, detail.case_id, detail.version_id
        self.worker = QComboBox(self, objectName="caseWorkerChoice")
        for user_id, name in workers:
            self.worker.addItem(name, user_id)
        index = self.worker.findData(detail.social_worker_id)
        self.worker.setCurrentIndex(max(index, 0))
        self.add_field(self.tr("Zuständig"), self.worker, required=True)

    def job(self) -> Callable[[], Any]:
        worker = self.worker.currentData()
        if worker is None:
            raise DomainError(self.tr("Zuständig: bitte eine Fachkraft der Sozialarbeit "
                                      "wählen."), field="Zuständig")
        gateway, case_id, version = self._gateway, self._case_id, self._version
        return lambda: gateway.reassign(case_id, version, int(worker))


class GoalsDialog(CaseStepDialog):
    def __init__(self, gateway: CasesGateway, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ziele"), parent, object_name="caseGoalsDialog",
                         intro=self.tr("Was der Haushalt mit der Begleitung erreichen will."))
        self._gateway, self._case_id, self._version = gateway, detail.case_id, detail.version_id
        self.goals = self.text_edit("caseGoalsEdit", detail.goals or "")
        self.add_field(self.tr("Ziele"), self.goals)
        self.setMinimumWidth(560)

    def typed_input(self) -> str:
        return self.goals.toPlainText()

    def job(self) -> Callable[[], Any]:
        gateway, case_id, version = self._gateway, self._case_id, self._version
        goals = self.goals.toPlainText()
        return lambda: gateway.set_goals(case_id, version, goals)


class CloseCaseDialog(CaseStepDialog):
    def __init__(self, gateway: CasesGateway, detail: CaseDetail, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Fall abschließen – %1").replace("%1", detail.household), parent,
            object_name="caseCloseDialog",
            intro=self.tr("Ein abgeschlossener Fall bleibt abgeschlossen; für den Haushalt "
                          "kann später ein neuer Fall eröffnet werden. Zieht der Haushalt in "
                          "eine eigene Wohnung, bitte „Auszug in eigene Wohnung …“ verwenden: "
                          "Das beendet auch die Belegung."))
        self._gateway, self._case_id, self._version = gateway, detail.case_id, detail.version_id
        self.outcome = combo(self, "caseOutcome", texts.outcome_labels(),
                             CaseOutcome.NO_LONGER_NEEDED.value)
        self.add_field(self.tr("Ergebnis"), self.outcome, required=True)
        self.day = date_edit(self, "caseClosedOn", today)
        self.add_field(self.tr("Abgeschlossen am"), self.day, required=True)
        self.set_save_text(self.tr("Abschließen"))

    def job(self) -> Callable[[], Any]:
        gateway, case_id, version = self._gateway, self._case_id, self._version
        outcome, day = str(self.outcome.currentData()), self.day.date().toPython()
        return lambda: gateway.close_case(case_id, version, outcome, day)
