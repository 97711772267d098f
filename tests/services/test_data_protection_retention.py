"""The retention run and the erasure on request leave no value of a removed category anywhere
in the database (the audit log included), keep what the statistics need, and refuse in
German what they must not do. The world is `test_data_protection.build_world`: due on
15.03.2025 with 10 years are the marked person, R1 and R2 (one household) and N (never
stayed, recorded 2012)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from soest_desk.db import Database
from soest_desk.models import (
    Attachment,
    AuditEntry,
    Base,
    Case,
    Household,
    IdentityDocument,
    Person,
    Stay,
)
from soest_desk.services import kpis, shared_settings
from soest_desk.services.data_protection import apply_retention, erase_person, plan_retention
from soest_desk.services.data_protection_schema import (
    ANONYMISED_NAME,
    DELETED_TEXT,
    Action,
    column_action,
    deletes_rows,
)
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import SYSTEM_ACTOR
from tests.services.test_data_protection import TODAY, World, build_world, dump, stored_forms


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def removed_and_kept(world: World) -> tuple[list[str], list[str]]:
    """The marker texts of the categories anonymisation removes, and of those it keeps."""
    removed, kept = [], []
    for key, value in world.marks.items():
        table, column = key.split(".")
        gone = deletes_rows(Base.metadata.tables[table]) or column_action(
            Base.metadata.tables[table].c[column]) is not Action.KEEP
        (removed if gone else kept).extend(stored_forms(value))
    return removed, kept


def statistics(database: Database) -> list[Any]:
    start = date(2000, 1, 1)
    with database.read() as session:
        return [kpis.occupancy_at(session, SYSTEM_ACTOR, date(2012, 1, 1)),
                kpis.occupancy_at(session, SYSTEM_ACTOR, TODAY),
                kpis.length_of_stay(session, SYSTEM_ACTOR, start, TODAY, today=TODAY),
                kpis.own_flat_moves(session, SYSTEM_ACTOR, start, TODAY, today=TODAY)]


def household_of(database: Database, world: World, key: str) -> tuple[str | None, list[str]]:
    """The household's label and the goals of its cases."""
    with database.read() as session:
        household = session.get(Household, world.households[key])
        assert household is not None
        goals = session.scalars(select(Case.goals).where(Case.household_id == household.id))
        return household.label, [goal or "" for goal in goals]


def audit_rows(database: Database, table: str, row_id: int) -> list[AuditEntry]:
    with database.read() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == table, AuditEntry.row_id == row_id)
            .order_by(AuditEntry.id)))


def check_marked_person_is_gone(database: Database, world: World) -> None:
    removed, kept = removed_and_kept(world)
    everything = dump(database)
    assert [text for text in removed if text in everything] == []
    stored = [text for text in kept if text.count("-") == 2]  # dates are stored ISO
    assert stored and all(text in everything for text in stored)  # stay dates and the like
    with database.read() as session:
        person = session.get(Person, world.marked)
        assert person is not None and person.anonymised_at is not None
        assert (person.family_name, person.given_names) == (ANONYMISED_NAME, "")
        assert person.search_name == "anonymisiert" and person.phone is None
        assert person.birth_date_precision == "year"
        assert session.scalar(select(func.count()).select_from(IdentityDocument).where(
            IdentityDocument.person_id == world.marked)) == 0
        assert session.get(Attachment, world.photo_id) is None
        assert session.scalars(select(Stay.note).where(Stay.person_id == world.marked)
                               ).all() == [DELETED_TEXT]
    rows = audit_rows(database, "persons", world.marked)
    named = [r for r in rows if r.changes and "family_name" in r.changes]
    assert named and all(set(r.changes["family_name"]) <= {None, DELETED_TEXT} for r in named)
    records = [r for r in rows if r.changes and "Datenschutz" in r.changes]
    assert len(records) == 1 and records[0].actor_login == "admin"


# ---------------------------------------------------------------- retention

def test_the_dry_run_lists_who_is_due_without_names_and_writes_nothing(database, world):
    before = dump(database)
    with database.write(world.admin) as session:
        plan = plan_retention(session, world.admin, 10, TODAY)
        shorter = plan_retention(session, world.admin, 12, TODAY)
    assert dump(database) == before
    assert plan.cutoff == date(2015, 3, 15) and not plan.applied
    due = {p.person_id: p for p in plan.people}
    people = world.people
    assert set(due) == {people["marked"], people["r1"], people["r2"], people["n"]}
    assert {p.person_id for p in shorter.people} == {people["marked"], people["n"]}
    assert due[people["n"]].last_move_out is None
    assert due[people["r1"]].last_move_out == date(2014, 1, 10)
    assert due[people["marked"]].label == f"Person #{people['marked']}"
    lines = " ".join(line for p in plan.people for line in p.changes)
    for name in ("Alt", "Rosa", "Zq", "Familie Alt"):
        assert name not in lines
    assert "Ausweisdokumente: 1 gelöscht" in due[people["marked"]].changes
    with database.write(world.admin) as session:
        assert plan_retention(session, world.admin, today=TODAY).years == 10  # the default
        shared_settings.put(session, SYSTEM_ACTOR, shared_settings.RETENTION_YEARS, 30)
        assert plan_retention(session, world.admin, today=TODAY).years == 30
        assert plan_retention(session, world.admin, today=TODAY).people == ()
        with pytest.raises(DomainError, match="ganze Zahl von 1 bis 100"):
            plan_retention(session, world.admin, 0, TODAY)


