"""Coreference by rules over the parse (no neural model works offline here).

- Pronouns ("she said", "they said", « il a déclaré », « elle ») go to the nearest compatible actor in
  the preceding sentences: person or not (he/she vs it), number (they, ils/elles) and, in French,
  grammatical gender (« la Russie … elle », « le ministère … il »). Within a sentence the pronoun looks
  back to the nearest mention; in earlier sentences it prefers that sentence's subject.
- Definite descriptions ("the ministry", "the spokeswoman", "the separatists", "the group") go to the
  last actor they describe; `linking` calls `last_matching` with the test.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from kg.model import Actor
from kg.resolve.mentions import Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})

# pronoun -> (what it can stand for, gender, plural); what: "person" | "thing" | "any"
PRONOUNS = {
    "en": {
        "he": ("person", "m", False), "him": ("person", "m", False), "his": ("person", "m", False),
        "she": ("person", "f", False), "her": ("person", "f", False), "hers": ("person", "f", False),
        "it": ("thing", None, False), "its": ("thing", None, False),
        "they": ("any", None, True), "them": ("any", None, True), "their": ("any", None, True),
    },
    "fr": {
        "il": ("any", "m", False), "elle": ("any", "f", False), "lui": ("any", "m", False),
        "ils": ("any", "m", True), "elles": ("any", "f", True), "eux": ("any", "m", True),
        "celui-ci": ("any", "m", False), "celle-ci": ("any", "f", False),
        "son": ("any", None, False), "sa": ("any", None, False), "ses": ("any", None, False),
        "leur": ("any", None, True), "leurs": ("any", None, True),
    },
}


@dataclass(frozen=True)
class Linked:
    """A mention with the actor it names (None when it names none: an outlet, an unresolved "the group")."""

    mention: Mention
    actor: Actor | None
    sentence: int
    subject: bool  # the mention is its clause's subject
    gender: str | None  # grammatical (French) or natural gender, when known
    quoted: bool = False  # inside a quotation: not who speaks it


def pronoun_features(word: str, language: str):
    return PRONOUNS.get(language, PRONOUNS["en"]).get(word)


def compatible(link: Linked, features, language: str) -> bool:
    what, gender, plural = features
    actor = link.actor
    if actor is None or link.mention.place:
        return False  # a place the gazetteer does not know speaks, but is not referred to as "it"/"he"
    is_person = actor.kind == "person"
    collective = actor.kind in ("group",) or link.mention.plural
    if language == "en":
        if what == "person":
            return is_person and not link.mention.plural and (link.gender is None or gender is None or link.gender == gender)
        if what == "thing":
            return not is_person and not collective
        # they: groups, organizations and states speak as "they" in news; a single person does not
        return collective or not is_person
    # French: number, then gender when both are known
    if plural and not (collective or actor.kind in ("organization", "group")):
        return False
    if not plural and collective and actor.kind == "group":
        return False
    return link.gender is None or gender is None or link.gender == gender


def antecedent(links: Sequence[Linked], token: int, sentence: int, features, language: str,
               max_back: int = 3, quoted: bool = False) -> Linked | None:
    """The actor a pronoun at ``token`` (in ``sentence``) refers to; a pronoun outside quotation marks
    ("…", a-t-il déclaré) does not refer to the actors inside them."""
    before = [ln for ln in links if ln.mention.end <= token and sentence - max_back <= ln.sentence <= sentence
              and compatible(ln, features, language) and (quoted or not ln.quoted)]
    if not before:
        return None
    same = [ln for ln in before if ln.sentence == sentence]
    if same:
        subjects = [ln for ln in same if ln.subject]
        return (subjects or same)[-1]
    for s in range(sentence - 1, sentence - max_back - 1, -1):
        in_s = [ln for ln in before if ln.sentence == s]
        if in_s:
            subjects = [ln for ln in in_s if ln.subject]
            if subjects:
                return subjects[0]
            # no subject found (a parse gone astray): a person named there is the likeliest speaker
            people = [ln for ln in in_s if ln.actor.kind == "person"]
            return people[-1] if people and features[0] != "thing" else in_s[0]
    return None


def last_matching(links: Sequence[Linked], test: Callable[[Linked], bool]) -> Linked | None:
    """The last earlier linked mention passing ``test`` (definite descriptions look back without limit)."""
    for ln in reversed(links):
        if ln.actor is not None and test(ln):
            return ln
    return None


def last_two_sides(links: Sequence[Linked], token: int, sentence: int, max_back: int = 3) -> tuple[Linked, ...]:
    """"The two sides", "both countries", « les deux camps »: the last two actors before ``token`` that
    belong to different sides (a ministry and its state are one side), within a few sentences."""
    out: list[Linked] = []
    sides: set[str] = set()
    for ln in reversed(links):
        if ln.mention.end > token or ln.sentence < sentence - max_back or ln.actor is None:
            continue
        if ln.actor.kind == "person" or ln.mention.place:
            continue
        side = ln.actor.part_of or ln.actor.id
        if side in sides or ln.actor.id in sides:
            continue
        sides.update({side, ln.actor.id})
        out.append(ln)
        if len(out) == 2:
            return tuple(reversed(out))
    return ()

