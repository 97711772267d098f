"""The cover sheet ("Deckblatt") of every Excel report and the naming rules for sheets and
tables. No Qt."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from soest_desk import APP_NAME, __version__
from soest_desk.reports.xlsx_cells import FONT, CellFactory, local_datetime
from soest_desk.reports.xlsx_layout import set_footer, set_margins

PRIVACY_NOTE = (  # one line each: a wrapped cell's height is not reliable in every program
    "Diese Datei enthält personenbezogene Daten (Art. 4 DSGVO).",
    "Nur für den dienstlichen Gebrauch: nicht an Unbefugte weitergeben,",
    "geschützt ablegen und löschen, sobald sie nicht mehr gebraucht wird.",
)
NO_PERSONAL_NOTE = ("Diese Datei enthält nur zusammengefasste Zahlen, keine Namen.",)
COVER_LINE = 84  # characters per row in column B (width 72 at the cover's font)


@dataclass(frozen=True)
class Cover:
    """What the Deckblatt says. `filters` are (label, value) lines, e.g. ("Unterkunft",
    "Haus am Park"); `personal_data` adds the data-protection note."""

    title: str
    created_by: str
    created_at: datetime  # aware (shown in Europe/Berlin) or naive local time
    period: tuple[date, date] | None = None
    filters: Sequence[tuple[str, str]] = ()
    personal_data: bool = False
    notes: Sequence[str] = field(default=())  # further lines, e.g. how a figure is defined


def german_date(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def german_int(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def german_moment(moment: datetime) -> str:
    return f"{local_datetime(moment):%d.%m.%Y, %H:%M} Uhr"


def write_cover(ws: Worksheet, cover: Cover, contents: Sequence[tuple[str, int]]) -> None:
    """Fill the cover sheet; `contents` lists (sheet title, data rows) of the data sheets.

    Works for normal and write-only sheets alike (rows are appended, widths set first)."""
    make = CellFactory(ws)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 72
    ws.sheet_view.showGridLines = False
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    set_margins(ws)
    set_footer(ws, cover.title, cover.period, sheet_name=False)
    title = make.text(cover.title)
    title.font = Font(name=FONT, bold=True, size=16)
    ws.append([title])
    ws.append([])

    def line(label: str, value: str) -> None:
        # long values go on rows of their own: a wrapped cell's height is not reliable in
        # every program (LibreOffice printed wrapped notes over each other)
        for number, piece in enumerate(textwrap.wrap(value, COVER_LINE) or [""]):
            cell = make.text(piece)
            cell.alignment = Alignment(vertical="top")
            head = make.text(label if number == 0 else "", bold=True)
            head.alignment = Alignment(vertical="top")
            ws.append([head, cell])

    if cover.period is not None:
        start, end = cover.period
        line("Zeitraum", f"{german_date(start)} bis {german_date(end)}")
    if cover.filters:
        for number, (label, value) in enumerate(cover.filters):
            line("Filter" if number == 0 else "", f"{label}: {value}")
    else:
        line("Filter", "keine (alle Daten)")
    line("Erstellt von", cover.created_by)
    line("Erstellt am", german_moment(cover.created_at))
    line("Programm", f"{APP_NAME} {__version__}")
    for number, (sheet, rows) in enumerate(contents):
        line("Inhalt" if number == 0 else "", f"Blatt „{sheet}“: {german_int(rows)} Zeilen")
    for number, note in enumerate(cover.notes):
        line("Hinweise" if number == 0 else "", note)
    for number, text in enumerate(PRIVACY_NOTE if cover.personal_data else NO_PERSONAL_NOTE):
        line("Datenschutz" if number == 0 else "", text)


# ---------------------------------------------------------------- names

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss"})
_CELL_LIKE = re.compile(r"^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$")


def sheet_title(wanted: str, taken: set[str]) -> str:
    """A valid, unique sheet title: no []:*?/\\, at most 31 characters, not Excel's reserved
    "History", unique ignoring case (Excel's rule)."""
    title = _SHEET_FORBIDDEN.sub("_", wanted).strip("' ") or "Daten"
    if title.casefold() == "history":
        title = "Daten"
    title = title[:31]
    candidate, number = title, 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate, number = title[: 31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.casefold())
    return candidate


def table_name(sheet: str, taken: set[str]) -> str:
    """A valid, workbook-unique table name from a sheet title: letters, digits and underscores,
    starting with "T_" so it is never a cell reference (A1, R1C1)."""
    ascii_name = sheet.translate(_UMLAUTS)
    base = "T_" + (re.sub(r"[^A-Za-z0-9]+", "_", ascii_name).strip("_") or "Daten")
    base = base[:200]
    candidate, number = base, 2
    while candidate.casefold() in taken or _CELL_LIKE.match(candidate):
        candidate, number = f"{base}_{number}", number + 1
    taken.add(candidate.casefold())
    return candidate
