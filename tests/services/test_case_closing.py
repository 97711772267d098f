"""Moving out closes the case: the move into the own flat from the case (every living
member's stay ends with "eigene Wohnung", the case closes with that outcome, the reserved offer
is taken; refusals change nothing), and a move-out entered at the stays, which closes the case
of a household that has left entirely with the outcome matching the reason."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import Case, Person, Stay
from soest_desk.services import case_closing, cases, flat_search, readiness, stays
from soest_desk.services.errors import DomainError, PermissionDenied
from tests.builders import Builder
from tests.services.case_fixtures import (
    OPENED,
    TODAY,
    CaseWorld,
    audit_rows,
    build_case_world,
    case_row,
    make_ready,
    offer_status,
    offers_found,
    open_case,
    reserve,
)

FAMILY = ("olena", "andrii", "sofiia")


@pytest.fixture
def world(database: Database) -> CaseWorld:
    return build_case_world(database)


def _move(database: Database, world: CaseWorld, case_id: int, on: date = TODAY,
          actor: str = "sw_park", **kwargs) -> Case:
    who = world.actors[actor]
    with database.write(who) as session:
        return flat_search.move_into_own_flat(session, who, case_id, on, today=TODAY,
                                              **kwargs)


def _stays_of(database: Database, world: CaseWorld, *people: str) -> list[Stay]:
    with database.read() as session:
        return list(session.scalars(select(Stay).where(
            Stay.person_id.in_([world.person(p) for p in people])).order_by(Stay.person_id)))


# ---------------------------------------------------------------- the move into the own flat

def test_the_move_ends_every_stay_and_closes_the_case(database, world):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    reserve(database, world, case_id, "fits")
    moved = date(2025, 3, 14)
    case = _move(database, world, case_id, moved, note="Mietvertrag unterschrieben")
    assert (case.status, case.outcome, case.closed_on) == ("closed", "own_flat", moved)
    ended = _stays_of(database, world, *FAMILY)
    assert [(s.end_date, s.move_out_reason) for s in ended] == [(moved, "own_flat")] * 3
    assert all("Mietvertrag" in (s.note or "") for s in ended)
    assert offer_status(database, world.offers["fits"]) == "accepted"
    assert case_row(database, case_id).housing_offer_id == world.offers["fits"]
    # the household can no longer be reached by the facility's worker through the stays,
    # but the closed case still belongs to them
    with database.read() as session:
        assert readiness.readiness_of(session, case_id, TODAY).ready
    assert "Angebot Bahnhof" not in offers_found(database, world,
                                                 open_case(database, world, "haddad"))


def test_the_move_works_without_a_reservation(database, world):
    case_id = open_case(database, world, "haddad")
    case = _move(database, world, case_id)
    assert (case.status, case.outcome, case.closed_on) == ("closed", "own_flat", TODAY)
    [stay] = _stays_of(database, world, "karim")
    assert (stay.end_date, stay.move_out_reason) == (TODAY, "own_flat")
    assert {offer_status(database, o) for o in (world.offers["fits"],
                                                  world.offers["second"])} == {"offered"}


def _nothing_changed(database: Database, world: CaseWorld, case_id: int) -> None:
    assert all(s.end_date is None for s in _stays_of(database, world, *FAMILY))
    assert case_row(database, case_id).status != "closed"


@pytest.mark.parametrize(("on", "message"), [
    (date(2025, 3, 16), "Auszug: bitte den Tag angeben, an dem der Haushalt ausgezogen ist"),
    (date(2025, 3, 2), r"Auszug: der Tag liegt vor der Eröffnung des Falls \(03\.03\.2025\)"),
])
def test_the_day_of_the_move_is_checked(database, world, on, message):
    case_id = open_case(database, world, "kovalenko")
    with pytest.raises(DomainError, match=message) as error:
        _move(database, world, case_id, on)
    assert error.value.field == "Auszug"
    _nothing_changed(database, world, case_id)


def test_nobody_living_means_no_move(database, world):
    with database.write() as session:
        b = Builder(session)
        household = b.household("Familie Ahmadi")
        maryam = session.get(Person, world.person("maryam"))
        assert maryam is not None
        maryam.household_id, maryam.household_role = household.id, "head"
        session.flush()
        case = Case(household_id=household.id, status="active", opened_on=OPENED,
                    social_worker_id=world.users["sw_park"])
        session.add(case)
        session.flush()
        case_id = case.id
    with pytest.raises(DomainError, match=r"Niemand aus dem Haushalt wohnte am 14\.03\.2025"):
        _move(database, world, case_id)
    assert case_row(database, case_id).status == "active"


def test_who_may_record_the_move(database, world):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    reserve(database, world, case_id, "fits")
    for who, message in (("service", "Fälle bearbeiten"), ("manager", "Fälle bearbeiten"),
                         ("site", "Fälle bearbeiten"),
                         ("sw_ring", "nicht in Ihren Unterkünften")):
        with pytest.raises(PermissionDenied, match=message):
            _move(database, world, case_id, actor=who)
    # assigned to sw_ring, who may lead the case but not move people out of Haus am Park
    with database.write(world.actors["sw_park"]) as session:
        cases.reassign(session, world.actors["sw_park"], case_id, world.users["sw_ring"],
                       today=TODAY)
    with pytest.raises(PermissionDenied, match="Auszug in eigene Wohnung eintragen"):
        _move(database, world, case_id, actor="sw_ring")
    _nothing_changed(database, world, case_id)
    assert offer_status(database, world.offers["fits"]) == "reserved"
    assert _move(database, world, case_id).outcome == "own_flat"  # the facility's worker


def test_a_member_booked_to_move_in_later_keeps_the_case_open(database, world):
    """The household does not leave entirely: the move is refused as a whole."""
    case_id = open_case(database, world, "kovalenko")
    with database.write() as session:
        maryam = session.get(Person, world.person("maryam"))
        assert maryam is not None
        maryam.household_id, maryam.household_role = world.households["kovalenko"], "relative"
        session.add(Stay(person_id=maryam.id, unit_id=world.town.units["ring-b"],
                         start_date=date(2025, 3, 20)))
    with pytest.raises(DomainError, match="Der Fall konnte nicht abgeschlossen werden"):
        _move(database, world, case_id)
    _nothing_changed(database, world, case_id)


# ---------------------------------------------------------------- a move-out at the stays

def _move_out(database: Database, world: CaseWorld, people: tuple[str, ...], on: date,
              reason: str, actor: str = "site", **kwargs) -> None:
    who = world.actors[actor]
    with database.write(who) as session:
        stays.move_out(session, who, [world.person(p) for p in people], on, reason,
                       today=TODAY, **kwargs)


def test_a_move_out_into_an_own_flat_closes_the_case(database, world):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    reserve(database, world, case_id, "fits")
    _move_out(database, world, FAMILY, date(2025, 3, 12), "own_flat")
    case = case_row(database, case_id)
    assert (case.status, case.outcome, case.closed_on) == ("closed", "own_flat",
                                                           date(2025, 3, 12))
    assert offer_status(database, world.offers["fits"]) == "accepted"


@pytest.mark.parametrize(("reason", "outcome"), [
    ("redistribution", "moved_away"), ("other_municipality", "moved_away"),
    ("return", "moved_away"), ("deceased", "other"), ("unknown", "other"),
])
def test_other_reasons_close_with_their_outcome_and_free_the_offer(database, world, reason,
                                                                    outcome):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    reserve(database, world, case_id, "fits")
    _move_out(database, world, FAMILY, TODAY, reason)
    case = case_row(database, case_id)
    assert (case.status, case.outcome, case.closed_on) == ("closed", outcome, TODAY)
    assert case.housing_offer_id is None
    assert offer_status(database, world.offers["fits"]) == "offered"


def test_a_member_staying_behind_keeps_the_case_open(database, world):
    case_id = open_case(database, world, "kovalenko")
    _move_out(database, world, ("olena", "andrii"), TODAY, "own_flat", split_on_purpose=True)
    assert case_row(database, case_id).status == "open"
    _move_out(database, world, ("sofiia",), TODAY, "own_flat", split_on_purpose=True)
    case = case_row(database, case_id)
    assert (case.status, case.outcome) == ("closed", "own_flat")


def test_back_dated_move_outs_entered_out_of_order_still_close_the_case(database, world):
    """The later move-out is entered first; the earlier one, entered last, completes the
    household's leaving: the case closes on the day the last member left."""
    case_id = open_case(database, world, "kovalenko")
    _move_out(database, world, ("olena", "andrii"), date(2025, 3, 12), "own_flat",
              split_on_purpose=True)
    assert case_row(database, case_id).status == "open"
    _move_out(database, world, ("sofiia",), date(2025, 3, 11), "own_flat",
              split_on_purpose=True)
    case = case_row(database, case_id)
    assert (case.status, case.outcome, case.closed_on) == ("closed", "own_flat",
                                                           date(2025, 3, 12))


