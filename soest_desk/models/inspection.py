"""Site inspections (Begehungen): the Heimleitung's regular safety walk through a facility.

An inspection is evidence of the duty of care: who walked, when, and what each checklist
item showed. It is written once and never edited; a failed item points to the ticket it
created. The checklist itself is a shared setting, copied into each inspection's items so
that a later change of the list does not rewrite old evidence.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from soest_desk.models.base import Audited, Base, UTCDateTime, Versioned, enum_check, utcnow
from soest_desk.models.enums import InspectionResult, TicketCategory
from soest_desk.models.facility import Facility


class InspectionPlan(Versioned, Audited, Base):
    """How often a facility is inspected; facilities without a plan use the shared default."""

    __tablename__ = "inspection_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(
        ForeignKey("facilities.id", ondelete="CASCADE"), unique=True
    )
    interval_days: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())

    __table_args__ = (
        CheckConstraint("interval_days BETWEEN 1 AND 366", name="interval_days_range"),
    )


class Inspection(Audited, Base):
    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="RESTRICT"))
    performed_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    performed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    note: Mapped[str | None] = mapped_column(Text)

    facility: Mapped[Facility] = relationship()
    items: Mapped[list[InspectionItem]] = relationship(
        back_populates="inspection", order_by="InspectionItem.position"
    )

    __table_args__ = (Index("ix_inspections_facility_id_performed_on", "facility_id",
                            "performed_on"),)


class InspectionItem(Audited, Base):
    __tablename__ = "inspection_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(32))
    is_safety: Mapped[bool] = mapped_column(Boolean, server_default=false())
    result: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="RESTRICT"), index=True
    )

    inspection: Mapped[Inspection] = relationship(back_populates="items")

    __table_args__ = (
        enum_check("result", InspectionResult),
        enum_check("category", TicketCategory),
        CheckConstraint("(result = 'defect') = (ticket_id IS NOT NULL)",
                        name="defect_has_ticket"),
        UniqueConstraint("inspection_id", "position"),
    )
