"""The allocation assistant: ranked places for a whole household and a German reason for
every unit left out."""

from __future__ import annotations

from datetime import date

import pytest

from soest_desk.db import Database
from soest_desk.models import PlaceBlock, Unit
from soest_desk.services import allocation, shared_settings, stays
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.services.stays import Placement
from tests.services.stay_fixtures import DAY, Town, build_town

TODAY = date(2025, 3, 15)


@pytest.fixture
def town(database: Database) -> Town:
    return build_town(database)


def _family(town: Town) -> list[int]:
    return [town.people[p] for p in ("olena", "andrii", "sofiia")]


def _suggest(database: Database, town: Town, people: list[int], actor: str = "manager",
             **kwargs) -> allocation.Proposal:
    with database.read() as session:
        return allocation.suggest(session, town.actors[actor], people, DAY, **kwargs)


def _refusal(proposal: allocation.Proposal, unit_id: int) -> str:
    return next(r.text for r in proposal.refused if r.unit_id == unit_id)


def test_a_family_needing_barrier_free_gets_the_barrier_free_family_unit(database, town):
    proposal = _suggest(database, town, _family(town))
    first = proposal.suggestions[0]
    assert first.together and [u.unit_id for u in first.units] == [town.units["park-family"]]
    assert set(first.units[0].person_ids) == set(_family(town))
    # every other unit is named with its reason
    assert "nicht barrierefrei (benötigt für Kovalenko, Andrii)" in _refusal(
        proposal, town.units["ring-a"])
    assert "nur für alleinstehende Männer" in _refusal(proposal, town.units["park-men"])
    assert "nur 2 Plätze frei (Haushalt: 3 Personen)" in _refusal(
        proposal, town.units["park-double"])
    assert "zu wenig Fläche: 5,0 m² je Person (mindestens 7,0 m²)" in _refusal(
        proposal, town.units["park-small"])
    assert town.units["offer"] not in {r.unit_id for r in proposal.refused}


def test_the_minimum_area_comes_from_the_shared_setting(database, town):
    with database.write() as session:
        shared_settings.put(session, SYSTEM_ACTOR, "min_area_per_person_m2", 4.5)
    proposal = _suggest(database, town, _family(town))
    assert "zu wenig Fläche" not in _refusal(proposal, town.units["park-small"])


def test_a_split_over_neighbouring_units_comes_after_together(database, town):
    with database.write() as session:  # no barrier-free need: the Ring's units are open
        session.get(Unit, town.units["park-family"]).active = False
        from soest_desk.models import Person
        session.get(Person, town.people["andrii"]).needs_barrier_free = False
    proposal = _suggest(database, town, _family(town))
    together = [s.together for s in proposal.suggestions]
    assert together == sorted(together, reverse=True)  # every split after the togethers
    split = next(s for s in proposal.suggestions if s.facility == "Wohnheim Ring")
    assert not split.together
    # the neighbouring ones on one floor first (Haus am Park's two units are on two floors)
    assert [s.facility for s in proposal.suggestions if not s.together] == [
        "Wohnheim Ring", "Haus am Park"]
    assert {u.unit_id for u in split.units} == {town.units["ring-a"], town.units["ring-b"]}
    assert sum(len(u.person_ids) for u in split.units) == 3
    assert split.notes[0] == "aufgeteilt auf 2 benachbarte Wohneinheiten"
    # the units used in the split are not listed as refused
    assert town.units["ring-a"] not in {r.unit_id for r in proposal.refused}


def test_pets_and_smoking_follow_the_facility_rules(database, town):
    karim = _suggest(database, town, [town.people["karim"]])  # has a cat
    assert "Haustiere sind hier nicht erlaubt" in _refusal(karim, town.units["park-men"])
    ahmad = _suggest(database, town, [town.people["ahmad"]])  # smokes
    assert "Rauchen ist hier nicht erlaubt" in _refusal(ahmad, town.units["ring-a"])
    assert [u.unit_id for u in ahmad.suggestions[0].units] == [town.units["park-men"]]


def test_single_women_units_and_family_units(database, town):
    maryam = _suggest(database, town, [town.people["maryam"]])
    assert {s.units[0].unit_id for s in maryam.suggestions} == {
        town.units["ring-women"], town.units["park-double"]}
    assert "Familienwohneinheit" in _refusal(maryam, town.units["ring-a"])
    ahmad = _suggest(database, town, [town.people["ahmad"]])
    assert "nur für alleinstehende Frauen" in _refusal(ahmad, town.units["ring-women"])


