"""Users, their roles and facility assignments, as the Administration manages them.

Every change is audited by the session hook and versioned (a stale save is a conflict).
Rules that keep the office able to work: a login is unique and plain (it is also the
PostgreSQL login's name), a Heimleitung or Sozialarbeit needs at least one facility, and
the last active administrator can neither be deactivated nor lose the role — nor can
administrators lock themselves out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from soest_desk.models import Facility
from soest_desk.models.enums import FacilityKind, Role
from soest_desk.models.user import User, UserFacility, UserRole
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import (
    FACILITY_SCOPED_ROLES,
    ROLE_LABELS,
    Actor,
    Permission,
    require,
)
from soest_desk.services.sign_in import roles_installed
from soest_desk.services.validation import check_version

LOGIN_PATTERN = re.compile(r"[a-z][a-z0-9._-]{1,59}")
MAX_NAME = 200


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    active: bool
    roles: frozenset[Role]
    facility_ids: frozenset[int]
    has_password: bool
    version_id: int

    @property
    def role_text(self) -> str:
        return ", ".join(ROLE_LABELS[r] for r in Role if r in self.roles) or "keine Rolle"


@dataclass(frozen=True)
class UserInput:
    login: str
    display_name: str
    roles: frozenset[Role]
    facility_ids: frozenset[int] = field(default_factory=frozenset)
    active: bool = True


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    require(actor, Permission.MANAGE_USERS)
    users = session.scalars(select(User).order_by(func.lower(User.display_name))).all()
    with_password = set(session.scalars(select(User.id).where(User.password_hash.isnot(None))))
    return [UserRow(u.id, u.login, u.display_name, u.active,
                    frozenset(Role(r.role) for r in u.roles),
                    frozenset(f.facility_id for f in u.facilities), u.id in with_password,
                    u.version_id) for u in users]


def facility_choices(session: Session, actor: Actor) -> list[tuple[int, str]]:
    require(actor, Permission.MANAGE_USERS)
    return [(row.id, row.name) for row in session.execute(
        select(Facility.id, Facility.name)
        .where(Facility.active, Facility.kind != FacilityKind.PRIVATE_OFFER.value)
        .order_by(Facility.name))]


def _check(session: Session, data: UserInput, user_id: int | None,
           old_login: str | None) -> UserInput:
    login = data.login.strip().lower()
    if old_login is not None and login == old_login.lower():
        login = old_login  # kept as it is (an OS login may not fit the pattern)
    elif not LOGIN_PATTERN.fullmatch(login):
        raise DomainError("Anmeldename: 2 bis 60 Zeichen, Kleinbuchstaben, Ziffern, Punkt, "
                          "Bindestrich oder Unterstrich, am Anfang ein Buchstabe "
                          "(z. B. „j.boehmer“).", field="Anmeldename")
    clash = session.scalar(select(User.id).where(func.lower(User.login) == login))
    if clash is not None and clash != user_id:
        raise DomainError(f"Anmeldename: „{login}“ ist schon vergeben.", field="Anmeldename")
    name = " ".join(data.display_name.split())
    if not name:
        raise DomainError("Name: bitte den Namen eingeben.", field="Name")
    if len(name) > MAX_NAME:
        raise DomainError(f"Name: höchstens {MAX_NAME} Zeichen.", field="Name")
    if not data.roles:
        raise DomainError("Rollen: bitte mindestens eine Rolle wählen.", field="Rollen")
    if data.roles & FACILITY_SCOPED_ROLES and not data.facility_ids:
        raise DomainError("Unterkünfte: Heimleitung und Sozialarbeit arbeiten für bestimmte "
                          "Unterkünfte; bitte mindestens eine wählen.", field="Unterkünfte")
    known = set(session.scalars(select(Facility.id).where(Facility.id.in_(data.facility_ids))))
    if known != set(data.facility_ids):
        raise DomainError("Unterkünfte: eine gewählte Unterkunft gibt es nicht mehr; bitte "
                          "neu laden.", field="Unterkünfte")
    return UserInput(login, name, frozenset(data.roles), frozenset(data.facility_ids),
                     data.active)


def _other_active_admins(session: Session, user_id: int | None) -> int:
    """Locked on PostgreSQL, so two administrators cannot remove each other at once."""
    query = (select(User.id).join(UserRole, UserRole.user_id == User.id)
             .where(User.active, UserRole.role == Role.ADMIN.value))
    if user_id is not None:
        query = query.where(User.id != user_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(of=User)
    return len(set(session.scalars(query)))


def _keep_an_administrator(session: Session, actor: Actor, user: User, data: UserInput
                           ) -> None:
    was_admin = any(r.role == Role.ADMIN.value for r in user.roles) and user.active
    stays_admin = Role.ADMIN in data.roles and data.active
    if not was_admin or stays_admin:
        return
    if user.id == actor.user_id:
        raise DomainError("Sie können sich die Administration nicht selbst entziehen oder "
                          "sich selbst deaktivieren; das muss eine andere Administratorin "
                          "oder ein anderer Administrator tun.", field="Rollen")
    if _other_active_admins(session, user.id) == 0:
        raise DomainError("Es muss mindestens eine aktive Administration bleiben.",
                          field="Rollen")


def save_user(session: Session, actor: Actor, data: UserInput, user_id: int | None = None,
              version: int | None = None) -> User:
    """Create (user_id None) or change a user; returns it."""
    require(actor, Permission.MANAGE_USERS)
    found = None if user_id is None else session.get(User, user_id)
    if user_id is not None and found is None:
        raise DomainError("Den Benutzer gibt es nicht mehr; bitte neu laden.")
    data = _check(session, data, user_id, found.login if found else None)
    with_roles = roles_installed(session)
    if found is None:
        user = User(login=data.login, display_name=data.display_name, active=data.active)
        session.add(user)
    else:
        user = found
        if version is not None:
            check_version(user.version_id, version, "Der Benutzer")
        _keep_an_administrator(session, actor, user, data)
        if with_roles and data.login != user.login:
            raise DomainError("Anmeldename: In der gemeinsamen Datenbank gehört er zur "
                              "persönlichen Anmeldung und lässt sich nicht ändern. Bitte einen "
                              "neuen Benutzer anlegen und diesen deaktivieren.",
                              field="Anmeldename")
        user.login, user.display_name, user.active = data.login, data.display_name, data.active
        if _replace_roles(user, data.roles) | _replace_facilities(user, data.facility_ids):
            flag_modified(user, "display_name")  # a new version: a stale save is a conflict
    if found is None:
        _replace_roles(user, data.roles)
        _replace_facilities(user, data.facility_ids)
    session.flush()
    if with_roles:  # the database's groups follow at once (soest_sync_logins)
        session.execute(text("SELECT soest_sync_logins()"))
    return user


def _replace_roles(user: User, roles: frozenset[Role]) -> bool:
    """True when something changed."""
    current = {r.role for r in user.roles}
    wanted = {r.value for r in roles}
    if current == wanted:
        return False
    user.roles = [r for r in user.roles if r.role in wanted] + [
        UserRole(role=value) for value in sorted(wanted - current)]
    return True


def _replace_facilities(user: User, facility_ids: frozenset[int]) -> bool:
    current = {f.facility_id for f in user.facilities}
    if current == set(facility_ids):
        return False
    user.facilities = [f for f in user.facilities if f.facility_id in facility_ids] + [
        UserFacility(facility_id=f) for f in sorted(facility_ids - current)]
    return True
