"""Belegungsstatistik: occupancy per facility and per calendar month, and per facility over the
whole period. No Qt; every figure comes from `kpis.occupancy_over`.

Sheets:

* "Je Monat": one row per calendar month (cut to the period at both ends) and facility:
  days, places, blocked, occupied (daily averages), free and rate.
* "Alle je Monat": the same per month for all facilities together (rate of the sums).
* "Je Unterkunft": one row per facility over the whole period, with a totals row (sums of the
  daily averages; the rate of all facilities together is on the cover, as a rate cannot be
  added up).

The rate is `OccupancyKpi.rate` ÷ 100 so Excel shows it as a percentage.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy.orm import Session

from soest_desk.reports.report_cover import make_cover
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_writer import Column, DataSheet, Kind
from soest_desk.services import kpis
from soest_desk.services.kpi_residents import OccupancyKpi
from soest_desk.services.permissions import Actor, Permission

TITLE = "Belegungsstatistik"
MONTH_FORMAT = "MM.YYYY"

FIGURE_COLUMNS = (
    Column("Plätze (Ø)", Kind.DECIMAL, total="sum"),
    Column("Gesperrt (Ø)", Kind.DECIMAL, total="sum"),
    Column("Belegt (Ø)", Kind.DECIMAL, total="sum"),
    Column("Frei (Ø)", Kind.DECIMAL, total="sum"),
    Column("Belegungsquote", Kind.PERCENT),
)


def months(start: date, end: date) -> Iterator[tuple[date, date]]:
    """The calendar months of [start, end] as (first day, last day), cut to the period."""
    first = start
    while first <= end:
        following = (first.replace(day=1) + timedelta(days=32)).replace(day=1)
        last = min(end, following - timedelta(days=1))
        yield first, last
        first = following


def figures(row: OccupancyKpi) -> list[object]:
    rate = row.rate
    return [row.places, row.blocked, row.occupied, row.free,
            None if rate is None else rate / 100]


def german_percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate:.1f} %".replace(".", ",")


def build(session: Session, actor: Actor, params: ReportParams) -> ReportContent:
    """The Belegungsstatistik for `params` (see the module docstring)."""
    whole = kpis.occupancy_over(session, actor, params.start, params.end, params.facility_ids)
    per_facility: list[list[object]] = []
    per_month: list[list[object]] = []
    all_month: list[list[object]] = []
    for row in whole.facilities:
        per_facility.append([row.name, *figures(row)])
    for first, last in months(params.start, params.end):
        month = kpis.occupancy_over(session, actor, first, last, params.facility_ids)
        days = (last - first).days + 1
        for row in month.facilities:
            per_month.append([first.replace(day=1), first, last, days, row.name, *figures(row)])
        all_month.append([first.replace(day=1), first, last, days, *figures(month.total)])
    period_columns = (Column("Monat", Kind.DATE, number_format=MONTH_FORMAT),
                      Column("Von", Kind.DATE), Column("Bis", Kind.DATE),
                      Column("Tage", Kind.INT))
    no_totals = tuple(Column(c.header, c.kind) for c in FIGURE_COLUMNS)
    sheets = [
        DataSheet("Je Monat", [*period_columns, Column("Unterkunft"), *no_totals], per_month),
        DataSheet("Alle je Monat", [*period_columns, *no_totals], all_month),
        DataSheet("Je Unterkunft", [Column("Unterkunft"), *FIGURE_COLUMNS], per_facility),
    ]
    cover = make_cover(
        TITLE, actor, params, personal_data=False,
        limited=actor.facility_scope(Permission.VIEW_FACILITIES) is not None,
        names=[row.name for row in whole.facilities],
        notes=(
            "Plätze, gesperrte und belegte Plätze sind Tagesdurchschnitte über die Tage des "
            "Zeitraums (bzw. des Monats); frei = Plätze − gesperrt − belegt.",
            "Belegungsquote = belegt ÷ (Plätze − gesperrt); geplante Einzüge und Sperrungen "
            "nach heute zählen an ihren Tagen mit.",
            f"Belegungsquote aller Unterkünfte im Zeitraum: {german_percent(whole.total.rate)}.",
        ))
    return ReportContent(cover, sheets)
