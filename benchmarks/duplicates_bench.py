"""The duplicate check at scale: 100,000 residents in a temporary SQLite database.

Prints the median time of one `find_matches` (the person form's check), of
`find_matches_many` over 10,000 import rows, and of a naive check that reads and compares
every person (the floor the birth-date index saves us from), with the ratio.

    .venv/bin/python -m benchmarks.duplicates_bench [--people 100000] [--rows 10000]
    .venv/bin/python -m benchmarks.duplicates_bench --postgres postgresql+psycopg://postgres@127.0.0.1/postgres

With --postgres the same runs in a scratch database created on that server (and dropped).

Names come from the demo generator's pools (Ukrainian, Syrian, Afghan, … names), birth
dates span 0–80 years, and as in real records a share is known to the year or month only.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.engine import make_url

from soest_desk import migrate
from soest_desk.db import Database, open_database
from soest_desk.models import Facility, Person, Stay, Unit
from soest_desk.models.base import search_key_values
from soest_desk.services.demo_names import NAMES, NATIONALITIES
from soest_desk.services.duplicates import (
    MATCH_THRESHOLD,
    find_matches,
    find_matches_many,
    name_key,
    name_score,
)

TODAY = date(2025, 3, 15)
YEAR_ONLY, MONTH_ONLY = 0.06, 0.02  # shares of people known by year or month of birth only
LIVING = 0.3  # share of people with a current stay (the match names their facility)
CHUNK = 5000


def random_person(rng: random.Random) -> dict:
    code = rng.choices([c for c, _, _ in NATIONALITIES], [w for _, _, w in NATIONALITIES])[0]
    pool = NAMES.get(code) or NAMES["UKR"]
    female = rng.random() < 0.5
    given = rng.choice(pool.female_given if female else pool.male_given)
    index = rng.randrange(len(pool.family))
    family = (pool.family_female[index] if female and pool.family_female
              else pool.family[index])
    born = TODAY - timedelta(days=rng.randrange(80 * 365))
    precision = "day"
    roll = rng.random()
    if roll < YEAR_ONLY:
        born, precision = date(born.year, 1, 1), "year"
    elif roll < YEAR_ONLY + MONTH_ONLY:
        born, precision = born.replace(day=1), "month"
    return {"family_name": family, "given_names": given, "birth_date": born,
            "birth_date_precision": precision, "nationality": code}


def build(database: Database, people: int, rng: random.Random) -> list[dict]:
    rows = []
    for person_id in range(1, people + 1):
        row = random_person(rng)
        row.update(id=person_id, version_id=1, sex="u", care_grade=0, active=True,
                   needs_barrier_free=False, has_pets=False, smoker=False)
        row.update(search_key_values(Person, row))
        rows.append(row)
    with database.engine.begin() as connection:
        connection.execute(insert(Facility.__table__), [{
            "id": 1, "version_id": 1, "kind": "shared_accommodation", "name": "Haus am Bach",
            "street": "Bachweg 3", "postal_code": "59494", "city": "Soest",
            "search_name": "haus am bach"}])
        connection.execute(insert(Unit.__table__), [{
            "id": 1, "version_id": 1, "facility_id": 1, "label": "Halle", "places": 500,
            "area_m2": 900, "occupancy_type": "mixed"}])
        for start in range(0, len(rows), CHUNK):
            connection.execute(insert(Person.__table__), rows[start:start + CHUNK])
        stays = [{"person_id": row["id"], "unit_id": 1, "version_id": 1,
                  "start_date": TODAY - timedelta(days=rng.randrange(1, 700))}
                 for row in rows if rng.random() < LIVING]
        for start in range(0, len(stays), CHUNK):
            connection.execute(insert(Stay.__table__), stays[start:start + CHUNK])
    database.analyze()
    return rows


def variant(row: dict, rng: random.Random) -> tuple[str, str, date, str]:
    """How the same person may come back: another spelling, swapped names, same date."""
    family, given = row["family_name"], row["given_names"]
    family = family.replace("v", "w").replace("sh", "sch").replace("ch", "tsch")
    given = given.replace("Y", "J").replace("ii", "ij")
    if rng.random() < 0.3:
        family, given = given, family
    return family, given, row["birth_date"], row["birth_date_precision"]


def median_ms(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def naive_check(database: Database, query: tuple[str, str, date, str]) -> int:
    """What the index saves: read every person and compare every name."""
    family_key, given_key = name_key(query[0]), name_key(query[1])
    found = 0
    with database.read() as session:
        for family, given, _born in session.execute(
                select(Person.family_name, Person.given_names, Person.birth_date)):
            if name_score(family_key, given_key, name_key(family), name_key(given)) \
                    >= MATCH_THRESHOLD:
                found += 1
    return found


@contextlib.contextmanager
def scratch_database(postgres_admin_url: str | None) -> Iterator[Database]:
    """A migrated, empty database: a temporary SQLite file, or a PostgreSQL database that
    is dropped afterwards."""
    if postgres_admin_url is None:
        with tempfile.TemporaryDirectory() as folder:
            database = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite'}", create=True)
            try:
                migrate.upgrade(database)
                yield database
            finally:
                database.dispose()
        return
    admin_url = make_url(postgres_admin_url)
    name = f"soest_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_database(admin_url.set(database=name).render_as_string(hide_password=False))
    try:
        migrate.upgrade(database)
        yield database
    finally:
        database.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--postgres", metavar="ADMIN_URL",
                        help="run on a scratch database of this PostgreSQL server")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with scratch_database(args.postgres) as database:
        print(database.info.label.split(":")[0])
        started = time.perf_counter()
        stored = build(database, args.people, rng)
        print(f"{args.people:,} people written in {time.perf_counter() - started:.1f} s")

        day_queries = [variant(rng.choice(stored), rng) for _ in range(150)]
        day_queries += [tuple(random_person(rng).values())[:4] for _ in range(50)]
        year_queries = [(q[0], q[1], date(q[2].year, 1, 1), "year") for q in day_queries[:40]]
        found = 0

        def check(queries: list) -> Callable[[], None]:
            position = iter(range(10**9))

            def one() -> None:
                nonlocal found
                with database.read() as session:
                    query = queries[next(position) % len(queries)]
                    found += bool(find_matches(session, *query, today=TODAY))
            return one

        check(day_queries)()  # warm the caches as a running application has them
        one_day = median_ms(check(day_queries), len(day_queries))
        hits = found
        one_year = median_ms(check(year_queries), len(year_queries))

        batch = [variant(rng.choice(stored), rng) if rng.random() < 0.3
                 else tuple(random_person(rng).values())[:4] for _ in range(args.rows)]

        def many() -> None:
            with database.read() as session:
                find_matches_many(session, batch, today=TODAY)

        batch_ms = median_ms(many, 3)
        with database.read() as session:
            batch_found = len(find_matches_many(session, batch, today=TODAY))
        naive_ms = median_ms(lambda: naive_check(database, day_queries[0]), 3)

    print(f"find_matches, day precision:   median {one_day:7.2f} ms "
          f"({hits} of {len(day_queries)} checks found someone)")
    print(f"find_matches, year precision:  median {one_year:7.2f} ms")
    print(f"find_matches_many, {args.rows:,} rows: median {batch_ms:7.0f} ms "
          f"({batch_ms / args.rows:.3f} ms per row; {batch_found:,} rows with a match)")
    print(f"naive full scan, one check:    median {naive_ms:7.0f} ms "
          f"(= {naive_ms / one_day:.0f}× one indexed check)")


if __name__ == "__main__":
    main()
