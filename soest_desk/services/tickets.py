"""The defect-ticket workflow: report, hand over, wait, resolve, confirm, cancel.

Every change takes one transaction that first locks the ticket (`SELECT … FOR UPDATE` on
PostgreSQL; SQLite writes are `BEGIN IMMEDIATE`), checks the caller's view of it (`TicketRef`:
a save over a newer version raises `TicketConflict` with what changed since), checks the
actor against `ticket_workflow`, and writes one immutable event with whose move it is next.
A refused step raises a DomainError with a German message and changes nothing.

Deadlines: a ticket is due at the end of the n-th working day after it was reported, n per
priority (shared setting); accepting may promise an earlier day, never a later one, and only
a change of priority computes the deadline anew. "Sofort" is a safety hazard
(Verkehrssicherheit) that must also be made safe ("gesichert") within a few hours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Inspection, Ticket, TicketEvent, Unit, User
from soest_desk.models.base import utcnow
from soest_desk.models.enums import (
    TicketCategory,
    TicketEventKind,
    TicketPriority,
    TicketState,
    WaitingReason,
)
from soest_desk.services import shared_settings, ticket_rules
from soest_desk.services.clock import OFFICE_ZONE, office_today
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.ticket_workflow import (
    STATE_LABELS,
    TRANSITIONS,
    Action,
    acts_as_service,
    acts_as_site,
    may_take,
    who_may,
)
from soest_desk.services.users import display_names
from soest_desk.services.validation import check_storable_text
from soest_desk.services.working_days import deadline_after, end_of_day

MAX_TITLE = 200
MAX_TEXT = 5000
MAX_WAIT_DAYS = 365
PRIORITY_LABELS = {
    TicketPriority.IMMEDIATE: "Sofort (Verkehrssicherheit)", TicketPriority.URGENT: "Dringend",
    TicketPriority.NORMAL: "Normal", TicketPriority.LOW: "Niedrig",
}


class TicketConflict(DomainError):
    """The ticket changed since the caller loaded it; `changes` says how (German lines)."""

    def __init__(self, ticket_id: int, changes: list[str]) -> None:
        super().__init__(
            f"Die Mängelmeldung #{ticket_id} wurde inzwischen von jemand anderem geändert. "
            "Ihre Änderung wurde nicht gespeichert; bitte laden Sie die Meldung neu."
        )
        self.ticket_id = ticket_id
        self.changes = changes


@dataclass(frozen=True)
class TicketRef:
    """The caller's view of a ticket: saving is refused if it changed since."""

    id: int
    version: int
    last_event_id: int


@dataclass(frozen=True)
class NewTicket:
    facility_id: int | None
    title: str
    category: str
    priority: str = TicketPriority.NORMAL.value
    unit_id: int | None = None
    description: str | None = None
    reporter_note: str | None = None  # who reported it, e.g. "Anruf Nachbar"
    inspection_id: int | None = None


@dataclass(frozen=True)
class StepInput:
    """What a transition may carry besides its note."""

    note: str | None = None
    assignee_user_id: int | None = None  # accept: a caretaker of the property service …
    assignee_external: str | None = None  # … or an external contractor
    due_on: date | None = None  # accept: a promised day, not later than the deadline
    waiting_reason: str | None = None  # wait
    waiting_until: date | None = None  # wait: back "am Zug" on this day
    duplicate_of_id: int | None = None  # cancel as duplicate
    extra: dict[str, Any] = field(default_factory=dict)


def _clean(text: str | None, label: str, limit: int, *, required: bool = False) -> str | None:
    value = (text or "").strip()
    check_storable_text(value, label)
    if required and not value:
        raise DomainError(f"{label}: bitte ausfüllen.", field=label)
    if len(value) > limit:
        raise DomainError(f"{label}: höchstens {limit} Zeichen (jetzt {len(value)}).",
                          field=label)
    return value or None


def _code(value: str | None, enum_cls: Any, label: str) -> str:
    try:
        return enum_cls(value).value
    except ValueError:
        raise DomainError(f"{label}: bitte einen Wert aus der Liste wählen.", field=label) from None


