"""What a move-out means for the household's case.

When the last member of a household moves out (no stay of theirs covers the move-out day or
a later one), its open case is closed with the outcome that matches the reason: "eigene
Wohnung" for a move into an own flat (and a housing offer reserved for the case is then
taken), "weggezogen" for a redistribution, another municipality or a return, "Sonstiges"
otherwise. This follows from the move-out that someone allowed to record it has entered, so it
needs no case permission of its own; the audit log names that person. A move-out booked for a
later day leaves the case open: the household still lives there until then. The day after,
`close_departed` (run at every start of the application) closes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from soest_desk.models import Case, Person, Stay
from soest_desk.models.enums import CaseOutcome, CaseStatus, MoveOutReason
from soest_desk.services.cases import finish

OUTCOME_OF_REASON = {
    MoveOutReason.OWN_FLAT.value: CaseOutcome.OWN_FLAT.value,
    MoveOutReason.REDISTRIBUTION.value: CaseOutcome.MOVED_AWAY.value,
    MoveOutReason.OTHER_MUNICIPALITY.value: CaseOutcome.MOVED_AWAY.value,
    MoveOutReason.RETURN.value: CaseOutcome.MOVED_AWAY.value,
}


def household_gone(session: Session, household_id: int, today: date) -> bool:
    """No member has a stay covering `today` or any later day (move-outs entered out of
    order still close the case once the last one is in)."""
    return not session.scalar(select(exists().where(
        Stay.person_id == Person.id, Person.household_id == household_id,
        or_(Stay.end_date.is_(None), Stay.end_date > today))))


def _last_move_out(session: Session, household_id: int) -> date | None:
    return session.scalar(select(func.max(Stay.end_date)).join(
        Person, Stay.person_id == Person.id).where(Person.household_id == household_id))


def after_move_out(session: Session, household_ids: Iterable[int | None], on: date,
                   reason: str, today: date) -> list[Case]:
    """Close the open cases of the households that have now left entirely."""
    if on > today:
        return []
    closed = []
    for household_id in {h for h in household_ids if h is not None}:
        case = session.scalars(select(Case).where(
            Case.household_id == household_id, Case.status != CaseStatus.CLOSED.value)).first()
        if case is None or not household_gone(session, household_id, today):
            continue
        left_on = max(on, _last_move_out(session, household_id) or on)
        finish(session, case, OUTCOME_OF_REASON.get(reason, CaseOutcome.OTHER.value), left_on)
        closed.append(case)
    return closed


def close_departed(session: Session, today: date) -> int:
    """Close the open cases of households that have left by `today` through move-outs booked
    ahead (the move-out day has come since): on the day the last member left, with the
    outcome of that move-out's reason. Returns how many were closed."""
    member_stays = select(Stay.id).join(Person, Stay.person_id == Person.id).where(
        Person.household_id == Case.household_id)
    candidates = session.scalars(select(Case).where(
        Case.status != CaseStatus.CLOSED.value,
        exists(member_stays),
        ~exists(member_stays.where(or_(Stay.end_date.is_(None), Stay.end_date > today))),
    ).order_by(Case.id)).all()
    for case in candidates:
        last = session.execute(
            select(Stay.end_date, Stay.move_out_reason).join(Person, Stay.person_id == Person.id)
            .where(Person.household_id == case.household_id)
            .order_by(Stay.end_date.desc(), Stay.id.desc()).limit(1)).one()
        outcome = OUTCOME_OF_REASON.get(last.move_out_reason or "", CaseOutcome.OTHER.value)
        finish(session, case, outcome, last.end_date)
    return len(candidates)
