"""The Übersicht's two charts (Qt Charts): occupancy by facility and moves into own tenancy.

Calm colours as elsewhere: occupied places in the lists' blue-grey, free places a pale green,
blocked places grey; nothing red unless something is wrong. No animation: the tab is for a
quick look. A bar set's click says which bar (`barClicked(index)` of the chart view, the
index into the facilities or months as given).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from soest_desk.services.overview import FacilityOccupancy, MonthMoves
from soest_desk.ui import labels
from soest_desk.ui.formatting import format_number

WRAP_LABELS_AT = 28  # characters of name and rate on one line
OCCUPIED = QColor("#7d93ad")  # readiness_delegate's neutral blue-grey
FREE = QColor("#bcd9b8")  # a pale green: room to allocate
BLOCKED = QColor("#c9c9c9")  # grey: out of use for now
MOVES = QColor("#3f8f4e")  # readiness_delegate's green: a resident made it into a flat
AXIS_TEXT = QColor("#3c4654")
GRID = QColor(0, 0, 0, 30)
MONTHS = (  # short, for the axis of twelve bars
    QT_TRANSLATE_NOOP("Overview", "Jan"),
    QT_TRANSLATE_NOOP("Overview", "Feb"),
    QT_TRANSLATE_NOOP("Overview", "Mär"),
    QT_TRANSLATE_NOOP("Overview", "Apr"),
    QT_TRANSLATE_NOOP("Overview", "Mai"),
    QT_TRANSLATE_NOOP("Overview", "Jun"),
    QT_TRANSLATE_NOOP("Overview", "Jul"),
    QT_TRANSLATE_NOOP("Overview", "Aug"),
    QT_TRANSLATE_NOOP("Overview", "Sep"),
    QT_TRANSLATE_NOOP("Overview", "Okt"),
    QT_TRANSLATE_NOOP("Overview", "Nov"),
    QT_TRANSLATE_NOOP("Overview", "Dez"),
)


def month_label(month: date) -> str:
    """"Mär": twelve bars leave no room for the year, which the chart's title names."""
    return labels.translate("Overview", MONTHS[month.month - 1])


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setLabelColor(AXIS_TEXT)
    chart.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    chart.setLocalizeNumbers(True)  # "1.200", as everywhere in the window
    return chart


