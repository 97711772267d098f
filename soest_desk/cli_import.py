"""`soest-desk import …` and `soest-desk import-template …`: the command-line side of the
list import (the work is done by `services.imports`; `cli.py` only registers these).

The file is read and the columns are matched before the database is opened, so a broken
file or a bad `--map` changes nothing anywhere. The import runs as the signed-in user (the
OS login, like the window) and needs that user's rights.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from soest_desk.services.imports_fields import KIND_LABELS, ImportKind, field_by_key

if TYPE_CHECKING:
    from soest_desk.services.import_files import Table
    from soest_desk.services.imports import ImportReport

KIND_WORDS = {
    "facilities": ImportKind.FACILITIES, "unterkuenfte": ImportKind.FACILITIES,
    "units": ImportKind.UNITS, "wohneinheiten": ImportKind.UNITS,
    "people": ImportKind.PEOPLE, "personen": ImportKind.PEOPLE,
}
KIND_HELP = ("facilities (Unterkünfte), units (Wohneinheiten) oder people (Personen); "
             "auch deutsch: unterkuenfte, wohneinheiten, personen")
NOUNS = {ImportKind.FACILITIES: ("Unterkunft", "Unterkünfte"),
         ImportKind.UNITS: ("Wohneinheit", "Wohneinheiten"),
         ImportKind.PEOPLE: ("Person", "Personen")}


def add_parsers(commands: argparse._SubParsersAction, url_option: argparse.ArgumentParser
                ) -> None:
    """Register `import` and `import-template` on the main parser's sub-commands."""
    run = commands.add_parser(
        "import", parents=[url_option], help="Listen aus Excel oder CSV importieren",
        description="Importiert eine Liste (Excel .xlsx oder CSV) von Unterkünften, "
        "Wohneinheiten oder Personen. Alles oder nichts: Ist eine Zeile fehlerhaft, wird "
        "nichts gespeichert, und jede fehlerhafte Zeile wird mit Spalte und Grund genannt.",
    )
    run.add_argument("kind", metavar="ART", choices=sorted(KIND_WORDS), help=KIND_HELP)
    run.add_argument("file", metavar="DATEI", type=Path, help="die Liste (.xlsx oder .csv)")
    run.add_argument("--dry-run", action="store_true",
                     help="nur prüfen und berichten, nichts speichern")
    run.add_argument("--map", action="append", default=[], metavar="SPALTE=FELD",
                     help="eine Spalte selbst zuordnen, z. B. --map \"Geb.=Geburtsdatum\"; "
                     "„SPALTE=“ übergeht die Spalte; mehrfach möglich")
    run.add_argument("--skip-duplicates", action="store_true",
                     help="mögliche Dubletten überspringen und die übrigen Zeilen importieren "
                     "(sonst verhindern Dubletten den Import)")

    template = commands.add_parser(
        "import-template", help="eine Excel-Vorlage für den Import schreiben",
        description="Schreibt eine Excel-Vorlage mit den Spalten, die der Import erkennt, "
        "mit Hinweisen und Auswahllisten.",
    )
    template.add_argument("kind", metavar="ART", choices=sorted(KIND_WORDS), help=KIND_HELP)
    template.add_argument("file", metavar="DATEI", type=Path, help="die neue Datei (.xlsx)")
    template.add_argument("--overwrite", action="store_true",
                          help="eine vorhandene Datei ersetzen")


