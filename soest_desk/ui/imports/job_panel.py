"""The progress line of the import dialog: what runs, a progress bar and "Abbrechen".

One job at a time runs off the GUI thread (`run_in_background`); its `JobControl` is polled
by a timer, so the worker never touches Qt. How "Abbrechen" ends a job:

- STOP (check, import): the job is asked to stop and the panel waits until it has; only
  then is it true that nothing was written.
- DROP (reading a file, which changes nothing): the job is left to finish and its result
  ignored.
- WAIT (writing a template, a second or two): no "Abbrechen".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from soest_desk.db import DatabaseError
from soest_desk.services.errors import DomainError
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_number
from soest_desk.ui.imports.gateway import JobControl

log = logging.getLogger("soest_desk.ui.imports")
POLL_MS = 100
STOP, DROP, WAIT = "stop", "drop", "wait"
PHASES = {  # the services' phase names → what the progress line says
    "Prüfen": QT_TRANSLATE_NOOP("Import", "Zeilen werden geprüft"),
    "Speichern": QT_TRANSLATE_NOOP("Import", "Zeilen werden gespeichert"),
}


def user_message(exc: BaseException) -> str:
    """The German text for a failure: the service's or database's own, else a calm
    sentence (the details go to the log)."""
    if isinstance(exc, DomainError):
        return exc.message
    if isinstance(exc, DatabaseError):
        return str(exc)
    log.error("unexpected error in the import dialog", exc_info=exc)
    return QCoreApplication.translate(
        "Import", "Es ist ein unerwarteter Fehler aufgetreten; es wurde nichts gespeichert. "
                  "Einzelheiten stehen in der Protokolldatei von Soest Desk.")


class JobPanel(QWidget):
    busyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importJobPanel")
        self.text = QLabel(self, objectName="importProgressText")
        self.bar = QProgressBar(self, objectName="importProgress")
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(self.fontMetrics().height())
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self, objectName="importCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 2)
        row.addWidget(self.bar, 3)
        row.addWidget(self.cancel_button)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._refresh)
        self._control: JobControl | None = None
        self._title = ""
        self._number = 0
        self._cancel_mode = WAIT
        self._steps = False
        self.setVisible(False)

    def busy(self) -> bool:
        return self._control is not None

    def progress_text(self) -> str:
        return self.text.text()

    def start(self, title: str, job: Callable[[JobControl], Any],
              on_done: Callable[[Any], None], on_error: Callable[[BaseException], None], *,
              cancel: str, steps: bool) -> None:
        """Run `job(control)` on the thread pool; `cancel` is STOP, DROP or WAIT (above),
        `steps`: the job reports rows done."""
        control = JobControl()
        self._number += 1
        number = self._number
        self._control, self._title = control, title
        self._cancel_mode, self._steps = cancel, steps

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            if number != self._number:
                return  # dropped by a cancel, or replaced by a later job
            self._stop()
            handler(value)

        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(cancel != WAIT)
        self.bar.setRange(0, 0)
        self.text.setText(title)
        self.setVisible(True)
        self._timer.start()
        self.busyChanged.emit(True)
        run_in_background(lambda: job(control), lambda result: finish(on_done, result),
                          lambda exc: finish(on_error, exc), owner=self)

    def cancel(self) -> bool:
        """End the running job as its mode says; False if none runs or it cannot be
        cancelled (WAIT)."""
        if self._control is None or self._cancel_mode == WAIT:
            return False
        self._control.cancel()
        if self._cancel_mode == STOP:
            self.cancel_button.setEnabled(False)
            self.text.setText(self.tr("Wird abgebrochen …"))
        else:
            self._number += 1  # its result will be ignored
            self._stop()
        return True

    def _stop(self) -> None:
        self._timer.stop()
        self._control = None
        self.setVisible(False)
        self.busyChanged.emit(False)

    def _refresh(self) -> None:
        if self._control is None or not self._steps:
            return
        state = self._control.snapshot()
        if state.cancel_requested or state.total <= 0:
            return
        self.bar.setRange(0, state.total)
        self.bar.setValue(state.done)
        phase = QCoreApplication.translate("Import", PHASES.get(state.phase, state.phase))
        self.text.setText(self.tr("%1: %2 von %3").replace("%1", phase)
                          .replace("%2", format_number(state.done))
                          .replace("%3", format_number(state.total)))
