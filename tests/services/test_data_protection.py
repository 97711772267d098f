"""The data-protection duties are driven by the schema's personal-data tags: every tagged
column of `Base.metadata` is in the disclosure (its data and its PDF), and the retention run
and the erasure leave no value of a removed category anywhere in the database, the audit log
included. The world built here is used by `test_data_protection_retention` too.

The marked person is built by hand; then every tagged column of every row of theirs gets a
marker value chosen from the column's type (text: a unique word, dates: a unique day), so a
column added later is covered without changing this file – unless its values are codes, for
which `CODES` must name a valid one (the test says so).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import Boolean, CheckConstraint, Column, Date, Integer, String, select, update

from soest_desk.db import Database
from soest_desk.models import (
    AuditEntry,
    Base,
    CaseNote,
    FollowUp,
    IdentityDocument,
    Person,
    PersonLanguage,
    ReadinessItem,
    Stay,
)
from soest_desk.models.enums import Role
from soest_desk.reports import disclosure_pdf
from soest_desk.reports.disclosure_pdf import write_disclosure_pdf
from soest_desk.services import ticket_photos
from soest_desk.services.data_protection import (
    Disclosure,
    apply_retention,
    disclose,
    erase_person,
    plan_retention,
)
from soest_desk.services.data_protection_labels import COLUMN_LABELS
from soest_desk.services.data_protection_schema import (
    DELETED_TEXT,
    NOT_ABOUT_RESIDENTS,
    POLICY,
    Action,
    column_action,
    linked_tables,
    owned_rows,
    pii_columns,
    tagged_tables,
)
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import PERMISSION_LABELS, SYSTEM_ACTOR, Actor, Permission
from tests.builders import Builder, _actor
from tests.reports.test_work_order_pdf import pdf_text as shown_text

TODAY = date(2025, 3, 15)
# values of tagged columns that hold codes: a valid code each (a marker word would break a
# CHECK); a new coded column fails `test_every_tagged_column_gets_a_marker` until named here
CODES: dict[str, Any] = {
    "persons.sex": "d", "persons.nationality": "SYR", "persons.household_role": "head",
    "person_languages.language": "ti", "identity_documents.issuing_country": "ERI",
    "stays.move_out_reason": "own_flat",
}


# ---------------------------------------------------------------- markers

def coded(column: Column) -> bool:
    checks = [c for c in column.table.constraints if isinstance(c, CheckConstraint)]
    enum = any(str(c.name).endswith(f"{column.name}_allowed") for c in checks)
    short = isinstance(column.type, String) and (column.type.length or 99) < 8
    return enum or short


def markers() -> dict[str, Any]:
    """"table.column" → the marker of every tagged column of the person's tables (search
    keys are left out: the database makes them from the names)."""
    result: dict[str, Any] = {}
    for number, column in enumerate(c for t in linked_tables() for c in pii_columns(t)):
        key = f"{column.table.name}.{column.name}"
        if column_action(column) is Action.DERIVED or column.foreign_keys:
            continue
        if coded(column):
            if key in CODES:
                result[key] = CODES[key]
        elif isinstance(column.type, Date):
            result[key] = date(2000, 1, 1) + timedelta(days=97 * number + 13)
        elif isinstance(column.type, Boolean):
            result[key] = True
        elif isinstance(column.type, Integer):
            result[key] = 4
        else:
            result[key] = f"Zq{number:02d}mark"
    return result


def stored_forms(value: Any) -> list[str]:
    """How a marker can be found in the database: a word as it is, a date ISO and German."""
    if isinstance(value, date):
        return [value.isoformat(), f"{value:%d.%m.%Y}"]
    if isinstance(value, str) and value.startswith("Zq"):  # not a code
        return [value]
    return []


def shown_forms(value: Any) -> list[str]:
    """How a marker is shown to a person: a word as it is, a date German."""
    return [text for text in stored_forms(value) if text.count("-") != 2]


# ---------------------------------------------------------------- the world

@dataclass
class World:
    actors: dict[str, Actor] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    households: dict[str, int] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    photo_id: int = 0
    ticket_id: int = 0
    marks: dict[str, Any] = field(default_factory=dict)

    @property
    def admin(self) -> Actor:
        return self.actors["admin"]

    @property
    def marked(self) -> int:
        return self.people["marked"]


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (40, 120, 200)).save(out, "PNG")
    return out.getvalue()



def _stay(b: Builder, person: Person, unit: Any, start: date, end: date | None = None,
          reason: str = "own_flat") -> None:
    b._add(Stay(person_id=person.id, unit_id=unit.id, start_date=start, end_date=end,
                move_out_reason=reason if end else None))


def _residents(b: Builder, world: World, a1: Any, a2: Any) -> None:
    """The people of the retention tests (today 15.03.2025, 10 years: due when the last stay
    ended before 15.03.2015): R1 and R2 (one household, both due; R1 was transferred once),
    P (present; its household has an open case, which also holds back C, who moved out in
    2013), E (moved out 2020), N (never stayed, recorded 2012: due), N2 (never stayed,
    recorded now), Z (anonymised long ago)."""
    alt, present = b.household("Familie Alt"), b.household("Familie Da")
    people = {
        "r1": b.person("Alt", "Rosa", household=alt, role="head"),
        "r2": b.person("Alt", "Rudi", household=alt, role="partner"),
        "p": b.person("Da", "Paula", household=present, role="head"),
        "c": b.person("Da", "Carl", household=present, role="child"),
        "e": b.person("Ende", "Emil"), "n": b.person("Nie", "Nora"),
        "n2": b.person("Neu", "Nils"), "z": b.person("Zuvor", "Zoe"),
    }
    _stay(b, people["r1"], a1, date(2010, 1, 1), date(2013, 6, 30), "transfer")
    _stay(b, people["r1"], a2, date(2013, 6, 30), date(2014, 1, 10))
    _stay(b, people["r2"], a1, date(2010, 1, 1), date(2014, 1, 10))
    _stay(b, people["p"], a1, date(2024, 5, 1))
    _stay(b, people["c"], a2, date(2011, 1, 1), date(2013, 1, 1))
    _stay(b, people["e"], a2, date(2018, 1, 1), date(2020, 6, 30))
    _stay(b, people["z"], a2, date(2004, 1, 1), date(2005, 1, 1), "return")
    case = b.case(alt, status="closed", opened_on=date(2010, 2, 1))
    case.outcome = "own_flat"
    b.case(present, status="active", opened_on=date(2024, 6, 1))
    people["z"].anonymised_at = datetime(2016, 1, 1, tzinfo=UTC)
    world.people.update({key: person.id for key, person in people.items()})
    world.households.update({"alt": alt.id, "present": present.id})


def _marked_person(b: Builder, world: World, a1: Any, facility: Any) -> None:
    """The marked person with a row in every table that can hold a person's data."""
    household = b.household("Haushalt M")
    person = b.person("Mark", "Mia", household=household, role="head")
    b._add(IdentityDocument(person_id=person.id, doc_type="passport", number="P123",
                            issuing_country="SYR"))
    b._add(PersonLanguage(person_id=person.id, language="ar"))
    _stay(b, person, a1, date(2001, 1, 1), date(2002, 1, 1))
    case = b.case(household, status="closed", opened_on=date(2001, 2, 1))
    b._add(CaseNote(case_id=case.id, note_date=date(2001, 3, 1), kind="consultation",
                    text="Gespräch"))
    b._add(FollowUp(case_id=case.id, due_on=date(2001, 4, 1), subject="Termin"))
    b._add(ReadinessItem(case_id=case.id, item_key="bank_account", evidence="Konto"))
    ticket = b.ticket(facility, "Fenster klemmt", unit=a1)
    world.ticket_id = ticket.id
    world.photo_id = ticket_photos.add_photo(b.session, SYSTEM_ACTOR, ticket.id, "foto.png",
                                             png())
    ticket_photos.mark_person_shown(b.session, SYSTEM_ACTOR, world.photo_id, person.id)
    world.people["marked"] = person.id
    world.households["marked"] = household.id


