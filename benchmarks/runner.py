"""The benchmark runner of issue 9: one table of figures on the demo data at a scale.

    .venv/bin/python -m benchmarks [--postgres URL] [--scale S | --tickets N] [--runs 5]
                                   [--only NAME,...] [--fresh] [--cache DIR]

Every figure is the median of `--runs` runs, beside the median of its floor measured in the
same run (interleaved with it) and their ratio; see benchmarks/README.md for what each figure
and floor is. Figures: startup, tabs (open each list tab and apply one filter), occupancy,
kpis.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from benchmarks import figures_startup
from benchmarks.dataset import BENCH_LOGIN, Dataset, open_dataset, scale_for
from benchmarks.maengelbericht_bench import NOW, TODAY, german

GROUPS = ("startup", "tabs", "occupancy", "kpis")
# one filter per list, as the filter bar (or a figure of the Übersicht) sets it
TAB_FILTERS: dict[str, dict[str, Any]] = {
    "facilities": {"barrier_free": True},
    "persons": {"care": True},
    "cases": {"readiness": "ready"},
    "neighbourhood": {"overdue": True},
    "tickets": {"queue": "open", "category": "heating"},
}
STARTUP_TAB = "tickets"  # the largest list, remembered as the last tab


@dataclass
class Figure:
    name: str
    target_seconds: float
    target_ratio: float | None = None
    times: list[float] = field(default_factory=list)
    floors: list[float] = field(default_factory=list)
    note: str = ""
    phases: list[dict[str, float]] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def floor(self) -> float | None:
        return statistics.median(self.floors) if self.floors else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor
        return self.median / floor if floor else None

    def ok(self) -> bool:
        if self.median >= self.target_seconds:
            return False
        ratio = self.ratio
        return self.target_ratio is None or (ratio is not None and ratio < self.target_ratio)

    def target(self) -> str:
        limit = _duration(self.target_seconds)
        return f"< {limit}" + (f", < {self.target_ratio:g}×" if self.target_ratio else "")


def _duration(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


# ---------------------------------------------------------------- start-up

def startup_figures(data: Dataset, runs: int) -> list[Figure]:
    overview = Figure("start-up → Übersicht (first start)", 2.0, 3.0)
    rows = Figure(f"start-up → {STARTUP_TAB} rows (last tab)", 2.0, 3.0)
    for _ in range(runs):
        floor = figures_startup.bare_startup()
        for figure in (overview, rows):
            figure.floors.append(floor)
        for figure, tab in ((overview, None), (rows, STARTUP_TAB)):
            seconds, phases = figures_startup.window_startup(data.url, BENCH_LOGIN, tab)
            figure.times.append(seconds)
            figure.phases.append(phases)
    for figure in (overview, rows):  # where the time goes, in the child (medians)
        figure.note = "child: " + ", ".join(
            f"{name} {_duration(statistics.median(p[name] for p in figure.phases))}"
            for name in figure.phases[0])
    return [overview, rows]


# ---------------------------------------------------------------- the list tabs

def tab_loaded(tab: Any) -> bool:
    """The window's own test (the start-up child waits for this too)."""
    from soest_desk.ui.main_window import tab_loaded as loaded

    return loaded(tab)


