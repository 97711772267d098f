"""Nachbarschaft: the neighbourhood register in the period, and reports per 100 residents
per month by facility.

Sheets:
- "Meldungen": every report dated in the period (`neighbourhood.list_reports`, oldest
  first): date, facility, kind, channel, category, text, follow-up, Wiedervorlage, resolved
  on. Text and follow-up are typed by users and may name people, so the cover carries the
  data-protection note; the writer stores them as text that never becomes a formula.
- "Je 100 Bewohner": per facility the average residents, reports, complaints, contacts and
  reports (and complaints) per 100 residents per month, with the total of all facilities
  (`kpis.reports_per_100_residents`, whose docstring defines the figure; the total is
  recomputed, not summed).

Needs "Nachbarschaftsmeldungen ansehen" (Heimleitung: her own facilities). No Qt."""

from __future__ import annotations

from sqlalchemy.orm import Session

from soest_desk.reports.report_cover import make_cover, own_facilities
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_writer import Column, DataSheet, Kind
from soest_desk.services import kpis, neighbourhood
from soest_desk.services.kpi_neighbourhood import ReportRate
from soest_desk.services.neighbourhood import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    KIND_LABELS,
    ReportRow,
)
from soest_desk.services.permissions import Actor, Permission

TITLE = "Nachbarschaft"
REGISTER_COLUMNS = (
    Column("Datum", Kind.DATE),
    Column("Unterkunft"),
    Column("Art", total="count"),
    Column("Kanal"),
    Column("Kategorie"),
    Column("Meldung", width=50, wrap=True),  # free text: whole on paper, the row grows
    Column("Nachverfolgung", width=36, wrap=True),
    Column("Wiedervorlage am", Kind.DATE),
    Column("Erledigt am", Kind.DATE),
)
RATE_FORMAT = "#,##0.00"
RATE_COLUMNS = (
    Column("Unterkunft"),
    Column("Bewohner*innen (Ø)", Kind.DECIMAL),
    Column("Meldungen", Kind.INT),
    Column("Beschwerden", Kind.INT),
    Column("Kontakte", Kind.INT),
    Column("Meldungen je 100 Bew. und Monat", Kind.DECIMAL, number_format=RATE_FORMAT),
    Column("Beschwerden je 100 Bew. und Monat", Kind.DECIMAL, number_format=RATE_FORMAT),
)
NO_RATE = "–"


def _register_row(report: ReportRow) -> list[object]:
    return [report.reported_on, report.facility_name, KIND_LABELS.get(report.kind, report.kind),
            CHANNEL_LABELS.get(report.channel, report.channel),
            CATEGORY_LABELS.get(report.category, report.category), report.text,
            report.follow_up, report.follow_up_on, report.resolved_on]


def _rate_row(rate: ReportRate, name: str | None = None) -> list[object]:
    def shown(value: float | None) -> object:
        return NO_RATE if value is None else round(value, 4)

    return [name or rate.name, round(rate.residents_avg, 4), rate.reports, rate.complaints,
            rate.contacts, shown(rate.per_100), shown(rate.complaints_per_100)]


def build(session: Session, actor: Actor, params: ReportParams) -> ReportContent:
    figures = kpis.reports_per_100_residents(session, actor, params.start, params.end,
                                             params.facility_ids)
    reports = neighbourhood.list_reports(session, actor, start=params.start, end=params.end,
                                         facility_ids=params.facility_ids)
    reports.reverse()  # oldest first, as a register reads
    rates = [_rate_row(rate) for rate in figures.facilities]
    rates.append(_rate_row(figures.total, "Alle Unterkünfte"))
    limited, own = own_facilities(session, actor, Permission.VIEW_NEIGHBOURHOOD)
    cover = make_cover(
        TITLE, actor, params, personal_data=True, limited=limited, names=own,
        notes=(f"Je 100 Bewohner*innen und Monat: Meldungen ÷ (Bewohner*innen im Mittel "
               f"÷ 100) ÷ Monate; {figures.days} Tage = "
               f"{figures.months:.4f}".replace(".", ",") + " Monate.",
               "„Alle Unterkünfte“: alle Meldungen ÷ Summe der mittleren Bewohner*innen, "
               "kein Mittel der Quoten; „–“: niemand wohnte dort."))
    return ReportContent(cover, [
        DataSheet("Meldungen", REGISTER_COLUMNS, [_register_row(r) for r in reports]),
        DataSheet("Je 100 Bewohner", RATE_COLUMNS, rates),
    ])
