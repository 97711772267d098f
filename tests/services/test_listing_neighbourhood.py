"""The Nachbarschaft list on both engines: its columns, order, search, every filter with its
counts, the overdue Wiedervorlage, who sees which report, and the facilities the form
offers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from soest_desk.models import NeighbourhoodReport
from soest_desk.models.enums import Role
from soest_desk.services import listing, listing_neighbourhood
from soest_desk.services.errors import PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from tests.builders import NOW, TODAY, Builder, _actor


@dataclass
class Reports:
    ids: dict[str, int] = field(default_factory=dict)
    facilities: dict[str, int] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)

    def names(self, ids: Any) -> set[str]:
        wanted = set(ids)
        return {name for name, report_id in self.ids.items() if report_id in wanted}


def build_reports(database) -> Reports:
    """Five reports at two facilities, seen on TODAY (15.03.2025); the window's tests use
    them too."""
    data = Reports()
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        bach, nord = b.facility("Haus am Bach"), b.facility("Übergangswohnheim Nord",
                                                            kind="transitional_home")
        b.facility("Wohnung Privat", kind="private_offer")
        b.facility("Altbau West", active=False)
        data.facilities = {"bach": bach.id, "nord": nord.id}
        hl_a = b.user("hl_a", {Role.SITE_MANAGER}, (bach,), "Heimleitung A")
        sw_n = b.user("sw_n", {Role.SOCIAL_WORKER}, (nord,), "Sozialarbeit Nord")
        manager = b.user("leitung", {Role.MANAGER}, (), "Leitung")
        service = b.user("os", {Role.PROPERTY_SERVICE}, (), "Objektservice")
        data.actors = {u.login: _actor(u) for u in (hl_a, sw_n, manager, service)}

        def report(name: str, facility: Any, day: date, kind: str, channel: str,
                   category: str, text: str, **more: Any) -> None:
            row = b._add(NeighbourhoodReport(
                facility_id=facility.id, reported_on=day, kind=kind, channel=channel,
                category=category, text=text, resolved=more.get("resolved_on") is not None,
                **more))
            data.ids[name] = row.id

        report("noise", bach, date(2025, 3, 10), "complaint", "phone", "noise",
               "Laute Musik im Hof bis 1 Uhr", contact_name="Frau Peters",
               follow_up="Hausordnung besprochen", follow_up_on=date(2025, 3, 14))  # overdue
        report("waste", bach, date(2025, 3, 1), "complaint", "email", "waste",
               "Müllsäcke neben den Tonnen", follow_up="Abholung bestellt",
               follow_up_on=date(2025, 3, 20))
        report("praise", bach, date(2025, 2, 20), "contact", "in_person", "praise",
               "Dank für das Sommerfest", resolved_on=date(2025, 2, 21))
        report("police", nord, date(2025, 3, 12), "complaint", "police", "conflict",
               "Streit vor dem Eingang")
        report("parking", nord, date(2025, 1, 5), "complaint", "local_council", "parking",
               "Zugeparkte Einfahrt", follow_up="Schild aufgestellt",
               follow_up_on=date(2025, 1, 10), resolved_on=date(2025, 1, 12))
    return data


@pytest.fixture
def reports(database) -> Reports:
    return build_reports(database)


def _rows(database, actor: Actor = SYSTEM_ACTOR, **kwargs: Any) -> list[listing.ListRow]:
    with database.read() as session:
        page = listing.fetch_page(session, actor, "neighbourhood", limit=1000, today=TODAY,
                                  now=NOW, **kwargs)
    assert page.exhausted
    return page.rows


def _names(database, reports: Reports, actor: Actor = SYSTEM_ACTOR, text: str = "",
           **filters: Any) -> set[str]:
    rows = _rows(database, actor, text=text, filters=filters)
    with database.read() as session:
        total = listing.count(session, actor, "neighbourhood", text, today=TODAY, now=NOW,
                              filters=filters)
    assert total == len(rows)  # the count always matches the rows
    return reports.names(row.id for row in rows)


def test_columns_values_and_order(database, reports):
    keys = [c.key for c in listing.columns("neighbourhood")]
    assert keys == ["reported_on", "facility", "kind", "channel", "category",
                    "follow_up_on", "resolved_on", "text"]
    assert listing.default_sort("neighbourhood") == ("reported_on", True)
    rows = _rows(database)
    assert [reports.names([r.id]).pop() for r in rows] == [
        "police", "noise", "waste", "praise", "parking"]  # newest first
    first = dict(zip(keys, rows[1].values, strict=True)) | rows[1].extra
    assert first == {
        "reported_on": date(2025, 3, 10), "facility": "Haus am Bach", "kind": "complaint",
        "channel": "phone", "category": "noise", "text": "Laute Musik im Hof bis 1 Uhr",
        "follow_up_on": date(2025, 3, 14), "resolved_on": None, "overdue": 1,
        "resolved": False}
    resolved_on = {reports.names([r.id]).pop(): r.values[keys.index("resolved_on")]
                   for r in rows}
    assert resolved_on["parking"] == date(2025, 1, 12) and resolved_on["police"] is None
    by_facility = _rows(database, sort_key="facility")
    assert reports.names([by_facility[0].id]) <= {"noise", "waste", "praise"}
    by_follow_up = _rows(database, sort_key="follow_up_on")  # without one: last
    assert [reports.names([r.id]).pop() for r in by_follow_up][:3] == [
        "parking", "noise", "waste"]


def test_search_finds_text_facility_contact_and_follow_up(database, reports):
    assert _names(database, reports, text="musik") == {"noise"}
    assert _names(database, reports, text="mullsacke") == {"waste"}  # folded: Müllsäcke
    assert _names(database, reports, text="nord") == {"police", "parking"}
    assert _names(database, reports, text="peters") == {"noise"}
    assert _names(database, reports, text="schild") == {"parking"}
    assert _names(database, reports, text="bach streit") == set()


def test_filters(database, reports):
    assert _names(database, reports, state="open") == {"noise", "waste", "police"}
    assert _names(database, reports, state="resolved") == {"praise", "parking"}
    assert _names(database, reports, state="all") == set(reports.ids)
    assert _names(database, reports, facility_id=reports.facilities["nord"]) == {
        "police", "parking"}
    assert _names(database, reports, kind="contact") == {"praise"}
    assert _names(database, reports, channel="police") == {"police"}
    assert _names(database, reports, category="waste", state="open") == {"waste"}
    # an overdue Wiedervorlage: open and before today (the settled "parking" is not)
    assert _names(database, reports, overdue=True) == {"noise"}
    assert _names(database, reports, overdue=False) == set(reports.ids)
    with pytest.raises(ValueError, match="kind"):
        _names(database, reports, kind="lob")
    with pytest.raises(ValueError, match="state"):
        _names(database, reports, state="closed")


def _counts(database, actor: Actor = SYSTEM_ACTOR) -> dict[str, dict[Any, int | None]]:
    with database.read() as session:
        choices = listing.filter_choices(session, actor, "neighbourhood", today=TODAY)
    return {name: {c.value: c.count for c in found} for name, found in choices.items()}


def test_choices_count_like_the_bar_starts(database, reports):
    with database.read() as session:
        choices = listing.filter_choices(session, SYSTEM_ACTOR, "neighbourhood", today=TODAY)
    assert [(c.value, c.label, c.count) for c in choices["facility_id"]] == [
        (reports.facilities["bach"], "Haus am Bach", 2),
        (reports.facilities["nord"], "Übergangswohnheim Nord", 1)]
    counts = _counts(database)
    assert counts["state"] == {"open": 3, "resolved": 2, "all": 5}
    # the others among the open reports: what the list starts with
    assert counts["kind"] == {"complaint": 3, "contact": 0}
    assert counts["channel"] == {"phone": 1, "email": 1, "in_person": 0, "police": 1,
                                 "local_council": 0}
    assert counts["category"]["noise"] == 1 and counts["category"]["praise"] == 0
    assert counts["overdue"] == {True: 1}
    # and each count is what the filter then finds among the open ones
    assert len(_names(database, reports, state="open", channel="phone")) == 1


def test_who_sees_which_reports(database, reports):
    actors = reports.actors
    assert _names(database, reports, actors["hl_a"], state="all") == {
        "noise", "waste", "praise"}
    assert _names(database, reports, actors["sw_n"], state="all") == {"police", "parking"}
    assert _names(database, reports, actors["leitung"], state="all") == set(reports.ids)
    counts = _counts(database, actors["hl_a"])
    assert counts["state"] == {"open": 2, "resolved": 1, "all": 3}
    assert list(counts["facility_id"]) == [reports.facilities["bach"]]
    with pytest.raises(PermissionDenied), database.read() as session:
        listing.count(session, actors["os"], "neighbourhood")
    assert listing.required_permission("neighbourhood").value == "view_neighbourhood"


def test_the_form_offers_the_facilities_one_may_record_for(database, reports):
    with database.read() as session:
        everywhere = listing_neighbourhood.recordable_facilities(session, SYSTEM_ACTOR)
        own = listing_neighbourhood.recordable_facilities(session, reports.actors["hl_a"])
        with pytest.raises(PermissionDenied):
            listing_neighbourhood.recordable_facilities(session, reports.actors["sw_n"])
    # active facilities of the office: no private offer, nothing closed
    assert [f.name for f in everywhere] == ["Haus am Bach", "Übergangswohnheim Nord"]
    assert [f.id for f in own] == [reports.facilities["bach"]]
