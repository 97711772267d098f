"""Verweildauer: length of stay and moves into own tenancy per facility. No Qt; the figures
come from `kpis.length_of_stay` and `kpis.own_flat_moves` (their docstrings define them).

Sheets:

* "Je Unterkunft": per facility residences, moved out, still present, the Kaplan–Meier median
  and the mean of the moved-out (days), moves into an own flat (people, households) and the
  shares within 6 and 12 months with their cohorts; a totals row adds up the counts.
* "Alle Unterkünfte": the same figures for all facilities together (median and shares are
  computed over all residences, not added up).

A median that is not reached (fewer than half moved out) is shown as "nicht erreicht".
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from soest_desk.reports.report_cover import make_cover
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_cover import german_date
from soest_desk.reports.xlsx_writer import Column, DataSheet, Kind
from soest_desk.services import kpis
from soest_desk.services.clock import office_today
from soest_desk.services.kpi_residents import OwnFlatMoves, StayLength
from soest_desk.services.kpi_stays import report_scope
from soest_desk.services.permissions import Actor

TITLE = "Verweildauer"
NOT_REACHED = "nicht erreicht"
CENSORING_NOTE = (
    "Wer am letzten gezählten Tag noch in der Unterkunft wohnt, geht mit der bisherigen "
    "Wohndauer als „zensiert“ in den Median (Kaplan–Meier) ein, statt weggelassen zu werden; "
    "ist weniger als die Hälfte ausgezogen, ist der Median „nicht erreicht“.")

COLUMNS = (
    Column("Aufenthalte", Kind.INT, total="sum"),
    Column("Ausgezogen", Kind.INT, total="sum"),
    Column("Noch anwesend", Kind.INT, total="sum"),
    Column("Median (Tage, Kaplan–Meier)", Kind.DAYS, number_format="#,##0"),
    Column("Mittelwert Ausgezogene (Tage)", Kind.DAYS),
    Column("Auszug eigene Wohnung (Personen)", Kind.INT, total="sum"),
    Column("Auszug eigene Wohnung (Haushalte)", Kind.INT, total="sum"),
    Column("Kohorte 6 Monate", Kind.INT, total="sum"),
    Column("Davon binnen 6 Monaten", Kind.INT, total="sum"),
    Column("Anteil binnen 6 Monaten", Kind.PERCENT),
    Column("Kohorte 12 Monate", Kind.INT, total="sum"),
    Column("Davon binnen 12 Monaten", Kind.INT, total="sum"),
    Column("Anteil binnen 12 Monaten", Kind.PERCENT),
)


def _figures(length: StayLength, moves: OwnFlatMoves | None) -> list[object]:
    median: object = length.median_days
    if median is None and length.residences:
        median = NOT_REACHED
    row: list[object] = [length.residences, length.moved_out, length.present, median,
                         length.mean_days_moved_out]
    if moves is None:
        return [*row, 0, 0, 0, 0, None, 0, 0, None]
    return [*row, moves.people, moves.households, moves.cohort_6, moves.within_6,
            moves.share_6, moves.cohort_12, moves.within_12, moves.share_12]


def build(session: Session, actor: Actor, params: ReportParams) -> ReportContent:
    """The Verweildauer report for `params` (see the module docstring). The last counted day
    is the earlier of the period's end and the day of `params.now`."""
    today = office_today(params.now) if params.now is not None else None
    lengths = kpis.length_of_stay(session, actor, params.start, params.end,
                                  params.facility_ids, today=today)
    moves = kpis.own_flat_moves(session, actor, params.start, params.end,
                                params.facility_ids, today=today)
    moves_of = {m.facility_id: m for m in moves.facilities}
    rows = [[length.name, *_figures(length, moves_of.get(length.facility_id))]
            for length in lengths.facilities]
    no_totals = [Column(c.header, c.kind, number_format=c.number_format) for c in COLUMNS]
    sheets = [
        DataSheet("Je Unterkunft", [Column("Unterkunft"), *COLUMNS], rows),
        DataSheet("Alle Unterkünfte", [Column("Unterkünfte"), *no_totals],
                  [["Alle", *_figures(lengths.total, moves.total)]]),
    ]
    cover = make_cover(
        TITLE, actor, params, personal_data=False,
        limited=report_scope(actor, None) is not None,
        names=[length.name for length in lengths.facilities],
        notes=(
            CENSORING_NOTE,
            f"Letzter gezählter Tag: {german_date(lengths.last_day)} (Ende des Zeitraums, "
            "höchstens heute); Dauer in Tagen vom Einzug bis zum Auszugstag, Verlegungen ohne "
            "Lücke zählen als ein Aufenthalt.",
            "Anteil binnen 6 (12) Monaten: von den im Zeitraum Eingezogenen, die mindestens 6 "
            "(12) Monate beobachtet werden konnten (Kohorte), der Anteil mit Auszug in eine "
            "eigene Wohnung innerhalb dieser Zeit.",
        ))
    return ReportContent(cover, sheets)
