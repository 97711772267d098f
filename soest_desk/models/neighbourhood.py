"""Neighbourhood reports (Nachbarschaftsmeldungen): complaints and contacts per facility.

`text` and `follow_up` are free text that may name neighbours or residents; they are tagged
as personal data of the category "free_text" (not "social": they are not Sozialdaten from
casework, everyone who may see the register reads them, and the audit log keeps their
values), so disclosure, retention and erasure find them. `contact_name` is a contact.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from soest_desk.models.base import Audited, Base, Versioned, enum_check, pii
from soest_desk.models.enums import (
    NeighbourhoodCategory,
    NeighbourhoodChannel,
    NeighbourhoodKind,
)
from soest_desk.models.facility import Facility


class NeighbourhoodReport(Versioned, Audited, Base):
    __tablename__ = "neighbourhood_reports"
    __audit_end__ = (("resolved", True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="RESTRICT"))
    reported_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, info=pii("free_text"))
    contact_name: Mapped[str | None] = mapped_column(String(200), info=pii("contact"))
    follow_up: Mapped[str | None] = mapped_column(Text, info=pii("free_text"))  # done / agreed
    follow_up_on: Mapped[date | None] = mapped_column(Date)  # Wiedervorlage
    resolved: Mapped[bool] = mapped_column(Boolean, server_default=false())
    resolved_on: Mapped[date | None] = mapped_column(Date)

    facility: Mapped[Facility] = relationship()

    __table_args__ = (
        enum_check("kind", NeighbourhoodKind),
        enum_check("channel", NeighbourhoodChannel),
        enum_check("category", NeighbourhoodCategory),
        CheckConstraint("resolved OR resolved_on IS NULL", name="resolved_on_only_if_resolved"),
        CheckConstraint("follow_up_on IS NULL OR follow_up_on >= reported_on",
                        name="follow_up_not_before_report"),
        Index("ix_neighbourhood_reports_facility_id_reported_on", "facility_id", "reported_on"),
    )
