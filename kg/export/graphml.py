"""GraphML export, streamed: the claim graph for Gephi, Cytoscape, yEd or networkx.

Nodes (attribute ``type``): ``actor`` (``kind`` state|organization|person|group, ``wikidata``),
``statement`` (``kind`` accuses|denies|asserts; ``cue``, ``evidence``, ``start``, ``end``, ``article``,
``date``, ``language``), ``claim`` (``contested``) and ``event`` (``kind`` attack, talks...,
``time_start``, ``place``). Every node and edge has a readable ``label``, the attribute Gephi and
Cytoscape show.

Edges (attribute ``type``, also the edge ``label``): actor -accuses|denies|asserts-> statement,
statement -target-> actor, statement -respondsTo-> statement, statement -claim-> claim,
statement -about-> event, event -participant-> actor, actor -partOf-> actor.
So "Azerbaijan -accuses-> [accuses: imitating peace talks] -target-> Armenia" reads left to right.

Written by hand (not networkx) so nothing but the current article sits in memory.
"""
from __future__ import annotations

from typing import Iterator
from xml.sax.saxutils import escape, quoteattr

from kg.model import Corpus

#: (id, for, attr.name, attr.type): declared once at the top of the file
NODE_KEYS = (
    ("label", "string"), ("type", "string"), ("kind", "string"), ("wikidata", "string"),
    ("cue", "string"), ("content", "string"), ("evidence", "string"), ("start", "int"), ("end", "int"),
    ("article", "string"), ("date", "string"), ("language", "string"), ("contested", "boolean"),
    ("time_start", "string"), ("place", "string"),
)
EDGE_KEYS = (("label", "string"), ("type", "string"), ("article", "string"))
LABEL_CHARS = 80


def _short(text: str, n: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _xml_text(value) -> str:
    # GraphML is XML 1.0: characters it cannot carry are dropped
    return escape("".join(ch for ch in str(value) if ch in "\t\n\r" or ord(ch) >= 0x20))


def _node(node_id: str, **attrs) -> str:
    data = "".join(f'<data key="n_{k}">{_xml_text(str(v).lower() if isinstance(v, bool) else v)}</data>'
                   for k, v in attrs.items() if v is not None and v != "")
    return f"  <node id={quoteattr(node_id)}>{data}</node>\n"


def _edge(n: int, source: str, target: str, kind: str, article: str | None = None) -> str:
    data = f'<data key="e_label">{kind}</data><data key="e_type">{kind}</data>'
    if article:
        data += f'<data key="e_article">{_xml_text(article)}</data>'
    return f"  <edge id=\"e{n}\" source={quoteattr(source)} target={quoteattr(target)}>{data}</edge>\n"


def graphml_chunks(corpus: Corpus) -> Iterator[bytes]:
    """The corpus as GraphML bytes, a chunk per article."""
    head = ['<?xml version="1.0" encoding="UTF-8"?>\n',
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n']
    for name, typ in NODE_KEYS:
        head.append(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{typ}"/>\n')
    for name, typ in EDGE_KEYS:
        head.append(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{typ}"/>\n')
    head.append('  <graph id="kg" edgedefault="directed">\n')
    yield "".join(head).encode("utf-8")

    edges = 0
    actors = {a.id: a for a in corpus.actors}
    for graph in corpus.articles:  # statements may name actors an older record lacks: add them
        for a in graph.actors:
            actors.setdefault(a.id, a)
    known = set()
    out = []
    for a in actors.values():
        known.add(f"actor:{a.id}")
        out.append(_node(f"actor:{a.id}", label=a.label, type="actor", kind=a.kind, wikidata=a.wikidata))
    for c in corpus.claims:
        out.append(_node(f"claim:{c.id}", label=_short(c.label), type="claim", kind="claim",
                         contested=bool(c.contested)))
    for a in actors.values():
        if a.part_of and f"actor:{a.part_of}" in known:
            edges += 1
            out.append(_edge(edges, f"actor:{a.id}", f"actor:{a.part_of}", "partOf"))
    yield "".join(out).encode("utf-8")

    claim_ids = {c.id for c in corpus.claims}
    statement_ids = {r.id for g in corpus.articles for r in g.relations}
    for graph in corpus.articles:
        art = graph.article
        out = []
        for e in graph.events:
            out.append(_node(f"event:{e.id}", label=_short(f"{e.kind}: {e.label}"), type="event", kind=e.kind,
                             evidence=e.evidence.text, start=e.evidence.start, end=e.evidence.end,
                             article=art.id, date=art.date, language=art.language, time_start=e.time_start,
                             place=e.place))
            for p in e.participants:
                if f"actor:{p}" in known:
                    edges += 1
                    out.append(_edge(edges, f"event:{e.id}", f"actor:{p}", "participant", art.id))
        event_ids = {e.id for e in graph.events}
        seen = set()
        for r in graph.relations:
            if r.id in seen:
                continue
            seen.add(r.id)
            for mention in (r.source, r.target):
                if mention is not None and f"actor:{mention.actor}" not in known:
                    known.add(f"actor:{mention.actor}")
                    out.append(_node(f"actor:{mention.actor}", label=mention.surface, type="actor"))
            s = f"statement:{r.id}"
            out.append(_node(s, label=_short(f"{r.relation}: {r.content.text}"), type="statement", kind=r.relation,
                             cue=r.cue.text, content=r.content.text, evidence=r.evidence.text,
                             start=r.evidence.start, end=r.evidence.end, article=art.id, date=art.date,
                             language=art.language))
            edges += 1
            out.append(_edge(edges, f"actor:{r.source.actor}", s, r.relation, art.id))
            if r.target is not None:
                edges += 1
                out.append(_edge(edges, s, f"actor:{r.target.actor}", "target", art.id))
            for answered in r.responds_to:
                if answered not in statement_ids:  # filtered out of this export
                    continue
                edges += 1
                out.append(_edge(edges, s, f"statement:{answered}", "respondsTo", art.id))
            if r.claim and r.claim in claim_ids:
                edges += 1
                out.append(_edge(edges, s, f"claim:{r.claim}", "claim", art.id))
            for event_id in r.events:
                if event_id in event_ids:
                    edges += 1
                    out.append(_edge(edges, s, f"event:{event_id}", "about", art.id))
        yield "".join(out).encode("utf-8")
    yield b"  </graph>\n</graphml>\n"
