"""The session-level audit hook: every insert, update and end of an audited row writes an
audit entry (who, when, table, id, old → new) in the same transaction as the change.

Installed once for every Session (`install_audit_hook`). The acting user comes from
`session.info["actor"]`. Values of columns tagged as Sozialdaten (`pii="social"`) are not
copied into the log (only the fact that they changed), and binary columns never are.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import LargeBinary, event, insert, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, configure_mappers

from soest_desk.models import Base
from soest_desk.models.audit import AuditEntry
from soest_desk.models.base import Audited, utcnow
from soest_desk.models.enums import AuditAction
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor

# the Core table, not the ORM class: an ORM insert asks RETURNING id, and on PostgreSQL with
# roles no application role may read the audit trail it writes
AUDIT_TABLE = AuditEntry.__table__
SECRET_PLACEHOLDER = "(gesetzt)"
SOCIAL_DATA_PLACEHOLDER = "‹Sozialdaten, nicht protokolliert›"
SKIPPED_ATTRIBUTES = frozenset({"version_id"})
_installed = False


def jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"‹{len(bytes(value))} Bytes›"
    return str(value)


def _column_attrs(obj: Audited) -> list[tuple[str, Any]]:
    """(attribute key, column) for every audited column attribute of `obj`."""
    mapper = inspect(obj).mapper
    derived = getattr(obj, "__search_keys__", {})  # search keys repeat other columns
    result = []
    for attr in mapper.column_attrs:
        if attr.key in SKIPPED_ATTRIBUTES or attr.key in derived:
            continue
        column = attr.columns[0]
        if isinstance(column.type, LargeBinary):
            continue
        result.append((attr.key, column))
    return result


def _shown(column: Any, value: Any) -> Any:
    if value is not None and column.info.get("pii") == "social":
        return SOCIAL_DATA_PLACEHOLDER
    if value is not None and column.info.get("secret"):
        return SECRET_PLACEHOLDER  # a password hash is no business of the audit trail
    return jsonable(value)


def _row_id(obj: Audited) -> int | None:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    if len(key) == 1 and isinstance(key[0], int):
        return key[0]
    return None


def _inserted(obj: Audited) -> dict[str, Any]:
    values = inspect(obj).dict  # only what was set; columns never touched are not "changed"
    return {
        key: [None, _shown(column, values[key])]
        for key, column in _column_attrs(obj)
        if values.get(key) is not None
    }


def _updated(obj: Audited) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for key, column in _column_attrs(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes[key] = [_shown(column, old), _shown(column, new)]
    return changes


def _is_end(obj: Audited, changes: dict[str, Any]) -> bool:
    for key, ended_value in type(obj).__audit_end__:
        if key not in changes:
            continue
        new = getattr(obj, key)
        if new is not None and (ended_value is None or new == ended_value):
            return True
    return False


def _entry(actor: Actor, action: AuditAction, obj: Audited, changes: dict[str, Any]) -> dict:
    return {
        "at": utcnow(),
        "actor_login": actor.login,
        "actor_id": actor.user_id,
        "action": action.value,
        "table_name": type(obj).__tablename__,
        "row_id": _row_id(obj),
        "changes": changes or None,
    }


def collect_entries(session: Session) -> list[dict[str, Any]]:
    actor: Actor = session.info.get("actor", SYSTEM_ACTOR)
    entries = []
    for obj in session.new:
        if isinstance(obj, Audited):
            entries.append(_entry(actor, AuditAction.INSERT, obj, _inserted(obj)))
    for obj in session.dirty:
        if isinstance(obj, Audited):
            changes = _updated(obj)
            if changes:
                action = AuditAction.END if _is_end(obj, changes) else AuditAction.UPDATE
                entries.append(_entry(actor, action, obj, changes))
    for obj in session.deleted:
        if isinstance(obj, Audited):
            state = inspect(obj)
            old = {
                key: [_shown(column, state.attrs[key].loaded_value), None]
                for key, column in _column_attrs(obj)
            }
            entries.append(_entry(actor, AuditAction.DELETE, obj, old))
    return entries


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    entries = collect_entries(session)
    if entries:
        session.connection().execute(insert(AUDIT_TABLE), entries)


def record_read(session: Session, table_name: str, row_id: int) -> None:
    """Write an audit row for reading a protected row (a case note)."""
    actor: Actor = session.info.get("actor", SYSTEM_ACTOR)
    session.execute(
        insert(AUDIT_TABLE),
        [{
            "at": utcnow(), "actor_login": actor.login, "actor_id": actor.user_id,
            "action": AuditAction.READ.value, "table_name": table_name, "row_id": row_id,
            "changes": None,
        }],
    )


def _refuse_unaudited_bulk_changes(state: ORMExecuteState) -> None:
    """A bulk UPDATE or DELETE bypasses the unit of work and so the log: refuse it for
    audited classes unless the caller writes its own audit rows and says so."""
    if not (state.is_update or state.is_delete):
        return
    if state.execution_options.get("audit_exempt"):
        return
    audited = [m.class_.__name__ for m in state.all_mappers if issubclass(m.class_, Audited)]
    if audited:
        raise RuntimeError(
            f"bulk UPDATE/DELETE of {', '.join(audited)} would bypass the audit log; change "
            "the loaded objects instead, or pass execution_options(audit_exempt=True) and "
            "write the audit rows yourself"
        )


def _keep_old_values(_target: object, value: Any, _old: Any, _initiator: Any) -> Any:
    return value


def _load_old_values_before_changes() -> None:
    """An attribute that was not loaded (expired, deferred) would be logged as old = null;
    active history makes SQLAlchemy load the old value before it is replaced."""
    configure_mappers()
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Audited):
            for attr in mapper.column_attrs:
                event.listen(getattr(mapper.class_, attr.key), "set", _keep_old_values,
                             active_history=True, retval=True)


def install_audit_hook() -> None:
    """Idempotent: every Session in this process writes audit rows from now on."""
    global _installed
    if not _installed:
        _load_old_values_before_changes()
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "do_orm_execute", _refuse_unaudited_bulk_changes)
        _installed = True
