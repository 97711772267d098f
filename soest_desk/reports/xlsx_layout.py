"""How a data sheet looks on screen and on paper: column widths, the header row, the page. No Qt.

Widths are in Excel's character units (the width of a digit in Calibri 11). A column is as
wide as its content (capped); a heading longer than that wraps onto up to three lines instead
of widening a column of short numbers or dates. The header row's height is set for the lines,
as LibreOffice does not grow a row for wrapped text by itself; `wrap` estimates the lines
generously (LibreOffice without Calibri prints in a wider font).

Paper (A4): a sheet that fits a portrait page is printed portrait, a wider one landscape; it
is fitted to the page width as long as that keeps at least `MIN_SCALE` per cent, else printed
at `MIN_SCALE` on pages side by side with the first column repeated. The header row repeats
on every page; grid lines are printed (LibreOffice prints no table style, and a right-aligned
number would run into the text of the next column); the footer names report, sheet, period
and page ("Seite 2 von 5").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from soest_desk.reports.xlsx_cells import NUMBER, Kind, days_of

MIN_WIDTH, MAX_WIDTH = 6.0, 60.0
PADDING = 2  # a cell's inner margins and a little air, in characters
FILTER_BUTTON = 2  # the auto-filter's arrow (about 17 px) covers this and half the padding
MAX_HEADER_LINES = 3
FONT_SLACK = 1.3  # another reader's font may fit this many times the characters on a line
LINE_COST = 8  # a further header line must save at least this many characters of width
TEXT_PER_UNIT = 1.1  # plain text: characters per width unit, on the safe side
LINE_HEIGHT = 15.0  # points per line of Calibri 11 (Excel's default row height)
MAX_ROW_HEIGHT = 409.0  # Excel's limit
MIN_SCALE = 60  # per cent; smaller print is too hard to read
FOOTER_SIZE = 9

A4_SHORT, A4_LONG = 595.3, 841.9  # points
MARGINS = {"left": 0.5, "right": 0.5, "top": 0.6, "bottom": 0.7, "header": 0.3,
           "footer": 0.3}  # inches


def display_length(kind: Kind, value: object) -> int:
    """Roughly how many characters `value` takes on screen in a column of `kind`."""
    if value is None:
        return 0
    if isinstance(value, str) or kind is Kind.TEXT:
        text = value if isinstance(value, str) else str(value)
        return max((len(line) for line in text.split("\n")), default=0)
    if kind is Kind.DATE:
        return 10
    if kind is Kind.DATETIME:
        return 16
    if kind is Kind.PERCENT:
        return 7
    number = days_of(value) if kind is Kind.DAYS else value
    if not isinstance(number, NUMBER):
        return len(str(number))
    if kind is Kind.INT:
        return len(f"{number:,.0f}")
    digits = 1 if kind is Kind.DAYS else 2
    return len(f"{number:,.{digits}f}") + (2 if kind is Kind.MONEY else 0)


def total_length(kind: Kind, total: str | None, values: Sequence[object],
                 rows: int | None) -> int:
    """Roughly the characters of a column's totals cell (bold: one more): the `total` of the
    sampled `values`, scaled up to `rows` rows in all (None: not known, taken as ten times)."""
    if total is None:
        return 0
    if total == "count":
        return len(f"{rows if rows is not None else 10 * len(values):,}") + 1
    if kind in (Kind.DATE, Kind.DATETIME, Kind.PERCENT):
        return display_length(kind, 0) + 1
    numbers = [abs(float(n)) for n in map(days_of_or_none, values) if n is not None]
    if not numbers:
        return 0
    if total == "sum":
        scale = 10.0 if rows is None else max(1.0, rows / len(values))
        figure = sum(numbers) * scale
    else:
        figure = max(numbers)
    extra = 2 if total == "average" and kind is Kind.INT else 0  # the mean has a fraction
    return display_length(kind, figure) + extra + 1


def days_of_or_none(value: object) -> float | None:
    """A sampled value as a number (a timedelta in days), None for anything else."""
    if isinstance(value, timedelta) or (isinstance(value, NUMBER)
                                        and not isinstance(value, bool)):
        return float(days_of(value))  # type: ignore[arg-type]
    return None


def wrap(text: str, width: float, per_unit: float = 1.0) -> list[str]:
    """`text` broken at spaces (and at its own line breaks) as a wrapped cell `width` wide
    shows it, roughly, with `per_unit` characters per width unit (1 for bold headings; plain
    text is narrower); a word longer than a line is broken inside."""
    return _break(text, max(int(width * per_unit) - PADDING, 1))


def _break(text: str, room: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            while len(word) > room:  # Excel and LibreOffice break an overlong word
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:room])
                word = word[room:]
            if line and len(line) + 1 + len(word) > room:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return lines


def _header_fits(header: str, width: float, lines: int) -> bool:
    """Whether `header` shows on at most `lines` lines at `width`: no word broken, room for
    the filter button on the last line, and no line of a lone "%" or "€" however much wider
    the reader's font makes the line (up to `FONT_SLACK`)."""
    room = int(width) - PADDING
    shown = _break(header, room)
    if (len(shown) > lines or any(len(word) > room for word in header.split())
            or len(shown[-1]) + FILTER_BUTTON > room):
        return False
    return all(min(len(line) for line in _break(header, wider)) > 2
               for wider in range(room, int(room * FONT_SLACK) + 1)
               if len(_break(header, wider)) > 1)


