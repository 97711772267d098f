"""The notes (Vermerke) of a case in the pane: a list of their headers (date, Art, Dauer,
author) and, below, the text of the one the user selects.

Notes are Sozialdaten and every read is audited, so a text is read only when the user selects
its note – one read per selection, never all at once, never just because the list was read
again: after a reload of the same case the note on screen stays without a second read. A
short pause after the selection lets arrow keys pass over notes without opening each one. For
a reader without the right to read notes the section shows a calm notice and never asks the
gateway for headers or texts.

Object names: `caseNotes`, `caseNotesList`, `caseNoteHeader`, `caseNoteText`,
`caseNotesAudit`, `caseNotesLocked`, `caseAddNote`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.case_notes import NoteHeader, NoteText
from soest_desk.ui.background import run_in_background
from soest_desk.ui.cases import texts
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.formatting import format_date
from soest_desk.ui.tickets.feedback import user_message

READ_DELAY_MS = 200
NOTES, LOCKED = 0, 1


class CaseNotesSection(QWidget):
    noteShown = Signal(int)  # a note's text arrived and is on screen

    def __init__(self, gateway: CasesGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseNotes")
        self._gateway = gateway
        self._case_id: int | None = None
        self._headers: list[NoteHeader] = []
        self._shown: NoteText | None = None  # the note on screen (read once, kept)
        self._request = 0
        self._wanted: int | None = None  # the note selected, waiting for its text
        self._timer = QTimer(self, singleShot=True, interval=READ_DELAY_MS)
        self._timer.timeout.connect(self._read_selected)

        self.list = QListWidget(self, objectName="caseNotesList")
        self.list.currentRowChanged.connect(self._selected)
        self.header = QLabel(self, objectName="caseNoteHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: bold;")
        self.text = QPlainTextEdit(self, objectName="caseNoteText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.audit = QLabel(self.tr("Jedes Öffnen eines Vermerks wird protokolliert."), self,
                            objectName="caseNotesAudit")
        self.audit.setStyleSheet(texts.MUTED)
        self.audit.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Vermerk …"), self, objectName="caseAddNote")
        self.add_button.setToolTip(self.tr("Einen neuen Vermerk schreiben"))

        reading = QWidget(self)
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.text, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="caseNotesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(reading)
        splitter.setSizes([120, 200])
        notes = QWidget(self)
        page = QVBoxLayout(notes)
        page.setContentsMargins(0, 6, 0, 0)
        page.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.audit, 1)
        bottom.addWidget(self.add_button)
        page.addLayout(bottom)

        self.locked = QLabel(self.tr(
            "Vermerke sind Sozialdaten: Sie sind nur für die Sozialarbeit sichtbar, die den "
            "Haushalt begleitet. Status, Checkliste und Wiedervorlagen des Falls bleiben für "
            "Sie sichtbar."),
            self, objectName="caseNotesLocked")
        self.locked.setWordWrap(True)
        self.locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked.setStyleSheet(texts.MUTED)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(notes)
        self._stack.addWidget(self.locked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._show_nothing()

    # ------------------------------------------------------------ public

    def is_locked(self) -> bool:
        return self._stack.currentIndex() == LOCKED

    def headers(self) -> list[NoteHeader]:
        return list(self._headers)

    def shown(self) -> NoteText | None:
        return self._shown

    def set_notes(self, case_id: int, headers: list[NoteHeader] | None) -> None:
        """The notes of `case_id` (None: this reader may not see them)."""
        same_case = case_id == self._case_id
        if not same_case:
            self._shown = None
        self._case_id = case_id
        # a note of this case still on its way (its read is audited already) is kept when
        # the case is read again; anything else belongs to the old list
        pending = self._wanted if same_case and headers is not None else None
        if pending is None or pending not in {h.id for h in headers or []}:
            pending = None
            self._timer.stop()
            self._request += 1
            self._wanted = None
        if headers is None:
            self._headers = []
            self._shown = None
            self.list.clear()
            self._stack.setCurrentIndex(LOCKED)
            return
        self._stack.setCurrentIndex(NOTES)
        self._headers = list(headers)
        keep = self._shown.header.id if self._shown is not None else pending
        self.list.blockSignals(True)  # rebuilding the list is no selection by the user
        self.list.clear()
        for header in headers:
            item = QListWidgetItem(self.header_text(header))
            item.setData(Qt.ItemDataRole.UserRole, header.id)
            self.list.addItem(item)
            if header.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if pending is None and (self._shown is None or self.list.currentItem() is None):
            self._show_nothing()
        if not headers:
            self.text.setPlaceholderText(self.tr("Noch keine Vermerke zu diesem Fall."))

    def clear(self) -> None:
        """Nothing shown (another case is on its way)."""
        self._case_id = None
        self._headers = []
        self._timer.stop()
        self._request += 1
        self._wanted = None
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self._show_nothing()

    @staticmethod
    def header_text(header: NoteHeader) -> str:
        parts = [format_date(header.note_date), texts.note_kinds().get(header.kind, header.kind)]
        if header.duration_minutes is not None:
            parts.append(texts.minutes(header.duration_minutes))
        parts.append(header.author)
        return " · ".join(parts)

    # ------------------------------------------------------------ reading one note

    def _show_nothing(self) -> None:
        self._shown = None
        self.header.clear()
        self.header.setVisible(False)
        self.text.clear()
        self.text.setPlaceholderText(self.tr("Einen Vermerk in der Liste wählen, um ihn zu "
                                             "lesen."))

    def _selected(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        note_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if note_id is not None and self._shown is not None and self._shown.header.id == note_id:
            return
        self._show_nothing()
        self._wanted = note_id
        self._request += 1
        if note_id is None:
            self._timer.stop()
            return
        self.text.setPlaceholderText(self.tr("Lädt …"))
        self._timer.start()

    def _read_selected(self) -> None:
        note_id = self._wanted
        if note_id is None:
            return
        self._request += 1
        request, gateway = self._request, self._gateway
        run_in_background(lambda: gateway.read_note(note_id),
                          lambda note: self._arrived(request, note),
                          lambda exc: self._failed(request, exc), owner=self)

    def _arrived(self, request: int, note: NoteText) -> None:
        if request != self._request or note.header.id != self._wanted:
            return  # another note was selected meanwhile
        self._shown = note
        self._wanted = None
        self.header.setText(self.header_text(note.header))
        self.header.setVisible(True)
        self.text.setPlainText(note.text)
        self.noteShown.emit(note.header.id)

    def _failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self._wanted = None
        self.text.clear()
        self.text.setPlaceholderText(user_message(exc))
