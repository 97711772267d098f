"""The pane beside the Nachbarschaft list: the chosen report in full (the list elides the
text), with "Bearbeiten …", "Erledigt" (settled today) and "Wieder öffnen".

It reads the report off the GUI thread (`show_report`); an answer for a report no longer
wanted is dropped (a request counter). After a successful step it reads the report again and
emits `changed`, so the list follows; "Bearbeiten …" only asks for the form
(`editRequested`), which the window opens. Buttons are shown to those who may edit the
report's facility.

Object names: `neighbourhoodPane`, `nbPaneTitle`, `nbPaneFacts`, `nbPaneText`,
`nbPaneFollowUp`, `nbPaneMessage`, `nbPaneEdit`, `nbPaneResolve`, `nbPaneReopen`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.neighbourhood import ReportRow
from soest_desk.ui import labels
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_date
from soest_desk.ui.neighbourhood.gateway import NeighbourhoodGateway
from soest_desk.ui.places.widgets import pane_title
from soest_desk.ui.tickets.feedback import user_message

MIN_WIDTH = 320
ERROR_STYLE = "color: #9b1c1c;"


class ReportPane(QWidget):
    changed = Signal()  # a report was settled or reopened here
    editRequested = Signal(int)

    def __init__(self, gateway: NeighbourhoodGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neighbourhoodPane")
        self.setMinimumWidth(MIN_WIDTH)
        self._gateway = gateway
        self._report: ReportRow | None = None
        self._wanted: int | None = None
        self._request = 0  # answers to older requests are dropped
        self._request_done = True
        self._kept_message = ""  # a refusal shown again after the report is read anew
        self.title = pane_title(self, "nbPaneTitle", "")
        self.facts = self._label("nbPaneFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.text = self._label("nbPaneText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_up = self._label("nbPaneFollowUp")
        self.follow_up.setTextFormat(Qt.TextFormat.RichText)
        self.message = self._label("nbPaneMessage")
        self.edit_button = QPushButton(self.tr("&Bearbeiten …"), self, objectName="nbPaneEdit")
        self.edit_button.clicked.connect(self._edit)
        self.resolve_button = QPushButton(self.tr("Erledigt (heute)"), self,
                                          objectName="nbPaneResolve")
        self.resolve_button.setToolTip(self.tr("Die Meldung ist heute erledigt. Ein anderes "
                                               "Datum: über „Bearbeiten …“."))
        self.resolve_button.clicked.connect(self._resolve)
        self.reopen_button = QPushButton(self.tr("Wieder öffnen"), self,
                                         objectName="nbPaneReopen")
        self.reopen_button.clicked.connect(self._reopen)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.resolve_button, self.reopen_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 4, 12, 8)
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.facts)
        column.addWidget(self._caption(self.tr("Meldung")))
        column.addWidget(self.text)
        column.addWidget(self.follow_up)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show_none()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self, objectName=name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    # ------------------------------------------------------------ public

    def report(self) -> ReportRow | None:
        return self._report

    def is_idle(self) -> bool:
        """No answer outstanding (for tests)."""
        return self._wanted is None or (self._report is not None
                                        and self._report.report_id == self._wanted
                                        and self._request_done)

    def show_report(self, report_id: int | None) -> None:
        self._wanted = report_id
        self._request += 1
        self._request_done = False
        if report_id is None:
            self._show_none()
            return
        self.message.setText(self.tr("Lädt …"))
        self.message.setStyleSheet("")
        request, gateway = self._request, self._gateway
        run_in_background(lambda: gateway.report(report_id),
                          lambda row: self._arrived(request, row),
                          lambda exc: self._failed(request, exc), owner=self)

    def reload(self) -> None:
        if self._wanted is not None:
            self.show_report(self._wanted)

    # ------------------------------------------------------------ showing

    def _show_none(self) -> None:
        self._report = None
        self._request_done = True
        self.title.setText(self.tr("Keine Meldung ausgewählt"))
        self.facts.setText(self.tr("Wählen Sie links eine Meldung; Enter oder ein "
                                   "Doppelklick öffnet sie zum Bearbeiten."))
        for label in (self.text, self.follow_up, self.message):
            label.clear()
        for button in (self.edit_button, self.resolve_button, self.reopen_button):
            button.hide()

    def _arrived(self, request: int, row: ReportRow) -> None:
        if request != self._request:
            return
        self._request_done = True
        self._report = row
        kind = labels.code_label("neighbourhood_kind", row.kind)
        category = labels.code_label("neighbourhood_category", row.category)
        self.title.setText(f"{kind} – {category}")
        facts = [
            (self.tr("Unterkunft"), row.facility_name),
            (self.tr("Datum"), format_date(row.reported_on)),
            (self.tr("Kanal"), labels.code_label("neighbourhood_channel", row.channel)),
        ]
        if row.contact_name:
            facts.append((self.tr("Kontakt"), row.contact_name))
        facts.append((self.tr("Stand"), self.tr("erledigt am %1").replace(
            "%1", format_date(row.resolved_on)) if row.resolved_on else self.tr("offen")))
        self.facts.setText("<table>" + "".join(
            f"<tr><td style='padding-right:12px;color:#666'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>" for k, v in facts) + "</table>")
        self.text.setText(row.text)
        follow = []
        if row.follow_up:
            follow.append(f"<p style='color:#666;margin:0'>{escape(self.tr('Nachverfolgung'))}"
                          f"</p><p style='margin-top:2px'>"
                          f"{escape(row.follow_up).replace(chr(10), '<br>')}</p>")
        if row.follow_up_on is not None:
            late = not row.resolved and row.follow_up_on < self._gateway.today()
            text = self.tr("Wiedervorlage am %1").replace("%1", format_date(row.follow_up_on))
            style = " style='color:#9b1c1c'" if late else ""
            follow.append(f"<p{style}>{escape(text)}"
                          f"{escape(self.tr(' – überfällig')) if late else ''}</p>")
        self.follow_up.setText("".join(follow))
        if self._kept_message:
            self._show_error(self._kept_message)
            self._kept_message = ""
        else:
            self.message.clear()
        editable = self._gateway.may_edit_at(row.facility_id)
        self.edit_button.setVisible(editable)
        self.resolve_button.setVisible(editable and not row.resolved)
        self.reopen_button.setVisible(editable and row.resolved)
        for button in (self.edit_button, self.resolve_button, self.reopen_button):
            button.setEnabled(True)

    def _failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self._request_done = True
        self._show_error(user_message(exc))

    def _show_error(self, message: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(message)

    # ------------------------------------------------------------ steps

    def _edit(self) -> None:
        if self._report is not None:
            self.editRequested.emit(self._report.report_id)

    def _resolve(self) -> None:
        row, gateway = self._report, self._gateway
        if row is None:
            return
        today = gateway.today()
        self._step(lambda: gateway.resolve(row.report_id, row.version_id, today))

    def _reopen(self) -> None:
        row, gateway = self._report, self._gateway
        if row is None:
            return
        self._step(lambda: gateway.reopen(row.report_id, row.version_id))

    def _step(self, job) -> None:  # type: ignore[no-untyped-def]
        for button in (self.edit_button, self.resolve_button, self.reopen_button):
            button.setEnabled(False)
        run_in_background(job, self._step_done, self._step_failed, owner=self)

    def _step_done(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    def _step_failed(self, exc: Exception) -> None:
        # e.g. an EditConflict: show what is stored now, with the message
        self._kept_message = user_message(exc)
        self.reload()
