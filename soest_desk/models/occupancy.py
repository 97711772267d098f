"""What limits a unit's places besides its size: blocked places (mould, renovation,
quarantine) and the rare, audited decision to put more people in a unit than it has places.

Blocks are half-open like stays: the places are blocked from `start_date` and free again on
`end_date` (open while NULL).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from soest_desk.models.base import Audited, Base, UTCDateTime, Versioned, enum_check, utcnow
from soest_desk.models.enums import BlockReason
from soest_desk.models.facility import Unit


class PlaceBlock(Versioned, Audited, Base):
    """Places of a unit that may not be allocated for a while."""

    __tablename__ = "place_blocks"
    __audit_end__ = (("end_date", None),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    places: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    unit: Mapped[Unit] = relationship()

    __table_args__ = (
        enum_check("reason", BlockReason),
        CheckConstraint("places >= 1", name="places_at_least_one"),
        CheckConstraint("end_date IS NULL OR end_date > start_date", name="end_after_start"),
        Index("ix_place_blocks_unit_id_start_date", "unit_id", "start_date"),
    )


class OverAllocation(Versioned, Audited, Base):
    """A manager's written decision to move people into a unit beyond its places.

    The stays it allowed point at it; the unit shows as "überbelegt" until the decision is
    resolved (`resolved_at`), which the stay service does when the unit fits again."""

    __tablename__ = "over_allocations"
    __audit_end__ = (("resolved_at", None),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    reason: Mapped[str] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    unit: Mapped[Unit] = relationship()

    __table_args__ = (
        CheckConstraint("length(trim(reason)) >= 10", name="reason_written"),
        Index("ix_over_allocations_unit_id", "unit_id"),
    )
