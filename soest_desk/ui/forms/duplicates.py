"""Shown in the person form when saving a new person met people who may be the same one
(`DuplicateSuspected`): who they are, born when, where they live, how alike the names are,
and the two ways on: open the person already stored, or create the new one anyway.

Arrow keys choose a candidate, Enter opens it. Object names: `duplicatePanel`,
`duplicateList`, `duplicateOpen`, `duplicateCreate`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.duplicates import Match
from soest_desk.ui.forms.gateway import birth_text

PANEL_STYLE = ("#duplicatePanel { background: #fdf6e3; border: 1px solid #e5d3a1; "
               "border-radius: 4px; }")
MAX_VISIBLE_ROWS = 4


class DuplicatePanel(QWidget):
    openRequested = Signal(int)  # the person id chosen
    createRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(PANEL_STYLE)
        self.heading = QLabel(self.tr(
            "Diese Person ist möglicherweise schon erfasst. Bitte prüfen Sie, ob es dieselbe "
            "Person ist:"), self, objectName="duplicateHeading")
        self.heading.setWordWrap(True)
        self.list = QTableWidget(0, 4, self, objectName="duplicateList")
        self.list.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Geburtsdatum"),
                                             self.tr("Wohnt in"), self.tr("Übereinstimmung")])
        self.list.verticalHeader().setVisible(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTabKeyNavigation(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.doubleClicked.connect(self._open)
        self.list.installEventFilter(self)  # Enter on a candidate opens it (not "Speichern")
        self.open_button = QPushButton(self.tr("Vorhandene Person öffnen"), self,
                                       objectName="duplicateOpen")
        self.create_button = QPushButton(self.tr("Trotzdem neu anlegen"), self,
                                         objectName="duplicateCreate")
        for button in (self.open_button, self.create_button):
            button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        self.create_button.clicked.connect(self.createRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_matches(self, matches: list[Match]) -> None:
        self.list.setRowCount(0)
        for match in matches:
            if match.person_id is None:
                continue  # another row of an import; a form has none
            row = self.list.rowCount()
            self.list.insertRow(row)
            name = ", ".join(p for p in (match.family_name, match.given_names) if p)
            where = match.facility or (self.tr("beendet") if not match.active
                                       else self.tr("nirgends"))
            cells = (name, birth_text(match.birth_date, match.birth_date_precision), where,
                     f"{match.score:.0f} %")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, match.person_id)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.list.setItem(row, column, item)
        row_height = self.list.verticalHeader().defaultSectionSize()
        shown = max(1, min(self.list.rowCount(), MAX_VISIBLE_ROWS))
        self.list.setFixedHeight(self.list.horizontalHeader().sizeHint().height()
                                 + row_height * shown + 4)
        if self.list.rowCount():
            self.list.selectRow(0)
        self.setVisible(True)
        self.list.setFocus()

    def chosen_person(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self.list.rowCount() else -1)
        item = self.list.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _open(self) -> None:
        person_id = self.chosen_person()
        if person_id is not None:
            self.openRequested.emit(person_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open()
            return True
        return super().eventFilter(watched, event)

    def focus_widgets(self) -> list[QWidget]:
        return [self.list, self.open_button, self.create_button]
