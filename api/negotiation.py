"""Content negotiation for the SPARQL endpoint and the exports: which format a request asks for.

The ``Accept`` header decides (q-values honoured, the client's order breaking ties); a ``format``
parameter, when it names a known format, overrides it (browsers' download links and SPARQLWrapper,
which sends ``format=json`` beside its ``Accept`` header, use it).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str  # kg's short name: json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml, graphml
    media_type: str  # what the response's Content-Type says
    accepted: tuple[str, ...]  # media types a client may ask for to get this format
    aliases: tuple[str, ...] = ()  # other names a ``format`` parameter may give


#: SELECT and ASK results (SPARQL 1.1 Query Results JSON, XML, CSV, TSV); the first is the default
RESULT_FORMATS = (
    Format("json", "application/sparql-results+json",
           ("application/sparql-results+json", "application/json", "text/javascript", "application/javascript")),
    Format("xml", "application/sparql-results+xml", ("application/sparql-results+xml", "application/xml", "text/xml")),
    Format("csv", "text/csv", ("text/csv",)),
    Format("tsv", "text/tab-separated-values", ("text/tab-separated-values",)),
)

#: CONSTRUCT and DESCRIBE results; the first is the default
GRAPH_FORMATS = (
    Format("turtle", "text/turtle", ("text/turtle", "application/turtle", "application/x-turtle"), ("ttl", "n3")),
    Format("ntriples", "application/n-triples", ("application/n-triples", "text/plain"), ("nt", "n-triples")),
    Format("jsonld", "application/ld+json", ("application/ld+json", "application/x-json+ld", "application/json"),
           ("json-ld", "json")),
    Format("rdfxml", "application/rdf+xml", ("application/rdf+xml", "application/xml", "text/xml"), ("rdf+xml", "xml")),
)


class NotAcceptable(Exception):
    """No offered format matches the request; ``offered`` lists what could be asked for."""

    def __init__(self, asked: str, offered: tuple[Format, ...]):
        self.asked = asked
        self.offered = offered
        super().__init__(f"cannot answer in {asked!r}; ask for one of: "
                         + ", ".join(f.media_type for f in offered))


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``[(media range, q)]`` in the client's order; an absent or empty header accepts anything."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges or [("*/*", 1.0)]


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> tuple[float, int]:
    """q of the most specific range matching ``media_type``, and that range's position (for ties)."""
    kind = media_type.split("/")[0]
    best: tuple[int, float, int] | None = None  # (specificity, q, position)
    for position, (media, q) in enumerate(ranges):
        if media == media_type:
            specificity = 2
        elif media == f"{kind}/*":
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if best is None or specificity > best[0]:
            best = (specificity, q, position)
    return (0.0, len(ranges)) if best is None else (best[1], best[2])


def choose(offered: tuple[Format, ...], accept: str | None, format_params: list[str] | tuple[str, ...] = ()) -> Format:
    """The format to answer in. Raises `NotAcceptable`."""
    for value in format_params:
        wanted = value.strip().lower()
        for f in offered:
            if wanted == f.name or wanted in f.aliases or wanted in f.accepted:
                return f
    ranges = parse_accept(accept)
    scored = []
    for rank, f in enumerate(offered):
        q, position = max((_quality(m, ranges) for m in f.accepted), key=lambda qp: (qp[0], -qp[1]))
        if q > 0:
            scored.append((-q, position, rank, f))
    if not scored:
        raise NotAcceptable(accept or "", offered)
    return min(scored, key=lambda s: s[:3])[3]
