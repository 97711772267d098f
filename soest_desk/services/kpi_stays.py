"""Length of stay and moves into own tenancy: the KPIs that follow a resident's *residence*.

A residence is a person's uninterrupted time in the office's facilities: one stay, or several
stays chained by transfers without a gap (a stay that ended with the reason "Verlegung" on the
day the next stay of the same person began; the same rule as `stay_history.residence_start`,
which this module uses). Stays in private housing offers do not count: they are not the
office's facilities. Days are half-open as everywhere: a person is present from the move-in
day and gone on the move-out day, so a residence from 01.01. to 01.05. lasted 121 days in a
leap year (January 31 + February 29 + March 31 + April 30).

A period [start, end] includes both days. Its *last counted day* C is min(end, today): nothing
that lies after today is known yet. A residence belongs to a facility: the facility of its
last stay that began on or before C (where it ended, or where the person lives on C).

All figures are aggregates: counts and days, never names. Nothing here is rounded; the reports
round for display (days to whole days, shares to whole percent).
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Person, Stay, Unit
from soest_desk.models.enums import FacilityKind, MoveOutReason
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.stay_history import StayRecord, residence_start

REPORT_PERMISSIONS = (Permission.EXPORT_REPORTS, Permission.VIEW_CASES)


# ---------------------------------------------------------------- Kaplan–Meier

def kaplan_meier_median(durations: Sequence[int], observed: Sequence[bool],
                        entries: Sequence[int] | None = None) -> int | None:
    """The median duration by the Kaplan–Meier product-limit estimator.

    `durations[i]` is how long residence i lasted (observed[i] True: it ended then) or has
    lasted so far (observed[i] False: censored, still going on). At every duration t at which
    at least one residence ended, S(t) = S(before t) × (1 − ended at t ÷ at risk at t), where
    "at risk at t" counts every residence with a duration ≥ t, the ones censored at exactly t
    included (they were still present when the others ended). The median is the smallest t
    with S(t) ≤ ½, without interpolation; None when S never falls to ½ ("median not reached",
    e.g. when most people are still present) and for no residences at all. Exact fractions,
    so S = ½ exactly counts as reached.

    Delayed entry (left truncation): with `entries`, residence i is watched only from the age
    entries[i] on (e.g. its days present before a period began) and is at risk at t only when
    entries[i] ≤ t ≤ durations[i]; without, every entry is 0 and the rule above holds.
    """
    if len(durations) != len(observed):
        raise ValueError("durations and observed differ in length")
    starts = sorted(entries) if entries is not None else [0] * len(durations)
    if len(starts) != len(durations):
        raise ValueError("entries and durations differ in length")
    if entries is not None and any(e > d for e, d in zip(entries, durations, strict=True)):
        raise ValueError("a residence cannot enter the estimate after it ended")
    ended: dict[int, int] = defaultdict(int)
    for duration, event in zip(durations, observed, strict=True):
        if event:
            ended[duration] += 1
    lengths = sorted(durations)
    survival = Fraction(1)
    for t in sorted(ended):
        at_risk = bisect_right(starts, t) - bisect_left(lengths, t)
        survival *= 1 - Fraction(ended[t], at_risk)
        if survival <= Fraction(1, 2):
            return t
    return None


# ---------------------------------------------------------------- residences

@dataclass(frozen=True)
class Residence:
    person_id: int
    household_id: int | None  # the person's household now (membership has no history)
    start: date
    end: date | None  # the move-out day of its last stay (None: still present)
    reason: str | None  # the move-out reason of its last stay
    facility_id: int  # see the module docstring


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later, the month's last day where it has no
    such day (31.08.2024 + 6 months = 28.02.2025)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def residences(session: Session, last_day: date) -> list[Residence]:
    """Every residence that began on or before `last_day`, cut at `last_day`: stays that
    begin later are not read, so a residence continuing after it ends where its last stay
    (begun by then) ends, which lies after `last_day` (still present at `last_day`)."""
    rows = session.execute(
        select(Stay.id, Stay.person_id, Person.household_id, Stay.start_date, Stay.end_date,
               Stay.move_out_reason, Unit.facility_id, Unit.label, Facility.name)
        .join(Unit, Stay.unit_id == Unit.id).join(Facility, Unit.facility_id == Facility.id)
        .join(Person, Stay.person_id == Person.id)
        .where(Facility.kind != FacilityKind.PRIVATE_OFFER.value, Stay.start_date <= last_day)
        .order_by(Stay.person_id, Stay.start_date)).all()
    by_person: dict[int, list[StayRecord]] = defaultdict(list)
    facility_of: dict[int, int] = {}
    household_of: dict[int, int | None] = {}
    for row in rows:
        by_person[row.person_id].append(StayRecord(
            row.id, row.name, row.label, row.start_date, row.end_date, row.move_out_reason,
            False, 0))
        facility_of[row.id] = row.facility_id
        household_of[row.person_id] = row.household_id
    result = []
    for person_id, records in by_person.items():
        starts = {r.start for r in records}
        for record in records:
            continued = (record.end in starts
                         and record.move_out_reason == MoveOutReason.TRANSFER.value)
            if continued:
                continue
            began = residence_start(records, record.start)
            assert began is not None  # the record covers its own first day
            result.append(Residence(person_id, household_of[person_id], began, record.end,
                                    record.move_out_reason, facility_of[record.stay_id]))
    return result


def _period(start: date, end: date, today: date | None) -> date:
    if end < start:
        raise DomainError("Zeitraum: das Ende liegt vor dem Anfang.", field="Zeitraum")
    return min(end, today or office_today())


def report_scope(actor: Actor, facility_ids: Iterable[int] | None) -> set[int] | None:
    """The facilities the figures may cover (None: all): the actor needs "Berichte
    exportieren" or "Fälle ansehen"; social workers see only their facilities."""
    permitted = [p for p in REPORT_PERMISSIONS if actor.can(p)]
    if not permitted:
        require(actor, Permission.EXPORT_REPORTS)  # raises, naming the permission
    scopes = [actor.facility_scope(p) for p in permitted]
    scope: set[int] | None = (None if any(s is None for s in scopes)
                              else set().union(*(s or () for s in scopes)))
    if facility_ids is not None:
        wanted = set(facility_ids)
        scope = wanted if scope is None else scope & wanted
    return scope


