"""The report export dialog (issue 6, point 2): a real Mängelbericht written off the GUI thread
(SQLite and PostgreSQL) and read back with openpyxl, progress, a cancel and closing while it
writes (no file), German messages for bad input and for a folder that cannot be written
(nothing written, inputs kept), the default period and file name, the facility choice, and
only the reports a role may run."""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QDir, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices

from soest_desk.db import Database
from soest_desk.models import Facility
from soest_desk.reports import xlsx_writer
from soest_desk.reports.catalog import REPORTS
from soest_desk.reports.report_params import ReportParams
from soest_desk.reports.run import write_report
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui.background import wait_for_background_work
from soest_desk.ui.reports import gateway as gateway_module
from soest_desk.ui.reports import periods
from soest_desk.ui.reports.export_dialog import FOLDER_KEY, ExportDialog
from soest_desk.ui.reports.gateway import ExportControl, ExportGateway, may_run
from tests.builders import Builder
from tests.services.ticket_fixtures import Cast, make_cast

WAIT_MS = 30_000
MARCH = (date(2025, 3, 1), date(2025, 3, 31))
TODAY = date(2026, 11, 15)
TITLES = ["Heizung kalt", "Fenster klemmt", "Tür quietscht"]  # the first two in Haus am Bach
CANCEL_TEXT = "Export abgebrochen – es wurde keine Datei geschrieben."


def make_world(database: Database) -> Cast:
    """Two facilities and their staff (`make_cast`); three tickets reported in March 2025."""
    cast = make_cast(database)
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        bach, berg = session.get(Facility, cast.facility_a), session.get(Facility, cast.facility_b)
        for day, (title, facility) in enumerate(zip(TITLES, (bach, bach, berg), strict=True)):
            b.ticket(facility, title, reported_at=datetime(2025, 3, 10 + day, 9, tzinfo=UTC))
    return cast


@pytest.fixture
def cast(database) -> Cast:
    return make_world(database)


@pytest.fixture
def lite(sqlite_database) -> tuple[Database, Cast]:
    """The same on SQLite only, for what does not depend on the engine."""
    return sqlite_database, make_world(sqlite_database)


@pytest.fixture
def out(tmp_path) -> Path:
    """The folder the reports go to (the database and the settings are beside it)."""
    folder = tmp_path / "berichte"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(ui_settings):
    return ui_settings


def open_dialog(qtbot, database: Database, actor: Actor, settings=None, **options
                ) -> ExportDialog:
    dialog = ExportDialog(ExportGateway(database, actor, today=lambda: TODAY), settings,
                          **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.facilities_loaded, timeout=WAIT_MS)
    return dialog


def fill(dialog: ExportDialog, target: Path, report: str = "maengelbericht",
         period: tuple[date, date] = MARCH) -> None:
    assert dialog.form.set_report(report)
    dialog.form.set_period(*period)
    dialog.form.target.setText(str(target))


def idle(qtbot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def writer_waits(monkeypatch) -> Iterator[dict[str, object]]:
    """The writer reports every row, and its first report waits until the export is
    cancelled (at most 10 s): an export that is surely still running when the test acts."""
    monkeypatch.setattr(xlsx_writer, "TICK_EVERY", 1)
    state: dict[str, object] = {"writing": threading.Event(), "threads": []}
    original = ExportControl.progress

    def progress(self: ExportControl, done: int, total: int | None) -> None:
        original(self, done, total)
        state["threads"].append(threading.current_thread())  # type: ignore[union-attr]
        state["writing"].set()  # type: ignore[union-attr]
        for _ in range(1000):
            if self.cancelled():
                return
            time.sleep(0.01)

    monkeypatch.setattr(ExportControl, "progress", progress)
    yield state
    wait_for_background_work(WAIT_MS)


# ---------------------------------------------------------------- writing


def test_export_writes_the_report_off_the_gui_thread(qtbot, database, cast, out, settings,
                                                      monkeypatch):
    calls: list[tuple[int, int | None, threading.Thread]] = []
    original = ExportControl.progress

    def record(self: ExportControl, done: int, total: int | None) -> None:
        calls.append((done, total, threading.current_thread()))
        original(self, done, total)

    monkeypatch.setattr(ExportControl, "progress", record)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_dialog(qtbot, database, cast.manager, settings)
    target = out / "Mängel März.xlsx"
    fill(dialog, target)
    dialog.form.target.setFocus()
    qtbot.keyClick(dialog.form.target, Qt.Key.Key_Return)  # Enter = "Exportieren"
    assert dialog.busy() and not dialog.form.isEnabled() and dialog.cancel_button.isVisible()
    idle(qtbot, dialog)

    # 3 tickets, 2 facilities, 1 category ("Sonstiges"), 1 line "Gesamt"
    assert dialog.message_text() == f"Geschrieben: {QDir.toNativeSeparators(str(target))} " \
                                    "(7\u00a0Zeilen)"
    book = load_workbook(target)
    tickets = book["Meldungen"]
    assert tickets["G1"].value == "Titel"
    assert sorted(tickets.cell(row, 7).value for row in (2, 3, 4)) == sorted(TITLES)
    assert book["Deckblatt"]["A1"].value == "Mängelbericht"
    assert leftovers(out) == [target.name]  # no temporary file left behind

    assert calls and calls[-1][:2] == (7, 7)  # rows written of rows in all, at the end
    assert all(thread is not threading.main_thread() for *_, thread in calls)
    assert dialog.form.isEnabled() and dialog.run_button.isEnabled()
    assert settings.value(FOLDER_KEY) == str(out)
    assert dialog.open_file_button.isVisible() and dialog.open_folder_button.isVisible()
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(target), str(out)]

    dialog.form.target.clear()  # a message about something else: the buttons go with the old one
    assert not dialog.export() and not dialog.open_file_button.isVisible()


