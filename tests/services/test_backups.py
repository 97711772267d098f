"""Backups of the embedded SQLite database: round trip, consistency while writing, rotation,
refusals that change nothing, and the quiet backup at start and exit of the window."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from soest_desk import migrate
from soest_desk.config import ConfigError, settings_file
from soest_desk.db import Database, open_database
from soest_desk.models.setting import AppSetting
from soest_desk.services import backups
from soest_desk.services.backups import BackupError
from soest_desk.services.permissions import SYSTEM_ACTOR

NOW = datetime(2026, 11, 22, 6, 30, 0)


def new_database(path: Path) -> Database:
    database = open_database(f"sqlite:///{path}", create=True)
    migrate.upgrade(database)
    return database


def put_setting(database: Database, key: str, value: object) -> None:
    with database.write(actor=SYSTEM_ACTOR) as session:
        row = session.get(AppSetting, key)
        if row is None:
            session.add(AppSetting(key=key, value=value))
        else:
            row.value = value


def read_setting(database: Database, key: str) -> object:
    with database.read() as session:
        row = session.get(AppSetting, key)
        return None if row is None else row.value


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


# ------------------------------------------------------------------ backup and restore

def test_backup_change_restore_gives_the_old_data_back(tmp_path):
    path = tmp_path / "soest-desk.sqlite"
    folder = tmp_path / "backups"
    database = new_database(path)
    put_setting(database, "frist", 14)
    taken = backups.backup_database(path, folder, now=NOW)
    assert taken.path.name == "soest-desk-2026-11-22_063000.sqlite"
    assert integrity(taken.path) == "ok"
    assert not list(folder.glob("*.part"))
    put_setting(database, "frist", 99)
    put_setting(database, "neu", "nach der Sicherung")

    result = backups.restore_database(taken.path, path, folder, now=NOW + timedelta(hours=1))

    # the open engine sees the restored state: the backup API wrote through SQLite
    assert read_setting(database, "frist") == 14
    assert read_setting(database, "neu") is None
    assert result.revision == migrate.head_revision()
    assert result.safety_backup is not None and result.safety_backup.parent == folder
    safety = open_database(f"sqlite:///{result.safety_backup}")
    try:  # the state before the restore was kept
        assert read_setting(safety, "frist") == 99
    finally:
        safety.dispose()
    assert integrity(path) == "ok"
    database.dispose()


def test_backup_is_one_file_in_rollback_mode(tmp_path):
    path = tmp_path / "soest-desk.sqlite"
    new_database(path).dispose()
    taken = backups.backup_database(path, tmp_path / "b", now=NOW)
    connection = sqlite3.connect(taken.path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def test_backup_while_another_connection_writes_is_consistent(tmp_path):
    path = tmp_path / "soest-desk.sqlite"
    setup = sqlite3.connect(path, isolation_level=None)
    setup.execute("PRAGMA journal_mode = WAL")
    setup.execute("CREATE TABLE burst (n INTEGER NOT NULL, pair INTEGER NOT NULL)")
    setup.close()
    stop = threading.Event()

    def write_pairs() -> None:  # every transaction adds two rows: a consistent copy is even
        writer = sqlite3.connect(path, isolation_level=None, timeout=10)
        n = 0
        while not stop.is_set():
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("INSERT INTO burst VALUES (?, 1)", (n,))
            writer.execute("INSERT INTO burst VALUES (?, 2)", (n,))
            writer.execute("COMMIT")
            n += 1
        writer.close()

    thread = threading.Thread(target=write_pairs)
    thread.start()
    try:
        taken = [backups.backup_database(path, tmp_path / "b", now=NOW, rotate_old=False)
                 for _ in range(8)]
    finally:
        stop.set()
        thread.join()
    counts = []
    for result in taken:
        assert integrity(result.path) == "ok"
        copy = sqlite3.connect(result.path)
        counts.append(copy.execute("SELECT count(*) FROM burst").fetchone()[0])
        copy.close()
    assert all(count % 2 == 0 for count in counts)
    assert counts[-1] > 0
    assert len({r.path for r in taken}) == 8  # same second: -2, -3, … instead of overwriting


def test_backup_of_a_missing_file_is_refused(tmp_path):
    with pytest.raises(BackupError, match="gibt es nicht"):
        backups.backup_database(tmp_path / "fehlt.sqlite", tmp_path / "b", now=NOW)
    assert not (tmp_path / "fehlt.sqlite").exists()


def test_backup_into_a_folder_that_cannot_be_made(tmp_path):
    path = tmp_path / "soest-desk.sqlite"
    new_database(path).dispose()
    blocker = tmp_path / "datei"
    blocker.write_text("kein Ordner")
    with pytest.raises(BackupError, match="Sicherungsordner"):
        backups.backup_database(path, blocker / "b", now=NOW)


# ------------------------------------------------------------------ rotation

def touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_the_last_days_and_ignores_foreign_files(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    old = [touch(folder, "soest-desk-2026-10-01_080000.sqlite"),
           touch(folder, "soest-desk-2026-11-07_063000.sqlite")]  # 15 days before
    kept = [touch(folder, "soest-desk-2026-11-08_063000.sqlite"),
            touch(folder, "soest-desk-2026-11-21_170000.sqlite"),
            touch(folder, "soest-desk-2026-11-21_170000-2.sqlite")]
    foreign = [touch(folder, name) for name in (
        "notizen.txt", "soest-desk-kopie.sqlite", "demo-2026-01-01_000000.sqlite",
        "soest-desk-2026-13-45_000000.sqlite", "soest-desk-2026-01-01_000000.sqlite.part",
        "alt-soest-desk-2026-01-01_000000.sqlite")]
    (folder / "soest-desk-2026-01-01_000000.sqlite-ordner").mkdir()

    removed = backups.rotate(folder, "soest-desk", 14, NOW)

    assert sorted(removed) == sorted(old)
    assert all(not path.exists() for path in old)
    assert all(path.exists() for path in kept + foreign)
    assert backups.last_backup(folder) == datetime(2026, 11, 21, 17, 0, 0)


def test_rotation_never_deletes_the_newest(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    older = touch(folder, "soest-desk-2026-01-01_080000.sqlite")
    newest = touch(folder, "soest-desk-2026-02-01_080000.sqlite")
    assert backups.rotate(folder, "soest-desk", 3, NOW) == [older]
    assert newest.exists()


def test_backup_rotates_with_the_days_given(tmp_path):
    path = tmp_path / "soest-desk.sqlite"
    new_database(path).dispose()
    folder = tmp_path / "b"
    folder.mkdir()
    old = touch(folder, "soest-desk-2026-11-18_063000.sqlite")
    recent = touch(folder, "soest-desk-2026-11-20_063000.sqlite")
    result = backups.backup_database(path, folder, keep_days=3, now=NOW)
    assert result.removed == [old] and recent.exists() and result.path.exists()
    with pytest.raises(ConfigError, match="ganze Zahl ab 1"):
        backups.backup_database(path, folder, keep_days=0, now=NOW)


def test_rotation_keeps_the_newest_count_even_when_old(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    names = ["soest-desk-2026-01-01_080000.sqlite", "soest-desk-2026-02-01_080000.sqlite",
             "soest-desk-2026-03-01_080000.sqlite", "soest-desk-2026-11-21_080000.sqlite"]
    oldest, older, old, recent = (touch(folder, name) for name in names)
    assert backups.rotate(folder, "soest-desk", 3, NOW, keep_count=3) == [oldest]
    assert older.exists() and old.exists() and recent.exists()
    assert backups.rotate(folder, "soest-desk", 3, NOW, keep_count=10) == []
    assert backups.rotate(folder, "soest-desk", 300, NOW, keep_count=1) == []  # all recent
    with pytest.raises(ConfigError, match="von 1 bis 1000"):
        backups.rotate(folder, "soest-desk", 3, NOW, keep_count=0)


def test_backup_keeps_the_count_from_the_settings(tmp_path):
    path = tmp_path / "soest-desk.sqlite"
    new_database(path).dispose()
    folder = tmp_path / "b"
    folder.mkdir()
    old = [touch(folder, f"soest-desk-2026-0{month}-01_063000.sqlite") for month in (1, 2, 3)]
    result = backups.backup_database(path, folder, keep_days=3, keep_count=3, now=NOW)
    assert result.removed == [old[0]]  # the new one and the two newest old ones stay
    assert old[1].exists() and old[2].exists() and result.path.exists()


def test_last_backup_and_warning(tmp_path):
    assert backups.last_backup(tmp_path / "gibtsnicht") is None
    assert backups.needs_warning(None, NOW)
    assert backups.warning_text(None, NOW) == "Es gibt noch keine Sicherung dieser Datenbank."
    assert not backups.needs_warning(NOW - timedelta(hours=23), NOW)
    assert backups.warning_text(NOW - timedelta(hours=23), NOW) is None
    text = backups.warning_text(NOW - timedelta(days=2), NOW)
    assert text == "Die letzte Sicherung ist vom 20.11.2026, 06:30 Uhr – älter als ein Tag."


def test_settings_file_chooses_folder_and_days(tmp_path):
    assert backups.backup_settings() == backups.BackupSettings(backups.default_folder(), 14)
    assert backups.default_folder().name == "backups"
    settings_file().write_text(json.dumps(
        {"backup_folder": str(tmp_path / "sich"), "backup_keep_days": 30}), encoding="utf-8")
    assert backups.backup_settings() == backups.BackupSettings(tmp_path / "sich", 30)
    settings_file().write_text(json.dumps({"backup_keep_days": "viele"}), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"ganze Zahl ab 1.*settings\.json"):
        backups.backup_settings()
    settings_file().write_text(json.dumps({"backup_keep_count": 6}), encoding="utf-8")
    assert backups.backup_settings() == backups.BackupSettings(backups.default_folder(), 14, 6)
    for bad in (0, "drei", 1001, True):
        settings_file().write_text(json.dumps({"backup_keep_count": bad}), encoding="utf-8")
        with pytest.raises(ConfigError, match=r"Zahl der Sicherungen.*settings\.json"):
            backups.backup_settings()


# ------------------------------------------------------------------ restore refusals

@pytest.fixture
def current(tmp_path) -> Path:
    path = tmp_path / "soest-desk.sqlite"
    database = new_database(path)
    put_setting(database, "frist", 14)
    database.dispose()
    return path


def corrupt_copy(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[page:3 * page] = b"\xa5" * (2 * page)  # keep the header, wreck the next pages
    target.write_bytes(bytes(data))
    return target


def sqlite_file(path: Path, *statements: str) -> Path:
    connection = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        connection.execute(statement)
    connection.close()
    return path


def candidates(tmp_path: Path, current: Path) -> dict[str, tuple[Path, str]]:
    good = backups.backup_database(current, tmp_path / "vorlage", now=NOW).path
    unknown = tmp_path / "neuer.sqlite"
    unknown.write_bytes(good.read_bytes())
    sqlite_file(unknown, "UPDATE alembic_version SET version_num = 'zz99_aus_der_zukunft'")
    text_file = tmp_path / "liste.sqlite"
    text_file.write_text("Name;Vorname\nMuster;Max\n", encoding="utf-8")
    return {
        "text": (text_file, "keine SQLite-Datenbank"),
        "corrupt": (corrupt_copy(good, tmp_path / "kaputt.sqlite"), "beschädigt"),
        "foreign": (sqlite_file(tmp_path / "fremd.sqlite", "CREATE TABLE kunden (name TEXT)"),
                    "keine von Soest Desk"),
        "empty version": (sqlite_file(tmp_path / "leer.sqlite",
                                      "CREATE TABLE alembic_version (version_num TEXT)"),
                          "keine von Soest Desk"),
        "newer": (unknown, "neueren Version"),
        "missing": (tmp_path / "gibtsnicht.sqlite", "gibt es nicht"),
        "folder": (tmp_path / "vorlage", "keine Datei"),
    }


@pytest.mark.parametrize(
    "kind", ["text", "corrupt", "foreign", "empty version", "newer", "missing", "folder"])
def test_restore_refuses_and_changes_nothing(tmp_path, current, kind):
    path, message = candidates(tmp_path, current)[kind]
    before = digest(current)
    candidate_before = digest(path) if path.is_file() else None
    folder = tmp_path / "b"
    with pytest.raises(BackupError, match=message):
        backups.restore_database(path, current, folder, now=NOW)
    assert digest(current) == before
    assert not folder.exists()  # not even the safety backup was taken
    if candidate_before is not None:
        assert digest(path) == candidate_before  # the candidate is only read
    database = open_database(f"sqlite:///{current}")
    try:
        assert read_setting(database, "frist") == 14
    finally:
        database.dispose()


def test_restore_refuses_a_live_file_with_its_wal(tmp_path, current):
    live = tmp_path / "live.sqlite"
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE alembic_version (version_num TEXT)")
    writer.execute(f"INSERT INTO alembic_version VALUES ('{migrate.head_revision()}')")
    try:
        before = digest(current)
        with pytest.raises(BackupError, match=r"live\.sqlite-wal"):
            backups.restore_database(live, current, tmp_path / "b")
        assert digest(current) == before
    finally:
        writer.close()


def test_restore_refuses_the_database_itself(current):
    with pytest.raises(BackupError, match="aktuelle Datenbank selbst"):
        backups.restore_database(current, current)


def test_restore_of_an_older_schema_is_accepted(tmp_path):
    old = tmp_path / "alt.sqlite"
    _old_database(old, "0001")
    assert backups.check_backup(old) == "0001"


def _old_database(path: Path, revision: str = "0004") -> None:
    """A database file at an older schema revision."""
    from alembic import command

    database = open_database(f"sqlite:///{path}", create=True)
    config = migrate.alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    database.dispose()


# ------------------------------------------------------------------ start and exit of the window

def test_quiet_backup_only_for_sqlite(database, caplog):
    """On PostgreSQL nothing is written anywhere; on SQLite a backup lands in the folder."""
    caplog.set_level(logging.INFO, logger="soest_desk.backups")
    result = backups.backup_quietly(database, "start")
    folder = backups.default_folder()
    if database.dialect == "postgresql":
        assert result is None and not folder.exists()
        assert backups.window_warning(database) is None
        return
    assert result is not None and result.path.parent == folder
    assert backups.window_warning(database) is None  # fresh backup: no warning
    later = datetime.now() + timedelta(days=2)
    warning = backups.window_warning(database, now=later)
    assert warning is not None and "älter als ein Tag" in warning.text
    assert str(folder) in warning.detail


def test_quiet_backup_failure_is_logged_not_raised(sqlite_database, caplog):
    settings_file().write_text(json.dumps({"backup_folder": str(Path(
        sqlite_database.info.location))}), encoding="utf-8")  # a file, not a folder
    with caplog.at_level(logging.WARNING, logger="soest_desk.backups"):
        assert backups.backup_quietly(sqlite_database, "start") is None
    assert "backup at start failed" in caplog.text
    warning = backups.window_warning(sqlite_database)
    assert warning is not None
    assert warning.text == "Es gibt noch keine Sicherung dieser Datenbank."


def test_broken_settings_warn_in_the_window(sqlite_database):
    settings_file().write_text(json.dumps({"backup_keep_days": -1}), encoding="utf-8")
    assert backups.backup_quietly(sqlite_database, "exit") is None
    warning = backups.window_warning(sqlite_database)
    assert warning is not None and warning.text == "Die Datenbank wird nicht gesichert."
    assert "ganze Zahl ab 1" in warning.detail


def test_the_own_demo_file_is_not_backed_up():
    from soest_desk.config import demo_database_url

    demo = open_database(demo_database_url(), create=True)
    try:
        assert backups.backup_quietly(demo, "start") is None
        assert backups.window_warning(demo) is None
    finally:
        demo.dispose()
    assert not backups.default_folder().exists()


# ------------------------------------------------------------------ before a migration



def test_a_migration_is_preceded_by_a_backup(tmp_path):
    from soest_desk.cli_database import open_migrated

    old = tmp_path / "amt.sqlite"
    _old_database(old)
    folder = tmp_path / "sicherungen"
    settings_file().write_text(json.dumps({"backup_folder": str(folder)}), encoding="utf-8")
    database = open_migrated(f"sqlite:///{old}")
    try:
        assert migrate.is_current(database)
    finally:
        database.dispose()
    copies = list(folder.glob("amt-*.sqlite"))
    assert len(copies) == 1 and backups.check_backup(copies[0]) == "0004"
    again = open_migrated(f"sqlite:///{old}")  # already current: no further copy
    again.dispose()
    assert len(list(folder.glob("amt-*.sqlite"))) == 1


def test_without_a_backup_the_migration_does_not_run(tmp_path):
    from soest_desk.cli_database import open_migrated

    old = tmp_path / "amt.sqlite"
    _old_database(old)
    settings_file().write_text(json.dumps({"backup_folder": str(old)}),  # a file
                               encoding="utf-8")
    with pytest.raises(BackupError, match="Die Datenbank wurde nicht verändert"):
        open_migrated(f"sqlite:///{old}")
    assert backups.check_backup(old) == "0004"
