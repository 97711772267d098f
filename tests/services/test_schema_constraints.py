"""Rules that protect data hold in the database itself, on both engines."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from soest_desk.models import Case, Facility, Household, Person, Stay, Unit


def _facility(session, name="GU Riga-Ring", **extra):
    facility = Facility(
        kind="shared_accommodation", name=name, street="Riga-Ring 3", postal_code="59494",
        city="Soest", **extra,
    )
    session.add(facility)
    session.flush()
    return facility


def _unit(session, facility, label="EG-01", places=4):
    unit = Unit(facility_id=facility.id, label=label, places=places, area_m2=30,
                occupancy_type="family")
    session.add(unit)
    session.flush()
    return unit


def _person(session, **extra):
    person = Person(family_name="Kovalenko", given_names="Olena", **extra)
    session.add(person)
    session.flush()
    return person


def _raw_insert_fails(database, model, values):
    with pytest.raises((IntegrityError, DataError)), database.write() as session:
        session.execute(insert(model), [values])


@pytest.mark.parametrize("postal_code", ["5949", "594944", "59a94", "     "])
def test_postal_code_must_be_five_digits(database, postal_code):
    _raw_insert_fails(database, Facility, {
        "kind": "shared_accommodation", "name": "X", "street": "S", "postal_code": postal_code,
        "city": "Soest",
    })


def test_unknown_facility_kind_is_refused(database):
    _raw_insert_fails(database, Facility, {
        "kind": "hotel", "name": "X", "street": "S", "postal_code": "59494", "city": "Soest",
    })


def test_unit_needs_at_least_one_place_and_positive_area(database):
    with database.write() as session:
        facility_id = _facility(session).id
    base = {"facility_id": facility_id, "label": "A", "occupancy_type": "mixed"}
    _raw_insert_fails(database, Unit, {**base, "places": 0, "area_m2": 10})
    _raw_insert_fails(database, Unit, {**base, "places": 2, "area_m2": 0})


def test_care_grade_and_birth_date_ranges(database):
    _raw_insert_fails(database, Person, {"family_name": "A", "given_names": "B", "care_grade": 6})
    _raw_insert_fails(database, Person, {
        "family_name": "A", "given_names": "B", "birth_date": date(1899, 12, 31),
    })


def test_stays_of_one_person_must_not_overlap(database):
    with database.write() as session:
        unit = _unit(session, _facility(session))
        person = _person(session)
        session.add(Stay(person_id=person.id, unit_id=unit.id, start_date=date(2025, 1, 1),
                         end_date=date(2025, 3, 1), move_out_reason="transfer"))
        ids = (person.id, unit.id)
    # the next stay may begin on the day the first ended (half-open dates) …
    with database.write() as session:
        session.add(Stay(person_id=ids[0], unit_id=ids[1], start_date=date(2025, 3, 1)))
    # … but not inside it, even with a raw insert
    _raw_insert_fails(database, Stay, {
        "person_id": ids[0], "unit_id": ids[1], "start_date": date(2025, 2, 1),
        "end_date": date(2025, 2, 10), "move_out_reason": "unknown",
    })
    _raw_insert_fails(database, Stay, {
        "person_id": ids[0], "unit_id": ids[1], "start_date": date(2026, 1, 1),
    })


def test_ended_stay_needs_a_reason_and_a_later_end(database):
    with database.write() as session:
        unit = _unit(session, _facility(session))
        person = _person(session)
        ids = (person.id, unit.id)
    _raw_insert_fails(database, Stay, {
        "person_id": ids[0], "unit_id": ids[1], "start_date": date(2025, 1, 1),
        "end_date": date(2025, 2, 1),
    })
    _raw_insert_fails(database, Stay, {
        "person_id": ids[0], "unit_id": ids[1], "start_date": date(2025, 1, 1),
        "end_date": date(2025, 1, 1), "move_out_reason": "unknown",
    })


def test_one_head_per_household(database):
    with database.write() as session:
        household = Household(label="Familie Kovalenko")
        session.add(household)
        session.flush()
        _person(session, household_id=household.id, household_role="head")
        household_id = household.id
    _raw_insert_fails(database, Person, {
        "family_name": "Kovalenko", "given_names": "Andrii", "household_id": household_id,
        "household_role": "head",
    })


def test_one_open_case_per_household(database):
    with database.write() as session:
        household = Household(label="Haushalt Haddad")
        session.add(household)
        session.flush()
        session.add(Case(household_id=household.id, opened_on=date(2025, 1, 1),
                         status="closed", closed_on=date(2025, 6, 1), outcome="own_flat"))
        session.add(Case(household_id=household.id, opened_on=date(2025, 7, 1)))
        household_id = household.id
    _raw_insert_fails(database, Case, {
        "household_id": household_id, "opened_on": date(2025, 8, 1), "status": "active",
    })


def test_stale_save_is_a_conflict_not_an_overwrite(database):
    with database.write() as session:
        facility_id = _facility(session).id
    with database.read() as session:
        mine = session.get(Facility, facility_id)  # the form loads version 1
    with database.write() as session:
        session.get(Facility, facility_id).district = "Soest-Süd"  # someone else saves
    with pytest.raises(StaleDataError), database.write() as session:
        session.add(mine)  # the form saves what it loaded
        mine.district = "Ampen"
    with database.read() as session:
        facility = session.scalars(select(Facility)).one()
        assert facility.district == "Soest-Süd"
        assert facility.version_id == 2
