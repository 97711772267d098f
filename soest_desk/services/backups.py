"""Backups of the embedded SQLite database, and restoring one (no Qt).

A backup is taken with SQLite's online backup API: one step under one read lock, so the copy
is a consistent snapshot even while another connection writes (WAL: the writer does not wait).
It is written under a temporary name, switched to a single-file journal, checked with
`PRAGMA integrity_check` and only then renamed to `<name>-JJJJ-MM-TT_HHMMSS.sqlite`, where
<name> is the database file's name without its suffix (`soest-desk`, `demo`, …).

Rotation keeps every backup of the last N days (by the time in its name) and always the
newest M ones (`backup_keep_count`, at least 1), even when they are older; files in the
folder that are not backups of this database (other names, temporary files, the user's own
copies) are never touched.

PostgreSQL is not backed up here: the README gives the pg_dump / pg_restore recipe.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from soest_desk.config import (
    DEMO_FILE_NAME,
    ConfigError,
    data_dir,
    read_settings_file,
    settings_file,
)
from soest_desk.db import SQLITE_BUSY_TIMEOUT_MS, SQLITE_HEADER, Database, DatabaseError

log = logging.getLogger("soest_desk.backups")

BACKUP_DIR_NAME = "backups"
DEFAULT_KEEP_DAYS = 14
DEFAULT_KEEP_COUNT = 1  # the newest backup is always kept, however old
MAX_KEEP_COUNT = 1000
WARN_AFTER = timedelta(days=1)
STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
PARTIAL_SUFFIX = ".part"
SETTING_FOLDER = "backup_folder"
SETTING_KEEP_DAYS = "backup_keep_days"
SETTING_KEEP_COUNT = "backup_keep_count"


class BackupError(DatabaseError):
    """A backup or restore could not be done; the message is German, nothing was changed."""


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep_days: int = DEFAULT_KEEP_DAYS
    keep_count: int = DEFAULT_KEEP_COUNT


@dataclass(frozen=True)
class BackupResult:
    path: Path
    taken_at: datetime
    removed: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    target: Path
    revision: str
    safety_backup: Path | None  # the state before the restore, None if there was no file


def default_folder() -> Path:
    return data_dir() / BACKUP_DIR_NAME


def check_keep_days(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(
            f"Die Zahl der Tage, für die Sicherungen aufbewahrt werden, muss eine ganze Zahl "
            f"ab 1 sein (angegeben: „{value}“)."
        )
    return value


def check_keep_count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) \
            or not 1 <= value <= MAX_KEEP_COUNT:
        raise ConfigError(
            f"Die Zahl der Sicherungen, die in jedem Fall aufbewahrt werden, muss eine ganze "
            f"Zahl von 1 bis {MAX_KEEP_COUNT} sein (angegeben: „{value}“)."
        )
    return value


def backup_settings() -> BackupSettings:
    """Folder, days and count kept: `backup_folder` / `backup_keep_days` /
    `backup_keep_count` in settings.json, else the `backups` folder in the user data
    directory, 14 days and the newest one."""
    settings = read_settings_file()
    folder = settings.get(SETTING_FOLDER)
    if folder is not None and (not isinstance(folder, str) or not folder.strip()):
        raise ConfigError(
            f"„{SETTING_FOLDER}“ in „{settings_file()}“ muss ein Ordnerpfad sein."
        )
    try:
        keep_days = check_keep_days(settings.get(SETTING_KEEP_DAYS, DEFAULT_KEEP_DAYS))
        keep_count = check_keep_count(settings.get(SETTING_KEEP_COUNT, DEFAULT_KEEP_COUNT))
    except ConfigError as exc:
        raise ConfigError(f"{exc} Bitte korrigieren Sie „{settings_file()}“.") from exc
    chosen = Path(os.path.expanduser(folder)) if folder else default_folder()
    return BackupSettings(chosen, keep_days, keep_count)


# ------------------------------------------------------------------ names and rotation

def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"-(\d{4}-\d{2}-\d{2}_\d{6})(?:-\d+)?\.sqlite")


def backups_of(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """This database's backups in `folder`, oldest first; other files are not listed."""
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:  # no right to list it: as if there were none (the window warns)
        log.warning("backup folder %s cannot be read: %s", folder, exc)
        return []
    pattern = _pattern(stem)
    found = []
    for path in entries:
        match = pattern.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        try:
            found.append((datetime.strptime(match.group(1), STAMP_FORMAT), path))
        except ValueError:  # 2026-13-45: a name that only looks like ours
            continue
    return sorted(found)


