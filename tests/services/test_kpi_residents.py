"""The residents-and-cases KPIs on a small town built by hand, every figure worked out in the
comments, on both engines; and the Kaplan–Meier median against a hand-computed example.

The town, seen on TODAY = 15.03.2025:

- "Haus am Park" (P): P1 4 places, P2 2 places (1 place blocked from 01.03.2025, open).
- "Wohnheim Ring" (R): R1 3 places.
- "Angebot Brüderstraße": a private housing offer (4 places) — never a facility with places.

Residences (days present = move-out − move-in; 2024 is a leap year):
- Anna and Ben (household H1): P1 01.01.2024 → 01.05.2024 "eigene Wohnung": 121 days each
  (31 + 29 + 31 + 30), within 6 months.
- Cem (alone): R1 01.02.2024 → 01.09.2024 "eigene Wohnung": 213 days (29 + 31 + 30 + 31 +
  30 + 31 + 31); after 7 months, so not within 6 but within 12.
- Dana (H3): P1 01.06.2024 → transfer 01.10.2024 → R1, still present: one residence from
  01.06.2024, facility R.
- Emil (H2): P1 from 01.11.2024, still present.
- Fred: P2 01.06.2023 → 01.03.2024 "andere Kommune": 274 days (214 in 2023 + 31 + 29).
- Gina: P1 01.01.2022 → 01.06.2023 "Rückkehr": over before 2024.
- Hugo (H4): R1 from 20.03.2025 (planned, after today).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest

from soest_desk.db import Database
from soest_desk.models import Facility, PlaceBlock, ReadinessItem, Stay, Unit
from soest_desk.models.enums import Role
from soest_desk.services import kpi_residents as kpi
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.kpi_stays import add_months
from soest_desk.services.permissions import Actor
from tests.builders import Builder, _actor

TODAY = date(2025, 3, 15)
PERIOD = (date(2024, 1, 1), date(2025, 3, 31))  # last counted day: TODAY


@dataclass
class World:
    facilities: dict[str, int] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)


@pytest.fixture
def world(database: Database) -> World:
    w = World()
    with database.write() as session:
        b = Builder(session)
        park, ring = b.facility("Haus am Park"), b.facility("Wohnheim Ring")
        offer = b._add(Facility(kind="private_offer", name="Angebot Brüderstraße",
                                street="Brüderstraße 3", postal_code="59494", city="Soest",
                                offer_status="offered"))
        b._add(Unit(facility_id=offer.id, label="Wohnung", places=4, area_m2=Decimal("70"),
                    occupancy_type="family"))
        p1, p2, r1 = b.unit(park, "P1", 4), b.unit(park, "P2", 2), b.unit(ring, "R1", 3)
        b._add(PlaceBlock(unit_id=p2.id, places=1, start_date=date(2025, 3, 1),
                          reason="mould"))
        h1, h2, h3, h4 = (b.household(f"H{i}") for i in range(1, 5))
        anna = b.person("A", "Anna", household=h1)
        ben = b.person("B", "Ben", household=h1)
        cem, fred, gina = b.person("C", "Cem"), b.person("F", "Fred"), b.person("G", "Gina")
        dana, emil = b.person("D", "Dana", household=h3), b.person("E", "Emil", household=h2)
        hugo = b.person("H", "Hugo", household=h4)

        def stay(person, unit, start, end=None, reason=None):
            b._add(Stay(person_id=person.id, unit_id=unit.id, start_date=start, end_date=end,
                        move_out_reason=reason))

        stay(anna, p1, date(2024, 1, 1), date(2024, 5, 1), "own_flat")
        stay(ben, p1, date(2024, 1, 1), date(2024, 5, 1), "own_flat")
        stay(cem, r1, date(2024, 2, 1), date(2024, 9, 1), "own_flat")
        stay(dana, p1, date(2024, 6, 1), date(2024, 10, 1), "transfer")
        stay(dana, r1, date(2024, 10, 1))
        stay(emil, p1, date(2024, 11, 1))
        stay(fred, p2, date(2023, 6, 1), date(2024, 3, 1), "other_municipality")
        stay(gina, p1, date(2022, 1, 1), date(2023, 6, 1), "return")
        stay(hugo, r1, date(2025, 3, 20))

        sw_park = b.user("sw.park", {Role.SOCIAL_WORKER}, (park,), "Paula Park")
        sw_ring = b.user("sw.ring", {Role.SOCIAL_WORKER}, (ring,), "Rita Ring")
        users = {"manager": b.user("leitung", {Role.MANAGER}),
                 "site": b.user("heim", {Role.SITE_MANAGER}, (park,)),
                 "service": b.user("os", {Role.PROPERTY_SERVICE}),
                 "sw_park": sw_park, "sw_ring": sw_ring}
        # cases: H1 closed; H2 (Emil, P) ready; H3 (Dana, R) 4 of 8 met (a fifth expired
        # yesterday) = exactly half; H4 (Hugo, nowhere yet) unassigned, nothing met
        b.case(h1, social_worker=sw_park, status="closed")
        ready = b.case(h2, social_worker=sw_park, status="active")
        half = b.case(h3, social_worker=sw_ring)
        b.case(h4)
        required = ["residence_title", "rent_cost_assumption", "no_rent_arrears",
                    "credit_report", "bank_account", "german_level", "household_management",
                    "flat_search"]
        for key in required:
            b._add(ReadinessItem(case_id=ready.id, item_key=key, state="met",
                                 state_date=date(2025, 3, 1)))
        for key in required[:5]:
            b._add(ReadinessItem(case_id=half.id, item_key=key, state="met",
                                 state_date=date(2025, 1, 1),
                                 expires_on=date(2025, 3, 14) if key == required[0] else None))
        b._add(ReadinessItem(case_id=half.id, item_key="wbs", state="met",  # not required
                             state_date=date(2025, 1, 1)))
        w.facilities = {"park": park.id, "ring": ring.id, "offer": offer.id}
        w.actors = {key: _actor(user) for key, user in users.items()}
    return w


def _read(database: Database, fn, *args, **kwargs):
    with database.read() as session:
        return fn(session, *args, **kwargs)


# ---------------------------------------------------------------- Kaplan–Meier

def test_kaplan_meier_median_by_hand():
    # 3 ended (6 at risk) → S = 5/6; at 5 one ended and one censored, at risk 5 (the
    # censored one counts) → 5/6 × 4/5 = 2/3; at 8, 3 at risk → 2/3 × 2/3 = 4/9 ≤ ½ → 8
    assert kpi.kaplan_meier_median([3, 5, 5, 8, 10, 12],
                                   [True, False, True, True, False, True]) == 8
    # censored at 1 leaves 3 at risk: 2 → 2/3, 3 → 2/3 × 1/2 = 1/3 → 3
    assert kpi.kaplan_meier_median([1, 2, 3, 4], [False, True, True, False]) == 3
    # S falls to exactly ½ at 2 → 2 (no interpolation to the next time)
    assert kpi.kaplan_meier_median([2, 4], [True, True]) == 2
    # dropping the censored would say 5; counting them: S(5) = 3/4 → median not reached
    assert kpi.kaplan_meier_median([5, 10, 10, 12], [True, False, False, False]) is None
    assert kpi.kaplan_meier_median([], []) is None
    with pytest.raises(ValueError):
        kpi.kaplan_meier_median([1], [])


def test_kaplan_meier_with_delayed_entry():
    # three residences ending after 10, 20, 30 days; without entries 3 are at risk at day
    # 10 (S = 2/3) and 2 at day 20 (S = 1/3): median 20. The second one is watched only
    # from day 15 on (it lived there 15 days before the period), so at day 10 only 2 are at
    # risk: S(10) = 1/2, median 10.
    assert kpi.kaplan_meier_median([10, 20, 30], [True] * 3) == 20
    assert kpi.kaplan_meier_median([10, 20, 30], [True] * 3, [0, 15, 0]) == 10
    assert kpi.kaplan_meier_median([10, 20, 30], [True] * 3, [0, 0, 0]) == 20
    with pytest.raises(ValueError):
        kpi.kaplan_meier_median([10], [True], [0, 0])
    with pytest.raises(ValueError, match="after it ended"):
        kpi.kaplan_meier_median([3], [True], [5])


def test_months_are_calendar_months():
    assert add_months(date(2024, 1, 1), 6) == date(2024, 7, 1)
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2024, 11, 30), 12) == date(2025, 11, 30)


# ---------------------------------------------------------------- occupancy

def _figures(row: kpi.OccupancyKpi) -> tuple:
    return (row.name, row.places, row.blocked, row.occupied, row.free, row.rate)


def test_occupancy_at_a_date(database, world):
    result = _read(database, kpi.occupancy_at, world.actors["manager"], TODAY)
    # P: 6 places, 1 blocked, Emil → 1 occupied, 4 free, 1 ÷ 5 = 20 %
    # R: 3 places, Dana → 1 occupied (Hugo only from 20.03.), 2 free, 1 ÷ 3
    # total: 9 / 1 / 2 / 6, 2 ÷ 8 = 25 %; the private offer is not listed
    assert [_figures(r) for r in result.facilities] == [
        ("Haus am Park", 6, 1, 1, 4, 20.0), ("Wohnheim Ring", 3, 0, 1, 2, pytest.approx(100 / 3))]
    assert _figures(result.total) == ("Gesamt", 9, 1, 2, 6, 25.0)
    assert result.days == 1


def test_occupancy_over_a_period(database, world):
    # 27.02.–02.03.2025, 4 days; the block counts on 01. and 02.03. → blocked 2 ÷ 4 = 0.5
    result = _read(database, kpi.occupancy_over, world.actors["manager"],
                   date(2025, 2, 27), date(2025, 3, 2))
    park, ring = result.facilities
    assert (park.places, park.blocked, park.occupied, park.free) == (6, 0.5, 1, 4.5)
    assert park.rate == pytest.approx(100 / 5.5)  # 18.18 %
    assert (ring.places, ring.blocked, ring.occupied, ring.free) == (3, 0, 1, 2)
    # total: 9 − 0.5 − 2 = 6.5 free; 2 ÷ 8.5 = 23.53 %
    assert (result.total.places, result.total.blocked, result.total.free) == (9, 0.5, 6.5)
    assert result.total.rate == pytest.approx(200 / 8.5)
    assert result.days == 4


def test_occupancy_of_an_empty_period_and_a_filter(database, world):
    result = _read(database, kpi.occupancy_over, world.actors["service"],
                   date(2021, 1, 1), date(2021, 6, 30), [world.facilities["ring"]])
    assert [_figures(r) for r in result.facilities] == [("Wohnheim Ring", 3, 0, 0, 3, 0.0)]
    assert result.days == 181
    nothing = _read(database, kpi.occupancy_at, world.actors["manager"], TODAY, [])
    assert nothing.facilities == () and nothing.total.rate is None


# ---------------------------------------------------------------- length of stay

def _length(row: kpi.StayLength) -> tuple:
    return (row.residences, row.moved_out, row.present, row.median_days,
            row.mean_days_moved_out)


def test_length_of_stay_counts_people_still_present_as_censored(database, world):
    result = _read(database, kpi.length_of_stay, world.actors["manager"], *PERIOD,
                   today=TODAY)
    assert result.last_day == TODAY
    # person-days from 01.01.2024 to 15.03.2025: Anna and Ben 121 each, Cem 213, Dana 288
    # (01.06.2024 – 15.03.2025), Emil 135 (01.11.2024 – 15.03.2025), Fred 60 (from 01.01.2024)
    assert result.total.days_in_period == 121 + 121 + 213 + 288 + 135 + 60
    # in scope: Anna 121, Ben 121, Cem 213, Fred 274 moved out; Dana and Emil censored on
    # 15.03.2025: Dana 01.06.2024 → 16.03.2025 = 288 days (one residence over the
    # transfer), Emil 01.11.2024 → 16.03.2025 = 135. Gina ended before, Hugo not yet.
    # KM: 121: 6 at risk, 2 ended → 2/3; 135 censored; 213: 3 at risk → 2/3 × 2/3 = 4/9 → 213
    # mean moved out: (121 + 121 + 213 + 274) ÷ 4 = 182.25
    assert _length(result.total) == (6, 4, 2, 213, 182.25)
    park, ring = result.facilities
    # P: Anna, Ben, Fred, Emil: 121: 4 at risk, 2 ended → ½ → 121; mean 516 ÷ 3 = 172
    assert (park.name, *_length(park)) == ("Haus am Park", 4, 3, 1, 121, 172.0)
    # R: Cem 213 and Dana 288 censored: 213: 2 at risk → ½ → 213; mean 213
    assert (ring.name, *_length(ring)) == ("Wohnheim Ring", 2, 1, 1, 213, 213.0)


def test_length_of_stay_in_a_short_and_an_empty_period(database, world):
    # December 2023: only Fred, censored at 31.12.2023: 01.06. → 01.01. = 214 days; a single
    # censored residence has no median
    result = _read(database, kpi.length_of_stay, world.actors["manager"],
                   date(2023, 12, 1), date(2023, 12, 31), today=TODAY)
    assert _length(result.total) == (1, 0, 1, None, None)
    empty = _read(database, kpi.length_of_stay, world.actors["manager"],
                  date(2021, 1, 1), date(2021, 6, 30), today=TODAY)
    assert _length(empty.total) == (0, 0, 0, None, None)
    assert [_length(r) for r in empty.facilities] == [(0, 0, 0, None, None)] * 2
    with pytest.raises(DomainError):
        _read(database, kpi.length_of_stay, world.actors["manager"], TODAY,
              date(2025, 1, 1), today=TODAY)


def test_a_social_worker_sees_only_their_facilities(database, world):
    result = _read(database, kpi.length_of_stay, world.actors["sw_ring"], *PERIOD,
                   today=TODAY)
    assert [r.name for r in result.facilities] == ["Wohnheim Ring"]
    assert _length(result.total) == (2, 1, 1, 213, 213.0)


# ---------------------------------------------------------------- moves into own tenancy

def _moves(row: kpi.OwnFlatMoves) -> tuple:
    return (row.people, row.households, row.cohort_6, row.within_6, row.cohort_12,
            row.within_12)


def test_moves_into_own_tenancy(database, world):
    result = _read(database, kpi.own_flat_moves, world.actors["manager"], *PERIOD,
                   today=TODAY)
    # moved into an own flat: Anna, Ben (one household) and Cem → 3 people, 2 households
    # 6-month cohort: moved in from 01.01.2024 to 15.09.2024: Anna, Ben, Cem, Dana → 4;
    # within 6 months: Anna, Ben (01.05. ≤ 01.07.), not Cem (01.09. > 01.08.) → 2 = 50 %
    # 12-month cohort: moved in by 15.03.2024: Anna, Ben, Cem → 3, all within → 100 %
    assert _moves(result.total) == (3, 2, 4, 2, 3, 3)
    assert (result.total.share_6, result.total.share_12) == (0.5, 1.0)
    park, ring = result.facilities
    assert _moves(park) == (2, 1, 2, 2, 2, 2)  # Anna and Ben; Emil moved in too late
    assert _moves(ring) == (1, 1, 2, 0, 1, 1)  # Cem; Dana (ended up in R) in the 6-month one
    assert ring.share_6 == 0.0


def test_no_moves_in_an_empty_or_short_period(database, world):
    empty = _read(database, kpi.own_flat_moves, world.actors["manager"],
                  date(2021, 1, 1), date(2021, 6, 30), today=TODAY)
    assert _moves(empty.total) == (0, 0, 0, 0, 0, 0)
    assert (empty.total.share_6, empty.total.share_12) == (None, None)
    # May 2024: Anna and Ben move out on 01.05.; a one-month period has no cohort
    may = _read(database, kpi.own_flat_moves, world.actors["manager"],
                date(2024, 5, 1), date(2024, 5, 31), today=TODAY)
    assert _moves(may.total) == (2, 1, 0, 0, 0, 0)


# ---------------------------------------------------------------- caseload and readiness

def test_caseload_and_readiness(database, world):
    result = _read(database, kpi.caseload_and_readiness, world.actors["manager"], TODAY)
    # open: H2, H3, H4 (H1 closed) with one person each
    assert (result.open_cases, result.people) == (3, 3)
    # H4 nothing met → under 50 %; H3 4 of 8 (the expired one does not count, the WBS is
    # not required) → 50–99 %; H2 8 of 8 → ready
    assert result.readiness == kpi.ReadinessCounts(1, 1, 1)
    assert result.ready_households == 1
    park, ring = world.facilities["park"], world.facilities["ring"]
    assert result.by_facility == ((park, kpi.ReadinessCounts(0, 0, 1)),
                                  (ring, kpi.ReadinessCounts(0, 1, 0)))
    # per social worker (whole office): Paula 1 case / 1 person, Rita 1 / 1; H4 unassigned;
    # residents today: Emil and Dana → 2 ÷ 2 workers = 1
    assert [(w.name, w.cases, w.people) for w in result.workers] == [
        ("Paula Park", 1, 1), ("Rita Ring", 1, 1)]
    assert (result.target, result.unassigned_cases, result.residents) == (80, 1, 2)
    assert result.actual_ratio == 1.0


def test_readiness_for_one_facility_and_a_social_worker(database, world):
    ring = world.facilities["ring"]
    result = _read(database, kpi.caseload_and_readiness, world.actors["manager"], TODAY,
                   [ring])
    assert (result.open_cases, result.people) == (1, 1)
    assert result.readiness == kpi.ReadinessCounts(0, 1, 0)
    mine = _read(database, kpi.caseload_and_readiness, world.actors["sw_park"], TODAY)
    assert (mine.open_cases, mine.readiness) == (1, kpi.ReadinessCounts(0, 0, 1))


# ---------------------------------------------------------------- permissions

def test_the_kpis_need_the_right_permission(database, world):
    site, service = world.actors["site"], world.actors["service"]
    with pytest.raises(PermissionDenied):
        _read(database, kpi.length_of_stay, site, *PERIOD, today=TODAY)
    with pytest.raises(PermissionDenied):
        _read(database, kpi.own_flat_moves, service, *PERIOD, today=TODAY)
    with pytest.raises(PermissionDenied):
        _read(database, kpi.caseload_and_readiness, site, TODAY)
    # the site manager sees the occupancy of their facility only
    result = _read(database, kpi.occupancy_at, site, TODAY)
    assert [r.name for r in result.facilities] == ["Haus am Park"]
