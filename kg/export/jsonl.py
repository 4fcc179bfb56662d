"""One JSON object per relation: the contract with ``score.py`` and with the API's relation list.

    {"id", "article", "relation": "accuses|denies|asserts",
     "source": {"id", "label", "wikidata", "surface"}, "target": {...} | null,
     "responds_to": "<id>" | null, "responds_to_all": [...], "content", "cue", "cameo",
     "evidence": {"text", "start", "end"}, "events": [...], "claim": "<id>" | null}
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from kg.model import Actor, ActorMention, ArticleGraph, Relation


def actor_record(mention: ActorMention | None, actor: Actor | None) -> dict | None:
    if mention is None:
        return None
    return {
        "id": mention.actor,
        "label": actor.label if actor else mention.surface,
        "wikidata": actor.wikidata if actor else None,
        "surface": mention.surface,
    }


def relation_record(rel: Relation, actor_of) -> dict:
    """``actor_of(id) -> Actor | None`` looks actors up (an ArticleGraph's or a Corpus's)."""
    return {
        "id": rel.id,
        "article": rel.article,
        "relation": rel.relation,
        "source": actor_record(rel.source, actor_of(rel.source.actor)),
        "target": actor_record(rel.target, actor_of(rel.target.actor) if rel.target else None),
        # score.py reads one id; a denial answering several claims lists them all in responds_to_all
        "responds_to": rel.responds_to[0] if rel.responds_to else None,
        "responds_to_all": list(rel.responds_to),
        "content": rel.content.text,
        "cue": rel.cue.text,
        "cameo": rel.cameo,
        "evidence": {"text": rel.evidence.text, "start": rel.evidence.start, "end": rel.evidence.end},
        "events": list(rel.events),
        "claim": rel.claim,
    }


def graph_records(graph: ArticleGraph, actor_of=None) -> Iterator[dict]:
    actor_of = actor_of or graph.actor
    for rel in graph.relations:
        yield relation_record(rel, actor_of)


def dumps_lines(records: Iterable[dict]) -> Iterator[str]:
    for rec in records:
        yield json.dumps(rec, ensure_ascii=False) + "\n"
