"""A town for the social-work tests, on top of `stay_fixtures.build_town`: households living
in both facilities, social workers of each facility (one of them no longer active), an
administrator, and private housing offers of every sort the flat search has to tell apart.

Everybody moves in on MOVED_IN; the tests look at the town on TODAY.

- Haus am Park (Mitte): Familie Kovalenko (Olena, Andrii – needs a barrier-free flat –,
  Sofiia) in EG-02; Karim Haddad (has pets) in EG-01; Ahmad Rahimi (smokes) in 1.OG-01.
- Wohnheim Ring (Süd): Lena Berg in C.
- Maryam Ahmadi lives nowhere and belongs to no household.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import AuditEntry, Case, Facility, Person, Unit
from soest_desk.models.enums import ReadinessState, Role
from soest_desk.services import cases, flat_search, readiness, stays
from soest_desk.services.permissions import Actor
from soest_desk.services.stays import Placement
from tests.builders import Builder, _actor
from tests.services.stay_fixtures import Town, build_town

TODAY = date(2025, 3, 15)
MOVED_IN = date(2025, 3, 1)
OPENED = date(2025, 3, 3)
MARKER = "GEHEIMER-VERMERK-7f3a"  # a note text that must never leak


@dataclass
class CaseWorld:
    town: Town
    actors: dict[str, Actor] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)
    households: dict[str, int] = field(default_factory=dict)
    offers: dict[str, int] = field(default_factory=dict)

    def person(self, key: str) -> int:
        return self.town.people[key]


def _offer(b: Builder, name: str, places: int, area: str, *, district: str | None = None,
           barrier_free: bool = False, pets: bool = False, smoking: bool = False,
           available_from: date | None = None, available_to: date | None = None,
           status: str = "offered") -> Facility:
    offer = b._add(Facility(kind="private_offer", name=name, street=f"{name}weg 1",
                            postal_code="59494", city="Soest", district=district,
                            pets_allowed=pets, smoking_allowed=smoking,
                            available_from=available_from, available_to=available_to,
                            offer_status=status, landlord_name="Herr Vermieter",
                            landlord_phone="02921 123"))
    b._add(Unit(facility_id=offer.id, label="Wohnung", places=places, area_m2=Decimal(area),
                occupancy_type="family", barrier_free=barrier_free))
    return offer


def build_case_world(database: Database) -> CaseWorld:
    town = build_town(database)
    world = CaseWorld(town, actors=dict(town.actors))
    with database.write() as session:
        b = Builder(session)
        park = session.get(Facility, town.facilities["park"])
        ring = session.get(Facility, town.facilities["ring"])
        assert park is not None and ring is not None
        users = {
            "sw_park": b.user("sw.park", {Role.SOCIAL_WORKER}, (park,), "Paula Park"),
            "sw_ring": b.user("sw.ring", {Role.SOCIAL_WORKER}, (ring,), "Rita Ring"),
            "sw_gone": b.user("sw.alt", {Role.SOCIAL_WORKER}, (park,), "Anton Alt"),
            "admin": b.user("admin", {Role.ADMIN}, (), "Adele Admin"),
            "site_ring": b.user("heim.ring", {Role.SITE_MANAGER}, (ring,), "Heiko Ring"),
        }
        users["sw_gone"].active = False
        for key, user in users.items():
            world.actors[key] = _actor(user)
            world.users[key] = user.id
        for key in ("manager", "site", "service"):
            world.users[key] = world.actors[key].user_id or 0
        for key, person_key, label in (("berg", "lena", "Berg"),
                                       ("haddad", "karim", "Haddad"),
                                       ("rahimi", "ahmad", None)):
            household = b.household(label)
            person = session.get(Person, town.people[person_key])
            assert person is not None
            person.household_id, person.household_role = household.id, "head"
            world.households[key] = household.id
        world.households["kovalenko"] = town.households["kovalenko"]
        session.flush()
        offers = {
            "fits": _offer(b, "Angebot Bahnhof", 4, "80.00", district="Mitte",
                           barrier_free=True, pets=True, smoking=True,
                           available_from=date(2025, 3, 1)),
            "one_room": _offer(b, "Angebot Einzimmer", 1, "30.00", district="Süd"),
            "cramped": _offer(b, "Angebot Enge", 3, "18.00", district="Mitte",
                              barrier_free=True),
            "later": _offer(b, "Angebot Später", 4, "90.00", district="Nord",
                            barrier_free=True, available_from=date(2025, 6, 1)),
            "over": _offer(b, "Angebot Vorbei", 4, "90.00", district="Mitte",
                           barrier_free=True, available_from=date(2025, 1, 1),
                           available_to=date(2025, 3, 10)),
            "withdrawn": _offer(b, "Angebot Zurückgezogen", 4, "90.00", barrier_free=True,
                                status="withdrawn"),
            "accepted": _offer(b, "Angebot Vergeben", 4, "90.00", barrier_free=True,
                               status="accepted"),
            "second": _offer(b, "Angebot Zweitwahl", 4, "75.00", district="Süd",
                             barrier_free=True),
        }
        world.offers = {key: offer.id for key, offer in offers.items()}
        world.offers["no_lift"] = town.facilities["offer"]  # 70 m², not barrier-free
    units = town.units
    with database.write(town.actors["manager"]) as session:
        manager = town.actors["manager"]
        family = [Placement(town.people[p], units["park-family"])
                  for p in ("olena", "andrii", "sofiia")]
        for placements in (family, [Placement(town.people["karim"], units["park-double"])],
                           [Placement(town.people["ahmad"], units["park-men"])],
                           [Placement(town.people["lena"], units["ring-women"])]):
            stays.move_in(session, manager, placements, MOVED_IN, today=TODAY)
    return world


# ---------------------------------------------------------------- helpers for the tests

def open_case(database: Database, world: CaseWorld, household: str, actor: str = "sw_park",
              **kwargs: Any) -> int:
    who = world.actors[actor]
    kwargs.setdefault("opened_on", OPENED)
    with database.write(who) as session:
        return cases.open_case(session, who, world.households[household], today=TODAY,
                               **kwargs).id


def make_ready(database: Database, world: CaseWorld, case_id: int, actor: str = "sw_park",
               on: date = date(2025, 3, 10)) -> None:
    """Every required item met on `on`, the WBS marked "entfällt"."""
    who = world.actors[actor]
    with database.write(who) as session:
        for item in readiness.checklist(session):
            state = ReadinessState.MET if item.required else ReadinessState.NOT_APPLICABLE
            cases.set_readiness_item(session, who, case_id, item.key, state.value,
                                     state_date=on, today=TODAY)


def audit_rows(database: Database, table: str, row_id: int | None = None,
               action: str | None = None) -> list[AuditEntry]:
    with database.read() as session:
        query = select(AuditEntry).where(AuditEntry.table_name == table)
        if row_id is not None:
            query = query.where(AuditEntry.row_id == row_id)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        return list(session.scalars(query.order_by(AuditEntry.id)))


def offer_status(database: Database, offer_id: int) -> str | None:
    with database.read() as session:
        offer = session.get(Facility, offer_id)
        assert offer is not None
        return offer.offer_status


def household_id_of(database: Database, person_id: int) -> int | None:
    with database.read() as session:
        person = session.get(Person, person_id)
        return person.household_id if person else None


def new_household(database: Database, label: str) -> int:
    with database.write() as session:
        return Builder(session).household(label).id


def reserve(database: Database, world: CaseWorld, case_id: int, offer: str,
            actor: str = "sw_park") -> Case:
    who = world.actors[actor]
    with database.write(who) as session:
        return flat_search.reserve(session, who, case_id, world.offers[offer], today=TODAY)


def case_row(database: Database, case_id: int) -> Case:
    with database.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case


def offers_found(database: Database, world: CaseWorld, case_id: int,
                 actor: str = "sw_park") -> list[str]:
    """The names of the offers the flat search shows for the case today."""
    with database.read() as session:
        found = flat_search.search(session, world.actors[actor], case_id, today=TODAY)
    return [m.name for m in found.matches]
