"""Every insert, update and end of audited rows writes an audit entry, in the same
transaction, with who, when, table, id, old → new."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from soest_desk.models import AuditEntry, CaseNote, Facility, Household, Person, Stay, Unit
from soest_desk.models.enums import Role
from soest_desk.services.audit import SOCIAL_DATA_PLACEHOLDER
from soest_desk.services.permissions import Actor

CLERK = Actor(7, "m.mueller", "Maria Müller", frozenset({Role.SITE_MANAGER}))


def entries(database, table: str) -> list[AuditEntry]:
    with database.read() as session:
        return list(session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == table).order_by(AuditEntry.id)
        ))


def test_insert_update_and_end_are_logged(database):
    with database.write(actor=CLERK) as session:
        facility = Facility(kind="shared_accommodation", name="GU Nord", street="Grandweg 2",
                            postal_code="59494", city="Soest")
        unit = Unit(facility=facility, label="EG-01", places=2, area_m2=20,
                    occupancy_type="mixed")
        person = Person(family_name="Haddad", given_names="Rania", birth_date=date(1990, 5, 2))
        session.add_all([facility, unit, person])
        session.flush()
        stay = Stay(person_id=person.id, unit_id=unit.id, start_date=date(2026, 1, 5))
        session.add(stay)
        session.flush()
        stay_id, person_id = stay.id, person.id
    with database.write(actor=CLERK) as session:
        session.get(Person, person_id).given_names = "Rania Maria"
    with database.write(actor=CLERK) as session:
        stay = session.get(Stay, stay_id)
        stay.end_date, stay.move_out_reason = date(2026, 3, 1), "own_flat"

    person_log = entries(database, "persons")
    assert [e.action for e in person_log] == ["insert", "update"]
    assert person_log[0].changes["family_name"] == [None, "Haddad"]
    assert person_log[0].changes["birth_date"] == [None, "1990-05-02"]
    assert "search_name" not in person_log[0].changes  # derived from the names: not logged
    assert person_log[1].changes == {"given_names": ["Rania", "Rania Maria"]}
    assert {e.actor_login for e in person_log} == {"m.mueller"}
    assert all(e.row_id == person_id and e.at.tzinfo is not None for e in person_log)

    stay_log = entries(database, "stays")
    assert [e.action for e in stay_log] == ["insert", "end"]
    assert stay_log[1].changes["end_date"] == [None, "2026-03-01"]
    assert stay_log[1].changes["move_out_reason"] == [None, "own_flat"]


def test_rolled_back_change_leaves_no_audit_row(database):
    with pytest.raises(RuntimeError), database.write(actor=CLERK) as session:
        session.add(Person(family_name="Yılmaz", given_names="Elif"))
        session.flush()
        raise RuntimeError("Absturz mitten in der Arbeit")
    assert entries(database, "persons") == []


def test_social_data_is_not_copied_into_the_log(database):
    with database.write(actor=CLERK) as session:
        household = Household(label="Haushalt Rahimi")
        session.add(household)
        session.flush()
        from soest_desk.models import Case

        case = Case(household_id=household.id, opened_on=date(2026, 1, 1))
        session.add(case)
        session.flush()
        session.add(CaseNote(case_id=case.id, note_date=date(2026, 1, 2), kind="consultation",
                             text="Vertrauliches Gespräch über Schulden"))
    (note_entry,) = entries(database, "case_notes")
    assert note_entry.changes["text"] == [None, SOCIAL_DATA_PLACEHOLDER]
    assert "Schulden" not in str(note_entry.changes)


def test_without_actor_the_system_is_named(database):
    with database.write() as session:
        session.add(Household(label="Haushalt Noori"))
    (entry,) = entries(database, "households")
    assert entry.actor_login == "system"


def test_insert_logs_real_values_only(database):
    """Columns never set are not logged as a sentinel; database defaults show as stored."""
    with database.write(actor=CLERK) as session:
        session.add(Person(family_name="Noori", given_names="Sahar"))
    (entry,) = entries(database, "persons")
    assert entry.changes["family_name"] == [None, "Noori"]
    assert "NO_VALUE" not in str(entry.changes)
    assert "phone" not in entry.changes and "name_transliteration" not in entry.changes
    assert entry.changes.get("smoker", [None, False]) == [None, False]


def test_old_value_is_logged_even_when_it_was_not_loaded(database):
    with database.write(actor=CLERK) as session:
        person = Person(family_name="Karimi", given_names="Ali", care_grade=0)
        session.add(person)
        session.flush()
        person_id = person.id
    with database.write(actor=CLERK) as session:
        person = session.get(Person, person_id)
        session.expire(person, ["care_grade"])
        person.care_grade = 2
    update = entries(database, "persons")[-1]
    assert update.changes == {"care_grade": [0, 2]}


def test_bulk_changes_of_audited_rows_are_refused(database):
    from sqlalchemy import delete, update

    with database.write(actor=CLERK) as session:
        session.add(Person(family_name="Rahimi", given_names="Zahra"))
    for statement in (update(Person).values(smoker=True), delete(Person)):
        with pytest.raises(RuntimeError, match="audit log"), database.write() as session:
            session.execute(statement)
    with database.read() as session:
        assert session.scalars(select(Person)).one().smoker is False


def test_the_application_installs_the_hook_itself(tmp_path):
    """Not only the test fixture: a fresh interpreter that just opens a database audits."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    code = (
        "from soest_desk.db import open_database; from soest_desk import migrate;"
        "from soest_desk.models import Household, AuditEntry; from sqlalchemy import select, func;"
        f"d = open_database({url!r}, create=True); migrate.upgrade(d);\n"
        "with d.write() as s: s.add(Household(label='Haushalt Test'))\n"
        "with d.read() as s: print(s.scalar(select(func.count()).select_from(AuditEntry)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "1"
