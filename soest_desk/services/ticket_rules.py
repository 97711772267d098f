"""Whose move a ticket is ("am Zug"): one role per open state, as data.

Every open state has exactly one role that must act next; final states have none. A ticket
waiting for access to a room goes back to the Heimleitung, every other wait stays with the
Objektservice. The list queries turn the same table into SQL, so the window and the services
never disagree about the owner.
"""

from __future__ import annotations

from soest_desk.models.enums import FINAL_TICKET_STATES, Role, TicketState, WaitingReason

STATE_OWNER: dict[TicketState, Role | None] = {
    TicketState.REPORTED: Role.PROPERTY_SERVICE,
    TicketState.QUERY: Role.SITE_MANAGER,
    TicketState.ACCEPTED: Role.PROPERTY_SERVICE,
    TicketState.IN_PROGRESS: Role.PROPERTY_SERVICE,
    TicketState.WAITING: Role.PROPERTY_SERVICE,
    TicketState.RESOLVED: Role.SITE_MANAGER,
    TicketState.CLOSED: None,
    TicketState.CANCELLED: None,
}

# a waiting ticket whose reason is listed here belongs to that role instead
WAITING_REASON_OWNER: dict[WaitingReason, Role] = {
    WaitingReason.ACCESS: Role.SITE_MANAGER,
}


def whose_move(state: str, waiting_reason: str | None = None) -> Role | None:
    """The role that must act next on a ticket in `state`; None for closed or cancelled."""
    ticket_state = TicketState(state)
    if ticket_state is TicketState.WAITING and waiting_reason is not None:
        override = WAITING_REASON_OWNER.get(WaitingReason(waiting_reason))
        if override is not None:
            return override
    return STATE_OWNER[ticket_state]


def is_final(state: str) -> bool:
    return TicketState(state) in FINAL_TICKET_STATES
