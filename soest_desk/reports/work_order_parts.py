"""The drawn parts of a work order page: a row of photos, single lines of history, and the
ruled fields the caretaker fills in by hand; with the measures and colours the page shares."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

PAGE_W, PAGE_H = A4
MARGIN_X = 16 * mm
WIDTH = PAGE_W - 2 * MARGIN_X
MAX_PHOTOS = 4
PHOTO_GAP = 3 * mm
FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
HISTORY_SIZE, HISTORY_LEADING = 7.5, 9.5
RED_HEX = "#B00020"
RED = colors.HexColor(RED_HEX)
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9A9A9A")


class PhotoRow(Flowable):
    """Up to four photos side by side at one height, at most `max_height`, lower if the row
    would be wider than the page."""

    def __init__(self, images: list[bytes], max_height: float) -> None:
        super().__init__()
        self.readers = [ImageReader(io.BytesIO(data)) for data in images]
        ratios = [width / height for width, height in (r.getSize() for r in self.readers)]
        self.ratios = ratios
        room = WIDTH - (len(ratios) - 1) * PHOTO_GAP
        self.row_height = min(max_height, room / sum(ratios)) if ratios else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return WIDTH, self.row_height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        x = 0.0
        for reader, ratio in zip(self.readers, self.ratios, strict=True):
            width = ratio * self.row_height
            self.canv.drawImage(reader, x, 0, width, self.row_height)
            self.canv.rect(x, 0, width, self.row_height)
            x += width + PHOTO_GAP


class TextLines(Flowable):
    """Single lines of small text, already cut to the width (with room for arrows)."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return WIDTH, len(self.lines) * HISTORY_LEADING

    def draw(self) -> None:
        self.canv.setFont(FONT, HISTORY_SIZE)
        self.canv.setFillColor(colors.black)
        top = len(self.lines) * HISTORY_LEADING
        for index, line in enumerate(self.lines):
            x, y = 0.0, top - (index + 1) * HISTORY_LEADING + 2.2
            for number, piece in enumerate(line.split("->")):
                if number:  # the arrow of "Gemeldet → Übernommen" is in the Symbol font
                    self.canv.setFont("Symbol", HISTORY_SIZE)
                    self.canv.drawString(x, y, "→")
                    x += self.canv.stringWidth("→", "Symbol", HISTORY_SIZE)
                    self.canv.setFont(FONT, HISTORY_SIZE)
                self.canv.drawString(x, y, piece)
                x += self.canv.stringWidth(piece, FONT, HISTORY_SIZE)


class WriteIn(Flowable):
    """The caretaker's part, filled in by hand: work done, material, hours, date, and the
    signatures of caretaker and Heimleitung."""

    LINE = 6.5 * mm  # handwriting line spacing
    MIN_LINES, MAX_LINES = 3, 12  # lines for "Ausgeführte Arbeiten"
    PAD, HEAD, LABEL_H, ROW, SIGN, CAPTION = 2.5 * mm, 6 * mm, 3.5 * mm, 9 * mm, 11 * mm, 4 * mm

    def __init__(self, work_lines: int) -> None:
        super().__init__()
        self.work_lines = work_lines
        self.total = self.height_for(work_lines)

    @classmethod
    def height_for(cls, work_lines: int) -> float:
        return (2 * cls.PAD + cls.HEAD + 2 * cls.LABEL_H + (work_lines + 2) * cls.LINE + cls.ROW
                + cls.SIGN + cls.CAPTION)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return WIDTH, self.total

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        c.rect(0, 0, WIDTH, self.total)
        inner, right = 3 * mm, WIDTH - 3 * mm
        y = self.total - self.PAD - 4.2 * mm
        c.setFillColor(colors.black)
        c.setFont(BOLD, 10)
        c.drawString(inner, y, "Rückmeldung Hausmeister*in")
        c.setFont(FONT, 7.5)
        c.setFillColor(GREY)
        c.drawRightString(right, y, "bitte von Hand ausfüllen")
        y = self.total - self.PAD - self.HEAD
        for label, count in (("Ausgeführte Arbeiten", self.work_lines), ("Material", 2)):
            y = self._ruled(label, count, y, inner, right)
        half = WIDTH / 2
        y -= self.ROW
        self._field("Arbeitszeit (Std.)", inner, half - 4 * mm, y)
        self._field("Erledigt am", half + 2 * mm, right, y)
        y -= self.SIGN
        for caption, x0, x1 in (("Unterschrift Hausmeister*in", inner, half - 4 * mm),
                                ("Abnahme Heimleitung (Datum, Unterschrift)", half + 2 * mm,
                                 right)):
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.6)
            c.line(x0, y, x1, y)
            c.setFillColor(GREY)
            c.setFont(FONT, 7.5)
            c.drawString(x0, y - 3 * mm, caption)

    def _ruled(self, label: str, count: int, y: float, x0: float, x1: float) -> float:
        c = self.canv
        c.setFillColor(GREY)
        c.setFont(FONT, 7.5)
        c.drawString(x0, y - 2.8 * mm, label)
        y -= self.LABEL_H
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        for _ in range(count):
            y -= self.LINE
            c.line(x0, y, x1, y)
        return y

    def _field(self, label: str, x0: float, x1: float, y: float) -> None:
        c = self.canv
        c.setFillColor(GREY)
        c.setFont(FONT, 7.5)
        c.drawString(x0, y + 1 * mm, label)
        start = x0 + c.stringWidth(label, FONT, 7.5) + 2 * mm
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(start, y, x1, y)
