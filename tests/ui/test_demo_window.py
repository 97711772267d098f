"""The acceptance path: `soest-desk demo` fills a database, the window opens on it as the
person at the workstation, every tab shows demo rows, and the search narrows them."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTabWidget
from sqlalchemy import func, select

from soest_desk import cli
from soest_desk.db import open_database
from soest_desk.models import Base, Person
from soest_desk.services.users import sign_in_os_user
from tests.conftest import empty_postgres

TABS = ("facilities", "persons", "cases", "tickets")


def table_counts(url: str) -> dict[str, int]:
    database = open_database(url)
    with database.read() as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
            if table.name != "audit_log"
        }
    database.dispose()
    return counts


def test_window_on_demo_data_shows_every_tab_and_filters(qtbot, db_url, open_window, capsys):
    assert cli.main(["demo", "--database-url", db_url, "--seed", "7", "--scale", "0.1"]) == 0
    assert "persons" in capsys.readouterr().out
    database = open_database(db_url)
    with database.write() as session:
        actor = sign_in_os_user(session)  # the demo made the OS login a user with all roles
        family_name = session.scalars(select(Person.family_name).order_by(Person.id)).first()
    window = open_window(database, actor)
    tabs = window.findChild(QTabWidget, "mainTabs")
    overview = window.overview_tab  # the first tab, loaded on opening
    assert window.current_tab() is overview and overview.state() == "ready"
    data = overview.data()
    assert data is not None and data.occupancy is not None
    assert data.occupancy.total.occupied > 0
    for name in TABS:
        tabs.setCurrentWidget(window.list_tabs[name])
        tab = window.current_tab()
        qtbot.waitUntil(lambda tab=tab: tab.model is not None and tab.model.is_loaded())
        assert tab.model.rowCount() > 0, name
        assert tab.state() == "table", name

    tabs.setCurrentWidget(window.list_tabs["persons"])
    persons = window.current_tab()
    before = persons.model.total_count()
    persons.findChild(QLineEdit, "personsFilter").setText(family_name)
    qtbot.waitUntil(lambda: persons.model.total_count() < before, timeout=5000)
    assert persons.model.rowCount() > 0
    assert all(
        family_name.lower() in str(persons.model.index(row, 0).data()).lower()
        or family_name.lower() in str(persons.model.index(row, 1).data()).lower()
        for row in range(persons.model.rowCount())
    )
    database.dispose()


def test_same_seed_gives_same_counts_on_sqlite_and_postgres(tmp_path, pg_url, capsys):
    sqlite_url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    for url in (sqlite_url, pg_url):
        assert cli.main(["demo", "--database-url", url, "--seed", "3", "--scale", "0.1"]) == 0
    try:
        assert table_counts(sqlite_url) == table_counts(pg_url)
    finally:
        empty_postgres(pg_url)


def test_demo_refuses_a_database_with_data(db_url, capsys):
    assert cli.main(["demo", "--database-url", db_url, "--scale", "0.05"]) == 0
    before = table_counts(db_url)
    assert cli.main(["demo", "--database-url", db_url, "--scale", "0.05"]) == 1
    assert "bereits Daten" in capsys.readouterr().err
    assert table_counts(db_url) == before


def test_default_demo_file_is_reused_or_rebuilt_never_the_real_database(capsys, monkeypatch):
    from soest_desk import config

    opened: list[str] = []
    monkeypatch.setattr("soest_desk.app.run_window",
                        lambda database, actor: opened.append(actor.login) or 0)
    assert cli.main(["demo", "--scale", "0.05", "--open"]) == 0
    assert opened == ["testuser"]
    demo_file = config.data_dir() / config.DEMO_FILE_NAME
    assert demo_file.exists()
    assert not (config.data_dir() / config.DATABASE_FILE_NAME).exists()

    assert cli.main(["demo", "--scale", "0.05"]) == 0
    assert "schon vorhanden" in capsys.readouterr().out
    assert cli.main(["demo", "--scale", "0.05", "--seed", "2"]) == 0
    assert "neu erzeugt" in capsys.readouterr().out
    assert table_counts(config.demo_database_url())["persons"] > 0