def _value_axis(maximum: float, title: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%.0f")  # (with localized numbers "%d" draws no labels at all)
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

    def _show(self, chart: QChart, series: QAbstractBarSeries, categories: QBarCategoryAxis,
              values: QValueAxis, category_side: Qt.AlignmentFlag,
              value_side: Qt.AlignmentFlag) -> None:
        """Put the axes on `chart` and show it instead of the chart before."""
        chart.addAxis(categories, category_side)
        chart.addAxis(values, value_side)
        series.attachAxis(categories)
        series.attachAxis(values)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


def facility_label(facility: FacilityOccupancy) -> str:
    """"Haus am Bach · 67 %": the name and today's rate beside the bar; a long one on two
    lines, right-aligned at the axis (Qt Charts would cut it short on one). The axis draws
    its labels as HTML, so the name is escaped on one line as on two: "Haus <Ost> & Co"
    shows as typed."""
    rate = "" if facility.rate is None else f" · {format_number(round(facility.rate))} %"
    name = facility.name
    spaces = [i for i, char in enumerate(name) if char == " " and 0 < i < len(name) - 1]
    if len(name) + len(rate) <= WRAP_LABELS_AT or not spaces:
        return escape(name + rate, quote=False)
    cut = min(spaces, key=lambda i: abs(i - len(name) // 2))
    first, second = escape(name[:cut], quote=False), escape(name[cut + 1:] + rate, quote=False)
    return f'<div align="right">{first}<br>{second}</div>'


def rich_tip(text: str) -> str:
    """A tooltip that shows `text` as typed: Qt guesses whether a tooltip is HTML, and a
    name like "Haus <Ost>" would pass for a tag; explicit HTML with the text escaped."""
    return f"<qt>{escape(text, quote=False).replace(chr(10), '<br>')}</qt>"


def _unique(labels: list[str]) -> list[str]:
    """Category axes need distinct labels: a repeated one gets invisible spaces."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        seen[label] = seen.get(label, -1) + 1
        result.append(label + "\u200b" * seen[label])
    return result


class OccupancyChart(_ChartView):
    """Occupied, free and blocked places per facility, stacked; the first facility on top.

    `categories()` are the facility names top-down; `barClicked(i)` is the i-th facility
    as given to `set_facilities` (also top-down). Each bar is labelled with its facility's
    name and rate (`facility_label`)."""

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
            (labels.translate("Overview", "Belegt"), OCCUPIED, [f.occupied for f in shown]),
            (labels.translate("Overview", "Frei"), FREE, [max(0, f.free) for f in shown]),
            (labels.translate("Overview", "Gesperrt"), BLOCKED, [f.blocked for f in shown]),
        ):
            bar_set = _bar_set(label, colour, values)
            bar_set.hovered.connect(self._show_tip)
            series.append(bar_set)
            self._connect(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        texts = [facility_label(f) for f in shown]
        categories.append(_unique(texts))
        categories.setLabelsColor(AXIS_TEXT)
        categories.setGridLineVisible(False)
        widest = max((max(f.places, f.occupied + f.blocked) for f in shown), default=0)
        values = _value_axis(widest, labels.translate("Overview", "Plätze"))
        self._show(chart, series, categories, values, Qt.AlignmentFlag.AlignLeft,
                   Qt.AlignmentFlag.AlignBottom)
        row = 48 if any(text.startswith("<div") for text in texts) else 34  # px per bar
        self.setMinimumHeight(max(180, row * len(shown) + 110))

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
        QToolTip.showText(self.cursor().pos(), rich_tip(labels.translate("Overview",
            "%1: %2 Plätze, %3 belegt, %4 frei, %5 gesperrt – Belegung %6").replace(
            "%2", format_number(facility.places)).replace(
            "%3", format_number(facility.occupied)).replace(
            "%4", format_number(facility.free)).replace(
            "%5", format_number(facility.blocked)).replace("%6", rate).replace(
            "%1", facility.name)), self)


class MovesChart(_ChartView):
    """Moves into own tenancy per month, oldest month on the left: the people whose
    residence ended with "eigene Wohnung" in the month. A click opens what lies behind the
    month (`MonthMoves.link`): those people in the Bewohner*innen list, or, for whoever cannot
    see former residents there, the cases closed with "eigene Wohnung" then; the tooltip
    says which (`month_tip`)."""

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
        bar_set = _bar_set(labels.translate("Overview", "Auszüge in eigene Wohnung"), MOVES,
                           [m.people for m in self._months])
        bar_set.setLabelColor(AXIS_TEXT)
        bar_set.hovered.connect(self._show_tip)
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
        self._show(chart, series, categories, values, Qt.AlignmentFlag.AlignBottom,
                   Qt.AlignmentFlag.AlignLeft)

    def categories(self) -> list[str]:
        return [month_label(m.month) for m in self._months]

    def month_at(self, index: int) -> MonthMoves:
        return self._months[index]

    def month_tip(self, index: int) -> str:
        """What the bar counts and what a click on it shows (plain text)."""
        month = self.month_at(index)
        text = labels.translate("Overview", "%1: %2 in eine eigene Wohnung gezogen").replace(
            "%1", labels.month_name(month.month)).replace(
            "%2", labels.translate("Overview", "1 Person") if month.people == 1
            else labels.translate("Overview", "%1 Personen").replace(
                "%1", format_number(month.people)))
        list_name = month.link.list_name if month.link is not None else None
        if list_name == "persons":
            text += "\n" + labels.translate(
                "Overview", "Klicken zeigt diese Personen in der Liste Bewohner*innen.")
        elif list_name == "cases":
            text += "\n" + labels.translate(
                "Overview", "Klicken zeigt die Fälle, die in diesem Monat mit „eigene "
                "Wohnung“ abgeschlossen wurden und die Sie sehen – Haushalte, "
                "nicht Personen, daher eine andere Zahl.")
        return text

    def _show_tip(self, status: bool, index: int) -> None:
        if not status:
            QToolTip.hideText()
            return
        QToolTip.showText(self.cursor().pos(), self.month_tip(index), self)
