"""Folded text: what the lists search and sort by, stored per row as a search key.

`fold_text` is the one folding rule of the code base: the stored search keys
(`SearchKeyed` in `models.base`), the demo generator and the listing's search words all
use it, and the listing's SQL fold (`listing_queries.fold_sql`, for the few values without
a stored key) replays the same `FOLDS` table. No Qt, no database here.
"""

from __future__ import annotations

# Accented letters the search (and the text sort) treats as plain: German umlauts and the
# Turkish letters common among residents' names. Capitals are listed because SQLite's lower()
# only knows ASCII. Kept short on purpose: the SQL side (`fold_sql`) nests one replace() per
# entry, and SQLite's parser refuses ~28 nested calls.
FOLDS: tuple[tuple[str, str], ...] = (
    ("ä", "a"), ("ö", "o"), ("ü", "u"), ("Ä", "a"), ("Ö", "o"), ("Ü", "u"), ("ß", "ss"),
    ("é", "e"), ("ç", "c"), ("Ç", "c"), ("ş", "s"), ("Ş", "s"), ("ğ", "g"), ("ı", "i"),
)


def fold_text(text: str) -> str:
    """What the search compares: lower case, common accents removed (Öztürk → ozturk).

    Must fold exactly like `listing_queries.fold_sql`, or a typed accent would miss its own
    spelling in a value folded by the database."""
    folded = text
    for accented, plain in FOLDS:  # capitals first: "İ".lower() is "i" + a combining dot
        folded = folded.replace(accented, plain)
    folded = folded.lower()
    for accented, plain in FOLDS:
        folded = folded.replace(accented, plain)
    return folded


def search_key(*parts: str | None) -> str:
    """The stored search key of a row: its folded parts joined by one space.

    None and blank parts are left out, so a missing transliteration adds nothing."""
    folded = (fold_text(part).strip() for part in parts if part is not None)
    return " ".join(part for part in folded if part)
