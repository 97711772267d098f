"""No personal data outside the database: with marker strings in a resident's name, a
document number and a case note, a session in the window (search, open, read the note,
close), induced errors (an unexpected failure in a slot, a refused command, an uncaught
exception, a database error) leave none of the markers in the log file, the crash log, the
temporary directory, the settings files or the Qt settings store — while the log does
record that the errors happened."""

from __future__ import annotations

import logging
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QTableView
from sqlalchemy import text

from soest_desk import cli, migrate
from soest_desk.db import open_database
from soest_desk.logging_setup import WITHHELD, file_handler
from soest_desk.models.enums import Role
from soest_desk.services import case_notes, people
from soest_desk.services.people import DocumentInput, PersonInput
from soest_desk.ui.error_dialog import install_error_hook
from soest_desk.ui.main_window import MainWindow, tab_loaded
from soest_desk.ui.tickets.feedback import user_message
from tests.builders import Builder, _actor, build_sample

FAMILY, GIVEN = "Leckprobe", "Quxmarie"
DOCUMENT = "LQ7788990"
NOTE = "Vermerktext Quxleck vertraulich"
MARKERS = (FAMILY, GIVEN, DOCUMENT, "Quxleck")
TODAY = date(2025, 3, 31)


@pytest.fixture
def sealed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A temporary directory and a log file of this test's own."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    log_path = tmp_path / "logs" / "soest-desk.log"
    handler = file_handler(log_path)
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.INFO)
    try:
        yield tmp_path, log_path
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()


def _seed(database) -> tuple:
    sample = build_sample(database)
    with database.write() as session:
        b = Builder(session)
        clerk = _actor(b.user("alle", set(Role), (), "Alle Rollen"))
    with database.write(clerk) as session:
        person = people.create_person(session, clerk, PersonInput(
            FAMILY, GIVEN, documents=[DocumentInput("passport", DOCUMENT, "AFG")]),
            today=TODAY)
        person_id = person.id
    social_worker = sample.actors["sw_a"]
    with database.write(social_worker) as session:
        note_id = case_notes.add_note(session, social_worker, sample.cases["kovalenko"],
                                      date(2025, 3, 20), "consultation", NOTE, today=TODAY).id
    return sample, clerk, person_id, note_id


def _files(base: Path) -> list[Path]:
    return [p for p in base.rglob("*") if p.is_file()
            and ".sqlite" not in p.name]  # the database and its backups hold them, rightly


def _found(paths: list[Path]) -> list[str]:
    hits = []
    for path in paths:
        raw = path.read_bytes()
        for marker in MARKERS:
            for encoding in ("utf-8", "utf-16-le"):
                if marker.encode(encoding) in raw:
                    hits.append(f"{path.name}: {marker}")
    return hits


def test_no_marker_leaves_the_database(qtbot, sealed, monkeypatch, capsys):
    base, log_path = sealed
    database = open_database(f"sqlite:///{base / 'office.sqlite'}", create=True)
    migrate.upgrade(database)
    try:
        sample, clerk, person_id, note_id = _seed(database)
        settings = QSettings(str(base / "settings" / "ui.ini"), QSettings.Format.IniFormat)

        # a session in the window: search the resident, open their form, close
        window = MainWindow(database, clerk, settings)
        qtbot.addWidget(window)
        window.show()
        tab = window.named_tabs()["persons"]
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab_loaded(tab))
        qtbot.keyClicks(window.findChild(QLineEdit, "personsFilter"), FAMILY)
        table = window.findChild(QTableView, "personsTable")
        qtbot.waitUntil(lambda: table.model().rowCount() == 1)
        form = window.places.open_person(person_id)
        qtbot.waitUntil(form.is_loaded)
        form.reject()
        window.close()
        settings.sync()

        # the note is read (audited) by its social worker
        social_worker = sample.actors["sw_a"]
        with database.write(social_worker) as session:
            assert case_notes.read_note(session, social_worker, note_id,
                                        today=TODAY).text == NOTE

        # induced errors
        user_message(RuntimeError(f"Absturz bei {FAMILY}, {GIVEN} ({DOCUMENT}): {NOTE}"))
        install_error_hook()
        try:
            raise ValueError(f"unerwartet: {DOCUMENT}")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        try:
            with database.write(clerk) as session:
                session.execute(text("INSERT INTO persons (id, family_name) VALUES (:i, :n)"),
                                {"i": person_id, "n": FAMILY})
        except Exception as exc:
            user_message(exc)
        people_file = base / "import" / "leute.csv"
        people_file.parent.mkdir()
        people_file.write_text(f"Familienname;Vorname;Geburtsdatum\n{FAMILY};{GIVEN};31.02.1990\n",
                               encoding="utf-8")
        cli.main(["import", "people", str(people_file), "--database-url",
                  f"sqlite:///{base / 'office.sqlite'}"])
        capsys.readouterr()
    finally:
        database.dispose()

    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "ValueError" in logged and WITHHELD in logged
    scanned = [p for p in _files(base) if "import" not in p.parts]  # the clerk's own file
    assert log_path in scanned and (base / "settings" / "ui.ini") in scanned
    assert _found(scanned) == []
