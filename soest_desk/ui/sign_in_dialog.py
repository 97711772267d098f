"""The sign-in dialog: the shared database's own login and password, or the application
password of the single-workstation setup (the login is then the OS login, fixed).

The attempt (connecting, checking the password) runs off the GUI thread; a refusal is shown
in German under the fields, the login stays, the password field is emptied and focused.
"Passwort speichern" is offered only where the operating system has a credential store; the
password is then kept there, never in a file of ours or in the Qt settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from soest_desk.credentials import CredentialStore
from soest_desk.ui.background import run_in_background
from soest_desk.ui.tickets.feedback import user_message


class SignInDialog(QDialog):
    """`attempt(login, password)` returns what the caller needs (a started session) or
    raises with a German message; the result is in `.result_value` after acceptance."""

    def __init__(self, target: str, login: str | None,
                 attempt: Callable[[str, str], Any], *, login_fixed: bool = False,
                 store: CredentialStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Soest Desk – Anmelden"))
        self.setMinimumWidth(420)
        self._attempt = attempt
        self._target = target
        self._store = store if store is not None else CredentialStore(None)
        self._busy = False
        self._login_fixed = login_fixed
        self.result_value: Any = None

        intro = QLabel(self.tr("Bitte melden Sie sich mit Ihrer persönlichen Anmeldung an."),
                       self, objectName="signInIntro")
        intro.setWordWrap(True)
        self.target_label = QLabel(target, self, objectName="signInTarget")
        self.login = QLineEdit(login or "", self, objectName="signInLogin")
        self.login.setReadOnly(login_fixed)
        self.password = QLineEdit(self, objectName="signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Passwort im Anmeldespeicher des Systems speichern"),
                                  self, objectName="signInRemember")
        self.remember.setVisible(self._store.available() and not login_fixed)
        self.error = QLabel(self, objectName="signInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        self.status = QLabel(self, objectName="signInStatus")

        form = QFormLayout()
        form.addRow(self.tr("Datenbank:"), self.target_label)
        form.addRow(self.tr("Benutzername:"), self.login)
        form.addRow(self.tr("Passwort:"), self.password)
        buttons = QDialogButtonBox(self)
        self.sign_in_button = buttons.addButton(self.tr("Anmelden"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("Abbrechen"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("signInCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        saved = self._store.load(target, self.login.text().strip())
        if saved:
            self.password.setText(saved)
            self.remember.setChecked(True)
        (self.password if self.login.text() else self.login).setFocus(
            Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ state

    def is_busy(self) -> bool:
        return self._busy

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.status.setText(self.tr("Meldet an …") if busy else "")
        for widget in (self.login, self.password, self.sign_in_button, self.remember):
            widget.setEnabled(not busy)

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    # ------------------------------------------------------------ signing in

    def accept(self) -> None:
        if self._busy:
            return
        login, password = self.login.text().strip(), self.password.text()
        if not self._login_fixed:
            login = login.lower()  # logins are lower case; "A.Meyer" means "a.meyer"
        if not login:
            self._refuse(self.tr("Bitte den Benutzernamen eingeben."))
            self.login.setFocus()
            return
        if not password and self._login_fixed:  # (a server may sign in without one)
            self._refuse(self.tr("Bitte das Passwort eingeben."))
            self.password.setFocus()
            return
        self.error.setVisible(False)
        self._set_busy(True)
        attempt = self._attempt
        run_in_background(lambda: attempt(login, password),
                          lambda value: self._signed_in(login, password, value),
                          self._failed, owner=self)

    def _signed_in(self, login: str, password: str, value: Any) -> None:
        self._set_busy(False)
        if self.remember.isVisible():
            if self.remember.isChecked():
                self._store.save(self._target, login, password)
            else:
                self._store.forget(self._target, login)
        self.result_value = value
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._refuse(user_message(exc))
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
