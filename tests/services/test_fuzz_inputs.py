"""Random text, dates and numbers against every form validator and import parser (issue 7):
nothing crashes, a bad value is refused with a German message that names the field, and an
accepted value reads back as itself where that is cheap to check.

This module holds the pure parsers (no database) and the strategies the other two share:
`test_fuzz_writes` sends the same values through the services that write (forms and
dialogs), `test_fuzz_imports` through the list import; both on SQLite and PostgreSQL.

Inventory
=========
Parsers and validators, by module. `test_the_inventory_is_complete` fails when one of these
modules gains a public ``parse_*``/``validate_*``/``check_*``/``clean_*``/``cleaned*``
function that is not listed in `INVENTORY` (with the test that fuzzes it).

- services.date_parsing: parse_date, parse_birth_date, check_birth_date
- services.validation: parse_decimal, parse_int, parse_postal_code, parse_bool, parse_choice,
  parse_sex, parse_nationality, parse_phone, parse_email, clean_text, check_storable_text,
  unstorable_character, check_amount_places, check_code, check_nationality, check_version
  (and the date parsers, re-exported)
- services.imports_values: choose, text_value, parse_floor (cells of the import)
- services.imports_fields: import_kind, recognise, guess_mapping, check_mapping,
  apply_overrides (headers and the user's "Spalte=Feld" choices)
- services.import_files: read_table, sniff_delimiter (bytes of a CSV/XLSX file)
- services.imports / imports_rows / imports_people / imports_places: run_import with its
  row conversion (`RowValues.parse/required`, the importers' `convert` and `check`) —
  fuzzed in test_fuzz_imports
- services.people: check_person, check_documents_unique (the latter with a database)
- services.place_checks (re-exported by services.places): check_facility, check_unit,
  check_offer, cleaned_facility, cleaned_unit, cleaned_offer
- services.neighbourhood: cleaned
- services.pilot_marks: cleaned_mark
- services.readiness: clean_item (a case's checklist item)
- services.shared_settings: the validator of every setting (`SETTINGS[key].validate`)
- services.ticket_costs: the cost rows as typed (`_entries`: amounts, hours, rates)
- ui.forms.fields: whole_number, country_code (widget text → values). The other forms call
  validation directly: person_form (parse_birth_date, country_code), unit_form
  (parse_decimal, whole_number), offer_form (parse_date, parse_decimal), facility_form
  (parse_decimal), documents (parse_nationality, parse_date), pilot_fields (parse_date).
- ui.tickets.cost_rows: parse_amount (the cost dialog's preview of the total)

The services that write, fuzzed in test_fuzz_writes (`WRITE_PATHS`): people.create_person/
update_person, households.create_household, places.create_facility/update_facility/
create_unit/update_unit/create_offer/update_offer, neighbourhood.record_report/
update_report/resolve_report, inspections.record_inspection/set_interval, tickets.report,
ticket_costs.add_costs/resolve, pilot_marks.set_pilot, shared_settings.put,
cases.set_goals/set_readiness_item, stays.move_in; and imports.run_import in
test_fuzz_imports.

Properties
==========
(a) no exception other than the project's `DomainError` (and its subclasses) escapes;
(b) a refusal has a non-empty German message that names the field (`exc.field`, at the
    start of the message for the parsers);
(c) a refused write changes nothing: row counts of every table, the audit log and the sum
    of every `version_id` are the same before and after, even when the caller commits its
    session after catching the refusal (test_fuzz_writes, test_fuzz_imports);
(d) accepted values read back: a parsed date shown as "TT.MM.JJJJ", a number shown as the
    form shows it, a cleaned text cleaned again are what they were; what a check lets
    through fits its column (length, digits, no NUL) so the database cannot refuse it.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import Integer, Numeric, String, Table

from soest_desk.models import Facility, IdentityDocument, NeighbourhoodReport, Person, Unit
from soest_desk.models.enums import BirthDatePrecision, Sex
from soest_desk.services import (
    date_parsing,
    import_files,
    imports_fields,
    imports_values,
    neighbourhood,
    people,
    pilot_marks,
    place_checks,
    readiness,
    shared_settings,
    ticket_costs,
    validation,
)
from soest_desk.services.errors import DomainError
from soest_desk.services.imports_fields import ImportKind
from soest_desk.services.nationalities import VALID_CODES
from soest_desk.ui.forms.gateway import birth_text

TODAY = date(2025, 3, 15)
PURE_EXAMPLES = 200
FEW_EXAMPLES = 100  # parsers that open files

# ---------------------------------------------------------------- strategies (shared)

TRICKY_TEXT = (
    "", " ", "   ", "\t", "\n", "\r\n", "\u00a0", "\u202f", "\u3000", "\u200b", "\ufeff",
    "=cmd|' /C calc'!A0", "=1+1", "+49", "-", "--", "@SUM(A1)", "'", '"', ";", ",", ".",
    "1.234,5", "1.234,56 €", "1,234.5", "1.234", "1.234.567", "12,5 m²", "12.5", "-12,5",
    "0", "-0", "0,00", "0,001", "00000", "04711", "59494", "5949", "D-59494", "59 494",
    "31.02.2026", "29.02.2024", "29.02.2023", "2026-13-01", "2026-02-30", "0.0.0",
    "00.00.0000", "00.00.1985", "XX.XX.1985", "13.1990", "1990-00", "1.1.1900",
    "31.12.2199", "01.01.2200", "1899-12-31", "01.05.90", "2024", "60", "1e400", "1E+3",
    "NaN", "nan", "inf", "-inf", "Infinity", "0x1F", "²", "²²²²", "١٢٣", "٣١.١٢.٢٠٢٤",
    "ja", "Nein", "x", "null", "None", "NULL", "true", "'; DROP TABLE persons; --",
    "\x00", "a\x00b", "\x1b[31mrot", "\x7f", "\u0085", "\u2028", "\ud800", "Ä" * 201,
    "Haddad", "Öztürk", "Коваленко", "حداد", "O'Brien", "Müller-Lüdenscheidt", "ß",
    "UKR", "ukr", "Syrien", "Atlantis", "0151 2345678", "+49 (0) 2921/12-34",
    "name@beispiel.de", "a@b", "Weg 1", "EG", "1. OG", "2. UG", "-6", "61",
)
CONTROL = st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"])


def german_grouped(number: Decimal, grouped: bool) -> str:
    """12345.6 → "12.345,6" (grouped) or "12345,6"."""
    sign = "-" if number < 0 else ""
    whole, _, fraction = format(abs(number), "f").partition(".")
    if grouped:
        whole = f"{int(whole):,}".replace(",", ".")
    return sign + whole + ("," + fraction if fraction else "")


def _scaled(mantissa: int, places: int) -> Decimal:
    return Decimal(mantissa).scaleb(-places)


german_numbers = st.builds(german_grouped, st.builds(_scaled, st.integers(-10**12, 10**12),
                                                     st.integers(0, 6)), st.booleans())
date_texts = st.one_of(
    st.dates().map(lambda d: f"{d.day:02d}.{d.month:02d}.{d.year:04d}"),
    st.dates().map(lambda d: f"{d.day}.{d.month}.{d.year}"),
    st.dates().map(date.isoformat),
    st.datetimes().map(lambda moment: moment.isoformat(sep=" ")),
    st.builds("{}.{}.{}".format, st.integers(0, 99), st.integers(0, 99), st.integers(0, 99999)),
    st.builds("{}-{}-{}".format, st.integers(0, 99999), st.integers(0, 99), st.integers(0, 99)),
    st.builds("{:02d}.{}".format, st.integers(0, 99), st.integers(0, 9999)),
    st.integers(0, 99999).map(str),
)
long_texts = st.builds(lambda chunk, n: chunk * n,
                       st.sampled_from(["a", "9", "ä ", " ", "Haus ", "\n", "1,"]),
                       st.sampled_from([49, 50, 51, 100, 101, 199, 200, 201, 2001, 4001, 5001,
                                        20000]))
texts = st.one_of(
    st.sampled_from(TRICKY_TEXT),
    st.text(max_size=30),
    st.text(st.one_of(CONTROL, st.sampled_from("aäß 9.,-")), max_size=12),
    long_texts,
    german_numbers,
    date_texts,
)
numbers = st.one_of(
    st.integers(),
    st.integers(-10**40, 10**40),
    st.floats(),  # NaN and ±inf included
    st.decimals(),  # NaN, sNaN and ±Infinity included
    st.decimals(allow_nan=False, allow_infinity=False, places=8),
)
anything = st.one_of(texts, numbers, st.dates(), st.datetimes(), st.times(), st.booleans(),
                     st.none())
optional_texts = st.one_of(st.none(), texts)
# text a clerk could well type: any letters, marks, digits, punctuation, symbols and spaces
plain_texts = st.text(st.characters(categories=["L", "M", "N", "P", "S", "Zs"]), min_size=1,
                      max_size=40).filter(str.strip)
name_texts = st.text(st.one_of(st.characters(categories=["L", "M"]), st.sampled_from(" -'.")),
                     min_size=1, max_size=30).filter(lambda text: any(c.isalpha() for c in text))


@st.composite
def mostly_valid(draw: Any, valid: dict[str, Any], hostile: dict[str, Any] | None = None
                 ) -> dict[str, Any]:
    """A value per field: a valid one, except in up to two fields drawn to get a hostile one
    (`hostile[key]`, else random text) — so many examples pass every check and are written,
    and the others are refused for one or two reasons at a time."""
    keys = sorted(valid)
    bad = draw(st.sets(st.sampled_from(keys), max_size=2), label="hostile fields")
    other = hostile or {}
    return {key: draw(other.get(key, texts) if key in bad else valid[key], label=key)
            for key in keys}


any_dates = st.dates()  # 0001-01-01 … 9999-12-31
maybe_dates = st.one_of(st.none(), any_dates)


# ---------------------------------------------------------------- checking a refusal

ENGLISH = re.compile(r"\b(invalid|literal|error|exception|traceback|could not|cannot|"
                     r"must be|nonetype|object|expected|decimal\(|valueerror|overflow)\b",
                     re.IGNORECASE)
QUOTED = re.compile(r"„[^“]*“", re.DOTALL)


def assert_refusal(exc: DomainError, label: str | None = None, given: object = None, *,
                   names: str | None = None) -> None:
    """(b): a non-empty German message naming the field; with `label`, the parsers'
    convention "<label>: …" and `exc.field == label`; without, the message names its
    `exc.field` (or `names`, where the form shows a field under another heading)."""
    assert isinstance(exc, DomainError)
    message = exc.message
    assert message.strip(), "empty message"
    assert str(exc) == message
    if label is not None:
        assert exc.field == label, (exc.field, label, message)
        assert message.startswith(f"{label}: "), message
    else:
        assert exc.field, f"the message names no field: {message!r}"
        assert (names or exc.field) in message, (exc.field, names, message)
    rest = QUOTED.sub("", message)
    if isinstance(given, str) and given.strip():
        rest = rest.replace(given.strip(), "")
    assert not ENGLISH.search(rest), f"not German: {message!r}"


def attempt(call: Any, *args: Any, **kwargs: Any) -> tuple[Any, DomainError | None]:
    """(a): the result, or the DomainError; any other exception fails the test."""
    try:
        return call(*args, **kwargs), None
    except DomainError as exc:
        return None, exc


def assert_fits(table: Table, values: dict[str, object]) -> None:
    """(d): what a check let through fits the columns, so the database cannot refuse it."""
    for name, value in values.items():
        column_type = table.c[name].type
        if isinstance(value, str):
            assert "\x00" not in value, (name, value)
            assert not any(0xD800 <= ord(c) <= 0xDFFF for c in value), (name, value)
            if isinstance(column_type, String) and column_type.length:
                assert len(value) <= column_type.length, (name, len(value))
        elif isinstance(value, Decimal) and isinstance(column_type, Numeric):
            precision, scale = column_type.precision, column_type.scale
            assert value.is_finite(), (name, value)
            assert value == value.quantize(Decimal(1).scaleb(-scale)), (name, value)
            assert abs(value) < Decimal(10) ** (precision - scale), (name, value)
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int) and isinstance(column_type, Integer):
            assert -2**31 <= value < 2**31, (name, value)


def fuzz(examples: int = PURE_EXAMPLES) -> Any:
    return settings(max_examples=examples, deadline=None)


# ---------------------------------------------------------------- inventory

SCANNED_MODULES = (
    "soest_desk.services.date_parsing", "soest_desk.services.validation",
    "soest_desk.services.people", "soest_desk.services.places",
    "soest_desk.services.place_checks", "soest_desk.services.households",
    "soest_desk.services.tickets", "soest_desk.services.ticket_costs",
    "soest_desk.services.cases", "soest_desk.services.readiness",
    "soest_desk.services.neighbourhood", "soest_desk.services.inspections",
    "soest_desk.services.stays", "soest_desk.services.pilot_marks",
    "soest_desk.services.shared_settings", "soest_desk.ui.tickets.cost_rows",
)
SCANNED_PREFIXES = ("soest_desk.services.import", "soest_desk.ui.forms.")
VALIDATOR_NAME = re.compile(r"^(?:parse|validate|check|clean)_|^cleaned(?:_|$)")
# "module.function" -> the test that fuzzes it ("file::test")
INVENTORY = {
    "soest_desk.services.date_parsing.parse_date": "inputs::test_parse_date",
    "soest_desk.services.date_parsing.parse_birth_date": "inputs::test_parse_birth_date",
    "soest_desk.services.date_parsing.check_birth_date": "inputs::test_parse_birth_date",
    "soest_desk.services.validation.parse_decimal": "inputs::test_parse_decimal",
    "soest_desk.services.validation.parse_int": "inputs::test_parse_int",
    "soest_desk.services.validation.parse_postal_code": "inputs::test_parse_postal_code",
    "soest_desk.services.validation.parse_bool": "inputs::test_parse_bool",
    "soest_desk.services.validation.parse_choice": "inputs::test_parse_choice_and_sex",
    "soest_desk.services.validation.parse_sex": "inputs::test_parse_choice_and_sex",
    "soest_desk.services.validation.parse_nationality": "inputs::test_nationality",
    "soest_desk.services.validation.check_nationality": "inputs::test_nationality",
    "soest_desk.services.validation.parse_phone": "inputs::test_phone_and_email",
    "soest_desk.services.validation.parse_email": "inputs::test_phone_and_email",
    "soest_desk.services.validation.clean_text": "inputs::test_clean_text",
    "soest_desk.services.validation.check_storable_text": "inputs::test_clean_text",
    "soest_desk.services.validation.check_amount_places": "inputs::test_amount_places",
    "soest_desk.services.validation.check_code": "inputs::test_codes_and_versions",
    "soest_desk.services.validation.check_version": "inputs::test_codes_and_versions",
    "soest_desk.services.imports_values.parse_floor": "inputs::test_import_cells",
    "soest_desk.services.imports_fields.check_mapping": "inputs::test_import_mapping",
    "soest_desk.services.people.check_person": "inputs::test_check_person",
    "soest_desk.services.people.check_documents_unique":
        "writes::test_record_forms",
    "soest_desk.services.place_checks.check_facility": "inputs::test_place_checks",
    "soest_desk.services.place_checks.check_unit": "inputs::test_place_checks",
    "soest_desk.services.place_checks.check_offer": "inputs::test_place_checks",
    "soest_desk.services.place_checks.cleaned_facility": "inputs::test_place_checks",
    "soest_desk.services.place_checks.cleaned_unit": "inputs::test_place_checks",
    "soest_desk.services.place_checks.cleaned_offer": "inputs::test_place_checks",
    "soest_desk.services.neighbourhood.cleaned": "inputs::test_neighbourhood_report",
    "soest_desk.services.pilot_marks.cleaned_mark": "inputs::test_pilot_mark",
    "soest_desk.services.readiness.clean_item": "inputs::test_readiness_item",
    "soest_desk.ui.tickets.cost_rows.parse_amount": "inputs::test_cost_rows",
}
# further parsers whose names do not follow the pattern; listed so the docstring and the
# tests stay in step (the completeness check only needs the pattern names above)
OTHER_PARSERS = {
    "soest_desk.services.validation.unstorable_character": "inputs::test_clean_text",
    "soest_desk.services.imports_values.choose": "inputs::test_import_cells",
    "soest_desk.services.imports_values.text_value": "inputs::test_import_cells",
    "soest_desk.services.imports_fields.import_kind": "inputs::test_import_mapping",
    "soest_desk.services.imports_fields.recognise": "inputs::test_import_mapping",
    "soest_desk.services.imports_fields.guess_mapping": "inputs::test_import_mapping",
    "soest_desk.services.imports_fields.apply_overrides": "inputs::test_import_mapping",
    "soest_desk.services.import_files.read_table": "inputs::test_read_table_random_bytes",
    "soest_desk.services.import_files.sniff_delimiter": "inputs::test_read_table_random_text",
    "soest_desk.ui.forms.fields.whole_number": "inputs::test_form_fields",
    "soest_desk.ui.forms.fields.country_code": "inputs::test_form_fields",
}
# the services that write, with the test that sends form and dialog values through them
WRITE_PATHS = {
    **{f"soest_desk.services.people.{name}": "writes::test_record_forms"
       for name in ("create_person", "update_person")},
    **{f"soest_desk.services.households.{name}": "writes::test_record_forms"
       for name in ("create_household",)},
    **{f"soest_desk.services.places.{name}": "writes::test_record_forms"
       for name in ("create_facility", "update_facility", "create_unit", "update_unit",
                    "create_offer", "update_offer")},
    **{f"soest_desk.services.{name}": "writes::test_dialogs" for name in (
        "neighbourhood.record_report", "neighbourhood.update_report",
        "neighbourhood.resolve_report", "inspections.record_inspection",
        "inspections.set_interval", "tickets.report", "ticket_costs.add_costs",
        "ticket_costs.resolve", "pilot_marks.set_pilot", "shared_settings.put",
        "cases.set_goals", "cases.set_readiness_item", "stays.move_in")},
    "soest_desk.services.imports.run_import": "imports::test_import_all_or_nothing",
}
NOT_VALIDATORS = {
    "soest_desk.ui.forms.fields.check_box",  # makes a QCheckBox
}


def _scanned_modules() -> list[str]:
    names = list(SCANNED_MODULES)
    for package in ("soest_desk.services", "soest_desk.ui.forms"):
        path = importlib.import_module(package).__path__
        names += [f"{package}.{info.name}" for info in pkgutil.iter_modules(path)
                  if f"{package}.{info.name}".startswith(SCANNED_PREFIXES)]
    return sorted(set(names))


def test_the_inventory_is_complete():
    found = set()
    for module_name in _scanned_modules():
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if (VALIDATOR_NAME.match(name) and callable(value)
                    and getattr(value, "__module__", None) == module_name):
                found.add(f"{module_name}.{name}")
    missing = sorted(found - set(INVENTORY) - NOT_VALIDATORS)
    assert not missing, ("new parse/validate functions, not fuzzed yet: add them to "
                         f"INVENTORY and to a test_fuzz_* test: {missing}")
    gone = sorted(set(INVENTORY) - found)
    assert not gone, f"listed in INVENTORY but no longer there: {gone}"
    modules = {"inputs": "tests.services.test_fuzz_inputs",
               "writes": "tests.services.test_fuzz_writes",
               "imports": "tests.services.test_fuzz_imports"}
    for function, where in {**INVENTORY, **OTHER_PARSERS, **WRITE_PATHS}.items():
        module_name, _, name = function.rpartition(".")
        assert callable(getattr(importlib.import_module(module_name), name, None)), function
        file, test = where.split("::")
        assert callable(getattr(importlib.import_module(modules[file]), test, None)), where


# ---------------------------------------------------------------- dates

DATE_LABELS = st.sampled_from(["Datum", "Verfügbar ab", "Gültig bis", "Pilotstart"])


@fuzz()
@given(value=st.one_of(anything, date_texts), label=DATE_LABELS)
@example(value="²", label="Datum")  # str.isdigit() but not a number int() reads
@example(value="²²²²", label="Datum")
@example(value=Decimal("NaN"), label="Datum")
@example(value=Decimal("-Infinity"), label="Datum")
@example(value="31.02.2026", label="Datum")
@example(value="2026-13-01", label="Datum")
@example(value="0.0.0", label="Datum")
def test_parse_date(value, label):
    result, refused = attempt(validation.parse_date, value, label)
    if refused:
        assert_refusal(refused, label, value)
        return
    if date_parsing.is_blank(value):
        assert result is None
        return
    assert isinstance(result, date) and not isinstance(result, datetime)
    assert validation.MIN_YEAR <= result.year <= validation.MAX_YEAR
    # (d) what the form shows reads back as the same day, in either notation
    assert validation.parse_date(validation.german_date(result), label) == result
    assert validation.parse_date(result.isoformat(), label) == result


@fuzz()
@given(day=st.dates(date(validation.MIN_YEAR, 1, 1), date(validation.MAX_YEAR, 12, 31)))
def test_every_day_in_range_is_read_in_every_notation(day):
    label = "Datum"
    assert validation.parse_date(validation.german_date(day), label) == day
    assert validation.parse_date(f"{day.day}.{day.month}.{day.year}", label) == day
    assert validation.parse_date(f" {day.isoformat()} 13:45 ", label) == day
    assert validation.parse_date(datetime(day.year, day.month, day.day, 23, 59), label) == day
    serial = (day - date(1899, 12, 30)).days  # Excel's serial after its 29.02.1900
    if serial > date_parsing.EXCEL_FAKE_LEAP_DAY and not (
            validation.MIN_YEAR <= serial <= validation.MAX_YEAR):
        assert validation.parse_date(serial, label) == day
        assert validation.parse_date(float(serial), label) == day


@fuzz()
@given(value=st.one_of(anything, date_texts,
                       st.builds("{:02d}.{:04d}".format, st.integers(0, 15),
                                 st.integers(0, 9999))),
       today=st.dates(date(1950, 1, 1), date(2150, 12, 31)))
@example(value="²²²²", today=TODAY)
@example(value=10**400, today=TODAY)  # float(value) overflowed
@example(value=float("inf"), today=TODAY)
@example(value=Decimal("sNaN"), today=TODAY)
@example(value="XX.XX.0000", today=TODAY)
@example(value="00.13.1990", today=TODAY)
def test_parse_birth_date(value, today):
    label = "Geburtsdatum"
    result, refused = attempt(validation.parse_birth_date, value, today)
    if refused:
        assert_refusal(refused, label, value)
        return
    day, precision = result
    if date_parsing.is_blank(value):
        assert result == (None, BirthDatePrecision.DAY.value)
        return
    assert precision in {p.value for p in BirthDatePrecision}
    validation.check_birth_date(day, precision, today)  # what was accepted passes the check
    assert day.year >= validation.MIN_YEAR
    # (d) the person form shows "31.12.1990", "12.1990" or "1990" and reads it back
    assert validation.parse_birth_date(birth_text(day, precision), today) == (day, precision)


# ---------------------------------------------------------------- numbers

NUMBER_LABELS = st.sampled_from(["Fläche (m²)", "Wohnfläche m²", "Plätze", "Etage", "Zahl"])


def decimal_text(value: Decimal) -> str:
    from soest_desk.ui.forms.fields import decimal_text as shown  # as the forms show it

    return shown(value)


@fuzz()
@given(value=st.one_of(anything, german_numbers), label=NUMBER_LABELS, positive=st.booleans(),
       maximum=st.one_of(st.none(), st.sampled_from([Decimal("99999.99"), 5, 10**7])))
@example(value="1.234,5", label="Zahl", positive=False, maximum=None)
@example(value="1.234", label="Zahl", positive=False, maximum=None)
@example(value="9" * 5000, label="Zahl", positive=True, maximum=5)
@example(value=Decimal("sNaN"), label="Zahl", positive=False, maximum=None)
def test_parse_decimal(value, label, positive, maximum):
    result, refused = attempt(validation.parse_decimal, value, label, positive=positive,
                              maximum=maximum)
    if refused:
        assert_refusal(refused, label, value)
        return
    if date_parsing.is_blank(value):
        assert result is None
        return
    assert isinstance(result, Decimal) and result.is_finite()
    assert not positive or result > 0
    assert maximum is None or result <= maximum
    if len(result.as_tuple().digits) <= 28:  # (d) the form's own text reads back as the
        # same number (within Decimal's 28 digits: more than any column holds)
        assert validation.parse_decimal(decimal_text(result), label) == result


@fuzz()
@given(value=st.one_of(anything, german_numbers), label=NUMBER_LABELS,
       minimum=st.one_of(st.none(), st.integers(-10, 10)),
       maximum=st.one_of(st.none(), st.integers(0, 1000)))
@example(value="9" * 5000, label="Etage", minimum=None, maximum=None)  # int too long to show
@example(value="9" * 5000, label="Plätze", minimum=1, maximum=500)
@example(value="-" + "9" * 5000, label="Etage", minimum=-5, maximum=60)
@example(value=1e300, label="Etage", minimum=None, maximum=None)
def test_parse_int(value, label, minimum, maximum):
    result, refused = attempt(validation.parse_int, value, label, minimum, maximum)
    if refused:
        assert_refusal(refused, label, value)
        return
    if date_parsing.is_blank(value):
        assert result is None
        return
    assert isinstance(result, int) and not isinstance(result, bool)
    assert minimum is None or result >= minimum
    assert maximum is None or result <= maximum
    assert -2**31 <= result < 2**31  # every whole-number column is an INTEGER
    assert validation.parse_int(str(result), label) == result


@fuzz()
@given(value=st.one_of(anything, st.integers(0, 120000), st.integers(0, 120000).map(str)))
@example(value=4711)
@example(value=4711.0)
@example(value="٥٩٤٩٤")
@example(value="59 494")
def test_parse_postal_code(value):
    result, refused = attempt(validation.parse_postal_code, value)
    if refused:
        assert_refusal(refused, "PLZ", value)
        return
    assert len(result) == 5 and result.isascii() and result.isdigit()
    assert validation.parse_postal_code(result) == result


@fuzz()
@given(value=anything)
def test_parse_bool(value):
    result, refused = attempt(validation.parse_bool, value, "Barrierefrei")
    if refused:
        assert_refusal(refused, "Barrierefrei", value)
        return
    assert isinstance(result, bool)
    assert validation.parse_bool("ja" if result else "nein", "Barrierefrei") is result


LABEL_TABLES = st.sampled_from([validation.SEX_LABELS, validation.FACILITY_KIND_LABELS,
                                validation.OCCUPANCY_TYPE_LABELS, validation.OFFER_STATUS_LABELS,
                                validation.DOCUMENT_TYPE_LABELS,
                                validation.HOUSEHOLD_ROLE_LABELS])


@fuzz()
@given(value=st.one_of(anything, st.sampled_from(["weiblich", "Maennlich", "d.", "w", "M"])),
       choices=LABEL_TABLES, with_default=st.booleans())
def test_parse_choice_and_sex(value, choices, with_default):
    default = next(iter(choices)) if with_default else None
    result, refused = attempt(validation.parse_choice, value, "Art", choices, default=default)
    if refused:
        assert_refusal(refused, "Art", value)
    else:
        assert result in choices or (result == default and date_parsing.is_blank(value))
        assert validation.parse_choice(choices.get(result, result), "Art", choices,
                                       default=default) == result
    sex, refused = attempt(validation.parse_sex, value)
    if refused:
        assert_refusal(refused, "Geschlecht", value)
    else:
        assert sex in {s.value for s in Sex}


@fuzz()
@given(value=st.one_of(anything, st.sampled_from(sorted(VALID_CODES)),
                       st.sampled_from(["syrisch", "Türkei", "staatenlos", "ungeklärt", "RKS",
                                        "sy", "Syria ", "KOSOVO"])))
def test_nationality(value):
    label = "Staatsangehörigkeit"
    code, refused = attempt(validation.parse_nationality, value)
    if refused:
        assert_refusal(refused, label, value)
    elif date_parsing.is_blank(value):
        assert code is None
    else:
        assert code in VALID_CODES
        validation.check_nationality(code)
        assert validation.parse_nationality(code) == code
    if isinstance(value, str):
        _, refused = attempt(validation.check_nationality, value)
        if refused:
            assert_refusal(refused, label, value)
        else:
            assert value in VALID_CODES


phone_texts = st.text(st.sampled_from("0123456789 +/-()."), max_size=30)


@fuzz()
@given(value=st.one_of(anything, phone_texts,
                       st.builds("{}@{}.{}".format, st.text(max_size=8), st.text(max_size=8),
                                 st.text(max_size=4))))
@example(value="\x00@0.00")  # found by hypothesis: a NUL in an e-mail address (PostgreSQL)
def test_phone_and_email(value):
    phone, refused = attempt(validation.parse_phone, value)
    if refused:
        assert_refusal(refused, "Telefon", value)
    elif phone is not None:
        assert_fits(Person.__table__, {"phone": phone})
        assert validation.parse_phone(phone) == phone
    email, refused = attempt(validation.parse_email, value)
    if refused:
        assert_refusal(refused, "E-Mail", value)
    elif email is not None:
        assert_fits(Facility.__table__, {"landlord_email": email})
        assert validation.parse_email(email) == email


@fuzz()
@given(value=optional_texts, limit=st.sampled_from([1, 50, 200, 5000]),
       required=st.booleans(), multiline=st.booleans())
@example(value="Haus\x00am Bach", limit=200, required=True, multiline=False)  # PostgreSQL
@example(value="Zeile 1\x00", limit=5000, required=False, multiline=True)  # refuses NUL
@example(value="\ud800", limit=200, required=False, multiline=False)
@example(value="Zeile 1\r\n\tZeile 2", limit=5000, required=False, multiline=True)
def test_clean_text(value, limit, required, multiline):
    label = "Bemerkungen"
    result, refused = attempt(validation.clean_text, value, label, limit, required=required,
                              multiline=multiline)
    if refused:
        assert_refusal(refused, label, value)
        return
    if result is None:
        assert not required and not (value or "").strip()
        return
    assert len(result) <= limit and result == result.strip()
    assert "\x00" not in result and not any(0xD800 <= ord(c) <= 0xDFFF for c in result)
    if not multiline:
        assert "\n" not in result and "  " not in result
    assert validation.clean_text(result, label, limit, required=required,
                                 multiline=multiline) == result


@fuzz()
@given(value=st.decimals(allow_nan=False, allow_infinity=False), digits=st.integers(1, 10))
@example(value=Decimal("1.005"), digits=5)
@example(value=Decimal("1E+30"), digits=5)
def test_amount_places(value, digits):
    _, refused = attempt(validation.check_amount_places, value, "Betrag", digits=digits)
    if refused:
        assert_refusal(refused, "Betrag", value)
        return
    assert value == value.quantize(Decimal("0.01"))
    assert abs(value) < Decimal(10) ** digits


@fuzz()
@given(value=st.one_of(texts, st.sampled_from(sorted(validation.OCCUPANCY_TYPE_LABELS))),
       current=st.integers(), loaded=st.integers())
def test_codes_and_versions(value, current, loaded):
    _, refused = attempt(validation.check_code, value, "Belegungsart",
                         validation.OCCUPANCY_TYPE_LABELS)
    if refused:
        assert_refusal(refused, "Belegungsart", value)
    else:
        assert value in validation.OCCUPANCY_TYPE_LABELS
    _, conflict = attempt(validation.check_version, current, loaded, "Die Person „X“")
    assert (conflict is None) == (current == loaded)
    if conflict is not None:
        assert isinstance(conflict, validation.EditConflict) and "nicht gespeichert" in str(
            conflict)


# ---------------------------------------------------------------- import cells and headers

VOCABULARIES = st.sampled_from([imports_values.FACILITY_KINDS, imports_values.OCCUPANCY_TYPES,
                                imports_values.SEXES, imports_values.HOUSEHOLD_ROLES])
CELL_LABELS = st.sampled_from(["Art", "Geschlecht", "Etage", "Zimmer", "Rolle im Haushalt"])


@fuzz()
@given(value=anything, vocabulary=VOCABULARIES, label=CELL_LABELS,
       max_length=st.sampled_from([1, 20, 50, 200]))
@example(value=float("inf"), vocabulary=imports_values.SEXES, label="Etage", max_length=50)
@example(value=float("nan"), vocabulary=imports_values.SEXES, label="Etage", max_length=50)
@example(value=Decimal("sNaN"), vocabulary=imports_values.SEXES, label="Etage", max_length=50)
@example(value="9" * 5000, vocabulary=imports_values.SEXES, label="Etage", max_length=50)
def test_import_cells(value, vocabulary, label, max_length):
    if value is None:
        return  # RowValues.parse hands empty cells to no parser
    code, refused = attempt(imports_values.choose, value, label, vocabulary)
    if refused:
        assert_refusal(refused, label, value)
    else:
        assert code in vocabulary.labels
        assert imports_values.choose(vocabulary.labels[code], label, vocabulary) == code
    text, refused = attempt(imports_values.text_value, value, label, max_length=max_length)
    if refused:
        assert_refusal(refused, label, value)
    elif text is not None:
        assert 0 < len(text) <= max_length and text == " ".join(text.split())
    floor, refused = attempt(imports_values.parse_floor, value, label)
    if refused:
        assert_refusal(refused, label, value)
    else:
        assert isinstance(floor, int) and imports_values.FLOOR_MIN <= floor <= \
            imports_values.FLOOR_MAX
        assert imports_values.parse_floor(str(floor), label) == floor


header_texts = st.one_of(
    texts, st.sampled_from([h for kind in ImportKind for f in imports_fields.fields(kind)
                            for h in f.headers()]))


@fuzz()
@given(kind=st.one_of(st.sampled_from(list(ImportKind)), texts),
       headers=st.lists(header_texts, max_size=8),
       specs=st.lists(st.one_of(texts, st.builds("{}={}".format, header_texts, header_texts)),
                      max_size=3),
       extra=st.dictionaries(st.integers(-2, 10), st.one_of(texts, st.sampled_from(
           ["family_name", "name", "label", "postal_code_city", "postal_code"])), max_size=3))
def test_import_mapping(kind, headers, specs, extra):
    checked, refused = attempt(imports_fields.import_kind, kind)
    if refused:
        assert "Importart" in refused.message and refused.message.strip()
        return
    kind = checked.value
    for header in headers:
        key = imports_fields.recognise(kind, header)
        assert key is None or key in imports_fields.field_by_key(kind)
    guessed = imports_fields.guess_mapping(kind, headers)
    assert all(0 <= index < len(headers) for index in guessed)
    assert len(set(guessed.values())) == len(guessed)  # a field from one column only
    _, refused = attempt(imports_fields.check_mapping, kind, headers, guessed)
    if refused:  # a guess is never contradictory, at most incomplete
        assert refused.message.startswith("Die Zuordnung der Spalten passt nicht: Keine "
                                          "Spalte für:"), refused.message
    mapping, refused = attempt(imports_fields.apply_overrides, kind, headers, guessed, specs)
    if refused:
        assert refused.message.startswith("--map") and not ENGLISH.search(
            QUOTED.sub("", refused.message))
        return
    assert all(0 <= index < len(headers) for index in mapping)
    _, refused = attempt(imports_fields.check_mapping, kind, headers, {**mapping, **extra})
    if refused:
        assert refused.message.startswith("Die Zuordnung der Spalten passt nicht:")
        assert not ENGLISH.search(QUOTED.sub("", refused.message))


# ---------------------------------------------------------------- files

def _assert_table(table: import_files.Table) -> None:
    width = len(table.headers)
    assert width >= 1 and all(header.strip() for header in table.headers)
    numbers = [row.number for row in table.rows]
    assert numbers == sorted(set(numbers)) and all(n > table.header_row for n in numbers)
    for row in table.rows:
        assert len(row.values) == width
        assert any(value is not None for value in row.values)
        assert all(not isinstance(value, str) or (value and value == " ".join(value.split()))
                   for value in row.values)


@fuzz(FEW_EXAMPLES)
@given(data=st.one_of(st.binary(max_size=300),
                      st.binary(max_size=300).map(lambda b: b"PK\x03\x04" + b),
                      st.binary(max_size=100).map(lambda b: import_files.OLE_MAGIC + b),
                      st.binary(max_size=100).map(lambda b: b"\xff\xfe" + b)),
       suffix=st.sampled_from([".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".pdf", ""]))
def test_read_table_random_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"liste{suffix}"
    path.write_bytes(data)
    table, refused = attempt(import_files.read_table, path)
    if refused:
        assert refused.message.strip() and "liste" in refused.message  # names the file
        assert not ENGLISH.search(QUOTED.sub("", refused.message)), refused.message
        return
    _assert_table(table)


csv_cells = st.one_of(st.sampled_from(TRICKY_TEXT), st.text(max_size=15), german_numbers,
                      date_texts, st.just('"'), st.just('a"b'), st.just("x\ny"))


@fuzz(FEW_EXAMPLES)
@given(rows=st.lists(st.lists(csv_cells, max_size=6), max_size=6),
       delimiter=st.sampled_from([";", ",", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       header_row=st.one_of(st.none(), st.integers(-1, 8)), sep_line=st.booleans())
@example(rows=[["a"], ["b" * 200000]], delimiter=";", encoding="utf-8", header_row=None,
         sep_line=False)  # a field over the csv module's limit
def test_read_table_random_text(tmp_path_factory, rows, delimiter, encoding, header_row,
                                sep_line):
    text = "\r\n".join(delimiter.join(record) for record in rows)
    if sep_line:
        text = f"sep={delimiter}\r\n{text}"
    assert import_files.sniff_delimiter(text) in import_files.DELIMITERS
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    path = tmp_path_factory.mktemp("text") / "liste.csv"
    path.write_bytes(data)
    table, refused = attempt(import_files.read_table, path, header_row=header_row)
    if refused:
        assert refused.message.strip() and "liste.csv" in refused.message
        assert not ENGLISH.search(QUOTED.sub("", refused.message)), refused.message
        return
    _assert_table(table)
    assert header_row is None or table.header_row == header_row


# ---------------------------------------------------------------- people

names = st.one_of(texts, st.sampled_from(["Haddad", "Öztürk", "Коваленко", "O'Brien",
                                          "Nguyễn Thị", "al-Hassan", "Ḥaddād ʿUmar"]))
documents = st.builds(
    people.DocumentInput,
    doc_type=st.one_of(st.sampled_from(sorted(validation.DOCUMENT_TYPE_LABELS)), texts),
    number=st.one_of(texts, st.text("ABCXYZ0123456789 -/", max_size=70)),
    issuing_country=st.one_of(st.sampled_from(["UKR", "SYR", "XXA", "ZZZ", ""]), texts),
    valid_until=maybe_dates,
)
person_inputs = st.builds(
    people.PersonInput,
    family_name=names, given_names=names, birth_date=maybe_dates,
    birth_date_precision=st.sampled_from(["day", "month", "year", "week", ""]),
    sex=st.one_of(st.sampled_from(["f", "m", "d", "u"]), texts),
    nationality=st.one_of(st.none(), st.sampled_from(["UKR", "SYR", "XXX"]), texts),
    phone=st.one_of(st.none(), phone_texts, texts),
    care_grade=st.one_of(st.integers(-3, 8), st.integers(), st.booleans(), st.floats(0, 5)),
    needs_barrier_free=st.booleans(), has_pets=st.booleans(), smoker=st.booleans(),
    name_transliteration=optional_texts, documents=st.lists(documents, max_size=3),
)


def assert_person_fits(data: people.PersonInput) -> None:
    """(d) after check_person: what create_person stores fits the table."""
    clean = people._cleaned(data)
    assert_fits(Person.__table__, {
        "family_name": clean.family_name, "given_names": clean.given_names,
        "name_transliteration": clean.name_transliteration, "phone": clean.phone,
        "nationality": clean.nationality, "sex": clean.sex, "care_grade": clean.care_grade,
        "birth_date_precision": clean.birth_date_precision})
    assert clean.family_name.strip() or clean.given_names.strip()
    for document in clean.documents:
        assert_fits(IdentityDocument.__table__, {
            "number": document.number, "issuing_country": document.issuing_country,
            "doc_type": document.doc_type})
        assert document.number.strip()


@fuzz()
@given(data=person_inputs)
def test_check_person(data):
    _, refused = attempt(people.check_person, data, TODAY)
    if refused:
        assert_refusal(refused)
        return
    assert_person_fits(data)
    if data.birth_date is not None:
        assert data.birth_date.year >= validation.MIN_YEAR and data.birth_date <= TODAY


# ---------------------------------------------------------------- facilities, units, offers

amounts = st.one_of(st.none(), numbers, st.decimals(places=2, min_value=-10**8,
                                                    max_value=10**8))
postal_codes = st.one_of(st.sampled_from(["59494", "04711", " 59494 ", "٥٩٤٩٤"]), texts)
facility_inputs = st.builds(
    place_checks.FacilityInput,
    kind=st.one_of(st.sampled_from(sorted(validation.FACILITY_KIND_LABELS)), texts),
    name=names, street=texts, postal_code=postal_codes, city=texts, district=optional_texts,
    living_space_m2=amounts, barrier_free=st.booleans(), pets_allowed=st.booleans(),
    smoking_allowed=st.booleans(), notes=optional_texts)
unit_inputs = st.builds(
    place_checks.UnitInput, label=texts,
    places=st.one_of(st.integers(-5, 600), st.integers(), st.booleans(), st.floats()),
    area_m2=amounts,
    occupancy_type=st.one_of(st.sampled_from(sorted(validation.OCCUPANCY_TYPE_LABELS)), texts),
    floor=st.one_of(st.none(), st.integers(-10, 70), st.integers()),
    barrier_free=st.booleans())
offer_inputs = st.builds(
    place_checks.OfferInput, name=names, street=texts, postal_code=postal_codes, city=texts,
    district=optional_texts, landlord_name=texts,
    landlord_phone=st.one_of(st.none(), phone_texts, texts),
    landlord_email=st.one_of(st.none(), st.just("vermieter@beispiel.de"), texts),
    available_from=maybe_dates, available_to=maybe_dates,
    places=st.one_of(st.integers(-5, 600), st.integers()), area_m2=amounts,
    barrier_free=st.booleans(), pets_allowed=st.booleans(), smoking_allowed=st.booleans(),
    offer_status=st.one_of(st.sampled_from(sorted(validation.OFFER_STATUS_LABELS)), texts),
    notes=optional_texts)


def facility_columns(data: place_checks.FacilityInput) -> dict[str, object]:
    return {"kind": data.kind, "name": data.name, "street": data.street,
            "postal_code": data.postal_code, "city": data.city, "district": data.district,
            "living_space_m2": data.living_space_m2, "notes": data.notes}


def offer_columns(data: place_checks.OfferInput) -> dict[str, object]:
    return {"name": data.name, "street": data.street, "postal_code": data.postal_code,
            "city": data.city, "district": data.district, "landlord_name": data.landlord_name,
            "landlord_phone": data.landlord_phone, "landlord_email": data.landlord_email,
            "offer_status": data.offer_status, "notes": data.notes,
            "living_space_m2": data.area_m2}


@fuzz()
@given(facility=facility_inputs, unit=unit_inputs, offer=offer_inputs)
@example(facility=place_checks.FacilityInput("shared_accommodation", "Haus\x00", "Weg 1",
                                             "59494", "Soest"),
         unit=place_checks.UnitInput("A\x001", 2, Decimal("12.5")),
         offer=place_checks.OfferInput("Wohnung", "Weg 1", "59494", "Soest", None, "Frau X",
                                       None, "x@beispiel.de", None, None, 2, Decimal("50"),
                                       notes="\x00"))
def test_place_checks(facility, unit, offer):
    for check, clean, data, columns, table in (
            (place_checks.check_facility, place_checks.cleaned_facility, facility,
             facility_columns, Facility.__table__),
            (place_checks.check_offer, place_checks.cleaned_offer, offer, offer_columns,
             Facility.__table__),
            (place_checks.check_unit, place_checks.cleaned_unit, unit, lambda u: {
                "label": u.label, "places": u.places, "area_m2": u.area_m2,
                "occupancy_type": u.occupancy_type, "floor": u.floor}, Unit.__table__)):
        _, refused = attempt(check, data)
        if refused:
            assert_refusal(refused)
            continue
        stored = clean(data)
        assert_fits(table, columns(stored))
        check(stored)  # (d) what is stored passes the check again …
        assert clean(stored) == stored  # … and cleaning it again changes nothing


# ---------------------------------------------------------------- neighbourhood, pilot, case

report_inputs = st.builds(
    neighbourhood.ReportInput, facility_id=st.integers(1, 5),
    reported_on=any_dates,
    kind=st.one_of(st.sampled_from(sorted(neighbourhood.KIND_LABELS)), texts),
    channel=st.one_of(st.sampled_from(sorted(neighbourhood.CHANNEL_LABELS)), texts),
    category=st.one_of(st.sampled_from(sorted(neighbourhood.CATEGORY_LABELS)), texts),
    text=texts, contact_name=optional_texts, follow_up=optional_texts,
    follow_up_on=maybe_dates)


@fuzz()
@given(data=report_inputs)
@example(data=neighbourhood.ReportInput(1, date(2025, 3, 1), "complaint", "phone", "noise",
                                        "Lärm\x00 nachts"))
def test_neighbourhood_report(data):
    clean, refused = attempt(neighbourhood.cleaned, data, TODAY)
    if refused:
        assert_refusal(refused)
        return
    assert neighbourhood.EARLIEST <= clean.reported_on <= TODAY
    assert_fits(NeighbourhoodReport.__table__, {
        "kind": clean.kind, "channel": clean.channel, "category": clean.category,
        "text": clean.text, "contact_name": clean.contact_name, "follow_up": clean.follow_up})
    assert clean.text.strip()
    assert clean.follow_up_on is None or clean.follow_up_on >= clean.reported_on
    assert neighbourhood.cleaned(clean, TODAY) == clean


@fuzz()
@given(group=optional_texts, start=maybe_dates)
def test_pilot_mark(group, start):
    mark, refused = attempt(pilot_marks.cleaned_mark, group, start)
    if refused:
        assert_refusal(refused)
        assert refused.field in (pilot_marks.GROUP_FIELD, pilot_marks.START_FIELD)
        return
    assert (mark.group is None) == (mark.start is None)
    assert_fits(Facility.__table__, {"pilot_group": mark.group})
    assert pilot_marks.cleaned_mark(mark.group, mark.start) == mark


@fuzz()
@given(state=st.one_of(st.sampled_from(sorted(readiness.STATE_LABELS)), texts),
       state_date=maybe_dates, expires_on=maybe_dates,
       count=st.one_of(st.none(), st.integers()), evidence=optional_texts)
def test_readiness_item(state, state_date, expires_on, count, evidence):
    item = readiness.ChecklistItem("flat_search", "Aktive Wohnungssuche", True, False,
                                   "Bewerbungen")
    result, refused = attempt(readiness.clean_item, item, state, state_date, expires_on, count,
                              evidence, TODAY)
    if refused:  # the form shows the item's fields in its row: the message names the item
        assert refused.message.startswith("„Aktive Wohnungssuche“: ")
        assert_refusal(refused, names="Aktive Wohnungssuche")
        return
    state, state_date, expires_on, count, evidence = result
    assert state_date is None or state_date <= TODAY
    assert count is None or 0 <= count <= readiness.MAX_COUNT
    assert evidence is None or len(evidence) <= readiness.MAX_EVIDENCE


setting_values = st.recursive(
    st.one_of(anything.filter(lambda v: not isinstance(v, Decimal | date | datetime))),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(["label", "category", "safety",
                                                             "key", "required", "expires",
                                                             "counts", "immediate", "urgent",
                                                             "normal", "low"]), inner,
                                            max_size=5)),
    max_leaves=8)


@fuzz()
@given(key=st.sampled_from(sorted(shared_settings.SETTINGS)), value=setting_values)
def test_setting_validators(key, value):
    definition = shared_settings.SETTINGS[key]
    cleaned, refused = attempt(definition.validate, value)
    if refused:
        assert refused.message.strip()
        assert not ENGLISH.search(QUOTED.sub("", refused.message)), refused.message
        return
    assert definition.validate(cleaned) == cleaned  # (d) a stored value passes again
    if isinstance(cleaned, float):
        assert math.isfinite(cleaned)


# ---------------------------------------------------------------- costs as typed

amount_texts = st.one_of(texts, german_numbers, st.sampled_from(
    ["12,90 €", "1.234,50", "1,234.50", "1.500", "0,004", "0,001", "999,999", "1000,001",
     "€ 5", "5 €", "1 000,00"]))
cost_inputs = st.builds(
    ticket_costs.CostInput,
    kind=st.one_of(st.sampled_from(["material", "labour", "contractor"]), texts),
    amount_eur=st.one_of(st.none(), amount_texts, st.decimals()),
    hours=st.one_of(st.none(), amount_texts, st.decimals()),
    hourly_rate_eur=st.one_of(st.none(), amount_texts, st.decimals()),
    description=optional_texts,
    booked_on=maybe_dates)


@fuzz()
@given(costs=st.lists(cost_inputs, min_size=1, max_size=3))
@example(costs=[ticket_costs.CostInput("labour", hours="0,001", hourly_rate_eur="40")])
@example(costs=[ticket_costs.CostInput("material", amount_eur="0,004")])
@example(costs=[ticket_costs.CostInput("material", amount_eur="5", description="Dübel\x00")])
@example(costs=[ticket_costs.CostInput("material", amount_eur="0.500")])  # was booked as 500 €
def test_cost_rows(costs):
    from soest_desk.models import CostEntry
    from soest_desk.ui.tickets.cost_rows import parse_amount

    for cost in costs:
        for text in (cost.amount_eur, cost.hours, cost.hourly_rate_eur):
            if isinstance(text, str):
                preview = parse_amount(text)  # the dialog's running total: never crashes
                assert preview is None or (preview.is_finite() and preview > 0)
    entries, refused = attempt(ticket_costs._entries, costs, TODAY)
    if refused:
        assert_refusal(refused)
        return
    assert len(entries) == len(costs)
    for entry in entries:
        assert_fits(CostEntry.__table__, {
            "kind": entry.kind, "description": entry.description, "amount_eur": entry.amount_eur,
            "hours": entry.hours, "hourly_rate_eur": entry.hourly_rate_eur})
        assert entry.amount_eur >= 0 and (entry.hours is None or entry.hours > 0)
        assert entry.kind == "labour" or entry.amount_eur > 0
        assert entry.booked_on <= TODAY


@pytest.mark.parametrize(("typed", "booked"), [
    ("0.500", "0.50"),  # was 500,00 €: "0." cannot begin a group of thousands
    ("00.500", "0.50"), ("1.500", "1500.00"), ("1.234,50", "1234.50"), ("1,234.50", "1234.50"),
    ("12,90 €", "12.90"), ("0,006", "0.01"),
])
def test_cost_amounts_as_typed(typed, booked):
    [entry] = ticket_costs._entries([ticket_costs.CostInput("material", amount_eur=typed)],
                                    TODAY)
    assert entry.amount_eur == Decimal(booked)


@pytest.mark.parametrize("typed", ["1.2,50", "0.500,5", "0,001", "0,004", "-1.500", "1e3"])
def test_cost_amounts_refused(typed):
    _, refused = attempt(ticket_costs._entries,
                         [ticket_costs.CostInput("material", amount_eur=typed)], TODAY)
    assert refused is not None
    assert_refusal(refused, "Betrag", typed)


# ---------------------------------------------------------------- the forms' own readers

@fuzz()
@given(text=texts)
@example(text="9" * 5000)
@example(text="²")
def test_form_fields(qapp, text):
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from soest_desk.ui.forms.fields import country_code, whole_number

    edit = QLineEdit()
    edit.setText(text)
    number, refused = attempt(whole_number, edit, "Etage")
    if refused:
        assert_refusal(refused, "Etage", edit.text())
    elif number is not None:
        assert -2**31 <= number < 2**31
        # the unit form hands it to the service's check, which must refuse it in German
        _, refused = attempt(place_checks.check_unit, place_checks.UnitInput(
            "A1", 2, Decimal("12"), floor=number))
        if refused:
            assert_refusal(refused)
            assert refused.field == "Etage"
    combo = QComboBox()
    combo.setEditable(True)
    combo.setEditText(text)
    code, refused = attempt(country_code, combo, "Staatsangehörigkeit")
    if refused:
        assert_refusal(refused, "Staatsangehörigkeit", combo.currentText())
    else:
        assert code is None or code in VALID_CODES


def test_rejected_values_quote_what_was_typed():
    """The examples the issue names, with the message a user reads."""
    assert "31.02.2026 gibt es nicht" in str(attempt(validation.parse_date, "31.02.2026",
                                                     "Datum")[1])
    assert "01.13.2026 gibt es nicht" in str(attempt(validation.parse_date, "2026-13-01",
                                                     "Datum")[1])
    assert validation.parse_decimal("1.234,5", "Fläche") == Decimal("1234.5")
    assert "mehrdeutig" in str(attempt(validation.parse_decimal, "1.234", "Fläche")[1])
    assert validation.clean_text("=cmd", "Name", 200) == "=cmd"  # stored as text, not run
    assert validation.parse_date(date(2026, 1, 1) - timedelta(days=1), "Datum") == date(
        2025, 12, 31)


@pytest.mark.parametrize("value", ["\x00", "a\x00b", "\x1b", "\x7f", "\ud800"])
def test_control_characters_are_refused_with_a_message(value):
    _, refused = attempt(validation.clean_text, f"Haus {value} am Bach", "Name", 200)
    assert refused is not None
    assert_refusal(refused, "Name")
    assert "Steuerzeichen" in refused.message
