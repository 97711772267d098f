"""Database work off the GUI thread: `run_in_background(job, on_done, on_error, owner=…)`.

The job runs on Qt's global thread pool and opens its own session (never share a Session
or an ORM object between threads). Its outcome travels back through one dispatcher QObject
that lives in the GUI thread for the whole run of the program: the worker holds no Qt
object of its own, so nothing Qt is created, released or deleted on a worker thread (PySide
can deadlock or crash when the last reference to a QObject goes away there, or when a
signal is emitted on an object the GUI thread is deleting). The dispatcher calls `on_done`
or `on_error` in the GUI thread, and only if `owner` still exists.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Dispatcher(QObject):
    finished = Signal(int, bool, object)  # job number, succeeded, result or exception

    def __init__(self) -> None:
        super().__init__()
        self._pending: dict[int, tuple[QObject, Callable[[Any], None],
                                       Callable[[Exception], None]]] = {}
        self._numbers = itertools.count(1)
        self.finished.connect(self._deliver)  # queued: emitted on worker threads

    def register(self, owner: QObject, on_done: Callable[[Any], None],
                 on_error: Callable[[Exception], None]) -> int:
        number = next(self._numbers)
        self._pending[number] = (owner, on_done, on_error)
        return number

    def _deliver(self, number: int, succeeded: bool, value: Any) -> None:
        owner, on_done, on_error = self._pending.pop(number, (None, None, None))
        if owner is None or not shiboken6.isValid(owner):
            return  # the widget waiting for it was closed meanwhile
        if succeeded:
            on_done(value)
        else:
            on_error(value)


_dispatcher: _Dispatcher | None = None
_dispatcher_lock = threading.Lock()


def _get_dispatcher() -> _Dispatcher:
    """Created on first use, in the GUI thread (run_in_background is called there), and
    never deleted."""
    global _dispatcher
    with _dispatcher_lock:
        if _dispatcher is None:
            _dispatcher = _Dispatcher()
        return _dispatcher


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], dispatcher: _Dispatcher, number: int) -> None:
        super().__init__()
        self._job = job
        self._dispatcher = dispatcher
        self._number = number

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self._dispatcher.finished.emit(self._number, False, exc)
        else:
            self._dispatcher.finished.emit(self._number, True, result)
        finally:
            self._job = None  # type: ignore[assignment]  # drop the closure here, promptly


def run_in_background(
    job: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    owner: QObject,
) -> None:
    """Run `job()` on the thread pool; call `on_done(result)` or `on_error(exc)` in the GUI
    thread, unless `owner` (the widget or model waiting for it) is gone by then."""
    dispatcher = _get_dispatcher()
    number = dispatcher.register(owner, on_done, on_error)
    QThreadPool.globalInstance().start(_Job(job, dispatcher, number))


def wait_for_background_work(timeout_ms: int = 5000) -> bool:
    """Let running jobs finish (at exit, in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
