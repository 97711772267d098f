"""No user input becomes a formula in any export (issue 6: "a test feeds user input beginning
with =, +, -, @ through every export and finds no formula in the files").

One database where every free-text field a user (or an import) can fill starts with one of
`DANGEROUS_START` (=, +, -, @, tab, CR): facility names, districts, streets, notes, pilot
groups, landlords; unit labels; household labels; residents' names, transliterations and phone
numbers; stay, block and over-allocation notes; ticket titles, descriptions, reporter notes,
contractors, event notes and cost descriptions; case goals, notes, follow-up subjects and
readiness evidence; neighbourhood texts, contacts and follow-ups; the display names of staff
(the author on the cover, the social workers in the Fallstatistik).

Every report in `catalog.REPORTS` (so a report added later is covered without touching this
file) is written through `run.write_report` as an actor holding every role, for the six
facilities chosen by name (so the cover's filter line shows them too), to .xlsx and, where
the report has one, to .pdf, on SQLite and on PostgreSQL, and read back:

* openpyxl (not read-only, so `data_type` is visible): the only formulas are the writer's own
  totals — `=SUBTOTAL(n,X2:Xk)` (an average wrapped in IFERROR) in the totals row of the sheet's
  table, over the cell's own column; every cell starting with a dangerous character is a string
  cell with the quote prefix; the hostile values each report prints are there, equal to the input;
* the raw XML of the package: every `<f>` element and table formula is such a SUBTOTAL;
* the PDF's text (pdftotext, else the strings of reportlab's content streams): every hostile
  value it prints is there with its first character, no apostrophe in front.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.workbook.workbook import Workbook

from soest_desk import migrate
from soest_desk.db import Database, open_database
from soest_desk.models import (
    CaseNote,
    CostEntry,
    Facility,
    NeighbourhoodReport,
    OverAllocation,
    PlaceBlock,
    ReadinessItem,
    TicketEvent,
)
from soest_desk.models.enums import Role
from soest_desk.reports.catalog import REPORTS
from soest_desk.reports.report_params import ReportParams
from soest_desk.reports.run import write_report
from soest_desk.reports.xlsx_cells import DANGEROUS_START
from soest_desk.reports.xlsx_writer import COVER_TITLE
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.services.users import actor_for
from tests.builders import Builder
from tests.conftest import empty_postgres
from tests.reports.test_work_order_pdf import pdf_text as work_order_pdf_text

PREFIXES = ("=", "+", "-", "@", "\t", "\r")
assert set(PREFIXES) == set(DANGEROUS_START)
LETTERS = "ABCDEF"
START, END = date(2024, 7, 1), date(2025, 3, 31)
PILOT_START = date(2024, 11, 1)
NOW = datetime(2025, 4, 2, 8, 30, tzinfo=UTC)
AUTHOR = '=HYPERLINK("http://example.org";"Leitung")'
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@dataclass
class Hostile:
    """The hostile values by field, as typed."""

    values: dict[str, list[str]] = field(default_factory=dict)
    facility_ids: list[int] = field(default_factory=list)
    facility_names: list[str] = field(default_factory=list)
    actor: Actor | None = None

    def add(self, key: str, value: str) -> str:
        self.values.setdefault(key, []).append(value)
        return value

    def of(self, *keys: str) -> set[str]:
        return {value for key in keys for value in self.values.get(key, [])}

    def everything(self) -> set[str]:
        return {value for values in self.values.values() for value in values}


# What each report prints of the hostile values in its data sheets (the cover shows the author
# and the chosen facilities in all of them). A report not listed here must print at least one.
PRINTED: dict[str, tuple[str, ...]] = {
    "belegungsliste": ("facility", "unit", "family_name", "given_names", "household",
                       "head_as_household"),
    "belegungsstatistik": ("facility",),
    "verweildauer": ("facility",),
    "maengelbericht": ("facility", "unit", "ticket_title"),
    "fallstatistik": ("facility", "social_worker"),
    "nachbarschaft": ("facility", "neighbourhood_text", "neighbourhood_follow_up"),
    "pilotauswertung": ("facility", "pilot_group"),
}
# What each PDF prints (tab and CR become spaces there); an unknown PDF must print at least one.
PDF_PRINTED: dict[str, tuple[str, ...]] = {
    "pilotauswertung": ("facility", "pilot_group", "author"),
}


def build_hostile(database: Database) -> Hostile:
    """Six facilities, one per dangerous first character, each with a unit, two households,
    stays (one moved out into an own flat), a blocked place, tickets before and after the
    pilot start (one closed, with cost), cases with notes, and neighbourhood reports."""
    hostile = Hostile()
    add = hostile.add
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        facilities = []
        for index, (p, letter) in enumerate(zip(PREFIXES, LETTERS, strict=True)):
            facility = b.facility(add("facility", f"{p}Haus {letter}"),
                                  district=add("district", f"{p}Bezirk {letter}"),
                                  street=add("street", f"{p}Weg {index + 1}"),
                                  pilot_group=add("pilot_group", f"{p}Pilot {letter}")
                                  if index % 2 == 0 else None)
            if facility.pilot_group:
                facility.pilot_start = PILOT_START
            facility.notes = add("facility_notes", f"{p}Notizfeld {letter}")
            facilities.append(facility)
        session.add(Facility(
            kind="private_offer", name=add("offer", "-Angebot Privat"),
            street=add("street", "=Privatweg 1"), postal_code="59494", city="Soest",
            landlord_name=add("landlord", "@Vermieter"),
            landlord_phone=add("landlord", "+49 170 1234567"),
            landlord_email=add("landlord", "=mail@example.org"), offer_status="offered"))
        session.flush()
        hostile.facility_ids = [f.id for f in facilities]
        hostile.facility_names = [f.name for f in facilities]

        author = b.user("leitung", set(Role), tuple(facilities), AUTHOR)
        hostile.actor = actor_for(author)
        add("author", AUTHOR)
        site = b.user("heim", {Role.SITE_MANAGER}, tuple(facilities),
                      add("staff", "-Heimleitung"))
        service = b.user("objekt", {Role.PROPERTY_SERVICE}, (), add("staff", "+Objektservice"))

        for index, (facility, p, letter) in enumerate(
                zip(facilities, PREFIXES, LETTERS, strict=True)):
            q = PREFIXES[(index + 1) % len(PREFIXES)]  # a second character per facility
            unit = b.unit(facility, add("unit", f"{p}Zimmer {letter}"), 6)
            worker = b.user(f"sozial{index}", {Role.SOCIAL_WORKER}, (facility,),
                            add("social_worker", f"{q}Sozial {letter}"))

            labelled = b.household(add("household", f"{p}Familie {letter}"))
            head = b.person(add("family_name", f"{p}Name {letter}"),
                            add("given_names", f"{q}Vorname {letter}"),
                            birth_date=date(1980 + index, 3, 4), household=labelled,
                            role="head")
            child = b.person(add("family_name", f"{q}Kind {letter}"),
                             add("given_names", f"{p}Kindname {letter}"),
                             birth_date=date(2015, 1, 1), household=labelled, role="child")
            unlabelled = b.household(None)
            single_family, single_given = f"{q}Single {letter}", f"{p}Solo {letter}"
            single = b.person(add("family_name", single_family),
                              add("given_names", single_given), household=unlabelled,
                              role="head")
            add("head_as_household", f"{single_family}, {single_given}")
            gone = b.person(add("moved_out_name", f"{p}Ausgezogen {letter}"),
                            add("moved_out_name", f"{q}Weg {letter}"))
            for person in (head, child, single, gone):
                person.name_transliteration = add("transliteration", f"{p}Trans {letter}")
                person.phone = add("phone", f"+49 2921 {index}{letter}")
            for person in (head, child, single):
                stay = b.stay(person, unit, date(2024, 6, 1))
                stay.note = add("stay_note", f"{p}Belegung {letter}")
            moved = b.stay(gone, unit, date(2024, 7, 15), date(2025, 1, 20))
            moved.move_out_reason = "own_flat"
            moved.note = add("stay_note", f"{q}Auszug {letter}")

            session.add(PlaceBlock(unit_id=unit.id, places=1, start_date=date(2025, 2, 1),
                                   end_date=date(2025, 2, 15), reason="damage",
                                   note=add("block_note", f"{p}Sperrung {letter}")))
            session.add(OverAllocation(unit_id=unit.id, resolved_at=NOW - timedelta(days=30),
                                       reason=add("over_allocation",
                                                  f"{p}Überbelegung begründet {letter}")))

            old = b.ticket(facility, add("ticket_title", f"{p}Heizung {letter}"), unit=unit,
                           state="closed", category="heating",
                           reported_at=datetime(2024, 9, 10, 8, tzinfo=UTC),
                           due_at=datetime(2024, 9, 20, 8, tzinfo=UTC))
            new = b.ticket(facility, add("ticket_title", f"{q}Fenster {letter}"), unit=unit,
                           state="accepted", category="windows_doors",
                           reported_at=datetime(2025, 2, 10, 8, tzinfo=UTC),
                           due_at=datetime(2025, 2, 24, 8, tzinfo=UTC))
            for ticket in (old, new):
                ticket.description = add("ticket_description", f"{p}Beschreibung {letter}")
                ticket.reporter_note = add("ticket_reporter", f"{q}Anruf {letter}")
                ticket.reported_by_id = site.id
                ticket.assignee_external = add("contractor", f"{p}Firma {letter}")
                session.add(TicketEvent(ticket_id=ticket.id, at=ticket.reported_at,
                                        actor_id=service.id, kind="comment",
                                        note=add("ticket_note", f"{q}Vermerk {letter}")))
            session.add(CostEntry(ticket_id=old.id, kind="material",
                                  description=add("cost", f"{p}Material {letter}"),
                                  amount_eur=Decimal("123.45"), booked_on=date(2024, 9, 11),
                                  created_by_id=service.id))

            case = b.case(labelled, social_worker=worker, status="active",
                          opened_on=date(2024, 8, 1))
            case.goals = add("case_goals", f"{p}Ziel {letter}")
            session.add(CaseNote(case_id=case.id, author_id=worker.id,
                                 note_date=date(2024, 9, 1), kind="phone",
                                 text=add("case_note", f"{q}Gespräch {letter}")))
            follow_up = b.follow_up(case, date(2025, 3, 1))
            follow_up.subject = add("follow_up", f"{p}Wiedervorlage {letter}")
            session.add(ReadinessItem(case_id=case.id, item_key="residence_title",
                                      state="met", state_date=date(2024, 10, 1),
                                      evidence=add("evidence", f"{q}Nachweis {letter}")))
            closed = b.case(unlabelled, social_worker=worker, status="closed",
                            opened_on=date(2024, 7, 1))
            closed.closed_on, closed.outcome = date(2025, 1, 20), "own_flat"
            closed.goals = add("case_goals", f"{q}Ziel erreicht {letter}")

            for day, kind, category, word in ((date(2024, 9, 5), "complaint", "noise", "Lärm"),
                                              (date(2025, 2, 5), "contact", "event", "Fest")):
                session.add(NeighbourhoodReport(
                    facility_id=facility.id, reported_on=day, kind=kind, channel="phone",
                    category=category, text=add("neighbourhood_text", f"{p}{word} {letter}"),
                    contact_name=add("neighbourhood_contact", f"{q}Nachbar {letter}"),
                    follow_up=add("neighbourhood_follow_up", f"{q}{word} geklärt {letter}"),
                    follow_up_on=day + timedelta(days=7), resolved=True,
                    resolved_on=day + timedelta(days=10)))
        session.flush()
    return hostile


# ---------------------------------------------------------------- reading the files back

_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def as_typed(text: str) -> str:
    """A cell's text as Excel and LibreOffice show it: the OOXML escapes (`_x000D_` for CR)
    decoded, which openpyxl leaves as they are."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def one_line(text: str) -> str:
    return " ".join(text.split())


