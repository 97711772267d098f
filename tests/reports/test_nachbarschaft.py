"""Nachbarschaft: the register in the period and reports per 100 residents per month, read
back from the xlsx; text typed by users never becomes a formula."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import NeighbourhoodReport
from soest_desk.models.enums import Role
from soest_desk.reports import nachbarschaft
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from tests.reports.report_helpers import (
    cover_lines,
    data_formulas,
    params,
    values,
    written,
    xml_text,
)
from tests.services.test_kpi_neighbourhood import END, MANAGER, START, Town

HOSTILE = {date(2025, 3, 1): "=1+1", date(2025, 3, 15): "+49 2921 1234",
           date(2025, 4, 10): "-Lärm", date(2025, 3, 20): "@Nachbar"}
FOLLOW_UP = '=HYPERLINK("http://x")'


@pytest.fixture
def town(database: Database) -> Town:
    """The KPI test's town (its docstring works the rates out); the reports in the period
    get hostile texts, the one of 1 March a follow-up and a resolved day."""
    town = Town(database)
    with database.write(SYSTEM_ACTOR) as session:
        for report in session.scalars(select(NeighbourhoodReport)):
            report.text = HOSTILE.get(report.reported_on, report.text)
            if report.reported_on == date(2025, 3, 1):
                report.follow_up, report.follow_up_on = FOLLOW_UP, date(2025, 3, 8)
                report.resolved, report.resolved_on = True, date(2025, 3, 10)
    return town


def test_register_and_rates(database, town, tmp_path):
    book, path = written(database, nachbarschaft.build, MANAGER, params(START, END),
                         tmp_path)
    assert book.sheetnames == ["Deckblatt", "Meldungen", "Je 100 Bewohner"]
    ws = book["Meldungen"]
    assert [c.value for c in ws[1]] == [
        "Datum", "Unterkunft", "Art", "Kanal", "Kategorie", "Meldung", "Nachverfolgung",
        "Wiedervorlage am", "Erledigt am"]
    rows = values(ws)
    assert [(r[0].date(), r[1]) for r in rows[:-1]] == [
        (date(2025, 3, 1), "Bach"), (date(2025, 3, 15), "Bach"), (date(2025, 3, 20), "Leer"),
        (date(2025, 3, 20), "Alt"), (date(2025, 3, 20), "Angebot"), (date(2025, 4, 10), "Nord"),
        (date(2025, 4, 30), "Bach")]
    first = rows[0]
    assert first[2:5] == ["Beschwerde", "Telefon", "Lärm"]
    assert first[5] == "=1+1" and first[6] == FOLLOW_UP
    assert first[7].date() == date(2025, 3, 8) and first[8].date() == date(2025, 3, 10)
    assert [r[5] for r in rows[:-1]] == ["=1+1", "+49 2921 1234", "@Nachbar", "@Nachbar",
                                         "@Nachbar", "-Lärm", "Meldung"]
    assert rows[5][3:5] == ["Polizei", "Konflikt"] and rows[2][2] == "Kontakt"
    assert rows[-1][0] == "Gesamt" and rows[-1][2] == "=SUBTOTAL(103,C2:C8)"
    for coordinate in ("F2", "F3", "F4", "F7", "G2"):
        assert ws[coordinate].data_type == "s" and ws[coordinate].quotePrefix
    assert data_formulas(book) == []
    assert "<f>" not in xml_text(path).replace("<f>SUBTOTAL", "").replace(
        "<f>IFERROR(SUBTOTAL", "")

    rates = values(book["Je 100 Bewohner"])
    assert [r[:5] for r in rates] == [
        ["Bach", pytest.approx(306 / 61, abs=1e-4), 3, 2, 1],
        ["Leer", 0, 1, 0, 1],
        ["Nord", 1, 1, 1, 0],
        ["Alle Unterkünfte", pytest.approx(367 / 61, abs=1e-4), 5, 3, 2]]
    assert [r[5:] for r in rates] == [
        [pytest.approx(29.8407, abs=1e-4), pytest.approx(19.8938, abs=1e-4)],
        ["–", "–"],
        [pytest.approx(49.8975, abs=1e-4), pytest.approx(49.8975, abs=1e-4)],
        [pytest.approx(41.4680, abs=1e-4), pytest.approx(24.8808, abs=1e-4)]]
    assert book["Je 100 Bewohner"]["F2"].number_format == "#,##0.00"
    lines = cover_lines(book["Deckblatt"])
    assert book["Deckblatt"]["A1"].value == "Nachbarschaft"
    assert lines["Zeitraum"] == ["01.03.2025 bis 30.04.2025"]
    assert lines["Filter"] == ["Unterkunft: alle Unterkünfte"]
    assert lines["Erstellt von"] == ["Leitung"]
    assert "personenbezogene Daten" in lines["Datenschutz"][0]
    assert "61 Tage = 2,0041 Monate" in " ".join(lines["Hinweise"])  # long notes wrap


def test_the_site_manager_sees_her_facility(database, town, tmp_path):
    book, _ = written(database, nachbarschaft.build, town.site_manager, params(START, END),
                      tmp_path)
    assert {r[1] for r in values(book["Meldungen"])[:-1]} == {"Bach"}
    assert [r[0] for r in values(book["Je 100 Bewohner"])] == ["Bach", "Alle Unterkünfte"]
    chosen = params(START, END, (town.ids["Nord"],), ("Nord",))
    book, _ = written(database, nachbarschaft.build, MANAGER, chosen, tmp_path)
    assert [r[5] for r in values(book["Meldungen"])[:-1]] == ["-Lärm"]
    assert cover_lines(book["Deckblatt"])["Filter"] == ["Unterkunft: Nord"]


@pytest.mark.parametrize("roles", [{Role.PROPERTY_SERVICE}, {Role.ADMIN}])
def test_roles_without_the_register_are_refused(database, town, tmp_path, roles):
    actor = Actor(3, "x", "X", frozenset(roles))
    with pytest.raises(PermissionDenied, match="Nachbarschaftsmeldungen ansehen"):
        written(database, nachbarschaft.build, actor, params(START, END), tmp_path)
