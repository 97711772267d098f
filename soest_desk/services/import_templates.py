"""Excel templates for the imports: the German headers the import recognises, a note and
an input hint on every column, drop-down lists where the values are fixed, a frozen header
row, and a sheet "Hinweise" that explains every column.

The template has no example row: what the office types in row 2 is already data.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from soest_desk.services.errors import DomainError
from soest_desk.services.import_files import column_letter
from soest_desk.services.imports_fields import KIND_LABELS, ImportField, fields, import_kind

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

TEMPLATE_ROWS = 5_000  # drop-down lists and formats reach this far
REQUIRED_FILL = "FFF2CC"
OPTIONAL_FILL = "E7E6E6"
TEXT_COLUMNS = frozenset({"postal_code", "phone", "household_key", "label", "name_transliteration"})
DATE_COLUMNS = frozenset({"birth_date"})
WHOLE_NUMBERS: dict[str, tuple[int, int, str]] = {  # key -> (minimum, maximum, error style)
    "care_grade": (0, 5, "stop"),
    "places": (1, 999, "stop"),
    "floor": (-5, 60, "warning"),  # "EG" or "1. OG" are understood as well
}
INTRODUCTION = {
    "people": "Eine Zeile je Person. Personen mit der gleichen Angabe in „Haushalt“ bilden "
              "einen Haushalt.",
    "facilities": "Eine Zeile je Unterkunft. Der Name muss eindeutig sein.",
    "units": "Eine Zeile je Wohneinheit oder Zimmer. Die Unterkunft muss schon erfasst sein "
             "(Name wie in Soest Desk).",
}


def template_fields(kind: str) -> list[ImportField]:
    return [f for f in fields(kind) if f.in_template]


def write_template(kind: str, path: Path | str, *, facility_names: Sequence[str] = (),
                   overwrite: bool = False) -> Path:
    """Write the template for `kind` to `path` (.xlsx). `facility_names` (units only) fill
    the drop-down list of the column "Unterkunft". An existing file is kept unless
    `overwrite`: it may be the office's own list."""
    from openpyxl import Workbook

    kind = import_kind(kind)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise DomainError(f"Die Vorlage wird als Excel-Datei geschrieben; der Dateiname "
                          f"„{path.name}“ muss auf .xlsx enden.")
    if path.exists() and not overwrite:
        raise DomainError(f"Die Datei „{path}“ gibt es schon; sie wird nicht überschrieben. "
                          "Bitte wählen Sie einen anderen Namen.")
    if not path.parent.is_dir():
        raise DomainError(f"Den Ordner „{path.parent}“ gibt es nicht.")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = KIND_LABELS[kind]
    columns = template_fields(kind)
    lists = _list_sheet(workbook, facility_names) if kind == "units" else None
    for index, import_field in enumerate(columns):
        _header(sheet, index, import_field)
        _validation(sheet, index, import_field, lists)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{column_letter(len(columns) - 1)}1"
    _hints_sheet(workbook, kind, columns)
    workbook.active = 0
    _save(workbook, path)
    return path


def _header(sheet: Worksheet, index: int, import_field: ImportField) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    letter = column_letter(index)
    cell = sheet[f"{letter}1"]
    cell.value = import_field.label
    cell.font = Font(bold=True)
    fill = REQUIRED_FILL if import_field.required else OPTIONAL_FILL
    cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
    cell.alignment = Alignment(vertical="center")
    comment = Comment(_note(import_field), "Soest Desk")
    comment.width, comment.height = 260, 110
    cell.comment = comment
    dimension = sheet.column_dimensions[letter]
    dimension.width = max(12, len(import_field.label) + 4)
    if import_field.key in TEXT_COLUMNS:  # a postal code 01067 keeps its zero
        dimension.number_format = "@"
    elif import_field.key in DATE_COLUMNS:
        dimension.number_format = "DD.MM.YYYY"


