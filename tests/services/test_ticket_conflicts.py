"""Two editors, one ticket: a save over a newer version is refused with what changed, on
SQLite and PostgreSQL, with two separate connections as two workstations would have."""

from __future__ import annotations

import threading

import pytest

from soest_desk.db import open_database
from soest_desk.models import Ticket
from soest_desk.services import ticket_views, tickets
from soest_desk.services.ticket_workflow import Action
from soest_desk.services.tickets import NewTicket, StepInput, TicketConflict
from tests.services.ticket_fixtures import make_cast


@pytest.fixture
def two_workstations(db_url):
    first, second = open_database(db_url), open_database(db_url)
    try:
        yield first, second
    finally:
        first.dispose()
        second.dispose()


def test_a_stale_save_is_refused_and_says_what_changed(two_workstations):
    office, depot = two_workstations
    cast = make_cast(office)
    with office.write(cast.site_a) as session:
        ticket_id = tickets.report(session, cast.site_a, NewTicket(
            cast.facility_a, "Tür klemmt", "windows_doors", unit_id=cast.unit_a1))
    with office.read() as session:
        seen_by_site = ticket_views.load_detail(session, cast.site_a, ticket_id)
    with depot.read() as session:
        seen_by_service = ticket_views.load_detail(session, cast.service, ticket_id)

    with depot.write(cast.service) as session:
        tickets.perform(session, cast.service, seen_by_service.ref, Action.ACCEPT,
                        StepInput(assignee_external="Tischlerei Schulte"))
    with pytest.raises(TicketConflict) as refused, office.write(cast.site_a) as session:
        tickets.change_priority(session, cast.site_a, seen_by_site.ref, "urgent", "Zugluft")
    conflict = refused.value
    assert "inzwischen von jemand anderem geändert" in conflict.message
    assert len(conflict.changes) == 1
    assert "Olaf Objekt: Gemeldet → Übernommen (zuständig: Tischlerei Schulte)" in \
        conflict.changes[0]
    with office.read() as session:
        ticket = session.get(Ticket, ticket_id)
        assert (ticket.priority, ticket.state) == ("normal", "accepted")  # nothing overwritten
        reloaded = ticket_views.load_detail(session, cast.site_a, ticket_id)
    with office.write(cast.site_a) as session:  # after reloading, the change goes through
        tickets.change_priority(session, cast.site_a, reloaded.ref, "urgent", "Zugluft")


def test_a_comment_never_conflicts_but_makes_other_views_stale(two_workstations):
    office, depot = two_workstations
    cast = make_cast(office)
    with office.write(cast.site_a) as session:
        ticket_id = tickets.report(session, cast.site_a, NewTicket(
            cast.facility_a, "Licht Flur", "electrical"))
    with depot.read() as session:
        seen = ticket_views.load_detail(session, cast.service, ticket_id)
    with office.write(cast.site_a) as session:
        tickets.comment(session, cast.site_a, ticket_id, "Betrifft auch den 2. Stock")
    with pytest.raises(TicketConflict) as refused, depot.write(cast.service) as session:
        tickets.perform(session, cast.service, seen.ref, Action.QUERY, StepInput(note="Wo?"))
    assert "Kommentar – Betrifft auch den 2. Stock" in refused.value.changes[0]


def test_two_saves_at_the_same_moment_one_wins(two_workstations):
    """Both workstations press "Übernehmen" at once: the first commits, the second waits for
    its lock, then sees the newer version and is refused; the ticket has one accept event."""
    office, depot = two_workstations
    cast = make_cast(office)
    with office.write(cast.site_a) as session:
        ticket_id = tickets.report(session, cast.site_a, NewTicket(
            cast.facility_a, "Wasserhahn tropft", "plumbing"))
    with office.read() as session:
        ref = ticket_views.load_detail(session, cast.service, ticket_id).ref
    inside, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def first() -> None:
        with office.write(cast.service) as session:
            tickets.perform(session, cast.service, ref, Action.ACCEPT,
                            StepInput(assignee_external="Sanitär Becker"))
            inside.set()
            release.wait(10)

    def second() -> None:
        inside.wait(10)
        try:
            with depot.write(cast.service) as session:
                tickets.perform(session, cast.service, ref, Action.ACCEPT,
                                StepInput(assignee_external="Sanitär Kaiser"))
            outcome["second"] = "saved"
        except TicketConflict as exc:
            outcome["second"] = exc

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    inside.wait(10)
    threading.Timer(0.5, release.set).start()  # the second is blocked meanwhile
    for thread in threads:
        thread.join(20)
    assert isinstance(outcome["second"], TicketConflict)
    with office.read() as session:
        detail = ticket_views.load_detail(session, cast.service, ticket_id)
    assert detail.assignee == "Sanitär Becker"
    assert [e.to_state for e in detail.timeline] == ["reported", "accepted"]