def own_total(formula: str, column: str, row: int) -> bool:
    """The writer's totals formula for the cell `column``row` of a totals row: SUBTOTAL over
    the cell's own column from row 2 to the row above."""
    sums = rf"SUBTOTAL\((?:109|105|104|103),{column}2:{column}{row - 1}\)"
    average = rf'IFERROR\(SUBTOTAL\(101,{column}2:{column}{row - 1}\),""\)'
    return re.fullmatch(rf"=?(?:{sums}|{average})", formula) is not None


def totals_rows(book: Workbook) -> dict[str, int]:
    """The totals row of each sheet's table (the table's last row when it has one)."""
    rows: dict[str, int] = {}
    for ws in book.worksheets:
        for table in ws.tables.values():
            if table.totalsRowCount:
                rows[ws.title] = range_boundaries(table.ref)[3]
    return rows


def check_workbook(path: Path, expected: set[str], cover_expected: set[str],
                   all_hostile: set[str]) -> None:
    book = load_workbook(path)
    totals = totals_rows(book)
    data: set[str] = set()  # the texts of the data sheets
    problems: list[str] = []
    # the cover folds whitespace (tab, CR) to spaces; the visible first characters must stay
    visible = [value for value in all_hostile if value.startswith(("=", "+", "-", "@"))]
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                where = f"{path.name} {ws.title}!{cell.coordinate}"
                if cell.data_type == "f":
                    if not (totals.get(ws.title) == cell.row
                            and own_total(str(cell.value), cell.column_letter, cell.row)):
                        problems.append(f"{where}: formula {cell.value!r}")
                    continue
                if not isinstance(cell.value, str):
                    continue
                text = as_typed(cell.value)
                if ws.title != COVER_TITLE:
                    data.add(text)
                if text.startswith(DANGEROUS_START) and (cell.data_type != "s"
                                                         or not cell.quotePrefix):
                    problems.append(f"{where}: {text!r} as {cell.data_type!r} without "
                                    "quote prefix")
                for value in visible:  # printed whole, or not at all
                    if value[1:] in text and value not in text:
                        problems.append(f"{where}: {text!r} lost the start of {value!r}")
    assert problems == []
    assert sorted(expected - data) == [], f"{path.name}: hostile values missing"
    cover = one_line(" ".join(_cover_texts(book)))
    missing = [value for value in cover_expected if one_line(value) not in cover]
    assert missing == [], f"{path.name}: not on the cover"
    check_xml(path)


