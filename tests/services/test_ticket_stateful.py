"""Random sequences of actions by random roles against the real service and database.

After every step, for every ticket: an open state has exactly one owner and a final state
none; a final state stays final; the events only grow and are never changed; a closed ticket
was resolved first; the deadline never moves later unless somebody changed the priority;
the state is the last transition's target; a refused action changed nothing.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from soest_desk import migrate
from soest_desk.db import open_database
from soest_desk.models import Ticket, TicketEvent
from soest_desk.models.enums import FINAL_TICKET_STATES, TicketState
from soest_desk.services import listing, ticket_costs, ticket_rules, tickets
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Permission
from soest_desk.services.ticket_workflow import TRANSITIONS, Action, may_take
from soest_desk.services.tickets import NewTicket, StepInput
from tests.conftest import empty_postgres
from tests.services.ticket_fixtures import make_cast

ACTORS = ("site_a", "site_b", "service", "manager", "social")
# who holds an open ticket in "Bei mir am Zug": the owner role, the Heimleitung of its facility
OWNER_CAST = {"property_service": {"service"}, "site_manager": {"site_a", "site_b"}}
LIKELY_ACTORS = ("service", "service", "site_a", "site_a", "site_b", "manager", "social")
MAX_TICKETS = 4
NOTES = st.sampled_from(["", "Bitte prüfen", "„Zugang“ – ab 8 Uhr"])
PRIORITIES = ("immediate", "urgent", "normal", "low")
START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
FINAL = {state.value for state in FINAL_TICKET_STATES}


def _step_input(draw_note: str, action: Action, caretaker: int, duplicate: int | None,
                today: date) -> StepInput:
    if action is Action.ACCEPT:
        return StepInput(note=draw_note, assignee_user_id=caretaker)
    if action is Action.WAIT:  # the note drawn also picks the reason
        reason = {"": "material", "Bitte prüfen": "contractor"}.get(draw_note, "access")
        return StepInput(note=draw_note, waiting_reason=reason,
                         waiting_until=today + timedelta(days=2))
    if action is Action.CANCEL and duplicate is not None:
        return StepInput(duplicate_of_id=duplicate)
    return StepInput(note=draw_note)


class TicketMachine(RuleBasedStateMachine):
    url: str = ""  # set by the test before running
    tickets = Bundle("tickets")

    def __init__(self) -> None:
        super().__init__()
        self.database = open_database(self.url)
        self.cast = make_cast(self.database)
        self.actors = self.cast.by_name()
        self.now = START
        self.seen_events: dict[int, list[tuple]] = {}
        self.seen: dict[int, Ticket] = {}
        self.priority_events: dict[int, int] = {}

    def teardown(self) -> None:
        self.database.dispose()
        TicketMachine.reset(self.url)

    @staticmethod
    def reset(url: str) -> None:
        if url.startswith("postgresql"):
            empty_postgres(url)

    def _tick(self) -> datetime:
        self.now += timedelta(minutes=37)
        return self.now

    def _snapshot(self) -> dict[int, tuple]:
        with self.database.read() as session:
            rows = session.scalars(select(Ticket).order_by(Ticket.id)).all()
            return {t.id: (t.version_id, t.state, t.due_at, t.priority, t.waiting_until)
                    for t in rows}

    def _attempt(self, call) -> bool:
        """Run `call`; if it is refused, check that nothing changed."""
        before = self._snapshot()
        try:
            call()
        except DomainError as refused:
            assert refused.message and "Traceback" not in refused.message
            assert self._snapshot() == before
            return False
        return True

    # ------------------------------------------------------------ rules

    @initialize(target=tickets, priority=st.sampled_from(PRIORITIES))
    def first_report(self, priority):
        return self.report("site_a", priority, in_b=False)

    @precondition(lambda self: len(self.seen) < MAX_TICKETS)
    @rule(target=tickets, who=st.sampled_from(ACTORS), priority=st.sampled_from(PRIORITIES),
          in_b=st.booleans())
    def report(self, who, priority, in_b):
        actor = self.actors[who]
        facility = self.cast.facility_b if in_b else self.cast.facility_a
        created: list[int] = []

        def call() -> None:
            with self.database.write(actor) as session:
                created.append(tickets.report(session, actor, NewTicket(
                    facility, f"Mangel {priority}", "other", priority=priority),
                    now=self._tick()))
        allowed = self._attempt(call)
        may = who == "service" or (who == "site_a" and not in_b) or (who == "site_b" and in_b)
        assert allowed == may
        return created[0] if created else -1

    @rule(ticket=tickets, who=st.sampled_from(ACTORS), action=st.sampled_from(list(Action)),
          note=NOTES, duplicate_of=st.one_of(st.none(), tickets))
    def act(self, ticket, who, action, note, duplicate_of):
        """Any action by anybody: mostly refused, and a refusal must change nothing."""
        self._act(ticket, who, action, note, duplicate_of)

    # hypothesis picks rules evenly: two rules that move a ticket along its workflow make
    # tickets travel the whole way (query, waiting, rework, closing) within a run
    @rule(ticket=tickets, who=st.sampled_from(LIKELY_ACTORS), pick=st.integers(0, 19),
          note=NOTES)
    def advance(self, ticket, who, pick, note):
        self._advance(ticket, who, pick, note)

    @rule(ticket=tickets, walk=st.lists(st.tuples(st.sampled_from(LIKELY_ACTORS),
                                                 st.integers(0, 19), NOTES),
                                       min_size=3, max_size=14))
    def walk(self, ticket, walk):
        """Several steps on one ticket, checking the invariants after each."""
        for who, pick, note in walk:
            self._advance(ticket, who, pick, note)
            self.every_ticket_keeps_the_rules()

    def _advance(self, ticket, who, pick, note):
        """An action the ticket's state allows, by a likely (not always permitted) actor."""
        if ticket < 0:
            return
        with self.database.read() as session:
            row = session.get(Ticket, ticket)
            state, facility, reason = row.state, row.facility_id, row.waiting_reason
        possible = [a for a in Action if TicketState(state) in TRANSITIONS[a].sources
                    and (a is not Action.CANCEL or pick == 0)]  # cancelling ends the walk
        if not possible:
            return
        action = possible[(pick // 2) % len(possible)]
        if pick % 2 == 0:  # half the time somebody who may, to get further
            allowed = [name for name in ACTORS
                       if may_take(self.actors[name], action, state, facility, reason)]
            who = allowed[0] if allowed else who
        self._act(ticket, who, action, note or "erledigt", None)

    def _act(self, ticket, who, action, note, duplicate_of):
        if ticket < 0:
            return
        actor = self.actors[who]
        with self.database.read() as session:
            row = session.get(Ticket, ticket)
            state, facility, reason = row.state, row.facility_id, row.waiting_reason
        expected = may_take(actor, action, state, facility, reason)
        step = _step_input(note, action, self.cast.caretaker_id,
                           duplicate_of if duplicate_of and duplicate_of > 0 else None,
                           self.now.date())

        def call() -> None:
            with self.database.write(actor) as session:
                if action is Action.RESOLVE and note:
                    ticket_costs.resolve(session, actor, ticket, note, [
                        ticket_costs.CostInput("material", amount_eur="19,99")],
                        now=self._tick())
                else:
                    tickets.perform(session, actor, ticket, action, step, now=self._tick())
        done = self._attempt(call)
        if done:
            assert expected, f"{who} took {action} on a {state} ticket"

    @rule(ticket=tickets, who=st.sampled_from(ACTORS), priority=st.sampled_from(PRIORITIES))
    def reprioritise(self, ticket, who, priority):
        if ticket < 0:
            return
        actor = self.actors[who]

        def call() -> None:
            with self.database.write(actor) as session:
                tickets.change_priority(session, actor, ticket, priority, "neu bewertet",
                                        now=self._tick())
        if self._attempt(call):
            self.priority_events[ticket] = self.priority_events.get(ticket, 0) + 1

    @rule(ticket=tickets, who=st.sampled_from(ACTORS))
    def secure(self, ticket, who):
        if ticket < 0:
            return
        actor = self.actors[who]

        def call() -> None:
            with self.database.write(actor) as session:
                tickets.secure(session, actor, ticket, "abgesperrt", now=self._tick())
        self._attempt(call)

    @rule(days=st.integers(min_value=1, max_value=4))
    def time_passes(self, days):
        self.now += timedelta(days=days)

    # ------------------------------------------------------------ invariants

    @invariant()
    def every_ticket_keeps_the_rules(self):
        with self.database.read() as session:
            rows = session.scalars(select(Ticket).order_by(Ticket.id)).all()
            events = session.execute(
                select(TicketEvent.ticket_id, TicketEvent.id, TicketEvent.kind,
                       TicketEvent.from_state, TicketEvent.to_state, TicketEvent.at,
                       TicketEvent.note).order_by(TicketEvent.id)).all()
            last_owner = dict(session.execute(
                select(TicketEvent.ticket_id, TicketEvent.owner_role)
                .where(TicketEvent.id.in_(select(func.max(TicketEvent.id))
                                          .group_by(TicketEvent.ticket_id)))).all())
            mine = {name: {row.id for row in listing.fetch_page(
                session, actor, "tickets", filters={"queue": "mine"}, now=self.now,
                limit=1000).rows} for name, actor in self.actors.items()
                if actor.can(Permission.VIEW_TICKETS)}
        by_ticket: dict[int, list[tuple]] = {}
        for event in events:
            by_ticket.setdefault(event[0], []).append(tuple(event[1:]))
        for ticket in rows:
            history = by_ticket[ticket.id]
            owner = ticket_rules.whose_move(ticket.state, ticket.waiting_reason)
            if ticket.state in FINAL:
                assert owner is None and ticket.closed_at is not None
            else:
                assert owner is not None and ticket.closed_at is None
            transitions = [e for e in history if e[1] == "transition"]
            assert transitions[0][2] is None and transitions[0][3] == "reported"
            assert transitions[-1][3] == ticket.state
            for previous, current in pairwise(transitions):
                assert current[2] == previous[3]  # each step starts where the last ended
            if ticket.state == TicketState.CLOSED.value:
                assert transitions[-1][2] == "resolved"
                assert any(e[3] == "resolved" for e in transitions)
            assert (ticket.state == "waiting") == (ticket.waiting_until is not None)
            old = self.seen.get(ticket.id)
            if old is not None:
                if old.state in FINAL:
                    assert ticket.state == old.state, "a final state stayed final"
                old_history = self.seen_events[ticket.id]
                assert history[:len(old_history)] == old_history, "events only grow"
                priority_changed = any(e[1] == "priority" for e in history[len(old_history):])
                if not priority_changed:
                    assert ticket.due_at <= old.due_at, "the deadline never moves later"
            self.seen_events[ticket.id] = history
            self.seen[ticket.id] = Ticket(state=ticket.state, due_at=ticket.due_at)
            assert last_owner[ticket.id] == (owner.value if owner else None)
            holders = [name for name, ids in mine.items() if ticket.id in ids]
            resting = (ticket.state == "waiting" and ticket.waiting_reason != "access"
                       and ticket.waiting_until > self.now.date())
            expected = 0 if ticket.state in FINAL or resting else 1
            assert len(holders) == expected, (ticket.state, holders)
            if holders:
                assert owner is not None and holders[0] in OWNER_CAST[owner.value]


def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stateful") / "template.sqlite"
    database = open_database(f"sqlite:///{path}", create=True)
    migrate.upgrade(database)
    database.dispose()
    return path


def test_random_workflows_on_sqlite(tmp_path_factory):
    template = _template(tmp_path_factory)
    work = template.with_name("work.sqlite")

    class OnSqlite(TicketMachine):
        url = f"sqlite:///{work}"

        def __init__(self) -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)
            shutil.copy(template, work)
            super().__init__()

        @staticmethod
        def reset(url: str) -> None:
            pass

    run_state_machine_as_test(OnSqlite, settings=settings(
        max_examples=25, stateful_step_count=30, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow]))


def test_random_workflows_on_postgresql(pg_url):
    class OnPostgres(TicketMachine):
        url = pg_url

    try:
        run_state_machine_as_test(OnPostgres, settings=settings(
            max_examples=5, stateful_step_count=20, deadline=None, database=None,
            suppress_health_check=[HealthCheck.too_slow]))
    finally:
        empty_postgres(pg_url)
