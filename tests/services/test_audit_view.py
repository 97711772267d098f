"""The administration's view of the audit log: filters, German summaries, rights, paging."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, insert

from soest_desk.db import Database
from soest_desk.models import AuditEntry
from soest_desk.models.enums import Role
from soest_desk.services import audit_view, people, stays
from soest_desk.services.audit import SOCIAL_DATA_PLACEHOLDER
from soest_desk.services.audit_view import AuditFilters, parse_filters
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.people import PersonInput
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from tests.builders import TODAY, Builder, _actor

ANY = AuditFilters()


@dataclass
class World:
    admin: Actor
    manager: Actor
    person_id: int
    stay_id: int


@pytest.fixture
def world(database: Database) -> World:
    """Through the services: the manager "Leitung.Nord" registers Taras (as "Shevchenko"),
    corrects his family name, moves him in and out again. The hook logs each step."""
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        unit = b.unit(b.facility("Haus am Bach"), "A1", 4)
        admin = _actor(b.user("root", {Role.ADMIN}, display_name="Ada Admin"))
        manager = _actor(b.user("Leitung.Nord", {Role.MANAGER}))
        unit_id = unit.id
    data = PersonInput("Shevchenko", "Taras", birth_date=date(2001, 3, 9), sex="m",
                       needs_barrier_free=True)
    with database.write(manager) as session:
        person = people.create_person(session, manager, data, today=TODAY)
        person_id, version = person.id, person.version_id
    with database.write(manager) as session:
        people.update_person(session, manager, person_id, version,
                             replace(data, family_name="Schewtschenko"), today=TODAY)
    with database.write(manager) as session:
        (stay,) = stays.move_in(session, manager, [stays.Placement(person_id, unit_id)],
                                date(2025, 3, 1), today=TODAY)
        stay_id = stay.id
    with database.write(manager) as session:
        stays.move_out(session, manager, [person_id], TODAY, "own_flat", today=TODAY)
    return World(admin, manager, person_id, stay_id)


def page(database: Database, actor: Actor, filters: AuditFilters = ANY, **kwargs):
    with database.read() as session:
        return audit_view.audit_page(session, actor, filters, **kwargs)


def count(database: Database, actor: Actor, filters: AuditFilters = ANY, **kwargs):
    with database.read() as session:
        return audit_view.count(session, actor, filters, **kwargs)


def test_person_changes_read_newest_first_in_german(database, world):
    rows = page(database, world.admin, parse_filters(table="Person")).rows
    assert [(r.action_label, r.area, r.row_id) for r in rows] == [
        ("geändert", "Person", world.person_id), ("angelegt", "Person", world.person_id)]
    update, insert_ = rows
    assert update.summary == "Familienname: „Shevchenko“ → „Schewtschenko“"
    assert update.actor_login == "Leitung.Nord" and update.at.tzinfo is not None
    assert update.at >= insert_.at
    for fragment in ("Familienname: „Shevchenko“", "Vornamen: „Taras“",
                     "Geburtsdatum: „09.03.2001“", "Geschlecht: „männlich“",
                     "Braucht barrierefreien Wohnraum: „ja“"):
        assert fragment in insert_.summary
    assert "→" not in insert_.summary  # a new row names only what it was given

    stay_rows = page(database, world.admin, parse_filters(table="belegung")).rows
    assert [r.action for r in stay_rows] == ["end", "insert"]
    ended = {c.label: (c.old, c.new) for c in stay_rows[0].changes}
    assert ended["Auszug"] == (None, "15.03.2025")
    assert ended["Auszugsgrund"] == (None, "eigene Wohnung")
    assert "Auszug: – → „15.03.2025“" in stay_rows[0].summary
    all_rows = page(database, world.admin).rows
    assert [(r.at, r.id) for r in all_rows] == sorted(((r.at, r.id) for r in all_rows),
                                                      reverse=True)


def test_filters_narrow_by_who_what_action_number_and_period(database, world):
    def tables(**raw) -> list[str]:
        return [r.table_name for r in page(database, world.admin, parse_filters(**raw)).rows]

    mine = tables(who="leitung.")  # a prefix, any case
    assert mine and set(mine) <= {"persons", "stays"}
    assert "units" in tables(who="SYS") and tables(who="eitung") == []
    assert tables(who="leitung_") == [] and tables(who="%") == []  # no wildcards
    assert tables(who="Leitung.Nord", action="beendet") == ["stays"]
    assert tables(action="end", table="persons") == []
    assert tables(table="persons", row_id=str(world.person_id)) == ["persons", "persons"]
    today = office_today()
    assert len(tables(date_from=today.strftime("%d.%m.%Y"), date_to=today.isoformat())) == \
        count(database, world.admin)
    assert tables(date_to=today - timedelta(days=1)) == []
    assert tables(date_from=today + timedelta(days=1)) == []


def test_the_period_is_in_soest_days_both_ends_included(database, world):
    """30.03.2025 in Soest: from 23:00 UTC the day before (CET) to 21:59 UTC (CEST)."""
    moments = {"before": datetime(2025, 3, 29, 22, 59, 59, tzinfo=UTC),
               "first": datetime(2025, 3, 29, 23, 0, tzinfo=UTC),
               "last": datetime(2025, 3, 30, 21, 59, 59, tzinfo=UTC),
               "after": datetime(2025, 3, 30, 22, 0, tzinfo=UTC)}
    with database.write(SYSTEM_ACTOR) as session:
        session.execute(insert(AuditEntry), [
            {"at": at, "actor_login": "uhr", "actor_id": None, "action": "read",
             "table_name": "case_notes", "row_id": n, "changes": None}
            for n, at in enumerate(moments.values(), start=1)])
    rows = page(database, world.admin,
                parse_filters(date_from="30.03.2025", date_to="30.03.2025", who="uhr")).rows
    assert [r.row_id for r in rows] == [3, 2]
    assert (rows[0].action_label, rows[0].area, rows[0].summary) == ("gelesen", "Vermerk", "")


@pytest.mark.parametrize(("raw", "field", "fragment"), [
    ({"date_from": "31.02.2025"}, "Von", "den 31.02.2025 gibt es nicht"),
    ({"date_to": "gestern"}, "Bis", "„gestern“ ist kein Datum"),
    ({"date_from": "02.03.2025", "date_to": "01.03.2025"}, "Bis",
     "der 01.03.2025 liegt vor dem Anfang des Zeitraums (02.03.2025)"),
    ({"table": "Kantine"}, "Bereich", "„Kantine“ gibt es nicht"),
    ({"action": "gedruckt"}, "Aktion", "„gedruckt“ gibt es nicht"),
    ({"row_id": "zwölf"}, "Nr.", "zwölf"),
    ({"row_id": "0"}, "Nr.", "mindestens 1"),
    ({"who": "x" * 101}, "Benutzer", "höchstens 100 Zeichen"),
    ({"who": "ad\x00min"}, "Benutzer", "Steuerzeichen"),
])
def test_bad_filter_input_names_the_field(raw, field, fragment):
    with pytest.raises(DomainError) as caught:
        parse_filters(**raw)
    assert caught.value.field == field
    assert caught.value.message.startswith(f"{field}: ") and fragment in caught.value.message


def test_bad_filters_and_missing_rights_read_nothing(database, world):
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(database.engine, "before_cursor_execute", listener)
    try:
        backwards = AuditFilters(date_from=date(2025, 3, 2), date_to=date(2025, 3, 1))
        with pytest.raises(DomainError, match=r"^Bis: "):
            page(database, world.admin, backwards)
        with pytest.raises(DomainError, match=r"^Bereich: "):
            count(database, world.admin, AuditFilters(table="audit_log"))
        for actor in (world.manager, replace(SYSTEM_ACTOR, roles=frozenset({Role.MANAGER}))):
            with pytest.raises(PermissionDenied, match="„Protokoll ansehen“"):
                page(database, actor)
            with pytest.raises(PermissionDenied):
                count(database, actor)
    finally:
        event.remove(database.engine, "before_cursor_execute", listener)
    assert [s for s in statements if "audit_log" in s] == []


def test_pages_follow_each_other_without_gaps_or_repeats(database, world):
    everything = page(database, world.admin, limit=1000)
    assert everything.exhausted and len(everything.rows) >= 8
    expected = [r.id for r in everything.rows]
    seen, after = [], None
    while True:
        part = page(database, world.admin, limit=3, after=after)
        seen += [r.id for r in part.rows]
        if part.exhausted:
            break
        after = part.rows[-1].cursor
    assert seen == expected
    assert [r.id for r in page(database, world.admin, offset=3, limit=3).rows] == expected[3:6]
    assert count(database, world.admin, cap=None) == len(expected)
    assert count(database, world.admin, cap=5) == 5  # "at least 5": counting stopped there
    with pytest.raises(ValueError):
        page(database, world.admin, limit=0)


def test_values_are_shown_as_staff_read_them():
    shown = audit_view.shown_value
    assert shown("tickets", "state", "closed") == "Abgenommen"
    assert shown("tickets", "due_at", "2025-03-30T22:30:00+00:00") == "31.03.2025, 00:30 Uhr"
    assert shown("units", "area_m2", "12.50") == "12,50"
    assert shown("facilities", "barrier_free", False) == "nein"
    assert shown("cases", "goals", SOCIAL_DATA_PLACEHOLDER) == SOCIAL_DATA_PLACEHOLDER
    assert shown("users", "password_hash", "$argon2id$v=19$…") == audit_view.SECRET_VALUE
    assert shown("persons", "phone", "") is None
    assert shown("persons", "nationality", "SYR") == "Syrien (SYR)"
    assert shown("place_blocks", "unit_id", 325) == "Nr. 325"  # a row of another table
    assert shown("place_blocks", "reason", "mould") == "Schimmel"
    assert shown("gone_table", "odd", 3) == "3"  # an unknown column: its value as it is
    assert audit_view.field_label("tickets", "title") == "Titel"
    assert audit_view.field_label("facilities", "postal_code") == "PLZ"
    assert audit_view.field_label("persons", "no_such_column") == "no_such_column"
    changes = (audit_view.Change("text", "Text", "„=1+1“ " + "x" * 80, None),)
    line = audit_view.summarise("delete", changes, limit=20)
    assert line.startswith("Text: „„=1+1“ xxxxxxxxxx") and line.endswith("…“")
    assert ("Vermerk", "case_notes") in {(label, t) for t, label in audit_view.area_choices()}


def test_a_row_written_by_hand_shows_what_it_holds():
    """The demo generator logs its own run as {"demo": {...}}, not as [old, new]."""
    entry = AuditEntry(id=1, at=datetime(2025, 3, 1, 12, tzinfo=UTC), actor_login="root",
                       action="insert", table_name="app_settings", row_id=None,
                       changes={"demo": {"seed": 1, "Maßstab": 1.0}, "id": [None, 4]})
    row = audit_view.to_row(entry)
    assert [(c.label, c.old, c.new) for c in row.changes] == [
        ("demo", None, '{"seed": 1, "Maßstab": 1.0}'), ("Nr.", None, "4")]
    assert row.summary == 'demo: „{"seed": 1, "Maßstab": 1.0}“; Nr.: „4“'
    assert (row.area, row.action_label) == ("Einstellung", "angelegt")
