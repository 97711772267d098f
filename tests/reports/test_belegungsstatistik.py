"""The Belegungsstatistik on the small town of `tests/services/test_kpi_residents.py`, written
to a file and read back with openpyxl, every figure worked out by hand.

Period 15.02.–15.03.2025 (29 days): February slice 15.–28.02. (14 days), March slice
01.–15.03. (15 days).
- Haus am Park: 6 places; Emil lives there throughout (1 occupied); 1 place of P2 blocked from
  01.03. → February 6 / 0 / 1 / 5 free, 1 ÷ 6; March 6 / 1 / 1 / 4, 1 ÷ 5 = 20 %; whole
  period blocked 15 ÷ 29, rate 1 ÷ (6 − 15/29) = 29 ÷ 159.
- Wohnheim Ring: 3 places, Dana throughout (Hugo only from 20.03.) → 3 / 0 / 1 / 2, 1 ÷ 3.
- All: February 9 / 0 / 2 / 7, 2 ÷ 9; March 9 / 1 / 2 / 6, 2 ÷ 8 = 25 %; whole period
  2 ÷ (9 − 15/29) = 58 ÷ 246 = 23,6 %.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from soest_desk.reports import belegungsstatistik
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_writer import write_workbook
from tests.services import test_kpi_residents as town
from tests.services.test_kpi_residents import World

NOW = datetime(2025, 3, 15, 10, 0, tzinfo=UTC)
PERIOD = (date(2025, 2, 15), date(2025, 3, 15))


def written(content: ReportContent, path: Path) -> Any:
    """Write `content` to `path` and read it back (values, not formulas' results)."""
    write_workbook(path, content.cover, content.sheets)
    return load_workbook(path)


def values(ws: Any) -> list[list[Any]]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def cover_lines(ws: Any) -> dict[str, list[str]]:
    """The cover's lines by label (a label's continuation lines are added to it)."""
    lines: dict[str, list[str]] = {}
    label = ""
    for row in ws.iter_rows(min_row=3, max_col=2, values_only=True):
        if row[0]:
            label = row[0]
        if row[1] is not None:
            lines.setdefault(label, []).append(row[1])
    return lines


def no_formulas_but_totals(wb: Any) -> None:
    """Every formula in the workbook is a totals row's SUBTOTAL (ours), none came from data."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert "SUBTOTAL(" in str(cell.value), (ws.title, cell.coordinate)


@pytest.fixture
def world(database) -> World:
    """The town of `test_kpi_residents` (its fixture's function, called here)."""
    return town.world.__wrapped__(database)


def _build(database, actor, **changes) -> ReportContent:
    params = ReportParams(*PERIOD, now=NOW, **changes)
    with database.read() as session:
        return belegungsstatistik.build(session, actor, params)


def test_belegungsstatistik_per_month_and_facility(database, world: World, tmp_path):
    manager = world.actors["manager"]
    wb = written(_build(database, manager), tmp_path / "b.xlsx")
    assert wb.sheetnames == ["Deckblatt", "Je Monat", "Alle je Monat", "Je Unterkunft"]

    month = values(wb["Je Monat"])
    assert month[0] == ["Monat", "Von", "Bis", "Tage", "Unterkunft", "Plätze (Ø)",
                        "Gesperrt (Ø)", "Belegt (Ø)", "Frei (Ø)", "Belegungsquote"]
    feb, mar = datetime(2025, 2, 1), datetime(2025, 3, 1)
    assert month[1][:9] == [feb, datetime(2025, 2, 15), datetime(2025, 2, 28), 14,
                            "Haus am Park", 6, 0, 1, 5]
    assert month[1][9] == pytest.approx(1 / 6)
    assert month[2][:9] == [feb, datetime(2025, 2, 15), datetime(2025, 2, 28), 14,
                            "Wohnheim Ring", 3, 0, 1, 2]
    assert month[2][9] == pytest.approx(1 / 3)
    assert month[3][:9] == [mar, mar, datetime(2025, 3, 15), 15, "Haus am Park", 6, 1, 1, 4]
    assert month[3][9] == pytest.approx(0.2)
    assert month[4][4:9] == ["Wohnheim Ring", 3, 0, 1, 2]
    assert len(month) == 5  # no totals row: averages of different months do not add up
    ws = wb["Je Monat"]
    assert ws["A2"].number_format == "MM.YYYY" and ws["J2"].number_format == "0.0 %"
    assert ws.freeze_panes == "A2"

    every = values(wb["Alle je Monat"])
    assert every[1][3:9] == [14, 9, 0, 2, 7, pytest.approx(2 / 9)]
    assert every[2][3:9] == [15, 9, 1, 2, 6, pytest.approx(0.25)]

    whole = values(wb["Je Unterkunft"])
    assert whole[0] == ["Unterkunft", "Plätze (Ø)", "Gesperrt (Ø)", "Belegt (Ø)", "Frei (Ø)",
                        "Belegungsquote"]
    park, ring, totals = whole[1], whole[2], whole[3]
    assert park[:2] == ["Haus am Park", 6]
    assert park[2:5] == [pytest.approx(15 / 29), 1, pytest.approx(5 - 15 / 29)]
    assert park[5] == pytest.approx(29 / 159)
    assert ring == ["Wohnheim Ring", 3, 0, 1, 2, pytest.approx(1 / 3)]
    assert totals[0] == "Gesamt"
    assert totals[1:5] == ["=SUBTOTAL(109,B2:B3)", "=SUBTOTAL(109,C2:C3)",
                           "=SUBTOTAL(109,D2:D3)", "=SUBTOTAL(109,E2:E3)"]
    assert totals[5] is None  # a rate cannot be added up: the cover has the total rate
    assert wb["Je Unterkunft"].tables["T_Je_Unterkunft"].ref == "A1:F4"
    no_formulas_but_totals(wb)

    cover = wb["Deckblatt"]
    assert cover["A1"].value == "Belegungsstatistik"
    lines = cover_lines(cover)
    assert lines["Zeitraum"] == ["15.02.2025 bis 15.03.2025"]
    assert lines["Filter"] == ["Unterkunft: alle Unterkünfte"]
    assert lines["Erstellt von"] == [manager.display_name]
    assert lines["Erstellt am"] == ["15.03.2025, 11:00 Uhr"]
    assert "Belegungsquote aller Unterkünfte im Zeitraum: 23,6 %." in lines["Hinweise"]
    assert lines["Datenschutz"][0].startswith("Diese Datei enthält nur zusammengefasste")


def test_belegungsstatistik_filtered_and_scoped(database, world: World, tmp_path):
    ring = world.facilities["ring"]
    wb = written(_build(database, world.actors["manager"], facility_ids=(ring,)),
                 tmp_path / "ring.xlsx")
    assert [row[0] for row in values(wb["Je Unterkunft"])[1:]] == ["Wohnheim Ring", "Gesamt"]
    assert cover_lines(wb["Deckblatt"])["Filter"] == ["Unterkunft: Wohnheim Ring"]
    # names given by the caller win
    wb = written(_build(database, world.actors["manager"], facility_ids=(ring,),
                        facility_names=("Ring (R)",)), tmp_path / "named.xlsx")
    assert cover_lines(wb["Deckblatt"])["Filter"] == ["Unterkunft: Ring (R)"]
    # the Heimleitung of the park sees only the park, and the cover says so
    wb = written(_build(database, world.actors["site"]), tmp_path / "site.xlsx")
    assert [row[4] for row in values(wb["Je Monat"])[1:]] == ["Haus am Park"] * 2
    assert cover_lines(wb["Deckblatt"])["Filter"] == [
        "Unterkunft: alle Unterkünfte im eigenen Zuständigkeitsbereich: Haus am Park"]


def test_months_are_cut_to_the_period():
    assert list(belegungsstatistik.months(date(2024, 12, 30), date(2025, 2, 1))) == [
        (date(2024, 12, 30), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 1, 31)),
        (date(2025, 2, 1), date(2025, 2, 1))]
    assert list(belegungsstatistik.months(date(2025, 3, 5), date(2025, 3, 5))) == [
        (date(2025, 3, 5), date(2025, 3, 5))]