def test_a_move_out_booked_ahead_leaves_the_case_open(database, world):
    case_id = open_case(database, world, "kovalenko")
    _move_out(database, world, FAMILY, date(2025, 4, 1), "own_flat")
    assert [s.end_date for s in _stays_of(database, world, *FAMILY)] == [date(2025, 4, 1)] * 3
    case = case_row(database, case_id)
    assert (case.status, case.closed_on, case.outcome) == ("open", None, None)


def test_a_move_out_booked_ahead_closes_the_case_once_its_day_has_come(database, world):
    case_id = open_case(database, world, "kovalenko")
    reserve_day = date(2025, 4, 1)
    _move_out(database, world, FAMILY, reserve_day, "redistribution")
    haddad = open_case(database, world, "haddad")  # still living there: stays open
    with database.write() as session:
        assert case_closing.close_departed(session, date(2025, 3, 31)) == 0
    assert case_row(database, case_id).status == "open"
    with database.write() as session:
        assert case_closing.close_departed(session, reserve_day) == 1
    case = case_row(database, case_id)
    assert (case.status, case.outcome, case.closed_on) == ("closed", "moved_away", reserve_day)
    assert case_row(database, haddad).status == "open"
    with database.write() as session:  # nothing left to do
        assert case_closing.close_departed(session, date(2025, 5, 1)) == 0
    assert [e.action for e in audit_rows(database, "cases", case_id)][-1] == "end"


