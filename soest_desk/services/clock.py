"""The office's calendar day. Times are stored in UTC; "today" is the day in Soest
(Europe/Berlin), not the day of the machine's clock or of UTC: at 00:30 in Soest it is
already tomorrow there while UTC still says today."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

OFFICE_ZONE = ZoneInfo("Europe/Berlin")


def office_today(now: datetime | None = None) -> date:
    """The calendar day in Europe/Berlin at `now` (an aware datetime; default: now)."""
    moment = now or datetime.now(OFFICE_ZONE)
    return moment.astimezone(OFFICE_ZONE).date()
