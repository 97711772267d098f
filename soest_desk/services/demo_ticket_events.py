"""The history of a demo ticket: a path through the workflow of DESIGN.md, timed and voiced.

A path is the list of states a ticket passed through, starting with "reported" and ending in
its current state. Every step is a transition the workflow allows; its time comes from a
log-normal duration per step and priority, squeezed when the ticket is too young for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

from soest_desk.models.enums import TicketPriority, TicketState, WaitingReason
from soest_desk.services.demo_context import DemoContext

REPORTED, QUERY, ACCEPTED, IN_PROGRESS, WAITING, RESOLVED, CLOSED, CANCELLED = (
    state.value for state in TicketState
)
IMMEDIATE, URGENT, NORMAL, LOW = (priority.value for priority in TicketPriority)
PRIORITY_INDEX = {IMMEDIATE: 0, URGENT: 1, NORMAL: 2, LOW: 3}
# median hours spent before the step, per priority (immediate, urgent, normal, low)
STEP_HOURS = {
    (REPORTED, ACCEPTED): (0.5, 6, 24, 48),
    (REPORTED, QUERY): (0.5, 5, 18, 36),
    (QUERY, REPORTED): (2, 12, 20, 30),
    (REPORTED, CANCELLED): (1, 12, 24, 30),
    (ACCEPTED, CANCELLED): (4, 24, 48, 60),
    (ACCEPTED, IN_PROGRESS): (2, 20, 72, 140),
    (IN_PROGRESS, WAITING): (1, 3, 4, 6),
    (WAITING, IN_PROGRESS): (24, 72, 120, 150),
    (IN_PROGRESS, RESOLVED): (3, 8, 16, 24),
    (RESOLVED, CLOSED): (6, 24, 40, 60),
    (RESOLVED, ACCEPTED): (6, 24, 30, 40),
}
DUPLICATE_NOTE = "Doppelte Meldung"
NOTES = {
    (REPORTED, QUERY): (
        "Rückfrage: Bitte die genaue Lage des Mangels angeben.",
        "Rückfrage: Bitte ein Foto ergänzen.",
        "Rückfrage: Ist die Wohneinheit tagsüber zugänglich?",
        "Rückfrage: Betrifft der Mangel mehrere Zimmer?",
    ),
    (QUERY, REPORTED): (
        "Antwort: Angaben ergänzt.", "Antwort: Foto nachgereicht.",
        "Antwort: Zugang werktags ab 8 Uhr möglich.",
    ),
    (ACCEPTED, IN_PROGRESS): (None, "Arbeiten begonnen.", "Material vor Ort, Reparatur begonnen."),
    (IN_PROGRESS, RESOLVED): (
        "Erledigt: Defekt behoben, Funktion geprüft.", "Erledigt: Bauteil ersetzt.",
        "Erledigt: Reparatur abgeschlossen, Bereich gereinigt.",
        "Erledigt: Ursache beseitigt, Nachkontrolle in zwei Wochen.",
    ),
    (RESOLVED, CLOSED): (
        "Vor Ort abgenommen.", "Abgenommen, Bewohner*innen bestätigen die Reparatur.",
        "Abgenommen bei der Begehung.",
    ),
    (RESOLVED, ACCEPTED): (
        "Abgelehnt: Mangel besteht weiterhin.", "Abgelehnt: Reparatur unvollständig.",
        "Abgelehnt: Fehler tritt nach zwei Tagen wieder auf.",
    ),
    (REPORTED, CANCELLED): (
        "Storniert: kein Mangel feststellbar.", "Storniert: von Bewohner*innen selbst behoben.",
        "Storniert: fällt in die Zuständigkeit des Vermieters.",
    ),
    (ACCEPTED, CANCELLED): (
        "Storniert: Austausch im Rahmen der Sanierung geplant.",
        "Storniert: Mangel bei Vor-Ort-Termin nicht bestätigt.",
    ),
}
WAITING_NOTES = {
    WaitingReason.MATERIAL.value: ("Wartet auf Material: Ersatzteil bestellt.",
                                   "Weiter: Material eingetroffen."),
    WaitingReason.CONTRACTOR.value: ("Wartet auf Fremdfirma: Termin angefragt.",
                                     "Weiter: Fremdfirma vor Ort."),
    WaitingReason.ACCESS.value: ("Wartet auf Zugang: Bewohner*innen nicht angetroffen.",
                                 "Weiter: Zugang ermöglicht."),
}
SECURED_NOTES = ("Gefahrenstelle abgesperrt.", "Bereich gesichert und beschildert.",
                 "Vorläufig gesichert, Reparatur beauftragt.")
COMMENTS = (
    "Bewohner*innen informiert.", "Termin mit der Firma für nächste Woche vereinbart.",
    "Foto nachgereicht.", "Bitte vorher anrufen, mittags schläft ein Kleinkind.",
    "Nachfrage der Heimleitung zum Stand.", "Schlüssel liegt im Büro der Heimleitung.",
)
WAITING_REASONS = tuple(reason.value for reason in WaitingReason)


@dataclass
class Step:
    """One event. `role` says whose move it was: "site" (Heimleitung) or "service"."""

    at: datetime
    kind: str
    from_state: str | None
    to_state: str | None
    role: str
    note: str | None = None
    waiting_reason: str | None = None


def path_to(ctx: DemoContext, target: str, duplicate: bool) -> list[str]:
    path = [REPORTED]
    if duplicate:
        return [*path, CANCELLED]
    if target == QUERY or ctx.chance(0.08):
        path.append(QUERY)
        if target == QUERY:
            return path
        path.append(REPORTED)
    if target == REPORTED:
        return path
    if target == CANCELLED:
        return [*path, CANCELLED] if ctx.chance(0.6) else [*path, ACCEPTED, CANCELLED]
    path.append(ACCEPTED)
    if ctx.chance(0.08):  # rework: the first repair was rejected on site
        path += [IN_PROGRESS, RESOLVED, ACCEPTED]
    if target == ACCEPTED:
        return path
    path.append(IN_PROGRESS)
    if target == WAITING or ctx.chance(0.2):
        path.append(WAITING)
        if target == WAITING:
            return path
        path.append(IN_PROGRESS)
    if target == IN_PROGRESS:
        return path
    path.append(RESOLVED)
    return path if target == RESOLVED else [*path, CLOSED]


def timed_steps(
    ctx: DemoContext, path: list[str], priority: str, reported_at: datetime, duplicate: bool
) -> list[Step]:
    """Transition events along `path`, strictly increasing in time and before `ctx.now`."""
    index = PRIORITY_INDEX[priority]
    hours = [
        ctx.lognormal(STEP_HOURS[(a, b)][index] if not duplicate else 3, 0.8)
        for a, b in pairwise(path)
    ]
    available = (ctx.now - reported_at).total_seconds() / 3600 - 1 / 60
    if sum(hours) > 0.9 * available:
        factor = 0.9 * available / sum(hours)
        hours = [h * factor for h in hours]
    steps = [Step(reported_at, "transition", None, REPORTED, "site")]
    moment = reported_at
    reason = None
    for (previous, state), duration in zip(pairwise(path), hours, strict=True):
        moment = max(moment + timedelta(minutes=1), moment + timedelta(hours=duration))
        moment = moment.replace(second=0, microsecond=0)
        role = "service"
        note = _note(ctx, previous, state, duplicate)
        if state == WAITING:
            reason = ctx.pick(WAITING_REASONS)
            note = WAITING_NOTES[reason][0]
        elif previous == WAITING:
            note = WAITING_NOTES[reason][1]
            role = "site" if reason == WaitingReason.ACCESS.value else "service"
        if state == CLOSED or (previous == QUERY) or (previous, state) == (RESOLVED, ACCEPTED):
            role = "site"
        if state == CANCELLED and previous == REPORTED and ctx.chance(0.5):
            role = "site"
        steps.append(Step(moment, "transition", previous, state, role, note,
                          reason if state == WAITING else None))
    return steps


def _note(ctx: DemoContext, previous: str, state: str, duplicate: bool) -> str | None:
    if duplicate:
        return DUPLICATE_NOTE
    notes = NOTES.get((previous, state))
    return ctx.pick(notes) if notes else None


def add_extras(
    ctx: DemoContext, steps: list[Step], secure: bool, open_ticket: bool
) -> datetime | None:
    """Add some comments and, if `secure`, the "secured" step of a hazard; returns when the
    hazard was secured (None if it was not, or would be only after now)."""
    end = ctx.now - timedelta(minutes=1) if open_ticket else steps[-1].at
    secured_at = None
    first = steps[0].at
    if secure:
        moment = first + timedelta(hours=ctx.lognormal(1.5, 0.7))
        if moment >= end and not open_ticket:  # a finished hazard was secured on the way
            moment = first + (end - first) / 2
        moment = moment.replace(second=0, microsecond=0)
        step = Step(moment, "secured", None, None, "site", ctx.pick(SECURED_NOTES))
        if first < moment < end and _insert(steps, step, ctx.now):
            secured_at = step.at
    if ctx.chance(0.25):
        for _ in range(ctx.rng.randint(1, 2)):
            span = int((end - first).total_seconds() // 60)
            if span > 2:
                moment = first + timedelta(minutes=ctx.rng.randint(1, span - 1))
                role = "site" if ctx.chance(0.5) else "service"
                _insert(steps, Step(moment, "comment", None, None, role, ctx.pick(COMMENTS)),
                        ctx.now)
    return secured_at


def _insert(steps: list[Step], extra: Step, limit: datetime) -> bool:
    """Put `extra` in time order at a minute no other step has; False if that is too late."""
    taken = {step.at for step in steps}
    while extra.at in taken:
        extra.at += timedelta(minutes=1)
    if extra.at >= limit:
        return False
    position = len(steps)
    while position > 0 and steps[position - 1].at > extra.at:
        position -= 1
    steps.insert(position, extra)
    return True
