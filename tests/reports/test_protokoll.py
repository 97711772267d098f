"""The Protokoll export: the filtered audit rows, a cover naming filters and exporter, safe
text for what users typed, no file when refused, and no audit row for the export itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from openpyxl import load_workbook

from soest_desk.db import Database
from soest_desk.models.enums import Role
from soest_desk.reports import protokoll
from soest_desk.services import audit_view, people, stays
from soest_desk.services.audit_view import AuditFilters, parse_filters
from soest_desk.services.clock import OFFICE_ZONE
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.people import PersonInput
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from tests.builders import TODAY, Builder, _actor
from tests.reports.report_helpers import NOW, cover_lines, data_formulas, values

HOSTILE_LOGIN = '=HYPERLINK("http://example.invalid","Klick")'
HOSTILE_NOTE = "=1+1"
HEADERS = ["Zeitpunkt", "Benutzer", "Aktion", "Bereich", "Nr.", "Änderungen"]


@dataclass
class World:
    admin: Actor
    manager: Actor
    person_id: int


@pytest.fixture
def world(database: Database) -> World:
    """A manager whose login starts with "=" registers a person, renames her and moves her
    in with a note "=1+1" – all through the services, so the hook writes the log."""
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        unit = b.unit(b.facility("Haus am Bach"), "A1", 4)
        admin = _actor(b.user("root", {Role.ADMIN}, display_name="Ada Admin"))
        manager = _actor(b.user(HOSTILE_LOGIN, {Role.MANAGER}, display_name="Lea Leitung"))
        unit_id = unit.id
    data = PersonInput("Haddad", "Rania", birth_date=date(1990, 5, 2), sex="f")
    with database.write(manager) as session:
        person = people.create_person(session, manager, data, today=TODAY)
        person_id, version = person.id, person.version_id
    with database.write(manager) as session:
        data.family_name = "Haddad-Nasser"
        people.update_person(session, manager, person_id, version, data, today=TODAY)
    with database.write(manager) as session:
        stays.move_in(session, manager, [stays.Placement(person_id, unit_id)],
                      date(2025, 3, 1), note=HOSTILE_NOTE, today=TODAY)
    return World(admin, manager, person_id)


def export(database: Database, actor: Actor, filters: AuditFilters, target):
    with database.read() as session:
        return protokoll.write_protokoll(session, actor, filters, target, now=NOW)


def audit_rows(database: Database, actor: Actor) -> int:
    with database.read() as session:
        return audit_view.count(session, actor, AuditFilters(), cap=None)


def test_the_workbook_holds_the_filtered_rows_and_a_cover(database, world, tmp_path):
    before = audit_rows(database, world.admin)
    target = tmp_path / "protokoll.xlsx"
    result = export(database, world.admin, parse_filters(who="=hyper", table="Person"), target)
    assert result.rows == {"Protokoll": 2}
    assert audit_rows(database, world.admin) == before  # the export is not logged itself

    book = load_workbook(target)
    assert book.sheetnames == ["Deckblatt", "Protokoll"]
    sheet = book["Protokoll"]
    assert [cell.value for cell in sheet[1]] == HEADERS
    rows = values(sheet)
    with database.read() as session:
        expected = audit_view.audit_page(session, world.admin, AuditFilters(table="persons"))
    assert [row[1:5] for row in rows] == [
        [HOSTILE_LOGIN, "geändert", "Person", world.person_id],
        [HOSTILE_LOGIN, "angelegt", "Person", world.person_id]]
    assert [row[0] for row in rows] == [
        r.at.astimezone(OFFICE_ZONE).replace(tzinfo=None, microsecond=0)
        for r in expected.rows]
    assert rows[0][5] == "Familienname: „Haddad“ → „Haddad-Nasser“"
    assert "Vornamen: „Rania“" in rows[1][5] and "Geschlecht: „weiblich“" in rows[1][5]
    login_cell = sheet["B2"]
    assert login_cell.data_type == "s" and login_cell.quotePrefix  # text, never a formula
    assert data_formulas(book) == []

    cover = cover_lines(book["Deckblatt"])
    assert cover["Filter"] == ["Benutzer: Anmeldename beginnt mit „=hyper“", "Bereich: Person"]
    assert cover["Erstellt von"] == ["Ada Admin (root)"]
    assert cover["Erstellt am"] == ["02.04.2025, 10:30 Uhr"]
    assert any("nicht protokolliert" in line for line in cover["Hinweise"])
    assert cover["Datenschutz"][0].startswith("Diese Datei enthält personenbezogene Daten")


def test_a_stay_note_typed_as_a_formula_stays_text(database, world, tmp_path):
    target = tmp_path / "belegung.xlsx"
    export(database, world.admin, parse_filters(table="Belegung", action="angelegt"), target)
    book = load_workbook(target)
    (row,) = values(book["Protokoll"])
    assert f"Bemerkung: „{HOSTILE_NOTE}“" in row[5]
    assert data_formulas(book) == []


def test_a_full_period_goes_on_the_cover_line_an_open_one_into_the_filters(database, world,
                                                                           tmp_path):
    target = tmp_path / "zeitraum.xlsx"
    result = export(database, world.admin,
                    parse_filters(date_from="01.03.2025", date_to="31.03.2025"), target)
    assert result.rows == {"Protokoll": 0}  # the log was written today, not in March 2025
    cover = cover_lines(load_workbook(target)["Deckblatt"])
    assert cover["Zeitraum"] == ["01.03.2025 bis 31.03.2025"]
    assert cover["Filter"] == ["keine (alle Daten)"]
    assert protokoll.filter_lines(AuditFilters(date_from=date(2025, 3, 1))) == [
        ("Zeitraum", "ab 01.03.2025")]
    assert protokoll.filter_lines(AuditFilters(date_to=date(2025, 3, 31), action="read",
                                               row_id=7)) == [
        ("Zeitraum", "bis 31.03.2025"), ("Aktion", "gelesen"), ("Nr.", "7")]


def test_a_refused_export_leaves_no_file(database, world, tmp_path):
    folder = tmp_path / "exporte"
    folder.mkdir()
    target = folder / "verboten.xlsx"
    with pytest.raises(PermissionDenied, match="Protokoll ansehen"):
        export(database, world.manager, AuditFilters(), target)
    with pytest.raises(DomainError, match=r"^Bis: "):
        export(database, world.admin,
               AuditFilters(date_from=date(2025, 3, 2), date_to=date(2025, 3, 1)), target)
    with pytest.raises(DomainError, match=r"^Zieldatei: .*Endung \.xlsx") as caught:
        export(database, world.admin, AuditFilters(), folder / "protokoll.csv")
    assert caught.value.field == "Zieldatei"
    assert list(folder.iterdir()) == []
