"""What the window, the work order and the reports show of one ticket: plain data, no Qt.

The history is the ticket's events, worded in German once here (`describe_event`) for the
timeline, the conflict dialog and the work order alike. Time per state and whose move it was
are summed from the transition events; overdue and "Wiederholungsmangel" are computed at the
moment of asking, never stored.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from soest_desk.models import CostEntry, Facility, Ticket, TicketEvent, Unit
from soest_desk.models.base import UTCDateTime
from soest_desk.models.enums import (
    FINAL_TICKET_STATES,
    Role,
    TicketCategory,
    TicketEventKind,
    TicketPriority,
    TicketState,
    WaitingReason,
)
from soest_desk.services import ticket_rules
from soest_desk.services.clock import OFFICE_ZONE
from soest_desk.services.errors import DomainError
from soest_desk.services.listing_filters import repeat_match
from soest_desk.services.permissions import ROLE_LABELS, Actor, Permission, require
from soest_desk.services.ticket_costs import BOOKABLE_STATES, COST_LABELS
from soest_desk.services.ticket_photos import Photo, photos_of
from soest_desk.services.ticket_workflow import (
    STATE_LABELS,
    WAITING_LABELS,
    Action,
    actions_for,
    acts_as_service,
    acts_as_site,
)
from soest_desk.services.tickets import PRIORITY_LABELS, TicketRef
from soest_desk.services.users import display_names

CATEGORY_LABELS = {
    TicketCategory.ELECTRICAL: "Elektro", TicketCategory.PLUMBING: "Sanitär",
    TicketCategory.HEATING: "Heizung", TicketCategory.WINDOWS_DOORS: "Fenster/Türen",
    TicketCategory.FIRE_SAFETY: "Brandschutz", TicketCategory.PESTS: "Schädlinge",
    TicketCategory.OUTDOOR: "Außenanlage", TicketCategory.FURNITURE: "Möbel/Ausstattung",
    TicketCategory.CLEANING: "Reinigung", TicketCategory.OTHER: "Sonstiges",
}


def local(moment: datetime) -> str:
    return f"{moment.astimezone(OFFICE_ZONE):%d.%m.%Y %H:%M}"


def describe_event(at: datetime, actor_name: str, kind: str, from_state: str | None,
                   to_state: str | None, note: str | None, data: dict[str, Any] | None) -> str:
    """One line of history in German: "21.11.2026 14:03 – Max Muster: Gemeldet → Übernommen
    (zuständig: Firma X) – Bemerkung"."""
    data = data or {}
    if kind == TicketEventKind.TRANSITION.value and from_state is None:
        what = "Gemeldet"
    elif kind == TicketEventKind.TRANSITION.value:
        what = f"{STATE_LABELS[TicketState(from_state)]} → {STATE_LABELS[TicketState(to_state)]}"
        if data.get("rework"):
            what += " (Nacharbeit)"
        if "assignee" in data:
            what += f" (zuständig: {data['assignee']})"
        if "waiting_reason" in data:
            what += f" auf {WAITING_LABELS[WaitingReason(data['waiting_reason'])]}"
        if "waiting_until" in data:
            until = datetime.fromisoformat(data["waiting_until"])
            what += f" bis {until:%d.%m.%Y}"
        if "duplicate_of" in data:
            what += f" (doppelt zu #{data['duplicate_of']})"
    elif kind == TicketEventKind.PRIORITY.value:
        old = PRIORITY_LABELS[TicketPriority(data["from"])]
        new = PRIORITY_LABELS[TicketPriority(data["to"])]
        what = f"Priorität {old} → {new}"
    else:
        what = {"comment": "Kommentar", "assignment": "Zuständigkeit", "secured": "Gesichert",
                "edit": "Bearbeitet", "cost": "Kosten", "photo": "Foto"}.get(kind, kind)
        if kind in ("cost", "photo", "edit") and note:
            what, note = note, None
    line = f"{local(at)} – {actor_name}: {what}"
    return f"{line} – {note}" if note else line


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    at: datetime
    actor: str
    kind: str
    from_state: str | None
    to_state: str | None
    note: str | None
    owner_role: str | None
    text: str  # the whole line, German


