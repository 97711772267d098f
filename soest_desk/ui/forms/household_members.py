"""The two parts of the household form below its label: the members with their roles, and
the search that adds a person.

Members: one row per person with a role box and "Entfernen"; choosing "Haushaltsvorstand"
for somebody makes the former head "Partner*in" (as the service does on "Rolle ändern"),
so the form always shows one head. Object names: `householdMemberTable`, `memberRole0`,
`memberRemove0`, …

Search: type a name, Enter (or "Suchen") looks people up off the GUI thread; Enter on a
result (or "Hinzufügen") adds it. Object names: `householdSearch`,
`householdSearchButton`, `householdSearchResults`, `householdSearchStatus`,
`householdAdd`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soest_desk.models.enums import HouseholdRole
from soest_desk.ui.background import run_in_background
from soest_desk.ui.forms.fields import code_combo, household_role_labels, line_edit, set_code
from soest_desk.ui.forms.gateway import FormsGateway, MemberEntry, PersonHit
from soest_desk.ui.tickets.feedback import user_message

HEAD = HouseholdRole.HEAD.value
VISIBLE_MEMBERS = 4
VISIBLE_HITS = 4


def _is_enter(event: QEvent) -> bool:
    return (event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter))


class MembersEditor(QWidget):
    rowsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdMembers")
        self.table = QTableWidget(0, 4, self, objectName="householdMemberTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Geburtsdatum"),
                                              self.tr("Rolle"), ""])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its role boxes take focus
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name
        self.table.setColumnWidth(1, 104)
        self.table.setColumnWidth(2, 170)
        self.table.setColumnWidth(3, 90)
        row_height = self.fontMetrics().height() + 16
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setFixedHeight(header.sizeHint().height() + row_height * VISIBLE_MEMBERS + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self._ids: list[int] = []

    def set_members(self, members: list[MemberEntry]) -> None:
        self.table.setRowCount(0)
        self._ids = []
        for member in members:
            self.add_member(member)

    def add_member(self, member: MemberEntry) -> bool:
        """Add a row (False if the person is listed already). The first member is the head."""
        if member.person_id in self._ids:
            return False
        role = member.role or (HEAD if not self._ids else HouseholdRole.OTHER.value)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(member.person_id)
        self.table.setItem(row, 0, QTableWidgetItem(member.name))
        self.table.setItem(row, 1, QTableWidgetItem(member.born))
        box = code_combo(self, "", household_role_labels())
        set_code(box, role)
        box.activated.connect(lambda _index: self._role_chosen(box))
        remove = QPushButton(self.tr("Entfernen"), self)
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self._remove(remove))
        self.table.setCellWidget(row, 2, box)
        self.table.setCellWidget(row, 3, remove)
        self._rename()
        self.rowsChanged.emit()
        return True

    def _role_chosen(self, chosen: QComboBox) -> None:
        if chosen.currentData() != HEAD:
            return
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 2)
            if box is not chosen and box.currentData() == HEAD:
                set_code(box, HouseholdRole.PARTNER.value)

    def _remove(self, button: QPushButton) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, 3) is button:
                self.table.removeRow(row)
                del self._ids[row]
                break
        self._rename()
        self.rowsChanged.emit()

    def _rename(self) -> None:
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, 2).setObjectName(f"memberRole{row}")
            self.table.cellWidget(row, 3).setObjectName(f"memberRemove{row}")

    def members(self) -> list[tuple[int, str]]:
        return [(person_id, self.table.cellWidget(row, 2).currentData())
                for row, person_id in enumerate(self._ids)]

    def focus_widgets(self) -> list[QWidget]:
        return [self.table.cellWidget(row, column) for row in range(self.table.rowCount())
                for column in (2, 3)]


class PersonSearch(QWidget):
    chosen = Signal(object)  # a MemberEntry without role

    def __init__(self, gateway: FormsGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdPersonSearch")
        self._gateway = gateway
        self._searching = False
        self.edit = line_edit(self, "householdSearch", self.tr("Name eingeben und Enter"))
        self.search_button = QPushButton(self.tr("Suchen"), self,
                                         objectName="householdSearchButton")
        self.results = QListWidget(self, objectName="householdSearchResults")
        row_height = self.fontMetrics().height() + 8
        self.results.setFixedHeight(row_height * VISIBLE_HITS + 6)
        self.results.setVisible(False)
        self.status = QLabel(self, objectName="householdSearchStatus")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.add_button = QPushButton(self.tr("Hinzufügen"), self, objectName="householdAdd")
        self.add_button.setVisible(False)
        for button in (self.search_button, self.add_button):
            button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        self.add_button.clicked.connect(self.add_chosen)
        self.results.itemDoubleClicked.connect(lambda _item: self.add_chosen())
        for watched in (self.edit, self.results):
            watched.installEventFilter(self)  # Enter searches / adds instead of saving
        line = QHBoxLayout()
        line.addWidget(self.edit, 1)
        line.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addStretch(1)
        layout.addLayout(adding)
        self.setFocusProxy(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _is_enter(event):
            if watched is self.edit:
                self.search()
                return True
            if watched is self.results:
                self.add_chosen()
                return True
        return super().eventFilter(watched, event)

    def is_searching(self) -> bool:
        return self._searching

    def search(self) -> None:
        text = self.edit.text().strip()
        if not text or self._searching:
            return
        self._searching = True
        self._say(self.tr("Suche …"))
        gateway = self._gateway
        run_in_background(lambda: gateway.search_people(text), self._found, self._failed,
                          owner=self)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _found(self, hits: list[PersonHit]) -> None:
        self._searching = False
        self.results.clear()
        for hit in hits:
            parts = [hit.name, hit.born,
                     self.tr("Haushalt: %1").replace("%1", hit.household) if hit.household
                     else "", hit.facility or ""]
            item = QListWidgetItem(" · ".join(part for part in parts if part))
            item.setData(Qt.ItemDataRole.UserRole, MemberEntry(hit.person_id, hit.name,
                                                               hit.born, None))
            self.results.addItem(item)
        self.results.setVisible(bool(hits))
        self.add_button.setVisible(bool(hits))
        self._say("" if hits else self.tr("Keine Person gefunden."))
        if hits:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _failed(self, exc: Exception) -> None:
        self._searching = False
        self._say(user_message(exc))

    def add_chosen(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
            self.edit.setFocus()
            self.edit.selectAll()

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit, self.search_button, self.results, self.add_button]
