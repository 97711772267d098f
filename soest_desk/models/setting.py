"""Business settings shared by every workstation (deadlines, thresholds), with defaults
declared in the service that reads them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from soest_desk.models.base import Audited, Base, Versioned


class AppSetting(Versioned, Audited, Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
