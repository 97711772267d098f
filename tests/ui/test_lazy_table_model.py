"""LazyTableModel on real data: the Qt model contract, paging, SQL sort and search, roles."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy.engine import make_url

from soest_desk.db import Database
from soest_desk.models import FollowUp
from soest_desk.services import listing
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.ui import labels
from soest_desk.ui.table_models import IdRole, LazyTableModel, ListFetcher, ListLoadError, SortRole
from soest_desk.ui.table_models.lazy_table_model import WARNING_GROUND, WARNING_TEXT
from tests.builders import NOW, TODAY, Builder, build_sample


def make_model(database, name, actor=SYSTEM_ACTOR, page_size=5,
               asynchronous=False) -> LazyTableModel:
    """Synchronous by default: the model contract is checked step by step."""
    fetcher = ListFetcher(database, actor, name, page_size=page_size, today=TODAY, now=NOW)
    headers = labels.headers(name, [c.key for c in fetcher.columns])
    return LazyTableModel(fetcher, headers, asynchronous=asynchronous)


def add_persons(database, count: int) -> None:
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        facility = b.facility("Sammelunterkunft")
        unit = b.unit(facility, "1", count)
        for i in range(count):
            person = b.person(f"Name{i % 17:02d}", f"Vorname{i:03d}",
                              birth_date=date(1960 + i % 40, 1 + i % 12, 1) if i % 4 else None)
            if i % 3:
                b.stay(person, unit, date(2024, 1, 1))


def column_texts(model: LazyTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def load_all(model: LazyTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_model_contract_paging_sort_and_filter(database, qtmodeltester):
    build_sample(database)
    add_persons(database, 23)
    model = make_model(database, "persons", page_size=5)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    model.reload()
    assert model.total_count() == 32
    assert model.rowCount() == 5
    pages = 1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        pages += 1
    assert pages == 7
    assert model.rowCount() == 32
    model.reload()
    qtmodeltester.check(model)  # the tester fetches more pages itself
    load_all(model)
    ids = [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]
    assert len(set(ids)) == 32
    qtmodeltester.check(model)

    birth = [c.key for c in model.columns()].index("birth_date")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(birth, order)  # a fresh first page, sorted by the database
        load_all(model)
        descending = order == Qt.SortOrder.DescendingOrder
        with database.read() as session:
            expected = listing.fetch_page(session, SYSTEM_ACTOR, "persons", sort_key="birth_date",
                                          descending=descending, limit=100, today=TODAY)
        assert [model.index(r, 0).data(IdRole) for r in range(model.rowCount())] == [
            row.id for row in expected.rows]
        qtmodeltester.check(model)

    model.set_filter_text("  kovalenko  ")
    assert model.filter_text() == "kovalenko"
    assert model.total_count() == 2 and model.rowCount() == 2
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.set_filter_text("")
    assert model.total_count() == 32


def test_default_page_size_loads_two_hundred_at_a_time(sqlite_database):
    add_persons(sqlite_database, 450)
    model = make_model(sqlite_database, "persons", page_size=listing.PAGE_SIZE)
    model.reload()
    assert (model.rowCount(), model.total_count()) == (200, 450)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())


def test_display_roles_are_german(sqlite_database):
    sample = build_sample(sqlite_database)
    persons = make_model(sqlite_database, "persons", page_size=50)
    persons.reload()
    keys = [c.key for c in persons.columns()]
    rows = {persons.index(r, 0).data(IdRole): r for r in range(persons.rowCount())}
    olena = rows[sample.persons["kovalenko_olena"]]
    assert persons.index(olena, keys.index("birth_date")).data() == "1987"
    assert "Geburtsjahr" in persons.index(olena, keys.index("birth_date")).data(
        Qt.ItemDataRole.ToolTipRole)
    assert persons.index(olena, keys.index("since")).data() == "01.05.2024"
    assert persons.index(olena, keys.index("nationality")).data() == "Ukraine"
    assert persons.index(olena, keys.index("nationality")).data(SortRole) == "UKR"
    assert persons.headerData(0, Qt.Orientation.Horizontal) == "Familienname"

    facilities = make_model(sqlite_database, "facilities")
    facilities.reload()
    keys = [c.key for c in facilities.columns()]
    by_name = {facilities.index(r, 0).data(): r for r in range(facilities.rowCount())}
    bach, nord = by_name["Haus am Bach"], by_name["Übergangswohnheim Nord"]
    assert facilities.index(bach, keys.index("kind")).data() == "Gemeinschaftsunterkunft"
    assert facilities.index(bach, keys.index("barrier_free")).data() == "ja"
    assert facilities.index(nord, keys.index("barrier_free")).data() == ""
    free = facilities.index(nord, keys.index("free"))
    assert free.data() == "-1"
    assert free.data(Qt.ItemDataRole.ForegroundRole) == WARNING_TEXT
    alignment = free.data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight

    tickets = make_model(sqlite_database, "tickets", page_size=50)
    tickets.reload()
    keys = [c.key for c in tickets.columns()]
    by_id = {tickets.index(r, 0).data(IdRole): r for r in range(tickets.rowCount())}
    heating = by_id[sample.tickets["heating"]]
    window = by_id[sample.tickets["window"]]
    closed = by_id[sample.tickets["closed"]]
    assert tickets.index(heating, keys.index("reported_at")).data() == "15.03.2025 11:00"
    assert tickets.index(heating, keys.index("state")).data() == "Übernommen"
    assert tickets.index(heating, keys.index("owner")).data() == "Objektservice"
    assert tickets.index(heating, keys.index("overdue")).data() == "ja"
    assert tickets.index(heating, 1).data(Qt.ItemDataRole.BackgroundRole) == WARNING_GROUND
    assert tickets.index(window, keys.index("state")).data() == "Wartet (Zugang)"
    assert tickets.index(window, keys.index("owner")).data() == "Heimleitung"
    assert tickets.index(window, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert tickets.index(closed, keys.index("owner")).data() == "–"
    assert tickets.index(heating, keys.index("id")).data() == str(sample.tickets["heating"])


def test_sort_before_first_load_is_remembered(sqlite_database):
    build_sample(sqlite_database)
    model = make_model(sqlite_database, "facilities")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert not model.is_loaded() and model.rowCount() == 0
    model.reload()
    assert column_texts(model, 0)[0] == "Wohnung Grandweg"
    assert model.sort_order() == Qt.SortOrder.DescendingOrder


def test_unreachable_database_is_reported_not_raised(qtbot):
    database = Database(make_url("postgresql+psycopg://soest@127.0.0.1:1/weg"))
    fetcher = ListFetcher(database, SYSTEM_ACTOR, "tickets")
    with pytest.raises(ListLoadError, match="nicht erreichbar"):
        fetcher.first_page("", "id", False)
    model = LazyTableModel(fetcher, labels.headers("tickets", [c.key for c in fetcher.columns]))
    with qtbot.waitSignal(model.loadFailed) as failed:
        model.reload()
    assert "127.0.0.1:1/weg" in failed.args[0]
    assert model.rowCount() == 0 and model.total_count() is None
    assert model.error_message() == failed.args[0]
    database.dispose()


def test_headers_must_match_columns(sqlite_database):
    fetcher = ListFetcher(sqlite_database, SYSTEM_ACTOR, "tickets")
    with pytest.raises(ValueError, match="header"):
        LazyTableModel(fetcher, ["Nr."])


def test_reload_runs_in_the_background_and_drops_stale_answers(qtbot, sqlite_database):
    build_sample(sqlite_database)
    add_persons(sqlite_database, 23)
    model = make_model(sqlite_database, "persons", page_size=50, asynchronous=True)
    busy: list[bool] = []
    model.busyChanged.connect(lambda: busy.append(model.is_busy()))
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.reload()
        assert model.is_busy() and not model.is_loaded()  # the GUI thread did not wait
    assert busy == [True, False]
    assert model.total_count() == 32

    # two searches in quick succession: only the answer to the last one is shown
    model.set_filter_text("Name01")
    model.set_filter_text("Vorname003")
    qtbot.waitUntil(model.is_loaded, timeout=5000)
    qtbot.wait(50)  # an answer to the first search arriving late must change nothing
    assert model.filter_text() == "Vorname003"
    assert model.total_count() == 1


def test_an_unexpected_error_ends_the_loading_instead_of_hanging(qtbot, sqlite_database):
    model = make_model(sqlite_database, "persons", asynchronous=True)

    def broken(*_args):
        raise RuntimeError("Programmierfehler")

    model._fetcher.first_page = broken
    failures: list[str] = []
    model.loadFailed.connect(failures.append)
    model.reload()
    qtbot.waitUntil(lambda: not model.is_busy(), timeout=5000)
    assert model.error_message() == failures[0]
    assert "unerwarteter Fehler" in failures[0]


def test_named_filters_narrow_rows_and_count(sqlite_database):
    sample = build_sample(sqlite_database)
    model = make_model(sqlite_database, "tickets", page_size=2)
    model.set_filters({"queue": "done", "category": None})  # before the first load: kept
    assert not model.is_loaded() and model.filters() == {"queue": "done"}
    model.reload()
    assert model.total_count() == 1
    assert [model.row_id(r) for r in range(model.rowCount())] == [sample.tickets["closed"]]
    model.set_filters({"queue": "open"}, text="fenster")  # one reload for both
    assert (model.filter_text(), model.total_count()) == ("fenster", 1)
    model.set_filters({"queue": "open"}, text="")
    assert model.total_count() == 4  # paged by two: the filters reach every page
    load_all(model)
    assert model.rowCount() == 4 and model.row_of(sample.tickets["window"]) is not None


def test_cases_show_readiness_and_the_overdue_follow_up(sqlite_database, qtmodeltester):
    """The Sozialarbeit list: "0 %" with its tooltip; a case whose follow-up is overdue
    stands out (the sample's follow-ups are due after TODAY: one is moved back)."""
    sample = build_sample(sqlite_database)
    with sqlite_database.write(SYSTEM_ACTOR) as session:
        due = session.query(FollowUp).filter(FollowUp.due_on == date(2025, 3, 18)).one()
        due.due_on = date(2025, 3, 1)
    model = make_model(sqlite_database, "cases", page_size=10)
    model.reload()
    qtmodeltester.check(model)
    keys = [c.key for c in model.columns()]
    row = model.row_of(sample.cases["kovalenko"])
    percent = model.index(row, keys.index("readiness_percent"))
    assert percent.data() == "0 %" and percent.data(SortRole) == 0
    assert percent.data(Qt.ItemDataRole.ToolTipRole) == "0 von 8 Punkten erfüllt"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == WARNING_GROUND
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Wiedervorlage überfällig – fällig war 01.03.2025")
    other = model.row_of(sample.cases["ahmadi"])
    assert model.index(other, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_set_sort_only_remembers_the_order(sqlite_database):
    build_sample(sqlite_database)
    model = make_model(sqlite_database, "cases")
    assert model.set_sort("next_follow_up", False) is True
    assert model.set_sort("next_follow_up", False) is False
    assert model.rowCount() == 0  # nothing read yet
    model.reload()
    keys = [c.key for c in model.columns()]
    assert model.sort_column() == keys.index("next_follow_up")
    with pytest.raises(ValueError, match="no sortable column"):
        model.set_sort("goals", False)
