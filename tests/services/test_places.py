"""Facilities, units and private housing offers: checks, uniqueness, places, ending, rights."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import AuditEntry, Facility, PlaceBlock, Stay, Unit
from soest_desk.models.enums import Role
from soest_desk.services import places
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.services.places import (
    FacilityInput,
    OfferInput,
    UnitInput,
    check_facility,
    check_offer,
    check_unit,
)
from soest_desk.services.validation import EditConflict
from tests.builders import TODAY, Builder, _actor

LATER = TODAY + timedelta(days=10)


@dataclass
class World:
    actors: dict[str, Actor]
    facility: int  # Haus am Bach
    unit: int  # A1: 4 places, Olena and Taras live there, Jan moves in later
    empty_unit: int  # A2: 2 places, nobody


@pytest.fixture
def world(database: Database) -> World:
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        bach = b.facility("Haus am Bach")
        a1, a2 = b.unit(bach, "A1", 4), b.unit(bach, "A2", 2)
        b.stay(b.person("Kovalenko", "Olena"), a1, date(2024, 5, 1))
        b.stay(b.person("Kovalenko", "Taras"), a1, date(2024, 5, 1), LATER)
        b.stay(b.person("Müller", "Jan"), a1, LATER)  # takes Taras's place
        b.stay(b.person("Weg", "Gegangen"), a2, date(2023, 1, 1), TODAY)  # left today
        users = {
            "leitung": b.user("leitung", {Role.MANAGER}),
            "hl_a": b.user("hl_a", {Role.SITE_MANAGER}, (bach,)),
            "admin": b.user("admin", {Role.ADMIN}),
        }
        return World({k: _actor(u) for k, u in users.items()}, bach.id, a1.id, a2.id)


def facility_input(**changes) -> FacilityInput:
    return replace(FacilityInput("shared_accommodation", "Übergangswohnheim Nord",
                                 "Nordstraße 5", "59494", "Soest", district="Nord",
                                 living_space_m2=Decimal("1250.50"), barrier_free=True), **changes)


def unit_input(**changes) -> UnitInput:
    return replace(UnitInput("1.04", 3, Decimal("18.5"), "family", floor=1), **changes)


def offer_input(**changes) -> OfferInput:
    return replace(OfferInput(
        "Wohnung Grandweg 7", "Grandweg 7", "59494", "Soest", "Soest-Süd", "Erika Muster",
        "02921 123456", None, TODAY, date(2026, 3, 14), 4, Decimal("68"),
        pets_allowed=True), **changes)


def refused(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    return caught.value


def audit(database: Database, table: str, row_id: int) -> list[tuple[str, dict | None]]:
    with database.read() as session:
        return [(e.action, e.changes) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == table,
                                     AuditEntry.row_id == row_id).order_by(AuditEntry.id))]


def get(database: Database, model: type, row_id: int):
    with database.read() as session:
        return session.get(model, row_id)


# ---------------------------------------------------------------- pure checks

@pytest.mark.parametrize(("changes", "message"), [
    ({"name": "  "}, "Name: bitte ausfüllen."),
    ({"street": ""}, "Straße: bitte ausfüllen."),
    ({"postal_code": "5949"}, "PLZ: „5949“ – eine Postleitzahl hat genau fünf Ziffern "
                              "(z. B. 59494)."),
    ({"postal_code": "59 494"}, "PLZ: „59 494“ – eine Postleitzahl hat genau fünf Ziffern "
                                "(z. B. 59494)."),
    ({"city": " "}, "Ort: bitte ausfüllen."),
    ({"kind": "tent"}, "Art: „tent“ ist kein gültiger Wert. Erlaubt: Gemeinschaftsunterkunft, "
                       "Übergangswohnheim, Kommunale Wohnung, Privates Wohnraumangebot."),
    ({"kind": "private_offer"}, "Art: ein privates Wohnraumangebot bitte als "
                                "Wohnraumangebot erfassen."),
    ({"living_space_m2": Decimal("-3")}, "Wohnfläche (m²): muss größer als 0 sein "
                                         "(eingegeben: -3)."),
    ({"living_space_m2": Decimal("12.505")}, "Wohnfläche (m²): höchstens zwei "
                                             "Nachkommastellen (12,505)."),
    ({"living_space_m2": "viel"}, "Wohnfläche (m²): bitte eine Zahl angeben."),
    ({"notes": "x" * 5001}, "Bemerkungen: höchstens 5000 Zeichen (jetzt 5001)."),
])
def test_check_facility(changes, message):
    assert refused(check_facility, facility_input(**changes)).message == message


@pytest.mark.parametrize(("changes", "message"), [
    ({"label": " "}, "Bezeichnung: bitte ausfüllen."),
    ({"label": "x" * 51}, "Bezeichnung: höchstens 50 Zeichen (jetzt 51)."),
    ({"places": 0}, "Plätze: mindestens 1 (eingegeben: 0)."),
    ({"places": 501}, "Plätze: höchstens 500 (eingegeben: 501)."),
    ({"places": 2.5}, "Plätze: bitte eine ganze Zahl angeben."),
    ({"area_m2": Decimal("-3")}, "Fläche (m²): muss größer als 0 sein (eingegeben: -3)."),
    ({"area_m2": Decimal("0")}, "Fläche (m²): muss größer als 0 sein (eingegeben: 0)."),
    ({"area_m2": None}, "Fläche (m²): bitte angeben."),
    ({"area_m2": Decimal("100000")}, "Fläche (m²): 100000 ist unplausibel groß."),
    ({"occupancy_type": "kids"}, "Belegungsart: „kids“ ist kein gültiger Wert. Erlaubt: "
                                 "Familien, Alleinstehende Männer, Alleinstehende Frauen, "
                                 "Gemischt."),
    ({"floor": 61}, "Etage: höchstens 60 (eingegeben: 61)."),
    ({"floor": -6}, "Etage: mindestens -5 (eingegeben: -6)."),
])
def test_check_unit(changes, message):
    assert refused(check_unit, unit_input(**changes)).message == message


def test_check_unit_accepts_plain_numbers():
    check_unit(unit_input(area_m2=Decimal("12.5"), floor=-1))
    check_unit(unit_input(area_m2=12, places=1))


@pytest.mark.parametrize(("changes", "message"), [
    ({"landlord_name": ""}, "Vermieter*in: bitte ausfüllen."),
    ({"landlord_phone": None, "landlord_email": "  "},
     "Telefon (Vermieter*in): bitte Telefon oder E-Mail angeben, damit wir die Vermieter*in "
     "erreichen."),
    ({"landlord_email": "erika@"}, "E-Mail (Vermieter*in): „erika@“ ist keine "
                                   "E-Mail-Adresse (z. B. name@beispiel.de)."),
    ({"landlord_phone": "ab 18 Uhr"}, "Telefon (Vermieter*in): „ab 18 Uhr“ ist keine "
                                      "Telefonnummer (erlaubt: Ziffern, Leerzeichen, + am "
                                      "Anfang, / - ( ))."),
    ({"available_to": TODAY - timedelta(days=1)},
     "Verfügbar bis: der 14.03.2025 liegt vor „verfügbar ab“ (15.03.2025)."),
    ({"places": 0}, "Plätze: mindestens 1 (eingegeben: 0)."),
    ({"area_m2": Decimal("-3")}, "Fläche (m²): muss größer als 0 sein (eingegeben: -3)."),
    ({"offer_status": "sold"}, "Status: „sold“ ist kein gültiger Wert. Erlaubt: Angeboten, "
                               "Reserviert, Angenommen, Zurückgezogen."),
    ({"postal_code": "04711x"}, "PLZ: „04711x“ – eine Postleitzahl hat genau fünf Ziffern "
                                "(z. B. 59494)."),
])
def test_check_offer(changes, message):
    error = refused(check_offer, offer_input(**changes))
    assert error.message == message
    assert error.field == message.split(":")[0]


# ---------------------------------------------------------------- facilities

def create_facility(database: Database, actor: Actor, data: FacilityInput | None = None
                    ) -> int:
    with database.write(actor) as session:
        return places.create_facility(session, actor, data or facility_input()).id


def test_create_update_and_end_a_facility_with_audit(database, world):
    actor = world.actors["leitung"]
    facility_id = create_facility(database, actor, facility_input(
        name="  Übergangswohnheim   Nord ", notes="  Zugang über den Hof  "))
    facility = get(database, Facility, facility_id)
    assert (facility.name, facility.kind, facility.postal_code) == (
        "Übergangswohnheim Nord", "shared_accommodation", "59494")
    assert (facility.living_space_m2, facility.notes) == (Decimal("1250.50"),
                                                          "Zugang über den Hof")
    assert facility.search_name == "ubergangswohnheim nord nord nordstrasse 5"

    with database.write(actor) as session:
        places.update_facility(session, actor, facility_id, facility.version_id,
                               facility_input(kind="transitional_home", pets_allowed=True,
                                              notes="Zugang über den Hof"))
        unit_id = places.create_unit(session, actor, facility_id, unit_input()).id
    with database.write(actor) as session:
        places.end_facility(session, actor, facility_id, today=TODAY)
    assert get(database, Facility, facility_id).active is False
    assert get(database, Unit, unit_id).active is False
    actions = [action for action, _changes in audit(database, "facilities", facility_id)]
    assert actions == ["insert", "update", "end"]
    assert audit(database, "facilities", facility_id)[1][1] == {
        "kind": ["shared_accommodation", "transitional_home"], "pets_allowed": [False, True]}
    assert [a for a, _c in audit(database, "units", unit_id)] == ["insert", "end"]
    with database.write(actor) as session:
        assert "ist beendet" in refused(places.update_facility, session, actor, facility_id,
                                        facility.version_id + 2, facility_input()).message


def test_facility_names_are_unique_regardless_of_case(database, world):
    actor = world.actors["leitung"]
    error = refused(create_facility, database, actor, facility_input(name="HAUS AM BACH"))
    assert error.message == ("Name: eine Unterkunft „Haus am Bach“ gibt es schon. Bitte einen "
                             "anderen Namen wählen.")
    assert error.field == "Name"
    other = create_facility(database, actor)
    with database.write(actor) as session:
        version = session.get(Facility, other).version_id
        error = refused(places.update_facility, session, actor, other, version,
                        facility_input(name="haus am  bach"))
        assert error.field == "Name"
        places.end_facility(session, actor, other, today=TODAY)
    error = refused(create_facility, database, actor, facility_input())
    assert "gibt es schon (beendet)" in error.message


def test_a_name_taken_meanwhile_elsewhere_is_a_german_message(database, world, monkeypatch):
    """Two workstations saving the same name at once: the database's unique key decides."""
    monkeypatch.setattr(places, "_check_name_free", lambda *args, **kwargs: None)
    error = refused(create_facility, database, world.actors["leitung"],
                    facility_input(name="Haus am Bach"))
    assert error.message.startswith("Name: „Haus am Bach“ wurde eben an einem anderen "
                                    "Arbeitsplatz vergeben.")