def deadline_for(session: Session, reported_at: datetime, priority: str) -> datetime:
    days = shared_settings.get(session, "ticket_deadline_working_days")[priority]
    return deadline_after(reported_at, days)


def _secured_due(session: Session, reported_at: datetime) -> datetime:
    return reported_at + timedelta(hours=shared_settings.get(session,
                                                             "ticket_secured_within_hours"))


def _may_report(actor: Actor, facility_id: int) -> bool:
    return actor.can_at(Permission.REPORT_TICKETS, facility_id) or acts_as_service(actor)


def report(session: Session, actor: Actor, new: NewTicket, *, now: datetime | None = None) -> int:
    """File a new defect; returns its number. The property service is "am Zug"."""
    if new.facility_id is None:
        raise DomainError("Unterkunft: bitte eine Unterkunft wählen.", field="Unterkunft")
    facility = session.get(Facility, new.facility_id)
    if facility is None or not facility.active:
        raise DomainError("Unterkunft: diese Unterkunft gibt es nicht (mehr).", field="Unterkunft")
    if not _may_report(actor, facility.id):
        require(actor, Permission.REPORT_TICKETS, facility.id)
    if new.unit_id is not None:
        unit = session.get(Unit, new.unit_id)
        if unit is None or unit.facility_id != facility.id:
            raise DomainError("Wohneinheit: gehört nicht zu dieser Unterkunft.",
                              field="Wohneinheit")
        if not unit.active:
            raise DomainError(f"Wohneinheit: „{unit.label}“ ist nicht mehr in Betrieb.",
                              field="Wohneinheit")
    if new.inspection_id is not None:
        inspection = session.get(Inspection, new.inspection_id)
        if inspection is None or inspection.facility_id != facility.id:
            raise DomainError("Begehung: gehört nicht zu dieser Unterkunft.", field="Begehung")
    title = _clean(new.title, "Titel", MAX_TITLE, required=True)
    category = _code(new.category, TicketCategory, "Gewerk")
    priority = _code(new.priority, TicketPriority, "Priorität")
    moment = now or utcnow()
    hazard = priority == TicketPriority.IMMEDIATE.value
    ticket = Ticket(
        facility_id=facility.id, unit_id=new.unit_id, category=category, priority=priority,
        state=TicketState.REPORTED.value, title=title,
        description=_clean(new.description, "Beschreibung", MAX_TEXT),
        reporter_note=_clean(new.reporter_note, "Gemeldet von", 200),
        is_safety_hazard=hazard, reported_at=moment, reported_by_id=actor.user_id,
        due_at=deadline_for(session, moment, priority),
        secured_due_at=_secured_due(session, moment) if hazard else None,
        inspection_id=new.inspection_id, updated_at=moment,
    )
    session.add(ticket)
    session.flush()
    add_event(session, ticket, actor, TicketEventKind.TRANSITION, moment, to_state=ticket.state,
           note=None, data={"priority": priority, "due_at": ticket.due_at.isoformat()})
    return ticket.id


# ---------------------------------------------------------------- loading and conflicts

