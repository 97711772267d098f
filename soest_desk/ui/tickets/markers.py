"""Small painted markers for the tickets list and the detail pane, so that overdue tickets
and safety hazards are recognisable by shape too, not by colour alone: an amber warning
triangle for a hazard (Verkehrssicherheit), a red clock for "überfällig"."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

OVERDUE_TEXT = QColor("#9b1c1c")  # the list's warning red (lazy_table_model.WARNING_TEXT)
HAZARD_FILL = QColor("#e8a317")
HAZARD_GROUND = QColor("#fff4d9")  # a faint amber row: an open, not overdue hazard
EDGE = 32  # painted at 2× and shown at 16 px, crisp on high-DPI screens


def _canvas() -> QPixmap:
    pixmap = QPixmap(EDGE, EDGE)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


@cache
def hazard_icon() -> QIcon:
    pixmap = _canvas()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    triangle = QPolygonF([QPointF(16, 3), QPointF(30, 28), QPointF(2, 28)])
    painter.setPen(QPen(QColor("#8a5a00"), 2))
    painter.setBrush(HAZARD_FILL)
    painter.drawPolygon(triangle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f1f1f"))
    painter.drawRoundedRect(QRectF(14.5, 10, 3, 10), 1.2, 1.2)
    painter.drawEllipse(QRectF(14.5, 22, 3, 3))
    painter.end()
    return QIcon(pixmap)


@cache
def overdue_icon() -> QIcon:
    pixmap = _canvas()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(OVERDUE_TEXT, 3))
    painter.setBrush(QColor("#fbeaea"))
    painter.drawEllipse(QRectF(3, 3, 26, 26))
    hands = QPainterPath(QPointF(16, 8))
    hands.lineTo(16, 16)
    hands.lineTo(22, 20)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(OVERDUE_TEXT, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(hands)
    painter.end()
    return QIcon(pixmap)
