"""The neighbourhood register: recording, correcting, settling and reopening reports, the
checks on what is typed, versions and who may do what."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from soest_desk.db import Database
from soest_desk.models import AuditEntry, NeighbourhoodReport
from soest_desk.models.enums import Role
from soest_desk.services import neighbourhood as nb
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.neighbourhood import ReportInput
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.services.validation import EditConflict
from tests.builders import Builder

TODAY = date(2025, 3, 15)


class World:
    def __init__(self, database: Database) -> None:
        with database.write(SYSTEM_ACTOR) as session:
            b = Builder(session)
            self.bach = b.facility("Haus am Bach").id
            self.nord = b.facility("Übergangswohnheim Nord", kind="transitional_home").id
            self.closed = b.facility("Altbau West", active=False).id
            self.offer = b.facility("Wohnung Privat", kind="private_offer").id
        self.manager = Actor(1, "leitung", "Leitung", frozenset({Role.MANAGER}))
        self.site_manager = Actor(2, "hl_a", "Heimleitung A", frozenset({Role.SITE_MANAGER}),
                                  frozenset({self.bach}))
        self.social_worker = Actor(3, "sw_a", "Sozialarbeit A",
                                   frozenset({Role.SOCIAL_WORKER}), frozenset({self.bach}))
        self.property_service = Actor(4, "os", "Objektservice",
                                      frozenset({Role.PROPERTY_SERVICE}))

    def data(self, **changes: object) -> ReportInput:
        base = ReportInput(self.bach, date(2025, 3, 10), "complaint", "phone", "noise",
                           "  Laute Musik im Hof\nbis 1 Uhr  ", contact_name="  Frau  Peters ")
        return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def world(database: Database) -> World:
    return World(database)


def _record(database: Database, actor: Actor, data: ReportInput) -> tuple[int, int]:
    with database.write(actor) as session:
        report = nb.record_report(session, actor, data, today=TODAY)
        return report.id, report.version_id


def _error(database: Database, actor: Actor, data: ReportInput) -> DomainError:
    with pytest.raises(DomainError) as caught, database.write(actor) as session:
        nb.record_report(session, actor, data, today=TODAY)
    return caught.value


def test_record_and_read_back(database: Database, world: World):
    report_id, _ = _record(database, world.site_manager, world.data(
        follow_up=" Gespräch mit Bewohnern ", follow_up_on=date(2025, 3, 20)))
    with database.read() as session:
        row = nb.get_report(session, world.site_manager, report_id)
    assert (row.facility_name, row.kind, row.channel, row.category) == (
        "Haus am Bach", "complaint", "phone", "noise")
    assert row.text == "Laute Musik im Hof\nbis 1 Uhr"  # trimmed, lines kept
    assert row.contact_name == "Frau Peters"
    assert (row.follow_up, row.follow_up_on) == ("Gespräch mit Bewohnern", date(2025, 3, 20))
    assert (row.resolved, row.resolved_on) == (False, None)
    with database.read() as session:
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "neighbourhood_reports")).all()
    assert [(a.action, a.actor_login, a.row_id) for a in audit] == [
        ("insert", "hl_a", report_id)]
    assert audit[0].changes["text"][1] == "Laute Musik im Hof\nbis 1 Uhr"  # not Sozialdaten


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"text": "   "}, "Meldung", "bitte ausfüllen"),
    ({"text": "x" * 4001}, "Meldung", "höchstens 4000 Zeichen"),
    ({"channel": "fax"}, "Kanal", "Telefon, E-Mail, persönlich, Polizei, Ortsbeirat"),
    ({"category": "smell"}, "Kategorie", "Lärm, Müll, Parken"),
    ({"kind": "praise"}, "Art", "Beschwerde, Kontakt"),
    ({"kind": "complaint", "category": "praise"}, "Art", "Lob ist keine Beschwerde"),
    ({"reported_on": TODAY + timedelta(days=1)}, "Datum", "16.03.2025 liegt in der Zukunft"),
    ({"reported_on": date(1999, 12, 31)}, "Datum", "liegt vor 01.01.2000"),
    ({"follow_up_on": date(2025, 3, 20)}, "Nachverfolgung", "was vereinbart ist"),
    ({"follow_up": "Rückruf", "follow_up_on": date(2025, 3, 9)}, "Wiedervorlage am",
     "vor dem Datum der Meldung (10.03.2025)"),
    ({"contact_name": "y" * 201}, "Kontakt (Name)", "höchstens 200"),
])
def test_bad_input_names_the_field(database: Database, world: World, changes, field, words):
    error = _error(database, world.manager, world.data(**changes))
    assert error.field == field
    assert error.message.startswith(f"{field}: ")
    assert words in error.message
    with database.read() as session:
        assert session.scalar(select(NeighbourhoodReport.id)) is None


def test_facility_must_be_in_use_and_not_a_private_offer(database: Database, world: World):
    closed = _error(database, world.manager, world.data(facility_id=world.closed))
    assert closed.field == "Unterkunft" and "nicht mehr in Betrieb" in closed.message
    offer = _error(database, world.manager, world.data(facility_id=world.offer))
    assert offer.field == "Unterkunft" and "privates Wohnraumangebot" in offer.message
    missing = _error(database, world.manager, world.data(facility_id=999_999))
    assert missing.field == "Unterkunft"


def test_site_managers_record_only_for_their_facilities(database: Database, world: World):
    _record(database, world.site_manager, world.data())
    with pytest.raises(PermissionDenied, match="nicht zugeordnet"):
        _record(database, world.site_manager, world.data(facility_id=world.nord))
    with pytest.raises(PermissionDenied):
        _record(database, world.social_worker, world.data())  # may see, not record
    with pytest.raises(PermissionDenied):
        _record(database, world.property_service, world.data())
    _record(database, world.manager, world.data(facility_id=world.nord))


def test_who_sees_which_reports(database: Database, world: World):
    bach_id, _ = _record(database, world.manager, world.data())
    nord_id, _ = _record(database, world.manager, world.data(facility_id=world.nord))
    with database.read() as session:
        assert {r.report_id for r in nb.list_reports(session, world.manager)} == {
            bach_id, nord_id}
        assert [r.report_id for r in nb.list_reports(session, world.site_manager)] == [bach_id]
        assert [r.report_id for r in nb.list_reports(session, world.social_worker)] == [
            bach_id]
        with pytest.raises(PermissionDenied):
            nb.get_report(session, world.site_manager, nord_id)
        with pytest.raises(PermissionDenied):
            nb.list_reports(session, world.property_service)


def test_list_filters(database: Database, world: World):
    noise, _ = _record(database, world.manager, world.data(reported_on=date(2025, 3, 1)))
    praise, _ = _record(database, world.manager, world.data(
        kind="contact", category="praise", channel="email", reported_on=date(2025, 3, 5)))
    police, version = _record(database, world.manager, world.data(
        channel="police", category="conflict", facility_id=world.nord))
    with database.write(world.manager) as session:
        nb.resolve_report(session, world.manager, police, version, date(2025, 3, 12),
                          today=TODAY)
    with database.read() as session:
        def ids(**filters) -> list[int]:
            return [r.report_id for r in nb.list_reports(session, world.manager, **filters)]
        assert ids() == [police, praise, noise]  # newest first
        assert ids(start=date(2025, 3, 2), end=date(2025, 3, 9)) == [praise]
        assert ids(facility_ids=[world.nord]) == [police]
        assert ids(kinds=["contact"]) == [praise]
        assert ids(channels=["phone", "police"]) == [police, noise]
        assert ids(categories=["praise", "noise"]) == [praise, noise]
        assert ids(open_only=True) == [praise, noise]


def test_update_checks_the_version_and_the_input(database: Database, world: World):
    report_id, version = _record(database, world.site_manager, world.data())
    with database.write(world.site_manager) as session:
        report = nb.update_report(session, world.site_manager, report_id, version,
                                  world.data(category="parking", channel="email",
                                             text="Einfahrt zugeparkt"), today=TODAY)
        new_version = report.version_id
    assert new_version == version + 1
    with pytest.raises(EditConflict), database.write(world.site_manager) as session:
        nb.update_report(session, world.site_manager, report_id, version,
                         world.data(text="alt"), today=TODAY)
    with pytest.raises(DomainError, match="Meldung: bitte ausfüllen"), \
            database.write(world.site_manager) as session:
        nb.update_report(session, world.site_manager, report_id, new_version,
                         world.data(text=""), today=TODAY)
    with pytest.raises(PermissionDenied), database.write(world.site_manager) as session:
        nb.update_report(session, world.site_manager, report_id, new_version,
                         world.data(facility_id=world.nord), today=TODAY)
    with database.read() as session:
        row = nb.get_report(session, world.manager, report_id)
    assert (row.category, row.channel, row.text, row.facility_id) == (
        "parking", "email", "Einfahrt zugeparkt", world.bach)


def test_a_report_of_a_closed_facility_can_still_be_corrected(database: Database,
                                                              world: World):
    report_id, version = _record(database, world.manager, world.data())
    with database.write(SYSTEM_ACTOR) as session:
        session.execute(text("UPDATE facilities SET active = false WHERE id = :id"),
                        {"id": world.bach})
    with database.write(world.manager) as session:
        nb.update_report(session, world.manager, report_id, version,
                         world.data(text="berichtigt"), today=TODAY)
    with pytest.raises(DomainError, match=r"Unterkunft: .*nicht mehr in Betrieb"), \
            database.write(world.manager) as session:
        nb.update_report(session, world.manager, report_id, version + 1,
                         world.data(facility_id=world.closed), today=TODAY)


def test_resolve_and_reopen(database: Database, world: World):
    report_id, version = _record(database, world.site_manager, world.data())
    actor = world.site_manager
    for day, words in ((date(2025, 3, 9), "liegt vor dem Datum der Meldung (10.03.2025)"),
                       (TODAY + timedelta(days=1), "liegt in der Zukunft")):
        with pytest.raises(DomainError, match=r"Erledigt am: .*") as caught, \
                database.write(actor) as session:
            nb.resolve_report(session, actor, report_id, version, day, today=TODAY)
        assert words in caught.value.message and caught.value.field == "Erledigt am"
    with database.write(actor) as session:
        report = nb.resolve_report(session, actor, report_id, version, date(2025, 3, 10),
                                   follow_up="Hausordnung besprochen", today=TODAY)
        version = report.version_id
    with database.read() as session:
        row = nb.get_report(session, actor, report_id)
    assert (row.resolved, row.resolved_on, row.follow_up) == (
        True, date(2025, 3, 10), "Hausordnung besprochen")
    with pytest.raises(DomainError, match="bereits erledigt"), database.write(actor) as session:
        nb.resolve_report(session, actor, report_id, version, today=TODAY)
    with pytest.raises(DomainError, match=r"Datum: 12\.03\.2025 liegt nach dem Tag"), \
            database.write(actor) as session:
        nb.update_report(session, actor, report_id, version,
                         world.data(reported_on=date(2025, 3, 12)), today=TODAY)
    with pytest.raises(EditConflict), database.write(actor) as session:
        nb.reopen_report(session, actor, report_id, version - 1)
    with database.write(actor) as session:
        version = nb.reopen_report(session, actor, report_id, version).version_id
    with pytest.raises(DomainError, match="nicht erledigt"), database.write(actor) as session:
        nb.reopen_report(session, actor, report_id, version)
    with database.write(actor) as session:  # default: settled today
        assert nb.resolve_report(session, actor, report_id, version,
                                 today=TODAY).resolved_on == TODAY
    with database.read() as session:
        actions = session.scalars(select(AuditEntry.action).where(
            AuditEntry.table_name == "neighbourhood_reports").order_by(AuditEntry.id)).all()
    assert actions == ["insert", "end", "update", "end"]


def test_others_cannot_settle_a_report(database: Database, world: World):
    report_id, version = _record(database, world.manager, world.data(facility_id=world.nord))
    for actor in (world.site_manager, world.social_worker, world.property_service):
        with pytest.raises(PermissionDenied), database.write(actor) as session:
            nb.resolve_report(session, actor, report_id, version, today=TODAY)


def test_the_schema_refuses_unknown_codes(database: Database, world: World):
    row = {"facility_id": world.bach, "reported_on": date(2025, 3, 1), "kind": "complaint",
           "channel": "phone", "category": "noise", "text": "x", "resolved": False}
    for bad in ({"channel": "fax"}, {"category": "smell"},
                {"follow_up_on": date(2025, 2, 1)}):
        with pytest.raises(IntegrityError), database.write(SYSTEM_ACTOR) as session:
            session.execute(NeighbourhoodReport.__table__.insert(), [{**row, **bad}])
