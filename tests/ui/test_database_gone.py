"""A database that disappears or is locked while the window is open: the save is refused
with a German message that says why, the form stays open with everything typed, and once
the lock is gone the same form saves."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from soest_desk import db as db_module
from soest_desk import migrate
from soest_desk.db import Database, DatabaseError, open_database
from soest_desk.models import Person
from soest_desk.ui.forms.gateway import FormsGateway
from soest_desk.ui.forms.person_form import PersonFormDialog
from tests.services.stay_fixtures import build_town

TIMEOUT = 5000


@pytest.fixture
def embedded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(db_module, "SQLITE_BUSY_TIMEOUT_MS", 300)  # a lock is met at once
    path = tmp_path / "office.sqlite"
    database = open_database(f"sqlite:///{path}", create=True)
    migrate.upgrade(database)
    try:
        yield database, path
    finally:
        database.dispose()


def _typed_form(qtbot, database: Database) -> PersonFormDialog:
    town = build_town(database)
    dialog = PersonFormDialog(FormsGateway(database, town.actors["manager"]), None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_loaded, timeout=TIMEOUT)
    qtbot.keyClicks(dialog.family, "Nazari")
    qtbot.keyClicks(dialog.given, "Farid")
    qtbot.keyClicks(dialog.birth, "03.1987")
    return dialog


def _refused(qtbot, dialog: PersonFormDialog) -> str:
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.error_text()),
                    timeout=TIMEOUT)
    assert dialog.isVisible()
    assert (dialog.family.text(), dialog.given.text(), dialog.birth.text()) == (
        "Nazari", "Farid", "03.1987")
    return dialog.error_text()


def _people(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM persons").fetchone()[0]
    finally:
        connection.close()


def test_a_deleted_database_file_is_named_and_the_form_keeps_its_input(qtbot, embedded):
    database, path = embedded
    dialog = _typed_form(qtbot, database)
    kept = path.with_suffix(".kept")
    with database.engine.connect() as connection:  # fold the WAL in, then take the file
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(path, kept)
    people = _people(kept)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    message = _refused(qtbot, dialog)
    assert "ist nicht mehr da" in message and "office.sqlite" in message
    assert "Eingaben bleiben im Formular" in message
    os.replace(kept, path)  # put back (a new file: the window must be restarted)
    assert "ersetzt" in _refused(qtbot, dialog)
    assert _people(path) == people


def test_a_locked_database_is_named_and_the_same_form_saves_afterwards(qtbot, embedded):
    database, path = embedded
    dialog = _typed_form(qtbot, database)
    with database.read() as session:
        before = session.scalar(select(func.count()).select_from(Person))
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        message = _refused(qtbot, dialog)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert "gesperrt" in message and "office.sqlite" in message
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == before + 1


def test_reading_a_vanished_file_is_refused_too(embedded):
    database, path = embedded
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseError, match="nicht mehr da"), database.read():
        pass