def _put_markers(database: Database, world: World) -> None:
    """Every tagged column of every row of the marked person gets its marker, through the
    ORM, so the audit log holds them too (old → new)."""
    world.marks = markers()
    with database.write(world.admin) as session:
        rows = owned_rows(session, [world.marked])
        for table in linked_tables():
            mapper = next(m for m in Base.registry.mappers if m.local_table is table)
            for row_id in rows.get(table.name, ()):
                obj = session.get(mapper.class_, row_id)
                for column in pii_columns(table):
                    value = world.marks.get(f"{table.name}.{column.name}")
                    if value is not None:
                        setattr(obj, mapper.get_property_by_column(column).key, value)


def build_world(database: Database) -> World:
    world = World()
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        house = b.facility("Haus am Bach")
        other = b.facility("Haus am Berg")
        a1, a2 = b.unit(house, "A1", 4), b.unit(house, "A2", 2)
        world.units = {"a1": a1.id, "a2": a2.id}
        users = {
            "admin": b.user("admin", {Role.ADMIN}, (), "Adele Admin"),
            "site": b.user("heim", {Role.SITE_MANAGER}, (house,), "Heiko Heim"),
            "site_other": b.user("berg", {Role.SITE_MANAGER}, (other,), "Berta Berg"),
            "manager": b.user("leitung", {Role.MANAGER}),
            "social": b.user("sozial", {Role.SOCIAL_WORKER}, (house,)),
            "service": b.user("service", {Role.PROPERTY_SERVICE}),
        }
        world.actors = {key: _actor(user) for key, user in users.items()}
        _residents(b, world, a1, a2)
        _marked_person(b, world, a1, house)
    with database.write(SYSTEM_ACTOR) as session:  # N was recorded in 2012
        session.execute(update(AuditEntry).where(
            AuditEntry.table_name == "persons", AuditEntry.row_id == world.people["n"],
            AuditEntry.action == "insert").values(at=datetime(2012, 5, 1, tzinfo=UTC)))
    _put_markers(database, world)
    return world


