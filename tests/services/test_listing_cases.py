"""The Sozialarbeit case list on both engines: readiness percent and "bereit seit" in SQL
(expired and "entfällt" items), the overdue marker, every filter with its counts, who sees
which case, and "Meine Fälle" sorted by the next follow-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest

from soest_desk.models import Case, ReadinessItem
from soest_desk.models.enums import Role
from soest_desk.services import listing, readiness, shared_settings
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.services.shared_settings import DEFAULT_READINESS_CHECKLIST
from tests.builders import NOW, TODAY, Builder, _actor

REQUIRED = [i["key"] for i in DEFAULT_READINESS_CHECKLIST if i["required"]]  # eight
DAY = timedelta(days=1)


@dataclass
class Cases:
    ids: dict[str, int] = field(default_factory=dict)
    facilities: dict[str, int] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)

    def names(self, ids: Any) -> set[str]:
        wanted = set(ids)
        return {name for name, case_id in self.ids.items() if case_id in wanted}


def _items(b: Builder, case: Case, met: list[str], *, on: date = date(2025, 3, 1),
           **states: tuple[str, date | None, date | None]) -> None:
    """`met` on `on` (the last one a day later, so "bereit seit" is that day); `states`:
    key -> (state, state date, expires on)."""
    for number, key in enumerate(met):
        day = on + DAY if number == len(met) - 1 else on
        b._add(ReadinessItem(case_id=case.id, item_key=key, state="met", state_date=day))
    for key, (state, day, expires) in states.items():
        b._add(ReadinessItem(case_id=case.id, item_key=key, state=state, state_date=day,
                             expires_on=expires))


@pytest.fixture
def cases(database) -> Cases:
    return build_cases(database)


def build_cases(database) -> Cases:
    """Five households whose names say what their case shows (seen on TODAY, 15.03.2025);
    the case list's window tests use them too."""
    data = Cases()
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        bach, nord = b.facility("Haus am Bach"), b.facility("Nordhaus")
        data.facilities = {"bach": bach.id, "nord": nord.id}
        a1, n1 = b.unit(bach, "A1", 30), b.unit(nord, "N1", 30)
        sw_a = b.user("sw_a", {Role.SOCIAL_WORKER}, (bach,), "Anna Sozial")
        sw_b = b.user("sw_b", {Role.SOCIAL_WORKER}, (nord,), "Bernd Sozial")
        manager = b.user("leitung", {Role.MANAGER}, (), "Leitung")
        data.actors = {u.login: _actor(u) for u in (sw_a, sw_b, manager)}

        def household(label: str, unit: Any) -> Any:
            h = b.household(label)
            b.stay(b.person(label.split()[-1], "Kopf", household=h, role="head"), unit,
                   date(2024, 1, 1))
            return h

        # every applicable item met; the credit report does not apply; WBS is not required
        ready = b.case(household("Familie Bereit", a1), social_worker=sw_a, status="active")
        _items(b, ready, [k for k in REQUIRED if k != "credit_report"],
               credit_report=("not_applicable", date(2025, 2, 1), None),
               wbs=("open", None, None))
        b.follow_up(ready, TODAY - 5 * DAY)  # overdue
        b.follow_up(ready, TODAY + 30 * DAY)
        # all eight met, but the residence title expired yesterday: 7 of 8
        expired = b.case(household("Familie Abgelaufen", a1), social_worker=sw_a)
        _items(b, expired, [k for k in REQUIRED if k != "residence_title"],
               residence_title=("met", date(2024, 3, 1), TODAY - DAY))
        b.follow_up(expired, TODAY + 5 * DAY)
        b.follow_up(expired, TODAY - 14 * DAY, done_on=TODAY - 14 * DAY)  # done: not overdue
        # lives in Nord, assigned to Anna: half, the title valid until today still counts
        half = b.case(household("Familie Halb", n1), social_worker=sw_a, status="dormant")
        _items(b, half, REQUIRED[1:4], residence_title=("met", date(2024, 3, 1), TODAY),
               bank_account=("in_progress", date(2025, 3, 2), None))
        # nothing recorded yet; a follow-up due today is not overdue
        nothing = b.case(household("Familie Nord", n1), social_worker=sw_b,
                         opened_on=date(2025, 2, 1))
        b.follow_up(nothing, TODAY)
        # closed, nobody in charge
        closed = b.case(household("Familie Zu", a1), status="closed",
                        opened_on=date(2024, 11, 2))
        _items(b, closed, REQUIRED[:3])
        data.ids = {"ready": ready.id, "expired": expired.id, "half": half.id,
                    "nothing": nothing.id, "closed": closed.id}
    return data


