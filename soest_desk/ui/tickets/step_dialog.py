"""The frame of every small dialog of the Mängel tab: a form, "Speichern"/"Abbrechen", and
the service's German message shown under the field it names.

A subclass adds its fields with `add_field(label, widget, names=…)` (the names are the
field labels the services use in `DomainError.field`) and builds the save in `job()`. Saving
runs off the GUI thread; meanwhile the buttons are disabled and Esc does nothing. On a
refusal the dialog stays open with everything typed; a `TicketConflict` closes it and is
handed on (`conflicted`) so the tab can show what changed. Enter (or Ctrl+Enter in a text
box) saves, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.errors import DomainError
from soest_desk.services.tickets import TicketConflict
from soest_desk.ui.background import run_in_background
from soest_desk.ui.tickets.feedback import user_message

ERROR_STYLE = "color: #9b1c1c;"
NOTE_LINES = 4


class StepDialog(QDialog):
    saved = Signal(object)  # what the save returned (a new ticket's number, or None)
    conflicted = Signal(object)  # the TicketConflict

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 object_name: str = "ticketStepDialog", intro: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(460)
        self._busy = False
        self._errors: dict[str, QLabel] = {}  # service field name -> its error label
        self._widgets: dict[str, QWidget] = {}
        self._required = False
        self.form = QFormLayout()
        # every field as wide as the dialog: its error line below has room to be read
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.intro = QLabel(intro, self, objectName="stepIntro")
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.general_error = self._error_label("stepError")
        self.hint = QLabel(self.tr("* Pflichtfeld"), self, objectName="stepHint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Speichern"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("stepSave")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Abbrechen"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("stepCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ building

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self, objectName=name)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(False)
        return label

    def add_field(self, label: str, widget: QWidget, *, names: tuple[str, ...] = (),
                  required: bool = False) -> QLabel:
        """Add a row; its error label shows messages for the service fields `names`."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = self._error_label(f"{widget.objectName()}Error")
        column.addWidget(error)
        text = f"{label} *" if required else label
        self.form.addRow(text, box)
        self._required = self._required or required
        self.hint.setVisible(self._required)
        for name in (label.rstrip(":"), *names):
            self._errors[name] = error
            self._widgets[name] = widget
        return error

    def note_edit(self, name: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(self, objectName=name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * NOTE_LINES + 14)
        return edit

    # ------------------------------------------------------------ for subclasses

    # Every dialog defines `job()`: the save, built from the fields on the GUI thread (it may
    # raise DomainError). It runs on the thread pool and must hold plain data only (the
    # gateway, a ref, the texts) – never a widget: a Qt object whose last Python reference
    # dies on a worker thread can deadlock PySide against the GUI thread.
    job: Callable[[], Callable[[], Any]]

    def typed_input(self) -> str:
        """What the user typed that a conflict would otherwise lose (shown there)."""
        return ""

    # ------------------------------------------------------------ errors

    def show_error(self, message: str, field: str | None = None) -> None:
        label = self._errors.get(field or "", self.general_error)
        label.setText(message)
        label.setVisible(True)
        widget = self._widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def clear_errors(self) -> None:
        for label in (*self._errors.values(), self.general_error):
            label.clear()
            label.setVisible(False)

    def error_text(self) -> str:
        """Every error shown now (for tests): one message per line."""
        labels = dict.fromkeys((*self._errors.values(), self.general_error))
        return "\n".join(label.text() for label in labels if label.isVisibleTo(self))

    # ------------------------------------------------------------ saving

    def is_busy(self) -> bool:
        return self._busy

    def accept(self) -> None:
        if self._busy:
            return
        self.clear_errors()
        try:
            job = self.job()
        except DomainError as exc:
            self.show_error(exc.message, exc.field)
            return
        self._set_busy(True)
        run_in_background(job, self._done, self._failed, owner=self)

    def reject(self) -> None:
        if not self._busy:  # a save under way finishes first
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Speichert …") if busy else self.tr("Speichern"))

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.saved.emit(result)
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, TicketConflict):
            self.conflicted.emit(exc)
            super().reject()
            return
        if isinstance(exc, DomainError):
            self.show_error(exc.message, exc.field)
        else:
            self.show_error(user_message(exc))
