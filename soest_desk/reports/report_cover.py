"""The cover ("Deckblatt") every report builder makes from its `ReportParams`: title, period,
filters (the chosen facilities, or "alle Unterkünfte"), who made it and when. No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from soest_desk.reports.report_params import ReportParams
from soest_desk.reports.xlsx_writer import Cover
from soest_desk.services.clock import OFFICE_ZONE
from soest_desk.services.permissions import Actor

ALL_FACILITIES = "alle Unterkünfte"


def facility_filter(params: ReportParams) -> str:
    """The cover's "Unterkunft" line: the chosen facilities' names, or "alle Unterkünfte"."""
    if params.facility_ids is None:
        return ALL_FACILITIES
    if params.facility_names:
        return ", ".join(params.facility_names)
    if not params.facility_ids:
        return "keine"
    return ", ".join(f"Nr. {facility_id}" for facility_id in sorted(params.facility_ids))


def make_cover(title: str, actor: Actor, params: ReportParams, *, personal_data: bool,
               filters: Sequence[tuple[str, str]] = (), notes: Sequence[str] = ()) -> Cover:
    created = params.now or datetime.now(OFFICE_ZONE)
    return Cover(title=title, created_by=actor.display_name, created_at=created,
                 period=(params.start, params.end),
                 filters=[("Unterkunft", facility_filter(params)), *filters],
                 personal_data=personal_data, notes=tuple(notes))
