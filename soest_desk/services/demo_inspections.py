"""Demo site inspections: about twelve weeks of walks per facility, most of them weekly,
a few facilities every two weeks, a few overdue, and now and then a defect that became a
ticket linked to its inspection (a safety item as "Sofort (Verkehrssicherheit)").

Written after everything else, with the same random source and bulk writer, so the other
demo rows stay exactly as they were.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from soest_desk.models.enums import InspectionResult
from soest_desk.services import ticket_rules
from soest_desk.services.demo_context import BulkWriter, DemoContext, Weighted, at
from soest_desk.services.demo_names import CONTRACTORS
from soest_desk.services.demo_places import MF, PO, FacilityPlan
from soest_desk.services.demo_staff import StaffPlan
from soest_desk.services.demo_ticket_events import (
    ACCEPTED,
    CLOSED,
    IMMEDIATE,
    IN_PROGRESS,
    NORMAL,
    REPORTED,
    RESOLVED,
    Step,
    add_extras,
    timed_steps,
)
from soest_desk.services.demo_tickets import CONTRACTORS_FOR, DUE_WORKING_DAYS, SECURED_HOURS
from soest_desk.services.shared_settings import SETTINGS
from soest_desk.services.working_days import deadline_after

HISTORY_DAYS = 84  # twelve weeks
LONG_INTERVAL = 14  # a few quiet facilities are walked every two weeks
DEFECT_CHANCE = 0.02  # per item and walk
SAFETY_DEFECT_CHANCE = 0.01
PLAYGROUND = "Spielplatz und Spielgeräte"
PATH = (REPORTED, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED)
STATE_BY_AGE = (  # a defect's ticket by days since the walk: older ones are mostly done
    (3, Weighted([(REPORTED, 5), (ACCEPTED, 4)])),
    (14, Weighted([(ACCEPTED, 3), (IN_PROGRESS, 3), (RESOLVED, 3), (CLOSED, 4)])),
    (10**6, Weighted([(IN_PROGRESS, 4), (RESOLVED, 6), (CLOSED, 90)])),
)
DEFECT_NOTES = {
    "Fluchtwege und Notausgänge frei": (
        "Notausgang im EG durch abgestellte Kinderwagen versperrt.",
        "Fluchtweg im 1. OG mit Sperrmüll zugestellt.",
        "Notausgangstür hinten klemmt und lässt sich nur schwer öffnen.",
    ),
    "Feuerlöscher vorhanden und geprüft": (
        "Feuerlöscher im 2. OG fehlt.", "Prüfplakette des Feuerlöschers im EG abgelaufen.",
        "Feuerlöscher im Keller entleert, Plombe fehlt.",
    ),
    "Rauchmelder funktionsfähig": (
        "Rauchmelder im Flur 1. OG piept (Batterie schwach).",
        "Rauchmelder in der Gemeinschaftsküche abgeklebt.",
    ),
    "Beleuchtung Treppenhaus und Flure": (
        "Treppenhausbeleuchtung zwischen 1. und 2. OG ausgefallen.",
        "Zeitschalter im Flur EG schaltet nach wenigen Sekunden ab.",
    ),
    "Treppen, Geländer und Bodenbeläge ohne Stolperstellen": (
        "Stufenkante im Treppenhaus abgebrochen, Stolpergefahr.",
        "Bodenbelag im Flur 1. OG wellt sich.", "Handlauf am Kellerabgang lose.",
    ),
    "Außenanlage und Zuwege": (
        "Gehwegplatten am Eingang angehoben.", "Hecke ragt in den Zuweg, Rückschnitt nötig.",
        "Außenleuchte am Fahrradstellplatz defekt.",
    ),
    PLAYGROUND: (
        "Schaukelkette stark verschlissen.", "Fallschutzsand unter dem Klettergerüst fehlt.",
        "Holzsplitter am Spielhaus.",
    ),
    "Sanitäranlagen (Dichtigkeit, Warmwasser)": (
        "Waschbecken im Gemeinschaftsbad 1. OG undicht.", "Kein Warmwasser in den Duschen EG.",
    ),
    "Müllplatz und Sauberkeit der Gemeinschaftsräume": (
        "Müllplatz überfüllt, Sperrmüll neben den Tonnen.",
        "Gemeinschaftsküche stark verschmutzt.",
    ),
    "Hinweise auf Schädlingsbefall": (
        "Mäusekot im Vorratsraum.", "Schaben in der Gemeinschaftsküche gesichtet.",
    ),
}
GENERIC_NOTES = ("Mangel bei der Begehung festgestellt, bitte prüfen.",)
GENERAL_NOTES = (
    "Begehung gemeinsam mit dem Hausmeister.", "Bewohner*innen auf Mülltrennung hingewiesen.",
    "Brandschutzordnung im Treppenhaus erneuert.", "Keine Besonderheiten.",
    "Rückfragen der Bewohner*innen zur Heizung beantwortet.",
)


def write_inspections(
    ctx: DemoContext, writer: BulkWriter, facilities: list[FacilityPlan], staff: StaffPlan
) -> None:
    checklist: list[dict[str, Any]] = SETTINGS["inspection_checklist"].default
    sites = [f for f in facilities if f.kind != PO and staff.site_managers.get(f.id)]
    if not sites:
        return
    # executemany takes its columns from the first row of a batch: the buffered tickets of
    # demo_tickets have no inspection_id, so they go out before the first ticket of a walk
    writer.flush("tickets")
    longer = {f.id for f in ctx.rng.sample(sites, min(len(sites), ctx.scaled(2)))}
    overdue = {f.id for f in ctx.rng.sample(sites, min(max(1, len(sites) // 3),
                                                       ctx.scaled(2)))}
    for facility in sites:
        interval = LONG_INTERVAL if facility.id in longer else 7
        if facility.id in longer:
            writer.add("inspection_plans", {"facility_id": facility.id,
                                            "interval_days": interval, "active": True})
        playground = facility.kind != MF and ctx.chance(0.6)
        days = _walk_days(ctx, interval, facility.id in overdue)
        for day in days:
            # the last walk before an overdue gap found something that is still open
            forced = facility.id in overdue and day == days[-1]
            _inspection(ctx, writer, staff, facility, day, checklist, playground, forced)


def _walk_days(ctx: DemoContext, interval: int, overdue: bool) -> list[date]:
    """The days of the walks, oldest first; the newest is within the interval unless the
    facility is overdue."""
    rng = ctx.rng
    if overdue:
        day = ctx.today - timedelta(days=interval + rng.randint(2, 12))
    else:
        day = ctx.today - timedelta(days=rng.randint(1, interval - 1))
    days = []
    while day >= ctx.today - timedelta(days=HISTORY_DAYS):
        days.append(day)
        day -= timedelta(days=interval + rng.choice((-1, 0, 0, 0, 1)))
    return days[::-1]


def _inspection(
    ctx: DemoContext, writer: BulkWriter, staff: StaffPlan, facility: FacilityPlan, day: date,
    checklist: list[dict[str, Any]], playground: bool, forced: bool,
) -> None:
    rng = ctx.rng
    performer = ctx.pick(staff.site_managers[facility.id])
    recorded_at = at(day, rng.randint(7, 14), rng.randint(0, 59))
    inspection_id = writer.add("inspections", {
        "facility_id": facility.id, "performed_on": day, "recorded_at": recorded_at,
        "performed_by_id": performer,
        "note": ctx.pick(GENERAL_NOTES) if ctx.chance(0.2) else None,
    })
    forced_position = rng.randint(1, len(checklist)) if forced else None
    for position, item in enumerate(checklist, start=1):
        applicable = playground or item["label"] != PLAYGROUND
        chance = SAFETY_DEFECT_CHANCE if item["safety"] else DEFECT_CHANCE
        note = ticket_id = None
        if not applicable:
            result = InspectionResult.NOT_APPLICABLE.value
        elif position == forced_position or ctx.chance(chance):
            result = InspectionResult.DEFECT.value
            note = ctx.pick(DEFECT_NOTES.get(item["label"], GENERIC_NOTES))
            ticket_id = _defect_ticket(ctx, writer, staff, facility, recorded_at, performer,
                                       item, note, inspection_id, keep_open=forced)
        else:
            result = InspectionResult.OK.value
        writer.add("inspection_items", {
            "inspection_id": inspection_id, "position": position, "label": item["label"],
            "category": item["category"], "is_safety": item["safety"], "result": result,
            "note": note, "ticket_id": ticket_id,
        })


def _defect_ticket(
    ctx: DemoContext, writer: BulkWriter, staff: StaffPlan, facility: FacilityPlan,
    reported_at: datetime, reporter: int, item: dict[str, Any], note: str, inspection_id: int,
    *, keep_open: bool,
) -> int:
    rng = ctx.rng
    hazard = bool(item["safety"])
    priority = IMMEDIATE if hazard else NORMAL
    age = (ctx.now - reported_at).days
    target = next(table for limit, table in STATE_BY_AGE if age < limit).draw(rng)
    if keep_open and target == CLOSED:
        target = ACCEPTED
    path = list(PATH[:PATH.index(target) + 1])
    steps = timed_steps(ctx, path, priority, reported_at, False)
    open_ticket = target != CLOSED
    secured_at = add_extras(ctx, steps, hazard, open_ticket)  # the Heimleitung secures at once
    service = staff.by_role["property_service"]
    assignee_user = assignee_external = None
    if ACCEPTED in path:
        if ctx.chance(0.6):
            assignee_user = ctx.pick(service)
        else:
            assignee_external = ctx.pick(CONTRACTORS_FOR.get(item["category"]) or CONTRACTORS)
    dispatcher = assignee_user or ctx.pick(service)
    due_at = deadline_after(reported_at, DUE_WORKING_DAYS[priority])
    final = [step for step in steps if step.kind == "transition"][-1]
    ticket_id = writer.add("tickets", {
        "facility_id": facility.id, "unit_id": None, "category": item["category"],
        "priority": priority, "state": target, "title": f"Begehung: {item['label']}"[:200],
        "description": note, "is_safety_hazard": hazard, "reported_at": reported_at,
        "reported_by_id": reporter,
        "reporter_note": f"Begehung vom {reported_at:%d.%m.%Y}",
        "assignee_user_id": assignee_user, "assignee_external": assignee_external,
        "due_at": due_at,
        "secured_due_at": reported_at + timedelta(hours=SECURED_HOURS) if hazard else None,
        "secured_at": secured_at, "waiting_reason": None, "waiting_until": None,
        "updated_at": max(step.at for step in steps), "duplicate_of_id": None,
        "inspection_id": inspection_id, "closed_at": None if open_ticket else final.at,
    })
    assignee = staff.names.get(assignee_user or 0) or assignee_external
    owner: str | None = ticket_rules.whose_move(REPORTED).value
    for step in steps:
        if step.to_state is not None:
            role = ticket_rules.whose_move(step.to_state)
            owner = role.value if role else None
        _event(writer, ticket_id, step, reporter if step.role == "site" else dispatcher,
               owner, _event_data(step, priority, due_at, assignee))
    return ticket_id


def _event_data(step: Step, priority: str, due_at: datetime, assignee: str | None
                ) -> dict[str, Any] | None:
    if step.kind != "transition":
        return None
    if step.from_state is None:
        return {"priority": priority, "due_at": due_at.isoformat()}
    if (step.from_state, step.to_state) == (REPORTED, ACCEPTED):
        return {"assignee": assignee}
    return None


def _event(writer: BulkWriter, ticket_id: int, step: Step, actor: int, owner: str | None,
           data: dict[str, Any] | None) -> None:
    writer.add("ticket_events", {
        "ticket_id": ticket_id, "at": step.at, "actor_id": actor, "kind": step.kind,
        "from_state": step.from_state, "to_state": step.to_state, "note": step.note,
        "owner_role": owner, "waiting_reason": None, "data": data,
    })
