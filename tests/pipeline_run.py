"""The real pipeline on a sentence written for a test, and actors named by the top of their part-of
chain (their state, for a ministry or an official), for the slow extraction tests."""
from __future__ import annotations

from typing import Callable

from kg.claims import side_of
from kg.model import Article, ArticleGraph


def extract_text(text: str, language: str) -> ArticleGraph:
    from kg.pipeline import extract_article  # loads spaCy: only in the tests that run it

    return extract_article(Article(id="t.txt", text=text, language=language))


def top_label(graph: ArticleGraph) -> Callable[[str], str]:
    """actor id -> label of the top of its part-of chain (the id itself for an actor not in the graph)."""
    actors = {a.id: a for a in graph.actors}
    parents = {a.id: a.part_of for a in graph.actors}

    def top(actor_id: str) -> str:
        found = side_of(actor_id, parents)
        return actors[found].label if found in actors else found

    return top


def relations_and_top(text: str, language: str):
    """(relations, top) for ``text``: see `top_label`."""
    graph = extract_text(text, language)
    return graph.relations, top_label(graph)
