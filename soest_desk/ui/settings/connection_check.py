"""The database page's plumbing, without Qt: building a URL from the fields, taking one apart
for them, and "Verbindung testen" (run on the thread pool, one throw-away connection).

The check only reads: it never creates a file and never migrates. It reports an outcome code
and plain facts; the page turns them into German sentences (`tr`). The password typed for
the test is used once and kept nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from soest_desk import migrate
from soest_desk.config import sqlite_url
from soest_desk.db import (
    DatabaseError,
    describe,
    explain_connection_error,
    open_database,
    parse_url,
)
from soest_desk.services.backups import is_known_revision

DEFAULT_PORT = 5432
POSTGRES_DRIVER = "postgresql+psycopg"

# outcomes of the check
CURRENT = "current"  # a Soest Desk database of this version
OLDER = "older"  # of an earlier version: brought up to date at the next start
NEWER = "newer"  # of a later version: this one would refuse it
EMPTY = "empty"  # reachable, no tables yet: set up at the next start
FOREIGN = "foreign"  # tables, but not Soest Desk's
NO_FILE = "no_file"  # the SQLite file is not there
LOGIN_REFUSED = "login_refused"  # the server answered but wants a (different) password
FAILED = "failed"  # not reachable, not a database, …: `detail` says why


@dataclass(frozen=True)
class ConnectionTarget:
    """The database page's fields; `path` for the embedded file, the rest for PostgreSQL."""

    embedded: bool
    path: str = ""
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""


@dataclass(frozen=True)
class ConnectionReport:
    outcome: str
    location: str  # the file, or host:port/database
    revision: str | None = None
    detail: str = ""  # the German reason (FAILED, LOGIN_REFUSED)


def target_url(target: ConnectionTarget, default_file: Path) -> str:
    """The URL the fields describe; an empty path means the default file."""
    if target.embedded:
        raw = target.path.strip()
        return sqlite_url(Path(raw).expanduser() if raw else default_file)
    url = URL.create(POSTGRES_DRIVER, username=target.user.strip() or None,
                     host=target.host.strip() or None, port=target.port,
                     database=target.database.strip() or None)
    return url.render_as_string(hide_password=False)


def target_of(raw_url: str) -> ConnectionTarget:
    """The fields for a URL (the current one); raises DatabaseError for a broken URL."""
    url = parse_url(raw_url)
    if url.get_backend_name() == "sqlite":
        return ConnectionTarget(True, path=str(Path(url.database or "")))
    return ConnectionTarget(False, host=url.host or "", port=url.port or DEFAULT_PORT,
                            database=url.database or "", user=url.username or "")


def check(raw_url: str, password: str = "") -> ConnectionReport:
    """Connect once, read the schema revision, disconnect. Never raises DatabaseError."""
    try:
        url = parse_url(raw_url)
    except DatabaseError as exc:
        return ConnectionReport(FAILED, raw_url, detail=str(exc))
    location = describe(url).location
    if url.get_backend_name() == "sqlite":
        if not Path(url.database or "").expanduser().is_file():
            return ConnectionReport(NO_FILE, location)
    elif password:
        url = url.set(password=password)
    try:
        database = open_database(url.render_as_string(hide_password=False))
    except DatabaseError as exc:
        if _login_refused(exc):
            return ConnectionReport(LOGIN_REFUSED, location, detail=str(exc))
        return ConnectionReport(FAILED, location, detail=str(exc))
    try:
        revision = migrate.current_revision(database)
        tables = database.table_names()
    except DBAPIError as exc:
        return ConnectionReport(FAILED, location,
                                detail=explain_connection_error(exc, database.info))
    finally:
        database.dispose()
    return ConnectionReport(_outcome(revision, tables), location, revision)


def _outcome(revision: str | None, tables: list[str]) -> str:
    if revision is None:
        return FOREIGN if tables else EMPTY
    if revision == migrate.head_revision():
        return CURRENT
    return OLDER if is_known_revision(revision) else NEWER


def _login_refused(exc: DatabaseError) -> bool:
    """The server answered and asked for a password (or refused the one given)."""
    cause = str(getattr(exc.__cause__, "orig", exc.__cause__) or "").lower()
    return "password" in cause or "authentication" in cause
