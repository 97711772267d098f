"""The allocation assistant: which units can take a whole household from a move-in date.

For every active unit of the facilities in reach it either proposes a place or says in
German why not. The rules (`unit_refusals`) are plain functions of a household and a place,
so the flat search of the social workers applies the same ones to private housing offers:

- room: the unit has enough allocable places on every day from the move-in date (blocked
  places and people booked later count);
- area: the unit's m² per person, with the household moved in, reaches the shared setting
  "Mindestfläche je Person";
- barrier-free: a barrier-free unit when anybody needs one;
- pets and smoking: the facility allows them when anybody has pets or smokes;
- occupancy type: units for single men or single women take only such households; family
  units take households of two or more.

Ranking: the whole household together in one unit before a split across neighbouring units
of one facility (same or nearest floors, fewest units); families in family units first; a
unit nobody else lives in before a shared one; the fewest places left empty; then the most
m² per person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Person, Stay, Unit
from soest_desk.models.enums import FacilityKind, OccupancyType
from soest_desk.services import shared_settings
from soest_desk.services.capacity import current_stay, load_units
from soest_desk.services.errors import DomainError
from soest_desk.services.permissions import Actor, Permission, require
from soest_desk.services.stays import Placement, person_name

ADULT_AGE = 18
ROLE_ORDER = {"head": 0, "child": 1, "partner": 2, "relative": 3, "other": 4}


@dataclass(frozen=True)
class Member:
    person_id: int
    name: str
    sex: str
    age: int | None
    role: str | None
    needs_barrier_free: bool
    has_pets: bool
    smoker: bool

    @property
    def adult(self) -> bool:
        return self.age is None or self.age >= ADULT_AGE


@dataclass(frozen=True)
class HouseholdProfile:
    members: tuple[Member, ...]

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def is_family(self) -> bool:
        return self.size >= 2

    @property
    def needs_barrier_free(self) -> list[Member]:
        return [m for m in self.members if m.needs_barrier_free]

    @property
    def pets(self) -> bool:
        return any(m.has_pets for m in self.members)

    @property
    def smokers(self) -> bool:
        return any(m.smoker for m in self.members)


@dataclass(frozen=True)
class PlaceProfile:
    """What the rules need to know of a unit or a private housing offer."""

    places: int
    area_m2: float
    barrier_free: bool
    occupancy_type: str
    pets_allowed: bool
    smoking_allowed: bool


def age_on(born: date | None, day: date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def household_profile(session: Session, person_ids: Sequence[int], day: date
                      ) -> HouseholdProfile:
    people = session.scalars(select(Person).where(Person.id.in_(set(person_ids)))).all()
    if len(people) != len(set(person_ids)) or not people:
        raise DomainError("Bitte die Personen des Haushalts auswählen.")
    members = sorted(
        (Member(p.id, person_name(p), p.sex, age_on(p.birth_date, day), p.household_role,
                p.needs_barrier_free, p.has_pets, p.smoker) for p in people),
        key=lambda m: (ROLE_ORDER.get(m.role or "other", 9), m.age is None, -(m.age or 0)))
    return HouseholdProfile(tuple(members))


def unit_refusals(household: HouseholdProfile, place: PlaceProfile, room: int,
                  people_after: int, min_area: float) -> list[str]:
    """Why this place cannot take the household (empty: it can). `room`: places free on
    every day of the stay; `people_after`: everyone living there with the household in."""
    reasons = []
    if room < household.size:
        reasons.append("überbelegt" if room < 0 else "voll" if room == 0 else
                       f"nur {room} {'Platz' if room == 1 else 'Plätze'} frei "
                       f"(Haushalt: {household.size} Personen)")
    # the area matters where the household fits at all (a full unit says so and no more)
    if room >= household.size and place.area_m2 / max(people_after, 1) < min_area:
        reasons.append(f"zu wenig Fläche: {_m2(place.area_m2 / people_after)} je Person "
                       f"(mindestens {_m2(min_area)})")
    needing = household.needs_barrier_free
    if needing and not place.barrier_free:
        reasons.append(f"nicht barrierefrei (benötigt für {needing[0].name})")
    if household.pets and not place.pets_allowed:
        reasons.append("Haustiere sind hier nicht erlaubt")
    if household.smokers and not place.smoking_allowed:
        reasons.append("Rauchen ist hier nicht erlaubt")
    kind = place.occupancy_type
    adults = [m for m in household.members if m.adult]
    single_man = household.size == 1 and bool(adults) and adults[0].sex == "m"
    if kind == OccupancyType.SINGLE_MEN and not single_man:
        reasons.append("nur für alleinstehende Männer")
    if kind == OccupancyType.SINGLE_WOMEN and any(m.sex == "m" and m.adult
                                                  for m in household.members):
        reasons.append("nur für alleinstehende Frauen (auch mit Kindern)")
    if kind == OccupancyType.FAMILY and not household.is_family:
        reasons.append("Familienwohneinheit – für Haushalte ab zwei Personen")
    return reasons


def _m2(value: float) -> str:
    return f"{value:.1f} m²".replace(".", ",")


@dataclass(frozen=True)
class UnitChoice:
    unit_id: int
    label: str
    floor: int | None
    person_ids: tuple[int, ...]


@dataclass(frozen=True)
class Suggestion:
    facility_id: int
    facility: str
    units: tuple[UnitChoice, ...]
    together: bool
    notes: tuple[str, ...]
    rank: tuple = field(compare=False, repr=False)  # type: ignore[type-arg]

    def placements(self) -> list[Placement]:
        return [Placement(pid, u.unit_id) for u in self.units for pid in u.person_ids]

    @property
    def title(self) -> str:
        labels = ", ".join(u.label for u in self.units)
        return f"{self.facility} – {labels}"


@dataclass(frozen=True)
class Refusal:
    facility_id: int
    facility: str
    unit_id: int
    label: str
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class Proposal:
    household: HouseholdProfile
    move_in: date
    suggestions: list[Suggestion]
    refused: list[Refusal]


@dataclass
class _Unit:
    unit: Unit
    facility: Facility
    place: PlaceProfile
    room: int
    occupied: int  # people there on the move-in day
    peak: int  # the most people there on any day from the move-in day
    refusals: list[str]


def suggest(session: Session, actor: Actor, person_ids: Sequence[int], move_in: date, *,
            facility_ids: Sequence[int] | None = None, limit: int = 30) -> Proposal:
    """Ranked places for these people (a household) from `move_in`, and every unit left
    out with its reasons."""
    require(actor, Permission.MANAGE_STAYS)
    household = household_profile(session, person_ids, move_in)
    min_area = float(shared_settings.get(session, "min_area_per_person_m2"))
    scope = actor.facility_scope(Permission.MANAGE_STAYS)
    query = (select(Unit, Facility).join(Facility, Unit.facility_id == Facility.id)
             .where(Unit.active.is_(True), Facility.active.is_(True),
                    Facility.kind != FacilityKind.PRIVATE_OFFER.value))
    if scope is not None:
        query = query.where(Facility.id.in_(scope))
    if facility_ids is not None:
        query = query.where(Facility.id.in_(set(facility_ids)))
    rows = session.execute(query.order_by(Facility.name, Unit.floor, Unit.label)).all()
    loads = load_units(session, [u.id for u, _f in rows], move_in, None,
                       ignore_person_ids=person_ids)
    smokers_in = _units_with_smokers(session, [u.id for u, _f in rows], move_in)
    units: list[_Unit] = []
    for unit, facility in rows:
        load = loads[unit.id]
        place = PlaceProfile(unit.places, float(unit.area_m2), unit.barrier_free,
                             unit.occupancy_type, facility.pets_allowed,
                             facility.smoking_allowed)
        room = load.free_throughout(move_in, None)
        peak = load.peak_occupied(move_in, None)
        refusals = unit_refusals(household, place, room, peak + household.size, min_area)
        units.append(_Unit(unit, facility, place, room, load.occupied(move_in), peak,
                           refusals))
    suggestions = [_together(household, u, u.unit.id in smokers_in)
                   for u in units if not u.refusals]
    by_facility: dict[int, list[_Unit]] = defaultdict(list)
    for u in units:
        by_facility[u.facility.id].append(u)
    split_used: set[int] = set()
    if household.size > 1:
        for facility_units in by_facility.values():
            if any(not u.refusals for u in facility_units):
                continue  # the whole household fits together here: no split needed
            split = _split(household, facility_units, min_area)
            if split is not None:
                suggestions.append(split)
                split_used |= {c.unit_id for c in split.units}
    home = _household_facilities(session, person_ids, move_in)
    if home:  # relatives live somewhere already: their facility first, the others marked
        suggestions = [replace(s, rank=(0 if s.facility_id in home else 1, *s.rank),
                               notes=s.notes if s.facility_id in home else (
                                   "Angehörige wohnen in einer anderen Unterkunft", *s.notes))
                       for s in suggestions]
    suggestions.sort(key=lambda s: s.rank)
    refused = [Refusal(u.facility.id, u.facility.name, u.unit.id, u.unit.label,
                       tuple(u.refusals)) for u in units
               if u.refusals and u.unit.id not in split_used]
    return Proposal(household, move_in, suggestions[:limit], refused)


def _household_facilities(session: Session, person_ids: Sequence[int], day: date
                          ) -> set[int]:
    """Facilities where other members of these people's households live on `day`."""
    households = set(session.scalars(select(Person.household_id).where(
        Person.id.in_(set(person_ids)), Person.household_id.is_not(None))))
    if not households:
        return set()
    return set(session.scalars(
        select(Unit.facility_id).join(Stay, Stay.unit_id == Unit.id)
        .join(Person, Stay.person_id == Person.id)
        .where(Person.household_id.in_(households), Person.id.not_in(set(person_ids)),
               current_stay(Stay, day))))


