"""Reading the lists offices already keep: an Excel workbook (.xlsx) or a CSV file.

`read_table(path)` returns the cells of the first table in the file as plain Python
values, each data row with the row number Excel shows for it, so an error message can say
"Zeile 17" and the user finds that row. CSV files come in whatever German Excel and other
programs write: UTF-8 (with or without a byte-order mark), UTF-16 ("Unicode-Text") or
Windows-1252, separated by ';', ',' or tabs. A file that cannot be read is refused with a
German DomainError naming the file; reading never changes anything.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from soest_desk.services.errors import DomainError

EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an encrypted .xlsx
ZIP_MAGIC = b"PK\x03\x04"
DELIMITERS = (";", "\t", ",")  # on a tie the first wins: German Excel writes ';'
DELIMITER_NAMES = {";": "Semikolon", ",": "Komma", "\t": "Tabulator"}
SNIFF_RECORDS = 50
HEADER_SEARCH_ROWS = 10
EXCEL_HINT = "Bitte speichern Sie die Liste als Excel-Arbeitsmappe (.xlsx) oder als CSV-Datei."

Cell = str | int | float | date | datetime | time | bool | None


@dataclass(frozen=True)
class TableRow:
    """One data row: `number` is the row number the user sees in Excel (header = row 1
    in a plain list), `values` one cell per header, None where empty."""

    number: int
    values: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]  # as written in the file; a blank header is "Spalte C"
    rows: tuple[TableRow, ...]
    file_name: str
    file_format: str  # "xlsx" or "csv"
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    sheet: str | None = None  # xlsx only
    header_row: int = 1

    @property
    def describe(self) -> str:
        """A German line about how the file was read, for the preview and the CLI."""
        if self.file_format == "xlsx":
            return f"Excel-Datei, Blatt „{self.sheet}“, Kopfzeile in Zeile {self.header_row}"
        separator = DELIMITER_NAMES.get(self.delimiter or "", repr(self.delimiter))
        return (f"CSV-Datei, Zeichensatz {self.encoding}, Trennzeichen {separator}, "
                f"Kopfzeile in Zeile {self.header_row}")


def column_letter(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA": how Excel names a column."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def read_table(path: Path | str, *, header_row: int | None = None,
               sheet: str | None = None) -> Table:
    """The table in `path`. `header_row` (1-based) fixes where the headers are; by default
    the first row that looks like a header row (a title line above it is skipped)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES | CSV_SUFFIXES:
        if suffix in {".xls", ".ods", ".numbers"}:
            raise DomainError(f"„{path.name}“: Dieses Dateiformat ({suffix}) kann nicht "
                              f"gelesen werden. {EXCEL_HINT}")
        raise DomainError(f"„{path.name}“ ist weder eine Excel-Datei (.xlsx) noch eine "
                          f"CSV-Datei (.csv). {EXCEL_HINT}")
    data = _read_bytes(path)
    if not data.strip():
        raise DomainError(f"Die Datei „{path.name}“ ist leer.")
    if suffix in EXCEL_SUFFIXES:
        grid, sheet_name = _excel_grid(path, data, sheet)
        return _table(path, grid, header_row, file_format="xlsx", sheet=sheet_name)
    text, encoding = _decode(path, data)
    text, delimiter = _separator_line(text)
    delimiter = delimiter or sniff_delimiter(text)
    try:
        grid = [list(record) for record in csv.reader(io.StringIO(text, newline=""),
                                                      delimiter=delimiter)]
    except csv.Error as exc:
        raise DomainError(f"„{path.name}“ ist keine gültige CSV-Datei: {exc}.") from exc
    return _table(path, grid, header_row, file_format="csv", encoding=encoding,
                  delimiter=delimiter)


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise DomainError(f"„{path}“ ist ein Ordner, keine Datei.")
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise DomainError(f"Die Datei „{path}“ gibt es nicht.") from exc
    except OSError as exc:
        raise DomainError(f"Die Datei „{path}“ kann nicht gelesen werden: "
                          f"{exc.strerror or exc}.") from exc


def _excel_grid(path: Path, data: bytes, sheet: str | None) -> tuple[list[list[Any]], str]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if data.startswith(OLE_MAGIC):
        raise DomainError(f"„{path.name}“ ist im alten Excel-Format (.xls) gespeichert oder "
                          f"mit einem Kennwort geschützt. {EXCEL_HINT}")
    if not data.startswith(ZIP_MAGIC):
        raise DomainError(f"„{path.name}“ ist keine gültige Excel-Datei (.xlsx); vielleicht "
                          f"hat sie nur die falsche Endung. {EXCEL_HINT}")
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError,
            TypeError, IndexError) as exc:
        raise DomainError(f"„{path.name}“ ist beschädigt oder keine Excel-Arbeitsmappe "
                          f"und kann nicht gelesen werden. {EXCEL_HINT}") from exc
    try:
        worksheet = _choose_sheet(path, workbook, sheet)
        try:
            grid = [list(row) for row in worksheet.iter_rows(values_only=True)]
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
            raise DomainError(f"„{path.name}“: Das Blatt „{worksheet.title}“ ist beschädigt "
                              "und kann nicht gelesen werden.") from exc
        return grid, worksheet.title
    finally:
        workbook.close()


