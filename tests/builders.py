"""Small, explicit test data through the ORM: a few facilities, people, stays, tickets, cases.

`Builder` adds single rows with sensible defaults; `build_sample(database)` makes the
hand-made data set the listing and window tests count on (numbers in its docstring).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from sqlalchemy.orm import Session

from soest_desk.db import Database
from soest_desk.models import (
    Case,
    Facility,
    FollowUp,
    Household,
    Person,
    Stay,
    Ticket,
    Unit,
    User,
    UserFacility,
    UserRole,
)
from soest_desk.models.enums import Role
from soest_desk.services.permissions import SYSTEM_ACTOR, Actor

TODAY = date(2025, 3, 15)
NOW = datetime(2025, 3, 15, 10, 0, tzinfo=UTC)
T = TypeVar("T")


class Builder:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _add(self, row: T) -> T:
        self.session.add(row)
        self.session.flush()
        return row

    def facility(self, name: str, *, kind: str = "shared_accommodation",
                 district: str | None = None, barrier_free: bool = False,
                 pilot_group: str | None = None, active: bool = True,
                 street: str = "Teststraße 1") -> Facility:
        return self._add(Facility(
            name=name, kind=kind, district=district, barrier_free=barrier_free, active=active,
            street=street, postal_code="59494", city="Soest", pilot_group=pilot_group,
            pilot_start=date(2025, 1, 1) if pilot_group else None,
        ))

    def unit(self, facility: Facility, label: str, places: int, *, active: bool = True) -> Unit:
        return self._add(Unit(
            facility_id=facility.id, label=label, places=places, area_m2=Decimal("12.50"),
            occupancy_type="mixed", active=active,
        ))

    def household(self, label: str | None = None) -> Household:
        return self._add(Household(label=label))

    def person(self, family_name: str, given_names: str, *, birth_date: date | None = None,
               precision: str = "day", nationality: str | None = None,
               household: Household | None = None, role: str | None = None,
               transliteration: str | None = None) -> Person:
        if household is not None and role is None:
            role = "other"
        return self._add(Person(
            family_name=family_name, given_names=given_names, birth_date=birth_date,
            birth_date_precision=precision, nationality=nationality,
            household_id=household.id if household else None, household_role=role,
            name_transliteration=transliteration,
        ))

    def stay(self, person: Person, unit: Unit, start: date, end: date | None = None) -> Stay:
        return self._add(Stay(
            person_id=person.id, unit_id=unit.id, start_date=start, end_date=end,
            move_out_reason="transfer" if end else None,
        ))

    def user(self, login: str, roles: set[Role], facilities: tuple[Facility, ...] = (),
             display_name: str | None = None) -> User:
        user = User(login=login, display_name=display_name or login.title())
        user.roles = [UserRole(role=role.value) for role in sorted(roles)]
        user.facilities = [UserFacility(facility_id=f.id) for f in facilities]
        return self._add(user)

    def ticket(self, facility: Facility, title: str, *, unit: Unit | None = None,
               state: str = "reported", priority: str = "normal", category: str = "other",
               reported_at: datetime = NOW, due_at: datetime | None = None,
               waiting_reason: str | None = None, hazard: bool = False,
               secured_due_at: datetime | None = None,
               waiting_until: date | None = None) -> Ticket:
        final = state in {"closed", "cancelled"}
        if state == "waiting" and waiting_until is None:
            waiting_until = reported_at.date()  # back "am Zug" already
        if hazard:
            priority = "immediate"  # a safety hazard is always "Sofort"
        return self._add(Ticket(
            facility_id=facility.id, unit_id=unit.id if unit else None, title=title,
            state=state, priority=priority, category=category, reported_at=reported_at,
            due_at=due_at, waiting_reason=waiting_reason, waiting_until=waiting_until,
            is_safety_hazard=hazard,
            secured_due_at=secured_due_at, closed_at=reported_at + timedelta(days=1)
            if final else None,
        ))

    def case(self, household: Household, *, social_worker: User | None = None,
             status: str = "open", opened_on: date = date(2025, 1, 10)) -> Case:
        return self._add(Case(
            household_id=household.id, status=status, opened_on=opened_on,
            social_worker_id=social_worker.id if social_worker else None,
            closed_on=date(2025, 3, 1) if status == "closed" else None, goals="geheim",
        ))

    def follow_up(self, case: Case, due_on: date, done_on: date | None = None) -> FollowUp:
        return self._add(FollowUp(case_id=case.id, due_on=due_on, subject="Termin",
                                  done_on=done_on))


@dataclass
class Sample:
    facilities: dict[str, int] = field(default_factory=dict)
    persons: dict[str, int] = field(default_factory=dict)
    tickets: dict[str, int] = field(default_factory=dict)
    cases: dict[str, int] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)


def _actor(user: User) -> Actor:
    return Actor(user.id, user.login, user.display_name,
                 frozenset(Role(r.role) for r in user.roles),
                 frozenset(f.facility_id for f in user.facilities))


def build_sample(database: Database) -> Sample:
    """The hand-made data set, seen on TODAY:

    - "Haus am Bach" (A): units A1 (4 places), A2 (2), A3 inactive (5) → 6 places; current
      stays: 3 in A1, 1 in A2 → 4 occupied, 2 free (plus an ended stay, one ending today and
      one starting tomorrow, none of which count).
    - "Übergangswohnheim Nord" (B): unit B1 (2 places), 3 current stays → 2 / 3 / −1.
    - "Wohnung Grandweg" (C): unit C1 (3 places), empty → 3 / 0 / 3.
    - "Leerstand Ost" (E): no units → 0 / 0 / 0.  "Altbau West" (D): inactive, not listed.
    - 10 persons (9 with a current stay or none, 1 anonymised and hidden): see `persons`.
    - 5 tickets, 3 cases; users: site manager of A, social worker of A, property service,
      manager.
    """
    sample = Sample()
    with database.write(SYSTEM_ACTOR) as session:
        b = Builder(session)
        a = b.facility("Haus am Bach", district="Soest-Süd", barrier_free=True,
                       pilot_group="Pilot A", street="Bachweg 3")
        bb = b.facility("Übergangswohnheim Nord", kind="transitional_home", district="Nord")
        c = b.facility("Wohnung Grandweg", kind="municipal_flat")
        d = b.facility("Altbau West", active=False)
        e = b.facility("Leerstand Ost", district="Ost")
        for f in (a, bb, c, d, e):
            sample.facilities[f.name] = f.id
        a1, a2 = b.unit(a, "A1", 4), b.unit(a, "A2", 2)
        b.unit(a, "A3", 5, active=False)
        b1 = b.unit(bb, "B1", 2)
        b.unit(c, "C1", 3)

        kov = b.household("Familie Kovalenko")
        ozt = b.household(None)
        people = {
            "kovalenko_olena": b.person("Kovalenko", "Olena", birth_date=date(1987, 1, 1),
                                        precision="year", nationality="UKR", household=kov,
                                        role="head"),
            "kovalenko_taras": b.person("Kovalenko", "Taras", birth_date=date(2015, 6, 2),
                                        nationality="UKR", household=kov, role="child"),
            "ozturk_ayse": b.person("Öztürk", "Ayşe", birth_date=date(1990, 4, 5),
                                    nationality="TUR", household=ozt, role="head"),
            "haddad_omar": b.person("Haddad", "Omar", nationality="SYR",
                                    transliteration="Ḥaddād ʿUmar"),
            "haddad_lina": b.person("Haddad", "Lina", nationality="SYR"),
            "mueller_jan": b.person("Müller", "Jan"),
            "nord_1": b.person("Ahmadi", "Farid", nationality="AFG"),
            "nord_2": b.person("Ahmadi", "Zahra", nationality="AFG"),
            "nord_3": b.person("Tesfaye", "Abeba", nationality="ERI"),
            "gone": b.person("Weg", "Anonym"),
        }
        sample.persons = {key: p.id for key, p in people.items()}
        day = timedelta(days=1)
        b.stay(people["kovalenko_olena"], a1, date(2024, 5, 1))
        b.stay(people["kovalenko_taras"], a1, date(2024, 5, 1))
        b.stay(people["ozturk_ayse"], a1, TODAY)  # arrives today: counts
        b.stay(people["haddad_omar"], a2, date(2024, 1, 1))
        b.stay(people["haddad_lina"], a1, date(2023, 1, 1), date(2024, 1, 1))  # ended
        b.stay(people["mueller_jan"], a2, date(2024, 2, 1), TODAY)  # leaves today: gone
        b.stay(people["gone"], a2, TODAY + day)  # arrives tomorrow: not yet
        for key in ("nord_1", "nord_2", "nord_3"):
            b.stay(people[key], b1, date(2024, 9, 1))
        people["gone"].anonymised_at = NOW

        site_manager = b.user("hl_a", {Role.SITE_MANAGER}, (a,), "Heimleitung A")
        social_worker = b.user("sw_a", {Role.SOCIAL_WORKER}, (a,), "Sozialarbeit A")
        property_service = b.user("os", {Role.PROPERTY_SERVICE}, (), "Objektservice")
        manager = b.user("leitung", {Role.MANAGER}, (), "Leitung")
        other_sw = b.user("sw_b", {Role.SOCIAL_WORKER}, (bb,), "Sozialarbeit B")
        for user in (site_manager, social_worker, property_service, manager, other_sw):
            sample.actors[user.login] = _actor(user)

        hours = timedelta(hours=1)
        tickets = {
            "heating": b.ticket(a, "Heizung kalt", unit=a1, category="heating",
                                state="accepted", priority="urgent", due_at=NOW - hours),
            "window": b.ticket(a, "Fenster klemmt", unit=a2, state="waiting",
                               waiting_reason="access", due_at=NOW + 48 * hours),
            "water": b.ticket(bb, "Wasserhahn tropft 100%_sicher", unit=b1,
                              category="plumbing", state="reported", due_at=None),
            "closed": b.ticket(bb, "Tür repariert", state="closed", due_at=NOW - 100 * hours),
            "hazard": b.ticket(c, "Geländer lose", state="in_progress", priority="immediate",
                               hazard=True, secured_due_at=NOW - 2 * hours,
                               due_at=NOW + 24 * hours, category="outdoor"),
        }
        sample.tickets = {key: t.id for key, t in tickets.items()}

        case_kov = b.case(kov, social_worker=social_worker, status="active")
        b.follow_up(case_kov, date(2025, 3, 20))
        b.follow_up(case_kov, date(2025, 3, 18))
        b.follow_up(case_kov, date(2025, 2, 1), done_on=date(2025, 2, 1))
        nord = b.household("Familie Ahmadi")
        for key in ("nord_1", "nord_2"):
            people[key].household_id = nord.id
            people[key].household_role = "head" if key == "nord_1" else "partner"
        case_nord = b.case(nord, social_worker=other_sw)
        case_ozt = b.case(ozt, status="closed", opened_on=date(2024, 11, 2))
        sample.cases = {"kovalenko": case_kov.id, "ahmadi": case_nord.id,
                        "ozturk": case_ozt.id}
    return sample