def test_retention_removes_every_marker_and_keeps_the_statistics(database, world):
    figures = statistics(database)
    untouched = {key: [(r.id, r.changes) for r in audit_rows(database, "persons",
                                                             world.people[key])]
                 for key in ("p", "c", "e", "n2", "z")}
    with database.write(world.admin) as session:
        done = apply_retention(session, world.admin, 10, TODAY)
    assert done.applied and len(done.people) == 4
    check_marked_person_is_gone(database, world)
    assert statistics(database) == figures
    with database.read() as session:
        names = dict(session.execute(select(Person.id, Person.family_name)).all())
    assert names[world.people["r1"]] == names[world.people["n"]] == ANONYMISED_NAME
    assert names[world.people["p"]] == "Da" and names[world.people["e"]] == "Ende"
    # the household's data went with its last member; the present household keeps its own
    assert household_of(database, world, "alt") == (None, [DELETED_TEXT])
    assert household_of(database, world, "present") == ("Familie Da", ["geheim"])
    assert {key: [(r.id, r.changes) for r in audit_rows(database, "persons",
                                                        world.people[key])]
            for key in untouched} == untouched
    again = dump(database)
    with database.write(world.admin) as session:  # nobody is anonymised twice
        assert apply_retention(session, world.admin, 10, TODAY).people == ()
    assert dump(database) == again


def test_the_run_refuses_when_the_list_is_not_the_dry_runs(database, world):
    before = dump(database)
    with database.write(world.admin) as session:
        planned = [p.person_id for p in plan_retention(session, world.admin, 12, TODAY).people]
    with pytest.raises(DomainError, match="Probelauf wiederholen"), \
            database.write(world.admin) as session:
        apply_retention(session, world.admin, 10, TODAY, expected=planned)
    assert dump(database) == before
    with database.write(world.admin) as session:
        assert len(apply_retention(session, world.admin, 12, TODAY,
                                   expected=planned).people) == len(planned)


# ---------------------------------------------------------------- erasure

def test_erasure_refuses_in_german_what_is_open_and_removes_every_marker(database, world):
    before = dump(database)
    refusals = {
        "p": "Belegung ab 01.05.2024 ist noch offen",
        "c": "Fall ihres Haushalts ist noch offen",
        "z": "bereits anonymisiert",
    }
    for key, message in refusals.items():
        with pytest.raises(DomainError, match=message), \
                database.write(world.admin) as session:
            erase_person(session, world.admin, world.people[key], "Antrag vom 01.03.2025",
                         today=TODAY)
    with pytest.raises(DomainError, match="Grund der Löschung"), \
            database.write(world.admin) as session:
        erase_person(session, world.admin, world.marked, "   ", today=TODAY)
    with pytest.raises(DomainError, match="gibt es nicht"), \
            database.write(world.admin) as session:
        erase_person(session, world.admin, 9999, "Antrag", today=TODAY)
    assert dump(database) == before
    with database.read() as session:
        stays = session.execute(select(Stay.unit_id, Stay.start_date, Stay.end_date,
                                       Stay.move_out_reason).order_by(Stay.id)).all()
    figures = statistics(database)
    with database.write(world.admin) as session:
        result = erase_person(session, world.admin, world.marked, "Antrag vom 01.03.2025",
                              today=TODAY)
    assert "Vermerke der Sozialarbeit (1): Text durch „[gelöscht]“ ersetzt" in result.changes
    check_marked_person_is_gone(database, world)
    with database.read() as session:
        assert session.execute(select(Stay.unit_id, Stay.start_date, Stay.end_date,
                                      Stay.move_out_reason).order_by(Stay.id)).all() == stays
    assert statistics(database) == figures
    record = next(r for r in audit_rows(database, "persons", world.marked)
                  if r.changes and "Datenschutz" in r.changes)
    assert record.changes["Datenschutz"][1] == ("Gelöscht auf Antrag (Art. 17 DSGVO): "
                                                "Antrag vom 01.03.2025")
    # one member of a household: its case text goes, its label stays for the others
    with database.write(world.admin) as session:
        erase_person(session, world.admin, world.people["r1"], "Antrag", today=TODAY)
    assert household_of(database, world, "alt") == ("Familie Alt", [DELETED_TEXT])
