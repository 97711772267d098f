"""The Pilotauswertung as a PDF (reportlab): a first page with the method, the groups and a
table of every figure, then one bar chart per figure – pilot and comparison, before and after
– with the people or tickets behind each bar and the warning where they are few. No Qt.

Text goes through `pdf_text` (Helvetica: German prints, other letters fold). The PDF is
written to a temporary file and renamed at the end; a cancel or an error leaves no half file.
"""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from soest_desk import APP_NAME, __version__
from soest_desk.reports.pdf_text import fit_width, fold, markup
from soest_desk.reports.pilotauswertung import NOT_REACHED, TITLE, method_notes
from soest_desk.reports.report_files import replacing
from soest_desk.reports.xlsx_cells import local_datetime
from soest_desk.reports.xlsx_cover import german_date
from soest_desk.reports.xlsx_writer import CancelCheck, Cancelled, Cover
from soest_desk.services.kpi_pilot import Cell, Figure, PilotEvaluation

COMPRESS = True  # tests switch it off to read the text in the file
FONT, BOLD = "Helvetica", "Helvetica-Bold"
MARGIN = 18 * mm
BEFORE_COLOUR = colors.HexColor("#A9C4E4")
AFTER_COLOUR = colors.HexColor("#2F5F98")
WARN_COLOUR = colors.HexColor("#9C2A00")
CHART_W, CHART_H = 84 * mm, 52 * mm

TEXT = ParagraphStyle("text", fontName=FONT, fontSize=9, leading=11.5)
SMALL = ParagraphStyle("small", parent=TEXT, fontSize=7.5, leading=9)
WARN = ParagraphStyle("warn", parent=SMALL, textColor=WARN_COLOUR)
HEAD = ParagraphStyle("head", parent=TEXT, fontName=BOLD, fontSize=12, leading=15,
                      spaceBefore=6, spaceAfter=4)
TITLE_STYLE = ParagraphStyle("title", parent=TEXT, fontName=BOLD, fontSize=18, leading=22)
CELL = ParagraphStyle("cell", parent=TEXT, fontSize=8, leading=9.5)
CELL_RIGHT = ParagraphStyle("cellRight", parent=CELL, alignment=2)


