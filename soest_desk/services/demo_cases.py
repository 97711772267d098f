"""Demo social-work cases: status, goals, readiness checklist, notes and follow-ups."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from soest_desk.models.enums import (
    CaseNoteKind,
    CaseOutcome,
    CaseStatus,
    MoveOutReason,
    OccupancyType,
    OfferStatus,
)
from soest_desk.services.allocation import HouseholdProfile, Member, PlaceProfile, unit_refusals
from soest_desk.services.demo_context import BulkWriter, DemoContext, Weighted, at
from soest_desk.services.demo_names import CASE_NOTE_TEMPLATES
from soest_desk.services.demo_people import HouseholdPlan
from soest_desk.services.demo_places import FacilityPlan
from soest_desk.services.demo_staff import StaffPlan
from soest_desk.services.shared_settings import DEFAULT_READINESS_CHECKLIST, SETTINGS

CASE_SHARE = 0.6
READINESS_KEYS = (
    "residence_title", "rent_cost_assumption", "no_rent_arrears", "credit_report", "wbs",
    "bank_account", "german_level", "household_management", "flat_search",
)
NOT_APPLICABLE = {"rent_cost_assumption": 0.08, "credit_report": 0.05, "wbs": 0.1,
                  "german_level": 0.03}
EVIDENCE = {
    ("german_level", "met"): ("Zertifikat B1 (DTZ)", "Zertifikat A2", "Zertifikat B2 (telc)"),
    ("german_level", "in_progress"): ("Integrationskurs, Modul 4", "Sprachkurs A2 läuft"),
    ("bank_account", "met"): ("Girokonto vorhanden", "Basiskonto eröffnet"),
    ("credit_report", "met"): ("SCHUFA-Auskunft ohne Negativeinträge",),
    ("wbs", "met"): ("WBS erteilt",),
    ("rent_cost_assumption", "met"): ("Mietübernahmebescheinigung des Jobcenters liegt vor",),
    ("flat_search", "in_progress"): ("Bewerbungen über Wohnungsportale und Zeitung",),
}
OUTCOMES = {
    MoveOutReason.OWN_FLAT.value: CaseOutcome.OWN_FLAT.value,
    MoveOutReason.REDISTRIBUTION.value: CaseOutcome.MOVED_AWAY.value,
    MoveOutReason.OTHER_MUNICIPALITY.value: CaseOutcome.MOVED_AWAY.value,
    MoveOutReason.RETURN.value: CaseOutcome.MOVED_AWAY.value,
}
NOTE_KINDS = Weighted([
    (CaseNoteKind.CONSULTATION.value, 35), (CaseNoteKind.PHONE.value, 25),
    (CaseNoteKind.HOME_VISIT.value, 15), (CaseNoteKind.ACCOMPANIMENT.value, 15),
    (CaseNoteKind.OTHER.value, 10),
])
NOTE_MINUTES = {"consultation": (20, 90), "home_visit": (30, 120), "phone": (5, 30),
                "accompaniment": (60, 180), "other": (5, 60)}
SETTLED_STATUS = Weighted([  # cases older than a month of households still present
    (CaseStatus.ACTIVE.value, 72), (CaseStatus.DORMANT.value, 12),
    (CaseStatus.CLOSED.value, 8), (CaseStatus.OPEN.value, 8),
])
FOLLOW_UP_SUBJECTS = (
    "Verlängerung Aufenthaltstitel prüfen", "WBS-Antrag nachhalten",
    "Unterlagen für das Jobcenter nachreichen", "Rückmeldung Vermieter abwarten",
    "Kita-Anmeldung nachfragen", "Sprachkursbeginn bestätigen",
    "SCHUFA-Auskunft anfordern", "Termin Schuldnerberatung nachhalten",
    "Wohnungsbewerbungen durchsehen", "Bescheid Familienkasse prüfen",
)


OTHER = CaseOutcome.OTHER.value


class ReservedOffers:
    """The demo's reserved housing offers, each handed to one ready household it fits by
    the flat search's own rules."""

    def __init__(self, facilities: list[FacilityPlan]) -> None:
        self.free = [f for f in facilities
                     if f.offer.get("offer_status") == OfferStatus.RESERVED.value and f.units]

    def take(self, household: HouseholdPlan, today: date) -> int | None:
        profile = HouseholdProfile(tuple(
            Member(0, m.given, m.sex, m.age_on(today), m.role, m.needs_barrier_free,
                   m.has_pets, m.smoker) for m in household.members))
        min_area = float(SETTINGS["min_area_per_person_m2"].default)
        for index, offer in enumerate(self.free):
            unit = offer.units[0]
            place = PlaceProfile(unit.places, float(unit.area), unit.barrier_free,
                                 OccupancyType.MIXED.value, offer.pets_allowed,
                                 offer.smoking_allowed)
            if not unit_refusals(profile, place, unit.places, profile.size, min_area):
                del self.free[index]
                return offer.id
        return None


