"""The audit trail as the administration reads it (issue 7, point 3). No Qt.

`parse_filters` reads what was typed into the filter bar (period, who, area, action, row
number) and refuses bad input with a German `DomainError` naming the field; `audit_page`,
`count` and `iter_rows` read nothing before the actor's permission ("Protokoll ansehen") and
the filters have been checked. Rows come newest first as plain `AuditRow`s: German area and
action, every change rendered old → new with the project's German field labels
(`data_protection_labels`, the import fields, the ticket form) and a one-line `summary`.

Paging is keyset on (at, id) over the index `ix_audit_log_at`: a page costs the same at the
millionth row as at the first (`after` = the last row's `cursor`); `offset` is there for the
rare jump, it walks the index. `count` stops at `COUNT_CAP` by default, so a broad filter on
a large log never counts every row just to show a number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Numeric, TypeDecorator, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from soest_desk.models import Base
from soest_desk.models.audit import AuditEntry
from soest_desk.models.base import Audited
from soest_desk.services import data_protection_labels as dp
from soest_desk.services import nationalities
from soest_desk.services.audit import SOCIAL_DATA_PLACEHOLDER
from soest_desk.services.clock import OFFICE_ZONE
from soest_desk.services.code_labels import (
    FACILITY_KIND_LABELS,
    OCCUPANCY_TYPE_LABELS,
    OFFER_STATUS_LABELS,
)
from soest_desk.services.date_parsing import field_error, german_date, is_blank, quoted
from soest_desk.services.imports_fields import FACILITY_FIELDS, UNIT_FIELDS
from soest_desk.services.neighbourhood import CATEGORY_LABELS as NEIGHBOURHOOD_CATEGORIES
from soest_desk.services.neighbourhood import CHANNEL_LABELS
from soest_desk.services.neighbourhood import KIND_LABELS as NEIGHBOURHOOD_KINDS
from soest_desk.services.permissions import ROLE_LABELS, Actor, Permission, require
from soest_desk.services.ticket_costs import COST_LABELS
from soest_desk.services.ticket_views import CATEGORY_LABELS as TICKET_CATEGORIES
from soest_desk.services.ticket_workflow import STATE_LABELS, WAITING_LABELS
from soest_desk.services.tickets import EDITABLE, PRIORITY_LABELS
from soest_desk.services.validation import check_storable_text, parse_date, parse_int

PAGE_SIZE, MAX_PAGE_SIZE = 200, 1000
COUNT_CAP = 10_000
SUMMARY_VALUE_LIMIT = 60  # characters of one value in the one-line summary
MAX_LOGIN = 100
FROM, TO, WHO, AREA, ACTION, ROW = "Von", "Bis", "Benutzer", "Bereich", "Aktion", "Nr."
SECRET_VALUE = "‹geheim, nicht angezeigt›"
COUNTRY_COLUMNS = frozenset({"nationality", "issuing_country"})
NONE = "–"

ACTION_LABELS = {"insert": "angelegt", "update": "geändert", "end": "beendet",
                 "delete": "gelöscht", "read": "gelesen"}
AREA_LABELS: dict[str, str] = {
    **dp.ROW_NAMES, "facilities": "Unterkunft", "tickets": "Mängelmeldung",
    "attachments": "Foto", "cost_entries": "Kosten", "place_blocks": "Platzsperre",
    "neighbourhood_reports": "Nachbarschaftsmeldung", "inspections": "Begehung",
    "inspection_plans": "Begehungsplan", "inspection_items": "Prüfpunkt der Begehung",
    "user_roles": "Rolle von Benutzer*in", "user_facilities": "Unterkunft von Benutzer*in",
    "app_settings": "Einstellung",
}
_EXTRA_LABELS = {  # columns the other label tables do not name; the rest: technical name
    "tickets": {
        "facility_id": "Unterkunft", "priority": "Priorität", "state": "Status",
        "is_safety_hazard": "Verkehrssicherheit", "reported_at": "Gemeldet am",
        "reported_by_id": "Gemeldet durch", "assignee_user_id": "Zuständig",
        "assignee_external": "Fremdfirma", "due_at": "Fällig am", "secured_at": "Gesichert am",
        "secured_due_at": "Sichern bis", "waiting_reason": "Wartet auf",
        "waiting_until": "Wartet bis", "inspection_id": "Begehung", "duplicate_of_id":
        "Doppelt zu", "closed_at": "Abgeschlossen am", "updated_at": "Zuletzt geändert"},
    "facilities": {
        "active": "Aktiv", "landlord_name": "Vermieter*in", "landlord_phone": "Telefon "
        "Vermieter*in", "landlord_email": "E-Mail Vermieter*in", "available_from": "Frei ab",
        "available_to": "Frei bis", "offer_status": "Stand des Angebots",
        "pilot_group": "Pilotgruppe", "pilot_start": "Pilot seit"},
    "units": {"facility_id": "Unterkunft", "active": "Aktiv"},
    "neighbourhood_reports": {
        "facility_id": "Unterkunft", "reported_on": "Datum", "kind": "Art", "channel": "Kanal",
        "category": "Kategorie", "text": "Meldung", "contact_name": "Kontakt", "follow_up":
        "Nachverfolgung", "follow_up_on": "Wiedervorlage", "resolved": "Erledigt",
        "resolved_on": "Erledigt am"},
    "place_blocks": {
        "unit_id": "Wohneinheit", "places": "Plätze", "start_date": "Von", "end_date": "Bis",
        "reason": "Grund", "note": "Bemerkung", "created_by_id": "Erfasst von",
        "created_at": "Erfasst am"},
    "over_allocations": {
        "unit_id": "Wohneinheit", "reason": "Begründung", "decided_by_id": "Entschieden von",
        "decided_at": "Entschieden am", "resolved_at": "Aufgelöst am"},
    "cost_entries": {
        "ticket_id": "Mängelmeldung", "kind": "Art", "description": "Beschreibung",
        "amount_eur": "Betrag (€)", "hours": "Stunden", "hourly_rate_eur": "Stundensatz (€)",
        "booked_on": "Gebucht am", "created_by_id": "Erfasst von"},
    "users": {"login": "Anmeldename", "display_name": "Name", "active": "Aktiv",
              "password_hash": "Passwort", "created_at": "Angelegt am"},
    "user_roles": {"user_id": "Benutzer*in", "role": "Rolle"},
    "user_facilities": {"user_id": "Benutzer*in", "facility_id": "Unterkunft"},
}
FIELD_LABELS: dict[str, str] = {
    **{f"facilities.{f.key}": f.label for f in FACILITY_FIELDS},
    **{f"units.{f.key}": f.label for f in UNIT_FIELDS},
    **{f"tickets.{key}": label for key, label in EDITABLE.items()},
    **{f"{table}.{key}": label for table, labels in _EXTRA_LABELS.items()
       for key, label in labels.items()},
    **dp.COLUMN_LABELS,
}
_CODES: dict[str, Mapping[str, str]] = {
    **dp.VALUE_LABELS, "tickets.state": STATE_LABELS, "tickets.priority": PRIORITY_LABELS,
    "tickets.category": TICKET_CATEGORIES, "tickets.waiting_reason": WAITING_LABELS,
    "facilities.kind": FACILITY_KIND_LABELS, "facilities.offer_status": OFFER_STATUS_LABELS,
    "units.occupancy_type": OCCUPANCY_TYPE_LABELS, "cost_entries.kind": COST_LABELS,
    "neighbourhood_reports.kind": NEIGHBOURHOOD_KINDS,
    "neighbourhood_reports.channel": CHANNEL_LABELS,
    "neighbourhood_reports.category": NEIGHBOURHOOD_CATEGORIES,
    "user_roles.role": ROLE_LABELS, "place_blocks.reason": {
        "mould": "Schimmel", "renovation": "Renovierung", "quarantine": "Quarantäne",
        "damage": "Schaden", "other": "Sonstiges"},
}


@dataclass(frozen=True)
class AuditFilters:
    """Checked filters; None / "" mean "any". The period is in Soest days, both included."""

    date_from: date | None = None
    date_to: date | None = None
    who: str = ""  # the start of the login, any case
    table: str | None = None  # a table name (see `area_choices`)
    action: str | None = None  # an AuditAction code
    row_id: int | None = None


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    old: str | None  # as a person reads it; None: there was no value
    new: str | None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # aware UTC
    actor_login: str
    action: str
    action_label: str
    table_name: str
    area: str
    row_id: int | None
    changes: tuple[Change, ...]
    summary: str  # one line, long values shortened

    @property
    def cursor(self) -> tuple[datetime, int]:
        return self.at, self.id


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    exhausted: bool  # no row follows the last one


def area_label(table: str) -> str:
    return AREA_LABELS.get(table, table)


def audited_tables() -> list[str]:
    return sorted({m.class_.__tablename__ for m in Base.registry.mappers
                   if issubclass(m.class_, Audited)})


def area_choices() -> list[tuple[str, str]]:
    """(table, German label) of every audited table, by label."""
    return sorted(((t, area_label(t)) for t in audited_tables()), key=lambda c: c[1].casefold())


def field_label(table: str, column: str) -> str:
    return FIELD_LABELS.get(f"{table}.{column}", "Nr." if column == "id" else column)


def shown_value(table: str, column: str, value: Any) -> str | None:
    """A logged value (JSON: ISO dates, decimals as text) as a person reads it."""
    if value is None or value == "":
        return None
    table_def = Base.metadata.tables.get(table)
    col = table_def.c.get(column) if table_def is not None else None
    if value == SOCIAL_DATA_PLACEHOLDER or col is None:
        return str(value)
    if col.info.get("secret"):
        return SECRET_VALUE
    kind = col.type.impl if isinstance(col.type, TypeDecorator) else col.type
    codes = _CODES.get(f"{table}.{column}")
    if isinstance(value, str) and codes is not None:
        return codes.get(value, value)
    if isinstance(value, str) and column in COUNTRY_COLUMNS:
        return f"{nationalities.label(value)} ({value})" if len(value) == 3 else value
    if col.foreign_keys and isinstance(value, int):
        return f"Nr. {value}"  # a row of another table
    if isinstance(value, bool) or isinstance(kind, Boolean):
        return "ja" if value else "nein"
    try:
        if isinstance(kind, DateTime) and isinstance(value, str):
            moment = datetime.fromisoformat(value)
            moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
            return f"{moment.astimezone(OFFICE_ZONE):%d.%m.%Y, %H:%M} Uhr"
        if isinstance(kind, Date) and isinstance(value, str):
            return german_date(date.fromisoformat(value[:10]))
    except ValueError:
        return str(value)
    if isinstance(kind, Numeric):
        return str(value).replace(".", ",")
    return str(value)


def _quoted(text: str | None, limit: int | None) -> str:
    if text is None:
        return NONE
    if text in (SOCIAL_DATA_PLACEHOLDER, SECRET_VALUE):
        return text
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"„{' '.join(text.split())}“"


def summarise(action: str, changes: tuple[Change, ...], limit: int | None = None) -> str:
    """"Familienname: „Alt“ → „Neu“; …" – new rows name only the new values, removed rows
    only the old ones. `limit` shortens each value."""
    parts = []
    for change in changes:
        if action == "insert":
            shown = _quoted(change.new, limit)
        elif action == "delete":
            shown = _quoted(change.old, limit)
        else:
            shown = f"{_quoted(change.old, limit)} → {_quoted(change.new, limit)}"
        parts.append(f"{change.label}: {shown}")
    return "; ".join(parts)


def _change(table: str, key: str, logged: Any) -> Change:
    label = field_label(table, key)
    if isinstance(logged, list) and len(logged) == 2:  # the hook's [old, new]
        return Change(key, label, shown_value(table, key, logged[0]),
                      shown_value(table, key, logged[1]))
    # a row written by hand (the demo's own entry): the value as it was logged
    text = logged if isinstance(logged, str) else json.dumps(logged, ensure_ascii=False)
    return Change(key, label, None, text)


def to_row(entry: AuditEntry) -> AuditRow:
    table = entry.table_name
    changes = tuple(_change(table, key, logged)
                    for key, logged in (entry.changes or {}).items()
                    if not (key == "id" and logged == [None, entry.row_id]))  # "Nr." says it
    return AuditRow(entry.id, entry.at, entry.actor_login, entry.action,
                    ACTION_LABELS.get(entry.action, entry.action), table, area_label(table),
                    entry.row_id, changes, summarise(entry.action, changes, SUMMARY_VALUE_LIMIT))


# ---------------------------------------------------------------- filters

def _code(value: object, label: str, choices: Mapping[str, str]) -> str | None:
    """A code from its code or its German label, any case."""
    if is_blank(value):
        return None
    wanted = str(value).strip().casefold()
    for code, text in choices.items():
        if wanted in (code.casefold(), text.casefold()):
            return code
    raise field_error(label, f"{quoted(value)} gibt es nicht. Bitte eines wählen: "
                             f"{', '.join(sorted(choices.values(), key=str.casefold))}.")


def parse_filters(*, date_from: object = None, date_to: object = None, who: object = None,
                  table: object = None, action: object = None,
                  row_id: object = None) -> AuditFilters:
    """The filters from typed input (dates German or ISO, area and action as code or German
    word); a German DomainError names the first bad field."""
    filters = AuditFilters(
        parse_date(date_from, FROM), parse_date(date_to, TO),
        "" if is_blank(who) else str(who).strip(),
        _code(table, AREA, {t: area_label(t) for t in audited_tables()}),
        _code(action, ACTION, ACTION_LABELS), parse_int(row_id, ROW, minimum=1))
    check_filters(filters)
    return filters


def check_filters(filters: AuditFilters) -> None:
    """Refuse filters that cannot be meant (also when built in code, not typed)."""
    start, end = filters.date_from, filters.date_to
    if start is not None and end is not None and end < start:
        raise field_error(TO, f"der {german_date(end)} liegt vor dem Anfang des Zeitraums "
                              f"({german_date(start)}).")
    if len(filters.who) > MAX_LOGIN:
        raise field_error(WHO, f"höchstens {MAX_LOGIN} Zeichen.")
    check_storable_text(filters.who, WHO)
    if filters.table is not None and filters.table not in audited_tables():
        raise field_error(AREA, f"{quoted(filters.table)} gibt es nicht.")
    if filters.action is not None and filters.action not in ACTION_LABELS:
        raise field_error(ACTION, f"{quoted(filters.action)} gibt es nicht.")
    if filters.row_id is not None and not 1 <= filters.row_id < 2**31:
        raise field_error(ROW, f"{filters.row_id} ist keine gültige Nummer.")


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), OFFICE_ZONE).astimezone(UTC)


def _conditions(filters: AuditFilters) -> list[ColumnElement[bool]]:
    a = AuditEntry
    where: list[ColumnElement[bool]] = []
    if filters.date_from is not None:
        where.append(a.at >= _day_start(filters.date_from))
    if filters.date_to is not None:
        where.append(a.at < _day_start(filters.date_to + timedelta(days=1)))
    if filters.who:
        pattern = filters.who.lower().replace("\\", "\\\\").replace("%", "\\%")
        pattern = pattern.replace("_", "\\_")
        where.append(func.lower(a.actor_login).like(pattern + "%", escape="\\"))
    if filters.table is not None:
        where.append(a.table_name == filters.table)
    if filters.action is not None:
        where.append(a.action == filters.action)
    if filters.row_id is not None:
        where.append(a.row_id == filters.row_id)
    return where


def _checked(actor: Actor, filters: AuditFilters) -> list[ColumnElement[bool]]:
    require(actor, Permission.VIEW_AUDIT)
    check_filters(filters)
    return _conditions(filters)


# ---------------------------------------------------------------- reading

def audit_page(session: Session, actor: Actor, filters: AuditFilters, offset: int = 0,
               limit: int = PAGE_SIZE, *, after: tuple[datetime, int] | None = None
               ) -> AuditPage:
    """Up to `limit` rows, newest first, after the row whose `cursor` is `after` (None:
    from the newest), skipping `offset` more."""
    if not 1 <= limit <= MAX_PAGE_SIZE or offset < 0:
        raise ValueError(f"limit 1–{MAX_PAGE_SIZE} and offset ≥ 0 expected")
    where = _checked(actor, filters)
    a = AuditEntry
    if after is not None:
        at, entry_id = after
        where.append(a.at <= at)  # the index bounds the range; the tie goes by id
        where.append(or_(a.at < at, a.id < entry_id))
    query = (select(a).where(*where).order_by(a.at.desc(), a.id.desc())
             .offset(offset).limit(limit + 1))
    entries = list(session.scalars(query))
    return AuditPage([to_row(e) for e in entries[:limit]], len(entries) <= limit)


def count(session: Session, actor: Actor, filters: AuditFilters, *,
          cap: int | None = COUNT_CAP) -> int:
    """How many rows match; with `cap`, counting stops there (the answer is then `cap`,
    meaning "at least")."""
    where = _checked(actor, filters)
    inner = select(AuditEntry.id).where(*where)
    if cap is not None:
        inner = inner.limit(cap)
    return session.scalar(select(func.count()).select_from(inner.subquery())) or 0


def iter_rows(session: Session, actor: Actor, filters: AuditFilters, *,
              batch: int = MAX_PAGE_SIZE) -> Iterator[AuditRow]:
    """Every matching row, newest first, read a keyset page at a time (for the export)."""
    page = audit_page(session, actor, filters, limit=batch)
    while True:
        yield from page.rows
        if page.exhausted or not page.rows:
            return
        page = audit_page(session, actor, filters, limit=batch, after=page.rows[-1].cursor)
