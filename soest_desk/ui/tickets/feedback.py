"""What the user is told when something did not work: the German message of a refusal or of
the database, or — for a programming error — a calm sentence (the details go to the log).
Never a traceback. Message boxes open window-modal and do not block the caller."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from soest_desk.db import DatabaseError
from soest_desk.services.errors import DomainError

log = logging.getLogger("soest_desk.ui.tickets")


def user_message(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return exc.message
    if isinstance(exc, DatabaseError):
        return str(exc)
    log.error("unexpected error in the Mängel tab", exc_info=exc)
    return QCoreApplication.translate(
        "Tickets", "Es ist ein unerwarteter Fehler aufgetreten; es wurde nichts geändert. "
                   "Einzelheiten stehen in der Protokolldatei von Soest Desk.")


def show_message(parent: QWidget, title: str, text: str, *,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("ticketMessageBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
