"""Stored search keys: one folding rule, filled on every ORM insert, refreshed on update."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from soest_desk.models import Base, Facility, Household, Person, Ticket, User
from soest_desk.models.base import SearchKeyed, search_key_values
from soest_desk.models.text_keys import fold_text, search_key
from soest_desk.services.permissions import SYSTEM_ACTOR
from tests.builders import Builder


@pytest.mark.parametrize(("raw", "folded"), [
    ("Öztürk", "ozturk"),
    ("ÖZTÜRK", "ozturk"),
    ("Ayşe", "ayse"),
    ("Çağrı Işık", "cagri isik"),
    ("Straße", "strasse"),
    ("Élodie Müller", "elodie muller"),
    ("100%_sicher", "100%_sicher"),
    ("", ""),
])
def test_fold_text(raw, folded):
    assert fold_text(raw) == folded


def test_search_key_joins_folded_parts_and_skips_missing_ones():
    assert search_key("Öztürk", "Ayşe", None) == "ozturk ayse"
    assert search_key("Haddad", " Omar ", "", "Ḥaddād") == "haddad omar ḥaddād"
    assert search_key(None, None) == ""
    assert search_key() == ""


def test_every_keyed_model_names_real_columns():
    keyed = [mapper.class_ for mapper in Base.registry.mappers
             if issubclass(mapper.class_, SearchKeyed)]
    assert {cls.__tablename__ for cls in keyed} == {
        "persons", "households", "facilities", "tickets", "users"}
    for cls in keyed:
        columns = cls.__table__.c
        for key, parts in cls.__search_keys__.items():
            assert not columns[key].nullable, (cls, key)
            assert all(part in columns for part in parts), (cls, parts)


def _stored(database, table: str, column: str, row_id: int) -> str:
    with database.read() as session:
        return session.execute(
            text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": row_id}
        ).scalar_one()


def test_keys_are_filled_on_insert(database):
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        facility = b.facility("Übergangswohnheim Nord", district="Soest-Süd", street="Grüner Weg 2")
        household = b.household("Familie Öztürk")
        person = b.person("Öztürk", "Ayşe", household=household, role="head",
                          transliteration="Oeztuerk")
        ticket = b.ticket(facility, "Tür klemmt")
        user = b.user("a.schulz", set(), (), "Anna Schütte")
        ids = {"facility": facility.id, "household": household.id, "person": person.id,
               "ticket": ticket.id, "user": user.id}

    assert _stored(database, "persons", "search_name", ids["person"]) == "ozturk ayse oeztuerk"
    assert _stored(database, "households", "search_label", ids["household"]) == "familie ozturk"
    assert (_stored(database, "facilities", "search_name", ids["facility"])
            == "ubergangswohnheim nord soest-sud gruner weg 2")
    assert _stored(database, "tickets", "search_text", ids["ticket"]) == "tur klemmt"
    assert _stored(database, "users", "search_name", ids["user"]) == "anna schutte a.schulz"


def test_keys_follow_every_update(database):
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        person = b.person("Müller", "Jan")
        household = b.household("Familie Müller")
        person_id, household_id = person.id, household.id
    assert _stored(database, "persons", "search_name", person_id) == "muller jan"

    with database.write(SYSTEM_ACTOR) as session:
        person = session.get(Person, person_id)
        person.family_name = "Şahin"
        person.name_transliteration = "Sahin"
        session.get(Household, household_id).label = None
    assert _stored(database, "persons", "search_name", person_id) == "sahin jan sahin"
    assert _stored(database, "households", "search_label", household_id) == ""

    with database.write(SYSTEM_ACTOR) as session:  # an unrelated change keeps the key
        session.get(Person, person_id).phone = "0170 1234567"
    with database.read() as session:
        person = session.get(Person, person_id)
        assert person.search_name == "sahin jan sahin"
        assert person.version_id == 3


def test_key_values_match_the_orm_for_bulk_writers(database):
    """`search_key_values` is what the demo generator's Core inserts use."""
    row = {"name": "Haus am Bach", "district": None, "street": "Bachweg 3"}
    assert search_key_values(Facility, row) == {"search_name": "haus am bach bachweg 3"}
    assert search_key_values(Ticket, {"title": "Heizung kalt"}) == {"search_text": "heizung kalt"}
    assert search_key_values(User, {"login": "x", "display_name": "Ö"}) == {"search_name": "o x"}
    with database.write(SYSTEM_ACTOR) as session:
        session.add(Facility(kind="shared_accommodation", postal_code="59494", city="Soest", **row))
    with database.read() as session:
        assert session.scalar(select(Facility.search_name)) == "haus am bach bachweg 3"
