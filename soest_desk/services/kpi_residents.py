"""The residents-and-cases KPIs in one place: occupancy, length of stay, moves into own
tenancy, caseload and readiness. No Qt; the reports, the dashboard and the pilot evaluation
read these functions and nothing else.

Length of stay and moves into own tenancy live in `kpi_stays` (re-exported here). Dates are
`date`s; stays are half-open (present from the move-in day, gone on the move-out day). All
figures are aggregates: counts, days and shares, never a resident's name. Nothing is rounded
here; the reports round for display.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soest_desk.models import Case, Person, Stay, Unit
from soest_desk.models.enums import CaseStatus
from soest_desk.services import follow_ups, occupancy, readiness
from soest_desk.services.capacity import current_stay
from soest_desk.services.clock import office_today
from soest_desk.services.follow_ups import WorkerLoad
from soest_desk.services.kpi_stays import (
    OwnFlatMoves,
    OwnFlatReport,
    StayLength,
    StayLengths,
    kaplan_meier_median,
    length_of_stay,
    own_flat_moves,
)
from soest_desk.services.permissions import Actor, Permission, require

__all__ = [
    "CaseloadKpis", "OccupancyKpi", "OccupancyKpis", "OwnFlatMoves", "OwnFlatReport",
    "ReadinessCounts", "StayLength", "StayLengths", "caseload_and_readiness",
    "kaplan_meier_median", "length_of_stay", "occupancy_at", "occupancy_over",
    "own_flat_moves",
]


# ---------------------------------------------------------------- occupancy

@dataclass(frozen=True)
class OccupancyKpi:
    facility_id: int | None  # None: all facilities together
    name: str
    places: float  # at a date whole numbers; over a period daily averages
    blocked: float
    occupied: float

    @property
    def free(self) -> float:
        """places − blocked − occupied (negative when over-full)."""
        return self.places - self.blocked - self.occupied

    @property
    def rate(self) -> float | None:
        """occupied ÷ (places − blocked) × 100; None without allocable places."""
        allocable = self.places - self.blocked
        return None if allocable <= 0 else 100.0 * self.occupied / allocable


@dataclass(frozen=True)
class OccupancyKpis:
    start: date
    end: date  # included; the same day for a single date
    days: int
    facilities: tuple[OccupancyKpi, ...]
    total: OccupancyKpi


def _total(rows: tuple[OccupancyKpi, ...]) -> OccupancyKpi:
    return OccupancyKpi(None, "Gesamt", sum(r.places for r in rows),
                        sum(r.blocked for r in rows), sum(r.occupied for r in rows))


def occupancy_at(session: Session, actor: Actor, day: date,
                 facility_ids: Iterable[int] | None = None) -> OccupancyKpis:
    """Occupancy (Belegung) on `day`, per facility and in total (`occupancy.at_date`).

    Facilities: the active ones with places (private housing offers are not), within the
    filter and the actor's facilities ("Unterkünfte ansehen"). places: the places of their
    active units; blocked: places blocked on `day`; occupied: people with a stay covering
    `day` (move-in day ≤ day < move-out day); free = places − blocked − occupied;
    rate = occupied ÷ (places − blocked) × 100. The total adds the facilities' figures and
    takes the rate of the sums (not the average of the rates).
    """
    rows = tuple(OccupancyKpi(f.facility_id, f.name, float(f.figures.places),
                              float(f.figures.blocked), float(f.figures.occupied))
                 for f in occupancy.at_date(session, actor, day, facility_ids))
    return OccupancyKpis(day, day, 1, rows, _total(rows))


def occupancy_over(session: Session, actor: Actor, start: date, end: date,
                   facility_ids: Iterable[int] | None = None) -> OccupancyKpis:
    """Occupancy averaged over the days from `start` to `end`, both included
    (`occupancy.over_period`): for each day the figures of `occupancy_at`, then each
    figure's sum over the days ÷ the number of days (places: the units' places today, the
    same on every day). free and rate follow from the averages: rate = average occupied ÷
    (average places − average blocked) × 100, which equals occupied person-days ÷ allocable
    place-days. Planned stays and blocks after today count on their days.
    """
    rows = tuple(OccupancyKpi(f.facility_id, f.name, f.places_avg, f.blocked_avg,
                              f.occupied_avg)
                 for f in occupancy.over_period(session, actor, start, end, facility_ids))
    return OccupancyKpis(start, end, (end - start).days + 1, rows, _total(rows))


# ---------------------------------------------------------------- caseload and readiness

@dataclass(frozen=True)
class ReadinessCounts:
    below_half: int  # met × 2 < required (also: no required item applies)
    half_or_more: int  # at least half met, not ready (50–99 %)
    ready: int  # every required, applicable item met

    @property
    def cases(self) -> int:
        return self.below_half + self.half_or_more + self.ready


@dataclass(frozen=True)
class CaseloadKpis:
    day: date
    open_cases: int  # in the filter
    people: int  # active members of their households
    readiness: ReadinessCounts
    by_facility: tuple[tuple[int, ReadinessCounts], ...]  # (facility id, counts)
    target: int  # people per social worker (1:target)
    workers: tuple[WorkerLoad, ...]  # the whole office (`follow_ups.caseload`)
    unassigned_cases: int  # the whole office
    residents: int  # living in facilities on `day`, the whole office

    @property
    def ready_households(self) -> int:
        return self.readiness.ready

    @property
    def actual_ratio(self) -> float | None:
        """Residents per social worker (None without social workers)."""
        return self.residents / len(self.workers) if self.workers else None


def _counts(values: Iterable[tuple[int, int]]) -> ReadinessCounts:
    below = half = ready = 0
    for met, required in values:
        if required > 0 and met == required:
            ready += 1
        elif met * 2 >= required > 0:
            half += 1
        else:
            below += 1
    return ReadinessCounts(below, half, ready)


def caseload_and_readiness(session: Session, actor: Actor, day: date | None = None,
                           facility_ids: Iterable[int] | None = None) -> CaseloadKpis:
    """Caseload and tenancy readiness on `day` (default today); "Fälle ansehen" needed.

    - open cases: cases not closed (open, active, dormant); people: the active members of
      their households. With a facility filter (or for a social worker: their facilities)
      only cases whose household has a member living in one of those facilities on `day`.
    - readiness of each open case as the case list computes it (`readiness.readiness_columns`
      on `day`: met = required items met and not expired; required = required items not
      "entfällt"): ready when met = required > 0; "50–99 %" when met × 2 ≥ required and not
      ready; "under 50 %" otherwise (exact fractions, not the rounded percent). ready
      households = ready cases (one open case per household).
    - by facility: the same counts for each facility where the household lives on `day` (a
      household split over two facilities counts in both; one living nowhere only in the
      total).
    - per social worker, target, unassigned cases and residents: `follow_ups.caseload` for
      the whole office (staff names, no residents).
    """
    require(actor, Permission.VIEW_CASES)
    day = day or office_today()
    wanted = actor.facilities_within(Permission.VIEW_CASES, facility_ids)
    load = follow_ups.caseload(session, actor, day)
    columns = readiness.readiness_columns(readiness.required_keys(session), Case.id, day)
    rows = session.execute(
        select(Case.id, Case.household_id, columns["readiness_met"],
               columns["readiness_required"])
        .where(Case.status != CaseStatus.CLOSED.value)).all()
    living: dict[int, set[int]] = defaultdict(set)
    for household_id, facility_id in session.execute(
            select(Person.household_id, Unit.facility_id)
            .join(Stay, Stay.person_id == Person.id).join(Unit, Stay.unit_id == Unit.id)
            .where(Person.household_id.is_not(None), current_stay(Stay, day))):
        living[household_id].add(facility_id)
    kept = [r for r in rows if wanted is None or living[r.household_id] & wanted]
    members = dict(session.execute(
        select(Person.household_id, func.count(Person.id))
        .where(Person.active.is_(True), Person.household_id.is_not(None))
        .group_by(Person.household_id)).all())
    per_facility: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for row in kept:
        for facility_id in living[row.household_id]:
            if wanted is None or facility_id in wanted:
                per_facility[facility_id].append((row[2], row[3]))
    return CaseloadKpis(
        day, len(kept), sum(members.get(r.household_id, 0) for r in kept),
        _counts((r[2], r[3]) for r in kept),
        tuple((fid, _counts(v)) for fid, v in sorted(per_facility.items())),
        load.target, tuple(load.workers), load.unassigned_cases, load.residents)
