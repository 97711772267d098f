"""A font for every script people's names are written in, where the machine has one.

Helvetica (reportlab's built-in font) prints only WinAnsi: a Cyrillic or Arabic name would
come out as "?" — not acceptable in a disclosure that must show a person everything held
about them. The first TrueType font found of: the one bundled in `resources/fonts`, DejaVu
Sans (Linux), Arial (Windows), Arial Unicode (macOS) is registered as "SoestSans" with its
bold face; without one the caller falls back to Helvetica and `pdf_text.fold`. Arabic
letters print unjoined and left to right: reportlab does no shaping.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD = "SoestSans", "SoestSans-Bold"
_BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "fonts"
_WINDOWS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
CANDIDATES: tuple[tuple[Path, Path], ...] = (
    (_BUNDLED / "DejaVuSans.ttf", _BUNDLED / "DejaVuSans-Bold.ttf"),
    (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
     Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
    (_WINDOWS / "arial.ttf", _WINDOWS / "arialbd.ttf"),
    (Path("/Library/Fonts/Arial Unicode.ttf"), Path("/Library/Fonts/Arial Unicode.ttf")),
)


@lru_cache(maxsize=1)
def unicode_fonts() -> tuple[str, str] | None:
    """(regular, bold) font names, registered; None when no such font is installed."""
    for regular, bold in CANDIDATES:
        if not (regular.is_file() and bold.is_file()):
            continue
        try:
            pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
            pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
        except Exception:  # an unreadable or odd font file: try the next one
            continue
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                      boldItalic=BOLD)
        return REGULAR, BOLD
    return None
