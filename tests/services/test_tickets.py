"""The ticket workflow service on SQLite and PostgreSQL: steps, roles, deadlines, refusals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from soest_desk.models import AuditEntry, CostEntry, Ticket, TicketEvent
from soest_desk.services import listing, shared_settings, ticket_costs, ticket_views, tickets
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.services.ticket_workflow import Action
from soest_desk.services.tickets import NewTicket, StepInput
from tests.services.ticket_fixtures import Cast, make_cast

# Monday 16 November 2026, 09:00 in Soest
MONDAY = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


@pytest.fixture
def cast(database) -> Cast:
    return make_cast(database)


def _report(database, cast, *, priority="normal", now=MONDAY) -> int:
    with database.write(cast.site_a) as session:
        return tickets.report(session, cast.site_a, NewTicket(
            facility_id=cast.facility_a, unit_id=cast.unit_a1, title="Heizung kalt",
            category="heating", priority=priority), now=now)


def _do(database, actor, ticket_id, action, now=MONDAY, **step):
    with database.write(actor) as session:
        tickets.perform(session, actor, ticket_id, action, StepInput(**step), now=now)


def _ticket(database, ticket_id) -> Ticket:
    with database.read() as session:
        ticket = session.get(Ticket, ticket_id)
        session.expunge(ticket)
        return ticket


def _events(database, ticket_id) -> list[tuple]:
    with database.read() as session:
        return [tuple(row) for row in session.execute(
            select(TicketEvent.kind, TicketEvent.from_state, TicketEvent.to_state,
                   TicketEvent.owner_role, TicketEvent.actor_id)
            .where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id))]


def _mine(database, actor, now=MONDAY) -> int:
    with database.read() as session:
        return listing.count(session, actor, "tickets", filters={"queue": "mine"}, now=now,
                             today=now.date())


def test_a_report_is_the_property_services_move_with_a_deadline(database, cast):
    ticket_id = _report(database, cast)
    ticket = _ticket(database, ticket_id)
    assert ticket.state == "reported"
    # normal: 10 working days after Monday 16.11. -> Monday 30.11., end of day in Soest
    assert ticket.due_at == datetime(2026, 11, 30, 22, 59, 59, 999999, tzinfo=UTC)
    assert _events(database, ticket_id) == [
        ("transition", None, "reported", "property_service", cast.site_a.user_id)]
    assert _mine(database, cast.service) == 1
    assert _mine(database, cast.site_a) == 0


def test_the_whole_handover_with_rework(database, cast):
    t = _report(database, cast)
    _do(database, cast.service, t, Action.QUERY, note="Welches Zimmer genau?")
    assert (_mine(database, cast.site_a), _mine(database, cast.service)) == (1, 0)
    _do(database, cast.site_a, t, Action.ANSWER, note="Zimmer A-101, Fenster links")
    _do(database, cast.service, t, Action.ACCEPT, assignee_user_id=cast.caretaker_id)
    _do(database, cast.service, t, Action.START)
    _do(database, cast.service, t, Action.WAIT, waiting_reason="access",
        waiting_until=date(2026, 11, 16))
    assert (_mine(database, cast.site_a), _mine(database, cast.service)) == (1, 0)
    _do(database, cast.site_a, t, Action.RESUME, note="Zugang ab 8 Uhr")
    with database.write(cast.service) as session:
        ticket_costs.resolve(session, cast.service, t, "Ventil getauscht", [
            ticket_costs.CostInput("labour", hours="1,5", hourly_rate_eur="48"),
            ticket_costs.CostInput("material", amount_eur="12,90", description="Ventil"),
        ], now=MONDAY)
    _do(database, cast.site_a, t, Action.REJECT, note="Immer noch kalt")
    assert (_mine(database, cast.site_a), _mine(database, cast.service)) == (0, 1)
    _do(database, cast.service, t, Action.START)
    _do(database, cast.service, t, Action.RESOLVE, note="Thermostat ersetzt")
    _do(database, cast.site_a, t, Action.CONFIRM)
    ticket = _ticket(database, t)
    assert ticket.state == "closed" and ticket.closed_at is not None
    with database.read() as session:
        detail = ticket_views.load_detail(session, cast.site_a, t, now=MONDAY)
    assert detail.rework_count == 1
    assert detail.total_cost == Decimal("84.90")  # 1.5 h x 48 EUR + 12.90 EUR
    assert detail.owner is None and detail.actions == []
    assert [e.to_state for e in detail.timeline if e.kind == "transition"] == [
        "reported", "query", "reported", "accepted", "in_progress", "waiting", "in_progress",
        "resolved", "accepted", "in_progress", "resolved", "closed"]
    assert "Erledigt gemeldet → Übernommen (Nacharbeit)" in detail.timeline[-4].text
    assert (_mine(database, cast.site_a), _mine(database, cast.service)) == (0, 0)


@pytest.mark.parametrize(("who", "action", "state_before", "message"), [
    ("site_a", Action.ACCEPT, "reported", "darf nur der Objektservice"),
    ("service", Action.ANSWER, "query", "darf nur die Heimleitung"),
    ("site_b", Action.CONFIRM, "resolved", "Keine Berechtigung für diese Unterkunft"),
    ("manager", Action.CONFIRM, "resolved", "darf nur die Heimleitung"),
    ("social", Action.QUERY, "reported", "Mängelmeldungen ansehen"),
])
def test_a_step_by_the_wrong_role_changes_nothing(database, cast, who, action, state_before,
                                                  message):
    t = _report(database, cast)
    path = {"query": [(cast.service, Action.QUERY, {"note": "?"})],
            "resolved": [(cast.service, Action.ACCEPT, {"assignee_external": "Firma X"}),
                         (cast.service, Action.START, {}),
                         (cast.service, Action.RESOLVE, {"note": "fertig"})]}
    for actor, step, extra in path.get(state_before, []):
        _do(database, actor, t, step, **extra)
    before = (_ticket(database, t).version_id, _events(database, t))
    actor = cast.by_name()[who]
    with pytest.raises(PermissionDenied, match=message):
        _do(database, actor, t, action, note="x", assignee_external="Firma X")
    assert (_ticket(database, t).version_id, _events(database, t)) == before
    assert _ticket(database, t).state == state_before


def test_an_illegal_transition_is_refused_in_german(database, cast):
    t = _report(database, cast)
    with pytest.raises(DomainError, match="„Abnehmen“ ist bei einer Meldung im Status "
                                          "„Gemeldet“ nicht möglich"):
        _do(database, cast.site_a, t, Action.CONFIRM)
    _do(database, cast.service, t, Action.CANCEL, note="kein Mangel")
    for action in (Action.ACCEPT, Action.CANCEL, Action.QUERY):
        with pytest.raises(DomainError, match="Storniert"):
            _do(database, cast.service, t, action, note="x", assignee_external="F")


def test_required_inputs_are_named(database, cast):
    t = _report(database, cast)
    with pytest.raises(DomainError, match="Rückfrage: bitte ausfüllen"):
        _do(database, cast.service, t, Action.QUERY, note="   ")
    with pytest.raises(DomainError, match="Zuständig: bitte genau eine"):
        _do(database, cast.service, t, Action.ACCEPT)
    with pytest.raises(DomainError, match=r"nicht .*zum Objektservice"):
        _do(database, cast.service, t, Action.ACCEPT, assignee_user_id=cast.site_a.user_id)
    _do(database, cast.service, t, Action.ACCEPT, assignee_external="Firma X")
    _do(database, cast.service, t, Action.START)
    with pytest.raises(DomainError, match="Wartet bis: bitte ein Datum"):
        _do(database, cast.service, t, Action.WAIT, waiting_reason="material")
    with pytest.raises(DomainError, match="Wartet bis: das Datum liegt in der Vergangenheit"):
        _do(database, cast.service, t, Action.WAIT, waiting_reason="material",
            waiting_until=date(2026, 11, 1))
    with pytest.raises(DomainError, match="Wartet auf: bitte einen Wert"):
        _do(database, cast.service, t, Action.WAIT, waiting_reason="wetter",
            waiting_until=date(2026, 11, 20))
    with pytest.raises(DomainError, match="Erledigte Arbeiten: bitte ausfüllen"):
        _do(database, cast.service, t, Action.RESOLVE)
    with database.write(cast.service) as session, pytest.raises(DomainError, match="Stunden"):
        ticket_costs.resolve(session, cast.service, t, "fertig",
                             [ticket_costs.CostInput("labour", hours="zwei", hourly_rate_eur="40")],
                             now=MONDAY)
    assert _ticket(database, t).state == "in_progress"  # the bad cost row stopped it all
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(CostEntry)) == 0


@pytest.mark.parametrize(("who", "facility", "title", "unit", "error", "message"), [
    ("site_a", None, "x", None, DomainError, "Unterkunft: bitte eine Unterkunft wählen"),
    ("site_a", "a", " ", None, DomainError, "Titel: bitte ausfüllen"),
    ("site_b", "a", "x", None, PermissionDenied, "für diese Unterkunft"),
    ("site_b", "b", "x", "a1", DomainError, "Wohneinheit: gehört nicht"),
    ("manager", "a", "x", None, PermissionDenied, "Mängel melden"),
])
def test_bad_reports_are_refused(database, cast, who, facility, title, unit, error, message):
    actor = cast.by_name()[who]
    facility_id = {"a": cast.facility_a, "b": cast.facility_b}.get(facility)
    unit_id = cast.unit_a1 if unit else None
    with pytest.raises(error, match=message), database.write(actor) as session:
        tickets.report(session, actor, NewTicket(facility_id, title, "heating", unit_id=unit_id))
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 0


def test_a_safety_hazard_must_be_secured_within_hours(database, cast):
    t = _report(database, cast, priority="immediate")
    ticket = _ticket(database, t)
    assert ticket.is_safety_hazard
    assert ticket.secured_due_at == MONDAY + timedelta(hours=4)
    later = MONDAY + timedelta(hours=5)
    with database.read() as session:
        detail = ticket_views.load_detail(session, cast.service, t, now=later)
        assert detail.secure_overdue and detail.may_secure
        assert listing.count(session, cast.service, "tickets", filters={"queue": "overdue"},
                             now=later) == 1
        assert listing.count(session, cast.service, "tickets", filters={"queue": "safety"}) == 1
    with database.write(cast.site_a) as session:
        tickets.secure(session, cast.site_a, t, "Bereich abgesperrt", now=later)
    with database.write(cast.site_a) as session, pytest.raises(DomainError, match="bereits"):
        tickets.secure(session, cast.site_a, t, "nochmal", now=later)
    with database.read() as session:
        detail = ticket_views.load_detail(session, cast.service, t, now=later)
        assert not detail.secure_overdue and detail.secured_at == later
    normal = _report(database, cast)
    with database.write(cast.site_a) as session, pytest.raises(DomainError, match="nur eine "
                                                                                  "Gefahrenstelle"):
        tickets.secure(session, cast.site_a, normal, "x")


def test_deadlines_follow_priority_and_working_days(database, cast):
    friday = datetime(2026, 12, 18, 15, 0, tzinfo=UTC)  # before Christmas
    t = _report(database, cast, priority="urgent", now=friday)
    # 3 working days: Mon 21., Tue 22., Wed 23.12.
    assert _ticket(database, t).due_at.date() == date(2026, 12, 23)
    with database.write(cast.service) as session:
        tickets.change_priority(session, cast.service, t, "low", "kein Notfall", now=friday)
    # 30 working days from 18.12.: 24. and 31.12. count, 25.12. and 1.1. are holidays
    assert _ticket(database, t).due_at.date() == date(2027, 2, 2)
    with database.write(cast.service) as session, pytest.raises(DomainError, match="bereits"):
        tickets.change_priority(session, cast.service, t, "low", "x", now=friday)
    # accepting may promise an earlier day, never a later one
    with pytest.raises(DomainError, match="verlängert sie nicht"):
        _do(database, cast.service, t, Action.ACCEPT, now=friday, assignee_external="F",
            due_on=date(2027, 3, 1))
    _do(database, cast.service, t, Action.ACCEPT, now=friday, assignee_external="F",
        due_on=date(2027, 1, 8))
    assert _ticket(database, t).due_at.date() == date(2027, 1, 8)


def test_the_deadline_setting_is_used_and_validated(database, cast):
    admin = SYSTEM_ACTOR
    with database.write(admin) as session, pytest.raises(DomainError, match="Frist"):
        shared_settings.put(session, admin, "ticket_deadline_working_days", {"normal": 5})
    with database.write(admin) as session:
        shared_settings.put(session, admin, "ticket_deadline_working_days",
                            {"immediate": 0, "urgent": 1, "normal": 2, "low": 5})
    t = _report(database, cast)
    assert _ticket(database, t).due_at.date() == date(2026, 11, 18)
    with database.read() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "app_settings")).all()
    assert entries, "changing a shared setting is audited"


def test_a_duplicate_links_the_first_report(database, cast):
    first = _report(database, cast)
    second = _report(database, cast)
    third = _report(database, cast)
    _do(database, cast.service, second, Action.CANCEL, duplicate_of_id=first)
    _do(database, cast.site_a, third, Action.CANCEL, duplicate_of_id=second)
    assert _ticket(database, third).duplicate_of_id == first  # the chain is followed
    with pytest.raises(DomainError, match="Duplikat ihrer selbst"):
        _do(database, cast.service, first, Action.CANCEL, duplicate_of_id=first)
    with database.write(cast.site_b) as session:
        other = tickets.report(session, cast.site_b, NewTicket(cast.facility_b, "x", "other"))
    with pytest.raises(DomainError, match="anderen Unterkunft"):
        _do(database, cast.service, other, Action.CANCEL, duplicate_of_id=first)
    with database.read() as session:
        detail = ticket_views.load_detail(session, cast.service, third)
    assert f"doppelt zu #{first}" in detail.timeline[-1].text


def test_waiting_comes_back_on_its_date(database, cast):
    t = _report(database, cast)
    _do(database, cast.service, t, Action.ACCEPT, assignee_external="F")
    _do(database, cast.service, t, Action.START)
    _do(database, cast.service, t, Action.WAIT, waiting_reason="material",
        waiting_until=date(2026, 11, 20))
    assert _mine(database, cast.service, now=MONDAY) == 0
    assert _mine(database, cast.service, now=MONDAY + timedelta(days=3)) == 0
    assert _mine(database, cast.service, now=MONDAY + timedelta(days=4)) == 1  # Friday 20.


def test_repeats_within_the_window_are_flagged(database, cast):
    first = _report(database, cast, now=MONDAY - timedelta(days=50))
    second = _report(database, cast, now=MONDAY)
    far = _report(database, cast, now=MONDAY + timedelta(days=200))
    with database.write(cast.site_a) as session:  # none of these is a repeat
        for unit, category in ((cast.unit_a2, "heating"), (cast.unit_a1, "plumbing"),
                               (None, "heating")):
            tickets.report(session, cast.site_a, NewTicket(
                cast.facility_a, "Heizung", category, unit_id=unit), now=MONDAY)
        duplicate = tickets.report(session, cast.site_a, NewTicket(
            cast.facility_a, "Heizung", "heating", unit_id=cast.unit_a1), now=MONDAY)
    _do(database, cast.service, duplicate, Action.CANCEL, duplicate_of_id=second)
    with database.read() as session:
        assert ticket_views.load_detail(session, cast.service, second).repeat_ticket_ids == [
            first]
        assert ticket_views.load_detail(session, cast.service, far).repeat_ticket_ids == []
        assert listing.count(session, cast.service, "tickets",
                             filters={"queue": "repeats"}) == 2


def test_a_comment_and_an_edit_are_events(database, cast):
    t = _report(database, cast)
    with database.write(cast.service) as session:
        tickets.comment(session, cast.service, t, "Bewohner*innen informiert")
        tickets.edit(session, cast.service, t, {"title": "Heizung A-101 kalt",
                                                "unit_id": cast.unit_a2})
    with database.read() as session:
        detail = ticket_views.load_detail(session, cast.site_a, t)
    assert detail.title == "Heizung A-101 kalt" and detail.unit == "A-102"
    assert "Kommentar – Bewohner*innen informiert" in detail.timeline[1].text
    assert "Geändert: Titel, Wohneinheit" in detail.timeline[2].text
    with database.write(cast.manager) as session, pytest.raises(PermissionDenied):
        tickets.comment(session, cast.manager, t, "Leitung war hier")


def test_events_can_not_be_edited_even_with_sql(database, cast):
    t = _report(database, cast)
    with pytest.raises(Exception, match="nie geändert"), database.engine.begin() as connection:
        connection.execute(text("UPDATE ticket_events SET note = 'x' WHERE ticket_id = :t"),
                           {"t": t})
    assert _events(database, t)[0][0] == "transition"


def test_the_time_per_state_comes_from_the_events(database, cast):
    t = _report(database, cast)
    _do(database, cast.service, t, Action.QUERY, now=MONDAY + timedelta(hours=2), note="?")
    _do(database, cast.site_a, t, Action.ANSWER, now=MONDAY + timedelta(hours=5), note="!")
    with database.read() as session:
        detail = ticket_views.load_detail(session, cast.service, t,
                                          now=MONDAY + timedelta(hours=6))
    assert detail.time_in_state == {"reported": timedelta(hours=3), "query": timedelta(hours=3)}
    assert detail.time_by_owner == {"property_service": timedelta(hours=3),
                                    "site_manager": timedelta(hours=3)}


def test_removing_a_user_keeps_the_history_without_the_name(database, cast):
    """The one change the event trigger lets through: the database's own SET NULL."""
    t = _report(database, cast)
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM user_roles WHERE user_id = :u"),
                           {"u": cast.site_a.user_id})
        connection.execute(text("DELETE FROM user_facilities WHERE user_id = :u"),
                           {"u": cast.site_a.user_id})
        connection.execute(text("UPDATE tickets SET reported_by_id = NULL"))
        connection.execute(text("DELETE FROM users WHERE id = :u"), {"u": cast.site_a.user_id})
    assert _events(database, t) == [("transition", None, "reported", "property_service", None)]
    with pytest.raises(Exception, match="nie geändert"), database.engine.begin() as connection:
        connection.execute(text("UPDATE ticket_events SET actor_id = NULL, note = 'x'"))
