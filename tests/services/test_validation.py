"""Value parsers shared by forms and import: what a tired clerk types, and what Excel stores."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from soest_desk.services import nationalities
from soest_desk.services.errors import DomainError
from soest_desk.services.validation import (
    OCCUPANCY_TYPE_LABELS,
    EditConflict,
    check_birth_date,
    check_nationality,
    check_version,
    clean_text,
    parse_birth_date,
    parse_bool,
    parse_choice,
    parse_date,
    parse_decimal,
    parse_email,
    parse_int,
    parse_nationality,
    parse_phone,
    parse_postal_code,
    parse_sex,
)

TODAY = date(2025, 3, 15)


def refused(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    return caught.value


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize(("value", "expected"), [
    ("31.12.2024", date(2024, 12, 31)),
    ("1.2.2024", date(2024, 2, 1)),
    (" 01.02.2024 ", date(2024, 2, 1)),
    ("31. 12. 2024", date(2024, 12, 31)),
    ("2024-12-31", date(2024, 12, 31)),
    ("2024-12-31 00:00:00", date(2024, 12, 31)),
    ("2024-12-31T08:15", date(2024, 12, 31)),
    (date(2024, 5, 1), date(2024, 5, 1)),
    (datetime(2024, 5, 1, 13, 30), date(2024, 5, 1)),
    (45657, date(2024, 12, 31)),  # an Excel cell holding a date
    (45657.75, date(2024, 12, 31)),  # … with a time of day
    ("45657", date(2024, 12, 31)),  # … read as text
    (1, date(1900, 1, 1)),
    (59, date(1900, 2, 28)),
    (61, date(1900, 3, 1)),  # after Excel's 29.02.1900 that never was
])
def test_parse_date_reads_german_iso_and_excel_dates(value, expected):
    assert parse_date(value, "Verfügbar ab") == expected


@pytest.mark.parametrize("blank", [None, "", "   ", "\t"])
def test_parse_date_blank_is_none(blank):
    assert parse_date(blank, "Verfügbar ab") is None


@pytest.mark.parametrize(("value", "fragment"), [
    ("31.02.2024", "den 31.02.2024 gibt es nicht"),
    ("29.02.2023", "den 29.02.2023 gibt es nicht"),
    ("2024-13-01", "den 01.13.2024 gibt es nicht"),
    ("morgen", "„morgen“ ist kein Datum. Bitte als TT.MM.JJJJ"),
    ("31/12/2024", "„31/12/2024“ ist kein Datum"),
    ("01.05.90", "bitte das Jahr vierstellig angeben"),
    ("2024", "„2024“ ist nur ein Jahr"),
    (2024, "„2024“ ist nur ein Jahr"),
    (60, "29.02.1900, den es nicht gibt"),
    (0, "0 ist kein gültiges Excel-Datum"),
    (-3, "-3 ist kein gültiges Excel-Datum"),
    ("31122024", "ist kein Datum"),
    (True, "ist kein Datum"),
    (float("nan"), "ist kein Datum"),
    ("01.01.1850", "liegt außerhalb von 1900–2199"),
    ("01.01.0024", "01.01.0024 liegt außerhalb"),
])
def test_parse_date_refuses_with_the_field_named(value, fragment):
    error = refused(parse_date, value, "Verfügbar ab")
    assert error.message.startswith("Verfügbar ab: ")
    assert fragment in error.message
    assert error.field == "Verfügbar ab"


@pytest.mark.parametrize(("value", "expected"), [
    ("1985", (date(1985, 1, 1), "year")),
    (1985, (date(1985, 1, 1), "year")),
    (1985.0, (date(1985, 1, 1), "year")),
    ("03.1985", (date(1985, 3, 1), "month")),
    ("3.1985", (date(1985, 3, 1), "month")),
    ("1985-03", (date(1985, 3, 1), "month")),
    ("00.00.1985", (date(1985, 1, 1), "year")),  # as printed in many documents
    ("00.03.1985", (date(1985, 3, 1), "month")),
    ("XX.XX.1985", (date(1985, 1, 1), "year")),
    ("14.03.1985", (date(1985, 3, 14), "day")),
    ("1985-03-14", (date(1985, 3, 14), "day")),
    (31120, (date(1985, 3, 14), "day")),  # Excel serial
    (date(1985, 3, 14), (date(1985, 3, 14), "day")),
    ("15.03.2025", (TODAY, "day")),  # born today
    ("03.2025", (date(2025, 3, 1), "month")),
    ("2025", (date(2025, 1, 1), "year")),
    ("", (None, "day")),
    (None, (None, "day")),
])
def test_parse_birth_date_with_precision(value, expected):
    assert parse_birth_date(value, TODAY) == expected


@pytest.mark.parametrize(("value", "message"), [
    ("31.12.2030", "Geburtsdatum: liegt in der Zukunft (31.12.2030)."),
    ("16.03.2025", "Geburtsdatum: liegt in der Zukunft (16.03.2025)."),
    ("04.2025", "Geburtsdatum: liegt in der Zukunft (04.2025)."),
    ("2026", "Geburtsdatum: liegt in der Zukunft (2026)."),
    ("1899", "Geburtsdatum: liegt vor 1900 (1899)."),
    (1899, "Geburtsdatum: liegt vor 1900 (1899)."),
    ("31.12.1899", "Geburtsdatum: liegt vor 1900 (31.12.1899)."),
    ("13.1985", "Geburtsdatum: einen 13. Monat gibt es nicht („13.1985“)."),
    ("31.02.1990", "Geburtsdatum: den 31.02.1990 gibt es nicht."),
    ("morgen", "Geburtsdatum: „morgen“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben "
               "(z. B. 31.12.2024)."),
    ("01.05.90", "Geburtsdatum: „01.05.90“ – bitte das Jahr vierstellig angeben "
                 "(z. B. 31.12.1990)."),
    (500, "Geburtsdatum: „500“ ist kein Geburtsdatum."),
])
def test_parse_birth_date_refuses(value, message):
    error = refused(parse_birth_date, value, TODAY)
    assert error.message == message
    assert error.field == "Geburtsdatum"


def test_parse_birth_date_names_another_label():
    error = refused(parse_birth_date, "2030", TODAY, "Geburtsdatum Kind")
    assert error.field == "Geburtsdatum Kind"
    assert error.message.startswith("Geburtsdatum Kind: liegt in der Zukunft")


def test_check_birth_date_compares_at_the_precision():
    check_birth_date(date(2025, 3, 1), "month", TODAY)
    check_birth_date(date(2025, 1, 1), "year", TODAY)
    assert "Zukunft" in refused(check_birth_date, date(2025, 3, 16), "day", TODAY).message


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize(("value", "expected"), [
    ("12,5", Decimal("12.5")),
    ("12.5", Decimal("12.5")),
    ("1.234,50", Decimal("1234.50")),
    ("1.234.567,5", Decimal("1234567.5")),
    ("1,234.50", Decimal("1234.50")),
    ("12", Decimal("12")),
    (" 12,5 m² ", Decimal("12.5")),
    ("18 qm", Decimal("18")),
    (12.5, Decimal("12.5")),
    (12, Decimal("12")),
    (Decimal("3.10"), Decimal("3.10")),
])
def test_parse_decimal_reads_german_and_english_notation(value, expected):
    assert parse_decimal(value, "Fläche (m²)", positive=True) == expected


@pytest.mark.parametrize(("value", "message"), [
    ("-3", "Fläche (m²): muss größer als 0 sein (eingegeben: -3)."),
    ("0", "Fläche (m²): muss größer als 0 sein (eingegeben: 0)."),
    ("0,0", "Fläche (m²): muss größer als 0 sein (eingegeben: 0,0)."),
    ("zwölf", "Fläche (m²): „zwölf“ ist keine Zahl."),
    ("1e3", "Fläche (m²): „1e3“ ist keine Zahl."),
    ("12,5,3", "Fläche (m²): „12,5,3“ ist keine Zahl."),
    (True, "Fläche (m²): „True“ ist keine Zahl."),
    (float("inf"), "Fläche (m²): „inf“ ist keine Zahl."),
    ("1.234", "Fläche (m²): „1.234“ ist mehrdeutig – bitte ohne Tausenderpunkt schreiben und "
              "Nachkommastellen mit Komma (z. B. 1234 oder 1,5)."),
    ("1000,5", "Fläche (m²): höchstens 999,99 (eingegeben: 1000,5)."),
])
def test_parse_decimal_refuses(value, message):
    error = refused(parse_decimal, value, "Fläche (m²)", positive=True,
                    maximum=Decimal("999.99"))
    assert error.message == message
    assert error.field == "Fläche (m²)"


def test_parse_decimal_blank_and_negative_when_allowed():
    assert parse_decimal("  ", "Betrag") is None
    assert parse_decimal("-3,5", "Betrag") == Decimal("-3.5")


@pytest.mark.parametrize(("value", "expected"), [
    ("3", 3), (" 12 ", 12), ("3,0", 3), (3.0, 3), (7, 7), ("", None), (None, None),
])
def test_parse_int(value, expected):
    assert parse_int(value, "Plätze", minimum=1, maximum=50) == expected


@pytest.mark.parametrize(("value", "message"), [
    (0, "Plätze: mindestens 1 (eingegeben: 0)."),
    ("0", "Plätze: mindestens 1 (eingegeben: 0)."),
    ("-2", "Plätze: mindestens 1 (eingegeben: -2)."),
    ("51", "Plätze: höchstens 50 (eingegeben: 51)."),
    ("2,5", "Plätze: bitte eine ganze Zahl angeben („2,5“)."),
    (2.5, "Plätze: bitte eine ganze Zahl angeben („2.5“)."),
    ("vier", "Plätze: „vier“ ist keine Zahl."),
    (False, "Plätze: „False“ ist keine Zahl."),
])
def test_parse_int_refuses(value, message):
    error = refused(parse_int, value, "Plätze", minimum=1, maximum=50)
    assert error.message == message
    assert error.field == "Plätze"


# ---------------------------------------------------------------- postal codes, yes/no, choices

@pytest.mark.parametrize(("value", "expected"), [
    ("59494", "59494"), (" 59494 ", "59494"), (59494, "59494"),
    (4711, "04711"), (4711.0, "04711"),  # Excel dropped the leading zero of 04711
])
def test_parse_postal_code(value, expected):
    assert parse_postal_code(value) == expected


@pytest.mark.parametrize(("value", "message"), [
    ("5949", "PLZ: „5949“ – eine Postleitzahl hat genau fünf Ziffern (z. B. 59494)."),
    ("59 494", "PLZ: „59 494“ – bitte die fünf Ziffern ohne Leerzeichen schreiben (59494)."),
    ("594944", "PLZ: „594944“ – eine Postleitzahl hat genau fünf Ziffern (z. B. 59494)."),
    ("D-59494", "PLZ: „D-59494“ – eine Postleitzahl hat genau fünf Ziffern (z. B. 59494)."),
    ("Soest", "PLZ: „Soest“ – eine Postleitzahl hat genau fünf Ziffern (z. B. 59494)."),
    (123, "PLZ: „123“ – eine Postleitzahl hat genau fünf Ziffern."),
    (594940, "PLZ: „594940“ – eine Postleitzahl hat genau fünf Ziffern."),
    (59494.5, "PLZ: „59494.5“ ist keine Postleitzahl."),
    ("", "PLZ: bitte angeben."),
    (None, "PLZ: bitte angeben."),
])
def test_parse_postal_code_refuses(value, message):
    error = refused(parse_postal_code, value)
    assert error.message == message
    assert error.field == "PLZ"


@pytest.mark.parametrize("value", ["ja", "Ja", "J", "x", "X", "1", 1, 1.0, "wahr", "true",
                                   "Yes", True])
def test_parse_bool_true(value):
    assert parse_bool(value, "Haustiere") is True


@pytest.mark.parametrize("value", ["nein", "N", "", "  ", None, "0", 0, "falsch", "FALSE",
                                   "no", "-", False])
def test_parse_bool_false(value):
    assert parse_bool(value, "Haustiere") is False


@pytest.mark.parametrize("value", ["vielleicht", "2", 2, "jein"])
def test_parse_bool_refuses(value):
    error = refused(parse_bool, value, "Haustiere")
    assert error.message == f"Haustiere: „{value}“ – bitte „ja“ oder „nein“ angeben."
    assert error.field == "Haustiere"


@pytest.mark.parametrize(("value", "expected"), [
    ("weiblich", "f"), ("Weiblich", "f"), ("w", "f"), ("W", "f"), ("f", "f"),
    ("männlich", "m"), ("MÄNNLICH", "m"), ("maennlich", "m"), ("m", "m"),
    ("divers", "d"), ("d", "d"), ("unbekannt", "u"), ("", "u"), (None, "u"),
])
def test_parse_sex(value, expected):
    assert parse_sex(value) == expected


def test_parse_sex_refuses_an_unknown_word():
    error = refused(parse_sex, "Frau Dr.")
    assert error.message == ("Geschlecht: „Frau Dr.“ ist kein gültiger Wert. Erlaubt: "
                             "weiblich, männlich, divers, unbekannt.")
    assert error.field == "Geschlecht"


def test_parse_choice_maps_labels_and_codes_to_codes():
    assert parse_choice("Alleinstehende Männer", "Belegungsart",
                        OCCUPANCY_TYPE_LABELS) == "single_men"
    assert parse_choice("alleinstehende maenner", "Belegungsart",
                        OCCUPANCY_TYPE_LABELS) == "single_men"
    assert parse_choice("family", "Belegungsart", OCCUPANCY_TYPE_LABELS) == "family"
    assert parse_choice("", "Belegungsart", OCCUPANCY_TYPE_LABELS, default="mixed") == "mixed"
    assert refused(parse_choice, "", "Belegungsart", OCCUPANCY_TYPE_LABELS).message == (
        "Belegungsart: bitte einen Wert auswählen.")
    assert refused(parse_choice, "Studenten", "Belegungsart",
                   OCCUPANCY_TYPE_LABELS).field == "Belegungsart"


# ---------------------------------------------------------------- nationality, phone, e-mail

@pytest.mark.parametrize(("value", "expected"), [
    ("UKR", "UKR"), ("ukr", "UKR"), ("Ukraine", "UKR"), ("ukrainisch", "UKR"),
    ("Syrien", "SYR"), ("Syria", "SYR"), ("syrisch", "SYR"), ("Afghanistan", "AFG"),
    ("Irak", "IRQ"), ("Iraq", "IRQ"), ("Iran", "IRN"), ("Türkei", "TUR"), ("Tuerkei", "TUR"),
    ("Turkey", "TUR"), ("Eritrea", "ERI"), ("Somalia", "SOM"), ("Nigeria", "NGA"),
    ("Georgien", "GEO"), ("Russland", "RUS"), ("Russische Föderation", "RUS"),
    ("Belarus", "BLR"), ("Weißrussland", "BLR"), ("Moldau", "MDA"), ("Albanien", "ALB"),
    ("Kosovo", "XKX"), ("RKS", "XKX"), ("Serbien", "SRB"), ("Nordmazedonien", "MKD"),
    ("Guinea", "GIN"), ("Äthiopien", "ETH"), ("Aethiopien", "ETH"), ("Sudan", "SDN"),
    ("Jemen", "YEM"), ("Libanon", "LBN"), ("Pakistan", "PAK"), ("Indien", "IND"),
    ("Venezuela", "VEN"), ("Kolumbien", "COL"), ("Deutschland", "DEU"), ("deutsch", "DEU"),
    ("staatenlos", "XXA"), ("ungeklärt", "XXX"), ("  Ungeklaert ", "XXX"), ("NOR", "NOR"),
    ("", None), (None, None),
])
def test_parse_nationality(value, expected):
    assert parse_nationality(value) == expected


@pytest.mark.parametrize("value", ["ABC", "Narnia", "Ukr.", "12"])
def test_parse_nationality_refuses(value):
    error = refused(parse_nationality, value)
    assert error.message.startswith(f"Staatsangehörigkeit: „{value}“ ist nicht bekannt.")
    assert error.field == "Staatsangehörigkeit"


def test_every_named_nationality_is_a_valid_code_and_has_a_label():
    assert len(nationalities.ISO_ALPHA3) == 249
    assert set(nationalities.NAMES) <= nationalities.VALID_CODES
    assert nationalities.label("SYR") == "Syrien"
    assert nationalities.label("NOR") == "NOR"
    check_nationality("XXX")
    assert refused(check_nationality, "ukr").field == "Staatsangehörigkeit"


@pytest.mark.parametrize(("value", "expected"), [
    ("0151 12345678", "0151 12345678"), ("+49 2921 1234-5", "+49 2921 1234-5"),
    ("(02921) 66 00", "(02921) 66 00"), ("  0151   123456 ", "0151 123456"), ("", None),
])
def test_parse_phone(value, expected):
    assert parse_phone(value) == expected


@pytest.mark.parametrize(("value", "fragment"), [
    ("12345", "ist keine Telefonnummer"), ("0151-ABC-123", "ist keine Telefonnummer"),
    ("0151 + 123456", "ist keine Telefonnummer"), ("1" * 18, "ist keine Telefonnummer"),
    (15112345678, "wurde als Zahl gespeichert"),
])
def test_parse_phone_refuses(value, fragment):
    error = refused(parse_phone, value)
    assert fragment in error.message and error.field == "Telefon"


def test_parse_email():
    assert parse_email(" vermieter@example.org ", "E-Mail") == "vermieter@example.org"
    assert parse_email("", "E-Mail") is None
    for bad in ("vermieter@", "vermieter.example.org", "a b@example.org", "x@y"):
        assert refused(parse_email, bad, "E-Mail").field == "E-Mail"


def test_clean_text():
    assert clean_text("  Haus   am Bach ", "Name", 200) == "Haus am Bach"
    assert clean_text("Zeile 1\n  Zeile 2 ", "Bemerkungen", 200, multiline=True) == (
        "Zeile 1\n  Zeile 2")
    assert clean_text("   ", "Stadtteil", 100) is None
    assert refused(clean_text, " ", "Name", 200, required=True).message == (
        "Name: bitte ausfüllen.")
    assert refused(clean_text, "x" * 201, "Name", 200).message == (
        "Name: höchstens 200 Zeichen (jetzt 201).")


def test_check_version_refuses_a_stale_save():
    check_version(3, 3, "Die Unterkunft „Haus am Bach“")
    with pytest.raises(EditConflict, match="wurde inzwischen von jemand anderem geändert"):
        check_version(4, 3, "Die Unterkunft „Haus am Bach“")
