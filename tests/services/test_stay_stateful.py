"""Random sequences of move-ins, move-outs, transfers and blocked places, back-dated or not,
against the real services and database.

After every step: on every day, no unit holds more people than its places minus the blocked
ones unless a stay present that day was allowed by an audited over-allocation decision; no
person has two stays at once; every stay ends after it begins; a refused step changed
nothing.
"""

from __future__ import annotations

import itertools
import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import func, select

from soest_desk import migrate
from soest_desk.db import open_database
from soest_desk.models import (
    AuditEntry,
    Facility,
    Household,
    OverAllocation,
    Person,
    PlaceBlock,
    Stay,
    Unit,
)
from soest_desk.services import occupancy, stays
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.services.stays import Placement
from tests.conftest import empty_postgres

START = date(2025, 1, 1)
DAYS = 40
TODAY = START + timedelta(days=DAYS // 2)
PEOPLE = 9
UNIT_PLACES = (1, 2, 3)
OFFSETS = st.integers(0, DAYS - 1)
REASONS = st.sampled_from(["own_flat", "redistribution", "return"])
OVERRIDE = st.sampled_from([None, None, None, "Notaufnahme, Verlegung folgt"])


class StayMachine(RuleBasedStateMachine):
    url: str = ""

    def __init__(self) -> None:
        super().__init__()
        self.database = open_database(self.url)
        with self.database.write() as session:
            facility = Facility(kind="shared_accommodation", name="Zufallshaus",
                                street="Weg 1", postal_code="59494", city="Soest")
            session.add(facility)
            session.flush()
            units = [Unit(facility_id=facility.id, label=f"Z{n}", places=places,
                          area_m2=Decimal("40"), occupancy_type="mixed")
                     for n, places in enumerate(UNIT_PLACES)]
            pair = Household(label="Paar")
            session.add_all([*units, pair])
            session.flush()
            people = [Person(family_name="Zufall", given_names=f"P{n}",
                             household_id=pair.id if n < 2 else None,
                             household_role=("head", "partner")[n] if n < 2 else None)
                      for n in range(PEOPLE)]
            session.add_all(people)
            session.flush()
            self.units = [u.id for u in units]
            self.people = [p.id for p in people]

    def teardown(self) -> None:
        self.database.dispose()
        StayMachine.reset(self.url)

    @staticmethod
    def reset(url: str) -> None:
        if url.startswith("postgresql"):
            empty_postgres(url)

    def _snapshot(self) -> tuple:
        with self.database.read() as session:
            rows = session.execute(select(Stay.id, Stay.person_id, Stay.unit_id,
                                          Stay.start_date, Stay.end_date).order_by(Stay.id))
            blocks = session.execute(select(PlaceBlock.id, PlaceBlock.end_date))
            return tuple(rows.all()), tuple(blocks.all())

    def _attempt(self, job) -> None:
        before = self._snapshot()
        try:
            with self.database.write(SYSTEM_ACTOR) as session:
                job(session)
        except DomainError as refused:
            assert refused.message
            assert self._snapshot() == before

    # ------------------------------------------------------------ rules

    @rule(people=st.lists(st.integers(0, PEOPLE - 1), min_size=1, max_size=3, unique=True),
          unit=st.integers(0, len(UNIT_PLACES) - 1), start=OFFSETS,
          length=st.one_of(st.none(), st.integers(1, 20)), override=OVERRIDE,
          split=st.booleans())
    def move_in(self, people, unit, start, length, override, split):
        day = START + timedelta(days=start)
        end = None if length is None else day + timedelta(days=length)
        placements = [Placement(self.people[p], self.units[unit]) for p in people]
        self._attempt(lambda s: stays.move_in(
            s, SYSTEM_ACTOR, placements, day, end=end,
            end_reason=None if end is None else "own_flat", override_reason=override,
            split_on_purpose=split, today=TODAY))

    @rule(people=st.lists(st.integers(0, PEOPLE - 1), min_size=1, max_size=3, unique=True),
          on=OFFSETS, reason=REASONS, split=st.booleans())
    def move_out(self, people, on, reason, split):
        ids = [self.people[p] for p in people]
        self._attempt(lambda s: stays.move_out(
            s, SYSTEM_ACTOR, ids, START + timedelta(days=on), reason, split_on_purpose=split,
            today=TODAY))

    @rule(data=st.data(), unit=st.integers(0, len(UNIT_PLACES) - 1), override=OVERRIDE,
          split=st.booleans())
    def transfer(self, data, unit, override, split):
        """Somebody who lives somewhere moves, on a day within their stay."""
        with self.database.read() as session:
            current = session.execute(select(Stay.person_id, Stay.start_date, Stay.end_date)
                                      .order_by(Stay.id)).all()
        if not current:
            return
        person_id, start, end = data.draw(st.sampled_from(current))
        last = min(end or START + timedelta(days=DAYS), START + timedelta(days=DAYS))
        if (last - start).days < 2:
            return
        on = start + timedelta(days=data.draw(st.integers(1, (last - start).days - 1)))
        self._attempt(lambda s: stays.transfer(
            s, SYSTEM_ACTOR, [Placement(person_id, self.units[unit])], on,
            override_reason=override, split_on_purpose=split, today=TODAY))

    @rule(unit=st.integers(0, len(UNIT_PLACES) - 1), start=OFFSETS, length=st.integers(1, 10))
    def block(self, unit, start, length):
        day, places = START + timedelta(days=start), 1
        end = day + timedelta(days=length)
        self._attempt(lambda s: occupancy.block_places(
            s, SYSTEM_ACTOR, self.units[unit], places, day, end, "mould"))

    # ------------------------------------------------------------ invariants

    @invariant()
    def never_over_places_without_an_audited_decision(self):
        with self.database.read() as session:
            all_stays = session.scalars(select(Stay)).all()
            blocks = session.scalars(select(PlaceBlock)).all()
            places = dict(session.execute(select(Unit.id, Unit.places)).all())
            decisions = set(session.scalars(select(OverAllocation.id)))
            audited = set(session.scalars(select(AuditEntry.row_id).where(
                AuditEntry.table_name == "over_allocations")))
        assert decisions <= audited
        for offset in range(-1, DAYS + 25):
            day = START + timedelta(days=offset)
            for unit_id, unit_places in places.items():
                present = [s for s in all_stays if s.unit_id == unit_id
                           and s.start_date <= day and (s.end_date is None or s.end_date > day)]
                blocked = sum(b.places for b in blocks if b.unit_id == unit_id
                              and b.start_date <= day and (b.end_date is None
                                                           or b.end_date > day))
                if len(present) > unit_places - blocked:
                    assert any(s.over_allocation_id in decisions for s in present), (
                        day, unit_id, len(present), unit_places, blocked)

    @invariant()
    def a_person_is_in_one_place_at_a_time(self):
        with self.database.read() as session:
            rows = session.execute(select(Stay.person_id, Stay.start_date, Stay.end_date)
                                   .order_by(Stay.person_id, Stay.start_date)).all()
            count = session.scalar(select(func.count()).select_from(Stay))
        assert len(rows) == count
        far = date(9999, 12, 31)
        for (p1, _s1, e1), (p2, s2, _e2) in itertools.pairwise(rows):
            if p1 == p2:
                assert (e1 or far) <= s2
        assert all(end is None or end > start for _p, start, end in rows)


def _template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("stay_stateful") / "template.sqlite"
    database = open_database(f"sqlite:///{path}", create=True)
    migrate.upgrade(database)
    database.dispose()
    return path


def test_random_stays_on_sqlite(tmp_path_factory):
    template = _template(tmp_path_factory)
    work = template.with_name("work.sqlite")

    class OnSqlite(StayMachine):
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
        max_examples=40, stateful_step_count=30, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow]))


def test_random_stays_on_postgresql(pg_url):
    class OnPostgres(StayMachine):
        url = pg_url

    try:
        run_state_machine_as_test(OnPostgres, settings=settings(
            max_examples=8, stateful_step_count=25, deadline=None, database=None,
            suppress_health_check=[HealthCheck.too_slow]))
    finally:
        empty_postgres(pg_url)
