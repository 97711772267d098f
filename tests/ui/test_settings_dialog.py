"""Extras → Einstellungen: loading, saving (shared in the database, audited; personal in the
settings file and QSettings), refusing bad input, read-only for non-admins, "Verbindung
testen", and the Bewohner filter taking the child-age thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import select

from soest_desk import config, migrate
from soest_desk.db import Database
from soest_desk.models.audit import AuditEntry
from soest_desk.models.enums import Role
from soest_desk.services import shared_settings
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui.settings import open_settings_dialog
from soest_desk.ui.settings.dialog import BACKUP, DATABASE, PERSONAL, RULES, SettingsDialog
from soest_desk.ui.table_models.lazy_table_model import ListFetcher
from soest_desk.ui.tabs.list_tab import ListTab
from tests.builders import TODAY

ADMIN = Actor(None, "admin", "Administration", frozenset({Role.ADMIN}))
SITE_MANAGER = Actor(None, "heim", "Heimleitung", frozenset({Role.SITE_MANAGER}))


def open_dialog(qtbot, database: Database, settings: QSettings,
                actor: Actor = ADMIN) -> SettingsDialog:
    dialog = SettingsDialog(None, database, actor, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_loaded)
    return dialog


def field(dialog: QWidget, name: str) -> QLineEdit:
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def type_into(dialog: QWidget, name: str, text: str) -> None:
    edit = field(dialog, name)
    edit.clear()
    edit.setText(text)


def message(dialog: SettingsDialog) -> str:
    label = dialog.findChild(QLabel, "settingsMessage")
    return label.text() if label.isVisible() else ""


def stored(database: Database, key: str) -> object:
    with database.read() as session:
        return shared_settings.get(session, key)


def setting_audit(database: Database) -> list[AuditEntry]:
    with database.read() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "app_settings").order_by(AuditEntry.id)))


def settings_json() -> dict:
    path = config.settings_file()
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


# ------------------------------------------------------------------ shared settings

def test_the_dialog_shows_the_stored_values(qtbot, sqlite_database, ui_settings):
    with sqlite_database.write(SYSTEM_ACTOR) as session:
        shared_settings.put(session, SYSTEM_ACTOR, "min_area_per_person_m2", 8.5)
        shared_settings.put(session, SYSTEM_ACTOR, "child_age_limits", [2, 10])
        shared_settings.put(session, SYSTEM_ACTOR, "ticket_deadline_working_days",
                            {"immediate": 0, "urgent": 2, "normal": 12, "low": 40})
    config.settings_file().write_text(json.dumps(
        {"backup_keep_days": 21, "backup_keep_count": 5, "backup_folder": "/srv/sich"}),
        encoding="utf-8")
    ui_settings.setValue("ui/language", "uk")

    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    assert dialog.windowTitle() == "Einstellungen"
    assert field(dialog, "settingsMinArea").text() == "8,5"
    assert field(dialog, "settingsChildAges").text() == "2, 10"
    assert [field(dialog, f"settingsDeadline{p}").text()
            for p in ("Immediate", "Urgent", "Normal", "Low")] == ["0", "2", "12", "40"]
    assert field(dialog, "settingsCaseload").text() == "80"  # the default
    assert field(dialog, "settingsRetentionYears").text() == "10"
    assert field(dialog, "settingsBackupKeepDays").text() == "21"
    assert field(dialog, "settingsBackupKeepCount").text() == "5"
    assert field(dialog, "settingsBackupFolder").text() == "/srv/sich"
    assert dialog.findChild(QComboBox, "settingsLanguage").currentData() == "uk"
    assert not field(dialog, "settingsMinArea").isReadOnly()
    assert not dialog.findChild(QLabel, "settingsSharedNote").isVisible()


def test_saving_stores_the_changed_shared_settings_in_one_audited_write(
        qtbot, sqlite_database, ui_settings):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    dialog.show_page(RULES)
    type_into(dialog, "settingsDeadlineUrgent", "5")
    type_into(dialog, "settingsMinArea", "7,5")
    type_into(dialog, "settingsChildAges", "2; 5 16")
    type_into(dialog, "settingsCaseload", "1000")
    before = len(setting_audit(sqlite_database))

    dialog.findChild(QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert stored(sqlite_database, "min_area_per_person_m2") == 7.5
    assert stored(sqlite_database, "child_age_limits") == [2, 5, 16]
    assert stored(sqlite_database, "caseload_target_persons") == 1000
    assert stored(sqlite_database, "ticket_deadline_working_days") == {
        "immediate": 1, "urgent": 5, "normal": 10, "low": 30}
    entries = setting_audit(sqlite_database)[before:]
    assert sorted(entry.changes["key"][1] for entry in entries) == [
        "caseload_target_persons", "child_age_limits", "min_area_per_person_m2",
        "ticket_deadline_working_days"]  # the unchanged retention years are not written
    assert {entry.actor_login for entry in entries} == {"admin"}
    assert not config.settings_file().exists()  # nothing personal changed


def test_the_dialog_cannot_be_closed_while_the_shared_settings_are_saved(
        qtbot, sqlite_database, ui_settings):
    """Abbrechen, Esc or the close button during the save would drop its second half (the
    user's own settings and the language): they wait until the save is done."""
    import threading

    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    dialog.show_page(RULES)
    type_into(dialog, "settingsCaseload", "90")
    dialog.show_page(PERSONAL)
    language = dialog.findChild(QComboBox, "settingsLanguage")
    language.setCurrentIndex(language.findData("uk"))
    release = threading.Event()
    save_shared = dialog._gateway.save_shared
    dialog._gateway.save_shared = lambda values: (release.wait(10), save_shared(values))[1]

    dialog.findChild(QPushButton, "settingsSave").click()
    assert dialog.is_saving()
    dialog.reject()
    dialog.close()
    assert dialog.isVisible()

    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert stored(sqlite_database, "caseload_target_persons") == 90
    assert ui_settings.value("ui/language") == "uk"


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("settingsDeadlineNormal", "abc", "Frist „Normal“: „abc“ ist keine Zahl."),
    ("settingsDeadlineLow", "", "Frist „Niedrig“: bitte einen Wert angeben."),
    ("settingsMinArea", "0,5", "Mindestfläche je Person (m²): bitte eine Zahl von 1 bis 50"),
    ("settingsChildAges", "6, 3", "Altersgrenzen für Kinder (Jahre): bitte aufsteigend"),
    ("settingsChildAges", "20", "jede Grenze muss eine ganze Zahl von 1 bis 18 sein"),
    ("settingsChildAges", "3, drei", "Altersgrenzen für Kinder: „drei“ ist keine Zahl."),
    ("settingsCaseload", "0", "Betreuungsschlüssel: mindestens 1"),
    ("settingsRetentionYears", "2,5", "Aufbewahrungsfrist: bitte eine ganze Zahl angeben"),
    ("settingsBackupKeepDays", "viele", "Aufbewahren (Tage): „viele“ ist keine Zahl."),
    ("settingsBackupKeepCount", "0", "Mindestens behalten: mindestens 1"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(
        qtbot, sqlite_database, ui_settings, name, text, expected):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    dialog.show_page(DATABASE)
    type_into(dialog, "settingsCaseload", "90")  # a good change beside the bad one
    type_into(dialog, "settingsBackupKeepDays", "30")
    type_into(dialog, name, text)
    dialog.findChild(QComboBox, "settingsLanguage").setCurrentIndex(1)

    dialog.findChild(QPushButton, "settingsSave").click()

    assert expected in message(dialog)
    assert dialog.isVisible() and field(dialog, name).text() == text  # the input is kept
    assert dialog.stack.currentWidget().isAncestorOf(field(dialog, name))
    assert stored(sqlite_database, "caseload_target_persons") == 80
    assert setting_audit(sqlite_database) == []
    assert not config.settings_file().exists()
    assert ui_settings.value("ui/language") is None


def test_a_refusal_of_the_database_changes_nothing_and_keeps_the_dialog(
        qtbot, sqlite_database, ui_settings, monkeypatch):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    type_into(dialog, "settingsCaseload", "90")
    type_into(dialog, "settingsBackupKeepDays", "30")
    real_put = shared_settings.put

    def put(session, actor, key, value):  # the second setting fails inside the transaction
        if key == "caseload_target_persons":
            raise shared_settings.DomainError("Betreuungsschlüssel: abgelehnt.")
        return real_put(session, actor, key, value)

    type_into(dialog, "settingsMinArea", "9")
    monkeypatch.setattr(shared_settings, "put", put)
    dialog.findChild(QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: "abgelehnt" in message(dialog))
    assert dialog.isVisible() and dialog.stack.currentIndex() == RULES
    assert stored(sqlite_database, "min_area_per_person_m2") == 7.0  # rolled back
    assert not config.settings_file().exists()


def test_a_non_admin_sees_the_shared_settings_read_only(qtbot, sqlite_database, ui_settings):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings, SITE_MANAGER)
    dialog.show_page(RULES)
    note = dialog.findChild(QLabel, "settingsSharedNote")
    assert note.isVisible() and "ändert die Administration" in note.text()
    for name in ("settingsDeadlineImmediate", "settingsMinArea", "settingsChildAges",
                 "settingsCaseload", "settingsRetentionYears"):
        assert field(dialog, name).isReadOnly(), name
    type_into(dialog, "settingsMinArea", "12")  # even set from code: not saved
    type_into(dialog, "settingsBackupKeepDays", "20")  # the personal ones are theirs
    dialog.findChild(QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored(sqlite_database, "min_area_per_person_m2") == 7.0
    assert setting_audit(sqlite_database) == []
    assert settings_json() == {"backup_keep_days": 20}


# ------------------------------------------------------------------ personal settings

def test_personal_settings_go_to_the_settings_file_keeping_unknown_keys(
        qtbot, sqlite_database, ui_settings, tmp_path):
    config.settings_file().write_text(json.dumps(
        {"it_note": "vom Installer", "backup_keep_days": 14}), encoding="utf-8")
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    dialog.show_page(BACKUP)
    type_into(dialog, "settingsBackupFolder", str(tmp_path / "sicherungen"))
    type_into(dialog, "settingsBackupKeepCount", "7")
    dialog.show_page(PERSONAL)
    dialog.findChild(QComboBox, "settingsLanguage").setCurrentIndex(1)

    dialog.findChild(QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert settings_json() == {"it_note": "vom Installer", "backup_keep_days": 14,
                               "backup_folder": str(tmp_path / "sicherungen"),
                               "backup_keep_count": 7}
    assert [p.name for p in config.settings_file().parent.iterdir()] == ["settings.json"]
    assert ui_settings.value("ui/language") == "uk"
    from soest_desk.services import backups
    assert backups.backup_settings() == backups.BackupSettings(
        tmp_path / "sicherungen", 14, 7)


def test_a_postgres_server_is_saved_as_url_without_password(qtbot, sqlite_database,
                                                             ui_settings):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    assert dialog.findChild(QWidget, "settingsDatabaseEmbedded").isChecked()
    dialog.findChild(QWidget, "settingsDatabasePostgres").setChecked(True)
    type_into(dialog, "settingsDatabaseHost", "db.soest.intern")
    type_into(dialog, "settingsDatabasePort", "5433")
    type_into(dialog, "settingsDatabaseName", "soest")
    type_into(dialog, "settingsDatabaseUser", "meyer")
    type_into(dialog, "settingsDatabasePassword", "geheim")
    dialog.findChild(QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    url = "postgresql+psycopg://meyer@db.soest.intern:5433/soest"
    assert settings_json() == {"database_url": url}
    assert "geheim" not in config.settings_file().read_text(encoding="utf-8")
    assert config.choose_database(None) == config.DatabaseChoice(url, "settings")

    again = open_dialog(qtbot, sqlite_database, ui_settings)  # shows it, and where from
    assert field(again, "settingsDatabaseHost").text() == "db.soest.intern"
    assert field(again, "settingsDatabasePort").text() == "5433"
    assert "Einstellungsdatei" in again.findChild(QLabel, "settingsDatabaseSource").text()
    again.findChild(QWidget, "settingsDatabaseEmbedded").setChecked(True)
    type_into(again, "settingsDatabasePath", "")  # back to the default file
    again.findChild(QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: not again.isVisible())
    assert settings_json() == {}
    assert config.choose_database(None).source == "default"


def test_a_missing_file_or_server_field_is_refused(qtbot, sqlite_database, ui_settings,
                                                   tmp_path):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    dialog.show_page(PERSONAL)
    type_into(dialog, "settingsDatabasePath", str(tmp_path / "gibtsnicht.sqlite"))
    dialog.findChild(QPushButton, "settingsSave").click()
    assert "gibtsnicht.sqlite“ gibt es nicht" in message(dialog)
    assert dialog.stack.currentIndex() == DATABASE
    dialog.findChild(QWidget, "settingsDatabasePostgres").setChecked(True)
    type_into(dialog, "settingsDatabaseHost", "")
    dialog.findChild(QPushButton, "settingsSave").click()
    assert message(dialog) == "Server: bitte angeben."
    type_into(dialog, "settingsDatabaseHost", "db")
    type_into(dialog, "settingsDatabasePort", "70000")
    dialog.findChild(QPushButton, "settingsSave").click()
    assert message(dialog).startswith("Port: höchstens 65535")
    assert not config.settings_file().exists()


def test_the_environment_variable_is_named_as_the_source(qtbot, sqlite_database, ui_settings,
                                                        monkeypatch):
    monkeypatch.setenv(config.ENV_DATABASE_URL, "postgresql://x@server:5432/soest")
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    source = dialog.findChild(QLabel, "settingsDatabaseSource").text()
    assert "SOEST_DESK_DATABASE_URL" in source and "Vorrang" in source
    assert "anderen Datenbank gestartet" in source  # this session is the SQLite file
    assert field(dialog, "settingsDatabaseHost").text() == "server"


def test_reset_clears_the_window_layout_and_the_list_state_only(qtbot, sqlite_database,
                                                              ui_settings):
    for key in ("mainWindow/geometry", "mainWindow/currentTab", "lists/persons/filters",
                "lists/tickets/queue", "signIn/lastLogin", "ui/language"):
        ui_settings.setValue(key, "x")
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    dialog.show_page(PERSONAL)
    dialog.findChild(QPushButton, "settingsResetLayout").click()
    assert sorted(ui_settings.allKeys()) == ["signIn/lastLogin", "ui/language"]
    assert dialog.findChild(QLabel, "settingsResetResult").text().startswith("Zurückgesetzt")


# ------------------------------------------------------------------ Verbindung testen

def run_test(qtbot, dialog: SettingsDialog) -> str:
    dialog.findChild(QPushButton, "settingsDatabaseTest").click()
    qtbot.waitUntil(lambda: not dialog.database_page.is_testing(), timeout=15_000)
    return dialog.findChild(QLabel, "settingsDatabaseResult").text()


def test_connection_test_with_a_good_sqlite_file(qtbot, sqlite_database, ui_settings):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    type_into(dialog, "settingsDatabasePath", sqlite_database.info.location)
    text = run_test(qtbot, dialog)
    assert text == (f"Verbindung hergestellt: {sqlite_database.info.location}. Eine Datenbank "
                    f"von Soest Desk mit dem Schema-Stand {migrate.head_revision()}, passend "
                    "zu dieser Version.")


def test_connection_test_of_a_missing_file_and_an_empty_one(qtbot, sqlite_database,
                                                            ui_settings, tmp_path):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    missing = tmp_path / "nichts.sqlite"
    type_into(dialog, "settingsDatabasePath", str(missing))
    assert run_test(qtbot, dialog) == f"Keine Verbindung: Die Datei „{missing}“ gibt es nicht."
    assert not missing.exists()  # the test creates nothing
    empty = tmp_path / "leer.sqlite"
    empty.write_bytes(b"")
    type_into(dialog, "settingsDatabasePath", str(empty))
    assert "Die Datenbank ist noch leer" in run_test(qtbot, dialog)


def test_connection_test_with_a_port_nobody_listens_on(qtbot, sqlite_database, ui_settings):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    dialog.findChild(QWidget, "settingsDatabasePostgres").setChecked(True)
    type_into(dialog, "settingsDatabaseHost", "127.0.0.1")
    type_into(dialog, "settingsDatabasePort", "1")
    type_into(dialog, "settingsDatabaseName", "soest")
    text = run_test(qtbot, dialog)
    assert text == ("Keine Verbindung: Der Datenbankserver „127.0.0.1:1/soest“ ist nicht "
                    "erreichbar. Läuft der Server, und stimmen Rechnername und Port?")
    assert not config.settings_file().exists()


@pytest.mark.postgres
def test_connection_test_with_the_postgres_test_server(qtbot, sqlite_database, ui_settings,
                                                       pg_url):
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    dialog.findChild(QWidget, "settingsDatabasePostgres").setChecked(True)
    type_into(dialog, "settingsDatabaseHost", url.host or "127.0.0.1")
    type_into(dialog, "settingsDatabasePort", str(url.port or 5432))
    type_into(dialog, "settingsDatabaseName", url.database or "")
    type_into(dialog, "settingsDatabaseUser", url.username or "")
    type_into(dialog, "settingsDatabasePassword", url.password or "")
    assert f"Schema-Stand {migrate.head_revision()}, passend" in run_test(qtbot, dialog)


# ------------------------------------------------------------------ the Bewohner filter

def persons_tab(qtbot, database: Database) -> ListTab:
    tab = ListTab("persons", ListFetcher(database, SYSTEM_ACTOR, "persons", today=TODAY))
    qtbot.addWidget(tab)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.model.is_loaded())
    return tab


def age_boxes(widget: QWidget) -> list[str]:
    return [box.objectName() for box in widget.findChildren(QCheckBox)
            if box.objectName().startswith("personsFilterUnder") and not box.isHidden()]


def test_the_bewohner_filter_offers_the_stored_thresholds(qtbot, sqlite_database):
    assert age_boxes(persons_tab(qtbot, sqlite_database)) == [
        "personsFilterUnder3", "personsFilterUnder6", "personsFilterUnder18"]
    with sqlite_database.write(SYSTEM_ACTOR) as session:
        shared_settings.put(session, SYSTEM_ACTOR, "child_age_limits", [2, 10])
    tab = persons_tab(qtbot, sqlite_database)
    assert age_boxes(tab) == ["personsFilterUnder2", "personsFilterUnder10"]
    box = tab.findChild(QCheckBox, "personsFilterUnder10")
    assert box.text() == "unter 10" and "jünger als 10 Jahre" in box.toolTip()
    box.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.is_loaded()
                    and tab.model.filters().get("children_under") == 10)


def test_saved_thresholds_show_in_the_open_window_at_once(qtbot, sqlite_database,
                                                          open_window, ui_settings):
    window = open_window(sqlite_database)
    bar = window.list_tabs["persons"].filter_bar
    bar.age_boxes[6].setChecked(True)
    dialog = open_settings_dialog(window, sqlite_database, SYSTEM_ACTOR, ui_settings)
    qtbot.waitUntil(dialog.is_loaded)
    type_into(dialog, "settingsChildAges", "6, 14")
    dialog.findChild(QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: bar.age_limits() == [6, 14])
    assert age_boxes(window) == ["personsFilterUnder6", "personsFilterUnder14"]
    assert bar.age_boxes[6].isChecked()  # still offered: still ticked
    chain, widget = [], bar.age_boxes[6]
    for _ in range(3):
        chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.objectName() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
    assert chain == ["personsFilterUnder6", "personsFilterUnder14", "personsFilterAgeDate"]


def test_tab_order_follows_the_reading_order(qtbot, sqlite_database, ui_settings):
    dialog = open_dialog(qtbot, sqlite_database, ui_settings)
    dialog.findChild(QWidget, "settingsDatabasePostgres").setChecked(True)
    expected = ["settingsDatabasePostgres", "settingsDatabaseHost", "settingsDatabasePort",
                "settingsDatabaseName", "settingsDatabaseUser", "settingsDatabasePassword",
                "settingsDatabaseTest"]
    widget: QWidget = dialog.findChild(QWidget, expected[0])
    seen = [widget.objectName()]
    while len(seen) < len(expected):
        widget = widget.nextInFocusChain()
        if widget.objectName() and widget.isEnabled() \
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            seen.append(widget.objectName())
    assert seen == expected
    assert Path(config.settings_file()).parent.is_dir()