def _wait(app: Any, done: Callable[[], bool], timeout: float = 300.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not finish loading")
        time.sleep(0.0005)


def _settle(app: Any) -> None:
    """Everything the last step started in the background is done (filter choices, counts,
    panes), so it does not compete with the next measured step."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    _wait(app, lambda: pool.activeThreadCount() == 0)
    for _ in range(3):
        app.processEvents()


@contextmanager
def captured(database: Any) -> Iterator[list[tuple[str, Any]]]:
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
               _many: bool) -> None:
        statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def page_statement(data: Dataset, actor: Any, name: str, model: Any
                   ) -> tuple[tuple[str, Any], float]:
    """The SQL of the page the tab just showed, as the list service sends it (captured from
    the same fetcher call as the tab's, its last statement: the count comes first), and the
    seconds that fetcher call took (count and page through the service, no Qt)."""
    from PySide6.QtCore import Qt

    from soest_desk.services import listing
    from soest_desk.ui.table_models.list_fetcher import ListFetcher

    column = model.sort_column()
    if column < 0:
        sort_key, descending = listing.default_sort(name)
    else:
        sort_key = model.columns()[column].key
        descending = model.sort_order() == Qt.SortOrder.DescendingOrder
    fetcher = ListFetcher(data.database, actor, name)
    with captured(data.database) as statements:
        start = time.perf_counter()
        fetcher.first_page(model.filter_text(), sort_key, descending, model.filters() or None)
        seconds = time.perf_counter() - start
    return statements[-1], seconds


def raw_page(data: Dataset, statement: tuple[str, Any]) -> float:
    """The floor: that statement through the driver on a pooled connection, all rows
    fetched, no ORM and no Qt."""
    sql, parameters = statement
    start = time.perf_counter()
    with data.database.engine.connect() as connection:
        connection.exec_driver_sql(sql, parameters).fetchall()
    return time.perf_counter() - start


def tab_figures(data: Dataset, runs: int, app: Any, actor: Any) -> list[Figure]:
    from PySide6.QtCore import QSettings

    from soest_desk.ui.main_window import MainWindow

    names = list(TAB_FILTERS)
    opened = {n: Figure(f"open tab {n} (first page)", 0.150, 3.0) for n in names}
    filtered = {n: Figure(f"filter {n} {TAB_FILTERS[n]}", 0.150, 3.0) for n in names}
    service: dict[str, list[float]] = {f.name: [] for f in [*opened.values(), *filtered.values()]}
    with tempfile.TemporaryDirectory() as folder:
        for number in range(runs):
            settings = QSettings(str(Path(folder) / f"ui-{number}.ini"),
                                 QSettings.Format.IniFormat)
            window = MainWindow(data.database, actor, settings)  # a first start: Übersicht
            window.show()
            _wait(app, lambda w=window: tab_loaded(w.current_tab()))
            _settle(app)
            for name in names:
                tab = window.list_tabs[name]
                start = time.perf_counter()
                window.tabs.setCurrentWidget(tab)
                _wait(app, lambda t=tab: t.model.is_loaded())
                opened[name].times.append(time.perf_counter() - start)
                _settle(app)
                statement, seconds = page_statement(data, actor, name, tab.model)
                opened[name].floors.append(raw_page(data, statement))
                service[opened[name].name].append(seconds)
                start = time.perf_counter()
                tab.show_filtered(TAB_FILTERS[name])
                _wait(app, lambda t=tab: t.model.is_loaded())
                filtered[name].times.append(time.perf_counter() - start)
                _settle(app)
                applied = tab.model.filters()
                if any(applied.get(k) != v for k, v in TAB_FILTERS[name].items()):
                    raise RuntimeError(f"{name}: the filter was not applied ({applied})")
                statement, seconds = page_statement(data, actor, name, tab.model)
                filtered[name].floors.append(raw_page(data, statement))
                service[filtered[name].name].append(seconds)
                total = tab.model.total_count()
                filtered[name].note = f"{german(total or 0)} rows"
            window.close()
            _settle(app)
            window.deleteLater()
            app.processEvents()
    figures = [figure for name in names for figure in (opened[name], filtered[name])]
    for figure in figures:  # the service's share: count + page, no Qt (medians)
        share = f"service {_duration(statistics.median(service[figure.name]))}"
        figure.note = f"{share}, {figure.note}" if figure.note else share
    return figures


# ---------------------------------------------------------------- services

OCCUPANCY_FLOOR = """
SELECT s.unit_id, count(*) FROM stays s
WHERE s.start_date <= :day AND (s.end_date IS NULL OR s.end_date > :day)
GROUP BY s.unit_id
"""
KPI_FLOOR = """
SELECT t.id, t.facility_id, t.category, t.state, t.reported_at, t.due_at,
       e.at, e.kind, e.from_state, e.to_state
FROM tickets t LEFT JOIN ticket_events e ON e.ticket_id = t.id
WHERE t.reported_at >= :start AND t.reported_at < :end
"""


def _raw(data: Dataset, sql: str, parameters: dict[str, Any]) -> Callable[[], object]:
    def job() -> object:
        with data.database.read() as session:
            return session.execute(text(sql), parameters).all()
    return job


def service_figures(data: Dataset, runs: int, actor: Any, groups: set[str]) -> list[Figure]:
    from soest_desk.services import kpi_tickets, occupancy

    start = TODAY - timedelta(days=364)

    def occupancy_job() -> object:
        with data.database.read() as session:
            return occupancy.at_date(session, actor, TODAY)

    def kpi_job() -> object:
        with data.database.read() as session:
            return [kpi(session, actor, start, TODAY, now=NOW) for kpi in (
                kpi_tickets.ticket_turnaround, kpi_tickets.time_per_state,
                kpi_tickets.deadline_share, kpi_tickets.rework_rate,
                kpi_tickets.open_safety_hazards)]

    jobs: list[tuple[Figure, Callable[[], object], Callable[[], object]]] = []
    if "occupancy" in groups:
        jobs.append((Figure(f"occupancy of all facilities on {TODAY:%d.%m.%Y}", 2.0),
                     occupancy_job, _raw(data, OCCUPANCY_FLOOR, {"day": TODAY})))
    if "kpis" in groups:
        jobs.append((Figure(f"ticket KPIs {start:%d.%m.%Y}–{TODAY:%d.%m.%Y} (all five)", 2.0),
                     kpi_job, _raw(data, KPI_FLOOR, {"start": NOW - timedelta(days=364),
                                                     "end": NOW + timedelta(days=1)})))
    for figure, job, floor in jobs:
        for _ in range(runs):
            figure.times.append(timed(job))
            figure.floors.append(timed(floor))
    return [figure for figure, _, _ in jobs]


# ---------------------------------------------------------------- the table

def print_table(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    print(f"\n{'figure':<{width}}  {'median':>9}  {'floor':>9}  {'ratio':>7}  "
          f"{'target':<16}  result")
    for f in figures:
        floor, ratio = f.floor, f.ratio
        print(f"{f.name:<{width}}  {_duration(f.median):>9}  "
              f"{_duration(floor) if floor is not None else '–':>9}  "
              f"{f'{ratio:.2f}×' if ratio is not None else '–':>7}  {f.target():<16}  "
              f"{'ok' if f.ok() else 'NOT OK'}{f'  ({f.note})' if f.note else ''}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--scale", type=float, help="demo scale (50 ≈ 600 facilities, "
                      "100,000 tickets); default 50")
    size.add_argument("--tickets", type=int, help="tickets instead: scale = tickets ÷ 2,000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", help=f"comma-separated figure groups: {', '.join(GROUPS)}")
    parser.add_argument("--postgres", help="admin URL of a PostgreSQL server")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "soest-desk-bench",
                        help="folder for the SQLite database (kept between runs)")
    parser.add_argument("--fresh", action="store_true", help="build the dataset again")
    args = parser.parse_args()
    scale = scale_for(args.tickets) if args.tickets else (args.scale or 50.0)
    groups = set(args.only.split(",")) if args.only else set(GROUPS)
    if unknown := groups - set(GROUPS):
        parser.error(f"unknown figure group(s) {', '.join(sorted(unknown))}; "
                     f"known: {', '.join(GROUPS)}")
    if args.runs < 1 or not 0 < scale <= 200:
        parser.error("--runs must be at least 1, the scale above 0 and at most 200")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    data = open_dataset(scale, args.postgres, args.cache, args.fresh)
    print(f"dataset: demo scale {data.scale:g} on {data.database.dialect}, {data.origin} "
          f"({data.seconds:.1f} s to {'build' if 'built' in data.origin else 'open'})",
          flush=True)
    try:
        run(data, args.runs, groups)
    finally:
        data.database.dispose()


def run(data: Dataset, runs: int, groups: set[str]) -> None:
    from soest_desk.services.users import actor_for, find_user

    with data.database.read() as session:
        actor = actor_for(find_user(session, BENCH_LOGIN))
        counts = {table: session.scalar(text(f"SELECT count(*) FROM {table}"))
                  for table in ("facilities", "persons", "tickets", "ticket_events")}
    print("rows: " + ", ".join(f"{t} {german(n or 0)}" for t, n in counts.items()) +
          f"; {runs} runs each, as {actor.display_name} (every role)", flush=True)
    figures: list[Figure] = []
    if "startup" in groups:
        figures += startup_figures(data, runs)
        print("start-up measured", flush=True)
    if "tabs" in groups:
        with tempfile.TemporaryDirectory() as config:
            os.environ["XDG_CONFIG_HOME"] = config  # QSettings() of create_application
            from soest_desk.app import create_application

            app = create_application([])
            figures += tab_figures(data, runs, app, actor)
        print("tabs measured", flush=True)
    figures += service_figures(data, runs, actor, groups)
    print_table(figures)
