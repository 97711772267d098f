"""The allocation assistant (Platz suchen): places for a whole household from a move-in
date, ranked, and every unit left out with its German reason.

"Einziehen" moves the household in as proposed. A manager may still choose a unit that is
full from the list of units left out ("Trotzdem hier einziehen …"): that needs a written
reason, is audited, and the unit shows as "überbelegt" until it fits again. Everything runs
off the GUI thread; a refusal (somebody took the place meanwhile) is shown in the dialog and
the suggestions are read again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.allocation import Proposal, Suggestion
from soest_desk.services.permissions import Permission
from soest_desk.services.stays import Placement
from soest_desk.ui.background import run_in_background
from soest_desk.ui.places.gateway import PlacesGateway
from soest_desk.ui.places.widgets import date_edit, make_table
from soest_desk.ui.tickets.feedback import user_message
from soest_desk.ui.tickets.step_dialog import ERROR_STYLE


class AllocationDialog(QDialog):
    movedIn = Signal(int)  # how many people moved in

    def __init__(self, gateway: PlacesGateway, person_ids: list[int], household: str,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allocationDialog")
        self.setWindowTitle(self.tr("Platz suchen – %1").replace("%1", household))
        # not WA_DeleteOnClose: deleting the dialog right after the save that closed it
        # crashed now and then in QObject::~QObject (a segfault in about one test run in
        # ten); the person pane keeps the last one and deletes it when it opens the next
        self.resize(900, 560)
        self._gateway = gateway
        self._person_ids = list(person_ids)
        self._proposal: Proposal | None = None
        self._busy = False
        self._may_override = gateway.actor.can(Permission.ALLOCATE)

        self.household = QLabel(self, objectName="allocationHousehold")
        self.household.setWordWrap(True)
        self.move_in_date = date_edit(self, "allocationDate", today)
        self.move_in_date.dateChanged.connect(lambda _d: self.search())
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("Einzug am:"), self))
        date_row.addWidget(self.move_in_date)
        date_row.addStretch(1)
        self.status = QLabel(self, objectName="allocationStatus")
        date_row.addWidget(self.status)

        # the tabs before the tables in them: Tab reaches the tab bar first, then the table
        self.tabs = QTabWidget(self, objectName="allocationTabs")
        self.suggestions = make_table(self, "allocationSuggestions", [
            self.tr("Unterkunft"), self.tr("Wohneinheit(en)"), self.tr("Belegung"),
            self.tr("Hinweise")])
        self.suggestions.itemSelectionChanged.connect(self._update_buttons)
        self.suggestions.itemDoubleClicked.connect(lambda _i: self.move_in())
        self.refused = make_table(self, "allocationRefused", [
            self.tr("Unterkunft"), self.tr("Wohneinheit"), self.tr("Warum nicht")])
        self.refused.itemSelectionChanged.connect(self._update_buttons)
        self.tabs.addTab(self.suggestions, self.tr("Vorschläge"))
        self.tabs.addTab(self.refused, self.tr("Nicht geeignet"))
        self._closing = False
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.reason = QPlainTextEdit(self, objectName="allocationOverrideReason")
        self.reason.setPlaceholderText(self.tr(
            "Begründung der Überbelegung (Pflicht, mindestens 10 Zeichen): warum, und bis "
            "wann?"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)
        self.reason.setTabChangesFocus(True)
        self.reason.setVisible(False)
        self.split = QCheckBox(self.tr("Haushalt bewusst aufteilen (nicht alle ziehen mit "
                                       "oder in eine andere Unterkunft als die Angehörigen)"),
                               self, objectName="allocationSplit")
        self.error = QLabel(self, objectName="allocationError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)

        buttons = QDialogButtonBox(self)
        self.move_in_button = QPushButton(self.tr("Einziehen"), self,
                                          objectName="allocationMoveIn")
        self.move_in_button.setDefault(True)
        self.move_in_button.clicked.connect(self.move_in)
        self.override_button = QPushButton(self.tr("Trotzdem hier einziehen (Überbelegung)"),
                                           self, objectName="allocationOverride")
        self.override_button.clicked.connect(self.override)
        buttons.addButton(self.move_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.override_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.override_button.setVisible(self._may_override)  # after addButton, which shows it
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("allocationClose")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.household)
        layout.addLayout(date_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.split)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_buttons()
        self.search()

    # ------------------------------------------------------------ searching

    def day(self) -> date:
        return self.move_in_date.date().toPython()

    def is_busy(self) -> bool:
        return self._busy

    def search(self) -> None:
        self._set_busy(True, self.tr("Sucht …"))
        gateway, people, day = self._gateway, list(self._person_ids), self.day()
        run_in_background(lambda: gateway.suggest(people, day), self._show, self._failed,
                          owner=self)

    def _show(self, proposal: Proposal) -> None:
        self._set_busy(False, "")
        self._proposal = proposal
        members = "; ".join(m.name for m in proposal.household.members)
        needs = []
        if proposal.household.needs_barrier_free:
            needs.append(self.tr("barrierefrei nötig"))
        if proposal.household.pets:
            needs.append(self.tr("Haustiere"))
        if proposal.household.smokers:
            needs.append(self.tr("raucht"))
        extra = f" – {', '.join(needs)}" if needs else ""
        self.household.setText(self.tr("Haushalt: %1 Personen (%2)%3").replace(
            "%1", str(proposal.household.size)).replace("%2", members).replace("%3", extra))
        self._fill_suggestions(proposal.suggestions)
        self.refused.setRowCount(len(proposal.refused))
        for row, refusal in enumerate(proposal.refused):
            for column, text in enumerate((refusal.facility, refusal.label, refusal.text)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, refusal.unit_id)
                self.refused.setItem(row, column, item)
        self.tabs.setTabText(0, self.tr("Vorschläge (%1)").replace(
            "%1", str(len(proposal.suggestions))))
        self.tabs.setTabText(1, self.tr("Nicht geeignet (%1)").replace(
            "%1", str(len(proposal.refused))))
        if proposal.suggestions:
            self.tabs.setCurrentIndex(0)
            self.suggestions.selectRow(0)
        else:
            self.status.setText(self.tr("Kein passender Platz frei – Gründe unter "
                                        "„Nicht geeignet“."))
        self._update_buttons()

    def _fill_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.suggestions.setRowCount(len(suggestions))
        for row, suggestion in enumerate(suggestions):
            units = ", ".join(u.label for u in suggestion.units)
            kind = self.tr("zusammen") if suggestion.together else self.tr("aufgeteilt")
            for column, text in enumerate((suggestion.facility, units, kind,
                                           "; ".join(suggestion.notes))):
                self.suggestions.setItem(row, column, QTableWidgetItem(text))
        self.suggestions.resizeRowsToContents()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False, "")
        self._show_error(user_message(exc))

    # ------------------------------------------------------------ moving in

    def selected_suggestion(self) -> Suggestion | None:
        rows = self.suggestions.selectionModel().selectedRows()
        if not rows or self._proposal is None or self.tabs.currentIndex() != 0:
            return None
        return self._proposal.suggestions[rows[0].row()]

    def selected_refused_unit(self) -> int | None:
        rows = self.refused.selectionModel().selectedRows()
        if not rows or self.tabs.currentIndex() != 1:
            return None
        return int(self.refused.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def move_in(self) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is None or self._busy:
            return
        # neighbouring units of one facility are no split; leaving someone out is
        self._save(suggestion.placements(), None, split=self.split.isChecked())

    def override(self) -> None:
        """Into a unit left out (full): only with the written reason of a manager."""
        unit_id = self.selected_refused_unit()
        if unit_id is None or self._busy:
            return
        if not self.reason.isVisible():
            self.reason.setVisible(True)
            self.reason.setFocus()
            self._show_error(self.tr("Bitte begründen Sie die Überbelegung und klicken Sie "
                                     "dann noch einmal auf „Trotzdem hier einziehen“."))
            return
        placements = [Placement(pid, unit_id) for pid in self._person_ids]
        self._save(placements, self.reason.toPlainText(), split=self.split.isChecked())

    def _save(self, placements: list[Placement], reason: str | None, split: bool) -> None:
        self.error.setVisible(False)
        self._set_busy(True, self.tr("Speichert …"))
        gateway, day = self._gateway, self.day()
        run_in_background(
            lambda: gateway.move_in(placements, day, override_reason=reason,
                                    split_on_purpose=split),
            self._moved, self._refused, owner=self)

    def _moved(self, count: int) -> None:
        self._set_busy(False, "")
        self.movedIn.emit(count)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False, "")
        self._show_error(user_message(exc))
        self.search()  # somebody may have taken the place: show what is free now

    # ------------------------------------------------------------ state

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.status.setText(text)
        self._update_buttons()

    def _on_tab_changed(self, _index: int) -> None:
        # QTabWidget also says so while it is being destroyed with the dialog, when the
        # tables and buttons may already be gone: then there is nothing to update
        if not self._closing and self.tabs.count() == 2:
            self._update_buttons()

    def done(self, result: int) -> None:
        self._closing = True
        super().done(result)

    def _update_buttons(self) -> None:
        if self._closing:
            return
        self.move_in_button.setEnabled(not self._busy and self.selected_suggestion() is not None)
        self.override_button.setEnabled(not self._busy
                                        and self.selected_refused_unit() is not None)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
