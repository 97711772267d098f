"""Finding the person a data-protection request is about (Administration only, which sees no
resident lists otherwise): by name or number, with birth date and household, so the right one
is chosen among namesakes. At most 50 hits; the disclosure itself is audited, the search
is not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Household, Person
from soest_desk.models.text_keys import fold_text
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require

LIMIT = 50


@dataclass(frozen=True)
class Found:
    person_id: int
    name: str
    birth_date: date | None
    household: str | None
    anonymised: bool


def find_people(session: Session, actor: Actor, text: str) -> list[Found]:
    require(actor, Permission.DATA_PROTECTION)
    wanted = " ".join(text.split())
    if not wanted:
        raise DomainError("Suche: bitte einen Namen oder eine Personennummer eingeben.",
                          field="Suche")
    query = select(Person, Household.label).outerjoin(
        Household, Household.id == Person.household_id)
    if wanted.lstrip("#").isdigit():
        query = query.where(Person.id == int(wanted.lstrip("#")))
    else:
        escaped = (fold_text(wanted).replace("\\", "\\\\").replace("%", "\\%")
                   .replace("_", "\\_"))
        pattern = f"%{escaped}%"
        query = query.where(Person.search_name.like(pattern, escape="\\"))
    rows = session.execute(query.order_by(Person.search_name, Person.id).limit(LIMIT)).all()
    return [Found(p.id, ", ".join(x for x in (p.family_name, p.given_names) if x),
                  p.birth_date, label, p.anonymised_at is not None) for p, label in rows]
