"""One entry point for every export format, streamed: ``export_chunks(store, fmt, ...)`` yields
``bytes``. The API's ``GET /export`` and ``kg export`` call it; ``kg build`` writes its files with it.

    from kg.export.stream import FORMATS, export_chunks
    for chunk in export_chunks(store, "turtle", article=None, actor="Azerbaijan", since=None, until=None):
        ...
    FORMATS["turtle"].media_type   # "text/turtle"

``actor`` is resolved like the named queries' filters (id, QID, any name in English or French);
an unknown actor raises ``LookupError``; a bad date raises ``ValueError``. ``svg``/``png`` draw the
contested-claims picture (`kg.export.picture.render_contested`, needs graphviz) of the selection.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from kg.export import graphml, turtle
from kg.export.select import ExportFilter, select
from kg.graph import rdf
from kg.model import Corpus


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    suffix: str
    write: Callable[[Corpus], Iterator[bytes]]


def _jsonl(corpus: Corpus) -> Iterator[bytes]:
    from kg.export.jsonl import dumps_lines, relation_record

    for line in dumps_lines(relation_record(r, corpus.actor) for r in corpus.relations):
        yield line.encode("utf-8")


def _picture(fmt: str):
    def write(corpus: Corpus) -> Iterator[bytes]:
        from kg.export.picture import render_contested

        yield render_contested(corpus, fmt)
    return write


FORMATS: dict[str, Format] = {
    "turtle": Format("turtle", "text/turtle", ".ttl", lambda c: turtle.turtle_chunks(rdf.dataset(c))),
    "trig": Format("trig", "application/trig", ".trig", lambda c: turtle.trig_chunks(rdf.dataset(c))),
    "ntriples": Format("ntriples", "application/n-triples", ".nt", lambda c: turtle.ntriples_chunks(rdf.dataset(c))),
    "nquads": Format("nquads", "application/n-quads", ".nq", lambda c: turtle.nquads_chunks(rdf.dataset(c))),
    "jsonld": Format("jsonld", "application/ld+json", ".jsonld", lambda c: turtle.jsonld_chunks(rdf.dataset(c))),
    "graphml": Format("graphml", "application/graphml+xml", ".graphml", graphml.graphml_chunks),
    "jsonl": Format("jsonl", "application/x-ndjson", ".jsonl", _jsonl),
    "svg": Format("svg", "image/svg+xml", ".svg", _picture("svg")),
    "png": Format("png", "image/png", ".png", _picture("png")),
}


def selection(store, *, article: str | None = None, actor: str | None = None, since: str | None = None,
              until: str | None = None) -> Corpus:
    """The part of the store's corpus an export covers."""
    actors = None
    if actor:
        from kg.queries import resolve_actor

        found = resolve_actor(store, actor)
        if not found:
            raise LookupError(f"no actor named {actor!r} in the store (try `kg query actors {actor}`)")
        actors = tuple(a.id for a in found)
    return select(store.corpus(), ExportFilter(article=article, actors=actors, since=since, until=until))


def export_chunks(store, fmt: str, *, article: str | None = None, actor: str | None = None,
                  since: str | None = None, until: str | None = None) -> Iterator[bytes]:
    """The store (or the selected part) in format ``fmt`` (a key of `FORMATS`), as bytes chunks.
    Filters are checked before the first chunk is made, so errors come before any output."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    corpus = selection(store, article=article, actor=actor, since=since, until=until)
    return FORMATS[fmt].write(corpus)
