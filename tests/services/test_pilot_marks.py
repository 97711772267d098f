"""Pilot marks: the Leitung sets, changes and clears a facility's pilot group and start; a
group without a start, a start without a group, a private offer, an ended facility, another
role and a stale version are refused in German and change nothing; every change is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from soest_desk.db import Database
from soest_desk.models import AuditEntry, Facility
from soest_desk.models.enums import Role
from soest_desk.services import pilot_marks
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import (
    PERMISSION_LABELS,
    ROLE_PERMISSIONS,
    SYSTEM_ACTOR,
    Actor,
    Permission,
)
from soest_desk.services.pilot_marks import PilotMark, cleaned_mark
from soest_desk.services.validation import EditConflict
from tests.builders import Builder, _actor

APRIL = date(2025, 4, 1)
PILOT_A_START = date(2025, 1, 1)  # what the Builder gives a facility with a group


@dataclass
class World:
    actors: dict[str, Actor]
    bach: int  # not in the pilot; the site manager's
    ring: int  # "Pilot A" since 01.01.2025
    offer: int  # a private housing offer
    ended: int  # "Altbau West", ended


@pytest.fixture
def world(database: Database) -> World:
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        bach = b.facility("Haus am Bach")
        ring = b.facility("Wohnheim Ring", pilot_group="Pilot A")
        offer = b._add(Facility(kind="private_offer", name="Wohnung Brüderstraße",
                                street="Brüderstraße 3", postal_code="59494", city="Soest",
                                offer_status="offered", landlord_name="Frau Vermieterin"))
        ended = b.facility("Altbau West", active=False)
        users = {
            "leitung": b.user("leitung", {Role.MANAGER}),
            "heimleitung": b.user("heimleitung", {Role.SITE_MANAGER}, (bach,)),
            "objektservice": b.user("objektservice", {Role.PROPERTY_SERVICE}),
            "admin": b.user("admin", {Role.ADMIN}),
        }
        return World({k: _actor(u) for k, u in users.items()}, bach.id, ring.id, offer.id,
                     ended.id)


def mark_of(database: Database, facility_id: int) -> tuple[str | None, date | None, int]:
    with database.read() as session:
        f = session.get(Facility, facility_id)
        return f.pilot_group, f.pilot_start, f.version_id


def audit_rows(database: Database, facility_id: int) -> list[tuple[str, str, dict | None]]:
    with database.read() as session:
        return [(e.actor_login, e.action, e.changes) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "facilities",
                                     AuditEntry.row_id == facility_id).order_by(AuditEntry.id))]


def audit_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def set_pilot(database: Database, actor: Actor, facility_id: int, group: str | None,
              start: date | None, version: int | None = None) -> pilot_marks.MarkedFacility:
    if version is None:
        version = mark_of(database, facility_id)[2]
    with database.write(actor) as session:
        return pilot_marks.set_pilot(session, actor, facility_id, version, group, start)


def refused(database: Database, actor: Actor, facility_id: int, group: str | None,
            start: date | None, version: int | None = None,
            error: type[DomainError] = DomainError) -> DomainError:
    """The call is refused and neither the facility nor the audit log changed."""
    before, logged = mark_of(database, facility_id), audit_count(database)
    with pytest.raises(error) as caught:
        set_pilot(database, actor, facility_id, group, start, version)
    assert mark_of(database, facility_id) == before
    assert audit_count(database) == logged
    return caught.value


# ---------------------------------------------------------------- set, change, clear

def test_the_leitung_puts_a_facility_into_the_pilot(database, world):
    leitung = world.actors["leitung"]
    version = mark_of(database, world.bach)[2]
    result = set_pilot(database, leitung, world.bach, "  Pilot   B ", APRIL)
    assert result.mark == PilotMark("Pilot B", APRIL)
    assert result.version == version + 1
    assert mark_of(database, world.bach) == ("Pilot B", APRIL, version + 1)
    assert audit_rows(database, world.bach)[-1] == ("leitung", "update", {
        "pilot_group": [None, "Pilot B"], "pilot_start": [None, "2025-04-01"]})


def test_a_group_in_other_case_or_spacing_joins_the_existing_group(database, world):
    set_pilot(database, world.actors["leitung"], world.bach, "pilot  a", APRIL)
    assert mark_of(database, world.bach)[:2] == ("Pilot A", APRIL)


def test_the_leitung_changes_group_and_start(database, world):
    leitung = world.actors["leitung"]
    set_pilot(database, leitung, world.ring, "Pilot A", APRIL)
    assert mark_of(database, world.ring)[:2] == ("Pilot A", APRIL)
    assert audit_rows(database, world.ring)[-1][2] == {
        "pilot_start": ["2025-01-01", "2025-04-01"]}
    set_pilot(database, leitung, world.ring, "Pilot B", APRIL)
    assert mark_of(database, world.ring)[:2] == ("Pilot B", APRIL)


def test_the_leitung_takes_a_facility_out_of_the_pilot(database, world):
    leitung = world.actors["leitung"]
    version = mark_of(database, world.ring)[2]
    with database.write(leitung) as session:
        result = pilot_marks.clear_pilot(session, leitung, world.ring, version)
    assert result.mark == PilotMark() and not result.mark.is_pilot
    assert mark_of(database, world.ring) == (None, None, version + 1)
    assert audit_rows(database, world.ring)[-1] == ("leitung", "update", {
        "pilot_group": ["Pilot A", None], "pilot_start": ["2025-01-01", None]})


def test_blank_group_and_no_start_also_clear(database, world):
    set_pilot(database, world.actors["leitung"], world.ring, "   ", None)
    assert mark_of(database, world.ring)[:2] == (None, None)


def test_saving_the_same_mark_writes_nothing(database, world):
    before, logged = mark_of(database, world.ring), audit_count(database)
    result = set_pilot(database, world.actors["leitung"], world.ring, " Pilot A", PILOT_A_START)
    assert result.version == before[2]
    assert mark_of(database, world.ring) == before
    assert audit_count(database) == logged


# ---------------------------------------------------------------- bad input changes nothing

def test_a_group_without_a_start_is_refused(database, world):
    error = refused(database, world.actors["leitung"], world.bach, "Pilot B", None)
    assert error.message == "Pilotstart: bitte ein Datum angeben."
    assert error.field == "Pilotstart"


def test_a_start_without_a_group_is_refused(database, world):
    error = refused(database, world.actors["leitung"], world.ring, "", APRIL)
    assert error.field == "Pilotgruppe"
    assert error.message.startswith("Pilotgruppe: bitte eine Gruppe angeben")


def test_a_group_name_over_fifty_characters_is_refused(database, world):
    error = refused(database, world.actors["leitung"], world.bach, "P" * 51, APRIL)
    assert error.message == "Pilotgruppe: höchstens 50 Zeichen (jetzt 51)."
    assert error.field == "Pilotgruppe"
    set_pilot(database, world.actors["leitung"], world.bach, "P" * 50, APRIL)  # the limit
    assert mark_of(database, world.bach)[0] == "P" * 50


def test_a_private_housing_offer_takes_no_part(database, world):
    error = refused(database, world.actors["leitung"], world.offer, "Pilot A", APRIL)
    assert error.message == ("„Wohnung Brüderstraße“ ist ein privates Wohnraumangebot; am "
                             "Pilotprojekt nehmen nur Unterkünfte teil.")


def test_an_ended_facility_keeps_its_mark(database, world):
    error = refused(database, world.actors["leitung"], world.ended, "Pilot A", APRIL)
    assert "ist beendet" in error.message


def test_an_unknown_facility_is_named(database, world):
    with pytest.raises(DomainError, match=r"Nr\. 999999 gibt es nicht"):
        set_pilot(database, world.actors["leitung"], 999999, "Pilot A", APRIL, version=1)


@pytest.mark.parametrize("who", ["heimleitung", "objektservice", "admin"])
def test_only_the_leitung_marks_pilot_facilities(database, world, who):
    error = refused(database, world.actors[who], world.bach, "Pilot A", APRIL,
                    error=PermissionDenied)
    assert "„Pilotunterkünfte festlegen“" in error.message


def test_a_stale_version_is_a_conflict(database, world):
    leitung = world.actors["leitung"]
    loaded = mark_of(database, world.ring)[2]
    set_pilot(database, leitung, world.ring, "Pilot A", APRIL, version=loaded)  # another desk
    error = refused(database, leitung, world.ring, "Pilot B", APRIL, version=loaded,
                    error=EditConflict)
    assert error.message.startswith("Die Unterkunft „Wohnheim Ring“ wurde inzwischen")


def test_the_check_alone_needs_no_database():
    assert cleaned_mark(" Pilot  C ", APRIL) == PilotMark("Pilot C", APRIL)
    assert cleaned_mark(None, None) == PilotMark()
    with pytest.raises(DomainError, match=r"^Pilotstart: bitte ein Datum angeben\.$"):
        cleaned_mark("Pilot C", None)


# ---------------------------------------------------------------- reading

def test_groups_for_the_form(database, world):
    leitung = world.actors["leitung"]
    set_pilot(database, leitung, world.bach, "Kontrolle b", APRIL)
    with database.read() as session:
        assert pilot_marks.pilot_groups(session, leitung) == ["Kontrolle b", "Pilot A"]


def test_a_site_manager_reads_only_own_facilities(database, world):
    set_pilot(database, world.actors["leitung"], world.bach, "Pilot B", APRIL)
    with database.read() as session:
        heimleitung = world.actors["heimleitung"]
        assert pilot_marks.pilot_groups(session, heimleitung) == ["Pilot B"]


def test_the_permission_is_the_leitungs_alone():
    holders = {role for role, granted in ROLE_PERMISSIONS.items()
               if Permission.MARK_PILOT in granted}
    assert holders == {Role.MANAGER}
    assert PERMISSION_LABELS[Permission.MARK_PILOT] == "Pilotunterkünfte festlegen"
