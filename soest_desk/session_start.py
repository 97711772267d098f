"""From the chosen database to the signed-in actor, without Qt (the sign-in dialog and the
command line both call this).

- Embedded SQLite: open (create) and migrate, back up first; the OS login is the user.
- Shared PostgreSQL: connect with the person's own login and password. With roles set up
  (`soest-desk db setup-roles`) the login the server accepted is the user, and an owner,
  superuser or BYPASSRLS login is refused; the schema must already be current (a personal
  login may not migrate). Without roles the database is still being set up: the OS login is
  mapped as on SQLite and the window says that the database checks no roles yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from soest_desk import migrate
from soest_desk.db import Database, DatabaseError, open_database, parse_url, translated_errors
from soest_desk.services.permissions import Actor

NO_ROLES_NOTICE = ("Diese Datenbank prüft noch keine Rollen: Jede Anmeldung sieht alles. "
                   "Die Administration richtet sie mit „soest-desk db setup-roles“ ein.")


@dataclass(frozen=True)
class Started:
    database: Database
    actor: Actor
    notice: str | None = None  # shown in the window's status bar


def is_shared(raw_url: str) -> bool:
    return parse_url(raw_url).get_backend_name() == "postgresql"


def shared_target(raw_url: str) -> tuple[str, str | None]:
    """("host:port/db", the user named in the URL, if any) for the dialog."""
    url = parse_url(raw_url)
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}", url.username


def start_shared(raw_url: str, login: str, password: str) -> Started:
    """Connect as `login`; raises DatabaseError or a DomainError with a German message."""
    from soest_desk.services.sign_in import roles_installed, sign_in_database_user
    from soest_desk.services.users import sign_in_os_user

    login = login.strip()
    if not login:
        raise DatabaseError("Bitte den Benutzernamen eingeben.")
    url = parse_url(raw_url).set(username=login, password=password or None)
    database = open_database(url.render_as_string(hide_password=False))
    try:
        with translated_errors(database.info), database.read() as session:
            with_roles = roles_installed(session)
        if not migrate.is_current(database):
            if with_roles:
                raise DatabaseError(
                    "Die Datenbank hat noch nicht den Stand dieser Programmversion. Die "
                    "Administration bringt sie mit „soest-desk db upgrade“ (als Eigentümer "
                    "der Datenbank) und danach „soest-desk db setup-roles“ auf den Stand.")
            migrate.upgrade(database)
        with translated_errors(database.info), database.write() as session:
            actor = sign_in_database_user(session) if with_roles else sign_in_os_user(session)
        if not with_roles:  # with roles a login sees only part of the stays: the owner's job
            close_departed_cases(database)
        return Started(database, actor, None if with_roles else NO_ROLES_NOTICE)
    except BaseException:
        database.dispose()
        raise


def close_departed_cases(database: Database) -> None:
    """Cases of households whose move-out booked ahead has come are closed at sign-in
    (audited as the system). Not with roles in the database: a scoped login sees only the
    stays in its own facilities and would take a household living elsewhere for gone."""
    from soest_desk.services import case_closing
    from soest_desk.services.clock import office_today

    with translated_errors(database.info), database.write() as session:
        case_closing.close_departed(session, office_today())
