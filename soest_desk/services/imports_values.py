"""The words offices write in their lists, and the codes they stand for.

Every vocabulary maps a code to its German label (what the template offers in its drop-down
lists and the error messages name) and to the other spellings found in real lists
("GU", "ÜWH", "Ehefrau", "Sohn"). Matching is tolerant of case, umlaut spelling (ä/ae),
punctuation and spaces, like the header recognition.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from soest_desk.models.enums import FacilityKind, HouseholdRole, OccupancyType, Sex
from soest_desk.services.errors import DomainError
from soest_desk.services.import_files import Cell

UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"))
LOOSE = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def normalise(text: str) -> str:
    """"Geb.-Datum" → "gebdatum", "Wohnfläche m²" → "wohnflaechem2", "Straße" → "strasse"."""
    folded = text.casefold()  # ß → ss
    for umlaut, spelled in UMLAUTS:
        folded = folded.replace(umlaut, spelled)
    decomposed = unicodedata.normalize("NFKD", folded)  # ² → 2, é → e + accent
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())


def loosen(key: str) -> str:
    """A normalised key with umlauts written without the e ("Staatsangehorigkeit")."""
    for spelled, plain in LOOSE:
        key = key.replace(spelled, plain)
    return key


@dataclass(frozen=True)
class Vocabulary:
    """Codes with their German label and further spellings."""

    name: str  # German, for messages: "Art der Unterkunft"
    labels: dict[str, str]  # code -> German label
    aliases: dict[str, tuple[str, ...]]  # code -> other spellings
    _lookup: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup: dict[str, str] = {}
        for code, label in self.labels.items():
            for spelling in (code, label, *self.aliases.get(code, ())):
                for key in (normalise(spelling), loosen(normalise(spelling))):
                    if lookup.get(key, str(code)) != str(code):
                        raise ValueError(f"{self.name}: „{spelling}“ means two codes")
                    lookup[key] = str(code)
        object.__setattr__(self, "_lookup", lookup)

    def code_for(self, text: str) -> str | None:
        key = normalise(text)
        return self._lookup.get(key) or self._lookup.get(loosen(key))

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self.labels.values())


FACILITY_KINDS = Vocabulary(
    "Art der Unterkunft",
    {
        FacilityKind.SHARED_ACCOMMODATION: "Gemeinschaftsunterkunft",
        FacilityKind.TRANSITIONAL_HOME: "Übergangswohnheim",
        FacilityKind.MUNICIPAL_FLAT: "Kommunale Wohnung",
        FacilityKind.PRIVATE_OFFER: "Privates Wohnraumangebot",
    },
    {
        FacilityKind.SHARED_ACCOMMODATION: ("GU", "Gemeinschaftsunterkünfte", "Sammelunterkunft",
                                            "Notunterkunft", "Gemeinschaftsunterbringung"),
        FacilityKind.TRANSITIONAL_HOME: ("ÜWH", "UeWH", "Übergangsheim", "Wohnheim"),
        FacilityKind.MUNICIPAL_FLAT: ("Wohnung", "städtische Wohnung", "Mietwohnung",
                                      "angemietete Wohnung", "Stadtwohnung"),
        FacilityKind.PRIVATE_OFFER: ("privat", "Privatwohnung", "Wohnraumangebot",
                                     "private Unterbringung", "Privatunterkunft"),
    },
)

OCCUPANCY_TYPES = Vocabulary(
    "Belegungsart",
    {
        OccupancyType.FAMILY: "Familien",
        OccupancyType.SINGLE_MEN: "Alleinstehende Männer",
        OccupancyType.SINGLE_WOMEN: "Alleinstehende Frauen",
        OccupancyType.MIXED: "Gemischt",
    },
    {
        OccupancyType.FAMILY: ("Familie", "Fam.", "F"),
        OccupancyType.SINGLE_MEN: ("Männer", "alleinstehende Männer", "alleinreisende Männer",
                                   "Männer alleinstehend", "alleinstehend männlich", "AM"),
        OccupancyType.SINGLE_WOMEN: ("Frauen", "alleinstehende Frauen", "alleinreisende Frauen",
                                     "Frauen alleinstehend", "alleinstehend weiblich", "AF"),
        OccupancyType.MIXED: ("gemischt belegt", "gemischte Belegung", "alle", "egal"),
    },
)

SEXES = Vocabulary(
    "Geschlecht",
    {Sex.FEMALE: "weiblich", Sex.MALE: "männlich", Sex.DIVERSE: "divers",
     Sex.UNKNOWN: "unbekannt"},
    {
        Sex.FEMALE: ("w", "f", "weibl.", "Frau", "female", "Mädchen"),
        Sex.MALE: ("männl.", "Mann", "male", "Junge"),
        Sex.DIVERSE: ("x", "divers/offen", "nonbinär"),
        Sex.UNKNOWN: ("k. A.", "keine Angabe", "ohne Angabe", "?"),
    },
)

HOUSEHOLD_ROLES = Vocabulary(
    "Rolle im Haushalt",
    {
        HouseholdRole.HEAD: "Haushaltsvorstand",
        HouseholdRole.PARTNER: "Partner*in",
        HouseholdRole.CHILD: "Kind",
        HouseholdRole.RELATIVE: "Angehörige*r",
        HouseholdRole.OTHER: "Sonstige*r",
    },
    {
        HouseholdRole.HEAD: ("HHV", "HV", "Vorstand", "Haushaltsvorständin", "Antragsteller",
                             "Antragstellerin", "Hauptperson", "Haushaltsführer/in",
                             "Haushaltsangehörige/r 1", "AS"),
        HouseholdRole.PARTNER: ("Partner", "Partnerin", "Ehepartner", "Ehepartnerin", "Ehefrau",
                                "Ehemann", "Ehegatte", "Ehegattin", "Lebenspartner",
                                "Lebenspartnerin", "Lebensgefährte", "Lebensgefährtin",
                                "Partner/in", "Frau", "Mann"),
        HouseholdRole.CHILD: ("Kinder", "Sohn", "Tochter", "Kind (minderjährig)", "Stiefkind",
                              "Pflegekind"),
        HouseholdRole.RELATIVE: ("Angehöriger", "Angehörige", "Verwandte", "Verwandter",
                                 "Verwandte/r", "Angehörige/r", "Mutter", "Vater",
                                 "Elternteil", "Großmutter",
                                 "Großvater", "Oma", "Opa", "Bruder", "Schwester", "Geschwister",
                                 "Enkel", "Enkelin", "Onkel", "Tante", "Neffe", "Nichte",
                                 "Schwiegermutter", "Schwiegervater", "Schwiegersohn",
                                 "Schwiegertochter", "Cousin", "Cousine"),
        HouseholdRole.OTHER: ("Sonstige", "Sonstiger", "Sonstige/r", "sonst.", "andere",
                              "anderer"),
    },
)


def choose(value: Cell, label: str, vocabulary: Vocabulary) -> str:
    """The code `value` stands for; a German DomainError listing the choices otherwise."""
    text = value if isinstance(value, str) else str(value)
    code = vocabulary.code_for(text)
    if code is None:
        allowed = ", ".join(f"„{choice}“" for choice in vocabulary.choices)
        raise DomainError(f"{label}: „{text}“ ist keine gültige Angabe (möglich: {allowed}).",
                          field=label)
    return code


def text_value(value: Cell, label: str, *, max_length: int) -> str | None:
    """A cell as text: numbers without a trailing ".0" (a phone number Excel took for a
    number), dates in German form; None when empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        text = "ja" if value else "nein"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, date):  # a datetime too
        text = f"{value:%d.%m.%Y}"
    elif isinstance(value, Decimal):
        text = format(value, "f")
    else:
        text = " ".join(str(value).split())
    if not text:
        return None
    if len(text) > max_length:
        raise DomainError(f"{label}: höchstens {max_length} Zeichen (hier {len(text)}).",
                          field=label)
    return text


