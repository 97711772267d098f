"""Small widgets the people-and-places panes and dialogs share: a read-only table, a
German date field, a pane's title."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QTableWidget,
    QWidget,
)


def make_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent, objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def date_edit(parent: QWidget, name: str, value: date) -> QDateEdit:
    """A date field as German clerks type it (dd.MM.yyyy) with a calendar; read it with
    `.date().toPython()`."""
    edit = QDateEdit(value, parent, objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def pane_title(parent: QWidget, name: str, text: str) -> QLabel:
    label = QLabel(text, parent, objectName=name)
    label.setStyleSheet("font-weight: bold; font-size: 13pt;")
    label.setWordWrap(True)
    return label
