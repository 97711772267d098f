"""Pilotauswertung: pilot facilities against the others, before and after the pilot start
(difference in differences). No Qt; the figures come from `services/kpi_pilot.py`, whose
docstring defines them. The same evaluation is written as a workbook (`build`) and as a PDF
with charts (`write_pdf`, see `pilot_pdf`).

Sheets:

* "Auswertung": one row per figure – the four values, the change in each group, the
  difference in differences, a verdict in words and "wenig Daten" where the data are few.
* "Fallzahlen": the people or tickets behind each of the four values, the events a rate
  counts (moves, reports), and the warning naming the cells that are too small.
* "Unterkünfte": which facility is in which group, with pilot group and start.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from soest_desk.reports.report_cover import make_cover
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_cover import german_date
from soest_desk.reports.xlsx_writer import CancelCheck, Column, Cover, DataSheet, Kind
from soest_desk.services.kpi_pilot import (
    MIN_EVENTS,
    MIN_PEOPLE,
    MIN_TICKETS,
    Cell,
    Figure,
    PilotEvaluation,
    evaluate_pilot,
)
from soest_desk.services.permissions import Actor

TITLE = "Pilotauswertung"
NOT_REACHED = "nicht erreicht"
NO_VALUE = "–"
VALUE_FORMAT = "#,##0.00"

RESULT_COLUMNS = (
    Column("Kennzahl"), Column("Einheit"),
    Column("Pilot vorher", Kind.DECIMAL, number_format=VALUE_FORMAT),
    Column("Pilot nachher", Kind.DECIMAL, number_format=VALUE_FORMAT),
    Column("Veränderung Pilot", Kind.DECIMAL, number_format=VALUE_FORMAT),
    Column("Vergleich vorher", Kind.DECIMAL, number_format=VALUE_FORMAT),
    Column("Vergleich nachher", Kind.DECIMAL, number_format=VALUE_FORMAT),
    Column("Veränderung Vergleich", Kind.DECIMAL, number_format=VALUE_FORMAT),
    Column("Differenz der Differenzen", Kind.DECIMAL, number_format=VALUE_FORMAT),
    Column("Bewertung"),
    Column("Hinweis"),
)
FEW_DATA = "wenig Daten, siehe Fallzahlen"
COUNT_COLUMNS = (
    Column("Kennzahl"), Column("Gezählt"),
    Column("Pilot vorher", Kind.INT), Column("Pilot nachher", Kind.INT),
    Column("Vergleich vorher", Kind.INT), Column("Vergleich nachher", Kind.INT),
    Column("Ereignisse Pilot vorher", Kind.INT), Column("Ereignisse Pilot nachher", Kind.INT),
    Column("Ereignisse Vergleich vorher", Kind.INT),
    Column("Ereignisse Vergleich nachher", Kind.INT),
    Column("Hinweis", width=50, wrap=True),
)
FACILITY_COLUMNS = (Column("Unterkunft"), Column("Gruppe"), Column("Pilotgruppe"),
                    Column("Pilotstart", Kind.DATE))


def cell_value(figure: Figure, cell: Cell) -> object:
    """The value as the sheet shows it: a number, "nicht erreicht" for a median that fewer
    than half reached, or "–" where nothing was there to count."""
    if cell.value is not None:
        return cell.value
    return NOT_REACHED if figure.key == "stay" and cell.n else NO_VALUE


def _or_dash(value: float | None) -> object:
    return NO_VALUE if value is None else value


def result_rows(evaluation: PilotEvaluation) -> list[list[object]]:
    return [[f.label, f.unit, *(cell_value(f, c) for _, _, c in f.cells[:2]),
             _or_dash(f.change_pilot), *(cell_value(f, c) for _, _, c in f.cells[2:]),
             _or_dash(f.change_other), _or_dash(f.did), f.verdict,
             FEW_DATA if f.warning else ""]
            for f in evaluation.figures]


def count_rows(evaluation: PilotEvaluation) -> list[list[object]]:
    return [[f.label, f.basis, *(c.n for _, _, c in f.cells),
             *(NO_VALUE if c.events is None else c.events for _, _, c in f.cells),
             f.warning or ""]
            for f in evaluation.figures]


def facility_rows(evaluation: PilotEvaluation) -> list[list[object]]:
    return ([[p.name, "Pilot", p.group, p.start] for p in evaluation.pilots]
            + [[o.name, "Vergleich", "", None] for o in evaluation.others])


def method_notes(evaluation: PilotEvaluation) -> list[str]:
    """The cover's and the PDF's explanation, in the order a reader needs it."""
    before, after = evaluation.before, evaluation.after
    return [
        f"Pilotstart: {german_date(evaluation.pilot_start)}. Vorher: "
        f"{german_date(before[0])} – {german_date(before[1])}; nachher: "
        f"{german_date(after[0])} – {german_date(after[1])} (höchstens bis heute).",
        f"Pilot: {len(evaluation.pilots)} Unterkünfte mit Pilotgruppe und Pilotstart; "
        f"Vergleich: die {len(evaluation.others)} übrigen Unterkünfte.",
        "Veränderung = nachher − vorher; Differenz der Differenzen = Veränderung Pilot − "
        "Veränderung Vergleich: der Teil der Veränderung, den die anderen Unterkünfte nicht "
        "auch hatten. Bei Anteilen in Prozentpunkten.",
        "Verweildauer, Durchlaufzeit, Kosten und Nachbarschaftsmeldungen: weniger ist "
        "besser; Auszüge in eigene Wohnung und Anteil fristgerecht: mehr ist besser.",
        "Verweildauer: Median nach Kaplan–Meier; wer vor dem Zeitraum eingezogen ist, zählt "
        "erst ab seinem ersten Tag, damit „nachher“ nicht von den Jahren davor bestimmt wird. "
        "Durchlaufzeit: nur die bis zum Ende des jeweiligen Zeitraums abgeschlossenen "
        "Meldungen – für Pilot und Vergleich gleich.",
        f"Wenig Daten: unter {MIN_PEOPLE} Personen oder {MIN_TICKETS} Tickets in einem Feld "
        f"oder unter {MIN_EVENTS} gezählten Ereignissen bei einer Rate. Die Auswertung ist "
        "beschreibend, ohne Signifikanztest.",
        *evaluation.notes,
    ]


def evaluation_for(session: Session, actor: Actor, params: ReportParams) -> PilotEvaluation:
    return evaluate_pilot(session, actor, params.start, params.end, params.facility_ids,
                          now=params.now)


def cover_for(evaluation: PilotEvaluation, actor: Actor, params: ReportParams) -> Cover:
    warnings = [f"Achtung – {w}" for w in evaluation.warnings]
    return make_cover(TITLE, actor, params, personal_data=False,
                      notes=[*method_notes(evaluation), *warnings])


def build(session: Session, actor: Actor, params: ReportParams) -> ReportContent:
    """The Pilotauswertung workbook for `params` (see the module docstring)."""
    evaluation = evaluation_for(session, actor, params)
    sheets = [
        DataSheet("Auswertung", list(RESULT_COLUMNS), result_rows(evaluation)),
        DataSheet("Fallzahlen", list(COUNT_COLUMNS), count_rows(evaluation)),
        DataSheet("Unterkünfte", list(FACILITY_COLUMNS), facility_rows(evaluation)),
    ]
    return ReportContent(cover_for(evaluation, actor, params), sheets)


def write_pdf(session: Session, actor: Actor, params: ReportParams, path: Path, *,
              cancelled: CancelCheck | None = None) -> int:
    """The same evaluation as a PDF with one chart per figure; returns the figures written."""
    from soest_desk.reports.pilot_pdf import write_evaluation_pdf

    evaluation = evaluation_for(session, actor, params)
    return write_evaluation_pdf(evaluation, cover_for(evaluation, actor, params), path,
                                cancelled=cancelled)
