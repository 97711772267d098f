"""Text for reportlab's built-in fonts (Helvetica): WinAnsi (cp1252) covers German umlauts,
ß, €, the en dash and German quotes. A character outside it would print as a black box, so
arrows and a few maths signs are taken from the built-in Symbol font in paragraphs (or get a
stand-in such as "->" in plain lines) and any other is folded to its base letter ("Ayşe" →
"Ayse") or, failing that, printed as "?"."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from soest_desk.services.clock import OFFICE_ZONE

ELLIPSIS = "…"
STAND_INS = {"→": "->", "←": "<-", "↔": "<->", "≤": "<=", "≥": ">=", "≠": "!=",
             "✓": "x", "✔": "x", "−": "-", "ʿ": "'", "ʾ": "'"}
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


SYMBOL_FONT_CHARS = frozenset("→←↔≤≥≠−")


def _printable(char: str, symbols: bool = False) -> str:
    if char == "\n" or (symbols and char in SYMBOL_FONT_CHARS):
        return char
    if char == "\t" or unicodedata.category(char) in ("Zs", "Zl", "Zp"):
        return " "
    if unicodedata.category(char).startswith("C"):  # control and format characters
        return ""
    if char in STAND_INS:
        return STAND_INS[char]
    for candidate in (char, "".join(c for c in unicodedata.normalize("NFKD", char)
                                    if not unicodedata.combining(c))):
        try:
            candidate.encode("cp1252")
            return candidate
        except UnicodeEncodeError:
            continue
    return "?"


def fold(text: str | None, *, symbols: bool = False) -> str:
    """`text` with every character printable in WinAnsi, and with `symbols` also those of
    SYMBOL_FONT_CHARS; line breaks kept (\\r\\n → \\n)."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(_printable(char, symbols) for char in text)


def one_line(text: str | None) -> str:
    return " ".join(fold(text).split())


def markup(text: str | None) -> str:
    """Plain text as Paragraph markup: folded, escaped, line breaks kept, arrows and maths
    signs in the Symbol font."""
    shown = escape(fold(text, symbols=True).strip()).replace("\n", "<br/>")
    for char in SYMBOL_FONT_CHARS & set(shown):
        shown = shown.replace(char, f'<font name="Symbol">{char}</font>')
    return shown


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word where possible, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + ELLIPSIS


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """`text` (one line) shortened with "…" until it is at most `width` points wide."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def when(moment: datetime | None, *, weekday: bool = False) -> str:
    """Office time in German: "21.11.2026, 14:03 Uhr"; the end of a day (a deadline) as
    the day alone, "Fr 21.11.2026"."""
    if moment is None:
        return "–"
    local = moment.astimezone(OFFICE_ZONE)
    day = f"{WEEKDAYS[local.weekday()]} {local:%d.%m.%Y}" if weekday else f"{local:%d.%m.%Y}"
    if (local.hour, local.minute) == (23, 59):
        return day
    return f"{day}, {local:%H:%M} Uhr"
