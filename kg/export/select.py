"""Which part of a corpus an export covers: the whole graph, or one article, one actor (with its
parts), a date range. Pure: a `Corpus` in, a smaller `Corpus` out, which `kg.graph.rdf.dataset` and
the writers turn into a graph that stays self-contained (the actors, events and claims the kept
statements point to are kept too)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.model import ArticleGraph, Corpus, Relation

_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


@dataclass(frozen=True)
class ExportFilter:
    """``article``: an article id. ``actors``: actor ids (resolve names first, e.g. with
    `kg.queries.resolve_actor`); a statement is kept when its source or target is one of them or
    part of one. ``since``/``until``: ISO dates, inclusive, compared with the article's date
    (undated articles are left out when either is given)."""

    article: str | None = None
    actors: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None

    def __post_init__(self):
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _ISO_DATE.match(value):
                raise ValueError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)")

    @property
    def is_everything(self) -> bool:
        return self.article is None and self.actors is None and self.since is None and self.until is None


def select(corpus: Corpus, flt: ExportFilter) -> Corpus:
    """The part of ``corpus`` that ``flt`` keeps."""
    if flt.is_everything:
        return corpus
    covered = _covered_actors(corpus, flt.actors) if flt.actors is not None else None
    graphs = []
    for graph in corpus.articles:
        if not _article_kept(graph, flt):
            continue
        if covered is None:
            graphs.append(graph)
            continue
        relations = tuple(r for r in graph.relations if _mentions(r, covered))
        if relations:
            graphs.append(_trim(graph, relations))
    relation_ids = {r.id for g in graphs for r in g.relations}
    claims = tuple(c for c in corpus.claims if relation_ids & set(c.relations))
    used = _actors_used(graphs, claims, corpus)
    actors = tuple(a for a in corpus.actors if a.id in used)
    return Corpus(articles=tuple(graphs), actors=actors, claims=claims)


def _article_kept(graph: ArticleGraph, flt: ExportFilter) -> bool:
    article = graph.article
    if flt.article is not None and article.id != flt.article:
        return False
    if flt.since or flt.until:
        if not article.date:
            return False
        day = article.date[:10]
        if flt.since and day < flt.since:
            return False
        if flt.until and day > flt.until:
            return False
    return True


def _covered_actors(corpus: Corpus, actor_ids) -> set[str]:
    """The actors and everything part of them, transitively."""
    covered = set(actor_ids)
    parent_of = {a.id: a.part_of for a in corpus.actors}
    for g in corpus.articles:
        parent_of.update({a.id: a.part_of for a in g.actors if a.id not in parent_of})
    changed = True
    while changed:
        changed = False
        for child, parent in parent_of.items():
            if parent in covered and child not in covered:
                covered.add(child)
                changed = True
    return covered


def _mentions(rel: Relation, covered: set[str]) -> bool:
    return rel.source.actor in covered or (rel.target is not None and rel.target.actor in covered)


def _trim(graph: ArticleGraph, relations: tuple[Relation, ...]) -> ArticleGraph:
    event_ids = {e for r in relations for e in r.events}
    events = tuple(e for e in graph.events if e.id in event_ids)
    return replace(graph, relations=relations, events=events)


def _actors_used(graphs, claims, corpus: Corpus) -> set[str]:
    used = set()
    for g in graphs:
        for r in g.relations:
            used.add(r.source.actor)
            if r.target is not None:
                used.add(r.target.actor)
        for e in g.events:
            used.update(e.participants)
    for c in claims:
        used.update(c.supporters)
        used.update(c.deniers)
    parent_of = {a.id: a.part_of for a in corpus.actors}
    for actor_id in list(used):  # keep the part-of chain so the tree stays whole
        seen = {actor_id}
        parent = parent_of.get(actor_id)
        while parent and parent not in seen:
            used.add(parent)
            seen.add(parent)
            parent = parent_of.get(parent)
    return used
