"""Einstellungen → Fristen und Regeln: the settings that hold for everyone, kept in the
database (`services.shared_settings`). Only the Administration (MANAGE_SETTINGS) changes
them; everybody else sees them read-only with a note who may.

Object names: `settingsDeadlineImmediate`, `settingsDeadlineUrgent`, `settingsDeadlineNormal`,
`settingsDeadlineLow`, `settingsMinArea`, `settingsChildAges`, `settingsCaseload`,
`settingsRetentionYears`, `settingsSharedNote`.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from soest_desk.models.enums import TicketPriority
from soest_desk.services import shared_settings
from soest_desk.services.validation import parse_decimal, parse_int
from soest_desk.ui import labels
from soest_desk.ui.settings.fields import (
    InputError,
    add_row,
    checked,
    german_number,
    note,
    number_edit,
)
from soest_desk.ui.settings.gateway import (
    CASELOAD,
    CHILD_AGE_LIMITS,
    DEADLINES,
    MIN_AREA,
    RETENTION_YEARS,
)

AGE_SEPARATORS = re.compile(r"[;,\s]+")
# the priorities in the order of urgency, each with the mnemonic of its row
PRIORITY_ROWS = (
    (TicketPriority.IMMEDIATE, "settingsDeadlineImmediate",
     QT_TRANSLATE_NOOP("RulesPage", "&Sofort (Verkehrssicherheit):")),
    (TicketPriority.URGENT, "settingsDeadlineUrgent",
     QT_TRANSLATE_NOOP("RulesPage", "&Dringend:")),
    (TicketPriority.NORMAL, "settingsDeadlineNormal",
     QT_TRANSLATE_NOOP("RulesPage", "&Normal:")),
    (TicketPriority.LOW, "settingsDeadlineLow",
     QT_TRANSLATE_NOOP("RulesPage", "N&iedrig:")),
)


class RulesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsRulesPage")
        self.setStyleSheet('QLineEdit[readOnly="true"] { background: palette(window); }')
        self._stored: dict[str, Any] = {}
        self._editable = False
        self._failed = False
        intro = QLabel(self.tr("Diese Einstellungen gelten für alle Arbeitsplätze und werden "
                               "in der Datenbank gespeichert."), self)
        intro.setWordWrap(True)
        self.access_note = note(self, self.tr("Wird geladen …"), "settingsSharedNote")

        deadlines = QGroupBox(self.tr("Frist bis zur Erledigung eines Mangels, je Priorität"),
                              self)
        deadline_form = QFormLayout(deadlines)
        self.deadlines: dict[str, QLineEdit] = {}
        row_labels = []
        for priority, name, text in PRIORITY_ROWS:
            edit = number_edit(deadlines, name)
            row_labels.append(add_row(deadline_form, self.tr(text), edit,
                                      self.tr("Arbeitstage")))
            self.deadlines[priority.value] = edit

        rules = QGroupBox(self.tr("Belegung, Betreuung und Aufbewahrung"), self)
        form = QFormLayout(rules)
        self.min_area = number_edit(rules, "settingsMinArea")
        row_labels.append(add_row(form, self.tr("&Mindestfläche je Person:"), self.min_area,
                                  self.tr("m²")))
        self.child_ages = number_edit(rules, "settingsChildAges", 140)
        self.child_ages.setPlaceholderText(self.tr("z. B. 3, 6, 18"))
        row_labels.append(add_row(form, self.tr("&Altersgrenzen für Kinder:"), self.child_ages,
                                  self.tr("Jahre (Filter „unter …“ der Bewohnerliste)")))
        self.caseload = number_edit(rules, "settingsCaseload")
        row_labels.append(add_row(form, self.tr("&Betreuungsschlüssel:"), self.caseload,
                                  self.tr("Personen je Fachkraft")))
        self.retention = number_edit(rules, "settingsRetentionYears")
        row_labels.append(add_row(form, self.tr("Aufbe&wahrungsfrist nach dem Auszug:"),
                                  self.retention, self.tr("Jahre")))
        widest = max(label.sizeHint().width() for label in row_labels)
        for label in row_labels:  # the two groups' fields in one column
            label.setMinimumWidth(widest)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.access_note)
        layout.addWidget(deadlines)
        layout.addWidget(rules)
        layout.addStretch(1)
        self._set_editable(False)

    def _edits(self) -> list[QLineEdit]:
        return [*self.deadlines.values(), self.min_area, self.child_ages, self.caseload,
                self.retention]

    def _set_editable(self, editable: bool) -> None:
        for edit in self._edits():
            edit.setReadOnly(not editable)
            edit.style().unpolish(edit)  # the style sheet greys read-only fields
            edit.style().polish(edit)

    # ------------------------------------------------------------ loading

    def load(self, values: dict[str, Any], editable: bool) -> None:
        self._stored = dict(values)
        self._editable = editable
        for priority, edit in self.deadlines.items():
            edit.setText(str(values[DEADLINES][priority]))
        self.min_area.setText(german_number(values[MIN_AREA]))
        self.child_ages.setText(", ".join(str(years) for years in values[CHILD_AGE_LIMITS]))
        self.caseload.setText(str(values[CASELOAD]))
        self.retention.setText(str(values[RETENTION_YEARS]))
        self._set_editable(editable)
        self.access_note.setText("" if editable else self.tr(
            "Nur zur Ansicht: Diese Einstellungen ändert die Administration (Berechtigung "
            "„Einstellungen verwalten“)."))
        self.access_note.setVisible(not editable)

    def show_load_error(self, message: str) -> None:
        self._stored = {}
        self._failed = True
        self.access_note.setText(self.tr("Die Einstellungen konnten nicht gelesen werden: %1")
                                 .replace("%1", message))
        self.access_note.setVisible(True)
        self._set_editable(False)

    def is_loaded(self) -> bool:
        return bool(self._stored)

    def is_settled(self) -> bool:
        """The values have arrived, or could not be read."""
        return bool(self._stored) or self._failed

    # ------------------------------------------------------------ saving

    def changes(self) -> dict[str, Any]:
        """The settings whose value differs from the stored one, checked by the service's
        rules; raises InputError naming the field. Nothing for a read-only page."""
        if not self._editable or not self._stored:
            return {}
        wanted: dict[str, Any] = {
            DEADLINES: {priority: self._whole(edit, self.tr("Frist „%1“").replace(
                "%1", labels.code_label("ticket_priority", priority)), 0, 250)
                for priority, edit in self.deadlines.items()},
            MIN_AREA: self._area(),
            CHILD_AGE_LIMITS: self._ages(),
            CASELOAD: self._whole(self.caseload, self.tr("Betreuungsschlüssel"), 1, 1000),
            RETENTION_YEARS: self._whole(self.retention, self.tr("Aufbewahrungsfrist"), 1, 100),
        }
        fields = {DEADLINES: self.deadlines[TicketPriority.IMMEDIATE.value],
                  MIN_AREA: self.min_area, CHILD_AGE_LIMITS: self.child_ages,
                  CASELOAD: self.caseload, RETENTION_YEARS: self.retention}
        changed = {}
        for key, value in wanted.items():
            cleaned = checked(fields[key], lambda k=key, v=value:
                              shared_settings.SETTINGS[k].validate(v))
            if cleaned != self._stored.get(key):
                changed[key] = cleaned
        return changed

    def saved(self, values: dict[str, Any]) -> None:
        self._stored.update(values)

    def _missing(self, label: str, edit: QLineEdit) -> InputError:
        return InputError(self.tr("%1: bitte einen Wert angeben.").replace("%1", label), edit)

    def _whole(self, edit: QLineEdit, label: str, low: int, high: int) -> int:
        number = checked(edit, lambda: parse_int(edit.text(), label, low, high))
        if number is None:
            raise self._missing(label, edit)
        return number

    def _area(self) -> float:
        label = self.tr("Mindestfläche je Person")
        number = checked(self.min_area,
                         lambda: parse_decimal(self.min_area.text(), label, positive=True))
        if number is None:
            raise self._missing(label, self.min_area)
        return float(number)

    def _ages(self) -> list[int]:
        label = self.tr("Altersgrenzen für Kinder")
        parts = [part for part in AGE_SEPARATORS.split(self.child_ages.text()) if part]
        if not parts:
            raise self._missing(label, self.child_ages)
        return [checked(self.child_ages, lambda p=part: parse_int(p, label)) or 0
                for part in parts]
