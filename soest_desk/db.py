"""Engines, sessions and migrations for SQLite (one workstation) and PostgreSQL (shared).

`open_database(url)` checks the URL, refuses what cannot work (an unknown scheme, a SQLite
file on a network share, a file that is not a database, a server that is not there) with a
German `DatabaseError`, and returns a `Database` whose `read()`/`write()` context managers
hand out short-lived sessions. On SQLite, `write()` starts with `BEGIN IMMEDIATE` so two
writers queue instead of failing halfway.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

SUPPORTED_SCHEMES = ("sqlite", "postgresql+psycopg", "postgresql")
SQLITE_BUSY_TIMEOUT_MS = 10_000
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
     "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "glusterfs", "ceph", "lustre"}
)
SQLITE_HEADER = b"SQLite format 3\x00"
URL_HELP = (
    "Erlaubt sind „sqlite:///Pfad/zur/datei.sqlite“ und "
    "„postgresql+psycopg://benutzer@host:5432/datenbank“."
)


class DatabaseError(Exception):
    """A database problem explained in German for the user; nothing was changed."""


@dataclass(frozen=True)
class DatabaseInfo:
    """What the status bar and error messages say about a database."""

    dialect: str  # "sqlite" or "postgresql"
    location: str  # a file path, or host:port/database

    @property
    def label(self) -> str:
        kind = "SQLite" if self.dialect == "sqlite" else "PostgreSQL"
        return f"{kind}: {self.location}"


def parse_url(raw: str) -> URL:
    if not raw.strip():
        raise DatabaseError(f"Die Datenbank-URL ist leer. {URL_HELP}")
    try:
        url = make_url(raw.strip())
    except (ArgumentError, ValueError) as exc:  # ValueError: e.g. a port that is no number
        raise DatabaseError(f"Die Datenbank-URL „{raw}“ ist ungültig. {URL_HELP}") from exc
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername not in SUPPORTED_SCHEMES:
        raise DatabaseError(
            f"Unbekannte Datenbankart „{url.drivername}“ in „{raw}“. {URL_HELP}"
        )
    if url.drivername == "sqlite" and not url.database:
        raise DatabaseError(f"In „{raw}“ fehlt der Pfad zur SQLite-Datei. {URL_HELP}")
    return url


def describe(url: URL) -> DatabaseInfo:
    if url.get_backend_name() == "sqlite":
        return DatabaseInfo("sqlite", str(Path(url.database or "").resolve()))
    host = url.host or "localhost"
    port = url.port or 5432
    return DatabaseInfo("postgresql", f"{host}:{port}/{url.database or ''}")


def is_network_path(path: Path) -> bool:
    """True for a UNC path, a mapped network drive or a network file system mount."""
    text_path = str(path)
    if text_path.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    return _mount_fs_type(path) in NETWORK_FILESYSTEMS


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = path.resolve().drive
    if not drive:
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def _mount_fs_type(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def check_sqlite_file(path: Path, *, must_exist: bool) -> None:
    """Refuse a missing (when required), non-database or network-share SQLite file."""
    try:
        _check_sqlite_path(path, must_exist=must_exist)
    except (OSError, RuntimeError) as exc:  # a symlink loop, a name too long, no access
        raise DatabaseError(
            f"Die Datenbankdatei „{path}“ kann nicht benutzt werden: {exc}"
        ) from exc


def _check_sqlite_path(path: Path, *, must_exist: bool) -> None:
    if is_network_path(path) or is_network_path(path.parent):
        raise DatabaseError(
            f"Die SQLite-Datei „{path}“ liegt auf einem Netzlaufwerk. SQLite ist nur für einen "
            "Arbeitsplatz gedacht; auf Netzlaufwerken ist die Sperre unzuverlässig und Daten "
            "können verloren gehen. Für eine gemeinsame Datenbank richten Sie bitte PostgreSQL "
            "ein (siehe README, Abschnitt „Choosing the database“)."
        )
    if path.is_dir():
        raise DatabaseError(f"„{path}“ ist ein Ordner, keine SQLite-Datenbankdatei.")
    if path.exists() and not path.is_file():  # a pipe or a device would block or mislead
        raise DatabaseError(f"„{path}“ ist keine gewöhnliche Datei und keine Datenbank.")
    if not path.exists():
        if must_exist:
            raise DatabaseError(
                f"Die Datenbankdatei „{path}“ gibt es nicht. Prüfen Sie den Pfad oder legen "
                "Sie sie mit „soest-desk db upgrade --database-url "
                f"sqlite:///{path.as_posix()}“ an."
            )
        if not path.parent.is_dir():
            raise DatabaseError(
                f"Der Ordner „{path.parent}“ für die Datenbankdatei existiert nicht."
            )
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            f"Die Datenbankdatei „{path}“ kann nicht gelesen werden: {exc}"
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"Die Datei „{path}“ ist keine SQLite-Datenbank (oder sie ist beschädigt). "
            "Bitte wählen Sie die richtige Datei oder stellen Sie eine Sicherung wieder her."
        )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # let SQLAlchemy's "begin" event decide how a transaction starts
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
                               hide_parameters=True)  # no values in messages and logs
        _configure_sqlite(engine)
        return engine
    # JIT compiling costs 400-600 ms on the lists' correlated subqueries and saves nothing
    # on queries that return a page of rows
    connect_args = {
        "connect_timeout": 5, "application_name": "soest-desk", "options": "-c jit=off",
    }
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args,
                         hide_parameters=True)


def explain_connection_error(exc: Exception, info: DatabaseInfo) -> str:
    """Turn a driver error into a German sentence that names the database."""
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    lowered = detail.lower()
    if info.dialect == "sqlite":
        if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
            return (
                f"Die Datei „{info.location}“ ist keine gültige SQLite-Datenbank oder beschädigt. "
                "Bitte stellen Sie eine Sicherung wieder her."
            )
        if "unable to open" in lowered:
            return f"Die Datenbankdatei „{info.location}“ kann nicht geöffnet werden."
        if "readonly" in lowered or "read-only" in lowered:
            return (
                f"Die Datenbankdatei „{info.location}“ ist schreibgeschützt. Bitte prüfen Sie "
                "die Rechte an der Datei und ihrem Ordner."
            )
        if "locked" in lowered or "busy" in lowered:
            return (
                f"Die Datenbankdatei „{info.location}“ ist gerade von einem anderen Programm "
                "gesperrt. Bitte versuchen Sie es gleich noch einmal."
            )
        return f"Fehler in der Datenbankdatei „{info.location}“: {detail}"
    if "does not exist" in lowered and "database" in lowered:
        return f"Die Datenbank „{info.location}“ existiert auf dem Server nicht."
    if "password authentication failed" in lowered or "authentication" in lowered:
        return (
            f"Anmeldung an der Datenbank „{info.location}“ abgelehnt: "
            "falscher Benutzer oder Passwort."
        )
    if "role" in lowered and "does not exist" in lowered:
        return f"Den Datenbank-Benutzer gibt es auf „{info.location}“ nicht."
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return (
            f"Der Datenbankserver „{info.location}“ ist nicht erreichbar. Läuft der Server, und "
            "stimmen Rechnername und Port?"
        )
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return f"Den Datenbankserver „{info.location}“ gibt es nicht (Rechnername unbekannt)."
    return f"Die Datenbank „{info.location}“ meldet einen Fehler: {detail}"


def _refuse_writes_in_read_sessions(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("read_only"):
        raise RuntimeError("a read session must not write; use Database.write()")


event.listen(Session, "before_flush", _refuse_writes_in_read_sessions)


@contextlib.contextmanager
def translated_errors(info: DatabaseInfo) -> Iterator[None]:
    """Turn a driver error (locked file, read-only file, lost server) into a German
    DatabaseError naming the database."""
    try:
        yield
    except DBAPIError as exc:
        raise DatabaseError(explain_connection_error(exc, info)) from exc


class Database:
    """One engine and the session factories for it. Sessions are short-lived, one per job.

    Every session of the application writes audit rows (the hook is installed here, so no
    caller can forget it)."""

    def __init__(self, url: URL) -> None:
        from soest_desk.services.audit import install_audit_hook

        install_audit_hook()
        self.url = url
        self.info = describe(url)
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if self.info.dialect == "sqlite":
            writer = self.engine.execution_options(sqlite_immediate=True)
        else:
            writer = self.engine
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)
        self._file = Path(url.database) if self.info.dialect == "sqlite" else None
        self._file_identity: tuple[int, int] | None = None

    def _check_file(self) -> None:
        """An embedded database whose file was deleted or replaced while open would go on
        working on the old, unlinked file (on Linux), and every later save would be lost:
        refuse instead, with the reason. The identity is taken when the connection is
        checked at opening."""
        if self._file is None or self._file_identity is None:
            return
        try:
            status = os.stat(self._file)
        except OSError as exc:
            raise DatabaseError(
                f"Die Datenbankdatei „{self.info.location}“ ist nicht mehr da (gelöscht, "
                "verschoben oder das Laufwerk ist getrennt). Es wurde nichts gespeichert; Ihre "
                "Eingaben bleiben im Formular. Bitte die Datei zurückholen oder eine Sicherung "
                "zurückspielen und Soest Desk neu starten.") from exc
        if (status.st_dev, status.st_ino) != self._file_identity:
            raise DatabaseError(
                f"Die Datenbankdatei „{self.info.location}“ wurde durch eine andere Datei "
                "ersetzt (zum Beispiel eine zurückgespielte Sicherung). Es wurde nichts "
                "gespeichert; bitte Soest Desk neu starten.")

    @property
    def dialect(self) -> str:
        return self.info.dialect

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading, closed at the end. Loaded objects stay readable (detached,
        not expired), and carry the version they were loaded with. It refuses to flush:
        a change made here would silently be thrown away."""
        self._check_file()
        with self._sessions() as session:
            session.info["read_only"] = True
            yield session

    @contextlib.contextmanager
    def write(self, actor: Any = None) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error."""
        self._check_file()
        with self._write_sessions() as session:
            if actor is not None:
                session.info["actor"] = actor
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def check_connection(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
                if self.dialect == "sqlite":
                    result = connection.exec_driver_sql("PRAGMA quick_check(1)").scalar()
                    if result != "ok":
                        raise DatabaseError(
                            f"Die Datenbankdatei „{self.info.location}“ ist beschädigt "
                            f"(Prüfung meldet: {result})."
                        )
                    if self._file is not None and self._file_identity is None:
                        status = os.stat(self._file)
                        self._file_identity = (status.st_dev, status.st_ino)
        except (OperationalError, DBAPIError) as exc:
            raise DatabaseError(explain_connection_error(exc, self.info)) from exc

    def analyze(self) -> None:
        """Refresh the planner statistics after a bulk load (a fresh PostgreSQL database has
        none until autovacuum gets to it, and sorts then pick slow plans)."""
        with self.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(raw_url: str, *, create: bool = False) -> Database:
    """Check and connect. `create` allows a new SQLite file (demo, db upgrade, the default)."""
    url = parse_url(raw_url)
    if url.get_backend_name() == "sqlite":
        if url.database == ":memory:":
            raise DatabaseError(
                "Eine Datenbank nur im Arbeitsspeicher würde beim Beenden verloren gehen."
            )
        path = Path(os.path.expanduser(url.database or ""))
        check_sqlite_file(path, must_exist=not create)
        url = url.set(database=str(path))
    try:
        database = Database(url)
    except NoSuchModuleError as exc:
        raise DatabaseError(
            f"Der Datenbanktreiber für „{url.drivername}“ fehlt. {URL_HELP}"
        ) from exc
    database.check_connection()
    return database
