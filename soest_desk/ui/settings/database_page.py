"""Einstellungen → Datenbank: the embedded file of this workstation or a shared PostgreSQL
server, kept as `database_url` in the user's settings file and used from the next start.
No password is kept: the sign-in dialog asks for it; the one typed here serves the test only.

"Verbindung testen" runs on the thread pool (`connection_check.check`) and says in German
whether the database is reachable and which Soest Desk schema it holds. Where the URL of
the next start comes from (environment, the IT's preset for the machine, the user's file,
the default) is shown above, with what that means for a change made here.

Object names: `settingsDatabaseSource`, `settingsDatabaseEmbedded`, `settingsDatabasePath`,
`settingsDatabaseBrowse`, `settingsDatabasePostgres`, `settingsDatabaseHost`,
`settingsDatabasePort`, `settingsDatabaseName`, `settingsDatabaseUser`,
`settingsDatabasePassword`, `settingsDatabaseTest`, `settingsDatabaseResult`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk import config
from soest_desk.config import ConfigError, DatabaseChoice
from soest_desk.db import Database, DatabaseError, describe, parse_url
from soest_desk.local_settings import DATABASE_URL
from soest_desk.services.validation import parse_int
from soest_desk.ui.background import run_in_background
from soest_desk.ui.settings import connection_check as cc
from soest_desk.ui.settings.fields import ERROR_STYLE, InputError, checked, note
from soest_desk.ui.tickets.feedback import user_message

OK_STYLE = "color: #1d6b35;"


class DatabasePage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDatabasePage")
        self._database = database
        self._testing = False
        self._default_file = Path(config.data_dir()) / config.DATABASE_FILE_NAME
        self._initial_url = ""

        self.source = note(self, "", "settingsDatabaseSource")
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(self.tr("Datenbank beim nächsten Start"), self)
        grid = QGridLayout(box)
        grid.setColumnMinimumWidth(0, 16)
        grid.setColumnStretch(2, 1)
        self.embedded = QRadioButton(self.tr("&Eingebettete Datei (nur dieser Arbeitsplatz)"),
                                     box, objectName="settingsDatabaseEmbedded")
        grid.addWidget(self.embedded, 0, 0, 1, 3)
        file_row = QWidget(box)
        self.path = QLineEdit(file_row, objectName="settingsDatabasePath")
        self.path.setPlaceholderText(str(self._default_file))
        self.path.setMinimumWidth(320)
        self.browse = QPushButton(self.tr("Durch&suchen …"), file_row,
                                  objectName="settingsDatabaseBrowse")
        self.browse.clicked.connect(self._browse)
        line = QHBoxLayout(file_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(self.browse)
        self._grid_row(grid, 1, self.tr("&Datei:"), file_row, self.path)

        self.postgres = QRadioButton(self.tr("&PostgreSQL-Server (gemeinsame Datenbank)"),
                                     box, objectName="settingsDatabasePostgres")
        grid.addWidget(self.postgres, 2, 0, 1, 3)
        self.host = QLineEdit(box, objectName="settingsDatabaseHost")
        self.host.setPlaceholderText(self.tr("z. B. db.soest.intern"))
        self._grid_row(grid, 3, self.tr("Ser&ver:"), self.host)
        self.port = QLineEdit(box, objectName="settingsDatabasePort")
        self.port.setFixedWidth(80)
        port_row = QWidget(box)
        port_line = QHBoxLayout(port_row)
        port_line.setContentsMargins(0, 0, 0, 0)
        self.port.setParent(port_row)
        port_line.addWidget(self.port)
        port_line.addStretch(1)
        self._grid_row(grid, 4, self.tr("P&ort:"), port_row, self.port)
        self.name = QLineEdit(box, objectName="settingsDatabaseName")
        self._grid_row(grid, 5, self.tr("Daten&bank:"), self.name)
        self.user = QLineEdit(box, objectName="settingsDatabaseUser")
        self.user.setPlaceholderText(self.tr("leer: bei der Anmeldung eingeben"))
        self._grid_row(grid, 6, self.tr("Ben&utzer:"), self.user)
        self.password = QLineEdit(box, objectName="settingsDatabasePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("nur für den Test, wird nicht gespeichert"))
        self._grid_row(grid, 7, self.tr("Pass&wort:"), self.password)
        self._server_fields = [self.host, self.port, self.name, self.user, self.password]
        self._file_fields: list[QWidget] = [self.path, self.browse]

        kinds = QButtonGroup(self)
        kinds.addButton(self.embedded)
        kinds.addButton(self.postgres)
        self.embedded.toggled.connect(self._update_enabled)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Verbindung &testen"), box,
                                       objectName="settingsDatabaseTest")
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        grid.addLayout(test_row, 8, 0, 1, 3)
        self.result = QLabel(box, objectName="settingsDatabaseResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.result, 9, 0, 1, 3)
        later = note(self, self.tr("Eine Änderung gilt ab dem nächsten Start von Soest Desk. "
                                   "Ein Passwort wird nicht gespeichert: Soest Desk fragt es "
                                   "bei der Anmeldung."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source)
        layout.addWidget(box)
        layout.addWidget(later)
        layout.addStretch(1)

    def _grid_row(self, grid: QGridLayout, row: int, text: str, field: QWidget,
                  buddy: QWidget | None = None) -> None:
        label = QLabel(text, grid.parentWidget())
        label.setBuddy(buddy or field)
        grid.addWidget(label, row, 1)
        grid.addWidget(field, row, 2)

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Show the database of the next start and where that choice comes from."""
        try:
            choice = config.choose_database(None)
        except ConfigError as exc:
            self.source.setText(str(exc))
            self.source.setStyleSheet(ERROR_STYLE)
            choice = DatabaseChoice(config.default_database_url(), "default")
        else:
            self.source.setText(self._source_text(choice))
        self._initial_url = choice.url
        try:
            target = cc.target_of(choice.url)
        except DatabaseError:
            target = cc.ConnectionTarget(True)
        self._show_target(target)

    def _show_target(self, target: cc.ConnectionTarget) -> None:
        self.embedded.setChecked(target.embedded)
        self.postgres.setChecked(not target.embedded)
        path = Path(target.path) if target.path else None
        same_as_default = path is not None and path.resolve() == self._default_file.resolve()
        self.path.setText("" if path is None or same_as_default else str(path))
        self.host.setText(target.host)
        self.port.setText(str(target.port))
        self.name.setText(target.database)
        self.user.setText(target.user)
        self._update_enabled()

    def _source_text(self, choice: DatabaseChoice) -> str:
        session = self.tr("Diese Sitzung: %1.").replace("%1", self._database.info.label)
        if choice.source == "env":
            where = self.tr("Die Datenbank ist durch die Umgebungsvariable %1 festgelegt; sie "
                            "hat Vorrang. Eine Änderung hier wirkt erst, wenn die Variable "
                            "entfernt ist.").replace("%1", config.ENV_DATABASE_URL)
        elif choice.source == "machine":
            where = self.tr("Die Datenbank ist von der IT für alle Benutzer dieses Rechners "
                            "vorgegeben (%1). Eine Einstellung hier gilt stattdessen für Ihr "
                            "Benutzerkonto.").replace("%1", str(_machine_file()))
        elif choice.source == "settings":
            where = self.tr("Die Datenbank steht in Ihrer Einstellungsdatei (%1).").replace(
                "%1", str(config.settings_file()))
        else:
            where = self.tr("Es gilt die Vorgabe: die eingebettete Datei im Datenordner von "
                            "Soest Desk.")
        if not self._is_session_database(choice.url):
            where += " " + self.tr("Diese Sitzung wurde mit einer anderen Datenbank gestartet "
                                   "(Befehlszeile „--database-url“ oder Demo).")
        return f"{session} {where}"

    def _is_session_database(self, raw_url: str) -> bool:
        try:
            return describe(parse_url(raw_url)).location == self._database.info.location
        except DatabaseError:
            return False

    def _update_enabled(self) -> None:
        embedded = self.embedded.isChecked()
        for widget in self._file_fields:
            widget.setEnabled(embedded)
        for widget in self._server_fields:
            widget.setEnabled(not embedded)

    def _browse(self) -> None:
        start = self.path.text().strip() or str(self._default_file)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Datenbankdatei wählen"), start,
            self.tr("SQLite-Datenbank (*.sqlite *.db);;Alle Dateien (*)"))
        if chosen:
            self.path.setText(str(Path(chosen)))

    # ------------------------------------------------------------ the fields

    def target(self) -> cc.ConnectionTarget:
        """The fields as a target; InputError names a missing or wrong field."""
        if self.embedded.isChecked():
            return cc.ConnectionTarget(True, path=self.path.text().strip())
        label_port = self.tr("Port")
        port = checked(self.port, lambda: parse_int(self.port.text(), label_port, 1, 65535))
        for edit, label in ((self.host, self.tr("Server")), (self.name, self.tr("Datenbank"))):
            if not edit.text().strip():
                raise InputError(self.tr("%1: bitte angeben.").replace("%1", label), edit)
        return cc.ConnectionTarget(False, host=self.host.text().strip(),
                                   port=port or cc.DEFAULT_PORT,
                                   database=self.name.text().strip(),
                                   user=self.user.text().strip())

    def changes(self) -> tuple[dict[str, Any], list[str]]:
        """(keys to set, keys to remove) for the settings file; InputError names a field."""
        target = self.target()
        url = cc.target_url(target, self._default_file)
        if url == self._normalised(self._initial_url):
            return {}, []
        if target.embedded and target.path and not Path(target.path).expanduser().is_file():
            raise InputError(self.tr(
                "Datei: „%1“ gibt es nicht. Bitte wählen Sie eine vorhandene Datenbank von "
                "Soest Desk, oder lassen Sie das Feld leer für die eingebettete Standarddatei.")
                .replace("%1", target.path), self.path)
        if url == self._normalised(self._fallback_url()):  # what applies without an own entry
            return {}, [DATABASE_URL]
        return {DATABASE_URL: url}, []

    def saved(self, to_set: dict[str, Any], to_remove: list[str]) -> None:
        if DATABASE_URL in to_set:
            self._initial_url = to_set[DATABASE_URL]
        elif DATABASE_URL in to_remove:
            self._initial_url = self._fallback_url()

    def _fallback_url(self) -> str:
        """The database of the next start if the user's file named none: the IT's preset
        for the machine, else the embedded default."""
        preset = _machine_url()
        return preset or config.default_database_url()

    def _normalised(self, raw_url: str) -> str:
        try:
            return cc.target_url(cc.target_of(raw_url), self._default_file)
        except DatabaseError:
            return raw_url

    # ------------------------------------------------------------ Verbindung testen

    def test_connection(self) -> None:
        if self._testing:
            return
        try:
            url = cc.target_url(self.target(), self._default_file)
        except InputError as exc:
            self._show_result(exc.message, ok=False)
            exc.widget.setFocus()
            return
        password = self.password.text() if self.postgres.isChecked() else ""
        self._testing = True
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Verbindung wird geprüft …"), ok=None)
        run_in_background(lambda: cc.check(url, password), self._tested, self._test_failed,
                          owner=self)

    def is_testing(self) -> bool:
        return self._testing

    def _tested(self, report: cc.ConnectionReport) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self._show_result(self.report_text(report), ok=report.outcome in (
            cc.CURRENT, cc.OLDER, cc.EMPTY))

    def _test_failed(self, exc: Exception) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self._show_result(user_message(exc), ok=False)

    def _show_result(self, text: str, *, ok: bool | None) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("" if ok is None else OK_STYLE if ok else ERROR_STYLE)

    def report_text(self, report: cc.ConnectionReport) -> str:
        where, revision = report.location, report.revision or ""
        texts = {
            cc.CURRENT: self.tr("Verbindung hergestellt: %1. Eine Datenbank von Soest Desk mit "
                                "dem Schema-Stand %2, passend zu dieser Version."),
            cc.OLDER: self.tr("Verbindung hergestellt: %1. Eine Datenbank von Soest Desk mit "
                              "dem älteren Schema-Stand %2; sie wird beim Start auf den Stand "
                              "dieser Version gebracht."),
            cc.NEWER: self.tr("Verbindung hergestellt: %1. Die Datenbank stammt von einer "
                              "neueren Version von Soest Desk (Schema-Stand %2); bitte "
                              "installieren Sie zuerst die aktuelle Version."),
            cc.EMPTY: self.tr("Verbindung hergestellt: %1. Die Datenbank ist noch leer; "
                              "Soest Desk richtet sie beim ersten Start ein."),
            cc.FOREIGN: self.tr("Verbindung hergestellt: %1. Die Datenbank enthält aber "
                                "Tabellen, die nicht von Soest Desk stammen; bitte wählen Sie "
                                "eine leere Datenbank oder eine von Soest Desk."),
            cc.NO_FILE: self.tr("Keine Verbindung: Die Datei „%1“ gibt es nicht."),
            cc.LOGIN_REFUSED: self.tr("Der Server %1 ist erreichbar, hat die Anmeldung aber "
                                      "abgelehnt: %3 Für den Test bitte Benutzer und Passwort "
                                      "eingeben (das Passwort wird nicht gespeichert)."),
            cc.FAILED: self.tr("Keine Verbindung: %3"),
        }
        return (texts[report.outcome].replace("%1", where).replace("%2", revision)
                .replace("%3", report.detail))


def _machine_file() -> Path | str:
    finder = getattr(config, "machine_settings_file", None)
    return finder() if finder is not None else ""


def _machine_url() -> str | None:
    """The IT's preset for every user of the machine (written by the installer), if any."""
    reader = getattr(config, "read_machine_settings_file", None)
    if reader is None:
        return None
    try:
        value = reader().get(DATABASE_URL)
    except ConfigError:
        return None
    return value.strip() or None if isinstance(value, str) else None
