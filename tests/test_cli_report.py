"""`soest-desk report NAME …` end to end through `cli.main`, on a temporary SQLite file with
small demo data, signed in as the test login (SOEST_DESK_USER=testuser, every role)."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest

from soest_desk import cli
from soest_desk.db import open_database
from soest_desk.reports.catalog import REPORTS

SMALL = 0.05


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def url(tmp_path_factory) -> str:
    """Demo data in which the test login has every role (the demo's own user)."""
    folder = tmp_path_factory.mktemp("report")
    url = f"sqlite:///{folder / 'amt.sqlite'}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOEST_DESK_USER", "testuser")
        patch.setenv("SOEST_DESK_DATA_DIR", str(folder))
        assert cli.main(["demo", "--database-url", url, "--scale", str(SMALL)]) == 0
    return url


def last_twelve_months() -> tuple[date, date]:
    """The demo's history lies around today; its pilot started six months ago."""
    end = date.today().replace(day=1) - timedelta(days=1)
    return end.replace(year=end.year - 1) + timedelta(days=1), end


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_every_report_writes_a_workbook(capsys, url, tmp_path, name):
    out = tmp_path / f"{name}.xlsx"
    start, end = last_twelve_months()
    code, stdout, stderr = run(capsys, "report", name, "--from", f"{start:%d.%m.%Y}",
                               "--to", end.isoformat(), "--out", str(out),
                               "--database-url", url)
    assert code == 0, stderr
    assert f"{REPORTS[name].title} geschrieben: {out}" in stdout
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames[0] == "Deckblatt"
    cover = [str(c.value) for row in workbook["Deckblatt"].iter_rows() for c in row if c.value]
    assert REPORTS[name].title in cover
    assert any(f"{start:%d.%m.%Y}" in text and f"{end:%d.%m.%Y}" in text for text in cover)
    assert len(workbook.sheetnames) >= 2


def test_the_pilot_evaluation_also_as_pdf(capsys, url, tmp_path):
    out = tmp_path / "pilot.pdf"
    start, end = last_twelve_months()
    code, stdout, stderr = run(capsys, "report", "pilotauswertung", "--from", start.isoformat(),
                               "--to", end.isoformat(), "--out", str(out),
                               "--database-url", url)
    assert code == 0, stderr
    assert "Pilotauswertung geschrieben" in stdout and "(6 Zeilen" in stdout
    assert out.read_bytes().startswith(b"%PDF")


def test_a_pdf_only_where_the_report_has_one(capsys, url, tmp_path):
    out = tmp_path / "verweildauer.pdf"
    code, _out, err = run(capsys, "report", "verweildauer", "--from", "2026-01-01", "--to",
                          "2026-01-31", "--out", str(out), "--database-url", url)
    assert code == 1 and "Excel-Datei mit der Endung .xlsx" in err
    assert not out.exists()


def test_a_period_the_pilot_does_not_split_is_explained(capsys, url, tmp_path):
    out = tmp_path / "pilot.xlsx"
    end = date.today().replace(day=1) - timedelta(days=1)
    code, _out, err = run(capsys, "report", "pilotauswertung", "--from",
                          end.replace(day=1).isoformat(), "--to", end.isoformat(),
                          "--out", str(out), "--database-url", url)
    assert code == 1 and "„vorher“" in err
    assert not out.exists()


def test_one_facility_only(capsys, url, tmp_path):
    database = open_database(url)
    with database.read() as session:
        from soest_desk.models import Facility

        facility = session.query(Facility).filter(Facility.kind != "private_offer").first()
        facility_id, name = facility.id, facility.name
    database.dispose()
    out = tmp_path / "stat.xlsx"
    code, _out, stderr = run(capsys, "report", "belegungsstatistik", "--from", "2026-01-01",
                             "--to", "2026-01-31", "--facility", str(facility_id),
                             "--out", str(out), "--database-url", url)
    assert code == 0, stderr
    cover = [str(c.value) for row in openpyxl.load_workbook(out)["Deckblatt"].iter_rows()
             for c in row if c.value]
    assert any(name in text for text in cover)


@pytest.mark.parametrize(("argv", "message"), [
    (["--from", "31.02.2026", "--to", "2026-03-31"], "--from"),
    (["--from", "gestern", "--to", "2026-03-31"], "--from"),
    (["--from", "2026-03-31", "--to", "2026-03-01"], "liegt vor --from"),
    (["--from", "2026-03-01", "--to", "2026-03-31", "--facility", "99999"],
     "Unterkunft Nr. 99999 gibt es nicht"),
])
def test_bad_arguments_name_what_is_wrong_and_write_nothing(capsys, url, tmp_path, argv,
                                                            message):
    out = tmp_path / "bericht.xlsx"
    code, _out, err = run(capsys, "report", "verweildauer", *argv, "--out", str(out),
                          "--database-url", url)
    assert code == 1 and message in err
    assert not out.exists()


def test_the_target_must_be_an_xlsx_in_an_existing_folder(capsys, url, tmp_path):
    code, _out, err = run(capsys, "report", "verweildauer", "--from", "2026-01-01", "--to",
                          "2026-01-31", "--out", str(tmp_path / "bericht.csv"),
                          "--database-url", url)
    assert code == 1 and ".xlsx" in err
    code, _out, err = run(capsys, "report", "verweildauer", "--from", "2026-01-01", "--to",
                          "2026-01-31", "--out", str(tmp_path / "fehlt" / "b.xlsx"),
                          "--database-url", url)
    assert code == 1 and "gibt es nicht" in err


def test_an_unknown_report_is_refused_by_name(capsys, tmp_path):
    with pytest.raises(SystemExit):
        cli.main(["report", "umsatz", "--from", "2026-01-01", "--to", "2026-01-31",
                  "--out", str(tmp_path / "x.xlsx")])
    assert "belegungsliste" in capsys.readouterr().err
