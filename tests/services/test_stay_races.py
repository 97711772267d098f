"""Two (fifty) workstations, one last place: parallel move-ins into one unit, each in its own
session and thread, never over-fill it. Exactly the free places are taken; every other
attempt gets the German "voll" message and writes nothing."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

from sqlalchemy import func, insert, select

from soest_desk.db import Database
from soest_desk.models import Facility, Person, Stay, Unit
from soest_desk.services import stays
from soest_desk.services.permissions import SYSTEM_ACTOR
from soest_desk.services.stays import Placement, UnitFull

ATTEMPTS = 50
ROUNDS = 20
DAY = date(2025, 3, 1)
TODAY = date(2025, 3, 15)


def _prepare(database: Database) -> tuple[list[tuple[int, int]], list[list[int]]]:
    """ROUNDS units with 1-5 places, some already taken, and ATTEMPTS people per round."""
    units, people = [], []
    with database.write() as session:
        facility = Facility(kind="shared_accommodation", name="Rennbahn", street="Weg 1",
                            postal_code="59494", city="Soest")
        session.add(facility)
        session.flush()
        for round_no in range(ROUNDS):
            places = 1 + round_no % 5
            unit = Unit(facility_id=facility.id, label=f"R{round_no:02d}", places=places,
                        area_m2=Decimal("60"), occupancy_type="mixed")
            session.add(unit)
            session.flush()
            taken = round_no % places  # 0 … places-1 already living there
            ids = []
            for n in range(ATTEMPTS + taken):
                person = Person(family_name=f"Runde{round_no}", given_names=f"Person{n}",
                                search_name=f"runde{round_no} person{n}")
                session.add(person)
                ids.append(person)
            session.flush()
            if taken:
                session.execute(insert(Stay), [
                    {"person_id": p.id, "unit_id": unit.id, "start_date": DAY}
                    for p in ids[:taken]])
            units.append((unit.id, places - taken))
            people.append([p.id for p in ids[taken:]])
    return units, people


def _race(database: Database, unit_id: int, person_ids: list[int]) -> tuple[int, list[str]]:
    start = threading.Barrier(len(person_ids))
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(person_id: int) -> None:
        start.wait()
        try:
            with database.write(SYSTEM_ACTOR) as session:
                stays.move_in(session, SYSTEM_ACTOR, [Placement(person_id, unit_id)], DAY,
                              today=TODAY)
            result = "ok"
        except UnitFull as exc:
            result = exc.message
        except Exception as exc:
            result = f"unexpected {type(exc).__name__}: {exc}"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt, args=(pid,)) for pid in person_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return outcomes.count("ok"), [o for o in outcomes if o != "ok"]


def test_fifty_parallel_move_ins_take_exactly_the_free_places(database: Database):
    units, people = _prepare(database)
    for (unit_id, free), person_ids in zip(units, people, strict=True):
        won, lost = _race(database, unit_id, person_ids)
        assert won == free, lost[:3]
        assert len(lost) == ATTEMPTS - free
        assert all(message.startswith("Wohneinheit ist voll") for message in lost), lost[:3]
        with database.read() as session:
            living = session.scalar(select(func.count()).select_from(Stay)
                                    .where(Stay.unit_id == unit_id))
            places = session.get(Unit, unit_id).places
        assert living == places