def test_chosen_facilities_narrow_the_report(qtbot, lite, out):
    db, cast = lite
    dialog = open_dialog(qtbot, db, cast.manager)
    picker = dialog.form.facilities
    assert picker.all_button.text() == "&Alle Unterkünfte (2)"
    assert not picker.list.isEnabled()
    picker.some_button.setChecked(True)
    assert picker.count.text() == "0 von 2 gewählt"
    picker.filter.setText("berg")
    assert [picker.list.item(i).isHidden() for i in range(2)] == [True, False]
    qtbot.mouseClick(picker.tick_all, Qt.MouseButton.LeftButton)  # only the one shown
    assert picker.count.text() == "1 von 2 gewählt"
    target = out / "berg.xlsx"
    fill(dialog, target)
    assert dialog.form.request().facility_ids == (cast.facility_b,)
    assert dialog.export()
    idle(qtbot, dialog)
    rows = list(load_workbook(target)["Meldungen"].iter_rows(min_row=2, values_only=True))
    assert [row[6] for row in rows if row[0] is not None and row[1]] == ["Tür quietscht"]


# ---------------------------------------------------------------- cancel, close, responsive


def test_cancel_writes_no_file_and_the_gui_stays_responsive(qtbot, lite, out,
                                                            writer_waits):
    db, cast = lite
    dialog = open_dialog(qtbot, db, cast.manager)
    target = out / "abbruch.xlsx"
    fill(dialog, target)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert writer_waits["writing"].wait(WAIT_MS / 1000)  # type: ignore[union-attr]

    # the writer is held mid-sheet on its own thread; the GUI thread keeps working
    assert writer_waits["threads"][0] is not threading.main_thread()  # type: ignore[index]
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2000)
    qtbot.waitUntil(lambda: dialog.progress_text.text().startswith("Zeilen geschrieben: "),
                    timeout=2000)
    assert dialog.bar.maximum() > 0 and dialog.busy()

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)
    assert dialog.message_text() == CANCEL_TEXT
    assert leftovers(out) == []
    assert dialog.form.target_path() == target and dialog.form.period() == MARCH
    assert dialog.form.choice().name == "maengelbericht"  # type: ignore[union-attr]
    assert dialog.run_button.isEnabled() and not dialog.open_file_button.isVisible()


def test_closing_while_writing_cancels_and_waits(qtbot, lite, out, writer_waits):
    db, cast = lite
    dialog = open_dialog(qtbot, db, cast.manager)
    fill(dialog, out / "zu.xlsx")
    assert dialog.export()
    assert writer_waits["writing"].wait(WAIT_MS / 1000)  # type: ignore[union-attr]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.progress_text.text() == "Wird abgebrochen …"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert leftovers(out) == []


# ---------------------------------------------------------------- bad input and failures


def test_bad_input_names_the_field_and_runs_nothing(qtbot, lite, out,
                                                    monkeypatch):
    db, cast = lite
    dialog = open_dialog(qtbot, db, cast.manager)
    started: list[object] = []
    monkeypatch.setattr(dialog.gateway, "export", lambda *args: started.append(args))
    target = out / "bericht.xlsx"

    fill(dialog, target, period=(date(2025, 3, 31), date(2025, 3, 1)))
    assert not dialog.export()
    assert dialog.message_text() == ("Bis: der 01.03.2025 liegt vor dem Anfang des Zeitraums "
                                     "(31.03.2025).")
    assert dialog.message.styleSheet() and dialog.form.end.hasFocus()

    dialog.form.set_period(*MARCH)
    dialog.form.facilities.set_chooses_all(False)
    assert not dialog.export()
    assert dialog.message_text().startswith("Unterkünfte: bitte mindestens eine Unterkunft")
    assert dialog.form.facilities.list.hasFocus()

    dialog.form.facilities.set_chooses_all(True)
    dialog.form.target.clear()
    assert not dialog.export()
    assert dialog.message_text().startswith("Zieldatei: bitte angeben")
    assert dialog.form.target.hasFocus()

    dialog.form.target.setText(str(out / "fehlt" / "bericht.xlsx"))
    assert not dialog.export()
    assert dialog.message_text() == (f"Zieldatei: den Ordner „{out / 'fehlt'}“ gibt es "
                                     "nicht.")
    dialog.form.target.setText(str(out / "bericht.pdf"))
    assert not dialog.export()
    assert dialog.message_text().startswith("Zieldatei: „bericht.pdf“ – bitte eine Excel-Datei")

    assert started == [] and leftovers(out) == [] and not dialog.busy()


