"""The duplicate check: name keys across spellings and scripts, candidates by birth date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from soest_desk.db import Database
from soest_desk.models import Person
from soest_desk.services import duplicates
from soest_desk.services.duplicates import (
    MATCH_THRESHOLD,
    Match,
    describe_match,
    find_matches,
    find_matches_many,
    name_key,
    name_score,
)
from soest_desk.services.permissions import SYSTEM_ACTOR
from tests.builders import NOW, TODAY, Builder

BORN = date(1990, 5, 1)

SAME_NAME = [
    ["Oleksandr", "Aleksandr", "Alexander", "Олександр", "Александр"],
    ["Olena", "Elena", "Jelena", "Yelena", "Олена", "Елена"],
    ["Kovalenko", "Kowalenko", "Коваленко"],
    ["Serhii", "Sergii", "Sergej", "Sergey", "Сергій", "Сергей"],
    ["Yulia", "Julia", "Iuliia", "Juliya", "Юлія", "Юлия"],
    ["Tetiana", "Tatjana", "Tatiana", "Тетяна", "Татьяна"],
    ["Andrii", "Andrej", "Andriy", "Андрій"],
    ["Dmytro", "Dmitri", "Dmitry", "Дмитро"],
    ["Mykola", "Nikolaj", "Nikolai", "Микола"],
    ["Shevchenko", "Schewtschenko", "Шевченко"],
    ["Zhukova", "Schukowa", "Жукова"],
    ["Khalid", "Chalid", "Halid", "Khaled"],
    ["Mohammed", "Muhammad", "Mohamad", "Mohammad"],
    ["Olha", "Olga", "Ольга"],
    ["Müller", "Mueller", "MÜLLER"],
    ["Öztürk", "Ozturk"],
    ["Al-Hassan", "Al Hassan", "Alhassan"],
]


@pytest.mark.parametrize("spellings", SAME_NAME, ids=lambda group: group[0])
def test_name_key_gives_one_key_for_the_spellings_of_a_name(spellings):
    assert len({name_key(spelling) for spelling in spellings}) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("Hassan", "Hussein"), ("Anna", "Nina"), ("Taras", "Bohdan"), ("Omar", "Amir"),
    ("Kovalenko", "Kovalchuk"),
])
def test_name_key_keeps_different_names_apart(a, b):
    assert name_key(a) != name_key(b)


def test_name_key_of_blank_or_symbols_is_empty():
    assert name_key("") == ""
    assert name_key(" -- ' ") == ""
    assert name_key("Kovalenko-Shevchenko") == "kovalenko shevhenko"


def score(family_a: str, given_a: str, family_b: str, given_b: str) -> float:
    return name_score(name_key(family_a), name_key(given_a), name_key(family_b),
                      name_key(given_b))


def test_name_score_same_person_across_spellings_swaps_and_extra_names():
    assert score("Kovalenko", "Olena", "Kowalenko", "Elena") == 100
    assert score("Kovalenko", "Olena", "Olena", "Kovalenko") == 100  # swapped on the form
    assert score("Haddad", "Mohammed Ali", "Haddad", "Muhammad") >= MATCH_THRESHOLD
    assert score("Kovalenko Olena", "", "Kovalenko", "Olena") == 100  # all in one field
    assert score("Kovalenko", "Olena", "Kovalenko", "Olna") >= MATCH_THRESHOLD  # a typo


def test_name_score_keeps_twins_and_strangers_apart():
    assert score("Ahmadi", "Hassan", "Ahmadi", "Hussein") < MATCH_THRESHOLD
    assert score("Kovalenko", "Taras", "Kovalenko", "Bohdan") < MATCH_THRESHOLD
    assert score("Kovalenko", "Anna Maria", "Kovalenko", "Anna Sofia") < MATCH_THRESHOLD
    assert score("Kovalenko", "Olena", "Ahmadi", "Farid") < MATCH_THRESHOLD


# ---------------------------------------------------------------- against the database

def add_people(database: Database, *people: tuple) -> list[int]:
    """(family, given, birth date, precision[, active]) → ids."""
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        ids = []
        for family, given, born, precision, *rest in people:
            person = b.person(family, given, birth_date=born, precision=precision)
            if rest:
                person.active = rest[0]
            ids.append(person.id)
        return ids


def check(database: Database, family: str, given: str, born: date | None,
          precision: str = "day", **kwargs) -> list[Match]:
    with database.read() as session:
        return find_matches(session, family, given, born, precision, today=TODAY, **kwargs)


@pytest.mark.parametrize(("family", "given"), [
    ("Kowalenko", "Elena"), ("Коваленко", "Олена"), ("Olena", "Kovalenko"),
    ("  KOVALENKO ", " olena"), ("Kovalenko", "Olena"),
])
def test_found_in_other_spellings_scripts_and_swapped(database, family, given):
    (olena,) = add_people(database, ("Kovalenko", "Olena", BORN, "day"))
    matches = check(database, family, given, BORN)
    assert [m.person_id for m in matches] == [olena]
    match = matches[0]
    assert (match.family_name, match.given_names, match.birth_date) == ("Kovalenko", "Olena",
                                                                        BORN)
    assert match.score == 100 and match.active and match.row is None


def test_not_found_with_another_birth_date_or_another_name(database):
    add_people(database, ("Kovalenko", "Olena", BORN, "day"),
               ("Kovalenko", "Olena", date(1990, 5, 2), "day"))
    assert len(check(database, "Kovalenko", "Olena", BORN)) == 1
    assert check(database, "Kovalenko", "Olena", date(1991, 5, 1)) == []
    assert check(database, "Ahmadi", "Farid", BORN) == []
    assert check(database, "Kovalenko", "Taras", BORN) == []  # a twin is no duplicate


def test_no_birth_date_means_no_candidates(database):
    add_people(database, ("Kovalenko", "Olena", None, "day"), ("Kovalenko", "Olena", BORN, "day"))
    assert check(database, "Kovalenko", "Olena", None) == []
    assert [m.birth_date for m in check(database, "Kovalenko", "Olena", BORN)] == [BORN]
    assert check(database, "", "  ", BORN) == []


def test_year_only_and_month_only_birth_dates_meet_the_dates_they_may_be(database):
    year_only, month_only, day_known = add_people(
        database, ("Ahmadi", "Farid", date(1990, 1, 1), "year"),
        ("Ahmadi", "Farid", date(1990, 5, 1), "month"),
        ("Ahmadi", "Farid", date(1990, 5, 17), "day"))

    def found(born: date, precision: str = "day") -> set[int | None]:
        return {m.person_id for m in check(database, "Ahmadi", "Farid", born, precision)}

    assert found(date(1990, 5, 17)) == {year_only, month_only, day_known}
    assert found(date(1990, 5, 3)) == {year_only, month_only}
    assert found(date(1990, 8, 3)) == {year_only}
    assert found(date(1991, 5, 17)) == set()
    assert found(date(1990, 1, 1), "year") == {year_only, month_only, day_known}
    assert found(date(1990, 5, 1), "month") == {year_only, month_only, day_known}
    assert found(date(1990, 6, 1), "month") == {year_only}
    assert found(date(1989, 1, 1), "year") == set()


def test_exclude_limit_order_and_anonymised(database):
    ids = add_people(database, *[("Kovalenko", "Olena", BORN, "day")] * 4,
                     ("Kowalenko", "Olna", BORN, "day"))
    with database.write(SYSTEM_ACTOR) as session:
        session.get(Person, ids[3]).anonymised_at = NOW  # anonymised: never a candidate
    matches = check(database, "Kovalenko", "Olena", BORN, exclude_id=ids[0])
    assert [m.person_id for m in matches] == [ids[1], ids[2], ids[4]]
    assert [m.score for m in matches][:2] == [100, 100]
    assert MATCH_THRESHOLD <= matches[-1].score < 100  # the typo ranks last
    assert len(check(database, "Kovalenko", "Olena", BORN, limit=2)) == 2


def test_a_match_says_where_the_person_lives_today_and_whether_ended(database):
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        unit = b.unit(b.facility("Haus am Bach"), "A1", 4)
        living = b.person("Kovalenko", "Olena", birth_date=BORN)
        moved_out = b.person("Kovalenko", "Olena", birth_date=BORN)
        ended = b.person("Kovalenko", "Olena", birth_date=BORN)
        ended.active = False
        b.stay(living, unit, date(2024, 1, 1))
        b.stay(moved_out, unit, date(2023, 1, 1), TODAY)  # left today
        ids = living.id, moved_out.id, ended.id
    matches = {m.person_id: m for m in check(database, "Kovalenko", "Olena", BORN)}
    assert matches[ids[0]].facility == "Haus am Bach"
    assert matches[ids[1]].facility is None
    assert (matches[ids[2]].facility, matches[ids[2]].active) == (None, False)
    assert list(matches)[-1] == ids[2]  # the ended person comes last at equal score
    assert describe_match(matches[ids[0]]) == (
        "Kovalenko, Olena (geb. 01.05.1990, wohnt in Haus am Bach)")
    assert describe_match(matches[ids[2]]) == "Kovalenko, Olena (geb. 01.05.1990, beendet)"


def test_describe_match_of_partial_dates_and_batch_rows():
    year = Match(None, "Ahmadi", "Farid", date(1990, 1, 1), "year", 100.0, None, row=3)
    month = Match(7, "Ahmadi", "", date(1990, 5, 1), "month", 90.0, None)
    assert describe_match(year) == "Ahmadi, Farid (geb. 1990, Zeile 4 dieser Liste)"
    assert describe_match(year, first_row_number=2) == (
        "Ahmadi, Farid (geb. 1990, Zeile 5 dieser Liste)")
    assert describe_match(month) == "Ahmadi (geb. 05.1990)"


# ---------------------------------------------------------------- many rows at once

def test_find_matches_many_finds_stored_people_and_rows_of_the_batch(database):
    olena, farid = add_people(database, ("Kovalenko", "Olena", BORN, "day"),
                              ("Ahmadi", "Farid", date(1985, 1, 1), "year"))
    rows = [
        ("Kowalenko", "Elena", BORN, "day"),  # 0: stored Olena
        ("Haddad", "Omar", date(1970, 2, 2), "day"),  # 1: nobody
        ("Ahmadi", "Farid", date(1985, 7, 9), "day"),  # 2: stored year-only Farid
        ("Haddad", "Omar", None, "day"),  # 3: no birth date: not checked
        ("Haddad", "Umar", date(1970, 2, 2), "day"),  # 4: row 1 again
        ("Шевченко", "Тарас", date(2001, 3, 1), "month"),  # 5: row 6 may be him
        ("Shevchenko", "Taras", date(2001, 3, 9), "day"),  # 6
    ]
    with database.read() as session:
        found = find_matches_many(session, rows, today=TODAY)

    assert sorted(found) == [0, 1, 2, 4, 5, 6]
    assert [(m.person_id, m.row) for m in found[0]] == [(olena, None)]
    assert [(m.person_id, m.row) for m in found[2]] == [(farid, None)]
    assert [(m.person_id, m.row, m.given_names) for m in found[1]] == [(None, 4, "Umar")]
    assert [(m.person_id, m.row) for m in found[4]] == [(None, 1)]
    assert [(m.row, m.birth_date_precision) for m in found[5]] == [(6, "day")]
    assert [(m.row, m.birth_date, m.family_name) for m in found[6]] == [
        (5, date(2001, 3, 1), "Шевченко")]


def capture_person_queries(database: Database) -> tuple[list[tuple[str, object]], object]:
    statements: list[tuple[str, object]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        if "FROM persons" in statement and "stays" not in statement:
            statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", remember)
    return statements, remember


def test_find_matches_many_fetches_candidates_in_chunks_by_index(database):
    """Thousands of rows: candidates come in IN lists of at most 500 dates and ranges, never
    a query per row nor the whole table; the results equal one-by-one checks."""
    start = date(1960, 1, 1)
    stored = [("Kovalenko", "Olena", start + timedelta(days=n), "day")
              for n in range(0, 2400, 3)]
    add_people(database, *stored, ("Ahmadi", "Farid", date(1961, 1, 1), "year"))
    rows = [("Kowalenko", "Elena", start + timedelta(days=n), "day") for n in range(2400)]
    rows += [("Ahmadi", "Farid", date(1961, 1, 1), "year"), ("Ahmadi", "Farid", None, "day")]
    statements, listener = capture_person_queries(database)
    try:
        with database.read() as session:
            found = find_matches_many(session, rows, today=TODAY)
    finally:
        event.remove(database.engine, "before_cursor_execute", listener)

    assert 5 <= len(statements) <= 8  # ~2,500 dates in chunks, one query for the ranges
    for _statement, parameters in statements:
        count = len(parameters) if isinstance(parameters, dict | list | tuple) else 0
        assert count <= duplicates.IN_CHUNK + 1
    assert set(found) == set(range(0, 2400, 3)) | {2400}
    assert [m.given_names for m in found[2400]] == ["Farid"]
    with database.read() as session:
        for position in (0, 3, 366, 2400):
            one = find_matches(session, *rows[position], today=TODAY)
            assert [m.person_id for m in one] == [m.person_id for m in found[position]]


def test_find_matches_many_of_nothing(database):
    with database.read() as session:
        assert find_matches_many(session, []) == {}
        assert find_matches_many(session, [("Kovalenko", "Olena", None, "day")]) == {}


@pytest.mark.parametrize("precision", ["day", "month", "year"])
def test_the_candidate_query_uses_the_birth_date_index(sqlite_database, precision):
    statements, listener = capture_person_queries(sqlite_database)
    try:
        with sqlite_database.read() as session:
            find_matches(session, "Kovalenko", "Olena", BORN, precision, today=TODAY)
    finally:
        event.remove(sqlite_database.engine, "before_cursor_execute", listener)
    (statement, parameters), = statements
    with sqlite_database.read() as session:
        connection = session.connection().connection.driver_connection
        plan = " ".join(str(row) for row in connection.execute(
            f"EXPLAIN QUERY PLAN {statement}", parameters))
    assert "ix_persons_birth_date" in plan
    assert "SCAN persons" not in plan
