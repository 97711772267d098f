"""`soest-desk db backup` and `soest-desk db restore FILE`: German lines, exit codes 0/1,
PostgreSQL refused with the pg_dump recipe, a bad file changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from soest_desk import cli
from soest_desk.services import backups


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def setting(path, key):
    """A marker row in a table of the test's own (the backup copies every table)."""
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT v FROM marker WHERE k = ?", (key,)).fetchone()
        return None if row is None else row[0]
    finally:
        connection.close()


def put(path, key, value):
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("CREATE TABLE IF NOT EXISTS marker (k TEXT PRIMARY KEY, v TEXT)")
        connection.execute("INSERT OR REPLACE INTO marker VALUES (?, ?)", (key, value))
    finally:
        connection.close()


def test_backup_and_restore_of_the_embedded_database(capsys):
    assert run(capsys, "db", "upgrade")[0] == 0
    database_file = backups.data_dir() / "soest-desk.sqlite"
    put(database_file, "frist", "14")

    code, out, err = run(capsys, "db", "backup")
    assert code == 0 and err == ""
    assert out.startswith(f"Gesichert: „{database_file}“ → „{backups.default_folder()}")
    (taken,) = backups.default_folder().glob("soest-desk-*.sqlite")

    put(database_file, "frist", "99")
    code, out, err = run(capsys, "db", "restore", str(taken))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("Der bisherige Stand wurde gesichert:")
    assert lines[1].startswith(f"Sicherung „{taken}“ (Schema-Stand ")
    assert lines[1].endswith(f"nach „{database_file}“ zurückgespielt.")
    assert setting(database_file, "frist") == "14"
    assert len(list(backups.default_folder().glob("soest-desk-*.sqlite"))) == 2


def test_backup_with_folder_and_days_for_a_given_url(capsys, tmp_path):
    path = tmp_path / "haus.sqlite"
    url = f"sqlite:///{path}"
    assert run(capsys, "db", "upgrade", "--database-url", url)[0] == 0
    folder = tmp_path / "sicherungen"
    folder.mkdir()
    (folder / "haus-2020-01-01_000000.sqlite").write_bytes(b"alt")
    (folder / "haus-2020-01-02_000000.sqlite").write_bytes(b"alt")
    (folder / "eigene-notiz.txt").write_text("bleibt")
    code, out, _ = run(capsys, "db", "backup", "--database-url", url,
                       "--folder", str(folder), "--keep-days", "7")
    assert code == 0
    assert "2 Sicherung(en) älter als 7 Tage entfernt." in out
    names = sorted(p.name for p in folder.iterdir())
    assert names[0] == "eigene-notiz.txt" and names[1].startswith("haus-20")
    assert len(names) == 2


def test_backup_of_a_missing_database(capsys, tmp_path):
    code, out, err = run(capsys, "db", "backup", "--database-url",
                         f"sqlite:///{tmp_path / 'fehlt.sqlite'}")
    assert code == 1 and out == ""
    assert "gibt es nicht" in err and "Traceback" not in err
    assert not (tmp_path / "fehlt.sqlite").exists()


def test_bad_keep_days(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    run(capsys, "db", "upgrade", "--database-url", url)
    code, _out, err = run(capsys, "db", "backup", "--database-url", url, "--keep-days", "0")
    assert code == 1 and "ganze Zahl ab 1" in err
    assert not backups.default_folder().exists()


@pytest.mark.parametrize("content", [b"Name;Vorname\nMuster;Max\n", b""])
def test_restore_refuses_a_file_that_is_no_backup(capsys, tmp_path, content):
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    run(capsys, "db", "upgrade", "--database-url", url)
    before = hashlib.sha256((tmp_path / "a.sqlite").read_bytes()).hexdigest()
    bad = tmp_path / "liste.sqlite"
    bad.write_bytes(content)
    code, out, err = run(capsys, "db", "restore", str(bad), "--database-url", url)
    assert code == 1 and out == ""
    assert err.startswith("soest-desk: Fehler: Die Datei")
    assert "keine SQLite-Datenbank" in err and "nichts geändert" in err
    assert hashlib.sha256((tmp_path / "a.sqlite").read_bytes()).hexdigest() == before
    assert not backups.default_folder().exists()


@pytest.mark.parametrize("command", [["db", "backup"], ["db", "restore", "x.sqlite"]])
def test_postgresql_is_refused_with_the_pg_dump_recipe(capsys, command):
    url = "postgresql+psycopg://verwaltung@db.soest.local:5432/soest"
    code, out, err = run(capsys, *command, "--database-url", url)
    assert code == 1 and out == ""
    assert "nur für die eingebettete SQLite-Datenbank" in err
    assert "pg_dump -Fc -h db.soest.local -U verwaltung soest > soest-desk.dump" in err
    assert "pg_restore --clean -h db.soest.local -U verwaltung -d soest soest-desk.dump" in err


def test_postgresql_from_the_environment_is_refused_too(capsys, monkeypatch):
    monkeypatch.setenv("SOEST_DESK_DATABASE_URL", "postgresql://server/soest")
    code, _out, err = run(capsys, "db", "backup")
    assert code == 1 and "pg_dump -Fc -h server -U BENUTZER soest" in err
