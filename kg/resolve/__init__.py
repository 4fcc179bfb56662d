"""Actors: from a span of text to one real actor (state, institution, person, group).

BASELINE (to be replaced): gazetteer lookup of the span's words, else the span's proper nouns.
"""
from __future__ import annotations

import re

from kg.model import Actor, ActorMention, Article
from kg.resolve.gazetteer import fold, load_gazetteer


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "actor"


class ArticleActors:
    """Resolves spans of one article's ``Doc`` to actors and remembers the actors used."""

    def __init__(self, doc, article: Article):
        self.doc = doc
        self.article = article
        self._actors: dict[str, Actor] = {}

    def resolve(self, span) -> ActorMention | None:
        gaz = load_gazetteer()
        for tok in span:
            for cand in (tok.text, tok.text.rstrip("'s")):
                hit = gaz.lookup(cand)
                if hit:
                    state, _how = hit
                    actor = Actor(id=slug(state.name_en), label=state.name_en, kind="state", wikidata=state.wikidata)
                    return self._use(actor, span)
        names = [t for t in span if t.pos_ == "PROPN"]
        if not names:
            return None
        label = " ".join(t.text for t in names)
        return self._use(Actor(id=slug(label), label=label, kind="organization"), span)

    def _use(self, actor: Actor, span) -> ActorMention:
        self._actors.setdefault(actor.id, actor)
        return ActorMention(actor=actor.id, surface=span.text, start=span.start_char, end=span.end_char)

    def actors(self) -> tuple[Actor, ...]:
        return tuple(self._actors.values())
