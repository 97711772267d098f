"""`soest-desk privacy disclosure|retention|erase` end to end through `cli.main`, on a
temporary SQLite file, signed in as the test login (SOEST_DESK_USER=testuser, an admin).

Rosa Alt moved out in 2010 (due for the retention run), Paula Da lives here now."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from soest_desk import cli, migrate
from soest_desk.db import open_database
from soest_desk.models import Person, Stay, UserRole
from soest_desk.models.enums import Role
from soest_desk.services.permissions import SYSTEM_ACTOR
from tests.builders import Builder


@dataclass
class Office:
    url: str
    rosa: int
    paula: int

    def family_name(self, person_id: int) -> str:
        database = open_database(self.url)
        try:
            with database.read() as session:
                return session.scalars(select(Person.family_name).where(
                    Person.id == person_id)).one()
        finally:
            database.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the current schema, made once and copied for every test."""
    path = tmp_path_factory.mktemp("privacy") / "leer.sqlite"
    database = open_database(f"sqlite:///{path}", create=True)
    migrate.upgrade(database)
    database.dispose()
    return path


@pytest.fixture
def office(tmp_path: Path, migrated: Path) -> Office:
    shutil.copy(migrated, tmp_path / "amt.sqlite")
    url = f"sqlite:///{tmp_path / 'amt.sqlite'}"
    database = open_database(url)
    try:
        with database.write(SYSTEM_ACTOR) as session:
            b = Builder(session)
            unit = b.unit(b.facility("Haus am Bach"), "A1", 4)
            b.user("testuser", {Role.ADMIN}, (), "Test Admin")
            rosa, paula = b.person("Alt", "Rosa"), b.person("Da", "Paula")
            b._add(Stay(person_id=rosa.id, unit_id=unit.id, start_date=date(2008, 1, 1),
                        end_date=date(2010, 1, 1), move_out_reason="own_flat"))
            b.stay(paula, unit, date(2024, 5, 1))
            return Office(url, rosa.id, paula.id)
    finally:
        database.dispose()


def test_disclosure_writes_a_pdf(capsys, office, tmp_path):
    out = tmp_path / "auskunft.pdf"
    code, stdout, stderr = run(capsys, "privacy", "disclosure", str(office.rosa), "--out",
                               str(out), "--requested-by", "die Person selbst",
                               "--database-url", office.url)
    assert code == 0, stderr
    assert f"Auskunft über Person #{office.rosa} geschrieben: {out}" in stdout
    assert out.read_bytes().startswith(b"%PDF")
    code, _out, stderr = run(capsys, "privacy", "disclosure", "999", "--out", str(out),
                             "--database-url", office.url)
    assert code == 1 and "Person Nr. 999 gibt es nicht" in stderr
    code, _out, stderr = run(capsys, "privacy", "disclosure", str(office.rosa), "--out",
                             str(tmp_path / "auskunft.txt"), "--database-url", office.url)
    assert code == 1 and "Endung .pdf" in stderr


def test_retention_is_a_dry_run_until_apply(capsys, office):
    code, stdout, stderr = run(capsys, "privacy", "retention", "--database-url", office.url)
    assert code == 0, stderr
    assert "Aufbewahrungsfrist 10 Jahre" in stdout and f"Person #{office.rosa} –" in stdout
    assert "letzter Auszug 01.01.2010" in stdout and "Probelauf" in stdout
    assert "Alt" not in stdout and "Rosa" not in stdout and f"#{office.paula}" not in stdout
    assert office.family_name(office.rosa) == "Alt"
    code, stdout, stderr = run(capsys, "privacy", "retention", "--apply", "--database-url",
                               office.url)
    assert code == 0, stderr
    assert "1 Person(en) anonymisiert." in stdout and "Probelauf" not in stdout
    assert office.family_name(office.rosa) == "Anonymisiert"
    assert office.family_name(office.paula) == "Da"
    code, stdout, _err = run(capsys, "privacy", "retention", "--apply", "--years", "5",
                             "--database-url", office.url)
    assert code == 0 and "Niemand ist fällig" in stdout
    code, _out, stderr = run(capsys, "privacy", "retention", "--years", "0",
                             "--database-url", office.url)
    assert code == 1 and "ganze Zahl von 1 bis 100" in stderr


def test_erase_refuses_an_open_stay_and_erases_on_request(capsys, office):
    code, _out, stderr = run(capsys, "privacy", "erase", str(office.paula), "--reason",
                             "Antrag vom 01.03.2026", "--database-url", office.url)
    assert code == 1 and "Belegung ab 01.05.2024 ist noch offen" in stderr
    code, stdout, stderr = run(capsys, "privacy", "erase", str(office.rosa), "--reason",
                               "Antrag vom 01.03.2026", "--database-url", office.url)
    assert code == 0, stderr
    assert f"Person #{office.rosa} gelöscht" in stdout and "anonymisiert" in stdout
    assert office.family_name(office.rosa) == "Anonymisiert"


def test_only_the_administration_may(capsys, office, tmp_path):
    database = open_database(office.url)
    try:
        with database.write(SYSTEM_ACTOR) as session:
            role = session.scalars(select(UserRole)).one()
            role.role = Role.SITE_MANAGER.value
    finally:
        database.dispose()
    for argv in (("disclosure", str(office.rosa), "--out", str(tmp_path / "a.pdf")),
                 ("retention",), ("erase", str(office.rosa), "--reason", "Antrag")):
        code, _out, stderr = run(capsys, "privacy", *argv, "--database-url", office.url)
        assert code == 1 and "Datenschutzaufgaben erledigen" in stderr, argv
    assert office.family_name(office.rosa) == "Alt"
    assert not (tmp_path / "a.pdf").exists()
