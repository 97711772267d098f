"""`soest-desk report NAME --from DATE --to DATE [--facility ID …] --out FILE.xlsx|.pdf`: a report
written without the window, so it can be scheduled (the work is done by `reports/`; `cli.py`
only registers this).

Dates are ISO (2026-01-31) or German (31.01.2026), both days included. The report runs as
the signed-in user (the OS login, like the window) and shows only what that user may see. The
file is written beside the target and renamed at the end: a failure leaves no half file.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from soest_desk.reports.catalog import REPORTS
from soest_desk.reports.run import check_target
from soest_desk.services.errors import DomainError

COMMANDS = frozenset({"report"})


def add_parsers(commands: argparse._SubParsersAction, url_option: argparse.ArgumentParser
                ) -> None:
    run = commands.add_parser(
        "report", parents=[url_option], help="einen Bericht als Excel- oder PDF-Datei schreiben",
        description="Schreibt einen Bericht (Excel .xlsx, die Pilotauswertung auch als PDF) "
        "für einen Zeitraum, z. B. für eine geplante Aufgabe. Datumsangaben als 31.01.2026 "
        "oder 2026-01-31; beide Tage zählen mit.",
    )
    run.add_argument("name", metavar="NAME", choices=sorted(REPORTS),
                     help="der Bericht: " + ", ".join(sorted(REPORTS)))
    run.add_argument("--from", dest="start", required=True, metavar="DATUM",
                     help="erster Tag des Zeitraums")
    run.add_argument("--to", dest="end", required=True, metavar="DATUM",
                     help="letzter Tag des Zeitraums")
    run.add_argument("--facility", action="append", type=int, default=[], metavar="NR",
                     help="nur diese Unterkunft (Nummer); mehrfach möglich")
    run.add_argument("--out", required=True, type=Path, metavar="DATEI",
                     help="die Datei: .xlsx, beim Bericht pilotauswertung auch .pdf; eine "
                     "vorhandene wird ersetzt")


def _day(value: str, label: str) -> date:
    from soest_desk.services.date_parsing import parse_date

    day = parse_date(value, label)
    if day is None:
        raise DomainError(f"{label}: bitte ein Datum angeben, z. B. 31.01.2026.", field=label)
    return day


def check_arguments(args: argparse.Namespace) -> tuple[date, date, Path]:
    """The period and the target, or a German DomainError naming what is wrong (nothing has
    been opened or written yet)."""
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if end < start:
        raise DomainError(f"Zeitraum: --to ({end:%d.%m.%Y}) liegt vor --from "
                          f"({start:%d.%m.%Y}).")
    out: Path = args.out
    try:
        check_target(REPORTS[args.name], out)
    except DomainError as exc:
        raise DomainError(str(exc).replace("Zieldatei:", "--out:", 1)) from exc
    return start, end, out


def run_report(args: argparse.Namespace) -> int:
    from soest_desk.cli_database import open_migrated
    from soest_desk.cli_sign_in import command_actor
    from soest_desk.db import translated_errors
    from soest_desk.models import Facility
    from soest_desk.reports.report_params import ReportParams
    from soest_desk.reports.run import write_report

    start, end, out = check_arguments(args)
    report = REPORTS[args.name]
    database = open_migrated(getattr(args, "database_url", None))
    try:
        with translated_errors(database.info), database.write() as session:
            actor = command_actor(session)
        with translated_errors(database.info), database.read() as session:
            names = []
            for facility_id in args.facility:
                facility = session.get(Facility, facility_id)
                if facility is None:
                    raise DomainError(f"--facility: die Unterkunft Nr. {facility_id} gibt "
                                      "es nicht.")
                names.append(facility.name)
            params = ReportParams(start, end, tuple(args.facility) or None,
                                  facility_names=tuple(names))
            result = write_report(session, actor, args.name, params, out,
                                  progress=_progress if sys.stderr.isatty() else None)
    finally:
        database.dispose()
    rows = result.rows
    print(f"{report.title} geschrieben: {result.path} ({_number(rows)} Zeilen, "
          f"Datenbank: {database.info.label})")
    return 0


def _progress(done: int, total: int | None) -> None:
    of = f" von {_number(total)}" if total else ""
    print(f"\rZeilen: {_number(done)}{of}", end="", file=sys.stderr, flush=True)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def dispatch(args: argparse.Namespace) -> int:
    return run_report(args)