@pytest.fixture
def unwritable(tmp_path, monkeypatch) -> Path:
    """A folder no file can be written to (for root, who may write anywhere, the save is made
    to fail as it would there)."""
    folder = tmp_path / "gesperrt"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except PermissionError:
        pass
    else:
        (folder / "probe").unlink()

        def refuse(self, filename) -> None:
            raise PermissionError(13, "Permission denied", str(filename))

        monkeypatch.setattr(Workbook, "save", refuse)
    yield folder
    folder.chmod(0o755)


def test_an_unwritable_folder_gets_a_german_message(qtbot, lite, unwritable):
    db, cast = lite
    dialog = open_dialog(qtbot, db, cast.manager)
    target = unwritable / "bericht.xlsx"
    fill(dialog, target)
    assert dialog.export()
    idle(qtbot, dialog)
    assert dialog.message_text() == (f"„{target}“ kann nicht gespeichert werden: keine "
                                     "Schreibberechtigung, oder die Datei ist noch in einem "
                                     "anderen Programm (z. B. Excel) geöffnet.")
    assert dialog.message.styleSheet()  # shown as an error
    assert leftovers(unwritable) == []
    assert dialog.isVisible() and dialog.form.target_path() == target
    assert not dialog.open_file_button.isVisible()


def test_an_existing_file_is_replaced_only_when_agreed(qtbot, lite, out,
                                                       monkeypatch):
    db, cast = lite
    dialog = open_dialog(qtbot, db, cast.manager)
    target = out / "da.xlsx"
    target.write_bytes(b"alt")
    fill(dialog, target)
    answers = [False, True]
    monkeypatch.setattr(dialog, "confirm_replace", lambda path: answers.pop(0))
    assert not dialog.export() and target.read_bytes() == b"alt"
    assert dialog.export()
    idle(qtbot, dialog)
    assert load_workbook(target)["Meldungen"]["G1"].value == "Titel"
    assert dialog.export()  # the file it wrote itself is replaced without asking again
    idle(qtbot, dialog)


# ---------------------------------------------------------------- defaults and choices


def test_defaults_previous_month_and_a_file_name_in_the_folder(qtbot, lite,
                                                               out, settings):
    db, cast = lite
    settings.setValue(FOLDER_KEY, str(out))
    dialog = open_dialog(qtbot, db, cast.manager, settings,
                         report_name="maengelbericht")
    form = dialog.form
    assert form.period() == (date(2026, 10, 1), date(2026, 10, 31))
    assert form.preset.currentText() == "Letzter Monat"
    assert form.start.displayFormat() == "dd.MM.yyyy"
    assert form.target_path() == out / "Maengelbericht_2026-10.xlsx"
    assert dialog.run_button.isDefault()

    form.set_preset(periods.THIS_YEAR)
    assert form.period() == (date(2026, 1, 1), TODAY)
    form.set_preset(periods.LAST_YEAR)
    assert form.target_path() == out / "Maengelbericht_2025.xlsx"
    form.end.setDate(form.end.date().addDays(-1))
    assert form.preset.currentText() == "Eigener Zeitraum"
    assert form.target_path() == out / "Maengelbericht_2025-01-01_bis_2025-12-30.xlsx"
    form.set_report("belegungsstatistik")
    assert form.target_path().name == "Belegungsstatistik_2025-01-01_bis_2025-12-30.xlsx"

    form.set_report("pilotauswertung")  # before and after need a longer period
    assert form.preset.currentText() == "Eigener Zeitraum"  # the user's own period stays
    form.set_report("belegungsstatistik")
    form.set_preset(periods.LAST_MONTH)
    form.set_report("pilotauswertung")
    assert form.preset.currentText() == "Letzte 12 Monate"
    assert form.period() == (date(TODAY.year - 1, TODAY.month, 1), TODAY)
    form.set_report("belegungsstatistik")
    assert form.preset.currentText() == "Letzter Monat"

    form.target.setText(str(out / "Meine Zahlen.xlsx"))  # named by the user: kept
    form.set_preset(periods.LAST_MONTH)
    assert form.target_path() == out / "Meine Zahlen.xlsx"
    assert form.pdf.isHidden()  # the Belegungsstatistik has no PDF


