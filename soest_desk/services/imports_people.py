"""Importing people and their households (see `imports` for the flow).

Rows with the same entry in the household column form one household. Roles come from the
role column; where it is missing or empty, the first adult without a role becomes the
head (if the household has none), other minors children and other adults "Sonstige*r".
Possible duplicates are found by the duplicate service in one pass for the whole file:
people already in the database and people listed twice in the file (the later row is the
duplicate of the earlier one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from soest_desk.models.enums import BirthDatePrecision, HouseholdRole, Sex
from soest_desk.services import duplicates, people, validation
from soest_desk.services.errors import DomainError
from soest_desk.services.import_files import Cell
from soest_desk.services.imports_fields import ImportKind
from soest_desk.services.imports_rows import (
    BaseImporter,
    DuplicateMatch,
    Item,
    RowError,
    RowValues,
)
from soest_desk.services.imports_values import HOUSEHOLD_ROLES, SEXES, choose, text_value
from soest_desk.services.permissions import Actor

ADULT_AGE = 18
HEAD, CHILD, OTHER = HouseholdRole.HEAD.value, HouseholdRole.CHILD.value, HouseholdRole.OTHER.value


@dataclass(frozen=True)
class Membership:
    key: str  # the household column folded: "Fam. 12" and "fam. 12" are one household
    written: str  # as in the file, for the label and messages
    role: str | None  # from the file; None: to be assigned


def _text(limit: int) -> Callable[[Cell, str], str | None]:
    return lambda value, label: text_value(value, label, max_length=limit)


def age_on(birth_date: date | None, today: date) -> int | None:
    if birth_date is None:
        return None
    years = today.year - birth_date.year
    return years - ((today.month, today.day) < (birth_date.month, birth_date.day))


def is_minor(data: people.PersonInput, today: date) -> bool:
    age = age_on(data.birth_date, today)
    return age is not None and age < ADULT_AGE


def assign_roles(members: list[Item[Any]], today: date) -> list[str]:
    """The household role of each member: the file's, else head for the first adult
    without one (when nobody is head yet), child for minors, "other" for adults. A
    household whose head was skipped as a duplicate gets the first adult as head."""
    roles: list[str | None] = [m.extra["household"].role for m in members]
    if HEAD not in roles:
        open_slots = [i for i, role in enumerate(roles) if role is None] or list(
            range(len(members)))
        adults = [i for i in open_slots if not is_minor(members[i].data, today)]
        roles[(adults or open_slots)[0]] = HEAD
    return [role or (CHILD if is_minor(m.data, today) else OTHER)
            for role, m in zip(roles, members, strict=True)]


def household_label(members: list[Item[Any]], roles: list[str]) -> str:
    """Named after the head, like the window's households: "Familie Haddad" when several
    live together, "Haushalt Haddad" for one person. (The file's household column is a
    grouping key, often a number, not a name.)"""
    head = members[roles.index(HEAD)]
    name = head.data.family_name or head.data.given_names
    return f"Familie {name}" if len(members) > 1 else f"Haushalt {name}"


class PeopleImporter(BaseImporter):
    kind = ImportKind.PEOPLE

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # every row's household, bad rows too: a head in a row with a bad date is still
        # the head, and the other members must not be told their household has none
        self.memberships: dict[str, list[tuple[int, Membership]]] = {}

    def convert(self, values: RowValues) -> Item[people.PersonInput] | None:
        family = values.parse("family_name", _text(200))
        given = values.parse("given_names", _text(200))
        if not family and not given:
            values.fail("family_name", "Familienname und Vornamen fehlen; mindestens einer "
                                       "von beiden muss angegeben sein.")
        birth_date, precision = values.parse(
            "birth_date", lambda v, label: validation.parse_birth_date(v, self.today, label),
            (None, BirthDatePrecision.DAY.value))
        data = dict(
            sex=values.parse("sex", lambda v, label: choose(v, label, SEXES),
                             Sex.UNKNOWN.value),
            nationality=values.parse("nationality", validation.parse_nationality),
            phone=values.parse("phone", validation.parse_phone),
            care_grade=values.parse("care_grade", lambda v, label: validation.parse_int(
                v, label, minimum=0, maximum=5), 0),
            needs_barrier_free=values.parse("needs_barrier_free", validation.parse_bool, False),
            has_pets=values.parse("has_pets", validation.parse_bool, False),
            smoker=values.parse("smoker", validation.parse_bool, False),
            name_transliteration=values.parse("name_transliteration", _text(400)),
        )
        membership = self._membership(values)
        if not values.ok:
            return None
        person = people.PersonInput(
            family_name=family or "", given_names=given or "", birth_date=birth_date,
            birth_date_precision=precision, **data)
        try:
            people.check_person(person, self.today)
        except DomainError as exc:
            self.fail_from_service(values, exc)
            return None
        return Item(values.number, person, {"household": membership})

    def _membership(self, values: RowValues) -> Membership | None:
        written = values.parse("household_key", _text(200))
        role = values.parse("household_role",
                            lambda v, label: choose(v, label, HOUSEHOLD_ROLES))
        if role is not None and written is None:
            column = values.column("household_key")
            where = (f"die Spalte „{column}“ ist hier leer" if column else
                     "der Haushalt fehlt (keine Spalte „Haushalt“ zugeordnet)")
            values.fail("household_role", f"Eine Rolle gibt es nur in einem Haushalt; {where}.")
            return None
        if written is None:
            return None
        membership = Membership(" ".join(written.casefold().split()), written, role)
        self.memberships.setdefault(membership.key, []).append((values.number, membership))
        return membership

    def check(self, items: list[Item[Any]], errors: list[RowError]) -> None:
        """Exactly one head per household: not two, and not none when every member has a
        role from the file (roles left empty are assigned when writing)."""
        column = self.headers[self.columns["household_role"]] if (
            "household_role" in self.columns) else None
        for members in self.memberships.values():
            heads = [number for number, membership in members if membership.role == HEAD]
            written = members[0][1].written
            for extra in heads[1:]:
                errors.append(RowError(
                    extra, column,
                    f"Der Haushalt „{written}“ hat schon einen Haushaltsvorstand (Zeile "
                    f"{heads[0]}); es kann nur einen geben."))
            if not heads and all(membership.role for _, membership in members):
                errors.append(RowError(
                    members[0][0], column,
                    f"Der Haushalt „{written}“ hat keinen Haushaltsvorstand; bitte bei einer "
                    "Person „Haushaltsvorstand“ eintragen."))

    @staticmethod
    def _groups(items: list[Item[Any]]) -> dict[str, list[Item[Any]]]:
        """Household key → its members in file order (the keys in order of first row)."""
        groups: dict[str, list[Item[Any]]] = {}
        for item in items:
            membership: Membership | None = item.extra["household"]
            if membership is not None:
                groups.setdefault(membership.key, []).append(item)
        return groups

    def duplicates(self, items: list[Item[Any]]) -> dict[int, tuple[DuplicateMatch, ...]]:
        rows = [(item.data.family_name, item.data.given_names, item.data.birth_date,
                 item.data.birth_date_precision) for item in items]
        found = duplicates.find_matches_many(self.session, rows)
        result: dict[int, tuple[DuplicateMatch, ...]] = {}
        for index, matches in found.items():
            converted = [self._match(items, index, match) for match in matches]
            kept = tuple(m for m in converted if m is not None)
            if kept:
                result[items[index].row_number] = kept
        return result

    def _match(self, items: list[Item[Any]], index: int,
               match: duplicates.Match) -> DuplicateMatch | None:
        """The service's match as the report shows it. Of two rows of the file naming the
        same person only the later one is the duplicate."""
        if match.row is not None:
            if match.row >= index:
                return None
            row_number = items[match.row].row_number
            shown = duplicates.describe_match(replace(match, row=None))
            return DuplicateMatch(f"wie Zeile {row_number}: {shown}", row_number=row_number,
                                  score=match.score)
        shown = duplicates.describe_match(match)
        return DuplicateMatch(f"schon erfasst: {shown}, Ähnlichkeit {match.score:.0f} %",
                              record_id=match.person_id, score=match.score)

    def households(self, items: list[Item[Any]]) -> int:
        return len(self._groups(items))

    def write(self, actor: Actor, items: list[Item[Any]], step: Callable[[int], None]) -> int:
        """People in file order; a household is created at its first row, with its head
        first (the household service wants a head before the other members)."""
        groups = self._groups(items)
        for item in items:
            membership: Membership | None = item.extra["household"]
            if membership is None:
                step(item.row_number)
                people.create_person(self.session, actor, item.data, today=self.today,
                                     duplicate_ok=True)
            elif groups[membership.key][0] is item:
                self._write_household(actor, groups[membership.key], step)
        return len(items)

    def _write_household(self, actor: Actor, members: list[Item[Any]],
                         step: Callable[[int], None]) -> None:
        roles = assign_roles(members, self.today)
        label = household_label(members, roles)
        household = people.create_household(self.session, actor, label, [], today=self.today)
        head_first = sorted(zip(members, roles, strict=True), key=lambda pair: pair[1] != HEAD)
        for member, role in head_first:
            step(member.row_number)
            people.create_person(self.session, actor, member.data, today=self.today,
                                 duplicate_ok=True, household_id=household.id,
                                 household_role=role)
