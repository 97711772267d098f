"""The window's backups: one at start, one at exit, and a calm status-bar note when the
last backup is older than a day; a failing backup never keeps the window from opening."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from soest_desk import app as app_module
from soest_desk.config import settings_file
from soest_desk.services import backups
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.ui.main_window import MainWindow


@pytest.fixture
def started(qtbot, monkeypatch, tmp_path):
    """run_window without an event loop: records the windows and the folder during exec."""
    seen: dict[str, object] = {"windows": []}

    class LoopThatEndsAtOnce:
        def exec(self) -> int:
            folder = backups.default_folder()
            seen["during"] = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
            return 0

    class RecordingWindow(MainWindow):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            qtbot.addWidget(self)
            seen["windows"].append(self)

    monkeypatch.setattr(app_module, "create_application", LoopThatEndsAtOnce)
    monkeypatch.setattr(app_module, "install_error_hook", lambda: None)
    monkeypatch.setattr(app_module, "MainWindow", RecordingWindow)

    def start(database) -> int:
        settings = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
        return app_module.run_window(database, SYSTEM_ACTOR, settings)

    seen["start"] = start
    return seen


def test_backup_at_start_and_at_exit_no_warning(started, sqlite_database):
    assert started["start"](sqlite_database) == 0
    assert len(started["during"]) == 1  # taken before the window opened
    assert len(list(backups.default_folder().glob("only-*.sqlite"))) == 2  # and at exit
    (window,) = started["windows"]
    assert window.findChild(QLabel, "statusBackupWarning") is None


def test_failed_backup_opens_the_window_with_a_note(started, sqlite_database, tmp_path):
    blocker = tmp_path / "keinordner"
    blocker.write_text("eine Datei, kein Ordner")
    settings_file().write_text(json.dumps({"backup_folder": str(blocker)}), encoding="utf-8")
    assert started["start"](sqlite_database) == 0
    (window,) = started["windows"]
    note = window.findChild(QLabel, "statusBackupWarning")
    assert note is not None
    assert note.text() == "Es gibt noch keine Sicherung dieser Datenbank."
    assert str(blocker) in note.toolTip()