def test_a_move_out_before_the_case_was_opened_closes_it_on_its_opening_day(database,
                                                                           world):
    case_id = open_case(database, world, "haddad", opened_on=date(2025, 3, 10))
    _move_out(database, world, ("karim",), date(2025, 3, 5), "redistribution",
              actor="manager")
    case = case_row(database, case_id)
    assert (case.status, case.closed_on, case.outcome) == ("closed", date(2025, 3, 10),
                                                           "moved_away")


def test_a_social_worker_records_own_flat_moves_only_through_the_case(database, world):
    """The plain move-out stays with "Belegungen verwalten": a social worker cannot end any
    resident's stay by choosing the reason "eigene Wohnung", nor split a household so."""
    case_id = open_case(database, world, "haddad")
    for reason in ("redistribution", "own_flat"):
        with pytest.raises(PermissionDenied, match="Belegungen verwalten"):
            _move_out(database, world, ("karim",), TODAY, reason, actor="sw_park")
    with pytest.raises(PermissionDenied, match="Belegungen verwalten"):
        _move_out(database, world, ("olena",), TODAY, "own_flat", actor="sw_park",
                  split_on_purpose=True)
    with pytest.raises(PermissionDenied, match=r"Belegungen verwalten“ ist "
                                               r"Ihrer Rolle \(Objektservice\) nicht"):
        _move_out(database, world, ("karim",), TODAY, "own_flat", actor="service")
    assert case_row(database, case_id).status == "open"
    _move(database, world, case_id)  # from the case: allowed
    assert case_row(database, case_id).outcome == "own_flat"
