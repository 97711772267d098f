"""Value parsers shared by the forms and the spreadsheet import. Pure: no database, no Qt.

Each parser takes what a person typed or a spreadsheet cell held (text, a number, a date,
None) and returns the clean value, or raises `DomainError(f"{label}: …", field=label)` with
a German message that names the field and quotes what was given. Blank input means "not
given" (None) wherever a field is optional.

Dates are read by `date_parsing` (German, ISO and Excel dates, partial birth dates) and
offered here with the other parsers.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from soest_desk.models.enums import Sex
from soest_desk.services import nationalities
from soest_desk.services.code_labels import (
    DOCUMENT_TYPE_LABELS,
    FACILITY_KIND_LABELS,
    HOUSEHOLD_ROLE_LABELS,
    OCCUPANCY_TYPE_LABELS,
    OFFER_STATUS_LABELS,
    SEX_ALIASES,
    SEX_LABELS,
)
from soest_desk.services.date_parsing import (
    MAX_YEAR,
    MIN_YEAR,
    SPACES,
    check_birth_date,
    field_error,
    german_date,
    is_blank,
    parse_birth_date,
    parse_date,
    quoted,
)
from soest_desk.services.errors import DomainError

__all__ = [  # the label tables are read through this module by the forms and the import
    "DOCUMENT_TYPE_LABELS", "FACILITY_KIND_LABELS", "HOUSEHOLD_ROLE_LABELS", "MAX_YEAR",
    "MIN_YEAR", "OCCUPANCY_TYPE_LABELS", "OFFER_STATUS_LABELS", "SEX_ALIASES", "SEX_LABELS",
    "EditConflict", "check_amount_places", "check_birth_date", "check_code",
    "check_nationality", "check_storable_text", "check_version", "clean_text", "german_date",
    "german_number",
    "parse_birth_date", "parse_bool", "parse_choice", "parse_date", "parse_decimal",
    "parse_email", "parse_int", "parse_nationality", "parse_phone", "parse_postal_code",
    "parse_sex", "unstorable_character",
]


TRUE_WORDS = frozenset({"ja", "j", "x", "1", "wahr", "true", "yes", "y"})
FALSE_WORDS = frozenset({"nein", "n", "", "0", "falsch", "false", "no", "-"})
UNIT_SUFFIX = re.compile(r"\s*(m²|m2|qm)$", re.IGNORECASE)
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
GERMAN_GROUPED = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
ENGLISH_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+\.\d+")
AMBIGUOUS_THOUSANDS = re.compile(r"[+-]?\d{1,3}\.\d{3}")
PHONE_CHARACTERS = re.compile(r"\+?[\d\s/()\-.]+")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")
MAX_WHOLE = 2**31 - 1  # whole numbers are stored in INTEGER columns


def german_number(value: Decimal | int) -> str:
    return str(value).replace(".", ",")


# ---------------------------------------------------------------- numbers

def _decimal(value: object, label: str) -> Decimal:
    if isinstance(value, bool):
        raise field_error(label, f"{quoted(value)} ist keine Zahl.")
    if isinstance(value, Decimal | int):
        result = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise field_error(label, f"{quoted(value)} ist keine Zahl.")
        result = Decimal(str(value))
    else:
        text = UNIT_SUFFIX.sub("", SPACES.sub(" ", str(value)).strip()).replace(" ", "")
        if AMBIGUOUS_THOUSANDS.fullmatch(text):
            raise field_error(label, f"{quoted(value)} ist mehrdeutig – bitte ohne "
                                     "Tausenderpunkt schreiben und Nachkommastellen mit Komma "
                                     "(z. B. 1234 oder 1,5).")
        if GERMAN_GROUPED.fullmatch(text):
            text = text.replace(".", "").replace(",", ".")
        elif ENGLISH_GROUPED.fullmatch(text):
            text = text.replace(",", "")
        elif PLAIN_NUMBER.fullmatch(text):
            text = text.replace(",", ".")
        else:
            raise field_error(label, f"{quoted(value)} ist keine Zahl.")
        try:
            result = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the patterns above admit only numbers
            raise field_error(label, f"{quoted(value)} ist keine Zahl.") from None
    if not result.is_finite():
        raise field_error(label, f"{quoted(value)} ist keine Zahl.")
    return result


def parse_decimal(value: object, label: str, *, positive: bool = False,
                  maximum: Decimal | int | None = None) -> Decimal | None:
    """A decimal from "12,5", "1.234,50", "12.5", "12,5 m²" or a number; None for blank.
    "1.234" alone is refused as ambiguous (German thousands or an English decimal point)."""
    if is_blank(value):
        return None
    result = _decimal(value, label)
    if positive and result <= 0:
        raise field_error(label, f"muss größer als 0 sein (eingegeben: {german_number(result)}).")
    if maximum is not None and result > maximum:
        raise field_error(label, f"höchstens {german_number(maximum)} (eingegeben: "
                                 f"{german_number(result)}).")
    return result


def _shown_whole(number: Decimal) -> str:
    """A whole number for a message; one too long to read (or for Python to print as an
    int) is described instead."""
    text = format(number, "f")
    return text if len(text) <= 20 else f"eine Zahl mit {len(text.lstrip('-'))} Stellen"


def parse_int(value: object, label: str, minimum: int | None = None,
              maximum: int | None = None) -> int | None:
    """A whole number ("3", "3,0", 3.0, "1.000"); None for blank. Beyond the database's
    INTEGER range it is refused as implausible, bounds or not."""
    if is_blank(value):
        return None
    number = _decimal(value, label)
    if number != number.to_integral_value():
        raise field_error(label, f"bitte eine ganze Zahl angeben ({quoted(value)}).")
    if minimum is not None and number < minimum:
        raise field_error(label, f"mindestens {minimum} (eingegeben: {_shown_whole(number)}).")
    if maximum is not None and number > maximum:
        raise field_error(label, f"höchstens {maximum} (eingegeben: {_shown_whole(number)}).")
    if abs(number) > MAX_WHOLE:
        raise field_error(label, f"{_shown_whole(number)} ist unplausibel groß.")
    return int(number)


def check_amount_places(value: Decimal, label: str, *, digits: int) -> None:
    """Refuse more than two decimal places or more than `digits` digits before the comma."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise field_error(label, f"höchstens zwei Nachkommastellen ({german_number(value)}).")
    if abs(value) >= Decimal(10) ** digits:
        raise field_error(label, f"{german_number(value)} ist unplausibel groß.")


