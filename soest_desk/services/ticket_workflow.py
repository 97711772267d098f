"""The transitions of the ticket workflow (DESIGN.md) as data: who may take which step.

`TRANSITIONS` is the one table of the workflow. The service (`tickets.perform`) checks it,
the window asks `may_take` which buttons to show, and the stateful test walks it, so none of
them can disagree. A site manager acts only for the facilities assigned to them; the
property service acts everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from soest_desk.models.enums import TicketState, WaitingReason
from soest_desk.services.permissions import Actor, Permission

S = TicketState


class Action(StrEnum):
    QUERY = "query"  # Rückfrage stellen
    ANSWER = "answer"  # Rückfrage beantworten
    ACCEPT = "accept"  # übernehmen (assignee, optional earlier date)
    START = "start"  # Arbeit beginnen
    WAIT = "wait"  # warten (reason, until)
    RESUME = "resume"  # weiter
    RESOLVE = "resolve"  # erledigt melden (work note, cost)
    CONFIRM = "confirm"  # abnehmen
    REJECT = "reject"  # ablehnen: rework
    CANCEL = "cancel"  # stornieren (reason, or duplicate of)


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: frozenset[TicketState]
    target: TicketState
    label: str  # the button
    note_label: str | None  # what the note is called; None: no note asked
    note_required: bool
    # who: the property service everywhere, and/or the Heimleitung of the facility
    service: bool
    site: bool


def _t(action: Action, sources: set[TicketState], target: TicketState, label: str,
       note_label: str | None, note_required: bool, *, service: bool, site: bool) -> Transition:
    return Transition(action, frozenset(sources), target, label, note_label, note_required,
                      service, site)


TRANSITIONS: dict[Action, Transition] = {t.action: t for t in (
    _t(Action.QUERY, {S.REPORTED}, S.QUERY, "Rückfrage stellen", "Rückfrage", True,
       service=True, site=False),
    _t(Action.ANSWER, {S.QUERY}, S.REPORTED, "Rückfrage beantworten", "Antwort", True,
       service=False, site=True),
    _t(Action.ACCEPT, {S.REPORTED}, S.ACCEPTED, "Übernehmen", "Bemerkung", False,
       service=True, site=False),
    _t(Action.START, {S.ACCEPTED}, S.IN_PROGRESS, "Arbeit beginnen", "Bemerkung", False,
       service=True, site=False),
    _t(Action.WAIT, {S.IN_PROGRESS}, S.WAITING, "Wartet …", "Bemerkung", False,
       service=True, site=False),
    _t(Action.RESUME, {S.WAITING}, S.IN_PROGRESS, "Weiter bearbeiten", "Bemerkung", False,
       service=True, site=False),  # the Heimleitung too when waiting for access (below)
    _t(Action.RESOLVE, {S.IN_PROGRESS}, S.RESOLVED, "Erledigt melden", "Erledigte Arbeiten",
       True, service=True, site=False),
    _t(Action.CONFIRM, {S.RESOLVED}, S.CLOSED, "Abnehmen", "Bemerkung zur Abnahme", False,
       service=False, site=True),
    _t(Action.REJECT, {S.RESOLVED}, S.ACCEPTED, "Ablehnen (Nacharbeit)", "Grund der Ablehnung",
       True, service=False, site=True),
    _t(Action.CANCEL, {S.REPORTED, S.ACCEPTED}, S.CANCELLED, "Stornieren", "Grund", True,
       service=True, site=True),  # the Heimleitung only while nobody has taken it (below)
)}

STATE_LABELS: dict[TicketState, str] = {
    S.REPORTED: "Gemeldet", S.QUERY: "Rückfrage", S.ACCEPTED: "Übernommen",
    S.IN_PROGRESS: "In Arbeit", S.WAITING: "Wartet", S.RESOLVED: "Erledigt gemeldet",
    S.CLOSED: "Abgenommen", S.CANCELLED: "Storniert",
}
WAITING_LABELS: dict[WaitingReason, str] = {
    WaitingReason.MATERIAL: "Material", WaitingReason.CONTRACTOR: "Fremdfirma",
    WaitingReason.ACCESS: "Zugang",
}


def acts_as_service(actor: Actor) -> bool:
    return actor.can(Permission.HANDLE_TICKETS)


def acts_as_site(actor: Actor, facility_id: int) -> bool:
    return actor.can_at(Permission.CONFIRM_TICKETS, facility_id)


def may_take(
    actor: Actor, action: Action, state: str, facility_id: int, waiting_reason: str | None
) -> bool:
    """True when `actor` may take `action` on a ticket in `state` at `facility_id`."""
    transition = TRANSITIONS[action]
    if TicketState(state) not in transition.sources:
        return False
    if transition.service and acts_as_service(actor):
        return True
    if not acts_as_site(actor, facility_id):
        return False
    if action is Action.RESUME:
        return waiting_reason == WaitingReason.ACCESS.value
    if action is Action.CANCEL:
        return state == S.REPORTED.value
    return transition.site


def actions_for(
    actor: Actor, state: str, facility_id: int, waiting_reason: str | None
) -> list[Action]:
    """The transitions `actor` may take now, in workflow order."""
    return [action for action in Action
            if may_take(actor, action, state, facility_id, waiting_reason)]


def who_may(action: Action) -> str:
    """German: who may take this step, for the refusal message."""
    transition = TRANSITIONS[action]
    if action is Action.RESUME:
        return "der Objektservice (bei „Wartet auf Zugang“ auch die Heimleitung der Unterkunft)"
    if action is Action.CANCEL:
        return "der Objektservice (solange niemand übernommen hat, auch die Heimleitung)"
    if transition.service and transition.site:
        return "der Objektservice oder die Heimleitung der Unterkunft"
    return "der Objektservice" if transition.service else "die Heimleitung der Unterkunft"
