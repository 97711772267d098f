"""The Mängelbericht export at scale: 100,000 tickets against raw openpyxl (issue 6; issue 9's
target is under 1.5× the floor).

Builds (once, then reuses) a database with the demo generator scaled to the number of tickets
asked for — tickets with their events and cost entries, and the facilities, places and people
around them — and times `write_report(…, "maengelbericht", …)` as Leitung for a period that
covers every ticket, the way `soest-desk report maengelbericht` writes it (one read session,
the .xlsx through a temporary file). The floor, measured in the same run and interleaved with
the report's runs: raw openpyxl `Workbook(write_only=True)` writing exactly the cell values the
report wrote — the same sheets, rows and columns, read back from the report's file beforehand
(outside the timing) — without styles, tables or anything else. The garbage collector is told
to leave those 1.3 million values alone (`gc.freeze`), or walking them would slow every later
run of both sides.

Prints the rows written, the median seconds of the report and of the floor and their ratio;
for the analysis also the same values written with the report's number formats (what openpyxl
itself charges for formatted cells) and the time the report needs without Excel (its data
only: every sheet's rows built and read); and the peak memory: the process's resident
high-water mark after the report runs (it includes building the database when that happened
in the same run), and with `--trace-memory` the Python heap's peak under tracemalloc in an
extra, untimed run of each.

    .venv/bin/python -m benchmarks.maengelbericht_bench [--tickets 100000] [--runs 3]
    .venv/bin/python -m benchmarks.maengelbericht_bench --postgres postgresql+psycopg://postgres@127.0.0.1/postgres

The SQLite database is kept in the cache folder (default: the system's temp folder, keyed by
the number of tickets); with --postgres a database `soest_bench_maengelbericht_<tickets>` is
kept on that server. `--fresh` builds it again. `--profile N` prints the N functions with the
most cumulative time of one more report run under cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from soest_desk import migrate
from soest_desk.db import Database, open_database
from soest_desk.models import Ticket, User
from soest_desk.models.enums import Role
from soest_desk.models.user import UserRole
from soest_desk.reports import maengelbericht
from soest_desk.reports.report_params import ReportParams
from soest_desk.reports.run import write_report
from soest_desk.services import demo
from soest_desk.services.clock import office_today
from soest_desk.services.demo_tickets import TICKETS_PER_SCALE
from soest_desk.services.kpi_tickets import MAX_PERIOD_DAYS
from soest_desk.services.permissions import Actor
from soest_desk.services.users import actor_for

try:
    import resource
except ImportError:  # Windows: no resident high-water mark
    resource = None  # type: ignore[assignment]

TODAY = date(2026, 3, 2)  # the demo's "today": the same data on every run and engine
NOW = datetime.combine(TODAY, clock_time(0), tzinfo=UTC)  # the demo's last moment
REPORT = "maengelbericht"
Values = dict[str, list[list[object]]]  # sheet title -> rows of cell values
Formats = dict[str, list[str]]  # sheet title -> each column's number format (first data row)


# ---------------------------------------------------------------- the database

def _scale(tickets: int) -> float:
    return tickets / TICKETS_PER_SCALE


def _is_built(database: Database, tickets: int) -> bool:
    """The demo data for `tickets` is complete here (its parameters are written last, in the
    same transaction as every row)."""
    try:
        with database.read() as session:
            found = demo.demo_parameters(session)
    except Exception:  # no tables yet
        return False
    return found is not None and found.get("scale") == _scale(tickets) and \
        found.get("today") == TODAY.isoformat()


def _generate(database: Database, tickets: int) -> float:
    start = time.perf_counter()
    migrate.upgrade(database)
    with database.write() as session:
        demo.generate(session, scale=_scale(tickets), os_login="bench", today=TODAY)
    database.analyze()
    return time.perf_counter() - start


def sqlite_database(cache: Path, tickets: int, fresh: bool) -> tuple[Database, str]:
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"maengelbericht-{tickets}-{TODAY.isoformat()}.sqlite"
    if path.exists():
        database = open_database(f"sqlite:///{path}")
        if not fresh and _is_built(database, tickets):
            return database, f"cached {path}"
        database.dispose()
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    database = open_database(f"sqlite:///{path}", create=True)
    seconds = _generate(database, tickets)
    return database, f"built in {seconds:.0f} s: {path}"


def postgres_database(admin_url: str, tickets: int, fresh: bool) -> tuple[Database, str]:
    admin = make_url(admin_url)
    name = f"soest_bench_maengelbericht_{tickets}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            exists = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name})
            url = admin.set(database=name).render_as_string(hide_password=False)
            if exists and not fresh:
                database = open_database(url)
                if _is_built(database, tickets):
                    return database, f"cached database {name}"
                database.dispose()
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    database = open_database(url)
    seconds = _generate(database, tickets)
    return database, f"built in {seconds:.0f} s: database {name}"


# ---------------------------------------------------------------- the runs

@dataclass(frozen=True)
class Setup:
    actor: Actor
    params: ReportParams
    tickets: int


def setup(database: Database) -> Setup:
    with database.read() as session:
        manager_id = session.scalar(select(UserRole.user_id).where(
            UserRole.role == Role.MANAGER.value).order_by(UserRole.user_id))
        user = session.get(User, manager_id)
        assert user is not None, "no Leitung in the demo data"
        actor = actor_for(user)
        first, count = session.execute(
            select(func.min(Ticket.reported_at), func.count(Ticket.id))).one()
    start = office_today(first)
    if (TODAY - start).days + 1 > MAX_PERIOD_DAYS:
        start = TODAY - timedelta(days=MAX_PERIOD_DAYS - 1)
    return Setup(actor, ReportParams(start, TODAY, now=NOW), count)


def run_report(database: Database, s: Setup, out: Path) -> int:
    """The export as the command line does it: one read session, build, write."""
    with database.read() as session:
        return write_report(session, s.actor, REPORT, s.params, out).rows


def report_data_only(database: Database, s: Setup) -> int:
    """The report without Excel: build it and read every row of every sheet."""
    rows = 0
    with database.read() as session:
        content = maengelbericht.build(session, s.actor, s.params)
        for sheet in content.sheets:
            for _ in sheet.rows:
                rows += 1
    return rows


def read_values(path: Path) -> tuple[Values, Formats]:
    """Every sheet's cell values as the report wrote them, and each column's number format
    in the first data row (read outside the timing)."""
    book = load_workbook(path, read_only=True)
    values: Values = {}
    formats: Formats = {}
    try:
        for ws in book.worksheets:
            values[ws.title] = [list(row) for row in ws.iter_rows(values_only=True)]
            first = next(ws.iter_rows(min_row=2, max_row=2), ())
            formats[ws.title] = [getattr(cell, "number_format", "General") for cell in first]
    finally:
        book.close()
    return values, formats


def write_floor(values: Values, out: Path) -> None:
    """Raw openpyxl, write-only: the same values, nothing else."""
    book = Workbook(write_only=True)
    for title, rows in values.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(out)


def write_formatted_floor(values: Values, formats: Formats, out: Path) -> None:
    """Raw openpyxl, write-only, the same values with the report's number format on every
    number and date (a styled `WriteOnlyCell` each, as openpyxl's documentation shows):
    what openpyxl itself charges for formatted cells."""
    book = Workbook(write_only=True)
    for title, rows in values.items():
        ws = book.create_sheet(title)
        column_formats = formats[title]
        for row in rows:
            cells: list[object] = []
            for index, value in enumerate(row):
                number_format = column_formats[index] if index < len(column_formats) else None
                if value is None or isinstance(value, str) or number_format in (None,
                                                                                 "General"):
                    cells.append(value)
                    continue
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = number_format
                cells.append(cell)
            ws.append(cells)
    book.save(out)


def seconds(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def traced_peak_mb(job: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        job()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def max_rss_mb() -> float | None:
    if resource is None:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def german(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def show(label: str, times: list[float], floor: float | None = None) -> None:
    median = statistics.median(times)
    each = ", ".join(f"{t:.1f}" for t in times)
    ratio = f"{median / floor:6.2f}× floor" if floor else " " * 13
    print(f"  {label:<44} {median:7.2f} s  {ratio}   runs: {each}")


def run(database: Database, origin: str, tickets: int, runs: int, trace_memory: bool,
        profile: int) -> None:
    s = setup(database)
    p = s.params
    print(f"Mängelbericht, {database.dialect}: {german(s.tickets)} tickets "
          f"(demo scale {_scale(tickets):g}, inspections' tickets included; {origin})")
    print(f"  period {p.start:%d.%m.%Y}–{p.end:%d.%m.%Y}, cut-off {p.now:%d.%m.%Y %H:%M} UTC, "
          f"as Leitung ({s.actor.display_name})")
    rss_before = max_rss_mb()
    with tempfile.TemporaryDirectory() as folder:
        out, floor_out = Path(folder) / "report.xlsx", Path(folder) / "floor.xlsx"
        styled_out = Path(folder) / "formatted-floor.xlsx"
        report_times, floor_times, styled_times, data_times = [], [], [], []
        values: Values | None = None
        formats: Formats = {}
        rss_report = None
        written = 0
        for number in range(runs):
            start = time.perf_counter()
            written = run_report(database, s, out)
            report_times.append(time.perf_counter() - start)
            if values is None:
                rss_report = max_rss_mb()  # before the values are read back into memory
                values, formats = read_values(out)
                # the 1.3 million values are the floor's input, not work of either side:
                # keep the garbage collector from walking them in every later run
                gc.collect()
                gc.freeze()
            floor_times.append(seconds(lambda v=values: write_floor(v, floor_out)))
            styled_times.append(seconds(
                lambda v=values, f=formats: write_formatted_floor(v, f, styled_out)))
            data_times.append(seconds(lambda: report_data_only(database, s)))
            print(f"  run {number + 1}/{runs}: report {report_times[-1]:.1f} s, "
                  f"floor {floor_times[-1]:.1f} s, formatted floor {styled_times[-1]:.1f} s, "
                  f"data only {data_times[-1]:.1f} s",
                  flush=True)
        assert values is not None
        cells = sum(len(row) for rows in values.values() for row in rows)
        floor = statistics.median(floor_times)
        print(f"  data rows written: {german(written)}; rows per sheet (header and totals "
              "included): " + ", ".join(f"{t} {german(len(r))}" for t, r in values.items()))
        print(f"  cells (empty ones included): {german(cells)}; file "
              f"{out.stat().st_size / 2**20:.1f} MB, the floor's "
              f"{floor_out.stat().st_size / 2**20:.1f} MB")
        print(f"  {'':<44} {'median':>9}  {'ratio':>13}")
        show("Mängelbericht (write_report, .xlsx)", report_times, floor)
        show("floor: raw openpyxl write-only, same values", floor_times)
        show("raw openpyxl, same values + number formats", styled_times, floor)
        show("report data only (build + every row, no Excel)", data_times, floor)
        ratio = statistics.median(report_times) / floor
        print(f"  ratio report ÷ floor: {ratio:.2f}× (issue 9's target: under 1.5×)")
        if rss_report is not None and rss_before is not None:
            print(f"  peak memory: process RSS high-water {rss_report:.0f} MB after the report "
                  f"runs ({rss_before:.0f} MB before the first)")
        if trace_memory:
            report_peak = traced_peak_mb(lambda: run_report(database, s, out))
            floor_peak = traced_peak_mb(lambda: write_floor(values, floor_out))
            print(f"  peak Python heap (tracemalloc, one untimed run each): report "
                  f"{report_peak:.0f} MB, floor {floor_peak:.0f} MB (plus its input, the "
                  f"values: held before it starts)")
        if profile:
            profiler = cProfile.Profile()
            profiler.runcall(run_report, database, s, out)
            print(f"\n  cProfile of one report run, top {profile} by cumulative time:")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000,
                        help="tickets to generate (demo scale = tickets ÷ 2,000; the site "
                             "inspections add about 1 %%)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", help="admin URL of a PostgreSQL server")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "soest-desk-bench",
                        help="folder for the SQLite database (kept between runs)")
    parser.add_argument("--fresh", action="store_true", help="build the database again")
    parser.add_argument("--trace-memory", action="store_true",
                        help="also measure the Python heap's peak with tracemalloc")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print the top N functions of one more report run (cProfile)")
    args = parser.parse_args()
    if args.runs < 1 or args.tickets < 1:
        parser.error("--runs and --tickets must be at least 1")
    if args.postgres:
        database, origin = postgres_database(args.postgres, args.tickets, args.fresh)
    else:
        database, origin = sqlite_database(args.cache, args.tickets, args.fresh)
    try:
        run(database, origin, args.tickets, args.runs, args.trace_memory, args.profile)
    finally:
        database.dispose()


if __name__ == "__main__":
    main()
