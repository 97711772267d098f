"""Households (Haushalte): who lives together and moves together; a case runs per household.

A household with members has exactly one head (Haushaltsvorstand; the database allows at
most one, these functions never leave a household with members without one): the first
member is the head, the head is changed with `set_member_role` (the former head takes
another role in the same step), and the head leaves only as the last member.

`end_household` marks a household as ended and keeps its members linked: the link records
who belonged to it (its case and the audit log refer to it), and a member who later joins
another household simply moves there. A household cannot be ended while one of its members
lives in a facility today or is booked into one later, nor can members join an ended one.
Rights: `Permission.EDIT_PERSONS`, for the Heimleitung only for people it may edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Household, Person
from soest_desk.models.enums import HouseholdRole
from soest_desk.services.clock import office_today
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.person_access import (
    living_somewhere,
    load_person,
    lock_query,
    person_label,
    require_may_edit,
    saving,
)
from soest_desk.services.validation import (
    HOUSEHOLD_ROLE_LABELS,
    check_code,
    check_version,
    clean_text,
)

HEAD = HouseholdRole.HEAD.value
HEAD_LABEL = HOUSEHOLD_ROLE_LABELS[HEAD]
ROLE_FIELD = "Rolle im Haushalt"
MEMBERS_FIELD = "Mitglieder"
MAX_LABEL = 200


def _name(household: Household) -> str:
    return f"„{household.label}“" if household.label else f"Nr. {household.id}"


def load_household(session: Session, household_id: int, *, active: bool = True
                   ) -> Household:
    household = session.scalars(lock_query(
        session, select(Household).where(Household.id == household_id))).first()
    if household is None or (active and not household.active):
        raise DomainError("Haushalt: diesen Haushalt gibt es nicht (mehr).", field="Haushalt")
    return household


def members_of(session: Session, household_id: int) -> list[Person]:
    return list(session.scalars(select(Person).where(Person.household_id == household_id)
                                .order_by(Person.id)))


def _head(members: Sequence[Person]) -> Person | None:
    return next((m for m in members if m.household_role == HEAD), None)


def _check_may_join(session: Session, person: Person, household_id: int | None) -> None:
    """Ended people join no household; a member of an active household leaves it first."""
    if not person.active:
        raise DomainError(f"{MEMBERS_FIELD}: {person_label(person)} ist beendet.",
                          field=MEMBERS_FIELD)
    if person.household_id is None:
        return
    if person.household_id == household_id:
        raise DomainError(f"{MEMBERS_FIELD}: {person_label(person)} gehört schon zu diesem "
                          "Haushalt.", field=MEMBERS_FIELD)
    current = session.get(Household, person.household_id)
    if current is not None and current.active:
        raise DomainError(f"{MEMBERS_FIELD}: {person_label(person)} gehört schon zum Haushalt "
                          f"{_name(current)}. Bitte dort zuerst herausnehmen.",
                          field=MEMBERS_FIELD)


def household_to_join(session: Session, actor: Actor, household_id: int, role: str,
                      today: date) -> Household:
    """The household a new or existing person may join in `role`, or a DomainError."""
    check_code(role, ROLE_FIELD, HOUSEHOLD_ROLE_LABELS)
    household = load_household(session, household_id)
    members = members_of(session, household.id)
    require_may_edit(session, actor, members, today)
    head = _head(members)
    if role == HEAD and head is not None:
        raise DomainError(f"{ROLE_FIELD}: der Haushalt {_name(household)} hat schon einen "
                          f"{HEAD_LABEL} ({person_label(head)}). Wechseln Sie ihn über "
                          "„Rolle ändern“.", field=ROLE_FIELD)
    if role != HEAD and head is None:
        raise DomainError(f"{ROLE_FIELD}: der Haushalt {_name(household)} hat noch keinen "
                          f"{HEAD_LABEL}; das erste Mitglied ist der {HEAD_LABEL}.",
                          field=ROLE_FIELD)
    return household


def create_household(session: Session, actor: Actor, label: str | None,
                     members: Sequence[tuple[int, str]], *, today: date | None = None
                     ) -> Household:
    """A new household of `members` (person id, role); exactly one of them is the head."""
    require(actor, Permission.EDIT_PERSONS)
    today = today or office_today()
    text = clean_text(label, "Bezeichnung", MAX_LABEL)
    ids = [person_id for person_id, _role in members]
    for _person_id, role in members:
        check_code(role, ROLE_FIELD, HOUSEHOLD_ROLE_LABELS)
    persons = [load_person(session, person_id, lock=True) for person_id in ids]
    for position, person in enumerate(persons):
        if person.id in ids[:position]:
            raise DomainError(f"{MEMBERS_FIELD}: {person_label(person)} ist zweimal angegeben.",
                              field=MEMBERS_FIELD)
    heads = [person for person, (_id, role) in zip(persons, members, strict=True)
             if role == HEAD]
    if members and len(heads) != 1:
        named = f" (angegeben: {', '.join(person_label(p) for p in heads)})" if heads else ""
        raise DomainError(f"{MEMBERS_FIELD}: bitte genau eine Person als {HEAD_LABEL} "
                          f"angeben{named}.", field=MEMBERS_FIELD)
    require_may_edit(session, actor, persons, today)
    for person in persons:
        _check_may_join(session, person, None)
    with saving(session):
        household = Household(label=text)
        session.add(household)
        session.flush()
        for person, (_id, role) in zip(persons, members, strict=True):
            person.household_id, person.household_role = household.id, role
    return household


def update_household(session: Session, actor: Actor, household_id: int, version: int,
                     label: str | None, *, today: date | None = None) -> Household:
    """Rename a household."""
    require(actor, Permission.EDIT_PERSONS)
    household = load_household(session, household_id)
    require_may_edit(session, actor, members_of(session, household.id), today or office_today())
    check_version(household.version_id, version, f"Der Haushalt {_name(household)}")
    household.label = clean_text(label, "Bezeichnung", MAX_LABEL)
    session.flush()
    return household


def add_member(session: Session, actor: Actor, household_id: int, person_id: int, role: str,
               *, today: date | None = None) -> None:
    """Put a person into a household (moving them out of an ended one)."""
    require(actor, Permission.EDIT_PERSONS)
    today = today or office_today()
    household = household_to_join(session, actor, household_id, role, today)
    person = load_person(session, person_id, lock=True)
    require_may_edit(session, actor, [person], today)
    _check_may_join(session, person, household.id)
    with saving(session):
        person.household_id, person.household_role = household.id, role


def set_member_role(session: Session, actor: Actor, person_id: int, role: str, *,
                    previous_head_role: str = HouseholdRole.PARTNER.value,
                    today: date | None = None) -> None:
    """Change a member's role. Making somebody the head gives the former head
    `previous_head_role`; the head's own role changes only that way."""
    require(actor, Permission.EDIT_PERSONS)
    today = today or office_today()
    check_code(role, ROLE_FIELD, HOUSEHOLD_ROLE_LABELS)
    person = load_person(session, person_id, lock=True)
    if person.household_id is None:
        raise DomainError(f"{ROLE_FIELD}: {person_label(person)} gehört zu keinem Haushalt.",
                          field=ROLE_FIELD)
    household = load_household(session, person.household_id)
    members = members_of(session, household.id)
    require_may_edit(session, actor, members, today)
    head = _head(members)
    if person.household_role == HEAD and role != HEAD:
        raise DomainError(f"{ROLE_FIELD}: {person_label(person)} ist {HEAD_LABEL}. Bitte "
                          f"machen Sie eine andere Person zum {HEAD_LABEL}.", field=ROLE_FIELD)
    if role == HEAD and head is not None and head.id != person.id:
        check_code(previous_head_role, ROLE_FIELD, HOUSEHOLD_ROLE_LABELS)
        if previous_head_role == HEAD:
            raise DomainError(f"{ROLE_FIELD}: ein Haushalt hat genau einen {HEAD_LABEL}.",
                              field=ROLE_FIELD)
    with saving(session):
        if role == HEAD and head is not None and head.id != person.id:
            head.household_role = previous_head_role
            session.flush()  # the database allows one head at a time
        person.household_role = role


