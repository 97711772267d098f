"""The sign-in dialog: German refusals under the fields, the login stays and the password
is emptied after a wrong try, the attempt runs off the GUI thread, and "Passwort speichern"
keeps the password in the system's credential store only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from soest_desk.credentials import CredentialStore
from soest_desk.db import DatabaseError
from soest_desk.ui.sign_in_dialog import SignInDialog

TARGET = "db.amt.local:5432/soest"


class FakeKeyring:
    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, login: str) -> str | None:
        return self.saved.get((service, login))

    def set_password(self, service: str, login: str, password: str) -> None:
        self.saved[(service, login)] = password

    def delete_password(self, service: str, login: str) -> None:
        self.saved.pop((service, login), None)


def _dialog(qtbot, attempt, *, login="j.boehmer", store=None, fixed=False) -> SignInDialog:
    dialog = SignInDialog(TARGET, login, attempt, login_fixed=fixed,
                          store=store or CredentialStore(FakeKeyring()))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_password_is_refused_in_german_and_the_right_one_signs_in(qtbot):
    tries: list[tuple[str, str]] = []

    def attempt(login: str, password: str) -> str:
        tries.append((login, password))
        if password != "richtig-und-lang":
            raise DatabaseError("Anmeldung an der Datenbank „soest“ abgelehnt: falscher "
                                "Benutzer oder Passwort.")
        return "angemeldet"

    dialog = _dialog(qtbot, attempt, login="J.Boehmer")
    dialog.login.clear()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error_text() == "Bitte den Benutzernamen eingeben." and tries == []
    qtbot.keyClicks(dialog.login, "J.Boehmer")
    qtbot.keyClicks(dialog.password, "falsch")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.error_text()))
    assert "falscher Benutzer oder Passwort" in dialog.error_text()
    assert dialog.isVisible() and dialog.login.text() == "J.Boehmer"
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "richtig-und-lang")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result_value == "angemeldet"
    assert tries == [("j.boehmer", "falsch"), ("j.boehmer", "richtig-und-lang")]


def test_the_workstation_password_must_not_be_empty(qtbot):
    dialog = _dialog(qtbot, lambda login, password: True, login="c.menke", fixed=True)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error_text() == "Bitte das Passwort eingeben."


def test_a_saved_password_is_kept_in_the_store_and_offered_next_time(qtbot):
    keyring = FakeKeyring()
    store = CredentialStore(keyring)
    dialog = _dialog(qtbot, lambda login, password: login, store=store)
    assert dialog.remember.isVisible() and not dialog.remember.isChecked()
    dialog.remember.setChecked(True)
    qtbot.keyClicks(dialog.password, "geheim-genug")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.accept()
    assert list(keyring.saved.values()) == ["geheim-genug"]
    again = _dialog(qtbot, lambda login, password: login, store=store)
    assert again.password.text() == "geheim-genug" and again.remember.isChecked()
    again.remember.setChecked(False)  # unticked: forgotten after the next sign-in
    with qtbot.waitSignal(again.accepted, timeout=5000):
        again.accept()
    assert keyring.saved == {}


def test_without_a_credential_store_nothing_is_offered(qtbot):
    dialog = _dialog(qtbot, lambda login, password: login, store=CredentialStore(None))
    assert not dialog.remember.isVisible()


def test_the_workstation_password_keeps_the_os_login_fixed(qtbot):
    dialog = _dialog(qtbot, lambda login, password: True, login="c.menke", fixed=True)
    assert dialog.login.isReadOnly() and not dialog.remember.isVisible()
    assert dialog.password.hasFocus() or not dialog.isActiveWindow()


def test_the_window_asks_for_the_workstation_password_first(qtbot, sqlite_database,
                                                            monkeypatch, ui_settings):
    from PySide6.QtWidgets import QDialog

    from soest_desk import app as app_module
    from soest_desk.models.enums import Role
    from soest_desk.services.sign_in import set_app_password
    from tests.builders import Builder, _actor

    with sqlite_database.write() as session:
        actor = _actor(Builder(session).user("c.menke", {Role.MANAGER}))
    with sqlite_database.write(actor) as session:
        set_app_password(session, actor, actor.user_id, "Sonnenblume 2026!")
    asked: list[str] = []

    def cancel(dialog: SignInDialog) -> int:
        asked.append(dialog.login.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SignInDialog, "exec", cancel)
    monkeypatch.setattr(app_module, "MainWindow", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError("no window without the password")))
    assert app_module.run_window(sqlite_database, actor, ui_settings,
                                 ask_app_password=True) == 0
    assert asked == ["c.menke"]
