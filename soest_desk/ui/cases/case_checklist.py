"""The checklist page of the case pane: the readiness items in a table, the evidence of the
selected item in a line below it, and "Punkt bearbeiten …".

The evidence column needs room the pane often does not have beside the list: it shows only
when the table is wide enough (the pane widened), and the line below always shows the whole
evidence of the selected item. A reader who may not see evidence (Sozialdaten) gets one
calm line instead. Double-click or Enter on a row asks to edit it (`editRequested`).

Object names: `caseChecklist`, `caseEvidence`, `caseEditItem`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from soest_desk.services.readiness import ItemState
from soest_desk.ui.cases import case_tables as tables
from soest_desk.ui.cases import texts

EVIDENCE_COLUMN_MIN_WIDTH = 720  # the table's width from which the evidence has a column


class ChecklistSection(QWidget):
    editRequested = Signal()
    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseChecklistPage")
        self._items: list[ItemState] = []
        self._social = False
        self.table = tables.checklist_table(self)
        self.table.activated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.installEventFilter(self)
        self.evidence = QLabel(self, objectName="caseEvidence")
        self.evidence.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Punkt bearbeiten …"), self,
                                       objectName="caseEditItem")
        self.edit_button.clicked.connect(self._activated)
        row = QHBoxLayout()
        row.addWidget(self.evidence, 1)
        row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def show_items(self, items: list[ItemState], today: date, *, social: bool) -> None:
        """`social`: the reader may see the evidence."""
        self._items, self._social = list(items), social
        tables.fill_checklist(self.table, items, today)
        self._fit()
        self._selected()

    def selected_state(self) -> ItemState | None:
        key = tables.selected_key(self.table)
        return next((s for s in self._items if s.item.key == key), None)

    # ------------------------------------------------------------ internals

    def _activated(self, *_args: object) -> None:
        self.editRequested.emit()

    def _selected(self) -> None:
        state = self.selected_state()
        if not self._social:
            text = self.tr("Nachweise: %1").replace("%1", texts.social_only())
        elif state is None:
            text = self.tr("Einen Punkt wählen, um seinen Nachweis zu sehen.")
        elif state.evidence:
            text = self.tr("Nachweis: %1").replace("%1", state.evidence)
        else:
            text = self.tr("Nachweis: noch keiner eingetragen")
        self.evidence.setText(text)
        muted = not self._social or state is None or not state.evidence
        self.evidence.setStyleSheet(texts.MUTED if muted else "")
        self.selectionChanged.emit()

    def _fit(self) -> None:
        wide = self.table.width() >= EVIDENCE_COLUMN_MIN_WIDTH
        self.table.setColumnHidden(tables.C_EVIDENCE, not (self._social and wide))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)
