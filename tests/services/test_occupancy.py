"""Occupancy at a date and over a period, and blocking places."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from soest_desk.db import Database
from soest_desk.services import occupancy, stays
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.stays import Placement
from tests.services.stay_fixtures import DAY, Town, build_town

TODAY = date(2025, 3, 15)


@pytest.fixture
def town(database: Database) -> Town:
    return build_town(database)


def _park(database: Database, town: Town, day: date) -> occupancy.FacilityOccupancy:
    with database.read() as session:
        (park,) = occupancy.at_date(session, town.actors["manager"], day,
                                    [town.facilities["park"]])
        return park


def _move(database: Database, town: Town, people: list[str], unit: str, start: date,
          **kwargs) -> None:
    actor = town.actors["manager"]
    with database.write(actor) as session:
        stays.move_in(session, actor, [Placement(town.people[p], town.units[unit])
                                       for p in people], start, today=TODAY, **kwargs)


def test_figures_at_a_date(database: Database, town: Town):
    _move(database, town, ["olena", "andrii", "sofiia"], "park-family", DAY)
    _move(database, town, ["lena"], "park-double", DAY + timedelta(days=10))
    before = _park(database, town, DAY)
    assert (before.figures.places, before.figures.occupied, before.figures.free) == (10, 3, 7)
    assert before.figures.percent == pytest.approx(30.0)
    after = _park(database, town, DAY + timedelta(days=10))
    assert after.figures.occupied == 4
    family = next(u for u in after.units if u.unit_id == town.units["park-family"])
    assert (family.figures.free, family.state) == (1, "ok")
    assert _park(database, town, DAY - timedelta(days=1)).figures.occupied == 0


def test_full_and_over_full_units(database: Database, town: Town):
    _move(database, town, ["ahmad"], "park-men", DAY)
    park = _park(database, town, DAY)
    men = next(u for u in park.units if u.unit_id == town.units["park-men"])
    assert men.state == "full"
    _move(database, town, ["karim"], "park-men", DAY,
          override_reason="Notaufnahme in der Nacht, Verlegung folgt")
    park = _park(database, town, DAY)
    men = next(u for u in park.units if u.unit_id == town.units["park-men"])
    assert (men.state, men.figures.free, park.state) == ("over", -1, "over")


def test_blocked_places_count_as_not_allocable(database: Database, town: Town):
    actor = town.actors["manager"]
    unit = town.units["park-double"]
    with database.write(actor) as session:
        block = occupancy.block_places(session, actor, unit, 1, DAY, DAY + timedelta(days=7),
                                       "mould", "Schimmel hinter dem Schrank")
        block_id = block.id
    park = _park(database, town, DAY)
    double = next(u for u in park.units if u.unit_id == unit)
    assert (double.figures.blocked, double.figures.free) == (1, 1)
    assert _park(database, town, DAY + timedelta(days=7)).figures.blocked == 0
    with database.write(actor) as session:
        occupancy.end_block(session, actor, block_id, DAY + timedelta(days=2))
    assert _park(database, town, DAY + timedelta(days=3)).figures.blocked == 0


def test_occupied_places_cannot_be_blocked(database: Database, town: Town):
    _move(database, town, ["lena"], "park-double", DAY + timedelta(days=5))
    actor = town.actors["manager"]
    with database.write(actor) as session, pytest.raises(DomainError, match="belegte Plätze"):
        occupancy.block_places(session, actor, town.units["park-double"], 2, DAY, None,
                               "renovation")
    with database.write(actor) as session, pytest.raises(DomainError, match="Grund"):
        occupancy.block_places(session, actor, town.units["park-double"], 1, DAY, None, "x")
    with database.write(actor) as session, pytest.raises(DomainError, match="mindestens 1"):
        occupancy.block_places(session, actor, town.units["park-double"], 0, DAY, None,
                               "mould")
    with pytest.raises(PermissionDenied), database.write(town.actors["site"]) as session:
        occupancy.block_places(session, town.actors["site"], town.units["park-double"], 1,
                               DAY, None, "mould")


def test_a_period_has_a_daily_average_and_a_peak(database: Database, town: Town):
    _move(database, town, ["olena", "andrii", "sofiia"], "park-family", DAY,
          end=DAY + timedelta(days=5), end_reason="own_flat")
    _move(database, town, ["lena"], "park-double", DAY + timedelta(days=2))
    with database.read() as session:
        (park,) = occupancy.over_period(session, town.actors["manager"], DAY,
                                        DAY + timedelta(days=9), [town.facilities["park"]])
    # 3 people on days 0-4, Lena on days 2-9: (15 + 8) / 10
    assert park.days == 10
    assert park.occupied_avg == pytest.approx(2.3)
    assert (park.peak_occupied, park.peak_day) == (4, DAY + timedelta(days=2))
    assert park.percent_avg == pytest.approx(23.0)
    family = next(u for u in park.units if u.unit_id == town.units["park-family"])
    assert (family.name, family.occupied_avg, family.peak_occupied) == ("EG-02", 1.5, 3)
    assert family.percent_avg == pytest.approx(37.5)
    with database.read() as session, pytest.raises(DomainError, match="Ende liegt vor"):
        occupancy.over_period(session, town.actors["manager"], DAY, DAY - timedelta(days=1))


def test_the_site_manager_sees_only_their_facilities(database: Database, town: Town):
    with database.read() as session:
        names = [f.name for f in occupancy.at_date(session, town.actors["site"], DAY)]
    assert names == ["Haus am Park"]


def test_over_full_only_on_the_days_the_decision_is_in_force(database: Database, town: Town):
    _move(database, town, ["ahmad"], "park-men", DAY)
    later = DAY + timedelta(days=10)
    _move(database, town, ["karim"], "park-men", later,
          override_reason="Notaufnahme in der Nacht, Verlegung folgt")

    def state(day: date) -> str:
        unit = next(u for u in _park(database, town, day).units
                    if u.unit_id == town.units["park-men"])
        return unit.state

    assert (state(DAY), state(later)) == ("full", "over")
    actor = town.actors["manager"]
    with database.write(actor) as session:  # Karim moves on: fits again from then on
        stays.move_out(session, actor, [town.people["karim"]], later + timedelta(days=3),
                       "redistribution", today=TODAY)
    assert state(later + timedelta(days=3)) == "full"
