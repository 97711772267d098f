"""Follow-ups (Wiedervorlagen) of a case, and the caseload of the social workers.

A follow-up is due on a day; it is overdue from the day after while it is not done. The
"Meine Fälle" view is the case list filtered to the actor's cases and sorted by the next due
follow-up (`listing`, filter `mine`); overdue ones stand out there.

Caseload: for each active social worker, the open cases assigned to them and the people in
those households (active members), against the office's target ratio, the shared setting
"Betreuungsschlüssel" (80 means one social worker for 80 people, 1:80). The office as a whole
compares everybody living in the facilities today with the number of social workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soest_desk.models import Case, FollowUp, Person, Stay
from soest_desk.models.enums import CaseStatus
from soest_desk.services import shared_settings
from soest_desk.services.capacity import current_stay
from soest_desk.services.cases import editable_case, may_reach, reachable_case, social_workers
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.validation import check_version

MAX_SUBJECT = 300
MAX_AHEAD_DAYS = 3 * 366


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    due_on: date
    subject: str | None  # None where the reader may not see it (Sozialdaten)
    done_on: date | None
    version_id: int

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today


def follow_ups_of(session: Session, actor: Actor, case_id: int,
                  today: date | None = None) -> list[FollowUpRecord]:
    """Open ones first by due date, then the done ones (latest first). The subjects are
    Sozialdaten: filled in only for a reader of the case's notes."""
    today = today or office_today()
    case = reachable_case(session, actor, case_id, Permission.VIEW_CASES, today)
    with_subject = may_reach(session, actor, case, Permission.READ_CASE_NOTES, today)
    rows = session.scalars(select(FollowUp).where(FollowUp.case_id == case_id))
    records = [FollowUpRecord(r.id, r.due_on, r.subject if with_subject else None, r.done_on,
                              r.version_id) for r in rows]
    return sorted(records, key=lambda r: (r.done_on is not None,
                                          r.due_on.toordinal() * (1 if r.done_on is None
                                                                  else -1), r.id))


def add_follow_up(session: Session, actor: Actor, case_id: int, due_on: date, subject: str,
                  today: date | None = None) -> FollowUp:
    today = today or office_today()
    case = editable_case(session, actor, case_id, None, today)
    text = (subject or "").strip()
    if not text:
        raise DomainError("Betreff: bitte angeben, worum es bei der Wiedervorlage geht.",
                          field="Betreff")
    if len(text) > MAX_SUBJECT:
        raise DomainError(f"Betreff: höchstens {MAX_SUBJECT} Zeichen.", field="Betreff")
    if not case.opened_on <= due_on <= date.fromordinal(today.toordinal() + MAX_AHEAD_DAYS):
        raise DomainError(f"Fällig am: bitte ein Datum ab der Eröffnung des Falls "
                          f"({case.opened_on:%d.%m.%Y}) und höchstens drei Jahre voraus "
                          "angeben.", field="Fällig am")
    row = FollowUp(case_id=case.id, due_on=due_on, subject=text)
    session.add(row)
    session.flush()
    return row


def set_done(session: Session, actor: Actor, follow_up_id: int, done: bool, *,
             version_id: int | None = None, today: date | None = None) -> FollowUp:
    """Mark a follow-up done today (or open again)."""
    today = today or office_today()
    row = session.get(FollowUp, follow_up_id)
    if row is None:
        raise DomainError("Die Wiedervorlage wurde nicht gefunden.")
    editable_case(session, actor, row.case_id, None, today)
    if version_id is not None:
        check_version(row.version_id, version_id, "Die Wiedervorlage")
    if done != (row.done_on is not None):  # done twice keeps the first day
        row.done_on = today if done else None
    session.flush()
    return row


# ---------------------------------------------------------------- caseload

@dataclass(frozen=True)
class WorkerLoad:
    user_id: int
    name: str
    cases: int
    people: int
    overdue: int  # open follow-ups past their day
    target: int

    @property
    def share(self) -> float:
        """People against the target (1.0: exactly the target ratio)."""
        return self.people / self.target if self.target else 0.0


@dataclass(frozen=True)
class Caseload:
    target: int  # people per social worker (1:target)
    workers: list[WorkerLoad]
    residents: int  # living in facilities today
    unassigned_cases: int  # open cases without an active social worker

    @property
    def actual_ratio(self) -> float | None:
        """Residents per social worker today (None without social workers)."""
        return self.residents / len(self.workers) if self.workers else None


def caseload(session: Session, actor: Actor, today: date | None = None) -> Caseload:
    require(actor, Permission.VIEW_CASES)
    today = today or office_today()
    target = int(shared_settings.get(session, "caseload_target_persons"))
    open_case = Case.status != CaseStatus.CLOSED.value
    cases = dict(session.execute(
        select(Case.social_worker_id, func.count(Case.id)).where(open_case)
        .group_by(Case.social_worker_id)).all())
    people = dict(session.execute(
        select(Case.social_worker_id, func.count(Person.id))
        .join(Person, Person.household_id == Case.household_id)
        .where(open_case, Person.active.is_(True))
        .group_by(Case.social_worker_id)).all())
    overdue = dict(session.execute(
        select(Case.social_worker_id, func.count(FollowUp.id))
        .join(FollowUp, FollowUp.case_id == Case.id)
        .where(open_case, FollowUp.done_on.is_(None), FollowUp.due_on < today)
        .group_by(Case.social_worker_id)).all())
    workers = [WorkerLoad(uid, name, cases.get(uid, 0), people.get(uid, 0),
                          overdue.get(uid, 0), target)
               for uid, name in social_workers(session)]
    residents = session.scalar(
        select(func.count(func.distinct(Stay.person_id))).where(current_stay(Stay, today)))
    # without a worker: nobody assigned, or somebody no longer active in social work
    active = {w.user_id for w in workers}
    unassigned = sum(n for uid, n in cases.items() if uid not in active)
    return Caseload(target, workers, residents or 0, unassigned)
