"""The reports by name, for `soest-desk report NAME …` and the window's export menu.

Each report is a module of this package with a `build(session, actor, params)` function
returning a `ReportContent` (see `report_params`); a report with `pdf=True` also has
`write_pdf(session, actor, params, path, *, cancelled=None) -> int` (the figures written). A
module is imported only when asked for, so the command line starts fast. `reports/run.py`
writes a report to a file."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.services.kpi_stays import REPORT_PERMISSIONS
from soest_desk.services.permissions import Actor, Permission

P = Permission


@dataclass(frozen=True)
class ReportDef:
    name: str  # as typed on the command line
    title: str  # as the window shows it
    module: str
    needs: tuple[Permission, ...]  # any one of them: what the report's services require
    pdf: bool = False  # the module can also write a PDF

    def may_run(self, actor: Actor) -> bool:
        """Whether the services will let `actor` build this report (the window offers only
        these; a test runs every report as every role to keep `needs` true)."""
        return any(actor.can(permission) for permission in self.needs)

    def builder(self) -> Callable[[Any, Any, ReportParams], ReportContent]:
        module = importlib.import_module(f"soest_desk.reports.{self.module}")
        return cast(Callable[[Any, Any, ReportParams], ReportContent], module.build)

    def pdf_writer(self) -> Callable[..., int]:
        module = importlib.import_module(f"soest_desk.reports.{self.module}")
        return cast(Callable[..., int], module.write_pdf)


REPORTS: dict[str, ReportDef] = {
    report.name: report for report in (
        ReportDef("belegungsliste", "Belegungsliste", "belegungsliste", (P.VIEW_PERSONS,)),
        ReportDef("belegungsstatistik", "Belegungsstatistik", "belegungsstatistik",
                  (P.VIEW_FACILITIES,)),
        ReportDef("verweildauer", "Verweildauer", "verweildauer", REPORT_PERMISSIONS),
        ReportDef("maengelbericht", "Mängelbericht", "maengelbericht", (P.VIEW_TICKETS,)),
        ReportDef("fallstatistik", "Fallstatistik", "fallstatistik", (P.VIEW_CASES,)),
        ReportDef("nachbarschaft", "Nachbarschaft", "nachbarschaft", (P.VIEW_NEIGHBOURHOOD,)),
        ReportDef("pilotauswertung", "Pilotauswertung", "pilotauswertung",
                  (P.EXPORT_REPORTS,), pdf=True),
    )
}
