"""The disclosure (Auskunft nach Art. 15 DSGVO) as a PDF (reportlab): A4, a first block with
whom it is about, who created it (and who asked for it) and when, then one section per
table with every row as label → value, photos as small pictures, the audit rows last, and
"Seite n von m" on every page. No Qt.

Text goes through `pdf_text` like the other PDFs (Helvetica: German prints, other letters
fold to their base letter). The PDF is written to a temporary file and renamed at the end;
an error leaves no half file and an older file at the target as it was.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from PIL import Image as PilImage
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from soest_desk import APP_NAME, __version__
from soest_desk.reports.pdf_text import fit_width, fold, markup, when
from soest_desk.reports.report_files import cannot_write, temp_beside
from soest_desk.services.data_protection import Disclosure, Entry, Section
from soest_desk.services.errors import DomainError

COMPRESS = True  # tests switch it off to read the text in the file
FONT, BOLD = "Helvetica", "Helvetica-Bold"
MARGIN = 18 * mm
PHOTO_EDGE = 45 * mm
LONG_ENTRY = 1500  # characters: an entry this long may run over pages

TEXT = ParagraphStyle("text", fontName=FONT, fontSize=9, leading=11.5)
SMALL = ParagraphStyle("small", parent=TEXT, fontSize=7.5, leading=9.5,
                       textColor=colors.HexColor("#444444"))
ITEM = ParagraphStyle("item", parent=TEXT, leftIndent=6 * mm, firstLineIndent=0)
ENTRY = ParagraphStyle("entry", parent=TEXT, fontName=BOLD, spaceBefore=5, spaceAfter=1,
                       keepWithNext=1)
HEAD = ParagraphStyle("head", parent=TEXT, fontName=BOLD, fontSize=12, leading=15,
                      spaceBefore=10, spaceAfter=3, keepWithNext=1)
TITLE_STYLE = ParagraphStyle("title", parent=TEXT, fontName=BOLD, fontSize=18, leading=22)


def write_disclosure_pdf(disclosure: Disclosure, path: Path | str) -> int:
    """Write `disclosure` to `path`; returns the number of pages."""
    target = Path(path)
    temp = temp_beside(target)
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
                _footer(self, disclosure, len(self._pages))
                Canvas.showPage(self)
            Canvas.save(self)

    try:
        doc = SimpleDocTemplate(
            str(temp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN + 4 * mm, title=disclosure.title,
            author=fold(disclosure.created_by), creator=f"{APP_NAME} {__version__}",
            subject=f"{disclosure.title}, Person Nr. {disclosure.person_id}",
            pageCompression=1 if COMPRESS else 0)
        doc.build(_story(disclosure), canvasmaker=NumberedCanvas)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DomainError(cannot_write(target, exc, "dem PDF-Betrachter")) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return pages[0]


def _footer(canvas: Canvas, disclosure: Disclosure, page_count: int) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(colors.grey)
    canvas.drawString(MARGIN, MARGIN - 2 * mm, fit_width(
        f"{disclosure.title} · Person Nr. {disclosure.person_id} · erstellt "
        f"{when(disclosure.created_at)} von {fold(disclosure.created_by)} · vertraulich",
        FONT, 7.5, A4[0] - 2 * MARGIN - 28 * mm))
    canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm,
                           f"Seite {canvas.getPageNumber()} von {page_count}")
    canvas.restoreState()


def _story(disclosure: Disclosure) -> list:
    facts = [f"Betroffene Person: {disclosure.subject} (Person Nr. {disclosure.person_id})",
             f"Erstellt von {disclosure.created_by} am {when(disclosure.created_at)}"]
    if disclosure.requested_by:
        facts.append(f"Angefordert von: {disclosure.requested_by}")
    story: list = [Paragraph(markup(disclosure.title), TITLE_STYLE), Spacer(0, 2 * mm)]
    story += [Paragraph(markup(line), TEXT) for line in facts]
    story.append(Spacer(0, 2 * mm))
    story.append(Paragraph(markup(
        "Diese Auskunft enthält alle Daten, die in Soest Desk zu der Person gespeichert "
        "sind, und das Protokoll, wer sie wann angelegt oder geändert hat."), SMALL))
    story += [Paragraph("• " + markup(note), SMALL) for note in disclosure.notes]
    for section in disclosure.sections:
        story += _section(section)
    return story


def _section(section: Section) -> list:
    """The heading, then each entry kept on one page (a long one may run over pages); the
    heading stays with the first entry."""
    heading = Paragraph(markup(section.heading), HEAD)
    if not section.entries:
        return [KeepTogether([heading, Paragraph("Keine Einträge.", TEXT)])]
    flowables: list = []
    for number, entry in enumerate(section.entries):
        parts = ([heading] if number == 0 else []) + _entry(entry)
        if sum(len(item.value) for item in entry.items) > LONG_ENTRY:
            flowables += parts
        else:
            flowables.append(KeepTogether(parts))
    return flowables


def _entry(entry: Entry) -> list:
    parts: list = [Paragraph(markup(entry.title), ENTRY)]
    parts += [Paragraph(f"<b>{markup(item.label)}:</b> {markup(item.value)}", ITEM)
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