def test_a_stale_facility_version_is_a_conflict(database, world):
    actor = world.actors["leitung"]
    facility = get(database, Facility, world.facility)
    data = facility_input(name="Haus am Bach")
    with database.write(actor) as session:
        places.update_facility(session, actor, facility.id, facility.version_id, data)
    with pytest.raises(EditConflict) as caught, database.write(actor) as session:
        places.update_facility(session, actor, facility.id, facility.version_id,
                               replace(data, city="Werl"))
    assert caught.value.message.startswith("Die Unterkunft „Haus am Bach“ wurde inzwischen "
                                           "von jemand anderem geändert.")
    assert get(database, Facility, facility.id).city == "Soest"


def test_end_is_refused_while_people_live_there_or_are_booked(database, world):
    actor = world.actors["leitung"]
    with database.write(actor) as session:
        error = refused(places.end_facility, session, actor, world.facility, today=TODAY)
        assert error.message == ("Beenden nicht möglich: in „Haus am Bach“ wohnen noch 3 "
                                 "Personen oder sind eingeplant. Bitte zuerst ausziehen oder "
                                 "verlegen.")
        error = refused(places.end_unit, session, actor, world.unit, today=TODAY)
        assert error.message.startswith("Beenden nicht möglich: in „A1“ (Haus am Bach) "
                                        "wohnen noch 3 Personen")
        places.end_unit(session, actor, world.empty_unit, today=TODAY)  # left today: empty
        assert "ist beendet" in refused(places.end_unit, session, actor, world.empty_unit,
                                        today=TODAY).message
    assert get(database, Facility, world.facility).active is True
    assert get(database, Unit, world.unit).active is True
    assert get(database, Unit, world.empty_unit).active is False


