"""Verwaltung → Benutzer verwalten: the Administration creates a social worker for one
facility, a refusal keeps the input and names the field in German, the application
password is set on the workstation setup, and other roles see no Verwaltung menu."""

from __future__ import annotations

from PySide6.QtCore import Qt

from soest_desk.models.enums import Role
from soest_desk.ui.admin.gateway import AdminGateway
from soest_desk.ui.admin.users_dialog import UsersDialog
from tests.builders import Builder, _actor, build_sample

TIMEOUT = 5000


def _admin(database):
    with database.write() as session:
        return _actor(Builder(session).user("adele", {Role.ADMIN}, (), "Adele Admin"))


def _dialog(qtbot, database, actor) -> UsersDialog:
    dialog = UsersDialog(AdminGateway(database, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_loaded, timeout=TIMEOUT)
    return dialog


def _tick(dialog: UsersDialog, facility: str) -> None:
    for i in range(dialog.facility_list.count()):
        item = dialog.facility_list.item(i)
        if item.text() == facility:
            item.setCheckState(Qt.CheckState.Checked)


def _logins(dialog: UsersDialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def test_a_social_worker_is_created_after_a_refusal_that_keeps_the_input(qtbot, database):
    build_sample(database)
    dialog = _dialog(qtbot, database, _admin(database))
    assert "leitung" in _logins(dialog) and not dialog.login.isEnabled()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.login, "s.neu")
    qtbot.keyClicks(dialog.name, "Sina Neu")
    dialog.role_boxes[Role.SOCIAL_WORKER].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=TIMEOUT)
    assert dialog.error_text().startswith("Unterkünfte:")
    assert (dialog.login.text(), dialog.name.text()) == ("s.neu", "Sina Neu")
    _tick(dialog, "Haus am Bach")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "s.neu" in _logins(dialog) and dialog.is_loaded(),
                    timeout=TIMEOUT)
    row = _logins(dialog).index("s.neu")
    assert dialog.table.item(row, 2).text() == "Sozialarbeit"
    assert dialog.table.item(row, 3).text() == "Haus am Bach"
    assert dialog.login.text() == "s.neu"  # the saved user stays chosen


def test_the_workstation_password_is_set_from_the_dialog(qtbot, sqlite_database):
    build_sample(sqlite_database)
    dialog = _dialog(qtbot, sqlite_database, _admin(sqlite_database))
    dialog.table.selectRow(_logins(dialog).index("leitung"))
    assert dialog.password_button.isVisible()
    assert dialog.password_state.text() == "kein Anwendungspasswort"
    dialog.set_password("kurz")
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=TIMEOUT)
    assert "mindestens 10 Zeichen" in dialog.error_text()
    dialog.set_password("Sonnenblume 2026!")
    qtbot.waitUntil(lambda: dialog.is_loaded()
                    and dialog.password_state.text() == "Anwendungspasswort gesetzt",
                    timeout=TIMEOUT)


def test_only_the_administration_sees_the_verwaltung_menu(qtbot, database, open_window):
    sample = build_sample(database)
    names = {a.objectName() for a in open_window(database, _admin(database)).findChildren(
        type(open_window(database, sample.actors["leitung"]).menuBar().actions()[0]))}
    assert {"actionUsers", "actionAudit"} <= names
    manager = open_window(database, sample.actors["leitung"])
    assert manager.menuBar().findChild(type(manager.menuBar()), "menuAdmin") is None
    assert "menuAdmin" not in {m.menu().objectName() for m in manager.menuBar().actions()
                               if m.menu() is not None}
