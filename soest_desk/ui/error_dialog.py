"""A German message box for errors that stop the start, so a user who started Soest Desk
from the start menu (and sees no console) learns what is wrong."""

from __future__ import annotations

import os


def dialogs_possible() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in {"offscreen", "minimal"}:
        return False
    if os.name == "nt":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def show_startup_error(message: str) -> None:
    if not dialogs_possible():
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([])
    box = QMessageBox(QMessageBox.Icon.Critical, "Soest Desk", message)
    box.setObjectName("startupErrorBox")
    box.setWindowTitle(app.translate("StartupError", "Soest Desk – Start nicht möglich"))
    box.exec()
