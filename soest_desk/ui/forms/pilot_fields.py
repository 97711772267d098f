"""The facility form's "Pilotprojekt" section: the pilot group (pick one in use or type a new
one; empty means not in the pilot) and the day the facility started the pilot.

Only actors with `Permission.MARK_PILOT` (the Leitung) change it; anyone else who opens the
form sees the mark greyed out, so nobody wonders why the list shows a group the form hides.
The service checks the same right and the same rules (`services.pilot_marks`).

Object names: `facilityPilotHeading`, `facilityPilotGroup`, `facilityPilotStart`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from soest_desk.services import validation
from soest_desk.services.pilot_marks import (
    GROUP_FIELD,
    MAX_GROUP,
    START_FIELD,
    PilotMark,
    cleaned_mark,
)
from soest_desk.ui.forms.fields import date_text, short_edit
from soest_desk.ui.forms.form_base import FormDialog
from soest_desk.ui.labels import translate

HINT_STYLE = "color: palette(placeholder-text);"


@dataclass
class PilotFields:
    group: QComboBox
    start: QLineEdit
    editable: bool

    def widgets(self) -> list[QWidget]:
        """The inputs the form enables after loading (none when the actor may not edit)."""
        return [self.group, self.start] if self.editable else []

    def fill(self, mark: PilotMark, groups: Sequence[str]) -> None:
        self.group.clear()
        self.group.addItem("")  # picking the empty entry takes the facility out
        self.group.addItems(list(groups))
        self.group.setCurrentText(mark.group or "")
        self.start.setText(date_text(mark.start))

    def mark(self) -> PilotMark:
        """The typed mark as the service stores it, or a DomainError naming the field."""
        start = validation.parse_date(self.start.text(), START_FIELD)
        return cleaned_mark(self.group.currentText(), start)


def _heading(dialog: FormDialog) -> QWidget:
    box = QWidget(dialog, objectName="facilityPilotHeading")
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 10, 0, 0)
    column.setSpacing(2)
    title = QLabel(translate("Forms", "Pilotprojekt"), box)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    # one line, not word-wrapped: a wrapped label's height is left out of the dialog's
    # minimum, and a field error shown later would squeeze the rows above
    hint = QLabel(translate("Forms", "Für die Pilotauswertung; leer lassen, wenn die Unterkunft "
                                     "nicht teilnimmt."), box)
    hint.setToolTip(translate("Forms", "Die Pilotauswertung vergleicht die Unterkünfte einer "
                                       "Pilotgruppe vor und nach dem Pilotstart mit den übrigen "
                                       "Unterkünften."))
    hint.setStyleSheet(HINT_STYLE)
    column.addWidget(title)
    column.addWidget(hint)
    return box


def add_pilot_section(dialog: FormDialog, *, editable: bool) -> PilotFields:
    """The heading and two rows at the end of `dialog`'s form."""
    group = QComboBox(dialog, objectName="facilityPilotGroup")
    group.setEditable(True)
    group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    group.lineEdit().setMaxLength(MAX_GROUP)
    group.lineEdit().setPlaceholderText(translate("Forms", "keine – nicht im Pilotprojekt"))
    start = short_edit(dialog, "facilityPilotStart", translate("Forms", "TT.MM.JJJJ"))
    fields = PilotFields(group, start, editable)
    if not editable:
        why = translate("Forms", "Pilotunterkünfte legt die Leitung fest.")
        start.setPlaceholderText("")  # nothing to type here
        for widget in (group, start):
            widget.setEnabled(False)
            widget.setToolTip(why)
    dialog.form.addRow(_heading(dialog))
    dialog.add_field(translate("Forms", "Pilotgruppe"), group, names=(GROUP_FIELD,))
    dialog.add_field(translate("Forms", "Pilotstart"), start, names=(START_FIELD,))
    return fields
