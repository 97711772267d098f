"""The current user: the OS login mapped to a User of the database.

On the first start against an empty user table that login becomes the administrator.
"""

from __future__ import annotations

import os
import sys

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soest_desk.models.enums import Role
from soest_desk.models.setting import AppSetting
from soest_desk.models.user import User, UserRole
from soest_desk.services.errors import UnknownUser
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor

ENV_USER = "SOEST_DESK_USER"


def os_login(*, allow_override: bool = True) -> str:
    """The login name of the person at this workstation.

    SOEST_DESK_USER overrides it only where that is harmless (`allow_override`): a SQLite
    file on one workstation or a demo database. The system login is read from the system,
    not from USERNAME/USER, which anybody can set."""
    override = os.environ.get(ENV_USER) if allow_override else None
    if override and override.strip():
        return override.strip().lower()
    return _system_login().strip().lower() or "unbekannt"


def _system_login() -> str:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        size = ctypes.c_ulong(257)
        buffer = ctypes.create_unicode_buffer(size.value)
        if ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):
            return buffer.value
        return "unbekannt"
    import pwd

    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:  # a uid without a passwd entry (some containers)
        return f"uid{os.geteuid()}"


def override_allowed(session: Session) -> bool:
    """Only a single-workstation SQLite file or a demo database may be entered under
    another name; a shared database never (a real sign-in for shared databases is still to come)."""
    if session.get_bind().dialect.name == "sqlite":
        return True
    return session.get(AppSetting, "demo") is not None


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        login=user.login,
        display_name=user.display_name,
        roles=frozenset(Role(r.role) for r in user.roles),
        facility_ids=frozenset(f.facility_id for f in user.facilities),
    )


def display_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    """Display names of the given users by id (missing and None ids are left out)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {row.id: row.display_name for row in rows}


def find_user(session: Session, login: str) -> User | None:
    return session.scalars(select(User).where(func.lower(User.login) == login.lower())).first()


def create_user(
    session: Session, login: str, display_name: str, roles: set[Role],
    facility_ids: set[int] | None = None,
) -> User:
    from soest_desk.models.user import UserFacility

    user = User(login=login, display_name=display_name)
    user.roles = [UserRole(role=role.value) for role in sorted(roles)]
    user.facilities = [UserFacility(facility_id=f) for f in sorted(facility_ids or ())]
    session.add(user)
    session.flush()
    return user


def sign_in_os_user(session: Session, login: str | None = None) -> Actor:
    """Map the OS login to a user; on an empty user table, make it the administrator.

    On the embedded SQLite database (one workstation, one trusted person) that first user
    holds every role, so the office can start at once (register people, import its lists);
    on a shared PostgreSQL database it is the administrator only, who hands out the roles.
    Must run inside a write session (it may create the first user)."""
    login = login or os_login(allow_override=override_allowed(session))
    user = find_user(session, login)
    if user is None:
        has_users = session.scalar(select(func.count()).select_from(User)) or 0
        if has_users:
            raise UnknownUser(
                f"Der Benutzer „{login}“ ist in dieser Datenbank nicht angelegt. Bitte wenden "
                "Sie sich an die Administration von Soest Desk."
            )
        session.info.setdefault("actor", SYSTEM_ACTOR)
        single_workstation = session.get_bind().dialect.name == "sqlite"
        user = create_user(session, login, login, set(Role) if single_workstation
                           else {Role.ADMIN})
    if not user.active:
        raise UnknownUser(f"Der Benutzer „{login}“ ist deaktiviert.")
    return actor_for(user)
