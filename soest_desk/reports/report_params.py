"""What every report is asked with, and what it answers: the workbook's cover and sheets.

A report builder is a plain function `build(session, actor, params) -> ReportContent`; it
reads through the services (the KPIs in `services/kpis.py`, the lists), checks nothing the
services do not already check, and returns rows as iterables so a large sheet is streamed.
`reports/catalog.py` names the builders for the window and `soest-desk report`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from soest_desk.reports.xlsx_writer import Cover, DataSheet


@dataclass(frozen=True)
class ReportParams:
    start: date
    end: date  # inclusive
    facility_ids: tuple[int, ...] | None = None  # None: every facility the actor may see
    now: datetime | None = None  # the moment the report is made (None: now)
    facility_names: tuple[str, ...] = field(default=())  # for the cover's filter line


@dataclass(frozen=True)
class ReportContent:
    cover: Cover
    sheets: Sequence[DataSheet]
