"""RDF exports, streamed graph by graph: Turtle (named graphs flattened), TriG (named graphs kept),
N-Triples, N-Quads and JSON-LD.

Each writer takes the dataset — an iterable of ``(graph IRI, triples)`` as `kg.graph.rdf.dataset`
yields it — and yields ``bytes`` chunks, one (or a few) per named graph, so a large graph never sits
in memory whole: only the graph being written does. pyoxigraph does the serializing (fast, and it
escapes correctly); rdflib built the terms. Output order follows the dataset's order (articles by
id, then the corpus graph) and, inside a graph, the order the mapping yields triples, so the same
articles always give the same bytes.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg.graph.vocab import PREFIXES
from kg.store import ox_term

Dataset = Iterable[tuple[object, Iterable[tuple]]]

#: serialization prefixes: kg's plus one per resource kind, so Turtle stays readable
SERIALIZATION_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "kgid"}


def _triples(triples: Iterable[tuple]) -> list[ox.Triple]:
    return [ox.Triple(ox_term(s), ox_term(p), ox_term(o)) for s, p, o in triples]


def _prefix_header() -> bytes:
    return "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in SERIALIZATION_PREFIXES.items()).encode() + b"\n"


def _strip_prefixes(data: bytes) -> bytes:
    """pyoxigraph writes its @prefix lines first; the header gave them once already."""
    lines = data.split(b"\n")
    i = 0
    while i < len(lines) and (lines[i].startswith(b"@prefix") or lines[i] == b""):
        i += 1
    return b"\n".join(lines[i:])


def turtle_chunks(dataset: Dataset) -> Iterator[bytes]:
    """Turtle: every graph's triples in one default graph (no triple is in two of kg's graphs)."""
    yield _prefix_header()
    for graph_iri, triples in dataset:
        body = ox.serialize(_triples(triples), format=ox.RdfFormat.TURTLE, prefixes=SERIALIZATION_PREFIXES)
        if body:
            yield f"# graph <{graph_iri}>\n".encode() + _strip_prefixes(body) + b"\n"


def trig_chunks(dataset: Dataset) -> Iterator[bytes]:
    """TriG: one block per named graph."""
    yield _prefix_header()
    for graph_iri, triples in dataset:
        body = ox.serialize(_triples(triples), format=ox.RdfFormat.TURTLE, prefixes=SERIALIZATION_PREFIXES)
        if body:
            yield f"<{graph_iri}> {{\n".encode() + _strip_prefixes(body) + b"}\n\n"


def ntriples_chunks(dataset: Dataset) -> Iterator[bytes]:
    for _graph_iri, triples in dataset:
        body = ox.serialize(_triples(triples), format=ox.RdfFormat.N_TRIPLES)
        if body:
            yield body


def nquads_chunks(dataset: Dataset) -> Iterator[bytes]:
    for graph_iri, triples in dataset:
        g = ox.NamedNode(str(graph_iri))
        quads = [ox.Quad(t.subject, t.predicate, t.object, g) for t in _triples(triples)]
        body = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        if body:
            yield body


def jsonld_chunks(dataset: Dataset) -> Iterator[bytes]:
    """JSON-LD (expanded node objects, one named graph object per kg graph)::

        {"@context": {prefixes}, "@graph": [{"@id": "<graph>", "@graph": [node, ...]}, ...]}
    """
    yield (b'{"@context": ' + json.dumps(SERIALIZATION_PREFIXES).encode() + b',\n "@graph": [\n')
    first = True
    for graph_iri, triples in dataset:
        nodes: dict[str, dict] = {}
        for t in _triples(triples):
            node = nodes.setdefault(t.subject.value, {"@id": _node_id(t.subject)})
            if t.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and not isinstance(t.object, ox.Literal):
                node.setdefault("@type", []).append(_node_id(t.object))
            else:
                node.setdefault(t.predicate.value, []).append(_jsonld_value(t.object))
        if not nodes:
            continue
        block = {"@id": str(graph_iri), "@graph": list(nodes.values())}
        yield (b"" if first else b",\n") + json.dumps(block, ensure_ascii=False).encode("utf-8")
        first = False
    yield b"\n]}\n"


def _node_id(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _jsonld_value(term) -> dict:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return {"@value": term.value, "@type": term.datatype.value}
        return {"@value": term.value}
    return {"@id": _node_id(term)}
