"""`soest-desk --self-test`: every step runs in a temporary folder, reports one German line,
and the exit code says whether all passed; the user's folders are never touched."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from soest_desk import cli, self_test
from soest_desk.db import DatabaseError
from soest_desk.self_test import STEPS, Step, StepFailed, check_pdf, run_self_test

STEP_TITLES = [step.title for step in STEPS]


def files_below(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*")) if folder.exists() else []


def test_self_test_passes_in_process_and_leaves_nothing_behind(qapp, tmp_path):
    data_dir = Path(os.environ["SOEST_DESK_DATA_DIR"])
    before = dict(os.environ)
    out = io.StringIO()
    report = tmp_path / "bericht.txt"

    assert run_self_test(report, out) == 0

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Soest Desk ") and "Selbsttest" in lines[0]
    for title in STEP_TITLES:
        assert any(line.startswith(f"  {title}: ok") for line in lines), title
    assert lines[-1] == "Selbsttest bestanden."
    assert report.read_text("utf-8").splitlines() == lines
    assert "Übersicht" in next(line for line in lines if "Programmfenster" in line)
    assert dict(os.environ) == before  # environment restored
    assert files_below(data_dir) == []  # the (test's) user data directory untouched
    assert not list(Path(self_test.tempfile.gettempdir()).glob("soest-desk-selbsttest-*"))


def test_a_failing_step_fails_the_test_and_the_others_still_run(qapp, monkeypatch):
    def broken(_state):
        raise StepFailed("Die Arbeitsmappe ist kaputt.")

    steps = tuple(Step(s.title, broken, s.needs_database) if "Excel" in s.title else s
                  for s in STEPS)
    monkeypatch.setattr(self_test, "STEPS", steps)
    out = io.StringIO()
    assert run_self_test(None, out) == 1
    text = out.getvalue()
    assert "Excel-Arbeitsmappe schreiben und lesen: Fehler: Die Arbeitsmappe ist kaputt." in text
    assert "PDF schreiben und prüfen: ok" in text
    assert text.splitlines()[-1] == "Selbsttest FEHLGESCHLAGEN."


def test_without_a_database_the_dependent_steps_are_skipped(monkeypatch):
    def no_database(_state):
        raise DatabaseError("Die Datenbank „x“ lässt sich nicht anlegen.")

    first = STEPS[0]
    monkeypatch.setattr(self_test, "STEPS", (
        Step(first.title, no_database, needs_database=False),
        *(step for step in STEPS[1:] if step.needs_database),
    ))
    out = io.StringIO()
    assert run_self_test(None, out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1] == f"  {first.title}: Fehler: Die Datenbank „x“ lässt sich nicht anlegen."
    assert all(line.endswith("übersprungen (keine Datenbank)") for line in lines[2:-1])


def test_unexpected_errors_are_named_by_type(monkeypatch):
    def boom(_state):
        raise KeyError("anyascii._data")

    monkeypatch.setattr(self_test, "STEPS", (Step("Modul", boom, needs_database=False),))
    out = io.StringIO()
    assert run_self_test(None, out) == 1
    assert "  Modul: Fehler: KeyError: 'anyascii._data'" in out.getvalue()


def test_pdf_check_refuses_a_cut_off_file(tmp_path):
    good = tmp_path / "gut.pdf"
    good.write_bytes(b"%PDF-1.4\n...\n%%EOF\n")
    check_pdf(good)
    cut = tmp_path / "halb.pdf"
    cut.write_bytes(b"%PDF-1.4\n...")
    with pytest.raises(StepFailed, match=r"halb\.pdf"):
        check_pdf(cut)
    other = tmp_path / "bild.pdf"
    other.write_bytes(b"\x89PNG....%%EOF")
    with pytest.raises(StepFailed, match="PDF-Kopf"):
        check_pdf(other)


def test_self_test_stands_alone(capsys):
    for argv in (["--self-test", "--database-url", "sqlite:///x.db"],
                 ["--self-test", "bericht.txt", "demo"]):
        with pytest.raises(SystemExit) as exited:
            cli.main(argv)
        assert exited.value.code == 2
        assert "--self-test steht allein" in capsys.readouterr().err


def test_self_test_as_a_command_forces_offscreen_and_keeps_away_from_user_data(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["SOEST_DESK_DATA_DIR"] = str(tmp_path / "daten")
    env["SOEST_DESK_CONFIG_DIR"] = str(tmp_path / "einstellungen")
    env["HOME"] = str(tmp_path / "home")  # Qt's own settings would land below here
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    report = tmp_path / "bericht.txt"
    result = subprocess.run(
        [sys.executable, "-m", "soest_desk.cli", "--self-test", str(report)], env=env,
        capture_output=True, text=True, encoding="utf-8", timeout=300,
        cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "Selbsttest bestanden."
    assert "Plattform offscreen" in result.stdout
    assert report.read_text("utf-8") == result.stdout
    assert files_below(tmp_path / "daten") == []
    assert files_below(tmp_path / "einstellungen") == []
    # no Qt settings or app data below HOME (a font cache there would be harmless)
    assert [path for path in files_below(tmp_path / "home") if "soest" in str(path).lower()] == []


def test_a_report_that_cannot_be_written_fails_with_a_german_line(monkeypatch, tmp_path):
    monkeypatch.setattr(self_test, "STEPS", ())
    out = io.StringIO()
    target = tmp_path / "fehlt" / "bericht.txt"
    assert run_self_test(target, out) == 1
    assert f"Der Bericht „{target}“ kann nicht geschrieben werden" in out.getvalue()
