"""Ticket and maintenance-cost KPIs on a small hand-made history, on SQLite and PostgreSQL.

November 2026 in Soest (UTC+1; no public holiday in NRW that month). Times below are UTC.
Facility A ("Haus am Bach"): units of 4 + 2 places, 2 places of the first blocked from
16 November on (15 of 30 days). Facility B ("Haus am Berg"): one unit of 4 places.
Deadlines (settings default): normal 10, urgent 3, immediate 1 working day(s).

T1  A heating normal  rep Mon 02.11 08:00, due 16.11; acc 10:00, start 03.11 08:00,
    resolved 04.11 08:00 (material 100,00 €), closed 05.11 08:00 → 3 d, 3 working days.
T2  A plumbing urgent rep Tue 03.11 08:00, due Fri 06.11; acc 09:00, start 04.11 09:00,
    resolved Mon 09.11 09:00 (2 h × 45 € = 90,00 €), closed 10.11 09:00 → 7 d 1 h, late,
    5 working days.
T3  B heating normal  rep Wed 04.11 08:00, due 18.11; acc 12:00, start 05.11 08:00,
    resolved 06.11 08:00 (invoice 250,00 €), rejected 06.11 12:00, start Mon 09.11 08:00,
    resolved 10.11 08:00 (material 40,50 €), closed 11.11 08:00 → 7 d, rework,
    5 working days.
T4  A outdoor immediate (safety hazard) rep Thu 12.11 08:00, due Fri 13.11, secure by 12:00
    (never secured); acc 10:00; still "Übernommen" at the cut-off Mon 30.11 10:00.
T5  B other normal    rep Thu 05.11 08:00, cancelled 09:00 → only counted as cancelled.
T6  B plumbing normal rep Mon 26.10 08:00 (not in the November cohort), material 60,00 €
    booked 27.10 (outside), resolved 02.11 09:00 with an invoice of 200,00 € booked 02.11
    (inside), closed 03.11 09:00.

Hours per state (cancelled T5 left out):
    reported    T1 2, T2 1, T3 4, T4 2          → total 9,   median 2,  4 tickets
    accepted    T1 22, T2 24, T3 20+68, T4 432  → total 566, median (24+88)/2 = 56
    in_progress T1 24, T2 120, T3 24+24         → total 192, median 48, 3 tickets
    resolved    T1 24, T2 24, T3 4+24           → total 76,  median 24, 3 tickets
Cost November: A 100 + 90 = 190,00 over 5 allocable places (6 − 30 blocked place-days ÷ 30)
→ 38,00 €/place/month; B 250 + 40,50 + 200 = 490,50 over 4 → 122,625 → 122,63; total
680,50 over 9 → 75,6111 → 75,61; heating 390,50 ÷ 9 → 43,39; plumbing 290,00 ÷ 9 → 32,22.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest

from soest_desk.models import Facility
from soest_desk.services import occupancy, ticket_costs, tickets
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.kpi_costs import CostFigures, maintenance_cost, months_in
from soest_desk.services.kpi_tickets import (
    DeadlineShare,
    HazardCount,
    ReworkRate,
    StateTime,
    Turnaround,
    deadline_share,
    open_safety_hazards,
    rework_rate,
    ticket_cohort,
    ticket_turnaround,
    time_per_state,
)
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.services.ticket_costs import CostInput
from soest_desk.services.ticket_workflow import Action
from soest_desk.services.tickets import NewTicket, StepInput
from tests.builders import Builder
from tests.services.ticket_fixtures import Cast, make_cast

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
NOV = (date(2026, 11, 1), date(2026, 11, 30))
H = timedelta(hours=1)
D = timedelta(days=1)


def at(day: int, hour: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


@dataclass(frozen=True)
class World:
    cast: Cast
    a: int
    b: int


@pytest.fixture
def world(database) -> World:
    cast = make_cast(database)
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        b.unit(session.get(Facility, cast.facility_b), "B-1", 4)
    with database.write(cast.manager) as session:
        occupancy.block_places(session, cast.manager, cast.unit_a1, 2, date(2026, 11, 16),
                               date(2026, 12, 1), "mould")
    service, caretaker = cast.service, cast.caretaker_id

    def report(site, facility, category, priority, moment) -> int:
        with database.write(site) as session:
            return tickets.report(session, site, NewTicket(facility, "Mangel", category,
                                                           priority), now=moment)

    def step(actor, ticket, action, moment, **extra) -> None:
        with database.write(actor) as session:
            tickets.perform(session, actor, ticket, action, StepInput(**extra), now=moment)

    def accept(ticket, moment) -> None:
        step(service, ticket, Action.ACCEPT, moment, assignee_user_id=caretaker)

    def resolve(ticket, moment, *costs: CostInput) -> None:
        with database.write(service) as session:
            ticket_costs.resolve(session, service, ticket, "erledigt", list(costs), now=moment)

    def material(amount: str, day: date) -> CostInput:
        return CostInput("material", amount_eur=amount, booked_on=day)

    site_a, site_b, fa, fb = cast.site_a, cast.site_b, cast.facility_a, cast.facility_b
    t1 = report(site_a, fa, "heating", "normal", at(2, 8))
    accept(t1, at(2, 10))
    step(service, t1, Action.START, at(3, 8))
    resolve(t1, at(4, 8), material("100.00", date(2026, 11, 4)))
    step(site_a, t1, Action.CONFIRM, at(5, 8))

    t2 = report(site_a, fa, "plumbing", "urgent", at(3, 8))
    accept(t2, at(3, 9))
    step(service, t2, Action.START, at(4, 9))
    resolve(t2, at(9, 9), CostInput("labour", hours="2", hourly_rate_eur="45",
                                    booked_on=date(2026, 11, 9)))
    step(site_a, t2, Action.CONFIRM, at(10, 9))

    t3 = report(site_b, fb, "heating", "normal", at(4, 8))
    accept(t3, at(4, 12))
    step(service, t3, Action.START, at(5, 8))
    resolve(t3, at(6, 8), CostInput("contractor", amount_eur="250,00",
                                    booked_on=date(2026, 11, 6)))
    step(site_b, t3, Action.REJECT, at(6, 12), note="tropft weiter")
    step(service, t3, Action.START, at(9, 8))
    resolve(t3, at(10, 8), material("40,50", date(2026, 11, 10)))
    step(site_b, t3, Action.CONFIRM, at(11, 8))

    t4 = report(site_a, fa, "outdoor", "immediate", at(12, 8))
    accept(t4, at(12, 10))

    t5 = report(site_b, fb, "other", "normal", at(5, 8))
    step(service, t5, Action.CANCEL, at(5, 9), note="doppelt gemeldet")

    t6 = report(site_b, fb, "plumbing", "normal", at(26, 8, month=10))
    accept(t6, at(26, 9, month=10))
    step(service, t6, Action.START, at(26, 10, month=10))
    with database.write(service) as session:
        ticket_costs.add_costs(session, service, t6, [material("60", date(2026, 10, 27))],
                               now=at(27, 10, month=10))
    resolve(t6, at(2, 9), CostInput("contractor", amount_eur="200",
                                    booked_on=date(2026, 11, 2)))
    step(site_b, t6, Action.CONFIRM, at(3, 9))
    return World(cast, fa, fb)


def _run(database, kpi, actor, start, end, facility_ids=None, **kwargs):
    with database.read() as session:
        return kpi(session, actor, start, end, facility_ids, **kwargs)


def test_turnaround(database, world):
    kpi = _run(database, ticket_turnaround, world.cast.manager, *NOV, now=NOW)
    # median of 3 d, 7 d, 7 d 1 h; working days 3, 5, 5; T4 open since 12.11 08:00
    assert kpi.total == Turnaround(closed=3, open=1, cancelled=1, median=7 * D,
                                   median_working_days=5.0, oldest_open=18 * D + 2 * H)
    assert kpi.total.median_days == 7.0
    assert kpi.by_facility == {
        world.a: Turnaround(2, 1, 0, 5 * D + 30 * timedelta(minutes=1), 4.0, 18 * D + 2 * H),
        world.b: Turnaround(1, 0, 1, 7 * D, 5.0, None),
    }
    assert kpi.by_facility[world.a].median_days == 5.02
    assert kpi.by_category == {
        "heating": Turnaround(2, 0, 0, 5 * D, 4.0, None),
        "other": Turnaround(0, 0, 1, None, None, None),
        "outdoor": Turnaround(0, 1, 0, None, None, 18 * D + 2 * H),
        "plumbing": Turnaround(1, 0, 0, 7 * D + H, 5.0, None),
    }


def test_time_per_state(database, world):
    kpi = _run(database, time_per_state, world.cast.manager, *NOV, now=NOW)
    assert kpi.total == {
        "reported": StateTime(4, 9 * H, 2 * H),
        "accepted": StateTime(4, 566 * H, 56 * H),
        "in_progress": StateTime(3, 192 * H, 48 * H),
        "resolved": StateTime(3, 76 * H, 24 * H),
    }
    assert kpi.total["accepted"].total_hours == 566.0
    # B: only T3 (T5 cancelled)
    assert kpi.by_facility[world.b] == {
        "reported": StateTime(1, 4 * H, 4 * H), "accepted": StateTime(1, 88 * H, 88 * H),
        "in_progress": StateTime(1, 48 * H, 48 * H), "resolved": StateTime(1, 28 * H, 28 * H),
    }
    assert kpi.by_category["outdoor"] == {"reported": StateTime(1, 2 * H, 2 * H),
                                          "accepted": StateTime(1, 432 * H, 432 * H)}
    assert kpi.by_category["other"] == {}


def test_deadline_share(database, world):
    kpi = _run(database, deadline_share, world.cast.manager, *NOV, now=NOW)
    # T1, T3 in time; T2 closed late; T4 open and past its deadline
    assert kpi.total == DeadlineShare(within=2, closed_late=1, open_overdue=1, open_in_time=0,
                                      without_deadline=0)
    assert kpi.total.share == Fraction(1, 2)
    assert kpi.by_facility[world.a].share == Fraction(1, 3)
    assert kpi.by_facility[world.b] == DeadlineShare(1, 0, 0, 0, 0)
    assert kpi.by_category["plumbing"].share == 0


def test_deadline_share_leaves_an_open_ticket_in_time_undecided(database, world):
    # as of Fri 13.11 12:00 T4 (due 13.11 24:00) is still in time
    kpi = _run(database, deadline_share, world.cast.manager, *NOV, now=at(13, 11))
    assert kpi.by_category["outdoor"] == DeadlineShare(0, 0, 0, 1, 0)
    assert kpi.by_category["outdoor"].share is None


def test_rework_rate(database, world):
    kpi = _run(database, rework_rate, world.cast.manager, *NOV, now=NOW)
    assert kpi.total == ReworkRate(closed=3, reworked=1)
    assert kpi.total.rate == Fraction(1, 3)
    assert kpi.by_facility == {world.a: ReworkRate(2, 0), world.b: ReworkRate(1, 1)}
    assert kpi.by_category["heating"].rate == Fraction(1, 2)
    assert kpi.by_category["other"].rate is None


def test_open_safety_hazards(database, world):
    kpi = _run(database, open_safety_hazards, world.cast.manager, *NOV, now=NOW)
    assert kpi.total == HazardCount(open=1, overdue=1, unsecured_overdue=1)
    assert kpi.by_facility == {world.a: HazardCount(1, 1, 1)}
    assert kpi.by_category == {"outdoor": HazardCount(1, 1, 1)}
    # before it was reported there was none; at 11:00 it was open, not yet overdue at all
    assert _run(database, open_safety_hazards, world.cast.manager, *NOV,
                now=at(12, 7)).total == HazardCount(0, 0, 0)
    assert _run(database, open_safety_hazards, world.cast.manager, *NOV,
                now=at(12, 11)).total == HazardCount(1, 0, 0)


def test_maintenance_cost(database, world):
    kpi = _run(database, maintenance_cost, world.cast.manager, *NOV)
    assert kpi.total == CostFigures(Decimal("680.50"), entries=5, tickets=4,
                                    allocable_places=Fraction(9),
                                    per_place_month_eur=Decimal("75.61"))
    assert kpi.by_facility == {
        world.a: CostFigures(Decimal("190.00"), 2, 2, Fraction(5), Decimal("38.00")),
        world.b: CostFigures(Decimal("490.50"), 3, 2, Fraction(4), Decimal("122.63")),
    }
    assert kpi.by_category == {
        "heating": CostFigures(Decimal("390.50"), 3, 2, Fraction(9), Decimal("43.39")),
        "plumbing": CostFigures(Decimal("290.00"), 2, 2, Fraction(9), Decimal("32.22")),
    }


def test_a_past_period_is_taken_as_it_stood_at_its_end(database, world):
    # 1–5 Nov, cut-off 05.11 24:00: T1 closed (3 d); T2 and T3 still open; T5 cancelled
    kpi = _run(database, ticket_turnaround, world.cast.manager, date(2026, 11, 1),
               date(2026, 11, 5), now=NOW)
    end = datetime(2026, 11, 5, 23, 0, tzinfo=UTC) - timedelta(microseconds=1)
    assert kpi.total == Turnaround(1, 2, 1, 3 * D, 3.0, end - at(3, 8))
    assert _run(database, rework_rate, world.cast.manager, date(2026, 11, 1),
                date(2026, 11, 5), now=NOW).total == ReworkRate(1, 0)


def test_an_empty_period(database, world):
    september = (date(2026, 9, 1), date(2026, 9, 30))
    manager = world.cast.manager
    assert _run(database, ticket_turnaround, manager, *september, now=NOW).total == \
        Turnaround(0, 0, 0, None, None, None)
    assert _run(database, time_per_state, manager, *september, now=NOW).total == {}
    assert _run(database, deadline_share, manager, *september, now=NOW).total.share is None
    assert _run(database, rework_rate, manager, *september, now=NOW).by_facility == {}
    cost = _run(database, maintenance_cost, manager, *september)
    assert cost.total == CostFigures(Decimal("0.00"), 0, 0, Fraction(10), Decimal("0.00"))
    assert cost.by_facility[world.a] == CostFigures(Decimal("0.00"), 0, 0, Fraction(6),
                                                    Decimal("0.00"))
    assert cost.by_category == {}


def test_facility_filter_and_scope(database, world):
    cast = world.cast
    only_b = _run(database, maintenance_cost, cast.manager, *NOV, [world.b])
    assert only_b.total.total_eur == Decimal("490.50")
    assert set(only_b.by_facility) == {world.b}
    mine = _run(database, rework_rate, cast.site_a, *NOV, now=NOW)  # Heimleitung A: A only
    assert mine.by_facility == {world.a: ReworkRate(2, 0)}
    assert _run(database, maintenance_cost, cast.service, *NOV).total.total_eur == \
        Decimal("680.50")
    with pytest.raises(PermissionDenied, match="nicht zugeordnet"):
        _run(database, ticket_turnaround, cast.site_a, *NOV, [world.b])
    with pytest.raises(PermissionDenied):
        _run(database, maintenance_cost, cast.social, *NOV)
    with pytest.raises(DomainError, match="Ende liegt vor dem Anfang"):
        _run(database, deadline_share, cast.manager, date(2026, 11, 2), date(2026, 11, 1))
    with pytest.raises(DomainError, match="gibt es nicht"):
        _run(database, open_safety_hazards, cast.manager, *NOV, [999])


def test_months_in_a_period():
    assert months_in(date(2026, 1, 1), date(2026, 3, 31)) == 3
    assert months_in(date(2026, 4, 1), date(2026, 4, 15)) == Fraction(1, 2)
    assert months_in(date(2026, 2, 1), date(2026, 2, 1)) == Fraction(1, 28)


@pytest.mark.parametrize("now", [NOW, at(13, 11), at(6, 10)], ids=["30.11.", "13.11.", "06.11."])
def test_one_cohort_gives_each_kpi_as_its_own_function(database, world, now):
    manager = world.cast.manager
    with database.read() as session:
        full = ticket_cohort(session, manager, *NOV, now=now)
        short = ticket_cohort(session, manager, *NOV, now=now, state_times=False)
        for cohort in (full, short):
            assert cohort.turnaround() == ticket_turnaround(session, manager, *NOV, now=now)
            assert cohort.deadline_share() == deadline_share(session, manager, *NOV, now=now)
            assert cohort.rework_rate() == rework_rate(session, manager, *NOV, now=now)
        assert full.time_per_state() == time_per_state(session, manager, *NOV, now=now)
        with pytest.raises(ValueError, match="state_times"):
            short.time_per_state()
    # the short read (last state and rework from the database) agrees with the history
    assert [replace(fact, time_in_state=None) for fact in full.facts] == list(short.facts)


def test_the_cohorts_facts_as_of_the_cut_off(database, world):
    manager = world.cast.manager
    with database.read() as session:
        late = ticket_cohort(session, manager, *NOV, now=NOW, state_times=False)
        # 06.11. 10:00: T2 still in progress, T3 resolved and not yet rejected, T4 unreported
        early = ticket_cohort(session, manager, *NOV, now=at(6, 10), state_times=False)
        mine = ticket_cohort(session, world.cast.site_a, *NOV, now=NOW)
        with pytest.raises(PermissionDenied):
            ticket_cohort(session, world.cast.site_a, *NOV, [world.b], now=NOW)
    assert [(f.category, f.state, f.closed, f.cancelled, f.rework) for f in late.facts] == [
        ("heating", "closed", True, False, False), ("plumbing", "closed", True, False, False),
        ("heating", "closed", True, False, True), ("outdoor", "accepted", False, False, False),
        ("other", "cancelled", False, True, False)]
    assert [(f.category, f.state, f.closed, f.rework) for f in early.facts] == [
        ("heating", "closed", True, False), ("plumbing", "in_progress", False, False),
        ("heating", "resolved", False, False), ("other", "cancelled", False, False)]
    assert early.as_of == at(6, 10) and early.facts[1].ended_at == at(6, 10)
    assert {f.facility_id for f in mine.facts} == {world.a} and len(mine.facts) == 3
    assert mine.facilities == [world.a]
