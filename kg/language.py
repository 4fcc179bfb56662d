"""Language detection: the text decides which parser an article goes to; a declared language settles
it only when the text is too short for the detector to be sure.

kg extracts English and French; any other language is reported by name (``language_name``) and skipped.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from kg.paths import ontology_file

SUPPORTED = ("en", "fr")

# Under this probability the detector's first guess is a guess: on a line or two of news ("Venezuela
# denies Guyana claims.", « Le Mali accuse la France. ») it names Aragonese or Italian with 0.3.
# kg then takes the likelier of English and French, the languages it is fed; a short text in another
# language is usually recognized with a high probability (German, Polish, Portuguese: > 0.9).
UNSURE_BELOW = 0.5
DETECTION_CHARS = 20_000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loads its model (~0.5 s)

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, declared: str | None = None) -> str:
    """ISO 639-1 code (or the model's own code) of the text's language.

    The text decides when the detector is sure of it; when it is not (a line or two), a ``declared``
    language (see `declared_language`) is taken, else the likelier of English and French.
    """
    sample = text[:DETECTION_CHARS]
    code, probability = _identifier().classify(sample)
    if probability >= UNSURE_BELOW:
        return code
    if declared:
        return declared
    if code in SUPPORTED:
        return code
    ranked = dict(_identifier().rank(sample))
    return max(SUPPORTED, key=lambda c: ranked.get(c, 0.0))


def declared_language(value: object) -> str | None:
    """The code of a declared language ("en", "EN", "en-US", "fr_FR", "French"), or None when the value
    is empty or names no language kg knows (the text is then detected instead)."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    code = re.split(r"[-_]", text, maxsplit=1)[0].lower()
    if code in _names():
        return code
    return _codes_by_name().get(text.lower())


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    with ontology_file("languages.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row["name"] for row in csv.DictReader(fh, delimiter="\t")}


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    return {name.lower(): code for code, name in _names().items()}


def language_name(code: str) -> str:
    return _names().get(code, code)


def is_supported(code: str) -> bool:
    return code in SUPPORTED
