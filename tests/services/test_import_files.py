"""Reading the offices' lists (xlsx, CSV in every encoding German Excel writes) and writing
the import templates. No database here."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from soest_desk.services.errors import DomainError
from soest_desk.services.import_files import column_letter, read_table, sniff_delimiter
from soest_desk.services.import_templates import template_fields, write_template
from soest_desk.services.imports_fields import guess_mapping

UMLAUT_ROWS = [["Name", "Vorname", "Ort"], ["Müller", "Jürgen", "Soest"],
               ["Öztürk", "Gül", "Möhnesee"], ["Weiß", "Änne", "Bad Sassendorf"]]


def write_csv(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str = ";",
              newline: str = "\r\n") -> Path:
    text = newline.join(delimiter.join(cells) for cells in rows) + newline
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], *, start_row: int = 1) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for offset, cells in enumerate(rows):
        for column, value in enumerate(cells, start=1):
            if value is not None:
                sheet.cell(row=start_row + offset, column=column, value=value)
    workbook.save(path)
    return path


@pytest.mark.parametrize(("encoding", "shown"), [
    ("cp1252", "Windows-1252"), ("utf-8-sig", "UTF-8 mit BOM"), ("utf-8", "UTF-8"),
    ("utf-16", "UTF-16"),
])
def test_csv_encodings_keep_umlauts(tmp_path, encoding, shown):
    table = read_table(write_csv(tmp_path / "liste.csv", UMLAUT_ROWS, encoding=encoding))
    assert table.encoding == shown
    assert table.headers == ("Name", "Vorname", "Ort")  # no BOM glued to "Name"
    assert [row.values for row in table.rows] == [tuple(r) for r in UMLAUT_ROWS[1:]]
    assert [row.number for row in table.rows] == [2, 3, 4]


def test_utf8_cyrillic_and_arabic_survive(tmp_path):
    rows = [["Familienname", "Vornamen"], ["Коваленко", "Олена"], ["الحداد", "عمر"]]
    table = read_table(write_csv(tmp_path / "kyrillisch.csv", rows, encoding="utf-8"))
    assert table.rows[0].values == ("Коваленко", "Олена")
    assert table.rows[1].values == ("الحداد", "عمر")


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiters_are_sniffed(tmp_path, delimiter):
    rows = [["Name", "Vorname", "Geburtsdatum"], ["Haddad", "Omar", "01.02.1990"]]
    table = read_table(write_csv(tmp_path / "l.csv", rows, encoding="utf-8",
                                 delimiter=delimiter))
    assert table.delimiter == delimiter
    assert table.rows[0].values == ("Haddad", "Omar", "01.02.1990")


def test_excel_separator_line_is_obeyed_and_not_counted(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text("sep=,\r\nName,Ort;Teil\r\nHaddad,Soest;Süd\r\n", encoding="utf-8")
    table = read_table(path)
    assert (table.delimiter, table.headers) == (",", ("Name", "Ort;Teil"))
    assert [(r.number, r.values) for r in table.rows] == [(2, ("Haddad", "Soest;Süd"))]


def test_commas_inside_a_semicolon_file_do_not_fool_the_sniffer():
    text = "Name;Fläche;Bemerkung\nA1;12,5;groß, hell\nA2;14,0;klein, dunkel, feucht\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter('Name,Ort\n"Müller; Anna",Soest\n') == ","


def test_quoted_line_breaks_count_as_one_row(tmp_path):
    path = tmp_path / "umbruch.csv"
    path.write_text('Name;Bemerkung\nHaddad;"zwei\nZeilen"\nAhmadi;x\n', encoding="utf-8")
    table = read_table(path)
    assert [(r.number, r.values) for r in table.rows] == [
        (2, ("Haddad", "zwei Zeilen")), (3, ("Ahmadi", "x"))]


def test_blank_rows_and_cells_spaces_and_trailing_columns(tmp_path):
    path = tmp_path / "luecken.csv"
    path.write_text("  Name ;Vorname;;\nHaddad;  Omar  Ali ;;\n;;;\nAhmadi;;;\n;;;\n\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Name", "Vorname")
    assert [(r.number, r.values) for r in table.rows] == [
        (2, ("Haddad", "Omar Ali")), (4, ("Ahmadi", None))]


def test_a_column_without_header_gets_its_letter(tmp_path):
    path = tmp_path / "ohne.csv"
    path.write_text("Name;;Ort\nHaddad;x;Soest\n", encoding="utf-8")
    assert read_table(path).headers == ("Name", "Spalte B", "Ort")
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_xlsx_values_dates_and_excel_row_numbers(tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [
        ["Name", "Vorname", "Geburtsdatum", "Pflegegrad"],
        ["Kovalenko", "Olena", datetime(1987, 1, 1), 2],
        [None, None, None, None],
        ["Haddad", "Omar", 32874, 0],  # a date Excel kept as a serial number
    ])
    table = read_table(path)
    assert table.file_format == "xlsx" and table.sheet == "Sheet"
    assert [(r.number, r.values) for r in table.rows] == [
        (2, ("Kovalenko", "Olena", datetime(1987, 1, 1), 2)),
        (4, ("Haddad", "Omar", 32874, 0)),
    ]


def test_title_lines_above_the_header_are_skipped(tmp_path):
    path = write_xlsx(tmp_path / "titel.xlsx", [
        ["Bewohnerliste Haus am Bach"],
        [],
        ["Name", "Vorname", "Geburtsdatum", "Staatsangehörigkeit"],
        ["Haddad", "Omar", "01.02.1990", "SYR"],
    ])
    table = read_table(path)
    assert table.header_row == 3
    assert table.headers[0] == "Name"
    assert [r.number for r in table.rows] == [4]
    fixed = read_table(path, header_row=1)
    assert fixed.headers == ("Bewohnerliste Haus am Bach", "Spalte B", "Spalte C", "Spalte D")


def test_a_chosen_sheet_and_an_unknown_one(tmp_path):
    path = tmp_path / "zwei.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Übersicht"
    workbook.active["A1"] = "leer"
    second = workbook.create_sheet("Bewohner")
    second.append(["Name", "Vorname"])
    second.append(["Haddad", "Omar"])
    workbook.save(path)
    assert read_table(path, sheet="Bewohner").rows[0].values == ("Haddad", "Omar")
    with pytest.raises(DomainError, match=r"kein Blatt „Fehlt“.*„Übersicht“, „Bewohner“"):
        read_table(path, sheet="Fehlt")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("leer.csv", b"", "ist leer"),
    ("nur_leerzeilen.csv", b";;\n;;\n", "enthält keine Daten"),
    ("alt.xls", b"\xd0\xcf\x11\xe0", r"Dateiformat \(.xls\) kann nicht gelesen werden"),
    ("liste.pdf", b"%PDF-1.4", "weder eine Excel-Datei"),
    ("kaputt.xlsx", b"Name;Vorname\nHaddad;Omar\n", "keine gültige Excel-Datei"),
    ("alt_umbenannt.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
     "alten Excel-Format"),
    ("binaer.csv", b"\x00\x01\x02\x03Name\x00", "keine lesbare Textdatei"),
    ("falsche_endung.csv", b"PK\x03\x04" + b"\x00" * 50, "Endung .xlsx"),
])
def test_unreadable_files_are_refused_in_german(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DomainError, match=message):
        read_table(path)


def test_a_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "archiv.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hallo.txt", "kein Excel")
    with pytest.raises(DomainError, match="beschädigt oder keine Excel-Arbeitsmappe"):
        read_table(path)


def test_a_truncated_workbook(tmp_path):
    good = write_xlsx(tmp_path / "gut.xlsx", [["Name"], ["Haddad"]])
    broken = tmp_path / "abgeschnitten.xlsx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DomainError, match=r"abgeschnitten\.xlsx"):
        read_table(broken)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DomainError, match="gibt es nicht"):
        read_table(tmp_path / "fehlt.csv")
    folder = tmp_path / "ordner.csv"
    folder.mkdir()
    with pytest.raises(DomainError, match="ist ein Ordner"):
        read_table(folder)


def test_header_row_out_of_range(tmp_path):
    path = write_csv(tmp_path / "l.csv", UMLAUT_ROWS, encoding="utf-8")
    with pytest.raises(DomainError, match="In Zeile 9 stehen keine Spaltenüberschriften"):
        read_table(path, header_row=9)


# ---------------------------------------------------------------- templates

@pytest.mark.parametrize("kind", ["people", "facilities", "units"])
def test_template_headers_are_recognised_completely(tmp_path, kind):
    path = write_template(kind, tmp_path / f"vorlage_{kind}.xlsx")
    table = read_table(path)
    assert table.rows == ()
    expected = [f.key for f in template_fields(kind)]
    assert list(guess_mapping(kind, table.headers).values()) == expected
    assert len(table.headers) == len(expected)


def test_template_has_hints_lists_and_a_frozen_header(tmp_path):
    path = write_template("units", tmp_path / "wohneinheiten.xlsx",
                          facility_names=["Haus am Bach", "Übergangswohnheim Nord"])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert sheet.title == "Wohneinheiten" and sheet.freeze_panes == "A2"
    assert workbook.sheetnames == ["Wohneinheiten", "Listen", "Hinweise"]
    assert workbook["Listen"].sheet_state == "hidden"
    assert "Pflichtfeld" in sheet["A1"].comment.text
    rules = {str(rule.sqref).split(":")[0]: rule
             for rule in sheet.data_validations.dataValidation}
    assert rules["A2"].formula1 == "'Listen'!$A$1:$A$2"  # facility names from the list
    assert rules["G2"].formula1 == '"Familien,Alleinstehende Männer,Alleinstehende Frauen,Gemischt"'
    assert rules["D2"].type == "whole" and rules["D2"].formula1 == "1"
    assert all(rule.prompt for rule in rules.values())
    hints = workbook["Hinweise"]
    assert hints["A6"].value == "Unterkunft" and hints["B6"].value == "ja"


def test_people_template_formats_text_columns(tmp_path):
    workbook = openpyxl.load_workbook(write_template("people", tmp_path / "p.xlsx"))
    sheet = workbook.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    phone = column_letter(headers.index("Telefon"))
    assert sheet.column_dimensions[phone].number_format == "@"
    role = column_letter(headers.index("Rolle im Haushalt"))
    lists = {str(r.sqref).split(":")[0]: r.formula1
             for r in sheet.data_validations.dataValidation if r.type == "list"}
    assert "Haushaltsvorstand" in lists[f"{role}2"]


def test_template_refuses_overwriting_and_wrong_names(tmp_path):
    existing = tmp_path / "liste.xlsx"
    existing.write_bytes(b"die echte Liste")
    with pytest.raises(DomainError, match="gibt es schon"):
        write_template("people", existing)
    assert existing.read_bytes() == b"die echte Liste"
    write_template("people", existing, overwrite=True)
    assert read_table(existing).headers[0] == "Familienname"
    with pytest.raises(DomainError, match=r"muss auf \.xlsx enden"):
        write_template("people", tmp_path / "vorlage.csv")
    with pytest.raises(DomainError, match="Den Ordner"):
        write_template("people", tmp_path / "fehlt" / "vorlage.xlsx")
    with pytest.raises(DomainError, match="Unbekannte Importart"):
        write_template("tickets", tmp_path / "t.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.xlsx"]  # no temporary left
