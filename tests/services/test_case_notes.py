"""Case notes (Vermerke) are Sozialdaten: every path that could return a note's text refuses
Objektservice, Leitung, Heimleitung and Administration with a permission error, and a social
worker who does not reach the case; every read of a note leaves exactly one audit row, and
the audit log never holds the text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soest_desk.db import Database
from soest_desk.models import AuditEntry, CaseNote
from soest_desk.services import case_notes, case_views, cases, flat_search, listing
from soest_desk.services.audit import SOCIAL_DATA_PLACEHOLDER
from soest_desk.services.errors import DomainError, PermissionDenied
from tests.services.case_fixtures import (
    MARKER,
    OPENED,
    TODAY,
    CaseWorld,
    audit_rows,
    build_case_world,
    open_case,
)

OUTSIDERS = ["service", "manager", "site", "admin"]


@pytest.fixture
def world(database: Database) -> CaseWorld:
    return build_case_world(database)


@pytest.fixture
def noted(database: Database, world: CaseWorld) -> tuple[int, int]:
    """A case of Familie Kovalenko (Haus am Park) with one note holding MARKER."""
    case_id = open_case(database, world, "kovalenko", goals=f"Ziel {MARKER}")
    note_id = _add(database, world, case_id, f"Gespräch: {MARKER}")
    return case_id, note_id


def _add(database: Database, world: CaseWorld, case_id: int, text: str,
         actor: str = "sw_park", **kwargs: Any) -> int:
    who = world.actors[actor]
    kwargs.setdefault("note_date", date(2025, 3, 10))
    kwargs.setdefault("kind", "consultation")
    with database.write(who) as session:
        return case_notes.add_note(session, who, case_id, text=text, today=TODAY,
                                   **kwargs).id


def _read(database: Database, world: CaseWorld, note_id: int, actor: str = "sw_park"
          ) -> case_notes.NoteText:
    who = world.actors[actor]
    with database.write(who) as session:
        return case_notes.read_note(session, who, note_id, TODAY)


def _note_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(CaseNote)) or 0


def _reads(database: Database, note_id: int | None = None) -> list[AuditEntry]:
    rows = audit_rows(database, "case_notes", note_id, "read")
    return rows


def _whole_audit_log(database: Database) -> str:
    with database.read() as session:
        return repr([(e.table_name, e.changes) for e in session.scalars(select(AuditEntry))])


# ---------------------------------------------------------------- nobody else reads them

@pytest.mark.parametrize("who", OUTSIDERS)
def test_other_roles_get_a_permission_error_on_every_note_path(database, world, noted, who):
    case_id, note_id = noted
    actor = world.actors[who]
    paths: list[Callable[[Session], object]] = [
        lambda s: case_notes.note_headers(s, actor, case_id, TODAY),
        lambda s: case_notes.read_note(s, actor, note_id, TODAY),
        lambda s: case_notes.read_note(s, actor, 99_999, TODAY),  # no hint it is missing
        lambda s: case_notes.add_note(s, actor, case_id, TODAY, "phone", "Anruf",
                                      today=TODAY),
    ]
    for path in paths:
        with pytest.raises(PermissionDenied, match="Keine Berechtigung"), \
                database.write(actor) as session:
            path(session)
    assert _reads(database) == []
    assert _note_count(database) == 1


@pytest.mark.parametrize("who", OUTSIDERS)
def test_no_other_view_carries_the_text(database, world, noted, who):
    """The case detail, the flat search and the case list: refused, or without the text."""
    case_id, _note_id = noted
    actor = world.actors[who]
    views: list[Callable[[Session], object]] = [
        lambda s: case_views.case_detail(s, actor, case_id, TODAY),
        lambda s: flat_search.search(s, actor, case_id, today=TODAY),
        lambda s: listing.fetch_page(s, actor, "cases", today=TODAY),
    ]
    shown = 0
    for view in views:
        with database.read() as session:
            try:
                result = view(session)
            except PermissionDenied:
                continue
        shown += 1
        assert MARKER not in repr(result)
    # Leitung sees the case (without Sozialdaten), the others see nothing of it
    assert shown == (3 if who == "manager" else 0)


def test_even_a_social_worker_gets_the_text_only_from_read_note(database, world, noted):
    case_id, note_id = noted
    sw = world.actors["sw_park"]
    with database.read() as session:
        detail = case_views.case_detail(session, sw, case_id, TODAY)
        found = flat_search.search(session, sw, case_id, today=TODAY)
        page = listing.fetch_page(session, sw, "cases", today=TODAY)
        headers = case_notes.note_headers(session, sw, case_id, TODAY)
    assert [row.id for row in page.rows] == [case_id]
    for result in (found, page, headers):
        assert MARKER not in repr(result)
    assert MARKER not in repr(detail.items) + repr(detail.follow_ups)
    assert detail.goals == f"Ziel {MARKER}"  # goals are Sozialdaten the worker sees
    assert _read(database, world, note_id).text == f"Gespräch: {MARKER}"


def test_a_social_worker_who_does_not_reach_the_case_reads_nothing(database, world, noted):
    case_id, note_id = noted
    ring = world.actors["sw_ring"]
    paths: list[Callable[[Session], object]] = [
        lambda s: case_notes.note_headers(s, ring, case_id, TODAY),
        lambda s: case_notes.read_note(s, ring, note_id, TODAY),
        lambda s: case_notes.add_note(s, ring, case_id, TODAY, "phone", "Anruf",
                                      today=TODAY),
    ]
    for path in paths:
        with pytest.raises(PermissionDenied, match="nicht in Ihren Unterkünften"), \
                database.write(ring) as session:
            path(session)
    assert _reads(database) == []
    sw = world.actors["sw_park"]
    with database.write(sw) as session:  # in sw_ring's caseload from now on
        cases.reassign(session, sw, case_id, world.users["sw_ring"], today=TODAY)
    assert _read(database, world, note_id, "sw_ring").text.endswith(MARKER)
    assert [r.actor_login for r in _reads(database, note_id)] == ["sw.ring"]


# ---------------------------------------------------------------- every read is audited

def test_each_read_leaves_exactly_one_audit_row(database, world, noted):
    case_id, note_id = noted
    before = len(audit_rows(database, "case_notes"))
    note = _read(database, world, note_id)
    assert note.header.id == note_id and note.header.author == "Paula Park"
    rows = _reads(database)
    assert len(rows) == 1
    row = rows[0]
    assert (row.action, row.table_name, row.row_id) == ("read", "case_notes", note_id)
    assert (row.actor_login, row.actor_id) == ("sw.park", world.users["sw_park"])
    assert row.changes is None
    assert len(audit_rows(database, "case_notes")) == before + 1
    _read(database, world, note_id)
    assert len(_reads(database, note_id)) == 2
    other = _add(database, world, case_id, "Zweiter Vermerk")
    _read(database, world, other)
    assert [r.row_id for r in _reads(database)] == [note_id, note_id, other]


def test_two_reads_in_one_session_are_two_rows(database, world, noted):
    _case_id, note_id = noted
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        case_notes.read_note(session, sw, note_id, TODAY)
        case_notes.read_note(session, sw, note_id, TODAY)
    assert len(_reads(database, note_id)) == 2


def test_the_list_of_notes_is_not_a_read(database, world, noted):
    case_id, note_id = noted
    _add(database, world, case_id, "Hausbesuch gemacht", kind="home_visit",
         note_date=date(2025, 3, 12), duration_minutes=45)
    _add(database, world, case_id, "am selben Tag", kind="phone",
         note_date=date(2025, 3, 12))
    sw = world.actors["sw_park"]
    with database.read() as session:
        headers = case_notes.note_headers(session, sw, case_id, TODAY)
    assert [(h.note_date, h.kind) for h in headers] == [
        (date(2025, 3, 12), "phone"), (date(2025, 3, 12), "home_visit"),
        (date(2025, 3, 10), "consultation")]
    assert headers[1].duration_minutes == 45
    assert {h.author for h in headers} == {"Paula Park"}
    assert headers[-1].id == note_id
    assert not hasattr(headers[0], "text")
    assert "Hausbesuch gemacht" not in repr(headers)
    assert _reads(database) == []


def test_a_refused_read_writes_no_row_and_a_read_session_is_refused(database, world, noted):
    _case_id, note_id = noted
    sw = world.actors["sw_park"]
    with database.read() as session, pytest.raises(RuntimeError, match="audit row"):
        case_notes.read_note(session, sw, note_id, TODAY)  # the row would be lost
    with database.write(world.actors["sw_ring"]) as session, \
            pytest.raises(RuntimeError, match="reading actor"):
        case_notes.read_note(session, sw, note_id, TODAY)  # would name sw_ring
    with pytest.raises(DomainError, match="Vermerk wurde nicht gefunden"):
        _read(database, world, 99_999)
    assert _reads(database) == []


def test_the_audit_log_never_holds_the_text(database, world, noted):
    _case_id, note_id = noted
    _read(database, world, note_id)
    inserted = audit_rows(database, "case_notes", note_id, "insert")
    assert len(inserted) == 1
    assert inserted[0].changes["text"] == [None, SOCIAL_DATA_PLACEHOLDER]
    assert inserted[0].changes["kind"] == [None, "consultation"]
    assert MARKER not in _whole_audit_log(database)


# ---------------------------------------------------------------- writing a note

def test_a_note_is_stored_with_its_author(database, world, noted):
    case_id, note_id = noted
    with database.read() as session:
        note = session.get(CaseNote, note_id)
        assert note is not None
        assert (note.case_id, note.author_id, note.note_date, note.kind) == (
            case_id, world.users["sw_park"], date(2025, 3, 10), "consultation")
        assert note.text == f"Gespräch: {MARKER}"


@pytest.mark.parametrize(("kwargs", "message", "field"), [
    ({"kind": "chat"}, "Art: bitte Beratung, Hausbesuch", "Art"),
    ({"duration_minutes": -1}, "Dauer: bitte 0 bis 1440 Minuten", "Dauer"),
    ({"duration_minutes": 1441}, "Dauer: bitte 0 bis 1440 Minuten", "Dauer"),
    ({"text": "   "}, "Text: bitte den Vermerk schreiben", "Text"),
    ({"text": ""}, "Text: bitte den Vermerk schreiben", "Text"),
    ({"text": "x" * 20_001}, "Text: höchstens 20000 Zeichen", "Text"),
    ({"note_date": date(2025, 3, 16)}, r"Datum: bitte ein Datum zwischen der Eröffnung "
                                       r"des Falls \(03\.03\.2025\) und heute", "Datum"),
    ({"note_date": date(2025, 3, 2)}, "Datum: bitte ein Datum zwischen", "Datum"),
])
def test_bad_notes_are_refused_naming_the_field(database, world, kwargs, message, field):
    case_id = open_case(database, world, "kovalenko")
    values: dict[str, Any] = {"text": "Beratung zur Wohnungssuche"} | kwargs
    with pytest.raises(DomainError, match=message) as error:
        _add(database, world, case_id, **values)
    assert error.value.field == field
    assert _note_count(database) == 0


@pytest.mark.parametrize("minutes", [0, 1440, None])
def test_the_edges_of_the_duration_and_dates_are_fine(database, world, minutes):
    case_id = open_case(database, world, "kovalenko")
    for day in (OPENED, TODAY):
        _add(database, world, case_id, "Grenzfall", note_date=day, duration_minutes=minutes)
    assert _note_count(database) == 2


def test_a_closed_case_takes_no_new_notes(database, world, noted):
    case_id, note_id = noted
    sw = world.actors["sw_park"]
    with database.write(sw) as session:
        cases.close_case(session, sw, case_id, "other", today=TODAY)
    with pytest.raises(DomainError, match="abgeschlossen: Vermerke können nicht mehr"):
        _add(database, world, case_id, "nachgetragen")
    assert _note_count(database) == 1
    # its notes stay readable for the worker, and each read is still audited
    assert _read(database, world, note_id).text.endswith(MARKER)
    assert len(_reads(database, note_id)) == 1
