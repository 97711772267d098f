"""Signing in: the application password of the single-workstation setup (argon2id) and the
mapping of a shared database's login to its user.

On the embedded SQLite database the OS login is the user (`users.sign_in_os_user`); a user
may also have an application password, stored only as an argon2id hash. On a shared
PostgreSQL database with roles set up (`soest-desk db setup-roles`) every person connects
with their own login, and the login the server accepted (`session_user`) is the user: a name
typed into a dialog is never trusted on its own.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from soest_desk.models.user import User
from soest_desk.services.errors import DomainError, PermissionDenied, UnknownUser
from soest_desk.services.permissions import Actor, Permission
from soest_desk.services.users import actor_for, find_user

MIN_PASSWORD = 10
MAX_PASSWORD = 200
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


class SignInRefused(DomainError):
    """A wrong password or an unusable login (German message)."""


def check_new_password(password: str) -> str:
    """The password if it is acceptable; else a German DomainError naming the rule."""
    if len(password) < MIN_PASSWORD:
        raise DomainError(f"Passwort: bitte mindestens {MIN_PASSWORD} Zeichen.",
                          field="Passwort")
    if len(password) > MAX_PASSWORD:
        raise DomainError(f"Passwort: höchstens {MAX_PASSWORD} Zeichen.", field="Passwort")
    if password.strip() != password or not password.isprintable():
        raise DomainError("Passwort: keine Leerzeichen am Anfang oder Ende und keine "
                          "Steuerzeichen.", field="Passwort")
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(check_new_password(password))


def set_app_password(session: Session, actor: Actor, user_id: int,
                     password: str | None) -> None:
    """Set (or with None remove) a user's application password: the Administration for
    anybody, every user for themself. Only the hash is stored; the change is audited
    (the hash is not written into the audit row, see services.audit)."""
    if not (actor.can(Permission.MANAGE_USERS) or actor.user_id == user_id):
        raise PermissionDenied("Keine Berechtigung: Passwörter anderer Benutzer setzt die "
                               "Administration.")
    user = session.get(User, user_id)
    if user is None:
        raise DomainError("Den Benutzer gibt es nicht (mehr).")
    user.password_hash = None if password is None else hash_password(password)
    session.flush()


def needs_app_password(actor: Actor, session: Session) -> bool:
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    return bool(user is not None and user.password_hash)


def verify_app_password(session: Session, actor: Actor, password: str) -> None:
    """Raise SignInRefused unless `password` is the user's application password. A hash
    made with older parameters is renewed on success."""
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None or not user.password_hash:
        return
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise SignInRefused("Das Passwort stimmt nicht. Bitte erneut eingeben (Groß- und "
                            "Kleinschreibung beachten).") from None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)


def roles_installed(session: Session) -> bool:
    """`soest-desk db setup-roles` has run on this (PostgreSQL) database."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    return bool(session.scalar(text("SELECT to_regprocedure('soest_unscoped()') IS NOT NULL")))


def unsafe_login_reason(session: Session | Connection) -> str | None:
    """Why the connected login must not be used by the window (owner, superuser,
    BYPASSRLS: the database would check nothing), or None."""
    row = session.execute(text(
        "SELECT session_user, r.rolsuper, r.rolbypassrls OR r.rolcreaterole, "
        "EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = current_schema() "
        "AND pg_has_role(session_user, t.tableowner, 'MEMBER')) "
        "FROM pg_roles r WHERE r.rolname = session_user")).one()
    login, superuser, bypass, owner = row
    if not (superuser or bypass or owner):
        return None
    what = ("ein Superuser" if superuser else "mit BYPASSRLS oder CREATEROLE angelegt"
            if bypass else "Eigentümer der Tabellen")
    return (f"Die Anmeldung „{login}“ ist {what}: Damit würde die Datenbank keine "
            "Berechtigung prüfen. Bitte melden Sie sich mit Ihrer persönlichen Anmeldung an.")


def sign_in_database_user(session: Session) -> Actor:
    """The user whose PostgreSQL login this session connected with."""
    reason = unsafe_login_reason(session)
    if reason is not None:
        raise SignInRefused(reason)
    login = session.scalar(text("SELECT session_user"))
    user = find_user(session, login)
    if user is None:
        raise UnknownUser(f"Die Anmeldung „{login}“ ist in Soest Desk keinem Benutzer "
                          "zugeordnet. Bitte wenden Sie sich an die Administration.")
    if not user.active:
        raise UnknownUser(f"Der Benutzer „{login}“ ist deaktiviert.")
    return actor_for(user)
