"""Defect tickets (Mängelmeldungen), their immutable events, photos and cost entries.

Residents' names never appear on a ticket: a unit label is enough (data minimisation).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from soest_desk.models.base import (
    Audited,
    Base,
    SearchKeyed,
    SearchKeys,
    UTCDateTime,
    Versioned,
    enum_check,
    pii,
    search_key_column,
    utcnow,
)
from soest_desk.models.enums import (
    CostKind,
    Role,
    TicketCategory,
    TicketEventKind,
    TicketPriority,
    TicketState,
    WaitingReason,
)
from soest_desk.models.facility import Facility, Unit

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


class Ticket(Versioned, Audited, SearchKeyed, Base):
    __tablename__ = "tickets"
    __audit_end__ = (("closed_at", None),)
    __search_keys__: ClassVar[SearchKeys] = {
        "search_text": ("title",),
    }

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="RESTRICT"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    category: Mapped[str] = mapped_column(String(32))
    priority: Mapped[str] = mapped_column(String(16), server_default=TicketPriority.NORMAL.value)
    state: Mapped[str] = mapped_column(String(16), server_default=TicketState.REPORTED.value)
    title: Mapped[str] = mapped_column(String(200))
    search_text: Mapped[str] = search_key_column()
    description: Mapped[str | None] = mapped_column(Text)
    is_safety_hazard: Mapped[bool] = mapped_column(Boolean, server_default=false())
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reporter_note: Mapped[str | None] = mapped_column(String(200))  # e.g. "Anruf Nachbar"
    assignee_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    assignee_external: Mapped[str | None] = mapped_column(String(200))  # contractor
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    secured_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    secured_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    waiting_reason: Mapped[str | None] = mapped_column(String(16))
    waiting_until: Mapped[date | None] = mapped_column(Date)  # back "am Zug" on this day
    inspection_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspections.id", ondelete="RESTRICT"), index=True
    )
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="SET NULL")
    )
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the newest event

    facility: Mapped[Facility] = relationship()
    unit: Mapped[Unit | None] = relationship()
    events: Mapped[list[TicketEvent]] = relationship(
        back_populates="ticket", order_by="TicketEvent.id"
    )
    costs: Mapped[list[CostEntry]] = relationship(back_populates="ticket")

    __table_args__ = (
        enum_check("category", TicketCategory),
        enum_check("priority", TicketPriority),
        enum_check("state", TicketState),
        enum_check("waiting_reason", WaitingReason, nullable=True),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(
            "(state = 'waiting') = (waiting_reason IS NOT NULL)", name="waiting_reason_iff_waiting"
        ),
        CheckConstraint(
            "(state = 'waiting') = (waiting_until IS NOT NULL)", name="waiting_until_iff_waiting"
        ),
        CheckConstraint(
            "NOT is_safety_hazard OR priority = 'immediate'", name="hazard_is_immediate"
        ),
        CheckConstraint(
            "(state IN ('closed', 'cancelled')) = (closed_at IS NOT NULL)",
            name="closed_at_iff_final",
        ),
        CheckConstraint(
            "is_safety_hazard OR (secured_due_at IS NULL AND secured_at IS NULL)",
            name="secured_only_for_hazards",
        ),
        CheckConstraint(
            "duplicate_of_id IS NULL OR duplicate_of_id <> id", name="not_duplicate_of_itself"
        ),
        Index("ix_tickets_state_priority", "state", "priority"),
        Index("ix_tickets_facility_id_state", "facility_id", "state"),
        Index("ix_tickets_reported_at", "reported_at"),
        Index("ix_tickets_unit_id_category_reported_at", "unit_id", "category", "reported_at"),
    )


class TicketEvent(Base):
    """One step in a ticket's history. Never edited (a trigger refuses updates): time per
    state and whose move it was are derived from these.

    `owner_role` is the role whose move it was after this event, fixed when it was written,
    so the history keeps its meaning even if the rules change later. `data` holds the
    structured details of the step (priority from/to, deadline, assignee, duplicate link).
    """

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    owner_role: Mapped[str | None] = mapped_column(String(32))
    waiting_reason: Mapped[str | None] = mapped_column(String(16))
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    ticket: Mapped[Ticket] = relationship(back_populates="events")

    __table_args__ = (
        enum_check("kind", TicketEventKind),
        enum_check("from_state", TicketState, nullable=True),
        enum_check("to_state", TicketState, nullable=True),
        enum_check("owner_role", Role, nullable=True),
        enum_check("waiting_reason", WaitingReason, nullable=True),
        CheckConstraint(
            "(kind = 'transition') = (to_state IS NOT NULL)", name="transition_has_to_state"
        ),
        Index("ix_ticket_events_ticket_id_at", "ticket_id", "at"),
    )


class Attachment(Audited, Base):
    """A photo of a defect, stored in the database so that every workstation sees it.
    `shows_person_id` marks a photo on which a resident can be seen."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(32))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    thumbnail: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # a resident the photo shows (a face in the picture): the disclosure lists the photo,
    # retention and erasure delete it (services.data_protection)
    shows_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True, info=pii("photo"))

    __table_args__ = (
        CheckConstraint(
            "content_type IN ('image/jpeg', 'image/png')", name="content_type_image"
        ),
        CheckConstraint(
            f"size_bytes > 0 AND size_bytes <= {MAX_ATTACHMENT_BYTES}", name="size_limit"
        ),
    )


class CostEntry(Versioned, Audited, Base):
    """Cost booked on a ticket: material, labour (hours × rate) or a contractor invoice."""

    __tablename__ = "cost_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(String(300))
    amount_eur: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    hours: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    hourly_rate_eur: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    booked_on: Mapped[date] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    ticket: Mapped[Ticket] = relationship(back_populates="costs")

    __table_args__ = (
        enum_check("kind", CostKind),
        CheckConstraint("amount_eur >= 0", name="amount_not_negative"),
        CheckConstraint(
            "kind <> 'labour' OR (hours IS NOT NULL AND hourly_rate_eur IS NOT NULL)",
            name="labour_has_hours_and_rate",
        ),
        CheckConstraint("hours IS NULL OR hours > 0", name="hours_positive"),
    )
