"""Who lives where on one day (the Belegungsliste): every person with a stay covering the day
in one of the office's facilities, with unit, household and how long they have lived there.
No Qt.

Definitions:
- living there on `day`: a stay with move-in day ≤ `day` < move-out day (the day of moving
  out no longer counts), as the occupancy figures count; private housing offers (a flat of
  the household's own) are not facilities of the office and are left out, as are people
  whose data has been anonymised.
- in the room since: the move-in day of the stay covering `day`.
- moved in: the start of the current residence — the current stay and the stays before it
  joined by transfers without a gap (`listing_filters.residence_starts`), so a transfer to
  another room or facility does not restart it.
- days: `day` − moved in, in days (0 on the day of moving in).

Rights: "Bewohner*innen ansehen" (names are personal data); site managers and social
workers see the people of their own facilities only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Household, Person, Stay, Unit
from soest_desk.models.enums import FacilityKind
from soest_desk.services.capacity import current_stay
from soest_desk.services.listing_filters import residence_starts
from soest_desk.services.listing_queries import household_label
from soest_desk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class ResidentRow:
    person_id: int
    facility_id: int
    facility: str
    unit: str
    family_name: str
    given_names: str
    birth_date: date | None
    birth_date_precision: str  # "day", "month" or "year"
    household_id: int | None
    household: str | None
    in_unit_since: date
    moved_in: date  # start of the current residence (transfers joined)
    days: int  # day − moved_in


def residents_on(session: Session, actor: Actor, day: date,
                 facility_ids: Iterable[int] | None = None) -> list[ResidentRow]:
    """The people living in the facilities on `day` (see the module docstring), within the
    actor's facilities and `facility_ids` (None: all), by facility, unit, household, name."""
    require(actor, Permission.VIEW_PERSONS)
    wanted = actor.facilities_within(Permission.VIEW_PERSONS, facility_ids)
    if wanted is not None and not wanted:
        return []
    chain = residence_starts(day)
    starts = (select(chain.c.person_id, func.min(chain.c.start_date).label("start"))
              .group_by(chain.c.person_id).subquery("starts"))
    label = household_label(Household)
    query = (
        select(Person.id, Facility.id, Facility.name, Unit.label, Person.family_name,
               Person.given_names, Person.birth_date, Person.birth_date_precision,
               Person.household_id, label, Stay.start_date, starts.c.start)
        .select_from(Stay)
        .join(Person, Stay.person_id == Person.id)
        .join(Unit, Stay.unit_id == Unit.id)
        .join(Facility, Unit.facility_id == Facility.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(starts, starts.c.person_id == Person.id)
        .where(current_stay(Stay, day), Person.anonymised_at.is_(None),
               Facility.kind != FacilityKind.PRIVATE_OFFER.value)
    )
    if wanted is not None:
        query = query.where(Facility.id.in_(sorted(wanted)))
    rows = []
    for (person_id, facility_id, facility, unit, family, given, born, precision, household_id,
         household, since, began) in session.execute(query):
        moved_in = min(began or since, since)
        rows.append(ResidentRow(person_id, facility_id, facility, unit, family, given, born,
                                precision, household_id, household, since, moved_in,
                                (day - moved_in).days))
    rows.sort(key=lambda r: (r.facility.casefold(), r.facility_id, r.unit.casefold(),
                             (r.household or "").casefold(), r.family_name.casefold(),
                             r.given_names.casefold(), r.person_id))
    return rows
