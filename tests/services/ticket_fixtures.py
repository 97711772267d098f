"""A small cast for ticket tests: two facilities, their Heimleitung, the property service, a
manager and a social worker, as Actors."""

from __future__ import annotations

from dataclasses import dataclass

from soest_desk.db import Database
from soest_desk.models.enums import Role
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.services.users import actor_for
from tests.builders import Builder


@dataclass(frozen=True)
class Cast:
    facility_a: int
    facility_b: int
    unit_a1: int
    unit_a2: int
    site_a: Actor  # Heimleitung of A
    site_b: Actor  # Heimleitung of B
    service: Actor  # Objektservice
    caretaker_id: int  # a property-service user to assign
    manager: Actor
    social: Actor

    def by_name(self) -> dict[str, Actor]:
        return {"site_a": self.site_a, "site_b": self.site_b, "service": self.service,
                "manager": self.manager, "social": self.social}


def make_cast(database: Database) -> Cast:
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        a = b.facility("Haus am Bach")
        other = b.facility("Haus am Berg")
        a1 = b.unit(a, "A-101", 4)
        a2 = b.unit(a, "A-102", 2)
        site_a = b.user("heim.a", {Role.SITE_MANAGER}, (a,), "Hanna Heim")
        site_b = b.user("heim.b", {Role.SITE_MANAGER}, (other,), "Bernd Berg")
        service = b.user("objekt", {Role.PROPERTY_SERVICE}, (), "Olaf Objekt")
        caretaker = b.user("haus", {Role.PROPERTY_SERVICE}, (), "Hilde Haus")
        manager = b.user("leitung", {Role.MANAGER}, (), "Lea Leitung")
        social = b.user("sozial", {Role.SOCIAL_WORKER}, (a,), "Sami Sozial")
        return Cast(a.id, other.id, a1.id, a2.id, actor_for(site_a), actor_for(site_b),
                    actor_for(service), caretaker.id, actor_for(manager), actor_for(social))
