"""The import dialog (issue 4, item 7) on SQLite and PostgreSQL, with the real import
services: the preview of a cp1252 CSV, a bad row listed with its row number and blocking
the import, a column mapped by hand, duplicates, a clean import telling the window, a
cancel and a database failure writing nothing, unreadable files, the template."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import create_engine, func, select, text

from soest_desk.db import Database, open_database, parse_url
from soest_desk.models import Person
from soest_desk.models.enums import Role
from soest_desk.services import people
from soest_desk.services.permissions import Actor
from soest_desk.ui.import_dialog import ImportDialog
from soest_desk.ui.imports.preview import ERROR_GROUND
from tests.builders import Builder, _actor
from tests.conftest import empty_postgres

WAIT_MS = 30_000
BAD_ROW = ["Name;Vorname(n);Geb.-Datum;Staatsangehörigkeit;Zimmer",
           "Müller;Jürgen;01.01.1970;DEU;A1",
           "Weiß;Änne;31.02.1980;DEU;A2",  # row 3: there is no 31 February
           "Öztürk;Gül;12.12.1975;Türkei;B1"]
CLEAN = ["Familienname;Vornamen;Geburtsdatum;Staatsangehörigkeit;Haushalt",
         "Müller;Jürgen;01.01.1970;DEU;M1",
         "Müller;Änne;02.02.1972;DEU;M1",
         "Öztürk;Gül;12.12.1975;Türkei;"]


def write_csv(path: Path, lines: list[str], encoding: str = "cp1252") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def big_csv(path: Path, count: int = 3_000) -> Path:
    """`count` distinct people, three to a household."""
    lines = ["Familienname;Vornamen;Geburtsdatum;Haushalt"]
    for i in range(count):
        name = "".join("bdfgklmnprst"[(i // 12 ** k) % 12] + "aeiou"[(i // 7 ** k) % 5]
                       for k in range(4)).title()
        born = date(1950, 1, 1) + timedelta(days=7 * i)
        lines.append(f"{name};Anna;{born:%d.%m.%Y};H{i // 3}")
    return write_csv(path, lines, encoding="utf-8")


def person_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


@pytest.fixture
def staff(database) -> dict[str, Actor]:
    with database.write() as session:
        b = Builder(session)
        users = [b.user("leitung", {Role.MANAGER}), b.user("heim", {Role.SITE_MANAGER}),
                 b.user("sozial", {Role.SOCIAL_WORKER})]
        return {user.login: _actor(user) for user in users}


def open_dialog(qtbot, database: Database, actor: Actor, **options) -> ImportDialog:
    dialog = ImportDialog(database, actor, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def idle(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)


def load(qtbot, dialog: ImportDialog, path: Path) -> None:
    dialog.load_file(path)
    idle(qtbot, dialog)


def click(qtbot, dialog: ImportDialog, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)


def problem_rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    model = dialog.result_step.problems.model()
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def combo(dialog: ImportDialog, column: int) -> QComboBox:
    found = dialog.findChild(QComboBox, f"importMapping{column}")
    assert found is not None
    return found


def test_a_bad_row_is_listed_with_its_row_number_and_blocks_the_import(
        qtbot, database, staff, tmp_path):
    dialog = open_dialog(qtbot, database, staff["leitung"], kind="people")
    load(qtbot, dialog, write_csv(tmp_path / "bewohner.csv", BAD_ROW))
    info = dialog.file_step.info.text()
    assert "Zeichensatz Windows-1252" in info and "Trennzeichen ;" in info
    assert "3 Datenzeilen" in info
    preview = dialog.preview.preview
    assert preview.index(1, 1).data() == "Änne"
    assert preview.headerData(1, Qt.Orientation.Vertical) == "3"  # the row number in Excel
    assert [combo(dialog, c).currentData() for c in range(5)] == [
        "family_name", "given_names", "birth_date", "nationality", None]
    assert "Nicht importiert: „Zimmer“" in dialog.preview_step.status.text()
    assert not dialog.run_button.isEnabled()

    click(qtbot, dialog, dialog.check_button)
    assert dialog.result_step.summary.text().startswith("3 Zeilen geprüft, 1 fehlerhaft.")
    assert problem_rows(dialog) == [("3", "Geb.-Datum", "Den 31.02.1980 gibt es nicht.")]
    assert preview.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) == ERROR_GROUND
    assert not dialog.run_button.isEnabled()
    dialog.run_import()  # refused while the check is not clean
    assert not dialog.busy() and person_count(database) == 0


def test_an_unrecognised_column_is_mapped_through_its_combo(qtbot, database, staff, tmp_path):
    lines = ["Nom;Vorname;Geburtsdatum", "Müller;Jürgen;01.01.1970", "Weiß;Änne;02.02.1980"]
    dialog = open_dialog(qtbot, database, staff["leitung"], kind="people")
    load(qtbot, dialog, write_csv(tmp_path / "liste.csv", lines))
    assert combo(dialog, 0).currentText() == "– nicht importieren –"
    assert "Keine Spalte für: „Familienname“" in dialog.preview_step.status.text()
    assert not dialog.check_button.isEnabled()

    combo(dialog, 0).setCurrentIndex(combo(dialog, 0).findData("family_name"))
    assert dialog.mapping() == {0: "family_name", 1: "given_names", 2: "birth_date"}
    assert "Übernommen werden 3 von 3 Spalten." in dialog.preview_step.status.text()
    click(qtbot, dialog, dialog.check_button)
    assert dialog.result_step.summary.text().startswith("2 Zeilen geprüft, 0 fehlerhaft.")
    assert dialog.run_button.isEnabled()

    # a field chosen again leaves its first column; the check no longer fits the choices
    combo(dialog, 0).setCurrentIndex(combo(dialog, 0).findData("given_names"))
    assert combo(dialog, 1).currentData() is None
    assert not dialog.run_button.isEnabled() and dialog.result_step.stale.isVisible()
    combo(dialog, 0).setCurrentIndex(combo(dialog, 0).findData("family_name"))
    combo(dialog, 1).setCurrentIndex(combo(dialog, 1).findData("given_names"))
    assert dialog.run_button.isEnabled() and not dialog.result_step.stale.isVisible()


def test_a_clean_file_imports_and_tells_the_window(qtbot, database, staff, tmp_path):
    dialog = open_dialog(qtbot, database, staff["leitung"], kind="people")
    load(qtbot, dialog, write_csv(tmp_path / "bewohner.csv", CLEAN))
    click(qtbot, dialog, dialog.check_button)
    assert "Importiert werden können: 3 Bewohner*innen in 1 Haushalt." in (
        dialog.result_step.summary.text())
    assert problem_rows(dialog) == []
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)
    assert signal.args == ["people", 3]
    assert dialog.message_text() == "Importiert: 3 Bewohner*innen in 1 Haushalt."
    assert person_count(database) == 3
    assert not dialog.run_button.isEnabled()  # not the same list twice

    click(qtbot, dialog, dialog.check_button)  # a second check finds them all
    assert [row[0] for row in problem_rows(dialog)] == ["2", "3", "4"]
    assert not dialog.run_button.isEnabled()


def test_duplicates_name_the_stored_person_and_can_be_skipped(qtbot, database, staff, tmp_path):
    with database.write(staff["leitung"]) as session:
        people.create_person(session, staff["leitung"], people.PersonInput(
            "Öztürk", "Gül", birth_date=date(1975, 12, 12)), today=date(2025, 3, 15))
    dialog = open_dialog(qtbot, database, staff["leitung"], kind="people")
    load(qtbot, dialog, write_csv(tmp_path / "bewohner.csv", CLEAN))
    click(qtbot, dialog, dialog.check_button)
    assert "1 mögliche Dublette" in dialog.result_step.summary.text()
    [(row, column, reason)] = problem_rows(dialog)
    assert (row, column) == ("4", "")
    assert reason.startswith("Mögliche Dublette: schon erfasst: Öztürk, Gül")
    assert not dialog.run_button.isEnabled()

    dialog.skip_duplicates.setChecked(True)
    assert dialog.result_step.stale.isVisible()
    click(qtbot, dialog, dialog.check_button)
    assert "Die Dubletten werden übersprungen." in dialog.result_step.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as signal:
        click(qtbot, dialog, dialog.run_button)
    assert signal.args == ["people", 2]
    assert "Übersprungen: 1 mögliche Dublette." in dialog.message_text()
    assert person_count(database) == 3


def test_cancel_during_a_large_import_writes_nothing(qtbot, database, staff, tmp_path):
    dialog = open_dialog(qtbot, database, staff["leitung"], kind="people")
    load(qtbot, dialog, big_csv(tmp_path / "gross.csv"))
    click(qtbot, dialog, dialog.check_button)
    assert dialog.result_step.summary.text().startswith("3.000 Zeilen geprüft, 0 fehlerhaft.")
    with qtbot.assertNotEmitted(dialog.imported, wait=100):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        assert dialog.busy() and dialog.jobs.cancel_button.isVisible()
        qtbot.waitUntil(lambda: dialog.jobs.progress_text().startswith(
            "Zeilen werden gespeichert:"), timeout=WAIT_MS)
        qtbot.mouseClick(dialog.jobs.cancel_button, Qt.MouseButton.LeftButton)
        idle(qtbot, dialog)
    assert dialog.message_text() == "Der Import wurde abgebrochen; es wurde nichts gespeichert."
    assert person_count(database) == 0
    assert dialog.run_button.isEnabled()  # everything chosen is kept: try again at once


def test_closing_during_an_import_cancels_it_first(qtbot, database, staff, tmp_path):
    dialog = open_dialog(qtbot, database, staff["leitung"], kind="people")
    load(qtbot, dialog, big_csv(tmp_path / "gross.csv", 1_500))
    click(qtbot, dialog, dialog.check_button)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.jobs.progress_text().startswith(
        "Zeilen werden gespeichert:"), timeout=WAIT_MS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.jobs.progress_text() == "Wird abgebrochen …"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert person_count(database) == 0


def test_an_unreadable_file_gets_a_german_message(qtbot, database, staff, tmp_path):
    dialog = open_dialog(qtbot, database, staff["leitung"], kind="people")
    (tmp_path / "liste.xlsx").write_text("Name;Vorname\nMüller;Jürgen\n", encoding="utf-8")
    load(qtbot, dialog, tmp_path / "liste.xlsx")
    assert "„liste.xlsx“ ist keine gültige Excel-Datei (.xlsx)" in dialog.message_text()
    assert dialog.table() is None and not dialog.check_button.isEnabled()

    good = write_csv(tmp_path / "bewohner.csv", CLEAN)
    load(qtbot, dialog, good)
    (tmp_path / "alt.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    load(qtbot, dialog, tmp_path / "alt.xls")
    assert "Dieses Dateiformat (.xls) kann nicht gelesen werden" in dialog.message_text()
    assert dialog.file_step.path.text() == str(good)  # the list read before stays
    assert dialog.table() is not None and dialog.check_button.isEnabled()
    load(qtbot, dialog, tmp_path / "fehlt.csv")
    assert "gibt es nicht" in dialog.message_text()


def test_the_template_for_the_chosen_kind(qtbot, database, staff, tmp_path):
    with database.write() as session:
        Builder(session).facility("Haus am Bach")
    dialog = open_dialog(qtbot, database, staff["leitung"], kind="people")
    qtbot.mouseClick(dialog.file_step.kind_buttons["units"], Qt.MouseButton.LeftButton)
    assert dialog.kind() == "units"
    dialog.save_template(tmp_path / "vorlage.xlsx")
    idle(qtbot, dialog)
    assert dialog.message_text().startswith("Vorlage für Wohneinheiten gespeichert:")
    load(qtbot, dialog, tmp_path / "vorlage.xlsx")
    assert "Excel-Datei, Blatt „Wohneinheiten“" in dialog.file_step.info.text()
    assert len(dialog.mapping()) == len(dialog.table().headers)  # every column recognised
    assert "keine Datenzeilen" in dialog.message_text()
    assert not dialog.check_button.isEnabled()


def test_what_the_role_may_import(qtbot, database, staff):
    site = open_dialog(qtbot, database, staff["heim"], kind="facilities")
    assert site.kind() == "people"
    assert [b.isEnabled() for b in site.file_step.kind_buttons.values()] == [False, False, True]
    social = open_dialog(qtbot, database, staff["sozial"])
    assert not any(b.isEnabled() for b in social.file_step.kind_buttons.values())
    assert "keinen Import" in social.message_text()


def test_a_database_that_cannot_be_opened_keeps_the_choices(qtbot, staff, tmp_path):
    broken = Database(parse_url(f"sqlite:///{tmp_path / 'fehlt' / 'soest.sqlite'}"))
    try:
        dialog = open_dialog(qtbot, broken, staff["leitung"], kind="people")
        load(qtbot, dialog, write_csv(tmp_path / "liste.csv", BAD_ROW))
        combo(dialog, 4).setCurrentIndex(combo(dialog, 4).findData("household_key"))
        click(qtbot, dialog, dialog.check_button)
        assert "kann nicht geöffnet werden" in dialog.message_text()
        assert dialog.mapping()[4] == "household_key" and dialog.kind() == "people"
        assert dialog.check_button.isEnabled() and not dialog.run_button.isEnabled()
    finally:
        broken.dispose()


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    try:
        yield database
    finally:
        database.dispose()
        empty_postgres(pg_url)


def test_a_lost_server_connection_while_importing_writes_nothing(qtbot, pg_database, pg_url,
                                                                  tmp_path):
    with pg_database.write() as session:
        actor = _actor(Builder(session).user("leitung", {Role.MANAGER}))
    dialog = open_dialog(qtbot, pg_database, actor, kind="people")
    load(qtbot, dialog, big_csv(tmp_path / "gross.csv"))
    click(qtbot, dialog, dialog.check_button)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.jobs.progress_text().startswith(
        "Zeilen werden gespeichert:"), timeout=WAIT_MS)
    admin = create_engine(pg_url)
    try:
        with admin.connect() as connection:  # the server drops the import's connection
            connection.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                "current_database() AND application_name = 'soest-desk' "
                "AND pid <> pg_backend_pid()"))
    finally:
        admin.dispose()
    idle(qtbot, dialog)
    assert dialog.message_text().startswith("Die Datenbank „")
    assert dialog.message_text().endswith(". Es wurde nichts gespeichert.")
    assert person_count(pg_database) == 0
    assert dialog.run_button.isEnabled() and dialog.mapping()[0] == "family_name"
