"""The audit log: who changed (or read) what, when, old → new. Append-only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from soest_desk.models.base import Base, UTCDateTime, enum_check, utcnow
from soest_desk.models.enums import AuditAction


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # the login is kept as text so the row survives the user's removal
    actor_login: Mapped[str] = mapped_column(String(100))
    actor_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (
        enum_check("action", AuditAction),
        Index("ix_audit_log_table_name_row_id", "table_name", "row_id"),
        Index("ix_audit_log_at", "at"),
        # no "RETURNING id" on insert: on PostgreSQL with roles the application may write
        # the audit trail but not read it
        {"implicit_returning": False},
    )
