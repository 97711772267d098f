"""Mängelbericht: every ticket reported in the period, and the ticket KPIs by facility and by
category (Gewerk). No Qt. The KPIs in `services.kpis` define every figure: the tickets and
their history are read once as a cohort (`kpi_tickets.ticket_cohort`), which gives the
turnaround, deadline share and rework rate exactly as those KPI functions do and the facts of
the ticket rows (`services.ticket_report_rows`, streamed page by page); the cost comes from
`kpis.maintenance_cost`.

Sheets:

* "Meldungen": one row per ticket (number, facility, unit, category, priority, state, title,
  reported, closed, days to close, within deadline, rework, cost); the rows are a generator
  with `row_count`, so a large report is streamed in write-only mode.
* "Je Unterkunft" / "Je Gewerk": tickets (closed, open, cancelled), median days and working
  days to close, within deadline of the decided ones, rework of the closed ones, and the
  maintenance cost booked in the period (total and per place and month).
* "Gesamt": the same figures for all tickets together (medians and shares are not added up).

Figures are as of the cut-off (the earlier of `params.now` and the end of the period), so the
ticket rows and the aggregates agree. The titles are free text typed by staff: they are written
as text that can never become a formula.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from sqlalchemy.orm import Session

from soest_desk.models.enums import TicketPriority
from soest_desk.reports.report_cover import make_cover
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_writer import Column, DataSheet, Kind
from soest_desk.services import kpis
from soest_desk.services.kpi_costs import CostFigures
from soest_desk.services.kpi_tickets import (
    DeadlineShare,
    ReworkRate,
    Turnaround,
    ticket_cohort,
)
from soest_desk.services.permissions import Actor, Permission
from soest_desk.services.ticket_report_rows import TicketReportRow, cohort_rows, facility_names
from soest_desk.services.ticket_views import CATEGORY_LABELS
from soest_desk.services.ticket_workflow import STATE_LABELS
from soest_desk.services.tickets import PRIORITY_LABELS

TITLE = "Mängelbericht"
SHORT_MOMENT = "DD.MM.YY HH:MM"  # the per-ticket sheet must fit a landscape page
YES, NO = "ja", "nein"

TICKET_COLUMNS = (
    Column("Nr.", Kind.INT, number_format="0"),
    Column("Unterkunft", width=36),
    Column("Wohneinheit"),
    Column("Gewerk"),
    Column("Priorität"),
    Column("Status"),
    Column("Titel", width=34),
    Column("Gemeldet am", Kind.DATETIME, width=15, number_format=SHORT_MOMENT),
    Column("Abgenommen am", Kind.DATETIME, width=15, number_format=SHORT_MOMENT),
    Column("Tage bis Abschluss", Kind.DAYS, total="average"),
    Column("Fristgerecht"),
    Column("Nacharbeit"),
    Column("Kosten", Kind.MONEY, total="sum"),
)
FIGURE_COLUMNS = (
    Column("Meldungen", Kind.INT, total="sum"),
    Column("Abgenommen", Kind.INT, total="sum"),
    Column("Offen", Kind.INT, total="sum"),
    Column("Storniert", Kind.INT, total="sum"),
    Column("Median Tage bis Abschluss", Kind.DAYS),
    Column("Median Arbeitstage", Kind.DAYS),
    Column("Fristgerecht", Kind.INT, total="sum"),
    Column("Frist entschieden", Kind.INT, total="sum"),
    Column("Anteil fristgerecht", Kind.PERCENT),
    Column("Nacharbeit", Kind.INT, total="sum"),
    Column("Nacharbeitsquote", Kind.PERCENT),
    Column("Kosten im Zeitraum", Kind.MONEY, total="sum"),
    Column("Kosten je Platz und Monat", Kind.MONEY),
)


def _priority(code: str) -> str:
    """"Sofort" without "(Verkehrssicherheit)": the sheet must fit the page; the cover says
    what it means."""
    return "Sofort" if code == TicketPriority.IMMEDIATE.value else _label(PRIORITY_LABELS, code)


def _label(labels: Mapping[object, str], code: str) -> str:
    return labels.get(code, code)


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else YES if value else NO


def ticket_cells(row: TicketReportRow) -> list[object]:
    """One row of the sheet "Meldungen"."""
    return [row.id, row.facility, row.unit, _label(CATEGORY_LABELS, row.category),
            _priority(row.priority), _label(STATE_LABELS, row.state), row.title,
            row.reported_at, row.closed_at, row.days_to_close, _yes_no(row.within_deadline),
            YES if row.rework else NO, row.cost_eur]


def _figures(turnaround: Turnaround | None, deadline: DeadlineShare | None,
             rework: ReworkRate | None, cost: CostFigures | None) -> list[object]:
    row: list[object] = []
    if turnaround is None:
        row += [0, 0, 0, 0, None, None]
    else:
        row += [turnaround.closed + turnaround.open + turnaround.cancelled, turnaround.closed,
                turnaround.open, turnaround.cancelled, turnaround.median,
                turnaround.median_working_days]
    if deadline is None:
        row += [0, 0, None]
    else:
        rate = deadline.share
        row += [deadline.within, deadline.decided, None if rate is None else float(rate)]
    if rework is None:
        row += [0, None]
    else:
        rate = rework.rate
        row += [rework.reworked, None if rate is None else float(rate)]
    if cost is None:
        row += [Decimal("0.00"), None]
    else:
        row += [cost.total_eur, cost.per_place_month_eur]
    return row


def build(session: Session, actor: Actor, params: ReportParams) -> ReportContent:
    """The Mängelbericht for `params` (see the module docstring). Permission and period are
    checked at once; the ticket rows are read while the workbook is written, so the session
    must stay open until `write_workbook` returns."""
    start, end, ids, now = params.start, params.end, params.facility_ids, params.now
    # the tickets and their history are read once, for the figures and for the rows
    cohort = ticket_cohort(session, actor, start, end, ids, now=now, state_times=False)
    turnaround, deadline, rework = (cohort.turnaround(), cohort.deadline_share(),
                                    cohort.rework_rate())
    tickets = cohort_rows(session, cohort)
    cost = kpis.maintenance_cost(session, actor, start, end, ids)

    facility_ids = set(turnaround.by_facility) | set(cost.by_facility)
    names = facility_names(session, facility_ids | set(ids or ()))
    by_facility = [
        [names.get(fid, str(fid)),
         *_figures(turnaround.by_facility.get(fid), deadline.by_facility.get(fid),
                   rework.by_facility.get(fid), cost.by_facility.get(fid))]
        for fid in sorted(facility_ids, key=lambda f: (names.get(f, ""), f))]
    categories = set(turnaround.by_category) | set(cost.by_category)
    by_category = [
        [_label(CATEGORY_LABELS, code),
         *_figures(turnaround.by_category.get(code), deadline.by_category.get(code),
                   rework.by_category.get(code), cost.by_category.get(code))]
        for code in sorted(categories, key=lambda c: _label(CATEGORY_LABELS, c))]
    no_totals = [Column(c.header, c.kind) for c in FIGURE_COLUMNS]

    def rows() -> Iterator[list[object]]:
        for row in tickets.rows:
            yield ticket_cells(row)

    sheets = [
        DataSheet("Meldungen", TICKET_COLUMNS, rows(), row_count=tickets.count),
        DataSheet("Je Unterkunft", [Column("Unterkunft"), *FIGURE_COLUMNS], by_facility),
        DataSheet("Je Gewerk", [Column("Gewerk"), *FIGURE_COLUMNS], by_category),
        DataSheet("Gesamt", [Column("Meldungen aus"), *no_totals],
                  [["allen Unterkünften" if ids is None else "den gewählten Unterkünften",
                    *_figures(turnaround.total, deadline.total, rework.total, cost.total)]]),
    ]
    if ids is not None:
        shown = [names[f] for f in sorted(set(ids), key=lambda f: (names.get(f, ""), f))
                 if f in names]
    else:
        shown = [row[0] for row in by_facility]
    cover = make_cover(
        TITLE, actor, params, personal_data=False,
        limited=actor.facility_scope(Permission.VIEW_TICKETS) is not None,
        names=[str(name) for name in shown],
        notes=(
            "Meldungen: alle im Zeitraum gemeldeten; Stand ist das Ende des Zeitraums "
            "(höchstens der Zeitpunkt der Erstellung), spätere Schritte zählen nicht.",
            "Tage bis Abschluss: von der Meldung bis zur Abnahme; offene Meldungen gehen nicht "
            "in den Median ein, stornierte werden nur gezählt.",
            "Fristgerecht: abgenommen bis zur Frist; offene, deren Frist abgelaufen ist, zählen "
            "als nicht fristgerecht; Nacharbeit: bei der Abnahme mindestens einmal abgelehnt.",
            "Kosten je Meldung: alle bis zum Ende des Zeitraums gebuchten Beträge; Kosten je "
            "Unterkunft und Gewerk: die im Zeitraum gebuchten, auch für ältere Meldungen.",
            "Priorität „Sofort“: eine Gefahr für die Verkehrssicherheit. Zeiten in Soester "
            "Ortszeit; Titel und lange Namen sind im Druck gekürzt, in der Tabelle vollständig.",
            "Die Titel der Meldungen sind Freitext der Mitarbeitenden; Namen von Bewohnerinnen "
            "und Bewohnern gehören nicht hinein.",
        ))
    return ReportContent(cover, sheets)

