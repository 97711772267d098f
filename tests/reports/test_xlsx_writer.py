"""The shared Excel writer: cover, tables, formats, totals, formula neutralisation, write-only
mode, cancel. Every check reads the file back with openpyxl."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from soest_desk import __version__
from soest_desk.reports.xlsx_writer import (
    Cancelled,
    Column,
    Cover,
    DataSheet,
    Kind,
    write_workbook,
)
from soest_desk.services.errors import DomainError
from tests.reports.report_helpers import cover_lines

HOSTILE = ["=1+1", "+49 2921", "-5 Grad", "@home", "\tTab", "\rCR", "=HYPERLINK(\"http://x\")"]
COLUMNS = [
    Column("Name"),
    Column("Anzahl", Kind.INT, total="sum"),
    Column("Betrag", Kind.MONEY, total="sum"),
    Column("Anteil", Kind.PERCENT, total="average"),
    Column("Gemeldet am", Kind.DATE),
    Column("Erledigt", Kind.DATETIME),
    Column("Dauer", Kind.DAYS, total="average"),
    Column("Faktor", "decimal", width=30),  # type: ignore[arg-type]  # a plain string works too
]
ROWS = [
    ["Haus am Park", 3, Decimal("1234.50"), 0.25, date(2026, 1, 31),
     datetime(2026, 1, 31, 12, 30, tzinfo=UTC), timedelta(days=3, hours=12), Decimal("2.5")],
    ["Lindenhof", 1000, Decimal("10"), 0.5, date(2026, 2, 1), datetime(2026, 7, 1, 8, 0), 4,
     None],
]
FORMATS = ["General", "#,##0", '#,##0.00 "€"', "0.0 %", "DD.MM.YYYY", "DD.MM.YYYY HH:MM",
           "#,##0.0", "#,##0.00"]
CREATED = datetime(2026, 11, 22, 3, 11, tzinfo=UTC)  # 04:11 in Soest


def cover(**changes: object) -> Cover:
    values: dict[str, object] = {
        "title": "Mängelbericht", "created_by": "Erika Muster", "created_at": CREATED,
        "period": (date(2026, 1, 1), date(2026, 1, 31)),
        "filters": [("Unterkunft", "Haus am Park"), ("Kategorie", "Sanitär")],
        "personal_data": True,
    }
    values.update(changes)
    return Cover(**values)  # type: ignore[arg-type]


def write(tmp_path: Path, sheets: list[DataSheet], **options: object) -> Workbook:
    target = tmp_path / "bericht.xlsx"
    write_workbook(target, cover(), sheets, **options)  # type: ignore[arg-type]
    return load_workbook(target)


def formulas(book: Workbook) -> list[tuple[str, str, object]]:
    return [(ws.title, cell.coordinate, cell.value) for ws in book.worksheets
            for row in ws.iter_rows() for cell in row if cell.data_type == "f"]


# ---------------------------------------------------------------- cover

def test_cover_sheet_says_what_when_who_and_warns_about_personal_data(tmp_path):
    book = write(tmp_path, [DataSheet("Tickets", COLUMNS, ROWS)])
    ws = book.worksheets[0]
    assert book.sheetnames == ["Deckblatt", "Tickets"]
    assert ws.title == "Deckblatt"
    assert ws["A1"].value == "Mängelbericht"
    assert ws["A1"].font.bold
    lines = cover_lines(ws)
    assert lines["Zeitraum"] == ["01.01.2026 bis 31.01.2026"]
    assert lines["Filter"] == ["Unterkunft: Haus am Park", "Kategorie: Sanitär"]
    assert lines["Erstellt von"] == ["Erika Muster"]
    assert lines["Erstellt am"] == ["22.11.2026, 04:11 Uhr"]
    assert lines["Programm"] == [f"Soest Desk {__version__}"]
    assert lines["Inhalt"] == ["Blatt „Tickets“: 2 Zeilen"]
    assert "personenbezogene Daten" in lines["Datenschutz"][0]
    assert len(lines["Datenschutz"]) == 3


def test_cover_without_filters_or_personal_data(tmp_path):
    target = tmp_path / "statistik.xlsx"
    write_workbook(target, cover(filters=(), personal_data=False, period=None,
                                 notes=["Belegungsquote = belegte / vorhandene Plätze"]),
                   [DataSheet("Statistik", COLUMNS[:2], [["A", 1]])])
    lines = cover_lines(load_workbook(target)["Deckblatt"])
    assert "Zeitraum" not in lines
    assert lines["Filter"] == ["keine (alle Daten)"]
    assert lines["Hinweise"] == ["Belegungsquote = belegte / vorhandene Plätze"]
    assert "keine Namen" in lines["Datenschutz"][0]


# ---------------------------------------------------------------- data sheets

@pytest.mark.parametrize("write_only", [False, True])
def test_data_sheet_is_a_formatted_table_with_frozen_header_and_totals(tmp_path, write_only):
    target = tmp_path / "bericht.xlsx"
    result = write_workbook(target, cover(), [DataSheet("Tickets", COLUMNS, ROWS)],
                            write_only=None, write_only_above=1 if write_only else 5_000)
    assert result.write_only is write_only
    assert result.rows == {"Tickets": 2}
    ws = load_workbook(target)["Tickets"]
    assert [cell.value for cell in ws[1]] == [column.header for column in COLUMNS]
    assert ws.freeze_panes == "A2"
    assert [cell.number_format for cell in ws[2]] == FORMATS
    assert ws["B3"].value == 1000
    assert ws["C2"].value == 1234.5
    assert ws["E2"].value == datetime(2026, 1, 31)  # a real date, shown as 31.01.2026
    assert ws["F2"].value == datetime(2026, 1, 31, 13, 30)  # UTC → Europe/Berlin
    assert ws["F3"].value == datetime(2026, 7, 1, 8, 0)  # naive: taken as local time
    assert ws["G2"].value == 3.5
    assert ws["H3"].value is None

    table = ws.tables["T_Tickets"]
    assert table.ref == "A1:H4"
    assert table.autoFilter.ref == "A1:H3"  # the filter leaves the totals row out
    assert table.totalsRowCount == 1
    assert table.tableStyleInfo.name == "TableStyleMedium2"
    assert table.column_names == [column.header for column in COLUMNS]
    assert [cell.value for cell in ws[4]] == [
        "Gesamt", "=SUBTOTAL(109,B2:B3)", "=SUBTOTAL(109,C2:C3)",
        '=IFERROR(SUBTOTAL(101,D2:D3),"")', None, None, '=IFERROR(SUBTOTAL(101,G2:G3),"")', None]
    assert ws["B4"].number_format == "#,##0"
    assert ws["C4"].number_format == '#,##0.00 "€"'
    assert ws["B4"].font.bold

    widths = {letter: ws.column_dimensions[letter].width for letter in "ABCDEFGH"}
    assert widths["H"] == 30  # the hint wins
    assert widths["A"] >= len("Haus am Park")
    assert widths["F"] >= len("31.01.2026 13:30")
    assert all(6 <= width <= 60 for width in widths.values())
    assert ws.print_title_rows == "$1:$1"  # the header on every printed page
    assert ws.page_setup.orientation == "landscape"


def test_long_text_caps_the_column_width(tmp_path):
    ws = write(tmp_path, [DataSheet("Notizen", [Column("Notiz")], [["x" * 500]])])["Notizen"]
    assert ws.column_dimensions["A"].width == 60
    assert ws["A2"].value == "x" * 500


@pytest.mark.parametrize("write_only", [False, True])
def test_empty_sheet_still_holds_a_valid_table(tmp_path, write_only):
    ws = write(tmp_path, [DataSheet("Leer", COLUMNS, iter([]))], write_only=write_only)["Leer"]
    assert ws.tables["T_Leer"].ref == "A1:H3"
    assert ws["B3"].value == "=SUBTOTAL(109,B2:B2)"


def test_sheet_and_table_names_are_valid_and_unique(tmp_path):
    sheets = [DataSheet("Mängel: Haus/Park [2026]", COLUMNS[:1], [["a"]]),
              DataSheet("Mängel: Haus/Park [2026]", COLUMNS[:1], [["b"]]),
              DataSheet("A1", COLUMNS[:1], [["c"]]),
              DataSheet("Eine sehr lange Überschrift für ein Blatt mit Daten", COLUMNS[:1], [])]
    book = write(tmp_path, sheets)
    assert book.sheetnames == ["Deckblatt", "Mängel_ Haus_Park _2026_",
                               "Mängel_ Haus_Park _2026_ (2)", "A1",
                               "Eine sehr lange Überschrift für"]
    names = [name for ws in book.worksheets for name in ws.tables]
    assert names == ["T_Maengel_Haus_Park_2026", "T_Maengel_Haus_Park_2026_2", "T_A1",
                     "T_Eine_sehr_lange_Ueberschrift_fuer"]
    assert len({name.casefold() for name in names}) == len(names)


def test_duplicate_headers_get_numbered(tmp_path):
    columns = [Column("Name"), Column("name"), Column("")]
    ws = write(tmp_path, [DataSheet("Daten", columns, [["a", "b", "c"]])])["Daten"]
    assert [cell.value for cell in ws[1]] == ["Name", "name 2", "Spalte 3"]
    assert ws.tables["T_Daten"].column_names == ["Name", "name 2", "Spalte 3"]


# ---------------------------------------------------------------- layout on screen and paper

def _columns(count: int, width: float) -> list[Column]:
    return [Column(f"Spalte {n}", width=width) for n in range(count)]


@pytest.mark.parametrize("write_only", [False, True])
def test_long_headings_wrap_over_short_numbers_and_the_row_fits_them(tmp_path, write_only):
    columns = [Column("Unterkunft"), Column("Wiedervorlagen überfällig", Kind.INT),
               Column("davon keine Begleitung mehr nötig", Kind.INT), Column("Tage", Kind.INT)]
    ws = write(tmp_path, [DataSheet("Fälle", columns, [["Haus am Park", 3, 12, 7]])],
               write_only=write_only)["Fälle"]
    widths = [ws.column_dimensions[letter].width for letter in "ABCD"]
    assert widths[1] < len("Wiedervorlagen überfällig")  # two lines, not one wide column
    assert widths[1] >= len("Wiedervorlagen") + 2  # but no word is broken
    assert widths[2] < len("davon keine Begleitung mehr nötig") / 2
    assert ws.row_dimensions[1].height == 45  # three lines of 15 points
    assert all(cell.alignment.wrap_text and cell.alignment.vertical == "bottom"
               for cell in ws[1])
    assert ws["B1"].alignment.horizontal == "right" and ws["A1"].alignment.horizontal is None


def test_short_headings_keep_one_line_and_no_lone_percent_sign(tmp_path):
    columns = [Column("Name"), Column("unter 50 %", Kind.INT), Column("Anzahl", Kind.INT)]
    ws = write(tmp_path, [DataSheet("Daten", columns, [["a", 1, 2]])])["Daten"]
    assert ws.row_dimensions[1].height is None
    assert ws.column_dimensions["B"].width >= len("unter 50 %") + 2


@pytest.mark.parametrize("write_only", [False, True])
def test_narrow_sheets_print_portrait_wide_ones_landscape_fitted_to_the_width(tmp_path,
                                                                              write_only):
    sheets = [DataSheet("Schmal", _columns(3, 20), [["a", "b", "c"]]),
              DataSheet("Breit", _columns(8, 20), [["x"] * 8]),
              DataSheet("Sehr breit", _columns(12, 30), [["y"] * 12])]
    book = write(tmp_path, sheets, write_only=write_only)
    narrow, wide, widest = book["Schmal"], book["Breit"], book["Sehr breit"]
    assert narrow.page_setup.orientation == "portrait"
    assert wide.page_setup.orientation == widest.page_setup.orientation == "landscape"
    for ws in (narrow, wide):
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_cols is None
    # fitting 360 characters on one page would print them tiny: 60 %, pages side by side,
    # the first column repeated on each
    assert not widest.sheet_properties.pageSetUpPr.fitToPage
    assert widest.page_setup.scale == 60
    assert widest.page_setup.pageOrder == "overThenDown"
    assert widest.print_title_cols == "$A:$A"
    for ws in (narrow, wide, widest):
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.print_title_rows == "$1:$1"
        assert ws.print_options.gridLines  # LibreOffice prints no table style
        assert ws.page_margins.left == 0.5


def test_footer_names_report_sheet_period_and_page(tmp_path):
    target = tmp_path / "bericht.xlsx"
    write_workbook(target, cover(title="Miete & Nebenkosten"),
                   [DataSheet("Tickets", COLUMNS, ROWS)])
    book = load_workbook(target)
    footer = book["Tickets"].oddFooter
    assert footer.left.text == "Miete && Nebenkosten – &A"  # "&" is a code there
    assert footer.center.text == "01.01.2026 – 31.01.2026"
    assert footer.right.text == "Seite &P von &N"
    cover_footer = book["Deckblatt"].oddFooter
    assert cover_footer.left.text == "Miete && Nebenkosten"
    assert cover_footer.right.text == "Seite &P von &N"
    assert book["Deckblatt"].page_setup.orientation == "portrait"


def test_text_in_a_number_column_is_right_aligned_like_the_numbers(tmp_path):
    columns = [Column("Name"), Column("Median", Kind.DAYS), Column("Geboren", Kind.DATE)]
    rows = [["a", "nicht erreicht", "1990"], ["b", 3.5, date(1990, 4, 5)]]
    ws = write(tmp_path, [DataSheet("Daten", columns, rows)])["Daten"]
    assert ws["B2"].data_type == "s" and ws["B2"].alignment.horizontal == "right"
    assert ws["C2"].value == "1990" and ws["C2"].alignment.horizontal == "right"
    assert ws["A2"].alignment.horizontal is None


@pytest.mark.parametrize("write_only", [False, True])
def test_wrapped_column_grows_its_rows_and_aligns_them_at_the_top(tmp_path, write_only):
    columns = [Column("Datum", Kind.DATE), Column("Meldung", width=30, wrap=True),
               Column("Anzahl", Kind.INT, total="sum")]
    long = "Laute Musik im Hof bis nach Mitternacht, Flaschen zerbrochen, Gespräch vereinbart."
    rows = [[date(2026, 1, 2), long, 1], [date(2026, 1, 3), "kurz", 2],
            [date(2026, 1, 4), "=HYPERLINK(\"x\") " + long, 3]]
    ws = write(tmp_path, [DataSheet("Meldungen", columns, rows)],
               write_only=write_only)["Meldungen"]
    assert ws.column_dimensions["B"].width == 30
    assert ws.row_dimensions[2].height >= 45  # 84 characters on lines of about 30
    assert ws.row_dimensions[3].height is None
    assert ws["B2"].alignment.wrap_text and ws["B2"].alignment.vertical == "top"
    assert ws["A2"].alignment.vertical == ws["C2"].alignment.vertical == "top"
    assert ws["B4"].data_type == "s" and ws["B4"].quotePrefix  # still never a formula
    assert formulas(ws.parent) == [("Meldungen", "C5", "=SUBTOTAL(109,C2:C4)")]


def test_totals_widen_a_column_of_small_numbers(tmp_path):
    columns = [Column("Name"), Column("Betrag", Kind.MONEY, total="sum")]
    rows = [[f"Haus {n}", Decimal("9999.99")] for n in range(100)]
    ws = write(tmp_path, [DataSheet("Kosten", columns, rows)])["Kosten"]
    assert ws.column_dimensions["B"].width >= len("999.999,00 €") + 1  # the bold total fits


# ---------------------------------------------------------------- formula neutralisation

@pytest.mark.parametrize("write_only", [False, True])
def test_user_text_never_becomes_a_formula_and_keeps_its_characters(tmp_path, write_only):
    columns = [Column("Text"), Column("Betrag", Kind.MONEY, total="sum")]
    rows = [[text, text] for text in HOSTILE] + [[7, Decimal("-5")]]
    target = tmp_path / "bericht.xlsx"
    write_workbook(target, cover(filters=[("Unterkunft", "=cmd|' /C calc'!A0")]),
                   [DataSheet("Daten", columns, rows)], write_only=write_only)
    book = load_workbook(target)
    last = len(rows) + 2
    assert formulas(book) == [("Daten", f"B{last}", f"=SUBTOTAL(109,B2:B{last - 1})")]
    ws = book["Daten"]
    for number, text in enumerate(HOSTILE, start=2):
        for cell in (ws[f"A{number}"], ws[f"B{number}"]):
            assert cell.data_type == "s"
            # CR travels as the OOXML escape _x000D_, which Excel and LibreOffice decode
            assert unescape(cell.value) == text
            assert cell.quotePrefix  # shown as typed; editing keeps it text
    assert ws[f"A{last - 1}"].value == "7"
    assert ws[f"B{last - 1}"].value == -5  # numbers stay numbers, negative or not
    assert not ws[f"B{last - 1}"].quotePrefix
    cover_values = [cell.value for row in book["Deckblatt"].iter_rows() for cell in row]
    assert "Unterkunft: =cmd|' /C calc'!A0" in cover_values


def test_hostile_headers_and_sheet_titles_stay_text(tmp_path):
    columns = [Column("=Summe"), Column("-Minus", Kind.INT)]
    book = write(tmp_path, [DataSheet("=Blatt", columns, [["@a", 1]])])
    assert formulas(book) == []
    ws = book["=Blatt"]
    assert [cell.value for cell in ws[1]] == ["=Summe", "-Minus"]
    assert ws.tables["T_Blatt"].column_names == ["=Summe", "-Minus"]


def test_control_characters_and_escape_lookalikes_survive(tmp_path):
    texts = ["a\r\nb", "Glocke\x07", "_x0041_ bleibt", "Zeile 1\nZeile 2"]
    ws = write(tmp_path, [DataSheet("Daten", [Column("Text")], [[t] for t in texts])])["Daten"]
    values = [unescape(ws[f"A{row}"].value) for row in range(2, 6)]
    assert values == ["a\nb", "Glocke\x07", "_x0041_ bleibt", "Zeile 1\nZeile 2"]


def test_wrong_values_are_refused(tmp_path):
    with pytest.raises(ValueError, match="2 Werte für 3 Spalten"):
        write(tmp_path, [DataSheet("Daten", COLUMNS[:3], [["a", 1]])])
    with pytest.raises(TypeError, match="Datum erwartet"):
        write(tmp_path, [DataSheet("Daten", [Column("Tag", Kind.DATE)], [[3]])])
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- large sheets, cancel

def tickets(count: int, produced: list[int]) -> Iterator[list[object]]:
    for number in range(count):
        produced[0] += 1
        yield [f"Ticket {number}", number, Decimal("1.50"), 0.5, date(2026, 1, 1),
               datetime(2026, 1, 1, 8, 0), number % 10, None]


def test_generator_of_20000_rows_is_streamed_in_write_only_mode(tmp_path):
    produced = [0]
    seen: list[tuple[int, int | None, int]] = []
    target = tmp_path / "gross.xlsx"
    result = write_workbook(
        target, cover(), [DataSheet("Tickets", COLUMNS, tickets(20_000, produced))],
        progress=lambda done, total: seen.append((done, total, produced[0])))
    assert result.write_only  # chosen automatically: more than 5,000 rows
    assert result.rows == {"Tickets": 20_000}
    # rows are taken from the generator as they are written, not all at once
    assert seen[0][0] == 500 and seen[0][2] <= 5_001 + 500
    assert seen[-1][:2] == (20_000, None)
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)

    book = load_workbook(target, read_only=False)
    ws = book["Tickets"]
    assert ws.max_row == 20_002
    assert ws.freeze_panes == "A2"
    assert ws.tables["T_Tickets"].ref == "A1:H20002"
    assert ws["A20001"].value == "Ticket 19999"
    assert ws["B20001"].number_format == "#,##0"
    assert ws["C20002"].value == "=SUBTOTAL(109,C2:C20001)"


def test_row_count_hint_gives_progress_a_total(tmp_path):
    seen: list[tuple[int, int | None]] = []
    write_workbook(tmp_path / "x.xlsx", cover(),
                   [DataSheet("Tickets", COLUMNS, tickets(1_200, [0]), row_count=1_200),
                    DataSheet("Mehr", COLUMNS, ROWS)],
                   progress=lambda done, total: seen.append((done, total)),
                   write_only_above=1_000)
    assert seen[0] == (500, 1_202)
    assert seen[-1] == (1_202, 1_202)


@pytest.mark.parametrize("write_only", [False, True])
def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path, write_only):
    target = tmp_path / "bericht.xlsx"
    target.write_bytes(b"older report")
    checks = [0]

    def cancelled() -> bool:
        checks[0] += 1
        return checks[0] > 2  # after the first 500 rows

    streams = len(ALL_TEMP_FILES)  # write-only mode streams each sheet to a temp file
    with pytest.raises(Cancelled, match="abgebrochen"):
        write_workbook(target, cover(), [DataSheet("Tickets", COLUMNS, tickets(3_000, [0]))],
                       cancelled=cancelled, write_only=write_only)
    assert list(tmp_path.iterdir()) == [target]
    assert len(ALL_TEMP_FILES) == streams
    assert target.read_bytes() == b"older report"


def test_a_cancel_during_the_save_leaves_no_file(tmp_path, monkeypatch):
    from openpyxl import Workbook

    saving = Workbook.save
    saved = [False]

    def save(book, filename):  # the user presses "Abbrechen" while the file is saved
        saving(book, filename)
        saved[0] = True

    monkeypatch.setattr(Workbook, "save", save)
    target = tmp_path / "bericht.xlsx"
    with pytest.raises(Cancelled):
        write_workbook(target, cover(), [DataSheet("A", COLUMNS, ROWS)],
                       cancelled=lambda: saved[0])
    assert saved[0] and list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_german_error(tmp_path):
    with pytest.raises(DomainError, match="existiert nicht"):
        write_workbook(tmp_path / "fehlt" / "x.xlsx", cover(), [DataSheet("A", COLUMNS, ROWS)])