def _units_with_smokers(session: Session, unit_ids: list[int], day: date) -> set[int]:
    if not unit_ids:
        return set()
    found: set[int] = set()
    for offset in range(0, len(unit_ids), 500):
        found |= set(session.scalars(
            select(Stay.unit_id).join(Person, Stay.person_id == Person.id).where(
                Stay.unit_id.in_(unit_ids[offset:offset + 500]), Person.smoker.is_(True),
                current_stay(Stay, day))))
    return found


def _together(household: HouseholdProfile, u: _Unit, smokers_there: bool) -> Suggestion:
    notes = []
    family_fit = household.is_family and u.place.occupancy_type == OccupancyType.FAMILY
    if u.occupied:
        notes.append(f"teilt die Wohneinheit mit {u.occupied} "
                     f"{'Person' if u.occupied == 1 else 'Personen'}")
    if smokers_there and not household.smokers:
        notes.append("Mitbewohnende rauchen")
    empty = u.room - household.size
    if empty:
        notes.append(f"danach {empty} {'Platz' if empty == 1 else 'Plätze'} frei")
    area = u.place.area_m2 / (u.occupied + household.size)
    notes.append(f"{_m2(area)} je Person")
    rank = (0, 0 if family_fit or not household.is_family else 1, 1 if u.occupied else 0,
            1 if smokers_there and not household.smokers else 0, empty, -area,
            u.facility.name, u.unit.label)
    choice = UnitChoice(u.unit.id, u.unit.label, u.unit.floor,
                        tuple(m.person_id for m in household.members))
    return Suggestion(u.facility.id, u.facility.name, (choice,), True, tuple(notes), rank)


