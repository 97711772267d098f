"""The benchmark runner's dataset: the demo generator's data at a scale, built once and kept.

The cache is the Mängelbericht benchmark's (`maengelbericht_bench.sqlite_database` and
`postgres_database`, keyed by the number of tickets = scale × 2,000, with the demo's fixed
"today"), so both benchmarks share one build: an SQLite file in the temp folder, or a
database `soest_bench_maengelbericht_<tickets>` on the PostgreSQL server.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import maengelbericht_bench as cache
from soest_desk.db import Database
from soest_desk.services.demo_tickets import TICKETS_PER_SCALE

BENCH_LOGIN = "bench"  # the demo's user with every role (os_login of the build)


@dataclass(frozen=True)
class Dataset:
    database: Database
    url: str  # for the start-up subprocesses
    scale: float
    origin: str  # "cached …" or "built in … s: …"
    seconds: float  # opening (cached) or building it


def tickets_for(scale: float) -> int:
    return round(scale * TICKETS_PER_SCALE)


def scale_for(tickets: int) -> float:
    return tickets / TICKETS_PER_SCALE


def open_dataset(scale: float, postgres: str | None, cache_dir: Path, fresh: bool) -> Dataset:
    tickets = tickets_for(scale)
    start = time.perf_counter()
    if postgres:
        database, origin = cache.postgres_database(postgres, tickets, fresh)
    else:
        database, origin = cache.sqlite_database(cache_dir, tickets, fresh)
    url = database.engine.url.render_as_string(hide_password=False)
    return Dataset(database, url, scale_for(tickets), origin, time.perf_counter() - start)