def remove_member(session: Session, actor: Actor, person_id: int, *,
                  today: date | None = None) -> None:
    """Take a person out of their household. The head leaves only as the last member."""
    require(actor, Permission.EDIT_PERSONS)
    today = today or office_today()
    person = load_person(session, person_id, lock=True)
    if person.household_id is None:
        raise DomainError(f"{person_label(person)} gehört zu keinem Haushalt.")
    household = load_household(session, person.household_id, active=False)
    if not household.active:
        raise DomainError(f"Der Haushalt {_name(household)} ist beendet; seine Mitglieder "
                          "bleiben als Nachweis verbunden.")
    require_may_edit(session, actor, [person], today)
    others = [m for m in members_of(session, household.id) if m.id != person.id]
    if person.household_role == HEAD and others:
        raise DomainError(f"{person_label(person)} ist {HEAD_LABEL} von {_name(household)}. "
                          f"Bitte machen Sie zuerst eine andere Person zum {HEAD_LABEL}.")
    person.household_id, person.household_role = None, None
    session.flush()


def end_household(session: Session, actor: Actor, household_id: int, *,
                  today: date | None = None) -> None:
    """Mark a household as ended; its members stay linked (see the module doc)."""
    require(actor, Permission.EDIT_PERSONS)
    today = today or office_today()
    household = load_household(session, household_id, active=False)
    if not household.active:
        raise DomainError(f"Der Haushalt {_name(household)} ist bereits beendet.")
    members = members_of(session, household.id)
    require_may_edit(session, actor, members, today)
    for member in members:
        reason = living_somewhere(session, member, today)
        if reason is not None:
            raise DomainError(f"Beenden nicht möglich: {reason}. Bitte zuerst ausziehen oder "
                              "aus dem Haushalt nehmen.")
    household.active = False
    session.flush()
