"""The duplicate check of people: "same name and same birth date" across spellings.

Candidates come from the birth date only, through the index on `persons.birth_date`: never
a scan of the table. A birth date stands for a period (a day, or a month or a year when only
that is known) and two people are candidates when their periods overlap, i.e. they could
have been born on the same day: 03.05.1990 meets "05.1990" and "1990", "1990" meets every
date of 1990. Among the candidates, the names are compared by their `name_key`
(`name_keys`: Olena Kovalenko = Олена Коваленко ≈ Elena Kowalenko) with rapidfuzz: the
family names with each other and the given names with each other, and once more crosswise
because intake forms often have them swapped. A pair scores the weaker of its two parts, so
twins (same family name, same birthday, different given names) are not reported.

Without a birth date there are no candidates: a name alone matches too many people to be
a warning worth reading, and the lists' name search serves that case. Anonymised people are
never candidates; people who were ended are (someone who comes back should be found), and
`Match.active` says which.

`find_matches_many` checks an import of thousands of rows at once: the candidate dates of
all rows are fetched in chunks (IN lists of at most 500 dates, date ranges in ORs of at
most 50), and the rows are also compared with each other. A match with another row of the
same batch has `person_id` None and `row` set to that row's index; such pairs are reported
for both rows.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz, process
from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from soest_desk.models import Facility, Person, Stay, Unit
from soest_desk.models.enums import BirthDatePrecision
from soest_desk.services.clock import office_today
from soest_desk.services.name_keys import name_key

__all__ = ["MATCH_THRESHOLD", "Match", "describe_match", "find_matches", "find_matches_many",
           "name_key", "name_score"]

MATCH_THRESHOLD = 85.0  # 0–100; Olena/Elena Kowalenko 100, twins Hassan/Hussein 55
SUBSET_SCORE = 90.0  # one name is the other plus more words: "Mohammed" / "Mohammed Ali"
IN_CHUNK = 500
RANGE_CHUNK = 50
PREFILTER_FROM = 24  # pools at least this big are narrowed by rapidfuzz's C++ loop first
DAY, MONTH, YEAR = (BirthDatePrecision.DAY.value, BirthDatePrecision.MONTH.value,
                    BirthDatePrecision.YEAR.value)


@dataclass(frozen=True)
class Match:
    """A person (or, in a batch, another row) who may be the same as the one checked."""

    person_id: int | None  # None: another row of the same batch (`row`)
    family_name: str
    given_names: str
    birth_date: date | None
    birth_date_precision: str
    score: float  # 0–100
    facility: str | None  # where the person lives today, if anywhere
    active: bool = True  # False: the person was ended (moved away, left our care)
    row: int | None = None  # the other row's index, for a match within a batch


@dataclass
class _Entry:
    person_id: int | None
    row: int | None
    family_name: str
    given_names: str
    birth_date: date
    precision: str
    active: bool
    family_key: str = field(init=False)
    given_key: str = field(init=False)

    def __post_init__(self) -> None:
        self.family_key = name_key(self.family_name)
        self.given_key = name_key(self.given_names)


@dataclass
class _Pool:
    entries: list[_Entry] = field(default_factory=list)
    family_keys: list[str] = field(default_factory=list)
    given_keys: list[str] = field(default_factory=list)
    incomplete: list[int] = field(default_factory=list)  # entries missing a name part

    def add(self, entry: _Entry) -> None:
        if not (entry.family_key and entry.given_key):
            self.incomplete.append(len(self.entries))
        self.entries.append(entry)
        self.family_keys.append(entry.family_key)
        self.given_keys.append(entry.given_key)


def _period_start(day: date, precision: str) -> date:
    if precision == YEAR:
        return date(day.year, 1, 1)
    if precision == MONTH:
        return day.replace(day=1)
    return day


def _period_end(start: date, precision: str) -> date:
    if precision == YEAR:
        return date(start.year + 1, 1, 1)
    if precision == MONTH:
        return start + timedelta(days=calendar.monthrange(start.year, start.month)[1])
    return start + timedelta(days=1)


class _Index:
    """Entries by birth-date period: answers "who could share this birth date" with a few
    dictionary lookups (pools are disjoint per question, so nobody is scored twice)."""

    def __init__(self) -> None:
        self.pools: dict[tuple[str, date], _Pool] = defaultdict(_Pool)

    def add(self, entry: _Entry) -> None:
        day = entry.birth_date
        month, year = day.replace(day=1), date(day.year, 1, 1)
        if entry.precision == YEAR:
            self.pools["year_exact", year].add(entry)
        elif entry.precision == MONTH:
            self.pools["month_exact", month].add(entry)
            self.pools["month_all", month].add(entry)
        else:
            self.pools["day", day].add(entry)
            self.pools["month_all", month].add(entry)
        self.pools["year_all", year].add(entry)

    def pools_for(self, day: date, precision: str) -> list[_Pool]:
        month, year = day.replace(day=1), date(day.year, 1, 1)
        if precision == YEAR:
            keys = [("year_all", year)]
        elif precision == MONTH:
            keys = [("month_all", month), ("year_exact", year)]
        else:
            keys = [("day", day), ("month_exact", month), ("year_exact", year)]
        return [self.pools[key] for key in keys if key in self.pools]


def _similarity(a: str, b: str) -> float:
    if a == b:
        return 100.0
    if not a or not b:
        return 0.0
    return max(fuzz.ratio(a, b), min(SUBSET_SCORE, fuzz.token_set_ratio(a, b)))


def name_score(family_a: str, given_a: str, family_b: str, given_b: str) -> float:
    """0–100 for two names given as name keys: the weaker part of the better reading
    (as written, or with family and given names swapped). When a part is missing on either
    side, the whole names are compared as well ("Kovalenko Olena" in one field)."""
    straight = min(_similarity(family_a, family_b), _similarity(given_a, given_b))
    swapped = min(_similarity(family_a, given_b), _similarity(given_a, family_b))
    score = max(straight, swapped)
    if not (family_a and given_a and family_b and given_b):
        whole_a, whole_b = f"{family_a} {given_a}".strip(), f"{family_b} {given_b}".strip()
        if whole_a and whole_b:
            score = max(score, fuzz.token_sort_ratio(whole_a, whole_b),
                        min(SUBSET_SCORE, fuzz.token_set_ratio(whole_a, whole_b)))
    return score


def _worth_scoring(pool: _Pool, family_key: str, given_key: str) -> Iterable[int]:
    """Indices of the pool's entries that can reach the threshold. A pair scores at least
    the threshold only if the family name is that close to the other's family or given
    name; rapidfuzz's C++ loop finds those without a Python call per entry."""
    if len(pool.entries) < PREFILTER_FROM or not (family_key and given_key):
        return range(len(pool.entries))
    found = set(pool.incomplete)
    for choices in (pool.family_keys, pool.given_keys):
        for scorer in (fuzz.ratio, fuzz.token_set_ratio):
            hits = process.extract(family_key, choices, scorer=scorer, limit=None,
                                   score_cutoff=MATCH_THRESHOLD)
            found.update(index for _choice, _score, index in hits)
    return sorted(found)


