"""Einstellungen → Sicherung: where the embedded database is backed up (at every start and
exit) and how long the backups are kept — personal settings of this workstation, kept in
the user's settings file (`backup_folder`, `backup_keep_days`, `backup_keep_count`, read by
`services.backups`).

Object names: `settingsBackupFolder`, `settingsBackupBrowse`, `settingsBackupKeepDays`,
`settingsBackupKeepCount`, `settingsBackupNote`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services import backups
from soest_desk.services.validation import parse_int
from soest_desk.ui.settings.fields import InputError, add_row, checked, note, number_edit

MAX_KEEP_DAYS = 3650


class BackupPage(QWidget):
    def __init__(self, embedded: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsBackupPage")
        self._stored: dict[str, Any] = {}
        self._default_folder = backups.default_folder()
        intro = QLabel(self.tr("Soest Desk sichert die eingebettete Datenbankdatei bei jedem "
                               "Start und beim Beenden. Diese Einstellungen gelten nur für "
                               "diesen Arbeitsplatz."), self)
        intro.setWordWrap(True)
        self.scope_note = note(self, self.tr(
            "Diese Sitzung arbeitet mit einer PostgreSQL-Datenbank: Die sichert die IT auf dem "
            "Server (pg_dump); die Einstellungen hier gelten erst, wenn wieder eine "
            "eingebettete Datei benutzt wird."), "settingsBackupNote")
        self.scope_note.setVisible(not embedded)

        box = QGroupBox(self.tr("Sicherungen"), self)
        form = QFormLayout(box)
        folder_row = QWidget(box)
        self.folder = QLineEdit(folder_row, objectName="settingsBackupFolder")
        self.folder.setPlaceholderText(str(self._default_folder))
        self.folder.setMinimumWidth(320)
        browse = QPushButton(self.tr("D&urchsuchen …"), folder_row,
                             objectName="settingsBackupBrowse")
        browse.clicked.connect(self._browse)
        line = QHBoxLayout(folder_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.folder, 1)
        line.addWidget(browse)
        add_row(form, self.tr("&Ordner:"), folder_row, buddy=self.folder)
        self.keep_days = number_edit(box, "settingsBackupKeepDays")
        add_row(form, self.tr("&Aufbewahren:"), self.keep_days, self.tr("Tage"))
        self.keep_count = number_edit(box, "settingsBackupKeepCount")
        add_row(form, self.tr("&Mindestens behalten:"), self.keep_count,
                self.tr("neueste Sicherungen, auch wenn sie älter sind"))
        hint = note(box, self.tr("Leer gelassen: der Ordner „backups“ im Datenordner von "
                                 "Soest Desk. Ältere Sicherungen werden beim nächsten Sichern "
                                 "gelöscht; andere Dateien im Ordner bleiben unberührt."))
        form.addRow(hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.scope_note)
        layout.addWidget(box)
        layout.addStretch(1)

    def load(self, settings: dict[str, Any]) -> None:
        """Show the values of the settings file (its raw content: a broken value is shown
        as it is, to be corrected here)."""
        self._stored = {
            backups.SETTING_FOLDER: settings.get(backups.SETTING_FOLDER),
            backups.SETTING_KEEP_DAYS: settings.get(backups.SETTING_KEEP_DAYS,
                                                    backups.DEFAULT_KEEP_DAYS),
            backups.SETTING_KEEP_COUNT: settings.get(backups.SETTING_KEEP_COUNT,
                                                     backups.DEFAULT_KEEP_COUNT),
        }
        folder = self._stored[backups.SETTING_FOLDER]
        self.folder.setText(str(folder) if folder else "")
        self.keep_days.setText(str(self._stored[backups.SETTING_KEEP_DAYS]))
        self.keep_count.setText(str(self._stored[backups.SETTING_KEEP_COUNT]))

    def _browse(self) -> None:
        start = self.folder.text().strip() or str(self._default_folder)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sicherungsordner wählen"),
                                                  start)
        if chosen:
            self.folder.setText(str(Path(chosen)))

    # ------------------------------------------------------------ saving

    def changes(self) -> tuple[dict[str, Any], list[str]]:
        """(keys to set, keys to remove) for the settings file; InputError names a field."""
        folder = self.folder.text().strip()
        days = self._whole(self.keep_days, self.tr("Aufbewahren (Tage)"), MAX_KEEP_DAYS)
        count = self._whole(self.keep_count, self.tr("Mindestens behalten"),
                            backups.MAX_KEEP_COUNT)
        if folder and Path(folder).expanduser().exists() \
                and not Path(folder).expanduser().is_dir():
            raise InputError(self.tr("Sicherungsordner: „%1“ ist eine Datei, kein Ordner.")
                             .replace("%1", folder), self.folder)
        to_set: dict[str, Any] = {}
        to_remove: list[str] = []
        stored_folder = self._stored.get(backups.SETTING_FOLDER) or ""
        if folder != stored_folder:
            if not folder or Path(folder).expanduser() == self._default_folder:
                to_remove.append(backups.SETTING_FOLDER)
            else:
                to_set[backups.SETTING_FOLDER] = folder
        if days != self._stored.get(backups.SETTING_KEEP_DAYS):
            to_set[backups.SETTING_KEEP_DAYS] = days
        if count != self._stored.get(backups.SETTING_KEEP_COUNT):
            to_set[backups.SETTING_KEEP_COUNT] = count
        return to_set, to_remove

    def saved(self, to_set: dict[str, Any], to_remove: list[str]) -> None:
        for key in to_remove:
            self._stored[key] = None
        self._stored.update(to_set)

    def _whole(self, edit: QLineEdit, label: str, high: int) -> int:
        number = checked(edit, lambda: parse_int(edit.text(), label, 1, high))
        if number is None:
            raise InputError(self.tr("%1: bitte einen Wert angeben.").replace("%1", label), edit)
        return number