def last_backup(folder: Path, stem: str = "soest-desk") -> datetime | None:
    """The time of the newest backup of the database named `stem` (local time)."""
    found = backups_of(folder, stem)
    return found[-1][0] if found else None


def needs_warning(last: datetime | None, now: datetime) -> bool:
    return last is None or now - last > WARN_AFTER


def warning_text(last: datetime | None, now: datetime) -> str | None:
    """What the window says when the last backup is older than a day (None: all is well)."""
    if not needs_warning(last, now):
        return None
    if last is None:
        return "Es gibt noch keine Sicherung dieser Datenbank."
    return f"Die letzte Sicherung ist vom {last:%d.%m.%Y, %H:%M} Uhr – älter als ein Tag."


def rotate(folder: Path, stem: str, keep_days: int, now: datetime,
           keep_count: int = DEFAULT_KEEP_COUNT) -> list[Path]:
    """Delete this database's backups older than `keep_days`, never the newest
    `keep_count` ones (at least the newest one)."""
    check_keep_days(keep_days)
    check_keep_count(keep_count)
    found = backups_of(folder, stem)
    cutoff = now - timedelta(days=keep_days)
    removed = []
    for taken_at, path in found[:-keep_count]:
        if taken_at < cutoff:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:  # open in another program: left for the next rotation
                log.warning("old backup %s not removed: %s", path, exc)
                continue
            removed.append(path)
    return removed


def _new_name(folder: Path, stem: str, now: datetime) -> Path:
    base = f"{stem}-{now.strftime(STAMP_FORMAT)}"
    candidate = folder / f"{base}.sqlite"
    number = 2
    while candidate.exists() or Path(f"{candidate}{PARTIAL_SUFFIX}").exists():
        candidate = folder / f"{base}-{number}.sqlite"
        number += 1
    return candidate


# ------------------------------------------------------------------ SQLite plumbing

def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


