"""Dates as staff type them and spreadsheets store them; re-exported by `validation`.

Dates read: `date`/`datetime`, German "31.12.2024" (also "1.2.2024"), ISO "2024-12-31"
(a time after it is ignored) and Excel serial numbers in the 1900 date system (serial 1 is
1900-01-01; Excel counts a 29.02.1900 that never was, so serial 61 is 1900-03-01 and 60 is
refused). A bare year ("2024", or the number 2024) is refused by `parse_date` instead of
being read as serial 2024 (a day in 1905); `parse_birth_date` reads it as "born in 2024".
Two-digit years are refused: "01.05.90" could be 1990 or 2090 only by guessing.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from soest_desk.models.enums import BirthDatePrecision
from soest_desk.services.errors import DomainError

MIN_YEAR, MAX_YEAR = 1900, 2199
EXCEL_EPOCH = date(1899, 12, 31)  # serial 0; serials from 61 on are one day too high
EXCEL_FAKE_LEAP_DAY = 60
EXCEL_MAX_SERIAL = (date(9999, 12, 31) - EXCEL_EPOCH).days + 1
SPACES = re.compile(r"[\s\u00a0\u202f]+")
GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d+)")
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
MONTH_YEAR = re.compile(r"(\d{1,2})\.(\d{4})|(\d{4})-(\d{1,2})")
UNKNOWN_DAY = re.compile(r"(?:00|XX)\.(00|XX|\d{1,2})\.(\d{4})", re.IGNORECASE)


def field_error(label: str, message: str) -> DomainError:
    """The error every parser raises: "<label>: <message>", naming the field."""
    return DomainError(f"{label}: {message}", field=label)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def quoted(value: object) -> str:
    """What was given, as a message quotes it: a spreadsheet's dates and times as German
    Excel shows them ("05.01.1900", "12:30"), not as Python prints them."""
    if isinstance(value, datetime) and (value.hour, value.minute, value.second) != (0, 0, 0):
        shown = f"{german_date(value)} {value:%H:%M}"
    elif isinstance(value, date):
        shown = german_date(value)
    elif isinstance(value, time):
        shown = f"{value:%H:%M}"
    else:
        shown = str(value).strip()
    return f"„{shown}“"


def german_date(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _calendar_date(year: int, month: int, day: int, label: str) -> date:
    try:
        result = date(year, month, day)
    except ValueError:
        raise field_error(label, f"den {day:02d}.{month:02d}.{year} gibt es nicht.") from None
    return result


def _excel_serial(serial: int, label: str) -> date:
    if serial == EXCEL_FAKE_LEAP_DAY:
        raise field_error(label, "Excel-Datum 60 ist der 29.02.1900, den es nicht gibt.")
    if not 1 <= serial <= EXCEL_MAX_SERIAL:
        raise field_error(label, f"{serial} ist kein gültiges Excel-Datum.")
    day = EXCEL_EPOCH + timedelta(days=serial - (1 if serial > EXCEL_FAKE_LEAP_DAY else 0))
    return _calendar_date(day.year, day.month, day.day, label)


def _number_as_date(number: int, label: str, shown: str) -> date:
    if MIN_YEAR <= number <= MAX_YEAR:  # serials 1900–2199 are days in 1905/1906
        raise field_error(label, f"{shown} ist nur ein Jahr – bitte das vollständige Datum angeben "
                                 "(z. B. 31.12.2024).")
    return _excel_serial(number, label)


def parse_date(value: object, label: str) -> date | None:
    """A date from a form or a cell; None for blank. See the module doc for the formats.
    Years outside 1900–2199 are refused as typing errors."""
    result = _any_date(value, label)
    if result is not None and not MIN_YEAR <= result.year <= MAX_YEAR:
        raise field_error(label, f"{german_date(result)} liegt außerhalb von "
                                 f"{MIN_YEAR}–{MAX_YEAR}.")
    return result


def _any_date(value: object, label: str) -> date | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise field_error(label, f"{quoted(value)} ist kein Datum.")
    if isinstance(value, int | float | Decimal):
        if not _finite(value):
            raise field_error(label, f"{quoted(value)} ist kein Datum.")
        return _number_as_date(int(value), label, quoted(value))
    text = SPACES.sub("", str(value))
    if text.isdecimal() and len(text) <= 7:  # not isdigit(): "²" is a digit int() cannot read
        return _number_as_date(int(text), label, quoted(value))
    if match := GERMAN_DATE.fullmatch(text):
        day, month, year = match.groups()
        if len(year) != 4:
            raise field_error(label, f"{quoted(value)} – bitte das Jahr vierstellig angeben "
                                     "(z. B. 31.12.1990).")
        return _calendar_date(int(year), int(month), int(day), label)
    if match := ISO_DATE.fullmatch(str(value).strip()):
        year, month, day = match.groups()
        return _calendar_date(int(year), int(month), int(day), label)
    raise field_error(label, f"{quoted(value)} ist kein Datum. Bitte als TT.MM.JJJJ eingeben "
                             "(z. B. 31.12.2024).")


def _finite(number: int | float | Decimal) -> bool:
    if isinstance(number, Decimal):
        return number.is_finite()
    return isinstance(number, int) or math.isfinite(number)


def _cell_year(value: object) -> int | None:
    """The year a number from a cell stands for (1985 or 1985.0), else None. Not
    float(value): a huge int overflows it."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():  # NaN and ±inf too
        return None
    return int(value) if 1000 <= value <= 9999 else None


