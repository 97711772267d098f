"""Guards against defects of the Qt binding itself that would crash a long session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)


def test_emitting_signals_keeps_the_refcount_of_true(qapp):
    """PySide6 6.12.0 returned a borrowed True from emit(): after a few thousand emits the
    interpreter aborted with "bool_dealloc". A binding with that defect must not ship."""
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.plain.emit()
        emitter.flag.emit(True)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 5  # a few may move elsewhere, not hundreds
