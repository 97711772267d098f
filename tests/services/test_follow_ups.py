"""Follow-ups (Wiedervorlagen): adding with a subject and a due date in range, done and open
again, their order and when they are overdue; and the caseload of the social workers against
the office's target ratio."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import Case, FollowUp, Person, User
from soest_desk.services import cases, follow_ups, shared_settings
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.follow_ups import FollowUpRecord
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.services.validation import EditConflict
from tests.services.case_fixtures import (
    OPENED,
    TODAY,
    CaseWorld,
    audit_rows,
    build_case_world,
    open_case,
)


@pytest.fixture
def world(database: Database) -> CaseWorld:
    return build_case_world(database)


def _add(database: Database, world: CaseWorld, case_id: int, due_on: date,
         subject: str = "Jobcenter anrufen", actor: str = "sw_park") -> int:
    who = world.actors[actor]
    with database.write(who) as session:
        return follow_ups.add_follow_up(session, who, case_id, due_on, subject,
                                        today=TODAY).id


def _done(database: Database, world: CaseWorld, follow_up_id: int, done: bool = True,
          actor: str = "sw_park", **kwargs) -> FollowUp:
    who = world.actors[actor]
    with database.write(who) as session:
        return follow_ups.set_done(session, who, follow_up_id, done, today=TODAY, **kwargs)


def _list(database: Database, world: CaseWorld, case_id: int, actor: str = "sw_park"
          ) -> list[FollowUpRecord]:
    with database.read() as session:
        return follow_ups.follow_ups_of(session, world.actors[actor], case_id, today=TODAY)


def _stored(database: Database) -> list[FollowUp]:
    with database.read() as session:
        return list(session.scalars(select(FollowUp).order_by(FollowUp.id)))


# ---------------------------------------------------------------- adding

def test_a_follow_up_is_added_with_its_subject(database, world):
    case_id = open_case(database, world, "kovalenko")
    follow_up_id = _add(database, world, case_id, date(2025, 3, 20), "  WBS beantragen  ")
    [row] = _stored(database)
    assert (row.id, row.case_id, row.due_on, row.subject, row.done_on) == (
        follow_up_id, case_id, date(2025, 3, 20), "WBS beantragen", None)
    [entry] = audit_rows(database, "follow_ups", follow_up_id)
    assert entry.action == "insert" and "WBS" not in repr(entry.changes)


@pytest.mark.parametrize(("due_on", "subject", "message", "field"), [
    (date(2025, 3, 20), "   ", "Betreff: bitte angeben, worum es", "Betreff"),
    (date(2025, 3, 20), "x" * 301, "Betreff: höchstens 300 Zeichen", "Betreff"),
    (date(2025, 3, 2), "Termin", r"Fällig am: bitte ein Datum ab der Eröffnung des Falls "
                                 r"\(03\.03\.2025\) und höchstens drei Jahre voraus",
     "Fällig am"),
    (date(2028, 3, 18), "Termin", "höchstens drei Jahre voraus", "Fällig am"),
])
def test_bad_follow_ups_are_refused(database, world, due_on, subject, message, field):
    case_id = open_case(database, world, "kovalenko")
    with pytest.raises(DomainError, match=message) as error:
        _add(database, world, case_id, due_on, subject)
    assert error.value.field == field
    assert _stored(database) == []


def test_the_edges_of_the_due_date(database, world):
    case_id = open_case(database, world, "kovalenko")
    _add(database, world, case_id, OPENED)  # in the past: overdue from the start
    _add(database, world, case_id, date.fromordinal(TODAY.toordinal() + 3 * 366))
    assert len(_stored(database)) == 2


def test_who_may_add_and_mark_follow_ups(database, world):
    case_id = open_case(database, world, "kovalenko")
    for who, message in (("manager", "Fälle bearbeiten"), ("site", "Fälle bearbeiten"),
                         ("sw_ring", "nicht in Ihren Unterkünften")):
        with pytest.raises(PermissionDenied, match=message):
            _add(database, world, case_id, date(2025, 3, 20), actor=who)
    follow_up_id = _add(database, world, case_id, date(2025, 3, 20))
    with pytest.raises(PermissionDenied):
        _done(database, world, follow_up_id, actor="manager")
    with pytest.raises(PermissionDenied):
        _done(database, world, follow_up_id, actor="sw_ring")
    with pytest.raises(PermissionDenied, match="Fälle ansehen"):
        _list(database, world, case_id, actor="service")
    with pytest.raises(DomainError, match="Wiedervorlage wurde nicht gefunden"):
        _done(database, world, 99_999)
    assert [row.done_on for row in _stored(database)] == [None]


# ---------------------------------------------------------------- done, open again

def test_done_and_open_again(database, world):
    case_id = open_case(database, world, "kovalenko")
    follow_up_id = _add(database, world, case_id, date(2025, 3, 10))
    row = _done(database, world, follow_up_id, version_id=1)
    assert (row.done_on, row.version_id) == (TODAY, 2)
    row = _done(database, world, follow_up_id, False, version_id=2)
    assert row.done_on is None
    with pytest.raises(EditConflict, match="Die Wiedervorlage wurde inzwischen"):
        _done(database, world, follow_up_id, version_id=2)
    assert _stored(database)[0].done_on is None
    actions = [e.action for e in audit_rows(database, "follow_ups", follow_up_id)]
    assert actions == ["insert", "end", "update"]


def test_done_twice_keeps_the_day_it_was_done(database, world):
    case_id = open_case(database, world, "kovalenko")
    follow_up_id = _add(database, world, case_id, date(2025, 3, 10))
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        follow_ups.set_done(session, sw, follow_up_id, True, today=date(2025, 3, 11))
    row = _done(database, world, follow_up_id)  # again, on TODAY
    assert row.done_on == date(2025, 3, 11)


def test_a_closed_case_keeps_its_follow_ups_as_they_are(database, world):
    case_id = open_case(database, world, "kovalenko")
    follow_up_id = _add(database, world, case_id, date(2025, 3, 20))
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.close_case(session, sw, case_id, "other", today=TODAY)
    with pytest.raises(DomainError, match="Der Fall ist abgeschlossen"):
        _done(database, world, follow_up_id)
    assert _stored(database)[0].done_on is None


def test_order_and_overdue(database, world):
    case_id = open_case(database, world, "kovalenko")
    ids = {key: _add(database, world, case_id, due, key) for key, due in (
        ("later", date(2025, 4, 1)), ("today", TODAY), ("late", date(2025, 3, 10)),
        ("done_early", date(2025, 3, 5)), ("done_late", date(2025, 3, 12)))}
    _done(database, world, ids["done_early"])
    _done(database, world, ids["done_late"])
    records = _list(database, world, case_id)
    assert [r.subject for r in records] == ["late", "today", "later", "done_late",
                                            "done_early"]
    overdue = {r.subject: r.overdue(TODAY) for r in records}
    assert overdue == {"late": True, "today": False, "later": False, "done_late": False,
                       "done_early": False}
    assert [r.overdue(date(2025, 3, 16)) for r in records][:2] == [True, True]


def test_leitung_sees_dates_but_no_subjects(database, world):
    case_id = open_case(database, world, "kovalenko")
    _add(database, world, case_id, date(2025, 3, 20), "Schulden klären")
    records = _list(database, world, case_id, actor="manager")  # the service decides
    assert [(r.due_on, r.subject) for r in records] == [(date(2025, 3, 20), None)]
    assert "Schulden" not in repr(records)
    assert [r.subject for r in _list(database, world, case_id)] == ["Schulden klären"]


# ---------------------------------------------------------------- caseload

def _caseload(database: Database, world: CaseWorld, actor: str = "manager",
              today: date = TODAY) -> follow_ups.Caseload:
    with database.read() as session:
        return follow_ups.caseload(session, world.actors[actor], today)


def test_the_caseload_per_social_worker(database, world):
    kovalenko = open_case(database, world, "kovalenko")  # 3 people
    haddad = open_case(database, world, "haddad")  # 1 person
    berg = open_case(database, world, "berg", actor="sw_ring")  # 1 person
    rahimi = open_case(database, world, "rahimi")
    _add(database, world, kovalenko, date(2025, 3, 10))  # overdue
    _add(database, world, kovalenko, date(2025, 3, 4))  # overdue
    _add(database, world, kovalenko, TODAY)  # due today: not overdue
    _done(database, world, _add(database, world, haddad, date(2025, 3, 5)))  # done
    _add(database, world, berg, date(2025, 3, 14), actor="sw_ring")  # overdue
    with database.write() as session:  # nobody assigned
        case = session.get(Case, rahimi)
        assert case is not None
        case.social_worker_id = None
    load = _caseload(database, world)
    assert load.target == 80
    assert [(w.name, w.cases, w.people, w.overdue) for w in load.workers] == [
        ("Paula Park", 2, 4, 2), ("Rita Ring", 1, 1, 1)]
    assert load.unassigned_cases == 1
    assert load.residents == 6  # 5 in Haus am Park, 1 in Wohnheim Ring
    assert load.actual_ratio == 3.0
    assert load.workers[0].share == pytest.approx(4 / 80)


def test_the_caseload_leaves_out_closed_cases_and_ended_people(database, world):
    kovalenko = open_case(database, world, "kovalenko")
    haddad = open_case(database, world, "haddad")
    _add(database, world, haddad, date(2025, 3, 10))
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.close_case(session, sw, haddad, "no_longer_needed", today=TODAY)
    with database.write() as session:
        sofiia = session.get(Person, world.person("sofiia"))
        assert sofiia is not None
        sofiia.active = False
    [park, _ring] = _caseload(database, world).workers
    assert (park.cases, park.people, park.overdue) == (1, 2, 0)  # Olena and Andrii
    with database.read() as session:
        assert session.get(Case, kovalenko).social_worker_id == world.users["sw_park"]


def test_cases_of_a_colleague_who_left_count_as_unassigned(database, world):
    case_id = open_case(database, world, "kovalenko")
    with database.write() as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.social_worker_id = world.users["sw_gone"]  # assigned before Anton Alt left
    load = _caseload(database, world)
    assert [w.name for w in load.workers] == ["Paula Park", "Rita Ring"]
    assert sum(w.cases for w in load.workers) == 0
    assert load.unassigned_cases == 1


def test_the_target_comes_from_the_setting(database, world):
    open_case(database, world, "kovalenko")
    with database.write(SYSTEM_ACTOR) as session:
        shared_settings.put(session, SYSTEM_ACTOR, "caseload_target_persons", 2)
    load = _caseload(database, world, actor="sw_ring")  # every social worker sees it
    assert load.target == 2
    assert [w.share for w in load.workers] == [1.5, 0.0]
    with pytest.raises(PermissionDenied, match="Fälle ansehen"):
        _caseload(database, world, actor="service")


def test_without_social_workers_there_is_no_ratio(database, world):
    with database.write() as session:
        for key in ("sw_park", "sw_ring"):
            user = session.get(User, world.users[key])
            assert user is not None
            user.active = False
    load = _caseload(database, world)
    assert load.workers == [] and load.actual_ratio is None
    assert load.residents == 6
