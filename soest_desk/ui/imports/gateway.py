"""The import dialog's only way to the services, Qt-free like the other gateways.

Reading a file, guessing and checking the column mapping and writing a template touch no
database (or only read); `check` runs the import as a dry run in a read session, so a
check can never write; `run` runs it for real in one write session: all or nothing, and a
cancel or a driver failure rolls the whole session back. Both run on the thread pool and
report progress through a `JobControl`, which the dialog polls from the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from soest_desk.db import Database
from soest_desk.services import imports, listing
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.import_files import Table
from soest_desk.services.import_templates import write_template
from soest_desk.services.imports import ImportReport
from soest_desk.services.imports_fields import check_mapping, fields, guess_mapping
from soest_desk.services.permissions import Actor
from soest_desk.ui.session_gateway import SessionGateway

KINDS = ("facilities", "units", "people")  # the order the dialog offers them in
FACILITY_PAGE = 1000


@dataclass(frozen=True)
class FieldChoice:
    key: str
    label: str  # German, as in the template
    required: bool
    hint: str


@dataclass(frozen=True)
class ProgressSnapshot:
    phase: str  # the service's German phase ("Prüfen", "Speichern"); "" before the first
    done: int
    total: int
    cancel_requested: bool


class JobControl:
    """Shared by one background job and the GUI thread: the job reports its progress and
    asks whether to stop; the GUI reads the progress and asks the job to stop. Plain
    Python under a lock, so no Qt object is touched on the worker thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._phase, self._done, self._total = "", 0, 0
        self._cancel = threading.Event()

    def progress(self, phase: str, done: int, total: int) -> None:
        with self._lock:
            self._phase, self._done, self._total = phase, done, total

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def snapshot(self) -> ProgressSnapshot:
        with self._lock:
            return ProgressSnapshot(self._phase, self._done, self._total, self._cancel.is_set())


class ImportGateway(SessionGateway):
    def __init__(self, database: Database, actor: Actor,
                 today: Callable[[], date] = office_today) -> None:
        super().__init__(database, actor)
        self._today = today

    # ------------------------------------------------------------ no database

    def may_import(self, kind: str) -> bool:
        return self.actor.can(imports.PERMISSIONS[imports.import_kind(kind)])

    @staticmethod
    def fields(kind: str) -> list[FieldChoice]:
        return [FieldChoice(f.key, f.label, f.required, f.hint) for f in fields(kind)]

    @staticmethod
    def read_file(path: Path | str) -> Table:
        return imports.read_table(path)

    @staticmethod
    def guess(kind: str, headers: Sequence[str]) -> dict[int, str]:
        return guess_mapping(kind, headers)

    @staticmethod
    def mapping_problem(kind: str, headers: Sequence[str], mapping: Mapping[int, str]
                        ) -> str | None:
        """The German reason the mapping cannot work, or None."""
        try:
            check_mapping(kind, headers, mapping)
        except DomainError as exc:
            return exc.message
        return None

    # ------------------------------------------------------------ with the database

    def facility_names(self) -> list[str]:
        """The facilities the user sees, for the drop-down list of the units template."""
        def job(session: Any) -> list[str]:
            names: list[str] = []
            after = None
            while True:
                page = listing.fetch_page(session, self.actor, "facilities", after=after,
                                          limit=FACILITY_PAGE, today=self._today())
                names += [str(row.values[0]) for row in page.rows]
                if page.exhausted or not page.rows:
                    return names
                after = page.rows[-1].sort_key
        return self._read(job)

    def save_template(self, kind: str, path: Path | str) -> Path:
        """Write the template; the user already agreed to replace an existing file."""
        names = self.facility_names() if kind == "units" else []
        return write_template(kind, path, facility_names=names, overwrite=True)

    def check(self, kind: str, table: Table, mapping: Mapping[int, str], *,
              skip_duplicates: bool, control: JobControl) -> ImportReport:
        return self._read(lambda session: imports.run_import(
            session, self.actor, kind, table, dict(mapping), today=self._today(),
            dry_run=True, skip_duplicates=skip_duplicates, progress=control.progress,
            cancelled=control.cancelled))

    def run(self, kind: str, table: Table, mapping: Mapping[int, str], *,
            skip_duplicates: bool, control: JobControl) -> ImportReport:
        return self._write(lambda session: imports.run_import(
            session, self.actor, kind, table, dict(mapping), today=self._today(),
            skip_duplicates=skip_duplicates, progress=control.progress,
            cancelled=control.cancelled))
