"""The Bereitschaft cell of the case list: a small bar with the percentage beside it.

The bar fills with the share of the required checklist items met; at 100 % it turns green,
below it stays a calm blue-grey, so the eye finds the ready households without a row full of
alarm colours. The cell's background (alternating rows, selection, an overdue row's red) is
drawn by the style as in every other cell, and the text takes the row's text colour, so it
stays readable in each of them. The value comes from the model's SortRole (an int 0–100, or
"" for none); the text is the model's display text ("88 %").
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from soest_desk.ui.table_models.lazy_table_model import SortRole

BAR_WIDTH = 64
BAR_HEIGHT = 8
GAP = 6
PADDING = 4
READY_FILL = QColor("#3f8f4e")  # green: every required item met
PARTLY_FILL = QColor("#7d93ad")  # neutral blue-grey
TRACK = QColor(0, 0, 0, 28)  # a faint groove, visible on white, grey and tinted rows
TRACK_EDGE = QColor(0, 0, 0, 60)

Index = QModelIndex | QPersistentModelIndex


def percent_of(index: Index) -> int | None:
    value = index.data(SortRole)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return max(0, min(100, value))


def fill_colour(percent: int) -> QColor:
    return READY_FILL if percent >= 100 else PARTLY_FILL


class ReadinessDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        percent = percent_of(index)
        if percent is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""  # the background and focus frame only; bar and text follow
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(PADDING, 0, -PADDING, 0)
        bar = QRect(rect.left(), rect.center().y() - BAR_HEIGHT // 2 + 1,
                    min(BAR_WIDTH, max(rect.width() // 2, 16)), BAR_HEIGHT)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(TRACK_EDGE)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar.adjusted(0, 0, -1, -1), 3, 3)
        filled = round(bar.width() * percent / 100)
        if filled > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill_colour(percent))
            painter.drawRoundedRect(QRect(bar.left(), bar.top(), filled, bar.height()), 3, 3)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(foreground if isinstance(foreground, QColor) and not selected
                       else opt.palette.color(role))
        painter.setFont(opt.font)
        text_rect = QRect(bar.right() + GAP, rect.top(), rect.right() - bar.right() - GAP,
                          rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                    text_rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = PADDING * 2 + BAR_WIDTH + GAP + option.fontMetrics.horizontalAdvance(text)
        return QSize(max(size.width(), width), size.height())
