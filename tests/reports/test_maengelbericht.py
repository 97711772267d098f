"""The Mängelbericht on the ticket history of `tests/services/test_kpi_tickets.py` (November
2026, cut-off Mon 30.11. 10:00 UTC), written to a file and read back with openpyxl.

Tickets reported in November (T6 was reported in October: not listed), times in Soest (UTC+1):
T1 A Heizung normal, 02.11. 09:00 → abgenommen 05.11. 09:00: 3 days, in time, 100,00 €.
T2 A Sanitär dringend, 03.11. 09:00 → 10.11. 10:00: 7 1/24 days, late, 90,00 €.
T3 B Heizung normal, 04.11. 09:00 → 11.11. 09:00: 7 days, in time, rework, 290,50 €.
T4 A Außenanlage sofort, 12.11. 09:00, still "Übernommen", past its deadline: not in time.
T5 B Sonstiges normal, cancelled: no deadline figure.

By facility: A 3 tickets (2 closed, 1 open), median 5 d 30 min (4 working days), 1 of 3
decided in time, 0 of 2 reworked, 190,00 € = 38,00 €/place/month; B 2 (1 closed, 1 cancelled),
median 7 d (5), 1 of 1, 1 of 1, 490,50 € (T6's invoice booked 02.11. included) = 122,63 €.
By category: Außenanlage, Heizung, Sanitär, Sonstiges (sorted by label).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import GeneratorType

import pytest
from openpyxl import load_workbook
from sqlalchemy import event

from soest_desk.reports import maengelbericht
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_writer import write_workbook
from soest_desk.services import ticket_report_rows
from soest_desk.services import tickets as ticket_service
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.tickets import NewTicket
from tests.reports.test_belegungsstatistik import (
    cover_lines,
    no_formulas_but_totals,
    values,
    written,
)
from tests.services import test_kpi_tickets as history
from tests.services.test_kpi_tickets import NOV, NOW, World
from tests.services.ticket_fixtures import make_cast

HOSTILE = ['=HYPERLINK("x")', "@SUM(A1)", "+49 2921 1234", "-5 Grad im Zimmer"]


@pytest.fixture
def world(database) -> World:
    """The tickets of `test_kpi_tickets` (its fixture's function, called here)."""
    return history.world.__wrapped__(database)


def _build(database, actor, start=NOV[0], end=NOV[1], **changes) -> ReportContent:
    with database.read() as session:
        return maengelbericht.build(session, actor, ReportParams(start, end, now=NOW,
                                                                 **changes))


def _write(database, actor, path, **changes):
    """Build and write in one session (the ticket rows are read while writing)."""
    params = ReportParams(*NOV, now=NOW, **changes)
    with database.read() as session:
        content = maengelbericht.build(session, actor, params)
        return written(content, path), content


def local(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, 0)  # as Excel shows it: wall clock in Soest


def test_maengelbericht_per_ticket(database, world: World, tmp_path):
    wb, content = _write(database, world.cast.manager, tmp_path / "m.xlsx")
    tickets_sheet = content.sheets[0]
    assert isinstance(tickets_sheet.rows, GeneratorType)  # streamed, not a list
    assert tickets_sheet.row_count == 5
    assert wb.sheetnames == ["Deckblatt", "Meldungen", "Je Unterkunft", "Je Gewerk", "Gesamt"]
    rows = values(wb["Meldungen"])
    assert rows[0] == ["Nr.", "Unterkunft", "Wohneinheit", "Gewerk", "Priorität", "Status",
                       "Titel", "Gemeldet am", "Abgenommen am", "Tage bis Abschluss",
                       "Fristgerecht", "Nacharbeit", "Kosten"]
    numbers = [row[0] for row in rows[1:6]]
    assert numbers == sorted(numbers)
    body = [row[1:] for row in rows[1:6]]
    assert body[0] == ["Haus am Bach", None, "Heizung", "Normal", "Abgenommen", "Mangel",
                       local(2, 9), local(5, 9), 3, "ja", "nein", 100]
    assert body[1][:9] == ["Haus am Bach", None, "Sanitär", "Dringend", "Abgenommen",
                           "Mangel", local(3, 9), local(10, 10), pytest.approx(7 + 1 / 24)]
    assert body[1][9:] == ["nein", "nein", 90]
    assert body[2] == ["Haus am Berg", None, "Heizung", "Normal", "Abgenommen", "Mangel",
                       local(4, 9), local(11, 9), 7, "ja", "ja", 290.5]
    assert body[3] == ["Haus am Bach", None, "Außenanlage", "Sofort",
                       "Übernommen", "Mangel", local(12, 9), None, None, "nein", "nein", 0]
    assert body[4] == ["Haus am Berg", None, "Sonstiges", "Normal", "Storniert", "Mangel",
                       local(5, 9), None, None, None, "nein", 0]
    assert rows[6][0] == "Gesamt"
    assert rows[6][9] == '=IFERROR(SUBTOTAL(101,J2:J6),"")'
    assert rows[6][12] == "=SUBTOTAL(109,M2:M6)"
    ws = wb["Meldungen"]
    assert ws["M2"].number_format == '#,##0.00 "€"' and ws["H2"].number_format == \
        "DD.MM.YY HH:MM"
    no_formulas_but_totals(wb)

    cover = cover_lines(wb["Deckblatt"])
    assert wb["Deckblatt"]["A1"].value == "Mängelbericht"
    assert cover["Zeitraum"] == ["01.11.2026 bis 30.11.2026"]
    assert cover["Filter"] == ["Unterkunft: alle Unterkünfte"]
    assert cover["Erstellt von"] == [world.cast.manager.display_name]
    assert cover["Erstellt am"] == ["30.11.2026, 11:00 Uhr"]
    assert any("Freitext" in line for line in cover["Hinweise"])
    assert "Blatt „Meldungen“: 5 Zeilen" in cover["Inhalt"]


def test_maengelbericht_by_facility_category_and_total(database, world: World, tmp_path):
    wb, _ = _write(database, world.cast.manager, tmp_path / "m.xlsx")
    by_facility = values(wb["Je Unterkunft"])
    assert by_facility[0] == [
        "Unterkunft", "Meldungen", "Abgenommen", "Offen", "Storniert",
        "Median Tage bis Abschluss", "Median Arbeitstage", "Fristgerecht",
        "Frist entschieden", "Anteil fristgerecht", "Nacharbeit", "Nacharbeitsquote",
        "Kosten im Zeitraum", "Kosten je Platz und Monat"]
    bach, berg, totals = by_facility[1:4]
    assert bach[:5] == ["Haus am Bach", 3, 2, 1, 0]
    assert bach[5] == pytest.approx(5 + 30 / 1440)
    assert bach[6:] == [4, 1, 3, pytest.approx(1 / 3), 0, 0, 190, 38]
    assert berg == ["Haus am Berg", 2, 1, 0, 1, 7, 5, 1, 1, 1, 1, 1, 490.5, 122.63]
    assert totals[:3] == ["Gesamt", "=SUBTOTAL(109,B2:B3)", "=SUBTOTAL(109,C2:C3)"]
    assert totals[5] is None and totals[9] is None and totals[13] is None
    assert totals[12] == "=SUBTOTAL(109,M2:M3)"

    by_category = {row[0]: row[1:] for row in values(wb["Je Gewerk"])[1:5]}
    assert list(by_category) == ["Außenanlage", "Heizung", "Sanitär", "Sonstiges"]
    assert by_category["Außenanlage"] == [1, 0, 1, 0, None, None, 0, 1, 0, 0, None, 0, None]
    assert by_category["Heizung"] == [2, 2, 0, 0, 5, 4, 2, 2, 1, 1, 0.5, 390.5, 43.39]
    assert by_category["Sanitär"] == [1, 1, 0, 0, pytest.approx(7 + 1 / 24), 5, 0, 1, 0, 0,
                                      0, 290, 32.22]
    assert by_category["Sonstiges"] == [1, 0, 0, 1, None, None, 0, 0, None, 0, None, 0, None]

    total = values(wb["Gesamt"])
    assert total[1] == ["allen Unterkünften", 5, 3, 1, 1, 7, 5, 2, 4, 0.5, 1,
                        pytest.approx(1 / 3), 680.5, 75.61]


def test_titles_never_become_formulas(database, tmp_path):
    cast = make_cast(database)
    for number, title in enumerate(HOSTILE):
        with database.write(cast.site_a) as session:
            ticket_service.report(session, cast.site_a, NewTicket(
                cast.facility_a, title, "heating", "normal", unit_id=cast.unit_a1),
                now=datetime(2026, 11, 2 + number, 8, 0, tzinfo=UTC))
    wb, _ = _write(database, cast.manager, tmp_path / "hostile.xlsx")
    ws = wb["Meldungen"]
    assert [ws.cell(row, 7).value for row in range(2, 6)] == HOSTILE
    for row in range(2, 6):
        cell = ws.cell(row, 7)
        assert cell.data_type == "s" and cell.quotePrefix
        assert ws.cell(row, 3).value == "A-101"
    no_formulas_but_totals(wb)


def test_scope_and_filter(database, world: World, tmp_path):
    cast = world.cast
    wb, content = _write(database, cast.site_a, tmp_path / "a.xlsx")
    assert {row[1] for row in values(wb["Meldungen"])[1:4]} == {"Haus am Bach"}
    assert content.sheets[0].row_count == 3
    assert [row[0] for row in values(wb["Je Unterkunft"])[1:]] == ["Haus am Bach", "Gesamt"]
    assert cover_lines(wb["Deckblatt"])["Filter"] == [
        "Unterkunft: alle Unterkünfte im eigenen Zuständigkeitsbereich: Haus am Bach"]
    wb, content = _write(database, cast.manager, tmp_path / "b.xlsx", facility_ids=(world.b,))
    assert content.sheets[0].row_count == 2
    assert cover_lines(wb["Deckblatt"])["Filter"] == ["Unterkunft: Haus am Berg"]
    assert values(wb["Gesamt"])[1][0] == "den gewählten Unterkünften"
    with pytest.raises(PermissionDenied):  # refused at once, not when the rows are read
        _build(database, cast.site_a, facility_ids=(world.b,))
    with pytest.raises(PermissionDenied):
        _build(database, cast.social)


def test_rows_are_read_page_by_page(database, world: World):
    with database.read() as session:
        paged = ticket_report_rows.ticket_rows(session, world.cast.manager, *NOV, now=NOW,
                                               page=2)
        rows = list(paged.rows)
    assert paged.count == 5 and len(rows) == 5
    assert [r.id for r in rows] == sorted(r.id for r in rows)
    assert [r.cost_eur for r in rows] == [Decimal("100.00"), Decimal("90.00"),
                                          Decimal("290.50"), Decimal("0.00"), Decimal("0.00")]
    assert rows[2].rework and rows[2].days_to_close == timedelta(days=7)
    # Haus am Berg: T3 and T5, one page whose range of numbers holds T4 (Haus am Bach) too
    with database.read() as session:
        berg = list(ticket_report_rows.ticket_rows(session, world.cast.manager, *NOV,
                                                   [world.b], now=NOW, page=2).rows)
    assert [r.id for r in berg] == [rows[2].id, rows[4].id]
    assert [(r.facility, r.cost_eur) for r in berg] == [("Haus am Berg", Decimal("290.50")),
                                                        ("Haus am Berg", Decimal("0.00"))]


def test_a_past_period_as_it_stood_at_its_end(database, world: World):
    # 1–5 Nov, cut-off 05.11. 24:00: T2 and T3 were still in progress, T1 closed
    with database.read() as session:
        rows = list(ticket_report_rows.ticket_rows(
            session, world.cast.manager, date(2026, 11, 1), date(2026, 11, 5), now=NOW).rows)
    assert [(r.category, r.state, r.closed_at is not None) for r in rows] == [
        ("heating", "closed", True), ("plumbing", "in_progress", False),
        ("heating", "in_progress", False), ("other", "cancelled", False)]
    assert [r.cost_eur for r in rows] == [Decimal("100.00"), Decimal("0.00"),
                                          Decimal("0.00"), Decimal("0.00")]


def test_write_only_mode_gives_the_same_cells(database, world: World, tmp_path):
    with database.read() as session:
        content = maengelbericht.build(session, world.cast.manager,
                                       ReportParams(*NOV, now=NOW))
        result = write_workbook(tmp_path / "wo.xlsx", content.cover, content.sheets,
                                write_only=True)
    assert result.write_only and result.rows["Meldungen"] == 5
    with database.read() as session:
        wb_normal = written(maengelbericht.build(session, world.cast.manager,
                                                 ReportParams(*NOV, now=NOW)),
                            tmp_path / "normal.xlsx")
    wb = load_workbook(tmp_path / "wo.xlsx")
    for title in ("Meldungen", "Je Unterkunft", "Je Gewerk", "Gesamt"):
        assert values(wb[title]) == values(wb_normal[title])
    assert wb["Meldungen"].freeze_panes == "A2"


def test_the_ticket_history_is_read_once(database, world: World, tmp_path):
    """Figures and rows come from one cohort: one statement touches `ticket_events` (the
    report used to read the whole period's history once per KPI, and again per page)."""
    statements: list[str] = []

    def record(connection, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        wb, _ = _write(database, world.cast.manager, tmp_path / "m.xlsx")
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    assert len(values(wb["Meldungen"])) == 7  # header, 5 tickets, totals
    assert sum("ticket_events" in statement for statement in statements) == 1