@dataclass(frozen=True)
class CostLine:
    kind: str
    label: str
    description: str | None
    amount_eur: Decimal
    hours: Decimal | None
    hourly_rate_eur: Decimal | None
    booked_on: Any


@dataclass
class TicketDetail:
    ref: TicketRef
    id: int
    title: str
    description: str | None
    facility_id: int
    facility: str
    address: str
    unit_id: int | None
    unit: str | None
    category: str
    priority: str
    state: str
    owner: str | None  # role code whose move it is
    waiting_reason: str | None
    waiting_until: Any
    is_safety_hazard: bool
    secured_at: datetime | None
    secured_due_at: datetime | None
    reported_at: datetime
    reported_by: str | None
    reporter_note: str | None
    assignee: str | None
    due_at: datetime | None
    closed_at: datetime | None
    duplicate_of_id: int | None
    inspection_id: int | None
    overdue: bool
    secure_overdue: bool
    rework_count: int
    repeat_ticket_ids: list[int]
    timeline: list[TimelineEntry]
    costs: list[CostLine]
    photos: list[Photo]
    actions: list[Action]
    may_comment: bool
    may_secure: bool
    may_book_costs: bool
    may_change_priority: bool
    may_add_photo: bool
    time_in_state: dict[str, timedelta] = field(default_factory=dict)
    time_by_owner: dict[str, timedelta] = field(default_factory=dict)

    @property
    def total_cost(self) -> Decimal:
        return sum((c.amount_eur for c in self.costs), Decimal("0.00"))

    @property
    def state_label(self) -> str:
        label = STATE_LABELS[TicketState(self.state)]
        if self.waiting_reason:
            label += f" auf {WAITING_LABELS[WaitingReason(self.waiting_reason)]}"
        return label

    @property
    def owner_label(self) -> str:
        return ROLE_LABELS[Role(self.owner)] if self.owner else "—"


def durations(events: list[tuple[datetime, str | None, str | None]], until: datetime
              ) -> tuple[dict[str, timedelta], dict[str, timedelta]]:
    """(time per state, time per owner role) from transition events (at, to_state, owner),
    oldest first; the last state counts up to `until` unless it is final."""
    if not events:
        return {}, {}
    per_state: dict[str, timedelta] = defaultdict(timedelta)
    per_owner: dict[str, timedelta] = defaultdict(timedelta)
    for (at, state, owner), following in zip(events, [*events[1:], None], strict=True):
        if state is None or TicketState(state) in FINAL_TICKET_STATES:
            continue
        end = following[0] if following else until
        spent = max(end - at, timedelta(0))
        per_state[state] += spent
        if owner:
            per_owner[owner] += spent
    return dict(per_state), dict(per_owner)


def is_overdue(state: str, due_at: datetime | None, now: datetime) -> bool:
    return TicketState(state) not in FINAL_TICKET_STATES and due_at is not None and due_at < now


def repeats_of(session: Session, ticket: Ticket) -> list[int]:
    """Other tickets that make this one a "Wiederholungsmangel" (none for duplicates or
    tickets without a unit)."""
    if ticket.unit_id is None or ticket.duplicate_of_id is not None:
        return []
    other = Ticket.__table__.alias("other")
    condition = repeat_match(session, other.c, ticket.id, ticket.unit_id, ticket.category,
                             literal(ticket.reported_at, UTCDateTime()))
    return list(session.scalars(select(other.c.id).where(condition)
                                .order_by(other.c.reported_at)))


