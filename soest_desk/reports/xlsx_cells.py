"""Cells for the Excel writer: column kinds, German number formats, safe text.

No Qt. `xlsx_writer` builds workbooks from these (and `xlsx_layout` sizes the columns); a
report never writes a cell itself.

Safe text (formula neutralisation): a text that came from outside — a name, a note, a facility,
a filter value — is always stored as a *string* cell, never as a formula, even when it starts
with `=`. Text beginning with `=`, `+`, `-`, `@`, tab or CR also gets the cell style
`quotePrefix` (Excel's and LibreOffice's "apostrophe in front"): both show the original
characters, and editing the cell (F2, Enter) keeps it text instead of turning it into a formula.
The apostrophe is *not* part of the value, so the reader sees exactly what was typed.

Control characters: XML cannot carry them raw (a CR is read back as LF, others are illegal),
so CR and the other control characters except tab and line feed are written in the OOXML escape
`_x000D_` that Excel and LibreOffice decode, and a literal `_x….._` in the text is protected as
`_x005F_x…._` the same way Excel does. `\\r\\n` line ends become `\\n` (a line break in a cell).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import copy
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

from soest_desk.services.clock import OFFICE_ZONE


class Kind(StrEnum):
    """What a column holds; decides the cell type, number format and width."""

    TEXT = "text"
    INT = "int"
    DECIMAL = "decimal"
    MONEY = "money"
    PERCENT = "percent"  # a fraction: 0.25 is shown as 25,0 %
    DATE = "date"
    DATETIME = "datetime"  # aware datetimes are shown in Europe/Berlin
    DAYS = "duration-days"  # a number of days or a timedelta


# Format codes are stored locale-free; Excel/LibreOffice show them with the reader's separators
# (German: 1.234,56 €).
FORMATS: dict[Kind, str] = {
    Kind.TEXT: "General",
    Kind.INT: "#,##0",
    Kind.DECIMAL: "#,##0.00",
    Kind.MONEY: '#,##0.00 "€"',
    Kind.PERCENT: "0.0 %",
    Kind.DATE: "DD.MM.YYYY",
    Kind.DATETIME: "DD.MM.YYYY HH:MM",
    Kind.DAYS: "#,##0.0",
}
AVERAGE_FORMATS = {Kind.INT: "#,##0.0"}  # the mean of whole numbers has a fraction

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT = 32_767  # Excel's limit for one cell
_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f]|_(?=x[0-9A-Fa-f]{4}_)")
NUMBER = (int, float, Decimal)
FONT = "Calibri"  # named, or LibreOffice falls back to a serif font for bold cells
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")  # also where a program ignores table styles
HEADER_BORDER = Border(bottom=Side(style="thin", color="4472C4"))

Converter = Callable[[object], Cell | str | None]


def safe_text(value: object) -> tuple[str, bool]:
    """The text to store for `value` and whether it needs the quote prefix (see module doc)."""
    text = value if isinstance(value, str) else str(value)
    dangerous = text.startswith(DANGEROUS_START)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    text = _ESCAPE.sub(_escape_char, text)
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 1] + "…"
    return text, dangerous


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    return "_x005F_" if char == "_" else f"_x{ord(char):04X}_"


def local_datetime(value: datetime) -> datetime:
    """Excel knows no time zones: an aware moment becomes the wall clock time in Soest."""
    if value.tzinfo is not None:
        value = value.astimezone(OFFICE_ZONE).replace(tzinfo=None)
    return value.replace(microsecond=0)


class CellFactory:
    """Makes the cells of one worksheet, one converter per column, styles prepared once.

    `top` aligns every cell at the top (for a sheet with wrapped, multi-line text)."""

    def __init__(self, ws: Worksheet, *, top: bool = False) -> None:
        self.ws = ws
        self.top = top
        self._styles: dict[tuple[str, bool, bool, bool, bool], StyleArray] = {}

    def style(self, number_format: str = "General", *, quoted: bool = False,
              bold: bool = False, right: bool = False, wrap: bool = False) -> StyleArray:
        key = (number_format, quoted, bold, right, wrap)
        if key not in self._styles:
            probe = Cell(self.ws)
            probe.number_format = number_format
            if quoted:
                probe.quotePrefix = True
            if bold:
                probe.font = Font(name=FONT, size=11, bold=True)
            if right or wrap or self.top:
                probe.alignment = Alignment(horizontal="right" if right else None,
                                            vertical="top" if self.top else None,
                                            wrap_text=wrap or None)
            self._styles[key] = probe._style
        return self._styles[key]

    def text(self, value: object, *, bold: bool = False, right: bool = False,
             wrap: bool = False) -> Cell:
        """A string cell that can never become a formula."""
        text, dangerous = safe_text(value)
        style = self.style(quoted=dangerous, bold=bold, right=right, wrap=wrap)
        cell = Cell(self.ws, 1, 1, style_array=copy(style))
        cell._value = text
        cell.data_type = "s"
        return cell

    def header(self, text: str, kind: Kind) -> Cell:
        """A header cell: bold on light blue, wrapping (the writer sets the row's height),
        right-aligned over numbers like its column."""
        cell = self.text(text, bold=True)
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = Alignment(horizontal=None if kind is Kind.TEXT else "right",
                                   vertical="bottom", wrap_text=True)
        return cell

    def formula(self, formula: str, number_format: str, *, bold: bool = True) -> Cell:
        """One of *our* formulas (totals); never called with user data."""
        cell = Cell(self.ws, 1, 1, style_array=copy(self.style(number_format, bold=bold)))
        cell.value = formula
        return cell

    def plain_or_text(self, value: object) -> Cell | str | None:
        """A harmless string as it is (openpyxl stores it as text, fastest), else `text()`."""
        if value is None or value == "":
            return None
        if (isinstance(value, str) and not value.startswith(DANGEROUS_START)
                and len(value) <= MAX_TEXT and _ESCAPE.search(value) is None):
            return value
        return self.text(value)

    def converter(self, kind: Kind, number_format: str | None = None, *,
                  wrap: bool = False) -> Converter:
        """The cell maker of a column; `wrap` breaks its text into lines (a text column)."""
        style = self.style(number_format or FORMATS[kind])
        ws, text = self.ws, self.text
        if kind is Kind.TEXT:
            if not (wrap or self.top):
                return self.plain_or_text

            def styled(value: object) -> Cell | None:
                return None if value is None or value == "" else text(value, wrap=wrap)

            return styled
        prepare = _PREPARE[kind]

        def convert(value: object) -> Cell | None:
            if value is None:
                return None
            if isinstance(value, str):  # "–" or "1990" in a number column: safe text, aligned
                return text(value, right=True) if value else None  # like the numbers
            return Cell(ws, 1, 1, prepare(value), copy(style))

        return convert


def _number(value: object) -> object:
    if isinstance(value, NUMBER):
        return value
    raise TypeError(f"Zahl erwartet, nicht {type(value).__name__}: {value!r}")


def days_of(value: object) -> object:
    """A number of days: a timedelta in days (with a fraction), a number as it is."""
    if isinstance(value, timedelta):
        return value.total_seconds() / 86_400
    return _number(value)


def _date(value: object) -> object:
    if isinstance(value, datetime):
        return local_datetime(value).date()
    if isinstance(value, date):
        return value
    raise TypeError(f"Datum erwartet, nicht {type(value).__name__}: {value!r}")


def _datetime(value: object) -> object:
    if isinstance(value, datetime):
        return local_datetime(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    raise TypeError(f"Zeitpunkt erwartet, nicht {type(value).__name__}: {value!r}")


_PREPARE: dict[Kind, Callable[[object], object]] = {
    Kind.INT: _number, Kind.DECIMAL: _number, Kind.MONEY: _number, Kind.PERCENT: _number,
    Kind.DAYS: days_of, Kind.DATE: _date, Kind.DATETIME: _datetime,
}