def run_template(args: argparse.Namespace) -> int:
    from soest_desk.services.import_templates import write_template

    kind = KIND_WORDS[args.kind]
    path = write_template(kind, args.file, overwrite=args.overwrite)
    print(f"Vorlage für {KIND_LABELS[kind]} geschrieben: {path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from soest_desk.cli_database import open_migrated
    from soest_desk.cli_sign_in import command_actor
    from soest_desk.db import translated_errors
    from soest_desk.services import imports
    from soest_desk.services.clock import office_today

    kind = KIND_WORDS[args.kind]
    table = imports.read_table(args.file)
    mapping = imports.apply_overrides(kind, table.headers,
                                      imports.guess_mapping(kind, table.headers), args.map)
    _print_mapping(kind, table, mapping)
    imports.check_mapping(kind, table.headers, mapping)

    database = open_migrated(getattr(args, "database_url", None))
    try:
        with translated_errors(database.info), database.write() as session:
            actor = command_actor(session)
            session.info["actor"] = actor
            report = imports.run_import(
                session, actor, kind, table, mapping, today=office_today(),
                dry_run=args.dry_run, skip_duplicates=args.skip_duplicates,
                progress=_progress if sys.stderr.isatty() else None)
    finally:
        database.dispose()
    print(f"Datenbank: {database.info.label}")
    return print_report(report)


def _print_mapping(kind: ImportKind, table: Table, mapping: dict[int, str]) -> None:
    labels = field_by_key(kind)
    print(f"Datei: {table.file_name} ({table.describe}), {len(table.rows)} Datenzeilen")
    for index, key in sorted(mapping.items()):
        print(f"  Spalte „{table.headers[index]}“ → {labels[key].label}")
    ignored = [h for i, h in enumerate(table.headers) if i not in mapping]
    if ignored:
        print("  Nicht übernommen (unbekannte Spalten): "
              + ", ".join(f"„{h}“" for h in ignored)
              + ". Mit --map \"Spalte=Feld\" lassen sie sich zuordnen.")


def _progress(phase: str, done: int, total: int) -> None:
    end = "\n" if done >= total else ""
    print(f"\r{phase}: {_number(done)} von {_number(total)} Zeilen", end=end,
          file=sys.stderr, flush=True)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _count(kind: ImportKind, count: int) -> str:
    singular, plural = NOUNS[kind]
    return f"{_number(count)} {singular if count == 1 else plural}"


def print_report(report: ImportReport) -> int:
    """Print the German summary; the exit code is 1 when nothing was (or, in a dry run,
    would be) imported because of errors or duplicates."""
    kind = ImportKind(report.kind)
    if report.errors:
        print(f"Fehler in {_number(len(report.error_rows))} von {_number(report.total_rows)} "
              "Zeilen:")
        for error in report.errors:
            column = f", Spalte „{error.column_label}“" if error.column_label else ""
            print(f"  Zeile {error.row_number}{column}: {error.message}")
    if report.duplicates:
        title = "Übersprungen als mögliche Dubletten" if report.skip_duplicates else (
            "Mögliche Dubletten")
        print(f"{title} ({_number(len(report.duplicates))}):")
        for duplicate in report.duplicates:
            print(f"  Zeile {duplicate.row_number}: "
                  + "; ".join(m.description for m in duplicate.matches))
    return _summary(report, kind)


def _summary(report: ImportReport, kind: ImportKind) -> int:
    households = (f" in {_number(report.households)} "
                  f"{'Haushalt' if report.households == 1 else 'Haushalten'}"
                  if report.households else "")
    if report.errors:
        print(f"Nichts importiert: {_number(len(report.error_rows))} fehlerhafte Zeilen. Bitte "
              "korrigieren Sie die Datei und starten Sie den Import erneut.")
        return 1
    if report.duplicates and not report.skip_duplicates:
        print(f"Nichts importiert: {_number(len(report.duplicates))} mögliche Dubletten. "
              "Prüfen Sie die Zeilen, oder importieren Sie mit --skip-duplicates die übrigen "
              "Zeilen und überspringen Sie die Dubletten.")
        return 1
    if report.dry_run:
        print(f"Probelauf: {_number(report.total_rows)} Zeilen geprüft; importiert würden "
              f"{_count(kind, report.importable)}{households}. Es wurde nichts gespeichert.")
        return 0
    skipped = (f" {_number(len(report.duplicates))} mögliche Dubletten übersprungen."
               if report.duplicates else "")
    print(f"Importiert: {_count(kind, report.imported)}{households}.{skipped}")
    return 0


COMMANDS = frozenset({"import", "import-template"})


def dispatch(args: argparse.Namespace) -> int:
    """Run `import` or `import-template` (the commands in COMMANDS)."""
    if args.command == "import":
        return run_import(args)
    return run_template(args)

