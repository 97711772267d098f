"""What the user sees when something fails: a German message box for errors that stop the
start, and a calm dialog for unexpected failures while the window runs.

`install_error_hook()` catches what nobody else caught — in the window's code, in Qt slots
(PySide hands those to `sys.excepthook`) and in threads (`threading.excepthook`). Each
failure gets an incident number; the log file records it with the exception's type and
stack (`logging_setup.PrivacyFormatter`, never its text). The clerk sees `ErrorDialog`:
what happened in plain German, that the saved data are safe, the incident number, and
buttons to open the log folder and to copy the details for support (incident, version,
type and the stack's frame names and lines — no exception text, no values: they may name a
resident). Never a traceback. A burst of the same failure (same type and place within a
few seconds) shows one dialog, which counts the repeats; so does any failure while the
dialog is open.

Without a screen (offscreen, CI) no dialog: the log entry and one line on stderr.
"""

from __future__ import annotations

import logging
import os
import platform
import secrets
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soest_desk import __version__
from soest_desk.logging_setup import active_log_file, exception_chain
from soest_desk.ui.icons import icon

log = logging.getLogger("soest_desk")

BURST_SECONDS = 5.0  # the same failure again within this time: no second dialog
TEXT_WIDTH = 460  # the wrapped texts' width (pixels at scale 1)


def dialogs_possible() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in {"offscreen", "minimal"}:
        return False
    if os.name == "nt":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def show_startup_error(message: str) -> None:
    if not dialogs_possible():
        return
    app = QApplication.instance() or QApplication([])
    box = QMessageBox(QMessageBox.Icon.Critical,
                      app.translate("StartupError", "Soest Desk – Start nicht möglich"), message)
    box.setObjectName("startupErrorBox")
    box.exec()


# ---------------------------------------------------------------- the facts of a failure


def build_kind() -> str:
    """"Installationspaket" in a PyInstaller bundle, else "Quelltext" (tr by the caller)."""
    return "bundle" if getattr(sys, "frozen", False) else "source"


def new_incident(now: datetime | None = None) -> str:
    """A short number to quote on the phone: the time and four random hex digits,
    "250331-142501-7F3A"."""
    moment = now or datetime.now()
    return f"{moment:%y%m%d-%H%M%S}-{secrets.token_hex(2).upper()}"


