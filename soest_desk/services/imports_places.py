"""Importing facilities and units (see `imports` for the flow).

A facility whose name is already taken (in the database or by an earlier row) and a unit
whose label its facility already has are duplicates: they block the import, or are
skipped with `skip_duplicates` (so an updated list can be imported again). A unit names
its facility by name; an unknown name is an error with the closest known name suggested.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from decimal import Decimal
from typing import Any

from rapidfuzz import process
from sqlalchemy import select

from soest_desk.models.enums import FacilityKind
from soest_desk.models.facility import Facility, Unit
from soest_desk.services import place_checks, places, validation
from soest_desk.services.errors import DomainError
from soest_desk.services.import_files import Cell
from soest_desk.services.imports_fields import ImportKind
from soest_desk.services.imports_rows import (
    BaseImporter,
    DuplicateMatch,
    Item,
    RowValues,
    name_key,
    same_text_key,
)
from soest_desk.services.imports_values import (
    FACILITY_KINDS,
    OCCUPANCY_TYPES,
    choose,
    parse_floor,
    text_value,
)
from soest_desk.services.permissions import Actor

MAX_LIVING_SPACE = Decimal("9999999.99")  # Numeric(9, 2)
MAX_UNIT_AREA = Decimal("99999.99")  # Numeric(7, 2)
OFFER = FacilityKind.PRIVATE_OFFER.value
POSTAL_CODE_CITY = re.compile(r"^(?:D\s*-\s*)?(\d{5})\s*,?\s+(\S.*)$")
SUGGESTION_SCORE = 70


def _text(limit: int) -> Callable[[Cell, str], str | None]:
    return lambda value, label: text_value(value, label, max_length=limit)


def _postal_code_city(value: Cell, label: str) -> tuple[str, str]:
    match = POSTAL_CODE_CITY.match(text_value(value, label, max_length=120) or "")
    if match is None:
        raise DomainError(f"{label}: „{value}“ – bitte als „PLZ Ort“ angeben, z. B. "
                          "„59494 Soest“.", field=label)
    return match.group(1), match.group(2)


class FacilityImporter(BaseImporter):
    kind = ImportKind.FACILITIES

    def convert(self, values: RowValues) -> Item[places.FacilityInput] | None:
        name = values.required("name", _text(200))
        kind = values.required("kind", lambda v, label: choose(v, label, FACILITY_KINDS))
        street = values.required("street", _text(200))
        number = values.parse("house_number", _text(20))
        if street and number:
            street = f"{street} {number}"
        if values.has("postal_code_city"):
            postal_code, city = values.required("postal_code_city", _postal_code_city) or (
                None, None)
        else:
            postal_code = values.required("postal_code", validation.parse_postal_code)
            city = values.required("city", _text(100))
        data = dict(
            district=values.parse("district", _text(100)),
            living_space_m2=values.parse("living_space_m2", lambda v, label: (
                validation.parse_decimal(v, label, positive=True, maximum=MAX_LIVING_SPACE))),
            barrier_free=values.parse("barrier_free", validation.parse_bool, False),
            pets_allowed=values.parse("pets_allowed", validation.parse_bool, False),
            smoking_allowed=values.parse("smoking_allowed", validation.parse_bool, False),
            notes=values.parse("notes", _text(place_checks.MAX_NOTES)),
        )
        if not values.ok:
            return None
        facility = places.FacilityInput(kind=kind, name=name, street=street,
                                        postal_code=postal_code, city=city, **data)
        try:
            places.check_facility(facility)
        except DomainError as exc:
            self.fail_from_service(values, exc)
            return None
        return Item(values.number, facility, {})

    def duplicates(self, items: list[Item[Any]]) -> dict[int, tuple[DuplicateMatch, ...]]:
        existing = {same_text_key(name): (facility_id, name) for facility_id, name in
                    self.session.execute(select(Facility.id, Facility.name))}
        return _mark_duplicates(
            items, lambda item: same_text_key(item.data.name), existing,
            lambda _item, name: f"Unterkunft „{name}“ ist schon erfasst",
            lambda row: f"gleicher Name wie Zeile {row}")

    def write(self, actor: Actor, items: list[Item[Any]], step: Callable[[int], None]) -> int:
        for item in items:
            step(item.row_number)
            places.create_facility(self.session, actor, item.data)
        return len(items)


class UnitImporter(BaseImporter):
    kind = ImportKind.UNITS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.facilities: dict[str, list[tuple[int, str, str, bool]]] = {}
        rows = self.session.execute(select(Facility.id, Facility.name, Facility.kind,
                                           Facility.active))
        for facility_id, name, kind, active in rows:
            self.facilities.setdefault(name_key(name), []).append(
                (facility_id, name, kind, active))
        self.names = sorted({facility[1] for found in self.facilities.values()
                             for facility in found}, key=str.casefold)

    def _facility(self, value: Cell, label: str) -> tuple[int, str]:
        given = text_value(value, label, max_length=200) or ""
        found = self.facilities.get(name_key(given), [])
        exact = [f for f in found if f[1] == given]
        if len(found) > 1 and len(exact) == 1:
            found = exact
        if len(found) > 1:
            names = " und ".join(f"„{facility[1]}“" for facility in found)
            raise DomainError(f"{label}: „{given}“ passt zu {names}; bitte den Namen genau so "
                              "schreiben wie in Soest Desk.", field=label)
        if not found:
            raise DomainError(f"{label}: Eine Unterkunft „{given}“ gibt es nicht"
                              f"{self._suggestion(given)}. Bitte zuerst die Unterkunft "
                              "erfassen oder importieren.", field=label)
        facility_id, name, kind, active = found[0]
        if kind == OFFER:
            raise DomainError(f"{label}: „{name}“ ist ein privates Wohnraumangebot; es hat "
                              "genau eine Wohnung und bekommt keine weiteren Wohneinheiten.",
                              field=label)
        if not active:
            raise DomainError(f"{label}: Die Unterkunft „{name}“ ist nicht mehr in Betrieb.",
                              field=label)
        return facility_id, name

    def _suggestion(self, given: str) -> str:
        best = process.extractOne(given, self.names, processor=str.casefold,
                                  score_cutoff=SUGGESTION_SCORE) if self.names else None
        return f" (meinten Sie „{best[0]}“?)" if best else ""

    def convert(self, values: RowValues) -> Item[places.UnitInput] | None:
        facility = values.required("facility", self._facility)
        label = values.required("label", _text(50))
        places_count = values.required("places", lambda v, name: validation.parse_int(
            v, name, minimum=1, maximum=place_checks.MAX_UNIT_PLACES))
        area = values.required("area_m2", lambda v, name: validation.parse_decimal(
            v, name, positive=True, maximum=MAX_UNIT_AREA))
        floor = values.parse("floor", parse_floor)
        barrier_free = values.parse("barrier_free", validation.parse_bool, False)
        occupancy = values.parse("occupancy_type",
                                 lambda v, name: choose(v, name, OCCUPANCY_TYPES), "mixed")
        if not values.ok:
            return None
        unit = places.UnitInput(label=label, places=places_count, area_m2=area,
                                occupancy_type=occupancy, floor=floor, barrier_free=barrier_free)
        try:
            places.check_unit(unit)
        except DomainError as exc:
            self.fail_from_service(values, exc)
            return None
        facility_id, facility_name = facility
        return Item(values.number, unit, {"facility_id": facility_id, "facility": facility_name})

    def duplicates(self, items: list[Item[Any]]) -> dict[int, tuple[DuplicateMatch, ...]]:
        wanted = {item.extra["facility_id"] for item in items}
        existing = {
            (facility_id, same_text_key(label)): (unit_id, label)
            for unit_id, facility_id, label in self.session.execute(
                select(Unit.id, Unit.facility_id, Unit.label)
                .where(Unit.facility_id.in_(wanted)))
        } if wanted else {}
        return _mark_duplicates(
            items, lambda item: (item.extra["facility_id"], same_text_key(item.data.label)),
            existing,
            lambda item, label: f"„{item.extra['facility']}“ hat schon die Wohneinheit "
                                f"„{label}“",
            lambda row: f"gleiche Wohneinheit wie Zeile {row}")

    def write(self, actor: Actor, items: list[Item[Any]], step: Callable[[int], None]) -> int:
        for item in items:
            step(item.row_number)
            places.create_unit(self.session, actor, item.extra["facility_id"], item.data)
        return len(items)


def _mark_duplicates(
    items: list[Item[Any]], key_of: Callable[[Item[Any]], Hashable],
    existing: dict[Any, tuple[int, str]], stored: Callable[[Item[Any], str], str],
    earlier_row: Callable[[int], str],
) -> dict[int, tuple[DuplicateMatch, ...]]:
    """Rows whose key is already stored (`existing`: key -> (id, name)) or appeared in an
    earlier row of the file; only the later of two equal rows is the duplicate."""
    first_row: dict[Any, int] = {}
    found: dict[int, tuple[DuplicateMatch, ...]] = {}
    for item in items:
        key = key_of(item)
        matches = []
        if key in existing:
            record_id, name = existing[key]
            matches.append(DuplicateMatch(stored(item, name), record_id=record_id))
        if key in first_row:
            matches.append(DuplicateMatch(earlier_row(first_row[key]),
                                          row_number=first_row[key]))
        else:
            first_row[key] = item.row_number
        if matches:
            found[item.row_number] = tuple(matches)
    return found
