"""Working days in Nordrhein-Westfalen: weekends and NRW public holidays do not count."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from soest_desk.services.working_days import (
    add_working_days,
    deadline_after,
    holiday_name,
    is_working_day,
    working_days_between,
)


@pytest.mark.parametrize(("day", "working"), [
    (date(2026, 11, 20), True),  # Friday
    (date(2026, 11, 21), False),  # Saturday
    (date(2026, 6, 4), False),  # Fronleichnam: a holiday in NRW, not in Lower Saxony
    (date(2026, 11, 1), False),  # Allerheiligen (a Sunday anyway)
    (date(2027, 11, 1), False),  # Allerheiligen on a Monday
    (date(2026, 10, 31), False),  # Reformationstag is no holiday in NRW, but a Saturday
    (date(2027, 10, 29), True),  # an ordinary Friday
    (date(2026, 12, 24), True),  # Heiligabend is a working day
    (date(2027, 3, 26), False),  # Karfreitag 2027
])
def test_working_days_in_nrw(day, working):
    assert is_working_day(day) is working


def test_holiday_names_are_german():
    assert holiday_name(date(2026, 6, 4)) == "Fronleichnam"
    assert holiday_name(date(2026, 6, 5)) is None


def test_adding_working_days_skips_weekends_and_holidays():
    assert add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 23)  # Fri -> Mon
    assert add_working_days(date(2026, 11, 21), 1) == date(2026, 11, 23)  # Sat -> Mon
    assert add_working_days(date(2026, 11, 21), 0) == date(2026, 11, 23)
    assert add_working_days(date(2026, 11, 23), 0) == date(2026, 11, 23)
    assert add_working_days(date(2026, 6, 3), 1) == date(2026, 6, 5)  # over Fronleichnam
    assert add_working_days(date(2026, 12, 23), 3) == date(2026, 12, 29)
    with pytest.raises(ValueError):
        add_working_days(date(2026, 1, 1), -1)


def test_a_deadline_is_the_end_of_the_day_in_soest():
    # reported Friday 23:30 in Soest (22:30 UTC): the day is still Friday
    deadline = deadline_after(datetime(2026, 11, 20, 22, 30, tzinfo=UTC), 1)
    assert deadline == datetime(2026, 11, 23, 22, 59, 59, 999999, tzinfo=UTC)
    # in summer Soest is UTC+2
    assert deadline_after(datetime(2026, 7, 1, 8, 0, tzinfo=UTC), 0) == datetime(
        2026, 7, 1, 21, 59, 59, 999999, tzinfo=UTC)


def test_working_days_between():
    assert working_days_between(date(2026, 11, 20), date(2026, 11, 27)) == 5
    assert working_days_between(date(2026, 11, 27), date(2026, 11, 20)) == -5
    assert working_days_between(date(2026, 12, 23), date(2026, 12, 28)) == 2
