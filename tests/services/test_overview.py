"""The Übersicht's figures on a small town built by hand, on both engines.

Seen on TODAY = 15.03.2025, NOW = 10:00 UTC that day:

- "Haus am Park" (P): P1 4 places, P2 2 places with 1 blocked from 01.03.2025; three people
  in P1 since 01.11.2024 → 6 places, 1 blocked, 3 occupied, 2 free, 60 %.
- "Wohnheim Ring" (R): R1 3 places; Gert (01.10.2024 → 20.03.2025, still there today) and
  Hanna (from 01.01.2025) → 3 / 0 / 2 / 1, 66.7 %.
- Moves into own tenancy, months April 2024 … March 2025: Anna and Ben (P, 01.05.2024) → May
  2; Fritz (P, transferred to R on 01.08.2024, own flat 15.01.2025, so facility R) → January
  1; Cem (R, 10.03.2025) → March 1. Not counted: Dora (P, 31.03.2024, before the window),
  Emil (R, "Rückkehr"), Gert (own flat on 20.03.2025, after today).
- `more_moves` adds, for the list behind a month: Ida (P, own flat 05.10.2024, ended since),
  Karl (R, own flat 12.10.2024, back in P since 10.01.2025) → October 2; Jonas (own flat
  20.10.2024 from a private housing offer: not the office's facility) is not counted.
- Tickets (P unless said): reported, query, accepted, waiting for material until 01.04.,
  waiting for access, resolved, closed, cancelled; in R two safety hazards: one reported and
  past both deadlines, one in progress and due tomorrow. Am Zug: Heimleitung 3 (query,
  access, resolved), Objektservice 5 (reported, accepted, material, both hazards).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Date, bindparam, text

from soest_desk.db import Database
from soest_desk.models import Person, PlaceBlock, Stay, Unit
from soest_desk.models.enums import Role
from soest_desk.services import kpis, listing
from soest_desk.services.overview import month_starts, overview
from soest_desk.services.permissions import Actor
from tests.builders import Builder, _actor

TODAY = date(2025, 3, 15)
NOW = datetime(2025, 3, 15, 10, 0, tzinfo=UTC)


@dataclass
class Town:
    facilities: dict[str, int] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)


@pytest.fixture
def town(database: Database) -> Town:
    t = Town()
    with database.write() as session:
        b = Builder(session)
        park, ring = b.facility("Haus am Park"), b.facility("Wohnheim Ring")
        p1, p2, r1 = b.unit(park, "P1", 4), b.unit(park, "P2", 2), b.unit(ring, "R1", 3)
        b._add(PlaceBlock(unit_id=p2.id, places=1, start_date=date(2025, 3, 1),
                          reason="mould"))
        household = b.household("H1")

        def stay(name: str, unit, start: date, end: date | None = None,
                 reason: str | None = None, household=None) -> None:
            person = b.person(name, name, household=household)
            b._add(Stay(person_id=person.id, unit_id=unit.id, start_date=start,
                        end_date=end, move_out_reason=reason))

        for name in ("X1", "X2", "X3"):
            stay(name, p1, date(2024, 11, 1))
        stay("Gert", r1, date(2024, 10, 1), date(2025, 3, 20), "own_flat")
        stay("Hanna", r1, date(2025, 1, 1))
        stay("Anna", p1, date(2024, 1, 1), date(2024, 5, 1), "own_flat", household)
        stay("Ben", p1, date(2024, 1, 1), date(2024, 5, 1), "own_flat", household)
        stay("Cem", r1, date(2024, 2, 1), date(2025, 3, 10), "own_flat")
        stay("Dora", p2, date(2023, 1, 1), date(2024, 3, 31), "own_flat")
        stay("Emil", r1, date(2024, 6, 1), date(2024, 9, 1), "return")
        fritz = b.person("Fritz", "Fritz")
        b._add(Stay(person_id=fritz.id, unit_id=p1.id, start_date=date(2024, 6, 1),
                    end_date=date(2024, 8, 1), move_out_reason="transfer"))
        b._add(Stay(person_id=fritz.id, unit_id=r1.id, start_date=date(2024, 8, 1),
                    end_date=date(2025, 1, 15), move_out_reason="own_flat"))

        earlier = NOW - timedelta(days=3)
        for state, extra in (("reported", {}), ("query", {}), ("accepted", {}),
                             ("waiting", {"waiting_reason": "material",
                                          "waiting_until": date(2025, 4, 1)}),
                             ("waiting", {"waiting_reason": "access"}),
                             ("resolved", {}), ("closed", {}), ("cancelled", {})):
            b.ticket(park, f"Mangel {state}", state=state, reported_at=earlier, **extra)
        b.ticket(ring, "Geländer lose", hazard=True, reported_at=earlier,
                 due_at=NOW - timedelta(hours=1), secured_due_at=NOW - timedelta(hours=2))
        b.ticket(ring, "Stufe gebrochen", state="in_progress", hazard=True,
                 reported_at=earlier, due_at=NOW + timedelta(days=1))

        users = {
            "manager": b.user("leitung", {Role.MANAGER}),
            "service": b.user("os", {Role.PROPERTY_SERVICE}),
            "site_park": b.user("heim", {Role.SITE_MANAGER}, (park,)),
            "sw_ring": b.user("sw", {Role.SOCIAL_WORKER}, (ring,)),
            "admin": b.user("admin", {Role.ADMIN}),
        }
        t.facilities = {"park": park.id, "ring": ring.id}
        t.actors = {key: _actor(user) for key, user in users.items()}
    return t


@pytest.fixture
def more_moves(database: Database, town: Town) -> Town:
    """Moves into own flats of people who are no ordinary row of the persons list now."""
    with database.write() as session:
        b = Builder(session)
        units = {u.label: u for u in session.query(Unit)}
        linde = b.facility("Privatwohnung Linde", kind="private_offer")
        offer = b.unit(linde, "L1", 4)

        def stay(person: Person, unit: Unit, start: date, end: date | None = None,
                 reason: str | None = None) -> None:
            b._add(Stay(person_id=person.id, unit_id=unit.id, start_date=start,
                        end_date=end, move_out_reason=reason))

        ida, karl, jonas = b.person("Ida", "Ida"), b.person("Karl", "Karl"), b.person(
            "Jonas", "Jonas")
        stay(ida, units["P1"], date(2024, 2, 1), date(2024, 10, 5), "own_flat")
        ida.active = False  # "beendet": no longer in the office's care
        stay(karl, units["R1"], date(2024, 3, 1), date(2024, 10, 12), "own_flat")
        stay(karl, units["P1"], date(2025, 1, 10))  # back again
        stay(jonas, offer, date(2024, 6, 1), date(2024, 10, 20), "own_flat")
    return town


# what the bar counts, written out: stays (each ends a residence) that ended with "eigene
# Wohnung" from `first` to `last` in a facility that is no private housing offer
BY_HAND = text("""
    SELECT count(*) FROM stays s
    JOIN units u ON u.id = s.unit_id
    JOIN facilities f ON f.id = u.facility_id
    WHERE s.move_out_reason = 'own_flat' AND f.kind <> 'private_offer'
      AND s.end_date >= :first AND s.end_date <= :last
