"""The pilot evaluation on a small office built by hand, every figure worked out below, on both
engines; the same figures read back from the workbook and the PDF.

Period 01.01.2026 – 30.04.2026, seen on 15.05.2026. "Haus Pilot" (P, 10 places) is in the
pilot "Pilot A" from 01.03.2026; "Haus Vergleich" (V, 10 places) is not; a private offer
never counts. Before = 01.01. – 28.02. (59 days, 2 calendar months), after = 01.03. – 30.04.
(61 days, 2 months).

Stays (days present = move-out − move-in):
  P: a 01.01.–01.02. eigene Wohnung (31), b 01.01.–11.02. Rückkehr (41), c from 01.01.,
     d 01.03.–01.04. eigene Wohnung (31), e 01.03.–21.03. eigene Wohnung (20).
  V: f 01.01.–01.02. andere Kommune (31), g 01.01.–21.02. eigene Wohnung (51), h from
     01.01., i 01.03.–11.04. Rückkehr (41), j 01.03.–21.04. eigene Wohnung (51).
Length of stay (Kaplan–Meier with delayed entry: c and h lived there 59 days before the
after-window began, so they are at risk only from day 59 on):
  P before: a 31, b 41, c censored 59 → S(31) = 2/3, S(41) = 1/3 → median 41.
  P after:  e 20, d 31 (c not yet at risk at 20: 2 at risk) → S(20) = 1/2 → 20.
  V before: f 31, g 51, h censored 59 → 51.   V after: i 41, j 51 → S(41) = 1/2 → 41.
  DiD = (20 − 41) − (41 − 51) = −11: the pilot got better.
Own flat per 100 residents per month = moves × 100 × 30.4375 ÷ person-days:
  P before: 1 move (a), person-days 31 + 41 + 59 = 131 → 3043.75 ÷ 131 = 23.2347
  P after:  2 (d, e), 61 + 31 + 20 = 112 → 6087.5 ÷ 112 = 54.3527
  V before: 1 (g), 31 + 51 + 59 = 141 → 21.5869; V after: 1 (j), 61 + 41 + 51 = 153 → 19.8938
  DiD = 31.1180 − (−1.6931) = 32.8111.
Tickets (reported at noon UTC; the deadline is the stored due_at):
  P before: 2 days (due met), 4 days (late) → median 3, share 50 %
  P after:  1 day, 2 days (both met) → median 1.5, share 100 %
  V before: 4 days, 6 days (both met) → median 5, 100 %
  V after:  4 days (met), 8 days (late) → median 6, 50 %
  Turnaround DiD = (1.5 − 3) − (6 − 5) = −2.5; deadline DiD = 50 − (−50) = +100 points.
Cost per place and month (10 places, 2 months each window):
  P 118 € → 5.90, then 61 € → 3.05; V 200 € → 10.00, then 300 € → 15.00;
  DiD = −2.85 − 5.00 = −7.85.
Neighbourhood reports per 100 residents per month (same person-days):
  P 2 reports → 46.4695, then none → 0; V 1 → 21.5869, then 1 → 19.8938;
  DiD = −46.4695 − (−1.6931) = −44.7764.
Every cell has 3 people or at most 2 tickets behind it: every figure carries a warning.
"Haus Alt" (ended) and "Haus Später" (pilot from 01.09.2026, after the period) count in
neither group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from soest_desk.models import CostEntry, Facility, NeighbourhoodReport, Stay, Unit
from soest_desk.models.enums import Role
from soest_desk.reports import pilot_pdf
from soest_desk.reports.report_params import ReportParams
from soest_desk.reports.run import write_report
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.kpi_pilot import PilotEvaluation, evaluate_pilot
from soest_desk.services.permissions import Actor
from tests.builders import Builder, _actor
from tests.reports.test_work_order_pdf import pdf_text

NOW = datetime(2026, 5, 15, 10, 0, tzinfo=UTC)
START, END = date(2026, 1, 1), date(2026, 4, 30)
PILOT_START = date(2026, 3, 1)


@dataclass(frozen=True)
class Office:
    pilot: int
    other: int
    manager: Actor
    site: Actor


def noon(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 12, 0, tzinfo=UTC)


@pytest.fixture
def office(database) -> Office:
    with database.write() as session:
        b = Builder(session)
        pilot, other = b.facility("Haus Pilot"), b.facility("Haus Vergleich")
        pilot.pilot_group, pilot.pilot_start = "Pilot A", PILOT_START
        later = b.facility("Haus Später")
        later.pilot_group, later.pilot_start = "Pilot B", date(2026, 9, 1)
        ended = b.facility("Haus Alt", active=False)
        b._add(Unit(facility_id=ended.id, label="A1", places=2, area_m2=Decimal("20"),
                    occupancy_type="mixed", active=False))
        offer = b._add(Facility(kind="private_offer", name="Angebot", street="Weg 1",
                                postal_code="59494", city="Soest", offer_status="offered"))
        b._add(Unit(facility_id=offer.id, label="W", places=3, area_m2=Decimal("60"),
                    occupancy_type="family"))
        units = {"P": b.unit(pilot, "P1", 10), "V": b.unit(other, "V1", 10),
                 "S": b.unit(later, "S1", 5), "A": b.unit(ended, "A2", 5, active=False)}
        stays = {  # name: (facility, move-in, move-out, reason)
            "a": ("P", (1, 1), (2, 1), "own_flat"), "b": ("P", (1, 1), (2, 11), "return"),
            "c": ("P", (1, 1), None, None), "d": ("P", (3, 1), (4, 1), "own_flat"),
            "e": ("P", (3, 1), (3, 21), "own_flat"),
            "f": ("V", (1, 1), (2, 1), "other_municipality"),
            "g": ("V", (1, 1), (2, 21), "own_flat"), "h": ("V", (1, 1), None, None),
            "i": ("V", (3, 1), (4, 11), "return"), "j": ("V", (3, 1), (4, 21), "own_flat"),
            "s": ("S", (1, 1), (3, 5), "own_flat"), "x": ("A", (1, 1), (3, 5), "own_flat"),
        }
        for name, (where, start, end, reason) in stays.items():
            person = b.person(name.upper(), name)
            b._add(Stay(person_id=person.id, unit_id=units[where].id,
                        start_date=date(2026, *start),
                        end_date=date(2026, *end) if end else None, move_out_reason=reason))
        tickets = [  # facility, reported (month, day), days to close, days to deadline, cost
            (pilot, (1, 5), 2, 5, "118"), (pilot, (2, 2), 4, 2, None),
            (pilot, (3, 2), 1, 8, "61"), (pilot, (4, 1), 2, 9, None),
            (other, (1, 5), 4, 15, "200"), (other, (2, 2), 6, 18, None),
            (other, (3, 2), 4, 18, "300"), (other, (4, 1), 8, 4, None),
        ]
        for facility, (month, day), closing, deadline, cost in tickets:
            reported = noon(month, day)
            ticket = b.ticket(facility, "Mangel", state="closed", reported_at=reported,
                              due_at=reported + timedelta(days=deadline))
            ticket.closed_at = reported + timedelta(days=closing)
            if cost:
                b._add(CostEntry(ticket_id=ticket.id, kind="material", amount_eur=Decimal(cost),
                                 booked_on=ticket.closed_at.date()))
        for facility, day in ((pilot, date(2026, 1, 10)), (pilot, date(2026, 2, 10)),
                              (other, date(2026, 1, 15)), (other, date(2026, 3, 15))):
            b._add(NeighbourhoodReport(facility_id=facility.id, reported_on=day,
                                       kind="complaint", channel="phone", category="noise",
                                       text="Lärm am Abend"))
        manager = b.user("leitung", {Role.MANAGER}, (), "Lea Leitung")
        site = b.user("heim", {Role.SITE_MANAGER}, (pilot,), "Heiko Heim")
        return Office(pilot.id, other.id, _actor(manager), _actor(site))


def evaluate(database, actor: Actor, start: date = START, end: date = END,
             facility_ids=None) -> PilotEvaluation:
    with database.read() as session:
        return evaluate_pilot(session, actor, start, end, facility_ids, now=NOW)


EXPECTED = {  # key: (pilot before, pilot after, other before, other after, DiD)
    "stay": (41, 20, 51, 41, -11),
    "own_flat": (23.2347, 54.3527, 21.5869, 19.8938, 32.8111),
    "turnaround": (3, 1.5, 5, 6, -2.5),
    "deadline": (50, 100, 100, 50, 100),
    "cost": (5.90, 3.05, 10.00, 15.00, -7.85),
    "neighbourhood": (46.4695, 0, 21.5869, 19.8938, -44.7764),
}
VERDICTS = {"stay": "Pilot besser entwickelt", "own_flat": "Pilot besser entwickelt",
            "turnaround": "Pilot besser entwickelt", "deadline": "Pilot besser entwickelt",
            "cost": "Pilot besser entwickelt", "neighbourhood": "Pilot besser entwickelt"}


def test_every_figure_before_and_after_in_both_groups(database, office):
    evaluation = evaluate(database, office.manager)
    assert evaluation.pilot_start == PILOT_START
    assert evaluation.before == (START, date(2026, 2, 28))
    assert evaluation.after == (PILOT_START, END)
    assert [p.name for p in evaluation.pilots] == ["Haus Pilot"]
    assert [o.name for o in evaluation.others] == ["Haus Vergleich"]  # no offer, none ended
    assert evaluation.notes == ("Nicht gezählt, weil ihr Pilot nicht im Zeitraum beginnt: "
                                "Haus Später ab 01.09.2026.",)
    for figure in evaluation.figures:
        *cells, did = EXPECTED[figure.key]
        assert [c.value for _, _, c in figure.cells] == pytest.approx(cells, abs=5e-5), figure.key
        assert figure.did == pytest.approx(did, abs=5e-4), figure.key
        assert figure.verdict == VERDICTS[figure.key]


def test_the_people_and_tickets_behind_each_figure_and_the_warning(database, office):
    figures = {f.key: f for f in evaluate(database, office.manager).figures}
    assert [c.n for _, _, c in figures["stay"].cells] == [3, 3, 3, 3]
    assert [c.events for _, _, c in figures["own_flat"].cells] == [1, 2, 1, 1]
    assert [c.events for _, _, c in figures["neighbourhood"].cells] == [2, 0, 1, 1]
    assert [c.n for _, _, c in figures["turnaround"].cells] == [2, 2, 2, 2]
    assert [c.n for _, _, c in figures["deadline"].cells] == [2, 2, 2, 2]
    assert [c.n for _, _, c in figures["cost"].cells] == [1, 1, 1, 1]
    assert figures["stay"].warning is not None
    assert "Pilot vorher: 3 Personen" in figures["stay"].warning
    assert "Vergleich nachher: 2 Tickets" in figures["turnaround"].warning
    assert all(f.warning for f in figures.values())


def test_a_median_not_reached_leaves_the_difference_empty(database, office):
    # 01.01.–10.03.: after = 01.03.–10.03.; in the pilot nobody has moved out by 10.03. –
    # c, d, e are all still present, so the median is not reached
    figure = evaluate(database, office.manager, end=date(2026, 3, 10)).figures[0]
    assert figure.key == "stay" and figure.pilot_after.value is None
    assert figure.pilot_after.n == 3
    assert figure.did is None and figure.verdict == "nicht berechenbar"


@pytest.mark.parametrize(("start", "end", "message"), [
    (date(2026, 3, 1), END, "keine Pilotunterkunft beginnt nach dem 01.03.2026 und bis zum "
     "30.04.2026 (Haus Pilot ab 01.03.2026, Haus Später ab 01.09.2026)"),
    (START, date(2026, 2, 27), "damit es ein „vorher“ gibt, und darf erst danach enden"),
    (END, START, "das Ende liegt vor dem Anfang"),
])
def test_a_period_the_start_does_not_split_is_refused(database, office, start, end, message):
    with pytest.raises(DomainError, match=re.escape(message)):
        evaluate(database, office.manager, start, end)


def test_without_a_pilot_or_a_comparison_there_is_nothing_to_evaluate(database, office):
    with pytest.raises(DomainError, match="Vergleich fehlt"):
        evaluate(database, office.manager, facility_ids=[office.pilot])
    with pytest.raises(DomainError, match="als Pilot markiert"):
        evaluate(database, office.manager, facility_ids=[office.other])


def test_a_pilot_facility_ended_since_is_named_not_dropped(database, office):
    with database.write() as session:
        session.get(Facility, office.pilot).active = False
    with pytest.raises(DomainError, match=re.escape(
            "(Haus Später ab 01.09.2026; beendet: Haus Pilot ab 01.03.2026)")):
        evaluate(database, office.manager)
    with pytest.raises(DomainError, match=re.escape(
            "in Betrieb ist als Pilot markiert (Haus Pilot ab 01.03.2026: inzwischen beendet")):
        evaluate(database, office.manager, facility_ids=[office.pilot, office.other])
    with database.write() as session:  # a second pilot, still running, is evaluated
        april = Builder(session).facility("Haus April")
        april.pilot_group, april.pilot_start = "Pilot B", date(2026, 4, 1)
    notes = evaluate(database, office.manager).notes
    assert "Nicht gezählt, weil inzwischen beendet: Haus Pilot ab 01.03.2026." in notes


def test_only_who_may_export_reports(database, office):
    with pytest.raises(PermissionDenied):
        evaluate(database, office.site)


def test_differing_starts_count_from_the_earliest(database, office):
    with database.write() as session:
        third = Builder(session).facility("Haus April")
        third.pilot_group, third.pilot_start = "Pilot B", date(2026, 4, 1)
    evaluation = evaluate(database, office.manager)
    assert evaluation.pilot_start == PILOT_START
    assert [p.name for p in evaluation.pilots] == ["Haus April", "Haus Pilot"]
    assert "01.03.2026, 01.04.2026" in evaluation.notes[1]


# ---------------------------------------------------------------- the files

def _write(database, actor: Actor, out: Path) -> None:
    with database.read() as session:
        write_report(session, actor, "pilotauswertung", ReportParams(START, END, now=NOW), out)


def test_the_workbook_holds_the_figures_and_the_counts(database, office, tmp_path):
    out = tmp_path / "pilot.xlsx"
    _write(database, office.manager, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Deckblatt", "Auswertung", "Fallzahlen", "Unterkünfte"]
    rows = {row[0]: row for row in book["Auswertung"].iter_rows(min_row=2, values_only=True)}
    stay = rows["Verweildauer, Median"]
    assert stay[1:9] == ("Tage", 41, 20, -21, 51, 41, -10, -11)
    cost = rows["Instandhaltungskosten je Platz und Monat"]
    assert cost[2:9] == pytest.approx((5.90, 3.05, -2.85, 10.0, 15.0, 5.0, -7.85))
    assert rows["Anteil fristgerecht"][8] == pytest.approx(100)
    assert rows["Auszüge in eigene Wohnung"][8] == pytest.approx(32.8111, abs=5e-4)
    assert rows["Durchlaufzeit Mängel, Median"][9] == "Pilot besser entwickelt"
    assert rows["Verweildauer, Median"][10] == "wenig Daten, siehe Fallzahlen"
    counts = {row[0]: row for row in book["Fallzahlen"].iter_rows(min_row=2, values_only=True)}
    assert counts["Verweildauer, Median"][1:6] == ("Personen", 3, 3, 3, 3)
    assert counts["Nachbarschaftsmeldungen"][6:10] == (2, 0, 1, 1)
    assert counts["Durchlaufzeit Mängel, Median"][6:10] == ("–",) * 4
    assert "Pilot vorher: 3 Personen" in counts["Verweildauer, Median"][10]
    groups = list(book["Unterkünfte"].iter_rows(min_row=2, values_only=True))
    assert groups[0][:3] == ("Haus Pilot", "Pilot", "Pilot A")
    assert groups[0][3].date() == PILOT_START
    assert groups[1][:2] == ("Haus Vergleich", "Vergleich")
    cover = "\n".join(str(c) for row in book["Deckblatt"].iter_rows(values_only=True)
                      for c in row if c)
    assert "Pilotstart: 01.03.2026" in cover and "Achtung – Verweildauer" in cover


def test_the_pdf_holds_the_figures_with_their_counts(database, office, tmp_path,
                                                      monkeypatch):
    monkeypatch.setattr(pilot_pdf, "COMPRESS", False)
    out = tmp_path / "pilot.pdf"
    _write(database, office.manager, out)
    text = pdf_text(out.read_bytes())
    assert len(re.findall(rb"/Type /Page\b", out.read_bytes())) == 2
    assert "Pilotauswertung" in text and "Haus Pilot (Pilot A, ab 01.03.2026)" in text
    assert "Verweildauer, Median (Tage) *" in text
    # the summary row: 41 20 | 51 41 | −11
    assert re.search(r"41,00\n20,00\n51,00\n41,00\n-11,00\nPilot besser entwickelt", text)
    assert re.search(r"23,23\n54,35\n21,59\n19,89\n\+32,81", text)
    assert re.search(r"5,90\n3,05\n10,00\n15,00\n-7,85", text)
    assert "Personen: Pilot vorher: 3 · Pilot nachher: 3" in text.replace("\n", " ")
    assert "Tickets: Pilot vorher: 2" in text
    assert "Wenig Daten" in text


def test_a_cancelled_pdf_leaves_no_file(database, office, tmp_path):
    from soest_desk.reports.xlsx_writer import Cancelled

    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "pilot.pdf"
    with database.read() as session, pytest.raises(Cancelled):
        write_report(session, office.manager, "pilotauswertung",
                     ReportParams(START, END, now=NOW), out, cancelled=lambda: True)
    assert list((tmp_path / "out").iterdir()) == []