# ---------------------------------------------------------------- units

def test_create_and_update_units(database, world):
    actor = world.actors["leitung"]
    with database.write(actor) as session:
        unit = places.create_unit(session, actor, world.facility,
                                  unit_input(label=" 1.04 ", area_m2=12.5))
        assert (unit.label, unit.area_m2, unit.places) == ("1.04", Decimal("12.5"), 3)
        error = refused(places.create_unit, session, actor, world.facility,
                        unit_input(label="a1"))
        assert error.message == "Bezeichnung: eine Wohneinheit „A1“ gibt es in „Haus am " \
                                "Bach“ schon."
        error = refused(places.update_unit, session, actor, unit.id, unit.version_id,
                        unit_input(label="A2"), today=TODAY)
        assert error.field == "Bezeichnung"
        places.update_unit(session, actor, unit.id, unit.version_id,
                           unit_input(places=1, occupancy_type="single_women"), today=TODAY)
        unit_id, version = unit.id, unit.version_id
    assert get(database, Unit, unit_id).occupancy_type == "single_women"
    with database.write(actor) as session:
        assert isinstance(refused(places.update_unit, session, actor, unit_id, version - 1,
                                  unit_input(), today=TODAY), EditConflict)
        assert "gibt es nicht" in refused(places.update_unit, session, actor, 99999, 1,
                                          unit_input(), today=TODAY).message
        assert "gibt es nicht" in refused(places.create_unit, session, actor, 99999,
                                          unit_input()).message


