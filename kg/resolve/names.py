"""Name keys: plain-string functions that make the spellings of one name compare equal.

- `fold`: the lookup key of any name (lower case, no accents, straight apostrophes, single spaces).
- `slug`: the id-safe form of a label.
- `person_key`: a transliteration-folded key, so that the English and French romanizations of one
  person's name meet (Pashinyan / Pashinian, Aliyev / Aliev, Putin / Poutine, Dmitry / Dmitri,
  Zelensky / Zelenskyy / Zelenski, Vučić / Vucic, Shoigu / Choïgou).
- `surname_key`: the key of a name's last word without particles (al-Malki -> malki), for mentions by
  surname alone ("Badalian said").
- `org_key`: an organization's name without a trailing lower-case generic noun and plural s, so that
  "Houthi rebels", "the Houthi movement" and "the Houthis" meet.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: the key names are looked up by."""
    t = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).translate(_DASHES))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ı", "i")
    return re.sub(r"\s+", " ", t).strip()


def slug(text: str) -> str:
    """``"Ministry of Defence of Serbia"`` -> ``"ministry-of-defence-of-serbia"``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


# Romanization differences between English and French (and older English) spellings of names from
# Cyrillic, Armenian, Arabic...: each maps both spellings to one form. Order matters (longest first).
_TRANSLIT = (
    ("dzh", "j"), ("gue", "ge"), ("gui", "gi"), ("tch", "ch"), ("sch", "sh"), ("sh", "ch"), ("zh", "j"), ("dj", "j"), ("kh", "h"),
    ("ou", "u"), ("ck", "k"), ("ph", "f"), ("ye", "e"), ("iy", "i"), ("yi", "i"), ("y", "i"),
    ("w", "v"), ("q", "k"), ("x", "ks"),
)
NAME_PARTICLES = frozenset({"al", "el", "ul", "bin", "ben", "ibn", "abu", "de", "du", "des", "la", "le",
                            "van", "von", "der", "den", "di", "da", "dos", "do", "ter", "mac"})


def _fold_word(word: str) -> str:
    w = re.sub(r"[^a-z]", "", fold(word))
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)  # Hassanov / Hasanov, Aliiev / Aliev
    if len(w) > 3 and w.endswith("e"):  # French final mute e: Poutine / Putin
        w = w[:-1]
    return w


def name_words(name: str) -> list[str]:
    """The words of a name, split on spaces and hyphens (al-Malki -> al, Malki)."""
    return [w for w in re.split(r"[\s\-]+", name.strip()) if w]


def person_key(name: str) -> str:
    """Transliteration-folded key of a person's full name: the same for every romanization."""
    words = [_fold_word(w) for w in name_words(name)]
    return "-".join(w for w in words if w)


def surname_key(name: str) -> str:
    """Key of the last word of a name that is not a particle: how a surname-only mention is matched."""
    words = [w for w in name_words(name) if fold(w) not in NAME_PARTICLES]
    return _fold_word(words[-1]) if words else ""


def given_name_keys(name: str) -> tuple[str, ...]:
    """Keys of the words before the surname."""
    words = [w for w in name_words(name) if fold(w) not in NAME_PARTICLES]
    return tuple(_fold_word(w) for w in words[:-1])


def org_key(name: str, generic_nouns: frozenset[str] = frozenset()) -> str:
    """Key of an organization's name: trailing lower-case generic nouns and a plural s dropped."""
    words = name.split()
    while len(words) > 1 and words[-1].islower() and fold(words[-1]) in generic_nouns:
        words.pop()
    key = fold(" ".join(words))
    if len(words) == 1 and len(key) > 4 and key.endswith("s") and not key.endswith("ss") and words[0][:1].isupper() \
            and not words[0].isupper():
        key = key[:-1]  # "the Houthis" -> houthi
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-")


def is_acronym(text: str) -> bool:
    """``M23``, ``ELN``, ``IRGC``, ``U.N.``: upper-case letters (and digits) of a name's initials."""
    t = text.replace(".", "").replace("-", "")
    return 2 <= len(t) <= 8 and t[:1].isalpha() and t.upper() == t and any(c.isalpha() for c in t)


def acronym_of(name: str) -> str:
    """The initials of a name's capitalized words: "Islamic Revolutionary Guard Corps" -> "IRGC"."""
    return "".join(w[0] for w in name_words(name) if w[:1].isupper())
