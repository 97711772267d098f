"""The four main-window lists on both engines: numbers, paging, sorting, search and scope."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from soest_desk.models import Person
from soest_desk.models.enums import Role
from soest_desk.services import listing, ticket_rules
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from tests.builders import NOW, TODAY, Builder, Sample, build_sample

LIST_NAMES = ["facilities", "persons", "cases", "tickets"]


@pytest.fixture
def sample(database) -> Sample:
    return build_sample(database)


def _manager(sample: Sample) -> Actor:
    return sample.actors["leitung"]


def _all(database, actor, name, **kwargs) -> list[listing.ListRow]:
    with database.read() as session:
        page = listing.fetch_page(session, actor, name, limit=1000, today=TODAY, now=NOW,
                                  **kwargs)
    assert page.exhausted
    return page.rows


def _count(database, actor, name, text="") -> int:
    with database.read() as session:
        return listing.count(session, actor, name, text, today=TODAY, now=NOW)


def _by(rows, key_column: str, name: str) -> dict:
    keys = [c.key for c in listing.columns(name)]
    index = keys.index(key_column)
    return {row.values[index]: dict(zip(keys, row.values, strict=True)) for row in rows}


def test_counts_match_the_sample(database, sample):
    manager = _manager(sample)
    counts = {name: _count(database, manager, name) for name in LIST_NAMES}
    assert counts == {"facilities": 4, "persons": 9, "cases": 3, "tickets": 5}
    for name in LIST_NAMES:
        assert len(_all(database, manager, name)) == counts[name]


def test_empty_database_lists_nothing(database):
    for name in LIST_NAMES:
        assert _count(database, SYSTEM_ACTOR, name) == 0
        assert _all(database, SYSTEM_ACTOR, name) == []


def test_facility_places_occupied_free(database, sample):
    rows = _by(_all(database, _manager(sample), "facilities"), "name", "facilities")
    numbers = {name: (r["places"], r["occupied"], r["free"]) for name, r in rows.items()}
    assert numbers == {
        "Haus am Bach": (6, 4, 2),
        "Übergangswohnheim Nord": (2, 3, -1),
        "Wohnung Grandweg": (3, 0, 3),
        "Leerstand Ost": (0, 0, 0),
    }
    bach = rows["Haus am Bach"]
    assert bach["kind"] == "shared_accommodation"
    assert bach["barrier_free"] is True
    assert bach["pilot_group"] == "Pilot A"
    assert rows["Leerstand Ost"]["barrier_free"] is False


def test_persons_show_the_current_stay(database, sample):
    rows = _all(database, _manager(sample), "persons")
    by_id = {row.id: row for row in rows}
    keys = [c.key for c in listing.columns("persons")]
    olena = dict(zip(keys, by_id[sample.persons["kovalenko_olena"]].values, strict=True))
    assert olena["facility"] == "Haus am Bach"
    assert olena["unit"] == "A1"
    assert olena["since"] == date(2024, 5, 1)
    assert olena["household"] == "Familie Kovalenko"
    assert olena["birth_date"] == date(1987, 1, 1)
    assert by_id[sample.persons["kovalenko_olena"]].extra["birth_date_precision"] == "year"
    ayse = dict(zip(keys, by_id[sample.persons["ozturk_ayse"]].values, strict=True))
    assert ayse["household"] == "Öztürk, Ayşe"  # no label: the head's name
    lina = dict(zip(keys, by_id[sample.persons["haddad_lina"]].values, strict=True))
    assert (lina["facility"], lina["unit"], lina["since"]) == (None, None, None)
    jan = dict(zip(keys, by_id[sample.persons["mueller_jan"]].values, strict=True))
    assert jan["facility"] is None  # left today
    assert sample.persons["gone"] not in by_id  # anonymised


def test_cases_show_follow_ups_and_never_note_text(database, sample):
    rows = _all(database, _manager(sample), "cases")
    keys = [c.key for c in listing.columns("cases")]
    by_id = {row.id: dict(zip(keys, row.values, strict=True)) for row in rows}
    kov = by_id[sample.cases["kovalenko"]]
    assert kov["open_follow_ups"] == 2
    assert kov["next_follow_up"] == date(2025, 3, 18)
    assert kov["facility"] == "Haus am Bach"
    assert kov["social_worker"] == "Sozialarbeit A"
    assert kov["status"] == "active"
    assert by_id[sample.cases["ahmadi"]]["next_follow_up"] is None
    everything = repr(rows)
    assert "geheim" not in everything and "Termin" not in everything
    assert not {"goals", "text", "subject"} & set(keys)


def test_tickets_owner_and_overdue(database, sample):
    rows = _all(database, _manager(sample), "tickets")
    keys = [c.key for c in listing.columns("tickets")]
    by_id = {row.id: dict(zip(keys, row.values, strict=True)) for row in rows}
    t = {key: by_id[ticket_id] for key, ticket_id in sample.tickets.items()}
    assert t["heating"]["owner"] == "property_service" and t["heating"]["overdue"] is True
    assert t["window"]["owner"] == "site_manager" and t["window"]["overdue"] is False
    assert t["water"]["owner"] == "property_service" and t["water"]["overdue"] is False
    assert t["closed"]["owner"] is None and t["closed"]["overdue"] is False
    assert t["hazard"]["overdue"] is True  # not secured in time
    assert t["heating"]["id"] == sample.tickets["heating"]
    assert t["heating"]["reported_at"] == NOW and t["heating"]["reported_at"].tzinfo
    assert t["water"]["due_at"] is None


def test_ticket_rules_follow_the_design():
    assert ticket_rules.whose_move("reported") is Role.PROPERTY_SERVICE
    assert ticket_rules.whose_move("query") is Role.SITE_MANAGER
    assert ticket_rules.whose_move("resolved") is Role.SITE_MANAGER
    assert ticket_rules.whose_move("waiting", "material") is Role.PROPERTY_SERVICE
    assert ticket_rules.whose_move("waiting", "access") is Role.SITE_MANAGER
    assert ticket_rules.whose_move("closed") is None
    assert ticket_rules.is_final("cancelled") and not ticket_rules.is_final("waiting")


def _page_through(database, actor, name, sort_key, descending, limit) -> list[int]:
    ids: list[int] = []
    after = None
    with database.read() as session:
        for _ in range(1000):
            page = listing.fetch_page(session, actor, name, sort_key=sort_key,
                                      descending=descending, after=after, limit=limit,
                                      today=TODAY, now=NOW)
            ids += [row.id for row in page.rows]
            if page.exhausted:
                return ids
            assert len(page.rows) == limit
            after = page.rows[-1].sort_key
    raise AssertionError("paging never ended")


@pytest.mark.parametrize("name", LIST_NAMES)
def test_keyset_paging_returns_every_row_once_for_every_sort(database, sample, name):
    manager = _manager(sample)
    expected = sorted(row.id for row in _all(database, manager, name))
    for column in listing.columns(name):
        assert column.sortable
        for descending in (False, True):
            whole = [row.id for row in _all(database, manager, name, sort_key=column.key,
                                            descending=descending)]
            for limit in (1, 2, 3):
                paged = _page_through(database, manager, name, column.key, descending, limit)
                assert paged == whole, (column.key, descending, limit)
            assert sorted(whole) == expected


def test_paging_with_many_ties_and_missing_values(database):
    """Twenty-five people sharing four names, some without a birth date or a stay."""
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        facility = b.facility("Haus")
        unit = b.unit(facility, "1", 30)
        for i in range(25):
            person = b.person(["Ali", "Ämin", "ali", "Berg"][i % 4], ["A", "B"][i % 2],
                              birth_date=None if i % 3 else date(1980 + i % 2, 1, 1),
                              nationality=None if i % 5 == 0 else "SYR")
            if i % 2:
                b.stay(person, unit, date(2024, 1, 1 + i % 3))
    for column in listing.columns("persons"):
        for descending in (False, True):
            whole = [r.id for r in _all(database, SYSTEM_ACTOR, "persons", sort_key=column.key,
                                        descending=descending)]
            assert len(whole) == len(set(whole)) == 25
            for limit in (2, 7):
                assert _page_through(database, SYSTEM_ACTOR, "persons", column.key,
                                     descending, limit) == whole


def test_default_sort_is_per_list(database, sample):
    assert listing.default_sort("tickets") == ("reported_at", True)
    names = [row.values[0] for row in _all(database, _manager(sample), "facilities")]
    assert names == ["Haus am Bach", "Leerstand Ost", "Übergangswohnheim Nord",
                     "Wohnung Grandweg"]  # Ü sorts with U
    families = [row.values[:2] for row in _all(database, _manager(sample), "persons")][:2]
    assert families == [("Ahmadi", "Farid"), ("Ahmadi", "Zahra")]


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("persons", "kovalenko", 2),
    ("persons", "KOVALENKO taras", 1),
    ("persons", "ozturk", 1),
    ("persons", "ÖZTÜRK", 1),
    ("persons", "ayse", 1),
    ("persons", "haus am bach", 4),  # facility name
    ("persons", "umar", 1),  # the transliteration is searched too
    ("persons", "   ", 9),
    ("facilities", "nord", 1),
    ("facilities", "bachweg", 1),  # street, not shown but searched
    ("facilities", "ubergang", 1),
    ("facilities", "soest-süd", 1),  # district
    ("facilities", "SOEST", 4),  # city
    ("facilities", "pilot", 1),
    ("cases", "kovalenko", 1),
    ("cases", "sozialarbeit", 2),
    ("cases", "familie", 2),
    ("cases", "ÖZTÜRK ayse", 1),  # no label: the head's name
    ("cases", "bach", 2),  # where the household lives
    ("tickets", "heizung", 1),
    ("tickets", "%", 1),
    ("tickets", "_", 1),
    ("tickets", "100%_", 1),
    ("tickets", "a1", 1),  # unit label
    ("tickets", "haus am bach", 2),  # facility
    ("tickets", "TÜR", 1),
    ("tickets", "zzz", 0),
])
def test_search_narrows(database, sample, name, text, expected):
    manager = _manager(sample)
    assert _count(database, manager, name, text) == expected
    assert len(_all(database, manager, name, text=text)) == expected


def test_search_follows_a_rename(database, sample):
    """The list searches stored keys; renaming a person must refresh them."""
    manager = _manager(sample)
    person_id = sample.persons["mueller_jan"]
    assert [r.id for r in _all(database, manager, "persons", text="muller")] == [person_id]
    with database.write(manager) as session:
        session.get(Person, person_id).family_name = "Yılmaz"
    assert _count(database, manager, "persons", "muller") == 0
    assert [r.id for r in _all(database, manager, "persons", text="YILMAZ jan")] == [person_id]
    names = [row.values[0] for row in _all(database, manager, "persons")]
    assert names.index("Yılmaz") == len(names) - 1  # sorts with the Y


def test_persons_page_by_name_through_the_index(sqlite_database):
    """The persons list's default sort walks `ix_persons_search_name_id`, sorting nothing."""
    statements = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    event.listen(sqlite_database.engine, "before_cursor_execute", capture)
    with sqlite_database.read() as session:
        listing.fetch_page(session, SYSTEM_ACTOR, "persons", today=TODAY)
    event.remove(sqlite_database.engine, "before_cursor_execute", capture)
    statement, parameters = next(s for s in statements if "persons_list" in s[0])
    with sqlite_database.engine.connect() as connection:
        plan = " / ".join(row[3] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters))
    assert "USING INDEX ix_persons_search_name_id" in plan
    assert "TEMP B-TREE" not in plan


