"""The Nachbarschaft widgets' only way to the database, Qt-free like the other gateways: every
method opens one short session (it runs on the thread pool), calls the neighbourhood service
and returns plain data; driver failures come back as the German `DatabaseError`, refusals as
the service's `DomainError` (naming the field), a save over a newer version as
`EditConflict`."""

from __future__ import annotations

from datetime import date

from soest_desk.services import listing_neighbourhood, neighbourhood
from soest_desk.services.clock import office_today
from soest_desk.services.listing_neighbourhood import FacilityOption
from soest_desk.services.neighbourhood import ReportInput, ReportRow
from soest_desk.services.permissions import Permission
from soest_desk.ui.session_gateway import SessionGateway


class NeighbourhoodGateway(SessionGateway):

    def today(self) -> date:
        return office_today()

    def may_edit(self) -> bool:
        return self.actor.can(Permission.EDIT_NEIGHBOURHOOD)

    def may_edit_at(self, facility_id: int) -> bool:
        return self.actor.can_at(Permission.EDIT_NEIGHBOURHOOD, facility_id)

    # ------------------------------------------------------------ reading

    def report(self, report_id: int) -> ReportRow:
        return self._read(lambda s: neighbourhood.get_report(s, self.actor, report_id))

    def facilities(self) -> list[FacilityOption]:
        """Where the actor may record a report."""
        return self._read(lambda s: listing_neighbourhood.recordable_facilities(s, self.actor))

    # ------------------------------------------------------------ writing

    def save(self, report_id: int | None, version_id: int, data: ReportInput,
             resolved_on: date | None) -> int:
        """Record a new report or correct one, and settle it on `resolved_on` (None: open;
        a settled report with another day is settled again on that day), in one
        transaction; the report's id."""

        def job(session) -> int:  # type: ignore[no-untyped-def]
            actor = self.actor
            if report_id is None:
                report = neighbourhood.record_report(session, actor, data)
            else:
                report = neighbourhood.update_report(session, actor, report_id, version_id,
                                                     data)
            if report.resolved and report.resolved_on != resolved_on:
                report = neighbourhood.reopen_report(session, actor, report.id,
                                                     report.version_id)
            if resolved_on is not None and not report.resolved:
                report = neighbourhood.resolve_report(session, actor, report.id,
                                                      report.version_id, resolved_on)
            return report.id

        return self._write(job)

    def resolve(self, report_id: int, version_id: int, resolved_on: date) -> None:
        self._write(lambda s: neighbourhood.resolve_report(s, self.actor, report_id,
                                                           version_id, resolved_on))

    def reopen(self, report_id: int, version_id: int) -> None:
        self._write(lambda s: neighbourhood.reopen_report(s, self.actor, report_id,
                                                          version_id))
