"""Unexpected failures: a calm German dialog with an incident number that the log entry
carries too, buttons to open the log folder and copy the details (type and frames, never
the exception's text), no traceback; one dialog per burst; slots and threads are caught;
the log lives in the user log directory (under SOEST_DESK_DATA_DIR when it is set)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from soest_desk import __version__, logging_setup
from soest_desk.logging_setup import WITHHELD, file_handler, log_dir, log_file
from soest_desk.ui import error_dialog
from soest_desk.ui.error_dialog import (
    BURST_SECONDS,
    ErrorDialog,
    ErrorReporter,
    details_text,
    install_error_hook,
    new_incident,
)

SECRET = "Leckprobe Quxmarie LQ7788990"


def _failure(kind: type[Exception] = ValueError, text: str = SECRET) -> Exception:
    def inner_step() -> None:
        raise kind(text)

    try:
        try:
            inner_step()
        except Exception as first:
            raise RuntimeError(f"beim Speichern von {text}") from first
    except RuntimeError as error:
        return error
    raise AssertionError


@pytest.fixture
def log_path(tmp_path: Path):
    path = tmp_path / "logs" / "soest-desk.log"
    handler = file_handler(path)
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.INFO)
    yield path
    root.removeHandler(handler)
    root.setLevel(level)
    handler.close()


@pytest.fixture
def hooks(monkeypatch):
    """Restore the interpreter's hooks after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(error_dialog, "_reporter", None)


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_the_dialog_is_calm_german_and_shows_no_traceback(qtbot, tmp_path, monkeypatch):
    error = _failure()
    dialog = ErrorDialog("250331-142501-7F3A", error, tmp_path / "logs" / "soest-desk.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Soest Desk – Das hat nicht geklappt"
    texts = _texts(dialog)
    assert "Das hat nicht geklappt." in texts
    assert "Ihre gespeicherten Daten sind sicher" in texts
    assert "Vorfallsnummer: 250331-142501-7F3A" in texts
    assert str(tmp_path / "logs" / "soest-desk.log") in texts
    for leak in ("Traceback", "inner_step", "RuntimeError", "ValueError", "Leckprobe",
                 "LQ7788990", 'File "'):
        assert leak not in texts
    buttons = {b.objectName(): b.text() for b in dialog.findChildren(QPushButton)}
    assert buttons == {"errorDialogOpenLog": "Protokollordner öffnen",
                       "errorDialogCopy": "Details kopieren", "errorDialogClose": "Schließen"}
    assert dialog.close_button.isDefault()

    opened: list[Path] = []
    monkeypatch.setattr(error_dialog, "open_folder", lambda p: opened.append(p) or True)
    dialog.open_button.click()
    assert opened == [tmp_path / "logs"]

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details()
    assert "Vorfall: 250331-142501-7F3A" in copied and __version__ in copied
    assert "Fehlerart: RuntimeError" in copied and "  ValueError" in copied
    assert "in inner_step" in copied and "test_error_dialog.py:" in copied
    for leak in ("Leckprobe", "Quxmarie", "LQ7788990", "Speichern", str(Path.home())):
        assert leak not in copied
    assert dialog.copied_label.isVisibleTo(dialog)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_incident_numbers_are_short_and_differ():
    first, second = new_incident(), new_incident()
    assert len(first) == len("250331-142501-7F3A") and first != second
    assert details_text(first, _failure()).count("\n") > 5


def test_the_log_entry_carries_the_incident_but_no_text(qtbot, log_path):
    reporter = ErrorReporter(show_dialogs=lambda: False)
    error = _failure()
    incident = reporter.report(type(error), error, error.__traceback__)
    logged = log_path.read_text(encoding="utf-8")
    assert f"incident {incident}" in logged and "ValueError" in logged and WITHHELD in logged
    assert "inner_step" in logged
    assert "Leckprobe" not in logged and "LQ7788990" not in logged


def test_a_burst_shows_one_dialog_that_counts_the_repeats(qtbot, log_path):
    now = [100.0]
    reporter = ErrorReporter(clock=lambda: now[0], show_dialogs=lambda: True)

    def fail(kind: type[Exception] = ValueError) -> None:
        error = _failure(kind)
        reporter.report(type(error), error, error.__traceback__)
        qtbot.wait(1)  # the queued signal

    for _ in range(50):
        fail()
    assert reporter.dialogs_shown == 1
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible() and dialog.repeats == 49
    assert dialog.repeat_label.text() == ("Danach ist noch 49-mal ein Fehler aufgetreten; "
                                          "alle stehen im Protokoll.")
    fail(KeyError)  # another failure while the dialog is open: counted too
    assert reporter.dialogs_shown == 1 and dialog.repeats == 50
    dialog.close_button.click()
    assert reporter.dialog is None

    now[0] += 1.0
    fail()  # the same failure right after closing: still the burst
    assert reporter.dialogs_shown == 1
    now[0] += BURST_SECONDS + 1
    fail()  # later: a new dialog
    assert reporter.dialogs_shown == 2
    reporter.dialog.reject()
    now[0] += 1.0
    fail(TypeError)  # a different failure: its own dialog
    assert reporter.dialogs_shown == 3
    reporter.dialog.reject()


@pytest.mark.qt_no_exception_capture
def test_a_failing_slot_is_caught_and_logged(qtbot, log_path, hooks, capsys):
    install_error_hook()
    button = QPushButton()
    qtbot.addWidget(button)

    def slot() -> None:
        raise ZeroDivisionError(SECRET)

    button.clicked.connect(slot)
    button.click()
    qtbot.wait(10)
    logged = log_path.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in logged and "in slot" in logged and "LQ7788990" not in logged
    err = capsys.readouterr().err  # offscreen: no dialog, one line
    assert "unerwarteter Fehler (ZeroDivisionError), Vorfall " in err
    assert "Traceback" not in err and "LQ7788990" not in err
    incident = err.split("Vorfall ")[1].split(";")[0]
    assert f"incident {incident}" in logged


def test_a_failing_thread_is_caught_and_logged(qtbot, log_path, hooks, capsys):
    install_error_hook()

    def work() -> None:
        raise OSError(SECRET)

    thread = threading.Thread(target=work, name="export-worker")
    thread.start()
    thread.join()
    qtbot.wait(10)  # the report reaches the GUI thread through the queued signal
    logged = log_path.read_text(encoding="utf-8")
    assert "in thread export-worker" in logged and "OSError" in logged
    assert "LQ7788990" not in logged
    assert "Vorfall" in capsys.readouterr().err


def test_the_log_lives_in_the_user_log_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("SOEST_DESK_DATA_DIR", str(tmp_path / "data"))
    assert log_file() == tmp_path / "data" / "logs" / "soest-desk.log"
    monkeypatch.delenv("SOEST_DESK_DATA_DIR")
    assert log_dir() == Path(platformdirs.user_log_dir("soest-desk", appauthor=False))
    assert logging_setup.active_log_file().name == "soest-desk.log"
