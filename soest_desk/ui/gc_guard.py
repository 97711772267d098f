"""Python's cycle collector runs only in the GUI thread.

CPython starts a collection in whichever thread happens to allocate when the counters pass
their thresholds: with database work on the thread pool that is often a worker. If the
garbage holds the last reference to a Qt object that Python owns (a top-level widget, a
model), the collector deletes the C++ object on the worker while the GUI thread may be
deleting or painting it: a segmentation fault in `QObject::~QObject`, rare and timing
dependent. (pyqtgraph ships the same remedy for the same crash.)

`collect_in_gui_thread(app)` switches the automatic collector off and collects from a timer
in the GUI thread instead, with the interpreter's own thresholds, so memory behaves as before.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_TIMER_NAME = "soestDeskGcGuard"
INTERVAL_MS = 500


def collect_in_gui_thread(app: QObject, interval_ms: int = INTERVAL_MS) -> QTimer:
    """Install once per application (a second call returns the running timer)."""
    existing = app.findChild(QTimer, _TIMER_NAME)
    if existing is not None:
        return existing
    gc.disable()
    timer = QTimer(app)
    timer.setObjectName(_TIMER_NAME)
    timer.setInterval(interval_ms)
    timer.timeout.connect(collect_if_due)
    timer.start()
    return timer


def collect_if_due() -> int:
    """Collect the generations whose counters passed their thresholds, as CPython would;
    returns the generation collected, or -1 when none was due."""
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 <= threshold0:
        return -1
    generation = 0
    if count1 > threshold1:
        generation = 1
        if count2 > threshold2:
            generation = 2
    gc.collect(generation)
    return generation
