"""Extras → Einstellungen (see `dialog`): `open_settings_dialog` is what the main window
calls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from soest_desk.db import Database
from soest_desk.services.permissions import Actor
from soest_desk.services.shared_settings import CHILD_AGE_LIMITS
from soest_desk.ui.settings.dialog import SettingsDialog


def open_settings_dialog(parent: QWidget, database: Database, actor: Actor,
                         qsettings: QSettings) -> SettingsDialog:
    """Open the dialog window-modal (it does not block); the Bewohner filter of the window
    takes changed child-age thresholds at once."""
    dialog = SettingsDialog(parent, database, actor, qsettings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window = parent.window() if parent is not None else None
    dialog.sharedSettingsSaved.connect(lambda values: _apply_shared(window, values))
    dialog.open()
    return dialog


def _apply_shared(window: QWidget | None, values: dict[str, Any]) -> None:
    from soest_desk.ui.tabs.person_filters import PersonFilterBar

    limits = values.get(CHILD_AGE_LIMITS)
    if window is None or limits is None:
        return
    for bar in window.findChildren(PersonFilterBar):
        bar.set_age_limits(limits)
