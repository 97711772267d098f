"""The Protokoll dialog: filters, the selected entry's changes, paging off the GUI thread,
the export through the file dialog, a German message for bad filter input, and the refusal
for a role without "Protokoll ansehen". SQLite only: the services' tests cover both
engines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from soest_desk.db import Database
from soest_desk.models.enums import Role
from soest_desk.services import people
from soest_desk.services.people import PersonInput
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.ui.audit.audit_dialog import AuditDialog, open_audit_dialog
from soest_desk.ui.audit.gateway import AuditGateway
from soest_desk.ui.background import wait_for_background_work
from soest_desk.ui.table_models.lazy_table_model import IdRole
from tests.builders import TODAY, Builder, _actor

WAIT_MS = 10_000


@dataclass
class World:
    database: Database
    admin: Actor
    manager: Actor
    person_ids: list[int]


@pytest.fixture
def world(sqlite_database: Database) -> World:
    """The manager registers four people and renames the first ("Shevchenko" →
    "Schewtschenko"), through the services."""
    database = sqlite_database
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        admin = _actor(b.user("root", {Role.ADMIN}, display_name="Ada Admin"))
        manager = _actor(b.user("m.mueller", {Role.MANAGER}, display_name="Maria Müller"))
    ids = []
    for family, given in (("Shevchenko", "Taras"), ("Öztürk", "Ümit"), ("Haddad", "Rania"),
                          ("Weiß", "Jürgen")):
        with database.write(manager) as session:
            ids.append(people.create_person(session, manager, PersonInput(family, given),
                                            today=TODAY).id)
    with database.write(manager) as session:
        person = session.get(people.Person, ids[0])
        people.update_person(session, manager, ids[0], person.version_id,
                             PersonInput("Schewtschenko", "Taras"), today=TODAY)
    return World(database, admin, manager, ids)


def loaded(qtbot, dialog: AuditDialog) -> AuditDialog:
    qtbot.waitUntil(dialog.is_loaded, timeout=WAIT_MS)
    return dialog


def test_filter_select_and_read_the_changes(qtbot, world):
    dialog = open_audit_dialog(None, world.database, world.admin)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AuditDialog) and not dialog.isModal() and dialog.isVisible()
    loaded(qtbot, dialog)
    everything = dialog.model.rowCount()
    assert everything >= 7  # the users, four people, a rename
    assert dialog.status_text() == f"{everything} Einträge, neueste zuerst"
    newest = dialog.selected_row()  # the first row is selected and shown
    assert newest is not None and newest.action_label == "geändert"

    dialog.filter_bar.set_values(who="M.MU", table="persons", action="insert")
    assert dialog.apply_filters()
    loaded(qtbot, dialog)
    assert dialog.model.rowCount() == 4
    assert dialog.status_text() == "4 Einträge, neueste zuerst"
    dialog.select_row(3)  # the oldest: Taras, registered first
    row = dialog.selected_row()
    assert row is not None and row.row_id == world.person_ids[0]
    assert ("Familienname", "–", "Shevchenko") in dialog.detail.values()
    assert f"Person Nr. {world.person_ids[0]}" in dialog.detail.title.text()
    assert "angelegt" in dialog.detail.title.text()

    dialog.filter_bar.set_values(table="persons", action="update",
                                 row_id=str(world.person_ids[0]))
    dialog.filter_bar.apply_button.click()
    loaded(qtbot, dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.detail.values() == [("Familienname", "Shevchenko", "Schewtschenko")]
    summary = dialog.model.index(0, 5).data()
    assert summary == "Familienname: „Shevchenko“ → „Schewtschenko“"


def test_bad_filter_input_is_named_and_reads_nothing(qtbot, world, monkeypatch):
    dialog = loaded(qtbot, AuditDialog(AuditGateway(world.database, world.admin)))
    qtbot.addWidget(dialog)
    shown = dialog.model.rowCount()
    calls = []
    monkeypatch.setattr(dialog.gateway, "first_page", lambda f: calls.append(f))
    dialog.filter_bar.set_values(date_from="31.02.2025")
    assert not dialog.apply_filters()
    assert dialog.status_text() == "Filter nicht angewendet – Von: den 31.02.2025 gibt es nicht."
    dialog.filter_bar.set_values(date_from="02.03.2025", date_to="01.03.2025")
    dialog.filter_bar.date_to.returnPressed.emit()
    assert dialog.status_text().startswith("Filter nicht angewendet – Bis: der 01.03.2025")
    assert calls == [] and dialog.model.rowCount() == shown  # the rows shown stay


def test_further_pages_arrive_from_the_background(qtbot, qtmodeltester, world):
    gateway = AuditGateway(world.database, world.admin)
    gateway.page_size = 2
    dialog = loaded(qtbot, AuditDialog(gateway))
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.is_busy() and model.rowCount() == 2  # asked, not yet read
    qtbot.waitUntil(lambda: model.rowCount() == 4 and not model.is_busy(), timeout=WAIT_MS)
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=WAIT_MS)
    ids = [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]
    assert len(ids) == len(set(ids))  # no row twice
    moments = [row.cursor for row in (model.row_by_id(i) for i in ids) if row is not None]
    assert moments == sorted(moments, reverse=True)
    qtmodeltester.check(model)
    wait_for_background_work()


def test_export_writes_the_filtered_rows(qtbot, world, tmp_path, monkeypatch):
    dialog = loaded(qtbot, AuditDialog(AuditGateway(world.database, world.admin)))
    qtbot.addWidget(dialog)
    dialog.filter_bar.set_values(table="persons", action="update")  # typed, not applied
    chosen = tmp_path / "protokoll"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen), "Excel-Arbeitsmappe (*.xlsx)"))
    dialog.export_panel.export_button.click()
    panel = dialog.export_panel
    qtbot.waitUntil(lambda: not panel.busy(), timeout=WAIT_MS)
    target = Path(f"{chosen}.xlsx")
    assert panel.message_text() == f"Geschrieben: {target} (1\u00a0Zeile)"
    rows = list(load_workbook(target)["Protokoll"].iter_rows(min_row=2, values_only=True))
    assert [row[1:5] for row in rows] == [("m.mueller", "geändert", "Person",
                                           world.person_ids[0])]
    loaded(qtbot, dialog)
    assert dialog.model.rowCount() == 1  # the export applied what was typed to the table


def test_a_role_without_the_right_sees_the_refusal(qtbot, world):
    dialog = loaded(qtbot, AuditDialog(AuditGateway(world.database, world.manager)))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.status_text().startswith("Keine Berechtigung: „Protokoll ansehen“")
    assert not dialog.filter_bar.isEnabled()
    assert not dialog.export_panel.export_button.isEnabled()
