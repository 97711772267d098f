"""Shown when a save met a newer version of the ticket: what the others did meanwhile, what
the user had typed (so nothing is lost), and "Neu laden". Nothing was overwritten.

Object names: `ticketConflictDialog`, `conflictMessage`, `conflictChanges`,
`conflictYourInput`, `conflictReload`, `conflictClose`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.tickets import TicketConflict


class ConflictDialog(QDialog):
    reloadRequested = Signal()

    def __init__(self, conflict: TicketConflict, typed: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketConflictDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Meldung #%1 wurde inzwischen geändert").replace(
            "%1", str(conflict.ticket_id)))
        self.setMinimumWidth(560)
        message = QLabel(conflict.message, self, objectName="conflictMessage")
        message.setWordWrap(True)
        heading = QLabel(self.tr("Inzwischen geändert:"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.changes = QListWidget(self, objectName="conflictChanges")
        self.changes.addItems(conflict.changes or [self.tr(
            "(Die Änderung steht nicht im Verlauf, z. B. eine Korrektur der Daten.)")])
        self.changes.setWordWrap(True)
        self.changes.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(heading)
        layout.addWidget(self.changes, 1)
        self.typed = QPlainTextEdit(typed, self, objectName="conflictYourInput")
        self.typed.setReadOnly(True)
        self.typed.setTabChangesFocus(True)
        self.typed.setMaximumHeight(self.typed.fontMetrics().lineSpacing() * 4 + 14)
        if typed.strip():
            layout.addWidget(QLabel(self.tr("Ihre Eingabe (nicht gespeichert, zum "
                                            "Kopieren):"), self))
            layout.addWidget(self.typed)
        else:
            self.typed.hide()
        buttons = QDialogButtonBox(self)
        reload = buttons.addButton(self.tr("Neu laden"), QDialogButtonBox.ButtonRole.AcceptRole)
        reload.setObjectName("conflictReload")
        reload.setDefault(True)
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("conflictClose")
        buttons.accepted.connect(self._reload)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def change_lines(self) -> list[str]:
        return [self.changes.item(i).text() for i in range(self.changes.count())]

    def _reload(self) -> None:
        self.reloadRequested.emit()
        self.accept()
