"""The choices of the Mängel dialogs: facilities to report for, the list filter, assignees."""

from __future__ import annotations

import pytest

from soest_desk.models.enums import Role
from soest_desk.services import ticket_choices
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.services.ticket_choices import Choice, natural_key
from tests.builders import Builder


def actor_of(user) -> Actor:
    return Actor(user.id, user.login, user.display_name,
                 frozenset(Role(r.role) for r in user.roles),
                 frozenset(f.facility_id for f in user.facilities))


@pytest.fixture
def staff(database):
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        bach = b.facility("Haus am Bach")
        nord = b.facility("Nordstraße")
        closed = b.facility("Altbau West", active=False)
        for label in ("A10", "A2", "A1"):
            b.unit(bach, label, 2)
        b.unit(bach, "A3", 2, active=False)
        b.unit(nord, "N1", 2)
        users = {
            "hl": b.user("hl", {Role.SITE_MANAGER}, (bach,), "Heimleitung Bach"),
            "os_b": b.user("os_b", {Role.PROPERTY_SERVICE}, (), "Bernd Hausmeister"),
            "os_a": b.user("os_a", {Role.PROPERTY_SERVICE, Role.SITE_MANAGER}, (nord,),
                           "Anna Objektservice"),
            "gone": b.user("gone", {Role.PROPERTY_SERVICE}, (), "Ehemalig"),
            "boss": b.user("boss", {Role.MANAGER}, (), "Leitung"),
            "admin": b.user("admin", {Role.ADMIN}, (), "Admin"),
        }
        users["gone"].active = False
        actors = {key: actor_of(user) for key, user in users.items()}
        ids = {"bach": bach.id, "nord": nord.id, "closed": closed.id}
    return actors, ids


def test_a_site_manager_reports_for_own_facility_with_active_units(database, staff):
    actors, ids = staff
    with database.read() as session:
        choices = ticket_choices.reportable_facilities(session, actors["hl"])
    assert [(f.id, f.name) for f in choices] == [(ids["bach"], "Haus am Bach")]
    assert [u.label for u in choices[0].units] == ["A1", "A2", "A10"]  # natural order
    assert ticket_choices.may_report(actors["hl"])


def test_the_property_service_reports_everywhere_but_not_for_inactive(database, staff):
    actors, _ids = staff
    with database.read() as session:
        names = [f.name for f in ticket_choices.reportable_facilities(session, actors["os_b"])]
    assert names == ["Haus am Bach", "Nordstraße"]


def test_manager_and_admin_may_not_report(database, staff):
    actors, _ids = staff
    assert not ticket_choices.may_report(actors["boss"])
    assert not ticket_choices.may_report(actors["admin"])
    with database.read() as session, pytest.raises(PermissionDenied, match="Mängel melden"):
        ticket_choices.reportable_facilities(session, actors["boss"])


def test_filter_facilities_follow_the_view_scope(database, staff):
    actors, ids = staff
    with database.read() as session:
        everything = ticket_choices.ticket_facilities(session, actors["boss"])
        own = ticket_choices.ticket_facilities(session, actors["hl"])
        with pytest.raises(PermissionDenied):
            ticket_choices.ticket_facilities(session, actors["admin"])
    assert [c.label for c in everything] == ["Haus am Bach", "Nordstraße", "Altbau West"]
    assert everything[-1] == Choice(ids["closed"], "Altbau West", active=False)
    assert [c.id for c in own] == [ids["bach"]]


def test_assignable_users_are_active_property_service_staff(database, staff):
    actors, _ids = staff
    with database.read() as session:
        users = ticket_choices.assignable_users(session, actors["os_b"])
        with pytest.raises(PermissionDenied, match="Mängel bearbeiten"):
            ticket_choices.assignable_users(session, actors["hl"])
    assert [u.label for u in users] == ["Anna Objektservice", "Bernd Hausmeister"]
    assert [u.id for u in users] == [actors["os_a"].user_id, actors["os_b"].user_id]


def test_natural_key_sorts_numbers_by_value():
    assert sorted(["Zimmer 10", "zimmer 9", "Zimmer 1"], key=natural_key) == [
        "Zimmer 1", "zimmer 9", "Zimmer 10"]