# ---------------------------------------------------------------- text fields

def parse_postal_code(value: object, label: str = "PLZ") -> str:
    """Exactly five digits. A number from a spreadsheet lost its leading zero (04711 became
    4711) and is padded; typed text must have all five digits."""
    if is_blank(value):
        raise field_error(label, "bitte angeben.")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and (not value.is_integer() or not math.isfinite(value)):
            raise field_error(label, f"{quoted(value)} ist keine Postleitzahl.")
        if 1000 <= int(value) <= 99999:
            return f"{int(value):05d}"
        raise field_error(label, f"{quoted(value)} – eine Postleitzahl hat genau fünf Ziffern.")
    text = str(value).strip()
    if len(text) == 5 and text.isdigit() and text.isascii():
        return text
    digits = SPACES.sub("", text)
    if len(digits) == 5 and digits.isdigit() and digits.isascii():
        raise field_error(label, f"{quoted(value)} – bitte die fünf Ziffern ohne Leerzeichen "
                                 f"schreiben ({digits}).")
    raise field_error(label, f"{quoted(value)} – eine Postleitzahl hat genau fünf Ziffern "
                             "(z. B. 59494).")


def parse_bool(value: object, label: str) -> bool:
    """ja/nein, j/n, x (ticked) or blank (not ticked), 1/0, wahr/falsch, true/false, yes/no."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise field_error(label, f"{quoted(value)} – bitte „ja“ oder „nein“ angeben.")


def _choice_key(text: str) -> str:
    folded = text.strip().casefold().rstrip(".")
    return folded.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


def parse_choice(value: object, label: str, choices: Mapping[str, str], *,
                 aliases: Mapping[str, str] | None = None, default: str | None = None) -> str:
    """A code from its German label (any case, umlauts also as ae/oe/ue) or the code itself.

    `choices` maps code → label; `aliases` maps further words → code; blank gives `default`
    or, without one, a request to choose."""
    if is_blank(value):
        if default is not None:
            return default
        raise field_error(label, "bitte einen Wert auswählen.")
    key = _choice_key(str(value))
    known = {_choice_key(code): code for code in choices}
    known |= {_choice_key(text): code for code, text in choices.items()}
    known |= {_choice_key(word): code for word, code in (aliases or {}).items()}
    if key in known:
        return known[key]
    allowed = ", ".join(choices.values())
    raise field_error(label, f"{quoted(value)} ist kein gültiger Wert. Erlaubt: {allowed}.")


def parse_sex(value: object, label: str = "Geschlecht") -> str:
    """weiblich/w → "f", männlich/m → "m", divers/d → "d", unbekannt or blank → "u"."""
    return parse_choice(value, label, SEX_LABELS, aliases=SEX_ALIASES,
                        default=Sex.UNKNOWN.value)


def parse_nationality(value: object, label: str = "Staatsangehörigkeit") -> str | None:
    """An ISO 3166-1 alpha-3 code from a code or a German or English country name (or the
    German adjective: "syrisch"); "staatenlos" → XXA, "ungeklärt" → XXX. None for blank."""
    if is_blank(value):
        return None
    code = nationalities.lookup(str(value))
    if code is None:
        raise field_error(label, f"{quoted(value)} ist nicht bekannt. Bitte den dreistelligen "
                                 "Ländercode (z. B. UKR, SYR) oder den Ländernamen angeben.")
    return code


def check_nationality(code: str | None, label: str = "Staatsangehörigkeit") -> None:
    """A stored nationality must be a known alpha-3 code (or None)."""
    if code is not None and code not in nationalities.VALID_CODES:
        raise field_error(label, f"{quoted(code)} ist kein gültiger dreistelliger Ländercode "
                                 "(z. B. UKR, SYR, XXX für ungeklärt).")


def parse_phone(value: object, label: str = "Telefon") -> str | None:
    """A phone number as typed: digits, spaces, + at the start, / - ( ) and dots; 6 to 17
    digits. A spreadsheet number is refused: it has lost the leading 0 or +."""
    if is_blank(value):
        return None
    if not isinstance(value, str):
        raise field_error(label, f"{quoted(value)} wurde als Zahl gespeichert; die führende 0 oder "
                                 "das + fehlt. Bitte die Spalte als Text formatieren.")
    text = " ".join(value.split())
    digits = sum(c.isdigit() for c in text)
    if not PHONE_CHARACTERS.fullmatch(text) or not 6 <= digits <= 17 or len(text) > 50:
        raise field_error(label, f"{quoted(value)} ist keine Telefonnummer (erlaubt: Ziffern, "
                                 "Leerzeichen, + am Anfang, / - ( )).")
    return text


def parse_email(value: object, label: str = "E-Mail") -> str | None:
    if is_blank(value):
        return None
    text = str(value).strip()
    if not EMAIL.fullmatch(text) or len(text) > 200:
        raise field_error(label, f"{quoted(value)} ist keine E-Mail-Adresse "
                                 "(z. B. name@beispiel.de).")
    check_storable_text(text, label)  # the pattern lets a NUL through
    return text


def unstorable_character(text: str) -> str | None:
    """The first control character that is no white space (NUL, ESC, DEL, …) or half of a
    surrogate pair in `text`: invisible in the window, and PostgreSQL refuses a NUL
    outright (a raw driver error, not a message)."""
    return next((char for char in text
                 if (unicodedata.category(char) == "Cc" and not char.isspace())
                 or "\ud800" <= char <= "\udfff"), None)


def check_storable_text(text: str, label: str) -> None:
    """Refuse text holding a character that cannot be shown or stored."""
    bad = unstorable_character(text)
    if bad is not None:
        raise field_error(label, f"enthält ein unsichtbares Steuerzeichen (U+{ord(bad):04X}), "
                                 "das nicht gespeichert werden kann. Bitte den Text ohne "
                                 "dieses Zeichen eingeben.")


def clean_text(value: str | None, label: str, limit: int, *, required: bool = False,
               multiline: bool = False) -> str | None:
    """Trimmed text (inner runs of white space made one space unless `multiline`), None when
    blank; refuses blank when `required`, text over `limit` characters and control
    characters other than white space."""
    text = (value or "").strip() if multiline else " ".join((value or "").split())
    if required and not text:
        raise field_error(label, "bitte ausfüllen.")
    if len(text) > limit:
        raise field_error(label, f"höchstens {limit} Zeichen (jetzt {len(text)}).")
    check_storable_text(text, label)
    return text or None


def check_code(value: str, label: str, choices: Mapping[str, str]) -> None:
    """Refuse a code that is not one of `choices` (code → German label)."""
    if value not in choices:
        raise field_error(label, f"{quoted(value)} ist kein gültiger Wert. Erlaubt: "
                                 f"{', '.join(choices.values())}.")


# ---------------------------------------------------------------- saving over a newer version

class EditConflict(DomainError):
    """The record changed since the form loaded it; nothing was saved."""


def check_version(current: int, loaded: int, what: str) -> None:
    """Refuse a save when the row's version is not the one the form was loaded with."""
    if current != loaded:
        raise EditConflict(f"{what} wurde inzwischen von jemand anderem geändert. Ihre "
                           "Änderung wurde nicht gespeichert; bitte laden Sie die Daten neu.")
