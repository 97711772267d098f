"""The pane beside the Sozialarbeit list: one case with its household, status and readiness,
and inside it the checklist, the follow-ups, the notes and the household with its goals.

It reads the case off the GUI thread (`show_case`); an answer for a case no longer wanted is
dropped. The steps (checklist item, note, follow-up, status, responsibility, goals, closing)
open the dialogs of `case_dialogs`; after every successful write the pane reads the case
again and emits `changed`, so the list follows. The flat search and the move into an own
flat are dialogs of their own: the pane only asks for them (`flatSearchRequested`,
`ownFlatRequested`).

Goals, evidence and follow-up subjects are Sozialdaten: a reader who may not see them (a
Leitung) gets "nur für die Sozialarbeit sichtbar", and the notes section a calm notice; the
notes are then never asked for (see `case_notes_view`).

Object names: `casePane`, `caseStack`, `casePlaceholder`, `caseTitle`, `caseLoading`,
`caseStatus`, `caseWorker`, `caseOpened`, `caseFacility`, `caseClosed`, `caseOffer`,
`caseReadinessBar`, `caseReadySince`, `caseSections` (tabs), `caseChecklist`,
`caseEvidenceHidden`, `caseEditItem`, `caseFollowUps`, `caseAddFollowUp`,
`caseFollowUpDone`, `caseNotes…` (see there), `caseAddNote`, `caseMembers`, `caseGoalsText`,
`caseGoals`, `caseStatusButton`, `caseReassign`, `caseClose`, `caseFlatSearch`,
`caseOwnFlat`, `caseDetailMessage…`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.case_notes import NoteHeader
from soest_desk.services.case_views import CaseDetail
from soest_desk.services.follow_ups import FollowUpRecord
from soest_desk.services.permissions import Permission
from soest_desk.ui.background import run_in_background
from soest_desk.ui.cases import case_tables as tables
from soest_desk.ui.cases import texts
from soest_desk.ui.cases.case_checklist import ChecklistSection
from soest_desk.ui.cases.case_dialogs import (
    CaseStepDialog,
    CloseCaseDialog,
    FollowUpDialog,
    GoalsDialog,
    NoteDialog,
    ReadinessItemDialog,
    ReassignDialog,
    StatusDialog,
)
from soest_desk.ui.cases.case_header import CaseHeader, value_label
from soest_desk.ui.cases.case_notes_view import CaseNotesSection
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.tabs.message_page import MessagePage
from soest_desk.ui.tickets import markers
from soest_desk.ui.tickets.feedback import show_message, user_message
from soest_desk.ui.tickets.flow_layout import FlowLayout

PLACEHOLDER, CONTENT, MESSAGE = 0, 1, 2
CHECKLIST, FOLLOW_UPS, NOTES, HOUSEHOLD = 0, 1, 2, 3
MIN_WIDTH = 420
MIN_CONTENT_HEIGHT = 460  # below that the pane scrolls


class _Column(QVBoxLayout):
    """The pane's content column in its scroll area: it takes the room the pane has and
    scrolls only below MIN_CONTENT_HEIGHT. (QScrollArea asks a height-for-width layout for
    the preferred height of every wrapped label and would scroll a pane with room enough.)"""

    def hasHeightForWidth(self) -> bool:
        return False


class CasePane(QWidget):
    changed = Signal()
    flatSearchRequested = Signal(int)
    ownFlatRequested = Signal(int)
    loaded = Signal()  # an answer arrived (a case, or a message why not)

    def __init__(self, gateway: CasesGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePane")
        self.setMinimumWidth(MIN_WIDTH)
        self._gateway = gateway
        self._detail: CaseDetail | None = None
        self._case_id: int | None = None
        self._request = 0  # the newest reading asked for; older answers are dropped
        self._loading = False
        self.dialog: QDialog | None = None  # the last dialog opened (for tests)
        may_edit = gateway.may_edit()

        self.header = CaseHeader(self)

        # mnemonics: none of the menus' (D, A, H) nor the case filter bar's (M, Z, U, S, B, F)
        self.status_button = self._button("caseStatusButton", self.tr("S&tatus …"),
                                          self.change_status, may_edit)
        self.reassign_button = self._button("caseReassign", self.tr("Zuständi&g …"),
                                            self.reassign, may_edit)
        self.close_button = self._button("caseClose", self.tr("Abs&chließen …"),
                                         self.close_case, may_edit)
        self.flat_search_button = self._button("caseFlatSearch",
                                               self.tr("&Wohnung suchen …"),
                                               self.request_flat_search, may_edit)
        self.own_flat_button = self._button(
            "caseOwnFlat", self.tr("Auszug i&n eigene Wohnung …"), self.request_own_flat,
            may_edit and gateway.actor.can(Permission.RECORD_OWN_FLAT))
        actions = FlowLayout(spacing=6)
        for button in (self.status_button, self.reassign_button, self.close_button,
                       self.flat_search_button, self.own_flat_button):
            actions.addWidget(button)

        self.sections = QTabWidget(self, objectName="caseSections")
        self.sections.addTab(self._checklist_page(may_edit), self.tr("Checkliste"))
        self.sections.addTab(self._follow_up_page(may_edit), self.tr("Wiedervorlagen"))
        self.notes = CaseNotesSection(gateway, self)
        self.notes.add_button.clicked.connect(self.add_note)
        self.notes.add_button.setVisible(may_edit)
        self.sections.addTab(self.notes, self.tr("Vermerke"))
        self.sections.addTab(self._household_page(may_edit), self.tr("Haushalt, Ziele"))

        content = QWidget(self)
        column = _Column(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.header)
        column.addLayout(actions)
        column.addWidget(self.sections, 1)
        placeholder = QLabel(self.tr("Wählen Sie links einen Fall aus, um ihn hier zu sehen "
                                     "und zu bearbeiten."), self, objectName="casePlaceholder")
        placeholder.setWordWrap(True)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setStyleSheet(texts.MUTED)
        self._message = MessagePage("caseDetail", self)
        self._message.retry.clicked.connect(self.reload)
        # a small window scrolls the case instead of growing beyond the screen
        scroll = QScrollArea(self, objectName="caseScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        content.setMinimumHeight(MIN_CONTENT_HEIGHT)
        self._stack = QStackedWidget(self, objectName="caseStack")
        for page in (placeholder, scroll, self._message):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 12, 8)
        layout.addWidget(self._stack)
        self._update_buttons()

    # ------------------------------------------------------------ building

    def _button(self, name: str, text: str, slot: Callable[[], object],
                visible: bool) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.clicked.connect(slot)
        button.setVisible(visible)
        return button

    def _checklist_page(self, may_edit: bool) -> QWidget:
        section = ChecklistSection(self)
        section.editRequested.connect(self.edit_item)
        section.selectionChanged.connect(self._update_buttons)
        section.edit_button.setVisible(may_edit)
        self.checklist_section = section
        self.checklist = section.table
        self.edit_item_button = section.edit_button
        return section

    def _follow_up_page(self, may_edit: bool) -> QWidget:
        self.follow_ups = tables.follow_up_table(self)
        self.follow_ups.itemSelectionChanged.connect(self._update_buttons)
        self.add_follow_up_button = self._button("caseAddFollowUp",
                                                 self.tr("W&iedervorlage …"),
                                                 self.add_follow_up, may_edit)
        self.follow_up_done_button = self._button("caseFollowUpDone", self.tr("&Erledigt"),
                                                  self.toggle_follow_up, may_edit)
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.follow_ups, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.follow_up_done_button)
        row.addWidget(self.add_follow_up_button)
        column.addLayout(row)
        return page

    def _household_page(self, may_edit: bool) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 6, 0, 0)
        self.members = tables.members_table(page)
        column.addWidget(self.members, 1)
        goals_row = QHBoxLayout()
        goals_row.addWidget(QLabel(self.tr("<b>Ziele</b>"), page), 1)
        self.goals_button = self._button("caseGoals", self.tr("Zie&le …"), self.edit_goals,
                                         may_edit)
        goals_row.addWidget(self.goals_button)
        column.addLayout(goals_row)
        self.goals = value_label(page, "caseGoalsText")
        self.goals.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.goals, 1)
        return page

    # ------------------------------------------------------------ showing

    def detail(self) -> CaseDetail | None:
        return self._detail

    def case_id(self) -> int | None:
        return self._case_id

    def is_loading(self) -> bool:
        return self._loading

    def show_case(self, case_id: int | None) -> None:
        if case_id != self._case_id:
            self._detail = None
            self.notes.clear()  # no Sozialdaten of the last case while the next one loads
        self._case_id = case_id
        if case_id is None:
            self._request += 1
            self._set_loading(False)
            self._stack.setCurrentIndex(PLACEHOLDER)
        else:
            self.reload()
        self._update_buttons()

    def reload(self) -> None:
        case_id = self._case_id
        if case_id is None:
            return
        self._request += 1
        request, gateway = self._request, self._gateway
        may_read_notes = gateway.may_read_notes()

        def job() -> tuple[CaseDetail, list[NoteHeader] | None]:
            detail = gateway.detail(case_id)
            social = may_read_notes and detail.may_read_notes
            return detail, gateway.note_headers(case_id) if social else None

        self._set_loading(True)
        run_in_background(job, lambda answer: self._show(request, *answer),
                          lambda exc: self._failed(request, exc), owner=self)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.header.set_loading(loading)

    def _show(self, request: int, detail: CaseDetail, notes: list[NoteHeader] | None) -> None:
        if request != self._request or detail.case_id != self._case_id:
            return  # another case (or a newer reading) was asked for meanwhile
        self._set_loading(False)
        self._detail = detail
        today = self._gateway.today()
        self.header.show_detail(detail)
        self.checklist_section.show_items(detail.items, today, social=detail.may_read_notes)
        tables.fill_follow_ups(self.follow_ups, detail.follow_ups, today)
        tables.fill_members(self.members, detail.members)
        self._show_goals(detail)
        self.notes.set_notes(detail.case_id, notes)
        self._count_tabs(detail, notes)
        self._stack.setCurrentIndex(CONTENT)
        self._update_buttons()
        self.loaded.emit()

    def _show_goals(self, detail: CaseDetail) -> None:
        if not detail.may_read_notes:
            self.goals.setText(texts.social_only())
            self.goals.setStyleSheet(texts.MUTED)
        else:
            self.goals.setText(detail.goals or self.tr("Noch keine Ziele festgehalten."))
            self.goals.setStyleSheet("" if detail.goals else texts.MUTED)

    def _count_tabs(self, detail: CaseDetail, notes: list[NoteHeader] | None) -> None:
        """"Wiedervorlagen (2)" with the overdue clock when one is overdue, "Vermerke (15)"."""
        today = self._gateway.today()
        open_ones = [f for f in detail.follow_ups if f.done_on is None]
        overdue = sum(1 for f in open_ones if f.overdue(today))
        self.sections.setTabText(FOLLOW_UPS, self.tr("Wiedervorlagen (%1)").replace(
            "%1", str(len(open_ones))))
        self.sections.setTabIcon(FOLLOW_UPS, markers.overdue_icon() if overdue else QIcon())
        self.sections.setTabToolTip(FOLLOW_UPS, self.tr("%1 offen, davon %2 überfällig")
                                    .replace("%1", str(len(open_ones)))
                                    .replace("%2", str(overdue)))
        self.sections.setTabText(NOTES, self.tr("Vermerke") if notes is None else
                                 self.tr("Vermerke (%1)").replace("%1", str(len(notes))))

    def _failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self._set_loading(False)
        self._detail = None
        self._message.show_message(self.tr("Der Fall kann nicht angezeigt werden."),
                                   user_message(exc), retry=True)
        self._stack.setCurrentIndex(MESSAGE)
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        detail = self._detail
        editable = detail is not None and detail.may_edit and not detail.closed
        social = editable and detail is not None and detail.may_read_notes
        for button in (self.status_button, self.reassign_button, self.close_button,
                       self.flat_search_button, self.add_follow_up_button):
            button.setEnabled(editable)
        self.goals_button.setEnabled(social)
        self.notes.add_button.setEnabled(social)
        self.edit_item_button.setEnabled(
            social and self.checklist_section.selected_state() is not None)
        self.own_flat_button.setEnabled(detail is not None and detail.may_record_own_flat)
        record = self.selected_follow_up()
        self.follow_up_done_button.setEnabled(editable and record is not None)
        self.follow_up_done_button.setText(
            self.tr("Wieder &öffnen") if record is not None and record.done_on is not None
            else self.tr("&Erledigt"))

    def selected_follow_up(self) -> FollowUpRecord | None:
        key = tables.selected_key(self.follow_ups)
        if self._detail is None or key is None:
            return None
        return next((f for f in self._detail.follow_ups if f.id == key), None)

    # ------------------------------------------------------------ steps

    def _open(self, dialog: CaseStepDialog) -> CaseStepDialog:
        dialog.saved.connect(self._after_change)
        dialog.stale.connect(self.reload)
        dialog.finished.connect(self._forget_dialog)  # it deletes itself on closing
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, _result: int = 0) -> None:
        self.dialog = None

    def _after_change(self, *_args: object) -> None:
        self.reload()
        self.changed.emit()

    def _editable(self) -> CaseDetail | None:
        detail = self._detail
        return detail if detail is not None and detail.may_edit and not detail.closed else None

    def edit_item(self) -> CaseStepDialog | None:
        detail, state = self._editable(), self.checklist_section.selected_state()
        if detail is None or not detail.may_read_notes or state is None:
            return None
        return self._open(ReadinessItemDialog(self._gateway, detail.case_id, state,
                                              self._gateway.today(), self))

    def add_note(self) -> CaseStepDialog | None:
        detail = self._editable()
        if detail is None or not detail.may_read_notes:
            return None
        return self._open(NoteDialog(self._gateway, detail.case_id, self._gateway.today(),
                                     self))

    def add_follow_up(self) -> CaseStepDialog | None:
        detail = self._editable()
        if detail is None:
            return None
        return self._open(FollowUpDialog(self._gateway, detail.case_id,
                                         self._gateway.today(), self))

    def change_status(self) -> CaseStepDialog | None:
        detail = self._editable()
        return None if detail is None else self._open(StatusDialog(self._gateway, detail, self))

    def edit_goals(self) -> CaseStepDialog | None:
        detail = self._editable()
        if detail is None or not detail.may_read_notes:
            return None
        return self._open(GoalsDialog(self._gateway, detail, self))

    def close_case(self) -> CaseStepDialog | None:
        detail = self._editable()
        if detail is None:
            return None
        return self._open(CloseCaseDialog(self._gateway, detail, self._gateway.today(), self))

    def reassign(self) -> None:
        """Read who may be responsible, then ask."""
        detail = self._editable()
        if detail is None:
            return
        run_in_background(self._gateway.social_workers,
                          lambda workers: self._open_reassign(detail, workers),
                          self._step_failed, owner=self)

    def _open_reassign(self, detail: CaseDetail, workers: list[tuple[int, str]]) -> None:
        current = self._detail
        if current is not None and current.case_id == detail.case_id:  # still this case
            self._open(ReassignDialog(self._gateway, current, workers, self))

    def toggle_follow_up(self) -> None:
        record = self.selected_follow_up()
        if self._editable() is None or record is None:
            return
        gateway = self._gateway
        follow_up_id, version = record.id, record.version_id
        done = record.done_on is None
        self.follow_up_done_button.setEnabled(False)
        run_in_background(lambda: gateway.set_follow_up_done(follow_up_id, version, done),
                          self._after_change, self._step_failed, owner=self)

    def request_flat_search(self) -> None:
        if self._editable() is not None and self._case_id is not None:
            self.flatSearchRequested.emit(self._case_id)

    def request_own_flat(self) -> None:
        if self._editable() is not None and self._case_id is not None:
            self.ownFlatRequested.emit(self._case_id)

    def _step_failed(self, exc: Exception) -> None:
        self._update_buttons()
        self.dialog = None
        self.message_box = show_message(self, self.tr("Nicht möglich"), user_message(exc))
        self.reload()
