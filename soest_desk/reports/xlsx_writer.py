"""The one Excel writer every report uses (issue 6, point 2). No Qt; openpyxl.

A report describes its workbook as data — a `Cover` and `DataSheet`s of `Column`s and rows —
and calls `write_workbook`. The writer makes:

* a cover sheet "Deckblatt" (title, period, filters, who and when, program and version, sheet
  contents, data-protection note), see `xlsx_cover`;
* one sheet per `DataSheet` holding a real Excel table (style, auto-filter, unique name) with a
  frozen header row, column widths from content (capped) with long headings wrapped, German
  number formats and an optional totals row (SUBTOTAL formulas the writer makes itself over the
  data range, so a filter in Excel narrows the totals too), printed on A4 readably: portrait or
  landscape, fitted to the width, header repeated, footer with report, period and page (see
  `xlsx_layout`);
* text from users as string cells that can never become formulas (see `xlsx_cells`).

Large sheets go through openpyxl's write-only mode (chosen when a sheet has more than
`WRITE_ONLY_ABOVE` rows, or forced): rows may come from a generator and are streamed to disk,
so 100,000 rows never sit in memory. Freeze panes, column widths, the table with its totals and
auto-filter, page setup and print titles all work there too (widths are measured on the first
`WIDTH_SAMPLE` rows, as they must be set before the first row is streamed).

The file is written to a temporary file beside the target and renamed over it at the end: an
error or a cancel (`cancelled()` returning True raises `Cancelled`) leaves no half-written file
and an older file at the target as it was.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Literal

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableFormula, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from soest_desk.reports.report_files import cannot_write, temp_beside
from soest_desk.reports.xlsx_cells import AVERAGE_FORMATS, FORMATS, CellFactory, Kind
from soest_desk.reports.xlsx_cover import Cover, sheet_title, table_name, write_cover
from soest_desk.reports.xlsx_layout import (
    display_length,
    plan_columns,
    row_height,
    set_footer,
    set_page,
    total_length,
)
from soest_desk.services.errors import DomainError

__all__ = [
    "Cancelled", "Column", "Cover", "DataSheet", "Kind", "Total", "WorkbookResult",
    "write_workbook",
]

Total = Literal["sum", "average", "count", "min", "max"]
Progress = Callable[[int, int | None], None]  # (rows written, rows in all, if known)
CancelCheck = Callable[[], bool]

WRITE_ONLY_ABOVE = 5_000
WIDTH_SAMPLE = 1_000
TICK_EVERY = 500
MAX_ROWS = 1_048_576  # Excel's limit per sheet, header and totals included
TABLE_STYLE = "TableStyleMedium2"
COVER_TITLE = "Deckblatt"
_SUBTOTAL = {"sum": 109, "average": 101, "count": 103, "min": 105, "max": 104}


class Cancelled(DomainError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Der Export wurde abgebrochen; es wurde keine Datei gespeichert.")


@dataclass(frozen=True)
class Column:
    """One column: header, kind (cell type and format), width hint in characters (None: from
    header and content), total in the totals row, an optional own number format, and `wrap`:
    long text breaks into lines (the row grows; for free text such as a note)."""

    header: str
    kind: Kind = Kind.TEXT
    width: float | None = None
    total: Total | None = None
    number_format: str | None = None
    wrap: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))  # "money" works as well as Kind.MONEY
        if self.total is not None and self.total not in _SUBTOTAL:
            raise ValueError(f"Unbekannte Summenart {self.total!r}")

    @property
    def format(self) -> str:
        return self.number_format or FORMATS[self.kind]


@dataclass
class DataSheet:
    """A data sheet: rows are sequences in column order (a list or a generator). `row_count`
    is only a hint for the progress bar when `rows` is a generator."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]
    row_count: int | None = None
    totals_label: str = "Gesamt"

    @property
    def has_totals(self) -> bool:
        return any(column.total for column in self.columns)


@dataclass(frozen=True)
class WorkbookResult:
    path: Path
    rows: dict[str, int]  # data rows per sheet title (as written)
    write_only: bool


