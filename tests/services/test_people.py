"""Residents and households: checks, duplicates, documents, versions, ending, rights, audit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import AuditEntry, Household, IdentityDocument, Person, Stay, Unit
from soest_desk.models.enums import Role
from soest_desk.services import households, people
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.people import (
    DocumentInput,
    DuplicateSuspected,
    PersonInput,
    check_person,
)
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.services.validation import EditConflict
from tests.builders import NOW, TODAY, Builder, _actor

BORN = date(1990, 5, 1)
PASSPORT = DocumentInput("passport", "FX123456", "UKR", date(2030, 1, 31))


@dataclass
class World:
    actors: dict[str, Actor]
    units: dict[str, int]
    persons: dict[str, int]


@pytest.fixture
def world(database: Database) -> World:
    """Haus am Bach (site manager hl_a) with unit A1, Nord with unit B1; Olena (UKR passport)
    lives in A1, Farid in B1, Jan nowhere."""
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        bach, nord = b.facility("Haus am Bach"), b.facility("Nord")
        a1, b1 = b.unit(bach, "A1", 4), b.unit(nord, "B1", 4)
        olena = b.person("Kovalenko", "Olena", birth_date=BORN, nationality="UKR")
        session.add(IdentityDocument(person_id=olena.id, doc_type="passport",
                                     number="FX123456", issuing_country="UKR"))
        farid = b.person("Ahmadi", "Farid", birth_date=date(1985, 1, 1), precision="year")
        jan = b.person("Müller", "Jan")
        b.stay(olena, a1, date(2024, 5, 1))
        b.stay(farid, b1, date(2024, 9, 1))
        users = {
            "hl_a": b.user("hl_a", {Role.SITE_MANAGER}, (bach,)),
            "sw_a": b.user("sw_a", {Role.SOCIAL_WORKER}, (bach,)),
            "os": b.user("os", {Role.PROPERTY_SERVICE}),
            "leitung": b.user("leitung", {Role.MANAGER}),
        }
        return World({login: _actor(user) for login, user in users.items()},
                     {"A1": a1.id, "B1": b1.id},
                     {"olena": olena.id, "farid": farid.id, "jan": jan.id})


def new_person(**changes) -> PersonInput:
    data = PersonInput("Shevchenko", "Taras", birth_date=date(2001, 3, 9), sex="m",
                       nationality="UKR", phone="0151  1234567", care_grade=2,
                       needs_barrier_free=True, documents=[
                           DocumentInput("passport", " fx 987 654 ", "UKR", date(2031, 1, 1))])
    return replace(data, **changes)


def create(database: Database, actor: Actor, data: PersonInput | None = None, **kwargs
           ) -> int:
    with database.write(actor) as session:
        return people.create_person(session, actor, data or new_person(), today=TODAY,
                                    **kwargs).id


def load(database: Database, person_id: int) -> Person:
    with database.read() as session:
        person = session.get(Person, person_id)
        person.documents  # noqa: B018 - load them while the session is open
        return person


def audit(database: Database, table: str) -> list[tuple[str, int | None, dict | None]]:
    with database.read() as session:
        return [(e.action, e.row_id, e.changes) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == table).order_by(AuditEntry.id))]


def refused(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    return caught.value


# ---------------------------------------------------------------- pure checks

@pytest.mark.parametrize(("changes", "field", "fragment"), [
    ({"family_name": " ", "given_names": ""}, "Familienname",
     "bitte Familienname oder Vornamen angeben"),
    ({"family_name": "Shevchenko2"}, "Familienname", "„Shevchenko2“ enthält Ziffern"),
    ({"given_names": "Taras@"}, "Vornamen", "enthält das Zeichen „@“"),
    ({"family_name": "x" * 201}, "Familienname", "höchstens 200 Zeichen"),
    ({"birth_date": date(2030, 12, 31)}, "Geburtsdatum", "liegt in der Zukunft (31.12.2030)"),
    ({"birth_date": date(1899, 12, 31)}, "Geburtsdatum", "liegt vor 1900"),
    ({"birth_date": date(2001, 3, 9), "birth_date_precision": "month"}, "Geburtsdatum",
     "Erste des Monats"),
    ({"birth_date": date(2001, 3, 1), "birth_date_precision": "week"}, "Geburtsdatum",
     "Tag, Monat oder Jahr"),
    ({"sex": "x"}, "Geschlecht", "„x“ ist kein gültiger Wert"),
    ({"nationality": "Ukraine"}, "Staatsangehörigkeit", "kein gültiger dreistelliger"),
    ({"nationality": "ABC"}, "Staatsangehörigkeit", "kein gültiger dreistelliger"),
    ({"phone": "ruft zurück"}, "Telefon", "ist keine Telefonnummer"),
    ({"care_grade": 6}, "Pflegegrad", "0 bis 5 (eingegeben: 6)"),
    ({"care_grade": -1}, "Pflegegrad", "0 bis 5 (eingegeben: -1)"),
    ({"care_grade": True}, "Pflegegrad", "0 bis 5"),
    ({"documents": [DocumentInput("visa", "X1", "UKR")]}, "Dokumentart", "aus der Liste"),
    ({"documents": [DocumentInput("passport", "  ", "UKR")]}, "Ausweisnummer", "bitte angeben"),
    ({"documents": [DocumentInput("passport", "FX#12", "UKR")]}, "Ausweisnummer",
     "erlaubt sind Buchstaben A–Z"),
    ({"documents": [DocumentInput("passport", "X" * 65, "UKR")]}, "Ausweisnummer",
     "höchstens 64 Zeichen"),
    ({"documents": [DocumentInput("passport", "FX1", "")]}, "Ausstellungsstaat",
     "bitte angeben"),
    ({"documents": [DocumentInput("passport", "FX1", "UA")]}, "Ausstellungsstaat",
     "kein gültiger dreistelliger"),
    ({"documents": [PASSPORT, replace(PASSPORT, number="fx 123456")]}, "Ausweisnummer",
     "Reisepass UKR FX123456 ist zweimal angegeben"),
    ({"documents": [PASSPORT, DocumentInput("passport", "", "UKR")]}, "Ausweisnummer",
     "Dokument 2: bitte angeben"),
])
def test_check_person_names_the_field(changes, field, fragment):
    error = refused(check_person, new_person(**changes), TODAY)
    assert error.field == field
    assert error.message.startswith(f"{field}: ")
    assert fragment in error.message


def test_check_person_accepts_what_residents_are_called():
    check_person(new_person(family_name="Al-Hassan", given_names="Nour ʿAli"), TODAY)
    check_person(new_person(family_name="O’Brien", given_names=""), TODAY)
    check_person(new_person(family_name="", given_names="Abeba", birth_date=date(1985, 1, 1),
                            birth_date_precision="year", nationality="XXX"), TODAY)
    check_person(new_person(family_name="Коваленко", given_names="Олена", phone=None,
                            documents=[]), TODAY)


# ---------------------------------------------------------------- create

def test_create_person_stores_clean_values_documents_and_audit(database, world):
    person_id = create(database, world.actors["hl_a"], new_person(
        family_name="  Shevchenko ", given_names="Taras  Petro"))

    person = load(database, person_id)
    assert (person.family_name, person.given_names) == ("Shevchenko", "Taras Petro")
    assert (person.birth_date, person.birth_date_precision) == (date(2001, 3, 9), "day")
    assert (person.sex, person.nationality, person.phone) == ("m", "UKR", "0151 1234567")
    assert (person.care_grade, person.needs_barrier_free, person.active) == (2, True, True)
    assert person.search_name == "shevchenko taras petro"
    assert [(d.doc_type, d.number, d.issuing_country) for d in person.documents] == [
        ("passport", "FX987654", "UKR")]
    [(action, row_id, changes)] = audit(database, "persons")[-1:]
    assert (action, row_id) == ("insert", person_id)
    assert changes["family_name"] == [None, "Shevchenko"]
    assert audit(database, "identity_documents")[-1][0] == "insert"
    with database.read() as session:
        logged = session.scalars(select(AuditEntry).where(
            AuditEntry.row_id == person_id, AuditEntry.table_name == "persons")).one()
    assert logged.actor_login == "hl_a"


def test_create_refuses_bad_input_and_stores_nothing(database, world):
    error = refused(create, database, world.actors["leitung"], new_person(care_grade=7))
    assert error.field == "Pflegegrad"
    with database.read() as session:
        assert session.scalars(select(Person).where(Person.family_name == "Shevchenko")
                               ).all() == []


def test_a_suspected_duplicate_is_refused_until_confirmed(database, world):
    actor = world.actors["hl_a"]
    data = new_person(family_name="Kowalenko", given_names="Elena", birth_date=BORN,
                      documents=[])
    with pytest.raises(DuplicateSuspected) as caught:
        create(database, actor, data)
    error = caught.value
    assert [m.person_id for m in error.matches] == [world.persons["olena"]]
    assert error.message.startswith("Möglicherweise schon erfasst: Kovalenko, Olena "
                                    "(geb. 01.05.1990, wohnt in Haus am Bach).")
    assert "bestätigen Sie die Neuanlage" in error.message

    person_id = create(database, actor, data, duplicate_ok=True)
    assert load(database, person_id).given_names == "Elena"


def test_no_duplicate_warning_for_another_birth_date_or_a_year_only_mismatch(database, world):
    actor = world.actors["leitung"]
    create(database, actor, new_person(family_name="Kovalenko", given_names="Olena",
                                       birth_date=date(1990, 5, 2), documents=[]))
    with pytest.raises(DuplicateSuspected):  # Farid is known by his year of birth only
        create(database, actor, new_person(family_name="Ahmadi", given_names="Farid",
                                           birth_date=date(1985, 6, 1), documents=[]))
    create(database, actor, new_person(family_name="Ahmadi", given_names="Farid",
                                       birth_date=date(1986, 6, 1), documents=[]))


def test_documents_are_unique_per_type_and_country(database, world):
    actor = world.actors["leitung"]
    error = refused(create, database, actor, new_person(
        documents=[DocumentInput("passport", "fx 123 456", "UKR")]))
    assert error.message == ("Ausweisnummer: Reisepass UKR FX123456 ist schon bei "
                             "Kovalenko, Olena erfasst.")
    assert error.field == "Ausweisnummer"
    other_country = create(database, actor, new_person(
        documents=[DocumentInput("passport", "FX123456", "POL")]))
    assert [d.issuing_country for d in load(database, other_country).documents] == ["POL"]
    with database.read() as session:
        people.check_documents_unique(session, [PASSPORT], world.persons["olena"])
        error = refused(people.check_documents_unique, session, [PASSPORT, PASSPORT])
    assert "zweimal angegeben" in error.message


def test_create_into_a_household(database, world):
    actor = world.actors["leitung"]
    with database.write(actor) as session:
        household = people.create_household(session, actor, "Familie Kovalenko",
                                            [(world.persons["olena"], "head")], today=TODAY)
        household_id = household.id
    child = create(database, actor, new_person(birth_date=date(2015, 6, 2)),
                   household_id=household_id, household_role="child")
    person = load(database, child)
    assert (person.household_id, person.household_role) == (household_id, "child")
    error = refused(create, database, actor, new_person(given_names="Bohdan", documents=[]),
                    household_id=household_id)
    assert error.field == "Haushalt"
    error = refused(create, database, actor, new_person(given_names="Bohdan", documents=[]),
                    household_id=household_id, household_role="head")
    assert "hat schon einen Haushaltsvorstand (Kovalenko, Olena)" in error.message


# ---------------------------------------------------------------- update

def test_update_changes_fields_replaces_documents_and_makes_a_new_version(database, world):
    actor = world.actors["leitung"]
    person_id = create(database, actor, new_person(documents=[
        DocumentInput("passport", "FX987654", "UKR", date(2031, 1, 1)),
        DocumentInput("arrival_certificate", "AN-1", "DEU")]))
    before = load(database, person_id)
    kept_id = next(d.id for d in before.documents if d.doc_type == "passport")
    data = new_person(given_names="Taras Petrovych", phone=None, documents=[
        DocumentInput("passport", "FX987654", "UKR", date(2032, 1, 1)),
        DocumentInput("residence_permit", "Y00ABC123", "DEU")])
    with database.write(actor) as session:
        people.update_person(session, actor, person_id, before.version_id, data, today=TODAY)

    after = load(database, person_id)
    assert (after.given_names, after.phone) == ("Taras Petrovych", None)
    assert after.version_id == before.version_id + 1
    documents = {d.doc_type: d for d in after.documents}
    assert set(documents) == {"passport", "residence_permit"}
    assert documents["passport"].id == kept_id
    assert documents["passport"].valid_until == date(2032, 1, 1)
    update = [c for a, row, c in audit(database, "persons") if a == "update" and row == person_id]
    assert update == [{"given_names": ["Taras", "Taras Petrovych"],
                       "phone": ["0151 1234567", None]}]
    assert [a for a, _row, _c in audit(database, "identity_documents")][-3:] == [
        "update", "delete", "insert"]

    with database.write(actor) as session:  # documents only: still a new version
        people.update_person(session, actor, person_id, after.version_id,
                             replace(data, documents=[]), today=TODAY)
    assert load(database, person_id).version_id == after.version_id + 1


def test_a_stale_version_is_a_conflict_and_changes_nothing(database, world):
    actor = world.actors["leitung"]
    olena = load(database, world.persons["olena"])
    data = new_person(family_name="Kovalenko", given_names="Olena", birth_date=BORN,
                      documents=[PASSPORT])
    with database.write(actor) as session:
        people.update_person(session, actor, olena.id, olena.version_id, data, today=TODAY)
    with pytest.raises(EditConflict) as caught, database.write(actor) as session:
        people.update_person(session, actor, olena.id, olena.version_id,
                             replace(data, given_names="Elena"), today=TODAY)
    assert caught.value.message.startswith(
        "Die Person „Kovalenko, Olena“ wurde inzwischen von jemand anderem geändert.")
    assert load(database, olena.id).given_names == "Olena"


def test_update_refuses_bad_input_unknown_and_anonymised_people(database, world):
    actor = world.actors["leitung"]
    jan = load(database, world.persons["jan"])
    error = refused(lambda: _update(database, actor, jan, new_person(nationality="XY")))
    assert error.field == "Staatsangehörigkeit"
    error = refused(lambda: _update(database, actor, jan, new_person(
        documents=[DocumentInput("passport", "FX123456", "UKR")])))
    assert "schon bei Kovalenko, Olena" in error.message
    with database.write(SYSTEM_ACTOR) as session:
        session.get(Person, jan.id).anonymised_at = NOW
    assert "anonymisiert" in refused(
        lambda: _update(database, actor, jan, new_person())).message
    with database.write(actor) as session:
        assert "gibt es nicht" in refused(people.update_person, session, actor, 99999, 1,
                                          new_person(), today=TODAY).message


def _update(database: Database, actor: Actor, person: Person, data: PersonInput) -> None:
    with database.write(actor) as session:
        people.update_person(session, actor, person.id, person.version_id, data, today=TODAY)


# ---------------------------------------------------------------- end

def end(database: Database, actor: Actor, person_id: int, today: date = TODAY) -> None:
    with database.write(actor) as session:
        people.end_person(session, actor, person_id, today=today)


def test_end_is_refused_while_the_person_lives_somewhere_or_is_booked(database, world):
    actor = world.actors["leitung"]
    error = refused(end, database, actor, world.persons["olena"])
    assert error.message == ("Beenden nicht möglich: Kovalenko, Olena wohnt noch in "
                             "„Haus am Bach“ (Wohneinheit A1). Bitte zuerst ausziehen.")
    with database.write(SYSTEM_ACTOR) as session:
        Builder(session).stay(session.get(Person, world.persons["jan"]),
                              session.get(Unit, world.units["B1"]), TODAY + timedelta(days=5))
    error = refused(end, database, actor, world.persons["jan"])
    assert "ist ab 20.03.2025 in „Nord“ (Wohneinheit B1) eingeplant" in error.message
    assert load(database, world.persons["olena"]).active


def test_end_after_moving_out_keeps_the_row_and_writes_an_end_audit(database, world):
    actor = world.actors["leitung"]
    olena_id = world.persons["olena"]
    with database.write(SYSTEM_ACTOR) as session:
        stay = session.scalars(select(Stay).where(Stay.person_id == olena_id)).one()
        stay.end_date, stay.move_out_reason = TODAY, "own_flat"
    end(database, actor, olena_id)
    person = load(database, olena_id)
    assert person.active is False and person.family_name == "Kovalenko"
    assert audit(database, "persons")[-1][:2] == ("end", olena_id)
    assert "bereits beendet" in refused(end, database, actor, olena_id).message


# ---------------------------------------------------------------- rights

def test_who_may_create_and_edit_people(database, world):
    for login in ("sw_a", "os"):
        error = refused(create, database, world.actors[login])
        assert isinstance(error, PermissionDenied)
        assert "Bewohner*innen bearbeiten" in error.message
    hl_a = world.actors["hl_a"]
    create(database, hl_a)  # the Heimleitung registers new arrivals
    jan, farid, olena = (load(database, world.persons[k]) for k in ("jan", "farid", "olena"))
    _update(database, hl_a, jan, new_person(family_name="Müller", given_names="Jan",
                                            documents=[]))  # lives nowhere
    _update(database, hl_a, olena, new_person(family_name="Kovalenko", given_names="Olena",
                                              birth_date=BORN, documents=[PASSPORT]))
    error = refused(_update, database, hl_a, farid, new_person(documents=[]))
    assert isinstance(error, PermissionDenied)
    assert error.message.startswith("Keine Berechtigung: Ahmadi, Farid wohnt in einer "
                                    "Unterkunft, die Ihnen nicht zugeordnet ist.")
    assert isinstance(refused(end, database, hl_a, farid.id), PermissionDenied)
    with database.read() as session:
        assert people.may_edit_person(session, hl_a, jan.id, TODAY)
        assert not people.may_edit_person(session, hl_a, farid.id, TODAY)
        assert people.may_edit_person(session, world.actors["leitung"], farid.id, TODAY)
        assert not people.may_edit_person(session, world.actors["sw_a"], jan.id, TODAY)


# ---------------------------------------------------------------- households

def household_of(database: Database, household_id: int) -> tuple[bool, dict[int, str]]:
    with database.read() as session:
        household = session.get(Household, household_id)
        members = session.scalars(select(Person).where(Person.household_id == household_id))
        return household.active, {m.id: m.household_role for m in members}


def test_household_from_members_with_exactly_one_head(database, world):
    actor = world.actors["leitung"]
    olena, jan, farid = (world.persons[k] for k in ("olena", "jan", "farid"))
    with database.write(actor) as session:
        for members, fragment in [
            ([(olena, "partner"), (jan, "child")], "bitte genau eine Person als "
                                                    "Haushaltsvorstand angeben."),
            ([(olena, "head"), (jan, "head")], "(angegeben: Kovalenko, Olena, Müller, Jan)"),
            ([(olena, "head"), (olena, "child")], "Kovalenko, Olena ist zweimal angegeben"),
            ([(olena, "head"), (jan, "cousin")], "„cousin“ ist kein gültiger Wert"),
        ]:
            error = refused(people.create_household, session, actor, "Familie K", members,
                            today=TODAY)
            assert fragment in error.message
        assert refused(people.create_household, session, actor, "x" * 201, [],
                       today=TODAY).field == "Bezeichnung"
        household_id = people.create_household(session, actor, " Familie  Kovalenko ",
                                               [(olena, "head"), (jan, "child")],
                                               today=TODAY).id
        error = refused(people.create_household, session, actor, None,
                        [(farid, "head"), (jan, "relative")], today=TODAY)
        assert "Müller, Jan gehört schon zum Haushalt „Familie Kovalenko“" in error.message
        empty = people.create_household(session, actor, None, [], today=TODAY)
        assert empty.label is None
    assert household_of(database, household_id) == (True, {olena: "head", jan: "child"})
    assert audit(database, "households")[0][:2] == ("insert", household_id)


def test_members_join_leave_and_change_roles_keeping_one_head(database, world):
    actor = world.actors["leitung"]
    olena, jan, farid = (world.persons[k] for k in ("olena", "jan", "farid"))
    with database.write(actor) as session:
        household_id = people.create_household(session, actor, "Familie", [], today=TODAY).id
        assert "das erste Mitglied ist der Haushaltsvorstand" in refused(
            people.add_member, session, actor, household_id, jan, "child", today=TODAY).message
        people.add_member(session, actor, household_id, olena, "head", today=TODAY)
        people.add_member(session, actor, household_id, jan, "child", today=TODAY)
        assert "gehört schon zu diesem Haushalt" in refused(
            people.add_member, session, actor, household_id, jan, "child", today=TODAY).message
        assert "hat schon einen Haushaltsvorstand" in refused(
            people.add_member, session, actor, household_id, farid, "head", today=TODAY).message
        assert "Bitte machen Sie zuerst eine andere Person" in refused(
            people.remove_member, session, actor, olena, today=TODAY).message
        assert "ist Haushaltsvorstand" in refused(
            people.set_member_role, session, actor, olena, "partner", today=TODAY).message
        people.set_member_role(session, actor, jan, "head", previous_head_role="relative",
                               today=TODAY)
    assert household_of(database, household_id) == (True, {olena: "relative", jan: "head"})
    with database.write(actor) as session:
        people.remove_member(session, actor, olena, today=TODAY)
        assert "gehört zu keinem Haushalt" in refused(
            people.remove_member, session, actor, olena, today=TODAY).message
        people.remove_member(session, actor, jan, today=TODAY)  # the head, as the last one
    assert household_of(database, household_id) == (True, {})


def test_ending_a_household_keeps_its_members_linked(database, world):
    actor = world.actors["leitung"]
    olena, jan = world.persons["olena"], world.persons["jan"]
    with database.write(actor) as session:
        household = people.create_household(session, actor, "Familie Kovalenko",
                                            [(olena, "head"), (jan, "child")], today=TODAY)
        household_id, version = household.id, household.version_id
        error = refused(people.end_household, session, actor, household_id, today=TODAY)
        assert error.message == (
            "Beenden nicht möglich: Kovalenko, Olena wohnt noch in „Haus am Bach“ "
            "(Wohneinheit A1). Bitte zuerst ausziehen oder aus dem Haushalt nehmen.")
        people.update_household(session, actor, household_id, version, "Familie K.",
                                today=TODAY)
        assert isinstance(refused(people.update_household, session, actor, household_id,
                                  version, "Alt", today=TODAY), EditConflict)
    later = date(2026, 1, 1)  # Olena's stay has no end: move her out first
    with database.write(SYSTEM_ACTOR) as session:
        stay = session.scalars(select(Stay).where(Stay.person_id == olena)).one()
        stay.end_date, stay.move_out_reason = later, "own_flat"
    with database.write(actor) as session:
        people.end_household(session, actor, household_id, today=later)
        assert "bereits beendet" in refused(people.end_household, session, actor,
                                            household_id, today=later).message
        assert "gibt es nicht (mehr)" in refused(people.add_member, session, actor,
                                                 household_id, world.persons["farid"],
                                                 "child", today=later).message
        assert "beendet; seine Mitglieder" in refused(people.remove_member, session, actor,
                                                      jan, today=later).message
        new_home = people.create_household(session, actor, "Haushalt Müller",
                                           [(jan, "head")], today=later).id
    assert household_of(database, household_id) == (False, {olena: "head"})
    assert household_of(database, new_home) == (True, {jan: "head"})
    assert audit(database, "households")[-2][0] == "end"


def test_household_rights_follow_the_members(database, world):
    hl_a = world.actors["hl_a"]
    with database.write(hl_a) as session:
        people.create_household(session, hl_a, "Familie Kovalenko",
                                [(world.persons["olena"], "head")], today=TODAY)
        error = refused(people.create_household, session, hl_a, "Familie Ahmadi",
                        [(world.persons["farid"], "head")], today=TODAY)
        assert isinstance(error, PermissionDenied)
    with database.write(world.actors["sw_a"]) as session:
        assert isinstance(refused(people.create_household, session, world.actors["sw_a"],
                                  None, [], today=TODAY), PermissionDenied)


def test_ended_people_join_no_household(database, world):
    actor = world.actors["leitung"]
    end(database, actor, world.persons["jan"])
    with database.write(actor) as session:
        error = refused(people.create_household, session, actor, None,
                        [(world.persons["jan"], "head")], today=TODAY)
    assert error.message == "Mitglieder: Müller, Jan ist beendet."


def test_more_household_refusals(database, world):
    actor = world.actors["leitung"]
    olena, jan = world.persons["olena"], world.persons["jan"]
    with database.write(actor) as session:
        household = people.create_household(session, actor, "Familie", [(olena, "head")],
                                            today=TODAY)
        household_id, version = household.id, household.version_id
        assert "gehört zu keinem Haushalt" in refused(
            people.set_member_role, session, actor, jan, "child", today=TODAY).message
        people.add_member(session, actor, household_id, jan, "child", today=TODAY)
        assert "„boss“ ist kein gültiger Wert" in refused(
            people.set_member_role, session, actor, jan, "boss", today=TODAY).message
        assert "genau einen Haushaltsvorstand" in refused(
            people.set_member_role, session, actor, jan, "head", previous_head_role="head",
            today=TODAY).message
        assert refused(people.update_household, session, actor, household_id, version,
                       "x" * 201, today=TODAY).message == (
            "Bezeichnung: höchstens 200 Zeichen (jetzt 201).")
        people.remove_member(session, actor, jan, today=TODAY)
        people.remove_member(session, actor, olena, today=TODAY)
        people.end_household(session, actor, household_id, today=TODAY)  # nobody left
    error = refused(create, database, actor, new_person(documents=[]),
                    household_id=household_id, household_role="head")
    assert error.message == "Haushalt: diesen Haushalt gibt es nicht (mehr)."


def test_a_duplicate_message_names_every_candidate(database, world):
    actor = world.actors["leitung"]
    create(database, actor, new_person(family_name="Kovalenko", given_names="Olena",
                                       birth_date=BORN, documents=[]), duplicate_ok=True)
    with pytest.raises(DuplicateSuspected) as caught:
        create(database, actor, new_person(family_name="Коваленко", given_names="Олена",
                                           birth_date=BORN, documents=[]))
    assert len(caught.value.matches) == 2
    assert caught.value.message.startswith(
        "Möglicherweise schon erfasst: Kovalenko, Olena (geb. 01.05.1990, wohnt in Haus am "
        "Bach); Kovalenko, Olena (geb. 01.05.1990). ")


def test_what_another_workstation_saved_a_moment_ago_is_a_german_message(
        database, world, monkeypatch):
    """The checks ran before the other save; the database's unique keys decide, and the
    session stays usable for the next row."""
    actor = world.actors["leitung"]
    monkeypatch.setattr(people, "check_documents_unique", lambda *args, **kwargs: None)
    monkeypatch.setattr(households, "_head", lambda members: None)
    with database.write(actor) as session:
        error = refused(people.create_person, session, actor, new_person(
            documents=[DocumentInput("passport", "FX123456", "UKR")]), today=TODAY)
        assert error.message.startswith("Ausweisnummer: ein Dokument mit dieser Nummer wurde "
                                        "eben an einem anderen Arbeitsplatz erfasst.")
        household_id = people.create_household(session, actor, "Familie",
                                                [(world.persons["olena"], "head")],
                                                today=TODAY).id
        error = refused(people.add_member, session, actor, household_id,
                        world.persons["jan"], "head", today=TODAY)
        assert error.field == "Rolle im Haushalt"
        assert "eben wurde an einem anderen Arbeitsplatz ein Haushaltsvorstand" in error.message
        monkeypatch.undo()  # the real checks again: the session goes on
        people.add_member(session, actor, household_id, world.persons["jan"], "child",
                          today=TODAY)
    assert household_of(database, household_id)[1] == {world.persons["olena"]: "head",
                                                       world.persons["jan"]: "child"}