def test_search_finds_ticket_numbers(database, sample):
    manager = _manager(sample)
    number = sample.tickets["closed"]
    ids = [r.id for r in _all(database, manager, "tickets", text=str(number))]
    assert number in ids
    assert [r.id for r in _all(database, manager, "tickets", text=f"#{number}")] == [number]


def test_site_manager_sees_only_own_facilities(database, sample):
    site_manager = sample.actors["hl_a"]
    assert [r.values[0] for r in _all(database, site_manager, "facilities")] == ["Haus am Bach"]
    persons = {r.id for r in _all(database, site_manager, "persons")}
    assert persons == {sample.persons[k] for k in
                       ("kovalenko_olena", "kovalenko_taras", "ozturk_ayse", "haddad_omar")}
    tickets = {r.id for r in _all(database, site_manager, "tickets")}
    assert tickets == {sample.tickets["heating"], sample.tickets["window"]}
    assert _count(database, site_manager, "persons", "ahmadi") == 0


def test_social_workers_see_cases_of_their_facilities(database, sample):
    sw_a = {r.id for r in _all(database, sample.actors["sw_a"], "cases")}
    assert sw_a == {sample.cases["kovalenko"], sample.cases["ozturk"]}
    sw_b = {r.id for r in _all(database, sample.actors["sw_b"], "cases")}
    assert sw_b == {sample.cases["ahmadi"]}


