"""The list import (facilities, units, people) on SQLite and PostgreSQL: header recognition,
all-or-nothing with every bad row named, duplicates, households, dry runs, audit."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from soest_desk.models import AuditEntry, Facility, Household, Person, Unit
from soest_desk.models.enums import Role
from soest_desk.services import imports, people
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.imports_fields import (
    apply_overrides,
    check_mapping,
    fields,
    guess_mapping,
    recognise,
)
from soest_desk.services.imports_values import FACILITY_KINDS, parse_floor
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from tests.builders import Builder, _actor

TODAY = date(2025, 3, 15)
PEOPLE_HEADER = ("Name;Vorname(n);Geb.-Datum;Geschlecht;Staatsangehörigkeit;Telefon;Pflegegrad;"
                 "Rollstuhl;Haustier(e);Raucher/in;Haushalts-Nr.;Rolle im Haushalt;Zimmer")
PEOPLE_ROWS = [
    "Kovalenko;Olena;1987;w;Ukraine;0151 2345678;0;nein;;x;1;;A1",
    "Kovalenko;Taras;02.06.2015;m;UKR;;;;;;1;;A1",
    "Haddad;Omar;1990-02-01;männlich;Syrien;;2;ja;ja;;2;Haushaltsvorstand;A2",
    "Haddad;Lina;05.05.1992;weiblich;SYR;;;;;;2;Ehefrau;A2",
    "Öztürk;Gül;12.12.1975;w;Türkei;;;;;;;;B1",
]


# ---------------------------------------------------------------- headers (no database)

@pytest.mark.parametrize(("kind", "header", "key"), [
    ("people", "Name", "family_name"), ("people", "Nachname", "family_name"),
    ("people", "FAMILIENNAME", "family_name"), ("people", "Vorname(n)", "given_names"),
    ("people", " Vorname ", "given_names"), ("people", "Geb.-Datum", "birth_date"),
    ("people", "geb. am", "birth_date"), ("people", "Geb. Datum", "birth_date"),
    ("people", "Geburtsdatum (TT.MM.JJJJ)", "birth_date"),
    ("people", "Staatsangehörigkeit", "nationality"),
    ("people", "Staatsangehoerigkeit", "nationality"),
    ("people", "Staatsangehorigkeit", "nationality"), ("people", "Nationalität", "nationality"),
    ("people", "  staats - angehörigkeit  ", "nationality"), ("people", "Tel.", "phone"),
    ("people", "Telefon", "phone"), ("people", "Pflegegrad", "care_grade"),
    ("people", "barrierefrei", "needs_barrier_free"), ("people", "Rollstuhl", "needs_barrier_free"),
    ("people", "Haustier(e)", "has_pets"), ("people", "Raucher/in", "smoker"),
    ("people", "Raucher*in", "smoker"), ("people", "Haushalt", "household_key"),
    ("people", "Haushalts-Nr.", "household_key"), ("people", "Familie", "household_key"),
    ("people", "Rolle im Haushalt", "household_role"), ("people", "Geschlecht", "sex"),
    ("facilities", "Bezeichnung", "name"), ("facilities", "Art", "kind"),
    ("facilities", "Straße", "street"), ("facilities", "Strasse", "street"),
    ("facilities", "Hausnummer", "house_number"), ("facilities", "Hausnr.", "house_number"),
    ("facilities", "PLZ", "postal_code"), ("facilities", "PLZ/Ort", "postal_code_city"),
    ("facilities", "Ort", "city"), ("facilities", "Stadtteil", "district"),
    ("facilities", "Wohnfläche m²", "living_space_m2"),
    ("facilities", "Wohnflaeche (qm)", "living_space_m2"),
    ("facilities", "Barrierefrei", "barrier_free"),
    ("facilities", "Haustiere erlaubt", "pets_allowed"),
    ("facilities", "Rauchen erlaubt", "smoking_allowed"),
    ("units", "Unterkunft", "facility"), ("units", "Zimmer", "label"),
    ("units", "Wohneinheit", "label"), ("units", "Bezeichnung", "label"),
    ("units", "Etage", "floor"), ("units", "Plätze", "places"), ("units", "Plaetze", "places"),
    ("units", "Fläche m²", "area_m2"), ("units", "Fläche (m²)", "area_m2"),
    ("units", "barrierefrei", "barrier_free"), ("units", "Belegungsart", "occupancy_type"),
])
def test_common_headers_are_recognised(kind, header, key):
    assert recognise(kind, header) == key


@pytest.mark.parametrize("header", ["Name, Vorname", "Vorname Name", "Status", "Zimmer", ""])
def test_combined_and_unknown_headers_are_left_to_the_user(header):
    assert recognise("people", header) is None


def test_guess_mapping_prefers_exact_headers_and_maps_each_field_once():
    headers = ["Name der Unterkunft", "Name", "Vorname", "Nachname", "Bemerkung"]
    assert guess_mapping("people", headers) == {1: "family_name", 2: "given_names"}


def test_every_kind_has_unique_headers_and_german_labels():
    for kind in ("people", "facilities", "units"):
        keys = [f.key for f in fields(kind)]
        assert len(keys) == len(set(keys))
        for import_field in fields(kind):
            assert recognise(kind, import_field.label) == import_field.key


def test_check_mapping_refuses_what_cannot_work():
    headers = ["Name", "Art", "Straße", "PLZ", "Ort", "PLZ/Ort", "Notiz"]
    good = {0: "name", 1: "kind", 2: "street", 3: "postal_code", 4: "city"}
    check_mapping("facilities", headers, good)
    check_mapping("facilities", headers, {0: "name", 1: "kind", 2: "street",
                                          5: "postal_code_city"})
    with pytest.raises(DomainError, match="Keine Spalte für: „PLZ“, „Ort“"):
        check_mapping("facilities", headers, {0: "name", 1: "kind", 2: "street"})
    with pytest.raises(DomainError, match="„Name“ ist zwei Spalten zugeordnet"):
        check_mapping("facilities", headers, {**good, 6: "name"})
    with pytest.raises(DomainError, match="überschneidet sich"):
        check_mapping("facilities", headers, {**good, 5: "postal_code_city"})
    with pytest.raises(DomainError, match="„geheim“ ist kein Feld für Unterkünfte"):
        check_mapping("facilities", headers, {**good, 6: "geheim"})
    with pytest.raises(DomainError, match="Spalte 10 gibt es"):
        check_mapping("facilities", headers, {**good, 9: "notes"})


def test_overrides_by_header_letter_label_or_key():
    headers = ["Nachname", "Vorname", "Geb.", "Info", "Zimmer"]
    guessed = guess_mapping("people", headers)
    assert guessed == {0: "family_name", 1: "given_names", 2: "birth_date"}
    changed = apply_overrides("people", headers, guessed,
                              ["Info=Telefon", "e=household_key", "Geb.=", " vorname = Name"])
    assert changed == {1: "family_name", 3: "phone", 4: "household_key"}
    for spec, message in [("Info", "bitte als „Spalte=Feld“"), ("Fehlt=Name", "gibt es in der "
                          "Datei nicht"), ("Info=Schuhgröße", "kein Feld für Personen")]:
        with pytest.raises(DomainError, match=message):
            apply_overrides("people", headers, guessed, [spec])


def test_values_offices_write():
    assert [parse_floor(v, "Etage") for v in ("EG", "1. OG", "OG 2", "-1", "UG", 3, None)] == [
        0, 1, 2, -1, -1, 3, None]
    with pytest.raises(DomainError, match="keine Etage"):
        parse_floor("Dachboden", "Etage")
    with pytest.raises(DomainError, match="außerhalb"):
        parse_floor(99, "Etage")
    assert FACILITY_KINDS.code_for("ÜWH") == FACILITY_KINDS.code_for("uewh") == (
        "transitional_home")


# ---------------------------------------------------------------- on both engines

@pytest.fixture
def staff(database) -> dict[str, Actor]:
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        users = [b.user("leitung", {Role.MANAGER}), b.user("sw", {Role.SOCIAL_WORKER}),
                 b.user("admin", {Role.ADMIN})]
        return {user.login: _actor(user) for user in users}


def table_from(tmp_path: Path, header: str, rows: list[str], *, name: str = "liste.csv",
               encoding: str = "utf-8") -> imports.Table:
    path = tmp_path / name
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode(encoding))
    return imports.read_table(path)


def run(database, actor, kind, table, mapping=None, **options) -> imports.ImportReport:
    mapping = guess_mapping(kind, table.headers) if mapping is None else mapping
    with database.write(actor) as session:
        return imports.run_import(session, actor, kind, table, mapping, today=TODAY,
                                  **options)


def counts(database) -> tuple[int, int, int]:
    """People, households, and audit rows not written by setting up the staff."""
    with database.read() as session:
        return (session.scalar(select(func.count()).select_from(Person)),
                session.scalar(select(func.count()).select_from(Household)),
                session.scalar(select(func.count()).select_from(AuditEntry)
                               .where(AuditEntry.actor_login != "system")))


def test_people_with_households_roles_and_audit(database, staff, tmp_path):
    table = table_from(tmp_path, PEOPLE_HEADER, PEOPLE_ROWS)
    report = run(database, staff["leitung"], "people", table)
    assert (report.imported, report.households, report.errors) == (5, 2, [])
    assert report.ignored_columns == ["Zimmer"]
    with database.read() as session:
        persons = {(p.family_name, p.given_names): p for p in session.scalars(select(Person))}
        labels = sorted(session.scalars(select(Household.label)))
        audit = session.execute(select(AuditEntry.table_name, AuditEntry.actor_login)
                                .where(AuditEntry.actor_login != "system")).all()
    olena, taras = persons["Kovalenko", "Olena"], persons["Kovalenko", "Taras"]
    assert (olena.birth_date, olena.birth_date_precision) == (date(1987, 1, 1), "year")
    assert (olena.sex, olena.nationality, olena.phone, olena.smoker) == (
        "f", "UKR", "0151 2345678", True)
    assert (olena.household_role, taras.household_role) == ("head", "child")  # first adult
    assert olena.household_id == taras.household_id
    omar, lina = persons["Haddad", "Omar"], persons["Haddad", "Lina"]
    assert (omar.household_role, lina.household_role) == ("head", "partner")
    assert (omar.care_grade, omar.needs_barrier_free, omar.has_pets) == (2, True, True)
    assert persons["Öztürk", "Gül"].household_id is None
    assert labels == ["Familie Haddad", "Familie Kovalenko"]
    assert sorted(audit) == sorted([("households", "leitung")] * 2
                                   + [("persons", "leitung")] * 5)


def test_three_bad_rows_import_nothing_and_are_all_named(database, staff, tmp_path):
    rows = [*PEOPLE_ROWS,
            "Ahmadi;Farid;31.02.1990;m;AFG;;;;;;;;",  # row 7: no such day
            "Ahmadi;Zahra;01.01.1995;w;Atlantis;;7;vielleicht;;;;;",  # row 8: three cells
            ";;01.01.2000;;;;;;;;;;"]  # row 9: no name at all
    report = run(database, staff["leitung"], "people", table_from(tmp_path, PEOPLE_HEADER,
                                                                 rows))
    assert report.error_rows == [7, 8, 9] and report.imported == 0
    assert [(e.row_number, e.column_label) for e in report.errors] == [
        (7, "Geb.-Datum"), (8, "Staatsangehörigkeit"), (8, "Pflegegrad"), (8, "Rollstuhl"),
        (9, "Name")]
    assert "31.02.1990 gibt es nicht" in report.errors[0].message
    assert not report.errors[0].message.startswith("Geb.-Datum")
    assert counts(database) == (0, 0, 0)
    dry = run(database, staff["leitung"], "people",
              table_from(tmp_path, PEOPLE_HEADER, rows), dry_run=True)
    assert dry.error_rows == [7, 8, 9] and dry.blocked


def test_duplicates_in_the_file_and_in_the_database(database, staff, tmp_path):
    with database.write(staff["leitung"]) as session:
        people.create_person(session, staff["leitung"], people.PersonInput(
            "Haddad", "Omar", birth_date=date(1990, 2, 1)), today=TODAY)
    rows = [*PEOPLE_ROWS, "Коваленко;Олена;1987;w;UKR;;;;;;;;"]  # row 7 = row 2 in Cyrillic
    table = table_from(tmp_path, PEOPLE_HEADER, rows)
    blocked = run(database, staff["leitung"], "people", table)
    assert blocked.imported == 0 and blocked.blocked and blocked.errors == []
    assert [d.row_number for d in blocked.duplicates] == [4, 7]
    in_db, in_file = blocked.duplicates[0].matches[0], blocked.duplicates[1].matches[0]
    assert in_db.record_id is not None and "schon erfasst: Haddad, Omar" in in_db.description
    assert in_file.row_number == 2 and in_file.description.startswith("wie Zeile 2:")
    assert counts(database)[0] == 1

    skipped = run(database, staff["leitung"], "people", table, skip_duplicates=True)
    assert (skipped.imported, skipped.households) == (4, 2)
    assert [d.row_number for d in skipped.duplicates] == [4, 7]
    with database.read() as session:
        haddads = session.execute(select(Person.given_names, Person.household_role)
                                  .where(Person.family_name == "Haddad")
                                  .order_by(Person.id)).all()
    # Omar was skipped (he is stored already): Lina heads the new household
    assert haddads == [("Omar", None), ("Lina", "head")]


def test_dry_run_writes_nothing(database, staff, tmp_path):
    table = table_from(tmp_path, PEOPLE_HEADER, PEOPLE_ROWS)
    with database.read() as session:  # the window checks in a read session: it cannot write
        report = imports.run_import(session, staff["leitung"], "people", table,
                                    guess_mapping("people", table.headers), today=TODAY,
                                    dry_run=True)
    assert (report.imported, report.importable, report.households) == (0, 5, 2)
    assert not report.blocked
    assert counts(database) == (0, 0, 0)


def test_xlsx_with_date_cells_and_excel_serial_numbers(database, staff, tmp_path):
    path = tmp_path / "bewohner.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Familienname", "Vornamen", "Geburtsdatum", "Pflegegrad", "Telefon"])
    sheet.append(["Kovalenko", "Olena", datetime(1987, 5, 3), 1, "0151 2345678"])
    sheet.append(["Haddad", "Omar", 32905, 0.0, None])  # serial 32905 = 01.02.1990
    sheet.append(["Tesfaye", "Abeba", 1989, None, None])  # only the year is known
    workbook.save(path)
    report = run(database, staff["leitung"], "people", imports.read_table(path))
    assert report.imported == 3, report.errors
    with database.read() as session:
        born = dict(session.execute(select(Person.given_names, Person.birth_date)).all())
    assert born == {"Olena": date(1987, 5, 3), "Omar": date(1990, 2, 1),
                    "Abeba": date(1989, 1, 1)}


def test_cp1252_csv_keeps_umlauts_in_the_database(database, staff, tmp_path):
    table = table_from(tmp_path, "Familienname;Vornamen;Geburtsdatum",
                       ["Müller;Jürgen;01.01.1970", "Weiß;Änne;02.02.1980"],
                       encoding="cp1252")
    assert table.encoding == "Windows-1252"
    assert run(database, staff["leitung"], "people", table).imported == 2
    with database.read() as session:
        assert sorted(session.scalars(select(Person.family_name))) == ["Müller", "Weiß"]


def test_household_role_rules(database, staff, tmp_path):
    header = "Name;Vorname;Geburtsdatum;Haushalt;Rolle"
    rows = ["A;Eins;01.01.1980;H1;Haushaltsvorstand", "A;Zwei;01.01.1981;H1;HV",
            "B;Drei;01.01.1980;H2;Kind", "C;Vier;01.01.1980;;Partnerin", "D;Fünf;01.01.1990;H3;"]
    report = run(database, staff["leitung"], "people", table_from(tmp_path, header, rows))
    assert [(e.row_number, e.column_label) for e in report.errors] == [
        (3, "Rolle"), (4, "Rolle"), (5, "Rolle")]
    assert "schon einen Haushaltsvorstand (Zeile 2)" in report.errors[0].message
    assert "keinen Haushaltsvorstand" in report.errors[1].message
    assert "Spalte „Haushalt“ ist hier leer" in report.errors[2].message
    without_column = run(database, staff["leitung"], "people",
                         table_from(tmp_path, "Name;Vorname;Rolle", ["A;B;Kind"]))
    assert "keine Spalte „Haushalt“" in without_column.errors[0].message


def test_refusals_before_any_row(database, staff, tmp_path):
    table = table_from(tmp_path, PEOPLE_HEADER, PEOPLE_ROWS)
    with pytest.raises(PermissionDenied):
        run(database, staff["sw"], "people", table)
    with pytest.raises(PermissionDenied):
        run(database, staff["admin"], "facilities", table)
    with pytest.raises(DomainError, match="Keine Spalte für: „Familienname“"):
        run(database, staff["leitung"], "people", table, mapping={1: "given_names"})
    empty = table_from(tmp_path, PEOPLE_HEADER, [])
    with pytest.raises(DomainError, match="keine Datenzeilen"):
        run(database, staff["leitung"], "people", empty)
    with pytest.raises(DomainError, match="Unbekannte Importart"):
        run(database, staff["leitung"], "tickets", table, mapping={})
    assert counts(database) == (0, 0, 0)


def test_cancel_and_progress(database, staff, tmp_path):
    table = table_from(tmp_path, PEOPLE_HEADER, PEOPLE_ROWS)
    seen: list[tuple[str, int, int]] = []
    with pytest.raises(imports.ImportCancelled):
        run(database, staff["leitung"], "people", table,
            progress=lambda *step: seen.append(step),
            cancelled=lambda: any(phase == "Speichern" for phase, _, _ in seen))
    assert seen[0] == ("Prüfen", 0, 5) and seen[-1] == ("Speichern", 0, 5)
    assert counts(database) == (0, 0, 0)


@pytest.mark.parametrize(("refusal", "column", "reason"), [
    (DomainError("Vornamen: eben an einem anderen Platz geändert.", field="Vornamen"),
     "Vorname(n)", "eben an einem anderen Platz geändert."),
    (IntegrityError("INSERT", {}, Exception("unique")), None, "Die Datenbank hat diese Zeile"),
])
def test_a_refusal_while_writing_rolls_back_and_names_the_row(
        database, staff, tmp_path, monkeypatch, refusal, column, reason):
    real = people.create_person
    calls = {"n": 0}

    def refuse_third(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise refusal
        return real(*args, **kwargs)

    monkeypatch.setattr(people, "create_person", refuse_third)
    report = run(database, staff["leitung"], "people",
                 table_from(tmp_path, PEOPLE_HEADER, PEOPLE_ROWS))
    assert report.imported == 0 and report.importable == 0
    assert [(e.row_number, e.column_label) for e in report.errors] == [(4, column)]
    assert report.errors[0].message.startswith(reason)
    assert counts(database) == (0, 0, 0)


# ---------------------------------------------------------------- facilities and units

FACILITY_HEADER = ("Bezeichnung;Art;Straße;Hausnr.;PLZ;Ort;Stadtteil;Wohnfläche m²;"
                   "barrierefrei;Haustiere erlaubt;Rauchen erlaubt")


def test_facilities(database, staff, tmp_path):
    rows = ["Haus am Bach;GU;Bachweg;3;59494;Soest;Süd;1.250,5;ja;nein;",
            "Übergangswohnheim Nord;ÜWH;Nordstraße 10;;59494;Soest;;;;x;ja",
            "haus am  bach;Wohnung;Weg;1;59494;Soest;;;;;"]  # row 4: the name again
    table = table_from(tmp_path, FACILITY_HEADER, rows)
    report = run(database, staff["leitung"], "facilities", table)
    assert [d.row_number for d in report.duplicates] == [4] and report.imported == 0
    report = run(database, staff["leitung"], "facilities", table, skip_duplicates=True)
    assert report.imported == 2
    with database.read() as session:
        bach = session.scalars(select(Facility).where(Facility.name == "Haus am Bach")).one()
        nord = session.scalars(select(Facility).where(Facility.name != "Haus am Bach")).one()
    assert (bach.kind, bach.street, bach.living_space_m2, bach.barrier_free) == (
        "shared_accommodation", "Bachweg 3", 1250.5, True)
    assert (nord.kind, nord.pets_allowed, nord.smoking_allowed) == (
        "transitional_home", True, True)
    again = run(database, staff["leitung"], "facilities", table)
    assert [d.row_number for d in again.duplicates] == [2, 3, 4]
    assert "schon erfasst" in again.duplicates[0].matches[0].description


def test_facility_errors_and_postal_code_with_city(database, staff, tmp_path):
    header = "Name;Art;Straße;PLZ Ort;Wohnfläche"
    rows = ["A;GU;Weg 1;59494 Soest;", "B;Zelt;Weg 2;Soest;-3", ";GU;;59494 Soest;",
            "C;privat;Weg 3;59494 Soest;"]
    report = run(database, staff["leitung"], "facilities", table_from(tmp_path, header, rows))
    assert [(e.row_number, e.column_label) for e in report.errors] == [
        (3, "Art"), (3, "PLZ Ort"), (3, "Wohnfläche"), (4, "Name"), (4, "Straße"), (5, "Art")]
    assert "„Zelt“ ist keine gültige Angabe" in report.errors[0].message
    assert report.errors[3].message == "fehlt (Pflichtfeld)."
    assert "als Wohnraumangebot erfassen" in report.errors[5].message
    assert counts(database)[2] == 0


def test_units_refer_to_facilities_by_name(database, staff, tmp_path):
    with database.write(SYSTEM_ACTOR) as session:
        Builder(session).facility("Haus am Bach")
        Builder(session).facility("Altbau West", active=False)
    header = "Unterkunft;Zimmer;Etage;Plätze;Fläche m²;barrierefrei;Belegungsart"
    rows = ["haus am bach;1.04;EG;4;18,5;ja;Familie",
            "Haus am Bahc;1.05;1. OG;2;12;;",  # typo: suggest the right name
            "Altbau West;1;;2;12;;",
            "Haus am Bach;1.06;;0;12;;Männer"]
    report = run(database, staff["leitung"], "units", table_from(tmp_path, header, rows))
    assert [(e.row_number, e.column_label) for e in report.errors] == [
        (3, "Unterkunft"), (4, "Unterkunft"), (5, "Plätze")]
    assert "meinten Sie „Haus am Bach“?" in report.errors[0].message
    assert "nicht mehr in Betrieb" in report.errors[1].message
    good = run(database, staff["leitung"], "units",
               table_from(tmp_path, header, [rows[0], "Haus am Bach;1.05;2;1;9;;gemischt",
                                             "Haus am Bach;1.04;;1;9;;"]),
               skip_duplicates=True)
    assert good.imported == 2 and [d.row_number for d in good.duplicates] == [4]
    with database.read() as session:
        units = session.execute(select(Unit.label, Unit.floor, Unit.places, Unit.barrier_free,
                                       Unit.occupancy_type).order_by(Unit.label)).all()
    assert units == [("1.04", 0, 4, True, "family"), ("1.05", 2, 1, False, "mixed")]
    again = run(database, staff["leitung"], "units", table_from(tmp_path, header, [rows[0]]))
    assert "hat schon die Wohneinheit „1.04“" in again.duplicates[0].matches[0].description
