"""Stays: move in, move out, transfer, households together, capacity and the audited
override, back-dating with overlap checks, and the database's own refusals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from soest_desk.db import Database
from soest_desk.models import AuditEntry, OverAllocation, PlaceBlock, Stay
from soest_desk.services import stays
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.stays import Placement, UnitFull
from tests.services.stay_fixtures import DAY, Town, build_town

TODAY = date(2025, 3, 15)


@pytest.fixture
def town(database: Database) -> Town:
    return build_town(database)


def _family(town: Town, unit: str) -> list[Placement]:
    return [Placement(town.people[p], town.units[unit]) for p in ("olena", "andrii", "sofiia")]


def _move_in(database: Database, town: Town, placements: list[Placement], start: date = DAY,
             actor: str = "manager", **kwargs) -> list[int]:
    with database.write(town.actors[actor]) as session:
        made = stays.move_in(session, town.actors[actor], placements, start, today=TODAY,
                             **kwargs)
        return [s.id for s in made]


def _count(database: Database, unit_id: int, day: date) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Stay).where(
            Stay.unit_id == unit_id, Stay.start_date <= day,
            (Stay.end_date.is_(None)) | (Stay.end_date > day))) or 0


def test_a_household_moves_in_together(database: Database, town: Town):
    ids = _move_in(database, town, _family(town, "park-family"))
    assert len(ids) == 3
    assert _count(database, town.units["park-family"], DAY) == 3


def test_leaving_a_member_behind_needs_a_split_on_purpose(database: Database, town: Town):
    two = _family(town, "park-family")[:2]
    with pytest.raises(DomainError, match=r"Sofiia.*bleibt zurück"):
        _move_in(database, town, two)
    assert _count(database, town.units["park-family"], DAY) == 0
    assert len(_move_in(database, town, two, split_on_purpose=True)) == 2


def test_one_household_in_two_facilities_needs_a_split_on_purpose(database, town):
    placements = _family(town, "park-family")
    placements[2] = Placement(town.people["sofiia"], town.units["ring-a"])
    with pytest.raises(DomainError, match="mehrere Unterkünfte"):
        _move_in(database, town, placements)


def test_neighbouring_units_of_one_facility_are_no_split(database, town):
    placements = _family(town, "ring-a")
    placements[2] = Placement(town.people["sofiia"], town.units["ring-b"])
    assert len(_move_in(database, town, placements)) == 3


def test_a_full_unit_refuses_and_writes_nothing(database: Database, town: Town):
    _move_in(database, town, [Placement(town.people["lena"], town.units["park-double"]),
                              Placement(town.people["maryam"], town.units["park-double"])])
    with pytest.raises(UnitFull, match="Wohneinheit ist voll"):
        _move_in(database, town, [Placement(town.people["ahmad"], town.units["park-double"])])
    assert _count(database, town.units["park-double"], DAY) == 2


def test_capacity_counts_every_day_of_the_stay(database: Database, town: Town):
    """Free today, but someone is booked from next month: an open stay from today collides."""
    unit = town.units["park-men"]
    later = DAY + timedelta(days=30)
    _move_in(database, town, [Placement(town.people["ahmad"], unit)], start=later)
    with pytest.raises(UnitFull, match=later.strftime("%d.%m.%Y")):
        _move_in(database, town, [Placement(town.people["karim"], unit)])
    # a stay that ends before the booking fits
    ids = _move_in(database, town, [Placement(town.people["karim"], unit)],
                   end=later, end_reason="own_flat")
    assert len(ids) == 1


def test_blocked_places_are_not_allocable(database: Database, town: Town):
    unit = town.units["park-double"]
    with database.write() as session:
        session.add(PlaceBlock(unit_id=unit, places=1, start_date=DAY, reason="mould"))
    _move_in(database, town, [Placement(town.people["lena"], unit)])
    with pytest.raises(UnitFull):
        _move_in(database, town, [Placement(town.people["maryam"], unit)])


def test_a_manager_may_over_allocate_with_a_written_reason(database: Database, town: Town):
    unit = town.units["park-men"]
    _move_in(database, town, [Placement(town.people["ahmad"], unit)])
    with pytest.raises(DomainError, match="mindestens 10 Zeichen"):
        _move_in(database, town, [Placement(town.people["karim"], unit)],
                 override_reason="weil")
    reason = "Notaufnahme am Wochenende, Verlegung am Montag"
    ids = _move_in(database, town, [Placement(town.people["karim"], unit)],
                   override_reason=reason)
    with database.read() as session:
        stay = session.get(Stay, ids[0])
        decision = session.get(OverAllocation, stay.over_allocation_id)
        assert decision.reason == reason and decision.resolved_at is None
        assert decision.decided_by_id == town.actors["manager"].user_id
        audited = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.table_name == "over_allocations", AuditEntry.row_id == decision.id))
        assert audited == 1
        assert stays.over_allocated_unit_ids(session) == {unit}


def test_a_site_manager_cannot_override(database: Database, town: Town):
    unit = town.units["park-men"]
    _move_in(database, town, [Placement(town.people["ahmad"], unit)], actor="site")
    with pytest.raises(PermissionDenied):
        _move_in(database, town, [Placement(town.people["karim"], unit)], actor="site",
                 override_reason="Notaufnahme am Wochenende")


def test_a_site_manager_moves_in_only_in_their_facilities(database, town):
    with pytest.raises(PermissionDenied):
        _move_in(database, town, [Placement(town.people["lena"], town.units["ring-women"])],
                 actor="site")
    with pytest.raises(PermissionDenied):
        _move_in(database, town, [Placement(town.people["lena"], town.units["park-double"])],
                 actor="service")


def test_moving_out_resolves_the_over_allocation(database: Database, town: Town):
    unit = town.units["park-men"]
    _move_in(database, town, [Placement(town.people["ahmad"], unit)])
    _move_in(database, town, [Placement(town.people["karim"], unit)],
             override_reason="Notaufnahme am Wochenende")
    with database.write(town.actors["manager"]) as session:
        stays.move_out(session, town.actors["manager"], [town.people["karim"]],
                       DAY + timedelta(days=3), "redistribution", today=TODAY)
        assert stays.over_allocated_unit_ids(session) == set()


def test_overlapping_stays_of_one_person_are_refused(database: Database, town: Town):
    _move_in(database, town, [Placement(town.people["lena"], town.units["park-double"])])
    with pytest.raises(DomainError, match=r"Berg, Lena wohnt vom 01\.03\.2025 schon in "
                                          r"Haus am Park, EG-01"):
        _move_in(database, town, [Placement(town.people["lena"], town.units["ring-women"])],
                 start=DAY + timedelta(days=5))
    # back-dated, ending before the first: fine
    ids = _move_in(database, town, [Placement(town.people["lena"], town.units["ring-women"])],
                   start=date(2024, 12, 1), end=DAY, end_reason="transfer")
    assert len(ids) == 1


def test_move_out_ends_the_stay_and_checks_the_date(database: Database, town: Town):
    _move_in(database, town, [Placement(town.people["lena"], town.units["park-double"])])
    actor = town.actors["manager"]
    with database.write(actor) as session, pytest.raises(DomainError, match="nirgends"):
        stays.move_out(session, actor, [town.people["lena"]], DAY, "own_flat", today=TODAY)
    with database.write(actor) as session, pytest.raises(DomainError, match="Auszugsgrund"):
        stays.move_out(session, actor, [town.people["lena"]], TODAY, "bogus", today=TODAY)
    with database.write(actor) as session:
        ended = stays.move_out(session, actor, [town.people["lena"]], TODAY, "own_flat",
                               note="Mietvertrag unterschrieben", today=TODAY)
        assert ended[0].end_date == TODAY and ended[0].move_out_reason == "own_flat"
    assert _count(database, town.units["park-double"], TODAY) == 0


def test_a_household_moves_out_together_unless_split(database: Database, town: Town):
    _move_in(database, town, _family(town, "park-family"))
    actor = town.actors["manager"]
    with database.write(actor) as session, pytest.raises(DomainError, match="bleiben zurück"):
        stays.move_out(session, actor, [town.people["olena"]], TODAY, "own_flat",
                       today=TODAY)
    with database.write(actor) as session:
        stays.move_out(session, actor, [town.people[p] for p in ("olena", "andrii", "sofiia")],
                       TODAY, "own_flat", today=TODAY)
    assert _count(database, town.units["park-family"], TODAY) == 0


def test_transfer_ends_one_stay_and_begins_the_next(database: Database, town: Town):
    _move_in(database, town, _family(town, "park-family"))
    actor = town.actors["manager"]
    with database.write(actor) as session:
        placements = [*_family(town, "ring-a")[:2],
                      Placement(town.people["sofiia"], town.units["ring-b"])]
        new = stays.transfer(session, actor, placements, TODAY, today=TODAY)
        assert {s.unit_id for s in new} == {town.units["ring-a"], town.units["ring-b"]}
    assert _count(database, town.units["park-family"], TODAY) == 0
    with database.read() as session:
        records = stays.history(session, actor, town.people["olena"], today=TODAY)
        assert [r.move_out_reason for r in records] == ["transfer", None]
        assert stays.residence_start(records, TODAY) == DAY
        assert stays.length_of_stay_days(records, TODAY) == (TODAY - DAY).days


def test_transfer_into_a_full_unit_changes_nothing(database: Database, town: Town):
    _move_in(database, town, [Placement(town.people["ahmad"], town.units["park-men"])])
    _move_in(database, town, [Placement(town.people["karim"], town.units["park-double"])])
    actor = town.actors["manager"]
    with pytest.raises(UnitFull), database.write(actor) as session:
        stays.transfer(session, actor, [Placement(town.people["karim"], town.units["park-men"])],
                       TODAY, today=TODAY)
    assert _count(database, town.units["park-double"], TODAY) == 1


def test_bad_dates_are_refused(database: Database, town: Town):
    lena = [Placement(town.people["lena"], town.units["park-double"])]
    with pytest.raises(DomainError, match=r"Einzug: .*zu weit zurück"):
        _move_in(database, town, lena, start=date(1999, 1, 1))
    with pytest.raises(DomainError, match="mehr als ein Jahr"):
        _move_in(database, town, lena, start=TODAY + timedelta(days=400))
    with pytest.raises(DomainError, match=r"Auszug: .*nach dem Einzug"):
        _move_in(database, town, lena, end=DAY, end_reason="own_flat")
    with pytest.raises(DomainError, match="Auszugsgrund"):
        _move_in(database, town, lena, end=TODAY)


def test_a_private_offer_is_no_place_to_allocate(database: Database, town: Town):
    with pytest.raises(DomainError, match="privates Wohnraumangebot"):
        _move_in(database, town, [Placement(town.people["lena"], town.units["offer"])])


def test_the_database_refuses_overlap_and_early_move_out_by_itself(database, town):
    _move_in(database, town, [Placement(town.people["lena"], town.units["park-double"])])
    insert = text("INSERT INTO stays (person_id, unit_id, start_date, end_date, "
                  "move_out_reason, version_id) VALUES (:p, :u, :s, :e, :r, 1)")
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(insert, {"p": town.people["lena"], "u": town.units["ring-a"],
                                    "s": TODAY, "e": None, "r": None})
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(insert, {"p": town.people["maryam"], "u": town.units["ring-a"],
                                    "s": TODAY, "e": DAY, "r": "own_flat"})


def _transfer(database, town, placements, on, **kwargs):
    actor = town.actors["manager"]
    with database.write(actor) as session:
        return [s.id for s in stays.transfer(session, actor, placements, on, today=TODAY,
                                             **kwargs)]


def test_a_member_without_a_place_does_not_block_moving_the_others(database, town):
    _move_in(database, town, _family(town, "park-family")[:2], split_on_purpose=True)
    moved = _transfer(database, town, _family(town, "ring-a")[:2], TODAY)
    assert len(moved) == 2  # Sofiia has no place: she is not left "behind" in a unit


def test_a_member_cannot_move_into_another_facility_than_the_household(database, town):
    _move_in(database, town, _family(town, "park-family")[:2], split_on_purpose=True)
    sofiia = [Placement(town.people["sofiia"], town.units["ring-a"])]
    with pytest.raises(DomainError, match="mehrere Unterkünfte"):
        _move_in(database, town, sofiia, start=TODAY)
    # into the household's own facility she needs no split
    at_home = [Placement(town.people["sofiia"], town.units["park-double"])]
    assert len(_move_in(database, town, at_home, start=TODAY)) == 1


def test_a_back_dated_move_out_never_rewrites_a_transfer(database, town):
    _move_in(database, town, [Placement(town.people["lena"], town.units["park-double"])])
    on = DAY + timedelta(days=9)
    _transfer(database, town, [Placement(town.people["lena"], town.units["ring-women"])], on)
    actor = town.actors["manager"]
    with database.write(actor) as session, pytest.raises(DomainError, match="umgezogen"):
        stays.move_out(session, actor, [town.people["lena"]], on, "own_flat", today=TODAY)
    with database.read() as session:
        records = stays.history(session, actor, town.people["lena"], today=TODAY)
    assert [r.move_out_reason for r in records] == ["transfer", None]


def test_a_back_dated_household_transfer_with_different_ends(database, town):
    _move_in(database, town, _family(town, "park-family"))
    actor = town.actors["manager"]
    with database.write(actor) as session:  # Andrii moved out on his own later
        stays.move_out(session, actor, [town.people["andrii"]], DAY + timedelta(days=11),
                       "own_flat", split_on_purpose=True, today=TODAY)
    placements = [*_family(town, "ring-a")[:2],
                  Placement(town.people["sofiia"], town.units["ring-b"])]
    moved = _transfer(database, town, placements, DAY + timedelta(days=4))
    assert len(moved) == 3
    with database.read() as session:
        andrii = stays.history(session, actor, town.people["andrii"], today=TODAY)
    assert [(r.unit, r.end, r.move_out_reason) for r in andrii][-1] == (
        "A", DAY + timedelta(days=11), "own_flat")


def test_a_transfer_on_the_day_of_moving_out_says_so(database, town):
    _move_in(database, town, [Placement(town.people["lena"], town.units["park-double"])],
             end=TODAY, end_reason="own_flat")
    with pytest.raises(DomainError, match="schon ausgezogen"):
        _transfer(database, town, [Placement(town.people["lena"], town.units["ring-women"])],
                  TODAY)
