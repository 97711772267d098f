"""Shared state and small helpers of the demo-data generator (see `demo.py`).

Everything random comes from the one `random.Random` in `DemoContext`, consumed in a fixed
order, so the same seed, scale and day give the same rows on every engine.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import Any, TypeVar

from sqlalchemy import insert
from sqlalchemy.orm import Session

from soest_desk.models import Base
from soest_desk.models.base import search_key_values

T = TypeVar("T")

WINDOW_DAYS = 730  # two years of history before `today`
CENT = Decimal("0.01")
CHUNK_SIZE = 5_000

# German staff / neighbour names beyond the few in demo_names.STAFF, for large scales.
EXTRA_GIVEN = (
    "Andrea", "Birgit", "Carsten", "Christian", "Daniela", "Elke", "Frank", "Gabriele",
    "Hendrik", "Ines", "Jan", "Jens", "Karin", "Klaus", "Lars", "Maren", "Michael", "Monika",
    "Nils", "Oliver", "Peter", "Renate", "Sebastian", "Silke", "Simone", "Stefanie", "Thorsten",
    "Ulrike", "Wolfgang", "Yvonne",
)
EXTRA_FAMILY = (
    "Becker", "Bertelsmann", "Brune", "Drees", "Eickhoff", "Feldmann", "Grewe", "Hanses",
    "Hoppe", "Hüser", "Kersting", "Kleinschmidt", "Krämer", "Linnemann", "Löbbecke", "Mönnig",
    "Neuhaus", "Plaßmann", "Rinsche", "Risse", "Schmücker", "Schütte", "Sommer", "Stehling",
    "Tigges", "Ulrich", "Vogt", "Wegener", "Wiemann", "Zimmermann",
)


@dataclass
class DemoContext:
    rng: random.Random
    today: date
    scale: float
    window_start: date = field(init=False)
    now: datetime = field(init=False)  # nothing generated happens at or after this moment

    def __post_init__(self) -> None:
        self.window_start = self.today - timedelta(days=WINDOW_DAYS)
        self.now = datetime.combine(self.today, time(0), tzinfo=UTC)

    def scaled(self, amount: float, minimum: int = 1) -> int:
        return max(minimum, round(amount * self.scale))

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def day_between(self, first: date, last: date) -> date:
        """A random day in [first, last] (both included); `first` when the range is empty."""
        span = (last - first).days
        return first if span <= 0 else first + timedelta(days=self.rng.randint(0, span))

    def lognormal(self, median: float, sigma: float) -> float:
        return self.rng.lognormvariate(math.log(median), sigma)


class Weighted:
    """Weighted choice with precomputed cumulative weights (fast for millions of draws)."""

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))

    def draw(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


def at(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def euros(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def ascii_fold(text: str) -> str:
    """"Köster" -> "koester": German umlauts spelled out, other accents dropped."""
    text = text.lower()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-"))


class BulkWriter:
    """Collects rows per table and inserts them with Core `executemany` in chunks.

    Ids are explicit: `add` numbers the rows of each table from 1 and returns the id. Before a
    table's chunk goes out, the buffered rows of the tables it references are written, so
    foreign keys always point at rows already inserted. No ORM unit of work, no audit hook:
    the stored search keys the ORM would fill (`SearchKeyed`) are filled here, the same way.
    """

    def __init__(self, session: Session, chunk_size: int = CHUNK_SIZE) -> None:
        self.session = session
        self.chunk_size = chunk_size
        self.tables = {table.name: table for table in Base.metadata.sorted_tables}
        self.parents = {
            name: sorted(
                {fk.column.table.name for fk in table.foreign_keys} - {name}
            )
            for name, table in self.tables.items()
        }
        self.versioned = {name for name, table in self.tables.items() if "version_id" in table.c}
        self.keyed = {
            mapper.local_table.name: mapper.class_
            for mapper in Base.registry.mappers if getattr(mapper.class_, "__search_keys__", None)
        }
        self.buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in self.tables}
        self.counts: dict[str, int] = {}
        self.columns: dict[str, frozenset[str]] = {}

    def add(self, table: str, row: dict[str, Any]) -> int:
        row_id = self.counts.get(table, 0) + 1
        self.counts[table] = row_id
        row["id"] = row_id
        if table in self.versioned:
            row["version_id"] = 1
        if table in self.keyed:
            row.update(search_key_values(self.keyed[table], row))
        columns = self.columns.setdefault(table, frozenset(row))
        if row.keys() != columns:  # one executemany takes the first row's columns only
            raise ValueError(f"{table}: row has columns {sorted(row)}, "
                             f"earlier rows {sorted(columns)}")
        buffer = self.buffers[table]
        buffer.append(row)
        if len(buffer) >= self.chunk_size:
            self.flush(table)
        return row_id

    def flush(self, table: str) -> None:
        for parent in self.parents[table]:
            if self.buffers[parent]:
                self.flush(parent)
        rows = self.buffers[table]
        if rows:
            self.session.execute(insert(self.tables[table]), rows)
            self.buffers[table] = []

    def flush_all(self) -> None:
        for table in self.tables:  # sorted_tables: parents first
            if self.buffers[table]:
                self.flush(table)
