"""The filters of the Bewohner*innen list on both engines: children by age (with partial
birth dates), care, pets, smoking, nationality, facility, length of stay, no place, and how
they combine with each other, with the search and with the count; a month of moves into
own flats, which lists ended people too."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from soest_desk.models import Facility, Person, Stay
from soest_desk.models.enums import Role
from soest_desk.services import listing, stays
from soest_desk.services.listing_filters import months_before, years_before
from soest_desk.services.permissions import SYSTEM_ACTOR
from tests.builders import NOW, TODAY, Builder, _actor

# TODAY is 15.03.2025: three years before it is 15.03.2022


@dataclass
class People:
    ids: dict[str, int] = field(default_factory=dict)
    facilities: dict[str, int] = field(default_factory=dict)

    def names(self, ids: set[int]) -> set[str]:
        return {name for name, person_id in self.ids.items() if person_id in ids}


def _stay(b: Builder, person: Person, unit: Any, start: date, end: date | None = None,
          reason: str | None = None) -> None:
    b._add(Stay(person_id=person.id, unit_id=unit.id, start_date=start, end_date=end,
                move_out_reason=reason if end else None))


@pytest.fixture
def people(database) -> People:
    """Households and single people whose names say why they match."""
    data = People()
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        bach, nord = b.facility("Haus am Bach"), b.facility("Nordhaus")
        data.facilities = {"bach": bach.id, "nord": nord.id}
        a1, n1 = b.unit(bach, "A1", 30), b.unit(nord, "N1", 30)
        fam = b.household("Familie Klein")
        ended = b.household("Familie Ende")
        p: dict[str, Person] = {
            # a family: parent and a child turning 3 tomorrow
            "fam_parent": b.person("Klein", "Mutter", birth_date=date(1990, 5, 5),
                                   nationality="SYR", household=fam, role="head"),
            "fam_child": b.person("Klein", "Kind", birth_date=date(2022, 3, 16),
                                  nationality="SYR", household=fam, role="child"),
            # without household: each one matches by their own birth date
            "turns3_today": b.person("Drei", "Heute", birth_date=date(2022, 3, 15)),
            "year_2022": b.person("Jahr", "Zweiundzwanzig", birth_date=date(2022, 1, 1),
                                  precision="year"),
            "year_2021": b.person("Jahr", "Einundzwanzig", birth_date=date(2021, 1, 1),
                                  precision="year"),
            "month_03_2022": b.person("Monat", "März", birth_date=date(2022, 3, 1),
                                      precision="month"),
            "month_02_2022": b.person("Monat", "Februar", birth_date=date(2022, 2, 1),
                                      precision="month"),
            "unknown_birth": b.person("Ohne", "Datum"),
            "teen": b.person("Jung", "Teen", birth_date=date(2010, 6, 1), nationality="UKR"),
            # a household whose only child has ended (moved away): no child any more
            "ended_parent": b.person("Ende", "Vater", birth_date=date(1980, 1, 1),
                                     household=ended, role="head"),
            "ended_child": b.person("Ende", "Kind", birth_date=date(2023, 1, 1),
                                    household=ended, role="child"),
            "anonymised": b.person("Anonym", "Weg", birth_date=date(2024, 1, 1)),
        }
        p["ended_child"].active = False
        p["anonymised"].anonymised_at = NOW
        p["fam_parent"].care_grade = 2
        p["fam_parent"].has_pets = True
        p["teen"].smoker = True
        p["teen"].needs_barrier_free = True
        p["year_2021"].care_grade = 0
        p["year_2021"].needs_barrier_free = True

        # stays: the family in Bach since 2023 (chained by a transfer from Nord)
        for key in ("fam_parent", "fam_child"):
            _stay(b, p[key], n1, date(2023, 1, 1), date(2024, 6, 1), "transfer")
            _stay(b, p[key], a1, date(2024, 6, 1))
        # moved in again after an own flat: the residence starts anew
        _stay(b, p["teen"], a1, date(2023, 1, 1), date(2024, 5, 1), "own_flat")
        _stay(b, p["teen"], n1, date(2024, 5, 1))
        # a transfer with a gap of nine days: not one residence
        _stay(b, p["turns3_today"], a1, date(2022, 1, 1), date(2024, 4, 1), "transfer")
        _stay(b, p["turns3_today"], n1, date(2024, 4, 10))
        # exactly six months today
        _stay(b, p["year_2022"], n1, date(2024, 9, 15))
        # three stays chained by two transfers
        _stay(b, p["month_03_2022"], n1, date(2021, 1, 1), date(2021, 6, 1), "transfer")
        _stay(b, p["month_03_2022"], a1, date(2021, 6, 1), date(2024, 9, 1), "transfer")
        _stay(b, p["month_03_2022"], n1, date(2024, 9, 1))
        _stay(b, p["ended_parent"], n1, date(2025, 1, 1))
        # no place today: year_2021, month_02_2022, unknown_birth (and the ended child)
        data.ids = {key: person.id for key, person in p.items()}
    return data


def _ids(database, filters: dict[str, Any], text: str = "", actor=SYSTEM_ACTOR) -> set[int]:
    with database.read() as session:
        page = listing.fetch_page(session, actor, "persons", text=text, filters=filters,
                                  limit=1000, today=TODAY, now=NOW)
        total = listing.count(session, actor, "persons", text, today=TODAY, now=NOW,
                              filters=filters)
    ids = {row.id for row in page.rows}
    assert len(ids) == total == len(page.rows)  # the count always matches the rows
    return ids


def _names(database, people: People, filters: dict[str, Any], text: str = "") -> set[str]:
    return people.names(_ids(database, filters, text))


ALL_LISTED = {"fam_parent", "fam_child", "turns3_today", "year_2022", "year_2021",
              "month_03_2022", "month_02_2022", "unknown_birth", "teen", "ended_parent"}


def test_ended_and_anonymised_people_are_not_listed(database, people):
    assert _names(database, people, {}) == ALL_LISTED


def test_children_under_3_on_today_with_partial_birth_dates(database, people):
    """Year or month only: under 3 if the last day of that year or month could be."""
    assert _names(database, people, {"children_under": 3}) == {
        "fam_parent", "fam_child",  # the child turns 3 tomorrow: the whole household
        "year_2022",  # born some day in 2022: could be under 3
        "month_03_2022",  # born in March 2022: could be after 15.03.
    }  # not: turns3_today, year_2021, month_02_2022, the ended child's household


def test_children_under_6_and_18(database, people):
    under_6 = ALL_LISTED - {"unknown_birth", "teen", "ended_parent"}
    assert _names(database, people, {"children_under": 6}) == under_6
    assert _names(database, people, {"children_under": 18}) == under_6 | {"teen"}


def test_age_is_taken_on_the_chosen_date(database, people):
    # a day later the family's child is 3 as well; March 2022 could still be the 31st
    assert _names(database, people, {"children_under": 3, "age_on": date(2025, 3, 16)}) == {
        "year_2022", "month_03_2022"}
    # on 1.4.2025 only the year-only birth date could still be under 3
    assert _names(database, people, {"children_under": 3, "age_on": date(2025, 4, 1)}) == {
        "year_2022"}
    # on 1.3.2022 the family's child (and "turns3_today") were not born yet: unborn
    # children never count; born in March 2022 could be the 1st
    assert _names(database, people, {"children_under": 3, "age_on": date(2022, 3, 1)}) == {
        "year_2022", "month_03_2022", "year_2021", "month_02_2022"}
    # a far date: nobody is under 3 then; today stays today for who lives where
    assert _names(database, people, {"children_under": 3, "age_on": date(2030, 1, 1)}) == set()


def test_birthday_on_29_february():
    assert years_before(date(2027, 2, 28), 3) == date(2024, 2, 28)
    assert years_before(date(2028, 2, 29), 3) == date(2025, 2, 28)
    assert years_before(date(2025, 3, 15), 18) == date(2007, 3, 15)
    assert months_before(date(2025, 3, 31), 1) == date(2025, 2, 28)
    assert months_before(date(2025, 3, 15), 14) == date(2024, 1, 15)


def test_a_leap_day_child_is_under_3_until_1_march(database):
    with database.write(SYSTEM_ACTOR) as session:
        child = Builder(session).person("Schalt", "Tag", birth_date=date(2024, 2, 29)).id
    on = {"children_under": 3}
    assert _ids(database, {**on, "age_on": date(2027, 2, 28)}) == {child}
    assert _ids(database, {**on, "age_on": date(2027, 3, 1)}) == set()


@pytest.mark.parametrize(("filters", "expected"), [
    ({"care": True}, {"fam_parent"}),
    ({"needs_barrier_free": True}, {"teen", "year_2021"}),
    ({"pets": True}, {"fam_parent"}),
    ({"smoker": True}, {"teen"}),
    ({"nationality": "SYR"}, {"fam_parent", "fam_child"}),
    ({"nationality": "UKR"}, {"teen"}),
    ({"no_current_place": True}, {"year_2021", "month_02_2022", "unknown_birth"}),
    ({"care": False, "pets": False, "smoker": None}, ALL_LISTED),  # False: any
])
def test_flag_and_choice_filters(database, people, filters, expected):
    assert _names(database, people, filters) == expected


def test_facility_filter(database, people):
    bach, nord = people.facilities["bach"], people.facilities["nord"]
    assert _names(database, people, {"facility_id": bach}) == {"fam_parent", "fam_child"}
    assert _names(database, people, {"facility_id": nord}) == {
        "teen", "turns3_today", "year_2022", "month_03_2022", "ended_parent"}


@pytest.mark.parametrize(("months", "expected"), [
    (5, {"fam_parent", "fam_child", "teen", "turns3_today", "year_2022", "month_03_2022"}),
    (6, {"fam_parent", "fam_child", "teen", "turns3_today", "month_03_2022"}),  # not exactly 6
    (11, {"fam_parent", "fam_child", "turns3_today", "month_03_2022"}),  # teen: 10½ months
    (12, {"fam_parent", "fam_child", "month_03_2022"}),  # the chain counts, a gap does not
    (27, {"month_03_2022"}),  # two transfers back to 1.1.2021
    (51, set()),
])
def test_length_of_stay_counts_the_residence_chained_by_transfers(database, people, months,
                                                                  expected):
    assert _names(database, people, {"stay_over_months": months}) == expected


def test_length_of_stay_agrees_with_the_stay_service(database, people):
    matching = _ids(database, {"stay_over_months": 12})
    cutoff = months_before(TODAY, 12)
    with database.read() as session:
        for person_id in people.ids.values():
            records = stays.history(session, SYSTEM_ACTOR, person_id, TODAY)
            start = stays.residence_start(records, TODAY)
            if person_id in _ids(database, {}):
                assert (start is not None and start < cutoff) == (person_id in matching)


def test_filters_combine_with_each_other_and_the_search(database, people):
    assert _names(database, people, {"children_under": 3, "care": True}) == {"fam_parent"}
    assert _names(database, people, {"children_under": 6, "stay_over_months": 12}) == {
        "fam_parent", "fam_child", "month_03_2022"}
    assert _names(database, people, {"children_under": 6, "no_current_place": True}) == {
        "year_2021", "month_02_2022"}
    assert _names(database, people, {"children_under": 3}, text="klein") == {
        "fam_parent", "fam_child"}
    assert _names(database, people, {"children_under": 3}, text="klein kind") == {"fam_child"}
    assert _names(database, people, {"children_under": 18, "smoker": True,
                                     "nationality": "UKR", "stay_over_months": 6,
                                     "facility_id": people.facilities["nord"]}) == {"teen"}
    assert _names(database, people, {"care": True, "smoker": True}) == set()


def test_filters_respect_the_actors_facilities(database, people):
    with database.write(SYSTEM_ACTOR) as session:
        bach = session.get(Facility, people.facilities["bach"])
        site_manager = _actor(Builder(session).user("hl", {Role.SITE_MANAGER}, (bach,)))
    ids = _ids(database, {"children_under": 18}, actor=site_manager)
    assert people.names(ids) == {"fam_parent", "fam_child"}
    assert _ids(database, {"no_current_place": True}, actor=site_manager) == set()


def test_own_flat_month_lists_who_moved_out_then_ended_ones_too(database, people):
    """The teen moved into an own flat on 01.05.2024 (and lives with us again). Added here:
    an ended person who moved out in May too, a move out of a private housing offer (not
    the office's facility) and one booked for after today."""
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        a1 = session.get(Facility, people.facilities["bach"]).units[0]
        linde = b.facility("Privatwohnung Linde", kind="private_offer")
        offer = b.unit(linde, "L1", 4)
        gone = b.person("Fort", "Beendet", nationality="ERI")
        _stay(b, gone, a1, date(2023, 1, 1), date(2024, 5, 20), "own_flat")
        gone.active = False
        private = b.person("Privat", "Angebot")
        _stay(b, private, offer, date(2024, 1, 1), date(2024, 5, 10), "own_flat")
        later = b.person("Später", "Auszug")
        _stay(b, later, a1, date(2024, 1, 1), date(2025, 3, 20), "own_flat")
        people.ids.update(gone=gone.id, private=private.id, later=later.id)
    assert _names(database, people, {"own_flat_month": "2024-05"}) == {"teen", "gone"}
    assert _names(database, people, {"own_flat_month": "2025-03"}) == set()  # 20.03.: later
    assert _names(database, people, {"own_flat_month": "2024-04"}) == set()
    # with other filters and the search; without it the ended are no rows, nor choices
    assert _names(database, people, {"own_flat_month": "2024-05", "smoker": True}) == {"teen"}
    assert _names(database, people, {"own_flat_month": "2024-05"}, "fort") == {"gone"}
    assert "gone" not in _names(database, people, {})
    with database.read() as session:
        choices = listing.filter_choices(session, SYSTEM_ACTOR, "persons", today=TODAY)
    assert [c.value for c in choices["nationality"]] == ["SYR", "UKR"]  # not the ended ERI


def test_choices_offer_what_is_present(database, people):
    with database.read() as session:
        choices = listing.filter_choices(session, SYSTEM_ACTOR, "persons", today=TODAY)
    assert [c.value for c in choices["nationality"]] == ["SYR", "UKR"]
    assert all(c.label is None for c in choices["nationality"])  # codes: the UI labels them
    assert [(c.value, c.label) for c in choices["facility_id"]] == [
        (people.facilities["bach"], "Haus am Bach"), (people.facilities["nord"], "Nordhaus")]


@pytest.mark.parametrize(("filters", "message"), [
    ({"children_under": 0}, "children_under"),
    ({"children_under": 19}, "children_under"),
    ({"children_under": "3"}, "children_under"),
    ({"children_under": True}, "children_under"),
    ({"age_on": "2025-01-01", "children_under": 3}, "age_on"),
    ({"care": "ja"}, "care"),
    ({"stay_over_months": 0}, "stay_over_months"),
    ({"nationality": "Syrien"}, "nationality"),
    ({"facility_id": "Bach"}, "facility_id"),
    ({"own_flat_month": "2024-13"}, "own_flat_month"),
    ({"own_flat_month": "Mai 2024"}, "own_flat_month"),
    ({"shoe_size": 42}, "no filter 'shoe_size'"),
])
def test_bad_filter_values_are_refused(database, filters, message):
    with database.read() as session, pytest.raises(ValueError, match=message):
        listing.count(session, SYSTEM_ACTOR, "persons", filters=filters)
