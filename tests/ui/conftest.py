"""UI fixtures: QSettings only ever in a temp directory, windows registered with qtbot."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from soest_desk.db import Database
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _settings_in_temp_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Even a default-constructed QSettings must not touch the real user's settings."""
    directory = str(tmp_path_factory.mktemp("qsettings"))
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, directory)
    yield


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, ui_settings) -> Callable[..., MainWindow]:
    """Open (and register) a main window; waits until its first tab is loaded."""

    def open_(database: Database, actor: Actor = SYSTEM_ACTOR,
              settings: QSettings | None = None) -> MainWindow:
        window = MainWindow(database, actor, settings or ui_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.current_tab().model is None
                        or window.current_tab().model.is_loaded())
        return window

    return open_
