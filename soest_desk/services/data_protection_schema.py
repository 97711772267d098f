"""What the schema's personal-data tags mean for the data-protection duties (GDPR Art. 15
and 17, the retention run), read from `Base.metadata` so that a new tagged column or table is
covered without a list to update.

*Which rows belong to a person* follows the foreign keys from `persons`:

- the person's row;
- the rows the person refers to that hold personal data themselves (their household) –
  *shared* data, since it belongs to every member;
- every row that refers to one of those, recursively (documents, languages, stays, photos
  showing the person; the household's cases with their notes, checklist and follow-ups),
  but never other people's rows.

Tables with tagged columns that no foreign key ties to a person are named, with the reason,
in `NOT_ABOUT_RESIDENTS`; a test fails when a tagged table is neither.

*What happens to a tagged column* when a person is anonymised or erased depends on its tag
category (`POLICY`); a test fails when a category has no entry. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from sqlalchemy import Column, Table, Text, select
from sqlalchemy.orm import Session

from soest_desk.models import Base

ROOT = "persons"
DELETED_TEXT = "[gelöscht]"
ANONYMISED_NAME = "Anonymisiert"
CHUNK = 500  # ids per IN (…) list; SQLite allows a limited number of parameters


class Action(StrEnum):
    KEEP = "keep"  # the statistics need it; without a name it identifies nobody
    ANONYMISE_NAME = "anonymise_name"  # first required name "Anonymisiert", others empty
    COARSEN_TO_QUARTER = "coarsen_to_quarter"  # a date becomes the first day of its quarter
    CLEAR = "clear"  # NULL
    REDACT = "redact"  # any value becomes "[gelöscht]"
    REDACT_FREE_TEXT = "redact_free_text"  # Text columns as REDACT, the others kept
    DELETE_ROW = "delete_row"  # the whole row goes
    DERIVED = "derived"  # a stored search key: computed again from the new values


# category → action, for anonymisation after the retention period and for erasure alike
POLICY: dict[str, Action] = {
    "name": Action.ANONYMISE_NAME,  # names, household label
    "birth": Action.COARSEN_TO_QUARTER,  # age groups stay possible
    "basic": Action.KEEP,  # sex, nationality, languages, household role, pets, smoking
    "health": Action.KEEP,  # care grade, barrier-free need: place planning statistics
    "contact": Action.CLEAR,  # phone
    "document": Action.DELETE_ROW,  # identity documents
    "photo": Action.DELETE_ROW,  # photos that show the person
    "stay": Action.REDACT_FREE_TEXT,  # dates and move-out reason stay (occupancy, length
    # of stay, moves into own tenancy); the note is free text
    "social": Action.REDACT,  # Sozialdaten: case goals, notes, evidence, follow-up subjects
    "free_text": Action.REDACT,  # free text that may name people
}

# tagged tables no foreign key ties to a resident, and why they are not part of a person's
# disclosure, retention or erasure
NOT_ABOUT_RESIDENTS: dict[str, str] = {
    "facilities": "Kontaktdaten von Vermieterinnen und Vermietern privater Wohnungsangebote, "
                  "keine Daten von Bewohner*innen",
    "neighbourhood_reports": "Nachbarschaftsmeldungen sind keiner Person zugeordnet; ihre "
                             "Freitexte können Namen enthalten und werden bei Bedarf im "
                             "Register von Hand geprüft",
}


def pii_columns(table: Table) -> list[Column]:
    return [column for column in table.columns if "pii" in column.info]


def tagged_tables() -> list[Table]:
    return [table for table in Base.metadata.sorted_tables if pii_columns(table)]


def search_key_sources(table: Table) -> dict[str, tuple[str, ...]]:
    """Stored search key column → the attributes it is made of (`SearchKeyed`)."""
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return dict(getattr(mapper.class_, "__search_keys__", {}))
    return {}


def column_action(column: Column) -> Action:
    """What anonymisation does to one tagged column (KEEP for an untagged one)."""
    if "pii" not in column.info:
        return Action.KEEP
    action = POLICY[column.info["pii"]]  # a KeyError here is a category without a policy
    if column.name in search_key_sources(column.table):
        return Action.DERIVED
    if action is Action.REDACT_FREE_TEXT:
        return Action.REDACT if isinstance(column.type, Text) else Action.KEEP
    return action


def deletes_rows(table: Table) -> bool:
    return any(column_action(c) is Action.DELETE_ROW for c in pii_columns(table))


def changed_columns(table: Table) -> list[Column]:
    """The tagged columns anonymisation changes (search keys included)."""
    return [c for c in pii_columns(table) if column_action(c) is not Action.KEEP]


# ---------------------------------------------------------------- rows of a person

@dataclass(frozen=True)
class Link:
    """How the rows of `table` are found from the rows of `source` (None: the root)."""

    table: Table
    source: str | None
    column: Column | None  # the foreign key: in `table` (down) or in `source` (up)
    upward: bool  # True: `source` refers to `table` (the person's household)
    shared: bool  # reached through a row the person refers to: data of the household


@cache
def person_links() -> tuple[Link, ...]:
    """Every way from `persons` to a row that belongs to a person, parents before children."""
    tables = Base.metadata.tables
    root = tables[ROOT]
    links = [Link(root, None, None, False, False)]
    for fk in sorted(root.foreign_keys, key=lambda fk: fk.parent.name):
        parent = fk.column.table
        if parent is not root and pii_columns(parent):
            links.append(Link(parent, ROOT, fk.parent, True, True))
    done, expanded = 0, set()
    while done < len(links):
        link = links[done]
        done += 1
        if (link.table.name, link.shared) in expanded:  # reached twice: its children once
            continue
        expanded.add((link.table.name, link.shared))
        for child in Base.metadata.sorted_tables:
            if child.name == ROOT or child is link.table:
                continue
            for fk in sorted(child.foreign_keys, key=lambda fk: fk.parent.name):
                known = any(k.column is fk.parent and k.shared == link.shared for k in links)
                if fk.column.table is link.table and not known:
                    links.append(Link(child, link.table.name, fk.parent, False, link.shared))
    return tuple(links)


def linked_tables() -> list[Table]:
    """The tables holding rows of a person, each once, in the order of `person_links`."""
    return list({link.table.name: link.table for link in person_links()}.values())


def shared_tables() -> set[str]:
    """Tables reached only through a row the person refers to (the household's data)."""
    personal = {link.table.name for link in person_links() if not link.shared}
    return {link.table.name for link in person_links()} - personal


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


Owners = dict[str, dict[int, set[int]]]  # table → row id → the people it belongs to


def _walk(session: Session, link: Link, source: dict[int, set[int]]) -> dict[int, set[int]]:
    """The rows of `link.table` reached from the `source` rows, each with its owners."""
    assert link.column is not None and link.source is not None
    found: dict[int, set[int]] = {}
    for part in chunks(source):
        if link.upward:  # the source rows refer to the rows wanted
            table = Base.metadata.tables[link.source]
            query = select(table.c.id, link.column).where(table.c.id.in_(part),
                                                          link.column.is_not(None))
            pairs = [(row_id, source[from_id]) for from_id, row_id in session.execute(query)]
        else:
            query = select(link.table.c.id, link.column).where(link.column.in_(part))
            pairs = [(row_id, source[to_id]) for row_id, to_id in session.execute(query)]
        for row_id, people in pairs:
            found.setdefault(row_id, set()).update(people)
    return found


def owners(session: Session, person_ids: Iterable[int], *,
           parents: dict[str, set[int]] | None = None) -> Owners:
    """table → row id → the people (of `person_ids`) the row belongs to.

    `parents` narrows the rows the people refer to (their households) to those given; the
    shared rows below them follow. Tables without rows are left out."""
    result: Owners = {ROOT: {person_id: {person_id} for person_id in person_ids}}
    for link in person_links()[1:]:
        found = _walk(session, link, result.get(link.source or ROOT, {}))
        if link.upward and parents is not None:
            allowed = parents.get(link.table.name, set())
            found = {row_id: people for row_id, people in found.items() if row_id in allowed}
        for row_id, people in found.items():
            result.setdefault(link.table.name, {}).setdefault(row_id, set()).update(people)
    return {name: rows for name, rows in result.items() if rows}


def owned_rows(session: Session, person_ids: Iterable[int], *,
               parents: dict[str, set[int]] | None = None) -> dict[str, set[int]]:
    """table name → ids of the rows belonging to these people (see `owners`)."""
    return {name: set(rows) for name, rows in owners(session, person_ids,
                                                      parents=parents).items()}


def rows_of(found: Owners, person_id: int) -> dict[str, set[int]]:
    """The rows of one person out of `owners`' answer."""
    rows = {name: {row_id for row_id, people in by_row.items() if person_id in people}
            for name, by_row in found.items()}
    return {name: ids for name, ids in rows.items() if ids}


def upward_links() -> list[Link]:
    return [link for link in person_links() if link.upward]
