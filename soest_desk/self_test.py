"""`soest-desk --self-test`: check an installation (a PyInstaller bundle above all) without a
person in front of it.

Everything happens in a temporary folder that is removed at the end: a new SQLite database
is migrated with the bundled Alembic scripts and filled with a little demo data, one Excel
workbook and one PDF are written and read back, and the main window opens offscreen until
its first tab has loaded. The user's data directory, settings files and window settings are
never touched: the environment variables that locate them point into the temporary folder
while the test runs, and Qt's settings go to an INI file there (not the Windows registry).

One German line per step ("ok" or "Fehler: …"); exit code 0 only when every step passed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from soest_desk import APP_NAME, __version__
from soest_desk.config import (
    ENV_CONFIG_DIR,
    ENV_DATA_DIR,
    ENV_DATABASE_URL,
    ENV_SITE_CONFIG_DIR,
    sqlite_url,
)

EXIT_PASSED = 0
EXIT_FAILED = 1
LOGIN = "selbsttest"
DEMO_SCALE = 0.05  # a few hundred people: enough for every list, a few seconds to write
WINDOW_TIMEOUT_S = 60.0


@dataclass
class SelfTest:
    """What the steps share: the temporary folder and what the earlier steps made."""

    folder: Path
    database: Any = None  # soest_desk.db.Database once migrated
    actor: Any = None  # the demo user with every role
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    title: str
    run: Callable[[SelfTest], str]  # returns a short detail; raises on failure
    needs_database: bool = True


class StepFailed(Exception):
    """A check found something wrong; the message is German."""


def run_self_test(report: Path | None = None, out: TextIO | None = None) -> int:
    """Run every step, print one line each to `out` (stdout) and, when given, write the same
    lines to `report` (a windowed program on Windows has no console). Returns the exit code."""
    stream = out if out is not None else sys.stdout
    _replace_unprintable(stream)
    folder = Path(tempfile.mkdtemp(prefix="soest-desk-selbsttest-"))
    state = SelfTest(folder)
    _say(state, stream, f"{APP_NAME} {__version__} – Selbsttest ({_where()})")
    try:
        with isolated_environment(folder):
            passed = _run_steps(state, stream)
    finally:
        if state.database is not None:
            state.database.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    verdict = "Selbsttest bestanden." if passed else "Selbsttest FEHLGESCHLAGEN."
    _say(state, stream, verdict)
    if report is not None:
        try:
            report.write_text("\n".join(state.lines) + "\n", encoding="utf-8")
        except OSError as exc:
            _say(state, stream, f"Der Bericht „{report}“ kann nicht geschrieben werden "
                 f"({exc.strerror or exc}).")
            return EXIT_FAILED
    return EXIT_PASSED if passed else EXIT_FAILED


def _run_steps(state: SelfTest, stream: TextIO | None) -> bool:
    passed = True
    for step in STEPS:
        if step.needs_database and state.database is None:
            _say(state, stream, f"  {step.title}: übersprungen (keine Datenbank)")
            passed = False
            continue
        started = time.monotonic()
        try:
            detail = step.run(state)
        except Exception as exc:  # every failure is reported, the next step still runs
            passed = False
            _say(state, stream, f"  {step.title}: Fehler: {_describe(exc)}")
            continue
        seconds = time.monotonic() - started
        suffix = f" ({detail}; {seconds:.1f} s)" if detail else f" ({seconds:.1f} s)"
        _say(state, stream, f"  {step.title}: ok{suffix}")
    return passed


@contextlib.contextmanager
def isolated_environment(folder: Path) -> Iterator[None]:
    """Point every user location into `folder` and force Qt offscreen (before any
    QApplication exists); the previous environment comes back afterwards."""
    values = {
        ENV_DATA_DIR: str(folder / "daten"),
        ENV_CONFIG_DIR: str(folder / "einstellungen"),
        ENV_SITE_CONFIG_DIR: str(folder / "einstellungen-alle"),
        ENV_DATABASE_URL: None,
        "SOEST_DESK_USER": LOGIN,
        "QT_QPA_PLATFORM": "offscreen",
    }
    saved = {name: os.environ.get(name) for name in values}
    try:
        for name, value in values.items():
            _set_env(name, value)
        yield
    finally:
        for name, value in saved.items():
            _set_env(name, value)


def _set_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


# ------------------------------------------------------------------ the steps


def _database(state: SelfTest) -> str:
    from soest_desk import migrate
    from soest_desk.db import open_database

    database = open_database(sqlite_url(state.folder / "selbsttest.sqlite"), create=True)
    state.database = database
    migrate.upgrade(database)
    if not migrate.is_current(database):
        raise StepFailed("Die Datenbank ist nach der Migration nicht auf dem neuesten Stand.")
    return f"Schema-Stand {migrate.head_revision()}"


def _demo_data(state: SelfTest) -> str:
    from soest_desk.services import demo
    from soest_desk.services.permissions import SYSTEM_ACTOR
    from soest_desk.services.users import sign_in_os_user

    with state.database.write(actor=SYSTEM_ACTOR) as session:
        summary = demo.generate(session, seed=1, scale=DEMO_SCALE, os_login=LOGIN)
    with state.database.write() as session:
        state.actor = sign_in_os_user(session, LOGIN)
    people = summary.counts.get("persons", 0)
    if people <= 0:
        raise StepFailed("Die Demodaten enthalten keine Personen.")
    return f"{people} Personen"


def _workbook(state: SelfTest) -> str:
    import openpyxl

    from soest_desk.reports.report_params import ReportParams
    from soest_desk.reports.run import write_report
    from soest_desk.services.clock import office_today

    today = office_today()
    params = ReportParams(start=today - timedelta(days=90), end=today)
    path = state.folder / "belegungsliste.xlsx"
    with state.database.read() as session:
        written = write_report(session, _actor(state), "belegungsliste", params, path)
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        sheets = len(workbook.sheetnames)
    finally:
        workbook.close()
    if sheets == 0:
        raise StepFailed(f"Die Arbeitsmappe „{path.name}“ hat keine Tabellenblätter.")
    return f"{written.report.title}, {written.rows} Zeilen, {sheets} Blätter"


def _pdf(state: SelfTest) -> str:
    from sqlalchemy import select

    from soest_desk.models import Ticket
    from soest_desk.reports.work_order_pdf import write_work_orders

    path = state.folder / "arbeitsauftrag.pdf"
    with state.database.read() as session:
        ticket_id = session.scalar(select(Ticket.id).order_by(Ticket.id).limit(1))
        if ticket_id is None:
            raise StepFailed("Die Demodaten enthalten keine Mängelmeldung.")
        pages = write_work_orders(session, _actor(state), [ticket_id], path)
    check_pdf(path)
    return f"Arbeitsauftrag, {pages} Seite(n), {path.stat().st_size // 1024} KB"


def check_pdf(path: Path) -> None:
    """A PDF starts with its header and ends with %%EOF (a cut-off file does not)."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise StepFailed(f"„{path.name}“ beginnt nicht mit einem PDF-Kopf.")
    if b"%%EOF" not in data[-1024:]:
        raise StepFailed(f"„{path.name}“ endet nicht mit %%EOF (unvollständig).")


