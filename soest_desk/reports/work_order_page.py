"""One page of the work order (Arbeitsauftrag) for the caretaker, drawn on a reportlab canvas.

Everything must fit one A4 page. Title, facts, photos, history lines and the fields to fill in
by hand have bounded heights; the description gets the room that is left and is cut with "…"
and a note when it needs more. Should a ticket carry so much that the description would get
less than a few lines, the history gets shorter first, then the photos smaller. Room to spare
makes the photos larger, then gives more lines to write on. The unit is shown by its label
only: a resident's name never goes on this paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from soest_desk.models.enums import TicketCategory, TicketPriority
from soest_desk.reports.pdf_text import clip, fit_width, markup, one_line, when
from soest_desk.reports.work_order_parts import (
    BOLD,
    FONT,
    GREY,
    HISTORY_SIZE,
    ITALIC,
    MARGIN_X,
    MAX_PHOTOS,
    PAGE_H,
    PAGE_W,
    RED,
    RED_HEX,
    RULE,
    WIDTH,
    PhotoRow,
    TextLines,
    WriteIn,
)
from soest_desk.services.ticket_views import CATEGORY_LABELS, TicketDetail
from soest_desk.services.tickets import PRIORITY_LABELS

MARGIN_Y = 10 * mm
HEADER_H = 17 * mm
FOOTER_H = 7 * mm
BODY_TOP = PAGE_H - MARGIN_Y - HEADER_H
BODY_BOTTOM = MARGIN_Y + FOOTER_H
GAP = 3.5 * mm  # between sections
UNBOUNDED = 10_000.0

PHOTO_MAX = 50 * mm  # photo height when the page has room for it
# (history lines, photo height): the first that leaves the description enough room
LAYOUTS = ((8, 34 * mm), (5, 34 * mm), (3, 34 * mm), (3, 24 * mm), (2, 24 * mm), (2, 0.0))
MIN_DESCRIPTION = 28 * mm  # heading and about seven lines

HAZARD_FILL = colors.HexColor("#FCEBEC")
BODY = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=16)
HEADING = ParagraphStyle("heading", fontName=BOLD, fontSize=10, leading=14)
LABEL = ParagraphStyle("label", fontName=FONT, fontSize=7.5, leading=12, textColor=GREY)
NOTE = ParagraphStyle("note", fontName=ITALIC, fontSize=7.5, leading=10, textColor=GREY)
HAZARD = ParagraphStyle("hazard", fontName=BOLD, fontSize=11.5, leading=15, textColor=RED)


@dataclass(frozen=True)
class WorkOrder:
    detail: TicketDetail
    photos: list[bytes]  # at most MAX_PHOTOS images reportlab can read (JPEG or PNG)
    photo_count: int  # all photos of the ticket


@dataclass(frozen=True)
class Imprint:
    printed_at: datetime
    printed_by: str
    page: int
    pages: int


def draw_page(canvas: Canvas, order: WorkOrder, imprint: Imprint) -> None:
    """Draw one work order and end the page."""
    _header(canvas, order.detail, imprint)
    _footer(canvas, order.detail, imprint)
    y = BODY_TOP
    for flowable in story(order):
        _, height = flowable.wrapOn(canvas, WIDTH, UNBOUNDED)
        flowable.drawOn(canvas, MARGIN_X, y - height)
        y -= height
    if y < BODY_BOTTOM - 1:  # story() sizes everything to fit; this is a bug, not bad data
        raise RuntimeError(f"work order #{order.detail.id} overflows its page by "
                           f"{BODY_BOTTOM - y:.1f} pt")
    canvas.showPage()


def story(order: WorkOrder) -> list[Flowable]:
    """The page body top to bottom, sized to fill exactly the space between header and
    footer."""
    detail = order.detail
    top = [Paragraph(markup(clip(_flat(detail.title), 200)), TITLE), _gap()]
    if detail.is_safety_hazard:
        top += [_hazard_box(detail), _gap()]
    top += [_facts(detail), _gap()]
    room = 0.0
    for history_lines, photo_height in LAYOUTS:
        photos = _photos(order, photo_height) if photo_height and order.photos else []
        history = _history(detail, history_lines)
        fixed = _height(top + photos + history) + WriteIn.height_for(WriteIn.MIN_LINES)
        room = BODY_TOP - BODY_BOTTOM - fixed
        if room >= MIN_DESCRIPTION:
            break
    description, used = _description(detail, room)
    spare = room - used
    if photos and photo_height < PHOTO_MAX:  # room to spare: larger photos first …
        larger = _photos(order, min(PHOTO_MAX, photo_height + spare))
        spare -= _height(larger) - _height(photos)
        photos = larger
    extra_lines = min(int(spare // WriteIn.LINE), WriteIn.MAX_LINES - WriteIn.MIN_LINES)
    spare -= extra_lines * WriteIn.LINE  # … then more lines to write on
    write_in = WriteIn(WriteIn.MIN_LINES + extra_lines)
    return [*top, *description, *photos, *history, Spacer(WIDTH, max(spare, 0)), write_in]


def _gap() -> Spacer:
    return Spacer(WIDTH, GAP)


def _height(flowables: list[Flowable]) -> float:
    return sum(f.wrap(WIDTH, UNBOUNDED)[1] for f in flowables)


# ---------------------------------------------------------------- header and footer

def _header(canvas: Canvas, detail: TicketDetail, imprint: Imprint) -> None:
    top = PAGE_H - MARGIN_Y
    right = PAGE_W - MARGIN_X
    canvas.setFillColor(colors.black)
    canvas.setFont(BOLD, 18)
    canvas.drawString(MARGIN_X, top - 9 * mm, f"Arbeitsauftrag Nr. {detail.id}")
    canvas.setFont(BOLD, 10)
    canvas.drawRightString(right, top - 4.5 * mm, "Soest Desk")
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawRightString(right, top - 8.5 * mm, f"Gedruckt am {when(imprint.printed_at)}")
    canvas.drawRightString(right, top - 12 * mm,
                           fit_width(f"von {one_line(imprint.printed_by)}", FONT, 7.5, 70 * mm))
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_X, top - HEADER_H + 3 * mm, right, top - HEADER_H + 3 * mm)


def _footer(canvas: Canvas, detail: TicketDetail, imprint: Imprint) -> None:
    right = PAGE_W - MARGIN_X
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, MARGIN_Y + 4.5 * mm, right, MARGIN_Y + 4.5 * mm)
    canvas.setFillColor(GREY)
    canvas.setFont(FONT, 7.5)
    left = f"Soest Desk · Arbeitsauftrag Nr. {detail.id} · {one_line(detail.facility)}"
    canvas.drawString(MARGIN_X, MARGIN_Y + 1 * mm, fit_width(left, FONT, 7.5, WIDTH - 30 * mm))
    canvas.drawRightString(right, MARGIN_Y + 1 * mm, f"Blatt {imprint.page} von {imprint.pages}")
    canvas.setFillColor(colors.black)


# ---------------------------------------------------------------- sections

def _hazard_box(detail: TicketDetail) -> Table:
    if detail.secured_at is not None:
        second = (f"Gesichert am {when(detail.secured_at)}. Die Sicherung bis zur Reparatur "
                  "bestehen lassen.")
    else:
        second = f"<b>Sichern bis: {when(detail.secured_due_at, weekday=True)}</b>"
        if detail.secure_overdue:
            second += f' – <font color="{RED_HEX}"><b>überfällig</b></font>'
        second += " · Gefahrenstelle sofort absperren, abschalten oder kennzeichnen."
    box = Table([[Paragraph("VERKEHRSSICHERHEIT – SOFORT SICHERN", HAZARD)],
                 [Paragraph(second, BODY)]], colWidths=[WIDTH])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.8, RED),
        ("BACKGROUND", (0, 0), (-1, -1), HAZARD_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 2 * mm),
    ]))
    return box


def _flat(text: str | None) -> str:
    """One line for a Paragraph (which folds characters itself, see `markup`)."""
    return " ".join((text or "").split())


def _value(text: str | None, limit: int = 100) -> Paragraph:
    shown = _flat(text)
    return Paragraph(markup(clip(shown, limit)) if shown else "–", BODY)


def _due(detail: TicketDetail) -> Paragraph:
    if detail.due_at is None:
        return Paragraph("–", BODY)
    text = when(detail.due_at, weekday=True)
    if detail.overdue:
        return Paragraph(f'<font color="{RED_HEX}"><b>{text} – überfällig</b></font>', BODY)
    return Paragraph(text, BODY)


def _facts(detail: TicketDetail) -> Table:
    reporter = _flat(detail.reported_by) or "–"
    if detail.reporter_note:
        reporter += f" ({_flat(detail.reporter_note)})"
    hints = []
    if detail.rework_count:
        hints.append(f"Nacharbeit: schon {detail.rework_count}× abgelehnt")
    if detail.repeat_ticket_ids:
        numbers = ", ".join(f"Nr. {n}" for n in detail.repeat_ticket_ids[:8])
        hints.append(f"Wiederholungsmangel (vgl. {numbers})")
    label = lambda text: Paragraph(text, LABEL)  # noqa: E731
    rows = [
        [label("Unterkunft"), _value(detail.facility), label("Adresse"), _value(detail.address)],
        [label("Wohneinheit"), _value(detail.unit or "– (ganze Unterkunft)"), label("Gewerk"),
         _value(CATEGORY_LABELS[TicketCategory(detail.category)])],
        [label("Priorität"), _value(PRIORITY_LABELS[TicketPriority(detail.priority)]),
         label("Frist"), _due(detail)],
        [label("Zuständig"), _value(detail.assignee or "– noch nicht vergeben"),
         label("Status"), _value(detail.state_label)],
        [label("Gemeldet am"), _value(when(detail.reported_at)), label("Gemeldet von"),
         _value(reporter)],
    ]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.3 * mm),
        # labels are smaller than values: lower them onto the values' baseline
        ("TOPPADDING", (0, 0), (0, -1), 1.3 * mm + 2.1),
        ("TOPPADDING", (2, 0), (2, -1), 1.3 * mm + 2.1),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if hints:
        rows.append([label("Hinweis"), Paragraph(f"<b>{markup(' · '.join(hints))}</b>", BODY),
                     "", ""])
        style.append(("SPAN", (1, -1), (-1, -1)))
    half = WIDTH / 2
    table = Table(rows, colWidths=[22 * mm, half - 22 * mm, 24 * mm, half - 24 * mm])
    table.setStyle(TableStyle(style))
    return table


def _description(detail: TicketDetail, room: float) -> tuple[list[Flowable], float]:
    """The description cut to `room` (points, heading included); (flowables, height)."""
    head: list[Flowable] = [Paragraph("Beschreibung", HEADING)]
    text = (detail.description or "").strip()
    if not text:
        body = [Paragraph("Keine Beschreibung erfasst.", NOTE), _gap()]
        return head + body, _height(head + body)
    whole: list[Flowable] = [Paragraph(markup(text), BODY), _gap()]
    if _height(head + whole) <= room:
        return head + whole, _height(head + whole)
    note = Paragraph(f"Text gekürzt: die ganze Beschreibung ({len(text)} Zeichen) steht in "
                     f"Soest Desk bei Meldung Nr. {detail.id}.", NOTE)
    available = room - _height([*head, note, _gap()])

    def cut(length: int) -> Paragraph:
        part = text[:length]
        if " " in part[length // 2:]:
            part = part[: part.rindex(" ")]
        return Paragraph(markup(part.rstrip(" ,;:.–-\n")) + " …", BODY)

    low, high = 0, len(text)
    while low < high:  # the longest start of the text that fits
        middle = (low + high + 1) // 2
        if cut(middle).wrap(WIDTH, UNBOUNDED)[1] <= available:
            low = middle
        else:
            high = middle - 1
    body = [cut(low), note, _gap()] if low else [note, _gap()]
    return head + body, _height(head + body)


def _photos(order: WorkOrder, height: float) -> list[Flowable]:
    shown = order.photos[:MAX_PHOTOS]
    title = "Fotos"
    if order.photo_count > len(shown):
        title += (f' <font name="{FONT}" size="8">({len(shown)} von {order.photo_count}; '
                  "alle in Soest Desk)</font>")
    return [Paragraph(title, HEADING), PhotoRow(shown, height), _gap()]


def _history(detail: TicketDetail, count: int) -> list[Flowable]:
    entries = detail.timeline[-count:] if count else []
    if not entries:
        return []
    title = "Verlauf"
    if len(detail.timeline) > len(entries):
        title += (f' <font name="{FONT}" size="8">(die letzten {len(entries)} von '
                  f"{len(detail.timeline)} Einträgen)</font>")
    lines = [fit_width(one_line(entry.text), FONT, HISTORY_SIZE, WIDTH - 6)
             for entry in entries]
    return [Paragraph(title, HEADING), TextLines(lines), _gap()]
