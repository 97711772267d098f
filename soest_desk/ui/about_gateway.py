"""What the "Über Soest Desk" dialog says about the database: where it is, which engine
and version, which schema revision (Qt-free; one short connection of its own)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from soest_desk import migrate
from soest_desk.db import Database, translated_errors


@dataclass(frozen=True)
class DatabaseFacts:
    label: str  # "SQLite: /path/file.sqlite" or "PostgreSQL: host:5432/db"
    engine: str  # "SQLite 3.45.1", "PostgreSQL 16.4"
    revision: str | None  # the schema revision of the database (None: not migrated)
    head: str  # the revision this version of Soest Desk expects

    @property
    def current(self) -> bool:
        return self.revision == self.head


class AboutGateway:
    def __init__(self, database: Database) -> None:
        self.database = database

    def label(self) -> str:
        return self.database.info.label

    def facts(self) -> DatabaseFacts:
        database = self.database
        with translated_errors(database.info):
            revision = migrate.current_revision(database)
            version = database.engine.dialect.server_version_info
        if database.info.dialect == "sqlite":
            engine = f"SQLite {sqlite3.sqlite_version}"
        else:
            numbers = ".".join(str(part) for part in version or () if isinstance(part, int))
            engine = f"PostgreSQL {numbers}".strip()
        return DatabaseFacts(database.info.label, engine, revision, migrate.head_revision())