def _rows(database, actor: Actor = SYSTEM_ACTOR, **kwargs: Any) -> list[listing.ListRow]:
    with database.read() as session:
        page = listing.fetch_page(session, actor, "cases", limit=1000, today=TODAY, now=NOW,
                                  **kwargs)
    assert page.exhausted
    return page.rows


def _values(rows: list[listing.ListRow]) -> dict[int, dict[str, Any]]:
    keys = [c.key for c in listing.columns("cases")]
    return {row.id: dict(zip(keys, row.values, strict=True)) | row.extra for row in rows}


def _names(database, cases: Cases, filters: dict[str, Any], actor: Actor = SYSTEM_ACTOR
           ) -> set[str]:
    rows = _rows(database, actor, filters=filters)
    with database.read() as session:
        total = listing.count(session, actor, "cases", today=TODAY, now=NOW, filters=filters)
    assert total == len(rows)  # the count always matches the rows
    return cases.names(row.id for row in rows)


def test_columns_in_order():
    assert [c.key for c in listing.columns("cases")] == [
        "household", "facility", "social_worker", "status", "readiness_percent",
        "ready_since", "opened_on", "open_follow_ups", "next_follow_up"]
    kinds = {c.key: c.kind for c in listing.columns("cases")}
    assert kinds["readiness_percent"] == "percent" and kinds["ready_since"] == "date"


def test_readiness_percent_and_ready_since(database, cases):
    values = _values(_rows(database))
    by_name = {name: values[case_id] for name, case_id in cases.ids.items()}
    shown = {name: (v["readiness_met"], v["readiness_required"], v["readiness_percent"],
                    v["ready_since"]) for name, v in by_name.items()}
    assert shown == {
        "ready": (7, 7, 100, date(2025, 3, 2)),  # 8 required, one "entfällt"
        "expired": (7, 8, 88, None),  # the expired title no longer counts
        "half": (4, 8, 50, None),  # valid until today: still counts
        "nothing": (0, 8, 0, None),
        "closed": (3, 8, 38, None),  # 37.5 rounds half up
    }
    # the list says what the case detail's Python says
    with database.read() as session:
        for name, case_id in cases.ids.items():
            expected = readiness.readiness_of(session, case_id, TODAY)
            assert (expected.percent, expected.ready_since) == shown[name][2:], name


def test_a_day_later_the_title_valid_until_today_has_expired(database, cases):
    tomorrow = TODAY + DAY
    with database.read() as session:
        page = listing.fetch_page(session, SYSTEM_ACTOR, "cases", today=tomorrow, limit=10)
    keys = [c.key for c in listing.columns("cases")]
    half = next(r for r in page.rows if r.id == cases.ids["half"])
    assert half.values[keys.index("readiness_percent")] == 38  # 3 of 8