def number(value: float | None, decimals: int = 2) -> str:
    """German: 1.234,56; "–" for no value."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def signed(value: float | None, decimals: int = 2) -> str:
    if value is None:
        return "–"
    return ("+" if value > 0 else "") + number(value, decimals)


def shown(figure: Figure, cell: Cell) -> str:
    if cell.value is None and figure.key == "stay" and cell.n:
        return NOT_REACHED
    return number(cell.value)


def write_evaluation_pdf(evaluation: PilotEvaluation, cover: Cover, path: Path | str, *,
                         cancelled: CancelCheck | None = None) -> int:
    """Write the evaluation to `path`; returns the number of figures (charts) written."""
    target = Path(path)
    story = _first_page(evaluation, cover) + _charts(evaluation, cancelled)
    created = local_datetime(cover.created_at)
    with replacing(target, "dem PDF-Betrachter") as temp:
        doc = SimpleDocTemplate(
            str(temp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN + 4 * mm, title=TITLE, author=fold(cover.created_by),
            creator=f"{APP_NAME} {__version__}", subject=TITLE,
            pageCompression=1 if COMPRESS else 0)

        def footer(canvas: Canvas, _doc: object) -> None:
            canvas.saveState()
            canvas.setFont(FONT, 7.5)
            canvas.setFillColor(colors.grey)
            canvas.drawString(MARGIN, MARGIN - 2 * mm, fit_width(
                f"{TITLE} {german_date(evaluation.start)} – {german_date(evaluation.end)} · "
                f"erstellt {created:%d.%m.%Y %H:%M} Uhr von {fold(cover.created_by)}",
                FONT, 7.5, A4[0] - 2 * MARGIN - 25 * mm))
            canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm,
                                   f"Seite {canvas.getPageNumber()}")
            canvas.restoreState()

        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        if cancelled is not None and cancelled():
            raise Cancelled()
    return len(evaluation.figures)


# ---------------------------------------------------------------- page 1

def _first_page(evaluation: PilotEvaluation, cover: Cover) -> list:
    created: datetime = local_datetime(cover.created_at)
    facts = [f"Zeitraum: {german_date(evaluation.start)} – {german_date(evaluation.end)}",
             *(f"{label}: {value}" for label, value in cover.filters),
             f"Erstellt von {cover.created_by} am {created:%d.%m.%Y um %H:%M} Uhr"]
    story: list = [Paragraph(TITLE, TITLE_STYLE), Spacer(0, 2 * mm)]
    story += [Paragraph(markup(line), TEXT) for line in facts]
    story.append(Paragraph("Wie gerechnet wird", HEAD))
    story += [Paragraph("• " + markup(line), TEXT) for line in method_notes(evaluation)]
    story.append(Paragraph("Unterkünfte im Pilot", HEAD))
    story.append(Paragraph(markup(", ".join(
        f"{p.name} ({p.group}, ab {german_date(p.start)})" for p in evaluation.pilots
        if p.start is not None)), TEXT))
    story.append(Paragraph("Ergebnis", HEAD))
    story.append(_summary_table(evaluation))
    if evaluation.warnings:
        story.append(Spacer(0, 3 * mm))
        story += [Paragraph("Achtung – " + markup(w), WARN) for w in evaluation.warnings]
    return story


def _summary_table(evaluation: PilotEvaluation) -> Table:
    head = ["Kennzahl", "Pilot vorher", "Pilot nachher", "Vergleich vorher",
            "Vergleich nachher", "Differenz der Differenzen", "Bewertung"]
    rows: list[list[object]] = [[Paragraph(f"<b>{h}</b>", CELL) for h in head]]
    for figure in evaluation.figures:
        values = [shown(figure, cell) for _, _, cell in figure.cells]
        mark = " *" if figure.warning else ""
        rows.append([Paragraph(markup(f"{figure.label} ({figure.unit}){mark}"), CELL),
                     *(Paragraph(v, CELL_RIGHT) for v in values),
                     Paragraph(signed(figure.did), CELL_RIGHT),
                     Paragraph(markup(figure.verdict), CELL)])
    widths = [46 * mm, 17 * mm, 17 * mm, 19 * mm, 19 * mm, 22 * mm, 34 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#4472C4")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    note = [Paragraph("* wenig Daten, siehe Hinweis", SMALL)] if any(
        f.warning for f in evaluation.figures) else []
    return KeepTogether([table, *note]) if note else table


# ---------------------------------------------------------------- charts

def _charts(evaluation: PilotEvaluation, cancelled: CancelCheck | None) -> list:
    blocks = []
    for figure in evaluation.figures:
        if cancelled is not None and cancelled():
            raise Cancelled()
        blocks.append(_chart_block(figure))
    rows = [blocks[i:i + 2] + [""] * (2 - len(blocks[i:i + 2]))
            for i in range(0, len(blocks), 2)]
    grid = Table(rows, colWidths=[(A4[0] - 2 * MARGIN) / 2] * 2)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return [PageBreak(), Paragraph("Die Kennzahlen im Bild", HEAD), Spacer(0, 1 * mm), grid]


def _chart_block(figure: Figure) -> list:
    counts = " · ".join(f"{group} {window}: {cell.n:,}".replace(",", ".")
                        + ("" if cell.events is None else f" ({cell.events} Ereign.)")
                        for group, window, cell in figure.cells)
    block: list = [
        Paragraph(f"<b>{markup(figure.label)}</b> ({markup(figure.unit)})", TEXT),
        _chart(figure),
        Paragraph(markup("Differenz der Differenzen: " + (
            figure.verdict if figure.did is None
            else f"{signed(figure.did)} – {figure.verdict}")), SMALL),
        Paragraph(markup(f"{figure.basis}: {counts}"), SMALL),
    ]
    if figure.warning:
        block.append(Paragraph("Wenig Daten – die Zahl sagt wenig.", WARN))
    return block


def _chart(figure: Figure) -> Drawing:
    drawing = Drawing(CHART_W, CHART_H)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = CHART_W - 40, CHART_H - 48
    values = [[c.value for c in (figure.pilot_before, figure.other_before)],
              [c.value for c in (figure.pilot_after, figure.other_after)]]
    chart.data = [[v if v is not None else 0 for v in series] for series in values]
    top = max((v for series in values for v in series if v is not None), default=0)
    step = 25.0 if figure.unit == "%" else _nice_step(top * 1.15 / 4)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = (110.0 if figure.unit == "%"
                                else step * max(1, -(-top * 1.15 // step)))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    decimals = 0 if step >= 1 else (1 if step * 10 == int(step * 10) else 2)
    chart.valueAxis.labelTextFormat = lambda v: number(v, decimals)
    chart.categoryAxis.categoryNames = ["Pilot", "Vergleich"]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.groupSpacing = 14
    chart.barSpacing = 2
    chart.bars[0].fillColor = BEFORE_COLOUR
    chart.bars[1].fillColor = AFTER_COLOUR
    chart.bars.strokeColor = None
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[_bar_label(figure, v) for v in series] for series in values]
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 32, 10
    legend.fontName = FONT
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 60
    legend.colorNamePairs = [(BEFORE_COLOUR, "vorher"), (AFTER_COLOUR, "nachher")]
    drawing.add(legend)
    if all(v is None for series in values for v in series):
        drawing.add(String(CHART_W / 2, CHART_H / 2, "keine Werte", fontName=FONT,
                           fontSize=8, textAnchor="middle"))
    return drawing


def _bar_label(figure: Figure, value: float | None) -> str:
    if value is None:
        return "n. e." if figure.key == "stay" else "–"
    return number(value, 0 if abs(value) >= 100 else 1)


def _nice_step(rough: float) -> float:
    """The round step (1, 2, 2.5 or 5 × 10^k) at or above `rough`."""
    if rough <= 0:
        return 0.25
    magnitude = 10.0 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= rough * 0.999:
            return factor * magnitude
    return 10 * magnitude
