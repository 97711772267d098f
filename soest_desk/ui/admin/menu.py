"""The "Verwaltung" menu of the main window: users (Benutzer verwalten), the audit trail
(Protokoll) and the data-protection duties (Datenschutz), each for the roles whose
permissions allow it; absent for everybody else."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenuBar, QMessageBox

from soest_desk.db import Database
from soest_desk.services.permissions import Actor, Permission
from soest_desk.ui.admin.gateway import AdminGateway
from soest_desk.ui.icons import icon


class AdminMenu(QObject):
    def __init__(self, window: QMainWindow, database: Database, actor: Actor,
                 settings: QSettings | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings  # the window's: the Protokoll's columns are kept there
        self._database = database
        self._actor = actor
        self.last_dialog: QDialog | None = None

    def build(self, menu_bar: QMenuBar) -> None:
        users = self._actor.can(Permission.MANAGE_USERS)
        audit = self._actor.can(Permission.VIEW_AUDIT)
        privacy = self._actor.can(Permission.DATA_PROTECTION)
        if not (users or audit or privacy):
            return
        menu = menu_bar.addMenu(self.tr("&Verwaltung"))
        menu.setObjectName("menuAdmin")
        if users:
            # no shortcut: rare work, and Strg+Umschalt+B is "Neue Bewohner*in"
            action = QAction(icon("user-cog"), self.tr("&Benutzer verwalten …"), self._window,
                             objectName="actionUsers")
            action.triggered.connect(self.open_users)
            menu.addAction(action)
        if audit:
            action = QAction(icon("history"), self.tr("&Protokoll …"), self._window,
                             objectName="actionAudit")
            action.setShortcut(QKeySequence("Ctrl+Shift+P"))
            action.triggered.connect(self.open_audit)
            menu.addAction(action)
        if privacy:
            action = QAction(icon("shield-lock"), self.tr("&Datenschutz …"), self._window,
                             objectName="actionPrivacy")
            action.triggered.connect(self.open_privacy)
            menu.addAction(action)

    def open_users(self) -> QDialog:
        from soest_desk.ui.admin.users_dialog import open_users_dialog

        self.last_dialog = open_users_dialog(self._window,
                                             AdminGateway(self._database, self._actor))
        return self.last_dialog

    def open_privacy(self) -> QDialog:
        from soest_desk.ui.admin.privacy_dialog import PrivacyDialog
        from soest_desk.ui.admin.privacy_gateway import PrivacyGateway

        gateway = PrivacyGateway(self._database, self._actor)
        if gateway.needs_owner():
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Datenschutz"), self.tr(
                "In der gemeinsamen Datenbank mit Rollen dürfen die Datenschutzaufgaben nur "
                "mit der Anmeldung des Eigentümers erledigt werden, weil sie alle Personen "
                "lesen und das Protokoll bereinigen. Bitte „soest-desk privacy disclosure | "
                "retention | erase … --database-url …“ mit dieser Anmeldung ausführen."),
                QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("privacyNeedsOwner")
            box.open()
            self.last_dialog = box
            return box
        dialog = PrivacyDialog(gateway, self._window)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def open_audit(self) -> QDialog:
        from soest_desk.ui.audit.audit_dialog import open_audit_dialog

        self.last_dialog = open_audit_dialog(self._window, self._database, self._actor,
                                             self._settings)
        return self.last_dialog
