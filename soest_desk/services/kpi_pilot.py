"""Pilot evaluation (Pilotauswertung): did the facilities in the pilot change more than the
others? A difference-in-differences comparison of the office's key figures. No Qt.

Groups and windows, for a period [start, end] (both days included):

- Facilities counted: those in use (active; an ended facility's places no longer count, so
  its figures could not be compared), not private housing offers, within the chosen
  facilities and the actor's.
- Pilot: the facilities marked with a pilot group and a pilot start ("Pilotgruppe",
  "Pilotstart") whose start lies in the period after its first day and by C = min(end,
  today), the last day known. Several groups are pooled; if their starts differ, the
  earliest start S counts for all (and the evaluation says so in its notes). A marked
  facility whose start lies outside (already piloting on the first day, or starting later)
  belongs to neither group – it is neither "before" nor "without" – and is named in the
  notes, as is a pilot facility ended since. Comparison ("Vergleich"): every other facility
  counted.
- Before ("vorher") = [start, S − 1 day]; after ("nachher") = [S, C].
- Each of the four cells (pilot/comparison × before/after) is one KPI computed over that
  window and that group's facilities together, exactly as `services/kpis.py` defines it; a
  window is evaluated as at its own end (the ticket KPIs' cut-off, the length of stay's last
  counted day).

The figures (each cell also carries the number n of people or tickets behind it):

- Verweildauer: Kaplan–Meier median in days (`length_of_stay` with delayed entry: someone
  who moved in before the window enters the estimate at the age they had on its first day,
  so the median follows the moving-out in the window, not the years before); n =
  residences (people present in the window). Lower is better.
- Auszüge in eigene Wohnung je 100 Bewohner*innen und Monat: the moves into an own flat in
  the window (`own_flat_moves`, people) × 100 × 30.4375 ÷ the person-days of the same
  residences in the window (`StayLength.days_in_period`) – moves per 100 residents per
  month of 30.4375 days; n = residences as above. A rate, not the 6-/12-month share: a
  window shorter than six months has no cohort. Higher is better.
- Durchlaufzeit: median days reported → closed of the tickets reported in the window
  (`ticket_turnaround`); n = closed tickets. Lower is better.
- Anteil fristgerecht in % (`deadline_share` × 100); n = decided tickets (closed, or open
  and overdue). Higher is better.
- Instandhaltungskosten je Platz und Monat in € (`maintenance_cost`); n = tickets with
  cost booked in the window. Lower is better.
- Nachbarschaftsmeldungen je 100 Bewohner*innen und Monat (`reports_per_100_residents`,
  all kinds); n = residences as above. Lower is better for complaints; the figure counts
  every report, so read it with the categories in the Nachbarschaft report.

Change = after − before in each group; difference in differences (DiD) = change of the
pilot − change of the comparison: the part of the pilot's change that the others did not
have as well. For a share the change is in percentage points. A cell without a value (no
residences, median not reached, no closed ticket) leaves its change and the DiD empty.

Too small to mean much: a cell with fewer than `MIN_PEOPLE` (30) people or `MIN_TICKETS` (20)
tickets behind it, or a rate built on fewer than `MIN_EVENTS` (5) events (moves, reports);
the figure then carries a German warning naming the cell. The DiD is descriptive: no
significance test, no adjustment for who lives where.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility
from soest_desk.models.enums import FacilityKind
from soest_desk.services import kpis
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.kpi_neighbourhood import DAYS_PER_MONTH
from soest_desk.services.kpi_stays import report_scope
from soest_desk.services.permissions import Actor, Permission, require

MIN_PEOPLE = 30
MIN_TICKETS = 20
MIN_EVENTS = 5
PEOPLE, TICKETS = "Personen", "Tickets"
GROUPS = ("Pilot", "Vergleich")
WINDOWS = ("vorher", "nachher")


@dataclass(frozen=True)
class PilotFacility:
    id: int
    name: str
    group: str | None  # the pilot group; None for a comparison facility
    start: date | None


@dataclass(frozen=True)
class Cell:
    """One group in one window: the figure, the people or tickets behind it (`n`) and, for a
    rate, the events it counts (`events`: moves, reports)."""

    value: float | None
    n: int
    events: int | None = None


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    unit: str  # "Tage", "%", "€", "je 100 Bew. und Monat"
    basis: str  # PEOPLE or TICKETS: what n counts
    lower_is_better: bool
    pilot_before: Cell
    pilot_after: Cell
    other_before: Cell
    other_after: Cell

    @property
    def cells(self) -> tuple[tuple[str, str, Cell], ...]:
        """(group, window, cell) in the order pilot before, pilot after, other before, after."""
        return (("Pilot", "vorher", self.pilot_before), ("Pilot", "nachher", self.pilot_after),
                ("Vergleich", "vorher", self.other_before),
                ("Vergleich", "nachher", self.other_after))

    @property
    def change_pilot(self) -> float | None:
        return _change(self.pilot_before, self.pilot_after)

    @property
    def change_other(self) -> float | None:
        return _change(self.other_before, self.other_after)

    @property
    def did(self) -> float | None:
        """(pilot after − pilot before) − (comparison after − comparison before)."""
        if self.change_pilot is None or self.change_other is None:
            return None
        return self.change_pilot - self.change_other

    @property
    def minimum(self) -> int:
        return MIN_PEOPLE if self.basis == PEOPLE else MIN_TICKETS

    @property
    def small_cells(self) -> tuple[str, ...]:
        """The cells too small to mean much, e.g. "Pilot vorher: 12 Personen"."""
        found = []
        for group, window, cell in self.cells:
            if cell.n < self.minimum:
                found.append(f"{group} {window}: {cell.n} {self.basis}")
            elif cell.events is not None and cell.events < MIN_EVENTS:
                found.append(f"{group} {window}: {cell.events} Ereignisse")
        return tuple(found)

    @property
    def warning(self) -> str | None:
        """E.g. "Wenig Daten (Pilot vorher: 12 Personen) – die Zahl sagt wenig."."""
        small = self.small_cells
        if not small:
            return None
        return f"Wenig Daten ({'; '.join(small)}) – die Zahl sagt wenig."

    @property
    def verdict(self) -> str:
        """In words: whether the pilot developed better or worse than the comparison."""
        if self.did is None:
            return "nicht berechenbar"
        if abs(self.did) < 1e-9:
            return "gleich entwickelt"
        better = (self.did < 0) == self.lower_is_better
        return "Pilot besser entwickelt" if better else "Pilot schlechter entwickelt"


def _change(before: Cell, after: Cell) -> float | None:
    if before.value is None or after.value is None:
        return None
    return after.value - before.value


@dataclass(frozen=True)
class PilotEvaluation:
    start: date
    end: date
    pilot_start: date  # S
    last_day: date  # C = min(end, today)
    before: tuple[date, date]
    after: tuple[date, date]
    pilots: tuple[PilotFacility, ...]
    others: tuple[PilotFacility, ...]
    figures: tuple[Figure, ...]
    notes: tuple[str, ...]  # e.g. differing starts

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(f"{f.label}: {f.warning}" for f in self.figures if f.warning)


def _facilities(session: Session, scope: set[int] | None
                ) -> tuple[list[PilotFacility], list[PilotFacility], list[PilotFacility]]:
    """(marked facilities in use, unmarked ones in use, marked ones ended since)."""
    rows = session.execute(
        select(Facility.id, Facility.name, Facility.pilot_group, Facility.pilot_start,
               Facility.active)
        .where(Facility.kind != FacilityKind.PRIVATE_OFFER.value)
        .order_by(Facility.name, Facility.id)).all()
    marked, others, ended = [], [], []
    for fid, name, group, start, active in rows:
        if scope is not None and fid not in scope:
            continue
        if group and start is not None:
            (marked if active else ended).append(PilotFacility(fid, name, group, start))
        elif active:
            others.append(PilotFacility(fid, name, None, None))
    return marked, others, ended


def evaluate_pilot(session: Session, actor: Actor, start: date, end: date,
                   facility_ids: list[int] | tuple[int, ...] | None = None, *,
                   now: datetime | None = None) -> PilotEvaluation:
    """The pilot evaluation for [start, end] (see the module docstring). Raises a German
    DomainError when no facility is in the pilot, none is left to compare with, or the pilot
    start does not split the period."""
    require(actor, Permission.EXPORT_REPORTS)
    if end < start:
        raise DomainError("Zeitraum: das Ende liegt vor dem Anfang.", field="Zeitraum")
    today = office_today(now) if now is not None else office_today()
    last_day = min(end, today)
    marked, others, ended = _facilities(session, report_scope(actor, facility_ids))
    if not marked:
        closed = (f" ({_starts(ended)}: inzwischen beendet und nicht mehr gezählt)"
                  if ended else "")
        raise DomainError(f"Keine der gewählten Unterkünfte in Betrieb ist als Pilot markiert"
                          f"{closed}. Bitte zuerst bei der Unterkunft Pilotgruppe und "
                          "Pilotstart eintragen.")
    pilots = [p for p in marked if p.start is not None and start < p.start <= last_day]
    apart = [p for p in marked if p not in pilots]
    if not pilots:
        closed = f"; beendet: {_starts(ended)}" if ended else ""
        raise DomainError(
            f"Zeitraum: keine Pilotunterkunft beginnt nach dem {start:%d.%m.%Y} und bis zum "
            f"{last_day:%d.%m.%Y} ({_starts(apart)}{closed}). Der Zeitraum muss vor dem "
            "Pilotstart "
            "beginnen, damit es ein „vorher“ gibt, und darf erst danach enden, damit es ein "
            "„nachher“ gibt.", field="Zeitraum")
    if not others:
        raise DomainError("Zum Vergleich fehlt eine Unterkunft ohne Pilot – bitte weitere "
                          "Unterkünfte wählen.")
    pilot_start = min(p.start for p in pilots if p.start is not None)
    before = (start, pilot_start - timedelta(days=1))
    after = (pilot_start, last_day)
    notes = []
    if apart:
        notes.append(f"Nicht gezählt, weil ihr Pilot nicht im Zeitraum beginnt: "
                     f"{_starts(apart)}.")
    if ended:
        notes.append(f"Nicht gezählt, weil inzwischen beendet: {_starts(ended)}.")
    starts = sorted({p.start for p in pilots if p.start is not None})
    if len(starts) > 1:
        notes.append("Die Pilotunterkünfte beginnen an verschiedenen Tagen ("
                     + ", ".join(f"{d:%d.%m.%Y}" for d in starts)
                     + f"); gerechnet wird für alle ab dem frühesten, {pilot_start:%d.%m.%Y}.")
    groups = {"pilot": [p.id for p in pilots], "other": [o.id for o in others]}
    cells: dict[tuple[str, int], dict[str, Cell]] = {}
    for group, ids in groups.items():
        for index, window in enumerate((before, after)):
            cells[(group, index)] = _cells(session, actor, ids, window, today, now)
    figures = tuple(
        Figure(key, label, unit, basis, lower,
               cells[("pilot", 0)][key], cells[("pilot", 1)][key],
               cells[("other", 0)][key], cells[("other", 1)][key])
        for key, label, unit, basis, lower in FIGURES)
    return PilotEvaluation(start, end, pilot_start, last_day, before, after, tuple(pilots),
                           tuple(others), figures, tuple(notes))


def _starts(facilities: list[PilotFacility]) -> str:
    return ", ".join(f"{p.name} ab {p.start:%d.%m.%Y}" for p in facilities
                     if p.start is not None)


FIGURES: tuple[tuple[str, str, str, str, bool], ...] = (
    ("stay", "Verweildauer, Median", "Tage", PEOPLE, True),
    ("own_flat", "Auszüge in eigene Wohnung", "je 100 Bew. und Monat", PEOPLE, False),
    ("turnaround", "Durchlaufzeit Mängel, Median", "Tage", TICKETS, True),
    ("deadline", "Anteil fristgerecht", "%", TICKETS, False),
    ("cost", "Instandhaltungskosten je Platz und Monat", "€", TICKETS, True),
    ("neighbourhood", "Nachbarschaftsmeldungen", "je 100 Bew. und Monat", PEOPLE, True),
)


def _per_100_month(events: int, person_days: int) -> float | None:
    """events per 100 residents per month: events × 100 × 30.4375 ÷ person-days."""
    if person_days <= 0:
        return None
    return events * 100 * DAYS_PER_MONTH / person_days


def _cells(session: Session, actor: Actor, ids: list[int], window: tuple[date, date],
           today: date, now: datetime | None) -> dict[str, Cell]:
    a, b = window
    stays = kpis.length_of_stay(session, actor, a, b, ids, today=today,
                                delayed_entry=True).total
    people = stays.residences
    moves = kpis.own_flat_moves(session, actor, a, b, ids, today=today).total
    turnaround = kpis.ticket_turnaround(session, actor, a, b, ids, now=now).total
    deadline = kpis.deadline_share(session, actor, a, b, ids, now=now).total
    cost = kpis.maintenance_cost(session, actor, a, b, ids).total
    reports = kpis.reports_per_100_residents(session, actor, a, b, ids).total
    share = None if deadline.share is None else float(deadline.share) * 100
    return {
        "stay": Cell(None if stays.median_days is None else float(stays.median_days), people),
        "own_flat": Cell(_per_100_month(moves.people, stays.days_in_period), people,
                         moves.people),
        "turnaround": Cell(turnaround.median_days, turnaround.closed),
        "deadline": Cell(share, deadline.decided),
        "cost": Cell(None if cost.per_place_month_eur is None
                     else float(cost.per_place_month_eur), cost.tickets),
        "neighbourhood": Cell(reports.per_100, people, reports.reports),
    }
