"""Crash safety of the embedded SQLite database: SIGKILL in the middle of a burst of writes.

A child process (tests/crash_writer.py) writes up to a thousand small transactions through
the application's own `Database.write()` and `people.create_person`; each one is a person,
two identity documents, their audit rows and a raised counter row. After every COMMIT it logs
the transaction to a file (fsynced). The parent kills it with SIGKILL at a random moment,
several rounds on the same file, and after each round checks the file with plain sqlite3
(after the last one, the application itself opens the file with the killed writer's WAL and
writes on first):

- `PRAGMA integrity_check` says "ok" and `PRAGMA foreign_key_check` finds nothing,
- every logged transaction is there with all its rows,
- nothing is half-written: every person has both documents and all audit rows, and the
  counter equals the number of people (its audit trail too),
- per round at most one transaction beyond the log (committed, killed before logging).

The kill moment is random; the assertions hold for any moment.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from soest_desk import migrate
from soest_desk.db import open_database
from soest_desk.models.setting import AppSetting
from tests import crash_writer

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows has no SIGKILL to kill a process without warning"
)

ROUNDS = 5
BURST = 1000  # transactions the child would write if nobody killed it
KILL_AFTER = (20, 700)  # the kill comes after this many logged transactions (random)
HANG_GUARD_S = 120  # only a hung child ever gets near this
REPO = Path(__file__).resolve().parent.parent


def logged_transactions(log_path: Path) -> list[tuple[int, int, int]]:
    """(round, sequence, person id) of every complete log line."""
    if not log_path.exists():
        return []
    text = log_path.read_text(encoding="ascii")
    complete = text[: text.rfind("\n") + 1]  # a line cut by the kill does not count
    result = []
    for line in complete.splitlines():
        round_text, sequence_text, person_text = line.split()
        result.append((int(round_text), int(sequence_text), int(person_text)))
    return result


def count_lines(log_path: Path) -> int:
    try:
        return log_path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def run_and_kill(url: str, log_path: Path, round_number: int, rng: random.Random,
                 stderr_path: Path) -> int:
    """Start the writer, SIGKILL it after a random number of committed transactions;
    return that number (as seen in the log just before the kill)."""
    target = count_lines(log_path) + rng.randint(*KILL_AFTER)
    with stderr_path.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_writer", url, str(log_path),
             str(round_number), str(BURST)],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=stderr,
        )
        try:
            deadline = time.monotonic() + HANG_GUARD_S
            while count_lines(log_path) < target:
                if child.poll() is not None or time.monotonic() > deadline:
                    break
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.004))  # land anywhere inside a transaction
            still_running = child.poll() is None
            child.send_signal(signal.SIGKILL)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()
    message = stderr_path.read_text(errors="replace")
    assert still_running, f"round {round_number}: the writer ended before the kill:\n{message}"
    assert child.returncode == -signal.SIGKILL, message
    return target


def check_database(path: Path, log_path: Path, rounds_done: int, seed: int) -> int:
    """Every assertion about the file after a crash; returns the number of people."""
    where = f"(after round {rounds_done}, seed {seed})"
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",), where
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == [], where
        people_ids = {row[0] for row in connection.execute(
            "SELECT id FROM persons WHERE family_name = ?", (crash_writer.FAMILY_NAME,))}
        documents = connection.execute(
            "SELECT id, person_id, doc_type, number FROM identity_documents").fetchall()
        audited = Counter(connection.execute(
            "SELECT table_name, action, row_id FROM audit_log").fetchall())
        counter = connection.execute(
            "SELECT value FROM app_settings WHERE key = ?", (crash_writer.COUNTER_KEY,)
        ).fetchone()[0]
    finally:
        connection.close()

    # nothing half-written: each person has both documents and every audit row
    by_person: dict[int, dict[str, str]] = defaultdict(dict)
    for document_id, person_id, doc_type, number in documents:
        by_person[person_id][doc_type] = number
        assert audited[("identity_documents", "insert", document_id)] == 1, where
    assert set(by_person) == people_ids, f"documents without their person {where}"
    written: dict[int, tuple[int, int]] = {}  # person id -> (round, sequence)
    for person_id in people_ids:
        assert audited[("persons", "insert", person_id)] == 1, where
        numbers = by_person[person_id]
        stem = numbers["passport"][:-1]
        round_number, sequence = (int(part) for part in stem[1:].split("N"))
        assert (numbers["passport"], numbers["id_card"]) == crash_writer.document_numbers(
            round_number, sequence), f"person {person_id} {numbers} {where}"
        written[person_id] = (round_number, sequence)
    assert int(counter) == len(people_ids), f"counter {counter}, people {len(people_ids)} {where}"
    assert audited[("app_settings", "update", None)] == len(people_ids), where

    # every committed (logged) transaction is there, unchanged
    logged = logged_transactions(log_path)
    for round_number, sequence, person_id in logged:
        assert written.get(person_id) == (round_number, sequence), (
            f"logged transaction {round_number}/{sequence} (person {person_id}) lost {where}")

    # beyond the log: per round at most the one transaction committed just before the kill
    logged_ids = {person_id for _r, _s, person_id in logged}
    for round_number in range(1, rounds_done + 1):
        in_log = sorted(s for r, s, _p in logged if r == round_number)
        assert in_log == list(range(len(in_log))), f"log of round {round_number} {where}"
        extra = sorted(s for p, (r, s) in written.items()
                       if r == round_number and p not in logged_ids)
        assert extra in ([], [len(in_log)]), (
            f"round {round_number}: unlogged transactions {extra} after {len(in_log)} {where}")
    return len(people_ids)


def test_sigkill_during_a_burst_of_writes_loses_nothing_committed(tmp_path):
    seed = random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    path = tmp_path / "absturz.sqlite"
    url = f"sqlite:///{path}"
    log_path = tmp_path / "committed.log"
    database = open_database(url, create=True)
    migrate.upgrade(database)
    with database.write() as session:
        session.add(AppSetting(key=crash_writer.COUNTER_KEY, value=0))
    database.dispose()

    people_before = 0
    for round_number in range(1, ROUNDS + 1):
        run_and_kill(url, log_path, round_number, rng, tmp_path / f"stderr{round_number}.txt")
        assert Path(f"{path}-wal").exists(), "the killed writer leaves its WAL behind"
        if round_number == ROUNDS:
            break  # the application itself recovers the last crash, below
        people = check_database(path, log_path, round_number, seed)
        assert people > people_before, f"round {round_number} wrote nothing (seed {seed})"
        people_before = people

    # the application opens the file with the killed writer's WAL (quick_check included),
    # and writes on
    database = open_database(url)
    try:
        crash_writer.write_one(database, ROUNDS + 1, 0)
    finally:
        database.dispose()
    assert check_database(path, log_path, ROUNDS, seed) > people_before + 1
