"""The inputs of the facility, unit and housing-offer forms and their pure field checks.

`places` re-exports everything here; the import uses the same checks row by row before it
touches the database. Each check raises a DomainError naming the field; `cleaned_*` returns
the input as it is stored (trimmed text, amounts as Decimal).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from soest_desk.models.enums import FacilityKind, OccupancyType, OfferStatus
from soest_desk.services.errors import DomainError
from soest_desk.services.validation import (
    FACILITY_KIND_LABELS,
    OCCUPANCY_TYPE_LABELS,
    OFFER_STATUS_LABELS,
    check_amount_places,
    check_code,
    clean_text,
    german_date,
    parse_email,
    parse_phone,
)

MAX_NAME, MAX_STREET, MAX_CITY, MAX_LABEL, MAX_NOTES = 200, 200, 100, 50, 5000
MAX_UNIT_PLACES = 500  # a sports hall used as emergency shelter is one unit
MIN_FLOOR, MAX_FLOOR = -5, 60
AREA_DIGITS, LIVING_SPACE_DIGITS = 5, 7  # before the comma: Numeric(7, 2) and Numeric(9, 2)


@dataclass
class FacilityInput:
    kind: str  # a FacilityKind code other than private_offer
    name: str
    street: str
    postal_code: str  # five digits (validation.parse_postal_code)
    city: str
    district: str | None = None
    living_space_m2: Decimal | None = None
    barrier_free: bool = False
    pets_allowed: bool = False
    smoking_allowed: bool = False
    notes: str | None = None


@dataclass
class UnitInput:
    label: str
    places: int
    area_m2: Decimal
    occupancy_type: str = OccupancyType.MIXED.value
    floor: int | None = None
    barrier_free: bool = False


@dataclass
class OfferInput:
    """A private housing offer (Wohnraumangebot): the flat and its landlord."""

    name: str
    street: str
    postal_code: str
    city: str
    district: str | None
    landlord_name: str
    landlord_phone: str | None
    landlord_email: str | None
    available_from: date | None
    available_to: date | None
    places: int
    area_m2: Decimal
    barrier_free: bool = False
    pets_allowed: bool = False
    smoking_allowed: bool = False
    offer_status: str = OfferStatus.OFFERED.value
    notes: str | None = None


def _amount(value: object, label: str, digits: int, *, required: bool) -> Decimal | None:
    if value is None:
        if required:
            raise DomainError(f"{label}: bitte angeben.", field=label)
        return None
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float):
        raise DomainError(f"{label}: bitte eine Zahl angeben.", field=label)
    amount = value if isinstance(value, Decimal) else Decimal(str(value))
    if not amount.is_finite() or amount <= 0:
        shown = str(amount).replace(".", ",")
        raise DomainError(f"{label}: muss größer als 0 sein (eingegeben: {shown}).", field=label)
    check_amount_places(amount, label, digits=digits)
    return amount


def _whole(value: object, label: str, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(f"{label}: bitte eine ganze Zahl angeben.", field=label)
    if value < minimum:
        raise DomainError(f"{label}: mindestens {minimum} (eingegeben: {value}).", field=label)
    if value > maximum:
        raise DomainError(f"{label}: höchstens {maximum} (eingegeben: {value}).", field=label)
    return value


def _check_address(name: str, street: str, postal_code: str, city: str,
                   district: str | None) -> None:
    clean_text(name, "Name", MAX_NAME, required=True)
    clean_text(street, "Straße", MAX_STREET, required=True)
    code = (postal_code or "").strip()
    if not (len(code) == 5 and code.isdigit() and code.isascii()):
        raise DomainError(f"PLZ: „{code}“ – eine Postleitzahl hat genau fünf Ziffern "
                          "(z. B. 59494).", field="PLZ")
    clean_text(city, "Ort", MAX_CITY, required=True)
    clean_text(district, "Stadtteil", MAX_CITY)


def check_facility(data: FacilityInput) -> None:
    check_code(data.kind, "Art", FACILITY_KIND_LABELS)
    if data.kind == FacilityKind.PRIVATE_OFFER.value:
        raise DomainError("Art: ein privates Wohnraumangebot bitte als Wohnraumangebot "
                          "erfassen.", field="Art")
    _check_address(data.name, data.street, data.postal_code, data.city, data.district)
    _amount(data.living_space_m2, "Wohnfläche (m²)", LIVING_SPACE_DIGITS, required=False)
    clean_text(data.notes, "Bemerkungen", MAX_NOTES, multiline=True)


def check_unit(data: UnitInput) -> None:
    clean_text(data.label, "Bezeichnung", MAX_LABEL, required=True)
    _whole(data.places, "Plätze", 1, MAX_UNIT_PLACES)
    _amount(data.area_m2, "Fläche (m²)", AREA_DIGITS, required=True)
    check_code(data.occupancy_type, "Belegungsart", OCCUPANCY_TYPE_LABELS)
    if data.floor is not None:
        _whole(data.floor, "Etage", MIN_FLOOR, MAX_FLOOR)


def check_offer(data: OfferInput) -> None:
    _check_address(data.name, data.street, data.postal_code, data.city, data.district)
    clean_text(data.landlord_name, "Vermieter*in", MAX_NAME, required=True)
    phone = parse_phone(data.landlord_phone, "Telefon (Vermieter*in)")
    email = parse_email(data.landlord_email, "E-Mail (Vermieter*in)")
    if phone is None and email is None:
        raise DomainError("Telefon (Vermieter*in): bitte Telefon oder E-Mail angeben, damit "
                          "wir die Vermieter*in erreichen.", field="Telefon (Vermieter*in)")
    if (data.available_from is not None and data.available_to is not None
            and data.available_to < data.available_from):
        raise DomainError(f"Verfügbar bis: der {german_date(data.available_to)} liegt vor "
                          f"„verfügbar ab“ ({german_date(data.available_from)}).",
                          field="Verfügbar bis")
    _whole(data.places, "Plätze", 1, MAX_UNIT_PLACES)
    _amount(data.area_m2, "Fläche (m²)", AREA_DIGITS, required=True)
    check_code(data.offer_status, "Status", OFFER_STATUS_LABELS)
    clean_text(data.notes, "Bemerkungen", MAX_NOTES, multiline=True)


def _text(value: str | None) -> str | None:
    """Trimmed, inner white space made one space; None when blank."""
    return " ".join((value or "").split()) or None


def cleaned_facility(data: FacilityInput) -> FacilityInput:
    return replace(
        data, name=_text(data.name) or "", street=_text(data.street) or "",
        postal_code=data.postal_code.strip(), city=_text(data.city) or "",
        district=_text(data.district),
        living_space_m2=_amount(data.living_space_m2, "Wohnfläche (m²)", LIVING_SPACE_DIGITS,
                                required=False),
        notes=(data.notes or "").strip() or None,
    )


def cleaned_unit(data: UnitInput) -> UnitInput:
    return replace(data, label=_text(data.label) or "",
                   area_m2=_amount(data.area_m2, "Fläche (m²)", AREA_DIGITS, required=True))


def cleaned_offer(data: OfferInput) -> OfferInput:
    return replace(
        data, name=_text(data.name) or "", street=_text(data.street) or "",
        postal_code=data.postal_code.strip(), city=_text(data.city) or "",
        district=_text(data.district), landlord_name=_text(data.landlord_name) or "",
        landlord_phone=parse_phone(data.landlord_phone, "Telefon (Vermieter*in)"),
        landlord_email=parse_email(data.landlord_email, "E-Mail (Vermieter*in)"),
        area_m2=_amount(data.area_m2, "Fläche (m²)", AREA_DIGITS, required=True),
        notes=(data.notes or "").strip() or None,
    )
