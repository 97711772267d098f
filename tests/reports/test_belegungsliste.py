"""Belegungsliste: who lives where on the period's last day, read back from the xlsx."""

from __future__ import annotations

from datetime import date

import pytest

from soest_desk.db import Database
from soest_desk.models.enums import Role
from soest_desk.reports import belegungsliste
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from tests.builders import Builder
from tests.reports.report_helpers import cover_lines, data_formulas, params, values, written

START, END = date(2025, 3, 1), date(2025, 3, 31)
MANAGER = Actor(1, "leitung", "Erika Leitung", frozenset({Role.MANAGER}))


class Town:
    """- Haus A, room A1: Anna Müller (born 01.05.1990) moved into Haus B on 01.01.2025 and
      was transferred to A1 on 01.02.2025 → moved in 01.01.2025, 89 days on 31.03.;
      her son Ben (born 2020, year only) since 01.02.2025 → 58 days. Household
      "Familie Müller".
    - Haus B, room B1: "=Evil" "+49" since 01.03.2025 → 30 days; Otto Weg lived there
      until 31.03.2025 (the move-out day no longer counts).
    - Haus C: Zoe Früh moves in on 01.04.2025, after the Stichtag.
    - An offer (private flat): Paul Privat — not a facility of the office."""

    def __init__(self, database: Database) -> None:
        with database.write(SYSTEM_ACTOR) as session:
            b = Builder(session)
            haus_a, haus_b, haus_c = b.facility("Haus A"), b.facility("Haus B"), \
                b.facility("Haus C")
            offer = b.facility("Angebot", kind="private_offer")
            a1, b1, c1 = b.unit(haus_a, "A1", 4), b.unit(haus_b, "B1", 4), b.unit(haus_c, "C1", 2)
            o1 = b.unit(offer, "Wohnung", 4)
            family = b.household("Familie Müller")
            anna = b.person("Müller", "Anna", birth_date=date(1990, 5, 1), household=family,
                            role="head")
            ben = b.person("Müller", "Ben", birth_date=date(2020, 1, 1), precision="year",
                           household=family, role="child")
            b.stay(anna, b1, date(2025, 1, 1), date(2025, 2, 1))  # a transfer
            b.stay(anna, a1, date(2025, 2, 1))
            b.stay(ben, a1, date(2025, 2, 1))
            b.stay(b.person("=Evil", "+49"), b1, date(2025, 3, 1))
            b.stay(b.person("Weg", "Otto"), b1, date(2025, 1, 1), END)
            b.stay(b.person("Früh", "Zoe"), c1, date(2025, 4, 1))
            b.stay(b.person("Privat", "Paul"), o1, date(2025, 1, 1))
            self.ids = {f.name: f.id for f in (haus_a, haus_b, haus_c)}
        self.site_b = Actor(2, "hl", "Heimleitung B", frozenset({Role.SITE_MANAGER}),
                            frozenset({self.ids["Haus B"]}))


@pytest.fixture
def town(database: Database) -> Town:
    return Town(database)


def test_who_lives_where_on_the_last_day(database, town, tmp_path):
    book, _path = written(database, belegungsliste.build, MANAGER, params(START, END),
                          tmp_path)
    assert book.sheetnames == ["Deckblatt", "Belegung", "Je Unterkunft"]
    ws = book["Belegung"]
    assert [c.value for c in ws[1]] == [
        "Unterkunft", "Wohneinheit", "Familienname", "Vorname(n)", "Geburtsdatum",
        "Haushalt", "Im Zimmer seit", "Eingezogen am", "Wohndauer (Tage)"]
    rows = values(ws)
    assert [r[:4] for r in rows[:3]] == [
        ["Haus A", "A1", "Müller", "Anna"], ["Haus A", "A1", "Müller", "Ben"],
        ["Haus B", "B1", "=Evil", "+49"]]
    anna, ben, evil = rows[:3]
    assert anna[4].date() == date(1990, 5, 1) and ws["E2"].number_format == "DD.MM.YYYY"
    assert ben[4] == "2020"  # only the year is known
    assert anna[5] == ben[5] == "Familie Müller" and evil[5] is None
    assert anna[6].date() == date(2025, 2, 1) and anna[7].date() == date(2025, 1, 1)
    assert [anna[8], ben[8], evil[8]] == [89, 58, 30]
    assert rows[3][0] == "Gesamt" and len(rows) == 4  # the totals row, nobody else
    assert ws["C3"].data_type == "s" and ws["C4"].value == "=Evil"
    assert data_formulas(book) == []
    assert values(book["Je Unterkunft"]) == [["Haus A", 2, 1], ["Haus B", 1, 1],
                                             ["Gesamt", "=SUBTOTAL(109,B2:B3)",
                                              "=SUBTOTAL(109,C2:C3)"]]
    lines = cover_lines(book["Deckblatt"])
    assert book["Deckblatt"]["A1"].value == "Belegungsliste"
    assert lines["Zeitraum"] == ["01.03.2025 bis 31.03.2025"]
    assert lines["Filter"] == ["Unterkunft: alle Unterkünfte", "Stichtag: 31.03.2025"]
    assert lines["Erstellt von"] == ["Erika Leitung"]
    assert lines["Erstellt am"] == ["02.04.2025, 10:30 Uhr"]
    assert "personenbezogene Daten" in lines["Datenschutz"][0]


def test_chosen_facilities_and_the_site_managers_own(database, town, tmp_path):
    chosen = params(START, END, (town.ids["Haus A"],), ("Haus A",))
    book, _ = written(database, belegungsliste.build, MANAGER, chosen, tmp_path)
    assert [r[3] for r in values(book["Belegung"])[:-1]] == ["Anna", "Ben"]
    assert cover_lines(book["Deckblatt"])["Filter"][0] == "Unterkunft: Haus A"
    book, _ = written(database, belegungsliste.build, town.site_b, params(START, END),
                      tmp_path)
    assert [r[2] for r in values(book["Belegung"])[:-1]] == ["=Evil"]
    # a day later Otto has gone and Zoe has come
    book, _ = written(database, belegungsliste.build, MANAGER,
                      params(START, date(2025, 4, 1)), tmp_path)
    assert [r[3] for r in values(book["Belegung"])[:-1]] == ["Anna", "Ben", "+49", "Zoe"]


@pytest.mark.parametrize("roles", [{Role.PROPERTY_SERVICE}, {Role.ADMIN}])
def test_roles_without_names_are_refused(database, town, tmp_path, roles):
    actor = Actor(3, "x", "X", frozenset(roles))
    with pytest.raises(PermissionDenied, match="Bewohner\\*innen ansehen"):
        written(database, belegungsliste.build, actor, params(START, END), tmp_path)
    assert not (tmp_path / "bericht.xlsx").exists()
