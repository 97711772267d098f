"""The transition table against DESIGN.md, written out by hand: who may take which step from
which state. The service, the window and the state machine test all read `TRANSITIONS`; this
test is the independent statement it must match."""

from __future__ import annotations

import pytest

from soest_desk.models.enums import Role, TicketState, WaitingReason
from soest_desk.services import ticket_rules
from soest_desk.services.permissions import Actor
from soest_desk.services.ticket_workflow import Action, actions_for

SITE = Actor(1, "heim", "Heim", frozenset({Role.SITE_MANAGER}), frozenset({7}))
OTHER_SITE = Actor(2, "heim2", "Heim 2", frozenset({Role.SITE_MANAGER}), frozenset({8}))
SERVICE = Actor(3, "objekt", "Objekt", frozenset({Role.PROPERTY_SERVICE}))
MANAGER = Actor(4, "leitung", "Leitung", frozenset({Role.MANAGER}))
SOCIAL = Actor(5, "sozial", "Sozial", frozenset({Role.SOCIAL_WORKER}), frozenset({7}))
ADMIN = Actor(6, "admin", "Admin", frozenset({Role.ADMIN}))

A = Action
# (state, waiting reason) -> (what the Heimleitung of the facility may do, the Objektservice)
EXPECTED = {
    ("reported", None): ({A.CANCEL}, {A.QUERY, A.ACCEPT, A.CANCEL}),
    ("query", None): ({A.ANSWER}, set()),
    ("accepted", None): (set(), {A.START, A.CANCEL}),
    ("in_progress", None): (set(), {A.WAIT, A.RESOLVE}),
    ("waiting", "material"): (set(), {A.RESUME}),
    ("waiting", "contractor"): (set(), {A.RESUME}),
    ("waiting", "access"): ({A.RESUME}, {A.RESUME}),
    ("resolved", None): ({A.CONFIRM, A.REJECT}, set()),
    ("closed", None): (set(), set()),
    ("cancelled", None): (set(), set()),
}
OWNER = {  # DESIGN.md: whose move ("am Zug")
    ("reported", None): Role.PROPERTY_SERVICE, ("query", None): Role.SITE_MANAGER,
    ("accepted", None): Role.PROPERTY_SERVICE, ("in_progress", None): Role.PROPERTY_SERVICE,
    ("waiting", "material"): Role.PROPERTY_SERVICE,
    ("waiting", "contractor"): Role.PROPERTY_SERVICE,
    ("waiting", "access"): Role.SITE_MANAGER, ("resolved", None): Role.SITE_MANAGER,
    ("closed", None): None, ("cancelled", None): None,
}


def test_every_state_and_reason_is_covered():
    states = {state for state, _ in EXPECTED}
    assert states == {s.value for s in TicketState}
    assert {r for s, r in EXPECTED if s == "waiting"} == {r.value for r in WaitingReason}


@pytest.mark.parametrize(("state", "reason"), list(EXPECTED))
def test_who_may_do_what(state, reason):
    site, service = EXPECTED[(state, reason)]
    assert set(actions_for(SITE, state, 7, reason)) == site
    assert set(actions_for(SERVICE, state, 7, reason)) == service
    for outsider in (OTHER_SITE, MANAGER, SOCIAL, ADMIN):
        assert actions_for(outsider, state, 7, reason) == []


@pytest.mark.parametrize(("state", "reason"), list(OWNER))
def test_whose_move(state, reason):
    assert ticket_rules.whose_move(state, reason) == OWNER[(state, reason)]


def test_the_owner_can_always_move():
    """Every open state's owner has at least one step to take: no ticket gets stuck."""
    for (state, reason), owner in OWNER.items():
        if owner is None:
            continue
        actor = SITE if owner is Role.SITE_MANAGER else SERVICE
        assert actions_for(actor, state, 7, reason), (state, reason)