def write_cases(
    ctx: DemoContext, writer: BulkWriter, households: list[HouseholdPlan], staff: StaffPlan,
    facilities: list[FacilityPlan],
) -> None:
    """Cases of about 60 % of the households of the last year; ready households of open
    cases hold the reserved housing offers that fit them (one each)."""
    offers = ReservedOffers(facilities)
    year_ago = ctx.today - timedelta(days=365)
    eligible = [h for h in households if h.leave is None or h.leave >= year_ago]
    chosen = [h for h in eligible if ctx.chance(CASE_SHARE)]
    if not chosen and eligible:
        chosen = eligible[:1]
    follow_ups = 0
    for household in chosen:
        follow_ups += _case(ctx, writer, household, staff, offers)
    if chosen and not follow_ups:
        writer.add("follow_ups", {
            "case_id": writer.counts["cases"], "due_on": ctx.today + timedelta(days=7),
            "subject": FOLLOW_UP_SUBJECTS[0], "done_on": None,
        })


def _case(ctx: DemoContext, writer: BulkWriter, household: HouseholdPlan, staff: StaffPlan,
          offers: ReservedOffers) -> int:
    rng = ctx.rng
    yesterday = ctx.today - timedelta(days=1)
    last_day = (household.leave or ctx.today) - timedelta(days=1)
    opened_on = min(last_day, household.arrival + timedelta(days=round(ctx.lognormal(21, 0.7))))
    opened_on = max(opened_on, household.arrival)
    facility = household.segments[-1][0].facility
    worker = ctx.pick(staff.social_workers[facility.id])
    closed_on = outcome = None
    age = (ctx.today - opened_on).days
    if household.leave is not None:
        status = CaseStatus.CLOSED.value
        closed_on = min(yesterday, household.leave + timedelta(days=rng.randint(0, 21)))
        outcome = OUTCOMES.get(household.reason or "", OTHER)
        progress = 0.9 if outcome == CaseOutcome.OWN_FLAT.value else 0.4
    elif age < 30:
        status = CaseStatus.OPEN.value if ctx.chance(0.7) else CaseStatus.ACTIVE.value
        progress = 0.05
    else:
        status = SETTLED_STATUS.draw(rng)
        progress = min(0.85, age / 540) + rng.uniform(-0.1, 0.1)
        if status == CaseStatus.DORMANT.value:
            progress *= 0.6
        if status == CaseStatus.CLOSED.value:
            closed_on = ctx.day_between(opened_on + timedelta(days=29), yesterday)
            outcome = CaseOutcome.NO_LONGER_NEEDED.value if ctx.chance(0.6) else OTHER
    period_end = closed_on or yesterday
    goals = _goals(ctx, household)
    items = _readiness(ctx, household, progress, opened_on, period_end)
    offer = None
    if status != CaseStatus.CLOSED.value and _ready(items, ctx.today):
        offer = offers.take(household, ctx.today)
    if status == CaseStatus.OPEN.value:
        items = []  # "offen": the checklist has not been started (that makes a case active)
    case_id = writer.add("cases", {
        "household_id": household.id, "social_worker_id": worker, "status": status,
        "goals": goals, "opened_on": opened_on, "closed_on": closed_on,
        "outcome": outcome, "housing_offer_id": offer,
    })
    for item in items:
        writer.add("readiness_items", {"case_id": case_id, **item})
    _notes(ctx, writer, case_id, worker, opened_on, period_end)
    return _follow_ups(ctx, writer, case_id, status, opened_on, period_end)


def _goals(ctx: DemoContext, household: HouseholdPlan) -> str:
    goals = ["Eigene Wohnung in Soest oder Umgebung finden"]
    ages = [m.age_on(ctx.today) for m in household.members]
    if any(age < 6 for age in ages):
        goals.append("Kita-Platz für das jüngste Kind sichern")
    if any(6 <= age < 18 for age in ages):
        goals.append("Schulbesuch der Kinder begleiten")
    if any(m.care_grade for m in household.members):
        goals.append("Pflegerische Versorgung sicherstellen")
    optional = ["Deutschkurs bis Niveau B1 abschließen", "Arbeitsaufnahme oder Ausbildung "
                "unterstützen", "Anerkennung des Berufsabschlusses klären",
                "Aufenthaltstitel rechtzeitig verlängern", "Offene Forderungen regulieren"]
    goals += ctx.rng.sample(optional, ctx.rng.randint(1, 2))
    return "; ".join(goals) + "."


