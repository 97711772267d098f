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

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
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


def focus_target(widget: QWidget, window: QWidget) -> QWidget | None:
    """What takes the focus for `widget`: itself (or its proxy) if it takes focus, else the
    first input inside it (a box of radio buttons); None if nothing can."""
    def takes(w: QWidget) -> bool:
        return (w.isEnabled() and w.isVisibleTo(window)
                and (w.focusProxy() is not None
                     or bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)))
    if takes(widget):
        return widget
    if not (widget.isEnabled() and widget.isVisibleTo(window)):
        return None
    return next((child for child in widget.findChildren(QWidget) if takes(child)), None)


def _inputs_in(widget: QWidget) -> list[QWidget]:
    """`widget` if it takes the focus itself (or through a proxy), else the inputs inside
    it in the order they were added (labels and error lines take none; the line edit
    inside a spin box or combo box is part of it)."""
    if widget.focusProxy() is not None or widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return [widget]
    own_order = getattr(widget, "tab_inputs", None)  # a composite that knows its order
    if callable(own_order):
        return list(own_order())
    return [child for child in widget.findChildren(QWidget)
            if child.focusProxy() is None and child.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not any(isinstance(a, QAbstractSpinBox | QComboBox)
                        for a in _ancestors(child, widget))]


def _ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _rows_of(widget: QWidget) -> list[QWidget]:
    """The ancestors whose focus proxy `widget` is (a row of `in_a_row`; a button box, whose
    proxy Qt sets to its default button), outermost first."""
    rows: list[QWidget] = []
    parent = widget.parentWidget()
    while (parent is not None and type(parent) in (QWidget, QDialogButtonBox)
           and parent.focusProxy() is (rows[-1] if rows else widget)):
        rows.append(parent)
        parent = parent.parentWidget()
    return rows[::-1]


def chain_tab_order(widgets: Iterable[QWidget | None]) -> None:
    """Tab visits `widgets` in this order (None and widgets that take no focus are left
    out); each dialog lists its inputs top to bottom, left to right, buttons last.

    A row whose focus proxy is its first widget is itself a stop in Qt 6's chain (reaching
    it focuses the proxy), so it must sit right before that widget: otherwise Tab from the
    row's last widget lands on the row and jumps back to its first (a loop). The rows are
    chained too, with their proxy lifted while the chain is set (`setTabOrder` would else
    move the proxy instead of the row)."""
    chain: list[QWidget] = []
    for widget in widgets:
        if widget is None or (widget.focusPolicy() == Qt.FocusPolicy.NoFocus
                              and widget.focusProxy() is None):
            continue
        chain += [*_rows_of(widget), widget]
    chain = list(dict.fromkeys(chain))
    lifted = {w: (w.focusProxy(), w.focusPolicy()) for w in chain if w.focusProxy() is not None}
    for widget in lifted:
        widget.setFocusProxy(None)
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    try:
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
    finally:
        for widget, (proxy, policy) in lifted.items():
            widget.setFocusPolicy(policy)
            widget.setFocusProxy(proxy)


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
        self._boxes: dict[QWidget, QWidget] = {}  # a form row's box -> the widget in it
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
        self._boxes[box] = widget
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

    def tab_chain(self) -> list[QWidget]:
        """The order Tab visits: the form's rows top to bottom (a check box in the label
        column before its field; a box of several inputs in the order they were added),
        then "Speichern" and "Abbrechen"."""
        chain: list[QWidget] = []
        roles = (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                 QFormLayout.ItemRole.SpanningRole)
        for row in range(self.form.rowCount()):
            for role in roles:
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    chain += _inputs_in(self._boxes.get(widget, widget))
        return [*chain, self.save_button, self.cancel_button]

    def showEvent(self, event: QShowEvent) -> None:
        """Tab in reading order, and the first field focused (the buttons were made
        first, so Qt would start on "Speichern")."""
        chain_tab_order(self.tab_chain())
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or focused is self or self.buttons.isAncestorOf(focused):
            self.focus_first_field()

    def focus_first_field(self) -> None:
        for widget in self.tab_chain():
            target = focus_target(widget, self)
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return

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
        target = focus_target(widget, self) if widget is not None else None
        if target is not None:
            target.setFocus()

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
