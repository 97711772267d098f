"""Start-up to a window showing rows, each run in a fresh Python process.

The parent starts `python -m benchmarks.figures_startup …` and stops the clock when the child
prints "ready": interpreter, imports, QApplication, database, window and the first read all
count. The child for the app runs `create_application()` and `MainWindow` on the dataset (as
the demo's all-roles user, QSettings in a fresh ini file) and says "ready" once the current
tab has loaded: the Übersicht with its figures on a first start, or the list named with
`--tab` (remembered as the last tab) with its first page of rows. The floor's child shows a
bare QApplication + QMainWindow.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY = "ready"
TIMEOUT = 300.0


def run_child(args: list[str], config: Path) -> tuple[float, dict[str, float]]:
    """Seconds from starting the child to its "ready" line, and the child's own phases
    (seconds since its `main()` began: imports, app, window, loaded)."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(config))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.figures_startup", *args],
                             stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
        elapsed = time.perf_counter() - start
        if not line or line[0] != READY:
            raise RuntimeError(f"start-up child said {line!r} instead of {READY!r}")
        phases = dict(part.split("=") for part in line[1:])
        return elapsed, {name: float(value) for name, value in phases.items()}
    finally:
        child.wait(timeout=TIMEOUT)


def window_startup(url: str, login: str, tab: str | None) -> tuple[float, dict[str, float]]:
    with tempfile.TemporaryDirectory() as folder:
        args = ["--url", url, "--login", login, "--ini", str(Path(folder) / "ui.ini")]
        return run_child([*args, "--tab", tab] if tab else args, Path(folder))


def bare_startup() -> float:
    with tempfile.TemporaryDirectory() as folder:
        return run_child(["--bare"], Path(folder))[0]


# ---------------------------------------------------------------- the child

def _wait(done, app) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + TIMEOUT
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not finish loading")
        time.sleep(0.001)


def _bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 780)
    window.show()
    _wait(window.isVisible, app)
    app.processEvents()


def _window(url: str, login: str, ini: str, tab: str | None) -> dict[str, float]:
    began = time.perf_counter()
    from PySide6.QtCore import QSettings

    from benchmarks.runner import tab_loaded
    from soest_desk.app import create_application
    from soest_desk.db import open_database
    from soest_desk.services.users import actor_for, find_user
    from soest_desk.ui.main_window import MainWindow

    phases = {"imports": time.perf_counter() - began}
    app = create_application([])
    database = open_database(url)
    with database.read() as session:
        actor = actor_for(find_user(session, login))
    settings = QSettings(ini, QSettings.Format.IniFormat)
    if tab:
        settings.setValue("mainWindow/currentTab", tab)
    phases["app"] = time.perf_counter() - began
    window = MainWindow(database, actor, settings)
    window.show()
    phases["window"] = time.perf_counter() - began
    _wait(lambda: window.isVisible() and tab_loaded(window.current_tab()), app)
    phases["loaded"] = time.perf_counter() - began
    return phases


def main() -> None:
    parser = argparse.ArgumentParser(description="one start-up, timed by the parent")
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--url")
    parser.add_argument("--login")
    parser.add_argument("--ini")
    parser.add_argument("--tab")
    args = parser.parse_args()
    phases: dict[str, float] = {}
    if args.bare:
        _bare()
    else:
        phases = _window(args.url, args.login, args.ini, args.tab)
    print(READY, *(f"{name}={value:.3f}" for name, value in phases.items()), flush=True)
    os._exit(0)  # the clock has stopped: no teardown


if __name__ == "__main__":
    main()
