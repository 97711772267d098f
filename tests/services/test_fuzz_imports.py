"""Random lists through the import (issue 7), on SQLite and PostgreSQL: generated CSV and
XLSX files (and tables of raw cell values) of facilities, units and people, mostly good
rows with a few hostile cells, first as the preview (dry run, in a read session), then for
real. Inventory and properties: see `test_fuzz_inputs`.

What `imports.run_import` promises, and what is checked here for every example:

- all or nothing: a list with a bad row (or a duplicate, unless `skip_duplicates`) writes
  nothing — counts of every table, the audit log and every version unchanged;
- every bad cell is reported with its row number (as Excel shows it, one of the table's
  rows), the column as headed in the file, and a German reason — a cell that the field's
  own parser refuses is always among them;
- the preview reports exactly what the real run reports, and writes nothing;
- otherwise every row not skipped as a duplicate is written, people with the households
  the preview counted; a refusal of the list as a whole (mapping, no data rows) is a
  German DomainError and writes nothing either.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from soest_desk.models import Facility, Household, Person, Unit
from soest_desk.services import imports, imports_values, place_checks, validation
from soest_desk.services.import_files import Table, TableRow
from soest_desk.services.imports_fields import field_by_key
from soest_desk.services.imports_places import MAX_LIVING_SPACE, MAX_UNIT_AREA
from tests.services.test_fuzz_inputs import (
    ENGLISH,
    QUOTED,
    TRICKY_TEXT,
    anything,
    attempt,
    date_texts,
    german_grouped,
    name_texts,
    plain_texts,
    texts,
)
from tests.services.test_fuzz_writes import everyone, fingerprint

TODAY = date(2025, 3, 15)
IMPORT_EXAMPLES = 25
GERMAN_DAY = re.compile(r"\d\d\.\d\d\.\d{4}")

# ---------------------------------------------------------------- good cells, per field

yes_no = st.sampled_from(["ja", "nein", "x", "", "1", "0", "Ja", "NEIN"])
birth_cells = st.one_of(
    st.dates(date(1920, 1, 1), TODAY).map(validation.german_date),
    st.dates(date(1920, 1, 1), TODAY).map(date.isoformat),
    st.integers(1920, 2024).map(str), st.just(""))
GOOD = {
    "people": {
        "family_name": name_texts, "given_names": name_texts, "birth_date": birth_cells,
        "sex": st.sampled_from(["w", "m", "männlich", "weiblich", "divers", "", "k. A."]),
        "nationality": st.sampled_from(["Syrien", "UKR", "ukrainisch", "Eritrea", "", "XXA"]),
        "phone": st.one_of(st.just(""), st.text("0123456789", min_size=6, max_size=12)),
        "care_grade": st.sampled_from(["", "0", "1", "2", "5"]),
        "needs_barrier_free": yes_no, "has_pets": yes_no, "smoker": yes_no,
        "name_transliteration": st.one_of(st.just(""), name_texts),
        "household_key": st.sampled_from(["", "", "1", "2", "Fam. A"]),
        "household_role": st.sampled_from(["", "", "", "Kind", "Ehefrau"]),
    },
    "facilities": {
        "name": plain_texts, "kind": st.sampled_from(["GU", "Übergangswohnheim", "Wohnung",
                                                      "Gemeinschaftsunterkunft"]),
        "street": plain_texts.map(lambda street: f"{street} 3"),
        "house_number": st.sampled_from(["", "3", "3a", "12-14"]),
        "postal_code": st.text("0123456789", min_size=5, max_size=5), "city": plain_texts,
        "district": st.one_of(st.just(""), plain_texts),
        "living_space_m2": st.one_of(st.just(""), st.decimals(
            Decimal("0.01"), Decimal("999999.99"), places=2).map(
                lambda d: german_grouped(d, d >= 1000))),
        "barrier_free": yes_no, "pets_allowed": yes_no, "smoking_allowed": yes_no,
        "notes": st.one_of(st.just(""), plain_texts),
    },
    "units": {
        "facility": st.sampled_from(["Haus am Bach", "haus am bach", "Übergangswohnheim Nord",
                                     "Uebergangswohnheim Nord"]),
        "label": plain_texts.map(lambda label: label[:20]),
        "floor": st.sampled_from(["", "EG", "1. OG", "2", "-1", "UG", "OG 3"]),
        "places": st.integers(1, 20).map(str),
        "area_m2": st.decimals(Decimal("0.01"), Decimal("99999.99"), places=2).map(
            lambda d: german_grouped(d, False)),
        "barrier_free": yes_no,
        "occupancy_type": st.sampled_from(["", "Familien", "Männer", "gemischt", "AF"]),
    },
}
REQUIRED_COLUMNS = {"people": ["family_name", "given_names"],
                    "facilities": ["name", "kind", "street", "postal_code", "city"],
                    "units": ["facility", "label", "places", "area_m2"]}
# the single-cell parser each field goes through: a cell it refuses must be reported
SEXES, KINDS, OCCUPANCY = (imports_values.SEXES, imports_values.FACILITY_KINDS,
                           imports_values.OCCUPANCY_TYPES)
CELL_PARSERS = {
    "birth_date": lambda v, label: validation.parse_birth_date(v, TODAY, label),
    "sex": lambda v, label: imports_values.choose(v, label, SEXES),
    "nationality": validation.parse_nationality, "phone": validation.parse_phone,
    "care_grade": lambda v, label: validation.parse_int(v, label, 0, 5),
    "needs_barrier_free": validation.parse_bool, "has_pets": validation.parse_bool,
    "smoker": validation.parse_bool, "barrier_free": validation.parse_bool,
    "pets_allowed": validation.parse_bool, "smoking_allowed": validation.parse_bool,
    "kind": lambda v, label: imports_values.choose(v, label, KINDS),
    "postal_code": validation.parse_postal_code,
    "living_space_m2": lambda v, label: validation.parse_decimal(
        v, label, positive=True, maximum=MAX_LIVING_SPACE),
    "places": lambda v, label: validation.parse_int(v, label, 1,
                                                    place_checks.MAX_UNIT_PLACES),
    "area_m2": lambda v, label: validation.parse_decimal(v, label, positive=True,
                                                         maximum=MAX_UNIT_AREA),
    "floor": imports_values.parse_floor,
    "occupancy_type": lambda v, label: imports_values.choose(v, label, OCCUPANCY),
}
hostile_cells = st.one_of(texts, date_texts, st.sampled_from(TRICKY_TEXT))


@st.composite
def lists(draw: Any, kind: str) -> tuple[list[str], list[str], list[list[str]], list[tuple]]:
    """(field keys, headers, rows of text, the spoiled cells (row, key, value))."""
    good = GOOD[kind]
    optional = [key for key in good if key not in REQUIRED_COLUMNS[kind]]
    keys = REQUIRED_COLUMNS[kind] + draw(st.lists(st.sampled_from(optional), unique=True))
    keys = draw(st.permutations(keys))
    headers = [draw(st.sampled_from(field_by_key(kind)[key].headers()), label=key)
               for key in keys]
    rows = draw(st.lists(st.fixed_dictionaries({key: good[key] for key in keys}), min_size=1,
                         max_size=4))
    spoiled = draw(st.lists(st.tuples(st.integers(0, len(rows) - 1), st.sampled_from(keys),
                                      hostile_cells), max_size=3))
    for index, key, value in spoiled:
        rows[index][key] = value
    return keys, headers, [[row[key] for key in keys] for row in rows], spoiled


# ---------------------------------------------------------------- files

def csv_file(folder: Path, headers: list[str], rows: list[list[Any]], encoding: str,
             delimiter: str) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([headers, *rows])
    text = buffer.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # Windows-1252 cannot hold every character: as Excel, UTF-8
        data = text.encode("utf-8-sig", "surrogatepass")
    path = folder / "liste.csv"
    path.write_bytes(data)
    return path


def xlsx_cell(value: Any, typed: bool) -> Any:
    """What Excel holds: numbers and dates as such (if `typed`), text without the control
    characters a workbook cannot store."""
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)
        if any("\ud800" <= c <= "\udfff" for c in text):
            text = text.encode("utf-8", "replace").decode("utf-8")
        if typed and text.isascii() and text.lstrip("-").isdigit() and len(text) < 15:
            return int(text)  # Excel took it for a number
        if typed and GERMAN_DAY.fullmatch(text):
            day, refused = attempt(validation.parse_date, text, "x")
            if refused is None:
                return datetime(day.year, day.month, day.day)  # … or for a date
        return text or None
    return value


def xlsx_file(folder: Path, headers: list[str], rows: list[list[Any]], typed: bool,
              title: bool) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if title:
        sheet.append(["Liste der Unterkünfte, Stand März 2025"])
    sheet.append(headers)
    for row in rows:
        sheet.append([xlsx_cell(value, typed) for value in row])
    path = folder / "liste.xlsx"
    workbook.save(path)
    return path


# ---------------------------------------------------------------- the promise

COUNTED = {"people": Person, "facilities": Facility, "units": Unit}


def counts(database: Any) -> dict[str, int]:
    with database.read() as session:
        return {name: session.scalar(select(func.count()).select_from(model))
                for name, model in (*COUNTED.items(), ("households", Household))}


def check_import(database: Any, actor: Any, kind: str, table: Table, skip: bool,
                 spoiled_cells: list[tuple[int, str, Any]] = ()) -> None:
    mapping = imports.guess_mapping(kind, table.headers)
    before, numbers = fingerprint(database), counts(database)
    with database.read() as session:  # the window's preview runs in a read session
        preview, refused = attempt(imports.run_import, session, actor, kind, table, mapping,
                                   today=TODAY, dry_run=True, skip_duplicates=skip)
    assert fingerprint(database) == before
    with database.write(actor) as session:  # committed even after a refusal
        report, refused_too = attempt(imports.run_import, session, actor, kind, table,
                                      mapping, today=TODAY, skip_duplicates=skip)
    if refused is not None:  # the list as a whole: same refusal, nothing written
        assert refused_too is not None and refused_too.message == refused.message
        assert refused.message.strip() and not ENGLISH.search(QUOTED.sub("", refused.message))
        assert fingerprint(database) == before
        return
    assert refused_too is None
    shown = [(e.row_number, e.column_label, e.message) for e in preview.errors]
    assert shown == [(e.row_number, e.column_label, e.message) for e in report.errors]
    assert [d.row_number for d in preview.duplicates] == [d.row_number
                                                          for d in report.duplicates]
    rows = {row.number: row for row in table.rows}
    for error in report.errors:  # row number, column as headed, German reason
        assert error.row_number in rows, error
        assert error.column_label is None or error.column_label in table.headers, error
        assert error.message.strip(), error
        rest = QUOTED.sub("", error.message)
        for value in rows[error.row_number].values:
            rest = rest.replace(str(value), "") if value is not None else rest
        assert not ENGLISH.search(rest), error
    reported = {(e.row_number, e.column_label) for e in report.errors}
    mapped = {table.headers[index]: key for index, key in mapping.items()}
    for number, column, cell, key in spoiled_cells:  # a cell its parser refuses is reported
        if key in CELL_PARSERS and cell is not None and mapped.get(column) == key:
            _, bad = attempt(CELL_PARSERS[key], cell, column)
            if bad is not None:
                assert (number, column) in reported, (number, column, cell, report.errors)
    if report.blocked:  # all or nothing
        assert report.imported == 0 and fingerprint(database) == before
        return
    skipped = {d.row_number for d in report.duplicates}
    assert report.imported == report.importable == preview.importable == len(rows) - len(
        skipped)
    after = counts(database)
    assert after[kind] == numbers[kind] + report.imported
    if kind == "people":
        assert after["households"] == numbers["households"] + preview.households


# ---------------------------------------------------------------- the tests

@settings(max_examples=IMPORT_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(kind=st.sampled_from(["people", "facilities", "units"]), data=st.data(),
       file_format=st.sampled_from(["csv", "xlsx"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
       delimiter=st.sampled_from([";", ",", "\t"]), typed=st.booleans(), title=st.booleans(),
       skip=st.booleans())
def _file_examples(database, env, folder, kind, data, file_format, encoding, delimiter, typed,
                   title, skip):
    keys, headers, rows, spoiled = data.draw(lists(kind), label="list")
    if file_format == "csv":
        path = csv_file(folder, headers, rows, encoding, delimiter)
    else:
        path = xlsx_file(folder, headers, rows, typed, title)
    table, refused = attempt(imports.read_table, path)
    if refused is not None:  # the file as a whole
        assert refused.message.strip() and "liste" in refused.message
        return
    cells = []
    if len(table.rows) == len(rows):  # no row left wholly empty: the n-th row is row n
        for index, key, _value in spoiled:
            if headers[keys.index(key)] in table.headers:
                column = table.headers.index(headers[keys.index(key)])
                row = table.rows[index]
                cells.append((row.number, table.headers[column], row.values[column], key))
    check_import(database, env["actor"], kind, table, skip, cells)




raw_cells = st.one_of(anything.filter(lambda value: not isinstance(value, Decimal)),
                      st.floats(), st.integers(-10**30, 10**30), st.times())


@settings(max_examples=IMPORT_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(kind=st.sampled_from(["people", "facilities", "units"]), data=st.data(),
       skip=st.booleans())
@example(kind="units", skip=False, data=None)  # the explicit cells below
def _cell_examples(database, env, kind, data, skip):
    """Cells as read_table may hand them over (numbers, dates, times, booleans, NaN and
    infinity from a damaged workbook) straight into the import."""
    if data is None:
        keys = ["facility", "label", "places", "area_m2", "floor"]
        rows = [["Haus am Bach", "A9", 2, 12.5, float("inf")],
                ["Haus am Bach", "A10", 2, 12.5, float("nan")],
                ["Haus am Bach", "A11", 2, 12.5, "9" * 5000],
                ["Haus am Bach", "A12", 10**30, 1e300, time(12, 0)]]
    else:
        keys, _headers, text_rows, _spoiled = data.draw(lists(kind), label="list")
        rows = [[data.draw(st.one_of(st.just(cell), raw_cells), label=key)
                 for key, cell in zip(keys, row, strict=True)] for row in text_rows]
    headers = tuple(field_by_key(kind)[key].label for key in keys)
    table_rows = tuple(TableRow(number, tuple(None if value == "" else value for value in row))
                       for number, row in enumerate(rows, start=2))
    table = Table(headers, tuple(row for row in table_rows if any(
        value is not None for value in row.values)), "liste.xlsx", "xlsx", sheet="Tabelle1")
    if not table.rows:
        return
    cells = [(row.number, headers[column], row.values[column], keys[column])
             for row in table.rows for column in range(len(keys))]
    check_import(database, env["actor"], kind, table, skip, cells)




def test_import_all_or_nothing(database, tmp_path):
    """The promise in one readable case (three good rows and a 31.02.: nothing written),
    then random files, then tables of cells of any type."""
    env = everyone(database)
    path = csv_file(tmp_path, ["Familienname", "Vornamen", "Geburtsdatum"], [
        ["Haddad", "Lina", "05.05.1992"], ["Öztürk", "Gül", "31.02.2026"],
        ["Kovalenko", "Olena", "1987"], ["Ahmadi", "Farid", "=cmd|' /C calc'!A0"]],
        "utf-8", ";")
    table = imports.read_table(path)
    before = fingerprint(database)
    with database.write(env["actor"]) as session:
        report = imports.run_import(session, env["actor"], "people", table,
                                    imports.guess_mapping("people", table.headers), today=TODAY)
    assert report.imported == 0 and report.blocked
    assert [(e.row_number, e.column_label) for e in report.errors] == [
        (3, "Geburtsdatum"), (5, "Geburtsdatum")]
    assert "31.02.2026 gibt es nicht" in report.errors[0].message
    assert fingerprint(database) == before
    _file_examples(database, env, tmp_path)
    _cell_examples(database, env)
