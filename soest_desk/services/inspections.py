"""Site inspections (Begehungen): the Heimleitung's regular safety walk through a facility.

`record_inspection` writes one inspection with a result for every item of the shared
checklist; each "Mangel" becomes a ticket linked to the inspection (a safety item as
"Sofort (Verkehrssicherheit)"), all in the caller's transaction: a refused item changes
nothing. Records are evidence of the duty of care and are never edited (there is no update).
`inspection_status` says per facility when the last walk was, when the next is due and
whether it is overdue; a facility never inspected is due since today and counts as overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Inspection, InspectionItem, InspectionPlan, Ticket
from soest_desk.models.base import utcnow
from soest_desk.models.enums import (
    FINAL_TICKET_STATES,
    FacilityKind,
    InspectionResult,
    TicketPriority,
)
from soest_desk.services import shared_settings, tickets
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.users import display_names
from soest_desk.services.validation import check_storable_text

MAX_NOTE = 5000
MAX_BACKDATE_DAYS = 31  # a walk is recorded soon after; older evidence is not entered later
MIN_INTERVAL_DAYS, MAX_INTERVAL_DAYS = 1, 366
TITLE_PREFIX = "Begehung: "
DATE_FIELD = "Datum der Begehung"
INTERVAL_FIELD = "Begehung alle (Tage)"
RESULT_CODES = frozenset(result.value for result in InspectionResult)
FINAL_STATES = tuple(state.value for state in FINAL_TICKET_STATES)
UNKNOWN_PERSON = "unbekannt"


@dataclass(frozen=True)
class ChecklistItem:
    position: int  # 1, 2, … in the order of the shared checklist
    label: str
    category: str  # a TicketCategory code: the trade of a ticket for this item
    safety: bool  # a defect here is a safety hazard (Verkehrssicherheit)


@dataclass(frozen=True)
class ItemResult:
    position: int
    label: str  # as shown when the form was opened: a changed checklist is refused
    result: str  # an InspectionResult code
    note: str | None = None


@dataclass(frozen=True)
class FacilityInspectionStatus:
    facility_id: int
    facility_name: str
    interval_days: int
    last_performed_on: date | None
    last_inspection_id: int | None
    next_due_on: date | None  # None: the schedule of this facility is paused
    overdue: bool
    days_overdue: int  # 0 unless overdue; a facility never inspected: 0 (due today)
    due_in_days: int | None  # days until the next walk is due: 0 today, < 0 late, None paused
    open_defects: int  # open tickets created by inspections of this facility
    may_record: bool  # the actor is the Heimleitung here


@dataclass(frozen=True)
class InspectionSummary:
    id: int
    performed_on: date
    performed_by: str
    defects: int


@dataclass(frozen=True)
class RecordItem:
    position: int
    label: str
    category: str
    is_safety: bool
    result: str
    note: str | None
    ticket_id: int | None
    ticket_state: str | None  # a TicketState code; None without ticket or without the right


@dataclass(frozen=True)
class InspectionRecord:
    """The evidence of one walk: who, when, where and what each item showed."""

    id: int
    facility_id: int
    facility_name: str
    performed_on: date
    recorded_at: datetime
    performed_by: str
    note: str | None
    items: tuple[RecordItem, ...]

    @property
    def defects(self) -> int:
        return sum(1 for item in self.items if item.result == InspectionResult.DEFECT.value)


def checklist(session: Session) -> list[ChecklistItem]:
    """The current checklist (shared setting), numbered from 1."""
    return [ChecklistItem(position, item["label"], item["category"], bool(item["safety"]))
            for position, item in enumerate(
                shared_settings.get(session, "inspection_checklist"), start=1)]


def may_record(actor: Actor, facility_id: int) -> bool:
    """Only the Heimleitung of the facility walks it (it reports the defects it finds)."""
    return actor.can_at(Permission.REPORT_TICKETS, facility_id)


def _german_date(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def _inspected_facility(session: Session, facility_id: int, *, lock: bool = False) -> Facility:
    query = select(Facility).where(Facility.id == facility_id)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()  # one inspection of a facility at a time
    facility = session.scalars(query).first()
    if facility is None or not facility.active:
        raise DomainError("Unterkunft: diese Unterkunft gibt es nicht (mehr).", field="Unterkunft")
    if facility.kind == FacilityKind.PRIVATE_OFFER.value:
        raise DomainError("Unterkunft: private Wohnraumangebote werden nicht begangen.",
                          field="Unterkunft")
    return facility


def _clean_note(text: str | None, label: str) -> str | None:
    value = (text or "").strip()
    if len(value) > MAX_NOTE:
        raise DomainError(f"{label}: höchstens {MAX_NOTE} Zeichen (jetzt {len(value)}).",
                          field=label)
    check_storable_text(value, label)  # a NUL would reach the defect's ticket too
    return value or None


def _check_date(session: Session, facility_id: int, performed_on: date | None,
                today: date) -> None:
    if performed_on is None:
        raise DomainError(f"{DATE_FIELD}: bitte angeben.", field=DATE_FIELD)
    if performed_on > today:
        raise DomainError(f"{DATE_FIELD}: der {_german_date(performed_on)} liegt in der "
                          "Zukunft.", field=DATE_FIELD)
    if performed_on < today - timedelta(days=MAX_BACKDATE_DAYS):
        raise DomainError(f"{DATE_FIELD}: eine Begehung wird spätestens {MAX_BACKDATE_DAYS} "
                          "Tage danach erfasst.", field=DATE_FIELD)
    previous = session.scalar(select(func.max(Inspection.performed_on))
                              .where(Inspection.facility_id == facility_id))
    if previous is not None and performed_on == previous:  # e.g. two workstations at once
        raise DomainError(f"{DATE_FIELD}: für diese Unterkunft ist am "
                          f"{_german_date(previous)} bereits eine Begehung erfasst.",
                          field=DATE_FIELD)
    if previous is not None and performed_on < previous:
        raise DomainError(f"{DATE_FIELD}: für diese Unterkunft ist schon eine spätere Begehung "
                          f"erfasst (am {_german_date(previous)}).", field=DATE_FIELD)


def _checked_results(items: list[ChecklistItem], results: list[ItemResult]
                     ) -> list[tuple[ChecklistItem, str, str | None]]:
    """Every checklist item with its result and note, or a German DomainError naming it."""
    given: dict[int, ItemResult] = {}
    by_position = {item.position: item for item in items}
    for result in results:
        item = by_position.get(result.position)
        if item is None or item.label != result.label or result.position in given:
            raise DomainError("Die Checkliste der Begehung wurde inzwischen geändert. Bitte "
                              "schließen Sie das Formular und erfassen Sie die Begehung neu.")
        given[result.position] = result
    checked = []
    for item in items:
        result = given.get(item.position)
        if result is None or result.result not in RESULT_CODES:
            raise DomainError(f"„{item.label}“: bitte ein Ergebnis wählen (in Ordnung, Mangel "
                              "oder entfällt).", field=item.label)
        note = _clean_note(result.note, f"„{item.label}“")
        if result.result == InspectionResult.DEFECT.value and note is None:
            raise DomainError(f"„{item.label}“: bei einem Mangel bitte beschreiben, was nicht "
                              "in Ordnung ist.", field=item.label)
        checked.append((item, result.result, note))
    return checked


def record_inspection(
    session: Session, actor: Actor, facility_id: int, performed_on: date | None,
    results: list[ItemResult], note: str | None = None, *, now: datetime | None = None,
) -> int:
    """Record a walk; every defect becomes a ticket linked to it. Returns the inspection id.

    Raises PermissionDenied or DomainError (German, naming the item) and writes nothing."""
    if not may_record(actor, facility_id):
        raise PermissionDenied("Eine Begehung erfassen darf nur die Heimleitung der Unterkunft. "
                               f"Ihre Rolle: {actor.role_labels}.")
    facility = _inspected_facility(session, facility_id, lock=True)
    moment = now or utcnow()
    _check_date(session, facility.id, performed_on, office_today(moment))
    assert performed_on is not None
    checked = _checked_results(checklist(session), results)
    general_note = _clean_note(note, "Bemerkung")

    inspection = Inspection(facility_id=facility.id, performed_on=performed_on,
                            recorded_at=moment, performed_by_id=actor.user_id,
                            note=general_note)
    session.add(inspection)
    session.flush()
    for item, result, item_note in checked:
        ticket_id = None
        if result == InspectionResult.DEFECT.value:
            priority = TicketPriority.IMMEDIATE if item.safety else TicketPriority.NORMAL
            ticket_id = tickets.report(session, actor, tickets.NewTicket(
                facility_id=facility.id, title=(TITLE_PREFIX + item.label)[:tickets.MAX_TITLE],
                category=item.category, priority=priority.value, description=item_note,
                reporter_note=f"Begehung vom {_german_date(performed_on)}",
                inspection_id=inspection.id,
            ), now=moment)
        session.add(InspectionItem(
            inspection_id=inspection.id, position=item.position, label=item.label,
            category=item.category, is_safety=item.safety, result=result, note=item_note,
            ticket_id=ticket_id,
        ))
    session.flush()
    return inspection.id


def set_interval(session: Session, actor: Actor, facility_id: int, days: Any) -> int:
    """How often the facility is walked (days); a manager decides. Returns the days stored."""
    require(actor, Permission.EDIT_FACILITIES, facility_id)
    if (isinstance(days, bool) or not isinstance(days, int)
            or not MIN_INTERVAL_DAYS <= days <= MAX_INTERVAL_DAYS):
        raise DomainError(f"{INTERVAL_FIELD}: bitte eine ganze Zahl von {MIN_INTERVAL_DAYS} bis "
                          f"{MAX_INTERVAL_DAYS} angeben.", field=INTERVAL_FIELD)
    facility = _inspected_facility(session, facility_id, lock=True)  # two managers at once
    plan = session.scalars(select(InspectionPlan)
                           .where(InspectionPlan.facility_id == facility.id)).first()
    if plan is None:
        session.add(InspectionPlan(facility_id=facility.id, interval_days=days, active=True))
    else:
        plan.interval_days = days
        plan.active = True
    session.flush()
    return days


def inspection_status(session: Session, actor: Actor, today: date | None = None
                      ) -> list[FacilityInspectionStatus]:
    """Per facility the actor may see: last walk, next due, overdue; most overdue first."""
    require(actor, Permission.VIEW_FACILITIES)
    today = today or office_today()
    scope = actor.facility_scope(Permission.VIEW_FACILITIES)
    query = select(Facility.id, Facility.name).where(
        Facility.active.is_(True), Facility.kind != FacilityKind.PRIVATE_OFFER.value)
    if scope is not None:
        query = query.where(Facility.id.in_(scope))
    facilities = session.execute(query.order_by(Facility.name)).all()
    ids = [row.id for row in facilities]
    if not ids:
        return []
    default_interval = shared_settings.get(session, "inspection_interval_days")
    plans = {row.facility_id: (row.interval_days, row.active) for row in session.execute(
        select(InspectionPlan.facility_id, InspectionPlan.interval_days, InspectionPlan.active)
        .where(InspectionPlan.facility_id.in_(ids)))}
    latest = (select(Inspection.facility_id, func.max(Inspection.performed_on).label("day"))
              .where(Inspection.facility_id.in_(ids)).group_by(Inspection.facility_id)
              .subquery())
    last = {row.facility_id: (row.day, row.inspection_id) for row in session.execute(
        select(Inspection.facility_id, latest.c.day,
               func.max(Inspection.id).label("inspection_id"))
        .join(latest, and_(Inspection.facility_id == latest.c.facility_id,
                           Inspection.performed_on == latest.c.day))
        .group_by(Inspection.facility_id, latest.c.day))}
    defects = dict(session.execute(
        select(Ticket.facility_id, func.count()).where(
            Ticket.facility_id.in_(ids), Ticket.inspection_id.is_not(None),
            Ticket.state.not_in(FINAL_STATES)).group_by(Ticket.facility_id)).all())

    statuses = []
    for facility_id, name in facilities:
        interval, active = plans.get(facility_id, (default_interval, True))
        last_day, last_id = last.get(facility_id, (None, None))
        next_due = None
        if active:
            next_due = today if last_day is None else last_day + timedelta(days=interval)
        days_late = (today - next_due).days if next_due is not None else 0
        overdue = next_due is not None and (last_day is None or days_late > 0)
        statuses.append(FacilityInspectionStatus(
            facility_id=facility_id, facility_name=name, interval_days=interval,
            last_performed_on=last_day, last_inspection_id=last_id, next_due_on=next_due,
            overdue=overdue, days_overdue=max(days_late, 0) if overdue else 0,
            due_in_days=-days_late if next_due is not None else None,
            open_defects=defects.get(facility_id, 0), may_record=may_record(actor, facility_id),
        ))
    statuses.sort(key=lambda s: (not s.overdue, -s.days_overdue,
                                 s.next_due_on or date.max, s.facility_name))
    return statuses


def inspections_of(session: Session, actor: Actor, facility_id: int, limit: int = 100
                   ) -> list[InspectionSummary]:
    """The latest walks of a facility, newest first."""
    require(actor, Permission.VIEW_FACILITIES, facility_id)
    defects = (select(func.count()).where(
        InspectionItem.inspection_id == Inspection.id,
        InspectionItem.result == InspectionResult.DEFECT.value).scalar_subquery())
    rows = session.execute(
        select(Inspection.id, Inspection.performed_on, Inspection.performed_by_id,
               defects.label("defects"))
        .where(Inspection.facility_id == facility_id)
        .order_by(Inspection.performed_on.desc(), Inspection.id.desc()).limit(limit)).all()
    names = display_names(session, {row.performed_by_id for row in rows})
    return [InspectionSummary(row.id, row.performed_on,
                              names.get(row.performed_by_id, UNKNOWN_PERSON), row.defects)
            for row in rows]


def inspection_record(session: Session, actor: Actor, inspection_id: int) -> InspectionRecord:
    """The evidence view of one walk, with each defect's ticket and its current state."""
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise DomainError(f"Die Begehung Nr. {inspection_id} gibt es nicht.")
    require(actor, Permission.VIEW_FACILITIES, inspection.facility_id)
    facility = session.get(Facility, inspection.facility_id)
    items = session.scalars(select(InspectionItem).where(
        InspectionItem.inspection_id == inspection.id).order_by(InspectionItem.position)).all()
    states: dict[int, str] = {}
    ticket_ids = [item.ticket_id for item in items if item.ticket_id is not None]
    if ticket_ids and actor.can_at(Permission.VIEW_TICKETS, inspection.facility_id):
        states = dict(session.execute(select(Ticket.id, Ticket.state)
                                      .where(Ticket.id.in_(ticket_ids))).all())
    names = display_names(session, {inspection.performed_by_id})
    return InspectionRecord(
        id=inspection.id, facility_id=inspection.facility_id,
        facility_name=facility.name if facility else "",
        performed_on=inspection.performed_on, recorded_at=inspection.recorded_at,
        performed_by=names.get(inspection.performed_by_id or 0, UNKNOWN_PERSON),
        note=inspection.note,
        items=tuple(RecordItem(item.position, item.label, item.category, item.is_safety,
                               item.result, item.note, item.ticket_id,
                               states.get(item.ticket_id or 0))
                    for item in items),
    )
