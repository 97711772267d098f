"""The Verweildauer report on the small town of `tests/services/test_kpi_residents.py`, written
to a file and read back with openpyxl; the figures are those worked out there by hand.

Period 01.01.2024–31.03.2025, made on 15.03.2025 (the last counted day):
- all: 6 residences, 4 moved out, 2 present; Kaplan–Meier median 213 days; mean of the moved
  out 182,25; own flat 3 people in 2 households; 6-month cohort 4 with 2 within (50 %),
  12-month cohort 3 with 3 within (100 %).
- Haus am Park: 4 / 3 / 1, median 121, mean 172; own flat 2 people, 1 household; cohorts 2/2
  and 2/2.
- Wohnheim Ring: 2 / 1 / 1, median 213, mean 213; own flat 1/1; cohorts 2/0 and 1/1.
December 2023 alone: only Fred, still present then → median "nicht erreicht".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from soest_desk.reports import verweildauer
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.services.errors import PermissionDenied
from tests.reports.test_belegungsstatistik import (
    cover_lines,
    no_formulas_but_totals,
    values,
    written,
)
from tests.services import test_kpi_residents as town
from tests.services.test_kpi_residents import World

NOW = datetime(2025, 3, 15, 10, 0, tzinfo=UTC)
PERIOD = (date(2024, 1, 1), date(2025, 3, 31))


@pytest.fixture
def world(database) -> World:
    """The town of `test_kpi_residents` (its fixture's function, called here)."""
    return town.world.__wrapped__(database)


def _build(database, actor, start=PERIOD[0], end=PERIOD[1], **changes) -> ReportContent:
    with database.read() as session:
        return verweildauer.build(session, actor, ReportParams(start, end, now=NOW, **changes))


def test_verweildauer_by_facility(database, world: World, tmp_path):
    manager = world.actors["manager"]
    wb = written(_build(database, manager), tmp_path / "v.xlsx")
    assert wb.sheetnames == ["Deckblatt", "Je Unterkunft", "Alle Unterkünfte"]
    rows = values(wb["Je Unterkunft"])
    assert rows[0] == [
        "Unterkunft", "Aufenthalte", "Ausgezogen", "Noch anwesend",
        "Median (Tage, Kaplan–Meier)", "Mittelwert Ausgezogene (Tage)",
        "Auszug eigene Wohnung (Personen)", "Auszug eigene Wohnung (Haushalte)",
        "Kohorte 6 Monate", "Davon binnen 6 Monaten", "Anteil binnen 6 Monaten",
        "Kohorte 12 Monate", "Davon binnen 12 Monaten", "Anteil binnen 12 Monaten"]
    assert rows[1] == ["Haus am Park", 4, 3, 1, 121, 172, 2, 1, 2, 2, 1, 2, 2, 1]
    assert rows[2] == ["Wohnheim Ring", 2, 1, 1, 213, 213, 1, 1, 2, 0, 0, 1, 1, 1]
    assert rows[3][:4] == ["Gesamt", "=SUBTOTAL(109,B2:B3)", "=SUBTOTAL(109,C2:C3)",
                           "=SUBTOTAL(109,D2:D3)"]
    assert rows[3][4:6] == [None, None]  # a median is not added up
    ws = wb["Je Unterkunft"]
    assert ws["E2"].number_format == "#,##0" and ws["F2"].number_format == "#,##0.0"
    assert ws["K2"].number_format == "0.0 %"

    total = values(wb["Alle Unterkünfte"])
    assert total[1] == ["Alle", 6, 4, 2, 213, 182.25, 3, 2, 4, 2, 0.5, 3, 3, 1]
    assert len(total) == 2
    no_formulas_but_totals(wb)

    lines = cover_lines(wb["Deckblatt"])
    assert wb["Deckblatt"]["A1"].value == "Verweildauer"
    assert lines["Zeitraum"] == ["01.01.2024 bis 31.03.2025"]
    assert lines["Filter"] == ["Unterkunft: alle Unterkünfte"]
    assert lines["Erstellt von"] == [manager.display_name]
    # a long note continues on rows of its own (LibreOffice overprints wrapped cells)
    assert " ".join(lines["Hinweise"]).startswith(verweildauer.CENSORING_NOTE)
    assert all(len(line) <= 84 for line in lines["Hinweise"])
    notes = " ".join(lines["Hinweise"])
    assert "zensiert" in notes and "Kaplan–Meier" in notes
    assert "Letzter gezählter Tag: 15.03.2025" in notes
    assert lines["Datenschutz"][0].startswith("Diese Datei enthält nur zusammengefasste")


def test_median_not_reached_and_no_residences(database, world: World, tmp_path):
    wb = written(_build(database, world.actors["manager"], date(2023, 12, 1),
                        date(2023, 12, 31)), tmp_path / "dec.xlsx")
    rows = values(wb["Je Unterkunft"])
    # Fred (Park) is still present at 31.12.2023: censored, no median; the Ring had nobody
    assert rows[1] == ["Haus am Park", 1, 0, 1, "nicht erreicht", None, 0, 0, 0, 0, None, 0,
                       0, None]
    assert rows[2] == ["Wohnheim Ring", 0, 0, 0, None, None, 0, 0, 0, 0, None, 0, 0, None]
    assert values(wb["Alle Unterkünfte"])[1][1:6] == [1, 0, 1, "nicht erreicht", None]


def test_scope_of_a_social_worker_and_permission(database, world: World, tmp_path):
    wb = written(_build(database, world.actors["sw_ring"]), tmp_path / "ring.xlsx")
    assert [row[0] for row in values(wb["Je Unterkunft"])[1:]] == ["Wohnheim Ring", "Gesamt"]
    assert values(wb["Alle Unterkünfte"])[1][1:6] == [2, 1, 1, 213, 213]
    assert cover_lines(wb["Deckblatt"])["Filter"] == [
        "Unterkunft: alle Unterkünfte im eigenen Zuständigkeitsbereich: Wohnheim Ring"]
    wb = written(_build(database, world.actors["manager"],
                        facility_ids=(world.facilities["park"],)), tmp_path / "park.xlsx")
    assert cover_lines(wb["Deckblatt"])["Filter"] == ["Unterkunft: Haus am Park"]
    with pytest.raises(PermissionDenied):
        _build(database, world.actors["service"])