def _choose_sheet(path: Path, workbook: Any, sheet: str | None) -> Any:
    if sheet is not None:
        if sheet not in workbook.sheetnames:
            names = ", ".join(f"„{name}“" for name in workbook.sheetnames)
            raise DomainError(f"„{path.name}“ hat kein Blatt „{sheet}“ (vorhanden: {names}).")
        return workbook[sheet]
    worksheets = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    active = workbook.active
    if active in worksheets:  # the sheet the file was saved on, if it holds a table
        worksheets.remove(active)
        worksheets.insert(0, active)
    if not worksheets:
        raise DomainError(f"„{path.name}“ enthält kein sichtbares Tabellenblatt.")
    return worksheets[0]


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(ZIP_MAGIC) or data.startswith(OLE_MAGIC):
        raise DomainError(f"„{path.name}“ ist eine Excel-Datei mit der Endung "
                          f"„{path.suffix}“. Bitte geben Sie ihr die Endung .xlsx.")
    candidates: list[tuple[str, str]] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates.append(("utf-16", "UTF-16"))
    elif data.startswith(b"\xef\xbb\xbf"):
        candidates.append(("utf-8-sig", "UTF-8 mit BOM"))
    else:
        candidates += [("utf-8", "UTF-8"), ("cp1252", "Windows-1252")]
    for codec, name in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text, name
    raise DomainError(f"„{path.name}“ ist keine lesbare Textdatei (Zeichensatz unbekannt). "
                      "Bitte speichern Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen "
                      "getrennt)“ oder als .xlsx.")


def _separator_line(text: str) -> tuple[str, str | None]:
    """Excel's "sep=;" first line names the separator; Excel does not show it as a row,
    so it is dropped before rows are counted."""
    first, newline, rest = text.partition("\n")
    marker = first.strip().strip('"')
    if marker.lower().startswith("sep=") and len(marker) == 5:
        return rest if newline else "", marker[4]
    return text, None


def sniff_delimiter(text: str) -> str:
    """';', ',' or tab: the one that splits the first records into the most consistent
    number of columns (a comma inside "Müller, Anna" or "12,5" does not fool it)."""
    best, best_score = DELIMITERS[0], (0.0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        counts = []
        try:
            for record in reader:
                if any(cell.strip() for cell in record):
                    counts.append(len(record))
                if len(counts) >= SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=lambda n: (counts.count(n), n))
        score = (counts.count(mode) / len(counts), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _clean(value: Any) -> Cell:
    if isinstance(value, str):
        value = " ".join(value.split())  # also a non-breaking space, tabs, line breaks
        return value or None
    return value


def _filled(values: Iterable[Cell]) -> int:
    return sum(1 for value in values if value is not None)


def _find_header(grid: Sequence[Sequence[Cell]]) -> int:
    """Index of the header row: among the first non-empty rows, the first one holding more
    than half as many cells as the fullest of them (a title line above holds fewer)."""
    candidates = [i for i, row in enumerate(grid) if _filled(row)][:HEADER_SEARCH_ROWS]
    widest = max(_filled(grid[i]) for i in candidates)
    return next(i for i in candidates if _filled(grid[i]) * 2 > widest)


def _table(path: Path, raw: list[list[Any]], header_row: int | None, *, file_format: str,
           encoding: str | None = None, delimiter: str | None = None,
           sheet: str | None = None) -> Table:
    grid = [[_clean(value) for value in row] for row in raw]
    if not any(_filled(row) for row in grid):
        raise DomainError(f"Die Datei „{path.name}“ enthält keine Daten.")
    if header_row is None:
        header_index = _find_header(grid)
    elif header_row < 1 or header_row > len(grid) or not _filled(grid[header_row - 1]):
        raise DomainError(f"„{path.name}“: In Zeile {header_row} stehen keine "
                          "Spaltenüberschriften.")
    else:
        header_index = header_row - 1
    body = [(i + 1, row) for i, row in enumerate(grid) if i > header_index and _filled(row)]
    width = max(
        [_last_filled(grid[header_index])] + [_last_filled(row) for _, row in body]
    )
    header_cells = list(grid[header_index][:width]) + [None] * width
    headers = tuple(
        _header_text(header_cells[i]) or f"Spalte {column_letter(i)}" for i in range(width)
    )
    rows = tuple(
        TableRow(number, tuple(row[:width]) + (None,) * (width - len(row[:width])))
        for number, row in body
    )
    return Table(headers=headers, rows=rows, file_name=path.name, file_format=file_format,
                 encoding=encoding, delimiter=delimiter, sheet=sheet,
                 header_row=header_index + 1)


def _last_filled(row: Sequence[Cell]) -> int:
    for index in range(len(row) - 1, -1, -1):
        if row[index] is not None:
            return index + 1
    return 0


def _header_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