def _partial_birth_date(value: object, label: str) -> tuple[date, str] | None:
    """A birth date known to the year or month only: (first day, precision), else None."""
    if (year := _cell_year(value)) is not None:
        return date(year, 1, 1), BirthDatePrecision.YEAR.value
    if not isinstance(value, str):
        return None
    text = SPACES.sub("", value)
    year = month = None
    if len(text) == 4 and text.isdecimal():
        year = int(text)
    elif match := UNKNOWN_DAY.fullmatch(text):  # "00.00.1985" in documents: day unknown
        month_text, year_text = match.groups()
        year = int(year_text)
        month = None if month_text.upper() in ("00", "XX") else int(month_text)
    elif match := MONTH_YEAR.fullmatch(text):
        german_month, german_year, iso_year, iso_month = match.groups()
        year, month = int(german_year or iso_year), int(german_month or iso_month)
    else:
        return None
    if month is None:
        return date(max(year, 1), 1, 1), BirthDatePrecision.YEAR.value
    if not 1 <= month <= 12:
        raise field_error(label, f"einen {month}. Monat gibt es nicht ({quoted(value)}).")
    return date(max(year, 1), month, 1), BirthDatePrecision.MONTH.value


def check_birth_date(day: date, precision: str, today: date, label: str = "Geburtsdatum"
                     ) -> None:
    """Refuse a birth date before 1900 or after `today` (compared at its precision)."""
    shown = {BirthDatePrecision.YEAR.value: f"{day.year:04d}",
             BirthDatePrecision.MONTH.value: f"{day.month:02d}.{day.year:04d}",
             }.get(precision, german_date(day))
    if day.year < MIN_YEAR:
        raise field_error(label, f"liegt vor {MIN_YEAR} ({shown}).")
    later = {BirthDatePrecision.YEAR.value: day.year > today.year,
             BirthDatePrecision.MONTH.value: (day.year, day.month) > (today.year, today.month)}
    if later.get(precision, day > today):
        raise field_error(label, f"liegt in der Zukunft ({shown}).")


def parse_birth_date(value: object, today: date, label: str = "Geburtsdatum"
                     ) -> tuple[date | None, str]:
    """(date, precision): "1985" → (1985-01-01, "year"), "03.1985"/"1985-03" → month,
    "00.00.1985" (unknown day and month, as in many documents) → year, full dates → day.
    Blank → (None, "day"). Refuses dates before 1900 and in the future."""
    if is_blank(value):
        return None, BirthDatePrecision.DAY.value
    partial = _partial_birth_date(value, label)
    if partial is not None:
        day, precision = partial
    else:
        if isinstance(value, int | float) and not isinstance(value, bool) and value < 1000:
            raise field_error(label, f"{quoted(value)} ist kein Geburtsdatum.")
        parsed = _any_date(value, label)
        assert parsed is not None  # blank was handled above
        day, precision = parsed, BirthDatePrecision.DAY.value
    check_birth_date(day, precision, today, label)
    return day, precision