def _cover_texts(book: Workbook) -> list[str]:
    return [as_typed(value) for row in book[COVER_TITLE].iter_rows(values_only=True)
            for value in row if isinstance(value, str)]


def check_xml(path: Path) -> None:
    """Every formula in the package — `<f>` in a sheet, totals and calculated column formulas
    in a table — is one of the writer's SUBTOTALs, in a cell of its own column."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            root = ElementTree.fromstring(archive.read(name))
            if name.startswith("xl/worksheets/"):
                for cell in root.iter(f"{NS}c"):
                    formula = cell.find(f"{NS}f")
                    if formula is None:
                        continue
                    column, row = re.fullmatch(r"([A-Z]+)(\d+)", cell.get("r", "")).groups()
                    if not own_total(formula.text or "", column, int(row)):
                        problems.append(f"{name} {cell.get('r')}: <f>{formula.text}</f>")
            elif name.startswith("xl/tables/"):
                min_col, _, _, max_row = range_boundaries(root.get("ref"))
                for index, column in enumerate(root.iter(f"{NS}tableColumn")):
                    letter = get_column_letter(min_col + index)
                    for tag in ("totalsRowFormula", "calculatedColumnFormula"):
                        formula = column.find(f"{NS}{tag}")
                        if formula is not None and not own_total(formula.text or "", letter,
                                                                 max_row):
                            problems.append(f"{name}: {tag} {formula.text}")
            elif re.search(r"<(?:\w+:)?f[ >]", archive.read(name).decode("utf-8", "replace")):
                problems.append(f"{name}: holds a formula element")
    assert problems == []


def pdf_text(path: Path) -> str:
    """The PDF's text: by poppler's pdftotext where it is installed (raw order, so a line is
    not cut in columns), else the shown strings of reportlab's content streams."""
    tool = shutil.which("pdftotext")
    if tool is not None:
        result = subprocess.run([tool, "-raw", "-enc", "UTF-8", str(path), "-"],
                                capture_output=True, check=True, timeout=60)
        return result.stdout.decode("utf-8")
    return shown_text(path.read_bytes())


