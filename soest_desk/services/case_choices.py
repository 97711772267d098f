"""Which households a social worker can open a case for: active households with a member
living today in one of the actor's facilities (every facility for unscoped roles) and no
open case yet, found by the household's label or a member's name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from soest_desk.models import Case, Facility, Household, Person, Stay, Unit
from soest_desk.models.enums import CaseStatus
from soest_desk.models.text_keys import fold_text
from soest_desk.services.capacity import current_stay
from soest_desk.services.case_views import household_label
from soest_desk.services.clock import office_today
from soest_desk.services.listing_queries import like_pattern
from soest_desk.services.permissions import Actor, Permission, require

LIMIT = 50


@dataclass(frozen=True)
class HouseholdChoice:
    household_id: int
    label: str
    facility: str
    members: int


def households_for_new_case(session: Session, actor: Actor, text: str = "",
                            today: date | None = None, limit: int = LIMIT
                            ) -> list[HouseholdChoice]:
    require(actor, Permission.EDIT_CASES)
    today = today or office_today()
    scope = actor.facility_scope(Permission.EDIT_CASES)
    living = (select(Person.household_id, func.min(Facility.name).label("facility"))
              .join(Stay, and_(Stay.person_id == Person.id, current_stay(Stay, today)))
              .join(Unit, Stay.unit_id == Unit.id)
              .join(Facility, Unit.facility_id == Facility.id)
              .where(Person.household_id.is_not(None)))
    if scope is not None:
        living = living.where(Facility.id.in_(scope))
    living_sub = living.group_by(Person.household_id).subquery()
    member = aliased(Person)
    query = (
        select(Household, living_sub.c.facility)
        .join(living_sub, living_sub.c.household_id == Household.id)
        .where(Household.active.is_(True),
               ~exists().where(Case.household_id == Household.id,
                               Case.status != CaseStatus.CLOSED.value))
    )
    for word in text.split():
        pattern = like_pattern(fold_text(word))
        query = query.where(or_(
            Household.search_label.like(pattern, escape="\\"),
            exists().where(member.household_id == Household.id,
                           member.search_name.like(pattern, escape="\\"))))
    head = aliased(Person)
    head_key = (select(func.min(head.search_name))
                .where(head.household_id == Household.id, head.household_role == "head")
                .correlate_except(head).scalar_subquery())
    sort_key = func.coalesce(func.nullif(Household.search_label, ""), head_key, "")
    rows = session.execute(query.order_by(sort_key, Household.id)
                           .limit(limit)).all()
    ids = [household.id for household, _f in rows]
    people: dict[int, list[Person]] = {i: [] for i in ids}
    for person in session.scalars(select(Person).where(Person.household_id.in_(ids),
                                                       Person.active.is_(True))):
        people[person.household_id or 0].append(person)
    return [HouseholdChoice(household.id, household_label(household, people[household.id]),
                            facility, len(people[household.id]))
            for household, facility in rows]
