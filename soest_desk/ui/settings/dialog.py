"""Extras → Einstellungen: one calm dialog with four pages, chosen in a list on the left.

- Datenbank (`database_page`): embedded file or PostgreSQL, "Verbindung testen" — personal,
  in the user's settings file, used from the next start;
- Fristen und Regeln (`rules_page`): deadlines, minimum area, child-age thresholds, caseload
  target, retention — shared, in the database, changed by the Administration only;
- Sicherung (`backup_page`): backup folder, days and count kept — personal, settings file;
- Persönlich (`personal_page`): language, resetting the window layout — QSettings.

"Speichern" first checks every page; bad input gets a German message naming the field, the
page with the field comes to the front and nothing is saved (the dialog stays open with the
input as typed). Then the changed shared settings go to the database in one transaction
(off the GUI thread), then the personal ones to the settings file (atomically) and QSettings.

Object names: `settingsDialog`, `settingsPages`, `settingsStack`, `settingsPageTitle`,
`settingsMessage`, `settingsSave`, `settingsCancel`, and those of the pages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from soest_desk import local_settings
from soest_desk.config import ConfigError
from soest_desk.db import Database
from soest_desk.services.permissions import Actor
from soest_desk.ui.background import run_in_background
from soest_desk.ui.settings.backup_page import BackupPage
from soest_desk.ui.settings.database_page import DatabasePage
from soest_desk.ui.settings.fields import ERROR_STYLE, InputError
from soest_desk.ui.settings.gateway import SettingsGateway
from soest_desk.ui.settings.personal_page import PersonalPage
from soest_desk.ui.settings.rules_page import RulesPage
from soest_desk.ui.tickets.feedback import user_message

DATABASE, RULES, BACKUP, PERSONAL = range(4)


class SettingsDialog(QDialog):
    sharedSettingsSaved = Signal(dict)  # key -> value of the shared settings just stored

    def __init__(self, parent: QWidget | None, database: Database, actor: Actor,
                 qsettings: QSettings) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Einstellungen"))
        self.resize(860, 600)
        self._gateway = SettingsGateway(database, actor)
        self._saving = False
        self._local_error: str | None = None

        self.pages = QListWidget(self, objectName="settingsPages")
        for title in (self.tr("Datenbank"), self.tr("Fristen und Regeln"),
                      self.tr("Sicherung"), self.tr("Persönlich")):
            self.pages.addItem(title)
        self.pages.setFixedWidth(190)
        self.pages.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.title = QLabel(self, objectName="settingsPageTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.stack = QStackedWidget(self, objectName="settingsStack")
        self.database_page = DatabasePage(database, self.stack)
        self.rules_page = RulesPage(self.stack)
        self.backup_page = BackupPage(database.dialect == "sqlite", self.stack)
        self.personal_page = PersonalPage(qsettings, self.stack)
        for page in (self.database_page, self.rules_page, self.backup_page, self.personal_page):
            self.stack.addWidget(page)
        self.message = QLabel(self, objectName="settingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Speichern"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("settingsSave")
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("Abbrechen"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("settingsCancel")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.title)
        right.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.pages)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.pages.currentRowChanged.connect(self._show_page)
        self.pages.setCurrentRow(DATABASE)
        self._load()

    # ------------------------------------------------------------ loading

    def _load(self) -> None:
        self.database_page.load()
        self.personal_page.load()
        try:
            stored = local_settings.read()
        except ConfigError as exc:
            self._local_error = str(exc)
            stored = {}
            self._say(self._local_error)
        self.backup_page.load(stored)
        run_in_background(self._gateway.shared_values,
                          lambda values: self.rules_page.load(values, self._gateway.can_edit),
                          lambda exc: self.rules_page.show_load_error(user_message(exc)),
                          owner=self)

    def is_loaded(self) -> bool:
        """The shared settings have arrived (or could not be read)."""
        return self.rules_page.is_settled()

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        item = self.pages.item(row)
        self.title.setText(item.text() if item is not None else "")

    def show_page(self, row: int) -> None:
        self.pages.setCurrentRow(row)

    # ------------------------------------------------------------ saving

    def save(self) -> None:
        if self._saving:
            return
        self._say("")
        try:
            database_set, database_remove = self.database_page.changes()
            shared = self.rules_page.changes()
            backup_set, backup_remove = self.backup_page.changes()
            personal = self.personal_page.changes()
        except InputError as exc:
            self._point_at(exc)
            return
        local_set = {**database_set, **backup_set}
        local_remove = [*database_remove, *backup_remove]
        if (local_set or local_remove) and self._local_error:
            self._say(self._local_error)
            return
        if not shared:
            self._save_personal(local_set, local_remove, personal, {})
            return
        self._busy(True)
        run_in_background(lambda: self._gateway.save_shared(shared),
                          lambda stored: self._save_personal(local_set, local_remove,
                                                             personal, stored),
                          self._shared_failed, owner=self)

    def is_saving(self) -> bool:
        return self._saving

    def reject(self) -> None:
        """Abbrechen, Esc: not while the shared settings are being saved (closing would drop
        the rest of the save: the user's own settings and the language)."""
        if self._saving:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._saving:
            event.ignore()
            return
        super().closeEvent(event)

    def _shared_failed(self, exc: Exception) -> None:
        self._busy(False)
        self.show_page(RULES)
        self._say(user_message(exc))

    def _save_personal(self, local_set: dict[str, Any], local_remove: list[str],
                       personal: dict[str, str], shared: dict[str, Any]) -> None:
        self._busy(False)
        if shared:
            self.rules_page.saved(shared)
            self.sharedSettingsSaved.emit(shared)
        if local_set or local_remove:
            try:
                local_settings.update(local_set, local_remove)
            except ConfigError as exc:
                prefix = self.tr("Die Einstellungen für alle wurden gespeichert, Ihre eigenen "
                                 "nicht: ") if shared else ""
                self._say(prefix + str(exc))
                return
            self.database_page.saved(local_set, local_remove)
            self.backup_page.saved(local_set, local_remove)
        self.personal_page.save(personal)
        self.accept()

    def _busy(self, busy: bool) -> None:
        self._saving = busy
        self.save_button.setEnabled(not busy)

    def _point_at(self, error: InputError) -> None:
        for row in range(self.stack.count()):
            if self.stack.widget(row).isAncestorOf(error.widget):
                self.show_page(row)
                break
        self._say(error.message)
        error.widget.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