FLOOR_MIN, FLOOR_MAX = -5, 60
FLOOR_WORDS = {"eg": 0, "erdgeschoss": 0, "parterre": 0, "hochparterre": 0, "ug": -1,
               "untergeschoss": -1, "kg": -1, "keller": -1, "kellergeschoss": -1,
               "souterrain": -1, "sout": -1}
FLOOR_PATTERN = re.compile(
    r"^(?P<number>-?\d+)\s*\.?\s*(?:og|obergeschoss|etage|stock|stockwerk|ug)?$"
    r"|^(?:og|etage|stock)\s*(?P<after>\d+)$"
)


def _outside_floors(label: str, shown: object) -> DomainError:
    return DomainError(f"{label}: {shown} liegt außerhalb von {FLOOR_MIN} bis {FLOOR_MAX}.",
                       field=label)


def parse_floor(value: Cell, label: str) -> int | None:
    """"EG" → 0, "1. OG" → 1, "UG" → -1, "2" → 2, "-1" → -1; None when empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise DomainError(f"{label}: „{value}“ ist keine Etage.", field=label)
    if isinstance(value, int | float | Decimal):
        finite = value.is_finite() if isinstance(value, Decimal) else (
            isinstance(value, int) or math.isfinite(value))
        if not finite:  # a cell Excel shows as #ZAHL! or 1E+999
            raise DomainError(f"{label}: „{value}“ ist keine Etage.", field=label)
        if value != int(value):
            raise DomainError(f"{label}: „{value}“ ist keine ganze Etagenzahl.", field=label)
        if not FLOOR_MIN <= value <= FLOOR_MAX:
            raise _outside_floors(label, f"„{value}“")
        return int(value)
    text = " ".join(str(value).casefold().split())
    compact = text.replace(" ", "")
    match = FLOOR_PATTERN.match(text)
    if compact in FLOOR_WORDS:
        floor = FLOOR_WORDS[compact]
    elif match:
        digits = match.group("number") or match.group("after")
        if len(digits.lstrip("-")) > len(str(FLOOR_MAX)) + 1:  # int() of 5000 digits fails
            raise _outside_floors(label, f"„{value}“")
        floor = int(digits)
        if text.endswith("ug") and floor > 0:
            floor = -floor  # "2. UG"
    else:
        raise DomainError(f"{label}: „{value}“ ist keine Etage (z. B. „EG“, „1. OG“, „2“ "
                          "oder „-1“ für den Keller).", field=label)
    if not FLOOR_MIN <= floor <= FLOOR_MAX:
        raise _outside_floors(label, floor)
    return floor
