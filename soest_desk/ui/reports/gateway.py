"""The export dialog's only way to the reports and the database, Qt-free like the other
gateways.

`reports()` lists the reports the actor may run, `facilities()` the facilities they may
choose, `check()` refuses bad input with a German DomainError naming the field (nothing has
been read or written then), and `export()` writes one report in a read session of its own
through `reports.run.write_report` — the path `soest-desk report` takes too. It runs on the
thread pool and talks to the dialog only through an `ExportControl`, which the dialog polls
from the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from soest_desk.db import Database
from soest_desk.reports.catalog import REPORTS, ReportDef
from soest_desk.reports.report_params import ReportParams
from soest_desk.reports.run import check_target, formats_of, write_report
from soest_desk.services import kpi_stays
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission
from soest_desk.ui.session_gateway import SessionGateway


@dataclass(frozen=True)
class ReportChoice:
    name: str
    title: str
    formats: tuple[str, ...]  # ".xlsx", and ".pdf" where the report has one


@dataclass(frozen=True)
class FacilityChoice:
    id: int
    name: str


@dataclass(frozen=True)
class ExportRequest:
    report: str
    start: date
    end: date  # included
    facility_ids: tuple[int, ...] | None  # None: every facility the actor may see
    facility_names: tuple[str, ...]
    target: Path | None


@dataclass(frozen=True)
class ExportResult:
    title: str
    path: Path
    rows: int  # data rows written (PDF: the figures shown)


@dataclass(frozen=True)
class ExportProgress:
    started: bool  # the writer has reported rows
    done: int
    total: int | None  # None: not known (rows from a generator without a count)
    cancel_requested: bool


class ExportControl:
    """Shared by one export job and the GUI thread: the writer reports rows and asks
    whether to stop; the dialog reads the rows and asks it to stop. Plain Python under a
    lock, so nothing Qt is touched on the worker thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._started, self._done, self._total = False, 0, None
        self._cancel = threading.Event()

    def progress(self, done: int, total: int | None) -> None:
        with self._lock:
            self._started, self._done, self._total = True, done, total

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def snapshot(self) -> ExportProgress:
        with self._lock:
            return ExportProgress(self._started, self._done, self._total,
                                  self._cancel.is_set())


def may_run(actor: Actor, report: str) -> bool:
    """Whether the report's services let `actor` run it (`ReportDef.needs`)."""
    return REPORTS[report].may_run(actor)


def report_choice(report: ReportDef) -> ReportChoice:
    return ReportChoice(report.name, report.title, formats_of(report))


class ExportGateway(SessionGateway):
    def __init__(self, database: Database, actor: Actor,
                 today: Callable[[], date] = office_today) -> None:
        super().__init__(database, actor)
        self._today = today

    def today(self) -> date:
        return self._today()

    def reports(self) -> list[ReportChoice]:
        """The reports the actor may run, in the catalog's order."""
        return [report_choice(r) for r in REPORTS.values() if may_run(self.actor, r.name)]

    def facilities(self) -> list[FacilityChoice]:
        """The active facilities (no private housing offers) the actor sees, by name."""
        scope = self.actor.facility_scope(Permission.VIEW_FACILITIES)
        names = self._read(lambda session: kpi_stays.facility_names(
            session, None if scope is None else set(scope)))
        return sorted((FacilityChoice(fid, name) for fid, name in names.items()),
                      key=lambda f: (f.name.casefold(), f.id))

    @staticmethod
    def check(request: ExportRequest) -> Path:
        """The target, or a German DomainError naming the field that is wrong."""
        report = REPORTS.get(request.report)
        if report is None:
            raise DomainError("Bericht: bitte einen Bericht wählen.", field="Bericht")
        if request.end < request.start:
            raise DomainError(f"Bis: der {request.end:%d.%m.%Y} liegt vor dem Anfang des "
                              f"Zeitraums ({request.start:%d.%m.%Y}).", field="Bis")
        if request.facility_ids is not None and not request.facility_ids:
            raise DomainError("Unterkünfte: bitte mindestens eine Unterkunft wählen oder "
                              "„Alle Unterkünfte“.", field="Unterkünfte")
        target = request.target
        if target is None or not target.name:
            raise DomainError("Zieldatei: bitte angeben, wohin der Bericht gespeichert wird.",
                              field="Zieldatei")
        if not target.is_absolute():
            raise DomainError(f"Zieldatei: „{target}“ – bitte den ganzen Pfad angeben oder "
                              "„Durchsuchen …“ wählen.", field="Zieldatei")
        try:
            check_target(report, target)
        except DomainError as exc:
            raise DomainError(exc.message, field="Zieldatei") from exc
        if target.is_dir():
            raise DomainError(f"Zieldatei: „{target}“ ist ein Ordner.", field="Zieldatei")
        return target

    def export(self, request: ExportRequest, control: ExportControl) -> ExportResult:
        """Write the report (run on the thread pool); `Cancelled` when stopped through
        `control`, another DomainError or the German DatabaseError when it failed — in
        every such case no file was written and an older one is as it was."""
        target = self.check(request)
        params = ReportParams(request.start, request.end, request.facility_ids,
                              facility_names=request.facility_names)
        written = self._read(lambda session: write_report(
            session, self.actor, request.report, params, target,
            progress=control.progress, cancelled=control.cancelled))
        return ExportResult(written.report.title, written.path, written.rows)
