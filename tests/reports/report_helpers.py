"""Helpers for the report-builder tests: build a report, write it, read it back."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from soest_desk.db import Database
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_writer import write_workbook
from soest_desk.services.permissions import Actor

NOW = datetime(2025, 4, 2, 8, 30, tzinfo=UTC)  # 10:30 in Soest


def params(start: date, end: date, facility_ids: tuple[int, ...] | None = None,
           names: tuple[str, ...] = ()) -> ReportParams:
    return ReportParams(start, end, facility_ids, NOW, names)


def written(database: Database, build: Callable[[Any, Actor, ReportParams], ReportContent],
            actor: Actor, report_params: ReportParams, tmp_path: Path) -> tuple[Workbook, Path]:
    with database.read() as session:
        content = build(session, actor, report_params)
        target = tmp_path / "bericht.xlsx"
        write_workbook(target, content.cover, content.sheets)
    return load_workbook(target), target


def cover_lines(ws: Worksheet) -> dict[str, list[str]]:
    lines: dict[str, list[str]] = {}
    label = ""
    for row in ws.iter_rows(min_row=3, values_only=True):
        label = row[0] or label
        lines.setdefault(label, []).append(row[1])
    return lines


def values(ws: Worksheet) -> list[list[object]]:
    """The data rows below the header (a totals row included)."""
    return [list(row) for row in ws.iter_rows(min_row=2, values_only=True)]


def formulas(book: Workbook) -> list[tuple[str, str, object]]:
    return [(ws.title, cell.coordinate, cell.value) for ws in book.worksheets
            for row in ws.iter_rows() for cell in row if cell.data_type == "f"]


def data_formulas(book: Workbook) -> list[tuple[str, str, object]]:
    """Formulas other than the writer's own SUBTOTAL totals."""
    own = re.compile(r"=(IFERROR\()?SUBTOTAL\(\d+,[A-Z]+\d+:[A-Z]+\d+\)")
    return [f for f in formulas(book) if not own.match(str(f[2]))]


def xml_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace")
                         for name in archive.namelist())
