"""The settings dialog's way to the shared settings in the database (Qt-free, one short
session per call), and the Bewohner filter's way to its age thresholds."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from soest_desk.db import Database, DatabaseError, translated_errors
from soest_desk.services import shared_settings
from soest_desk.services.permissions import Permission
from soest_desk.services.shared_settings import CHILD_AGE_LIMITS, RETENTION_YEARS
from soest_desk.ui.session_gateway import SessionGateway

log = logging.getLogger("soest_desk.ui.settings")

DEADLINES = "ticket_deadline_working_days"
MIN_AREA = "min_area_per_person_m2"
CASELOAD = "caseload_target_persons"
# the shared settings the page "Fristen und Regeln" shows, in its order
SHARED_KEYS = (DEADLINES, MIN_AREA, CHILD_AGE_LIMITS, CASELOAD, RETENTION_YEARS)


class SettingsGateway(SessionGateway):

    @property
    def can_edit(self) -> bool:
        return self.actor.can(Permission.MANAGE_SETTINGS)

    def shared_values(self) -> dict[str, Any]:
        return self._read(lambda s: {key: shared_settings.get(s, key) for key in SHARED_KEYS})

    def save_shared(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Store every changed setting in one transaction (all or nothing, audited);
        returns the stored values. DomainError (German) for a refused value."""
        def job(session: Any) -> dict[str, Any]:
            return {key: shared_settings.put(session, self.actor, key, value)
                    for key, value in changes.items()}
        return self._write(job)


def child_age_limits(database: Database) -> list[int]:
    """The ages of the Bewohner filter's boxes; the default when the database cannot say
    (the list itself then shows what is wrong)."""
    default = list(shared_settings.SETTINGS[CHILD_AGE_LIMITS].default)
    try:
        with translated_errors(database.info), database.read() as session:
            value = shared_settings.get(session, CHILD_AGE_LIMITS)
    except DatabaseError as exc:
        log.warning("child age limits not read, the defaults are used: %s", exc)
        return default
    return list(value) if isinstance(value, list) and value else default
