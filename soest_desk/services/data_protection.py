"""The data-protection duties (issue 7, point 4), driven by the personal-data tags of the
schema (`data_protection_schema`): the disclosure of everything held about one person (GDPR
Art. 15, here), the retention run and the erasure on request (Art. 17,
`data_protection_retention`, re-exported here).

The disclosure holds, for the person, every column of every row that belongs to them (their
row, documents, languages, stays, photos that show them, their household and its cases with
notes, follow-ups and checklist) and the audit rows about those rows, as plain data: sections
with German headings, entries of label → value. Writing it is a read of case notes, so each
note read leaves its audit row, and the disclosure itself leaves one on the person.

Everything here needs "Datenschutzaufgaben erledigen" (the administration). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Table, select
from sqlalchemy.orm import Session

from soest_desk.models import AuditEntry, Base, Facility, Person, Unit, User
from soest_desk.models.base import UTCDateTime, utcnow
from soest_desk.services.audit import record_read
from soest_desk.services.data_protection_labels import (
    AUDIT_ACTIONS,
    column_label,
    row_name,
    shown,
    table_heading,
)
from soest_desk.services.data_protection_retention import (
    ErasureResult,
    PlannedPerson,
    RetentionPlan,
    apply_retention,
    erase_person,
    plan_retention,
)
from soest_desk.services.data_protection_schema import (
    NOT_ABOUT_RESIDENTS,
    chunks,
    linked_tables,
    owned_rows,
    shared_tables,
)
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require

__all__ = [
    "Disclosure", "Entry", "ErasureResult", "Item", "PlannedPerson", "RetentionPlan",
    "Section", "apply_retention", "disclose", "erase_person", "plan_retention",
]

TITLE = "Auskunft nach Art. 15 DSGVO"
HIDDEN_COLUMNS = frozenset({"id", "version_id"})


@dataclass(frozen=True)
class Item:
    label: str
    value: str
    column: str | None = None  # "table.column" the value is stored in


@dataclass(frozen=True)
class Entry:
    title: str
    items: tuple[Item, ...]
    image: bytes | None = None  # a photo's thumbnail (JPEG)


@dataclass(frozen=True)
class Section:
    table: str
    heading: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Disclosure:
    person_id: int
    subject: str  # the person's name as stored
    created_by: str
    created_at: datetime
    requested_by: str | None
    sections: tuple[Section, ...]
    notes: tuple[str, ...]

    @property
    def title(self) -> str:
        return TITLE


def disclose(session: Session, actor: Actor, person_id: int, *,
             requested_by: str | None = None, now: datetime | None = None) -> Disclosure:
    """Everything held about person `person_id`; DomainError (German) for an unknown one."""
    require(actor, Permission.DATA_PROTECTION)
    person = session.get(Person, person_id)
    if person is None:
        raise DomainError(f"Die Person Nr. {person_id} gibt es nicht.")
    rows = owned_rows(session, [person_id])
    names = _References(session)
    sections = [Section(table.name, table_heading(table.name),
                        tuple(_entries(session, table, rows[table.name], names)))
                for table in linked_tables() if table.name in rows]
    sections.append(Section("audit_log", table_heading("audit_log"),
                            tuple(_audit_entries(session, rows))))
    for note_id in sorted(rows.get("case_notes", ())):
        record_read(session, "case_notes", note_id)
    record_read(session, "persons", person_id)  # the disclosure itself
    subject = ", ".join(p for p in (person.family_name, person.given_names) if p)
    return Disclosure(person_id, subject, actor.display_name, now or utcnow(),
                      (requested_by or "").strip() or None, tuple(sections), _notes(person))


def _notes(person: Person) -> tuple[str, ...]:
    shared = ", ".join(table_heading(t) for t in sorted(shared_tables()))
    notes = [f"Daten des Haushalts ({shared}) gehören allen Mitgliedern des Haushalts; sie "
             "sind hier vollständig aufgeführt.",
             "Im Änderungsprotokoll stehen Sozialdaten (Ziele, Vermerke, Nachweise, "
             "Wiedervorlagen) nicht im Wortlaut, nur dass sie geändert wurden.",
             *(f"Nicht enthalten – {table_heading(t)}: {why}."
               for t, why in NOT_ABOUT_RESIDENTS.items())]
    if person.anonymised_at is not None:
        notes.insert(0, "Die Daten dieser Person wurden am "
                        f"{shown('persons', 'anonymised_at', person.anonymised_at)} "
                        "anonymisiert.")
    return tuple(notes)


def _entries(session: Session, table: Table, ids: set[int], names: _References
             ) -> list[Entry]:
    entries = []
    columns = [c for c in table.columns
               if not isinstance(c.type, LargeBinary) or c.name == "thumbnail"]
    for part in chunks(ids):
        for row in session.execute(select(*columns).where(table.c.id.in_(part))
                                   .order_by(table.c.id)).mappings():
            items = tuple(Item(column_label(table.name, c.name),
                               names.value(table, c.name, row[c.name]),
                               f"{table.name}.{c.name}")
                          for c in table.columns
                          if c.name not in HIDDEN_COLUMNS and not isinstance(c.type, LargeBinary))
            image = row.get("thumbnail") if table.name == "attachments" else None
            entries.append(Entry(f"{row_name(table.name)} Nr. {row['id']}", items, image))
    return entries


class _References:
    """Names for the ids a row refers to (a unit, a colleague, a facility), read once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[tuple[str, int], str] = {}

    def value(self, table: Table, column: str, value: Any) -> str:
        foreign = next(iter(table.c[column].foreign_keys), None)
        if foreign is None or value is None:
            return shown(table.name, column, value)
        key = (foreign.column.table.name, int(value))
        if key not in self.cache:
            self.cache[key] = self._name(*key)
        return self.cache[key]

    def _name(self, target: str, row_id: int) -> str:
        if target == "units":
            unit = self.session.get(Unit, row_id)
            facility = self.session.get(Facility, unit.facility_id) if unit else None
            if unit is not None and facility is not None:
                return f"{unit.label} in „{facility.name}“"
        if target == "facilities":
            facility = self.session.get(Facility, row_id)
            if facility is not None:
                return facility.name
        if target == "users":
            user = self.session.get(User, row_id)
            if user is not None:
                return user.display_name
        return f"{row_name(target)} Nr. {row_id}"


