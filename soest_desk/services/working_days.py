"""Working days in Soest: Monday to Friday without the public holidays of Nordrhein-Westfalen.

The holidays come from the maintained `holidays` library (Germany, subdivision NW), not from a
hand-written table: moveable feasts (Easter, Corpus Christi) and one-off holidays are its job.
Deadlines are the end of a working day in Europe/Berlin, stored as UTC.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from soest_desk.services.clock import OFFICE_ZONE, office_today

MAX_WORKING_DAYS = 250  # about a year; a deadline further out is a typo


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> frozenset[date]:
    return frozenset(holidays.Germany(subdiv="NW", years=year, language="de").keys())


def holiday_name(day: date) -> str | None:
    """The German name of the public holiday on `day` in NRW, or None."""
    names = holidays.Germany(subdiv="NW", years=day.year, language="de")
    return names.get(day)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays_of(day.year)


def add_working_days(start: date, days: int) -> date:
    """The `days`-th working day after `start` (Friday + 1 is Monday, Saturday + 1 too);
    with 0, `start` itself if it is a working day, else the next working day."""
    if not 0 <= days <= MAX_WORKING_DAYS:
        raise ValueError(f"working days must be between 0 and {MAX_WORKING_DAYS}, not {days}")
    day = start
    if days == 0:
        while not is_working_day(day):
            day += timedelta(days=1)
        return day
    while days > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def end_of_day(day: date) -> datetime:
    """The last moment of `day` in Soest (24:00 local), as an aware datetime."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=OFFICE_ZONE) - timedelta(
        microseconds=1
    )


def deadline_after(reported_at: datetime, working_days: int) -> datetime:
    """End of the `working_days`-th working day after the day `reported_at` falls on in Soest."""
    return end_of_day(add_working_days(office_today(reported_at), working_days))


def working_days_between(start: date, end: date) -> int:
    """Working days in (start, end]; negative when `end` is before `start`."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count
