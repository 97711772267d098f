"""Fallstatistik: case figures by facility and by social worker, and the caseload against
the target ratio. Figures only — no note text, goals, evidence or follow-up subjects, and no
resident's name (staff names only).

Sheets:
- "Je Unterkunft" and "Je Sozialarbeit": open cases on the period's last day, their people,
  readiness groups (unter 50 %, 50–99 %, bereit), overdue follow-ups; cases opened and closed
  in the period, the closed ones by outcome (`services.case_statistics` defines each).
- "Betreuungsschlüssel": per social worker their open cases, people, the target and the
  load against it (`kpis.caseload_and_readiness`, on the last day), and "Kennzahlen" with the
  target ratio, residents, social workers, the actual ratio and unassigned cases.

Needs "Fälle ansehen" (`PermissionDenied` otherwise). No Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from soest_desk.models.enums import CaseOutcome
from soest_desk.reports.report_cover import make_cover, own_facilities
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_writer import Column, DataSheet, Kind
from soest_desk.services import kpis
from soest_desk.services.case_statistics import (
    HALF,
    READY,
    UNDER_50,
    CaseFacts,
    CaseStatistics,
    case_statistics,
)
from soest_desk.services.cases import OUTCOME_LABELS
from soest_desk.services.permissions import Actor, Permission

TITLE = "Fallstatistik"
NO_FACILITY = "ohne Unterkunft"
NO_WORKER = "nicht zugeordnet"
OUTCOMES = tuple(outcome.value for outcome in CaseOutcome)


def _figure_columns(first: str) -> list[Column]:
    return [
        Column(first),
        Column("Offene Fälle", Kind.INT, total="sum"),
        Column("Personen", Kind.INT, total="sum"),
        Column("unter 50 %", Kind.INT, total="sum"),
        Column("50–99 %", Kind.INT, total="sum"),
        Column("bereit", Kind.INT, total="sum"),
        Column("Wiedervorlagen überfällig", Kind.INT, total="sum"),
        Column("Eröffnet", Kind.INT, total="sum"),
        Column("Abgeschlossen", Kind.INT, total="sum"),
        *(Column(f"davon {OUTCOME_LABELS[o]}", Kind.INT, total="sum") for o in OUTCOMES),
    ]


CASELOAD_COLUMNS = (
    Column("Sozialarbeiter*in"),
    Column("Offene Fälle", Kind.INT, total="sum"),
    Column("Personen", Kind.INT, total="sum"),
    Column("Wiedervorlagen überfällig", Kind.INT, total="sum"),
    Column("Soll (Personen je Fachkraft)", Kind.INT),
    Column("Auslastung", Kind.PERCENT),
)
KEY_FIGURE_COLUMNS = (Column("Kennzahl"), Column("Wert", Kind.DECIMAL))


def _figures(stats: CaseStatistics, key: Callable[[CaseFacts], tuple[str, int]]
             ) -> list[list[object]]:
    """One row per group (`key` gives its sort name and id), in name order."""
    groups: dict[tuple[str, int], list[int]] = {}
    width = 8 + len(OUTCOMES)

    def row(facts: CaseFacts) -> list[int]:
        return groups.setdefault(key(facts), [0] * width)

    for facts in stats.open_cases:
        counts = row(facts)
        counts[0] += 1
        counts[1] += facts.people
        counts[{UNDER_50: 2, HALF: 3, READY: 4}[facts.readiness or UNDER_50]] += 1
        counts[5] += facts.overdue
    for facts in stats.opened:
        row(facts)[6] += 1
    for facts in stats.closed:
        counts = row(facts)
        counts[7] += 1
        outcome = facts.outcome if facts.outcome in OUTCOMES else CaseOutcome.OTHER.value
        counts[8 + OUTCOMES.index(outcome)] += 1
    ordered = sorted(groups, key=lambda k: (k[1] < 0, k[0].casefold(), k[1]))
    return [[name, *groups[(name, ident)]] for name, ident in ordered]


def _facility_key(facts: CaseFacts) -> tuple[str, int]:
    if facts.facility_id is None:
        return NO_FACILITY, -1
    return facts.facility or "", facts.facility_id


def _worker_key(facts: CaseFacts) -> tuple[str, int]:
    if facts.social_worker_id is None:
        return NO_WORKER, -1
    return facts.social_worker or "", facts.social_worker_id


def build(session: Session, actor: Actor, params: ReportParams) -> ReportContent:
    stats = case_statistics(session, actor, params.start, params.end, params.facility_ids)
    load = kpis.caseload_and_readiness(session, actor, params.end, params.facility_ids)
    workers: Sequence[list[object]] = [
        [w.name, w.cases, w.people, w.overdue, w.target, w.share if w.target else None]
        for w in sorted(load.workers, key=lambda w: (w.name.casefold(), w.user_id))]
    key_figures: list[list[object]] = [
        ["Soll: Personen je Fachkraft (1:…)", load.target],
        ["Bewohner*innen am Stichtag (alle Unterkünfte)", load.residents],
        ["Sozialarbeiter*innen", len(load.workers)],
        ["Ist: Bewohner*innen je Fachkraft",
         round(load.actual_ratio, 2) if load.actual_ratio is not None else "–"],
        ["Offene Fälle ohne Zuständige*n", load.unassigned_cases],
    ]
    limited, own = own_facilities(session, actor, Permission.VIEW_CASES)
    cover = make_cover(
        TITLE, actor, params, personal_data=True, limited=limited, names=own,  # staff names
        notes=("Offen: am letzten Tag des Zeitraums; Bereitschaft und überfällige "
               "Wiedervorlagen an diesem Tag. Eröffnet/abgeschlossen: im Zeitraum.",
               "Unterkunft eines Falls: wo der Haushalt am maßgeblichen Tag wohnt (bei "
               "mehreren die erste nach Namen), so zählt jeder Fall einmal.",
               "Betreuungsschlüssel: das ganze Amt, Stand letzter Tag des Zeitraums. "
               "Keine Vermerke, Ziele, Nachweise oder Wiedervorlage-Betreffe."))
    return ReportContent(cover, [
        DataSheet("Je Unterkunft", _figure_columns("Unterkunft"),
                  _figures(stats, _facility_key)),
        DataSheet("Je Sozialarbeit", _figure_columns("Sozialarbeiter*in"),
                  _figures(stats, _worker_key)),
        DataSheet("Betreuungsschlüssel", CASELOAD_COLUMNS, workers),
        DataSheet("Kennzahlen", KEY_FIGURE_COLUMNS, key_figures),
    ])
