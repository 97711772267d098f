"""What the Sozialarbeit tab shows of one case: household, where its members live, status,
checklist with readiness, follow-ups and the reserved offer. Plain data, no Qt.

Goals, evidence notes and follow-up subjects are Sozialdaten like the notes: they are filled
in only for a reader who may read the case's notes (a social worker reaching the case); a
Leitung sees status, readiness and dates, never that text. Note texts are never part of it
(see `case_notes`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Household, Person, ReadinessItem
from soest_desk.services import readiness
from soest_desk.services.allocation import age_on
from soest_desk.services.cases import may_reach, reachable_case
from soest_desk.services.clock import office_today
from soest_desk.services.follow_ups import FollowUpRecord, follow_ups_of
from soest_desk.services.permissions import Actor, Permission
from soest_desk.services.person_views import MemberRow, _places
from soest_desk.services.stays import person_name
from soest_desk.services.users import display_names


@dataclass(frozen=True)
class OfferRef:
    facility_id: int
    name: str
    district: str | None
    available_from: date | None
    status: str


@dataclass(frozen=True)
class CaseDetail:
    case_id: int
    version_id: int
    household_id: int
    household: str
    members: list[MemberRow]
    social_worker_id: int | None
    social_worker: str | None
    status: str
    opened_on: date
    closed_on: date | None
    outcome: str | None
    goals: str | None
    items: list[readiness.ItemState]
    readiness: readiness.Readiness
    follow_ups: list[FollowUpRecord]
    offer: OfferRef | None
    may_edit: bool
    may_read_notes: bool  # also: goals, evidence and subjects are filled in
    may_record_own_flat: bool = False  # the move into an own flat: open, living, allowed

    @property
    def facilities(self) -> list[str]:
        places = [m.place.split(", ")[0] for m in self.members if m.place]
        return sorted(set(places))

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


def household_label(household: Household, members: list[Person]) -> str:
    if household.label and household.label.strip():
        return household.label
    heads = [m for m in members if m.household_role == "head"] or members
    return person_name(heads[0]) if heads else f"Haushalt Nr. {household.id}"


def case_detail(session: Session, actor: Actor, case_id: int,
                today: date | None = None) -> CaseDetail:
    today = today or office_today()
    case = reachable_case(session, actor, case_id, Permission.VIEW_CASES, today)
    social = may_reach(session, actor, case, Permission.READ_CASE_NOTES, today)
    editable = case.closed_on is None and may_reach(session, actor, case,
                                                    Permission.EDIT_CASES, today)
    household = session.get(Household, case.household_id)
    assert household is not None  # a foreign key
    people = list(session.scalars(select(Person).where(
        Person.household_id == household.id, Person.active.is_(True),
        Person.anonymised_at.is_(None))
        .order_by(Person.birth_date, Person.id)))
    places = _places(session, [p.id for p in people], today)
    members = [MemberRow(p.id, person_name(p), p.household_role, age_on(p.birth_date, today),
                         places.get(p.id, (None, None))[0], p.needs_barrier_free,
                         p.care_grade or 0, places.get(p.id, (None, None))[1])
               for p in people]
    rows = list(session.scalars(select(ReadinessItem).where(ReadinessItem.case_id == case.id)))
    items = readiness.item_states(readiness.checklist(session), rows, with_evidence=social)
    offer = session.get(Facility, case.housing_offer_id) if case.housing_offer_id else None
    worker = display_names(session, {case.social_worker_id}).get(case.social_worker_id or 0)
    return CaseDetail(
        case.id, case.version_id, household.id, household_label(household, people), members,
        case.social_worker_id, worker, case.status, case.opened_on, case.closed_on,
        case.outcome, case.goals if social else None, items,
        readiness.evaluate(items, today),
        follow_ups_of(session, actor, case.id, today=today),
        OfferRef(offer.id, offer.name, offer.district, offer.available_from,
                 offer.offer_status or "") if offer else None,
        editable, social, editable and _may_move_out(actor, members))


def _may_move_out(actor: Actor, members: list[MemberRow]) -> bool:
    """The actor may end the stays of everybody living somewhere (all in reach)."""
    living = {m.facility_id for m in members if m.facility_id is not None}
    return bool(living) and all(
        actor.can_at(Permission.MANAGE_STAYS, f) or actor.can_at(Permission.RECORD_OWN_FLAT, f)
        for f in living)