def _split(household: HouseholdProfile, facility_units: list[_Unit], min_area: float
           ) -> Suggestion | None:
    """The fewest neighbouring units of one facility that take the household together:
    every rule but room holds for each (occupancy type, barrier-free, pets, smoking); each
    takes no more people than its free places and its m² per person allow; and every unit
    with a child in it has an adult of the household too."""
    usable: list[tuple[_Unit, int]] = []  # (unit, how many of the household it can take)
    for u in facility_units:
        by_area = int(u.place.area_m2 // min_area) - u.peak if min_area > 0 else u.room
        takes = min(u.room, by_area)
        if takes > 0 and not unit_refusals(household, u.place, household.size, 0, min_area):
            usable.append((u, takes))
    adults = [m for m in household.members if m.adult]
    if sum(takes for _u, takes in usable) < household.size or not adults:
        return None
    best: tuple[tuple, list[tuple[_Unit, int]]] | None = None  # type: ignore[type-arg]
    for anchor in {u.unit.floor or 0 for u, _t in usable}:
        ordered = sorted(usable, key=lambda ut: (abs((ut[0].unit.floor or 0) - anchor),
                                                 -ut[1], ut[0].unit.label))
        chosen, room = [], 0
        for pair in ordered:
            chosen.append(pair)
            room += pair[1]
            if room >= household.size:
                break
        spread = max(abs((u.unit.floor or 0) - anchor) for u, _t in chosen)
        key = (len(chosen), spread, [u.unit.label for u, _t in chosen])
        if best is None or key < best[0]:
            best = (key, chosen)
    assert best is not None
    groups = _groups(household, [takes for _u, takes in best[1]])
    if groups is None:
        return None
    choices, notes = [], []
    for (u, _takes), group in zip(best[1], groups, strict=True):
        if not group:
            continue
        choices.append(UnitChoice(u.unit.id, u.unit.label, u.unit.floor,
                                  tuple(m.person_id for m in group)))
        notes.append(f"{u.unit.label}: " + ", ".join(m.name for m in group))
    notes.insert(0, f"aufgeteilt auf {len(choices)} benachbarte Wohneinheiten")
    facility = best[1][0][0].facility
    rank = (1, 0, len(choices), best[0][1], facility.name)
    return Suggestion(facility.id, facility.name, tuple(choices), False, tuple(notes), rank)


def _groups(household: HouseholdProfile, sizes: list[int]) -> list[list[Member]] | None:
    """The household in groups of at most `sizes[i]`, every group with a child in it led
    by an adult (None when there are too few adults for that)."""
    adults = [m for m in household.members if m.adult]
    minors = [m for m in household.members if not m.adult]
    groups: list[list[Member]] = [[] for _ in sizes]
    for index, size in enumerate(sizes):
        if not minors and not adults:
            break
        if minors and not adults:
            return None  # children left, no adult to go with them
        group = groups[index]
        group.append(adults.pop(0))
        while len(group) < size and minors:
            group.append(minors.pop(0))
        while len(group) < size and adults and (not minors or len(adults) > 1):
            group.append(adults.pop(0))
    return None if minors or adults else groups

