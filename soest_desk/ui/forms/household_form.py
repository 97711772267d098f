"""The household form (Haushalt): its label, its members with their roles (exactly one
Haushaltsvorstand), and a search to add people.

`HouseholdFormDialog(gateway, household_id, parent)`: `household_id` None creates one.
Signals: `saved(int)` with the household's id, `ended(int)`. Saving changes the label and
the members in one transaction (`FormsGateway.save_household`): either all of it is
stored, or nothing, and the service's refusal (somebody already in another household, no
head) is shown under "Mitglieder".

Object names: `householdFormDialog`, `householdLabel`, and those of `household_members`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from soest_desk.services.households import MAX_LABEL
from soest_desk.ui.forms.fields import line_edit
from soest_desk.ui.forms.form_base import FormDialog
from soest_desk.ui.forms.gateway import FormsGateway, HouseholdRecord
from soest_desk.ui.forms.household_members import MembersEditor, PersonSearch

FORM_WIDTH = 700  # the members' names next to their role boxes


class HouseholdFormDialog(FormDialog):
    kind = "household"

    def __init__(self, gateway: FormsGateway, household_id: int | None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Neuer Haushalt") if household_id is None
                 else self.tr("Haushalt bearbeiten"))
        super().__init__(gateway, household_id, title, parent,
                         object_name="householdFormDialog")
        self.setMinimumWidth(FORM_WIDTH)
        self.label = line_edit(self, "householdLabel", self.tr("z. B. Familie Kovalenko"),
                               max_length=MAX_LABEL)
        self.add_field(self.tr("Bezeichnung"), self.label)
        self.members = MembersEditor(self)
        self.members.rowsChanged.connect(self.update_tab_order)
        self.add_field(self.tr("Mitglieder"), self.members,
                       names=("Rolle im Haushalt", "Haushalt"))
        self.search = PersonSearch(gateway, self)
        self.search.chosen.connect(self._add)
        self.add_field(self.tr("Person hinzufügen"), self.search)
        self.start_loading()

    def input_widgets(self) -> list[QWidget]:
        return [self.label, *self.members.focus_widgets(), *self.search.focus_widgets()]

    def _add(self, member: Any) -> None:
        if not self.members.add_member(member):
            self.show_error(self.tr("Mitglieder: %1 ist schon aufgeführt.").replace(
                "%1", member.name), "Mitglieder")

    def load_job(self) -> Callable[[], Any] | None:
        if self.record_id is None:
            return None
        gateway, household_id = self.gateway, self.record_id
        return lambda: gateway.household(household_id)

    def fill(self, record: HouseholdRecord) -> None:
        self.version = record.version
        self.record_name = record.label or self.tr("Nr. %1").replace(
            "%1", str(record.household_id))
        self.setWindowTitle(self.tr("Haushalt bearbeiten – %1").replace("%1", self.record_name))
        self.label.setText(record.label)
        self.members.set_members(record.members)

    def job(self) -> Callable[[], Any]:
        gateway, household_id, version = self.gateway, self.record_id, self.version
        label, members = self.label.text(), self.members.members()
        return lambda: gateway.save_household(household_id, version, label, members)