def _scored(index: _Index, family_key: str, given_key: str, day: date, precision: str
            ) -> list[tuple[_Entry, float]]:
    results = []
    for pool in index.pools_for(day, precision):
        for position in _worth_scoring(pool, family_key, given_key):
            entry = pool.entries[position]
            score = name_score(family_key, given_key, entry.family_key, entry.given_key)
            if score >= MATCH_THRESHOLD:
                results.append((entry, score))
    return results


def _ordered(found: list[tuple[_Entry, float]], limit: int) -> list[tuple[_Entry, float]]:
    found.sort(key=lambda item: (-item[1], not item[0].active, item[0].family_name,
                                 item[0].given_names, item[0].person_id or 0, item[0].row or 0))
    return found[:limit]


def _candidate_query(conditions: list[ColumnElement[bool]]) -> Select:
    return select(Person.id, Person.family_name, Person.given_names, Person.birth_date,
                  Person.birth_date_precision, Person.active).where(
        Person.anonymised_at.is_(None), or_(*conditions))


def _entries(session: Session, query: Select) -> list[_Entry]:
    return [_Entry(row.id, None, row.family_name, row.given_names, row.birth_date,
                   row.birth_date_precision, row.active) for row in session.execute(query)]


def _where_born(start: date, end: date) -> list[ColumnElement[bool]]:
    """SQL conditions (both use the birth-date index) for every stored date whose period can
    overlap [start, end): dates inside it, and the month and year it lies in."""
    return [and_(Person.birth_date >= start, Person.birth_date < end),
            Person.birth_date.in_(sorted({start.replace(day=1), date(start.year, 1, 1)}))]


def _facilities(session: Session, person_ids: Iterable[int], today: date) -> dict[int, str]:
    ids = sorted(set(person_ids))
    where: dict[int, str] = {}
    for chunk_start in range(0, len(ids), IN_CHUNK):
        chunk = ids[chunk_start:chunk_start + IN_CHUNK]
        where.update(session.execute(
            select(Stay.person_id, Facility.name)
            .join(Unit, Unit.id == Stay.unit_id).join(Facility, Facility.id == Unit.facility_id)
            .where(Stay.person_id.in_(chunk), Stay.start_date <= today,
                   or_(Stay.end_date.is_(None), Stay.end_date > today))).all())
    return where


def _match(entry: _Entry, score: float, facilities: dict[int, str]) -> Match:
    return Match(
        person_id=entry.person_id, family_name=entry.family_name,
        given_names=entry.given_names, birth_date=entry.birth_date,
        birth_date_precision=entry.precision, score=round(score, 1),
        facility=facilities.get(entry.person_id) if entry.person_id is not None else None,
        active=entry.active, row=entry.row,
    )