def facility_names(session: Session, scope: set[int] | None, also: Iterable[int] = ()
                   ) -> dict[int, str]:
    """The active facilities with places in `scope` (None: all), plus `also` (facilities of
    residences, e.g. one closed since), by name."""
    rows = session.execute(select(Facility.id, Facility.name, Facility.active).where(
        Facility.kind != FacilityKind.PRIVATE_OFFER.value)).all()
    extra = set(also)
    names = {fid: name for fid, name, active in rows
             if (scope is None or fid in scope) and (active or fid in extra)}
    return dict(sorted(names.items(), key=lambda item: (item[1], item[0])))


# ---------------------------------------------------------------- length of stay

@dataclass(frozen=True)
class StayLength:
    facility_id: int | None  # None: all facilities together
    name: str
    residences: int  # n
    moved_out: int  # events: the residence ended in the period
    present: int  # censored: still present on the last counted day
    median_days: int | None  # Kaplan–Meier; None: not reached or no residences
    mean_days_moved_out: float | None  # mean of the moved-out residences; None: none
    days_in_period: int = 0  # person-days present from the period's start to C


@dataclass(frozen=True)
class StayLengths:
    start: date
    end: date
    last_day: date  # C = min(end, today)
    facilities: tuple[StayLength, ...]
    total: StayLength


@dataclass(frozen=True)
class _Watched:
    duration: int  # days present up to the move-out day, or up to C if still present
    moved_out: bool
    entry: int  # days present before the period began (0: moved in during the period)
    days_in_period: int  # days present from `start` to C


def _length(facility_id: int | None, name: str, items: list[_Watched],
            delayed_entry: bool = False) -> StayLength:
    durations = [i.duration for i in items]
    observed = [i.moved_out for i in items]
    ended = [i.duration for i in items if i.moved_out]
    entries = [i.entry for i in items] if delayed_entry else None
    return StayLength(facility_id, name, len(items), len(ended), len(items) - len(ended),
                      kaplan_meier_median(durations, observed, entries),
                      sum(ended) / len(ended) if ended else None,
                      sum(i.days_in_period for i in items))


