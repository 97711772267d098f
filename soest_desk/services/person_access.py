"""Loading people for a change, and who may change whom.

The Heimleitung (a facility-scoped role) may change people who live in one of its
facilities today, or nowhere today; the Leitung may change everybody. Shared by `people`
and `households`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TypeVar

from sqlalchemy import Select, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Person, Stay, Unit
from soest_desk.services.errors import DomainError, PermissionDenied
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.validation import german_date

S = TypeVar("S", bound=Select)


def person_label(person: Person) -> str:
    """ "Kovalenko, Olena" as the messages name people."""
    return ", ".join(part for part in (person.family_name, person.given_names) if part)


def lock_query(session: Session, query: S) -> S:
    """Lock the rows read (PostgreSQL); SQLite writes already hold the database lock."""
    return query.with_for_update() if session.get_bind().dialect.name == "postgresql" else query


def load_person(session: Session, person_id: int, *, lock: bool = False) -> Person:
    query = select(Person).where(Person.id == person_id)
    person = session.scalars(lock_query(session, query) if lock else query).first()
    if person is None:
        raise DomainError(f"Die Person Nr. {person_id} gibt es nicht.")
    if person.anonymised_at is not None:
        raise DomainError(f"Die Person Nr. {person_id} wurde anonymisiert und kann nicht mehr "
                          "bearbeitet werden.")
    return person


def facilities_lived_in(session: Session, person_ids: Sequence[int], today: date
                        ) -> dict[int, set[int]]:
    """person id → the facilities they live in today (a set: at most one in practice)."""
    rows = session.execute(
        select(Stay.person_id, Unit.facility_id).join(Unit, Unit.id == Stay.unit_id)
        .where(Stay.person_id.in_(person_ids), Stay.start_date <= today,
               or_(Stay.end_date.is_(None), Stay.end_date > today))).all()
    living: dict[int, set[int]] = {}
    for person_id, facility_id in rows:
        living.setdefault(person_id, set()).add(facility_id)
    return living


def may_edit_person(session: Session, actor: Actor, person_id: int, today: date) -> bool:
    """True if `actor` may change this person (the window enables its buttons by it)."""
    if not actor.can(Permission.EDIT_PERSONS):
        return False
    scope = actor.facility_scope(Permission.EDIT_PERSONS)
    return scope is None or facilities_lived_in(session, [person_id], today).get(
        person_id, set()) <= scope


def require_may_edit(session: Session, actor: Actor, persons: Sequence[Person],
                     today: date) -> None:
    """PermissionDenied unless `actor` may edit each of `persons` (see the module doc)."""
    require(actor, Permission.EDIT_PERSONS)
    scope = actor.facility_scope(Permission.EDIT_PERSONS)
    if scope is None or not persons:
        return
    living = facilities_lived_in(session, [p.id for p in persons], today)
    for person in persons:
        if living.get(person.id, set()) - scope:
            raise PermissionDenied(
                f"Keine Berechtigung: {person_label(person)} wohnt in einer Unterkunft, die "
                "Ihnen nicht zugeordnet ist. Das kann die Heimleitung dort oder die Leitung "
                "ändern.")


def stays_from(session: Session, person_id: int, today: date) -> list[tuple[Stay, str, str]]:
    """The person's current and future stays with facility name and unit label."""
    return [tuple(row) for row in session.execute(
        select(Stay, Facility.name, Unit.label).join(Unit, Unit.id == Stay.unit_id)
        .join(Facility, Facility.id == Unit.facility_id)
        .where(Stay.person_id == person_id, or_(Stay.end_date.is_(None), Stay.end_date > today))
        .order_by(Stay.start_date)).all()]


def living_somewhere(session: Session, person: Person, today: date) -> str | None:
    """Why `person` cannot be ended (German), or None if they live nowhere from today on."""
    stays = stays_from(session, person.id, today)
    if not stays:
        return None
    stay, facility, unit = stays[0]
    if stay.start_date <= today:
        return f"{person_label(person)} wohnt noch in „{facility}“ (Wohneinheit {unit})"
    return (f"{person_label(person)} ist ab {german_date(stay.start_date)} in „{facility}“ "
            f"(Wohneinheit {unit}) eingeplant")


@contextlib.contextmanager
def saving(session: Session) -> Iterator[None]:
    """Make the changes of the block in a savepoint and flush them. What the checks before
    could not see because another workstation saved it a moment ago (the same document, a
    second head of a household) is caught by the database's unique keys and becomes a German
    error; only the savepoint is rolled back, so the caller's session stays usable."""
    try:
        with session.begin_nested():
            yield
            session.flush()
    except IntegrityError as exc:
        text = str(exc.orig)
        if "uq_identity_documents" in text or "UNIQUE constraint failed: identity_documents" \
                in text:
            raise DomainError("Ausweisnummer: ein Dokument mit dieser Nummer wurde eben an "
                              "einem anderen Arbeitsplatz erfasst. Bitte prüfen Sie die "
                              "Angaben.", field="Ausweisnummer") from exc
        if "uq_persons_household_head" in text or "UNIQUE constraint failed: persons." \
                "household_id" in text:
            raise DomainError("Rolle im Haushalt: eben wurde an einem anderen Arbeitsplatz ein "
                              "Haushaltsvorstand bestimmt. Bitte laden Sie den Haushalt neu.",
                              field="Rolle im Haushalt") from exc
        raise
