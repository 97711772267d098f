"""The reports by name, for `soest-desk report NAME …` and the window's export menu.

Each report is a module of this package with a `build(session, actor, params)` function
returning a `ReportContent` (see `report_params`); it is imported only when asked for, so the
command line starts fast."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from soest_desk.reports.report_params import ReportContent, ReportParams


@dataclass(frozen=True)
class ReportDef:
    name: str  # as typed on the command line
    title: str  # as the window shows it
    module: str

    def builder(self) -> Callable[[Any, Any, ReportParams], ReportContent]:
        module = importlib.import_module(f"soest_desk.reports.{self.module}")
        return cast(Callable[[Any, Any, ReportParams], ReportContent], module.build)


REPORTS: dict[str, ReportDef] = {
    report.name: report for report in (
        ReportDef("belegungsliste", "Belegungsliste", "belegungsliste"),
        ReportDef("belegungsstatistik", "Belegungsstatistik", "belegungsstatistik"),
        ReportDef("verweildauer", "Verweildauer", "verweildauer"),
        ReportDef("maengelbericht", "Mängelbericht", "maengelbericht"),
        ReportDef("fallstatistik", "Fallstatistik", "fallstatistik"),
        ReportDef("nachbarschaft", "Nachbarschaft", "nachbarschaft"),
    )
}
