"""Write one report to a file: the one path `soest-desk report` and the window's export
dialog share. No Qt.

The file type follows the target's suffix: `.xlsx` for every report, `.pdf` where the report
has one (`ReportDef.pdf`). The report is read in one read-only session and written through a
temporary file, so a failure or a cancel leaves no half file and an older file as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from soest_desk.reports.catalog import REPORTS, ReportDef
from soest_desk.reports.report_params import ReportParams
from soest_desk.reports.xlsx_writer import CancelCheck, Progress, write_workbook
from soest_desk.services.errors import DomainError


@dataclass(frozen=True)
class WrittenReport:
    report: ReportDef
    path: Path
    rows: int  # data rows written (PDF: the figures shown)


def formats_of(report: ReportDef) -> tuple[str, ...]:
    """The file suffixes the report can be written as, ".xlsx" first."""
    return (".xlsx", ".pdf") if report.pdf else (".xlsx",)


def check_target(report: ReportDef, out: Path) -> None:
    """A German DomainError when `out` cannot take this report (suffix, missing folder)."""
    suffixes = formats_of(report)
    if out.suffix.lower() not in suffixes:
        wanted = " oder ".join(suffixes)
        kind = "eine Excel-Datei" if len(suffixes) == 1 else "eine Excel- oder PDF-Datei"
        raise DomainError(f"Zieldatei: „{out.name}“ – bitte {kind} mit der Endung {wanted} "
                          "angeben.")
    if not out.parent.exists():
        raise DomainError(f"Zieldatei: den Ordner „{out.parent}“ gibt es nicht.")


def write_report(session, actor, name: str, params: ReportParams, out: Path, *,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None
                 ) -> WrittenReport:
    """Build report `name` for `params` as `actor` and write it to `out` (.xlsx or .pdf)."""
    report = REPORTS[name]
    check_target(report, out)
    if out.suffix.lower() == ".pdf":
        writer: Callable[..., int] = report.pdf_writer()
        rows = writer(session, actor, params, out, cancelled=cancelled)
        return WrittenReport(report, out, rows)
    content = report.builder()(session, actor, params)
    result = write_workbook(out, content.cover, content.sheets, progress=progress,
                            cancelled=cancelled)
    return WrittenReport(report, result.path, sum(result.rows.values()))
