"""Cases: one open case per household (service and database), who is assigned and who may
open, see and change a case, the audit trail of every change, edit conflicts, closing with
an outcome, and what a Leitung sees of a case (never the Sozialdaten)."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from soest_desk.db import Database
from soest_desk.models import Case, Household
from soest_desk.services import case_views, cases, flat_search, follow_ups, listing, stays
from soest_desk.services.audit import SOCIAL_DATA_PLACEHOLDER
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.validation import EditConflict
from tests.services.case_fixtures import (
    OPENED,
    TODAY,
    CaseWorld,
    audit_rows,
    build_case_world,
    make_ready,
    offer_status,
    open_case,
)


@pytest.fixture
def world(database: Database) -> CaseWorld:
    return build_case_world(database)


def _case(database: Database, case_id: int) -> Case:
    with database.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case


def _open_count(database: Database, household_id: int) -> int:
    with database.read() as session:
        return len(session.scalars(select(Case).where(
            Case.household_id == household_id, Case.status != "closed")).all())


# ---------------------------------------------------------------- opening

def test_a_case_goes_to_the_social_worker_who_opens_it(database: Database, world: CaseWorld):
    case_id = open_case(database, world, "kovalenko", goals="  Eigene Wohnung finden  ")
    case = _case(database, case_id)
    assert case.social_worker_id == world.users["sw_park"]
    assert (case.status, case.opened_on, case.closed_on) == ("open", OPENED, None)
    assert case.goals == "Eigene Wohnung finden"
    inserted = audit_rows(database, "cases", case_id, "insert")
    assert len(inserted) == 1
    assert inserted[0].actor_login == "sw.park"
    assert inserted[0].changes["goals"] == [None, SOCIAL_DATA_PLACEHOLDER]


def test_opened_on_defaults_to_today(database: Database, world: CaseWorld):
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        case = cases.open_case(session, sw, world.households["haddad"], today=TODAY)
        assert case.opened_on == TODAY


def test_one_open_case_per_household(database: Database, world: CaseWorld):
    first = open_case(database, world, "kovalenko")
    with pytest.raises(DomainError, match=r"schon einen offenen Fall \(seit 03\.03\.2025\)"):
        open_case(database, world, "kovalenko")
    assert _open_count(database, world.households["kovalenko"]) == 1
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.close_case(session, sw, first, "no_longer_needed", today=TODAY)
    second = open_case(database, world, "kovalenko", opened_on=TODAY)
    assert second != first
    assert _case(database, second).status == "open"
    assert _open_count(database, world.households["kovalenko"]) == 1


def test_the_database_refuses_a_second_open_case(database: Database, world: CaseWorld):
    household = world.households["kovalenko"]
    open_case(database, world, "kovalenko")
    with pytest.raises(IntegrityError), database.write() as session:
        session.add(Case(household_id=household, status="active", opened_on=TODAY))
        session.flush()
    with database.write() as session:  # a closed one beside the open one is fine
        session.add(Case(household_id=household, status="closed", opened_on=OPENED,
                         closed_on=TODAY, outcome="other"))
    with database.read() as session:
        assert len(session.scalars(select(Case).where(
            Case.household_id == household)).all()) == 2


def test_two_workstations_open_a_case_at_once(database: Database, world: CaseWorld):
    """Both read "no open case"; the unique index decides, and the loser gets a German
    message instead of a database error."""
    start = threading.Barrier(2)
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(actor: str) -> None:
        who = world.actors[actor]
        start.wait(10)
        try:
            with database.write(who) as session:
                cases.open_case(session, who, world.households["kovalenko"],
                                social_worker_id=world.users["sw_park"], today=TODAY)
            result = "ok"
        except DomainError as exc:
            result = exc.message
        except Exception as exc:  # collected and asserted below
            result = f"unexpected {type(exc).__name__}: {exc}"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt, args=("sw_park",)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert outcomes.count("ok") == 1, outcomes
    [lost] = [o for o in outcomes if o != "ok"]
    assert "schon einen offenen Fall" in lost or "eben an einem anderen Arbeitsplatz" in lost
    assert _open_count(database, world.households["kovalenko"]) == 1


def test_the_assignee_must_be_an_active_social_worker(database: Database, world: CaseWorld):
    for who in ("site", "manager", "sw_gone"):
        with pytest.raises(DomainError, match="Zuständig: diese Person ist keine aktive "
                                              "Fachkraft der Sozialarbeit") as error:
            open_case(database, world, "kovalenko", social_worker_id=world.users[who])
        assert error.value.field == "Zuständig"
    assert _open_count(database, world.households["kovalenko"]) == 0
    # a colleague of another facility may lead the case
    case_id = open_case(database, world, "kovalenko", social_worker_id=world.users["sw_ring"])
    assert _case(database, case_id).social_worker_id == world.users["sw_ring"]


def test_only_social_workers_open_cases(database: Database, world: CaseWorld):
    for who in ("manager", "service", "site", "admin"):
        with pytest.raises(PermissionDenied, match="Fälle bearbeiten"):
            open_case(database, world, "kovalenko", actor=who,
                      social_worker_id=world.users["sw_park"])
    assert _open_count(database, world.households["kovalenko"]) == 0


def test_a_social_worker_opens_cases_only_for_their_facilities(database, world):
    with pytest.raises(PermissionDenied, match="wohnt heute nicht in einer Ihrer "
                                               "Unterkünfte"):
        open_case(database, world, "kovalenko", actor="sw_ring")
    assert open_case(database, world, "berg", actor="sw_ring")


@pytest.mark.parametrize("opened_on", [date(2025, 3, 16), date(1999, 12, 31)])
def test_opened_on_lies_between_2000_and_today(database, world, opened_on):
    with pytest.raises(DomainError, match="Eröffnet am: bitte ein Datum bis heute") as error:
        open_case(database, world, "kovalenko", opened_on=opened_on)
    assert error.value.field == "Eröffnet am"
    assert open_case(database, world, "kovalenko", opened_on=TODAY)


def test_a_household_that_ended_gets_no_case(database: Database, world: CaseWorld):
    with database.write() as session:
        household = session.get(Household, world.households["haddad"])
        assert household is not None
        household.active = False
    with pytest.raises(DomainError, match="Haushalt wurde nicht gefunden oder ist beendet"):
        open_case(database, world, "haddad")
    with pytest.raises(DomainError, match="nicht gefunden"):
        sw = world.actors["sw_park"]
        with database.write(sw) as session:
            cases.open_case(session, sw, 99_999, today=TODAY)


def test_goals_are_limited(database: Database, world: CaseWorld):
    with pytest.raises(DomainError, match="Ziele: höchstens 4000 Zeichen"):
        open_case(database, world, "kovalenko", goals="x" * 4001)
    assert _case(database, open_case(database, world, "kovalenko", goals="   ")).goals is None


def test_social_workers_are_the_active_ones_by_name(database: Database, world: CaseWorld):
    with database.read() as session:
        assert cases.social_workers(session) == [
            (world.users["sw_park"], "Paula Park"), (world.users["sw_ring"], "Rita Ring")]


# ---------------------------------------------------------------- changing, audited

def test_every_change_is_audited(database: Database, world: CaseWorld):
    case_id = open_case(database, world, "kovalenko")
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.reassign(session, sw, case_id, world.users["sw_ring"], version_id=1,
                       today=TODAY)
    with database.write(sw) as session:  # still in sw_park's facility
        cases.set_status(session, sw, case_id, "dormant", version_id=2, today=TODAY)
    with database.write(sw) as session:
        cases.set_goals(session, sw, case_id, "Deutschkurs B1", version_id=3, today=TODAY)
    with database.write(sw) as session:
        cases.close_case(session, sw, case_id, "moved_away", closed_on=date(2025, 3, 14),
                         version_id=4, today=TODAY)
    rows = audit_rows(database, "cases", case_id)
    assert [r.action for r in rows] == ["insert", "update", "update", "update", "end"]
    assert all(r.actor_login == "sw.park" for r in rows)
    assert rows[1].changes["social_worker_id"] == [world.users["sw_park"],
                                                    world.users["sw_ring"]]
    assert rows[2].changes["status"] == ["open", "dormant"]
    assert rows[3].changes["goals"] == [None, SOCIAL_DATA_PLACEHOLDER]
    assert "Deutschkurs" not in str([r.changes for r in rows])
    assert rows[4].changes["status"] == ["dormant", "closed"]
    assert rows[4].changes["outcome"] == [None, "moved_away"]
    case = _case(database, case_id)
    assert (case.status, case.closed_on, case.outcome) == ("closed", date(2025, 3, 14),
                                                           "moved_away")


def test_a_stale_version_is_an_edit_conflict(database: Database, world: CaseWorld):
    case_id = open_case(database, world, "kovalenko")
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.set_goals(session, sw, case_id, "erste Fassung", version_id=1, today=TODAY)
    changes = [
        lambda s: cases.reassign(s, sw, case_id, world.users["sw_ring"], version_id=1,
                                 today=TODAY),
        lambda s: cases.set_status(s, sw, case_id, "active", version_id=1, today=TODAY),
        lambda s: cases.set_goals(s, sw, case_id, "zweite Fassung", version_id=1,
                                  today=TODAY),
        lambda s: cases.close_case(s, sw, case_id, "other", version_id=1, today=TODAY),
    ]
    for change in changes:
        with pytest.raises(EditConflict, match="Der Fall wurde inzwischen von jemand "
                                               "anderem geändert"), \
                database.write(sw) as session:
            change(session)
    case = _case(database, case_id)
    assert (case.version_id, case.goals, case.status) == (2, "erste Fassung", "open")
    assert case.social_worker_id == world.users["sw_park"]


def test_status_choices(database: Database, world: CaseWorld):
    case_id = open_case(database, world, "kovalenko")
    sw = world.actors["sw_park"]
    with pytest.raises(DomainError, match="Fall abschließen“ mit einem Ergebnis"), \
            database.write(sw) as session:
        cases.set_status(session, sw, case_id, "closed", today=TODAY)
    with pytest.raises(DomainError, match="Status: bitte einen Status aus der Liste"), \
            database.write(sw) as session:
        cases.set_status(session, sw, case_id, "erledigt", today=TODAY)
    with database.write(sw) as session:
        assert cases.set_status(session, sw, case_id, "active", today=TODAY).status == "active"
    assert _case(database, case_id).status == "active"


def test_a_closed_case_cannot_be_changed(database: Database, world: CaseWorld):
    case_id = open_case(database, world, "kovalenko")
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.close_case(session, sw, case_id, "no_longer_needed", today=TODAY)
    changes = [
        lambda s: cases.reassign(s, sw, case_id, world.users["sw_ring"], today=TODAY),
        lambda s: cases.set_status(s, sw, case_id, "active", today=TODAY),
        lambda s: cases.set_goals(s, sw, case_id, "neu", today=TODAY),
        lambda s: cases.close_case(s, sw, case_id, "other", today=TODAY),
        lambda s: cases.set_readiness_item(s, sw, case_id, "bank_account", "met",
                                           today=TODAY),
        lambda s: follow_ups.add_follow_up(s, sw, case_id, TODAY, "Termin", today=TODAY),
        lambda s: flat_search.release(s, sw, case_id, today=TODAY),
    ]
    for change in changes:
        with pytest.raises(DomainError, match="Der Fall ist abgeschlossen"), \
                database.write(sw) as session:
            change(session)
    case = _case(database, case_id)
    assert (case.status, case.outcome, case.closed_on) == ("closed", "no_longer_needed", TODAY)
    assert len(audit_rows(database, "cases", case_id)) == 2  # insert and end only


# ---------------------------------------------------------------- closing

def test_closing_needs_an_outcome_and_a_date_in_range(database: Database, world: CaseWorld):
    case_id = open_case(database, world, "kovalenko")
    sw = world.actors["sw_park"]
    with pytest.raises(DomainError, match="Ergebnis: bitte ein Ergebnis aus der Liste"), \
            database.write(sw) as session:
        cases.close_case(session, sw, case_id, "gelöst", today=TODAY)
    for day in (date(2025, 3, 2), date(2025, 3, 16)):
        with pytest.raises(DomainError, match=r"Abgeschlossen am: bitte ein Datum zwischen "
                                              r"der Eröffnung \(03\.03\.2025\) und heute"), \
                database.write(sw) as session:
            cases.close_case(session, sw, case_id, "other", closed_on=day, today=TODAY)
    assert _case(database, case_id).status == "open"


def test_own_flat_by_hand_is_refused_while_the_household_lives_here(database, world):
    case_id = open_case(database, world, "kovalenko")
    sw = world.actors["sw_park"]
    with pytest.raises(DomainError, match=r"wohnt noch in einer Unterkunft.*Auszug in "
                                          r"eigene Wohnung") as error, \
            database.write(sw) as session:
        cases.close_case(session, sw, case_id, "own_flat", today=TODAY)
    assert error.value.field == "Ergebnis"
    assert _case(database, case_id).status == "open"


def test_closing_gives_a_reserved_offer_back(database: Database, world: CaseWorld):
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        flat_search.reserve(session, sw, case_id, world.offers["fits"], today=TODAY)
    assert offer_status(database, world.offers["fits"]) == "reserved"
    with database.write(sw) as session:
        cases.close_case(session, sw, case_id, "no_longer_needed", today=TODAY)
    assert offer_status(database, world.offers["fits"]) == "offered"
    assert _case(database, case_id).housing_offer_id is None


def test_own_flat_by_hand_after_the_move_takes_the_reserved_offer(database, world):
    """A move-out booked ahead leaves the case open; once the household has gone, closing it
    by hand with "eigene Wohnung" marks the reserved offer as taken, like the move does."""
    case_id = open_case(database, world, "kovalenko")
    make_ready(database, world, case_id)
    sw, site = world.actors["sw_park"], world.actors["site"]
    with database.write(sw) as session:
        flat_search.reserve(session, sw, case_id, world.offers["fits"], today=TODAY)
    family = [world.person(p) for p in ("olena", "andrii", "sofiia")]
    with database.write(site) as session:
        stays.move_out(session, site, family, date(2025, 3, 20), "own_flat", today=TODAY)
    assert _case(database, case_id).status == "active"  # still living there until then
    later = date(2025, 3, 22)
    with database.write(sw) as session:  # no longer in sw_park's facility: their caseload
        cases.close_case(session, sw, case_id, "own_flat", closed_on=date(2025, 3, 20),
                         today=later)
    case = _case(database, case_id)
    assert (case.status, case.outcome, case.closed_on) == ("closed", "own_flat",
                                                           date(2025, 3, 20))
    assert case.housing_offer_id == world.offers["fits"]
    assert offer_status(database, world.offers["fits"]) == "accepted"


# ---------------------------------------------------------------- who sees a case

def test_a_social_worker_sees_their_facilities_and_their_caseload(database, world):
    kovalenko = open_case(database, world, "kovalenko")  # lives in Park
    berg = open_case(database, world, "berg", actor="sw_ring")  # lives in Ring
    ring, park = world.actors["sw_ring"], world.actors["sw_park"]
    with database.read() as session:
        assert case_views.case_detail(session, park, kovalenko, TODAY).case_id == kovalenko
        with pytest.raises(PermissionDenied, match="wohnt nicht in Ihren Unterkünften, und "
                                                   "der Fall ist Ihnen nicht zugeordnet"):
            case_views.case_detail(session, ring, kovalenko, TODAY)
        with pytest.raises(PermissionDenied):
            case_views.case_detail(session, park, berg, TODAY)
    with pytest.raises(PermissionDenied), database.write(ring) as session:
        cases.set_goals(session, ring, kovalenko, "fremd", today=TODAY)
    with database.write(park) as session:
        cases.reassign(session, park, kovalenko, world.users["sw_ring"], today=TODAY)
    with database.read() as session:  # now in sw_ring's caseload
        detail = case_views.case_detail(session, ring, kovalenko, TODAY)
        assert detail.may_edit and detail.may_read_notes
        assert detail.social_worker == "Rita Ring"
        assert case_views.case_detail(session, park, kovalenko, TODAY).may_edit  # facility
    with database.write(ring) as session:
        cases.set_goals(session, ring, kovalenko, "Wohnung in Soest", today=TODAY)


def test_the_case_list_follows_the_same_rule(database: Database, world: CaseWorld):
    kovalenko = open_case(database, world, "kovalenko")
    berg = open_case(database, world, "berg", actor="sw_ring")
    rahimi = open_case(database, world, "rahimi", social_worker_id=world.users["sw_ring"])

    def visible(who: str) -> set[int]:
        with database.read() as session:
            page = listing.fetch_page(session, world.actors[who], "cases", today=TODAY)
            return {row.id for row in page.rows}

    assert visible("sw_park") == {kovalenko, rahimi}
    assert visible("sw_ring") == {berg, rahimi}
    assert visible("manager") == {kovalenko, berg, rahimi}


@pytest.mark.parametrize("who", ["service", "site", "admin"])
def test_other_roles_see_no_case(database: Database, world: CaseWorld, who: str):
    case_id = open_case(database, world, "kovalenko")
    with database.read() as session, pytest.raises(PermissionDenied, match="Fälle ansehen"):
        case_views.case_detail(session, world.actors[who], case_id, TODAY)


def test_a_missing_case_is_not_found(database: Database, world: CaseWorld):
    with database.read() as session, pytest.raises(DomainError, match="nicht gefunden"):
        case_views.case_detail(session, world.actors["sw_park"], 12_345, TODAY)


def test_leitung_sees_every_case_but_no_sozialdaten(database: Database, world: CaseWorld):
    case_id = open_case(database, world, "kovalenko", goals="Schulden regeln")
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.set_readiness_item(session, sw, case_id, "bank_account", "met",
                                 evidence="Konto bei der Sparkasse", today=TODAY)
        follow_ups.add_follow_up(session, sw, case_id, date(2025, 3, 20),
                                 "Schuldnerberatung anrufen", today=TODAY)
    with database.read() as session:
        seen = case_views.case_detail(session, world.actors["manager"], case_id, TODAY)
        own = case_views.case_detail(session, sw, case_id, TODAY)
    assert (seen.goals, seen.may_edit, seen.may_read_notes) == (None, False, False)
    assert all(item.evidence is None for item in seen.items)
    assert [f.subject for f in seen.follow_ups] == [None]
    assert seen.readiness.met == 1 and seen.status == "active"
    for secret in ("Schulden", "Sparkasse", "Schuldnerberatung"):
        assert secret not in repr(seen)
    assert own.goals == "Schulden regeln"
    assert [f.subject for f in own.follow_ups] == ["Schuldnerberatung anrufen"]
    assert {i.item.key: i.evidence for i in own.items}["bank_account"] == \
        "Konto bei der Sparkasse"
    assert own.household == "Familie Kovalenko"
    assert own.facilities == ["Haus am Park"]
    assert all(m.name.startswith("Kovalenko") for m in own.members)
    assert len(own.members) == 3


def test_the_own_flat_move_is_offered_only_where_the_actor_may_record_it(database, world):
    """A case in a social worker's caseload but in another facility: they lead it, but the
    move-out belongs to the facility's staff."""
    case_id = open_case(database, world, "haddad")
    with database.read() as session:
        mine = case_views.case_detail(session, world.actors["sw_park"], case_id, TODAY)
    assert mine.may_edit and mine.may_record_own_flat
    with database.write(world.actors["sw_park"]) as session:
        cases.reassign(session, world.actors["sw_park"], case_id, world.users["sw_ring"],
                       today=TODAY)
    with database.read() as session:
        theirs = case_views.case_detail(session, world.actors["sw_ring"], case_id, TODAY)
        manager = case_views.case_detail(session, world.actors["manager"], case_id, TODAY)
    assert theirs.may_edit and not theirs.may_record_own_flat
    assert not manager.may_edit and not manager.may_record_own_flat