def write_workbook(path: Path | str, cover: Cover, sheets: Sequence[DataSheet], *,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None,
                   write_only: bool | None = None,
                   write_only_above: int = WRITE_ONLY_ABOVE) -> WorkbookResult:
    """Write `cover` and `sheets` to `path` (.xlsx) and say what was written.

    `write_only` None chooses write-only mode when a sheet has more than `write_only_above`
    rows. `progress(done, total)` is called every few hundred rows (total None when a generator
    gave no `row_count`); `cancelled()` returning True raises `Cancelled`. Raises DomainError
    (German) when the file cannot be written or a sheet has more rows than Excel can hold.
    """
    heads = [_Head(sheet, write_only_above) for sheet in sheets]
    if write_only is None:
        write_only = any(head.large for head in heads)
    total = None if any(head.count is None for head in heads) else sum(
        head.count or 0 for head in heads)
    target = Path(path)
    temp = temp_beside(target)
    book = Workbook(write_only=write_only)
    try:
        ticker = _Ticker(progress, cancelled, total)
        ticker.check()
        rows = _fill(book, cover, heads, ticker, write_only)
        ticker.check()
        book.save(temp)
        ticker.check()  # a cancel during a long save still leaves no file
        os.replace(temp, target)
    except OSError as exc:
        _discard(book, temp)
        raise DomainError(cannot_write(target, exc, "Excel")) from exc
    except BaseException:
        _discard(book, temp)
        raise
    ticker.report(force=True)
    return WorkbookResult(target, rows, write_only)


def _fill(book: Workbook, cover: Cover, heads: list[_Head], ticker: _Ticker,
          write_only: bool) -> dict[str, int]:
    sheet_titles: set[str] = {COVER_TITLE.casefold()}
    table_names: set[str] = set()
    if write_only:
        cover_ws = book.create_sheet(COVER_TITLE)
    else:
        cover_ws = book.active
        cover_ws.title = COVER_TITLE
    rows: dict[str, int] = {}
    for head in heads:
        title = sheet_title(head.sheet.title, sheet_titles)
        ws = book.create_sheet(title)
        rows[title] = _write_sheet(ws, head, table_name(title, table_names), ticker, cover)
    write_cover(cover_ws, cover, list(rows.items()))
    return rows


def _write_sheet(ws: Worksheet, head: _Head, name: str, ticker: _Ticker, cover: Cover) -> int:
    sheet, columns = head.sheet, list(head.sheet.columns)
    if not columns:
        raise ValueError(f"Blatt {sheet.title!r} hat keine Spalten")
    headers = _unique_headers([column.header for column in columns])
    widths = _prepare(ws, columns, headers, head, cover)
    wrapped = [(index, widths[index]) for index, column in enumerate(columns) if column.wrap]
    make = CellFactory(ws, top=bool(wrapped))
    ws.append([make.header(header, column.kind)
               for header, column in zip(headers, columns, strict=True)])
    convert = [make.converter(column.kind, column.number_format, wrap=column.wrap)
               for column in columns]
    width = len(columns)
    streamed = isinstance(ws, WriteOnlyWorksheet)
    count = 0
    for row in chain(head.rows, head.rest):
        if len(row) != width:
            raise ValueError(f"Blatt {sheet.title!r}, Zeile {count + 1}: {len(row)} Werte "
                             f"für {width} Spalten")
        if wrapped:  # set before the row is written (write-only mode streams it at once)
            height = row_height([(str(row[index]), column_width) for index, column_width
                                 in wrapped if row[index] is not None])
            if height is not None:
                ws.row_dimensions[count + 2].height = height
        ws.append([conv(value) for conv, value in zip(convert, row, strict=True)])
        if wrapped and streamed:  # written with its height: not kept for 100,000 rows
            ws.row_dimensions.pop(count + 2, None)
        count += 1
        if count % TICK_EVERY == 0:
            ticker.advance(TICK_EVERY)
            if count + 2 + sheet.has_totals > MAX_ROWS:
                raise DomainError(f"Das Blatt „{sheet.title}“ hat mehr Zeilen, als Excel "
                                  "fassen kann; bitte den Zeitraum oder die Filter einengen.")
    ticker.advance(count % TICK_EVERY)
    last = count + 1
    if count == 0:  # an Excel table needs one data row, even an empty one
        ws.append([])
        last = 2
    if sheet.has_totals:
        ws.append(_totals_row(make, columns, sheet.totals_label, last))
    _add_table(ws, name, columns, headers, last, sheet.totals_label if sheet.has_totals else None)
    return count


