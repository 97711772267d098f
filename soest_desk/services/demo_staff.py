"""Demo users: staff for every role, their facility assignments, and the demo login."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from math import sqrt

from soest_desk.models.enums import Role
from soest_desk.services.demo_context import (
    EXTRA_FAMILY,
    EXTRA_GIVEN,
    BulkWriter,
    DemoContext,
    ascii_fold,
    at,
)
from soest_desk.services.demo_names import CARETAKERS, STAFF
from soest_desk.services.demo_places import PO, FacilityPlan

DEMO_DISPLAY_NAME = "Demo (alle Rollen)"


@dataclass
class StaffPlan:
    demo_user_id: int = 0
    names: dict[int, str] = field(default_factory=dict)  # user id -> display name
    by_role: dict[str, list[int]] = field(default_factory=dict)
    site_managers: dict[int, list[int]] = field(default_factory=dict)  # facility id -> users
    social_workers: dict[int, list[int]] = field(default_factory=dict)


def write_staff(
    ctx: DemoContext, writer: BulkWriter, facilities: list[FacilityPlan], os_login: str
) -> StaffPlan:
    plan = StaffPlan()
    created_at = at(ctx.window_start, 7)
    plan.demo_user_id = writer.add("users", {
        "login": os_login, "display_name": DEMO_DISPLAY_NAME, "active": True,
        "password_hash": None, "created_at": created_at,
    })
    for role in Role:
        writer.add("user_roles", {"user_id": plan.demo_user_id, "role": role.value})
    for facility in facilities:  # as Heimleitung and Sozialarbeit: everywhere
        writer.add("user_facilities", {"user_id": plan.demo_user_id, "facility_id": facility.id})

    # offers are run by their landlords: no Heimleitung, but a social worker for residents
    sites = [f for f in facilities if f.kind != PO]
    site_groups = _groups(ctx, sites, per_person=2.5, most=3)
    social_groups = _groups(ctx, [f for f in facilities if f.managed], per_person=3.2, most=4)
    head_count = {
        Role.SITE_MANAGER: len(site_groups),
        Role.PROPERTY_SERVICE: ctx.scaled(3),
        Role.SOCIAL_WORKER: len(social_groups),
        Role.MANAGER: max(1, round(2 * sqrt(ctx.scale))),
        Role.ADMIN: max(1, round(2 * sqrt(ctx.scale))),
    }
    names = _display_names(ctx)
    logins = {os_login.lower()}
    for role, count in head_count.items():
        plan.by_role[role.value] = []
        for index in range(count):
            display_name = next(names[role.value])
            user_id = writer.add("users", {
                "login": _login(display_name, logins), "display_name": display_name,
                "active": True, "password_hash": None, "created_at": created_at,
            })
            writer.add("user_roles", {"user_id": user_id, "role": role.value})
            plan.names[user_id] = display_name
            plan.by_role[role.value].append(user_id)
            if role == Role.SITE_MANAGER:
                group, assigned = site_groups[index], plan.site_managers
            elif role == Role.SOCIAL_WORKER:
                group, assigned = social_groups[index], plan.social_workers
            else:
                continue
            for facility in group:
                writer.add("user_facilities", {"user_id": user_id, "facility_id": facility.id})
                assigned.setdefault(facility.id, []).append(user_id)
    return plan


def _groups(
    ctx: DemoContext, facilities: list[FacilityPlan], per_person: float, most: int
) -> list[list[FacilityPlan]]:
    """Deal the facilities out to staff members, about `per_person` each, at most `most`;
    every facility goes to exactly one of them."""
    if not facilities:
        return []
    people = max(1, -(-len(facilities) // most), round(len(facilities) / per_person))
    shuffled = list(facilities)
    ctx.rng.shuffle(shuffled)
    return [sorted(shuffled[i::people], key=lambda f: f.id) for i in range(people)]


def _display_names(ctx: DemoContext) -> dict[str, Iterator[str]]:
    """Per role: the names of demo_names.STAFF first, then invented combinations."""
    givens, families = list(EXTRA_GIVEN), list(EXTRA_FAMILY)
    for name in (*CARETAKERS, *(n for names in STAFF.values() for n in names)):
        given, family = name.rsplit(" ", 1)
        if given not in givens:
            givens.append(given)
        if family not in families:
            families.append(family)
    combos = [f"{g} {f}" for g in givens for f in families]
    ctx.rng.shuffle(combos)
    reserved = {n for names in STAFF.values() for n in names} | set(CARETAKERS)
    shared = (name for name in combos if name not in reserved)

    def names_for(role: str) -> Iterator[str]:
        yield from STAFF.get(role, ())
        yield from shared
        while True:  # beyond ~3,000 staff, display names repeat; logins stay unique
            yield from combos

    return {role.value: names_for(role.value) for role in Role}


def _login(display_name: str, taken: set[str]) -> str:
    """"Sabine Köster" -> "s.koester"; "s.koester2" if that is taken."""
    given, family = display_name.rsplit(" ", 1)
    base = f"{ascii_fold(given)[:1]}.{ascii_fold(family)}"
    login, number = base, 1
    while login in taken:
        number += 1
        login = f"{base}{number}"
    taken.add(login)
    return login
