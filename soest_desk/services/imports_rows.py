"""The pieces every kind of import shares: the report's row errors and duplicates, the
cells of one row by field, and the base of the kind-specific importers."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from soest_desk.services.errors import DomainError
from soest_desk.services.import_files import Cell, TableRow
from soest_desk.services.imports_fields import ImportKind, recognise
from soest_desk.services.imports_values import normalise
from soest_desk.services.permissions import Actor

T = TypeVar("T")


@dataclass(frozen=True)
class RowError:
    row_number: int  # as Excel shows it: the header is row 1 in a plain list
    column_label: str | None  # the header in the file; None: the row as a whole
    message: str  # German, without the column name


@dataclass(frozen=True)
class DuplicateMatch:
    """What a row may duplicate: a record of the database or an earlier row of the file."""

    description: str  # German: "Haddad, Omar, geb. 01.02.1990 (Haus am Bach)"
    record_id: int | None = None
    row_number: int | None = None
    score: float | None = None  # 0-100 for people; None for an exact name match


@dataclass(frozen=True)
class RowDuplicate:
    row_number: int
    matches: tuple[DuplicateMatch, ...]


@dataclass
class Item(Generic[T]):
    """A checked row, ready for its service."""

    row_number: int
    data: T
    extra: dict[str, Any]


def reason(exc: DomainError | str, label: str | None) -> str:
    """The message without the "Spalte: " the parsers put in front (the report names the
    column separately)."""
    message = exc if isinstance(exc, str) else exc.message
    if label and message.startswith(f"{label}: "):
        message = message[len(label) + 2:]
    return message


class RowValues:
    """The cells of one row by field key, and the errors found in them."""

    def __init__(self, row: TableRow, columns: dict[str, int], headers: Sequence[str],
                 errors: list[RowError]) -> None:
        self.row = row
        self.columns = columns
        self.headers = headers
        self.errors = errors
        self.ok = True

    @property
    def number(self) -> int:
        return self.row.number

    def has(self, key: str) -> bool:
        return key in self.columns

    def cell(self, key: str) -> Cell:
        index = self.columns.get(key)
        return None if index is None else self.row.values[index]

    def column(self, key: str) -> str | None:
        index = self.columns.get(key)
        return None if index is None else self.headers[index]

    def parse(self, key: str, parser: Callable[[Cell, str], Any], default: Any = None) -> Any:
        """`parser(cell, header)`, or `default` for an empty cell; a DomainError becomes an
        error of this row and column (and `default` is returned)."""
        value = self.cell(key)
        if value is None:
            return default
        try:
            return parser(value, self.column(key) or key)
        except DomainError as exc:
            self.fail(key, exc)
            return default

    def required(self, key: str, parser: Callable[[Cell, str], Any]) -> Any:
        """Like `parse`, but an empty cell is an error ("fehlt")."""
        if self.has(key) and self.cell(key) is None:
            self.fail(key, "fehlt (Pflichtfeld).")
            return None
        return self.parse(key, parser)

    def fail(self, key: str | None, exc: DomainError | str) -> None:
        """Record an error of this row, in the column of field `key` (None: the row)."""
        label = self.column(key) if key else None
        self.errors.append(RowError(self.number, label, reason(exc, label)))
        self.ok = False


class BaseImporter(ABC):
    """Shared by the importers of facilities, units and people."""

    kind: ImportKind

    def __init__(self, session: Session, today: date, columns: dict[str, int],
                 headers: Sequence[str]) -> None:
        self.session = session
        self.today = today
        self.columns = columns
        self.headers = headers

    def column_for_label(self, label: str | None) -> str | None:
        """The file's header for the field a service named in its error ("Geburtsdatum"),
        if that field came from a column; else the service's own label."""
        if not label:
            return None
        key = recognise(self.kind, label)
        if key in self.columns:
            return self.headers[self.columns[key]]
        for index in self.columns.values():
            if normalise(self.headers[index]) == normalise(label):
                return self.headers[index]
        return label

    def fail_from_service(self, values: RowValues, exc: DomainError) -> None:
        """A service's check failed on this row: name the column it concerns."""
        label = self.column_for_label(exc.field)
        values.errors.append(RowError(values.number, label, reason(exc, exc.field)))
        values.ok = False

    def check(self, items: list[Any], errors: list[RowError]) -> None:  # noqa: B027
        """Checks across rows or against the database; none by default."""

    def households(self, items: list[Any]) -> int:
        return 0

    @abstractmethod
    def convert(self, values: RowValues) -> Item[Any] | None:
        """The row as service input, or None after recording its errors in `values`."""

    @abstractmethod
    def duplicates(self, items: list[Any]) -> dict[int, tuple[DuplicateMatch, ...]]:
        """row number → what that row may duplicate (in the database or an earlier row)."""

    @abstractmethod
    def write(self, actor: Actor, items: list[Any], step: Callable[[int], None]) -> int:
        """Insert `items` through the services, calling `step(row_number)` before each;
        returns how many rows were written."""


def same_text_key(text: str) -> str:
    """How the places service compares names and labels for uniqueness: case and extra
    spaces do not count."""
    return " ".join(text.split()).casefold()


def name_key(text: str) -> str:
    """How a unit row finds its facility: case, umlaut spelling (ä/ae) and extra spaces do
    not count; punctuation does."""
    folded = text.casefold()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        folded = folded.replace(umlaut, spelled)
    return " ".join(folded.split())
