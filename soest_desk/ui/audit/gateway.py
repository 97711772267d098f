"""The Protokoll dialog's only way to the audit log, Qt-free like the other gateways.

`check` turns what was typed into the filter bar into checked `AuditFilters` (a German
DomainError naming the field otherwise; nothing is read then). `first_page` reads the
(capped) count and the newest page in one session, `next_page` the page after a row's
cursor; `export` writes the filtered rows through `reports.protokoll` on the thread pool,
talking to the dialog only through an `ExportControl` (see `ui/reports/gateway`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from soest_desk.reports import protokoll
from soest_desk.services import audit_view
from soest_desk.services.audit_view import ACTION_LABELS, AuditFilters, AuditPage
from soest_desk.services.permissions import Permission
from soest_desk.ui.reports.gateway import ExportControl, ExportResult
from soest_desk.ui.session_gateway import SessionGateway

Cursor = tuple[datetime, int]


@dataclass(frozen=True)
class FirstPage:
    total: int  # rows matching, counted up to `cap`
    capped: bool  # True: there are at least `total`, maybe more
    page: AuditPage


class AuditGateway(SessionGateway):
    page_size = audit_view.PAGE_SIZE
    count_cap = audit_view.COUNT_CAP

    def may_view(self) -> bool:
        return self.actor.can(Permission.VIEW_AUDIT)

    @staticmethod
    def areas() -> list[tuple[str, str]]:
        """(table, German label) for the "Bereich" choice."""
        return audit_view.area_choices()

    @staticmethod
    def actions() -> list[tuple[str, str]]:
        return list(ACTION_LABELS.items())

    @staticmethod
    def check(raw: Mapping[str, Any]) -> AuditFilters:
        """Filters from the bar's raw input: keys date_from, date_to, who, table, action,
        row_id (strings or None)."""
        return audit_view.parse_filters(**raw)

    def first_page(self, filters: AuditFilters) -> FirstPage:
        def job(session: Any) -> FirstPage:
            total = audit_view.count(session, self.actor, filters, cap=self.count_cap + 1)
            page = audit_view.audit_page(session, self.actor, filters, limit=self.page_size)
            capped = total > self.count_cap
            return FirstPage(min(total, self.count_cap), capped, page)
        return self._read(job)

    def next_page(self, filters: AuditFilters, after: Cursor) -> AuditPage:
        return self._read(lambda session: audit_view.audit_page(
            session, self.actor, filters, limit=self.page_size, after=after))

    @staticmethod
    def check_target(target: Path) -> None:
        protokoll.check_target(target)

    def export(self, filters: AuditFilters, target: Path, control: ExportControl
               ) -> ExportResult:
        """Write the workbook (on the thread pool); `Cancelled` when stopped through
        `control`. On any failure no file was written and an older one is as it was."""
        result = self._read(lambda session: protokoll.write_protokoll(
            session, self.actor, filters, target, progress=control.progress,
            cancelled=control.cancelled))
        return ExportResult(protokoll.TITLE, result.path, sum(result.rows.values()))
