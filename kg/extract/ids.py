"""Stable relation ids: the same article, relation type and offsets always give the same id."""
from __future__ import annotations

import hashlib

from kg.model import Relation


def relation_id(article_id: str, relation: str, start: int, end: int, *more: int) -> str:
    """A hash of the article id, the relation type, the evidence offsets and any further offsets
    (kg passes the cue's, the speaker's and the target's, so two speakers or two accused of one sentence
    get two ids)."""
    key = "|".join([article_id, relation, str(start), str(end), *map(str, more)])
    return "r-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def with_stable_id(rel: Relation) -> Relation:
    """``rel`` with the id its current type and offsets give."""
    from dataclasses import replace

    return replace(rel, id=relation_id(rel.article, rel.relation, rel.evidence.start, rel.evidence.end,
                                       rel.cue.start, rel.source.start, rel.target.start if rel.target else -1))