def test_actor_without_facilities_sees_nothing_scoped(database, sample):
    lonely = Actor(None, "neu", "Neu", frozenset({Role.SITE_MANAGER}))
    for name in ("facilities", "persons", "tickets"):
        assert _count(database, lonely, name) == 0


@pytest.mark.parametrize("name", ["persons", "cases"])
def test_property_service_may_not_list_people(database, sample, name):
    property_service = sample.actors["os"]
    with database.read() as session, pytest.raises(PermissionDenied, match="Keine Berechtigung"):
        listing.fetch_page(session, property_service, name)
    with database.read() as session, pytest.raises(PermissionDenied, match="Objektservice"):
        listing.count(session, property_service, name)
    assert _count(database, property_service, "tickets") == 5


def test_fetch_rows_returns_current_rows_by_id(database, sample):
    manager = _manager(sample)
    with database.write() as session:  # ended ("beendet"): hidden like in the list
        ended = Builder(session).person("Beendet", "Eva")
        ended.active = False
    wanted = [sample.persons["kovalenko_olena"], sample.persons["gone"], ended.id, 99999]
    with database.read() as session:
        rows = listing.fetch_rows(session, manager, "persons", wanted, today=TODAY)
    assert set(rows) == {sample.persons["kovalenko_olena"]}
    assert rows[sample.persons["kovalenko_olena"]].values[0] == "Kovalenko"


