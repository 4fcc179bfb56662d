"""kg's records: small frozen dataclasses passed from one stage to the next.

ingest -> nlp -> extract -> resolve -> graph -> store -> query -> api / cli / export / web.
Every stage reads and returns these; none of them does I/O.

Offsets are character offsets into ``Article.text`` exactly as ingested (after HTML extraction),
so ``article.text[span.start:span.end] == span.text`` always holds.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

RELATION_TYPES = ("accuses", "denies", "asserts")
ACTOR_KINDS = ("state", "organization", "person", "group")


@dataclass(frozen=True)
class Article:
    """One ingested article. ``id`` is the file name (or, for JSON input, the object's ``id``)."""

    id: str
    text: str
    language: str  # ISO 639-1, detected
    title: str | None = None
    date: str | None = None  # ISO 8601 publication date, when known
    url: str | None = None
    outlet: str | None = None
    source_path: str | None = None  # where it was read from, for messages

    @property
    def sha256(self) -> str:
        """Content hash: an article whose text and metadata are unchanged is not re-ingested."""
        h = hashlib.sha256()
        for part in (self.id, self.text, self.language, self.title, self.date, self.url, self.outlet):
            h.update((part or "").encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(frozen=True)
class Span:
    """A stretch of an article's text; ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Actor:
    """One real actor: a state, an institution, a person or a group.

    ``id`` is stable across articles and runs (see kg.resolve); ``label`` is a canonical name,
    never a whole subject phrase.
    """

    id: str
    label: str
    kind: str  # one of ACTOR_KINDS
    wikidata: str | None = None  # "Q227"
    part_of: str | None = None  # id of the actor this one belongs to
    aliases: tuple[str, ...] = ()  # surface forms seen, in any language


@dataclass(frozen=True)
class ActorMention:
    """An actor as it is written at one place of an article."""

    actor: str  # Actor.id
    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """What claims are about: an attack, an offensive, a ceasefire violation, talks..."""

    id: str
    article: str
    kind: str  # e.g. "attack", "offensive", "ceasefire_violation", "troop_buildup", "talks"
    label: str  # the trigger phrase as written
    evidence: Span
    time_start: str | None = None  # ISO date, normalized against the article's date
    time_end: str | None = None  # same as time_start for a single day
    time_text: str | None = None  # the time expression as written
    place: str | None = None  # place label
    place_wikidata: str | None = None
    participants: tuple[str, ...] = ()  # Actor ids


@dataclass(frozen=True)
class Relation:
    """An attributed statement: ``source`` asserts / denies / accuses (``target``) ``content``."""

    id: str
    article: str
    relation: str  # one of RELATION_TYPES
    source: ActorMention
    target: ActorMention | None
    content: Span
    cue: Span
    evidence: Span
    cameo: str  # CAMEO-style act code, e.g. "112" accuse, "016" deny, "010" make statement
    responds_to: tuple[str, ...] = ()  # ids of the claims a denial answers
    events: tuple[str, ...] = ()  # Event ids the statement is about
    claim: str | None = None  # ClaimCluster id, set when the corpus is clustered


@dataclass(frozen=True)
class ArticleGraph:
    """Everything extracted from one article."""

    article: Article
    actors: tuple[Actor, ...]
    relations: tuple[Relation, ...]
    events: tuple[Event, ...] = ()

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


@dataclass(frozen=True)
class ClaimCluster:
    """Statements making the same claim, across articles and languages.

    ``contested`` when one side asserts or charges it and another side denies it.
    """

    id: str
    label: str
    relations: tuple[str, ...]  # Relation ids
    supporters: tuple[str, ...] = ()  # Actor ids asserting or charging the claim
    deniers: tuple[str, ...] = ()  # Actor ids denying it
    contested: bool = False


@dataclass(frozen=True)
class Corpus:
    """A set of extracted articles with cross-article structures: merged actors and claim clusters."""

    articles: tuple[ArticleGraph, ...]
    actors: tuple[Actor, ...]
    claims: tuple[ClaimCluster, ...] = ()
    _actor_index: dict = field(default_factory=dict, compare=False, repr=False)

    def actor(self, actor_id: str) -> Actor | None:
        if not self._actor_index:
            self._actor_index.update({a.id: a for a in self.actors})
        return self._actor_index.get(actor_id)

    @property
    def relations(self) -> tuple[Relation, ...]:
        return tuple(r for g in self.articles for r in g.relations)
