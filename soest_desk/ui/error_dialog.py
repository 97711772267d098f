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


def install_error_hook() -> None:
    """Unexpected errors in the window are logged in full and told to the user in German,
    instead of vanishing into a console nobody sees."""
    import logging
    import sys

    from soest_desk.logging_setup import log_file

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        logging.getLogger("soest_desk").error("unexpected error", exc_info=(kind, error, trace))
        if not dialogs_possible():
            sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]
            return
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        title = app.translate("ErrorDialog", "Soest Desk – unerwarteter Fehler") if app else ""
        QMessageBox.critical(
            None, title,
            f"Es ist ein unerwarteter Fehler aufgetreten ({kind.__name__}). Ihre gespeicherten "
            f"Daten sind sicher. Einzelheiten stehen in {log_file()}.",
        )

    sys.excepthook = hook
