"""Site inspections: recording with tickets for defects, all-or-nothing, rights, overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from soest_desk.db import Database
from soest_desk.models import (
    AuditEntry,
    Facility,
    Inspection,
    InspectionItem,
    Ticket,
    TicketEvent,
)
from soest_desk.models.enums import Role
from soest_desk.services import inspections, tickets
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.inspections import ItemResult
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor
from soest_desk.services.shared_settings import DEFAULT_CHECKLIST
from soest_desk.services.ticket_workflow import Action
from tests.builders import NOW, TODAY, Builder, _actor

FIRE_EXITS = 1  # "Fluchtwege und Notausgänge frei": a safety item (fire_safety)
OUTDOOR = 6  # "Außenanlage und Zuwege": not a safety item (outdoor)
PLAYGROUND = 7


@dataclass
class World:
    facilities: dict[str, int]
    actors: dict[str, Actor]


@pytest.fixture
def world(database: Database) -> World:
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        a = b.facility("Haus am Bach")
        nord = b.facility("Übergangswohnheim Nord", kind="transitional_home")
        flat = b.facility("Wohnung Grandweg", kind="municipal_flat")
        offer = b.facility("Wohnung Privat", kind="private_offer")
        b.facility("Altbau West", active=False)
        users = {
            "hl_a": b.user("hl_a", {Role.SITE_MANAGER}, (a,), "Heimleitung A"),
            "hl_nord": b.user("hl_nord", {Role.SITE_MANAGER}, (nord, flat), "Heimleitung N"),
            "sw_a": b.user("sw_a", {Role.SOCIAL_WORKER}, (a,), "Sozialarbeit A"),
            "os": b.user("os", {Role.PROPERTY_SERVICE}, (), "Objektservice"),
            "leitung": b.user("leitung", {Role.MANAGER}, (), "Leitung"),
            "admin": b.user("admin", {Role.ADMIN}, (), "Admin"),
        }
        return World({f.name: f.id for f in (a, nord, flat, offer)},
                     {login: _actor(user) for login, user in users.items()})


def results(*, defects: dict[int, str] | None = None, skip: int | None = None,
            not_applicable: tuple[int, ...] = ()) -> list[ItemResult]:
    defects = defects or {}
    out = []
    for position, item in enumerate(DEFAULT_CHECKLIST, start=1):
        if position == skip:
            continue
        result = ("defect" if position in defects else
                  "not_applicable" if position in not_applicable else "ok")
        out.append(ItemResult(position, item["label"], result, defects.get(position)))
    return out


def record(database: Database, actor: Actor, facility_id: int, day: date = TODAY,
           items: list[ItemResult] | None = None, note: str | None = None) -> int:
    with database.write(actor) as session:
        return inspections.record_inspection(session, actor, facility_id, day,
                                             results() if items is None else items, note,
                                             now=NOW)


def counts(database: Database) -> tuple[int, int, int]:
    with database.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (Inspection, InspectionItem, Ticket))


def test_the_checklist_is_the_shared_setting_numbered_from_one(database):
    with database.read() as session:
        items = inspections.checklist(session)
    assert [item.position for item in items] == list(range(1, len(DEFAULT_CHECKLIST) + 1))
    assert items[FIRE_EXITS - 1].label == "Fluchtwege und Notausgänge frei"
    assert items[FIRE_EXITS - 1].safety and items[FIRE_EXITS - 1].category == "fire_safety"
    assert not items[OUTDOOR - 1].safety


def test_a_walk_without_defects_is_kept_with_who_and_when(database, world):
    actor = world.actors["hl_a"]
    inspection_id = record(database, actor, world.facilities["Haus am Bach"],
                           TODAY - timedelta(days=1), results(not_applicable=(PLAYGROUND,)),
                           note="  Alles ruhig.  ")

    with database.read() as session:
        record_ = inspections.inspection_record(session, actor, inspection_id)
        audited = session.scalars(select(AuditEntry.table_name)).all()
    assert record_.performed_by == "Heimleitung A"
    assert record_.performed_on == TODAY - timedelta(days=1)
    assert record_.recorded_at == NOW
    assert record_.facility_name == "Haus am Bach"
    assert record_.note == "Alles ruhig."
    assert record_.defects == 0
    assert len(record_.items) == len(DEFAULT_CHECKLIST)
    assert record_.items[PLAYGROUND - 1].result == "not_applicable"
    assert {"inspections", "inspection_items"} <= set(audited)
    assert counts(database)[2] == 0


def test_each_defect_creates_one_linked_ticket_safety_as_immediate(database, world):
    actor = world.actors["hl_a"]
    facility_id = world.facilities["Haus am Bach"]
    inspection_id = record(database, actor, facility_id, items=results(defects={
        FIRE_EXITS: "Notausgang EG mit Kinderwagen zugestellt.",
        OUTDOOR: "Gehwegplatte am Eingang lose.",
    }))

    with database.read() as session:
        made = {t.category: t for t in session.scalars(select(Ticket))}
        items = {i.position: i for i in session.scalars(select(InspectionItem))}
        first_events = session.scalars(select(TicketEvent).order_by(TicketEvent.id)).all()
    assert set(made) == {"fire_safety", "outdoor"}
    fire, outdoor = made["fire_safety"], made["outdoor"]
    assert fire.title == "Begehung: Fluchtwege und Notausgänge frei"
    assert fire.description == "Notausgang EG mit Kinderwagen zugestellt."
    assert (fire.priority, fire.is_safety_hazard) == ("immediate", True)
    assert fire.secured_due_at is not None
    assert (outdoor.priority, outdoor.is_safety_hazard) == ("normal", False)
    for ticket in (fire, outdoor):
        assert ticket.inspection_id == inspection_id
        assert ticket.facility_id == facility_id
        assert ticket.state == "reported" and ticket.reported_by_id == actor.user_id
    assert items[FIRE_EXITS].ticket_id == fire.id and items[OUTDOOR].ticket_id == outdoor.id
    assert [i.ticket_id for p, i in items.items() if p not in (FIRE_EXITS, OUTDOOR)] == [None] * 8
    assert [(e.kind, e.to_state, e.owner_role) for e in first_events] == [
        ("transition", "reported", "property_service")] * 2

    with database.read() as session:
        record_ = inspections.inspection_record(session, actor, inspection_id)
    assert record_.defects == 2
    assert record_.items[FIRE_EXITS - 1].ticket_state == "reported"


@pytest.mark.parametrize(("items", "expected"), [
    (results(defects={FIRE_EXITS: "zugestellt", 10: "   "}),
     "„Hinweise auf Schädlingsbefall“: bei einem Mangel bitte beschreiben"),
    (results(defects={FIRE_EXITS: "zugestellt"}, skip=PLAYGROUND),
     "„Spielplatz und Spielgeräte“: bitte ein Ergebnis wählen"),
    ([*results(defects={FIRE_EXITS: "zugestellt"})[:-1],
      ItemResult(10, "Hinweise auf Schädlingsbefall", "kaputt")],
     "„Hinweise auf Schädlingsbefall“: bitte ein Ergebnis wählen"),
    ([*results(defects={FIRE_EXITS: "zugestellt"}), ItemResult(11, "Neu", "ok")],
     "Die Checkliste der Begehung wurde inzwischen geändert"),
    ([ItemResult(1, "Anderer Text", "ok"), *results()[1:]],
     "Die Checkliste der Begehung wurde inzwischen geändert"),
    (results(defects={OUTDOOR: "x" * 5001}), "„Außenanlage und Zuwege“: höchstens 5000"),
])
def test_a_bad_item_refuses_the_whole_walk(database, world, items, expected):
    with pytest.raises(DomainError) as raised:
        record(database, world.actors["hl_a"], world.facilities["Haus am Bach"], items=items)
    assert raised.value.message.startswith(expected), raised.value.message
    assert counts(database) == (0, 0, 0)


def test_a_defect_names_the_item_as_field(database, world):
    with pytest.raises(DomainError) as raised:
        record(database, world.actors["hl_a"], world.facilities["Haus am Bach"],
               items=results(defects={OUTDOOR: ""}))
    assert raised.value.field == "Außenanlage und Zuwege"


@pytest.mark.parametrize("login", ["leitung", "os", "sw_a", "admin", "hl_nord"])
def test_only_the_heimleitung_of_the_facility_records(database, world, login):
    with pytest.raises(PermissionDenied) as raised:
        record(database, world.actors[login], world.facilities["Haus am Bach"])
    assert raised.value.message.startswith(
        "Eine Begehung erfassen darf nur die Heimleitung der Unterkunft.")
    assert counts(database) == (0, 0, 0)


@pytest.mark.parametrize(("day", "expected"), [
    (TODAY + timedelta(days=1), "Datum der Begehung: der 16.03.2025 liegt in der Zukunft."),
    (TODAY - timedelta(days=32), "Datum der Begehung: eine Begehung wird spätestens 31 Tage"),
    (None, "Datum der Begehung: bitte angeben."),
])
def test_the_date_is_checked(database, world, day, expected):
    with pytest.raises(DomainError) as raised:
        record(database, world.actors["hl_a"], world.facilities["Haus am Bach"], day)
    assert raised.value.message.startswith(expected)
    assert raised.value.field == "Datum der Begehung"


def test_a_walk_before_the_last_recorded_one_is_refused(database, world):
    actor, facility_id = world.actors["hl_a"], world.facilities["Haus am Bach"]
    record(database, actor, facility_id, TODAY - timedelta(days=3))
    with pytest.raises(DomainError) as raised:  # e.g. two workstations saving the same walk
        record(database, actor, facility_id, TODAY - timedelta(days=3))
    assert "am 12.03.2025 bereits eine Begehung erfasst" in raised.value.message
    with pytest.raises(DomainError) as raised:
        record(database, actor, facility_id, TODAY - timedelta(days=4))
    assert "schon eine spätere Begehung erfasst (am 12.03.2025)" in raised.value.message
    assert counts(database)[0] == 1


def test_private_offers_and_closed_facilities_are_not_walked(database, world):
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        offer = b.facility("Noch ein Angebot", kind="private_offer")
        session.flush()
    actor = Actor(999, "hl_x", "HL X", frozenset({Role.SITE_MANAGER}),
                  frozenset({offer.id, 4242}))
    with pytest.raises(DomainError, match="private Wohnraumangebote werden nicht begangen"):
        record(database, actor, offer.id)
    with pytest.raises(DomainError, match="diese Unterkunft gibt es nicht"):
        record(database, actor, 4242)


def test_overdue_is_computed_for_a_fixed_day(database, world):
    hl_a, hl_nord = world.actors["hl_a"], world.actors["hl_nord"]
    f = world.facilities
    day = TODAY - timedelta(days=10)
    record(database, hl_a, f["Haus am Bach"], day,
           results(defects={OUTDOOR: "Gehwegplatte lose."}))
    record(database, hl_nord, f["Übergangswohnheim Nord"], TODAY - timedelta(days=7))
    with database.write(world.actors["leitung"]) as session:
        inspections.set_interval(session, world.actors["leitung"], f["Haus am Bach"], 14)

    with database.read() as session:
        status = {s.facility_name: s for s in
                  inspections.inspection_status(session, world.actors["leitung"], TODAY)}
        later = {s.facility_name: s for s in inspections.inspection_status(
            session, world.actors["leitung"], TODAY + timedelta(days=6))}
    assert list(status) == ["Wohnung Grandweg", "Übergangswohnheim Nord", "Haus am Bach"]
    never = status["Wohnung Grandweg"]  # never walked: due since today, stands out
    assert (never.last_performed_on, never.next_due_on, never.overdue, never.days_overdue) == (
        None, TODAY, True, 0)
    nord = status["Übergangswohnheim Nord"]  # weekly, due today: not yet overdue
    assert (nord.interval_days, nord.next_due_on, nord.overdue) == (7, TODAY, False)
    bach = status["Haus am Bach"]  # every 14 days
    assert (bach.interval_days, bach.next_due_on, bach.overdue) == (14, day + timedelta(14),
                                                                    False)
    assert bach.open_defects == 1 and bach.last_performed_on == day
    assert bach.last_inspection_id is not None
    assert (later["Übergangswohnheim Nord"].overdue,
            later["Übergangswohnheim Nord"].days_overdue) == (True, 6)
    assert (later["Haus am Bach"].overdue, later["Haus am Bach"].days_overdue) == (True, 2)
    assert not any(s.may_record for s in status.values())


def test_open_defects_count_only_open_tickets_from_inspections(database, world):
    actor, facility_id = world.actors["hl_a"], world.facilities["Haus am Bach"]
    record(database, actor, facility_id, items=results(
        defects={OUTDOOR: "Gehwegplatte lose.", FIRE_EXITS: "Notausgang zugestellt."}))
    with database.write(actor) as session:
        Builder(session).ticket(session.get_one(Facility, facility_id), "Ohne Begehung")
        ticket_id = session.scalars(select(Ticket.id).where(Ticket.category == "outdoor")).one()
        tickets.perform(session, actor, ticket_id, Action.CANCEL,
                        tickets.StepInput(note="Schon erledigt."), now=NOW)
    with database.read() as session:
        [status] = inspections.inspection_status(session, actor, TODAY)
    assert status.open_defects == 1
    assert status.may_record and not status.overdue


def test_each_actor_sees_the_facilities_in_scope(database, world):
    with database.read() as session:
        def names(login: str) -> set[str]:
            return {s.facility_name for s in inspections.inspection_status(
                session, world.actors[login], TODAY)}
        assert names("hl_a") == {"Haus am Bach"}
        assert names("hl_nord") == {"Übergangswohnheim Nord", "Wohnung Grandweg"}
        assert names("os") == names("leitung") == {
            "Haus am Bach", "Übergangswohnheim Nord", "Wohnung Grandweg"}
        nobody = Actor(77, "x", "X", frozenset())
        with pytest.raises(PermissionDenied, match="Keine Berechtigung"):
            inspections.inspection_status(session, nobody, TODAY)


@pytest.mark.parametrize("days", [0, 367, -7, "7", 7.5, True, None])
def test_the_interval_is_validated(database, world, days):
    manager = world.actors["leitung"]
    with pytest.raises(DomainError) as raised, database.write(manager) as session:
        inspections.set_interval(session, manager, world.facilities["Haus am Bach"], days)
    assert raised.value.message == (
        "Begehung alle (Tage): bitte eine ganze Zahl von 1 bis 366 angeben.")
    assert raised.value.field == "Begehung alle (Tage)"


def test_the_interval_is_set_by_a_manager_and_can_change(database, world):
    manager, facility_id = world.actors["leitung"], world.facilities["Wohnung Grandweg"]
    for days in (1, 366, 21):
        with database.write(manager) as session:
            assert inspections.set_interval(session, manager, facility_id, days) == days
    with database.read() as session:
        status = {s.facility_id: s for s in inspections.inspection_status(session, manager)}
    assert status[facility_id].interval_days == 21
    for login in ("hl_nord", "os", "admin"):
        with pytest.raises(PermissionDenied) as raised, \
                database.write(world.actors[login]) as session:
            inspections.set_interval(session, world.actors[login], facility_id, 14)
        assert "„Unterkünfte bearbeiten“ ist Ihrer Rolle" in raised.value.message
    with pytest.raises(DomainError, match="private Wohnraumangebote"), \
            database.write(manager) as session:
        inspections.set_interval(session, manager, world.facilities["Wohnung Privat"], 14)


def test_the_record_and_history_respect_rights(database, world):
    hl_a, facility_id = world.actors["hl_a"], world.facilities["Haus am Bach"]
    first = record(database, hl_a, facility_id, TODAY - timedelta(days=8))
    second = record(database, hl_a, facility_id, TODAY - timedelta(days=1),
                    results(defects={OUTDOOR: "Gehwegplatte lose."}))
    with database.read() as session:
        history = inspections.inspections_of(session, hl_a, facility_id)
        social = inspections.inspection_record(session, world.actors["sw_a"], second)
        with pytest.raises(PermissionDenied):
            inspections.inspection_record(session, world.actors["hl_nord"], second)
        with pytest.raises(PermissionDenied):
            inspections.inspections_of(session, world.actors["hl_nord"], facility_id)
        with pytest.raises(DomainError, match=r"Die Begehung Nr\. 999 gibt es nicht"):
            inspections.inspection_record(session, hl_a, 999)
    assert [(h.id, h.defects, h.performed_by) for h in history] == [
        (second, 1, "Heimleitung A"), (first, 0, "Heimleitung A")]
    # Sozialarbeit sees the walk, but not the state of tickets it may not see
    defect = social.items[OUTDOOR - 1]
    assert defect.ticket_id is not None and defect.ticket_state is None
