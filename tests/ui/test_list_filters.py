"""The filter bars of the Bewohner*innen and Unterkünfte tabs: ticking filters changes rows
and count, search and filters combine, full and over-full facilities are coloured, the
filters are remembered per list and work from the keyboard; a month of moves into own flats
(from the Übersicht) shows as a chip."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)
from sqlalchemy import select

from soest_desk.models import Person, Stay
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.ui.table_models.lazy_table_model import (
    FULL_GROUND,
    WARNING_GROUND,
    WARNING_TEXT,
    ListFetcher,
)
from soest_desk.ui.tabs.list_tab import ListTab
from soest_desk.ui.tabs.person_filters import PersonFilterBar
from tests.builders import TODAY, Builder, Sample, build_sample


@pytest.fixture
def sample(sqlite_database) -> Sample:
    """The hand-made sample plus what the filters look at: a baby in the Kovalenko family,
    care for Olena, a pet for Omar."""
    sample = build_sample(sqlite_database)
    with sqlite_database.write(SYSTEM_ACTOR) as session:
        olena = session.get(Person, sample.persons["kovalenko_olena"])
        olena.care_grade = 2
        session.get(Person, sample.persons["haddad_omar"]).has_pets = True
        baby = Builder(session).person("Kovalenko", "Mila", birth_date=date(2024, 1, 1),
                                       precision="year", nationality="UKR",
                                       household=olena.household, role="child")
        sample.persons["kovalenko_mila"] = baby.id
    return sample


def open_tab(qtbot, database, name: str) -> ListTab:
    tab = ListTab(name, ListFetcher(database, SYSTEM_ACTOR, name, today=TODAY))
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.model.is_loaded() and tab.filter_bar._choices_loaded)
    return tab


def wait_rows(qtbot, tab: ListTab, count: int) -> None:
    qtbot.waitUntil(lambda: tab.model.is_loaded() and tab.model.total_count() == count)
    assert tab.model.rowCount() == count


def column(tab: ListTab, key: str) -> list:
    index = [c.key for c in tab.model.columns()].index(key)
    return [tab.model.index(r, index).data() for r in range(tab.model.rowCount())]


def choose(combo: QComboBox, text: str) -> None:
    """Pick the entry `text`, with or without its count ("Syrien" finds "Syrien (2)")."""
    texts = [combo.itemText(i) for i in range(combo.count())]
    index = next((i for i, t in enumerate(texts) if t == text or t.startswith(f"{text} (")),
                 -1)
    assert index > 0, texts
    combo.setCurrentIndex(index)


def test_person_filters_change_rows_and_count(qtbot, sqlite_database, sample):
    tab = open_tab(qtbot, sqlite_database, "persons")
    count = tab.findChild(QLabel, "personsCount")
    reset = tab.findChild(QPushButton, "personsFilterReset")
    assert count.text() == "10 Bewohner*innen" and not reset.isEnabled()

    tab.findChild(QCheckBox, "personsFilterUnder3").setChecked(True)  # Mila, year only
    wait_rows(qtbot, tab, 3)
    assert sorted(column(tab, "given_names")) == ["Mila", "Olena", "Taras"]
    assert count.text() == "3 Bewohner*innen" and reset.isEnabled()

    tab.findChild(QCheckBox, "personsFilterCare").setChecked(True)
    wait_rows(qtbot, tab, 1)
    assert column(tab, "given_names") == ["Olena"] and count.text() == "1 Bewohner*in"

    # the age on 1.1.2028: Mila (born 2024) could no longer be under 3
    tab.findChild(QDateEdit, "personsFilterAgeDate").setDate(date(2028, 1, 1))
    qtbot.waitUntil(lambda: tab.state() == "no_hits")
    assert tab.findChild(QLabel, "personsMessageTitle").text() == (
        "Keine Treffer mit diesen Filtern.")
    assert "Filter zurücksetzen" in tab.findChild(QLabel, "personsMessageText").text()
    assert tab.filter_bar.isVisible()  # the way out stays in reach

    reset.click()
    wait_rows(qtbot, tab, 10)
    assert not tab.findChild(QCheckBox, "personsFilterUnder3").isChecked()
    assert tab.findChild(QDateEdit, "personsFilterAgeDate").date().toPython() == TODAY
    assert count.text() == "10 Bewohner*innen" and not reset.isEnabled()


def test_person_choices_spin_and_search_combine(qtbot, sqlite_database, sample):
    tab = open_tab(qtbot, sqlite_database, "persons")
    nationality = tab.findChild(QComboBox, "personsFilterNationality")
    labels = [nationality.itemText(i) for i in range(nationality.count())]
    assert labels[0] == "Alle Staatsangehörigkeiten" and "Syrien (2)" in labels  # with count
    choose(nationality, "Syrien")
    wait_rows(qtbot, tab, 2)
    assert column(tab, "family_name") == ["Haddad", "Haddad"]

    tab.findChild(QCheckBox, "personsFilterPets").setChecked(True)
    wait_rows(qtbot, tab, 1)
    nationality.setCurrentIndex(0)
    tab.findChild(QCheckBox, "personsFilterPets").setChecked(False)
    wait_rows(qtbot, tab, 10)

    facility = tab.findChild(QComboBox, "personsFilterFacility")
    choose(facility, "Übergangswohnheim Nord")
    wait_rows(qtbot, tab, 3)
    search = tab.findChild(QLineEdit, "personsFilter")
    qtbot.keyClicks(search, "zahra")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    wait_rows(qtbot, tab, 1)
    search.clear()
    tab.apply_filter()
    wait_rows(qtbot, tab, 3)
    facility.setCurrentIndex(0)

    months = tab.findChild(QSpinBox, "personsFilterStayMonths")
    assert months.text() == "beliebig"
    months.setValue(9)  # on 15.03.2025: since 1.5.2024 and 1.1.2024; not since 1.9.2024
    wait_rows(qtbot, tab, 3)
    assert sorted(column(tab, "given_names")) == ["Olena", "Omar", "Taras"]
    assert months.text() == "9 Monate"


def test_a_month_of_own_flat_moves_shows_as_a_chip(qtbot, sqlite_database, sample):
    """Lina Haddad moved into an own flat on 01.01.2024 and was ended since: not a row of the
    list, but of the month she moved in (a click in the Übersicht's moves chart)."""
    with sqlite_database.write(SYSTEM_ACTOR) as session:
        lina = session.get(Person, sample.persons["haddad_lina"])
        stay = session.scalars(select(Stay).where(Stay.person_id == lina.id)).one()
        stay.move_out_reason = "own_flat"  # ended 01.01.2024
        lina.active = False
    tab = open_tab(qtbot, sqlite_database, "persons")
    chip = tab.findChild(QToolButton, "personsFilterOwnFlatMonth")
    reset = tab.findChild(QPushButton, "personsFilterReset")
    assert not chip.isVisible() and "Lina" not in column(tab, "given_names")

    tab.filter_bar.findChild(QCheckBox, "personsFilterPets").setChecked(True)
    tab.show_filtered({"own_flat_month": "2024-01"})  # the other filters: back to "any"
    wait_rows(qtbot, tab, 1)
    assert column(tab, "given_names") == ["Lina"]
    assert chip.isVisible() and chip.text() == "Auszug in eigene Wohnung: Januar 2024  ×"
    assert tab.findChild(QLabel, "personsCount").text() == "1 Bewohner*in"
    assert tab.filters() == {"own_flat_month": "2024-01"} and reset.isEnabled()
    assert tab.filter_bar.stored_state() == {}  # the click's filter is not remembered

    tab.show_filtered({"own_flat_month": "2024-02"})
    qtbot.waitUntil(lambda: tab.state() == "no_hits")
    chip.click()  # lifts it: the people in the office's care again, without Lina
    wait_rows(qtbot, tab, 9)
    assert not chip.isVisible() and not reset.isEnabled()

    tab.filter_bar.apply_values({"own_flat_month": "Januar"})  # not a month: refused
    assert not chip.isVisible() and "own_flat_month" not in tab.filters()


def test_age_boxes_exclude_each_other(qtbot, sqlite_database, sample):
    tab = open_tab(qtbot, sqlite_database, "persons")
    under3 = tab.findChild(QCheckBox, "personsFilterUnder3")
    under18 = tab.findChild(QCheckBox, "personsFilterUnder18")
    under3.setChecked(True)
    under18.setChecked(True)
    assert not under3.isChecked()
    wait_rows(qtbot, tab, 3)
    assert tab.filters() == {"children_under": 18, "age_on": TODAY}


def test_facility_filters_and_occupancy_colours(qtbot, sqlite_database, sample):
    tab = open_tab(qtbot, sqlite_database, "facilities")
    count = tab.findChild(QLabel, "facilitiesCount")
    assert count.text() == "4 Unterkünfte"
    names = column(tab, "name")
    row = {name: names.index(name) for name in names}
    model = tab.model
    nord = model.index(row["Übergangswohnheim Nord"], 0)
    assert nord.data(Qt.ItemDataRole.BackgroundRole) == WARNING_GROUND
    assert nord.data(Qt.ItemDataRole.ForegroundRole) == WARNING_TEXT
    assert nord.data(Qt.ItemDataRole.ToolTipRole).startswith("Überbelegt")
    empty = model.index(row["Leerstand Ost"], 3)
    assert empty.data(Qt.ItemDataRole.BackgroundRole) == FULL_GROUND
    assert empty.data(Qt.ItemDataRole.ToolTipRole).startswith("Voll")
    bach = model.index(row["Haus am Bach"], 0)
    assert bach.data(Qt.ItemDataRole.BackgroundRole) is None
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "Gesperrt" in headers and "Belegung %" in headers
    assert column(tab, "occupancy_percent")[row["Haus am Bach"]] == "67"  # 4 of 6

    tab.findChild(QSpinBox, "facilitiesFilterFreeAtLeast").setValue(2)
    wait_rows(qtbot, tab, 2)
    assert column(tab, "name") == ["Haus am Bach", "Wohnung Grandweg"]
    tab.findChild(QCheckBox, "facilitiesFilterBarrierFree").setChecked(True)
    wait_rows(qtbot, tab, 1)
    assert count.text() == "1 Unterkunft"
    tab.findChild(QPushButton, "facilitiesFilterReset").click()
    wait_rows(qtbot, tab, 4)

    choose(tab.findChild(QComboBox, "facilitiesFilterKind"), "Übergangswohnheim")
    wait_rows(qtbot, tab, 1)
    tab.findChild(QComboBox, "facilitiesFilterKind").setCurrentIndex(0)
    choose(tab.findChild(QComboBox, "facilitiesFilterDistrict"), "Ost")
    wait_rows(qtbot, tab, 1)
    assert column(tab, "name") == ["Leerstand Ost"]
    tab.findChild(QComboBox, "facilitiesFilterDistrict").setCurrentIndex(0)
    choose(tab.findChild(QComboBox, "facilitiesFilterOccupancyType"), "Gemischt")
    wait_rows(qtbot, tab, 3)  # every unit of the sample is "mixed"; Leerstand has none
    tab.findChild(QCheckBox, "facilitiesFilterSmoking").setChecked(True)
    qtbot.waitUntil(lambda: tab.state() == "no_hits")
    assert count.text() == "0 Unterkünfte"


def test_filters_are_remembered_per_list(qtbot, sqlite_database, sample, open_window,
                                         ui_settings):
    window = open_window(sqlite_database, settings=ui_settings)
    persons = window.list_tabs["persons"]
    window.tabs.setCurrentWidget(persons)
    qtbot.waitUntil(lambda: persons.model.is_loaded() and persons.filter_bar._choices_loaded)
    window.findChild(QCheckBox, "personsFilterPets").setChecked(True)
    choose(window.findChild(QComboBox, "personsFilterFacility"), "Haus am Bach")
    window.findChild(QCheckBox, "personsFilterUnder6").setChecked(True)
    window.findChild(QDateEdit, "personsFilterAgeDate").setDate(date(2020, 5, 5))
    window.findChild(QCheckBox, "facilitiesFilterBarrierFree").setChecked(True)
    window.close()

    again = open_window(sqlite_database, settings=ui_settings)
    persons = again.list_tabs["persons"]
    assert again.findChild(QCheckBox, "personsFilterPets").isChecked()
    assert again.findChild(QCheckBox, "personsFilterUnder6").isChecked()
    assert isinstance(persons.filter_bar, PersonFilterBar)
    assert persons.filter_bar.age_on() != date(2020, 5, 5)  # the day is not remembered
    assert again.findChild(QCheckBox, "facilitiesFilterBarrierFree").isChecked()
    assert again.current_tab() is persons  # the tab it was closed on
    qtbot.waitUntil(lambda: persons.model.is_loaded() and persons.filter_bar._choices_loaded)
    facility = again.findChild(QComboBox, "personsFilterFacility")
    assert facility.currentText() == "Haus am Bach (4)"  # chosen once the choices arrived
    assert persons.model.filters()["pets"] is True
    assert persons.model.total_count() == 0  # Omar has a pet but no child under 6
    facilities = again.list_tabs["facilities"]  # loaded with its own filter
    again.tabs.setCurrentWidget(facilities)
    qtbot.waitUntil(facilities.model.is_loaded)
    assert facilities.model.total_count() == 1


def test_a_remembered_choice_that_is_gone_is_dropped(qtbot, sqlite_database, sample,
                                                     ui_settings):
    ui_settings.setValue("lists/persons/filters", '{"facility_id": 999999, "care": true}')
    tab = ListTab("persons", ListFetcher(sqlite_database, SYSTEM_ACTOR, "persons",
                                         today=TODAY))
    qtbot.addWidget(tab)
    tab.restore_settings(ui_settings)
    assert tab.filters() == {"facility_id": 999999, "care": True}
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.filter_bar._choices_loaded and tab.model.is_loaded()
                    and "facility_id" not in tab.model.filters())
    wait_rows(qtbot, tab, 1)  # care only: Olena


def test_filters_work_from_the_keyboard(qtbot, sqlite_database, sample):
    tab = open_tab(qtbot, sqlite_database, "persons")
    search = tab.findChild(QLineEdit, "personsFilter")
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_Tab)
    under3 = tab.findChild(QCheckBox, "personsFilterUnder3")
    qtbot.waitUntil(under3.hasFocus)  # from the search straight into the filters
    qtbot.keyClick(under3, Qt.Key.Key_Space)
    assert under3.isChecked()
    wait_rows(qtbot, tab, 3)
    for name in ("personsFilterCare", "personsFilterNationality", "personsFilterStayMonths",
                 "personsFilterReset", "personsFilterAgeDate"):
        widget = tab.findChild(QWidget, name)
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, name
