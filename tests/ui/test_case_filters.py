"""The Sozialarbeit list's filter bar and readiness column: the bar starts without closed
cases and the reset returns there, each control narrows rows and count, the choices show
their counts, "Meine Fälle" sorts by the next follow-up, overdue rows stand out, the bar is
remembered and works from the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from sqlalchemy import select

from soest_desk.models import Case, Unit, User
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui.table_models.lazy_table_model import WARNING_GROUND, ListFetcher
from soest_desk.ui.tabs.case_filters import CaseFilterBar
from soest_desk.ui.tabs.list_tab import ListTab
from soest_desk.ui.tabs.readiness_delegate import ReadinessDelegate
from tests.builders import TODAY, Builder
from tests.services.test_listing_cases import Cases, build_cases
from tests.ui.test_list_filters import choose

ALL_OPEN = ["Familie Abgelaufen", "Familie Bereit", "Familie Halb", "Familie Nord"]


@pytest.fixture
def cases(sqlite_database) -> Cases:
    return build_cases(sqlite_database)


def add_guest(database, cases: Cases) -> None:
    """A household in Anna's facility whose case is Bernd's: Anna sees it, not as hers."""
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        unit = session.scalars(select(Unit).where(Unit.label == "A1")).one()
        guest = b.household("Familie Gast")
        b.stay(b.person("Gast", "Kopf", household=guest, role="head"), unit, date(2024, 1, 1))
        b.case(guest, social_worker=session.get(User, cases.actors["sw_b"].user_id))


def open_tab(qtbot, database, actor: Actor, settings: QSettings | None = None) -> ListTab:
    tab = ListTab("cases", ListFetcher(database, actor, "cases", today=TODAY))
    qtbot.addWidget(tab)
    if settings is not None:
        tab.restore_settings(settings)
    tab.resize(1400, 700)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.model.is_loaded() and tab.filter_bar._choices_loaded)
    return tab


def wait_rows(qtbot, tab: ListTab, count: int) -> None:
    qtbot.waitUntil(lambda: tab.model.is_loaded() and tab.model.total_count() == count)
    assert tab.model.rowCount() == count


def column(tab: ListTab, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
           ) -> list:
    index = [c.key for c in tab.model.columns()].index(key)
    return [tab.model.index(r, index).data(role) for r in range(tab.model.rowCount())]


def texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_bar_starts_with_the_open_cases_and_resets_to_them(qtbot, sqlite_database,
                                                                cases):
    tab = open_tab(qtbot, sqlite_database, cases.actors["leitung"])
    assert isinstance(tab.filter_bar, CaseFilterBar)
    count = tab.findChild(QLabel, "casesCount")
    reset = tab.findChild(QPushButton, "casesFilterReset")
    status = tab.findChild(QComboBox, "casesFilterStatus")
    wait_rows(qtbot, tab, 4)
    assert column(tab, "household") == ALL_OPEN  # the closed "Familie Zu" is left out
    assert count.text() == "4 Fälle" and not reset.isEnabled()
    assert tab.filters() == {"status": "open_any"}
    assert texts(status) == ["Alle offenen (4)", "Offen (2)", "In Begleitung (1)",
                             "Ruht (1)", "Abgeschlossen (1)", "Alle Fälle (5)"]

    choose(status, "Alle Fälle")
    wait_rows(qtbot, tab, 5)
    assert reset.isEnabled() and count.text() == "5 Fälle"
    choose(status, "Ruht")
    wait_rows(qtbot, tab, 1)
    assert column(tab, "household") == ["Familie Halb"] and count.text() == "1 Fall"
    reset.click()
    wait_rows(qtbot, tab, 4)
    assert status.currentData() == "open_any" and not reset.isEnabled()


def test_each_control_narrows_the_rows(qtbot, sqlite_database, cases):
    tab = open_tab(qtbot, sqlite_database, cases.actors["leitung"])
    worker = tab.findChild(QComboBox, "casesFilterWorker")
    facility = tab.findChild(QComboBox, "casesFilterFacility")
    readiness = tab.findChild(QComboBox, "casesFilterReadiness")
    overdue = tab.findChild(QCheckBox, "casesFilterOverdue")
    assert texts(worker) == ["Alle", "Anna Sozial (3)", "Bernd Sozial (1)"]
    # counted among the open cases the bar starts with
    assert texts(facility) == ["Alle", "Haus am Bach (2)", "Nordhaus (2)"]
    assert texts(readiness) == ["Alle", "unter 50 % (1)", "50–99 % (2)", "bereit (1)"]
    assert overdue.text() == "Wiedervorlage über&fällig (1)"

    choose(worker, "Anna Sozial")
    wait_rows(qtbot, tab, 3)
    choose(facility, "Nordhaus")
    wait_rows(qtbot, tab, 1)
    assert column(tab, "household") == ["Familie Halb"]
    worker.setCurrentIndex(0)
    wait_rows(qtbot, tab, 2)
    facility.setCurrentIndex(0)
    choose(readiness, "50–99 %")
    wait_rows(qtbot, tab, 2)
    assert column(tab, "household") == ["Familie Abgelaufen", "Familie Halb"]
    choose(readiness, "bereit")
    wait_rows(qtbot, tab, 1)
    readiness.setCurrentIndex(0)
    overdue.setChecked(True)
    wait_rows(qtbot, tab, 1)
    assert tab.filters() == {"status": "open_any", "overdue": True}
    search = tab.findChild(QLineEdit, "casesFilter")
    qtbot.keyClicks(search, "halb")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.state() == "no_hits")
    assert tab.findChild(QLabel, "casesMessageTitle").text() == (
        "Keine Treffer für „halb“ mit diesen Filtern.")


def test_readiness_bar_and_overdue_rows(qtbot, sqlite_database, cases):
    tab = open_tab(qtbot, sqlite_database, cases.actors["leitung"])
    model = tab.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Haushalt", "Unterkunft", "Zuständig", "Status", "Bereitschaft",
                       "Bereit seit", "Eröffnet", "Offene Wiedervorlagen",
                       "Nächste Wiedervorlage"]
    assert column(tab, "readiness_percent") == ["88 %", "100 %", "50 %", "0 %"]
    assert column(tab, "ready_since") == ["", "02.03.2025", "", ""]
    tips = column(tab, "readiness_percent", Qt.ItemDataRole.ToolTipRole)
    assert tips[:2] == ["7 von 8 Punkten erfüllt", "7 von 7 Punkten erfüllt"]
    table = tab.findChild(QWidget, "casesTable")
    bar_column = headers.index("Bereitschaft")
    assert isinstance(table.itemDelegateForColumn(bar_column), ReadinessDelegate)
    assert not table.grab().isNull()  # paints every cell, bars included

    # "Familie Bereit" has a follow-up five days overdue: the whole row stands out
    ready = column(tab, "household").index("Familie Bereit")
    for col in range(model.columnCount()):
        assert model.index(ready, col).data(Qt.ItemDataRole.BackgroundRole) == WARNING_GROUND
    assert model.index(ready, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Wiedervorlage überfällig – fällig war 10.03.2025")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    tab.model.sort(bar_column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: column(tab, "household")[0] == "Familie Bereit")
    assert column(tab, "readiness_percent") == ["100 %", "88 %", "50 %", "0 %"]


def test_my_cases_sorted_by_what_is_due(qtbot, sqlite_database, cases):
    add_guest(sqlite_database, cases)
    tab = open_tab(qtbot, sqlite_database, cases.actors["sw_a"])
    mine = tab.findChild(QToolButton, "casesFilterMine")
    assert mine.isVisible() and mine.isCheckable()
    assert mine.text() == "&Meine Fälle (3)"
    wait_rows(qtbot, tab, 4)  # her facility's open cases and "Halb", assigned to her
    assert column(tab, "household") == ["Familie Abgelaufen", "Familie Bereit",
                                         "Familie Gast", "Familie Halb"]
    mine.click()
    wait_rows(qtbot, tab, 3)
    # the earliest follow-up first, a case without one last
    assert column(tab, "household") == ["Familie Bereit", "Familie Abgelaufen",
                                         "Familie Halb"]
    assert column(tab, "next_follow_up") == ["10.03.2025", "20.03.2025", ""]
    header = tab.findChild(QWidget, "casesTable").horizontalHeader()
    keys = [c.key for c in tab.model.columns()]
    assert header.sortIndicatorSection() == keys.index("next_follow_up")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert tab.filters() == {"mine": True, "status": "open_any"}
    mine.click()  # off: every case again, still by what is due
    wait_rows(qtbot, tab, 4)
    assert column(tab, "household") == ["Familie Bereit", "Familie Abgelaufen",
                                         "Familie Halb", "Familie Gast"]
    tab.findChild(QPushButton, "casesFilterReset").click()
    assert not mine.isChecked()


def test_my_cases_only_for_social_workers(qtbot, sqlite_database, cases):
    tab = open_tab(qtbot, sqlite_database, cases.actors["leitung"])
    assert not tab.findChild(QToolButton, "casesFilterMine").isVisible()
    assert "mine" not in tab.filters()
    system = open_tab(qtbot, sqlite_database, SYSTEM_ACTOR)  # every role, but no user
    assert not system.findChild(QToolButton, "casesFilterMine").isVisible()


def test_the_bar_is_remembered(qtbot, sqlite_database, cases, ui_settings):
    add_guest(sqlite_database, cases)
    tab = open_tab(qtbot, sqlite_database, cases.actors["sw_a"])
    tab.findChild(QToolButton, "casesFilterMine").click()
    wait_rows(qtbot, tab, 3)
    choose(tab.findChild(QComboBox, "casesFilterStatus"), "Alle Fälle")
    qtbot.waitUntil(lambda: tab.model.filters().get("status") == "all")
    wait_rows(qtbot, tab, 3)  # the closed case in her facility is nobody's
    tab.save_settings(ui_settings)

    again = open_tab(qtbot, sqlite_database, cases.actors["sw_a"], ui_settings)
    assert again.findChild(QToolButton, "casesFilterMine").isChecked()
    assert again.filters() == {"mine": True, "status": "all"}
    wait_rows(qtbot, again, 3)
    assert column(again, "household")[0] == "Familie Bereit"  # sorted by what is due


def test_no_open_case_says_how_to_see_the_closed_ones(qtbot, sqlite_database):
    with sqlite_database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        b.case(b.household("Familie Fertig"), status="closed")
    tab = open_tab(qtbot, sqlite_database, SYSTEM_ACTOR)
    qtbot.waitUntil(lambda: tab.state() == "no_hits")
    assert tab.findChild(QLabel, "casesMessageTitle").text() == "Keine offenen Fälle."
    assert "Alle Fälle" in tab.findChild(QLabel, "casesMessageText").text()
    assert tab.filter_bar.isVisible()
    choose(tab.findChild(QComboBox, "casesFilterStatus"), "Alle Fälle")
    wait_rows(qtbot, tab, 1)
    with sqlite_database.read() as session:
        assert session.query(Case).count() == 1


def test_the_bar_works_from_the_keyboard(qtbot, sqlite_database, cases):
    tab = open_tab(qtbot, sqlite_database, cases.actors["sw_a"])
    tab.findChild(QCheckBox, "casesFilterOverdue").setChecked(True)  # reset enabled
    wait_rows(qtbot, tab, 1)
    search = tab.findChild(QLineEdit, "casesFilter")
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    order = ["casesFilterMine", "casesFilterWorker", "casesFilterFacility",
             "casesFilterStatus", "casesFilterReadiness", "casesFilterOverdue",
             "casesFilterReset"]
    for name in order:
        qtbot.keyClick(tab.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda n=name: tab.focusWidget().objectName() == n)
    mine = tab.findChild(QToolButton, "casesFilterMine")
    mine.setFocus()
    qtbot.keyClick(mine, Qt.Key.Key_Space)
    assert mine.isChecked()
    buddies = {label.text(): label.buddy().objectName() for label in tab.findChildren(QLabel)
               if label.buddy() is not None}
    assert buddies == {"&Zuständig:": "casesFilterWorker", "&Unterkunft:": "casesFilterFacility",
                       "&Status:": "casesFilterStatus",
                       "&Bereitschaft:": "casesFilterReadiness"}
    for widget in tab.filter_bar.findChildren(QWidget):
        if widget.objectName().startswith("casesFilter"):
            assert widget.toolTip(), widget.objectName()
