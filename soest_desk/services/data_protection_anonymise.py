"""Anonymising the rows of people (found by `data_protection_schema.owners`) by the tag
policy: what would change, in German (the dry run), and doing it.

The changes bypass the unit of work on purpose: the audit hook would copy every old name
into the log. Instead the statements say `audit_exempt`, bump the row versions (an open form
elsewhere then meets a conflict instead of writing the old name back), and the audit rows
about the changed rows are scrubbed: each value of a column that was removed or changed
becomes "[gelöscht]", the keys stay, so the log still tells who changed what when. One audit
row per person records the anonymisation itself, without any personal value. No Qt.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from soest_desk.models import AuditEntry, Base
from soest_desk.models.base import search_key_values
from soest_desk.models.enums import AuditAction, BirthDatePrecision
from soest_desk.services.data_protection_labels import ACTION_WORDS, column_label, table_heading
from soest_desk.services.data_protection_schema import (
    ANONYMISED_NAME,
    DELETED_TEXT,
    ROOT,
    Action,
    changed_columns,
    chunks,
    column_action,
    deletes_rows,
    linked_tables,
    pii_columns,
    search_key_sources,
)
from soest_desk.services.permissions import Actor

Pending = dict[str, dict[int, set[str]]]  # table → row id → columns that would change
EXEMPT = {"audit_exempt": True}


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _name_value(column: Column) -> str | None:
    """Names: the first required name column reads "Anonymisiert", other required ones are
    empty, optional ones NULL."""
    if column.nullable:
        return None
    required = [c for c in pii_columns(column.table)
                if column_action(c) is Action.ANONYMISE_NAME and not c.nullable]
    return ANONYMISED_NAME if required and required[0] is column else ""


def new_value(column: Column, old: Any) -> Any:
    """What anonymisation makes of `old` in `column` (DERIVED and KEEP: unchanged)."""
    action = column_action(column)
    if old is None or action in (Action.KEEP, Action.DERIVED, Action.DELETE_ROW):
        return old
    if action is Action.ANONYMISE_NAME:
        return _name_value(column)
    if action is Action.COARSEN_TO_QUARTER:
        return quarter_start(old) if isinstance(old, date) else old
    if action is Action.CLEAR:
        return None
    return DELETED_TEXT  # REDACT


def _tables(rows: dict[str, set[int]]) -> list[Table]:
    return [table for table in linked_tables() if rows.get(table.name)]


def pending(session: Session, rows: dict[str, set[int]]) -> Pending:
    """For every row to anonymise, the columns whose value would change."""
    result: Pending = {}
    for table in _tables(rows):
        if deletes_rows(table):
            result[table.name] = {row_id: {"*"} for row_id in rows[table.name]}
            continue
        columns = [c for c in changed_columns(table) if column_action(c) is not Action.DERIVED]
        if not columns:
            continue
        for part in chunks(rows[table.name]):
            for row in session.execute(select(table.c.id, *columns)
                                       .where(table.c.id.in_(part))).mappings():
                changed = {c.name for c in columns if new_value(c, row[c.name]) != row[c.name]}
                if changed:
                    result.setdefault(table.name, {})[row["id"]] = changed
    return result


def describe(rows: dict[str, set[int]], changes: Pending) -> tuple[str, ...]:
    """German lines: what anonymising `rows` removes (no values, only what kind)."""
    lines = []
    for table in _tables(rows):
        by_row = {row_id: cols for row_id, cols in changes.get(table.name, {}).items()
                  if row_id in rows[table.name]}
        if not by_row:
            continue
        if deletes_rows(table):
            lines.append(f"{table_heading(table.name)}: {len(by_row)} gelöscht")
            continue
        names = {name for cols in by_row.values() for name in cols}
        by_action: dict[str, list[str]] = {}
        for column in table.columns:
            if column.name in names:
                by_action.setdefault(column_action(column).value, []).append(
                    column_label(table.name, column.name))
        words = "; ".join(f"{', '.join(labels)} {ACTION_WORDS[action]}"
                          for action, labels in by_action.items())
        lines.append(f"{table_heading(table.name)} ({len(by_row)}): {words}")
    return tuple(lines)


# ---------------------------------------------------------------- doing it

def apply(session: Session, rows: dict[str, set[int]], now: datetime) -> None:
    """Anonymise `rows` (table → ids) and scrub the audit rows about them."""
    session.flush()
    scrub_audit(session, rows)
    tables = _tables(rows)
    for table in reversed(tables):
        if deletes_rows(table):
            for part in chunks(rows[table.name]):
                session.execute(delete(table).where(table.c.id.in_(part))
                                .execution_options(**EXEMPT))
    for table in tables:
        if not deletes_rows(table):
            _update(session, table, rows[table.name], now)
    session.expire_all()  # loaded objects would still show the old values


def _update(session: Session, table: Table, ids: set[int], now: datetime) -> None:
    columns = changed_columns(table)
    values: dict[str, Any] = {}
    if "version_id" in table.c:
        values["version_id"] = table.c.version_id + 1
    if table.name == ROOT:
        values["anonymised_at"] = now
    for column in columns:
        action = column_action(column)
        if action in (Action.ANONYMISE_NAME, Action.CLEAR):
            values[column.name] = new_value(column, "")
        if action is Action.COARSEN_TO_QUARTER and f"{column.name}_precision" in table.c:
            values[f"{column.name}_precision"] = BirthDatePrecision.YEAR.value
    for part in chunks(ids):
        where = table.c.id.in_(part)
        if values:
            session.execute(update(table).where(where).values(values)
                            .execution_options(**EXEMPT))
        for column in columns:
            action = column_action(column)
            if action is Action.REDACT:
                session.execute(update(table).where(where, column.is_not(None))
                                .values({column.name: DELETED_TEXT}).execution_options(**EXEMPT))
            elif action is Action.COARSEN_TO_QUARTER:
                _per_row(session, table, where, column, _coarsened(column), (column,))
        _refresh_search_keys(session, table, where)


def _coarsened(column: Column) -> Any:
    return lambda row: new_value(column, row[column.name])


def _per_row(session: Session, table: Table, where: Any, column: Column, compute: Any,
             reads: tuple[Column, ...]) -> None:
    """Set `column` to compute(row) per row, one statement per distinct new value."""
    groups: dict[Any, list[int]] = {}
    for row in session.execute(select(table.c.id, *reads).where(where)).mappings():
        groups.setdefault(compute(row), []).append(row["id"])
    for value, row_ids in groups.items():
        session.execute(update(table).where(table.c.id.in_(row_ids))
                        .values({column.name: value}).execution_options(**EXEMPT))


def _refresh_search_keys(session: Session, table: Table, where: Any) -> None:
    """Stored search keys made again from the anonymised values (`SearchKeyed`)."""
    mapper = next(m for m in Base.registry.mappers if m.local_table is table)
    for key, sources in search_key_sources(table).items():
        reads = tuple(mapper.attrs[source].columns[0] for source in sources)

        def compute(row: Any, key: str = key, sources: tuple[str, ...] = sources,
                    reads: tuple[Column, ...] = reads) -> str:
            values = {s: row[c.name] for s, c in zip(sources, reads, strict=True)}
            return search_key_values(mapper.class_, values)[key]

        _per_row(session, table, where, mapper.attrs[key].columns[0], compute, reads)


# ---------------------------------------------------------------- the audit log

def _attribute_keys(table: Table) -> set[str]:
    """The audit keys (attribute names) of the columns whose logged values must go."""
    mapper = next(m for m in Base.registry.mappers if m.local_table is table)
    columns = pii_columns(table) if deletes_rows(table) else changed_columns(table)
    return {mapper.get_property_by_column(c).key for c in columns}


def _scrubbed(change: Any) -> Any:
    if isinstance(change, list):
        return [None if value is None else DELETED_TEXT for value in change]
    return None if change is None else DELETED_TEXT


def scrub_audit(session: Session, rows: dict[str, set[int]]) -> None:
    """Replace the logged values of removed or changed personal data with "[gelöscht]"."""
    for table in _tables(rows):
        keys = _attribute_keys(table)
        for part in chunks(rows[table.name]):
            entries = session.scalars(select(AuditEntry).where(
                AuditEntry.table_name == table.name, AuditEntry.row_id.in_(part)))
            for entry in entries:
                changes = entry.changes or {}
                cleaned = {k: _scrubbed(v) if k in keys else v for k, v in changes.items()}
                if cleaned != changes:
                    entry.changes = cleaned
    session.flush()


def record(session: Session, actor: Actor, person_id: int, why: str, lines: tuple[str, ...],
           now: datetime) -> None:
    """The one audit row of an anonymisation: when, by whom, why and what kind of data went
    (never a value)."""
    session.execute(insert(AuditEntry), [{
        "at": now, "actor_login": actor.login, "actor_id": actor.user_id,
        "action": AuditAction.UPDATE.value, "table_name": ROOT, "row_id": person_id,
        "changes": {"anonymised_at": [None, now.isoformat()], "Datenschutz": [None, why],
                    "Entfernt": [None, " | ".join(lines) or "nichts mehr"]},
    }])
