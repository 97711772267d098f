"""The Sozialarbeit tab at scale: demo data in a temporary SQLite database (or a scratch
PostgreSQL database), timed as the window asks for it.

Prints the median of several runs for the case list's first page (as Leitung, who sees every
case, and as the social worker with the largest caseload), the count, the "bereit" filter,
"Meine Fälle" sorted by the next follow-up, the filter choices with their counts, a case's
detail, the flat search and the caseload — each with its ratio to a floor measured in the
same run: a plain `SELECT … FROM cases ORDER BY id LIMIT 100`.

    .venv/bin/python -m benchmarks.cases_bench [--scale 5]
    .venv/bin/python -m benchmarks.cases_bench --postgres postgresql+psycopg://postgres@127.0.0.1/postgres
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from soest_desk import migrate
from soest_desk.db import Database, open_database
from soest_desk.models import Case, User
from soest_desk.models.enums import CaseStatus
from soest_desk.services import case_views, demo, flat_search, follow_ups, listing
from soest_desk.services.users import actor_for, find_user

RUNS = 7


def median_ms(job: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


@contextlib.contextmanager
def scratch_database(postgres: str | None) -> Iterator[Database]:
    if postgres is None:
        with tempfile.TemporaryDirectory() as folder:
            database = open_database(f"sqlite:///{Path(folder) / 'cases.sqlite'}", create=True)
            try:
                yield database
            finally:
                database.dispose()
        return
    admin = make_url(postgres)
    name = f"soest_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_database(admin.set(database=name).render_as_string(hide_password=False))
    try:
        yield database
    finally:
        database.dispose()
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


def run(database: Database, scale: float) -> None:
    migrate.upgrade(database)
    with database.write() as session:
        demo.generate(session, scale=scale, os_login="bench")
    with database.read() as session:
        manager = actor_for(find_user(session, "c.menke"))
        busiest = session.execute(
            select(Case.social_worker_id).where(Case.status != CaseStatus.CLOSED.value,
                                                Case.social_worker_id.is_not(None))
            .group_by(Case.social_worker_id).order_by(func.count().desc()).limit(1)).scalar()
        worker_user = session.get(User, busiest)
        assert worker_user is not None
        worker = actor_for(worker_user)
        case_id = session.scalar(select(Case.id).where(Case.housing_offer_id.is_not(None))) \
            or session.scalar(select(Case.id).where(Case.status != CaseStatus.CLOSED.value))
        total = session.scalar(select(func.count(Case.id)))
        floor = median_ms(lambda: session.execute(
            select(Case.id, Case.status, Case.opened_on).order_by(Case.id).limit(100)).all())
        cases = f"{total:,}".replace(",", ".")
        print(f"{database.dialect}, scale {scale:g}: {cases} cases "
              f"({worker_user.display_name}: the largest caseload)")
        print(f"  floor (plain SELECT of 100 cases): {floor:.1f} ms")
        rows: list[tuple[str, Callable[[], object]]] = []
        for who, actor in (("Leitung", manager), ("Sozialarbeit", worker)):
            rows += [
                (f"{who}: first page", lambda a=actor: listing.fetch_page(session, a, "cases")),
                (f"{who}: count", lambda a=actor: listing.count(session, a, "cases")),
                (f"{who}: filter 'bereit'", lambda a=actor: listing.fetch_page(
                    session, a, "cases", filters={"readiness": "ready"})),
                (f"{who}: Meine Fälle by next follow-up", lambda a=actor: listing.fetch_page(
                    session, a, "cases", filters={"mine": True}, sort_key="next_follow_up")),
                (f"{who}: filter choices with counts",
                 lambda a=actor: listing.filter_choices(session, a, "cases")),
            ]
        rows += [
            ("case detail", lambda: case_views.case_detail(session, manager, case_id)),
            ("flat search", lambda: flat_search.search(session, manager, case_id)),
            ("caseload", lambda: follow_ups.caseload(session, manager)),
        ]
        for label, job in rows:
            ms = median_ms(job)
            print(f"  {label:<44} {ms:8.1f} ms  {ms / floor:6.1f}× floor")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=5.0)
    parser.add_argument("--postgres", help="admin URL of a PostgreSQL server (scratch db)")
    args = parser.parse_args()
    with scratch_database(args.postgres) as database:
        run(database, args.scale)


if __name__ == "__main__":
    main()
