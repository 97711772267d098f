"""`soest-desk privacy …`: the data-protection duties on the command line (the work is done
by `services.data_protection`; `cli.py` only registers this).

- `privacy disclosure PERSON_ID --out FILE.pdf`: the disclosure (Art. 15 DSGVO) as a PDF;
- `privacy retention [--years N] [--apply]`: the retention run, a dry run unless `--apply`;
- `privacy erase PERSON_ID --reason TEXT`: erasure on request (Art. 17 DSGVO).

Every command runs as the signed-in user (the OS login, like the window) and needs
"Datenschutzaufgaben erledigen" (the administration). The lists name people as "Person #id",
never by name.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from soest_desk.services.errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from soest_desk.services.permissions import Actor

COMMANDS = frozenset({"privacy"})


def add_parsers(commands: argparse._SubParsersAction, url_option: argparse.ArgumentParser
                ) -> None:
    privacy = commands.add_parser(
        "privacy", help="Datenschutz: Auskunft, Aufbewahrungsfrist, Löschung",
        description="Datenschutzaufgaben (nur für die Administration): Auskunft nach Art. 15 "
        "DSGVO, Anonymisierung nach Ablauf der Aufbewahrungsfrist, Löschung auf Antrag nach "
        "Art. 17 DSGVO.")
    tasks = privacy.add_subparsers(dest="privacy_command", metavar="BEFEHL", required=True)
    disclosure = tasks.add_parser(
        "disclosure", parents=[url_option], help="Auskunft über eine Person als PDF",
        description="Schreibt alle zu einer Person gespeicherten Daten und das Protokoll ihrer "
        "Änderungen in eine PDF-Datei (Auskunft nach Art. 15 DSGVO).")
    disclosure.add_argument("person_id", type=int, metavar="PERSON_NR",
                            help="die Nummer der Person")
    disclosure.add_argument("--out", required=True, type=Path, metavar="DATEI",
                            help="die PDF-Datei; eine vorhandene wird ersetzt")
    disclosure.add_argument("--requested-by", metavar="TEXT",
                            help="wer die Auskunft verlangt hat (z. B. „die Person selbst“)")
    retention = tasks.add_parser(
        "retention", parents=[url_option], help="Anonymisierung nach der Aufbewahrungsfrist",
        description="Listet die Personen, deren letzte Belegung länger als die "
        "Aufbewahrungsfrist zurückliegt, und was bei ihnen entfernt würde. Erst mit --apply "
        "wird anonymisiert.")
    retention.add_argument("--years", type=int, metavar="N",
                           help="Aufbewahrungsfrist in Jahren (sonst die Einstellung "
                           "„Aufbewahrungsfrist“, 10 Jahre)")
    retention.add_argument("--apply", action="store_true",
                           help="wirklich anonymisieren (ohne: nur anzeigen)")
    erase = tasks.add_parser(
        "erase", parents=[url_option], help="eine Person auf Antrag löschen",
        description="Löscht die Daten einer Person auf Antrag (Art. 17 DSGVO); Belegungen "
        "bleiben ohne Namen für die Statistik. Nicht möglich, solange eine Belegung oder "
        "der Fall ihres Haushalts offen ist.")
    erase.add_argument("person_id", type=int, metavar="PERSON_NR",
                       help="die Nummer der Person")
    erase.add_argument("--reason", required=True, metavar="TEXT",
                       help="Grund, z. B. „Antrag vom 03.04.2026“")


def dispatch(args: argparse.Namespace) -> int:
    from soest_desk.cli_database import open_migrated
    from soest_desk.cli_sign_in import command_actor
    from soest_desk.db import translated_errors

    database = open_migrated(getattr(args, "database_url", None))
    try:
        with translated_errors(database.info), database.write() as session:
            actor = command_actor(session)
            session.info["actor"] = actor
            return {"disclosure": _disclosure, "retention": _retention,
                    "erase": _erase}[args.privacy_command](session, actor, args)
    finally:
        database.dispose()


def _disclosure(session: Session, actor: Actor, args: argparse.Namespace) -> int:
    from soest_desk.reports.disclosure_pdf import write_disclosure_pdf
    from soest_desk.services.data_protection import disclose

    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise DomainError("--out: bitte eine PDF-Datei mit der Endung .pdf angeben.")
    disclosure = disclose(session, actor, args.person_id, requested_by=args.requested_by)
    pages = write_disclosure_pdf(disclosure, out)
    print(f"Auskunft über Person #{args.person_id} geschrieben: {out} ({pages} Seiten)")
    return 0


def _retention(session: Session, actor: Actor, args: argparse.Namespace) -> int:
    from soest_desk.services.data_protection import apply_retention, plan_retention
    from soest_desk.services.validation import german_date

    run = apply_retention if args.apply else plan_retention
    plan = run(session, actor, args.years)
    verb = "anonymisiert" if plan.applied else "würden anonymisiert"
    print(f"Aufbewahrungsfrist {plan.years} Jahre: letzte Belegung vor dem "
          f"{german_date(plan.cutoff)} beendet (oder nie untergebracht und so lange erfasst).")
    if not plan.people:
        print("Niemand ist fällig; es wurde nichts geändert.")
        return 0
    for person in plan.people:
        moved = ("nie untergebracht" if person.last_move_out is None
                 else f"letzter Auszug {german_date(person.last_move_out)}")
        household = f", {person.household_label}" if person.household_label else ""
        print(f"{person.label}{household} – {moved}")
        for line in person.changes:
            print(f"  - {line}")
    print(f"{len(plan.people)} Person(en) {verb}.")
    if not plan.applied:
        print("Probelauf: nichts wurde geändert. Mit --apply wird anonymisiert.")
    return 0


def _erase(session: Session, actor: Actor, args: argparse.Namespace) -> int:
    from soest_desk.services.data_protection import erase_person

    result = erase_person(session, actor, args.person_id, args.reason)
    print(f"Person #{result.person_id} gelöscht:")
    for line in result.changes:
        print(f"  - {line}")
    return 0
