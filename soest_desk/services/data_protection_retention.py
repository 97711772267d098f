"""The retention run and the erasure on request (GDPR Art. 17), by the tag policy of
`data_protection_schema` (what happens per category) through `data_protection_anonymise`.

Who is anonymised by the retention run (with N = the "Aufbewahrungsfrist" in the shared
settings, 10 years unless changed, or the years given):

- people whose last stay ended more than N years before today and who have no open stay
  (one without a move-out day);
- people who never stayed anywhere, when they were recorded more than N years ago (the
  audit row of their creation says when; people without one – written past the audit log,
  e.g. by an old import – are left alone, since nobody can tell their age);
- never people already anonymised, and never while their household has an open case.

Household data (the household's label, its cases with notes, checklist and follow-ups) is
shared by its members: the retention run anonymises it with the household's last member
who is not anonymised yet. The erasure of one person also blanks the free text of the
household's (closed) cases, since notes about a household cannot be cut by person; the
label goes with the last member. Stays keep their dates, units and move-out reasons, and
people keep their household, sex, nationality and care grade, so occupancy, length of stay
and moves into own tenancy stay the same afterwards. No Qt.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from soest_desk.models import AuditEntry, Case, Person, Stay
from soest_desk.models.base import utcnow
from soest_desk.models.enums import AuditAction, CaseStatus
from soest_desk.services import shared_settings
from soest_desk.services.clock import OFFICE_ZONE, office_today
from soest_desk.services.data_protection_anonymise import apply, describe, pending, record
from soest_desk.services.data_protection_schema import (
    ROOT,
    Owners,
    chunks,
    owners,
    rows_of,
    upward_links,
)
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.person_access import lock_query
from soest_desk.services.validation import german_date


@dataclass(frozen=True)
class PlannedPerson:
    person_id: int
    household_id: int | None
    last_move_out: date | None  # None: never stayed
    changes: tuple[str, ...]  # German, what goes (no values)

    @property
    def label(self) -> str:
        return f"Person #{self.person_id}"

    @property
    def household_label(self) -> str | None:
        return None if self.household_id is None else f"Haushalt #{self.household_id}"


@dataclass(frozen=True)
class RetentionPlan:
    years: int
    today: date
    cutoff: date  # last move-out before this day
    people: tuple[PlannedPerson, ...]
    applied: bool = False


@dataclass(frozen=True)
class ErasureResult:
    person_id: int
    changes: tuple[str, ...]


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _years(session: Session, years: int | None) -> int:
    if years is None:
        return int(shared_settings.get(session, shared_settings.RETENTION_YEARS))
    return shared_settings.SETTINGS[shared_settings.RETENTION_YEARS].validate(years)


# ---------------------------------------------------------------- who is due

def _stay_facts(session: Session, *, lock: bool) -> list[tuple[int, int | None, date | None,
                                                                int, int]]:
    """(person, household, last move-out, stays, open stays) of everybody not anonymised."""
    stays = (select(Stay.person_id, func.max(Stay.end_date).label("last_end"),
                    func.count(Stay.id).label("stays"),
                    func.sum(case((Stay.end_date.is_(None), 1), else_=0)).label("open"))
             .group_by(Stay.person_id).subquery())
    query = (select(Person.id, Person.household_id, stays.c.last_end, stays.c.stays,
                    stays.c.open)
             .outerjoin(stays, stays.c.person_id == Person.id)
             .where(Person.anonymised_at.is_(None)).order_by(Person.id))
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(of=Person)  # SQLite: the write already holds the file
    return [(r[0], r[1], r[2], int(r[3] or 0), int(r[4] or 0))
            for r in session.execute(query)]


def _recorded_before(session: Session, person_ids: list[int], moment: datetime) -> set[int]:
    found: set[int] = set()
    for part in chunks(person_ids):
        found.update(session.scalars(
            select(AuditEntry.row_id).where(
                AuditEntry.table_name == ROOT, AuditEntry.action == AuditAction.INSERT.value,
                AuditEntry.row_id.in_(part))
            .group_by(AuditEntry.row_id).having(func.min(AuditEntry.at) < moment)))
    return found


def _open_case_households(session: Session) -> set[int]:
    return set(session.scalars(select(Case.household_id).where(
        Case.status != CaseStatus.CLOSED.value)))


def _due(session: Session, cutoff: date, *, lock: bool) -> dict[int, tuple[int | None,
                                                                           date | None]]:
    """person → (household, last move-out) of everybody the retention run anonymises."""
    facts = _stay_facts(session, lock=lock)
    blocked = _open_case_households(session)
    due = {pid: (household, last) for pid, household, last, stays, open_ in facts
           if stays and not open_ and last is not None and last < cutoff}
    never = [pid for pid, _h, _l, stays, _o in facts if not stays]
    moment = datetime.combine(cutoff, time(), OFFICE_ZONE)
    households = {pid: household for pid, household, *_ in facts}
    for pid in _recorded_before(session, never, moment):
        due[pid] = (households[pid], None)
    return {pid: value for pid, value in due.items() if value[0] not in blocked}


# ---------------------------------------------------------------- shared rows

def _vacated(session: Session, person_ids: set[int]) -> dict[str, set[int]]:
    """The households (rows people refer to) whose every member is anonymised or among
    `person_ids`: their shared data goes with these people."""
    result: dict[str, set[int]] = {}
    for link in upward_links():
        assert link.column is not None
        referred = {row_id for part in chunks(person_ids) for row_id in session.scalars(
            select(link.column).where(Person.id.in_(part), link.column.is_not(None)))}
        staying: set[int] = set()
        for part in chunks(referred):
            staying.update(row_id for pid, row_id in session.execute(
                select(Person.id, link.column).where(link.column.in_(part),
                                                     Person.anonymised_at.is_(None)))
                if pid not in person_ids)
        result[link.table.name] = referred - staying
    return result


def _plan(session: Session, years: int, today: date, *, lock: bool
          ) -> tuple[RetentionPlan, Owners]:
    cutoff = years_before(today, years)
    due = _due(session, cutoff, lock=lock)
    found = owners(session, due, parents=_vacated(session, set(due)))
    changes = pending(session, {table: set(rows) for table, rows in found.items()})
    people = tuple(PlannedPerson(pid, household, last,
                                 describe(rows_of(found, pid), changes))
                   for pid, (household, last) in sorted(due.items()))
    return RetentionPlan(years, today, cutoff, people), found


def plan_retention(session: Session, actor: Actor, years: int | None = None,
                   today: date | None = None) -> RetentionPlan:
    """The dry run: who would be anonymised and what would go. Writes nothing."""
    require(actor, Permission.DATA_PROTECTION)
    plan, _found = _plan(session, _years(session, years), today or office_today(), lock=False)
    return plan


def apply_retention(session: Session, actor: Actor, years: int | None = None,
                    today: date | None = None, *,
                    expected: Collection[int] | None = None) -> RetentionPlan:
    """Anonymise everybody `plan_retention` lists; returns what was done. `expected`: the
    people the dry run showed; if the list is no longer the same, nothing is done."""
    require(actor, Permission.DATA_PROTECTION)
    plan, found = _plan(session, _years(session, years), today or office_today(), lock=True)
    if expected is not None and {p.person_id for p in plan.people} != set(expected):
        raise DomainError("Seit dem Probelauf hat sich geändert, wer fällig ist. Es wurde "
                          "nichts geändert; bitte den Probelauf wiederholen.")
    now = utcnow()
    apply(session, {table: set(rows) for table, rows in found.items()}, now)
    why = (f"Anonymisiert nach Ablauf der Aufbewahrungsfrist ({plan.years} Jahre nach dem "
           f"letzten Auszug, Stichtag {german_date(plan.cutoff)})")
    for person in plan.people:
        record(session, actor, person.person_id, why, person.changes, now)
    return replace(plan, applied=True)


# ---------------------------------------------------------------- erasure

def _refusal(session: Session, person: Person, today: date) -> str | None:
    label = f"Person Nr. {person.id}"
    if person.anonymised_at is not None:
        return f"{label} ist bereits anonymisiert; es sind keine Namen mehr gespeichert."
    open_stay = session.scalars(select(Stay).where(
        Stay.person_id == person.id, (Stay.end_date.is_(None)) | (Stay.end_date > today))
        .order_by(Stay.start_date)).first()
    if open_stay is not None:
        return (f"{label} kann nicht gelöscht werden: die Belegung ab "
                f"{german_date(open_stay.start_date)} ist noch offen. Bitte zuerst den "
                "Auszug eintragen.")
    if person.household_id is not None and person.household_id in _open_case_households(
            session):
        return (f"{label} kann nicht gelöscht werden: der Fall ihres Haushalts ist noch "
                "offen. Bitte den Fall zuerst abschließen.")
    return None


def erase_person(session: Session, actor: Actor, person_id: int, reason: str, *,
                 today: date | None = None) -> ErasureResult:
    """Erase a person on request (Art. 17): everything by the tag policy, the free text of
    the household's cases included; refused (German DomainError) while a stay or the
    household's case is open."""
    require(actor, Permission.DATA_PROTECTION)
    why = " ".join((reason or "").split())
    if not why:
        raise DomainError("Bitte den Grund der Löschung angeben (z. B. „Antrag vom "
                          "03.04.2026“).", field="Grund")
    person = session.scalars(lock_query(session, select(Person).where(
        Person.id == person_id))).first()
    if person is None:
        raise DomainError(f"Die Person Nr. {person_id} gibt es nicht.")
    refusal = _refusal(session, person, today or office_today())
    if refusal is not None:
        raise DomainError(refusal)
    found = owners(session, [person_id])
    vacated = _vacated(session, {person_id})
    for link in upward_links():  # the household's label only with its last member
        kept = found.get(link.table.name, {})
        found[link.table.name] = {k: v for k, v in kept.items()
                                  if k in vacated.get(link.table.name, set())}
    rows = {table: set(by_row) for table, by_row in found.items() if by_row}
    changes = describe(rows, pending(session, rows))
    now = utcnow()
    apply(session, rows, now)
    record(session, actor, person_id, f"Gelöscht auf Antrag (Art. 17 DSGVO): {why[:300]}",
           changes, now)
    return ErasureResult(person_id, changes)
