"""A figure tile of the Übersicht: a big number over a short caption, clickable as a whole.

A tile is a flat push button (keyboard and screen readers know how to use one) holding two
labels that let the clicks through. `warn` tints it in the lists' calm warning colours
(`lazy_table_model.WARNING_TEXT` / `WARNING_GROUND`), only while its number is not zero."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from soest_desk.ui.formatting import format_number

CALM = "QPushButton#%s { background: #f4f6f9; border: 1px solid #d5dbe3; border-radius: 6px; }" \
       " QPushButton#%s:hover { background: #e9eef5; border-color: #7d93ad; }"
WARN = "QPushButton#%s { background: #fbeaea; border: 1px solid #e3b7b7; border-radius: 6px; }" \
       " QPushButton#%s:hover { background: #f7dede; border-color: #9b1c1c; }"
NUMBER_CALM, NUMBER_WARN = "#2b3645", "#9b1c1c"


class Tile(QPushButton):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.number = QLabel(self, objectName=f"{object_name}Number")
        self.caption = QLabel(self, objectName=f"{object_name}Caption")
        self.detail = QLabel(self, objectName=f"{object_name}Detail")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.number.setFont(font)
        for label in (self.number, self.caption, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setWordWrap(True)
        self.detail.setStyleSheet("color: #5a6b80;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.setMinimumHeight(96)
        self.set_figure(0, "", warn=False)

    def set_figure(self, value: int, caption: str, detail: str = "", *,
                   warn: bool = False) -> None:
        name = self.objectName()
        alarm = warn and value > 0
        self.setStyleSheet((WARN if alarm else CALM) % (name, name))
        self.number.setStyleSheet(f"color: {NUMBER_WARN if alarm else NUMBER_CALM};")
        self.number.setText(format_number(value))
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{caption}: {format_number(value)}")

    def value_text(self) -> str:
        return self.number.text()

    def sizeHint(self) -> QSize:  # the labels decide, not the (empty) button text
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()
