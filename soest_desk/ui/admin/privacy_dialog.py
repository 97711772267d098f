"""Verwaltung → Datenschutz: the Administration's three duties in one dialog.

- Auskunft (Art. 15 DSGVO): find the person, write the PDF of everything held about them;
- Aufbewahrung: a dry run lists who would be anonymised and what goes; only then may the
  run itself be started, after a confirmation, with the same number of years;
- Löschen auf Antrag (Art. 17): the chosen person, a reason, a confirmation.
All work runs off the GUI thread; refusals are shown in German and change nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soest_desk.services.data_protection_search import Found
from soest_desk.ui.admin.privacy_gateway import PrivacyGateway
from soest_desk.ui.background import run_in_background
from soest_desk.ui.formatting import format_date
from soest_desk.ui.tickets.feedback import user_message


class PrivacyDialog(QDialog):
    def __init__(self, gateway: PrivacyGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Datenschutz"))
        self.resize(860, 560)
        self._gateway = gateway
        self._found: list[Found] = []
        self._planned_years: int | None = None
        self._planned_people: list[int] = []
        self._busy = False

        self.search = QLineEdit(self, objectName="privacySearch")
        self.search.setPlaceholderText(self.tr("Name oder Personennummer"))
        self.search.returnPressed.connect(self.find)
        find = QPushButton(self.tr("Suchen"), self, objectName="privacyFind")
        find.clicked.connect(self.find)
        self.people = QTableWidget(0, 4, self, objectName="privacyPeople")
        self.people.setHorizontalHeaderLabels(
            [self.tr("Nr."), self.tr("Name"), self.tr("Geburtsdatum"), self.tr("Haushalt")])
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.verticalHeader().hide()
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.itemSelectionChanged.connect(self._update_buttons)

        self.tabs = QTabWidget(self, objectName="privacyTabs")
        self.tabs.addTab(self._disclosure_page(), self.tr("Auskunft"))
        self.tabs.addTab(self._retention_page(), self.tr("Aufbewahrung"))
        self.tabs.addTab(self._erasure_page(), self.tr("Löschen auf Antrag"))
        self.message = QLabel(self, objectName="privacyMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Schließen"), self, objectName="privacyClose")
        close.clicked.connect(self.reject)

        search_row = QHBoxLayout()
        search_row.addWidget(QLabel(self.tr("Person:"), self))
        search_row.addWidget(self.search, 1)
        search_row.addWidget(find)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # ------------------------------------------------------------ pages

    def _disclosure_page(self) -> QWidget:
        page = QWidget(self)
        self.requested_by = QLineEdit(page, objectName="privacyRequestedBy")
        self.requested_by.setPlaceholderText(self.tr("beantragt von (z. B. die Person selbst, "
                                                     "Betreuerin)"))
        self.disclose_button = QPushButton(self.tr("Auskunft als PDF speichern …"), page,
                                           objectName="privacyDisclose")
        self.disclose_button.clicked.connect(self.ask_disclosure_file)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Alle über die gewählte Person gespeicherten Angaben, mit dem "
                              "Protokoll der Änderungen. Das Erstellen wird protokolliert."), page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.requested_by)
        layout.addWidget(self.disclose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _retention_page(self) -> QWidget:
        page = QWidget(self)
        self.years = QSpinBox(page, objectName="privacyYears")
        self.years.setRange(1, 100)
        self.years.setValue(self._gateway.retention_years())
        self.years.setSuffix(self.tr(" Jahre"))
        self.years.valueChanged.connect(lambda _v: self._forget_plan())
        self.plan_button = QPushButton(self.tr("Probelauf"), page, objectName="privacyPlan")
        self.plan_button.clicked.connect(self.plan)
        self.apply_button = QPushButton(self.tr("Jetzt anonymisieren …"), page,
                                        objectName="privacyApply")
        self.apply_button.clicked.connect(self.confirm_apply)
        self.plan_text = QPlainTextEdit(page, objectName="privacyPlanText")
        self.plan_text.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Letzte Belegung beendet vor mehr als"), page))
        row.addWidget(self.years)
        row.addWidget(self.plan_button)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.plan_text, 1)
        return page

    def _erasure_page(self) -> QWidget:
        page = QWidget(self)
        self.reason = QLineEdit(page, objectName="privacyReason")
        self.reason.setPlaceholderText(self.tr("Grund, z. B. Antrag vom 12.05.2026 (ohne Namen)"))
        self.erase_button = QPushButton(self.tr("Gewählte Person löschen …"), page,
                                        objectName="privacyErase")
        self.erase_button.clicked.connect(self.confirm_erase)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Namen, Dokumente, Kontaktdaten, Fotos und Texte werden entfernt; "
                              "Belegungszeiten bleiben ohne Namen für die Statistik. Nicht "
                              "möglich, solange die Person wohnt oder ihr Fall offen ist."), page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.reason)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------ state

    def is_busy(self) -> bool:
        return self._busy

    def chosen(self) -> Found | None:
        rows = self.people.selectionModel().selectedRows()
        return self._found[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        person = self.chosen()
        usable = person is not None and not person.anonymised and not self._busy
        self.disclose_button.setEnabled(person is not None and not self._busy)
        self.erase_button.setEnabled(usable)
        self.plan_button.setEnabled(not self._busy)
        self.apply_button.setEnabled(not self._busy and self._planned_years is not None)

    def _run(self, job, done, text: str) -> None:  # type: ignore[no-untyped-def]
        self._busy = True
        self.message.setText(text)
        self._update_buttons()
        run_in_background(job, lambda value: self._finished(done, value), self._failed,
                          owner=self)

    def _finished(self, done, value) -> None:  # type: ignore[no-untyped-def]
        self._busy = False
        self.message.setText("")
        done(value)
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.message.setText(user_message(exc))
        self._update_buttons()

    def _forget_plan(self) -> None:
        self._planned_years = None
        self.plan_text.clear()
        self._update_buttons()

    # ------------------------------------------------------------ finding

    def find(self) -> None:
        text, gateway = self.search.text(), self._gateway
        self._run(lambda: gateway.find(text), self._show_found, self.tr("Sucht …"))

    def _show_found(self, found: list[Found]) -> None:
        self._found = found
        self.people.setRowCount(len(found))
        for row, person in enumerate(found):
            name = person.name + (self.tr(" (anonymisiert)") if person.anonymised else "")
            for column, value in enumerate((str(person.person_id), name,
                                            format_date(person.birth_date),
                                            person.household or "")):
                self.people.setItem(row, column, QTableWidgetItem(value))
        self.people.resizeColumnsToContents()
        if len(found) == 1:
            self.people.selectRow(0)
        if not found:
            self.message.setText(self.tr("Niemand gefunden."))

    # ------------------------------------------------------------ disclosure

    def ask_disclosure_file(self) -> None:
        person = self.chosen()
        if person is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Auskunft speichern"), f"Auskunft-Person-{person.person_id}.pdf",
            self.tr("PDF-Dateien (*.pdf)"))
        if path:
            self.disclose(Path(path))

    def disclose(self, path: Path) -> None:
        person = self.chosen()
        assert person is not None
        person_id, asked, gateway = person.person_id, self.requested_by.text(), self._gateway
        self._run(lambda: gateway.disclose(person_id, asked, path),
                  lambda pages: self.message.setText(self.tr(
                      "Auskunft gespeichert: %1 (%2 Seiten)").replace("%1", str(path))
                      .replace("%2", str(pages))), self.tr("Schreibt die Auskunft …"))

    # ------------------------------------------------------------ retention

    def plan(self) -> None:
        years, gateway = self.years.value(), self._gateway
        self._run(lambda: gateway.plan(years), lambda found: self._show_plan(years, *found),
                  self.tr("Probelauf …"))

    def _show_plan(self, years: int, lines: list[str], people: list[int]) -> None:
        self.plan_text.setPlainText("\n".join(lines))
        due = len(people)
        self._planned_years = years if due else None
        self._planned_people = people
        self.message.setText(self.tr("Probelauf: %1 Person(en) fällig; nichts wurde geändert.")
                             .replace("%1", str(due)))

    def confirm_apply(self) -> None:
        if self._planned_years is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Anonymisieren"),
            self.tr("Die im Probelauf gelisteten Personen jetzt anonymisieren? Das lässt sich "
                    "nicht rückgängig machen."))
        if answer == QMessageBox.StandardButton.Yes:
            self.apply()

    def apply(self) -> None:
        years, people, gateway = self._planned_years, self._planned_people, self._gateway
        assert years is not None
        self._run(lambda: gateway.apply(years, people), self._applied,
                  self.tr("Anonymisiert …"))

    def _applied(self, count: int) -> None:
        self._forget_plan()
        self.message.setText(self.tr("%1 Person(en) anonymisiert.").replace("%1", str(count)))

    # ------------------------------------------------------------ erasure

    def confirm_erase(self) -> None:
        person = self.chosen()
        if person is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Löschen"),
            self.tr("Die Angaben über Person Nr. %1 jetzt löschen? Das lässt sich nicht "
                    "rückgängig machen.").replace("%1", str(person.person_id)))
        if answer == QMessageBox.StandardButton.Yes:
            self.erase()

    def erase(self) -> None:
        person = self.chosen()
        assert person is not None
        person_id, reason, gateway = person.person_id, self.reason.text(), self._gateway
        self._run(lambda: gateway.erase(person_id, reason), self._erased,
                  self.tr("Löscht …"))

    def _erased(self, person_id: int) -> None:
        self.reason.clear()
        self.message.setText(self.tr("Die Angaben über Person Nr. %1 wurden gelöscht.")
                             .replace("%1", str(person_id)))
        self.find()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
