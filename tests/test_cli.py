"""The `soest-desk` command: German help, clear refusals without tracebacks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from soest_desk import __version__, cli


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Soest Desk {__version__}"


def test_help_is_german(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: soest-desk")
    assert "Demodaten" in out and "Optionen:" in out and "show" not in out


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--gibtsnicht"])
    assert exit_info.value.code == 2
    assert "unbekannte Angaben: --gibtsnicht" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [[], ["db", "upgrade"], ["demo"]])
def test_unknown_url_scheme(capsys, argv):
    code, _out, err = run(capsys, *argv, "--database-url", "oracle://db/soest")
    assert code == 1
    assert "Unbekannte Datenbankart „oracle“" in err
    assert "Traceback" not in err


def test_missing_database_file_for_the_window(capsys, tmp_path):
    code, _out, err = run(capsys, "--database-url", f"sqlite:///{tmp_path / 'tippfehler.sqlite'}")
    assert code == 1
    assert "gibt es nicht" in err
    assert not (tmp_path / "tippfehler.sqlite").exists()


def test_corrupt_sqlite_file(capsys, tmp_path):
    path = tmp_path / "kaputt.sqlite"
    path.write_bytes(b"\x00\x01 nicht sqlite " * 100)
    for argv in ([], ["db", "upgrade"], ["demo"]):
        code, _out, err = run(capsys, *argv, "--database-url", f"sqlite:///{path}")
        assert code == 1
        assert "keine SQLite-Datenbank" in err
        assert "Traceback" not in err
    assert path.read_bytes().startswith(b"\x00\x01 nicht sqlite")


def test_postgres_database_not_there(capsys, pg_url):
    url = pg_url.rsplit("/", 1)[0] + "/soest_fehlt_42"
    code, _out, err = run(capsys, "db", "upgrade", "--database-url", url)
    assert code == 1
    assert "soest_fehlt_42" in err and "existiert" in err


def test_db_upgrade_creates_and_is_idempotent(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'neu.sqlite'}"
    code, out, _ = run(capsys, "db", "upgrade", "--database-url", url)
    assert code == 0 and "aktualisiert" in out
    code, out, _ = run(capsys, "--database-url", url, "db", "upgrade")  # option before command
    assert code == 0 and "schon aktuell" in out


def test_db_upgrade_on_postgres(capsys, pg_url):
    code, out, _ = run(capsys, "db", "upgrade", "--database-url", pg_url)
    assert code == 0
    assert "PostgreSQL" in out


def test_entry_point_prints_no_traceback(tmp_path):
    """The real console process, as a clerk would start it with a wrong URL."""
    result = subprocess.run(
        [sys.executable, "-m", "soest_desk.cli", "--database-url", "ftp://x/y"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "Unbekannte Datenbankart" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_empty_url_never_means_the_real_database(capsys):
    from soest_desk import config

    for argv in ([], ["db", "upgrade"], ["demo"]):
        code, _out, err = run(capsys, *argv, "--database-url", "  ")
        assert code == 1
        assert "--database-url ist leer" in err
    assert not (config.data_dir() / config.DATABASE_FILE_NAME).exists()
    assert not (config.data_dir() / config.DEMO_FILE_NAME).exists()


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://postgres@127.0.0.1:keinport/soest",
    "sqlite://",
    "sqlite:///:memory:",
])
def test_malformed_urls(capsys, url):
    code, _out, err = run(capsys, "db", "upgrade", "--database-url", url)
    assert code == 1
    assert "Traceback" not in err and err.startswith("soest-desk: Fehler: ")


def test_a_pipe_is_not_a_database(capsys, tmp_path):
    import os

    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    code, _out, err = run(capsys, "db", "upgrade", "--database-url", f"sqlite:///{pipe}")
    assert code == 1
    assert "keine gewöhnliche Datei" in err


def test_data_folder_that_cannot_be_created(capsys, monkeypatch, tmp_path):
    blocker = tmp_path / "eine-datei"
    blocker.write_text("kein Ordner")
    monkeypatch.setenv("SOEST_DESK_DATA_DIR", str(blocker / "daten"))
    code, _out, err = run(capsys, "db", "upgrade")
    assert code == 1
    assert "Datenordner" in err and "kann nicht angelegt werden" in err
    assert "Traceback" not in err


def test_bad_demo_parameters_name_the_field_and_leave_no_file(capsys, tmp_path):
    target = tmp_path / "demo-ziel.sqlite"
    for argv, field in ((["--scale", "0"], "Umfang"), (["--scale", "nan"], "Umfang"),
                        (["--seed", "-1"], "Startwert")):
        code, _out, err = run(capsys, "demo", "--database-url", f"sqlite:///{target}", *argv)
        assert code == 1
        assert field in err
        assert "Traceback" not in err
    assert not target.exists()