""").bindparams(bindparam("first", type_=Date), bindparam("last", type_=Date))


def _month_end(month: date) -> date:
    return month_starts(month.replace(day=28) + timedelta(days=4), 1)[0] - timedelta(days=1)


def _overview(database: Database, actor: Actor):
    with database.read() as session:
        return overview(session, actor, TODAY, now=NOW)


def test_occupancy_per_facility_today(database: Database, town: Town):
    part = _overview(database, town.actors["manager"]).occupancy
    assert part is not None
    rows = {f.name: (f.facility_id, f.places, f.blocked, f.occupied, f.free)
            for f in part.facilities}
    assert rows == {"Haus am Park": (town.facilities["park"], 6, 1, 3, 2),
                    "Wohnheim Ring": (town.facilities["ring"], 3, 0, 2, 1)}
    park = part.facilities[0]
    assert park.rate == pytest.approx(60.0)
    assert park.link.list_name == "facilities"
    assert park.link.filters == {"facility_id": town.facilities["park"]}
    assert (part.total.places, part.total.occupied, part.total.free) == (9, 5, 3)


def test_tickets_am_zug_per_role_and_hazards(database: Database, town: Town):
    part = _overview(database, town.actors["manager"]).tickets
    assert part is not None
    assert [(q.role, q.open_tickets) for q in part.roles] == [
        (Role.SITE_MANAGER, 3), (Role.PROPERTY_SERVICE, 5)]
    assert {q.link.filters["queue"] for q in part.roles} == {"open"}  # not the Leitung's move
    assert (part.hazards_open, part.hazards_overdue, part.hazards_unsecured_overdue) == (2, 1, 1)
    assert (part.hazards_link.list_name, part.hazards_link.filters) == (
        "tickets", {"queue": "safety"})


def test_a_site_manager_counts_only_their_facility_and_opens_their_queue(
        database: Database, town: Town):
    data = _overview(database, town.actors["site_park"])
    assert data.tickets is not None
    assert [(q.role, q.open_tickets, q.link.filters["queue"]) for q in data.tickets.roles] == [
        (Role.SITE_MANAGER, 3, "mine"), (Role.PROPERTY_SERVICE, 3, "open")]
    assert data.tickets.hazards_open == 0
    assert data.occupancy is not None
    assert [f.name for f in data.occupancy.facilities] == ["Haus am Park"]
    assert data.moves is None  # neither cases nor reports


def test_property_service_sees_tickets_but_no_moves(database: Database, town: Town):
    data = _overview(database, town.actors["service"])
    assert data.tickets is not None and data.occupancy is not None
    queues = {q.role: q.link.filters["queue"] for q in data.tickets.roles}
    assert queues == {Role.SITE_MANAGER: "open", Role.PROPERTY_SERVICE: "mine"}
    assert data.moves is None


def test_admin_sees_only_occupancy(database: Database, town: Town):
    data = _overview(database, town.actors["admin"])
    assert data.occupancy is not None
    assert data.tickets is None and data.moves is None


def test_moves_into_own_tenancy_per_month(database: Database, more_moves: Town):
    manager = more_moves.actors["manager"]
    part = _overview(database, manager).moves
    assert part is not None
    assert [m.month for m in part.months] == month_starts(TODAY)
    assert part.months[0].month == date(2024, 4, 1) and part.months[-1].month == date(2025, 3, 1)
    counts = {m.month: m.people for m in part.months if m.people}
    assert counts == {date(2024, 5, 1): 2, date(2024, 10, 1): 2, date(2025, 1, 1): 1,
                      date(2025, 3, 1): 1}
    assert part.total == 6
    assert part.link is not None and part.link.filters == {"status": "closed"}
    # the definition: own_flat_moves over each calendar month (to today)
    with database.read() as session:
        for month in part.months:
            report = kpis.own_flat_moves(session, manager, month.month,
                                         _month_end(month.month), today=TODAY)
            assert report.total.people == month.people, month.month


def test_a_month_opens_the_people_who_moved_as_many_rows_as_the_bar(
        database: Database, more_moves: Town):
    """Behind each month the Bewohner*innen who moved then: as many rows as the bar says
    and the hand-written count – the ended Ida and Karl, who lives with us again, among
    them; not Jonas (private offer), nor Gert (his move-out on the 20th lies after today)."""
    manager = more_moves.actors["manager"]
    part = _overview(database, manager).moves
    assert part is not None
    with database.read() as session:
        for month in part.months:
            assert month.link is not None
            assert (month.link.list_name, month.link.filters) == (
                "persons", {"own_flat_month": f"{month.month:%Y-%m}"})
            rows = listing.count(session, manager, "persons", filters=month.link.filters,
                                 today=TODAY, now=NOW)
            by_hand = session.scalar(BY_HAND, {
                "first": month.month, "last": min(_month_end(month.month), TODAY)})
            assert rows == month.people == by_hand, month.month
        october = listing.fetch_page(session, manager, "persons", today=TODAY, now=NOW,
                                     filters={"own_flat_month": "2024-10"})
        march = listing.fetch_page(session, manager, "persons", today=TODAY, now=NOW,
                                   filters={"own_flat_month": "2025-03"})
    assert sorted(row.values[0] for row in october.rows) == ["Ida", "Karl"]
    assert [row.values[0] for row in march.rows] == ["Cem"]


def test_two_own_flat_moves_of_one_person_in_a_month_are_one_row(database: Database,
                                                                 town: Town):
    """The documented edge: the bar counts residences, the list people."""
    with database.write() as session:
        b = Builder(session)
        units = {u.label: u for u in session.query(Unit)}
        max_ = b.person("Max", "Max")
        for unit, start, end in (("P1", date(2024, 7, 1), date(2024, 7, 10)),
                                 ("R1", date(2024, 7, 20), date(2024, 7, 30))):
            b._add(Stay(person_id=max_.id, unit_id=units[unit].id, start_date=start,
                        end_date=end, move_out_reason="own_flat"))
    manager = town.actors["manager"]
    part = _overview(database, manager).moves
    assert part is not None
    july = next(m for m in part.months if m.month == date(2024, 7, 1))
    assert july.people == 2 and july.link is not None
    with database.read() as session:
        assert listing.count(session, manager, "persons", filters=july.link.filters,
                             today=TODAY, now=NOW) == 1


def test_a_social_worker_counts_moves_from_their_facilities(database: Database,
                                                            more_moves: Town):
    data = _overview(database, more_moves.actors["sw_ring"])
    assert data.tickets is None  # social work sees no tickets
    assert data.moves is not None
    assert {m.month: m.people for m in data.moves.months if m.people} == {
        date(2024, 10, 1): 1, date(2025, 1, 1): 1, date(2025, 3, 1): 1}
    # the persons list shows a social worker only who lives in their facilities today, so
    # behind a month lie the cases closed with "eigene Wohnung" then (households)
    links = {(m.link.list_name, tuple(m.link.filters)) for m in data.moves.months if m.link}
    assert links == {("cases", ("status", "own_flat_month"))}


def test_month_starts_cross_the_year():
    assert month_starts(date(2025, 1, 31), 3) == [date(2024, 11, 1), date(2024, 12, 1),
                                                  date(2025, 1, 1)]
