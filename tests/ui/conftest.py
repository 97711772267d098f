"""UI fixtures: QSettings only ever in a temp directory, windows registered with qtbot."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from soest_desk.db import Database
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui.gc_guard import collect_in_gui_thread
from soest_desk.ui.main_window import MainWindow, tab_loaded


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_in_gui_thread(qapp) -> Iterator[None]:
    """As the application does: no cycle collection on a worker thread, where it could
    delete a widget a test made without a parent (a segfault in QObject::~QObject)."""
    timer = collect_in_gui_thread(qapp)
    yield
    timer.stop()
    gc.enable()


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
    """Open (and register) a main window; waits until its current tab (the Übersicht on a
    first start) is loaded."""

    def open_(database: Database, actor: Actor = SYSTEM_ACTOR,
              settings: QSettings | None = None) -> MainWindow:
        window = MainWindow(database, actor, settings or ui_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: tab_loaded(window.current_tab()))
        return window

    return open_


@pytest.fixture
def switch_tab(qtbot) -> Callable[[MainWindow, str], QWidget]:
    """Make a named tab ("overview", a list's name) current and wait until it is loaded."""

    def show(window: MainWindow, name: str) -> QWidget:
        tab = window.named_tabs()[name]
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab_loaded(tab))
        return tab

    return show


