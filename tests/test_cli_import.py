"""`soest-desk import …` and `soest-desk import-template …` end to end through `cli.main`,
on a temporary SQLite file, signed in as the test login (SOEST_DESK_USER=testuser)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from soest_desk import cli
from soest_desk.db import open_database
from soest_desk.models import Facility, Person, Unit
from soest_desk.models.enums import Role
from soest_desk.services.users import create_user


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def url(capsys, tmp_path) -> str:
    """A migrated SQLite file where the test login is a manager (Leitung)."""
    url = f"sqlite:///{tmp_path / 'amt.sqlite'}"
    assert run(capsys, "db", "upgrade", "--database-url", url)[0] == 0
    database = open_database(url)
    with database.write() as session:
        create_user(session, "testuser", "Test Leitung", {Role.MANAGER})
    database.dispose()
    return url


def count(url: str, model: type) -> int:
    database = open_database(url)
    try:
        with database.read() as session:
            return session.scalar(select(func.count()).select_from(model)) or 0
    finally:
        database.dispose()


def fill(path: Path, rows: list[list[object]]) -> None:
    workbook = openpyxl.load_workbook(path)
    for row in rows:
        workbook.worksheets[0].append(row)
    workbook.save(path)


def test_template_filled_then_imported(capsys, url, tmp_path):
    path = tmp_path / "personen.xlsx"
    code, out, _ = run(capsys, "import-template", "personen", str(path))
    assert code == 0 and "Vorlage für Personen geschrieben" in out
    fill(path, [
        ["Kovalenko", "Olena", "03.05.1987", "weiblich", "Ukraine", "0151 2345678", 0, "nein",
         None, None, None, "K1", "Haushaltsvorstand"],
        ["Kovalenko", "Taras", "02.06.2015", "männlich", "UKR", None, None, None, None, None,
         None, "K1", "Kind"],
        ["Haddad", "Omar", "1990", "m", "SYR"],
    ])
    code, out, _ = run(capsys, "import", "people", str(path), "--database-url", url,
                       "--dry-run")
    assert code == 0, out
    assert "Spalte „Geburtsdatum“ → Geburtsdatum" in out
    assert "Probelauf: 3 Zeilen geprüft; importiert würden 3 Personen in 1 Haushalt" in out
    assert count(url, Person) == 0

    code, out, _ = run(capsys, "import", "people", str(path), "--database-url", url)
    assert code == 0 and "Importiert: 3 Personen in 1 Haushalt." in out
    assert count(url, Person) == 3

    code, out, _ = run(capsys, "--database-url", url, "import", "people", str(path))
    assert code == 1
    assert "Zeile 2: schon erfasst: Kovalenko, Olena (geb. 03.05.1987)" in out
    assert "Nichts importiert: 3 mögliche Dubletten" in out
    code, out, _ = run(capsys, "import", "people", str(path), "--database-url", url,
                       "--skip-duplicates")
    assert code == 0 and "Importiert: 0 Personen. 3 mögliche Dubletten übersprungen." in out
    assert count(url, Person) == 3


def test_bad_rows_are_listed_and_nothing_is_imported(capsys, url, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Nachname;Vorname;Geburtsdatum;Pflegegrad\n"
                    "Haddad;Omar;01.02.1990;0\n"
                    "Haddad;Lina;31.02.1992;0\n"
                    "Ahmadi;Farid;01.01.1980;9\n"
                    "Tesfaye;Abeba;morgen;x\n", encoding="utf-8")
    code, out, err = run(capsys, "import", "people", str(path), "--database-url", url)
    assert code == 1 and err == ""
    assert "Fehler in 3 von 4 Zeilen:" in out
    assert "  Zeile 3, Spalte „Geburtsdatum“: den 31.02.1992 gibt es nicht." in out
    assert "  Zeile 4, Spalte „Pflegegrad“: höchstens 5 (eingegeben: 9)." in out
    assert "  Zeile 5, Spalte „Geburtsdatum“:" in out and "  Zeile 5, Spalte „Pflegegrad“:" in out
    assert "Nichts importiert: 3 fehlerhafte Zeilen." in out
    assert count(url, Person) == 0


def test_map_option_and_ignored_columns(capsys, url, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Nachname,Rufname,Datum,Zimmer\nHaddad,Omar,01.02.1990,A2\n",
                    encoding="utf-8-sig")
    code, out, _ = run(capsys, "import", "people", str(path), "--database-url", url,
                       "--map", "Datum=Geburtsdatum", "--map", "Rufname=Vornamen")
    assert code == 0, out
    assert "Trennzeichen Komma" in out and "UTF-8 mit BOM" in out
    assert "Nicht übernommen (unbekannte Spalten): „Zimmer“" in out
    code, _, err = run(capsys, "import", "people", str(path), "--database-url", url,
                       "--map", "Raum=Vornamen")
    assert code == 1 and "Die Spalte „Raum“ gibt es in der Datei nicht" in err


def test_facilities_then_units(capsys, url, tmp_path):
    facilities = tmp_path / "unterkuenfte.csv"
    facilities.write_text("Bezeichnung;Art;Straße;PLZ;Ort\n"
                          "Haus am Bach;GU;Bachweg 3;59494;Soest\n", encoding="cp1252")
    code, out, _ = run(capsys, "import", "facilities", str(facilities), "--database-url", url)
    assert code == 0 and "Importiert: 1 Unterkunft." in out
    units = tmp_path / "zimmer.csv"
    units.write_text("Unterkunft;Zimmer;Plätze;Fläche m²\n"
                     "Haus am Bach;1.01;2;14,5\nHaus am Bahc;1.02;2;14,5\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", "units", str(units), "--database-url", url)
    assert code == 1 and "meinten Sie „Haus am Bach“?" in out
    assert count(url, Unit) == 0 and count(url, Facility) == 1


def test_a_broken_file_touches_no_database(capsys, tmp_path):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"kein Excel")
    missing_db = tmp_path / "neu.sqlite"
    code, _, err = run(capsys, "import", "people", str(path), "--database-url",
                       f"sqlite:///{missing_db}")
    assert code == 1 and "keine gültige Excel-Datei" in err and "Traceback" not in err
    assert not missing_db.exists()


def test_the_signed_in_user_needs_the_right(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'leer.sqlite'}"
    run(capsys, "db", "upgrade", "--database-url", url)
    database = open_database(url)
    with database.write() as session:  # the OS login (tests: "testuser") is Objektservice
        create_user(session, "testuser", "Test", {Role.PROPERTY_SERVICE})
    database.dispose()
    path = tmp_path / "liste.csv"
    path.write_text("Name;Vorname\nHaddad;Omar\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "people", str(path), "--database-url", url)
    assert code == 1 and "Keine Berechtigung" in err and "Objektservice" in err
    assert count(url, Person) == 0


def test_the_first_user_of_a_new_workstation_database_can_import(capsys, tmp_path):
    """One workstation, one person: the first login holds every role and can start."""
    url = f"sqlite:///{tmp_path / 'leer.sqlite'}"
    run(capsys, "db", "upgrade", "--database-url", url)
    path = tmp_path / "liste.csv"
    path.write_text("Name;Vorname\nHaddad;Omar\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "people", str(path), "--database-url", url)
    assert code == 0, err
    assert count(url, Person) == 1


def test_template_refuses_to_overwrite(capsys, tmp_path):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"echte Daten")
    code, _, err = run(capsys, "import-template", "units", str(path))
    assert code == 1 and "gibt es schon" in err
    assert path.read_bytes() == b"echte Daten"
    assert run(capsys, "import-template", "units", str(path), "--overwrite")[0] == 0


def test_unknown_kind_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["import", "tickets", str(tmp_path / "x.csv")])
    assert exit_info.value.code == 2
    assert "ungültige Auswahl: 'tickets'" in capsys.readouterr().err
