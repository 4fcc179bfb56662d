"""The extraction pipeline: an `Article` in, an `ArticleGraph` out; many articles in, a `Corpus` out.

    parse (kg.nlp) -> actors (kg.resolve) -> relations (kg.extract) -> events (kg.events)
    then, over the whole corpus: merged actors (kg.resolve.corpus) and claim clusters (kg.claims).
"""
from __future__ import annotations

from typing import Iterable

from kg import nlp
from kg.model import Article, ArticleGraph, Corpus


def extract_article(article: Article) -> ArticleGraph:
    """Everything kg extracts from one article (English or French)."""
    from kg.extract import extract_relations
    from kg.resolve import ArticleActors

    doc = nlp.parse(article)
    actors = ArticleActors(doc, article)
    relations = extract_relations(doc, article, actors)
    events, relations = _events(doc, article, relations, actors)
    return ArticleGraph(article=article, actors=actors.actors(), relations=tuple(relations), events=tuple(events))


def _events(doc, article, relations, actors):
    try:
        from kg.events import extract_events
    except ImportError:  # kg.events is not there yet
        return (), relations
    return extract_events(doc, article, relations, actors)


def build_corpus(graphs: Iterable[ArticleGraph]) -> Corpus:
    """Cross-article structures: one actor per real actor, claim clusters and what is contested."""
    from kg.resolve.corpus import merge_actors

    graphs = tuple(graphs)
    actors = merge_actors(graphs)
    try:
        from kg.claims import cluster_claims
    except ImportError:  # kg.claims is not there yet
        return Corpus(articles=graphs, actors=actors)
    graphs, claims = cluster_claims(graphs, actors)
    return Corpus(articles=tuple(graphs), actors=actors, claims=tuple(claims))
