"""Fallzahlen und Betreuungsschlüssel: the office's target ratio (Soll, e.g. 1:80) against
the actual one (Ist: everybody living in the facilities today per social worker), and per
social worker the open cases, the people in them, their share of the target (a small bar:
amber over 100 %, red over 120 %) and the overdue follow-ups. Read off the GUI thread.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.follow_ups import Caseload, WorkerLoad
from soest_desk.ui.background import run_in_background
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.formatting import GERMAN, format_number
from soest_desk.ui.places.widgets import make_table
from soest_desk.ui.table_models.lazy_table_model import (
    FULL_TEXT,
    WARNING_GROUND,
    WARNING_TEXT,
)
from soest_desk.ui.tickets.feedback import user_message
from soest_desk.ui.tickets.step_dialog import ERROR_STYLE

AMBER_FROM, RED_FROM = 1.0, 1.2  # share of the target: over these, the bar warns
BAR_FULL = 1.5  # the share that fills the cell (the target sits at two thirds)
BAR_COLOURS = {"ok": QColor("#cfe0f3"), "amber": QColor("#f5dc9f"), "red": QColor("#f1bcb5")}
SHARE_WIDTH = 180
TEXT_COLOURS = {"amber": FULL_TEXT, "red": WARNING_TEXT}
SHARE_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_CASES, COL_PEOPLE, COL_SHARE, COL_OVERDUE = range(5)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def share_level(share: float) -> str:
    if share > RED_FROM:
        return "red"
    if share > AMBER_FROM:
        return "amber"
    return "ok"


def percent(share: float) -> str:
    return f"{format_number(int(share * 100 + 0.5))} %"


def ratio(value: float) -> str:
    """1:95 – a whole number, one decimal where a small office would lose too much."""
    whole = int(value + 0.5)
    if whole >= 10 or abs(value - whole) < 0.05:
        return f"1:{format_number(whole)}"
    return f"1:{GERMAN.toString(value, 'f', 1)}"


class ShareBarDelegate(QStyledItemDelegate):
    """The share of the target as a bar behind the percentage, with a mark at 100 %."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        share = index.data(SHARE_ROLE)
        if isinstance(share, float):
            area = QRectF(option.rect).adjusted(4, 5, -4, -5)
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_COLOURS[share_level(share)])
            painter.drawRect(QRectF(area.left(), area.top(),
                                    area.width() * min(share, BAR_FULL) / BAR_FULL,
                                    area.height()))
            target = area.left() + area.width() / BAR_FULL
            painter.setPen(QPen(QColor("#5a6b80"), 1))
            painter.drawLine(int(target), int(area.top()) - 2, int(target),
                             int(area.bottom()) + 2)
            painter.restore()
        super().paint(painter, option, index)


class CaseloadDialog(QDialog):
    def __init__(self, gateway: CasesGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadDialog")
        self.setWindowTitle(self.tr("Fallzahlen und Betreuungsschlüssel"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 440)
        self._gateway = gateway
        self._request = 0
        self._caseload: Caseload | None = None

        self.summary = QLabel(self.tr("Lädt …"), self, objectName="caseloadSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = make_table(self, "caseloadTable", [
            self.tr("Name"), self.tr("offene Fälle"), self.tr("Personen"),
            self.tr("Anteil am Soll"), self.tr("überfällige Wiedervorlagen")])
        self.table.setItemDelegateForColumn(COL_SHARE, ShareBarDelegate(self.table))
        self.table.setAlternatingRowColors(False)  # the bars read better on one ground
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SHARE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_SHARE, SHARE_WIDTH)
        self.hint = QLabel(self.tr("Anteil am Soll: Personen in den offenen Fällen je "
                                   "Fachkraft gemessen am Betreuungsschlüssel; der Strich "
                                   "markiert 100 %. Gelb über 100 %, rot über 120 %."),
                           self, objectName="caseloadHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel(self, objectName="caseloadError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reload()

    def caseload(self) -> Caseload | None:
        return self._caseload

    def reload(self) -> None:
        self._request += 1
        request, gateway = self._request, self._gateway
        run_in_background(gateway.caseload, partial(self._show, request),
                          partial(self._failed, request), owner=self)

    def _show(self, request: int, caseload: Caseload) -> None:
        if request != self._request:
            return
        self._caseload = caseload
        self.error.setVisible(False)
        self.summary.setText(self._summary(caseload))
        self.table.setRowCount(len(caseload.workers))
        for row, worker in enumerate(caseload.workers):
            self._fill_row(row, worker)

    def _summary(self, caseload: Caseload) -> str:
        target = self.tr("Soll %1").replace("%1", f"1:{format_number(caseload.target)}")
        residents = (self.tr("1 Bewohner*in heute") if caseload.residents == 1 else
                     self.tr("%1 Bewohner*innen heute").replace(
                         "%1", format_number(caseload.residents)))
        if caseload.actual_ratio is None:
            actual = self.tr("Ist: keine aktive Fachkraft der Sozialarbeit")
            detail = residents
        else:
            actual = self.tr("Ist %1").replace("%1", ratio(caseload.actual_ratio))
            workers = (self.tr("1 Fachkraft") if len(caseload.workers) == 1 else
                       self.tr("%1 Fachkräfte").replace("%1", str(len(caseload.workers))))
            level = share_level(caseload.actual_ratio / caseload.target)
            if level != "ok":
                actual = f'<span style="color: {TEXT_COLOURS[level].name()}">{actual}</span>'
            detail = f"{residents}, {workers}"
        unassigned = self.tr("Fälle ohne Zuständige*n: %1").replace(
            "%1", format_number(caseload.unassigned_cases))
        if caseload.unassigned_cases:
            unassigned = f'<span style="color: {FULL_TEXT.name()}">{unassigned}</span>'
        return (f'<span style="font-size: 13pt"><b>{target}</b> &nbsp;·&nbsp; <b>{actual}</b>'
                f"</span><br>{detail}<br>{unassigned}")

    def _fill_row(self, row: int, worker: WorkerLoad) -> None:
        level = share_level(worker.share)
        cells = [(worker.name, None), (format_number(worker.cases), _RIGHT),
                 (format_number(worker.people), _RIGHT), (percent(worker.share), _RIGHT),
                 (format_number(worker.overdue), _RIGHT)]
        for column, (text, alignment) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, worker.user_id)
            if alignment is not None:
                item.setTextAlignment(alignment)
            self.table.setItem(row, column, item)
        share = self.table.item(row, COL_SHARE)
        share.setData(SHARE_ROLE, float(worker.share))
        share.setToolTip(self.tr("%1 Personen bei einem Soll von %2 je Fachkraft").replace(
            "%1", format_number(worker.people)).replace("%2", format_number(worker.target)))
        if level != "ok":
            share.setForeground(TEXT_COLOURS[level])
            font = share.font()
            font.setBold(True)
            share.setFont(font)
        if worker.overdue:
            overdue = self.table.item(row, COL_OVERDUE)
            overdue.setForeground(WARNING_TEXT)
            overdue.setBackground(WARNING_GROUND)

    def _failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self.summary.setText("")
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
