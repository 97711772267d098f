"""The cover ("Deckblatt") every report builder makes from its `ReportParams`: title, period,
filters (the chosen facilities, or "alle Unterkünfte"), who made it and when. No Qt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from soest_desk.reports.report_params import ReportParams
from soest_desk.reports.xlsx_writer import Cover
from soest_desk.services.clock import OFFICE_ZONE
from soest_desk.services.kpi_stays import facility_names
from soest_desk.services.permissions import Actor, Permission

ALL_FACILITIES = "alle Unterkünfte"


def facility_filter(params: ReportParams, limited: bool = False, names: Iterable[str] = ()
                    ) -> str:
    """The cover's "Unterkunft" line: the facilities asked for by name (`names`: those the
    report found, when the params carry none), or "alle Unterkünfte" – with the actor's own
    facilities named when `limited`: they see only some."""
    if params.facility_ids is not None:
        shown = params.facility_names or tuple(names) or tuple(
            f"Nr. {facility_id}" for facility_id in sorted(params.facility_ids))
        return ", ".join(shown) or "keine"
    if not limited:
        return ALL_FACILITIES
    return f"{ALL_FACILITIES} im eigenen Zuständigkeitsbereich: {', '.join(names) or 'keine'}"


def own_facilities(session: Session, actor: Actor, permission: Permission
                   ) -> tuple[bool, list[str]]:
    """(limited, names) for `facility_filter`: whether `actor` sees only some facilities
    under `permission` (a Heimleitung, a social worker), and their names."""
    scope = actor.facility_scope(permission)
    if scope is None:
        return False, []
    return True, list(facility_names(session, set(scope)).values())


def make_cover(title: str, actor: Actor, params: ReportParams, *, personal_data: bool,
               limited: bool = False, names: Iterable[str] = (),
               filters: Sequence[tuple[str, str]] = (), notes: Sequence[str] = ()) -> Cover:
    """The Deckblatt for `params`; `limited` and `names` as in `facility_filter` (see
    `own_facilities`)."""
    created = params.now or datetime.now(OFFICE_ZONE)
    return Cover(title=title, created_by=actor.display_name, created_at=created,
                 period=(params.start, params.end),
                 filters=[("Unterkunft", facility_filter(params, limited, names)), *filters],
                 personal_data=personal_data, notes=tuple(notes))
