"""What the detail pane shows of one ticket, built afresh for every load from `TicketDetail`.

Header (number, title, state, whose move, priority, deadline, safety duty), the buttons of
the steps this user may take now, place (facility, address, unit – never a resident),
facts, the "Wiederholungsmangel" note, description, photos, costs, time per state and the
history. Object names: `ticketDetailTitle`, `ticketDetailStatus`, `ticketDetailHazard`,
`ticketAction_<action>`, `ticketSecure`, `ticketComment`, `ticketPriority`,
`ticketAddPhoto`, `ticketBookCosts`, `ticketPrint`, `ticketRepeatNote`, `ticketCosts`,
`ticketTimeline`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.ticket_views import TicketDetail
from soest_desk.services.ticket_workflow import TRANSITIONS
from soest_desk.ui.formatting import format_datetime
from soest_desk.ui.icons import icon
from soest_desk.ui.labels import code_label, translate
from soest_desk.ui.tickets import detail_format as fmt
from soest_desk.ui.tickets import detail_sections as sections
from soest_desk.ui.tickets import markers
from soest_desk.ui.tickets.detail_sections import text_label as _label
from soest_desk.ui.tickets.flow_layout import FlowLayout
from soest_desk.ui.tickets.photo_strip import PhotoStrip

RED = markers.OVERDUE_TEXT.name()
MUTED = "color: palette(placeholder-text);"
BOX = "QFrame#%s { background: %s; border: 1px solid %s; border-radius: 4px; }"
# the extra buttons: (key, object name, label, detail flag that allows it)
EXTRAS = (
    ("secure", "ticketSecure", QT_TRANSLATE_NOOP("DetailView", "Als gesichert melden …"),
     "may_secure"),
    ("comment", "ticketComment", QT_TRANSLATE_NOOP("DetailView", "Kommentieren …"),
     "may_comment"),
    ("priority", "ticketPriority", QT_TRANSLATE_NOOP("DetailView", "Priorität ändern …"),
     "may_change_priority"),
    ("photo", "ticketAddPhoto", QT_TRANSLATE_NOOP("DetailView", "Foto anhängen …"),
     "may_add_photo"),
    ("costs", "ticketBookCosts", QT_TRANSLATE_NOOP("DetailView", "Kosten buchen …"),
     "may_book_costs"),
)
EXTRA_ICONS = {"secure": "shield-check", "comment": "message-circle", "priority": "flag-2",
               "photo": "photo", "costs": "coin"}


class DetailView(QWidget):
    actionRequested = Signal(str)  # a workflow action value, or an EXTRAS key, or "print"
    photoClicked = Signal(int, str)

    def __init__(self, detail: TicketDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDetailView")
        self.detail = detail
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 12, 12)
        self._layout.setSpacing(8)
        self._header()
        self._buttons()
        self._facts()
        self._description_and_photos()
        self._costs()
        self._times()
        self._timeline()
        self._layout.addStretch(1)

    # ------------------------------------------------------------ sections

    def _section(self, title: str) -> None:
        label = QLabel(title, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        self._layout.addWidget(label)

    def _header(self) -> None:
        d = self.detail
        title = _label(f"#{d.id}  {d.title}", self, "ticketDetailTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self._layout.addWidget(title)
        deadline = escape(fmt.deadline_text(d))
        if d.overdue:
            deadline = f'<span style="color:{RED}; font-weight:bold">{deadline}</span>'
        parts = [f"<b>{escape(fmt.state_text(d))}</b>",
                 self.tr("Am Zug: %1").replace("%1", f"<b>{escape(fmt.owner_text(d))}</b>"),
                 self.tr("Priorität: %1").replace(
                     "%1", escape(code_label("ticket_priority_choice", d.priority))),
                 self.tr("Frist: %1").replace("%1", deadline)]
        status = _label(" · ".join(parts), self, "ticketDetailStatus", rich=True)
        row = QHBoxLayout()
        row.setSpacing(6)
        if d.overdue:
            row.addWidget(self._icon(markers.overdue_icon(), self.tr("Überfällig")))
        row.addWidget(status, 1)
        self._layout.addLayout(row)
        hazard = fmt.hazard_text(d)
        if hazard is not None:
            self._layout.addWidget(self._hazard_box(hazard))

    def _icon(self, icon: object, tip: str) -> QLabel:
        label = QLabel(self)
        label.setPixmap(icon.pixmap(16, 16))  # type: ignore[attr-defined]
        label.setToolTip(tip)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        return label

    def _hazard_box(self, text: str) -> QFrame:
        box = QFrame(self, objectName="ticketDetailHazardBox")
        box.setStyleSheet(BOX % ("ticketDetailHazardBox", markers.HAZARD_GROUND.name(),
                                 "#e0b44c"))
        row = QHBoxLayout(box)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self._icon(markers.hazard_icon(), self.tr("Verkehrssicherheit")))
        label = _label(text, box, "ticketDetailHazard")
        if self.detail.secure_overdue:
            label.setStyleSheet(f"color: {RED}; font-weight: bold;")
        row.addWidget(label, 1)
        return box

    def _buttons(self) -> None:
        d = self.detail
        holder = QWidget(self, objectName="ticketActions")
        flow = FlowLayout(holder, spacing=6)
        for action in d.actions:
            button = QPushButton(translate("Codes", TRANSITIONS[action].label), holder,
                                 objectName=f"ticketAction_{action.value}")
            button.clicked.connect(lambda _c=False, k=action.value: self.actionRequested.emit(k))
            flow.addWidget(button)
        if d.actions:
            flow.addWidget(self._spacer(holder))
        for key, name, text, flag in EXTRAS:
            if getattr(d, flag):
                button = QPushButton(icon(EXTRA_ICONS[key]), translate("DetailView", text),
                                     holder, objectName=name)
                button.clicked.connect(lambda _c=False, k=key: self.actionRequested.emit(k))
                flow.addWidget(button)
        printing = QPushButton(icon("printer"), self.tr("Auftrag drucken (PDF) …"), holder,
                               objectName="ticketPrint")
        printing.clicked.connect(lambda: self.actionRequested.emit("print"))
        flow.addWidget(printing)
        self._layout.addWidget(holder)

    def _spacer(self, parent: QWidget) -> QWidget:
        spacer = QWidget(parent)
        spacer.setFixedWidth(12)
        return spacer

    def _facts(self) -> None:
        d = self.detail
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("Ort:"), _label(fmt.place_text(d), self, "ticketDetailPlace"))
        form.addRow(self.tr("Kategorie:"),
                    _label(code_label("ticket_category", d.category), self))
        form.addRow(self.tr("Gemeldet:"), _label(fmt.reported_text(d), self))
        form.addRow(self.tr("Zuständig:"), _label(d.assignee or self.tr("noch niemand"), self,
                                                  "ticketDetailAssignee"))
        if d.rework_count:
            form.addRow(self.tr("Nacharbeit:"), _label(
                self.tr("%1-mal abgelehnt").replace("%1", str(d.rework_count)), self))
        if d.duplicate_of_id:
            form.addRow(self.tr("Doppelt zu:"), _label(f"#{d.duplicate_of_id}", self))
        if d.closed_at is not None:
            form.addRow(self.tr("Abgeschlossen:"), _label(format_datetime(d.closed_at), self))
        self._layout.addLayout(form)
        if d.repeat_ticket_ids:
            numbers = ", ".join(f"#{i}" for i in d.repeat_ticket_ids)
            note = QFrame(self, objectName="ticketRepeatBox")
            note.setStyleSheet(BOX % ("ticketRepeatBox", "#eef3fb", "#9db4d8"))
            row = QHBoxLayout(note)
            row.setContentsMargins(8, 6, 8, 6)
            row.addWidget(_label(self.tr(
                "Wiederholungsmangel: dieselbe Kategorie im selben Zimmer wurde kurz davor oder "
                "danach schon gemeldet – %1.").replace("%1", numbers), note, "ticketRepeatNote"))
            self._layout.addWidget(note)

    def _description_and_photos(self) -> None:
        d = self.detail
        self._section(self.tr("Beschreibung"))
        text = _label(d.description or self.tr("Keine Beschreibung."), self,
                      "ticketDetailDescription")
        if not d.description:
            text.setStyleSheet(MUTED)
        self._layout.addWidget(text)
        if d.photos:
            self._section(self.tr("Fotos (%1)").replace("%1", str(len(d.photos))))
            strip = PhotoStrip(d.photos, self)
            strip.photoClicked.connect(self.photoClicked)
            self._layout.addWidget(strip)

    def _costs(self) -> None:
        if self.detail.costs:
            self._section(self.tr("Kosten"))
            self._layout.addWidget(sections.costs_widget(self.detail, self))

    def _times(self) -> None:
        if self.detail.time_in_state:
            self._section(self.tr("Zeit je Status"))
            self._layout.addWidget(sections.times_widget(self.detail, self))

    def _timeline(self) -> None:
        self._section(self.tr("Verlauf (neueste zuerst)"))
        self._layout.addWidget(sections.timeline_widget(self.detail, self))

    # ------------------------------------------------------------ for tests and scripts

    def timeline_texts(self) -> list[str]:
        box = self.findChild(QWidget, "ticketTimeline")
        return [label.text() for label in box.findChildren(QLabel)] if box else []