def test_follow_ups_and_the_overdue_marker(database, cases):
    values = _values(_rows(database))
    ids = cases.ids
    assert {name: values[i]["overdue"] for name, i in ids.items()} == {
        "ready": True, "expired": False, "half": False, "nothing": False, "closed": False}
    assert values[ids["ready"]]["open_follow_ups"] == 2
    assert values[ids["ready"]]["next_follow_up"] == TODAY - 5 * DAY
    assert values[ids["expired"]]["open_follow_ups"] == 1  # the done one does not count
    assert values[ids["half"]]["next_follow_up"] is None
    assert values[ids["ready"]]["facility"] == "Haus am Bach"
    assert values[ids["ready"]]["social_worker"] == "Anna Sozial"
    assert values[ids["closed"]]["social_worker"] is None


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, {"ready", "expired", "half", "nothing", "closed"}),
    ({"status": "open_any"}, {"ready", "expired", "half", "nothing"}),
    ({"status": "open"}, {"expired", "nothing"}),
    ({"status": "active"}, {"ready"}),
    ({"status": "dormant"}, {"half"}),
    ({"status": "closed"}, {"closed"}),
    ({"status": "all"}, {"ready", "expired", "half", "nothing", "closed"}),
    ({"readiness": "under_50"}, {"nothing", "closed"}),
    ({"readiness": "50_99"}, {"expired", "half"}),
    ({"readiness": "ready"}, {"ready"}),
    ({"overdue": True}, {"ready"}),
    ({"overdue": False}, {"ready", "expired", "half", "nothing", "closed"}),
    ({"facility_id": "bach"}, {"ready", "expired", "closed"}),
    ({"facility_id": "nord"}, {"half", "nothing"}),
    ({"social_worker_id": "sw_a"}, {"ready", "expired", "half"}),
    ({"social_worker_id": "sw_b"}, {"nothing"}),
    ({"status": "open_any", "readiness": "50_99", "facility_id": "bach"}, {"expired"}),
    ({"mine": False}, {"ready", "expired", "half", "nothing", "closed"}),
])
def test_filters(database, cases, filters, expected):
    resolved = {key: cases.facilities[value] if key == "facility_id"
                else cases.actors[value].user_id if key == "social_worker_id" else value
                for key, value in filters.items()}
    assert _names(database, cases, resolved) == expected


def test_mine_is_the_actors_caseload(database, cases):
    assert _names(database, cases, {"mine": True}, cases.actors["sw_a"]) == {
        "ready", "expired", "half"}
    assert _names(database, cases, {"mine": True}, cases.actors["sw_b"]) == {"nothing"}
    assert _names(database, cases, {"mine": True}, cases.actors["leitung"]) == set()
    assert _names(database, cases, {"mine": True}) == set()  # the system user has no cases


def test_mine_sorted_by_next_follow_up_without_one_last(database, cases):
    sw_a = cases.actors["sw_a"]
    rows = _rows(database, sw_a, filters={"mine": True}, sort_key="next_follow_up",
                 descending=False)
    assert [cases.names([r.id]).pop() for r in rows] == ["ready", "expired", "half"]
    # paging one row at a time over the empty date gives the same order
    order, after = [], None
    with database.read() as session:
        while True:
            page = listing.fetch_page(session, sw_a, "cases", filters={"mine": True},
                                      sort_key="next_follow_up", descending=False,
                                      after=after, limit=1, today=TODAY, now=NOW)
            order += [r.id for r in page.rows]
            if page.exhausted:
                break
            after = page.rows[-1].sort_key
    assert order == [r.id for r in rows]


def test_sort_by_readiness_and_ready_since(database, cases):
    rows = _rows(database, sort_key="readiness_percent", descending=True)
    assert [cases.names([r.id]).pop() for r in rows] == [
        "ready", "expired", "half", "closed", "nothing"]
    rows = _rows(database, sort_key="ready_since", descending=False)
    assert cases.names([rows[0].id]) == {"ready"}  # the others have no date: last


def test_who_sees_which_case(database, cases):
    def seen(login: str) -> set[str]:
        return cases.names(r.id for r in _rows(database, cases.actors[login]))

    # Anna: the households in Haus am Bach and "Halb", assigned to her though in Nordhaus
    assert seen("sw_a") == {"ready", "expired", "closed", "half"}
    # Bernd: everyone living in Nordhaus, including Anna's "Halb"
    assert seen("sw_b") == {"half", "nothing"}
    assert seen("leitung") == set(cases.ids)


