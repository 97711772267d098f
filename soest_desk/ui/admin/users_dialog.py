"""Verwaltung → Benutzer: the list of users on the left, the chosen one's form on the right
(login, name, roles, facilities, active; on the workstation setup the application password).

Reading and saving run off the GUI thread; a refusal is shown in German under the form and
everything typed stays; after a save the list is read again and the saved user stays chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soest_desk.models.enums import Role
from soest_desk.services.permissions import ROLE_LABELS
from soest_desk.services.user_admin import UserInput, UserRow
from soest_desk.ui.admin.gateway import AdminGateway
from soest_desk.ui.background import run_in_background
from soest_desk.ui.tickets.feedback import user_message

COLUMNS = ("Anmeldename", "Name", "Rollen", "Unterkünfte", "Aktiv")
MAX_COLUMN = 190  # pixels; the full text is in the tooltip


class UsersDialog(QDialog):
    def __init__(self, gateway: AdminGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Benutzer verwalten"))
        self.resize(1000, 560)
        self._gateway = gateway
        self._users: list[UserRow] = []
        self._facilities: dict[int, str] = {}
        self._current: UserRow | None = None
        self._busy = False
        self._loaded = False

        self.table = QTableWidget(0, len(COLUMNS), self, objectName="usersTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("&Neuer Benutzer"), self, objectName="usersNew")
        self.new_button.clicked.connect(self.new_user)

        self.login = QLineEdit(self, objectName="userLogin")
        self.name = QLineEdit(self, objectName="userName")
        self.active = QCheckBox(self.tr("aktiv (kann sich anmelden)"), self,
                                objectName="userActive")
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles = QGroupBox(self.tr("Rollen"), self)
        role_layout = QVBoxLayout(roles)
        for role in Role:
            box = QCheckBox(ROLE_LABELS[role], roles, objectName=f"userRole_{role.value}")
            self.role_boxes[role] = box
            role_layout.addWidget(box)
        self.facility_list = QListWidget(self, objectName="userFacilities")
        self.facility_hint = QLabel(self.tr("Heimleitung und Sozialarbeit arbeiten nur für die "
                                            "angehakten Unterkünfte."), self)
        self.facility_hint.setWordWrap(True)
        self.password_button = QPushButton(self.tr("Passwort setzen …"), self,
                                           objectName="userPassword")
        self.password_button.clicked.connect(self.ask_password)
        self.password_button.setVisible(gateway.embedded)
        self.password_state = QLabel(self, objectName="userPasswordState")
        self.password_state.setVisible(gateway.embedded)
        self.error = QLabel(self, objectName="usersError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        self.status = QLabel(self, objectName="usersStatus")
        self.save_button = QPushButton(self.tr("&Speichern"), self, objectName="userSave")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Schließen"), self, objectName="usersClose")
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Anmeldename:"), self.login)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.active)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(roles)
        right.addWidget(QLabel(self.tr("Unterkünfte:"), self))
        right.addWidget(self.facility_list, 1)
        right.addWidget(self.facility_hint)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_button)
        password_row.addWidget(self.password_state, 1)
        right.addLayout(password_row)
        right.addWidget(self.error)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self._enable_form(False)
        self.reload()

    # ------------------------------------------------------------ state

    def is_loaded(self) -> bool:
        return self._loaded and not self._busy

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.status.setText(text)
        self.save_button.setEnabled(not busy and self.login.isEnabled())

    def _enable_form(self, enabled: bool) -> None:
        for widget in (self.login, self.name, self.active, self.facility_list,
                       *self.role_boxes.values()):
            widget.setEnabled(enabled)
        self.save_button.setEnabled(enabled and not self._busy)
        self.password_button.setEnabled(enabled and self._current is not None)

    # ------------------------------------------------------------ loading

    def reload(self, choose_id: int | None = None) -> None:
        self._set_busy(True, self.tr("Lädt …"))
        gateway = self._gateway
        run_in_background(gateway.users, lambda found: self._show(found, choose_id),
                          self._failed, owner=self)

    def _show(self, found: tuple[list[UserRow], list[tuple[int, str]]],
              choose_id: int | None) -> None:
        self._users, choices = found
        self._facilities = dict(choices)
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            places = ", ".join(self._facilities.get(f, f"Nr. {f}")
                               for f in sorted(user.facility_ids)) or "alle"
            values = (user.login, user.display_name, user.role_text, places,
                      self.tr("ja") if user.active else self.tr("nein"))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):  # long role lists: elided
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN))
        self._loaded = True
        self._set_busy(False)
        chosen = next((r for r, u in enumerate(self._users) if u.id == choose_id), None)
        if chosen is not None:
            self.table.selectRow(chosen)
            self._fill(self._users[chosen])  # also when the same row stays selected

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self._fill(self._users[rows[0].row()])

    def _fill(self, user: UserRow | None) -> None:
        self._current = user
        self.error.setVisible(False)
        self.login.setText(user.login if user else "")
        self.name.setText(user.display_name if user else "")
        self.active.setChecked(user.active if user else True)
        for role, box in self.role_boxes.items():
            box.setChecked(bool(user and role in user.roles))
        self.facility_list.clear()
        for facility_id, name in sorted(self._facilities.items(), key=lambda f: f[1]):
            item = QListWidgetItem(name, self.facility_list)
            item.setData(Qt.ItemDataRole.UserRole, facility_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if user and facility_id in user.facility_ids
                               else Qt.CheckState.Unchecked)
        self.password_state.setText(
            self.tr("Anwendungspasswort gesetzt") if user and user.has_password
            else self.tr("kein Anwendungspasswort"))
        self._enable_form(True)
        (self.name if user else self.login).setFocus()

    def new_user(self) -> None:
        self.table.clearSelection()
        self._fill(None)

    # ------------------------------------------------------------ saving

    def entered(self) -> UserInput:
        chosen = frozenset(
            int(self.facility_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.facility_list.count())
            if self.facility_list.item(i).checkState() == Qt.CheckState.Checked)
        roles = frozenset(role for role, box in self.role_boxes.items() if box.isChecked())
        return UserInput(self.login.text(), self.name.text(), roles, chosen,
                         self.active.isChecked())

    def save(self) -> None:
        if self._busy or not self.login.isEnabled():
            return
        data = self.entered()
        user_id = self._current.id if self._current else None
        version = self._current.version_id if self._current else None
        self.error.setVisible(False)
        self._set_busy(True, self.tr("Speichert …"))
        gateway = self._gateway
        run_in_background(lambda: gateway.save(data, user_id, version),
                          self._saved, self._failed, owner=self)

    def _saved(self, user_id: int) -> None:
        self._set_busy(False, self.tr("Gespeichert."))
        self.reload(user_id)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.error.setText(user_message(exc))
        self.error.setVisible(True)

    def ask_password(self) -> None:
        if self._current is None or self._busy:
            return
        password, given = QInputDialog.getText(
            self, self.tr("Anwendungspasswort"),
            self.tr("Neues Passwort für „%1“ (mindestens 10 Zeichen; leer lassen, um das "
                    "Passwort zu entfernen):").replace("%1", self._current.display_name),
            QLineEdit.EchoMode.Password)
        if given:
            self.set_password(password or None)

    def set_password(self, password: str | None) -> None:
        assert self._current is not None
        user_id, gateway = self._current.id, self._gateway
        self._set_busy(True, self.tr("Speichert …"))
        run_in_background(lambda: gateway.set_password(user_id, password),
                          lambda _r: self._saved(user_id), self._failed, owner=self)

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def open_users_dialog(parent: QWidget, gateway: AdminGateway) -> UsersDialog:
    dialog = UsersDialog(gateway, parent)
    dialog.show()
    return dialog
