"""A small town for the stay, occupancy and allocation tests: two facilities, a handful of
units of every kind, a family and some single people, and the people who act."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from soest_desk.db import Database
from soest_desk.models import Facility, Household, Person, Unit
from soest_desk.models.enums import Role
from soest_desk.services.permissions import Actor
from tests.builders import Builder, _actor

DAY = date(2025, 3, 1)


@dataclass
class Town:
    facilities: dict[str, int] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    households: dict[str, int] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)


def _unit(b: Builder, facility: Facility, label: str, places: int, area: str, kind: str,
          *, barrier_free: bool = False, floor: int = 0) -> Unit:
    return b._add(Unit(facility_id=facility.id, label=label, places=places,
                       area_m2=Decimal(area), occupancy_type=kind, barrier_free=barrier_free,
                       floor=floor))


def _person(b: Builder, family: str, given: str, born: date, sex: str, *,
            household: Household | None = None, role: str | None = None,
            **flags: object) -> Person:
    return b._add(Person(family_name=family, given_names=given, birth_date=born, sex=sex,
                         household_id=household.id if household else None,
                         household_role=role if household else None, **flags))


def build_town(database: Database) -> Town:
    town = Town()
    with database.write() as session:
        b = Builder(session)
        park = b.facility("Haus am Park", district="Mitte")
        park.pets_allowed = False
        park.smoking_allowed = True
        ring = b.facility("Wohnheim Ring", district="Süd", barrier_free=True)
        ring.pets_allowed = True
        offer = b._add(Facility(kind="private_offer", name="Wohnung Brüderstraße",
                                street="Brüderstraße 3", postal_code="59494", city="Soest",
                                offer_status="offered", landlord_name="Frau Vermieterin"))
        units = {
            "park-double": _unit(b, park, "EG-01", 2, "20.00", "mixed"),
            "park-family": _unit(b, park, "EG-02", 4, "36.00", "family", barrier_free=True),
            "park-men": _unit(b, park, "1.OG-01", 1, "9.00", "single_men", floor=1),
            "park-small": _unit(b, park, "1.OG-02", 3, "15.00", "family", floor=1),
            "ring-a": _unit(b, ring, "A", 2, "18.00", "family"),
            "ring-b": _unit(b, ring, "B", 2, "18.00", "family"),
            "ring-women": _unit(b, ring, "C", 2, "16.00", "single_women", barrier_free=True),
            "offer": _unit(b, offer, "Wohnung", 4, "70.00", "family"),
        }
        family = b.household("Familie Kovalenko")
        people = {
            "olena": _person(b, "Kovalenko", "Olena", date(1990, 5, 1), "f", household=family,
                             role="head"),
            "andrii": _person(b, "Kovalenko", "Andrii", date(1988, 2, 3), "m",
                              household=family, role="partner", needs_barrier_free=True),
            "sofiia": _person(b, "Kovalenko", "Sofiia", date(2023, 6, 1), "f",
                              household=family, role="child"),
            "ahmad": _person(b, "Rahimi", "Ahmad", date(1995, 1, 1), "m", smoker=True),
            "karim": _person(b, "Haddad", "Karim", date(1999, 7, 7), "m", has_pets=True),
            "maryam": _person(b, "Ahmadi", "Maryam", date(2001, 9, 9), "f"),
            "lena": _person(b, "Berg", "Lena", date(1980, 1, 1), "f"),
        }
        manager = b.user("leitung", {Role.MANAGER})
        site = b.user("heimleitung", {Role.SITE_MANAGER}, (park,))
        service = b.user("objektservice", {Role.PROPERTY_SERVICE})
        town.facilities = {"park": park.id, "ring": ring.id, "offer": offer.id}
        town.units = {key: unit.id for key, unit in units.items()}
        town.people = {key: person.id for key, person in people.items()}
        town.households = {"kovalenko": family.id}
        town.actors = {"manager": _actor(manager), "site": _actor(site),
                       "service": _actor(service)}
    return town
