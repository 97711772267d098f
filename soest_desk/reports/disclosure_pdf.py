"""The disclosure (Auskunft nach Art. 15 DSGVO) as a PDF (reportlab): A4, a first block with
whom it is about, who created it (and who asked for it) and when, then one section per
table with every row as label → value, photos as small pictures, the audit rows last, and
"Seite n von m" on every page. No Qt.

Names are printed in every script where the machine has a Unicode font (`pdf_fonts`: a
Cyrillic original spelling must not come out as "??????" in a disclosure); without one the
text goes through `pdf_text` like the other PDFs (Helvetica, other letters folded).
The PDF is written to a temporary file and renamed at the end;
an error leaves no half file and an older file at the target as it was.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PilImage
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from soest_desk import APP_NAME, __version__
from soest_desk.reports import pdf_text
from soest_desk.reports.pdf_fonts import unicode_fonts
from soest_desk.reports.pdf_text import fit_width, when
from soest_desk.reports.report_files import replacing
from soest_desk.services.data_protection import Disclosure, Entry, Section

COMPRESS = True  # tests switch it off to read the text in the file
MARGIN = 18 * mm
PHOTO_EDGE = 45 * mm
LONG_ENTRY = 1500  # characters: an entry this long may run over pages

@dataclass(frozen=True)
class _Look:
    """Fonts, styles and how text is made printable: a Unicode font where the machine has
    one (every script of a name prints), else Helvetica with `pdf_text.fold`."""

    font: str
    bold: str
    unicode: bool

    def style(self, name: str) -> ParagraphStyle:
        text = ParagraphStyle("text", fontName=self.font, fontSize=9, leading=11.5)
        return {
            "text": text,
            "small": ParagraphStyle("small", parent=text, fontSize=7.5, leading=9.5,
                                    textColor=colors.HexColor("#444444")),
            "item": ParagraphStyle("item", parent=text, leftIndent=6 * mm, firstLineIndent=0),
            "entry": ParagraphStyle("entry", parent=text, fontName=self.bold, spaceBefore=5,
                                    spaceAfter=1, keepWithNext=1),
            "head": ParagraphStyle("head", parent=text, fontName=self.bold, fontSize=12,
                                   leading=15, spaceBefore=10, spaceAfter=3, keepWithNext=1),
            "title": ParagraphStyle("title", parent=text, fontName=self.bold, fontSize=18,
                                    leading=22),
        }[name]

    def fold(self, text: str | None) -> str:
        if not self.unicode:
            return pdf_text.fold(text)
        return "".join(c for c in (text or "").replace("\r\n", "\n")
                       if c == "\n" or not unicodedata.category(c).startswith("C"))

    def markup(self, text: str | None) -> str:
        if not self.unicode:
            return pdf_text.markup(text)
        return escape(self.fold(text).strip()).replace("\n", "<br/>")


def _look(unicode_font: bool) -> _Look:
    fonts = unicode_fonts() if unicode_font else None
    return _Look(*fonts, True) if fonts else _Look("Helvetica", "Helvetica-Bold", False)


def write_disclosure_pdf(disclosure: Disclosure, path: Path | str, *,
                         unicode_font: bool = True) -> int:
    """Write `disclosure` to `path`; returns the number of pages. `unicode_font` False: the
    built-in Helvetica even where a Unicode font is installed."""
    look = _look(unicode_font)
    target = Path(path)
    pages = [0]

    class NumberedCanvas(Canvas):
        """Draws the footer when the page count is known ("Seite n von m")."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages[0] = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _footer(self, look, disclosure, len(self._pages))
                Canvas.showPage(self)
            Canvas.save(self)

    with replacing(target, "dem PDF-Betrachter") as temp:
        doc = SimpleDocTemplate(
            str(temp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN + 4 * mm, title=disclosure.title,
            author=look.fold(disclosure.created_by), creator=f"{APP_NAME} {__version__}",
            subject=f"{disclosure.title}, Person Nr. {disclosure.person_id}",
            pageCompression=1 if COMPRESS else 0)
        doc.build(_story(look, disclosure), canvasmaker=NumberedCanvas)
    return pages[0]


def _footer(canvas: Canvas, look: _Look, disclosure: Disclosure, page_count: int) -> None:
    canvas.saveState()
    canvas.setFont(look.font, 7.5)
    canvas.setFillColor(colors.grey)
    canvas.drawString(MARGIN, MARGIN - 2 * mm, fit_width(
        f"{disclosure.title} · Person Nr. {disclosure.person_id} · erstellt "
        f"{when(disclosure.created_at)} von {look.fold(disclosure.created_by)} · vertraulich",
        look.font, 7.5, A4[0] - 2 * MARGIN - 28 * mm))
    canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm,
                           f"Seite {canvas.getPageNumber()} von {page_count}")
    canvas.restoreState()


def _story(look: _Look, disclosure: Disclosure) -> list:
    facts = [f"Betroffene Person: {disclosure.subject} (Person Nr. {disclosure.person_id})",
             f"Erstellt von {disclosure.created_by} am {when(disclosure.created_at)}"]
    if disclosure.requested_by:
        facts.append(f"Angefordert von: {disclosure.requested_by}")
    markup, small = look.markup, look.style("small")
    story: list = [Paragraph(markup(disclosure.title), look.style("title")), Spacer(0, 2 * mm)]
    story += [Paragraph(markup(line), look.style("text")) for line in facts]
    story.append(Spacer(0, 2 * mm))
    story.append(Paragraph(markup(
        "Diese Auskunft enthält alle Daten, die in Soest Desk zu der Person gespeichert "
        "sind, und das Protokoll, wer sie wann angelegt oder geändert hat."), small))
    story += [Paragraph("• " + markup(note), small) for note in disclosure.notes]
    for section in disclosure.sections:
        story += _section(look, section)
    return story


def _section(look: _Look, section: Section) -> list:
    """The heading, then each entry kept on one page (a long one may run over pages); the
    heading stays with the first entry."""
    heading = Paragraph(look.markup(section.heading), look.style("head"))
    if not section.entries:
        return [KeepTogether([heading, Paragraph("Keine Einträge.", look.style("text"))])]
    flowables: list = []
    for number, entry in enumerate(section.entries):
        parts = ([heading] if number == 0 else []) + _entry(look, entry)
        if sum(len(item.value) for item in entry.items) > LONG_ENTRY:
            flowables += parts
        else:
            flowables.append(KeepTogether(parts))
    return flowables


def _entry(look: _Look, entry: Entry) -> list:
    markup, item_style = look.markup, look.style("item")
    parts: list = [Paragraph(markup(entry.title), look.style("entry"))]
    parts += [Paragraph(f"<b>{markup(item.label)}:</b> {markup(item.value)}", item_style)
              for item in entry.items]
    picture = _picture(entry.image)
    if picture is not None:
        parts.append(picture)
    return parts


def _picture(data: bytes | None) -> Image | None:
    if not data:
        return None
    try:
        with PilImage.open(io.BytesIO(data)) as image:
            width, height = image.size
    except Exception:  # an unreadable thumbnail: the entry still lists the photo's facts
        return None
    scale = PHOTO_EDGE / max(width, height, 1)
    picture = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    picture.hAlign = "LEFT"
    return picture