def test_choices_with_counts(database, cases):
    with database.read() as session:
        choices = listing.filter_choices(session, SYSTEM_ACTOR, "cases", today=TODAY)
    counts = {name: {c.value: c.count for c in entries} for name, entries in choices.items()}
    assert counts["status"] == {"open_any": 4, "open": 2, "active": 1, "dormant": 1,
                                "closed": 1, "all": 5}
    # the other choices count the open cases: the closed one (Haus am Bach, under 50 %,
    # nobody's) is left out
    assert counts["readiness"] == {"under_50": 1, "50_99": 2, "ready": 1}
    assert counts["overdue"] == {True: 1}
    assert counts["mine"] == {True: 0}
    assert [(c.label, c.count) for c in choices["social_worker_id"]] == [
        ("Anna Sozial", 3), ("Bernd Sozial", 1)]
    assert [(c.value, c.label, c.count) for c in choices["facility_id"]] == [
        (cases.facilities["bach"], "Haus am Bach", 2),
        (cases.facilities["nord"], "Nordhaus", 2)]


@pytest.mark.parametrize("login", ["sw_a", "sw_b", "leitung"])
def test_every_choice_counts_what_its_filter_lists(database, cases, login):
    actor = cases.actors[login]
    with database.read() as session:
        choices = listing.filter_choices(session, actor, "cases", today=TODAY)
        assert set(choices) == {"mine", "social_worker_id", "facility_id", "status",
                                "readiness", "overdue"}
        for name, entries in choices.items():
            for choice in entries:
                # besides the status, a choice counts among the open cases (the default)
                filters = {name: choice.value} if name == "status" else {
                    name: choice.value, "status": "open_any"}
                total = listing.count(session, actor, "cases", today=TODAY, now=NOW,
                                      filters=filters)
                assert total == choice.count, (login, name, choice)
    mine = {c.value: c.count for c in choices["mine"]}
    assert mine == {True: {"sw_a": 3, "sw_b": 1, "leitung": 0}[login]}


def test_required_items_follow_the_shared_setting(database, cases):
    """A checklist without the credit report: seven required, "Abgelaufen" still 6 of 7."""
    checklist = [i for i in DEFAULT_READINESS_CHECKLIST if i["key"] != "credit_report"]
    with database.write(SYSTEM_ACTOR) as session:
        shared_settings.put(session, SYSTEM_ACTOR, "readiness_checklist", checklist)
    values = _values(_rows(database))
    expired, ready = values[cases.ids["expired"]], values[cases.ids["ready"]]
    assert (expired["readiness_met"], expired["readiness_required"]) == (6, 7)
    assert (ready["readiness_met"], ready["readiness_required"]) == (7, 7)


def test_search_and_filters_combine(database, cases):
    with database.read() as session:
        assert listing.count(session, SYSTEM_ACTOR, "cases", "nordhaus", today=TODAY,
                             filters={"status": "open_any"}) == 2
        assert listing.count(session, SYSTEM_ACTOR, "cases", "anna", today=TODAY,
                             filters={"readiness": "ready"}) == 1


@pytest.mark.parametrize(("filters", "message"), [
    ({"status": "offen"}, "status"),
    ({"status": "closed_any"}, "status"),
    ({"readiness": "full"}, "readiness"),
    ({"readiness": 100}, "readiness"),
    ({"mine": "ja"}, "mine"),
    ({"overdue": 1}, "overdue"),
    ({"social_worker_id": 0}, "social_worker_id"),
    ({"social_worker_id": True}, "social_worker_id"),
    ({"facility_id": "Haus am Bach"}, "facility_id"),
    ({"care": True}, "no filter 'care'"),
])
def test_bad_filter_values_are_refused(database, filters, message):
    with database.read() as session, pytest.raises(ValueError, match=message):
        listing.count(session, SYSTEM_ACTOR, "cases", today=TODAY, filters=filters)