def _prepare(ws: Worksheet, columns: list[Column], headers: list[str], head: _Head,
             cover: Cover) -> list[float]:
    """Everything a write-only sheet needs before its first row: widths (for the sampled
    rows and the totals), header height, panes, page and footer. Returns the widths."""
    longest = []
    for index, column in enumerate(columns):
        values = [row[index] for row in head.rows if index < len(row)]
        longest.append(max([display_length(column.kind, value) for value in values]
                           + [total_length(column.kind, column.total, values, head.count)]))
    layout = plan_columns(headers, longest, [column.width for column in columns])
    for index, width in enumerate(layout.widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    if layout.header_height is not None:
        ws.row_dimensions[1].height = layout.header_height
    ws.freeze_panes = "A2"
    set_page(ws, layout.widths)
    set_footer(ws, cover.title, cover.period)
    return layout.widths


def _totals_row(make: CellFactory, columns: list[Column], label: str, last: int) -> list[object]:
    cells: list[object] = []
    for index, column in enumerate(columns):
        if column.total:
            number_format = column.format
            if column.total == "average":
                number_format = AVERAGE_FORMATS.get(column.kind, number_format)
            elif column.total == "count":
                number_format = FORMATS[Kind.INT]
            cells.append(make.formula("=" + _total_formula(column, index + 1, last),
                                      number_format))
        elif index == 0:
            cells.append(make.text(label, bold=True))
        else:
            cells.append(None)
    return cells


def _total_formula(column: Column, index: int, last: int) -> str:
    """SUBTOTAL over the data rows (a filter in Excel narrows it); an average of nothing is
    left empty instead of #DIV/0!."""
    letter = get_column_letter(index)
    formula = f"SUBTOTAL({_SUBTOTAL[column.total or 'sum']},{letter}2:{letter}{last})"
    return f'IFERROR({formula},"")' if column.total == "average" else formula


def _add_table(ws: Worksheet, name: str, columns: list[Column], headers: list[str],
               last: int, totals: str | None) -> None:
    """The table over header, data and totals rows; `totals` is the totals row's label."""
    end = get_column_letter(len(columns))
    table = Table(displayName=name, ref=f"A1:{end}{last + 1 if totals else last}")
    table.autoFilter = AutoFilter(ref=f"A1:{end}{last}")
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    for index, (column, header) in enumerate(zip(columns, headers, strict=True), start=1):
        entry = TableColumn(id=index, name=header)
        if totals and column.total:
            entry.totalsRowFunction = "custom"  # exactly the formula in the cell
            entry.totalsRowFormula = TableFormula(
                attr_text=_total_formula(column, index, last))
        elif totals and index == 1:
            entry.totalsRowLabel = totals
        table.tableColumns.append(entry)
    if totals:
        table.totalsRowCount = 1
    with warnings.catch_warnings():  # write-only mode warns that columns must be given: they are
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)


def _unique_headers(headers: list[str]) -> list[str]:
    """Table column names: one line, not empty, unique ignoring case (Excel's rule)."""
    seen: set[str] = set()
    result = []
    for number, header in enumerate(headers, start=1):
        name = " ".join(header.split()) or f"Spalte {number}"
        candidate, suffix = name, 2
        while candidate.casefold() in seen:
            candidate, suffix = f"{name} {suffix}", suffix + 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


class _Head:
    """A sheet's first rows, taken from its iterator to choose the mode and measure widths."""

    def __init__(self, sheet: DataSheet, threshold: int) -> None:
        self.sheet = sheet
        rows = sheet.rows
        if isinstance(rows, Sequence):
            self.count: int | None = len(rows)
            self.large = len(rows) > threshold
            self.rows = list(rows[:WIDTH_SAMPLE])
            self.rest: Iterator[Sequence[object]] = iter(rows[WIDTH_SAMPLE:])
            return
        iterator = iter(rows)
        self.rows = list(islice(iterator, max(threshold + 1, WIDTH_SAMPLE)))
        exhausted = len(self.rows) <= threshold
        self.large = not exhausted
        self.count = len(self.rows) if exhausted else sheet.row_count
        self.rest = iterator


class _Ticker:
    def __init__(self, progress: Progress | None, cancelled: CancelCheck | None,
                 total: int | None) -> None:
        self.progress, self.cancelled, self.total = progress, cancelled, total
        self.done = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def advance(self, rows: int) -> None:
        self.done += rows
        self.report()
        self.check()

    def report(self, force: bool = False) -> None:
        if self.progress is not None and (force or self.done):
            self.progress(self.done, self.total)


def _discard(book: Workbook, temp: Path) -> None:
    """Remove the partial file and the write-only mode's streams in the temp folder."""
    temp.unlink(missing_ok=True)
    for ws in book.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            rows = getattr(ws, "_rows", None)
            if rows is not None:
                rows.close()  # ends the row stream while its file is still open
            writer.close()
            writer.cleanup()
        except Exception:  # already closed or removed by a save that failed late
            pass
