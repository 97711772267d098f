"""The Übersicht tab on the hand-made sample (`tests.builders.build_sample`, seen on TODAY):
its charts show the service's figures, and every figure opens the list behind it – in the
main window, where it is the first tab, filtered so the list counts what the figure says (a
month of moves: the people who moved into an own flat then; for a social worker, who does
not see them in that list, the cases closed so). Facility names show as typed on the axis."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QHorizontalStackedBarSeries
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QStackedWidget, QToolButton
from sqlalchemy import select

from soest_desk.db import Database
from soest_desk.models import Case, Person, Stay, User
from soest_desk.services import listing
from soest_desk.services.clock import office_today
from soest_desk.services.overview import FacilityOccupancy, month_starts
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui import labels
from soest_desk.ui.background import wait_for_background_work
from soest_desk.ui.main_window import MainWindow
from soest_desk.ui.overview.charts import OccupancyChart, facility_label, rich_tip
from soest_desk.ui.overview.overview_tab import OverviewTab
from soest_desk.ui.tabs.list_tab import ListTab
from soest_desk.ui.tickets.tickets_tab import TicketsTab
from tests.builders import TODAY, Builder, Sample, build_sample
from tests.services.test_overview import BY_HAND


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
    # drawn bottom-up, the first on top; each with its rate, a long one on two lines
    assert axis.categories() == [
        "Wohnung Grandweg · 0 %",
        '<div align="right">Übergangswohnheim<br>Nord · 150 %</div>',
        "Leerstand Ost", "Haus am Bach · 67 %"]
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
    assert signal.args == ["tickets", {"queue": "open", "owner": "property_service"}]
    moves = tab.findChild(QStackedWidget, "overviewMovesStack")
    assert moves.currentWidget() is tab.moves_chart
    assert len(tab.moves_chart.categories()) == 12
    assert tab.moves_chart.categories()[-1] == "Mär"  # TODAY's month, on the right
    with qtbot.waitSignal(tab.openList) as signal:
        tab.moves_chart.bar_sets[0].clicked.emit(10)  # February 2025
    assert signal.args == ["persons", {"own_flat_month": "2025-02"}]
    assert tab.moves_chart.month_tip(10) == (
        "Februar 2025: 0 Personen in eine eigene Wohnung gezogen\n"
        "Klicken zeigt diese Personen in der Liste Bewohner*innen.")


def test_a_social_workers_month_opens_the_cases_and_says_so(qtbot, database, sample):
    tab = _open(qtbot, database, sample.actors["sw_a"])
    with qtbot.waitSignal(tab.openList) as signal:
        tab.moves_chart.bar_sets[0].clicked.emit(10)
    assert signal.args == ["cases", {"status": "closed", "own_flat_month": "2025-02"}]
    assert "Haushalte, nicht Personen" in tab.moves_chart.month_tip(10)


def _as_drawn(label: str) -> str:
    """The text of an axis label as Qt Charts draws it: as HTML (a text item's setHtml)."""
    document = QTextDocument()
    document.setHtml(label)
    return document.toPlainText()


def test_facility_names_show_as_typed_on_the_axis(qtbot):
    """"Haus <Ost> & Co" drew as "Haus & Co · 50 %" on one line (only the wrapped label was
    escaped); both are now."""
    short = FacilityOccupancy(1, "Haus <Ost> & Co", 4, 0, 2, 2, 50.0)
    long = FacilityOccupancy(2, "Übergangswohnheim <Nord> & Süd", 4, 0, 1, 3, 25.0)
    assert facility_label(short) == "Haus &lt;Ost&gt; &amp; Co · 50 %"
    assert facility_label(long) == (
        '<div align="right">Übergangswohnheim<br>&lt;Nord&gt; &amp; Süd · 25 %</div>')
    chart = OccupancyChart()
    qtbot.addWidget(chart)
    chart.set_facilities([short, long])
    axis = next(a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert [_as_drawn(label) for label in axis.categories()] == [
        "Übergangswohnheim\n<Nord> & Süd · 25 %",  # bottom-up, on two lines
        "Haus <Ost> & Co · 50 %"]
    assert chart.categories() == ["Haus <Ost> & Co", "Übergangswohnheim <Nord> & Süd"]
    # the bar's tooltip names the facility as typed, too
    assert rich_tip("Haus <Ost> & Co: 4 Plätze\nzwei") == (
        "<qt>Haus &lt;Ost&gt; &amp; Co: 4 Plätze<br>zwei</qt>")
    assert _as_drawn(rich_tip("Haus <Ost> & Co")) == "Haus <Ost> & Co"


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


# ---------------------------------------------------------------- in the main window

def _rows(database: Database, actor: Actor, list_name: str, filters: dict) -> int:
    """What the listing service counts for these filters (the list's own query)."""
    with database.read() as session:
        return listing.count(session, actor, list_name, filters=filters)


def _window(qtbot, open_window, database: Database, actor: Actor) -> MainWindow:
    window = open_window(database, actor)
    assert window.current_tab() is window.overview_tab  # the first tab, opened first
    qtbot.waitUntil(window.overview_tab.is_loaded)
    return window


def _wait_list(qtbot, tab: ListTab, count: int) -> None:
    qtbot.waitUntil(lambda: tab.model.is_loaded() and tab.model.total_count() == count)
    assert tab.model.rowCount() == count


def _chip(window: MainWindow, name: str) -> QToolButton:
    chip = window.findChild(QToolButton, name)
    assert chip is not None
    return chip




@pytest.fixture
def moves(database: Database, sample: Sample) -> dict[str, date]:
    """The sample plus moves into own flats in the window's months (it reads the office's
    today, not TODAY): Ayşe Öztürk moved out today and her case was closed with "eigene
    Wohnung"; Omar Haddad (a household of his own now, his case assigned to Sozialarbeit A)
    did so on the 10th of last month, Ewa Nowak (from Haus am Bach, ended since) on the
    20th; Paul Privat moved out of a private housing offer on the 5th (not counted)."""
    today = office_today()
    this_month, last_month = month_starts(today, 2)[::-1]
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        ozturk = session.get(Case, sample.cases["ozturk"])
        ozturk.outcome, ozturk.closed_on = "own_flat", today
        haddad = b.household("Familie Haddad")
        omar = session.get(Person, sample.persons["haddad_omar"])
        omar.household_id, omar.household_role = haddad.id, "head"
        case = b.case(haddad, status="closed", opened_on=date(2024, 6, 1),
                      social_worker=session.get(User, sample.actors["sw_a"].user_id))
        case.outcome, case.closed_on = "own_flat", last_month + timedelta(days=9)
        for person, day in (("ozturk_ayse", today), ("haddad_omar", case.closed_on)):
            stay = session.scalars(select(Stay).where(
                Stay.person_id == sample.persons[person], Stay.end_date.is_(None))).one()
            stay.end_date, stay.move_out_reason = day, "own_flat"
        bach = session.scalars(select(Stay).where(
            Stay.person_id == sample.persons["kovalenko_olena"])).one().unit
        ewa = b.person("Nowak", "Ewa", nationality="POL")
        b._add(Stay(person_id=ewa.id, unit_id=bach.id, start_date=date(2024, 1, 1),
                    end_date=last_month + timedelta(days=19), move_out_reason="own_flat"))
        ewa.active = False  # "beendet": no longer in the office's care
        offer = b.unit(b.facility("Privatwohnung Linde", kind="private_offer"), "L1", 4)
        paul = b.person("Privat", "Paul")
        b._add(Stay(person_id=paul.id, unit_id=offer.id, start_date=date(2024, 1, 1),
                    end_date=last_month + timedelta(days=4), move_out_reason="own_flat"))
        sample.persons.update(nowak_ewa=ewa.id, privat_paul=paul.id)
    return {"this": this_month, "last": last_month}


def test_the_overview_is_the_first_tab_and_shows_the_figures(qtbot, database, sample, moves,
                                                             open_window):
    window = _window(qtbot, open_window, database, sample.actors["leitung"])
    tabs = window.tabs
    assert tabs.indexOf(window.overview_tab) == 0 and tabs.tabText(0) == "Übersicht"
    assert window.overview_tab.objectName() == "overviewTab"
    data = window.overview_tab.data()
    assert data is not None and data.occupancy is not None and data.moves is not None
    assert window.overview_tab.occupancy_chart.categories()[0] == "Haus am Bach"
    assert [m.people for m in data.moves.months[-2:]] == [2, 1]
    assert data.moves.months[-1].month == moves["this"]
    assert window.findChild(QLabel, "overviewStamp").text().startswith("Stand: ")


def test_a_facility_bar_opens_the_facility_alone(qtbot, database, sample, open_window):
    actor = sample.actors["leitung"]
    window = _window(qtbot, open_window, database, actor)
    chart = window.overview_tab.occupancy_chart
    top_down = chart.categories().index("Haus am Bach")
    chart.bar_sets[0].clicked.emit(len(chart.categories()) - 1 - top_down)  # bottom-up
    facilities = window.list_tabs["facilities"]
    assert window.current_tab() is facilities
    wanted = {"facility_id": sample.facilities["Haus am Bach"]}
    assert _rows(database, actor, "facilities", wanted) == 1
    _wait_list(qtbot, facilities, 1)
    assert facilities.model.index(0, 0).data() == "Haus am Bach"
    pane = window.occupancy_pane  # the one row is chosen: its occupancy beside the list
    qtbot.waitUntil(lambda: pane.shown() is not None)
    assert pane.shown().facility_id == wanted["facility_id"]
    chip = _chip(window, "facilitiesFilterFacility")
    qtbot.waitUntil(lambda: chip.text().startswith("Unterkunft: Haus am Bach"))
    assert chip.isVisible() and facilities.filter_bar.is_active()
    assert "facility_id" not in facilities.filter_bar.stored_state()  # not kept for later
    chip.click()  # lifts the filter: every facility again
    _wait_list(qtbot, facilities, 4)
    assert not chip.isVisible()


def test_the_own_role_tile_opens_my_queue(qtbot, database, sample, open_window):
    actor = sample.actors["os"]
    window = _window(qtbot, open_window, database, actor)
    tile = window.overview_tab.role_tiles["property_service"]
    assert "jetzt zu tun" in tile.detail.text()
    tickets = window.list_tabs["tickets"]
    assert isinstance(tickets, TicketsTab)
    tile.click()
    assert window.current_tab() is tickets
    qtbot.waitUntil(tickets.is_idle)
    assert tickets.queues.queue() == "mine"
    expected = _rows(database, actor, "tickets", {"queue": "mine"})
    assert tickets.model.total_count() == int(tile.value_text()) == expected == 3


def test_the_hazards_tile_opens_the_open_hazards(qtbot, database, sample, open_window):
    actor = sample.actors["leitung"]
    window = _window(qtbot, open_window, database, actor)
    tickets = window.list_tabs["tickets"]
    assert isinstance(tickets, TicketsTab)
    category = window.findChild(QComboBox, "ticketsCategoryFilter")
    category.setCurrentIndex(category.findData("heating"))  # chosen before: the click resets
    window.overview_tab.hazard_tile.click()
    assert window.current_tab() is tickets
    qtbot.waitUntil(tickets.is_idle)
    assert tickets.queues.queue() == "safety" and category.currentIndex() == 0
    data = window.overview_tab.data()
    assert data is not None and data.tickets is not None
    expected = _rows(database, actor, "tickets", {"queue": "safety"})
    assert tickets.model.total_count() == data.tickets.hazards_open == expected == 1


@pytest.mark.skipif(not hasattr(TicketsTab, "show_filtered"),
                    reason="the Mängel tab has no filter by the role am Zug yet")
def test_another_role_tile_opens_the_tickets_with_that_role_am_zug(qtbot, database, sample,
                                                                    open_window):
    actor = sample.actors["leitung"]
    window = _window(qtbot, open_window, database, actor)
    tile = window.overview_tab.role_tiles["property_service"]
    tile.click()
    tickets = window.list_tabs["tickets"]
    assert window.current_tab() is tickets
    qtbot.waitUntil(tickets.is_idle)
    assert tickets.queues.queue() == "open"
    wanted = {"queue": "open", "owner": "property_service"}
    assert tickets.model.total_count() == int(tile.value_text()) == _rows(
        database, actor, "tickets", wanted) == 3
    chip = _chip(window, "ticketsOwnerFilter")
    assert chip.isVisible() and chip.text().startswith("Am Zug: Objektservice")
    chip.click()
    qtbot.waitUntil(lambda: tickets.is_idle() and tickets.model.total_count() == 4)


def _month_end(first: date) -> date:
    return month_starts(first + timedelta(days=40), 1)[0] - timedelta(days=1)


def test_a_month_of_moves_opens_the_people_who_moved_into_an_own_flat(
        qtbot, database, sample, moves, open_window):
    """As many rows as the bar says and the hand-written count: Omar and the ended Ewa."""
    actor = sample.actors["leitung"]
    window = _window(qtbot, open_window, database, actor)
    data = window.overview_tab.data()
    assert data is not None and data.moves is not None
    bar = data.moves.months[10]  # last month
    window.overview_tab.moves_chart.bar_sets[0].clicked.emit(10)
    persons = window.list_tabs["persons"]
    assert window.current_tab() is persons
    first = moves["last"]
    with database.read() as session:
        by_hand = session.scalar(BY_HAND, {"first": first, "last": _month_end(first)})
    wanted = {"own_flat_month": f"{first:%Y-%m}"}
    assert bar.month == first and bar.link is not None and bar.link.filters == wanted
    assert bar.people == by_hand == _rows(database, actor, "persons", wanted) == 2
    _wait_list(qtbot, persons, 2)
    assert {persons.model.row_id(row) for row in range(2)} == {
        sample.persons["haddad_omar"], sample.persons["nowak_ewa"]}
    assert window.findChild(QLabel, "personsCount").text() == "2 Bewohner*innen"
    chip = _chip(window, "personsFilterOwnFlatMonth")
    assert chip.isVisible()
    assert chip.text() == f"Auszug in eigene Wohnung: {labels.month_name(first)}  ×"
    everybody = _rows(database, actor, "persons", {})
    chip.click()  # the people in the office's care again: Ewa is not among them
    _wait_list(qtbot, persons, everybody)
    assert not chip.isVisible()
    assert sample.persons["nowak_ewa"] not in {
        persons.model.row_id(row) for row in range(everybody)}


def test_a_social_workers_month_opens_the_cases_closed_into_an_own_flat(
        qtbot, database, sample, moves, open_window):
    """A social worker sees in the Bewohner*innen only who lives in their facilities today,
    so their month opens the cases closed with "eigene Wohnung" then that they see – the
    Haddads' (assigned to them), one household, while the bar counts Omar and Ewa."""
    actor = sample.actors["sw_a"]
    window = _window(qtbot, open_window, database, actor)
    data = window.overview_tab.data()
    assert data is not None and data.moves is not None
    assert data.moves.months[10].people == 2
    window.overview_tab.moves_chart.bar_sets[0].clicked.emit(10)  # last month
    cases = window.list_tabs["cases"]
    assert window.current_tab() is cases
    first = moves["last"]
    wanted = {"status": "closed", "own_flat_month": f"{first:%Y-%m}"}
    assert _rows(database, actor, "cases", wanted) == 1
    _wait_list(qtbot, cases, 1)
    assert cases.model.row_id(0) != sample.cases["ozturk"]  # closed this month
    qtbot.waitUntil(lambda: window.case_pane.case_id() == cases.model.row_id(0))
    chip = _chip(window, "casesFilterOwnFlatMonth")
    assert chip.isVisible()
    assert chip.text().startswith(f"Eigene Wohnung: {labels.month_name(first)}")
    assert window.findChild(QComboBox, "casesFilterStatus").currentText().startswith(
        "Abgeschlossen")
    with database.write(SYSTEM_ACTOR) as session:  # one more closed case of theirs
        b = Builder(session)
        b.case(b.household("Familie Spät"), status="closed",
               social_worker=session.get(User, actor.user_id))
    chip.click()  # every closed case they see
    _wait_list(qtbot, cases, _rows(database, actor, "cases", {"status": "closed"}))
    assert cases.model.total_count() == 2


def test_a_part_the_role_may_not_see_gives_a_short_message(qtbot, database, sample,
                                                           open_window):
    service = _window(qtbot, open_window, database, sample.actors["os"])
    moves = service.findChild(QStackedWidget, "overviewMovesStack")
    assert moves.currentWidget().objectName() == "overviewMovesMessage"
    assert "Fälle ansehen" in moves.currentWidget().text()
    social = _window(qtbot, open_window, database, sample.actors["sw_a"])
    tickets = social.findChild(QStackedWidget, "overviewTicketsStack")
    assert tickets.currentWidget().objectName() == "overviewTicketsMessage"
    assert "Mängelmeldungen ansehen" in tickets.currentWidget().text()
    assert social.overview_tab.occupancy_chart.categories() == ["Haus am Bach"]


def test_the_window_reopens_on_the_tab_it_was_closed_on(qtbot, sqlite_database, tmp_path):
    build_sample(sqlite_database)
    path = str(tmp_path / "tabs.ini")

    def window() -> MainWindow:
        opened = MainWindow(sqlite_database, SYSTEM_ACTOR,
                            QSettings(path, QSettings.Format.IniFormat))
        qtbot.addWidget(opened)
        return opened

    for name in ("persons", "overview"):  # remembered by name, not by position
        first = window()
        first.tabs.setCurrentWidget(first.named_tabs()[name])
        first.close()
        assert QSettings(path, QSettings.Format.IniFormat).value(
            "mainWindow/currentTab") == name
        again = window()
        assert again.current_tab() is again.named_tabs()[name]
        again.close()
