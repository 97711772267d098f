"""The Unterkünfte list on both engines: occupancy figures today (blocked places, percent,
state) and the filters free places, barrier-free, pets, smoking, kind, district and
occupancy type, alone, combined and counted."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from soest_desk.models import Facility, OverAllocation, PlaceBlock, Stay, Unit
from soest_desk.services import listing, occupancy
from soest_desk.services.permissions import SYSTEM_ACTOR
from tests.builders import NOW, TODAY, Builder

DAY = timedelta(days=1)


@dataclass
class Places:
    ids: dict[str, int] = field(default_factory=dict)

    def names(self, ids: set[int]) -> set[str]:
        return {name for name, facility_id in self.ids.items() if facility_id in ids}


def _unit(b: Builder, facility: Facility, label: str, places: int, kind: str = "family", *,
          barrier_free: bool = False, active: bool = True) -> Unit:
    return b._add(Unit(facility_id=facility.id, label=label, places=places,
                       area_m2=Decimal("20"), occupancy_type=kind, barrier_free=barrier_free,
                       active=active))


def _fill(b: Builder, unit: Unit, people: int, start: date = date(2025, 1, 1),
          end: date | None = None, over_allocation_id: int | None = None) -> None:
    for i in range(people):
        person = b.person(f"Bewohner {unit.id}", f"Nr. {i}")
        b._add(Stay(person_id=person.id, unit_id=unit.id, start_date=start, end_date=end,
                    move_out_reason="own_flat" if end else None,
                    over_allocation_id=over_allocation_id))


def _block(b: Builder, unit: Unit, places: int, start: date, end: date | None = None) -> None:
    b._add(PlaceBlock(unit_id=unit.id, places=places, start_date=start, end_date=end,
                      reason="mould"))


@pytest.fixture
def places(database) -> Places:
    """Five facilities, one per occupancy state and reason."""
    data = Places()
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        # ok: 10 places, 2 blocked today, 4 occupied → 4 free, 50 %
        ok = b.facility("Offen", district="Mitte")
        ok.pets_allowed = True
        u1 = _unit(b, ok, "1", 6, "family", barrier_free=True)
        u2 = _unit(b, ok, "2", 4, "single_men")
        _unit(b, ok, "alt", 8, "single_women", barrier_free=True, active=False)
        _fill(b, u1, 3)
        _fill(b, u2, 1)
        _fill(b, u2, 2, date(2024, 1, 1), TODAY)  # left today: gone
        _fill(b, u2, 1, TODAY + DAY)  # arrives tomorrow: not yet
        _block(b, u1, 2, date(2025, 3, 1))  # blocked today
        _block(b, u2, 1, date(2025, 1, 1), TODAY)  # free again today
        _block(b, u2, 1, TODAY + DAY)  # from tomorrow
        # full: 4 places, 1 blocked, 3 occupied → 0 free, 100 %
        full = b.facility("Voll", kind="transitional_home", district="Nord", barrier_free=True)
        full.smoking_allowed = True
        v1 = _unit(b, full, "1", 4, "single_women")
        _fill(b, v1, 3)
        _block(b, v1, 1, date(2025, 2, 1), date(2025, 6, 1))
        # over by numbers: 3 places, 4 occupied → −1, 133 %
        over = b.facility("Zu voll", kind="municipal_flat", district="Nord")
        w1 = _unit(b, over, "1", 3, "mixed")
        _fill(b, w1, 4)
        # over by decision: free places left, but a decision is still open on a unit
        decided = b.facility("Entschieden", district="Süd")
        x1, x2 = _unit(b, decided, "1", 2, "family"), _unit(b, decided, "2", 4, "family")
        decision = b._add(OverAllocation(unit_id=x1.id, reason="Familie nicht trennen"))
        _fill(b, x1, 1, over_allocation_id=decision.id)  # the stay the decision allowed
        b._add(OverAllocation(unit_id=x2.id, reason="Alte Entscheidung, erledigt",
                              resolved_at=NOW))
        # over in one unit while the facility as a whole has room
        unit_over = b.facility("Zimmer zu voll", district="Süd")
        y1, y2 = _unit(b, unit_over, "1", 1, "single_men"), _unit(b, unit_over, "2", 5)
        _fill(b, y1, 2)
        del y2
        # no units at all
        b.facility("Leer")
        data.ids = {f.name: f.id for f in (ok, full, over, decided, unit_over)}
        data.ids["Leer"] = session.query(Facility.id).filter_by(name="Leer").scalar()
    return data


def _rows(database, filters: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    with database.read() as session:
        page = listing.fetch_page(session, SYSTEM_ACTOR, "facilities", filters=filters,
                                  limit=1000, today=TODAY, now=NOW)
        total = listing.count(session, SYSTEM_ACTOR, "facilities", today=TODAY, now=NOW,
                              filters=filters)
    assert total == len(page.rows)
    keys = [c.key for c in listing.columns("facilities")]
    return {row.values[0]: {**dict(zip(keys, row.values, strict=True)), **row.extra}
            for row in page.rows}


def _names(database, filters: dict[str, Any]) -> set[str]:
    return set(_rows(database, filters))


def test_occupancy_figures_today(database, places):
    rows = _rows(database)
    figures = {name: (r["places"], r["blocked"], r["occupied"], r["free"],
                      r["occupancy_percent"], r["occupancy_state"]) for name, r in rows.items()}
    assert figures == {
        "Offen": (10, 2, 4, 4, 50, "ok"),  # the inactive unit's places do not count
        "Voll": (4, 1, 3, 0, 100, "full"),
        "Zu voll": (3, 0, 4, -1, 133, "over"),
        "Entschieden": (6, 0, 1, 5, 17, "over"),  # an open decision; 16.7 rounds to 17
        "Zimmer zu voll": (6, 0, 2, 4, 33, "over"),  # unit 1: two people in one place
        "Leer": (0, 0, 0, 0, None, "full"),  # nothing to allocate
    }
    flags = {name: r["barrier_free"] for name, r in rows.items()}
    assert flags == {"Offen": True, "Voll": True, "Zu voll": False, "Entschieden": False,
                     "Zimmer zu voll": False, "Leer": False}  # never None


def test_figures_agree_with_the_occupancy_service(database, places):
    rows = _rows(database)
    with database.read() as session:
        reference = occupancy.at_date(session, SYSTEM_ACTOR, TODAY)
    for facility in reference:
        row = rows[facility.name]
        figures = facility.figures
        assert (row["places"], row["blocked"], row["occupied"], row["free"]) == (
            figures.places, figures.blocked, figures.occupied, figures.free)
        assert row["occupancy_state"] == facility.state, facility.name
        percent = figures.percent
        assert row["occupancy_percent"] == (None if percent is None else int(percent + 0.5))


def test_sorting_by_the_new_columns(database, places):
    with database.read() as session:
        for key in ("blocked", "occupancy_percent"):
            page = listing.fetch_page(session, SYSTEM_ACTOR, "facilities", sort_key=key,
                                      today=TODAY)
            values = [row.values[[c.key for c in listing.columns("facilities")].index(key)]
                      for row in page.rows]
            assert values == sorted(values, key=lambda v: -1 if v is None else v)


@pytest.mark.parametrize(("filters", "expected"), [
    ({"free_at_least": 1}, {"Offen", "Entschieden", "Zimmer zu voll"}),
    ({"free_at_least": 5}, {"Entschieden"}),
    ({"free_at_least": 0}, {"Offen", "Voll", "Entschieden", "Zimmer zu voll", "Leer"}),
    # the facility's flag, or an active barrier-free unit (not the inactive one)
    ({"barrier_free": True}, {"Offen", "Voll"}),
    ({"pets_allowed": True}, {"Offen"}),
    ({"smoking_allowed": True}, {"Voll"}),
    ({"kind": "transitional_home"}, {"Voll"}),
    ({"kind": "shared_accommodation"}, {"Offen", "Entschieden", "Zimmer zu voll", "Leer"}),
    ({"district": "Nord"}, {"Voll", "Zu voll"}),
    ({"district": "Süd"}, {"Entschieden", "Zimmer zu voll"}),
    # an active unit of that type; the inactive single_women unit of "Offen" does not count
    ({"occupancy_type": "single_women"}, {"Voll"}),
    ({"occupancy_type": "family"}, {"Offen", "Entschieden", "Zimmer zu voll"}),
    ({"occupancy_type": "mixed"}, {"Zu voll"}),
    ({"barrier_free": False, "pets_allowed": None}, {
        "Offen", "Voll", "Zu voll", "Entschieden", "Zimmer zu voll", "Leer"}),
])
def test_facility_filters(database, places, filters, expected):
    assert _names(database, filters) == expected


def test_facility_filters_combine_with_each_other_and_the_search(database, places):
    assert _names(database, {"district": "Süd", "free_at_least": 5}) == {"Entschieden"}
    assert _names(database, {"occupancy_type": "family", "barrier_free": True}) == {"Offen"}
    assert _names(database, {"district": "Nord", "smoking_allowed": True,
                             "kind": "transitional_home"}) == {"Voll"}
    with database.read() as session:
        assert listing.count(session, SYSTEM_ACTOR, "facilities", "zimmer", today=TODAY,
                             filters={"district": "Süd"}) == 1
        assert listing.count(session, SYSTEM_ACTOR, "facilities", "zimmer", today=TODAY,
                             filters={"district": "Nord"}) == 0


def test_district_choices(database, places):
    with database.read() as session:
        choices = listing.filter_choices(session, SYSTEM_ACTOR, "facilities", today=TODAY)
    assert [c.value for c in choices["district"]] == ["Mitte", "Nord", "Süd"]


@pytest.mark.parametrize(("filters", "message"), [
    ({"free_at_least": -1}, "free_at_least"),
    ({"free_at_least": "3"}, "free_at_least"),
    ({"kind": "castle"}, "kind"),
    ({"occupancy_type": "pets"}, "occupancy_type"),
    ({"district": " "}, "district"),
    ({"pets_allowed": 1}, "pets_allowed"),
    ({"children_under": 3}, "no filter 'children_under'"),
])
def test_bad_facility_filters_are_refused(database, filters, message):
    with database.read() as session, pytest.raises(ValueError, match=message):
        listing.count(session, SYSTEM_ACTOR, "facilities", filters=filters)


def test_filter_and_occupancy_modules_import_no_qt():
    from pathlib import Path
    services = Path(listing.__file__).parent
    for module in ("listing_filters.py", "listing_occupancy.py"):
        assert "PySide6" not in (services / module).read_text(encoding="utf-8")


def test_a_private_offer_is_never_shown_full(database, places):
    """An offer is one flat for one household (issue 5 matches it), not allocable places."""
    with database.write(SYSTEM_ACTOR) as session:
        Builder(session).facility("Wohnung Privat", kind="private_offer")
    assert _rows(database)["Wohnung Privat"]["occupancy_state"] == "ok"
