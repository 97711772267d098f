"""Belegungsliste: who lives where on the period's last day (the Stichtag), with facility,
unit, name, birth date, household, move-in and length of the current residence.

Names are personal data: the report needs "Bewohner*innen ansehen" (site managers and
social workers: their own facilities only); the property service and the administration are
refused (`PermissionDenied`, German). The rows come from `services.occupancy_list`, whose
docstring defines each figure. No Qt."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy.orm import Session

from soest_desk.reports.report_cover import make_cover, own_facilities
from soest_desk.reports.report_params import ReportContent, ReportParams
from soest_desk.reports.xlsx_cover import german_date
from soest_desk.reports.xlsx_writer import Column, DataSheet, Kind
from soest_desk.services import occupancy_list
from soest_desk.services.errors import DomainError
from soest_desk.services.occupancy_list import ResidentRow
from soest_desk.services.permissions import Actor, Permission

TITLE = "Belegungsliste"
RESIDENTS_COLUMNS = (
    Column("Unterkunft"),
    Column("Wohneinheit"),
    Column("Familienname", total="count"),
    Column("Vorname(n)"),
    Column("Geburtsdatum", Kind.DATE),
    Column("Haushalt"),
    Column("Im Zimmer seit", Kind.DATE),
    Column("Eingezogen am", Kind.DATE),
    Column("Wohndauer (Tage)", Kind.INT, total="average"),
)
FACILITY_COLUMNS = (
    Column("Unterkunft"),
    Column("Bewohner*innen", Kind.INT, total="sum"),
    Column("Haushalte", Kind.INT, total="sum"),
)


def birth_date_cell(row: ResidentRow) -> object:
    """A date when the day is known; "1990" or "05.1990" when only the year or month is."""
    born = row.birth_date
    if born is None:
        return None
    if row.birth_date_precision == "year":
        return f"{born:%Y}"
    if row.birth_date_precision == "month":
        return f"{born:%m.%Y}"
    return born


def _resident(row: ResidentRow) -> list[object]:
    return [row.facility, row.unit, row.family_name, row.given_names, birth_date_cell(row),
            row.household, row.in_unit_since, row.moved_in, row.days]


def _by_facility(rows: Sequence[ResidentRow]) -> list[list[object]]:
    people: Counter[tuple[str, int]] = Counter()
    households: dict[tuple[str, int], set[int]] = {}
    for row in rows:
        key = (row.facility, row.facility_id)
        people[key] += 1
        homes = households.setdefault(key, set())
        # a person without a household is a household of their own
        homes.add(row.household_id if row.household_id is not None else -row.person_id)
    return [[key[0], count, len(households[key])] for key, count in people.items()]


def build(session: Session, actor: Actor, params: ReportParams) -> ReportContent:
    if params.end < params.start:
        raise DomainError("Zeitraum: das Ende liegt vor dem Anfang.", field="Zeitraum")
    rows = occupancy_list.residents_on(session, actor, params.end, params.facility_ids)
    limited, own = own_facilities(session, actor, Permission.VIEW_PERSONS)
    cover = make_cover(
        TITLE, actor, params, personal_data=True, limited=limited, names=own,
        filters=[("Stichtag", german_date(params.end))],
        notes=("Wer am Stichtag (letzter Tag des Zeitraums) in einer Unterkunft wohnt; der "
               "Auszugstag zählt nicht mehr.",
               "Eingezogen am: Beginn des jetzigen Aufenthalts, Verlegungen ohne Lücke "
               "eingeschlossen; Wohndauer = Stichtag − Einzug in Tagen."))
    return ReportContent(cover, [
        DataSheet("Belegung", RESIDENTS_COLUMNS, [_resident(row) for row in rows],
                  totals_label="Gesamt"),
        DataSheet("Je Unterkunft", FACILITY_COLUMNS, _by_facility(rows)),
    ])
