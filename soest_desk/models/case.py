"""Social-work cases per household, their notes (Sozialdaten), checklist and follow-ups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from soest_desk.models.base import Audited, Base, UTCDateTime, Versioned, enum_check, pii, utcnow
from soest_desk.models.enums import CaseNoteKind, CaseOutcome, CaseStatus, ReadinessState
from soest_desk.models.person import Household
from soest_desk.models.user import User


class Case(Versioned, Audited, Base):
    __tablename__ = "cases"
    __audit_end__ = (("status", CaseStatus.CLOSED.value),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="RESTRICT"))
    social_worker_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), server_default=CaseStatus.OPEN.value)
    goals: Mapped[str | None] = mapped_column(Text, info=pii("social"))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(32))
    # the private housing offer reserved for (and, with outcome own_flat, taken by) the household
    housing_offer_id: Mapped[int | None] = mapped_column(
        ForeignKey("facilities.id", ondelete="RESTRICT"), index=True
    )

    household: Mapped[Household] = relationship()
    social_worker: Mapped[User | None] = relationship()
    notes: Mapped[list[CaseNote]] = relationship(back_populates="case")
    readiness_items: Mapped[list[ReadinessItem]] = relationship(back_populates="case")
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="case")

    __table_args__ = (
        enum_check("status", CaseStatus),
        enum_check("outcome", CaseOutcome, nullable=True),
        CheckConstraint(
            "(status = 'closed') = (closed_on IS NOT NULL)", name="closed_on_when_closed"
        ),
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
        # one open case per household
        Index(
            "uq_cases_household_open",
            "household_id",
            unique=True,
            sqlite_where=text("status <> 'closed'"),
            postgresql_where=text("status <> 'closed'"),
        ),
        # an offer is reserved for one open case at a time
        Index(
            "uq_cases_offer_open",
            "housing_offer_id",
            unique=True,
            sqlite_where=text("status <> 'closed' AND housing_offer_id IS NOT NULL"),
            postgresql_where=text("status <> 'closed' AND housing_offer_id IS NOT NULL"),
        ),
    )


class CaseNote(Versioned, Audited, Base):
    """A Vermerk. Its text is Sozialdaten: only social workers read it, every read is audited."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    note_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    # deferred: loading a note never reads its text (on a PostgreSQL database with roles,
    # nobody may select it; `services.case_notes.read_note` goes through the function)
    text: Mapped[str] = mapped_column(Text, deferred=True, info=pii("social"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="notes")

    __table_args__ = (
        enum_check("kind", CaseNoteKind),
        CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes BETWEEN 0 AND 1440",
            name="duration_plausible",
        ),
    )


class ReadinessItem(Versioned, Audited, Base):
    """One item of the tenancy-readiness checklist (Mietvertragsfähigkeit) of a case."""

    __tablename__ = "readiness_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String(50))
    state: Mapped[str] = mapped_column(String(16), server_default=ReadinessState.OPEN.value)
    state_date: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    count_value: Mapped[int | None] = mapped_column(Integer)  # e.g. number of applications
    evidence: Mapped[str | None] = mapped_column(Text, info=pii("social"))

    case: Mapped[Case] = relationship(back_populates="readiness_items")

    __table_args__ = (
        enum_check("state", ReadinessState),
        UniqueConstraint("case_id", "item_key"),
        CheckConstraint("count_value IS NULL OR count_value >= 0", name="count_not_negative"),
    )


class FollowUp(Versioned, Audited, Base):
    """A Wiedervorlage: something to look at again by a date."""

    __tablename__ = "follow_ups"
    __audit_end__ = (("done_on", None),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    subject: Mapped[str] = mapped_column(String(300), info=pii("social"))
    done_on: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="follow_ups")
