"""KPI: neighbourhood reports per 100 residents per month (Nachbarschaftsmeldungen je 100
Bewohner*innen und Monat).

Definition, for a period from `start` to `end` (both days included):

- reports: the neighbourhood reports whose date (`reported_on`) lies in the period, of the
  facilities counted (below); split by kind into complaints (Beschwerden) and contacts
  (Kontakte: offers, invitations, praise), and counted per category.
- residents: the average number of people living in the facility over the period's days,
  exactly as the occupancy figures count them (`occupancy.over_period`): for each day, the
  people with a stay on that day (the day of moving out no longer counts); summed over the
  days and divided by the number of days.
- months: days in the period ÷ (365.25 ÷ 12) = days ÷ 30.4375, so a 30-day period is
  0.9856 months and a whole year 12 months (12.0329 in a year of 366 days).
- rate = reports ÷ (residents ÷ 100) ÷ months; the same with complaints or contacts only.
  No rate (None) where nobody lived there on average (residents = 0). Since residents ×
  months = person-days ÷ 30.4375, this is the same as reports × 100 × 30.4375 ÷ person-days
  (person-days: each resident counted once for every day of the period they lived there).
- facilities counted: those in use (active) that are not private housing offers, that the
  acting user may see ("Nachbarschaftsmeldungen ansehen" — a Heimleitung sees her own),
  restricted to `facility_ids` when given. Reports of other facilities are not counted.
- total: all reports of the counted facilities ÷ (the sum of their residents ÷ 100) ÷
  months — the sum of the facilities' averages is the average of the daily total, so the
  total is a residents-weighted mean of the facilities' rates, not their plain mean.

Example: 3 reports in a 61-day period (1 March to 30 April) at a facility where 40 people
lived for the first 31 days and 20 for the remaining 30 days: residents = (40·31 + 20·30)
÷ 61 = 30.16; months = 61 ÷ 30.4375 = 2.0041; rate = 3 ÷ 0.3016 ÷ 2.0041 = 4.96.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soest_desk.models import NeighbourhoodReport
from soest_desk.models.enums import NeighbourhoodCategory, NeighbourhoodKind
from soest_desk.services import occupancy
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require

DAYS_PER_MONTH = 365.25 / 12  # 30.4375
CATEGORIES = tuple(category.value for category in NeighbourhoodCategory)


@dataclass(frozen=True)
class ReportRate:
    """The figures behind the rate of one facility (or, with `facility_id` None, of all)."""

    facility_id: int | None
    name: str
    days: int
    residents_avg: float  # average people living there per day
    reports: int
    complaints: int
    contacts: int
    by_category: tuple[tuple[str, int], ...]  # (category code, reports), in enum order

    @property
    def months(self) -> float:
        return self.days / DAYS_PER_MONTH

    def _rate(self, count: int) -> float | None:
        if self.residents_avg <= 0:
            return None
        return count / (self.residents_avg / 100) / self.months

    @property
    def per_100(self) -> float | None:
        """Reports per 100 residents per month."""
        return self._rate(self.reports)

    @property
    def complaints_per_100(self) -> float | None:
        return self._rate(self.complaints)

    @property
    def contacts_per_100(self) -> float | None:
        return self._rate(self.contacts)


@dataclass(frozen=True)
class NeighbourhoodKpi:
    start: date
    end: date
    days: int
    facilities: tuple[ReportRate, ...]  # by facility name
    total: ReportRate

    @property
    def months(self) -> float:
        return self.days / DAYS_PER_MONTH


def reports_per_100_residents(session: Session, actor: Actor, start: date, end: date,
                              facility_ids: Iterable[int] | None = None) -> NeighbourhoodKpi:
    """Neighbourhood reports per 100 residents per month, by facility and in total (see the
    module docstring for the exact definition)."""
    require(actor, Permission.VIEW_NEIGHBOURHOOD)
    if end < start:
        raise DomainError("Zeitraum: das Ende liegt vor dem Anfang.", field="Zeitraum")
    wanted = actor.facilities_within(Permission.VIEW_NEIGHBOURHOOD, facility_ids)
    periods = occupancy.over_period(session, actor, start, end, wanted)
    days = (end - start).days + 1
    counts = _counts(session, [p.facility_id for p in periods], start, end)
    rows = []
    for period in periods:
        rows.append(_rate(period.facility_id, period.name, days, period.occupied_avg,
                          counts.get(period.facility_id, Counter())))
    everything: Counter[tuple[str, str]] = Counter()
    for counter in counts.values():
        everything.update(counter)
    total = _rate(None, "Gesamt", days, sum(p.occupied_avg for p in periods), everything)
    return NeighbourhoodKpi(start, end, days, tuple(rows), total)


def _counts(session: Session, facility_ids: list[int], start: date, end: date
            ) -> dict[int, Counter[tuple[str, str]]]:
    """Per facility: the number of reports per (kind, category)."""
    result: dict[int, Counter[tuple[str, str]]] = {}
    report = NeighbourhoodReport
    for offset in range(0, len(facility_ids), 500):
        query = (select(report.facility_id, report.kind, report.category, func.count())
                 .where(report.facility_id.in_(facility_ids[offset:offset + 500]),
                        report.reported_on >= start, report.reported_on <= end)
                 .group_by(report.facility_id, report.kind, report.category))
        for facility_id, kind, category, count in session.execute(query):
            result.setdefault(facility_id, Counter())[(kind, category)] += count
    return result


def _rate(facility_id: int | None, name: str, days: int, residents_avg: float,
          counts: Counter[tuple[str, str]]) -> ReportRate:
    by_kind: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    for (kind, category), count in counts.items():
        by_kind[kind] += count
        by_category[category] += count
    return ReportRate(
        facility_id, name, days, residents_avg, sum(by_kind.values()),
        by_kind[NeighbourhoodKind.COMPLAINT.value], by_kind[NeighbourhoodKind.CONTACT.value],
        tuple((category, by_category[category]) for category in CATEGORIES),
    )