def test_people_booked_later_and_blocked_places_take_room(database, town):
    actor = town.actors["manager"]
    with database.write(actor) as session:
        stays.move_in(session, actor, [Placement(town.people["lena"], town.units["ring-women"])],
                      date(2025, 4, 1), today=TODAY)
        session.add(PlaceBlock(unit_id=town.units["park-double"], places=2, start_date=DAY,
                               reason="mould"))
    proposal = _suggest(database, town, [town.people["maryam"]])
    assert proposal.suggestions[0].units[0].unit_id == town.units["ring-women"]
    assert "teilt die Wohneinheit" not in proposal.suggestions[0].notes[0]
    assert _refusal(proposal, town.units["park-double"]) == "voll"


def test_an_empty_unit_ranks_before_a_shared_one(database, town):
    actor = town.actors["manager"]
    with database.write(actor) as session:
        stays.move_in(session, actor, [Placement(town.people["lena"], town.units["ring-women"])],
                      DAY, today=TODAY)
    proposal = _suggest(database, town, [town.people["maryam"]])
    assert [s.units[0].unit_id for s in proposal.suggestions] == [
        town.units["park-double"], town.units["ring-women"]]
    assert proposal.suggestions[1].notes[0] == "teilt die Wohneinheit mit 1 Person"


def test_the_assistant_needs_the_right_to_move_people(database, town):
    with pytest.raises(PermissionDenied):
        _suggest(database, town, [town.people["maryam"]], actor="service")
    site = _suggest(database, town, [town.people["maryam"]], actor="site")
    assert {s.facility for s in site.suggestions} == {"Haus am Park"}


def test_a_suggestion_moves_in_as_proposed(database, town):
    proposal = _suggest(database, town, _family(town))
    actor = town.actors["manager"]
    with database.write(actor) as session:
        made = stays.move_in(session, actor, proposal.suggestions[0].placements(), DAY,
                             today=TODAY)
    assert len(made) == 3
    again = _suggest(database, town, [town.people["maryam"]])
    assert town.units["park-family"] in {r.unit_id for r in again.refused}


def test_an_over_allocated_unit_says_so(database, town):
    actor = town.actors["manager"]
    unit = town.units["park-men"]
    with database.write(actor) as session:
        stays.move_in(session, actor, [Placement(town.people["ahmad"], unit)], DAY,
                      today=TODAY)
        stays.move_in(session, actor, [Placement(town.people["karim"], unit)], DAY,
                      override_reason="Notaufnahme in der Nacht", today=TODAY)
    proposal = _suggest(database, town, [town.people["lena"]])
    assert _refusal(proposal, unit).startswith("überbelegt")


def test_a_split_keeps_unit_types_and_never_leaves_a_child_alone(database, town):
    """Ring: A and B (family) and C (single women) have one place each: a family of a
    father, a mother and a child may not put the father into C, nor the child alone."""
    actor = town.actors["manager"]
    with database.write(actor) as session:
        session.get(Unit, town.units["park-family"]).active = False
        from soest_desk.models import Person
        session.get(Person, town.people["andrii"]).needs_barrier_free = False
        for unit in ("ring-a", "ring-b", "ring-women"):
            session.get(Unit, town.units[unit]).places = 1
    proposal = _suggest(database, town, _family(town), facility_ids=[town.facilities["ring"]])
    assert proposal.suggestions == []  # two family places for three people: no valid split
    with database.write(actor) as session:
        session.get(Unit, town.units["ring-b"]).places = 2
    proposal = _suggest(database, town, _family(town), facility_ids=[town.facilities["ring"]])
    (split,) = proposal.suggestions
    groups = {u.unit_id: set(u.person_ids) for u in split.units}
    assert town.units["ring-women"] not in groups
    child_group = next(g for g in groups.values() if town.people["sofiia"] in g)
    assert child_group - {town.people["sofiia"]}  # an adult goes with her


def test_the_households_own_facility_comes_first(database, town):
    actor = town.actors["manager"]
    with database.write(actor) as session:  # the parents live in the Ring already
        stays.move_in(session, actor, [Placement(town.people[p], town.units["ring-a"])
                                       for p in ("olena", "andrii")], DAY,
                      split_on_purpose=True, today=TODAY)
        from soest_desk.models import Person
        session.get(Person, town.people["andrii"]).needs_barrier_free = False
    proposal = _suggest(database, town, [town.people["sofiia"]])
    facilities = [s.facility for s in proposal.suggestions]
    assert facilities[0] == "Wohnheim Ring"
    other = next(s for s in proposal.suggestions if s.facility == "Haus am Park")
    assert other.notes[0] == "Angehörige wohnen in einer anderen Unterkunft"
