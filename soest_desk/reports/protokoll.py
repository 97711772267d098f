"""Protokoll: the audit log's rows under the filters of the admin view, as an Excel workbook.

Sheets: the cover ("Deckblatt": the filters, who exported and when, the data-protection
note) and "Protokoll" with Zeitpunkt (Soest time), Benutzer, Aktion, Bereich, Nr. and
Änderungen (every change old → new in one line, values in full), newest first. The rows are
read a keyset page at a time (`audit_view.iter_rows`) and streamed by the writer, so a
million rows never sit in memory; every text cell goes through the writer's safe text, so a
logged value such as "=HYPERLINK(…)" stays text.

Needs "Protokoll ansehen" (Administration); the permission and the filters are checked
before the file is opened, so a refusal leaves no file.

The export itself writes no audit row: the log records changes to personal data and the
reading of case notes; its own content carries no Sozialdaten (those are logged only as
"changed"), only an administrator may read it, and the export runs in a read-only session
(writing there would mean a write transaction on the shared database for every download).
The Deckblatt names who exported it and when, so a file that turns up somewhere says where
it came from. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from soest_desk.reports.report_params import ReportContent
from soest_desk.reports.xlsx_cover import german_date
from soest_desk.reports.xlsx_writer import (
    CancelCheck,
    Column,
    Cover,
    DataSheet,
    Kind,
    Progress,
    WorkbookResult,
    write_workbook,
)
from soest_desk.services import audit_view
from soest_desk.services.audit_view import ACTION_LABELS, AuditFilters, AuditRow, area_label
from soest_desk.services.clock import OFFICE_ZONE
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor

TITLE = "Protokoll"
SHEET = "Protokoll"
COLUMNS = (
    Column("Zeitpunkt", Kind.DATETIME, number_format="DD.MM.YYYY HH:MM:SS"),
    Column("Benutzer"),
    Column("Aktion"),
    Column("Bereich"),
    Column("Nr.", Kind.INT, number_format="0"),  # a row number, not a quantity
    Column("Änderungen", width=90, wrap=True),
)
NOTES = (
    "Neueste Einträge zuerst; Zeitpunkte in Ortszeit (Europe/Berlin).",
    "Sozialdaten (Vermerke, Ziele, Nachweise) stehen nicht im Protokoll, nur dass sie "
    "geändert wurden.",
    "Der Export selbst wird nicht protokolliert; dieses Deckblatt nennt, wer ihn wann "
    "erstellt hat.",
)


def filter_lines(filters: AuditFilters) -> list[tuple[str, str]]:
    """The cover's filter lines ("Zeitraum" only when a period is open on one side: a full
    period goes on the cover's own "Zeitraum" line)."""
    lines: list[tuple[str, str]] = []
    start, end = filters.date_from, filters.date_to
    if start is not None and end is None:
        lines.append(("Zeitraum", f"ab {german_date(start)}"))
    elif end is not None and start is None:
        lines.append(("Zeitraum", f"bis {german_date(end)}"))
    if filters.who:
        lines.append(("Benutzer", f"Anmeldename beginnt mit „{filters.who}“"))
    if filters.table is not None:
        lines.append(("Bereich", area_label(filters.table)))
    if filters.action is not None:
        lines.append(("Aktion", ACTION_LABELS[filters.action]))
    if filters.row_id is not None:
        lines.append(("Nr.", str(filters.row_id)))
    return lines


def exporter(actor: Actor) -> str:
    if actor.display_name and actor.display_name != actor.login:
        return f"{actor.display_name} ({actor.login})"
    return actor.login


def data_row(row: AuditRow) -> list[object]:
    return [row.at, row.actor_login, row.action_label, row.area, row.row_id,
            audit_view.summarise(row.action, row.changes)]


def build(session: Session, actor: Actor, filters: AuditFilters, *,
          now: datetime | None = None) -> ReportContent:
    """The workbook's content; raises PermissionDenied or a DomainError (German) before any
    row is read when the actor may not or the filters are wrong."""
    total = audit_view.count(session, actor, filters, cap=None)  # checks rights and filters
    start, end = filters.date_from, filters.date_to
    cover = Cover(
        title=TITLE, created_by=exporter(actor), created_at=now or datetime.now(OFFICE_ZONE),
        period=(start, end) if start is not None and end is not None else None,
        filters=filter_lines(filters), personal_data=True, notes=NOTES)
    rows: Iterator[Sequence[object]] = (
        data_row(row) for row in audit_view.iter_rows(session, actor, filters))
    return ReportContent(cover, [DataSheet(SHEET, COLUMNS, rows, row_count=total)])


def check_target(out: Path) -> None:
    """A German DomainError (field "Zieldatei") when `out` cannot take the workbook."""
    if out.suffix.lower() != ".xlsx":
        raise DomainError(f"Zieldatei: „{out.name}“ – bitte eine Excel-Datei mit der Endung "
                          ".xlsx angeben.", field="Zieldatei")
    if not out.parent.is_dir():
        raise DomainError(f"Zieldatei: den Ordner „{out.parent}“ gibt es nicht.",
                          field="Zieldatei")


def write_protokoll(session: Session, actor: Actor, filters: AuditFilters, out: Path, *,
                    now: datetime | None = None, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> WorkbookResult:
    """Write the filtered log to `out` (.xlsx) through a temporary file: a refusal, an
    error or a cancel leaves no file and an older one as it was."""
    check_target(out)
    content = build(session, actor, filters, now=now)
    return write_workbook(out, content.cover, content.sheets, progress=progress,
                          cancelled=cancelled)