def _note(import_field: ImportField) -> str:
    parts = ["Pflichtfeld." if import_field.required else "Freiwillig."]
    if import_field.hint and not import_field.hint.startswith("Pflichtfeld"):
        parts.append(import_field.hint[0].upper() + import_field.hint[1:] + ".")
    elif import_field.hint.startswith("Pflichtfeld;"):
        rest = import_field.hint.removeprefix("Pflichtfeld;").strip()
        parts.append(rest[0].upper() + rest[1:] + ".")
    if import_field.choices and not import_field.hint.startswith("„ja“"):
        parts.append("Mögliche Werte: " + ", ".join(import_field.choices) + ".")
    return " ".join(parts)


def _validation(sheet: Worksheet, index: int, import_field: ImportField,
                lists: tuple[str, int] | None) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    letter = column_letter(index)
    cells = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
    if import_field.key == "facility" and lists is not None:
        sheet_name, count = lists
        rule = DataValidation(type="list", formula1=f"'{sheet_name}'!$A$1:$A${count}",
                              errorStyle="warning")
    elif import_field.choices:
        rule = DataValidation(type="list", formula1='"' + ",".join(import_field.choices) + '"',
                              errorStyle="warning")
    elif import_field.key in WHOLE_NUMBERS:
        low, high, style = WHOLE_NUMBERS[import_field.key]
        rule = DataValidation(type="whole", operator="between", formula1=str(low),
                              formula2=str(high), errorStyle=style)
    elif import_field.key == "postal_code":
        rule = DataValidation(type="textLength", operator="equal", formula1="5")
    else:
        rule = DataValidation()  # no rule, only the input hint
    rule.allow_blank = True
    rule.showInputMessage = True
    rule.promptTitle = import_field.label[:32]
    rule.prompt = _note(import_field)[:255]
    rule.showErrorMessage = rule.type is not None
    rule.errorTitle = import_field.label[:32]
    rule.error = f"Ungültiger Wert. {_note(import_field)}"[:255]
    rule.add(cells)
    sheet.add_data_validation(rule)


def _list_sheet(workbook: Workbook, facility_names: Sequence[str]) -> tuple[str, int] | None:
    names = sorted({name for name in facility_names if name.strip()}, key=str.casefold)
    if not names:
        return None
    sheet = workbook.create_sheet("Listen")
    for row, name in enumerate(names, start=1):
        sheet.cell(row=row, column=1, value=name)
    sheet.sheet_state = "hidden"
    return sheet.title, len(names)


def _hints_sheet(workbook: Workbook, kind: str, columns: list[ImportField]) -> None:
    from openpyxl.styles import Alignment, Font

    sheet = workbook.create_sheet("Hinweise")
    sheet["A1"] = f"Vorlage für den Import: {KIND_LABELS[import_kind(kind)]}"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = INTRODUCTION[kind]
    sheet["A3"] = ("Fehlerhafte Zeilen werden mit Zeilennummer gemeldet; dann wird nichts "
                   f"importiert. Prüfen ohne zu speichern: soest-desk import {kind} "
                   "DATEI.xlsx --dry-run")
    header = ("Spalte", "Pflicht", "Was hineingehört", "Mögliche Werte")
    for column, text in enumerate(header, start=1):
        sheet.cell(row=5, column=column, value=text).font = Font(bold=True)
    for row, import_field in enumerate(columns, start=6):
        sheet.cell(row=row, column=1, value=import_field.label)
        sheet.cell(row=row, column=2, value="ja" if import_field.required else "nein")
        sheet.cell(row=row, column=3, value=import_field.hint or "Text")
        sheet.cell(row=row, column=4, value=", ".join(import_field.choices) or None)
        for column in range(1, 5):
            sheet.cell(row=row, column=column).alignment = Alignment(wrap_text=True,
                                                                     vertical="top")
    for letter, width in zip("ABCD", (24, 9, 60, 50), strict=True):
        sheet.column_dimensions[letter].width = width


def _save(workbook: Workbook, path: Path) -> None:
    # written next to the target, then renamed: a half-written template never replaces a file
    temporary = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.xlsx")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DomainError(f"Die Vorlage „{path}“ kann nicht geschrieben werden: "
                          f"{exc.strerror or exc}.") from exc
