"""The calm page a list tab shows instead of its table: empty, no hits, locked, or an error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MESSAGE_WIDTH = 640


class MessagePage(QWidget):
    """A title, an explanation and (for errors) a retry button, centred in a narrow column.

    Object names: `<name>MessageTitle`, `<name>MessageText`, `<name>Retry`."""

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{list_name}Message")
        # a column of limited width: word-wrapped labels need a real width to wrap in
        column = QWidget(self)
        column.setMaximumWidth(MESSAGE_WIDTH)
        self.title = QLabel(column, objectName=f"{list_name}MessageTitle")
        self.text = QLabel(column, objectName=f"{list_name}MessageText")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Erneut versuchen"), column,
                                 objectName=f"{list_name}Retry")
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_message(self, title: str, text: str = "", *, retry: bool = False) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.retry.setVisible(retry)