_STREAM = re.compile(rb"obj\s*<<((?:(?!>>\s*stream).)*?)>>\s*stream\r?\n(.*?)endstream",
                     re.DOTALL)


def shown_text(data: bytes) -> str:
    """The text shown with Tj in a reportlab PDF (its streams are ASCII85 and Flate encoded;
    Helvetica text is WinAnsi)."""
    contents = []
    for head, body in _STREAM.findall(data):
        if b"/ASCII85Decode" in head:
            body = base64.a85decode(body.strip().removesuffix(b"~>"))
        if b"/FlateDecode" in head:
            try:
                body = zlib.decompress(body)
            except zlib.error:  # an image or font stream, not text
                continue
        contents.append(body)
    return work_order_pdf_text(b"\n".join(contents))


def check_pdf(path: Path, expected: set[str], all_hostile: set[str]) -> None:
    """The `expected` values are in the PDF's text as typed (whitespace folded, no apostrophe
    or letter in front); every other hostile value whose text is there has its first
    character; at least one is there (else the PDF shows none of the data)."""
    text = one_line(pdf_text(path))

    def there(value: str) -> bool:
        return re.search(rf"(?<![\w'’]){re.escape(one_line(value))}(?!\w)", text) is not None

    missing = [v for v in expected if not there(v)]
    assert missing == [], f"{path.name}: hostile values missing"
    shown = [v for v in all_hostile if one_line(v)[1:].strip() and there(one_line(v)[1:])]
    assert shown, f"{path.name}: no hostile value in the PDF's text"
    mangled = [v for v in shown if v[0] in "=+-@" and not there(v)]
    assert mangled == [], f"{path.name}: values printed without their first character"