def test_bad_arguments_are_refused(database):
    with database.read() as session:
        with pytest.raises(ValueError, match="unknown list"):
            listing.count(session, SYSTEM_ACTOR, "nope")
        with pytest.raises(ValueError, match="unknown column"):
            listing.fetch_page(session, SYSTEM_ACTOR, "persons", sort_key="nope")
        with pytest.raises(ValueError, match="limit"):
            listing.fetch_page(session, SYSTEM_ACTOR, "persons", limit=0)
        with pytest.raises(ValueError, match="sort_key"):
            listing.fetch_page(session, SYSTEM_ACTOR, "persons", after=("x",))


def test_listing_imports_no_qt():
    services = Path(listing.__file__).parent
    for module in ("listing.py", "listing_queries.py", "ticket_rules.py"):
        assert "PySide6" not in (services / module).read_text(encoding="utf-8")


def test_paging_over_demo_data_when_available(database):
    demo = pytest.importorskip("soest_desk.services.demo")
    with database.write(SYSTEM_ACTOR) as session:
        demo.generate(session, seed=7, scale=0.1, os_login="demo")
    for name in LIST_NAMES:
        with database.read() as session:
            total = listing.count(session, SYSTEM_ACTOR, name)
        assert total > 0, name
        for descending in (False, True):
            ids = _page_through(database, SYSTEM_ACTOR, name, None, descending, 37)
            assert len(ids) == len(set(ids)) == total, name