def test_a_report_with_a_pdf_offers_the_format(qtbot, lite, out, settings,
                                               monkeypatch):
    monkeypatch.setitem(REPORTS, "verweildauer",
                        dataclasses.replace(REPORTS["verweildauer"], pdf=True))
    db, cast = lite
    settings.setValue(FOLDER_KEY, str(out))
    dialog = open_dialog(qtbot, db, cast.manager, settings,
                         report_name="verweildauer")
    form = dialog.form
    assert not form.pdf.isHidden()
    form.pdf.setChecked(True)
    assert form.target_path() == out / "Verweildauer_2026-10.pdf"
    form.set_report("maengelbericht")
    assert form.pdf.isHidden() and form.xlsx.isChecked()
    assert form.target_path() == out / "Maengelbericht_2026-10.xlsx"


def test_periods_and_file_names():
    assert periods.preset_period(periods.LAST_MONTH, date(2026, 1, 15)) == (
        date(2025, 12, 1), date(2025, 12, 31))
    assert periods.preset_period(periods.LAST_QUARTER, date(2026, 2, 3)) == (
        date(2025, 10, 1), date(2025, 12, 31))
    assert periods.preset_period(periods.LAST_QUARTER, date(2026, 8, 31)) == (
        date(2026, 4, 1), date(2026, 6, 30))
    assert periods.preset_period(periods.THIS_MONTH, date(2026, 3, 9)) == (
        date(2026, 3, 1), date(2026, 3, 9))
    assert periods.preset_period(periods.LAST_12_MONTHS, date(2026, 11, 22)) == (
        date(2025, 11, 1), date(2026, 11, 22))
    assert periods.period_tag(date(2026, 4, 1), date(2026, 6, 30)) == "2026-Q2"
    assert periods.period_tag(date(2024, 2, 1), date(2024, 2, 29)) == "2024-02"
    assert periods.default_file_name("Mängelbericht", date(2026, 10, 1), date(2026, 10, 31),
                                     ".xlsx") == "Maengelbericht_2026-10.xlsx"
    assert periods.default_file_name("Größe*n Übersicht", date(2026, 1, 1),
                                     date(2026, 12, 31), ".pdf") == "Groessen_Uebersicht_2026.pdf"


# ---------------------------------------------------------------- who may run what


def offered(dialog: ExportDialog) -> list[str]:
    return [dialog.form.report.itemData(i).name for i in range(dialog.form.report.count())]


def test_only_the_reports_a_role_may_run_are_offered(qtbot, lite):
    db, cast = lite
    dialog = open_dialog(qtbot, db, cast.manager)
    assert offered(dialog) == list(REPORTS)

    dialog = open_dialog(qtbot, db, cast.service, report_name="verweildauer")
    assert offered(dialog) == ["belegungsstatistik", "maengelbericht"]
    assert dialog.message_text() == "Ihre Rolle erlaubt den Bericht „Verweildauer“ nicht."

    dialog = open_dialog(qtbot, db, cast.site_a)
    assert offered(dialog) == ["belegungsliste", "belegungsstatistik", "maengelbericht",
                               "nachbarschaft"]
    picker = dialog.form.facilities
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == ["Haus am Bach"]


def test_a_refusal_of_the_services_is_shown_in_german(qtbot, lite, out,
                                                     monkeypatch):
    """Were the dialog to offer a report the role may not run, the services still refuse."""
    monkeypatch.setattr(gateway_module, "may_run", lambda actor, name: True)
    db, cast = lite
    dialog = open_dialog(qtbot, db, cast.service)
    fill(dialog, out / "liste.xlsx", report="belegungsliste")
    assert dialog.export()
    idle(qtbot, dialog)
    assert "Bewohner*innen ansehen" in dialog.message_text()
    assert leftovers(out) == []


def test_the_offer_matches_what_the_services_allow(lite, out):
    """Every report as every role through the one write path: refused exactly when the
    dialog would not offer it (keeps `ReportDef.needs` true when a service changes)."""
    db, cast = lite
    params = ReportParams(*MARCH)
    for role, actor in cast.by_name().items():
        for name in REPORTS:
            try:
                with db.read() as session:
                    write_report(session, actor, name, params, out / f"{role}-{name}.xlsx")
            except PermissionDenied:
                refused = True
            except DomainError:  # allowed, but e.g. no pilot facility to evaluate
                refused = False
            else:
                refused = False
            assert refused is not may_run(actor, name), (role, name)
    assert os.listdir(out)  # the allowed ones were written
