"""Small building blocks of the settings pages: a labelled row with its buddy, a short number
field with its unit, German numbers, and the error that points at the field to correct."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from soest_desk.services.errors import DomainError

T = TypeVar("T")
NUMBER_WIDTH = 96
MUTED = "color: #5a6b80;"
ERROR_STYLE = "color: #9b1c1c;"


class InputError(Exception):
    """Bad input on a page: the German message and the field that holds it."""

    def __init__(self, message: str, widget: QWidget) -> None:
        super().__init__(message)
        self.message = message
        self.widget = widget


def checked(widget: QWidget, parse: Callable[[], T]) -> T:
    """Run `parse`; a refusal (DomainError) becomes an InputError pointing at `widget`."""
    try:
        return parse()
    except DomainError as exc:
        raise InputError(exc.message, widget) from exc


def german_number(value: float | int) -> str:
    """7.0 → "7", 7.5 → "7,5" (the way a clerk types it)."""
    return f"{value:g}".replace(".", ",")


def number_edit(parent: QWidget, name: str, width: int = NUMBER_WIDTH) -> QLineEdit:
    edit = QLineEdit(parent, objectName=name)
    edit.setFixedWidth(width)
    return edit


def add_row(form: QFormLayout, label_text: str, field: QWidget, unit: str = "",
            buddy: QWidget | None = None) -> QLabel:
    """A form row "label: field unit"; the label's mnemonic moves to `buddy` (the field)."""
    parent = form.parentWidget()
    label = QLabel(label_text, parent)
    label.setBuddy(buddy or field)
    if not unit:
        form.addRow(label, field)
        return label
    row = QWidget(parent)
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    field.setParent(row)
    line.addWidget(field)
    line.addWidget(QLabel(unit, row))
    line.addStretch(1)
    form.addRow(label, row)
    return label


def note(parent: QWidget, text: str, name: str = "") -> QLabel:
    """A calm explaining sentence, wrapped."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED)
    return label
