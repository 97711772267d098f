"""„Über Soest Desk“: version, build, Python and Qt, the database with engine and schema
revision (read through the gateway), the data and log folders (a click opens them), the
licence, and "Kopieren" puts it all on the clipboard as text."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from soest_desk import __version__, config, migrate
from soest_desk.ui import about_dialog
from soest_desk.ui.about_dialog import AboutDialog
from soest_desk.ui.about_gateway import AboutGateway
from soest_desk.ui.icons import icon


def test_about_dialog_names_version_database_and_folders(qtbot, sqlite_database, open_window,
                                                         monkeypatch):
    window = open_window(sqlite_database)
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog) and dialog.windowTitle() == "Über Soest Desk"
    qtbot.waitUntil(dialog.is_loaded)
    assert dialog.value("version") == __version__
    assert dialog.value("build") == "aus dem Quelltext"
    assert dialog.value("python") == platform.python_version()
    assert dialog.value("database") == sqlite_database.info.label
    assert dialog.value("engine").startswith("SQLite 3.")
    assert dialog.value("schema") == f"{migrate.head_revision()} (aktuell)"
    assert dialog.value("data") == str(config.data_dir())
    assert "Proprietär" in dialog.value("licence")
    assert "Tabler" in dialog.value("licence")
    assert not dialog.findChild(QLabel, "aboutIcon").pixmap().isNull()

    opened: list[Path] = []
    monkeypatch.setattr(about_dialog, "show_folder", lambda p: opened.append(p) or True)
    logs = dialog.findChild(QLabel, "aboutValue_logs")
    logs.linkActivated.emit("logs")
    dialog.findChild(QLabel, "aboutValue_data").linkActivated.emit("data")
    assert opened == [Path(dialog.value("logs")), config.data_dir()]

    dialog.findChild(QPushButton, "aboutCopy").click()
    copied = QGuiApplication.clipboard().text()
    assert f"Version: {__version__}" in copied
    assert f"Datenbank: {sqlite_database.info.label}" in copied
    assert f"Schema-Stand: {migrate.head_revision()} (aktuell)" in copied
    assert dialog.findChild(QLabel, "aboutCopied").isVisibleTo(dialog)
    dialog.reject()


def test_an_old_schema_and_an_unreachable_database_are_said_plainly(qtbot, sqlite_database):
    gateway = AboutGateway(sqlite_database)
    facts = gateway.facts()
    assert facts.current and facts.engine.startswith("SQLite")
    dialog = AboutDialog(gateway)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_loaded)
    old = type(facts)(facts.label, facts.engine, "0001_alt", facts.head)
    dialog._show_facts(old)
    assert dialog.value("schema") == f"0001_alt (diese Version erwartet {facts.head})"
    dialog._facts_failed(RuntimeError("weg"))
    assert dialog.value("engine") == "nicht lesbar (Datenbank nicht erreichbar)"
    assert not icon("copy").isNull()


def test_about_on_postgresql(qtbot, database):
    if database.info.dialect != "postgresql":
        return
    facts = AboutGateway(database).facts()
    assert facts.engine.startswith("PostgreSQL 1") and facts.current
