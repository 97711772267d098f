"""Fallstatistik: case figures by facility and social worker, read back from the xlsx; no
note, goal, evidence or follow-up subject anywhere in the file."""

from __future__ import annotations

from datetime import date

import pytest

from soest_desk.db import Database
from soest_desk.models import Case, CaseNote, FollowUp, ReadinessItem
from soest_desk.models.enums import Role
from soest_desk.reports import fallstatistik
from soest_desk.services import readiness
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from tests.builders import Builder, _actor
from tests.reports.report_helpers import (
    cover_lines,
    data_formulas,
    params,
    values,
    written,
    xml_text,
)

START, END = date(2025, 3, 1), date(2025, 3, 31)
BEFORE = date(2025, 1, 1)
MANAGER = Actor(1, "leitung", "Erika Leitung", frozenset({Role.MANAGER}))
MARKER = "GEHEIM-FALL-93c1"  # note text, goals, evidence and follow-up subject


class World:
    """Park (P1) and Ring (R1); Paula works for Park, Rita for Ring. Period: March 2025.

    - c1 Eins (2 people, Park), Paula, opened 10.01., ready; follow-ups: due 20.03. open
      (overdue), due 25.03. done 26.03. (not overdue on 31.03.), due 05.04. open.
    - c2 Zwei (1, Park), Paula, opened 05.03., 50–99 %.
    - c3 Drei (3, Ring), Rita, opened 10.03., nothing met (under 50 %).
    - c4 Vier (1, Ring until 20.03.), Rita, opened 01.02., closed 20.03. eigene Wohnung.
    - c5 Fünf (1, Park), nobody assigned, opened 02.03., closed 28.03. weggezogen.
    - c6 Sechs (1, lives nowhere), closed 01.02. — before the period, not counted.
    """

    def __init__(self, database: Database) -> None:
        with database.write(SYSTEM_ACTOR) as session:
            b = Builder(session)
            park, ring = b.facility("Park"), b.facility("Ring")
            p1, r1 = b.unit(park, "P1", 10), b.unit(ring, "R1", 10)
            paula = b.user("paula", {Role.SOCIAL_WORKER}, (park,), "Paula Park")
            rita = b.user("rita", {Role.SOCIAL_WORKER}, (ring,), "Rita Ring")
            self.paula = _actor(paula)
            required = [i.key for i in readiness.checklist(session) if i.required]
            assert len(required) >= 2

            def household(label: str, size: int, unit, until: date | None = None):
                home = b.household(label)
                for number in range(size):
                    person = b.person(label, f"P{number}", household=home)
                    if unit is not None:
                        b.stay(person, unit, BEFORE, until)
                return home

            def case(home, worker, opened: date, closed: date | None = None,
                     outcome: str | None = None, met: int = 0) -> Case:
                row = b._add(Case(household_id=home.id, opened_on=opened, goals=MARKER,
                                  social_worker_id=worker.id if worker else None,
                                  status="closed" if closed else "active", closed_on=closed,
                                  outcome=outcome))
                for key in required[:met]:
                    b._add(ReadinessItem(case_id=row.id, item_key=key, state="met",
                                         state_date=date(2025, 2, 1), evidence=MARKER))
                b._add(CaseNote(case_id=row.id, note_date=opened, kind="consultation",
                                text=MARKER))
                return row

            c1 = case(household("Eins", 2, p1), paula, date(2025, 1, 10), met=len(required))
            case(household("Zwei", 1, p1), paula, date(2025, 3, 5),
                 met=(len(required) + 1) // 2)
            case(household("Drei", 3, r1), rita, date(2025, 3, 10))
            case(household("Vier", 1, r1, date(2025, 3, 20)), rita, date(2025, 2, 1),
                 date(2025, 3, 20), "own_flat")
            case(household("Fünf", 1, p1), None, date(2025, 3, 2), date(2025, 3, 28),
                 "moved_away")
            case(household("Sechs", 1, None), None, BEFORE, date(2025, 2, 1), "other")
            for due, done in ((date(2025, 3, 20), None), (date(2025, 3, 25),
                                                          date(2025, 3, 26)),
                              (date(2025, 4, 5), None)):
                b._add(FollowUp(case_id=c1.id, due_on=due, done_on=done, subject=MARKER))
            self.park = park.id


@pytest.fixture
def world(database: Database) -> World:
    return World(database)


#        open people <50 50-99 ready overdue opened closed own moved no-longer other
PARK = ["Park", 2, 3, 0, 1, 1, 1, 2, 1, 0, 1, 0, 0]
RING = ["Ring", 1, 3, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0]


def test_figures_by_facility_and_social_worker(database, world, tmp_path):
    book, path = written(database, fallstatistik.build, MANAGER, params(START, END), tmp_path)
    assert book.sheetnames == ["Deckblatt", "Je Unterkunft", "Je Sozialarbeit",
                               "Betreuungsschlüssel", "Kennzahlen"]
    ws = book["Je Unterkunft"]
    assert [c.value for c in ws[1]] == [
        "Unterkunft", "Offene Fälle", "Personen", "unter 50 %", "50–99 %", "bereit",
        "Wiedervorlagen überfällig", "Eröffnet", "Abgeschlossen", "davon eigene Wohnung",
        "davon weggezogen", "davon keine Begleitung mehr nötig", "davon Sonstiges"]
    rows = values(ws)
    assert rows[:2] == [PARK, RING]
    assert rows[2][0] == "Gesamt" and rows[2][1] == "=SUBTOTAL(109,B2:B3)"
    assert values(book["Je Sozialarbeit"])[:3] == [
        ["Paula Park", 2, 3, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0],
        ["Rita Ring", 1, 3, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0],
        ["nicht zugeordnet", 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0]]
    load = values(book["Betreuungsschlüssel"])
    assert load[:2] == [["Paula Park", 2, 3, 1, 80, pytest.approx(3 / 80)],
                        ["Rita Ring", 1, 3, 0, 80, pytest.approx(3 / 80)]]
    assert book["Betreuungsschlüssel"]["F2"].number_format == "0.0 %"
    assert values(book["Kennzahlen"]) == [
        ["Soll: Personen je Fachkraft (1:…)", 80],
        ["Bewohner*innen am Stichtag (alle Unterkünfte)", 7],  # Vier has moved out
        ["Sozialarbeiter*innen", 2],
        ["Ist: Bewohner*innen je Fachkraft", 3.5],
        ["Offene Fälle ohne Zuständige*n", 0]]
    assert data_formulas(book) == []
    lines = cover_lines(book["Deckblatt"])
    assert book["Deckblatt"]["A1"].value == "Fallstatistik"
    assert lines["Filter"] == ["Unterkunft: alle Unterkünfte"]
    assert lines["Erstellt von"] == ["Erika Leitung"]
    text = xml_text(path)
    assert "Paula Park" in text  # the check below does look at the strings
    assert MARKER not in text and MARKER.lower() not in text.lower()


def test_a_social_worker_sees_her_facility(database, world, tmp_path):
    book, path = written(database, fallstatistik.build, world.paula, params(START, END),
                         tmp_path)
    assert values(book["Je Unterkunft"])[:-1] == [PARK]
    assert [r[0] for r in values(book["Je Sozialarbeit"])[:-1]] == ["Paula Park",
                                                                     "nicht zugeordnet"]
    assert MARKER not in xml_text(path)


def test_a_chosen_facility_and_an_earlier_day(database, world, tmp_path):
    book, _ = written(database, fallstatistik.build, MANAGER,
                      params(date(2025, 2, 1), date(2025, 2, 28), (world.park,), ("Park",)),
                      tmp_path)
    # in February only Eins was open in Park (Fünf opened in March); nothing opened or closed
    # there (Sechs, closed 1 February, lived nowhere)
    assert values(book["Je Unterkunft"])[:-1] == [["Park", 1, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0,
                                                   0]]
    assert cover_lines(book["Deckblatt"])["Filter"] == ["Unterkunft: Park"]


@pytest.mark.parametrize("roles", [{Role.PROPERTY_SERVICE}, {Role.ADMIN}, {Role.SITE_MANAGER}])
def test_roles_without_cases_are_refused(database, world, tmp_path, roles):
    actor = Actor(3, "x", "X", frozenset(roles))
    with pytest.raises(PermissionDenied, match="Fälle ansehen"):
        written(database, fallstatistik.build, actor, params(START, END), tmp_path)
