"""Neighbourhood reports per 100 residents per month, on a small database built by hand
whose answer is worked out below."""

from __future__ import annotations

from datetime import date

import pytest

from soest_desk.db import Database
from soest_desk.models import NeighbourhoodReport
from soest_desk.models.enums import Role
from soest_desk.services import kpi_neighbourhood as kpi
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from tests.builders import Builder

START, END = date(2025, 3, 1), date(2025, 4, 30)  # 61 days = 61 / 30.4375 months
MANAGER = Actor(1, "leitung", "Leitung", frozenset({Role.MANAGER}))


class Town:
    """- Bach: 4 people the whole period, 2 more from 1 March until they leave on 1 April
      (31 days) → 4·61 + 2·31 = 306 person-days, 306/61 = 5.016 residents on average.
      Reports: complaint (noise) on 1 March and (waste) 15 March, a contact (praise) on
      30 April; one on 28 February and one on 1 May lie outside the period.
    - Nord: 1 person the whole period → 61 person-days; one complaint (conflict) 10 April.
    - Leer: nobody lives there; one contact (event) on 20 March — counted in the total, no
      rate of its own.
    - Alt (closed) and an offer: a report each, not counted.

    rate = reports ÷ (residents ÷ 100) ÷ months = reports · 100 · 30.4375 ÷ person-days:
    Bach 3 · 3043.75 / 306 = 29.8407; Nord 3043.75 / 61 = 49.8975;
    total 5 · 3043.75 / 367 = 41.4680 (complaints 3 → 24.8808, contacts 2 → 16.5872).
    """

    def __init__(self, database: Database) -> None:
        with database.write(SYSTEM_ACTOR) as session:
            b = Builder(session)
            bach, nord = b.facility("Bach"), b.facility("Nord")
            leer, alt = b.facility("Leer"), b.facility("Alt")
            offer = b.facility("Angebot", kind="private_offer")
            bach_unit, nord_unit = b.unit(bach, "B1", 10), b.unit(nord, "N1", 2)
            b.unit(leer, "L1", 4)
            alt_unit = b.unit(alt, "A1", 4)
            for index in range(4):
                b.stay(b.person("Bach", f"P{index}"), bach_unit, date(2025, 1, 1))
            for index in range(2):
                b.stay(b.person("Kurz", f"K{index}"), bach_unit, START, date(2025, 4, 1))
            b.stay(b.person("Nord", "N"), nord_unit, date(2024, 6, 1))
            b.stay(b.person("Alt", "A"), alt_unit, date(2024, 6, 1))
            alt.active = False
            reports = [
                (bach, date(2025, 3, 1), "complaint", "noise"),
                (bach, date(2025, 3, 15), "complaint", "waste"),
                (bach, date(2025, 4, 30), "contact", "praise"),
                (bach, date(2025, 2, 28), "complaint", "noise"),
                (bach, date(2025, 5, 1), "complaint", "noise"),
                (nord, date(2025, 4, 10), "complaint", "conflict"),
                (leer, date(2025, 3, 20), "contact", "event"),
                (alt, date(2025, 3, 20), "complaint", "noise"),
                (offer, date(2025, 3, 20), "complaint", "noise"),
            ]
            for facility, day, kind, category in reports:
                session.add(NeighbourhoodReport(
                    facility_id=facility.id, reported_on=day, kind=kind, category=category,
                    channel="police" if category == "conflict" else "phone", text="Meldung",
                    resolved=False))
            self.ids = {f.name: f.id for f in (bach, nord, leer, alt, offer)}
        self.site_manager = Actor(2, "hl", "Heimleitung Bach", frozenset({Role.SITE_MANAGER}),
                                  frozenset({self.ids["Bach"]}))


@pytest.fixture
def town(database: Database) -> Town:
    return Town(database)


def _kpi(database: Database, actor: Actor = MANAGER, **kwargs) -> kpi.NeighbourhoodKpi:
    with database.read() as session:
        return kpi.reports_per_100_residents(session, actor, START, END, **kwargs)


def test_rates_by_facility_and_in_total(database: Database, town: Town):
    result = _kpi(database)
    assert (result.days, result.months) == (61, pytest.approx(61 / 30.4375))
    by_name = {row.name: row for row in result.facilities}
    assert list(by_name) == ["Bach", "Leer", "Nord"]  # in use, no offer, by name

    bach = by_name["Bach"]
    assert (bach.reports, bach.complaints, bach.contacts) == (3, 2, 1)
    assert bach.residents_avg == pytest.approx(306 / 61)
    assert bach.per_100 == pytest.approx(29.8407, abs=1e-4)
    assert bach.complaints_per_100 == pytest.approx(2 * 3043.75 / 306)
    assert bach.contacts_per_100 == pytest.approx(3043.75 / 306)
    assert dict(bach.by_category) == {"noise": 1, "waste": 1, "parking": 0, "conflict": 0,
                                      "praise": 1, "event": 0, "other": 0}

    nord = by_name["Nord"]
    assert (nord.reports, nord.residents_avg) == (1, pytest.approx(1.0))
    assert nord.per_100 == pytest.approx(49.8975, abs=1e-4)

    leer = by_name["Leer"]
    assert (leer.reports, leer.residents_avg, leer.per_100) == (1, 0.0, None)

    total = result.total
    assert (total.facility_id, total.reports, total.complaints, total.contacts) == (
        None, 5, 3, 2)
    assert total.residents_avg == pytest.approx(367 / 61)
    assert total.per_100 == pytest.approx(41.4680, abs=1e-4)
    assert total.complaints_per_100 == pytest.approx(24.8808, abs=1e-4)
    assert total.contacts_per_100 == pytest.approx(16.5872, abs=1e-4)
    assert dict(total.by_category)["conflict"] == 1


def test_chosen_facilities_and_the_site_managers_own(database: Database, town: Town):
    only_nord = _kpi(database, facility_ids=[town.ids["Nord"]])
    assert [row.name for row in only_nord.facilities] == ["Nord"]
    assert only_nord.total.per_100 == pytest.approx(49.8975, abs=1e-4)

    own = _kpi(database, town.site_manager)
    assert [row.name for row in own.facilities] == ["Bach"]
    assert own.total.reports == 3
    assert own.total.per_100 == pytest.approx(29.8407, abs=1e-4)
    assert _kpi(database, town.site_manager, facility_ids=[town.ids["Nord"]]).total.reports == 0


def test_refusals(database: Database, town: Town):
    with database.read() as session:
        with pytest.raises(DomainError, match="Zeitraum"):
            kpi.reports_per_100_residents(session, MANAGER, END, START)
        with pytest.raises(PermissionDenied):
            kpi.reports_per_100_residents(
                session, Actor(3, "os", "OS", frozenset({Role.PROPERTY_SERVICE})), START, END)
