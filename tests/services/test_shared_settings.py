"""Shared settings: defaults, validation, and two administrators saving at the same moment."""

from __future__ import annotations

import threading

import pytest

from soest_desk.db import open_database
from soest_desk.services import shared_settings
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import SYSTEM_ACTOR


def test_defaults_until_something_is_stored(database):
    with database.read() as session:
        assert shared_settings.get(session, "ticket_repeat_days") == 60
    with database.write(SYSTEM_ACTOR) as session:
        shared_settings.put(session, SYSTEM_ACTOR, "ticket_repeat_days", 30)
    with database.read() as session:
        assert shared_settings.get(session, "ticket_repeat_days") == 30


@pytest.mark.parametrize("bad", [0, 731, "30", 2.5, True, None])
def test_bad_values_are_refused_in_german(database, bad):
    with pytest.raises(DomainError, match=r"Wiederholungsmangel binnen \(Tagen\)"), \
            database.write(SYSTEM_ACTOR) as session:
        shared_settings.put(session, SYSTEM_ACTOR, "ticket_repeat_days", bad)


def test_two_first_saves_at_once_both_succeed(db_url):
    """Neither administrator gets a database error; one value wins."""
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def save(days: int) -> None:
        database = open_database(db_url)
        try:
            start.wait(5)
            with database.write(SYSTEM_ACTOR) as session:
                shared_settings.put(session, SYSTEM_ACTOR, "ticket_repeat_days", days)
            outcomes.append("saved")
        except Exception as exc:  # collected and asserted below
            outcomes.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=save, args=(days,)) for days in (20, 40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert outcomes == ["saved", "saved"]
    database = open_database(db_url)
    with database.read() as session:
        assert shared_settings.get(session, "ticket_repeat_days") in (20, 40)
    database.dispose()
