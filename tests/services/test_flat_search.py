"""Flat search: private offers judged by the allocation rules (not by the occupancy type),
on the wanted day and in the wanted districts; reservation only for a ready household and one
case per offer (also when two workstations race), and giving it back. The move itself is in
`test_case_closing`."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from soest_desk.db import Database
from soest_desk.models import Case
from soest_desk.services import cases, flat_search
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.flat_search import FlatSearch
from tests.services.case_fixtures import (
    TODAY,
    CaseWorld,
    build_case_world,
    case_row,
    make_ready,
    offer_status,
    open_case,
    reserve,
)


@pytest.fixture
def world(database: Database) -> CaseWorld:
    return build_case_world(database)


def _search(database: Database, world: CaseWorld, case_id: int, actor: str = "sw_park",
            **kwargs) -> FlatSearch:
    with database.read() as session:
        return flat_search.search(session, world.actors[actor], case_id, today=TODAY,
                                  **kwargs)


def _by_name(found: FlatSearch) -> dict[str, tuple[str, ...]]:
    return {m.name: m.refusals for m in found.matches}


# ---------------------------------------------------------------- searching

def test_the_family_search_applies_the_allocation_rules(database, world):
    case_id = open_case(database, world, "kovalenko")
    found = _search(database, world, case_id)
    assert found.household_size == 3 and found.on == TODAY
    assert found.readiness.text == "0 von 8 Punkten erfüllt"
    refusals = _by_name(found)
    assert "Angebot Zurückgezogen" not in refusals and "Angebot Vergeben" not in refusals
    assert refusals["Angebot Bahnhof"] == () and refusals["Angebot Zweitwahl"] == ()
    assert refusals["Angebot Einzimmer"] == ("nur 1 Platz frei (Haushalt: 3 Personen)",
                                             "nicht barrierefrei (benötigt für Kovalenko, "
                                             "Andrii)")
    assert refusals["Angebot Enge"] == ("zu wenig Fläche: 6,0 m² je Person "
                                        "(mindestens 7,0 m²)",)
    assert refusals["Wohnung Brüderstraße"] == (
        "nicht barrierefrei (benötigt für Kovalenko, Andrii)",)
    assert refusals["Angebot Später"] == ("frei erst ab 01.06.2025",)
    assert refusals["Angebot Vorbei"] == ("nur bis 10.03.2025 verfügbar",)
    fitting = [m.name for m in found.matches if m.fits]
    assert fitting == ["Angebot Zweitwahl", "Angebot Bahnhof"]  # no date before a date
    assert [m.fits for m in found.matches] == [True] * 2 + [False] * 5
    bahnhof = next(m for m in found.matches if m.name == "Angebot Bahnhof")
    assert (bahnhof.places, bahnhof.area_m2, bahnhof.landlord, bahnhof.status) == (
        4, 80.0, "Herr Vermieter", "offered")


def test_a_single_person_may_take_a_family_flat(database, world):
    case_id = open_case(database, world, "berg", actor="sw_ring")
    refusals = _by_name(_search(database, world, case_id, actor="sw_ring"))
    assert refusals["Angebot Einzimmer"] == ()  # occupancy type "family" does not apply
    assert refusals["Wohnung Brüderstraße"] == ()


def test_pets_and_smoking(database, world):
    karim = _by_name(_search(database, world, open_case(database, world, "haddad")))
    assert karim["Angebot Einzimmer"] == ("Haustiere sind hier nicht erlaubt",)
    assert karim["Angebot Bahnhof"] == ()
    ahmad = _by_name(_search(database, world, open_case(database, world, "rahimi")))
    assert ahmad["Angebot Einzimmer"] == ("Rauchen ist hier nicht erlaubt",)
    assert ahmad["Angebot Bahnhof"] == ()


def test_the_wanted_day_decides_what_is_free(database, world):
    case_id = open_case(database, world, "kovalenko")
    june = _by_name(_search(database, world, case_id, on=date(2025, 6, 1)))
    assert june["Angebot Später"] == ()
    assert june["Angebot Vorbei"] == ("nur bis 10.03.2025 verfügbar",)
    march = _by_name(_search(database, world, case_id, on=date(2025, 3, 10)))
    assert march["Angebot Vorbei"] == ()  # its last day
    assert march["Angebot Später"] == ("frei erst ab 01.06.2025",)
    february = _by_name(_search(database, world, case_id, on=date(2025, 2, 28)))
    assert february["Angebot Bahnhof"] == ("frei erst ab 01.03.2025",)


def test_districts_say_where_an_offer_lies_otherwise(database, world):
    case_id = open_case(database, world, "berg", actor="sw_ring")
    found = _by_name(_search(database, world, case_id, actor="sw_ring",
                             districts=[" süd ", ""]))
    assert found["Angebot Einzimmer"] == () and found["Angebot Zweitwahl"] == ()
    assert found["Angebot Bahnhof"] == ("anderer Stadtteil (Mitte)",)
    assert found["Wohnung Brüderstraße"] == ("anderer Stadtteil (ohne Angabe)",)
    assert found["Angebot Später"] == ("frei erst ab 01.06.2025", "anderer Stadtteil (Nord)")


def test_who_may_search(database, world):
    case_id = open_case(database, world, "kovalenko")
    assert _search(database, world, case_id, actor="manager").matches
    for who in ("service", "site", "admin", "sw_ring"):
        with pytest.raises(PermissionDenied):
            _search(database, world, case_id, actor=who)


# ---------------------------------------------------------------- reserving

def test_only_a_ready_household_reserves(database, world):
    case_id = open_case(database, world, "kovalenko")
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        for key in ("bank_account", "german_level", "flat_search"):
            cases.set_readiness_item(session, sw, case_id, key, "met", today=TODAY)
    with pytest.raises(DomainError, match=r"noch nicht mietvertragsfähig \(3 von 8 Punkten "
                                          r"erfüllt\)"):
        reserve(database, world, case_id, "fits")
    assert offer_status(database, world.offers["fits"]) == "offered"
    make_ready(database, world, case_id)
    case = reserve(database, world, case_id, "fits")
    assert case.housing_offer_id == world.offers["fits"]
    assert offer_status(database, world.offers["fits"]) == "reserved"
    found = _search(database, world, case_id)
    assert found.readiness.ready
    assert found.matches[0].name == "Angebot Bahnhof" and found.matches[0].reserved_here
    assert found.matches[0].status == "reserved"
    assert reserve(database, world, case_id, "fits").housing_offer_id == \
        world.offers["fits"]  # again: nothing changes


def test_an_expired_item_makes_the_household_unready(database, world):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.set_readiness_item(session, sw, case_id, "residence_title", "met",
                                 state_date=date(2025, 1, 1), expires_on=date(2025, 3, 14),
                                 today=TODAY)
    with pytest.raises(DomainError, match=r"7 von 8 Punkten"):
        reserve(database, world, case_id, "fits")


@pytest.mark.parametrize(("offer", "message"), [
    ("no_lift", "„Wohnung Brüderstraße“ passt nicht zum Haushalt: nicht barrierefrei"),
    ("one_room", "„Angebot Einzimmer“ passt nicht zum Haushalt: nur 1 Platz frei"),
    ("cramped", "passt nicht zum Haushalt: zu wenig Fläche"),
    ("withdrawn", "„Angebot Zurückgezogen“ ist nicht mehr frei"),
    ("accepted", "„Angebot Vergeben“ ist nicht mehr frei"),
])
def test_an_offer_that_does_not_fit_or_is_gone_is_refused(database, world, offer, message):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    before = offer_status(database, world.offers[offer])
    with pytest.raises(DomainError, match=message):
        reserve(database, world, case_id, offer)
    assert offer_status(database, world.offers[offer]) == before
    assert case_row(database, case_id).housing_offer_id is None


def test_an_offer_may_be_reserved_ahead_but_not_after_its_time(database, world):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    with pytest.raises(DomainError, match=r"„Angebot Vorbei“ war nur bis 10\.03\.2025 "
                                          r"verfügbar und kann nicht mehr reserviert"):
        reserve(database, world, case_id, "over")
    assert offer_status(database, world.offers["over"]) == "offered"
    assert reserve(database, world, case_id, "later").housing_offer_id == \
        world.offers["later"]  # free from June: reserved now
    assert offer_status(database, world.offers["later"]) == "reserved"


def test_a_facility_is_no_offer(database, world):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    sw = world.actors["sw_park"]
    for offer_id in (world.town.facilities["ring"], 99_999):
        with pytest.raises(DomainError, match="Wohnraumangebot wurde nicht gefunden"), \
                database.write(sw) as session:
            flat_search.reserve(session, sw, case_id, offer_id, today=TODAY)


def test_reserving_another_offer_gives_the_first_back(database, world):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    reserve(database, world, case_id, "fits")
    case = reserve(database, world, case_id, "second")
    assert case.housing_offer_id == world.offers["second"]
    assert offer_status(database, world.offers["fits"]) == "offered"
    assert offer_status(database, world.offers["second"]) == "reserved"


def test_an_offer_reserved_for_another_case_is_hidden_and_refused(database, world):
    berg = open_case(database, world, "berg", actor="sw_ring")
    make_ready(database, world, berg, actor="sw_ring")
    reserve(database, world, berg, "fits", actor="sw_ring")
    karim = open_case(database, world, "haddad")
    make_ready(database, world, karim)
    assert "Angebot Bahnhof" not in _by_name(_search(database, world, karim))
    with pytest.raises(DomainError, match="„Angebot Bahnhof“ ist nicht mehr frei"):
        reserve(database, world, karim, "fits")
    assert case_row(database, karim).housing_offer_id is None
    assert case_row(database, berg).housing_offer_id == world.offers["fits"]


def test_the_database_holds_one_open_case_per_offer(database, world):
    berg = open_case(database, world, "berg", actor="sw_ring")
    make_ready(database, world, berg, actor="sw_ring")
    reserve(database, world, berg, "fits", actor="sw_ring")
    karim = open_case(database, world, "haddad")
    with pytest.raises(IntegrityError), database.write() as session:
        case = session.get(Case, karim)
        assert case is not None
        case.housing_offer_id = world.offers["fits"]
        session.flush()
    assert case_row(database, karim).housing_offer_id is None


def test_two_workstations_reserve_one_offer_at_once(database, world):
    """Each in its own session and thread: exactly one reservation, the other one is told
    that the offer is no longer free; the database never holds two."""
    contenders = {"sw_ring": open_case(database, world, "berg", actor="sw_ring"),
                  "sw_park": open_case(database, world, "haddad")}
    for actor, case_id in contenders.items():
        make_ready(database, world, case_id, actor=actor)
    lock = threading.Lock()
    offer = "fits"  # suits both Lena Berg and Karim Haddad (pets allowed)
    for _round in range(3):
        start = threading.Barrier(2)
        outcomes: list[str] = []

        def attempt(actor: str, case_id: int, start: threading.Barrier = start,
                    outcomes: list[str] = outcomes) -> None:
            who = world.actors[actor]
            start.wait(10)
            try:
                with database.write(who) as session:
                    flat_search.reserve(session, who, case_id, world.offers[offer],
                                        today=TODAY)
                result = "ok"
            except DomainError as exc:
                result = exc.message
            except Exception as exc:  # collected and asserted below
                result = f"unexpected {type(exc).__name__}: {exc}"
            with lock:
                outcomes.append(result)

        threads = [threading.Thread(target=attempt, args=item)
                   for item in contenders.items()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert outcomes.count("ok") == 1, outcomes
        [lost] = [o for o in outcomes if o != "ok"]
        assert "ist nicht mehr frei" in lost
        with database.read() as session:
            holders = session.scalar(select(func.count()).select_from(Case).where(
                Case.housing_offer_id == world.offers[offer]))
        assert holders == 1
        assert offer_status(database, world.offers[offer]) == "reserved"
        for case_id in contenders.values():  # give it back for the next round
            if case_row(database, case_id).housing_offer_id is not None:
                actor = next(a for a, c in contenders.items() if c == case_id)
                with database.write(world.actors[actor]) as session:
                    flat_search.release(session, world.actors[actor], case_id, today=TODAY)


def test_release(database, world):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    sw = world.actors["sw_park"]
    with pytest.raises(DomainError, match="kein Angebot reserviert"), \
            database.write(sw) as session:
        flat_search.release(session, sw, case_id, today=TODAY)
    reserve(database, world, case_id, "fits")
    with pytest.raises(PermissionDenied), database.write(world.actors["manager"]) as session:
        flat_search.release(session, world.actors["manager"], case_id, today=TODAY)
    with database.write(sw) as session:
        assert flat_search.release(session, sw, case_id, today=TODAY).housing_offer_id is None
    assert offer_status(database, world.offers["fits"]) == "offered"
    assert case_row(database, case_id).housing_offer_id is None
