"""`soest-desk db backup` and `soest-desk db restore FILE`: the command-line side of
`services.backups` (`cli.py` only registers these). SQLite only; for PostgreSQL the message
gives the pg_dump / pg_restore recipe."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from soest_desk.config import choose_database, ensure_data_dir
from soest_desk.db import check_sqlite_file, parse_url
from soest_desk.services import backups

COMMANDS = ("backup", "restore")
FOLDER_HELP = ("Sicherungsordner (sonst „backup_folder“ aus der Einstellungsdatei, dann der "
               "Ordner „backups“ im Datenordner)")


def add_parsers(db_commands: argparse._SubParsersAction, url_option: argparse.ArgumentParser
                ) -> None:
    """Register `backup` and `restore` under `db`."""
    backup = db_commands.add_parser(
        "backup", parents=[url_option], help="die SQLite-Datenbank jetzt sichern",
        description="Sichert die SQLite-Datenbank (auch während das Programm läuft) in den "
        "Sicherungsordner und löscht dort Sicherungen, die älter sind als die aufbewahrten "
        "Tage (die neueste bleibt immer). Geeignet für eine geplante Aufgabe.",
    )
    backup.add_argument("--folder", type=Path, metavar="ORDNER", help=FOLDER_HELP)
    backup.add_argument("--keep-days", type=int, metavar="N",
                        help="Sicherungen der letzten N Tage aufbewahren (sonst "
                        "„backup_keep_days“ aus der Einstellungsdatei, dann 14)")
    restore = db_commands.add_parser(
        "restore", parents=[url_option], help="eine Sicherung der SQLite-Datenbank zurückspielen",
        description="Prüft die Sicherung (SQLite-Datei, unbeschädigt, Schema von Soest Desk), "
        "sichert den jetzigen Stand und spielt dann die Sicherung zurück. Ist die Datei nicht "
        "in Ordnung, wird nichts geändert.",
    )
    restore.add_argument("file", metavar="DATEI", type=Path, help="die Sicherung (.sqlite)")
    restore.add_argument("--folder", type=Path, metavar="ORDNER",
                         help="wohin der jetzige Stand vorher gesichert wird; " + FOLDER_HELP)


def dispatch(args: argparse.Namespace) -> int:
    settings = backups.backup_settings()
    folder = args.folder or settings.folder
    database_file = _sqlite_file(args.database_url, args.db_command)
    if args.db_command == "backup":
        keep_days = backups.check_keep_days(
            args.keep_days if args.keep_days is not None else settings.keep_days)
        check_sqlite_file(database_file, must_exist=True)
        result = backups.backup_database(database_file, folder, keep_days=keep_days)
        print(f"Gesichert: „{database_file}“ → „{result.path}“.")
        if result.removed:
            print(f"{len(result.removed)} Sicherung(en) älter als {keep_days} Tage entfernt.")
        return 0
    check_sqlite_file(database_file, must_exist=False)
    restored = backups.restore_database(args.file, database_file, folder)
    if restored.safety_backup is not None:
        print(f"Der bisherige Stand wurde gesichert: „{restored.safety_backup}“.")
    print(f"Sicherung „{restored.restored_from}“ (Schema-Stand {restored.revision}) wurde "
          f"nach „{restored.target}“ zurückgespielt.")
    return 0


def _sqlite_file(url_flag: str | None, command: str) -> Path:
    choice = choose_database(url_flag)
    url = parse_url(choice.url)
    if url.get_backend_name() != "sqlite":
        raise backups.BackupError(pg_hint(url.host, url.username, url.database, command))
    if choice.is_default:
        ensure_data_dir()
    return Path(os.path.expanduser(url.database or ""))


def pg_hint(host: str | None, user: str | None, name: str | None, command: str) -> str:
    host, user, name = host or "HOST", user or "BENUTZER", name or "DATENBANK"
    verb = "sichern" if command == "backup" else "zurückspielen"
    return (f"„db {command}“ gilt nur für die eingebettete SQLite-Datenbank. Eine "
            f"PostgreSQL-Datenbank {verb} Sie mit den PostgreSQL-Werkzeugen: "
            f"pg_dump -Fc -h {host} -U {user} {name} > soest-desk.dump, zurückspielen mit "
            f"pg_restore --clean -h {host} -U {user} -d {name} soest-desk.dump "
            "(siehe README, Abschnitt „Backups“).")
