"""Demo data: a few blocked places (mould, renovation, quarantine), so the occupancy figures
show what a real office sees. Written through the occupancy service after the bulk data,
so the blocks only take places that are free."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Unit
from soest_desk.models.enums import BlockReason, FacilityKind
from soest_desk.services import occupancy
from soest_desk.services.capacity import load_units
from soest_desk.services.demo_context import DemoContext
from soest_desk.services.permissions import SYSTEM_ACTOR

SHARE_OF_FACILITIES = 0.3
NOTES = {
    BlockReason.MOULD: "Schimmel an der Außenwand, Gutachten beauftragt",
    BlockReason.RENOVATION: "Bodenbelag und Anstrich",
    BlockReason.QUARANTINE: "Quarantäne nach Anordnung des Gesundheitsamts",
}


def write_blocks(ctx: DemoContext, session: Session) -> int:
    """Block one free place in about a third of the facilities; returns how many."""
    rows = session.execute(
        select(Unit.id, Unit.facility_id).join(Facility, Unit.facility_id == Facility.id)
        .where(Facility.kind != FacilityKind.PRIVATE_OFFER.value, Unit.active.is_(True))
        .order_by(Unit.facility_id, Unit.id)).all()
    by_facility: dict[int, list[int]] = {}
    for unit_id, facility_id in rows:
        by_facility.setdefault(facility_id, []).append(unit_id)
    start = ctx.today - timedelta(days=14)
    loads = load_units(session, [unit_id for unit_id, _f in rows], start, None)
    written = 0
    for facility_id in sorted(by_facility):
        if not ctx.chance(SHARE_OF_FACILITIES):
            continue
        free = [u for u in by_facility[facility_id] if loads[u].free_throughout(start, None) > 0]
        if not free:
            continue
        reason = ctx.pick(list(NOTES))
        end = None if reason == BlockReason.MOULD else ctx.today + timedelta(
            days=ctx.rng.randint(7, 60))
        occupancy.block_places(session, SYSTEM_ACTOR, ctx.pick(free), 1, start, end,
                               reason.value, NOTES[reason])
        written += 1
    return written