def _ready(items: list[dict[str, Any]], today: date) -> bool:
    required = {i["key"] for i in DEFAULT_READINESS_CHECKLIST if i["required"]}
    applicable = [i for i in items
                  if i["item_key"] in required and i["state"] != "not_applicable"]
    return bool(applicable) and all(
        i["state"] == "met" and (i["expires_on"] is None or i["expires_on"] >= today)
        for i in applicable)


def _readiness(ctx: DemoContext, household: HouseholdPlan, progress: float,
               opened_on: date, period_end: date) -> list[dict[str, Any]]:
    items = []
    rng = ctx.rng
    for key in READINESS_KEYS:
        draw = rng.random()
        if ctx.chance(NOT_APPLICABLE.get(key, 0.0)):
            state = "not_applicable"
        elif draw < progress:
            state = "met"
        elif draw < progress + (1 - progress) * 0.45:
            state = "in_progress"
        else:
            state = "open"
        state_date = None if state == "open" else ctx.day_between(opened_on, period_end)
        expires_on = count_value = None
        if key == "residence_title" and state in ("met", "in_progress") and ctx.chance(0.6):
            expires_on = state_date + timedelta(days=rng.randint(90, 1095))
        elif key == "wbs" and state == "met":
            expires_on = state_date + timedelta(days=365)
        if key == "flat_search" and state != "not_applicable":
            count_value = {"met": rng.randint(5, 60), "in_progress": rng.randint(1, 40)}.get(
                state, 0)
        evidence = EVIDENCE.get((key, state))
        if key == "residence_title" and state == "met":
            section = "§ 24" if household.nationality == "UKR" else "§ 25 Abs. 2"
            evidence = (f"Aufenthaltserlaubnis nach {section} AufenthG",)
        items.append({
            "item_key": key, "state": state, "state_date": state_date,
            "expires_on": expires_on, "count_value": count_value,
            "evidence": ctx.pick(evidence) if evidence else None,
        })
    return items


def _notes(
    ctx: DemoContext, writer: BulkWriter, case_id: int, worker: int,
    opened_on: date, period_end: date,
) -> None:
    rng = ctx.rng
    months = (period_end - opened_on).days / 30
    count = min(15, max(2, 2 + int(months * rng.uniform(0.5, 1.3))))
    days = sorted([opened_on] + [ctx.day_between(opened_on, period_end) for _ in range(count - 1)])
    for day in days:
        kind = NOTE_KINDS.draw(rng)
        low, high = NOTE_MINUTES[kind]
        writer.add("case_notes", {
            "case_id": case_id, "author_id": worker, "note_date": day, "kind": kind,
            "duration_minutes": rng.randint(low, high) // 5 * 5 or 5,
            "text": ctx.pick(CASE_NOTE_TEMPLATES[kind]),
            "created_at": at(day, rng.randint(7, 15), rng.randint(0, 59)),
        })


def _follow_ups(
    ctx: DemoContext, writer: BulkWriter, case_id: int, status: str,
    opened_on: date, period_end: date,
) -> int:
    rng = ctx.rng
    yesterday = ctx.today - timedelta(days=1)
    rows = []
    if status != CaseStatus.CLOSED.value:
        for _ in range(rng.randint(0, 3)):
            due_on = max(opened_on, ctx.today + timedelta(days=rng.randint(-40, 45)))
            done_on = None
            if due_on < ctx.today and ctx.chance(0.5):
                done_on = ctx.day_between(max(opened_on, due_on - timedelta(days=10)), yesterday)
            elif due_on >= ctx.today and ctx.chance(0.1):
                done_on = ctx.day_between(max(opened_on, yesterday - timedelta(days=10)), yesterday)
            rows.append((due_on, done_on))
    elif ctx.chance(0.4):
        due_on = ctx.day_between(opened_on, period_end)
        rows.append((due_on, due_on))
    for due_on, done_on in rows:
        writer.add("follow_ups", {
            "case_id": case_id, "due_on": due_on, "subject": ctx.pick(FOLLOW_UP_SUBJECTS),
            "done_on": done_on,
        })
    return len(rows)
