from datetime import UTC, date, datetime

from soest_desk.services.clock import office_today


def test_today_is_the_day_in_soest_not_in_utc():
    # 23:30 UTC on 31 March is already 1 April in Berlin (summer time, UTC+2)
    assert office_today(datetime(2026, 3, 31, 23, 30, tzinfo=UTC)) == date(2026, 4, 1)
    # 22:30 UTC on 15 January is still 15 January in Berlin (UTC+1)
    assert office_today(datetime(2026, 1, 15, 22, 30, tzinfo=UTC)) == date(2026, 1, 15)
