"""Language detection: the text decides which parser an article goes to.

kg extracts English and French; any other language is reported by name (``language_name``) and skipped.
"""
from __future__ import annotations

import csv
from functools import lru_cache

from kg.paths import ontology_file

SUPPORTED = ("en", "fr")


def detect_language(text: str) -> str:
    """ISO 639-1 code (or the model's own code) of the text's language."""
    import py3langid  # loads its model on first use (~0.5 s)

    code, _score = py3langid.classify(text[:20000])
    return code


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    with ontology_file("languages.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row["name"] for row in csv.DictReader(fh, delimiter="\t")}


def language_name(code: str) -> str:
    return _names().get(code, code)


def is_supported(code: str) -> bool:
    return code in SUPPORTED
