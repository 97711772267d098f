"""The export dialog's quick choices of a period and its default file names. Qt-free.

Periods run from their first to their last day, both included. A period of the current
month, quarter or year ends today: a report about days still to come would show figures
that are not yet true (the Belegungsliste, for one, lists who lives there on the last day).
"""

from __future__ import annotations

from datetime import date, timedelta

LAST_MONTH, THIS_MONTH, LAST_QUARTER, THIS_YEAR, LAST_YEAR, LAST_12_MONTHS = (
    "last_month", "this_month", "last_quarter", "this_year", "last_year", "last_12_months")
PRESETS = (LAST_MONTH, THIS_MONTH, LAST_QUARTER, THIS_YEAR, LAST_YEAR,
           LAST_12_MONTHS)  # as offered
DEFAULT_PRESET = LAST_MONTH
# a comparison before and after needs a longer period than the other reports
REPORT_PRESETS = {"pilotauswertung": LAST_12_MONTHS}

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss", " ": "_", "*": ""})


def month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The first and last day of `preset` (one of PRESETS) as seen on `today`."""
    if preset == LAST_MONTH:
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if preset == THIS_MONTH:
        return today.replace(day=1), today
    if preset == LAST_QUARTER:
        first_month = (today.month - 1) // 3 * 3 + 1  # of this quarter
        end = date(today.year, first_month, 1) - timedelta(days=1)
        return date(end.year, end.month - 2, 1), end
    if preset == THIS_YEAR:
        return date(today.year, 1, 1), today
    if preset == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == LAST_12_MONTHS:  # the same month a year ago, up to today
        return date(today.year - 1, today.month, 1), today
    raise ValueError(f"unknown period preset {preset!r}")


def preset_of(start: date, end: date, today: date) -> str | None:
    """The preset whose period is exactly `start`–`end` on `today`, or None."""
    return next((p for p in PRESETS if preset_period(p, today) == (start, end)), None)


def period_tag(start: date, end: date) -> str:
    """The period as a file name shows it: "2026-10" (a whole month), "2026-Q3" (a whole
    quarter), "2026" (a whole year), else "2026-10-05_bis_2026-11-04"."""
    whole_months = start.day == 1 and end == month_end(end)
    if whole_months and start.year == end.year:
        if start.month == end.month:
            return f"{start:%Y-%m}"
        if start.month == 1 and end.month == 12:
            return f"{start:%Y}"
        if start.month % 3 == 1 and end.month == start.month + 2:
            return f"{start:%Y}-Q{start.month // 3 + 1}"
    return f"{start:%Y-%m-%d}_bis_{end:%Y-%m-%d}"


def default_file_name(title: str, start: date, end: date, suffix: str) -> str:
    """"Maengelbericht_2026-10.xlsx": the report's title without umlauts or spaces, the
    period, the suffix (".xlsx" or ".pdf")."""
    plain = "".join(c for c in title.translate(UMLAUTS) if c.isascii() and (c.isalnum()
                                                                             or c in "_-"))
    return f"{plain or 'Bericht'}_{period_tag(start, end)}{suffix}"
