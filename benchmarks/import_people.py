"""Benchmark: import 10,000 people from an office list, on SQLite and (if reachable) PostgreSQL.

    .venv/bin/python -m benchmarks.import_people [--people 10000] [--seed 1] [--keep DIR]

Generates a list as offices keep it (German headers, households, roles partly blank, dates
as TT.MM.JJJJ or only the year) with real first names from the Berlin first-name
statistics (/work/shared/data) and family names from the demo pools, as CSV (UTF-8 with
BOM, ';') and as xlsx. For each engine, on a fresh database: a copy with 3 bad rows must
import nothing and name exactly those 3 rows; then the correct file is imported and timed
(target: under 60 s), and the same rows go into another fresh database with one raw Core
INSERT per table (no checks, no audit) as the floor. The xlsx is imported on SQLite too.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url

from soest_desk import migrate
from soest_desk.db import Database, open_database
from soest_desk.models import AuditEntry, Household, Person
from soest_desk.models.base import search_key_values
from soest_desk.models.enums import Role
from soest_desk.services import imports
from soest_desk.services.demo_names import NAMES, NATIONALITIES
from soest_desk.services.duplicates import MATCH_THRESHOLD, name_key, name_score
from soest_desk.services.errors import DomainError
from soest_desk.services.people import PersonInput, check_person
from soest_desk.services.permissions import Actor
from soest_desk.services.users import actor_for, create_user

FIRST_NAMES = Path("/work/shared/data/berlin_vornamen_2023_alle_bezirke.csv")
PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
TODAY = date(2025, 3, 15)
TARGET_SECONDS = 60.0
HEADER = ["Name", "Vorname", "Geburtsdatum", "Geschlecht", "Staatsangehörigkeit", "Telefon",
          "Pflegegrad", "Rollstuhl", "Haustiere", "Raucher/in", "Haushalts-Nr.",
          "Rolle im Haushalt"]
ROLE_WORDS = {"head": "Haushaltsvorstand", "partner": "Ehepartner/in", "child": "Kind",
              "relative": "Angehörige/r"}
SIZES = [(1, 30), (2, 14), (3, 16), (4, 18), (5, 13), (6, 9)]


# ---------------------------------------------------------------- the list

def first_names(rng: random.Random) -> dict[str, list[str]]:
    """Berlin's first names of 2023 by sex ("w"/"m"), each once per ten children named.
    Names the person form refuses are left out (e.g. "Kahang´i": an acute accent, not an
    apostrophe), so the correct file is correct."""
    pools: dict[str, list[str]] = {"w": [], "m": []}
    with FIRST_NAMES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            try:
                check_person(PersonInput("X", row["vorname"]), TODAY)
            except DomainError:
                continue
            if row["geschlecht"] in pools:
                pools[row["geschlecht"]] += [row["vorname"]] * max(1, int(row["anzahl"]) // 10)
    for pool in pools.values():
        rng.shuffle(pool)
    return pools


@dataclass
class Generator:
    rng: random.Random
    given: dict[str, list[str]]
    by_day: dict[date, list[tuple[str, str]]] = field(default_factory=dict)
    by_year: dict[int, list[tuple[str, str, bool]]] = field(default_factory=dict)

    def _clashes(self, family: str, given: str, day: date, year_only: bool) -> bool:
        """True if the duplicate check would (rightly) take this person for another."""
        keys = (name_key(family), name_key(given))
        others = [(f, g) for f, g, only in self.by_year.get(day.year, []) if only or year_only]
        others += [] if year_only else self.by_day.get(day, [])
        return any(name_score(*keys, *other) >= MATCH_THRESHOLD for other in others)

    def person(self, family: str, sex: str, age_from: int, age_to: int,
               year_only: bool) -> tuple[str, date]:
        while True:
            given = self.rng.choice(self.given[sex])
            day = TODAY - timedelta(days=self.rng.randint(age_from * 365 + 1, age_to * 365))
            if year_only:
                day = date(day.year, 1, 1)
            if not self._clashes(family, given, day, year_only):
                keys = (name_key(family), name_key(given))
                self.by_year.setdefault(day.year, []).append((*keys, year_only))
                if not year_only:
                    self.by_day.setdefault(day, []).append(keys)
                return given, day


def generate(count: int, seed: int) -> list[list[str]]:
    """`count` rows in households of one to six people, header excluded."""
    rng = random.Random(seed)
    generator = Generator(rng, first_names(rng))
    codes = [code for code, _, _ in NATIONALITIES]
    weights = [weight for _, _, weight in NATIONALITIES]
    rows: list[list[str]] = []
    household = 0
    while len(rows) < count:
        household += 1
        nationality = rng.choices(codes, weights)[0]
        pool = NAMES[nationality]
        index = rng.randrange(len(pool.family))
        size = min(rng.choices([s for s, _ in SIZES], [w for _, w in SIZES])[0],
                   count - len(rows))
        with_roles = rng.random() < 0.5  # the other half leaves the roles to the import
        year_only = nationality in {"AFG", "SOM", "ERI"} and rng.random() < 0.2
        plan = ["head"] + (["partner"] if size > 1 and rng.random() < 0.7 else [])
        plan += ["child"] * (size - len(plan))
        for position, role in enumerate(plan):
            sex = rng.choice("wm") if role != "partner" else "w"
            family = pool.family[index]
            if sex == "w" and pool.family_female:
                family = pool.family_female[index]
            ages = (0, 17) if role == "child" else (19, 70)
            given, born = generator.person(family, sex, *ages, year_only)
            rows.append([
                family, given, f"{born.year}" if year_only else f"{born:%d.%m.%Y}",
                sex, nationality,
                f"0151 {rng.randrange(10**6, 10**7)}" if role == "head" else "",
                str(rng.choice([0] * 20 + [1, 2, 3])), "x" if rng.random() < 0.03 else "",
                "ja" if rng.random() < 0.05 else "", "ja" if rng.random() < 0.2 else "",
                f"HH-{household:05d}" if size > 1 or position else "",
                ROLE_WORDS[role] if with_roles and size > 1 else "",
            ])
    return rows


def spoil(rows: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """A copy with three bad cells; their Excel row numbers (header = 1)."""
    bad = [list(row) for row in rows]
    positions = [len(rows) // 7, len(rows) // 2, len(rows) - 2]
    bad[positions[0]][2] = "31.02.1990"  # no such day
    bad[positions[1]][6] = "7"  # care grades end at 5
    bad[positions[2]][4] = "Atlantis"  # no such country
    return bad, [position + 2 for position in positions]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Bewohner")
    sheet.append(HEADER)
    for row in rows:
        day = row[2]
        cells: list[Any] = [cell or None for cell in row]
        if len(day) == 10:  # a real date cell, as Excel stores what the office typed
            cells[2] = date(int(day[6:]), int(day[3:5]), int(day[:2]))
        cells[6] = int(row[6])
        sheet.append(cells)
    workbook.save(path)
    return path


# ---------------------------------------------------------------- databases

@contextmanager
def fresh_database(engine: str, workdir: Path) -> Iterator[Database]:
    if engine == "sqlite":
        database = open_database(f"sqlite:///{workdir / f'{uuid.uuid4().hex[:8]}.sqlite'}",
                                 create=True)
        migrate.upgrade(database)
        try:
            yield database
        finally:
            database.dispose()
        return
    admin = create_engine(make_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")
    name = f"soest_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_database(make_url(PG_ADMIN_URL).set(database=name)
                             .render_as_string(hide_password=False))
    migrate.upgrade(database)
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def postgres_reachable() -> bool:
    try:
        engine = create_engine(make_url(PG_ADMIN_URL), connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:  # any failure means: no server to measure
        return False


def manager(database: Database) -> Actor:
    with database.write() as session:
        return actor_for(create_user(session, "leitung", "Leitung", {Role.MANAGER}))


def counts(database: Database) -> tuple[int, int, int]:
    with database.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(model)) or 0
                     for model in (Person, Household, AuditEntry))  # type: ignore[return-value]


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def do_import(database: Database, actor: Actor, table: imports.Table) -> tuple[Any, float, float]:
    """The report, and the seconds spent checking and writing."""
    marks: dict[str, float] = {}

    def progress(phase: str, _done: int, _total: int) -> None:
        marks.setdefault(phase, time.perf_counter())

    mapping = imports.guess_mapping("people", table.headers)
    start = time.perf_counter()
    with database.write(actor) as session:
        report = imports.run_import(session, actor, "people", table, mapping, today=TODAY,
                                    progress=progress)
    end = time.perf_counter()
    writing_from = marks.get("Speichern", end)
    return report, writing_from - start, end - writing_from


def raw_floor(database: Database, rows: list[list[str]]) -> float:
    """The same people and households with one Core INSERT per table: no parsing, no checks,
    no duplicate search, no audit. What the database itself needs."""
    households: dict[str, int] = {}
    people = []
    for row in rows:
        born = row[2]
        values = {
            "family_name": row[0], "given_names": row[1], "name_transliteration": None,
            "birth_date": date(int(born), 1, 1) if len(born) == 4 else date(
                int(born[6:]), int(born[3:5]), int(born[:2])),
            "birth_date_precision": "year" if len(born) == 4 else "day",
            "sex": "f" if row[3] == "w" else "m", "nationality": row[4],
            "phone": row[5] or None, "care_grade": int(row[6]),
            "household_id": households.setdefault(row[10], len(households) + 1)
            if row[10] else None,
            "household_role": "other" if row[10] else None, "version_id": 1,
        }
        values.update(search_key_values(Person, values))
        people.append(values)
    start = time.perf_counter()
    with database.write() as session:
        if households:
            session.execute(insert(Household), [
                {"id": number, "label": key, "version_id": 1,
                 **search_key_values(Household, {"label": key})}
                for key, number in households.items()])
        session.execute(insert(Person), people)
    return time.perf_counter() - start


# ---------------------------------------------------------------- the run

def measure(engine: str, workdir: Path, rows: list[list[str]], files: dict[str, Path],
            expected_bad: list[int], with_xlsx: bool) -> dict[str, float]:
    figures: dict[str, float] = {}
    with fresh_database(engine, workdir) as database:
        actor = manager(database)
        before = counts(database)
        bad_table, figures["read bad csv"] = timed(lambda: imports.read_table(files["bad"]))
        report, check, _ = do_import(database, actor, bad_table)
        figures["bad file: check"] = check
        assert report.error_rows == expected_bad, report.errors
        assert len(report.errors) == 3 and report.imported == 0
        assert counts(database) == before, "the bad file wrote something"
        print(f"  [{engine}] bad file: nothing imported; rows named: {report.error_rows} "
              f"(expected {expected_bad})")
        for error in report.errors:
            print(f"      Zeile {error.row_number}, Spalte „{error.column_label}“: "
                  f"{error.message}")
        table, figures["read csv"] = timed(lambda: imports.read_table(files["csv"]))
        report, check, write = do_import(database, actor, table)
        assert report.errors == [] and report.duplicates == [], (report.errors[:3],
                                                                 report.duplicates[:3])
        assert report.imported == len(rows)
        figures["csv: check"], figures["csv: write"] = check, write
        figures["csv: import"] = check + write
        people, households, audit = counts(database)
        print(f"  [{engine}] imported {people:,} people in {households:,} households, "
              f"{audit - before[2]:,} audit rows")
    if with_xlsx:
        with fresh_database(engine, workdir) as database:
            actor = manager(database)
            table, figures["read xlsx"] = timed(lambda: imports.read_table(files["xlsx"]))
            report, check, write = do_import(database, actor, table)
            assert report.imported == len(rows), report.errors[:3]
            figures["xlsx: import"] = check + write
    with fresh_database(engine, workdir) as database:
        figures["raw insert floor"] = raw_floor(database, rows)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the lists into this folder")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        workdir = Path(temporary)
        listdir = args.keep or workdir
        listdir.mkdir(parents=True, exist_ok=True)
        rows, seconds = timed(lambda: generate(args.people, args.seed))
        bad_rows, expected_bad = spoil(rows)
        files = {"csv": write_csv(listdir / "bewohner.csv", rows),
                 "bad": write_csv(listdir / "bewohner_3_fehler.csv", bad_rows),
                 "xlsx": write_xlsx(listdir / "bewohner.xlsx", rows)}
        print(f"Generated {len(rows):,} people in {seconds:.1f} s: "
              + ", ".join(f"{path.name} ({path.stat().st_size / 1e6:.1f} MB)"
                          for path in files.values()))
        engines = ["sqlite"]
        if not args.no_postgres and postgres_reachable():
            engines.append("postgresql")
        else:
            print("PostgreSQL: not measured (not reachable or --no-postgres)")
        results = {engine: measure(engine, workdir, rows, files, expected_bad,
                                   with_xlsx=True) for engine in engines}
    print()
    names = list(dict.fromkeys(name for figures in results.values() for name in figures))
    print(f"{'seconds':<22}" + "".join(f"{engine:>12}" for engine in engines))
    for name in names:
        print(f"{name:<22}" + "".join(
            f"{results[e][name]:>12.2f}" if name in results[e] else f"{'-':>12}"
            for e in engines))
    slow = [e for e in engines if results[e]["csv: import"] > TARGET_SECONDS]
    verdict = "MISSED" if slow else "met"
    print(f"target {TARGET_SECONDS:.0f} s for {args.people:,} people: {verdict}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
