"""Who a command-line command (`import`, `report`, `privacy`) runs as: on a shared database
with roles the login the server accepted, else the OS login; an application password of
the single-workstation setup is asked in the terminal (never taken from an argument), and
without a terminal the command is refused rather than run unchecked."""

from __future__ import annotations

import getpass
import sys

from sqlalchemy.orm import Session

from soest_desk.services.permissions import Actor
from soest_desk.services.sign_in import (
    SignInRefused,
    needs_app_password,
    roles_installed,
    sign_in_database_user,
    verify_app_password,
)
from soest_desk.services.users import sign_in_os_user


def command_actor(session: Session) -> Actor:
    """Must run in a write session (the first user may be created, a hash renewed)."""
    if roles_installed(session):
        return sign_in_database_user(session)
    actor = sign_in_os_user(session)
    if needs_app_password(actor, session):
        if not sys.stdin.isatty():
            raise SignInRefused(
                f"Der Benutzer „{actor.login}“ hat ein Anwendungspasswort: Befehle laufen für "
                "ihn nur in einem Terminal, das das Passwort abfragen kann.")
        verify_app_password(session, actor,
                            getpass.getpass(f"Anwendungspasswort für „{actor.login}“: "))
    return actor
