"""Name keys for the duplicate check: one spelling for the many ways a name is written.

The same resident arrives with a Ukrainian passport (Oleksandr Shevchenko), a Russian
document (Aleksandr), a German form filled in by ear (Alexander Schewtschenko) or in
Cyrillic (Олександр Шевченко). `name_key` maps all of these to one key (or to keys a
fuzzy comparison finds very close). The key is for comparing only, never shown or stored.

The rules, in the order they are applied:

1. Script: `anyascii` writes any script in Latin letters (Олена → Olena, Ş → S, ß → ss);
   lower case; apostrophes (soft sign, ʿ) are dropped; anything that is not a letter
   separates words. An Arabic article is joined to its name (Al-Hassan, Al Hassan →
   alhassan). German umlauts written out are folded like the letters: ae → a, oe → o,
   ue → u (Mueller = Müller).
2. Letter groups, longest first: tsch → ch (Schewtschenko), sch → sh, zh → sh (Zhukova =
   Schukowa), then ch, kh and h become one sound h (Khalid = Chalid = Halid; Shevchenko =
   Schewtschenko, as ч and х differ between spellings more than they do between names),
   ph → f, th → t, ck → k, tz and ts → z (ц: Kravets = Krawez).
3. Single letters: w → v (Kowalenko), x → ks (Alexander), q and c → k, y and j → i
   (Yulia = Julia, Tatjana = Tatiana, Sergey = Sergej), g → h (Ukrainian г is h where
   Russian writes g: Serhii = Sergii, Olha = Olga, Ihor = Igor), oo → u, ee → i, ou → u.
4. Endings: -ii, -ei (from -iy, -yi, -ij, -ey, -ej) → -i (Andrii = Andrej = Andriy);
   -ander → -andr (Alexander = Aleksandr).
5. Beginnings: ie- → e- (Jelena, Yelena → elena), then ol-/el- → al- (Ukrainian О where
   Russian writes А or Е: Oleksandr = Aleksandr, Olena = Elena).
6. Doubled letters are written once (Hassan = Hasan, Iuliia = Iulia).
7. Known variants of the same given name across languages and spellings map to one form
   (`VARIANTS`: Mohammed = Muhammad = Mohamad, Dmytro = Dmitri, Mykola = Nikolai,
   Tetiana = Tatiana, …). The table holds names in their usual spelling; it is keyed by
   the result of rules 1–6, so it cannot drift from them.

Vowels are otherwise kept: twins with the same family name and birth date (Hassan and
Hussein, Anna and Nina) must stay apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

ARTICLES = frozenset({"al", "el"})
GROUPS = (("tsch", "ch"), ("sch", "sh"), ("zh", "sh"), ("kh", "h"), ("ch", "h"),
          ("ph", "f"), ("th", "t"), ("ck", "k"), ("tz", "z"), ("ts", "z"))
LETTERS = str.maketrans({"w": "v", "x": "ks", "q": "k", "c": "k", "y": "i", "j": "i",
                         "g": "h"})
VOWEL_GROUPS = (("oo", "u"), ("ee", "i"), ("ou", "u"))
UMLAUTS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
DOUBLED = re.compile(r"(.)\1+")
APOSTROPHES = re.compile(r"['`´’ʼʻʿʾ]")
NOT_LETTERS = re.compile(r"[^a-z]+")

VARIANTS: tuple[tuple[str, ...], ...] = (
    ("Muhammad", "Mohammed", "Mohammad", "Mohamad", "Mohamed", "Muhammed", "Muhamed",
     "Mohamud", "Mahomed"),
    ("Ahmad", "Ahmed", "Achmed"),
    ("Omar", "Umar", "Ömer"),
    ("Yusuf", "Yousef", "Youssef", "Yousif", "Jusuf"),
    ("Hussein", "Husain", "Hussain", "Husein", "Hüseyin", "Hossein"),
    ("Khalid", "Khaled", "Chaled"),
    ("Ibrahim", "Ebrahim", "Ibragim"),
    ("Mustafa", "Mostafa", "Moustafa"),
    ("Abdullah", "Abdallah", "Abdulla"),
    ("Fatima", "Fatma", "Fatimah"),
    ("Dmytro", "Dmitri", "Dmitrii", "Dmitry", "Dimitri"),
    ("Mykola", "Nikolai", "Nikolaj", "Nikolay", "Mikola"),
    ("Mykhailo", "Mikhail", "Michail", "Mychajlo"),
    ("Petro", "Petr", "Pyotr", "Pjotr"),
    ("Pavlo", "Pavel", "Pawel"),
    ("Vasyl", "Vasili", "Vasilii", "Wassili", "Vasily"),
    ("Yevhen", "Evgenii", "Evgeni", "Jewgeni", "Yevgeny", "Evgeny"),
    ("Oleksii", "Aleksei", "Alexej", "Alexei", "Alexey", "Oleksiy"),
    ("Heorhii", "Georgii", "Georgi"),
    ("Tetiana", "Tatiana", "Tatjana", "Tatyana"),
    ("Nataliia", "Natalia", "Natalja", "Natalya"),
    ("Liudmyla", "Lyudmila", "Ludmila", "Ljudmila"),
    ("Iryna", "Irina"),
    ("Kateryna", "Ekaterina", "Jekaterina", "Yekaterina", "Katerina"),
)


def _rules(token: str) -> str:
    """Rules 2–6 for one lower-case ASCII word."""
    for spelled, letter in UMLAUTS:
        token = token.replace(spelled, letter)
    for group, sound in GROUPS:
        token = token.replace(group, sound)
    token = token.translate(LETTERS)
    for group, sound in VOWEL_GROUPS:
        token = token.replace(group, sound)
    if token.endswith(("ii", "ei")) and len(token) > 3:
        token = token[:-2] + "i"
    if token.endswith("ander"):
        token = token[:-5] + "andr"
    if token.startswith("ie") and len(token) > 3:
        token = token[1:]
    if token.startswith(("ol", "el")):
        token = "al" + token[2:]
    return DOUBLED.sub(r"\1", token)


def _variant_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in VARIANTS:
        forms = [_rules(_latin_words(name)[0]) for name in group]
        for form in forms:
            table.setdefault(form, forms[0])
    return table


def _latin_words(text: str) -> list[str]:
    """Rule 1: Latin letters, lower case, split into words, articles joined."""
    latin = APOSTROPHES.sub("", anyascii(text).lower())
    words = NOT_LETTERS.sub(" ", latin).split()
    joined: list[str] = []
    pending = ""
    for word in words:
        if word in ARTICLES and not pending:
            pending = word
            continue
        joined.append(pending + word)
        pending = ""
    if pending:
        joined.append(pending)
    return joined


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    key = _rules(word)
    return VARIANT_KEYS.get(key, key)


VARIANT_KEYS = _variant_table()


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The comparison key of a name (one or more words): see the module doc for the rules.
    Blank or symbol-only input gives ""."""
    return " ".join(key for key in (_word_key(w) for w in _latin_words(text)) if key)
