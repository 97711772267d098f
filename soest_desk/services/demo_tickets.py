"""Demo defect tickets over two years: every state, hazards, duplicates, events and cost."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from soest_desk.models.enums import CostKind, TicketCategory, TicketState
from soest_desk.services import ticket_rules
from soest_desk.services.clock import office_today
from soest_desk.services.demo_context import (
    CENT,
    BulkWriter,
    DemoContext,
    Weighted,
    at,
    euros,
)
from soest_desk.services.demo_names import (
    CARETAKERS,
    CONTRACTORS,
    SAFETY_HAZARD_TEMPLATES,
    TICKET_TEMPLATES,
)
from soest_desk.services.demo_places import PO, FacilityPlan, UnitPlan
from soest_desk.services.demo_staff import StaffPlan
from soest_desk.services.demo_ticket_events import (
    ACCEPTED,
    CANCELLED,
    CLOSED,
    IMMEDIATE,
    LOW,
    NORMAL,
    REPORTED,
    RESOLVED,
    URGENT,
    Step,
    add_extras,
    path_to,
    timed_steps,
)
from soest_desk.services.shared_settings import SETTINGS
from soest_desk.services.working_days import deadline_after

TICKETS_PER_SCALE = 2000
HAZARD_SHARE = 0.03
PRIORITIES = Weighted([(URGENT, 15), (NORMAL, 62), (LOW, 20)])
CATEGORIES = Weighted([
    (TicketCategory.PLUMBING.value, 20), (TicketCategory.WINDOWS_DOORS.value, 15),
    (TicketCategory.ELECTRICAL.value, 12), (TicketCategory.HEATING.value, 12),
    (TicketCategory.FURNITURE.value, 12), (TicketCategory.CLEANING.value, 8),
    (TicketCategory.OUTDOOR.value, 6), (TicketCategory.OTHER.value, 6),
    (TicketCategory.PESTS.value, 5), (TicketCategory.FIRE_SAFETY.value, 4),
])
ALL_STATES = tuple(state.value for state in TicketState)
OPEN_STATES = frozenset(ALL_STATES) - {CLOSED, CANCELLED}
# current state by age of the ticket: older tickets are mostly done
STATE_BY_AGE = (
    (14, Weighted([("reported", 20), ("query", 6), ("accepted", 20), ("in_progress", 15),
                   ("waiting", 8), ("resolved", 10), ("closed", 16), ("cancelled", 5)])),
    (60, Weighted([("reported", 1), ("query", 1), ("accepted", 4), ("in_progress", 5),
                   ("waiting", 6), ("resolved", 5), ("closed", 72), ("cancelled", 6)])),
    # a small backlog: an office that uses the workflow closes old tickets
    (10**6, Weighted([("reported", 0.1), ("query", 0.1), ("accepted", 0.3), ("in_progress", 0.4),
                      ("waiting", 0.6), ("resolved", 0.4), ("closed", 91), ("cancelled", 7)])),
)
HAZARD_DONE = Weighted([("closed", 97), ("cancelled", 3)])  # hazards older than two weeks
# which firms take which kind of job, by words in their names
TRADES = {
    TicketCategory.ELECTRICAL.value: ("Elektro",),
    TicketCategory.PLUMBING.value: ("Sanitär",),
    TicketCategory.HEATING.value: ("Heizung", "Sanitär"),
    TicketCategory.WINDOWS_DOORS.value: ("Glaserei", "Tischlerei", "Schlüsseldienst"),
    TicketCategory.FIRE_SAFETY.value: ("Brandschutz", "Elektro"),
    TicketCategory.PESTS.value: ("Schädling",),
    TicketCategory.OUTDOOR.value: ("Garten", "Dachdecker"),
    TicketCategory.FURNITURE.value: ("Tischlerei",),
    TicketCategory.CLEANING.value: ("Reinigung",),
    TicketCategory.OTHER.value: ("Maler", "Dachdecker", "Tischlerei"),
}
CONTRACTORS_FOR = {
    category: tuple(c for c in CONTRACTORS if any(w.lower() in c.lower() for w in words))
    for category, words in TRADES.items()
}
DUE_WORKING_DAYS = SETTINGS["ticket_deadline_working_days"].default
SECURED_HOURS = SETTINGS["ticket_secured_within_hours"].default
REPORTER_NOTES = ("Anruf Nachbar", "Hinweis von Bewohner*in", "Bei Begehung festgestellt",
                  "Meldung Sicherheitsdienst", "E-Mail Hausmeisterdienst")
MATERIAL_NOTES = ("Material: Ersatzteile", "Material: Kleinteile", "Material laut Beleg")


@dataclass
class _Original:
    """A ticket a later duplicate can point to."""

    id: int
    facility: FacilityPlan
    reported_at: datetime
    category: str
    title: str
    description: str
    unit: UnitPlan | None
    priority: str


def write_tickets(
    ctx: DemoContext, writer: BulkWriter, facilities: list[FacilityPlan], staff: StaffPlan
) -> None:
    sites = [f for f in facilities if f.kind != PO]
    site_weights = Weighted([(f, f.places) for f in sites])
    count = ctx.scaled(TICKETS_PER_SCALE, minimum=24)
    reports = sorted(
        ((_reported_at(ctx), index, site_weights.draw(ctx.rng)) for index in range(count)),
        key=lambda report: (report[0], report[1]),
    )
    hazards = [ctx.chance(HAZARD_SHARE) for _ in reports]
    targets = _targets(ctx, [moment for moment, _, _ in reports], hazards)
    unsecured = [hazard and target in OPEN_STATES and ctx.chance(0.3)
                 for hazard, target in zip(hazards, targets, strict=True)]
    # a few hazards of the last days are still waiting to be made safe (and overdue)
    newest = range(max(0, count - max(16, count // 50)), count)
    fresh = [i for i in newest if targets[i] in (REPORTED, ACCEPTED) and not hazards[i]]
    for index in ctx.rng.sample(fresh, min(len(fresh), ctx.scaled(2))):
        hazards[index] = unsecured[index] = True
    recent: dict[int, list[_Original]] = {}
    for index, (reported_at, _, facility) in enumerate(reports):
        _ticket(ctx, writer, staff, facility, reported_at, hazards[index], unsecured[index],
                targets[index], recent)


def _reported_at(ctx: DemoContext) -> datetime:
    rng = ctx.rng
    day = ctx.window_start + timedelta(days=rng.randint(0, 729))
    hour = rng.randint(6, 15) if ctx.chance(0.8) else rng.randint(0, 23)
    moment = at(day, hour, rng.randint(0, 59))
    latest = ctx.now - timedelta(minutes=61)
    return moment if moment <= latest else latest - timedelta(minutes=rng.randint(0, 600))


def _targets(ctx: DemoContext, moments: list[datetime], hazards: list[bool]) -> list[str]:
    targets = []
    for moment, hazard in zip(moments, hazards, strict=True):
        age = (ctx.now - moment).days
        table = next(weights for limit, weights in STATE_BY_AGE if age < limit)
        if hazard and age >= 14:
            table = HAZARD_DONE
        targets.append(table.draw(ctx.rng))
    newest = range(max(0, len(targets) - max(16, len(targets) // 5)), len(targets))
    tally = Counter(targets)
    for state in ALL_STATES:  # every state shows up, even at the smallest scale
        if not tally[state]:
            spare = [i for i in newest if not hazards[i] and tally[targets[i]] > 1]
            chosen = ctx.pick(spare)
            tally[targets[chosen]] -= 1
            targets[chosen] = state
            tally[state] += 1
    return targets


def _ticket(
    ctx: DemoContext, writer: BulkWriter, staff: StaffPlan, facility: FacilityPlan,
    reported_at: datetime, hazard: bool, unsecured: bool, target: str,
    recent: dict[int, list[_Original]],
) -> None:
    rng = ctx.rng
    original = None
    if target == CANCELLED and not hazard and ctx.chance(0.35):
        since = reported_at - timedelta(days=30)
        original = next((o for o in reversed(recent.get(facility.id, []))
                         if o.reported_at >= since), None)
    unit = None
    if original is not None:
        category, title, description = original.category, original.title, original.description
        unit, priority = original.unit, original.priority
    elif hazard:
        category, title, description = ctx.pick(SAFETY_HAZARD_TEMPLATES)
        priority = IMMEDIATE
    else:
        category = CATEGORIES.draw(rng)
        title, description = ctx.pick(TICKET_TEMPLATES[category])
        priority = PRIORITIES.draw(rng)
        if "{unit}" in title + description:
            unit = ctx.pick(facility.units)
            title = title.replace("{unit}", unit.label)
            description = description.replace("{unit}", unit.label)

    site_managers = staff.site_managers[facility.id]
    reporter = ctx.pick(site_managers)
    service = staff.by_role["property_service"]
    path = path_to(ctx, target, original is not None)
    steps = timed_steps(ctx, path, priority, reported_at, original is not None)
    open_ticket = target not in (CLOSED, CANCELLED)
    secured_at = add_extras(ctx, steps, hazard and not unsecured, open_ticket)

    assignee_user = assignee_external = None
    if ACCEPTED in path:
        if ctx.chance(0.6):
            assignee_user = ctx.pick(service)
        else:
            trades = CONTRACTORS_FOR.get(category) or CONTRACTORS
            assignee_external = ctx.pick(trades) if ctx.chance(0.7) else ctx.pick(CARETAKERS)
    dispatcher = assignee_user or ctx.pick(service)
    due_at = deadline_after(reported_at, DUE_WORKING_DAYS[priority])
    final = [s for s in steps if s.kind == "transition"][-1]
    waiting_until = None
    if final.to_state == "waiting":  # most wait a few more days, some are due back today
        waiting_until = office_today(final.at) + timedelta(days=rng.randint(2, 21))
        if waiting_until < office_today(ctx.now) and ctx.chance(0.5):
            waiting_until = office_today(ctx.now) + timedelta(days=rng.randint(0, 10))
    last_at = max(step.at for step in steps)
    ticket_id = writer.add("tickets", {
        "facility_id": facility.id, "unit_id": unit.id if unit else None,
        "category": category, "priority": priority, "state": target, "title": title,
        "description": description, "is_safety_hazard": hazard, "reported_at": reported_at,
        "reported_by_id": reporter,
        "reporter_note": ctx.pick(REPORTER_NOTES) if ctx.chance(0.12) else None,
        "assignee_user_id": assignee_user, "assignee_external": assignee_external,
        "due_at": due_at,
        "secured_due_at": reported_at + timedelta(hours=SECURED_HOURS) if hazard else None,
        "secured_at": secured_at, "waiting_reason": final.waiting_reason,
        "waiting_until": waiting_until, "updated_at": last_at, "inspection_id": None,
        "duplicate_of_id": original.id if original else None,
        "closed_at": final.at if not open_ticket else None,
    })
    assignee_name = staff.names.get(assignee_user or 0) or assignee_external
    owner = ticket_rules.whose_move(REPORTED).value
    for step in steps:
        if step.to_state is not None:
            role = ticket_rules.whose_move(step.to_state, step.waiting_reason)
            owner = role.value if role else None
        _write_event(ctx, writer, ticket_id, step, reporter, site_managers, dispatcher,
                     assignee_name, due_at, owner)
    if target in (RESOLVED, CLOSED) and ctx.chance(0.7):
        resolved_on = next(s.at for s in steps if s.to_state == RESOLVED).date()
        _costs(ctx, writer, ticket_id, resolved_on, dispatcher, assignee_user, assignee_external,
               staff)
    if original is None and not hazard:
        recent.setdefault(facility.id, []).append(_Original(
            ticket_id, facility, reported_at, category, title, description, unit, priority))
        del recent[facility.id][:-20]


def _write_event(
    ctx: DemoContext, writer: BulkWriter, ticket_id: int, step: Step, reporter: int,
    site_managers: list[int], dispatcher: int, assignee_name: str | None, due_at: datetime,
    owner: str | None,
) -> None:
    if step.to_state == "reported" and step.from_state is None:
        actor = reporter
    elif step.role == "site":
        actor = reporter if ctx.chance(0.8) else ctx.pick(site_managers)
    else:
        actor = dispatcher
    note, data = step.note, None
    if (step.from_state, step.to_state) == ("reported", ACCEPTED):
        data = {"assignee": assignee_name}
    elif (step.from_state, step.to_state) == (RESOLVED, ACCEPTED):
        data = {"rework": True}
    elif step.from_state is None and step.kind == "transition":
        data = {"due_at": due_at.isoformat()}
    writer.add("ticket_events", {
        "ticket_id": ticket_id, "at": step.at, "actor_id": actor, "kind": step.kind,
        "from_state": step.from_state, "to_state": step.to_state, "note": note,
        "owner_role": owner, "waiting_reason": step.waiting_reason, "data": data,
    })


def _costs(
    ctx: DemoContext, writer: BulkWriter, ticket_id: int, booked_on: date, dispatcher: int,
    assignee_user: int | None, assignee_external: str | None, staff: StaffPlan,
) -> None:
    rng = ctx.rng
    rows = []
    if assignee_user is not None:
        hours = Decimal(rng.randint(2, 32)) / 4
        rate = Decimal(rng.randint(90, 130)) / 2
        rows.append((CostKind.LABOUR.value, f"Arbeitszeit {staff.names[assignee_user]}",
                     (hours * rate).quantize(CENT), hours.quantize(CENT), rate.quantize(CENT)))
        if ctx.chance(0.6):
            rows.append(_material(ctx))
    else:
        cents = min(500_000, max(10_000, round(ctx.lognormal(35_000, 0.9))))
        rows.append((CostKind.CONTRACTOR.value, f"Rechnung {assignee_external}", euros(cents),
                     None, None))
        if ctx.chance(0.2):
            rows.append(_material(ctx))
    for kind, description, amount, hours, rate in rows:
        writer.add("cost_entries", {
            "ticket_id": ticket_id, "kind": kind, "description": description,
            "amount_eur": amount, "hours": hours, "hourly_rate_eur": rate,
            "booked_on": booked_on, "created_by_id": dispatcher,
        })


def _material(ctx: DemoContext) -> tuple:
    cents = min(40_000, max(500, round(ctx.lognormal(4_000, 0.9))))
    return (CostKind.MATERIAL.value, ctx.pick(MATERIAL_NOTES), euros(cents), None, None)