def _audit_entries(session: Session, rows: dict[str, set[int]]) -> list[Entry]:
    found: list[AuditEntry] = []
    for table_name, ids in rows.items():
        for part in chunks(ids):
            found += session.scalars(select(AuditEntry).where(
                AuditEntry.table_name == table_name, AuditEntry.row_id.in_(part)))
    found.sort(key=lambda e: (e.at, e.id))
    return [_audit_entry(e) for e in found]


def _audit_entry(entry: AuditEntry) -> Entry:
    table = Base.metadata.tables.get(entry.table_name)
    when = shown("audit_log", "at", entry.at)
    action = AUDIT_ACTIONS.get(entry.action, entry.action)
    title = (f"{when} · {action} · {row_name(entry.table_name)} Nr. {entry.row_id} · "
             f"{entry.actor_login}")
    items = []
    for key, change in (entry.changes or {}).items():
        if key in HIDDEN_COLUMNS:
            continue
        old, new = change if isinstance(change, list) and len(change) == 2 else (None, change)
        label = column_label(entry.table_name, key)
        items.append(Item(label, f"{_logged(table, key, old)} → {_logged(table, key, new)}",
                          f"audit_log.changes.{entry.table_name}.{key}"))
    return Entry(title, tuple(items))


def _logged(table: Table | None, key: str, value: Any) -> str:
    """A value as the audit log keeps it (JSON: dates as ISO text) as a person reads it."""
    if table is not None and key in table.c and isinstance(value, str):
        kind = table.c[key].type
        if isinstance(kind, Date | DateTime | UTCDateTime):
            parse = date.fromisoformat if isinstance(kind, Date) else datetime.fromisoformat
            try:
                return shown(table.name, key, parse(value))
            except ValueError:
                return value
        return shown(table.name, key, value)
    return shown("", key, value)
