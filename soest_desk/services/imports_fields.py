"""What an import can fill, and which column of the user's list holds what.

`fields(kind)` lists the fields of facilities, units and people with their German labels
and the headers offices use for them; `guess_mapping(kind, headers)` recognises those
headers whatever their case, umlaut spelling (ä/ae), punctuation or spacing;
`check_mapping` refuses a mapping that cannot work (a required field missing, one field
from two columns), and `apply_overrides` applies the user's own "Spalte=Feld" choices.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from soest_desk.models.enums import FacilityKind
from soest_desk.services.errors import DomainError
from soest_desk.services.import_files import column_letter
from soest_desk.services.imports_values import (
    FACILITY_KINDS,
    HOUSEHOLD_ROLES,
    OCCUPANCY_TYPES,
    SEXES,
    loosen,
    normalise,
)

MIN_PREFIX = 4  # "Geburtsdatum (TT.MM.JJJJ)"; shorter keys ("PLZ", "Tel.") match only whole
IGNORE_WORDS = frozenset({"", "-", "ignorieren", "keine", "nichts"})


class ImportKind(StrEnum):
    FACILITIES = "facilities"
    UNITS = "units"
    PEOPLE = "people"


KIND_LABELS = {
    ImportKind.FACILITIES: "Unterkünfte",
    ImportKind.UNITS: "Wohneinheiten",
    ImportKind.PEOPLE: "Personen",
}


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # German; the template's header
    required: bool = False
    synonyms: tuple[str, ...] = ()  # further headers meaning this field
    hint: str = ""  # the format, for the template and the preview
    choices: tuple[str, ...] = ()  # German values for a drop-down list
    covers: tuple[str, ...] = ()  # one column holding these fields ("PLZ und Ort")
    in_template: bool = True

    def headers(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


YES_NO = ("ja", "nein")
BOOL_HINT = "„ja“ oder „nein“ (auch x, 1/0); leer = nein"

PEOPLE_FIELDS = (
    ImportField("family_name", "Familienname", True,
                ("Name", "Nachname", "Nachnamen", "Familiennamen", "Zuname", "Surname",
                 "Last name"),
                "Pflichtfeld; wie im Ausweis (leer nur, wenn es nur einen Vornamen gibt)"),
    ImportField("given_names", "Vornamen", False,
                ("Vorname", "Vorname(n)", "Rufname", "First name", "Given names"),
                "alle Vornamen; leer nur, wenn es keinen Vornamen gibt"),
    ImportField("birth_date", "Geburtsdatum", False,
                ("Geb.-Datum", "Geb.datum", "Gebdat", "geb. am", "geboren", "geboren am",
                 "Geburtstag", "Geb.", "Date of birth", "DOB"),
                "TT.MM.JJJJ; ist nur das Jahr bekannt: JJJJ, nur Monat und Jahr: MM.JJJJ"),
    ImportField("sex", "Geschlecht", False, ("m/w/d", "m/w", "Sex", "Gender"),
                "weiblich, männlich, divers oder unbekannt (auch w/m/d)", SEXES.choices),
    ImportField("nationality", "Staatsangehörigkeit", False,
                ("Nationalität", "Staatsang.", "Staatsbürgerschaft", "Nationality", "StA"),
                "Land oder Ländercode, z. B. Syrien, SYR oder SY"),
    ImportField("phone", "Telefon", False,
                ("Telefonnummer", "Tel.", "Tel.-Nr.", "Handy", "Handynummer", "Mobil",
                 "Mobilnummer", "Mobiltelefon", "Phone"),
                "z. B. 0151 23456789"),
    ImportField("care_grade", "Pflegegrad", False, ("PG", "Pflegestufe"),
                "0 bis 5; leer = kein Pflegegrad"),
    ImportField("needs_barrier_free", "Barrierefrei benötigt", False,
                ("barrierefrei", "Rollstuhl", "Rollstuhlfahrer", "Rollstuhlfahrer/in",
                 "Rollstuhlnutzer", "Rollstuhlnutzer/in", "rollstuhlgerecht",
                 "Barrierefreiheit", "barrierefreie Unterbringung"), BOOL_HINT, YES_NO),
    ImportField("has_pets", "Haustiere", False, ("Haustier", "Haustier(e)", "Tiere", "Tier"),
                BOOL_HINT, YES_NO),
    ImportField("smoker", "Raucher/in", False,
                ("Raucher", "Raucherin", "Raucher*in", "Raucher:in", "Rauchen", "raucht"),
                BOOL_HINT, YES_NO),
    ImportField("name_transliteration", "Andere Schreibweise", False,
                ("Namensumschrift", "Umschrift", "Transliteration", "Schreibweise",
                 "Name in Originalschrift"),
                "weitere Schreibweise des Namens, z. B. aus dem Pass"),
    ImportField("household_key", "Haushalt", False,
                ("Haushalts-Nr.", "Haushaltsnummer", "Haushalt Nr.", "HH-Nr.", "Familie",
                 "Familien-Nr.", "Familiennummer", "Bedarfsgemeinschaft", "BG-Nr.", "BG"),
                "gleiche Angabe = gleicher Haushalt, z. B. eine Nummer oder „Familie Haddad“"),
    ImportField("household_role", "Rolle im Haushalt", False,
                ("Rolle", "Stellung im Haushalt", "Verwandtschaftsverhältnis",
                 "Verwandtschaft", "Beziehung"),
                "nur mit Haushalt; leer: die erste erwachsene Person ist Haushaltsvorstand",
                HOUSEHOLD_ROLES.choices),
)

FACILITY_FIELDS = (
    ImportField("name", "Name", True,
                ("Bezeichnung", "Unterkunft", "Einrichtung", "Objekt", "Name der Unterkunft",
                 "Objektname"), "Pflichtfeld; eindeutig"),
    ImportField("kind", "Art", True,
                ("Unterkunftsart", "Art der Unterkunft", "Typ", "Unterbringungsart",
                 "Kategorie"), "Pflichtfeld; private Wohnraumangebote werden im Programm erfasst",
                tuple(label for code, label in FACILITY_KINDS.labels.items()
                      if code != FacilityKind.PRIVATE_OFFER)),
    ImportField("street", "Straße", True,
                ("Strasse", "Str.", "Straße und Hausnummer", "Straße/Hausnummer",
                 "Straße Hausnr.", "Straße, Nr.", "Anschrift", "Adresse"),
                "Pflichtfeld; mit Hausnummer, z. B. Bachweg 3"),
    ImportField("house_number", "Hausnummer", False,
                ("Hausnr.", "Haus-Nr.", "Nr.", "HNr."), "wird an die Straße angehängt",
                in_template=False),
    ImportField("postal_code", "PLZ", True, ("Postleitzahl",), "Pflichtfeld; fünf Ziffern"),
    ImportField("city", "Ort", True, ("Stadt", "Gemeinde", "Wohnort"), "Pflichtfeld"),
    ImportField("postal_code_city", "PLZ und Ort", False,
                ("PLZ/Ort", "PLZ, Ort", "PLZ Ort", "Postleitzahl und Ort", "Postleitzahl/Ort"),
                "z. B. 59494 Soest", covers=("postal_code", "city"), in_template=False),
    ImportField("district", "Stadtteil", False, ("Ortsteil", "Bezirk", "Stadtbezirk", "Quartier")),
    ImportField("living_space_m2", "Wohnfläche m²", False,
                ("Wohnfläche", "Wohnfläche (m²)", "Wohnfläche qm", "Wohnfläche in m²",
                 "Fläche", "Gesamtfläche", "qm", "m²"), "Quadratmeter, z. B. 1250,5"),
    ImportField("barrier_free", "Barrierefrei", False,
                ("Barrierefreiheit", "rollstuhlgerecht", "rollstuhlgeeignet"), BOOL_HINT,
                YES_NO),
    ImportField("pets_allowed", "Haustiere erlaubt", False,
                ("Haustiere", "Tiere erlaubt", "Tierhaltung", "Haustierhaltung"), BOOL_HINT,
                YES_NO),
    ImportField("smoking_allowed", "Rauchen erlaubt", False,
                ("Rauchen", "Raucher", "Raucherbereich"), BOOL_HINT, YES_NO),
    ImportField("notes", "Bemerkungen", False,
                ("Bemerkung", "Notiz", "Notizen", "Hinweis", "Hinweise", "Anmerkung",
                 "Anmerkungen", "Kommentar")),
)

UNIT_FIELDS = (
    ImportField("facility", "Unterkunft", True,
                ("Einrichtung", "Objekt", "Haus", "Gebäude", "Standort", "Name der Unterkunft",
                 "Objektname"), "Pflichtfeld; der Name einer schon erfassten Unterkunft"),
    ImportField("label", "Wohneinheit", True,
                ("Zimmer", "Zimmernummer", "Zimmer-Nr.", "Zi.-Nr.", "Wohnung", "Whg.",
                 "Wohnungsnummer", "WE", "Bezeichnung", "Raum", "Raumnummer", "Einheit",
                 "Wohneinheit/Zimmer"), "Pflichtfeld; z. B. 1.04 oder Whg. 3"),
    ImportField("floor", "Etage", False, ("Geschoss", "Stockwerk", "Stock", "Ebene"),
                "Zahl (0 = Erdgeschoss, -1 = Keller); auch „EG“, „1. OG“"),
    ImportField("places", "Plätze", True,
                ("Platzzahl", "Anzahl Plätze", "Plätze gesamt", "Betten", "Bettenzahl",
                 "Anzahl Betten", "Kapazität", "Belegungsplätze"), "Pflichtfeld; ganze Zahl"),
    ImportField("area_m2", "Fläche m²", True,
                ("Fläche", "Fläche (m²)", "Fläche in m²", "Fläche qm", "Größe", "Größe m²",
                 "Zimmergröße", "Wohnfläche", "Wohnfläche m²", "qm", "m²"),
                "Pflichtfeld; Quadratmeter, z. B. 14,5"),
    ImportField("barrier_free", "Barrierefrei", False,
                ("Barrierefreiheit", "rollstuhlgerecht", "rollstuhlgeeignet"), BOOL_HINT,
                YES_NO),
    ImportField("occupancy_type", "Belegungsart", False,
                ("Belegung", "Art der Belegung", "Zielgruppe", "Art"), "leer = gemischt",
                OCCUPANCY_TYPES.choices),
)

FIELDS: dict[ImportKind, tuple[ImportField, ...]] = {
    ImportKind.PEOPLE: PEOPLE_FIELDS,
    ImportKind.FACILITIES: FACILITY_FIELDS,
    ImportKind.UNITS: UNIT_FIELDS,
}


def import_kind(kind: str) -> ImportKind:
    try:
        return ImportKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in ImportKind)
        raise DomainError(f"Unbekannte Importart „{kind}“ (möglich: {allowed}).") from None


def fields(kind: str) -> list[ImportField]:
    return list(FIELDS[import_kind(kind)])


def field_by_key(kind: str) -> dict[str, ImportField]:
    return {f.key: f for f in FIELDS[import_kind(kind)]}


def _header_index(kind: ImportKind) -> dict[str, str]:
    index: dict[str, str] = {}
    for import_field in FIELDS[kind]:
        for header in import_field.headers():
            for key in (normalise(header), loosen(normalise(header))):
                if index.setdefault(key, import_field.key) != import_field.key:
                    raise ValueError(f"{kind}: header „{header}“ means two fields")
    return index


HEADER_INDEX = {kind: _header_index(kind) for kind in ImportKind}


def _exact(kind: str, header: str) -> str | None:
    index = HEADER_INDEX[import_kind(kind)]
    key = normalise(header)
    return index.get(key) or index.get(loosen(key))


def _with_remark(kind: str, header: str) -> str | None:
    """A known header followed by a remark ("Geburtsdatum (TT.MM.JJJJ)"), unless the rest
    names another field too ("Vorname Name" is neither first name nor name)."""
    index = HEADER_INDEX[import_kind(kind)]
    for candidate in dict.fromkeys((normalise(header), loosen(normalise(header)))):
        prefixes = [k for k in index if len(k) >= MIN_PREFIX and candidate.startswith(k)]
        if not prefixes:
            continue
        key = index[max(prefixes, key=len)]
        others = (k for k, f in index.items() if f != key and len(k) >= MIN_PREFIX)
        if not any(other in candidate for other in others):
            return key
    return None


def recognise(kind: str, header: str) -> str | None:
    """The field `header` stands for, if it is one of the known spellings."""
    return _exact(kind, header) or _with_remark(kind, header)


def _blocked(taken: set[str], key: str, by_key: Mapping[str, ImportField]) -> bool:
    """True when `key` or a field overlapping it (PLZ vs. "PLZ und Ort") is mapped."""
    if key in taken:
        return True
    overlapping = set(by_key[key].covers) | {k for k in taken if key in by_key[k].covers}
    return bool(overlapping & taken)


def guess_mapping(kind: str, headers: Sequence[str]) -> dict[int, str]:
    """column index → field key for every header recognised; a field once only (exact
    spellings first, then the leftmost column wins). The user maps the rest; unmapped
    columns are ignored."""
    by_key = field_by_key(kind)
    mapping: dict[int, str] = {}
    for matcher in (_exact, _with_remark):
        for index, header in enumerate(headers):
            if index in mapping:
                continue
            key = matcher(kind, header)
            if key is not None and not _blocked(set(mapping.values()), key, by_key):
                mapping[index] = key
    return dict(sorted(mapping.items()))


def check_mapping(kind: str, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
    """Refuse (German DomainError) a mapping with an unknown field or column, a field from
    two columns, or a required field without a column."""
    by_key = field_by_key(kind)
    problems: list[str] = []
    seen: dict[str, int] = {}
    for index, key in sorted(mapping.items()):
        if not 0 <= index < len(headers):
            problems.append(f"Spalte {index + 1} gibt es in der Datei nicht.")
            continue
        if key not in by_key:
            problems.append(f"„{key}“ ist kein Feld für {KIND_LABELS[import_kind(kind)]}.")
            continue
        label = by_key[key].label
        if key in seen:
            problems.append(f"„{label}“ ist zwei Spalten zugeordnet: „{headers[seen[key]]}“ "
                            f"und „{headers[index]}“.")
            continue
        if _blocked(set(seen), key, by_key):
            problems.append(f"„{label}“ (Spalte „{headers[index]}“) überschneidet sich mit "
                            "einem schon zugeordneten Feld.")
            continue
        seen[key] = index
    covered = {c for key in seen for c in by_key[key].covers}
    missing = [f.label for f in by_key.values()
               if f.required and f.key not in seen and f.key not in covered]
    if missing:
        problems.append("Keine Spalte für: " + ", ".join(f"„{m}“" for m in missing) + ".")
    if problems:
        raise DomainError("Die Zuordnung der Spalten passt nicht: " + " ".join(problems))


def ignored_columns(headers: Sequence[str], mapping: Mapping[int, str]) -> list[str]:
    return [header for index, header in enumerate(headers) if index not in mapping]


def _find_column(headers: Sequence[str], column: str) -> int:
    wanted = normalise(column)
    for index, header in enumerate(headers):
        if header.strip() == column.strip() or (wanted and normalise(header) == wanted):
            return index
    letters = [column_letter(i) for i in range(len(headers))]
    if column.strip().upper() in letters:
        return letters.index(column.strip().upper())
    known = ", ".join(f"„{h}“" for h in headers)
    raise DomainError(f"--map: Die Spalte „{column}“ gibt es in der Datei nicht "
                      f"(vorhanden: {known}).")


def _find_field(kind: str, name: str) -> str:
    for import_field in fields(kind):
        if name.strip() == import_field.key:
            return import_field.key
    key = normalise(name)
    for import_field in fields(kind):
        if key in {normalise(h) for h in import_field.headers()}:
            return import_field.key
    known = ", ".join(f"„{f.label}“" for f in fields(kind))
    raise DomainError(f"--map: „{name}“ ist kein Feld für {KIND_LABELS[import_kind(kind)]} "
                      f"(möglich: {known}).")


def apply_overrides(kind: str, headers: Sequence[str], mapping: Mapping[int, str],
                    specs: Iterable[str]) -> dict[int, str]:
    """The mapping with the user's "Spalte=Feld" choices applied. Spalte is a header (or a
    column letter), Feld a field label or key; "Spalte=" ignores the column."""
    result = dict(mapping)
    for spec in specs:
        column, separator, name = spec.partition("=")
        if not separator or not column.strip():
            raise DomainError(f"--map „{spec}“: bitte als „Spalte=Feld“ angeben, "
                              "z. B. „Geb.=Geburtsdatum“.")
        index = _find_column(headers, column)
        if name.strip().casefold() in IGNORE_WORDS:
            result.pop(index, None)
            continue
        key = _find_field(kind, name)
        for other, other_key in list(result.items()):
            if other_key == key and other != index:
                del result[other]  # the user's choice replaces the guess
        result[index] = key
    return result
