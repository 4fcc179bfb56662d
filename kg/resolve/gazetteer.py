"""The state gazetteer (ontology/gazetteer/countries.tsv): names, capitals and demonyms in English and
French, each pointing at one state with its Wikidata QID."""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.paths import ontology_file


@dataclass(frozen=True)
class State:
    iso3: str
    wikidata: str
    name_en: str
    name_fr: str


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: the key names are looked up by."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", t).strip()


@dataclass(frozen=True)
class Gazetteer:
    states: dict  # iso3 -> State
    names: dict  # folded form -> (iso3, how) where how is name | capital | demonym

    def lookup(self, text: str) -> tuple[State, str] | None:
        hit = self.names.get(fold(text))
        if hit is None:
            return None
        return self.states[hit[0]], hit[1]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    states, names = {}, {}
    with ontology_file("gazetteer", "countries.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            iso3 = row["iso3"]
            states[iso3] = State(iso3, row["wikidata"], row["name_en"], row["name_fr"])
            def put(values: str, how: str) -> None:
                for v in values.split("|"):
                    if v.strip():
                        names.setdefault(fold(v), (iso3, how))
            put(row["name_en"], "name")
            put(row["name_fr"], "name")
            put(row["alt_names_en"], "name")
            put(row["alt_names_fr"], "name")
            put(row["capital_en"], "capital")
            put(row["capital_fr"], "capital")
            put(row["demonym_en"], "demonym")
            put(row["demonym_fr_m"], "demonym")
            put(row["demonym_fr_f"], "demonym")
    return Gazetteer(states, names)
