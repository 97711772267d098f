"""The Übersicht tab on the hand-made sample (`tests.builders.build_sample`, seen on TODAY):
its charts show the service's figures, and every figure opens the list behind it."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QHorizontalStackedBarSeries
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget

from soest_desk.db import Database
from soest_desk.services.permissions import Actor
from soest_desk.ui.background import wait_for_background_work
from soest_desk.ui.overview.overview_tab import OverviewTab
from tests.builders import TODAY, Sample, build_sample


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def _open(qtbot, database: Database, actor: Actor) -> OverviewTab:
    tab = OverviewTab(database, actor, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1280, 780)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(tab.is_loaded)
    return tab


def _values(tab: OverviewTab) -> dict[str, list[float]]:
    chart = tab.occupancy_chart.chart()
    (series,) = chart.series()
    assert isinstance(series, QHorizontalStackedBarSeries)
    return {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())]
            for bar_set in series.barSets()}


def test_occupancy_chart_has_a_bar_per_facility(qtbot, database, sample):
    tab = _open(qtbot, database, sample.actors["leitung"])
    assert tab.objectName() == "overviewTab"
    # by name as the lists sort (Ü as Ue); a facility without places still has its row
    names = ["Haus am Bach", "Leerstand Ost", "Übergangswohnheim Nord", "Wohnung Grandweg"]
    assert tab.occupancy_chart.categories() == names
    axis = next(a for a in tab.occupancy_chart.chart().axes()
                if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == list(reversed(names))  # drawn bottom-up: the first on top
    # bottom-up: Grandweg 0 / 3 / 0, Nord 3 / −1 shown as 0 / 0, Leerstand 0, Bach 4 / 2 / 0
    assert _values(tab) == {"Belegt": [0.0, 3.0, 0.0, 4.0], "Frei": [3.0, 0.0, 0.0, 2.0],
                            "Gesperrt": [0.0, 0.0, 0.0, 0.0]}
    assert "von 11 Plätzen belegt" in tab.occupancy_chart.chart().title()


def test_clicking_a_facility_opens_its_list(qtbot, database, sample):
    tab = _open(qtbot, database, sample.actors["leitung"])
    occupied = tab.occupancy_chart.bar_sets[0]
    with qtbot.waitSignal(tab.openList) as signal:
        occupied.clicked.emit(3)  # the top bar: Haus am Bach
    assert signal.args == ["facilities", {"facility_id": sample.facilities["Haus am Bach"]}]


def test_tiles_show_tickets_am_zug_and_open_the_queue(qtbot, database, sample):
    tab = _open(qtbot, database, sample.actors["leitung"])
    # open: heating (accepted, Objektservice), window (access, Heimleitung),
    # water (reported, Objektservice), hazard (in progress, Objektservice)
    assert tab.role_tiles["site_manager"].value_text() == "1"
    assert tab.role_tiles["property_service"].value_text() == "3"
    assert "Heimleitung" in tab.role_tiles["site_manager"].caption.text()
    with qtbot.waitSignal(tab.openList) as signal:
        tab.hazard_tile.click()
    assert signal.args == ["tickets", {"queue": "safety"}]
    with qtbot.waitSignal(tab.openList) as signal:
        tab.role_tiles["property_service"].click()
    assert signal.args == ["tickets", {"queue": "open"}]
    moves = tab.findChild(QStackedWidget, "overviewMovesStack")
    assert moves.currentWidget() is tab.moves_chart
    assert len(tab.moves_chart.categories()) == 12


def test_property_service_sees_tickets_but_not_the_moves(qtbot, database, sample):
    tab = _open(qtbot, database, sample.actors["os"])
    tickets = tab.findChild(QStackedWidget, "overviewTicketsStack")
    assert tickets.currentWidget().objectName() == "overviewTickets"
    with qtbot.waitSignal(tab.openList) as signal:
        tab.role_tiles["property_service"].click()
    assert signal.args == ["tickets", {"queue": "mine"}]
    moves = tab.findChild(QStackedWidget, "overviewMovesStack")
    message = tab.findChild(QLabel, "overviewMovesMessage")
    assert moves.currentWidget() is message
    assert "Fälle ansehen" in message.text()


def test_ensure_loaded_loads_once_and_a_failure_offers_retry(qtbot, database, sample):
    tab = OverviewTab(database, sample.actors["leitung"])
    qtbot.addWidget(tab)

    def broken(today, now=None):
        raise RuntimeError("Datenbank nicht erreichbar")

    tab.gateway.overview = broken  # type: ignore[method-assign]
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: not tab.is_busy())
    wait_for_background_work()
    stack = tab.findChild(QStackedWidget, "overviewStack")
    assert stack.currentIndex() == 1
    assert "nicht erreichbar" in tab.findChild(QLabel, "overviewMessageText").text()
    assert not tab.is_loaded()
    tab.gateway.overview = lambda today, now=None: (_ for _ in ()).throw(  # type: ignore
        RuntimeError("noch immer nicht"))
    tab.findChild(QPushButton, "overviewRetry").click()  # "Erneut versuchen"
    qtbot.waitUntil(lambda: "noch immer" in tab.findChild(QLabel, "overviewMessageText").text())
