"""Stays (Belegungen): a person in a unit from a date to a date (open while present).

Dates are half-open: the person is present on `start_date` and gone on `end_date`, so a
transfer ends one stay on the day the next begins. No two stays of one person overlap: on
PostgreSQL an exclusion constraint, on SQLite a trigger (both created by the migration).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from soest_desk.models.base import Audited, Base, Versioned, enum_check, pii
from soest_desk.models.enums import MoveOutReason
from soest_desk.models.facility import Unit
from soest_desk.models.person import Person


class Stay(Versioned, Audited, Base):
    __tablename__ = "stays"
    __audit_end__ = (("end_date", None),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="RESTRICT"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    start_date: Mapped[date] = mapped_column(Date, info=pii("stay"))
    end_date: Mapped[date | None] = mapped_column(Date, info=pii("stay"))
    move_out_reason: Mapped[str | None] = mapped_column(String(32), info=pii("stay"))
    note: Mapped[str | None] = mapped_column(Text, info=pii("stay"))
    # set when a manager allowed this stay beyond the unit's places (see OverAllocation)
    over_allocation_id: Mapped[int | None] = mapped_column(
        ForeignKey("over_allocations.id", ondelete="RESTRICT"), index=True)

    person: Mapped[Person] = relationship()
    unit: Mapped[Unit] = relationship()

    __table_args__ = (
        enum_check("move_out_reason", MoveOutReason, nullable=True),
        CheckConstraint("end_date IS NULL OR end_date > start_date", name="end_after_start"),
        CheckConstraint(
            "(end_date IS NULL) = (move_out_reason IS NULL)", name="reason_when_ended"
        ),
        Index("ix_stays_person_id_start_date", "person_id", "start_date"),
        Index("ix_stays_unit_id_start_date", "unit_id", "start_date"),
    )
