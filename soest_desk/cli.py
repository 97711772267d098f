"""The `soest-desk` command: open the window, fill demo data, migrate a database.

Every failure a user can cause (a wrong URL, a missing or broken database) ends with a
German message on stderr (and, for the window, in a dialog), exit code 1, and no traceback.
Unexpected errors are written in full to the log file.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from soest_desk import (
    APP_NAME,
    __version__,
    cli_backup,
    cli_german,
    cli_import,
    cli_privacy,
    cli_report,
    cli_roles,
)
from soest_desk.config import (
    ConfigError,
    DatabaseChoice,
    choose_database,
    demo_database_url,
    ensure_data_dir,
    explicit_url,
)
from soest_desk.db import Database, DatabaseError, open_database, translated_errors
from soest_desk.logging_setup import setup_logging
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor

log = logging.getLogger("soest_desk.cli")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_UNEXPECTED = 3

URL_HELP = (
    "Datenbank-URL, z. B. sqlite:///C:/Daten/soest.sqlite oder "
    "postgresql+psycopg://benutzer@server:5432/soest (sonst SOEST_DESK_DATABASE_URL, "
    "dann die Einstellungsdatei, dann die eingebettete Datenbank)"
)


def build_parser() -> argparse.ArgumentParser:
    cli_german.install()
    url_option = argparse.ArgumentParser(add_help=False)
    url_option.add_argument("--database-url", metavar="URL", help=URL_HELP)
    # after a sub-command the option must not reset a value given before it
    sub_url_option = argparse.ArgumentParser(add_help=False)
    sub_url_option.add_argument(
        "--database-url", metavar="URL", help=URL_HELP, default=argparse.SUPPRESS
    )

    parser = argparse.ArgumentParser(
        prog="soest-desk",
        description=f"{APP_NAME} – Unterkünfte, Belegung, Sozialarbeit und Mängelmeldungen. "
        "Ohne Befehl öffnet sich das Programmfenster.",
        parents=[url_option],
    )
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}",
        help="Versionsnummer anzeigen und beenden",
    )
    parser.add_argument(
        "--self-test", nargs="?", const="", default=None, metavar="BERICHT",
        help="Selbsttest der Installation in einem temporären Ordner (Datenbank, Excel, PDF, "
        "Fenster ohne Bildschirm) und beenden: Exit-Code 0, wenn alles in Ordnung ist; "
        "BERICHT: den Bericht zusätzlich in diese Datei schreiben",
    )
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")

    demo = commands.add_parser(
        "demo",
        parents=[sub_url_option],
        help="eine Datenbank mit Demodaten füllen",
        description="Füllt eine leere Datenbank mit Demodaten. Ohne --database-url wird eine "
        "eigene Demodatei verwendet, nie die eigentliche Datenbank.",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="N",
                      help="Startwert des Zufallsgenerators (gleicher Wert, gleiche Daten)")
    demo.add_argument("--scale", type=float, default=1.0, metavar="F",
                      help="Umfang (Faktor): 1 ≈ 12 Unterkünfte und 1.500 Personen")
    demo.add_argument("--open", action="store_true",
                      help="danach das Programmfenster mit den Demodaten öffnen")

    db = commands.add_parser("db", help="Datenbank verwalten",
                             description="Datenbank verwalten.")
    db_commands = db.add_subparsers(dest="db_command", metavar="BEFEHL", required=True)
    db_commands.add_parser(
        "upgrade", parents=[sub_url_option], help="Datenbank auf den aktuellen Stand bringen",
        description="Bringt das Datenbankschema auf den Stand dieser Version (legt eine neue "
        "SQLite-Datei bei Bedarf an).",
    )
    cli_backup.add_parsers(db_commands, sub_url_option)
    cli_roles.add_parsers(db_commands, sub_url_option)
    cli_import.add_parsers(commands, sub_url_option)
    cli_report.add_parsers(commands, sub_url_option)
    cli_privacy.add_parsers(commands, sub_url_option)
    return parser


def _open(choice: DatabaseChoice, *, create: bool) -> Database:
    if choice.is_default:
        ensure_data_dir()
    return open_database(choice.url, create=create)


def _sign_in(database: Database, *, close_cases: bool = True) -> Actor:
    from soest_desk.services.users import sign_in_os_user
    from soest_desk.session_start import close_departed_cases

    with translated_errors(database.info), database.write() as session:
        actor = sign_in_os_user(session)
    if close_cases:
        close_departed_cases(database)
    return actor


def run_window_command(url_flag: str | None) -> int:
    from soest_desk.session_start import is_shared

    choice = choose_database(url_flag)
    if is_shared(choice.url):  # every person signs in with their own login
        from soest_desk.app import run_shared_window

        return run_shared_window(choice.url)
    from soest_desk.cli_database import open_migrated
    from soest_desk.session_start import close_departed_cases

    database = open_migrated(url_flag)
    actor = _sign_in(database, close_cases=False)  # not before the password is given
    from soest_desk.app import run_window

    return run_window(database, actor, ask_app_password=True,
                      on_signed_in=lambda: close_departed_cases(database))


def run_db_upgrade(url_flag: str | None) -> int:
    from soest_desk import migrate

    choice = choose_database(url_flag)
    database = _open(choice, create=True)
    changed = migrate.upgrade(database)
    state = "aktualisiert" if changed else "war schon aktuell"
    print(f"{database.info.label}: Schema {state} (Stand {migrate.head_revision()}).")
    database.dispose()
    return EXIT_OK


def _remove_sqlite_file(database: Database) -> None:
    path = Path(database.info.location)
    database.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run_demo(url_flag: str | None, seed: int, scale: float, open_window: bool) -> int:
    """Demo data go to the URL given on the command line, else to the own demo file;
    never to the database named by the environment or the settings file."""
    from soest_desk.services import demo
    from soest_desk.services.users import os_login

    demo.check_parameters(seed, scale, os_login())  # before any file is created
    url = explicit_url(url_flag)
    own_demo_file = url is None
    if own_demo_file:
        ensure_data_dir()
    database = open_database(url or demo_database_url(), create=True)
    with translated_errors(database.info):
        return _fill_demo(database, own_demo_file, seed, scale, open_window)


def _fill_demo(
    database: Database, own_demo_file: bool, seed: int, scale: float, open_window: bool
) -> int:
    from soest_desk import migrate
    from soest_desk.services import demo
    from soest_desk.services.permissions import SYSTEM_ACTOR
    from soest_desk.services.users import os_login

    migrate.upgrade(database)
    with database.read() as session:
        empty = demo.is_empty(session)
        existing = demo.demo_parameters(session)
    if not empty and own_demo_file:
        if existing and existing.get("seed") == seed and existing.get("scale") == scale:
            print(f"Demodaten sind schon vorhanden: {database.info.label}")
            return _sign_in_and_open(database) if open_window else EXIT_OK
        print(f"Demodatei wird neu erzeugt: {database.info.label}")
        _remove_sqlite_file(database)
        database = open_database(demo_database_url(), create=True)
        migrate.upgrade(database)
    print(f"Erzeuge Demodaten (Startwert {seed}, Faktor {scale:g}) in {database.info.label} …")
    with database.write(actor=SYSTEM_ACTOR) as session:
        summary = demo.generate(session, seed=seed, scale=scale, os_login=os_login())
    database.analyze()
    for table, count in summary.counts.items():
        print(f"  {table:<24} {count:>9,}".replace(",", "."))
    if open_window:
        return _sign_in_and_open(database)
    database.dispose()
    return EXIT_OK


def _sign_in_and_open(database: Database) -> int:
    from soest_desk.app import run_window

    return run_window(database, _sign_in(database))


def _report(message: str, *, window: bool) -> None:
    print(f"soest-desk: Fehler: {message}", file=sys.stderr)
    if window:
        from soest_desk.ui.error_dialog import show_startup_error

        show_startup_error(message)


def _run_self_test(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command is not None or args.database_url is not None:
        parser.error("--self-test steht allein: Er benutzt immer eine eigene, temporäre "
                     "Datenbank (kein Befehl, keine --database-url).")
    from soest_desk.self_test import run_self_test

    return run_self_test(Path(args.self_test) if args.self_test else None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test is not None:  # before the log file: nothing in the user's folders
        return _run_self_test(parser, args)
    log_path = setup_logging()
    opens_window = args.command is None or bool(getattr(args, "open", False))
    try:
        if args.command == "demo":
            return run_demo(args.database_url, args.seed, args.scale, args.open)
        if args.command == "db" and args.db_command in cli_backup.COMMANDS:
            return cli_backup.dispatch(args)
        if args.command == "db" and args.db_command in cli_roles.COMMANDS:
            return cli_roles.dispatch(args)
        if args.command == "db":
            return run_db_upgrade(args.database_url)
        if args.command in cli_import.COMMANDS:
            return cli_import.dispatch(args)
        if args.command in cli_report.COMMANDS:
            return cli_report.dispatch(args)
        if args.command in cli_privacy.COMMANDS:
            return cli_privacy.dispatch(args)
        return run_window_command(args.database_url)
    except (DatabaseError, ConfigError, DomainError) as exc:
        log.warning("refused: %s", type(exc).__name__)  # its text may name a resident
        _report(str(exc), window=opens_window)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error")
        where = f" Einzelheiten stehen in {log_path}." if log_path else ""
        _report(f"Unerwarteter Fehler.{where}", window=opens_window)
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