def test_places_are_not_reduced_below_the_people_living_or_booked(database, world):
    actor = world.actors["leitung"]
    with database.write(SYSTEM_ACTOR) as session:  # Taras comes back for a while later on
        taras = session.scalars(select(Stay).where(Stay.end_date == LATER)).one()
        session.add(Stay(person_id=taras.person_id, unit_id=world.unit,
                         start_date=LATER + timedelta(days=30),
                         end_date=LATER + timedelta(days=40), move_out_reason="transfer"))
    with database.read() as session:
        # Olena and Taras now, Jan from the day Taras leaves, Taras again with Olena and Jan
        assert places.peak_occupancy(session, world.unit, TODAY) == 3
        assert places.people_living_in(session, [world.unit], TODAY) == 3  # people, not stays
    with database.write(SYSTEM_ACTOR) as session:
        session.delete(session.scalars(select(Stay).where(
            Stay.start_date == LATER + timedelta(days=30))).one())
    with database.read() as session:
        assert places.peak_occupancy(session, world.unit, TODAY) == 2
    unit = get(database, Unit, world.unit)
    with database.write(actor) as session:
        error = refused(places.update_unit, session, actor, unit.id, unit.version_id,
                        unit_input(label="A1", places=1), today=TODAY)
        assert error.message.startswith("Plätze: in „A1“ wohnen ab heute bis zu 2 Personen "
                                        "gleichzeitig")
        assert error.field == "Plätze"
        places.update_unit(session, actor, unit.id, unit.version_id,
                           unit_input(label="A1", places=2), today=TODAY)
    with database.write(SYSTEM_ACTOR) as session:  # Jan arrives before Taras leaves
        jan = session.scalars(select(Stay).where(Stay.start_date == LATER)).one()
        jan.start_date = TODAY + timedelta(days=3)
        session.add(PlaceBlock(unit_id=world.empty_unit, places=2, start_date=TODAY,
                               reason="mould"))
    with database.read() as session:
        assert places.peak_occupancy(session, world.unit, TODAY) == 3
    empty = get(database, Unit, world.empty_unit)
    with database.write(actor) as session:
        error = refused(places.update_unit, session, actor, empty.id, empty.version_id,
                        unit_input(label="A2", places=1), today=TODAY)
        assert error.message == ("Plätze: in „A2“ sind 2 Plätze gesperrt; bitte zuerst die "
                                 "Sperre anpassen.")


