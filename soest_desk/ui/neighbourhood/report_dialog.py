"""The form of a neighbourhood report (Nachbarschaftsmeldung): new or to correct.

Fields: Unterkunft, Datum, Art, Kanal, Kategorie, Meldung, Kontakt (Name), Nachverfolgung,
Wiedervorlage am (ticked: a date to look at it again) and Erledigt am (ticked: settled on
that day; unticking reopens the report). It is a `StepDialog`: the facilities (and the
report to correct) are read off the GUI thread when it opens, saving runs there too, and the
service's German message appears under the field it names while the dialog stays open with
everything typed. A save over a newer version (`EditConflict`) shows the message too and
emits `stale`. Enter (Ctrl+Enter in a text box) saves, Esc cancels.

Object names: `neighbourhoodReportDialog`, `nbFacility`, `nbDate`, `nbKind`, `nbChannel`,
`nbCategory`, `nbText`, `nbContact`, `nbFollowUp`, `nbFollowUpOnSet`, `nbFollowUpOn`,
`nbResolvedSet`, `nbResolvedOn`; the buttons `stepSave`, `stepCancel`; errors `<name>Error`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from soest_desk.models.enums import NeighbourhoodCategory, NeighbourhoodChannel, NeighbourhoodKind
from soest_desk.services import neighbourhood as nb
from soest_desk.services.errors import DomainError
from soest_desk.services.listing_neighbourhood import FacilityOption
from soest_desk.services.neighbourhood import ReportInput, ReportRow
from soest_desk.ui import labels
from soest_desk.ui.background import run_in_background
from soest_desk.ui.cases.case_dialogs import CaseStepDialog
from soest_desk.ui.neighbourhood.gateway import NeighbourhoodGateway
from soest_desk.ui.places.widgets import date_edit
from soest_desk.ui.tickets.feedback import user_message

TEXT_LINES = 5
FOLLOW_UP_LINES = 3


def _code_combo(parent: QWidget, name: str, codes: str, enum_cls: Any) -> QComboBox:
    box = QComboBox(parent, objectName=name)
    for member in enum_cls:
        box.addItem(labels.code_label(codes, member.value), member.value)
    return box


class ReportDialog(CaseStepDialog):
    """New (`report_id` None) or correct a report; `saved` sends the report's id."""

    def __init__(self, gateway: NeighbourhoodGateway, report_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Neue Nachbarschaftsmeldung") if report_id is None
                 else self.tr("Nachbarschaftsmeldung bearbeiten"))
        super().__init__(title, parent, object_name="neighbourhoodReportDialog")
        self.setMinimumWidth(600)
        self._gateway, self._report_id = gateway, report_id
        self._version = 0
        self._ready = False
        today = gateway.today()
        self._today = today
        self.facility = QComboBox(self, objectName="nbFacility")
        self.facility.setMinimumContentsLength(24)
        self.add_field(self.tr("Unterkunft"), self.facility, names=(nb.FACILITY,),
                       required=True)
        self.day = date_edit(self, "nbDate", today)
        self.day.setMaximumDate(QDate(today))  # not in the future
        self.add_field(self.tr("Datum"), self.day, names=(nb.REPORTED_ON,), required=True)
        self.kind = _code_combo(self, "nbKind", "neighbourhood_kind", NeighbourhoodKind)
        self.add_field(self.tr("Art"), self.kind, names=(nb.KIND,), required=True)
        self.channel = _code_combo(self, "nbChannel", "neighbourhood_channel",
                                   NeighbourhoodChannel)
        self.add_field(self.tr("Kanal"), self.channel, names=(nb.CHANNEL,), required=True)
        self.category = _code_combo(self, "nbCategory", "neighbourhood_category",
                                    NeighbourhoodCategory)
        self.add_field(self.tr("Kategorie"), self.category, names=(nb.CATEGORY,),
                       required=True)
        self.text = self.text_edit("nbText", lines=TEXT_LINES)
        self.text.setPlaceholderText(self.tr("Was wurde gemeldet? (z. B. Lärm nach 22 Uhr "
                                             "im Innenhof)"))
        self.add_field(self.tr("Meldung"), self.text, names=(nb.TEXT,), required=True)
        self.contact = QLineEdit(self, objectName="nbContact")
        self.contact.setMaxLength(nb.MAX_CONTACT)
        self.contact.setPlaceholderText(self.tr("optional"))
        self.add_field(self.tr("Kontakt (Name)"), self.contact, names=(nb.CONTACT,))
        self.follow_up = self.text_edit("nbFollowUp", lines=FOLLOW_UP_LINES)
        self.follow_up.setPlaceholderText(self.tr("Was wurde getan oder vereinbart?"))
        self.add_field(self.tr("Nachverfolgung"), self.follow_up, names=(nb.FOLLOW_UP,))
        self.follow_up_set, self.follow_up_on, row = self._dated_row(
            "nbFollowUpOnSet", self.tr("&am"), "nbFollowUpOn", today)
        self.add_field(self.tr("Wiedervorlage"), row, names=(nb.FOLLOW_UP_ON,),
                       focus=(self.follow_up_set, self.follow_up_on))
        self.resolved_set, self.resolved_on, row = self._dated_row(
            "nbResolvedSet", self.tr("a&m"), "nbResolvedOn", today)
        self.resolved_on.setMaximumDate(QDate(today))
        self.add_field(self.tr("Erledigt"), row, names=(nb.RESOLVED_ON,),
                       focus=(self.resolved_set, self.resolved_on))
        self.category.currentIndexChanged.connect(self._category_changed)
        self._set_ready(False)
        self._load()

    def _dated_row(self, box_name: str, text: str, date_name: str, today: date
                   ) -> tuple[QCheckBox, QDateEdit, QWidget]:
        box = QCheckBox(text, self, objectName=box_name)
        edit = date_edit(self, date_name, today)
        edit.setEnabled(False)
        box.toggled.connect(edit.setEnabled)
        row = QWidget(self, objectName=f"{date_name}Row")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box)
        line.addWidget(edit, 1)
        row.setFocusProxy(box)
        return box, edit, row

    def _category_changed(self) -> None:
        """Praise is never a complaint: choosing "Lob" makes it a contact."""
        if (self.category.currentData() == NeighbourhoodCategory.PRAISE.value
                and self.kind.currentData() == NeighbourhoodKind.COMPLAINT.value):
            self.kind.setCurrentIndex(self.kind.findData(NeighbourhoodKind.CONTACT.value))

    # ------------------------------------------------------------ loading

    def is_ready(self) -> bool:
        """The facilities (and the report) are read: the form can be saved."""
        return self._ready

    def _set_ready(self, ready: bool) -> None:
        self._ready = ready
        self.save_button.setEnabled(ready)

    def _load(self) -> None:
        gateway, report_id = self._gateway, self._report_id

        def job() -> tuple[list[FacilityOption], ReportRow | None]:
            report = gateway.report(report_id) if report_id is not None else None
            return gateway.facilities(), report

        run_in_background(job, self._loaded, self._load_failed, owner=self)

    def _loaded(self, result: tuple[list[FacilityOption], ReportRow | None]) -> None:
        facilities, report = result
        self.facility.clear()
        if report is None and len(facilities) != 1:
            self.facility.addItem(self.tr("– bitte wählen –"), None)
        for option in facilities:
            self.facility.addItem(option.name, option.id)
        if report is not None:
            self._fill(report)
        self._set_ready(True)

    def _fill(self, report: ReportRow) -> None:
        self._version = report.version_id
        if self.facility.findData(report.facility_id) < 0:  # closed meanwhile: still shown
            self.facility.addItem(report.facility_name, report.facility_id)
        self.facility.setCurrentIndex(self.facility.findData(report.facility_id))
        self.day.setDate(QDate(report.reported_on))
        for box, code in ((self.kind, report.kind), (self.channel, report.channel),
                          (self.category, report.category)):
            box.setCurrentIndex(max(box.findData(code), 0))
        self.text.setPlainText(report.text)
        self.contact.setText(report.contact_name or "")
        self.follow_up.setPlainText(report.follow_up or "")
        self.follow_up_set.setChecked(report.follow_up_on is not None)
        if report.follow_up_on is not None:
            self.follow_up_on.setDate(QDate(report.follow_up_on))
        self.resolved_set.setChecked(report.resolved)
        if report.resolved_on is not None:
            self.resolved_on.setDate(QDate(report.resolved_on))

    def _load_failed(self, exc: Exception) -> None:
        self.show_error(user_message(exc))

    # ------------------------------------------------------------ saving

    def typed_input(self) -> str:
        return self.text.toPlainText()

    def job(self) -> Callable[[], Any]:
        if not self._ready:
            raise DomainError(self.tr("Das Formular wird noch geladen."))
        facility_id = self.facility.currentData()
        if facility_id is None:
            raise DomainError(self.tr("Unterkunft: bitte eine Unterkunft wählen."),
                              field=nb.FACILITY)
        data = ReportInput(
            facility_id=int(facility_id), reported_on=self.day.date().toPython(),
            kind=str(self.kind.currentData()), channel=str(self.channel.currentData()),
            category=str(self.category.currentData()), text=self.text.toPlainText(),
            contact_name=self.contact.text(), follow_up=self.follow_up.toPlainText(),
            follow_up_on=(self.follow_up_on.date().toPython()
                          if self.follow_up_set.isChecked() else None))
        resolved_on = (self.resolved_on.date().toPython() if self.resolved_set.isChecked()
                       else None)
        gateway, report_id, version = self._gateway, self._report_id, self._version
        return lambda: gateway.save(report_id, version, data, resolved_on)