@contextlib.contextmanager
def _connect(target: str | Path, *, uri: bool = False) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(target, uri=uri, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
                                 isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def _integrity(connection: sqlite3.Connection) -> str:
    rows = connection.execute("PRAGMA integrity_check").fetchall()
    return "; ".join(str(row[0]) for row in rows[:3])


def _copy(source: sqlite3.Connection, destination: sqlite3.Connection) -> None:
    source.backup(destination)  # pages=-1: all in one step, one consistent snapshot


# ------------------------------------------------------------------ backup

def backup_database(
    database_file: Path, folder: Path | None = None, *, keep_days: int = DEFAULT_KEEP_DAYS,
    now: datetime | None = None, rotate_old: bool = True,
    keep_count: int = DEFAULT_KEEP_COUNT,
) -> BackupResult:
    """Copy `database_file` into `folder` (default: the `backups` folder) and rotate."""
    check_keep_days(keep_days)
    check_keep_count(keep_count)
    moment = now or datetime.now()
    folder = folder or default_folder()
    if not database_file.is_file():
        raise BackupError(f"Die Datenbankdatei „{database_file}“ gibt es nicht; "
                          "es wurde keine Sicherung angelegt.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = _new_name(folder, database_file.stem, moment)
    except OSError as exc:
        raise BackupError(f"Der Sicherungsordner „{folder}“ kann nicht angelegt werden "
                          f"({exc.strerror or exc}).") from exc
    partial = Path(f"{final}{PARTIAL_SUFFIX}")
    try:
        with _connect(_uri(database_file, "rw"), uri=True) as source, \
                _connect(partial) as copy:
            _copy(source, copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            verdict = _integrity(copy)
        if verdict != "ok":
            raise BackupError(f"Die Sicherung von „{database_file}“ ist fehlerhaft (Prüfung "
                              f"meldet: {verdict}); sie wurde verworfen.")
        _fsync(partial)
        os.replace(partial, final)
    except sqlite3.Error as exc:
        raise BackupError(f"Die Datenbank „{database_file}“ konnte nicht nach „{folder}“ "
                          f"gesichert werden: {exc}") from exc
    except OSError as exc:
        raise BackupError(f"Die Sicherung nach „{folder}“ ist fehlgeschlagen "
                          f"({exc.strerror or exc}).") from exc
    finally:
        partial.unlink(missing_ok=True)
    removed = (rotate(folder, database_file.stem, keep_days, moment, keep_count)
               if rotate_old else [])
    return BackupResult(final, moment, removed)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


# ------------------------------------------------------------------ restore

def is_known_revision(revision: str) -> bool:
    """True when this version of the program ships the migration `revision`."""
    from alembic.script import ScriptDirectory
    from alembic.script.revision import ResolutionError
    from alembic.util import CommandError

    from soest_desk import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    try:
        return script.get_revision(revision) is not None
    except (ResolutionError, CommandError):
        return False


def check_backup(path: Path) -> str:
    """Refuse anything but an intact Soest Desk database of a schema this version knows;
    returns its revision. The file is opened read-only and is not changed."""
    if not path.exists():
        raise BackupError(f"Die Datei „{path}“ gibt es nicht.")
    if not path.is_file():
        raise BackupError(f"„{path}“ ist keine Datei.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupError(f"Die Datei „{path}“ kann nicht gelesen werden "
                          f"({exc.strerror or exc}).") from exc
    if header != SQLITE_HEADER:
        raise BackupError(f"Die Datei „{path}“ ist keine SQLite-Datenbank und keine "
                          "Sicherung von Soest Desk. Es wurde nichts geändert.")
    wal = Path(f"{path}-wal")
    if wal.is_file() and wal.stat().st_size > 0:  # read-only, the copy would miss them
        raise BackupError(f"Neben „{path}“ liegt „{wal.name}“ mit Änderungen, die noch nicht "
                          "in der Datei selbst stehen. Bitte nehmen Sie eine Sicherung aus dem "
                          "Sicherungsordner (oder erstellen Sie mit „soest-desk db backup "
                          "--database-url …“ eine). Es wurde nichts geändert.")
    try:
        with _connect(f"{_uri(path, 'ro')}&immutable=1", uri=True) as connection:
            verdict = _integrity(connection)
            if verdict != "ok":
                raise BackupError(f"Die Sicherung „{path}“ ist beschädigt (Prüfung meldet: "
                                  f"{verdict}). Es wurde nichts geändert.")
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            rows = connection.execute(
                "SELECT version_num FROM alembic_version").fetchall() if has_version else []
    except sqlite3.Error as exc:
        raise BackupError(f"Die Sicherung „{path}“ ist beschädigt oder keine gültige "
                          f"SQLite-Datenbank ({exc}). Es wurde nichts geändert.") from exc
    if len(rows) != 1 or not rows[0][0]:
        raise BackupError(f"Die Datei „{path}“ ist eine SQLite-Datenbank, aber keine von "
                          "Soest Desk (die Tabellen des Programms fehlen). Es wurde nichts "
                          "geändert.")
    revision = str(rows[0][0])
    if not is_known_revision(revision):
        raise BackupError(f"Die Sicherung „{path}“ stammt von einer neueren Version von "
                          f"Soest Desk (Schema-Stand „{revision}“). Bitte installieren Sie "
                          "die aktuelle Version. Es wurde nichts geändert.")
    return revision


def restore_database(
    backup_file: Path, database_file: Path, folder: Path | None = None, *,
    now: datetime | None = None,
) -> RestoreResult:
    """Check `backup_file`, back up the current `database_file`, then copy the backup into
    place with the backup API (other connections see the new state, no half-copied file)."""
    if backup_file.resolve() == database_file.resolve():
        raise BackupError(f"„{backup_file}“ ist die aktuelle Datenbank selbst; bitte wählen "
                          "Sie eine Sicherung.")
    revision = check_backup(backup_file)
    safety = None
    if database_file.exists():  # the state before: taken first, not rotated away
        safety = backup_database(database_file, folder, now=now, rotate_old=False).path
    try:
        with _connect(f"{_uri(backup_file, 'ro')}&immutable=1", uri=True) as source, \
                _connect(database_file) as target:
            _copy(source, target)
            verdict = _integrity(target)
    except sqlite3.Error as exc:
        kept = f" Der vorherige Stand liegt in „{safety}“." if safety else ""
        raise BackupError(f"Die Sicherung konnte nicht nach „{database_file}“ zurückgespielt "
                          f"werden: {exc}.{kept}") from exc
    if verdict != "ok":
        raise BackupError(f"Nach dem Zurückspielen meldet die Prüfung von „{database_file}“: "
                          f"{verdict}. Der vorherige Stand liegt in „{safety}“.")
    return RestoreResult(backup_file, database_file, revision, safety)


# ------------------------------------------------------------------ start and exit of the window

@dataclass(frozen=True)
class BackupWarning:
    text: str  # short, for the status bar
    detail: str  # where the backups should be, for the tooltip


def _automatic_file(database: Database) -> Path | None:
    """The file backed up at start and exit: SQLite only, never the own demo file."""
    if database.dialect != "sqlite":
        return None
    path = Path(database.info.location)
    if path.resolve() == (data_dir() / DEMO_FILE_NAME).resolve():
        return None
    return path


def backup_quietly(database: Database, moment: str, now: datetime | None = None
                   ) -> BackupResult | None:
    """The backup at start and at exit of the window: a failure is logged, never raised
    (the window opens and closes regardless; the status bar warns when backups go stale)."""
    path = _automatic_file(database)
    if path is None:
        return None
    try:
        settings = backup_settings()
        result = backup_database(path, settings.folder, keep_days=settings.keep_days,
                                 keep_count=settings.keep_count, now=now)
    except (DatabaseError, ConfigError, OSError, sqlite3.Error) as exc:
        log.warning("backup at %s failed: %s", moment, exc)
        return None
    except Exception:  # a bug here must not keep the window from opening or closing
        log.exception("backup at %s failed unexpectedly", moment)
        return None
    log.info("backup at %s: %s (%d old removed)", moment, result.path, len(result.removed))
    return result


def window_warning(database: Database, now: datetime | None = None) -> BackupWarning | None:
    """What the window shows when this database's last backup is older than a day."""
    path = _automatic_file(database)
    if path is None:
        return None
    try:
        folder = backup_settings().folder
    except ConfigError as exc:
        return BackupWarning("Die Datenbank wird nicht gesichert.", str(exc))
    text = warning_text(last_backup(folder, path.stem), now or datetime.now())
    if text is None:
        return None
    return BackupWarning(text, f"Sicherungsordner: {folder} – Einzelheiten im Protokoll.")


def backup_before_migration(database: Database, revision: str | None,
                            now: datetime | None = None) -> BackupResult | None:
    """The backup taken before a migration changes an existing SQLite database (issue 7,
    point 6). Nothing to protect for a new, empty database (`revision` None) or the demo
    file. Unlike the backups at start and exit a failure is raised: without a copy the
    migration must not run (the caller leaves the database as it was)."""
    path = _automatic_file(database)
    if path is None or revision is None:
        return None
    try:
        settings = backup_settings()
        result = backup_database(path, settings.folder, keep_days=settings.keep_days,
                                 now=now, rotate_old=False)
    except (DatabaseError, ConfigError, OSError, sqlite3.Error) as exc:
        raise BackupError(f"Vor der Umstellung der Datenbank auf die neue Programmversion "
                          f"konnte keine Sicherung angelegt werden ({exc}). Die Datenbank "
                          "wurde nicht verändert.") from exc
    log.info("backup before migrating from %s: %s", revision, result.path)
    return result
