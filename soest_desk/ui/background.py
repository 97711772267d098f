"""Database work off the GUI thread: `run_in_background(job, on_done, on_error)`.

The job runs on Qt's global thread pool and opens its own session (never share a Session
or an ORM object between threads); its result or exception comes back to the GUI thread
through a queued signal. A receiver that is gone by then simply receives nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self._emit(self._relay.failed, exc)
        else:
            self._emit(self._relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        # the receiver (and with it the relay) may have been deleted meanwhile
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def run_in_background(
    job: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    owner: QObject,
) -> None:
    """Run `job()` on the thread pool; call `on_done(result)` or `on_error(exc)` in the GUI
    thread. `owner` (the widget or model waiting for it) keeps the relay alive."""
    relay = _Relay(owner)
    relay.done.connect(on_done)
    relay.failed.connect(on_error)
    relay.done.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Job(job, relay))


def wait_for_background_work(timeout_ms: int = 5000) -> bool:
    """Let running jobs finish (at exit, in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
