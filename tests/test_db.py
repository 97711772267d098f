"""Opening databases: what is refused, and how the embedded SQLite file is configured."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from soest_desk import db
from soest_desk.db import DatabaseError, open_database


def test_unknown_scheme_is_refused_with_german_message():
    with pytest.raises(DatabaseError, match="Unbekannte Datenbankart „mysql“"):
        open_database("mysql://root@localhost/soest")


def test_garbage_url_is_refused():
    with pytest.raises(DatabaseError, match="ungültig"):
        open_database("das ist keine url")


def test_missing_sqlite_file_is_refused_unless_created(tmp_path):
    path = tmp_path / "fehlt.sqlite"
    with pytest.raises(DatabaseError, match="gibt es nicht"):
        open_database(f"sqlite:///{path}")
    assert not path.exists()
    open_database(f"sqlite:///{path}", create=True).dispose()


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(DatabaseError, match="Ordner"):
        open_database(f"sqlite:///{tmp_path / 'nein' / 'x.sqlite'}", create=True)


def test_non_database_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "liste.sqlite"
    path.write_text("Name;Vorname\nKovalenko;Olena\n", encoding="utf-8")
    with pytest.raises(DatabaseError, match="keine SQLite-Datenbank"):
        open_database(f"sqlite:///{path}")
    assert path.read_text(encoding="utf-8").startswith("Name;Vorname")


def test_damaged_database_file_is_refused(sqlite_database, tmp_path):
    path = tmp_path / "only.sqlite"
    sqlite_database.dispose()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # overwrite the schema page behind the header
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"only.sqlite{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseError, match="beschädigt"):
        open_database(f"sqlite:///{path}")


def test_sqlite_on_a_network_share_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(db, "_mount_fs_type", lambda path: "cifs")
    with pytest.raises(DatabaseError, match=r"Netzlaufwerk.*PostgreSQL"):
        open_database(f"sqlite:///{tmp_path / 'x.sqlite'}", create=True)
    assert not (tmp_path / "x.sqlite").exists()


def test_unc_path_counts_as_network():
    assert db.is_network_path(db.Path("//server/freigabe/soest.sqlite"))


def test_missing_postgres_database_is_named(pg_url):
    url = pg_url.rsplit("/", 1)[0] + "/gibt_es_nicht_4711"
    with pytest.raises(DatabaseError, match=r"gibt_es_nicht_4711.*existiert auf dem Server nicht"):
        open_database(url)


def test_unreachable_server_is_explained():
    with pytest.raises(DatabaseError, match="nicht erreichbar"):
        open_database("postgresql+psycopg://postgres@127.0.0.1:1/soest")


def test_sqlite_pragmas(sqlite_database):
    with sqlite_database.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA busy_timeout").scalar() == db.SQLITE_BUSY_TIMEOUT_MS


def test_sqlite_writers_queue_instead_of_failing(sqlite_database):
    """BEGIN IMMEDIATE: a second writer waits for the first instead of failing midway."""
    with sqlite_database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE counter (n INTEGER)"))
        connection.execute(text("INSERT INTO counter VALUES (0)"))
    errors: list[Exception] = []

    def increment() -> None:
        try:
            for _ in range(20):
                with sqlite_database.write() as session:
                    value = session.execute(text("SELECT n FROM counter")).scalar_one()
                    time.sleep(0.001)
                    session.execute(text("UPDATE counter SET n = :n"), {"n": value + 1})
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=increment) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sqlite_database.read() as session:
        assert session.execute(text("SELECT n FROM counter")).scalar_one() == 60
