"""The Nachbarschaft tab: it lists the open reports with German labels, the filter bar narrows
them and shows its counts, a new report through the form (from the Datei menu) appears in
the list and beside it, bad input keeps the form open with the German message at its field,
a report is settled and reopened from the pane, and who sees and records what."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from soest_desk.ui.main_window import MainWindow
from soest_desk.ui.neighbourhood.report_dialog import ReportDialog
from soest_desk.ui.tabs.list_tab import ListTab
from tests.services.test_listing_neighbourhood import Reports, build_reports
from tests.ui.test_list_filters import choose


def show_tab(qtbot, window: MainWindow) -> ListTab:
    tab = window.list_tabs["neighbourhood"]
    assert isinstance(tab, ListTab)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.is_loaded() and tab.filter_bar._choices_loaded)
    return tab


def column(tab: ListTab, key: str) -> list:
    index = [c.key for c in tab.model.columns()].index(key)
    return [tab.model.index(r, index).data() for r in range(tab.model.rowCount())]


def wait_rows(qtbot, tab: ListTab, count: int) -> None:
    qtbot.waitUntil(lambda: tab.model.is_loaded() and tab.model.total_count() == count)


def open_form(qtbot, window: MainWindow, report_id: int | None = None) -> ReportDialog:
    if report_id is None:
        window.findChild(QAction, "actionNewNeighbourhoodReport").trigger()
    else:
        window.open_report(report_id)
    dialog = window.last_report_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.is_ready)
    return dialog


def closed(dialog: ReportDialog) -> bool:
    """Saved: the dialog closed (and, deleted on close, may be gone already)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def save(qtbot, dialog: ReportDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog) or not dialog.is_busy())


def test_the_tab_lists_the_open_reports_and_the_filters_narrow(qtbot, sqlite_database,
                                                              open_window):
    reports = build_reports(sqlite_database)
    window = open_window(sqlite_database)
    tabs = window.tabs
    assert tabs.tabText(tabs.indexOf(window.list_tabs["neighbourhood"])) == "Nachbarschaft"
    tab = show_tab(qtbot, window)
    table = window.findChild(QTableView, "neighbourhoodTable")
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal)
               for c in range(table.model().columnCount())]
    assert headers == ["Datum", "Unterkunft", "Art", "Kanal", "Kategorie", "Wiedervorlage",
                       "Erledigt am", "Meldung"]
    assert tab.state() == "table"
    assert window.findChild(QLabel, "neighbourhoodCount").text() == "3 Meldungen"
    assert column(tab, "reported_on") == ["12.03.2025", "10.03.2025", "01.03.2025"]
    assert column(tab, "channel") == ["Polizei", "Telefon", "E-Mail"]
    assert column(tab, "category") == ["Konflikt", "Lärm", "Müll"]
    assert column(tab, "kind") == ["Beschwerde"] * 3
    # an open report past its Wiedervorlage stands out and says so
    tip = tab.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Wiedervorlage überfällig – fällig war 14.03.2025")

    state = window.findChild(QComboBox, "neighbourhoodFilterState")
    channel = window.findChild(QComboBox, "neighbourhoodFilterChannel")
    facility = window.findChild(QComboBox, "neighbourhoodFilterFacility")
    assert state.currentText() == "Offene (3)"
    assert channel.itemText(channel.findData("phone")) == "Telefon (1)"
    assert facility.itemText(facility.findData(reports.facilities["bach"])) == (
        "Haus am Bach (2)")
    choose(channel, "Telefon")
    wait_rows(qtbot, tab, 1)
    assert column(tab, "text") == ["Laute Musik im Hof bis 1 Uhr"]
    assert window.findChild(QLabel, "neighbourhoodCount").text() == "1 Meldung"
    window.findChild(QPushButton, "neighbourhoodFilterReset").click()
    wait_rows(qtbot, tab, 3)
    choose(state, "Alle Meldungen")
    wait_rows(qtbot, tab, 5)
    assert "12.01.2025" in column(tab, "resolved_on")
    choose(facility, "Übergangswohnheim Nord")
    wait_rows(qtbot, tab, 2)
    search = window.findChild(QLineEdit, "neighbourhoodFilter")
    qtbot.keyClicks(search, "zugeparkt")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    wait_rows(qtbot, tab, 1)


