"""Deterministic demo data: a realistic municipal housing office in Soest, on any scale.

`generate` fills an empty database with two years of facilities, residents, stays, cases,
tickets and neighbourhood reports, all drawn from one `random.Random(seed)` and dated
relative to `today`, so the same seed, scale and day give identical rows on SQLite and on
PostgreSQL. Scale 1 is a mid-sized city (~12 facilities and 8 private flats on offer, ~2,000
places, ~2,000 tickets); the scale multiplies facilities, people and tickets (scale 50 is the
benchmark size).

The rows go in with bulk Core inserts and explicit ids, not through the ORM unit of work:
that is fast enough for scale 50, and the audit hook stays quiet. Instead one audit row
says who generated the demo data, and the app setting "demo" keeps the parameters.

The work is split by aggregate: `demo_places` (facilities, units, neighbourhood reports),
`demo_staff` (users), `demo_people` (households, residents), `demo_stays` (allocation),
`demo_cases` (social work), `demo_tickets` and `demo_ticket_events` (defects),
`demo_inspections` (site inspections and the tickets of the defects they found);
`demo_context` holds the random source and the bulk writer, `demo_names` the text pools.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from soest_desk.models import AppSetting, AuditEntry, Base
from soest_desk.models.base import utcnow
from soest_desk.models.enums import AuditAction
from soest_desk.services.clock import office_today
from soest_desk.services.demo_blocks import write_blocks
from soest_desk.services.demo_cases import write_cases
from soest_desk.services.demo_context import BulkWriter, DemoContext
from soest_desk.services.demo_inspections import write_inspections
from soest_desk.services.demo_people import write_people
from soest_desk.services.demo_places import (
    plan_facilities,
    write_facilities,
    write_neighbourhood_reports,
)
from soest_desk.services.demo_staff import write_staff
from soest_desk.services.demo_stays import ensure_variety, plan_stays, write_stays
from soest_desk.services.demo_tickets import write_tickets
from soest_desk.services.errors import DomainError

SETTING_KEY = "demo"
MAX_SCALE = 200
# every table the generator writes, parents first (attachments stay empty)
DEMO_TABLES = (
    "facilities", "units", "users", "user_roles", "user_facilities", "households", "persons",
    "person_languages", "identity_documents", "stays", "cases", "case_notes",
    "readiness_items", "follow_ups", "inspection_plans", "inspections", "tickets",
    "ticket_events", "cost_entries", "inspection_items", "neighbourhood_reports",
)


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]  # table name -> rows written


class DemoError(DomainError):
    """Demo data cannot be generated here (the database has data, or bad parameters)."""


def is_empty(session: Session) -> bool:
    """True when no table the generator writes has a row: no facilities, persons, tickets,
    users (nor households, stays, cases, … left behind without them)."""
    tables = Base.metadata.tables
    return all(
        session.execute(select(text("1")).select_from(tables[name]).limit(1)).first() is None
        for name in DEMO_TABLES
    )


def demo_parameters(session: Session) -> dict[str, Any] | None:
    """{"seed", "scale", "today"} of the demo data in this database, or None."""
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == SETTING_KEY))
    return value if isinstance(value, dict) else None


def generate(
    session: Session, *, seed: int = 1, scale: float = 1.0, os_login: str,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data; `os_login` gets a user with every role."""
    check_parameters(seed, scale, os_login)
    if not is_empty(session):
        raise DemoError(
            "Die Datenbank enthält bereits Daten (Unterkünfte, Personen, Mängelmeldungen oder "
            "Benutzer). Demodaten werden nur in eine leere Datenbank geschrieben; bitte legen "
            "Sie dafür eine neue Datenbank an."
        )
    today = today or office_today()
    ctx = DemoContext(random.Random(seed), today, float(scale))
    writer = BulkWriter(session)

    facilities = plan_facilities(ctx)
    write_facilities(ctx, writer, facilities)
    staff = write_staff(ctx, writer, facilities, os_login.strip())
    households = plan_stays(ctx, facilities)
    ensure_variety(ctx, households)
    write_people(ctx, writer, households)
    write_stays(ctx, writer, households)
    write_cases(ctx, writer, households, staff, facilities)
    write_tickets(ctx, writer, facilities, staff)
    write_neighbourhood_reports(ctx, writer, facilities)
    write_inspections(ctx, writer, facilities, staff)  # last: the rows above stay as they were
    writer.flush_all()
    if session.get_bind().dialect.name == "postgresql":
        _reset_sequences(session, [name for name in DEMO_TABLES if writer.counts.get(name)])
    write_blocks(ctx, session)  # through the service, after the stays it must respect
    if session.get_bind().dialect.name == "postgresql":
        # fresh statistics: without them the first lists plan for empty tables (the cases
        # list took 600–900 ms a page before, 35 ms after)
        session.execute(text("ANALYZE"))

    counts = {name: writer.counts.get(name, 0) for name in DEMO_TABLES}
    parameters = {"seed": seed, "scale": float(scale), "today": today.isoformat()}
    session.execute(  # the demo writes its own audit row below
        delete(AppSetting.__table__).where(AppSetting.key == SETTING_KEY)
        .execution_options(audit_exempt=True)
    )
    session.execute(insert(AppSetting.__table__), [
        {"key": SETTING_KEY, "value": parameters, "version_id": 1},
    ])
    session.execute(insert(AuditEntry.__table__), [{
        "at": utcnow(), "actor_login": os_login.strip(), "actor_id": staff.demo_user_id,
        "action": AuditAction.INSERT.value, "table_name": AppSetting.__tablename__,
        "row_id": None, "changes": {SETTING_KEY: {**parameters, "counts": counts}},
    }])
    return DemoSummary(counts=counts)


def check_parameters(seed: int, scale: float, os_login: str) -> None:
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise DemoError(
            f"Der Startwert (seed) muss eine ganze Zahl ab 0 sein, nicht „{seed}“.", field="seed"
        )
    if (
        isinstance(scale, bool) or not isinstance(scale, int | float)
        or not math.isfinite(scale) or not 0 < scale <= MAX_SCALE
    ):
        raise DemoError(
            f"Der Umfang (scale) muss größer als 0 und höchstens {MAX_SCALE} sein, "
            f"nicht „{scale}“.",
            field="scale",
        )
    if not os_login or not os_login.strip() or len(os_login.strip()) > 100:
        raise DemoError(
            "Für die Demodaten wird der Anmeldename der Person am Arbeitsplatz benötigt "
            "(höchstens 100 Zeichen).",
            field="os_login",
        )


def _reset_sequences(session: Session, tables: list[str]) -> None:
    """Explicit ids leave PostgreSQL's sequences at 1; move them past the demo rows."""
    for table in tables:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
        ))