def find_matches(
    session: Session, family_name: str, given_names: str, birth_date: date | None,
    precision: str = DAY, *, exclude_id: int | None = None, limit: int = 5,
    today: date | None = None,
) -> list[Match]:
    """People who may be this person, best first (at most `limit`); [] without birth date."""
    family_key, given_key = name_key(family_name or ""), name_key(given_names or "")
    if birth_date is None or not (family_key or given_key):
        return []
    precision = BirthDatePrecision(precision).value
    start = _period_start(birth_date, precision)
    query = _candidate_query(_where_born(start, _period_end(start, precision)))
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    index = _Index()
    for entry in _entries(session, query):
        index.add(entry)
    found = _ordered(_scored(index, family_key, given_key, start, precision), limit)
    facilities = _facilities(session, (e.person_id for e, _ in found if e.person_id),
                             today or office_today())
    return [_match(entry, score, facilities) for entry, score in found]


def _merged(ranges: list[tuple[date, date]]) -> list[tuple[date, date]]:
    merged: list[tuple[date, date]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _batch_candidates(session: Session, periods: list[tuple[date, str]]) -> list[_Entry]:
    """Everybody who may share a birth date with one of the periods, in chunked queries."""
    exact: set[date] = set()
    ranges: list[tuple[date, date]] = []
    for start, precision in periods:
        exact.update({start.replace(day=1), date(start.year, 1, 1)})
        if precision == DAY:
            exact.add(start)
        else:
            ranges.append((start, _period_end(start, precision)))
    merged = _merged(ranges)
    exact = {day for day in exact if not any(a <= day < b for a, b in merged)}
    by_id: dict[int, _Entry] = {}
    days = sorted(exact)
    for chunk_start in range(0, len(days), IN_CHUNK):
        query = _candidate_query([Person.birth_date.in_(days[chunk_start:chunk_start + IN_CHUNK])])
        by_id.update((e.person_id, e) for e in _entries(session, query) if e.person_id)
    for chunk_start in range(0, len(merged), RANGE_CHUNK):
        query = _candidate_query([and_(Person.birth_date >= a, Person.birth_date < b)
                                  for a, b in merged[chunk_start:chunk_start + RANGE_CHUNK]])
        by_id.update((e.person_id, e) for e in _entries(session, query) if e.person_id)
    return list(by_id.values())


def find_matches_many(
    session: Session, rows: Sequence[tuple[str, str, date | None, str]], *,
    limit: int = 5, today: date | None = None,
) -> dict[int, list[Match]]:
    """For each row (family name, given names, birth date, precision) that may be somebody
    already stored or another row of the batch: its row index → matches, best first.
    Rows without a match (or without a birth date) are not in the result."""
    checked: list[tuple[int, str, str, date, str]] = []
    batch = _Index()
    for position, (family_name, given_names, birth_date, precision) in enumerate(rows):
        family_key, given_key = name_key(family_name or ""), name_key(given_names or "")
        if birth_date is None or not (family_key or given_key):
            continue
        precision = BirthDatePrecision(precision).value
        start = _period_start(birth_date, precision)
        checked.append((position, family_key, given_key, start, precision))
        batch.add(_Entry(None, position, family_name or "", given_names or "", start,
                         precision, True))
    stored = _Index()
    for entry in _batch_candidates(session, [(c[3], c[4]) for c in checked]):
        stored.add(entry)

    found: dict[int, list[tuple[_Entry, float]]] = {}
    for position, family_key, given_key, start, precision in checked:
        hits = _scored(stored, family_key, given_key, start, precision)
        hits += [(entry, score) for entry, score
                 in _scored(batch, family_key, given_key, start, precision)
                 if entry.row != position]
        if hits:
            found[position] = _ordered(hits, limit)
    person_ids = {e.person_id for hits in found.values() for e, _ in hits if e.person_id}
    facilities = _facilities(session, person_ids, today or office_today())
    return {position: [_match(entry, score, facilities) for entry, score in hits]
            for position, hits in sorted(found.items())}


def describe_match(match: Match, *, first_row_number: int = 1) -> str:
    """One German line for a message: "Kovalenko, Olena (geb. 01.05.1990, wohnt in Haus am
    Bach)". A batch match names the other row as `row + first_row_number` (an import whose
    row 0 is line 2 of the sheet passes 2)."""
    born = "ohne Geburtsdatum"
    if match.birth_date is not None:
        day = match.birth_date
        shown = {YEAR: f"{day.year:04d}", MONTH: f"{day.month:02d}.{day.year:04d}"}.get(
            match.birth_date_precision, f"{day.day:02d}.{day.month:02d}.{day.year:04d}")
        born = f"geb. {shown}"
    where = [born]
    if match.row is not None:
        where.append(f"Zeile {match.row + first_row_number} dieser Liste")
    elif match.facility:
        where.append(f"wohnt in {match.facility}")
    elif not match.active:
        where.append("beendet")
    names = ", ".join(part for part in (match.family_name, match.given_names) if part)
    return f"{names} ({', '.join(where)})"
