"""Importing the lists offices already keep: facilities, units and people.

The window and the CLI do the same: `read_table(path)` (import_files), `guess_mapping`
(imports_fields) plus the user's corrections, then `run_import(...)`, first with
`dry_run=True` for the preview, then for real. All or nothing: every bad cell of every row
is reported (row number as Excel shows it, column as headed in the file, reason), and if
one row is bad nothing is written. Possible duplicates (against the database and within
the file) block the import too, unless `skip_duplicates`: then the other rows are written
and the duplicates listed as skipped.

A dry run only reads, so it may run in a read session. The rows are written through the
people and places services inside the caller's write session, so every insert is audited
like one made in the window. A failure while writing rolls back to a savepoint and is
reported; `cancelled()` returning True raises ImportCancelled, and the caller's session
rolls back.

Kind-specific work lives in `imports_places` (facilities, units) and `imports_people`;
the shared row types in `imports_rows`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from soest_desk.services.errors import DomainError
from soest_desk.services.import_files import Table, read_table
from soest_desk.services.imports_fields import (
    ImportField,
    ImportKind,
    apply_overrides,
    check_mapping,
    fields,
    guess_mapping,
    ignored_columns,
    import_kind,
)
from soest_desk.services.imports_rows import (
    BaseImporter,
    DuplicateMatch,
    Item,
    RowDuplicate,
    RowError,
    RowValues,
    reason,
)
from soest_desk.services.permissions import Actor, Permission, require

__all__ = [
    "DuplicateMatch", "ImportCancelled", "ImportField", "ImportKind", "ImportReport",
    "RowDuplicate", "RowError", "apply_overrides", "check_mapping", "fields",
    "guess_mapping", "read_table", "run_import",
]

Progress = Callable[[str, int, int], None]  # (German phase, done, total)
Cancelled = Callable[[], bool]
CHECK_PHASE, WRITE_PHASE = "Prüfen", "Speichern"
PROGRESS_EVERY = 250
PERMISSIONS = {
    ImportKind.FACILITIES: Permission.EDIT_FACILITIES,
    ImportKind.UNITS: Permission.EDIT_FACILITIES,
    ImportKind.PEOPLE: Permission.EDIT_PERSONS,
}


class ImportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("Der Import wurde abgebrochen; es wurde nichts gespeichert.")


@dataclass
class ImportReport:
    kind: str
    total_rows: int
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)
    duplicates: list[RowDuplicate] = field(default_factory=list)
    dry_run: bool = False
    skip_duplicates: bool = False
    importable: int = 0  # rows that pass every check and are no duplicate
    ignored_columns: list[str] = field(default_factory=list)
    households: int = 0  # people: households created (in a dry run: that would be)

    @property
    def error_rows(self) -> list[int]:
        return sorted({error.row_number for error in self.errors})

    @property
    def blocked(self) -> bool:
        """True when nothing is (or would be) written because of errors or duplicates."""
        return bool(self.errors) or (bool(self.duplicates) and not self.skip_duplicates)


def _importer(kind: ImportKind, session: Session, today: date, columns: dict[str, int],
              table: Table) -> BaseImporter:
    if kind is ImportKind.PEOPLE:
        from soest_desk.services.imports_people import PeopleImporter

        return PeopleImporter(session, today, columns, table.headers)
    from soest_desk.services.imports_places import FacilityImporter, UnitImporter

    if kind is ImportKind.FACILITIES:
        return FacilityImporter(session, today, columns, table.headers)
    return UnitImporter(session, today, columns, table.headers)


def run_import(
    session: Session, actor: Actor, kind: str, table: Table, mapping: dict[int, str], *,
    today: date, dry_run: bool = False, skip_duplicates: bool = False,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> ImportReport:
    """Check every row of `table` (columns as `mapping` says) and, unless `dry_run` or a
    row is bad, write them. Raises DomainError for a mapping that cannot work, a table
    without data rows or missing rights; returns the report otherwise."""
    kind = import_kind(kind)
    require(actor, PERMISSIONS[kind])
    check_mapping(kind, table.headers, mapping)
    if not table.rows:
        raise DomainError(f"„{table.file_name}“ enthält keine Datenzeilen, nur die "
                          "Spaltenüberschriften.")
    columns = {key: index for index, key in mapping.items()}
    report = ImportReport(kind.value, len(table.rows), dry_run=dry_run,
                          skip_duplicates=skip_duplicates,
                          ignored_columns=ignored_columns(table.headers, mapping))
    importer = _importer(kind, session, today, columns, table)
    total = len(table.rows)

    items: list[Item] = []
    for done, row in enumerate(table.rows):
        if done % PROGRESS_EVERY == 0:
            _tick(progress, cancelled, CHECK_PHASE, done, total)
        item = importer.convert(RowValues(row, columns, table.headers, report.errors))
        if item is not None:
            items.append(item)
    importer.check(items, report.errors)
    bad = set(report.error_rows)
    found = importer.duplicates([item for item in items if item.row_number not in bad])
    report.errors.sort(key=lambda e: (e.row_number, _column_order(table, e.column_label)))
    report.duplicates = [RowDuplicate(number, found[number]) for number in sorted(found)]
    to_write = [item for item in items if item.row_number not in found.keys() | bad]
    if not report.blocked:
        report.importable = len(to_write)
        report.households = importer.households(to_write)
    _tick(progress, cancelled, CHECK_PHASE, total, total)
    if dry_run or report.blocked or not to_write:
        return report
    return _write(session, actor, importer, to_write, report, progress, cancelled)


def _write(session: Session, actor: Actor, importer: BaseImporter, items: list[Item],
           report: ImportReport, progress: Progress | None,
           cancelled: Cancelled | None) -> ImportReport:
    total = len(items)
    state = {"row": items[0].row_number, "done": 0}

    def step(row_number: int) -> None:
        if state["done"] % PROGRESS_EVERY == 0:
            _tick(progress, cancelled, WRITE_PHASE, state["done"], total)
        state["row"] = row_number
        state["done"] += 1

    try:
        with session.begin_nested():
            report.imported = importer.write(actor, items, step)
            session.flush()
    except ImportCancelled:
        raise
    except DomainError as exc:  # a rule the checks did not see, or a race
        report.errors.append(RowError(state["row"], importer.column_for_label(exc.field),
                                      reason(exc, exc.field)))
    except IntegrityError:
        report.errors.append(RowError(
            state["row"], None,
            "Die Datenbank hat diese Zeile abgelehnt; vermutlich wurde sie gerade an einem "
            "anderen Arbeitsplatz erfasst. Es wurde nichts gespeichert. Bitte versuchen Sie "
            "es noch einmal."))
    if report.errors:
        report.imported = report.importable = report.households = 0
        return report
    _tick(progress, None, WRITE_PHASE, total, total)
    return report


def _tick(progress: Progress | None, cancelled: Cancelled | None, phase: str, done: int,
          total: int) -> None:
    if progress is not None:
        progress(phase, done, total)
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def _column_order(table: Table, label: str | None) -> int:
    return table.headers.index(label) if label in table.headers else -1