def type_name(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _short_file(filename: str) -> str:
    """The file's last two path parts: the package and module, never the user's home."""
    parts = Path(filename).parts
    return "/".join(parts[-2:]) if len(parts) >= 2 else filename


def failure_place(error: BaseException) -> str:
    """Where it failed: the innermost frame of the exception, "ui/main_window.py:123"."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return ""
    last = frames[-1]
    return f"{_short_file(last.filename)}:{last.lineno}"


def burst_key(error: BaseException) -> tuple[str, ...]:
    """The same failure: the same types at the same places, through the whole chain."""
    return tuple(f"{type_name(type(link))}@{failure_place(link)}"
                 for link in exception_chain(error))


def stack_lines(error: BaseException) -> list[str]:
    """The chain's types and frames (file, line, function) — nothing of the texts or the
    values, which may hold personal data."""
    lines: list[str] = []
    for link in exception_chain(error):
        if lines:
            lines.append("  verursacht durch / danach:")
        lines.append(f"  {type_name(type(link))}")
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f"    {_short_file(frame.filename)}:{frame.lineno} in {frame.name}")
    return lines


def details_text(incident: str, error: BaseException, when: datetime | None = None) -> str:
    """What "Details kopieren" puts on the clipboard, for support."""
    moment = when or datetime.now()
    return "\n".join([
        f"Soest Desk {__version__} ({build_kind()})",
        f"Vorfall: {incident}",
        f"Zeit: {moment:%d.%m.%Y %H:%M:%S}",
        f"Fehlerart: {type_name(type(error))}",
        f"System: {platform.system()} {platform.release()}, Python {platform.python_version()}",
        "Ablauf:",
        *stack_lines(error),
    ])


# ---------------------------------------------------------------- the dialog


def open_folder(folder: Path) -> bool:
    """Show the folder in the file manager (replaced in tests)."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ErrorDialog(QDialog):
    """The calm message for one unexpected failure (and the repeats that follow it)."""

    def __init__(self, incident: str, error: BaseException, log_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Soest Desk – Das hat nicht geklappt"))
        self.incident = incident
        self._details = details_text(incident, error)
        self._log_path = log_path
        self.repeats = 0

        symbol = QLabel(self, objectName="errorDialogIcon")
        symbol.setPixmap(icon("alert-circle").pixmap(40, 40))
        symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Das hat nicht geklappt."), self, objectName="errorDialogTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "Bei diesem Schritt ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten "
            "Daten sind sicher: Was vorher gespeichert war, bleibt erhalten. Eine Eingabe, "
            "die gerade gespeichert werden sollte, prüfen Sie bitte noch einmal.\n\n"
            "Sie können weiterarbeiten. Wenn der Fehler wiederkommt, nennen Sie der "
            "IT-Betreuung bitte die Vorfallsnummer."), self, objectName="errorDialogText")
        text.setWordWrap(True)
        number = QLabel(self.tr("Vorfallsnummer: %1").replace("%1", incident), self,
                        objectName="errorDialogIncident")
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        number_font = number.font()
        number_font.setBold(True)
        number.setFont(number_font)
        where = QLabel(self.tr("Die Einzelheiten stehen im Protokoll:\n%1").replace(
            "%1", str(log_path)), self, objectName="errorDialogLog")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.repeat_label = QLabel(self, objectName="errorDialogRepeats")
        self.repeat_label.setWordWrap(True)
        self.repeat_label.hide()
        self.copied_label = QLabel(self, objectName="errorDialogCopied")
        self.copied_label.hide()

        buttons = QDialogButtonBox(self, objectName="errorDialogButtons")
        self.open_button = QPushButton(icon("folder-open"), self.tr("Protokollordner öffnen"),
                                       self, objectName="errorDialogOpenLog")
        self.copy_button = QPushButton(icon("copy"), self.tr("Details kopieren"), self,
                                       objectName="errorDialogCopy")
        self.close_button = QPushButton(self.tr("Schließen"), self, objectName="errorDialogClose")
        self.close_button.setDefault(True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.open_log_folder)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.reject)

        column = QVBoxLayout()
        column.setSpacing(10)
        for widget in (title, text, number, where, self.repeat_label, self.copied_label):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(symbol, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        for label in (text, where, self.repeat_label):
            label.setMinimumWidth(TEXT_WIDTH)  # word-wrapped: a width to compute the height
        self.close_button.setFocus()
        self.adjustSize()

    def details(self) -> str:
        return self._details

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copied_label.setText(self.tr("Die Details sind in der Zwischenablage."))
        self.copied_label.show()
        self.adjustSize()

    def open_log_folder(self) -> bool:
        return open_folder(self._log_path.parent)

    def count_repeat(self) -> None:
        """Another failure while this dialog is open: counted, not shown again."""
        self.repeats += 1
        self.repeat_label.setText(self.tr(
            "Danach ist noch %1-mal ein Fehler aufgetreten; alle stehen im Protokoll.").replace(
            "%1", str(self.repeats)))
        self.repeat_label.show()
        self.adjustSize()


# ---------------------------------------------------------------- the hook


class ErrorReporter(QObject):
    """Receives every unexpected failure (from any thread; the dialog opens in the GUI
    thread through a queued signal), logs it and shows at most one dialog per burst."""

    failed = Signal(object, str)  # the exception, its incident number

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 show_dialogs: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._show_dialogs = show_dialogs
        self._last: dict[tuple[str, ...], float] = {}
        self.dialog: ErrorDialog | None = None
        self.dialogs_shown = 0
        self.failed.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def report(self, kind: type[BaseException], error: BaseException | None,
               trace: TracebackType | None, where: str = "") -> str:
        """Log the failure and have the user told; returns its incident number."""
        if error is None:
            error = kind()
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        incident = new_incident()
        log.error("unexpected error%s, incident %s", where, incident,
                  exc_info=(kind, error, error.__traceback__))
        self.failed.emit(error, incident)
        return incident

    def _tell(self, error: BaseException, incident: str) -> None:
        key = burst_key(error)
        now = self._clock()
        previous = self._last.get(key)
        self._last[key] = now
        if self.dialog is not None and not shiboken6.isValid(self.dialog):
            self.dialog = None  # deleted without `finished` (e.g. with a parent that went)
        if self.dialog is not None:
            self.dialog.count_repeat()
            return
        if previous is not None and now - previous < BURST_SECONDS:
            log.info("incident %s repeats a failure shown seconds ago: no second dialog",
                     incident)
            return
        possible = self._show_dialogs() if self._show_dialogs else dialogs_possible()
        if not possible:
            print(f"soest-desk: unerwarteter Fehler ({type_name(type(error))}), Vorfall "
                  f"{incident}; Einzelheiten im Protokoll {active_log_file()}",
                  file=sys.stderr)
            return
        self.show_dialog(error, incident)

    def show_dialog(self, error: BaseException, incident: str) -> ErrorDialog:
        # no parent: the active window may be a dialog that deletes itself (then this one
        # would go with it); application-modal, it stays in front of every window anyway
        dialog = ErrorDialog(incident, error, active_log_file(), None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.finished.connect(self._closed)
        dialog.destroyed.connect(self._closed)
        self.dialog = dialog
        self.dialogs_shown += 1
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _closed(self, _result: object = 0) -> None:
        self.dialog = None
        now = self._clock()  # a burst is counted from the dialog's close
        for key in self._last:
            self._last[key] = now


_reporter: ErrorReporter | None = None


def reporter() -> ErrorReporter | None:
    return _reporter


def install_error_hook() -> ErrorReporter:
    """Route uncaught exceptions (main code, Qt slots, threads) to the log and the dialog.
    Call it in the GUI thread once the QApplication exists."""
    global _reporter
    app = QCoreApplication.instance()
    if _reporter is None:
        _reporter = ErrorReporter(app)
    current = _reporter

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        current.report(kind, error, trace)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        current.report(args.exc_type, args.exc_value, args.exc_traceback,
                       f" in thread {name}")

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return current
