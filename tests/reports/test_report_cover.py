"""Every report's cover names the facilities a limited user's figures cover: a Heimleitung
or a social worker who chose none sees "alle Unterkünfte im eigenen Zuständigkeitsbereich:
…", never a bare "alle Unterkünfte" over figures of one house."""

from __future__ import annotations

from datetime import date

import pytest

from soest_desk.reports.catalog import REPORTS
from soest_desk.services.errors import DomainError
from tests.builders import build_sample
from tests.reports.report_helpers import cover_lines, params, written

OWN = "alle Unterkünfte im eigenen Zuständigkeitsbereich: Haus am Bach"


@pytest.mark.parametrize("login", ["hl_a", "sw_a", "leitung"])
def test_the_facility_line_of_every_report_a_role_may_run(sqlite_database, tmp_path, login):
    sample = build_sample(sqlite_database)
    actor = sample.actors[login]
    checked = []
    for name, report in REPORTS.items():
        if not report.may_run(actor):
            continue
        try:
            book, _ = written(sqlite_database, report.builder(), actor,
                              params(date(2025, 1, 1), date(2025, 3, 31)), tmp_path)
        except DomainError:  # the pilot evaluation needs a pilot in the period
            assert name == "pilotauswertung"
            continue
        line = cover_lines(book["Deckblatt"])["Filter"]
        expected = "alle Unterkünfte" if login == "leitung" else OWN
        assert line[0] == f"Unterkunft: {expected}", name
        checked.append(name)
    assert len(checked) >= 3
