"""The child process of the kill test (tests/test_crash_safety.py): a burst of small writes.

    python -m tests.crash_writer DATABASE_URL LOG_FILE ROUND COUNT

Each of the COUNT transactions goes through the application's own path (`Database.write()`
with `BEGIN IMMEDIATE`, the WAL and `synchronous = FULL` pragmas, the audit hook, and
`people.create_person`) and writes several rows that belong together:

- a person with two identity documents whose numbers name the round and the sequence
  number ("R3N0017P", "R3N0017I"),
- the audit rows of the three inserts (written by the session hook),
- the counter row `app_settings[COUNTER_KEY]`, raised by one (and its audit row).

After `COMMIT` has returned, "ROUND SEQUENCE PERSON_ID" is appended to LOG_FILE, flushed and
fsynced, so the parent knows which transactions were committed when it kills the process.
"""

from __future__ import annotations

import os
import sys
from datetime import date

from soest_desk.db import open_database
from soest_desk.models.setting import AppSetting
from soest_desk.services import people
from soest_desk.services.permissions import SYSTEM_ACTOR

COUNTER_KEY = "crash_test.persons_written"
FAMILY_NAME = "Absturztest"
TODAY = date(2025, 3, 15)


def document_numbers(round_number: int, sequence: int) -> tuple[str, str]:
    """The passport and ID card numbers of one transaction's person."""
    stem = f"R{round_number}N{sequence:04d}"
    return f"{stem}P", f"{stem}I"


def write_one(database, round_number: int, sequence: int) -> int:
    passport, id_card = document_numbers(round_number, sequence)
    data = people.PersonInput(
        family_name=FAMILY_NAME, given_names="Olena", birth_date=date(1990, 5, 17),
        nationality="UKR",
        documents=[
            people.DocumentInput("passport", passport, "UKR"),
            people.DocumentInput("id_card", id_card, "UKR"),
        ],
    )
    with database.write(SYSTEM_ACTOR) as session:
        person = people.create_person(session, SYSTEM_ACTOR, data, today=TODAY,
                                      duplicate_ok=True)
        counter = session.get(AppSetting, COUNTER_KEY)
        counter.value = counter.value + 1
        session.flush()
        return person.id


def main(argv: list[str]) -> int:
    url, log_path, round_text, count_text = argv
    round_number, count = int(round_text), int(count_text)
    database = open_database(url)
    with open(log_path, "a", encoding="ascii") as log:
        for sequence in range(count):
            person_id = write_one(database, round_number, sequence)  # committed on return
            log.write(f"{round_number} {sequence} {person_id}\n")
            log.flush()
            os.fsync(log.fileno())
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
