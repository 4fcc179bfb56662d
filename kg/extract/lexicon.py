"""The cue lexicons and word classes extraction reads, loaded once per language from
``ontology/lexicons/`` (``cues_<lang>.tsv``, ``words_<lang>.tsv``; the columns are documented in the
files and in ``ontology/lexicons/README.md``).

Lookups are plain dict / frozenset membership on lower-cased lemmas, precomputed at load time, so a
pass over a document costs one hash lookup per token.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kg.model import RELATION_TYPES
from kg.paths import ontology_file

ACTS = ("report", "accuse", "deny", "qualify", "appeal", "demand", "threaten", "endorse", "praise",
        "apologize", "concede", "renounce")
WORD_CLASSES = ("claim_noun", "statement_noun", "falsity", "charge_verb", "charge_noun", "charge_adj",
                "charge_prep", "compliance_verb", "minimizer", "allegation_marker", "reciprocal", "military_force", "deniable", "affiliation", "sovereign_place", "group_noun", "of_agent",
                "accusation_kind", "authorship_noun", "justification", "event_noun", "speech_event",
                "forum_noun", "occurrence", "cessation", "punitive")


@dataclass(frozen=True)
class CueEntry:
    """One reading of a cue word: how its arguments are read, the relation and CAMEO code it gives."""

    lemma: str
    pos: str  # VERB or NOUN
    act: str  # one of ACTS
    relation: str  # one of RELATION_TYPES, before content typing
    cameo: str
    preps: frozenset = frozenset()  # the reading needs one of these prepositions / particles
    objects: frozenset = frozenset()  # ... or a direct object with one of these lemmas
    flags: frozenset = frozenset()  # other conditions: "quote", "obj_actor", "mark=que", "amod=..."
    note: str = ""

    @property
    def conditional(self) -> bool:
        return bool(self.preps or self.objects or self.flags)


@dataclass(frozen=True)
class Lexicon:
    language: str
    cues: dict  # (lemma, pos) -> tuple[CueEntry, ...] in file order
    words: dict  # class -> frozenset of lemmas (multiword entries keep their spaces)
    values: dict  # (class, lemma) -> value column (e.g. CAMEO subcode, required object)

    def readings(self, lemma: str, pos: str) -> tuple[CueEntry, ...]:
        return self.cues.get((lemma, pos), ())

    def has(self, word_class: str, lemma: str) -> bool:
        return lemma in self.words.get(word_class, ())

    def value(self, word_class: str, lemma: str) -> str:
        return self.values.get((word_class, lemma), "")


class LexiconError(ValueError):
    """A lexicon file row that cannot be read; the message names the file and line."""


def _rows(path):
    with path.open(encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield n, line.split("\t")


def _cue_entry(path, n: int, cols: list[str]) -> CueEntry:
    cols = cols + [""] * (7 - len(cols))
    lemma, pos, act, relation, cameo, condition, note = (c.strip() for c in cols[:7])
    if pos not in ("VERB", "NOUN") or act not in ACTS or relation not in RELATION_TYPES or not cameo.isdigit():
        raise LexiconError(f"{path}:{n}: bad cue row {cols!r} (pos VERB|NOUN, act in {ACTS}, "
                           f"relation in {RELATION_TYPES}, numeric CAMEO code)")
    preps, objects, flags = set(), set(), set()
    for cond in filter(None, (c.strip() for c in condition.split(";"))):
        key, _, val = cond.partition("=")
        if key == "prep":
            preps.update(v.strip() for v in val.split(","))
        elif key == "obj":
            objects.update(v.strip() for v in val.split(","))
        else:
            flags.add(cond)
    return CueEntry(lemma.lower(), pos, act, relation, cameo, frozenset(preps), frozenset(objects),
                    frozenset(flags), note)


@lru_cache(maxsize=None)
def load_lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` ("en" or "fr")."""
    cues_path = ontology_file("lexicons", f"cues_{language}.tsv")
    words_path = ontology_file("lexicons", f"words_{language}.tsv")
    if not cues_path.exists():
        raise ValueError(f"no cue lexicon for language {language!r} ({cues_path})")
    cues: dict = defaultdict(list)
    for n, cols in _rows(cues_path):
        entry = _cue_entry(cues_path, n, cols)
        cues[(entry.lemma, entry.pos)].append(entry)
    words: dict = defaultdict(set)
    values: dict = {}
    for n, cols in _rows(words_path):
        if len(cols) < 2 or cols[1].strip() not in WORD_CLASSES:
            raise LexiconError(f"{words_path}:{n}: bad word row {cols!r} (class in {WORD_CLASSES})")
        lemma, cls = cols[0].strip().lower(), cols[1].strip()
        words[cls].add(lemma)
        if len(cols) > 2 and cols[2].strip():
            values[(cls, lemma)] = cols[2].strip()
    return Lexicon(language, {k: tuple(v) for k, v in cues.items()},
                   {k: frozenset(v) for k, v in words.items()}, values)