# ---------------------------------------------------------------- reading it all back

def dump(database: Database) -> str:
    """Every value of every table (binary ones left out), the audit log's changes included."""
    parts: list[str] = []
    with database.read() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)).all():
                for value in row:
                    if isinstance(value, dict | list):
                        parts.append(json.dumps(value, ensure_ascii=False))
                    elif not isinstance(value, bytes | memoryview):
                        parts.append(str(value))
    return "\n".join(parts)


def disclosed(disclosure: Disclosure) -> dict[str, list[str]]:
    """"table.column" → every value the disclosure shows for it."""
    values: dict[str, list[str]] = {}
    for section in disclosure.sections:
        for entry in section.entries:
            for item in entry.items:
                if item.column is not None:
                    values.setdefault(item.column, []).append(item.value)
    return values


def pdf_text(path: Path) -> str:
    """The PDF's text: by poppler's pdftotext where it is installed, else the strings the
    (uncompressed) content streams show."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return shown_text(path.read_bytes())
    return subprocess.run([tool, "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True, timeout=60).stdout.decode("utf-8")


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _disclose(database: Database, world: World, person: str = "marked") -> Disclosure:
    with database.write(world.admin) as session:
        return disclose(session, world.admin, world.people[person], requested_by="die Person")


# ---------------------------------------------------------------- the schema's tags

def test_every_category_has_a_policy_and_every_column_an_action():
    categories = {c.info["pii"] for t in tagged_tables() for c in pii_columns(t)}
    assert categories - set(POLICY) == set(), "a pii category without a policy"
    for table in tagged_tables():
        for column in pii_columns(table):
            action = column_action(column)
            if action is Action.REDACT and isinstance(column.type, String):
                assert (column.type.length or 999) >= len(DELETED_TEXT), column
            if action is Action.CLEAR:
                assert column.nullable, column


def test_every_tagged_table_belongs_to_a_person_or_says_why_not():
    linked = {t.name for t in linked_tables() if pii_columns(t)}
    tagged = {t.name for t in tagged_tables()}
    assert tagged == linked | set(NOT_ABOUT_RESIDENTS)
    assert linked.isdisjoint(NOT_ABOUT_RESIDENTS)
    assert {"persons", "households", "identity_documents", "stays", "case_notes",
            "attachments"} <= linked


def test_every_tagged_column_gets_a_marker_and_a_german_label():
    marks = markers()
    for table in linked_tables():
        for column in pii_columns(table):
            key = f"{table.name}.{column.name}"
            assert key in COLUMN_LABELS, f"{key}: no German label"
            if column_action(column) is Action.DERIVED or column.foreign_keys:
                continue
            assert key in marks, f"{key} holds codes: add a valid one to CODES"


# ---------------------------------------------------------------- the disclosure

def test_every_tagged_column_is_in_the_disclosure_and_its_pdf(database, world, tmp_path,
                                                               monkeypatch):
    monkeypatch.setattr(disclosure_pdf, "COMPRESS", False)  # readable without poppler
    disclosure = _disclose(database, world)
    values = disclosed(disclosure)
    for table in tagged_tables():
        if table.name in NOT_ABOUT_RESIDENTS:
            continue
        for column in pii_columns(table):
            key = f"{table.name}.{column.name}"
            assert key in values, f"{key} is missing from the disclosure"
            if column_action(column) is Action.DERIVED:  # made of the names, folded
                assert any("zq" in value for value in values[key]), key
                continue
            for text in shown_forms(world.marks.get(key)):
                assert any(text in value for value in values[key]), f"{key}: {text} not shown"
    out = tmp_path / "auskunft.pdf"
    # (the fallback reader understands only the built-in font's text)
    assert write_disclosure_pdf(disclosure, out,
                                unicode_font=shutil.which("pdftotext") is not None) >= 1
    text = pdf_text(out)
    words = [word for mark in world.marks.values() for word in shown_forms(mark)]
    assert words, "no marker to look for"
    assert [word for word in words if word not in text] == []
    assert "Auskunft nach Art. 15 DSGVO" in text and "Seite 1 von" in text


def test_the_disclosure_holds_the_audit_trail_and_leaves_read_rows(database, world):
    disclosure = _disclose(database, world)
    audit = next(s for s in disclosure.sections if s.table == "audit_log")
    assert any("Zq" in item.value for entry in audit.entries for item in entry.items)
    assert any(entry.title.endswith("· admin") for entry in audit.entries)
    assert disclosure.subject.startswith("Zq") and disclosure.requested_by == "die Person"
    with database.read() as session:
        reads = session.execute(select(AuditEntry.table_name, AuditEntry.row_id).where(
            AuditEntry.action == "read")).all()
        notes = session.scalars(select(CaseNote.id)).all()
    assert sorted(reads) == sorted([("persons", world.marked)]
                                   + [("case_notes", note) for note in notes])
    # a member of another household sees their household's case, not the marked one's
    values = disclosed(_disclose(database, world, "r1"))
    assert values["households.label"] == ["Familie Alt"]
    assert values["cases.goals"] == ["geheim"]
    assert "Zq" not in repr(values)
    assert len(values["stays.start_date"]) == 2
    with pytest.raises(DomainError, match=r"Person Nr\. 9999 gibt es nicht"), \
            database.write(world.admin) as session:
        disclose(session, world.admin, 9999)


# ---------------------------------------------------------------- who may

TASKS = {
    "disclose": lambda s, actor, world: disclose(s, actor, world.marked),
    "plan": lambda s, actor, world: plan_retention(s, actor, 10, TODAY),
    "apply": lambda s, actor, world: apply_retention(s, actor, 10, TODAY),
    "erase": lambda s, actor, world: erase_person(s, actor, world.people["e"], "Antrag"),
}


def test_only_the_administration_does_data_protection_tasks(database, world):
    assert PERMISSION_LABELS[Permission.DATA_PROTECTION] == "Datenschutzaufgaben erledigen"
    before = dump(database)
    for who in ("site", "manager", "social", "service"):
        actor = world.actors[who]
        for name, task in TASKS.items():
            with pytest.raises(PermissionDenied, match="Datenschutzaufgaben erledigen"), \
                    database.write(actor) as session:
                task(session, actor, world)
                pytest.fail(f"{name} was allowed for {who}")
    assert dump(database) == before  # every value compared: nothing was written
