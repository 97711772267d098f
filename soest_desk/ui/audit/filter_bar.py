"""The Protokoll's filter row: Zeitraum von/bis, Benutzer, Bereich, Aktion, Nr.

The bar only collects what was typed (`raw()`); the service reads and checks it, so a wrong
date gets the same German message as everywhere. Enter in a field, a choice or "Anzeigen"
asks for the filters to be applied (`applyRequested`); "Zurücksetzen" empties every field
and asks too. `focus_field` puts the cursor into the field a message names.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from soest_desk.services.audit_view import ACTION, AREA, FROM, ROW, TO, WHO

# what each field should show whole, beside its clear button
DATE_SAMPLE, NUMBER_SAMPLE, LOGIN_SAMPLE = "00.00.0000", "000000", "m.muster"
CLEAR_BUTTON_ROOM = 40
AREA_CHARS, ACTION_CHARS = 13, 9  # the open list shows long labels whole


class AuditFilterBar(QWidget):
    applyRequested = Signal()

    def __init__(self, areas: Sequence[tuple[str, str]], actions: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditFilterBar")
        self.date_from = self._line("auditFilterFrom", self.tr("TT.MM.JJJJ"), DATE_SAMPLE)
        self.date_to = self._line("auditFilterTo", self.tr("TT.MM.JJJJ"), DATE_SAMPLE)
        self.who = self._line("auditFilterWho", self.tr("Anmeldename …"), LOGIN_SAMPLE)
        self.who.setToolTip(self.tr("Die Einträge der Benutzer, deren Anmeldename so "
                                    "beginnt (Groß-/Kleinschreibung egal)."))
        self.area = self._combo("auditFilterArea", self.tr("alle Bereiche"), areas, AREA_CHARS)
        self.action = self._combo("auditFilterAction", self.tr("alle Aktionen"), actions,
                                  ACTION_CHARS)
        self.row_id = self._line("auditFilterRow", "", NUMBER_SAMPLE)
        self.row_id.setToolTip(self.tr("Die Nummer des Datensatzes im Bereich, z. B. einer "
                                       "Person oder einer Mängelmeldung."))
        self.apply_button = QPushButton(self.tr("&Anzeigen"), self,
                                        objectName="auditFilterApply")
        self.apply_button.setAutoDefault(False)
        self.apply_button.clicked.connect(self.applyRequested)
        self.reset_button = QPushButton(self.tr("&Zurücksetzen"), self,
                                        objectName="auditFilterReset")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, field in ((self.tr("Zeitraum &von"), self.date_from),
                            (self.tr("&bis"), self.date_to), (self.tr("Ben&utzer"), self.who),
                            (self.tr("Be&reich"), self.area), (self.tr("A&ktion"), self.action),
                            (self.tr("&Nr."), self.row_id)):
            label = QLabel(text, self)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
            layout.addSpacing(6)
        layout.addStretch(1)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.reset_button)
        self._fields: dict[str, QWidget] = {
            FROM: self.date_from, TO: self.date_to, WHO: self.who, AREA: self.area,
            ACTION: self.action, ROW: self.row_id}

    def _line(self, name: str, placeholder: str, sample: str) -> QLineEdit:
        edit = QLineEdit(self, objectName=name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(sample) + CLEAR_BUTTON_ROOM)
        edit.returnPressed.connect(self.applyRequested)
        return edit

    def _combo(self, name: str, anything: str, choices: Sequence[tuple[str, str]],
               chars: int) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        combo.addItem(anything, None)
        for code, label in choices:
            combo.addItem(label, code)
        combo.activated.connect(lambda _index: self.applyRequested.emit())
        return combo

    def raw(self) -> dict[str, Any]:
        """What was typed and chosen, for `audit_view.parse_filters`."""
        return {"date_from": self.date_from.text(), "date_to": self.date_to.text(),
                "who": self.who.text(), "table": self.area.currentData(),
                "action": self.action.currentData(), "row_id": self.row_id.text()}

    def set_values(self, *, date_from: str = "", date_to: str = "", who: str = "",
                   table: str | None = None, action: str | None = None,
                   row_id: str = "") -> None:
        """Fill the fields (tests, or a link that opens the log for one row)."""
        self.date_from.setText(date_from)
        self.date_to.setText(date_to)
        self.who.setText(who)
        self.area.setCurrentIndex(max(0, self.area.findData(table)))
        self.action.setCurrentIndex(max(0, self.action.findData(action)))
        self.row_id.setText(row_id)

    def reset(self) -> None:
        self.set_values()
        self.applyRequested.emit()

    def focus_field(self, field: str | None) -> None:
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
