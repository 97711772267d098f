"""The cycle collector runs in the GUI thread only: a worker allocating heavily never
collects, the timer does."""

from __future__ import annotations

import gc
import threading

from soest_desk.ui.gc_guard import collect_if_due, collect_in_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_guard_is_installed_once_and_switches_automatic_collection_off(qapp):
    timer = collect_in_gui_thread(qapp)
    assert collect_in_gui_thread(qapp) is timer
    assert timer.isActive() and not gc.isenabled()


def test_a_worker_leaves_cycles_to_the_gui_thread(qapp, qtbot):
    collect_in_gui_thread(qapp)
    gc.collect()
    collected_on: list[str] = []
    gc.callbacks.append(lambda phase, _info: phase == "start" and collected_on.append(
        threading.current_thread().name))
    try:
        def allocate() -> None:
            for _ in range(50_000):
                _Cycle()

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert collected_on == []  # CPython alone would have collected on the worker
        assert gc.get_count()[0] > gc.get_threshold()[0]
        qtbot.waitUntil(lambda: bool(collected_on), timeout=3000)
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.pop()


def test_nothing_is_collected_before_the_threshold():
    gc.collect()
    assert collect_if_due() == -1
