"""The "Verwaltung" menu of the main window: users (Benutzer verwalten) and the audit trail
(Protokoll), each for the roles whose permissions allow it; absent for everybody else."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenuBar

from soest_desk.db import Database
from soest_desk.services.permissions import Actor, Permission
from soest_desk.ui.admin.gateway import AdminGateway


class AdminMenu(QObject):
    def __init__(self, window: QMainWindow, database: Database, actor: Actor) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._actor = actor
        self.last_dialog: QDialog | None = None

    def build(self, menu_bar: QMenuBar) -> None:
        users = self._actor.can(Permission.MANAGE_USERS)
        audit = self._actor.can(Permission.VIEW_AUDIT)
        if not (users or audit):
            return
        menu = menu_bar.addMenu(self.tr("&Verwaltung"))
        menu.setObjectName("menuAdmin")
        if users:
            action = QAction(self.tr("&Benutzer verwalten …"), self._window,
                             objectName="actionUsers")
            action.setShortcut(QKeySequence("Ctrl+Shift+B"))
            action.triggered.connect(self.open_users)
            menu.addAction(action)
        if audit:
            action = QAction(self.tr("&Protokoll …"), self._window, objectName="actionAudit")
            action.setShortcut(QKeySequence("Ctrl+Shift+P"))
            action.triggered.connect(self.open_audit)
            menu.addAction(action)

    def open_users(self) -> QDialog:
        from soest_desk.ui.admin.users_dialog import open_users_dialog

        self.last_dialog = open_users_dialog(self._window,
                                             AdminGateway(self._database, self._actor))
        return self.last_dialog

    def open_audit(self) -> QDialog:
        from soest_desk.ui.audit.audit_dialog import open_audit_dialog

        self.last_dialog = open_audit_dialog(self._window, self._database, self._actor)
        return self.last_dialog