def length_of_stay(session: Session, actor: Actor, start: date, end: date,
                   facility_ids: Iterable[int] | None = None, today: date | None = None, *,
                   delayed_entry: bool = False) -> StayLengths:
    """Length of stay (Verweildauer) in days, per facility and in total, for [start, end].

    - In scope: every residence (see the module docstring) that began on or before the last
      counted day C = min(end, today) and had not ended before `start` (its move-out day is
      on or after `start`, or it is still going on): everybody present on some day of the
      period or moving out in it. Its facility must be in the filter and in the actor's
      facilities.
    - Moved out (observed): the move-out day lies on or before C; duration = move-out day −
      move-in day, in days (the days present).
    - Still present (censored): duration = C + 1 − move-in day (the days present up to and
      including C); they count as "at least that long", not as dropped.
    - Median: `kaplan_meier_median` over all residences in scope; mean: the plain average of
      the moved-out durations. Total: the same over all facilities' residences together.
    - With `delayed_entry` (the pilot evaluation's windows): a residence that began before
      `start` enters the median's risk set only at its age on `start` (the days present
      before it), so the median follows the moving-out of the period alone rather than of
      the years before (Kaplan–Meier with delayed entry).
    - days_in_period: the person-days of these residences from `start` to C (each day
      present counts once; the move-out day does not), the exposure a rate per resident and
      month is built on.
    """
    scope = report_scope(actor, facility_ids)
    last_day = _period(start, end, today)
    groups: dict[int, list[_Watched]] = defaultdict(list)
    for residence in _in_scope(session, scope, start, last_day):
        moved_out = residence.end is not None and residence.end <= last_day
        until = residence.end if moved_out and residence.end else last_day + timedelta(days=1)
        entry = max(0, (start - residence.start).days)
        groups[residence.facility_id].append(_Watched(
            (until - residence.start).days, moved_out, entry,
            (until - max(start, residence.start)).days))
    names = facility_names(session, scope, groups)
    facilities = tuple(_length(fid, name, groups.get(fid, []), delayed_entry)
                       for fid, name in names.items())
    total = _length(None, "Gesamt", [item for items in groups.values() for item in items],
                    delayed_entry)
    return StayLengths(start, end, last_day, facilities, total)


def _in_scope(session: Session, scope: set[int] | None, start: date, last_day: date
              ) -> list[Residence]:
    if last_day < start:  # a period that has not begun yet
        return []
    return [r for r in residences(session, last_day)
            if (r.end is None or r.end >= start) and (scope is None or r.facility_id in scope)]


# ---------------------------------------------------------------- moves into own tenancy

@dataclass(frozen=True)
class OwnFlatMoves:
    facility_id: int | None  # None: all facilities together
    name: str
    people: int  # residences ended with "eigene Wohnung" in the period
    households: int  # their households (a person without one counts as one)
    cohort_6: int  # moved in during the period, ≥ 6 months before C
    within_6: int  # of them: moved into an own flat within 6 months
    cohort_12: int
    within_12: int

    @property
    def share_6(self) -> float | None:
        return self.within_6 / self.cohort_6 if self.cohort_6 else None

    @property
    def share_12(self) -> float | None:
        return self.within_12 / self.cohort_12 if self.cohort_12 else None


@dataclass(frozen=True)
class OwnFlatReport:
    start: date
    end: date
    last_day: date
    facilities: tuple[OwnFlatMoves, ...]
    total: OwnFlatMoves


def _household_key(residence: Residence) -> tuple[str, int]:
    if residence.household_id is None:
        return ("person", residence.person_id)
    return ("household", residence.household_id)


def _moves(facility_id: int | None, name: str, items: list[Residence], start: date,
           last_day: date) -> OwnFlatMoves:
    own = MoveOutReason.OWN_FLAT.value
    moved = [r for r in items if r.reason == own and r.end is not None
             and start <= r.end <= last_day]
    counts = []
    for months in (6, 12):
        cohort = [r for r in items if start <= r.start and add_months(r.start, months) <= last_day]
        within = [r for r in cohort if r.reason == own and r.end is not None
                  and r.end <= add_months(r.start, months)]
        counts += [len(cohort), len(within)]
    return OwnFlatMoves(facility_id, name, len(moved), len({_household_key(r) for r in moved}),
                        *counts)


def own_flat_moves(session: Session, actor: Actor, start: date, end: date,
                   facility_ids: Iterable[int] | None = None, today: date | None = None
                   ) -> OwnFlatReport:
    """Moves into own tenancy (Auszug in eigene Wohnung), per facility and in total.

    - people: residences whose last stay ended with the move-out reason "eigene Wohnung" on a
      move-out day from `start` to C = min(end, today); households: the distinct households
      of those people (their household now; a person without a household counts as one). A
      household moving out of two facilities counts once in the total.
    - share within 6 (12) months: the cohort is every residence that began in the period
      (start ≤ move-in day) at least 6 (12) calendar months before C (move-in + 6 months ≤ C,
      see `add_months`), so each had the full time to be followed within the period; of
      them, those that ended in an own flat on or before move-in + 6 (12) months. Share =
      within ÷ cohort; None for an empty cohort (a period shorter than 6 or 12 months has
      none).
    - facility: where the residence ended, or where the person lives on C.
    """
    scope = report_scope(actor, facility_ids)
    last_day = _period(start, end, today)
    groups: dict[int, list[Residence]] = defaultdict(list)
    for residence in _in_scope(session, scope, start, last_day):
        groups[residence.facility_id].append(residence)
    names = facility_names(session, scope, groups)
    facilities = tuple(_moves(fid, name, groups.get(fid, []), start, last_day)
                       for fid, name in names.items())
    every = [r for items in groups.values() for r in items]
    return OwnFlatReport(start, end, last_day, facilities,
                         _moves(None, "Gesamt", every, start, last_day))