# ---------------------------------------------------------------- the test

@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def written(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[Hostile, Path, Database]]:
    """The hostile database on each engine and a folder for the files, built once for all
    reports (PostgreSQL: the test run's database, emptied afterwards)."""
    folder = tmp_path_factory.mktemp("injection")
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'hostile.sqlite'}"
        database = open_database(url, create=True)
        migrate.upgrade(database)
    else:
        url = request.getfixturevalue("pg_url")
        database = open_database(url)
    try:
        yield build_hostile(database), folder, database
    finally:
        database.dispose()
        if request.param == "postgresql":
            empty_postgres(url)


@pytest.mark.parametrize("name", list(REPORTS))
def test_no_user_input_becomes_a_formula(written, name: str):
    hostile, folder, database = written
    params = ReportParams(START, END, tuple(hostile.facility_ids), NOW,
                          tuple(hostile.facility_names))
    everything = hostile.everything()
    targets = [folder / f"{name}.xlsx"]
    if REPORTS[name].pdf:
        targets.append(folder / f"{name}.pdf")
    for target in targets:
        with database.read() as session:
            write_report(session, hostile.actor, name, params, target)
        if target.suffix == ".pdf":
            check_pdf(target, hostile.of(*PDF_PRINTED.get(name, ())), everything)
            continue
        keys = PRINTED.get(name)
        expected = hostile.of(*keys) if keys else set()
        check_workbook(target, expected, {AUTHOR, *hostile.facility_names}, everything)
        if keys is None:  # a report this file does not know yet: it must show some of them
            book = load_workbook(target)
            data = {as_typed(c.value) for ws in book.worksheets if ws.title != COVER_TITLE
                    for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
            assert data & everything, f"{name}: no hostile value in the data sheets"


def test_the_data_set_starts_every_field_with_each_dangerous_character(written):
    """The values really begin with =, +, -, @, tab and CR (a typo would weaken the test
    without failing it)."""
    hostile = written[0]
    for key in {key for keys in PRINTED.values() for key in keys} | {"author"}:
        assert all(value.startswith(DANGEROUS_START) for value in hostile.of(key)), key
    for key in ("facility", "unit", "household", "ticket_title", "neighbourhood_text",
                "social_worker"):
        assert {value[0] for value in hostile.of(key)} == set(PREFIXES), key