def _narrowest(header: str, base: float, lines: int) -> float:
    width = float(math.ceil(base))
    while width < MAX_WIDTH and not _header_fits(header, width, lines):
        width += 1
    return min(width, MAX_WIDTH)


@dataclass(frozen=True)
class ColumnsLayout:
    widths: list[float]
    header_lines: int

    @property
    def header_height(self) -> float | None:
        """The header row's height in points, None for one line (the default height)."""
        return None if self.header_lines <= 1 else self.header_lines * LINE_HEIGHT


def plan_columns(headers: Sequence[str], longest: Sequence[int],
                 hints: Sequence[float | None]) -> ColumnsLayout:
    """Widths from the content (`longest` characters; a hint wins) and the header lines: the
    number of lines (1–3) that keeps the sheet narrowest, a line counting `LINE_COST`."""
    bases = [min(max(float(length + PADDING), MIN_WIDTH), MAX_WIDTH) for length in longest]
    best: tuple[float, int, list[float]] | None = None
    for lines in range(1, MAX_HEADER_LINES + 1):
        widths = [min(max(hint, MIN_WIDTH), MAX_WIDTH) if hint is not None
                  else _narrowest(header, base, lines)
                  for header, base, hint in zip(headers, bases, hints, strict=True)]
        cost = sum(widths) + LINE_COST * lines
        if best is None or cost < best[0]:
            best = (cost, lines, widths)
    assert best is not None
    _, _, widths = best
    shown = max((len(wrap(header, width)) for header, width in zip(headers, widths,
                                                                   strict=True)), default=1)
    return ColumnsLayout(widths, min(shown, 2 * MAX_HEADER_LINES))


def row_height(texts: Sequence[tuple[str, float]]) -> float | None:
    """The height of a row whose wrapped cells hold these (text, column width) pairs, None
    for one line."""
    lines = max((len(wrap(text, width, TEXT_PER_UNIT)) for text, width in texts), default=1)
    return None if lines <= 1 else min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT)


# ---------------------------------------------------------------- paper

def _printed_points(widths: Sequence[float]) -> float:
    """The printed width of the columns at 100 %: Excel shows a width w as 7w + 5 pixels."""
    return sum(7 * width + 5 for width in widths) * 0.75


def _room(page_width: float) -> float:
    return page_width - 72 * (MARGINS["left"] + MARGINS["right"])


def footer_text(text: str) -> str:
    """Text for a header/footer field: "&" starts a code there and is doubled."""
    return text.replace("&", "&&")


def set_footer(ws: Worksheet, title: str, period: tuple[date, date] | None,
               sheet_name: bool = True) -> None:
    """Footer: report (and sheet) left, period in the middle, page of pages right."""
    left = footer_text(title) + (" – &A" if sheet_name else "")
    ws.oddFooter.left.text = left
    if period is not None:
        ws.oddFooter.center.text = f"{period[0]:%d.%m.%Y} – {period[1]:%d.%m.%Y}"
    ws.oddFooter.right.text = "Seite &P von &N"
    for part in (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right):
        part.size = FOOTER_SIZE


def set_margins(ws: Worksheet) -> None:
    ws.page_margins = PageMargins(**MARGINS)


def set_page(ws: Worksheet, widths: Sequence[float]) -> None:
    """Orientation, scale and print options of a data sheet with these column widths."""
    printed = _printed_points(widths)
    setup = ws.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4
    set_margins(ws)
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    setup.orientation = "portrait" if printed <= _room(A4_SHORT) else "landscape"
    scale = _room(A4_LONG) / printed * 100
    if setup.orientation == "portrait" or scale >= MIN_SCALE:
        setup.fitToWidth = 1  # shrinks when needed, never enlarges
        setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        return
    setup.scale = MIN_SCALE  # too wide to fit: readable on pages side by side
    setup.pageOrder = "overThenDown"  # the right half of rows follows their left half
    ws.print_title_cols = "A:A"
