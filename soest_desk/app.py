"""The Qt application: names, high-DPI, German locale, the chosen translation, the window."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from soest_desk import APP_NAME, __version__
from soest_desk.db import Database
from soest_desk.services import backups
from soest_desk.services.permissions import Actor
from soest_desk.ui.background import wait_for_background_work
from soest_desk.ui.error_dialog import install_error_hook
from soest_desk.ui.gc_guard import collect_in_gui_thread
from soest_desk.ui.i18n import (
    NOTICE_DETAIL,
    chosen_language,
    install_translations,
    translation_notice,
)
from soest_desk.ui.icons import app_icon
from soest_desk.ui.main_window import MainWindow

ORGANISATION = "Soest"
MIN_POINT_SIZE = 10.0  # a slightly larger, calmer default than Windows' 9 pt


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (an existing one is reused), set up for German users: German
    dates and numbers, the texts in the language of the setting `ui/language` (German unless
    chosen otherwise; see ui/i18n.py)."""
    existing = QApplication.instance()
    if existing is None:
        # exact fractional scaling on 125 % / 150 % Windows screens (no rounding to 100/200 %);
        # only possible before the application object exists
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # QSettings() needs the names above; the locale stays de_DE in every language
    install_translations(app, chosen_language())
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    app.setWindowIcon(app_icon())  # also the sign-in dialog's and the taskbar's
    collect_in_gui_thread(app)
    return app


def run_window(database: Database, actor: Actor, settings: QSettings | None = None, *,
               ask_app_password: bool = False, notice: str | None = None,
               on_signed_in: Callable[[], None] | None = None) -> int:
    """Open the main window for `actor` on `database`; returns the exit code of the loop.
    `ask_app_password`: the embedded setup's optional application password is asked first;
    `on_signed_in` runs once it is given (work done in the user's name at the start)."""
    app = create_application()
    install_error_hook()
    if ask_app_password and not _app_password_given(database, actor):
        return 0
    if on_signed_in is not None:
        on_signed_in()
    backups.backup_quietly(database, "start")  # SQLite only; a failure is logged, not shown
    window = MainWindow(database, actor, settings)
    warning = backups.window_warning(database)
    if warning is not None:
        window.show_backup_warning(warning.text, warning.detail)
    if notice:
        window.show_status_note(notice, notice, "statusRolesNotice")
    language_note = translation_notice()
    if language_note:
        window.show_status_note(language_note, NOTICE_DETAIL, "statusTranslationNotice")
    window.show()
    code = app.exec()
    wait_for_background_work()  # a list still loading finishes before the engine closes
    backups.backup_quietly(database, "exit")
    return code


def _app_password_given(database: Database, actor: Actor) -> bool:
    """True when the user has no application password or typed it; False on Abbrechen."""
    from soest_desk.services.sign_in import needs_app_password, verify_app_password
    from soest_desk.ui.sign_in_dialog import SignInDialog

    with database.read() as session:
        if not needs_app_password(actor, session):
            return True

    def check(_login: str, password: str) -> bool:
        with database.write(actor) as session:
            verify_app_password(session, actor, password)
        return True

    dialog = SignInDialog(database.info.location, actor.login, check, login_fixed=True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def run_shared_window(raw_url: str) -> int:
    """The shared database: every person signs in with their own login first."""
    from soest_desk.credentials import CredentialStore
    from soest_desk.session_start import shared_target, start_shared
    from soest_desk.ui.sign_in_dialog import SignInDialog

    create_application()
    install_error_hook()
    target, url_login = shared_target(raw_url)
    settings = QSettings()
    login = url_login or str(settings.value("signIn/lastLogin", "") or "")
    dialog = SignInDialog(target, login, lambda name, password: start_shared(
        raw_url, name, password), store=CredentialStore())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    started = dialog.result_value
    settings.setValue("signIn/lastLogin", dialog.login.text().strip())
    try:
        return run_window(started.database, started.actor, notice=started.notice)
    finally:
        started.database.dispose()
