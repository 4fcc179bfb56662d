"""Relations from a parsed article.

BASELINE (to be replaced): a cue verb with a nominal subject.
"""
from __future__ import annotations

import hashlib

from kg.model import Article, Relation, Span

_CUES = {
    "accuse": "accuses", "blame": "accuses", "condemn": "accuses", "denounce": "accuses", "allege": "accuses",
    "accuser": "accuses", "dénoncer": "accuses",
    "deny": "denies", "reject": "denies", "refute": "denies", "nier": "denies", "démentir": "denies",
    "rejeter": "denies",
    "say": "asserts", "claim": "asserts", "state": "asserts", "announce": "asserts", "déclarer": "asserts",
    "affirmer": "asserts", "assurer": "asserts",
}
_CAMEO = {"accuses": "112", "denies": "016", "asserts": "010"}


def relation_id(article_id: str, relation: str, start: int, end: int) -> str:
    return "r-" + hashlib.sha1(f"{article_id}|{relation}|{start}|{end}".encode()).hexdigest()[:12]


def extract_relations(doc, article: Article, actors) -> list[Relation]:
    out = []
    for tok in doc:
        kind = _CUES.get(tok.lemma_.lower())
        if not kind or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is None:
            continue
        source = actors.resolve(doc[subj.left_edge.i: subj.right_edge.i + 1])
        if source is None:
            continue
        target = None
        if kind == "accuses":
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                target = actors.resolve(doc[obj.left_edge.i: obj.right_edge.i + 1])
        sent = tok.sent
        ev = Span(sent.start_char, sent.end_char, article.text[sent.start_char:sent.end_char])
        out.append(Relation(
            id=relation_id(article.id, kind, ev.start, ev.end), article=article.id, relation=kind,
            source=source, target=target, content=ev,
            cue=Span(tok.idx, tok.idx + len(tok), article.text[tok.idx: tok.idx + len(tok)]),
            evidence=ev, cameo=_CAMEO[kind]))
    return out
