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
