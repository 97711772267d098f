"""Bring a database to the schema of this version of Soest Desk (Alembic, inside the package).

A database whose revision is newer than the code is refused: on a shared database, clients
of mixed versions meet, and an old client must not write into a schema it does not know.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, OperationalError

from soest_desk.db import Database, DatabaseError, explain_connection_error

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _refuse_newer(database: Database, revision: str | None) -> None:
    if revision is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(revision) is not None
    except (ResolutionError, CommandError):
        known = False
    if not known:
        raise DatabaseError(
            f"Die Datenbank „{database.info.location}“ wurde schon von einer neueren Version von "
            "Soest Desk eingerichtet (Schema-Stand "
            f"„{revision}“). Bitte installieren Sie die aktuelle Version von Soest Desk."
        )


def _known_revision(database: Database) -> str | None:
    try:
        revision = current_revision(database)
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseError(explain_connection_error(exc, database.info)) from exc
    _refuse_newer(database, revision)
    return revision


def _refuse_foreign(database: Database, revision: str | None) -> None:
    if revision is None and database.table_names():
        raise DatabaseError(
            f"Die Datenbank „{database.info.location}“ enthält Tabellen, aber keine von Soest "
            "Desk. Bitte wählen Sie eine leere oder eine Soest-Desk-Datenbank."
        )


# any constant: two workstations starting a new version at once migrate one after the other
MIGRATION_LOCK_KEY = 0x50E57DE5


def upgrade(database: Database) -> bool:
    """Migrate to head. Returns True when something was migrated."""
    revision = _known_revision(database)
    if revision == head_revision():
        return False
    _refuse_foreign(database, revision)
    config = alembic_config()
    sqlite = database.dialect == "sqlite"
    try:
        with database.engine.connect() as connection:
            if sqlite:
                _sqlite_foreign_keys(connection, on=False)
            try:
                with connection.execution_options(sqlite_immediate=True).begin():
                    if not sqlite:
                        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                           {"key": MIGRATION_LOCK_KEY})
                        # another client may have migrated while we waited for the lock
                        current = MigrationContext.configure(connection).get_current_revision()
                        if current == head_revision():
                            return False
                    config.attributes["connection"] = connection
                    try:
                        command.upgrade(config, "head")
                    except Exception as exc:  # the migration's own error, SQL or not
                        raise _MigrationFailed(exc) from exc
                    if sqlite:
                        _check_sqlite_references(connection, database)
            finally:
                if sqlite:
                    _sqlite_foreign_keys(connection, on=True)
    except _MigrationFailed as failed:  # all of it was rolled back (one transaction)
        log.error("migration failed", exc_info=failed.cause)
        raise DatabaseError(
            f"Die Aktualisierung der Datenbank „{database.info.location}“ ist fehlgeschlagen "
            f"({type(failed.cause).__name__}). Es wurde nichts geändert: Die Datenbank ist auf "
            "dem bisherigen Stand und mit der bisherigen Version von Soest Desk weiter "
            "nutzbar. Einzelheiten stehen in der Protokolldatei.") from failed.cause
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseError(explain_connection_error(exc, database.info)) from exc
    return True


class _MigrationFailed(Exception):
    def __init__(self, cause: Exception) -> None:
        super().__init__(type(cause).__name__)
        self.cause = cause


def _sqlite_foreign_keys(connection: Connection, *, on: bool) -> None:
    """SQLite changes a table by copying it and dropping the old one; with foreign keys on,
    that drop fires ON DELETE CASCADE / SET NULL on every table that points at it (the
    history of every ticket would be gone). The pragma only works outside a transaction, so
    it goes to the driver connection before SQLAlchemy begins one."""
    driver = connection.connection.driver_connection
    driver.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def _check_sqlite_references(connection: Connection, database: Database) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({str(row[0]) for row in broken}))
        raise DatabaseError(
            f"Die Aktualisierung der Datenbank „{database.info.location}“ wurde abgebrochen, "
            f"weil Verweise nicht mehr stimmen würden (Tabellen: {tables}). Es wurde nichts "
            "geändert; bitte wenden Sie sich an den Support."
        )


def is_current(database: Database) -> bool:
    return _known_revision(database) == head_revision()