def load_for_change(session: Session, actor: Actor, ref: TicketRef | int) -> Ticket:
    ticket_id = ref.id if isinstance(ref, TicketRef) else ref
    query = select(Ticket).where(Ticket.id == ticket_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    ticket = session.scalars(query).first()
    if ticket is None:
        raise DomainError(f"Die Mängelmeldung #{ticket_id} gibt es nicht.")
    if not actor.can_at(Permission.VIEW_TICKETS, ticket.facility_id):
        require(actor, Permission.VIEW_TICKETS, ticket.facility_id)
    if isinstance(ref, TicketRef) and ticket.version_id != ref.version:
        raise TicketConflict(ticket.id, changes_since(session, ticket.id, ref.last_event_id))
    return ticket


def changes_since(session: Session, ticket_id: int, last_event_id: int) -> list[str]:
    """German lines for every event after `last_event_id`: what somebody else did."""
    from soest_desk.services.ticket_views import describe_event  # one wording for both

    events = session.scalars(
        select(TicketEvent).where(TicketEvent.ticket_id == ticket_id,
                                  TicketEvent.id > last_event_id).order_by(TicketEvent.id)
    ).all()
    names = display_names(session, {e.actor_id for e in events})
    return [describe_event(e.at, names.get(e.actor_id or 0, "System"), e.kind, e.from_state,
                           e.to_state, e.note, e.data) for e in events]


def add_event(
    session: Session, ticket: Ticket, actor: Actor, kind: TicketEventKind, moment: datetime, *,
    from_state: str | None = None, to_state: str | None = None, note: str | None = None,
    data: dict[str, Any] | None = None,
) -> TicketEvent:
    event = TicketEvent(
        ticket_id=ticket.id, at=moment, actor_id=actor.user_id, kind=kind.value,
        from_state=from_state, to_state=to_state, note=note, data=data,
        waiting_reason=ticket.waiting_reason if to_state == TicketState.WAITING.value else None,
    )
    owner = ticket_rules.whose_move(ticket.state, ticket.waiting_reason)
    event.owner_role = owner.value if owner else None
    session.add(event)
    ticket.updated_at = moment  # every event makes the ticket a new version
    session.flush()
    return event


# ---------------------------------------------------------------- transitions

def perform(
    session: Session, actor: Actor, ref: TicketRef | int, action: Action,
    step: StepInput | None = None, *, now: datetime | None = None,
) -> None:
    """Take one workflow step; raises DomainError (German) and changes nothing if refused."""
    step = step or StepInput()
    ticket = load_for_change(session, actor, ref)
    transition = TRANSITIONS[action]
    state = TicketState(ticket.state)
    if state not in transition.sources:
        raise DomainError(
            f"„{transition.label}“ ist bei einer Meldung im Status „{STATE_LABELS[state]}“ "
            "nicht möglich."
        )
    if not may_take(actor, action, ticket.state, ticket.facility_id, ticket.waiting_reason):
        raise PermissionDenied(
            f"„{transition.label}“ darf nur {who_may(action)}. Ihre Rolle: {actor.role_labels}."
        )
    note_label = transition.note_label or "Bemerkung"
    duplicate = action is Action.CANCEL and step.duplicate_of_id is not None
    note = _clean(step.note, note_label, MAX_TEXT,
                  required=transition.note_required and not duplicate)
    moment = now or utcnow()
    data: dict[str, Any] = {}
    if action is Action.ACCEPT:
        data = _accept(session, ticket, step, moment)
    elif action is Action.WAIT:
        data = _wait(ticket, step, moment)
    elif action is Action.CANCEL:
        data, note = _cancel(session, actor, ticket, step, note)
    if action is not Action.WAIT:
        ticket.waiting_reason = None
        ticket.waiting_until = None
    if action is Action.REJECT:
        data["rework"] = True
    previous = ticket.state
    ticket.state = transition.target.value
    if transition.target in (TicketState.CLOSED, TicketState.CANCELLED):
        ticket.closed_at = moment
    add_event(session, ticket, actor, TicketEventKind.TRANSITION, moment, from_state=previous,
           to_state=ticket.state, note=note, data=data or None)


def _accept(session: Session, ticket: Ticket, step: StepInput, moment: datetime
            ) -> dict[str, Any]:
    external = _clean(step.assignee_external, "Fremdfirma / Hausmeister*in", 200)
    if (step.assignee_user_id is None) == (external is None):
        raise DomainError("Zuständig: bitte genau eine Person des Objektservices oder eine "
                          "Fremdfirma angeben.", field="Zuständig")
    data: dict[str, Any] = {}
    if step.assignee_user_id is not None:
        user = session.get(User, step.assignee_user_id)
        roles = {r.role for r in user.roles} if user else set()
        if user is None or not user.active or "property_service" not in roles:
            raise DomainError("Zuständig: diese Person gehört nicht (mehr) zum Objektservice.",
                              field="Zuständig")
        data["assignee"] = user.display_name
    else:
        data["assignee"] = external
    ticket.assignee_user_id = step.assignee_user_id
    ticket.assignee_external = external
    if step.due_on is not None:
        promised = end_of_day(step.due_on)
        if step.due_on < office_today(moment):
            raise DomainError("Erledigen bis: das Datum liegt in der Vergangenheit.",
                              field="Erledigen bis")
        if ticket.due_at is not None and promised > ticket.due_at:
            raise DomainError(
                f"Erledigen bis: die Frist dieser Priorität endet am "
                f"{ticket.due_at.astimezone(OFFICE_ZONE):%d.%m.%Y}; "
                "ein späteres Datum verlängert sie nicht. Ändern Sie dafür die Priorität.",
                field="Erledigen bis")
        ticket.due_at = promised
        data["due_at"] = promised.isoformat()
    return data


def _wait(ticket: Ticket, step: StepInput, moment: datetime) -> dict[str, Any]:
    reason = _code(step.waiting_reason, WaitingReason, "Wartet auf")
    until = step.waiting_until
    today = office_today(moment)
    if until is None:
        raise DomainError("Wartet bis: bitte ein Datum angeben.", field="Wartet bis")
    if until < today:
        raise DomainError("Wartet bis: das Datum liegt in der Vergangenheit.", field="Wartet bis")
    if until > today + timedelta(days=MAX_WAIT_DAYS):
        raise DomainError("Wartet bis: höchstens ein Jahr im Voraus.", field="Wartet bis")
    ticket.waiting_reason = reason
    ticket.waiting_until = until
    return {"waiting_reason": reason, "waiting_until": until.isoformat()}


def _cancel(session: Session, actor: Actor, ticket: Ticket, step: StepInput,
            note: str | None) -> tuple[dict[str, Any], str | None]:
    if step.duplicate_of_id is None:
        return {}, note
    original = session.get(Ticket, step.duplicate_of_id)
    while original is not None and original.duplicate_of_id is not None:
        original = session.get(Ticket, original.duplicate_of_id)  # link to the first report
    if original is None or not actor.can_at(Permission.VIEW_TICKETS, original.facility_id):
        raise DomainError(f"Doppelt zu: die Meldung #{step.duplicate_of_id} gibt es nicht.",
                          field="Doppelt zu")
    if original.id == ticket.id:
        raise DomainError("Doppelt zu: eine Meldung kann nicht Duplikat ihrer selbst sein.",
                          field="Doppelt zu")
    if original.facility_id != ticket.facility_id:
        raise DomainError("Doppelt zu: die Meldung gehört zu einer anderen Unterkunft.",
                          field="Doppelt zu")
    if original.state == TicketState.CANCELLED.value:
        raise DomainError(f"Doppelt zu: die Meldung #{original.id} ist selbst storniert.",
                          field="Doppelt zu")
    ticket.duplicate_of_id = original.id
    return {"duplicate_of": original.id}, note or f"Doppelte Meldung zu #{original.id}."


# ---------------------------------------------------------------- other steps

def _require_open(ticket: Ticket, what: str) -> None:
    if ticket.state in (TicketState.CLOSED.value, TicketState.CANCELLED.value):
        raise DomainError(f"{what}: die Meldung #{ticket.id} ist bereits abgeschlossen.")


def _require_party(actor: Actor, ticket: Ticket, what: str) -> None:
    """The property service, or the Heimleitung of this facility."""
    if not (acts_as_service(actor) or acts_as_site(actor, ticket.facility_id)):
        raise PermissionDenied(f"{what} darf nur der Objektservice oder die Heimleitung der "
                               f"Unterkunft. Ihre Rolle: {actor.role_labels}.")


def secure(session: Session, actor: Actor, ref: TicketRef | int, note: str | None, *,
           now: datetime | None = None) -> None:
    """Record that a safety hazard was made safe (cordoned off, switched off, signposted)."""
    ticket = load_for_change(session, actor, ref)
    _require_party(actor, ticket, "Eine Gefahrenstelle als gesichert melden")
    if not ticket.is_safety_hazard:
        raise DomainError("Gesichert: nur eine Gefahrenstelle (Verkehrssicherheit) wird "
                          "gesichert.")
    _require_open(ticket, "Gesichert")
    if ticket.secured_at is not None:
        raise DomainError("Gesichert: diese Gefahrenstelle ist bereits gesichert.")
    text = _clean(note, "Wie gesichert", MAX_TEXT, required=True)
    moment = now or utcnow()
    ticket.secured_at = moment
    add_event(session, ticket, actor, TicketEventKind.SECURED, moment, note=text)


def comment(session: Session, actor: Actor, ticket_id: int, text: str, *,
            now: datetime | None = None) -> None:
    """A comment never conflicts: it adds to the history and overwrites nothing."""
    ticket = load_for_change(session, actor, ticket_id)
    _require_party(actor, ticket, "Kommentieren")
    note = _clean(text, "Kommentar", MAX_TEXT, required=True)
    add_event(session, ticket, actor, TicketEventKind.COMMENT, now or utcnow(), note=note)


def change_priority(session: Session, actor: Actor, ref: TicketRef | int, priority: str,
                    reason: str | None, *, now: datetime | None = None) -> None:
    """A new priority computes the deadline anew from the report time; "Sofort" makes the
    ticket a safety hazard that must be secured, leaving "Sofort" ends that duty."""
    ticket = load_for_change(session, actor, ref)
    _require_party(actor, ticket, "Die Priorität ändern")
    _require_open(ticket, "Priorität")
    new = _code(priority, TicketPriority, "Priorität")
    if new == ticket.priority:
        label = PRIORITY_LABELS[TicketPriority(new)]
        raise DomainError(f"Priorität: die Meldung hat bereits „{label}“.", field="Priorität")
    text = _clean(reason, "Grund der Änderung", MAX_TEXT, required=True)
    moment = now or utcnow()
    old = ticket.priority
    due_at = deadline_for(session, ticket.reported_at, new)  # reads settings: before changes
    secured_due = _secured_due(session, moment)
    hazard = new == TicketPriority.IMMEDIATE.value
    ticket.priority = new
    ticket.due_at = due_at
    if hazard and not ticket.is_safety_hazard:
        ticket.secured_due_at = secured_due
    elif not hazard:
        ticket.secured_due_at = ticket.secured_at = None
    ticket.is_safety_hazard = hazard
    add_event(session, ticket, actor, TicketEventKind.PRIORITY, moment, note=text,
           data={"from": old, "to": new, "due_at": ticket.due_at.isoformat()})


EDITABLE = {"title": "Titel", "description": "Beschreibung", "category": "Gewerk",
            "unit_id": "Wohneinheit", "reporter_note": "Gemeldet von"}


def edit(session: Session, actor: Actor, ref: TicketRef | int, changes: dict[str, Any], *,
         now: datetime | None = None) -> None:
    """Correct title, description, category, unit or reporter; the event keeps old → new."""
    ticket = load_for_change(session, actor, ref)
    _require_party(actor, ticket, "Eine Meldung bearbeiten")
    _require_open(ticket, "Bearbeiten")
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    cleaned: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "title":
            value = _clean(value, "Titel", MAX_TITLE, required=True)
        elif key in ("description", "reporter_note"):
            value = _clean(value, EDITABLE[key], MAX_TEXT if key == "description" else 200)
        elif key == "category":
            value = _code(value, TicketCategory, "Gewerk")
        elif value is not None:
            unit = session.get(Unit, value)
            if unit is None or unit.facility_id != ticket.facility_id:
                raise DomainError("Wohneinheit: gehört nicht zu dieser Unterkunft.",
                                  field="Wohneinheit")
        if getattr(ticket, key) != value:
            cleaned[key] = value
    if not cleaned:
        return
    diff = {key: [_plain(getattr(ticket, key)), _plain(value)] for key, value in cleaned.items()}
    for key, value in cleaned.items():
        setattr(ticket, key, value)
    add_event(session, ticket, actor, TicketEventKind.EDIT, now or utcnow(),
           note="Geändert: " + ", ".join(EDITABLE[key] for key in cleaned), data=diff)


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value