def test_a_new_report_through_the_form_appears_in_the_list(qtbot, sqlite_database,
                                                          open_window):
    reports = build_reports(sqlite_database)
    window = open_window(sqlite_database)
    tab = show_tab(qtbot, window)
    dialog = open_form(qtbot, window)
    assert dialog.windowTitle() == "Neue Nachbarschaftsmeldung"
    facility = dialog.findChild(QComboBox, "nbFacility")
    assert [facility.itemText(i) for i in range(facility.count())] == [
        "– bitte wählen –", "Haus am Bach", "Übergangswohnheim Nord"]

    # nothing chosen, nothing typed: the message at the field, the form stays open
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "bitte eine Unterkunft wählen" in dialog.findChild(QLabel, "nbFacilityError").text()
    choose(facility, "Übergangswohnheim Nord")
    choose(dialog.findChild(QComboBox, "nbChannel"), "Ortsbeirat")
    save(qtbot, dialog)  # the service refuses an empty text
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "nbTextError").text().startswith("Meldung:")
    assert dialog.findChild(QComboBox, "nbChannel").currentText() == "Ortsbeirat"  # kept

    # praise is never a complaint: the service's message at "Art"
    text = dialog.findChild(QPlainTextEdit, "nbText")
    text.setPlainText("Nachbar bedankt sich für die Hilfe beim Umzug")
    choose(dialog.findChild(QComboBox, "nbCategory"), "Lob")
    assert dialog.findChild(QComboBox, "nbKind").currentText() == "Kontakt"  # switched
    dialog.findChild(QComboBox, "nbKind").setCurrentIndex(0)  # back to Beschwerde
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Lob ist keine Beschwerde" in dialog.findChild(QLabel, "nbKindError").text()
    assert text.toPlainText().startswith("Nachbar bedankt")

    choose(dialog.findChild(QComboBox, "nbKind"), "Kontakt")
    dialog.findChild(QLineEdit, "nbContact").setText("Herr Ortmann")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    wait_rows(qtbot, tab, 4)
    assert "Ortsbeirat" in column(tab, "channel")
    pane = window.neighbourhood_pane
    qtbot.waitUntil(lambda: pane.report() is not None)
    assert pane.report().contact_name == "Herr Ortmann"
    assert pane.report().report_id not in reports.ids.values()
    assert window.findChild(QLabel, "nbPaneTitle").text() == "Kontakt – Lob"


def test_a_report_is_corrected_settled_and_reopened(qtbot, sqlite_database, open_window):
    reports = build_reports(sqlite_database)
    window = open_window(sqlite_database)
    tab = show_tab(qtbot, window)
    table = window.findChild(QTableView, "neighbourhoodTable")
    table.selectRow(1)  # 10.03.2025, the noise
    pane = window.neighbourhood_pane
    qtbot.waitUntil(lambda: pane.report() is not None)
    assert pane.report().report_id == reports.ids["noise"]
    assert "Laute Musik" in window.findChild(QLabel, "nbPaneText").text()

    # Enter on the row opens the form with the report
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = window.last_report_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.is_ready)
    assert dialog.findChild(QPlainTextEdit, "nbText").toPlainText().startswith("Laute Musik")
    assert dialog.findChild(QCheckBox, "nbFollowUpOnSet").isChecked()
    dialog.findChild(QLineEdit, "nbContact").setText("Frau Peters-Lang")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: pane.report().contact_name == "Frau Peters-Lang")

    resolve = window.findChild(QPushButton, "nbPaneResolve")
    assert resolve.isVisible()
    resolve.click()
    wait_rows(qtbot, tab, 2)  # the open ones
    qtbot.waitUntil(lambda: pane.report().resolved)
    reopen = window.findChild(QPushButton, "nbPaneReopen")
    assert reopen.isVisible() and not resolve.isVisible()
    reopen.click()
    wait_rows(qtbot, tab, 3)
    qtbot.waitUntil(lambda: not pane.report().resolved)


def test_who_sees_and_records_what(qtbot, sqlite_database, open_window):
    reports: Reports = build_reports(sqlite_database)
    site = open_window(sqlite_database, reports.actors["hl_a"])
    tab = show_tab(qtbot, site)
    assert tab.model.total_count() == 2  # the open ones of Haus am Bach
    assert site.findChild(QAction, "actionNewNeighbourhoodReport").isEnabled()
    dialog = open_form(qtbot, site)
    facility = dialog.findChild(QComboBox, "nbFacility")
    assert [facility.itemText(i) for i in range(facility.count())] == ["Haus am Bach"]
    dialog.reject()

    social = open_window(sqlite_database, reports.actors["sw_n"])
    tab = show_tab(qtbot, social)
    assert tab.model.total_count() == 1  # reads Nord's, may not record
    assert not social.findChild(QAction, "actionNewNeighbourhoodReport").isEnabled()
    assert social.open_report(reports.ids["police"]) is None
    social.findChild(QTableView, "neighbourhoodTable").selectRow(0)
    pane = social.neighbourhood_pane
    qtbot.waitUntil(lambda: pane.report() is not None)
    assert not social.findChild(QPushButton, "nbPaneEdit").isVisible()

    service = open_window(sqlite_database, reports.actors["os"])
    locked = service.list_tabs["neighbourhood"]
    service.tabs.setCurrentWidget(locked)
    assert locked.state() == "locked"
    assert "Nachbarschaftsmeldungen ansehen" in service.findChild(
        QLabel, "neighbourhoodMessageText").text()
