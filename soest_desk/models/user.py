"""Users of the application, their roles and the facilities they are assigned to."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, ForeignKey, String, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from soest_desk.models.base import (
    Audited,
    Base,
    SearchKeyed,
    SearchKeys,
    UTCDateTime,
    Versioned,
    enum_check,
    search_key_column,
    utcnow,
)
from soest_desk.models.enums import Role


class User(Versioned, Audited, SearchKeyed, Base):
    __tablename__ = "users"
    __audit_end__ = (("active", False),)
    __search_keys__: ClassVar[SearchKeys] = {
        "search_name": ("display_name", "login"),
    }

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    search_name: Mapped[str] = search_key_column()
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())
    # argon2id hash of the optional application password (SQLite setup); never audited
    # (deferred: on PostgreSQL with roles only the Administration may select it)
    password_hash: Mapped[str | None] = mapped_column(String(300), deferred=True,
                                                      info={"secret": True})
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )
    facilities: Mapped[list[UserFacility]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )


class UserRole(Audited, Base):
    __tablename__ = "user_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(32))

    user: Mapped[User] = relationship(back_populates="roles")

    __table_args__ = (enum_check("role", Role), UniqueConstraint("user_id", "role"))


class UserFacility(Audited, Base):
    __tablename__ = "user_facilities"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="CASCADE"))

    user: Mapped[User] = relationship(back_populates="facilities")

    __table_args__ = (UniqueConstraint("user_id", "facility_id"),)
