"""The main window: tabs with rows, search, empty states, status bar, settings, roles."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
)
from sqlalchemy.engine import make_url

from soest_desk import __version__
from soest_desk.app import create_application
from soest_desk.db import Database
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.ui.formatting import format_birth_date, format_count, format_datetime
from soest_desk.ui.main_window import MainWindow
from soest_desk.ui.tabs.list_tab import fit_text_columns
from soest_desk.ui.tickets.tickets_tab import TicketsTab
from tests.builders import Builder, build_sample


def show_tab(qtbot, window: MainWindow, name: str):
    tab = window.list_tabs[name]
    window.tabs.setCurrentWidget(tab)
    if isinstance(tab, TicketsTab):
        qtbot.waitUntil(tab.is_idle)
    elif tab.model is not None:
        qtbot.waitUntil(tab.model.is_loaded)
    return tab


def test_tabs_in_order_with_rows(qtbot, database, open_window):
    build_sample(database)
    window = open_window(database)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == [
        "overviewTab", "facilitiesTab", "personsTab", "casesTab", "neighbourhoodTab",
        "ticketsTab", "inspectionsTab"]
    assert window.current_tab() is window.overview_tab  # the first start opens on it
    assert window.overview_tab.state() == "ready"
    # tickets: the Mängel tab opens on "Bei mir am Zug" – the system user acts as the
    # property service everywhere, but is the Heimleitung of no facility
    # cases: the Sozialarbeit bar starts with "Alle offenen", without the closed Öztürk case
    # neighbourhood: the sample has no reports; the bar starts with the open ones
    expected = {"facilities": 4, "persons": 9, "cases": 2, "tickets": 3}
    nouns = {"facilities": "Unterkünfte", "persons": "Bewohner*innen", "cases": "Fälle"}
    neighbourhood = show_tab(qtbot, window, "neighbourhood")
    assert neighbourhood.state() == "no_hits"
    assert window.findChild(QLabel, "neighbourhoodMessageTitle").text() == (
        "Keine offenen Nachbarschaftsmeldungen.")
    for name in expected:
        tab = show_tab(qtbot, window, name)
        table = window.findChild(QTableView, f"{name}Table")
        assert tab.state() == "table"
        assert table.isVisible()
        assert table.model().rowCount() == expected[name]
        noun = nouns.get(name, "Einträge")
        assert window.findChild(QLabel, f"{name}Count").text() == f"{expected[name]} {noun}"
        assert table.isSortingEnabled() and table.alternatingRowColors()
        assert not table.verticalHeader().isVisible()
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Übersicht", "Unterkünfte", "Bewohner*innen", "Sozialarbeit", "Nachbarschaft",
        "Mängel (3)", "Begehungen"]
    assert window.windowTitle() == f"Soest Desk – {database.info.label}"
    tabs.setCurrentWidget(window.inspections_tab)  # the Begehungen: every facility the
    inspections = window.current_tab()  # user may see
    qtbot.waitUntil(inspections.is_loaded)
    assert inspections.model.rowCount() > 0


def test_typing_in_the_search_narrows_the_rows(qtbot, sqlite_database, open_window):
    build_sample(sqlite_database)
    window = open_window(sqlite_database)
    show_tab(qtbot, window, "persons")
    table = window.findChild(QTableView, "personsTable")
    search = window.findChild(QLineEdit, "personsFilter")
    assert search.placeholderText().startswith("Suchen nach")
    assert search.isClearButtonEnabled()
    qtbot.keyClicks(search, "kovalenko")
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    assert window.findChild(QLabel, "personsCount").text() == "2 Bewohner*innen"
    assert {table.model().index(r, 1).data() for r in range(2)} == {"Olena", "Taras"}

    search.clear()
    qtbot.keyClicks(search, "zzzz")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter searches at once (no debounce)
    tab = window.list_tabs["persons"]
    qtbot.waitUntil(lambda: tab.state() == "no_hits", timeout=2000)
    assert not table.isVisible()
    title = window.findChild(QLabel, "personsMessageTitle")
    assert title.text() == "Keine Treffer für „zzzz“."
    assert window.findChild(QLabel, "personsCount").text() == "0 Bewohner*innen"

    search.clear()
    qtbot.waitUntil(lambda: tab.state() == "table" and table.model().rowCount() == 9)


def test_sorting_by_header_asks_the_database(qtbot, sqlite_database, open_window):
    build_sample(sqlite_database)
    window = open_window(sqlite_database)
    show_tab(qtbot, window, "facilities")
    table = window.findChild(QTableView, "facilitiesTable")
    names = lambda: [table.model().index(r, 0).data() for r in range(table.model().rowCount())]  # noqa: E731
    assert names()[0] == "Haus am Bach"
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: names()[0] != "Haus am Bach")
    assert names() == ["Wohnung Grandweg", "Übergangswohnheim Nord", "Leerstand Ost",
                       "Haus am Bach"]


def test_empty_database_shows_a_friendly_start(qtbot, sqlite_database, open_window):
    window = open_window(sqlite_database)
    tab = show_tab(qtbot, window, "facilities")
    assert tab.state() == "empty"
    assert not window.findChild(QTableView, "facilitiesTable").isVisible()
    assert window.findChild(QLabel, "facilitiesMessageTitle").text() == (
        "Noch keine Unterkünfte erfasst.")
    hint = window.findChild(QLabel, "facilitiesMessageText").text()
    assert "importieren" in hint and "soest-desk demo --open" in hint
    assert not window.findChild(QLineEdit, "facilitiesFilter").isVisible()  # nothing to search
    assert not window.findChild(QPushButton, "facilitiesRetry").isVisible()
    assert show_tab(qtbot, window, "tickets").state() == "empty"


def test_status_bar_names_database_and_user(qtbot, sqlite_database, open_window):
    window = open_window(sqlite_database)
    database_label = window.findChild(QLabel, "statusDatabase").text()
    assert database_label == f"Datenbank: SQLite: {sqlite_database.info.location}"
    user = window.findChild(QLabel, "statusUser").text()
    assert user == ("Angemeldet: System (system) – Heimleitung, Objektservice, Sozialarbeit, "
                    "Leitung, Administration")
    about = window.about_text()
    assert __version__ in about and sqlite_database.info.label in about


def test_geometry_and_layout_survive_a_restart(qtbot, sqlite_database, tmp_path):
    build_sample(sqlite_database)
    settings = QSettings(str(tmp_path / "restart.ini"), QSettings.Format.IniFormat)
    first = MainWindow(sqlite_database, SYSTEM_ACTOR, settings)
    qtbot.addWidget(first)
    first.show()
    # the offscreen screen is 800 × 600; the window may not be narrower than it allows
    size = (max(700, first.minimumSizeHint().width()), 500)
    first.resize(*size)
    show_tab(qtbot, first, "tickets")
    first.findChild(QTableView, "ticketsTable").horizontalHeader().resizeSection(1, 333)
    first.close()
    assert settings.value("mainWindow/geometry")

    reread = QSettings(str(tmp_path / "restart.ini"), QSettings.Format.IniFormat)
    second = MainWindow(sqlite_database, SYSTEM_ACTOR, reread)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert second.tabs.currentWidget().objectName() == "ticketsTab"
    qtbot.waitUntil(second.list_tabs["tickets"].model.is_loaded)
    header = second.findChild(QTableView, "ticketsTable").horizontalHeader()
    assert header.sectionSize(1) == 333


def test_property_service_does_not_see_residents(qtbot, database, open_window):
    sample = build_sample(database)
    window = open_window(database, sample.actors["os"])
    for name in ("persons", "cases", "neighbourhood"):
        tab = show_tab(qtbot, window, name)
        assert tab.state() == "locked" and tab.model is None
        assert window.findChild(QLabel, f"{name}MessageTitle").text() == (
            "Dieser Bereich ist Ihrer Rolle nicht freigegeben.")
        assert "Objektservice" in window.findChild(QLabel, f"{name}MessageText").text()
        assert not window.findChild(QLineEdit, f"{name}Filter").isVisible()
        assert window.findChild(QTableView, f"{name}Table").model() is None
    tickets = show_tab(qtbot, window, "tickets")
    assert tickets.model.rowCount() == 3  # "Bei mir am Zug"
    window.findChild(QToolButton, "ticketQueue_open").click()
    qtbot.waitUntil(tickets.is_idle)
    assert tickets.model.rowCount() == 4  # every open ticket, of every facility


def test_file_menu_exports_the_reports_the_role_may_run(qtbot, sqlite_database, open_window):
    sample = build_sample(sqlite_database)
    window = open_window(sqlite_database, sample.actors["os"])
    action = window.findChild(QAction, "actionExportReport")
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+E"
    action.trigger()
    dialog = window.last_export_dialog
    assert dialog is not None and dialog.isVisible()
    combo = dialog.form.report
    offered = [combo.itemData(i).name for i in range(combo.count())]
    assert offered == ["belegungsstatistik", "maengelbericht"]  # no names, no cases
    dialog.close()


def test_site_manager_sees_own_facility_only(qtbot, sqlite_database, open_window):
    sample = build_sample(sqlite_database)
    window = open_window(sqlite_database, sample.actors["hl_a"])
    show_tab(qtbot, window, "facilities")
    table = window.findChild(QTableView, "facilitiesTable")
    assert [table.model().index(0, 0).data()] == ["Haus am Bach"]
    assert table.model().rowCount() == 1
    assert "Heimleitung A (hl_a) – Heimleitung" in window.findChild(QLabel, "statusUser").text()


def test_refresh_reads_new_rows(qtbot, sqlite_database, open_window):
    window = open_window(sqlite_database)
    assert show_tab(qtbot, window, "facilities").state() == "empty"
    with sqlite_database.write(SYSTEM_ACTOR) as session:
        Builder(session).facility("Neue Unterkunft")
    refresh = window.findChild(QAction, "actionRefresh")
    assert refresh.shortcut().toString() == "F5"
    refresh.trigger()
    qtbot.waitUntil(lambda: window.list_tabs["facilities"].state() == "table")
    assert window.findChild(QLabel, "facilitiesCount").text() == "1 Unterkunft"


def test_unreachable_database_shows_a_message(qtbot, open_window):
    database = Database(make_url("postgresql+psycopg://soest@127.0.0.1:1/weg"))
    window = open_window(database)
    assert window.overview_tab.state() == "error"  # the first tab says so too
    tab = show_tab(qtbot, window, "facilities")
    assert tab.state() == "error"
    assert window.findChild(QLabel, "facilitiesMessageTitle").text() == (
        "Die Liste konnte nicht geladen werden.")
    assert "nicht erreichbar" in window.findChild(QLabel, "facilitiesMessageText").text()
    retry = window.findChild(QPushButton, "facilitiesRetry")
    assert retry.isVisible()
    retry.click()
    assert tab.state() == "error"
    database.dispose()


def test_create_application_reuses_the_app_and_speaks_german(qapp):
    app = create_application([])
    assert app is qapp
    assert (app.organizationName(), app.applicationName()) == ("Soest", "Soest Desk")
    assert app.applicationVersion() == __version__
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert create_application() is app  # a second call installs nothing twice


def test_counts_and_dates_are_formatted_the_german_way():
    assert format_count(1) == "1 Eintrag"
    assert format_count(0) == "0 Einträge"
    assert format_count(1234) == "1.234 Einträge"
    assert format_datetime(datetime(2025, 7, 1, 22, 30, tzinfo=UTC)) == "02.07.2025 00:30"
    assert format_birth_date(date(1987, 3, 1), "month") == "03.1987"


def test_text_columns_give_way_to_fit_the_window():
    # name, a long text, a date, another long text; 800 px available
    widths = fit_text_columns([300, 340, 110, 340], [0, 1, 3], 800)
    assert sum(widths) <= 800
    assert widths[2] == 110  # dates never shrink
    assert widths[0] >= 220  # the row's name keeps a readable width
    assert fit_text_columns([100, 90], [0], 800) == [100, 90]  # enough room: unchanged