# ---------------------------------------------------------------- private housing offers

def create_offer(database: Database, actor: Actor, data: OfferInput | None = None) -> int:
    with database.write(actor) as session:
        return places.create_offer(session, actor, data or offer_input()).id


def test_an_offer_is_a_facility_with_one_flat(database, world):
    actor = world.actors["leitung"]
    offer_id = create_offer(database, actor, offer_input(landlord_email=" erika@example.org "))
    with database.read() as session:
        offer = session.get(Facility, offer_id)
        (flat,) = session.scalars(select(Unit).where(Unit.facility_id == offer_id)).all()
    assert (offer.kind, offer.offer_status, offer.landlord_name) == (
        "private_offer", "offered", "Erika Muster")
    assert (offer.landlord_phone, offer.landlord_email) == ("02921 123456",
                                                            "erika@example.org")
    assert (offer.available_from, offer.living_space_m2) == (TODAY, Decimal("68"))
    assert (flat.label, flat.places, flat.occupancy_type, flat.area_m2) == (
        "Wohnung", 4, "family", Decimal("68"))

    with database.write(actor) as session:
        places.update_offer(session, actor, offer_id, offer.version_id,
                            offer_input(places=5, offer_status="reserved"), today=TODAY)
    updated = get(database, Facility, offer_id)
    assert updated.offer_status == "reserved"
    assert get(database, Unit, flat.id).places == 5
    with database.write(actor) as session:  # only the flat changed: still a new version
        places.update_offer(session, actor, offer_id, updated.version_id,
                            offer_input(places=3, offer_status="reserved"), today=TODAY)
        assert isinstance(refused(places.update_offer, session, actor, offer_id,
                                  updated.version_id, offer_input(), today=TODAY),
                          EditConflict)
    assert get(database, Facility, offer_id).version_id == updated.version_id + 1
    with database.write(actor) as session:
        places.end_offer(session, actor, offer_id, today=TODAY)
    assert get(database, Facility, offer_id).active is False
    assert get(database, Unit, flat.id).active is False
    assert [a for a, _c in audit(database, "facilities", offer_id)] == [
        "insert", "update", "end"]  # the second save changed the flat only
    assert audit(database, "units", flat.id)[1:] == [
        ("update", {"places": [4, 5]}), ("update", {"places": [5, 3]}),
        ("end", {"active": [True, False]})]


