"""`soest-desk db setup-roles` and `soest-desk db create-login LOGIN`: the PostgreSQL side
of sign-in and permissions (`pg_security`); `cli.py` only registers these."""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from soest_desk.config import choose_database
from soest_desk.db import Database, open_database
from soest_desk.models.enums import Role
from soest_desk.models.user import User
from soest_desk.pg_security import RoleSetupError, create_login, setup_roles

COMMANDS = ("setup-roles", "create-login")


def add_parsers(db_commands: argparse._SubParsersAction, url_option: argparse.ArgumentParser
                ) -> None:
    db_commands.add_parser(
        "setup-roles", parents=[url_option],
        help="Rollen, Rechte und Zeilenschutz in PostgreSQL einrichten",
        description="Legt je Anwendungsrolle eine Gruppenrolle an, vergibt die Rechte je "
        "Tabelle, schaltet den Zeilenschutz (Row-Level Security) ein und richtet die "
        "Funktion ein, über die allein Vermerke gelesen werden. Mit der Anmeldung des "
        "Eigentümers der Datenbank ausführen; nach jedem Update erneut.",
    )
    login = db_commands.add_parser(
        "create-login", parents=[url_option],
        help="eine persönliche PostgreSQL-Anmeldung für einen Benutzer anlegen",
        description="Legt für einen in Soest Desk angelegten Benutzer die gleichnamige "
        "PostgreSQL-Anmeldung an, Mitglied der Gruppen seiner Rollen. Das Passwort wird "
        "abgefragt (oder mit --password-stdin gelesen) und nur als SCRAM-Prüfwert übertragen.",
    )
    login.add_argument("login", metavar="ANMELDENAME")
    login.add_argument("--password-stdin", action="store_true",
                       help="das Passwort aus der ersten Zeile der Standardeingabe lesen")


def dispatch(args: argparse.Namespace) -> int:
    database = open_database(choose_database(args.database_url).url)
    try:
        return _run(database, args)
    except DBAPIError as exc:  # e.g. not the owner of a table, a login that exists
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise RoleSetupError(f"PostgreSQL hat abgelehnt: {detail}") from exc
    finally:
        database.dispose()


def _run(database: Database, args: argparse.Namespace) -> int:
    if args.db_command == "setup-roles":
        with database.engine.begin() as connection:
            summary = setup_roles(connection)
        print(f"Eingerichtet: {len(summary.groups)} Gruppenrollen "
              f"({', '.join(summary.groups)}), Rechte für {summary.tables} Tabellen, "
              f"Zeilenschutz für {summary.protected_tables}.")
        return 0
    with database.read() as session:
        user = session.scalars(select(User).where(
            func.lower(User.login) == args.login.strip().lower())).first()
        if user is None:
            raise RoleSetupError(f"Den Benutzer „{args.login}“ gibt es in Soest Desk nicht. "
                                 "Bitte zuerst im Fenster anlegen.")
        roles = {Role(r.role) for r in user.roles}
        login = user.login
    password = _password(args.password_stdin)
    with database.engine.begin() as connection:
        create_login(connection, login, password, roles)
    print(f"Anmeldung „{login}“ angelegt (Gruppen: "
          f"{', '.join(sorted(r.value for r in roles)) or 'keine'}).")
    return 0


def _password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Passwort: ")
        if getpass.getpass("Passwort wiederholen: ") != password:
            raise RoleSetupError("Die beiden Passwörter stimmen nicht überein.")
    if len(password) < 10:
        raise RoleSetupError("Das Passwort muss mindestens 10 Zeichen lang sein.")
    return password
