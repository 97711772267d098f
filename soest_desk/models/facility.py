"""Facilities (Unterkünfte, incl. private housing offers) and their units."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from soest_desk.models.base import (
    Audited,
    Base,
    SearchKeyed,
    SearchKeys,
    Versioned,
    digits_only,
    enum_check,
    pii,
    search_key_column,
)
from soest_desk.models.enums import FacilityKind, OccupancyType, OfferStatus


class Facility(Versioned, Audited, SearchKeyed, Base):
    __tablename__ = "facilities"
    __audit_end__ = (("active", False),)
    __search_keys__: ClassVar[SearchKeys] = {
        "search_name": ("name", "district", "street"),
    }

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(5))
    city: Mapped[str] = mapped_column(String(100))
    district: Mapped[str | None] = mapped_column(String(100))
    search_name: Mapped[str] = search_key_column()
    living_space_m2: Mapped[Decimal | None] = mapped_column(Numeric(9, 2))
    barrier_free: Mapped[bool] = mapped_column(Boolean, server_default=false())
    pets_allowed: Mapped[bool] = mapped_column(Boolean, server_default=false())
    smoking_allowed: Mapped[bool] = mapped_column(Boolean, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())
    # private housing offers (kind = private_offer) only
    landlord_name: Mapped[str | None] = mapped_column(String(200), info=pii("contact"))
    landlord_phone: Mapped[str | None] = mapped_column(String(50), info=pii("contact"))
    landlord_email: Mapped[str | None] = mapped_column(String(200), info=pii("contact"))
    available_from: Mapped[date | None] = mapped_column(Date)
    available_to: Mapped[date | None] = mapped_column(Date)
    offer_status: Mapped[str | None] = mapped_column(String(32))
    # pilot project membership
    pilot_group: Mapped[str | None] = mapped_column(String(50))
    pilot_start: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    units: Mapped[list[Unit]] = relationship(back_populates="facility", order_by="Unit.label")

    __table_args__ = (
        enum_check("kind", FacilityKind),
        enum_check("offer_status", OfferStatus, nullable=True),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(
            f"length(postal_code) = 5 AND {digits_only('postal_code')}", name="postal_code_5_digits"
        ),
        CheckConstraint(
            "living_space_m2 IS NULL OR living_space_m2 > 0", name="living_space_positive"
        ),
        CheckConstraint(
            "kind = 'private_offer' OR (offer_status IS NULL AND landlord_name IS NULL"
            " AND available_from IS NULL AND available_to IS NULL)",
            name="offer_fields_only_for_offers",
        ),
        CheckConstraint(
            "available_to IS NULL OR available_from IS NULL OR available_to >= available_from",
            name="available_range",
        ),
        CheckConstraint(
            "(pilot_group IS NULL) = (pilot_start IS NULL)", name="pilot_group_and_start"
        ),
        UniqueConstraint("name"),
    )


class Unit(Versioned, Audited, Base):
    """A room or flat (Wohneinheit/Zimmer). A facility's capacity is the sum of its places."""

    __tablename__ = "units"
    __audit_end__ = (("active", False),)

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="RESTRICT"))
    label: Mapped[str] = mapped_column(String(50))
    floor: Mapped[int | None] = mapped_column(Integer)
    places: Mapped[int] = mapped_column(Integer)
    area_m2: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    barrier_free: Mapped[bool] = mapped_column(Boolean, server_default=false())
    occupancy_type: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())

    facility: Mapped[Facility] = relationship(back_populates="units")

    __table_args__ = (
        enum_check("occupancy_type", OccupancyType),
        CheckConstraint("places >= 1", name="places_at_least_one"),
        CheckConstraint("area_m2 > 0", name="area_positive"),
        CheckConstraint("floor IS NULL OR floor BETWEEN -5 AND 60", name="floor_plausible"),
        CheckConstraint("length(trim(label)) > 0", name="label_not_blank"),
        UniqueConstraint("facility_id", "label"),
    )