def test_offers_and_facilities_are_kept_apart(database, world):
    actor = world.actors["leitung"]
    offer_id = create_offer(database, actor)
    version = get(database, Facility, offer_id).version_id
    with database.write(actor) as session:
        assert "bitte als Wohnraumangebot bearbeiten" in refused(
            places.update_facility, session, actor, offer_id, version, facility_input()).message
        assert "bitte als Wohnraumangebot bearbeiten" in refused(
            places.create_unit, session, actor, offer_id, unit_input()).message
        assert "ist kein privates Wohnraumangebot" in refused(
            places.end_offer, session, actor, world.facility, today=TODAY).message
        assert "Wohnraumangebot „Wohnung Grandweg 7“ gibt es schon" in refused(
            places.create_facility, session, actor,
            facility_input(name="Wohnung Grandweg 7")).message


def test_an_occupied_offer_is_neither_shrunk_nor_ended(database, world):
    actor = world.actors["leitung"]
    offer_id = create_offer(database, actor)
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        flat = session.scalars(select(Unit).where(Unit.facility_id == offer_id)).one()
        for given in ("Olha", "Ivan", "Petro"):
            b.stay(b.person("Bondar", given), flat, TODAY)
    version = get(database, Facility, offer_id).version_id
    with database.write(actor) as session:
        assert "bis zu 3 Personen" in refused(places.update_offer, session, actor, offer_id,
                                              version, offer_input(places=2),
                                              today=TODAY).message
        assert "3 Personen" in refused(places.end_offer, session, actor, offer_id,
                                       today=TODAY).message


# ---------------------------------------------------------------- rights

@pytest.mark.parametrize("login", ["hl_a", "admin"])
def test_only_the_leitung_edits_places(database, world, login):
    actor = world.actors[login]
    facility = get(database, Facility, world.facility)
    unit = get(database, Unit, world.unit)
    with database.write(actor) as session:
        for call in (
            lambda: places.create_facility(session, actor, facility_input()),
            lambda: places.update_facility(session, actor, facility.id, facility.version_id,
                                           facility_input(name="Haus am Bach")),
            lambda: places.end_facility(session, actor, facility.id, today=TODAY),
            lambda: places.create_unit(session, actor, facility.id, unit_input()),
            lambda: places.update_unit(session, actor, unit.id, unit.version_id,
                                       unit_input(label="A1"), today=TODAY),
            lambda: places.end_unit(session, actor, world.empty_unit, today=TODAY),
            lambda: places.create_offer(session, actor, offer_input()),
        ):
            error = refused(call)
            assert isinstance(error, PermissionDenied)
            assert "Unterkünfte bearbeiten" in error.message


def test_more_refusals_one_person_labels_taken_meanwhile_unknown_and_ended_offers(
        database, world, monkeypatch):
    actor = world.actors["leitung"]
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        single = b.unit(session.get(Facility, world.facility), "A3", 1)
        b.stay(b.person("Haddad", "Lina"), single, TODAY)
        single_id = single.id
    with database.write(actor) as session:
        assert refused(places.end_unit, session, actor, single_id, today=TODAY).message == (
            "Beenden nicht möglich: in „A3“ (Haus am Bach) wohnt noch eine Person oder ist "
            "eingeplant. Bitte zuerst ausziehen oder verlegen.")
        assert "Nr. 99999 gibt es nicht" in refused(places.update_offer, session, actor, 99999,
                                                    1, offer_input(), today=TODAY).message
    monkeypatch.setattr(places, "_check_label_free", lambda *args, **kwargs: None)
    with database.write(actor) as session:
        error = refused(places.create_unit, session, actor, world.facility,
                        unit_input(label="A1"))
    assert error.message == ("Bezeichnung: „A1“ wurde eben an einem anderen Arbeitsplatz "
                             "vergeben.")
    offer_id = create_offer(database, actor)
    with database.write(actor) as session:
        places.end_offer(session, actor, offer_id, today=TODAY)
        error = refused(places.end_offer, session, actor, offer_id, today=TODAY)
        assert error.message == "Das Wohnraumangebot „Wohnung Grandweg 7“ ist beendet."
