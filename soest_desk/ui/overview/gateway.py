"""The Übersicht's only way to the database, Qt-free: one short session per call (it runs
on the thread pool), plain data back (`services.overview`)."""

from __future__ import annotations

from datetime import date, datetime

from soest_desk.services import overview
from soest_desk.services.overview import Overview
from soest_desk.ui.session_gateway import SessionGateway


class OverviewGateway(SessionGateway):
    def overview(self, today: date, now: datetime | None = None) -> Overview:
        return self._read(lambda s: overview.overview(s, self.actor, today, now=now))
