"""The current user: the OS login mapped to a User of the database.

On the first start against an empty user table that login becomes the administrator.
"""

from __future__ import annotations

import getpass
import os

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soest_desk.models.enums import Role
from soest_desk.models.user import User, UserRole
from soest_desk.services.errors import UnknownUser
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor

ENV_USER = "SOEST_DESK_USER"


def os_login() -> str:
    """The login name of the person at this workstation (overridable for tests and demos)."""
    override = os.environ.get(ENV_USER)
    if override:
        return override.strip()
    try:
        login = getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the passwd database
        login = "unbekannt"
    return login.strip().lower()


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        login=user.login,
        display_name=user.display_name,
        roles=frozenset(Role(r.role) for r in user.roles),
        facility_ids=frozenset(f.facility_id for f in user.facilities),
    )


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

    Must run inside a write session (it may create the first user)."""
    login = login or os_login()
    user = find_user(session, login)
    if user is None:
        has_users = session.scalar(select(func.count()).select_from(User)) or 0
        if has_users:
            raise UnknownUser(
                f"Der Benutzer „{login}“ ist in dieser Datenbank nicht angelegt. Bitte wenden "
                "Sie sich an die Administration von Soest Desk."
            )
        session.info.setdefault("actor", SYSTEM_ACTOR)
        user = create_user(session, login, login, {Role.ADMIN})
    if not user.active:
        raise UnknownUser(f"Der Benutzer „{login}“ ist deaktiviert.")
    return actor_for(user)
