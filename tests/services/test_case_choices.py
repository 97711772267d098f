"""Which households a case can be opened for (the "Neuer Fall" dialog's list)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from soest_desk.models import Facility
from soest_desk.models.enums import Role
from soest_desk.services import case_choices, cases
from soest_desk.services.errors import PermissionDenied
from tests.builders import Builder, _actor

TODAY = date(2026, 3, 10)


@pytest.fixture
def world(database):
    with database.write() as session:
        b = Builder(session)
        park, ring = b.facility("Haus am Park"), b.facility("Wohnheim Ring")
        park_unit, ring_unit = b.unit(park, "EG-01", 6), b.unit(ring, "A", 6)
        family = b.household("Familie Kovalenko")
        olena = b.person("Kovalenko", "Olena", household=family, role="head")
        sofiia = b.person("Kovalenko", "Sofiia", household=family, role="child")
        nameless = b.household(None)
        ahmad = b.person("Rahimi", "Ahmad", household=nameless, role="head")
        elsewhere = b.household("Familie Haddad")
        karim = b.person("Haddad", "Karim", household=elsewhere, role="head")
        gone = b.household("Familie Berg")
        lena = b.person("Berg", "Lena", household=gone, role="head")
        start = TODAY - timedelta(days=60)
        for person in (olena, sofiia, ahmad):
            b.stay(person, park_unit, start)
        b.stay(karim, ring_unit, start)
        b.stay(lena, park_unit, start, TODAY - timedelta(days=5))
        worker = b.user("sozial", {Role.SOCIAL_WORKER}, (park,))
        manager = b.user("leitung", {Role.MANAGER})
        ids = {"family": family.id, "nameless": nameless.id, "elsewhere": elsewhere.id,
               "gone": gone.id, "park": park.id, "ring": ring.id}
        return ids, _actor(worker), _actor(manager)


def _labels(database, actor, text=""):
    with database.read() as session:
        return [(c.label, c.facility, c.members) for c in
                case_choices.households_for_new_case(session, actor, text, TODAY)]


def test_a_social_worker_chooses_among_households_living_in_their_facilities(database, world):
    _ids, worker, _manager = world
    # the household without a label is named after its head; Berg moved out, Haddad lives
    # in a facility the worker does not work for
    assert _labels(database, worker) == [
        ("Familie Kovalenko", "Haus am Park", 2), ("Rahimi, Ahmad", "Haus am Park", 1)]


def test_search_finds_households_by_label_or_a_member_name(database, world):
    _ids, worker, _manager = world
    assert [label for label, _f, _m in _labels(database, worker, "sofi")] == [
        "Familie Kovalenko"]
    assert [label for label, _f, _m in _labels(database, worker, "rahimi")] == ["Rahimi, Ahmad"]
    assert _labels(database, worker, "kovalenko rahimi") == []  # every word must match


def test_a_household_with_an_open_case_is_not_offered_again(database, world):
    ids, worker, _manager = world
    with database.write(worker) as session:
        cases.open_case(session, worker, ids["family"], opened_on=TODAY, today=TODAY)
    assert [label for label, _f, _m in _labels(database, worker)] == ["Rahimi, Ahmad"]


def test_roles_without_edit_cases_get_no_choice(database, world):
    _ids, _worker, manager = world
    with database.read() as session, pytest.raises(PermissionDenied):
        case_choices.households_for_new_case(session, manager, "", TODAY)


def test_an_unscoped_actor_with_edit_cases_sees_every_facility(database, world):
    ids, _worker, _manager = world
    with database.write() as session:
        b = Builder(session)
        ring = session.get(Facility, ids["ring"])
        park = session.get(Facility, ids["park"])
        both = _actor(b.user("team", {Role.SOCIAL_WORKER}, (park, ring)))
    assert [label for label, _f, _m in _labels(database, both)] == [
        "Familie Haddad", "Familie Kovalenko", "Rahimi, Ahmad"]