def _resources(_state: SelfTest) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QImageReader

    from soest_desk.config import resource_dir

    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise StepFailed("Qt kann keine SVG-Symbole lesen (das Modul QtSvg fehlt).")
    qt_texts = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_texts / "qtbase_de.qm").is_file():
        raise StepFailed(f"Qts deutsche Texte (qtbase_de.qm) fehlen in „{qt_texts}“.")
    translations = sorted((resource_dir() / "translations").glob("*.qm"))
    for path in translations:
        if not QTranslator().load(str(path)):
            raise StepFailed(f"Die Übersetzung „{path.name}“ lässt sich nicht laden.")
    return f"SVG, Qt deutsch, {len(translations)} Übersetzung(en)"


def _window(state: SelfTest) -> str:
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from soest_desk.app import create_application
    from soest_desk.ui.background import wait_for_background_work
    from soest_desk.ui.main_window import MainWindow, tab_loaded

    default_format = QSettings.defaultFormat()
    _qt_settings_into(state.folder / "qt-einstellungen")
    app = create_application([sys.argv[0] if sys.argv else "soest-desk"])
    settings = QSettings(str(state.folder / "fenster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(state.database, _actor(state), settings)
    try:
        window.show()
        first = window.current_tab()
        deadline = time.monotonic() + WINDOW_TIMEOUT_S
        while not tab_loaded(first) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        if not tab_loaded(first):
            raise StepFailed(f"Der erste Reiter war nach {WINDOW_TIMEOUT_S:.0f} s nicht geladen.")
        state_of = getattr(first, "state", None)
        if callable(state_of) and state_of() == "error":
            raise StepFailed("Der erste Reiter zeigt eine Fehlermeldung statt der Zahlen.")
        title = window.tabs.tabText(window.tabs.currentIndex())
    finally:
        window.close()
        wait_for_background_work()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        settings.sync()
        QSettings.setDefaultFormat(default_format)
    return f"Reiter „{title}“ geladen, Plattform {app.platformName()}"




def _qt_settings_into(folder: Path) -> None:
    """A default-constructed QSettings anywhere in the window writes an INI file here
    instead of the user's settings (on Windows: the registry)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))


STEPS: tuple[Step, ...] = (
    Step("Datenbank anlegen und migrieren", _database, needs_database=False),
    Step("Demodaten erzeugen", _demo_data),
    Step("Excel-Arbeitsmappe schreiben und lesen", _workbook),
    Step("PDF schreiben und prüfen", _pdf),
    Step("Symbole und Übersetzungen", _resources, needs_database=False),
    Step("Programmfenster öffnen (offscreen)", _window),
)


# ------------------------------------------------------------------ helpers


def _actor(state: SelfTest) -> Any:
    if state.actor is None:
        raise StepFailed("Ohne Demodaten gibt es keinen angemeldeten Benutzer.")
    return state.actor


def _describe(exc: Exception) -> str:
    text = str(exc).strip()
    if isinstance(exc, StepFailed) or _is_german_refusal(exc):
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _is_german_refusal(exc: Exception) -> bool:
    from soest_desk.config import ConfigError
    from soest_desk.db import DatabaseError
    from soest_desk.services.errors import DomainError

    return isinstance(exc, DatabaseError | ConfigError | DomainError)


def _where() -> str:
    if getattr(sys, "frozen", False):
        return f"Programmpaket {Path(sys.executable).parent}"
    return f"Python {sys.version.split()[0]}"


def _say(state: SelfTest, stream: TextIO | None, line: str) -> None:
    state.lines.append(line)
    if stream is not None:  # a windowed program on Windows has no stdout at all
        print(line, file=stream, flush=True)


def _replace_unprintable(stream: TextIO | None) -> None:
    """A console in an old code page must not turn the report into a UnicodeEncodeError."""
    reconfigure = getattr(stream, "reconfigure", None)
    if callable(reconfigure):
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")