def load_detail(session: Session, actor: Actor, ticket_id: int,
                now: datetime | None = None) -> TicketDetail:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise DomainError(f"Die Mängelmeldung #{ticket_id} gibt es nicht.")
    require(actor, Permission.VIEW_TICKETS, ticket.facility_id)
    moment = now or datetime.now(UTC)
    facility = session.get(Facility, ticket.facility_id)
    unit = session.get(Unit, ticket.unit_id) if ticket.unit_id else None
    events = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket.id)
                             .order_by(TicketEvent.id)).all()
    user_ids = {e.actor_id for e in events} | {ticket.reported_by_id, ticket.assignee_user_id}
    names = display_names(session, user_ids)
    timeline = [
        TimelineEntry(e.id, e.at, names.get(e.actor_id, "System"), e.kind, e.from_state,
                      e.to_state, e.note, e.owner_role,
                      describe_event(e.at, names.get(e.actor_id, "System"), e.kind,
                                     e.from_state, e.to_state, e.note, e.data))
        for e in events
    ]
    transitions = [(e.at, e.to_state, e.owner_role) for e in events if e.kind == "transition"]
    per_state, per_owner = durations(transitions, ticket.closed_at or moment)
    costs = [CostLine(c.kind, COST_LABELS[c.kind], c.description, c.amount_eur, c.hours,
                      c.hourly_rate_eur, c.booked_on)
             for c in session.scalars(select(CostEntry).where(CostEntry.ticket_id == ticket.id)
                                      .order_by(CostEntry.booked_on, CostEntry.id))]
    owner = ticket_rules.whose_move(ticket.state, ticket.waiting_reason)
    open_ticket = TicketState(ticket.state) not in FINAL_TICKET_STATES
    party = acts_as_service(actor) or acts_as_site(actor, ticket.facility_id)
    return TicketDetail(
        ref=TicketRef(ticket.id, ticket.version_id, events[-1].id if events else 0),
        id=ticket.id, title=ticket.title, description=ticket.description,
        facility_id=ticket.facility_id, facility=facility.name,
        address=f"{facility.street}, {facility.postal_code} {facility.city}",
        unit_id=ticket.unit_id, unit=unit.label if unit else None, category=ticket.category,
        priority=ticket.priority, state=ticket.state, owner=owner.value if owner else None,
        waiting_reason=ticket.waiting_reason, waiting_until=ticket.waiting_until,
        is_safety_hazard=ticket.is_safety_hazard, secured_at=ticket.secured_at,
        secured_due_at=ticket.secured_due_at, reported_at=ticket.reported_at,
        reported_by=names.get(ticket.reported_by_id), reporter_note=ticket.reporter_note,
        assignee=names.get(ticket.assignee_user_id) or ticket.assignee_external,
        due_at=ticket.due_at, closed_at=ticket.closed_at,
        duplicate_of_id=ticket.duplicate_of_id, inspection_id=ticket.inspection_id,
        overdue=is_overdue(ticket.state, ticket.due_at, moment),
        secure_overdue=(open_ticket and ticket.is_safety_hazard and ticket.secured_at is None
                        and ticket.secured_due_at is not None
                        and ticket.secured_due_at < moment),
        rework_count=sum(1 for e in events if (e.from_state, e.to_state) == ("resolved",
                                                                            "accepted")),
        repeat_ticket_ids=repeats_of(session, ticket),
        timeline=timeline, costs=costs,
        photos=photos_of(session, actor, ticket.id, ticket.facility_id),
        actions=actions_for(actor, ticket.state, ticket.facility_id, ticket.waiting_reason),
        may_comment=party and open_ticket,
        may_secure=(party and open_ticket and ticket.is_safety_hazard
                    and ticket.secured_at is None),
        may_book_costs=acts_as_service(actor) and ticket.state in BOOKABLE_STATES,
        may_change_priority=party and open_ticket,
        may_add_photo=party,
        time_in_state=per_state, time_by_owner=per_owner,
    )
