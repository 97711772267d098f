"""Signing in to the shared database as each role with the person's own login, then using
the services through that connection: exactly the expected actions succeed, and what the
application allows the database allows too (a 42501 from the server where the application
said yes would be a window that breaks for that role)."""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from soest_desk.models.enums import Role
from soest_desk.services import (
    case_notes,
    households,
    listing,
    occupancy,
    overview,
    people,
    tickets,
    user_admin,
)
from soest_desk.services.errors import PermissionDenied, UnknownUser
from soest_desk.services.people import PersonInput
from soest_desk.services.sign_in import SignInRefused
from soest_desk.services.users import os_login
from soest_desk.session_start import NO_ROLES_NOTICE, Started, start_shared
from tests.pg_secured import Secured, secured_database

TODAY = date(2025, 3, 31)
ROLE_KEYS = ("site", "service", "sw_park", "manager", "admin")


@pytest.fixture(scope="module")
def secured() -> Iterator[Secured]:
    yield from secured_database()


def _bare_url(secured: Secured) -> str:
    return make_url(secured.url).set(username=None).render_as_string(hide_password=False)


def _start(secured: Secured, key: str) -> Started:
    return start_shared(_bare_url(secured), secured.logins[key], "egal (trust)")


def _letters() -> str:
    return "".join(random.choice(string.ascii_lowercase) for _ in range(6))


def _new_person(session, actor):
    return people.create_person(session, actor, PersonInput("Testmann" + _letters(), "Xaver"),
                                today=TODAY)


def _list(name: str) -> Callable[[Any, Any, Secured], Any]:
    return lambda session, actor, _s: listing.fetch_page(session, actor, name, today=TODAY)


ACTIONS: dict[str, tuple[Callable[[Any, Any, Secured], Any], set[str]]] = {
    "Unterkünfte ansehen": (_list("facilities"), set(ROLE_KEYS)),
    "Belegung einer Unterkunft": (
        lambda s, a, w: occupancy.at_date(s, a, TODAY, [w.world.town.facilities["park"]]),
        set(ROLE_KEYS)),
    "Übersicht": (lambda s, a, _w: overview.overview(s, a, TODAY), set(ROLE_KEYS)),
    "Bewohnerliste": (_list("persons"), {"site", "sw_park", "manager"}),
    "Person anlegen": (
        lambda s, a, _w: _new_person(s, a),
        {"site", "manager"}),
    "Haushalt anlegen": (lambda s, a, _w: households.create_household(
        s, a, "Familie Neu", [(_new_person(s, a).id, "head")], today=TODAY),
        {"site", "manager"}),
    "Mängelliste": (_list("tickets"), {"site", "service", "manager"}),
    "Mangel melden": (
        lambda s, a, w: tickets.report(s, a, tickets.NewTicket(
            w.world.town.facilities["park"], "Tropfender Wasserhahn", "plumbing")),
        {"site", "service"}),  # the Objektservice reports what it finds itself
    "Fallliste": (_list("cases"), {"sw_park", "manager"}),
    "Benutzer anlegen": (lambda s, a, _w: user_admin.save_user(s, a, user_admin.UserInput(
        "neu." + _letters(), "Neue Kollegin", frozenset({Role.MANAGER}))), {"admin"}),
    "Vermerk lesen": (
        lambda s, a, w: case_notes.read_note(s, a, w.note_id, today=TODAY), {"sw_park"}),
}


@pytest.mark.parametrize("key", ROLE_KEYS)
def test_each_role_signs_in_with_its_login_and_does_exactly_its_actions(secured, key):
    started = _start(secured, key)
    try:
        assert started.notice is None  # the database checks the roles
        assert started.actor.user_id == secured.world.users[key]
        outcome: dict[str, str] = {}
        for name, (action, _allowed) in ACTIONS.items():
            try:
                with started.database.write(started.actor) as session:
                    action(session, started.actor, secured)
                outcome[name] = "ja"
            except PermissionDenied:
                outcome[name] = "nein"
            except DBAPIError as exc:  # the server refused what the application allowed
                outcome[name] = f"Server: {getattr(exc.orig, 'sqlstate', '?')}"
        expected = {name: "ja" if key in allowed else "nein"
                    for name, (_action, allowed) in ACTIONS.items()}
        assert outcome == expected
    finally:
        started.database.dispose()


def test_the_owner_or_a_superuser_may_not_sign_in_where_roles_are_set_up(secured):
    superuser = make_url(secured.url).username
    with pytest.raises(SignInRefused, match="Superuser"):
        start_shared(_bare_url(secured), superuser, "x")


def test_a_login_without_a_user_is_refused_in_german(secured):
    from soest_desk.models.enums import Role
    from soest_desk.pg_security import create_login

    login = f"t{uuid.uuid4().hex[:6]}_fremd"
    with secured.database.engine.begin() as connection:
        create_login(connection, login, None, {Role.MANAGER})
    try:
        with pytest.raises(UnknownUser, match="keinem Benutzer zugeordnet"):
            start_shared(_bare_url(secured), login, "x")
    finally:
        with secured.database.engine.begin() as connection:
            connection.execute(text(f'DROP ROLE "{login}"'))


def test_a_database_without_roles_says_so_and_maps_the_os_login(pg_url):
    url = make_url(pg_url)
    started = start_shared(url.set(username=None).render_as_string(hide_password=False),
                           url.username, "")
    try:
        assert started.notice == NO_ROLES_NOTICE
        # a shared database never takes SOEST_DESK_USER: the system's login is the user
        assert started.actor.login == os_login(allow_override=False)
    finally:
        started.database.dispose()
