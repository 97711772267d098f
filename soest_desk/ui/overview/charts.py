"""The Übersicht's two charts (Qt Charts): occupancy by facility and moves into own tenancy.

Calm colours as elsewhere: occupied places in the lists' blue-grey, free places a pale green,
blocked places grey; nothing red unless something is wrong. No animation: the tab is for a
quick look. A bar set's click says which bar (`barClicked(index)` of the chart view, the
index into the facilities or months as given).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from soest_desk.services.overview import FacilityOccupancy, MonthMoves
from soest_desk.ui.formatting import format_number

OCCUPIED = QColor("#7d93ad")  # readiness_delegate's neutral blue-grey
FREE = QColor("#bcd9b8")  # a pale green: room to allocate
BLOCKED = QColor("#c9c9c9")  # grey: out of use for now
MOVES = QColor("#3f8f4e")  # readiness_delegate's green: a resident made it into a flat
AXIS_TEXT = QColor("#3c4654")
GRID = QColor(0, 0, 0, 30)
MONTHS = (
    "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Overview", text)


def month_label(month: date) -> str:
    """"Mär": twelve bars leave no room for the year, which the chart's title names."""
    return _tr(MONTHS[month.month - 1])


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setLabelColor(AXIS_TEXT)
    return chart


def _value_axis(maximum: float, title: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(1.0, float(maximum)))
    axis.applyNiceNumbers()
    axis.setLabelsColor(AXIS_TEXT)
    axis.setGridLineColor(GRID)
    axis.setTitleText(title)
    font = QFont(axis.titleFont())
    font.setBold(False)
    axis.setTitleFont(font)
    return axis


def _bar_set(label: str, colour: QColor, values: Sequence[float]) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.setColor(colour)
    bar_set.setBorderColor(colour.darker(115))
    bar_set.append([float(v) for v in values])
    return bar_set


class _ChartView(QChartView):
    barClicked = Signal(int)

    def __init__(self, parent: QWidget | None, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.bar_sets: list[QBarSet] = []

    def _connect(self, bar_set: QBarSet) -> None:
        bar_set.clicked.connect(self.barClicked.emit)
        self.bar_sets.append(bar_set)


class OccupancyChart(_ChartView):
    """Occupied, free and blocked places per facility, stacked; the first facility on top.

    `categories()` are the facility names top-down; `barClicked(i)` is the i-th facility
    as given to `set_facilities` (also top-down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "overviewOccupancyChart")
        self._facilities: tuple[FacilityOccupancy, ...] = ()

    def set_facilities(self, facilities: Sequence[FacilityOccupancy]) -> None:
        self._facilities = tuple(facilities)
        self.bar_sets = []
        shown = list(reversed(self._facilities))  # a horizontal chart fills from the bottom
        chart = _chart()
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.6)
        for label, colour, values in (
            (_tr("Belegt"), OCCUPIED, [f.occupied for f in shown]),
            (_tr("Frei"), FREE, [max(0, f.free) for f in shown]),
            (_tr("Gesperrt"), BLOCKED, [f.blocked for f in shown]),
        ):
            bar_set = _bar_set(label, colour, values)
            bar_set.hovered.connect(self._show_tip)
            series.append(bar_set)
            self._connect(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f.name for f in shown])
        categories.setLabelsColor(AXIS_TEXT)
        categories.setGridLineVisible(False)
        widest = max((max(f.places, f.occupied + f.blocked) for f in shown), default=0)
        values = _value_axis(widest, _tr("Plätze"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setMinimumHeight(max(180, 34 * len(shown) + 90))

    def categories(self) -> list[str]:
        """The facility names top-down, as the reader sees them."""
        return [f.name for f in self._facilities]

    def facility_at(self, index: int) -> FacilityOccupancy:
        """The facility of a bar set's index (the bars are stored bottom-up)."""
        return self._facilities[len(self._facilities) - 1 - index]

    def _show_tip(self, status: bool, index: int) -> None:
        if not status:
            QToolTip.hideText()
            return
        facility = self.facility_at(index)
        rate = ("–" if facility.rate is None
                else f"{format_number(round(facility.rate))} %")
        QToolTip.showText(self.cursor().pos(), _tr(
            "%1: %2 Plätze, %3 belegt, %4 frei, %5 gesperrt – Belegung %6").replace(
            "%1", facility.name).replace("%2", format_number(facility.places)).replace(
            "%3", format_number(facility.occupied)).replace(
            "%4", format_number(facility.free)).replace(
            "%5", format_number(facility.blocked)).replace("%6", rate), self)


class MovesChart(_ChartView):
    """Moves into own tenancy per month, oldest month on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "overviewMovesChart")
        self._months: tuple[MonthMoves, ...] = ()

    def set_months(self, months: Sequence[MonthMoves]) -> None:
        self._months = tuple(months)
        self.bar_sets = []
        chart = _chart()
        chart.legend().setVisible(False)
        series = QBarSeries()
        series.setBarWidth(0.65)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bar_set = _bar_set(_tr("Auszüge in eigene Wohnung"), MOVES,
                           [m.people for m in self._months])
        bar_set.setLabelColor(AXIS_TEXT)
        series.append(bar_set)
        self._connect(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([month_label(m.month) for m in self._months])
        categories.setLabelsColor(AXIS_TEXT)
        small = QFont(categories.labelsFont())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        categories.setLabelsFont(small)
        categories.setGridLineVisible(False)
        values = _value_axis(max((m.people for m in self._months), default=0), "")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def categories(self) -> list[str]:
        return [month_label(m.month) for m in self._months]


FULL_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)


def month_name(month: date) -> str:
    """"März 2025"."""
    return f"{_tr(FULL_MONTHS[month.month - 1])} {month.year}"
