"""Records -> RDF triples, one named graph per article plus one corpus graph.

Shape (the vocabulary is ontology/kg.ttl; docs/ARCHITECTURE.md, "RDF shape"):

- article graph ``kgid:graph/article/{article id}``: the `kg:Article` node, its statements (actor
  ``kg:accuses|kg:denies|kg:asserts`` statement; statement ``kg:target`` actor, ``kg:respondsTo``
  statement, ``kg:about`` event, ``prov:wasAttributedTo`` source, ``kg:evidence`` a Web Annotation
  ``oa:SpecificResource`` with ``oa:TextPositionSelector`` and ``oa:TextQuoteSelector``), its events.
  Only what this one article says: re-ingesting it replaces exactly this graph.
- corpus graph ``kgid:graph/corpus``: what depends on several articles, recomputed after every change:
  one description per actor (label, aliases, kind, ``owl:sameAs`` Wikidata, ``kg:partOf``), claim
  clusters (``kg:contested``, supporters, deniers) and each statement's ``kg:claim``.

No triple is in two graphs, so flattening the dataset loses nothing and counts stay equal.
Every IRI is a function of a record id, so building twice gives the same graph.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator
from urllib.parse import quote

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.graph.vocab import ID, KG, OA, WD
from kg.model import Actor, ActorMention, Article, ArticleGraph, ClaimCluster, Corpus, Event, Relation, Span

Triple = tuple[URIRef, URIRef, URIRef | Literal]

#: characters of context kept before and after an evidence quote (oa:prefix, oa:suffix)
QUOTE_CONTEXT = 32

CORPUS_GRAPH = ID["graph/corpus"]

STATEMENT_CLASS = {"accuses": KG.Accusation, "denies": KG.Denial, "asserts": KG.Assertion}
ACTOR_PROPERTY = {"accuses": KG.accuses, "denies": KG.denies, "asserts": KG.asserts}
ACTOR_CLASS = {"state": KG.State, "organization": KG.Organization, "person": KG.Person, "group": KG.Group}

_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_ISO_MONTH = re.compile(r"^\d{4}-\d\d$")
_QID = re.compile(r"^Q\d+$")


# ----------------------------------------------------------------------------------------------------
# IRIs


def _part(record_id: str) -> str:
    return quote(record_id, safe="")


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{_part(article_id)}"]


def article_graph_iri(article_id: str) -> URIRef:
    """The named graph holding one article's triples."""
    return ID[f"graph/article/{_part(article_id)}"]


def actor_iri(actor_id: str) -> URIRef:
    return ID[f"actor/{_part(actor_id)}"]


def statement_iri(relation_id: str) -> URIRef:
    return ID[f"statement/{_part(relation_id)}"]


def event_iri(event_id: str) -> URIRef:
    return ID[f"event/{_part(event_id)}"]


def claim_iri(claim_id: str) -> URIRef:
    return ID[f"claim/{_part(claim_id)}"]


def wikidata_iri(qid: str) -> URIRef | None:
    return WD[qid] if qid and _QID.match(qid) else None


def local_id(iri: str, kind: str) -> str:
    """The record id inside a kg IRI: ``local_id(actor_iri("x"), "actor") == "x"``."""
    from urllib.parse import unquote

    prefix = f"{ID}{kind}/"
    if not iri.startswith(prefix):
        raise ValueError(f"{iri!r} is not a kg {kind} IRI (expected it to start with {prefix})")
    return unquote(iri[len(prefix):])


# ----------------------------------------------------------------------------------------------------
# literals


def date_literal(value: str) -> Literal:
    """ISO dates as xsd:date, months as xsd:gYearMonth, anything else as a plain string."""
    if _ISO_DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _ISO_MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value)


def _text(value: str, language: str | None) -> Literal:
    return Literal(value, lang=language) if language else Literal(value)


# ----------------------------------------------------------------------------------------------------
# one article


def article_triples(graph: ArticleGraph) -> Iterator[Triple]:
    """The triples of one article's named graph, in a fixed order."""
    article = graph.article
    yield from article_node_triples(article)
    for event in graph.events:
        yield from event_triples(event, article)
    for rel in graph.relations:
        yield from statement_triples(rel, article)


def article_node_triples(article: Article) -> Iterator[Triple]:
    a = article_iri(article.id)
    yield a, RDF.type, KG.Article
    yield a, DCTERMS.identifier, Literal(article.id)
    yield a, DCTERMS.language, Literal(article.language)
    yield a, KG.sha256, Literal(article.sha256)
    if article.title:
        yield a, DCTERMS.title, _text(article.title, article.language)
    if article.date:
        yield a, DCTERMS.date, date_literal(article.date)
    if article.outlet:
        yield a, KG.outlet, Literal(article.outlet)
    if article.url:
        yield a, KG.url, Literal(article.url, datatype=XSD.anyURI)


def span_triples(node: URIRef, article: Article, span: Span, *, quote_selector: bool) -> Iterator[Triple]:
    """A Web Annotation specific resource: a span of the article, by position (and by quote)."""
    yield node, RDF.type, OA.SpecificResource
    yield node, OA.hasSource, article_iri(article.id)
    position = URIRef(f"{node}/position")
    yield node, OA.hasSelector, position
    yield position, RDF.type, OA.TextPositionSelector
    yield position, OA.start, Literal(span.start)
    yield position, OA.end, Literal(span.end)
    if quote_selector:
        q = URIRef(f"{node}/quote")
        yield node, OA.hasSelector, q
        yield q, RDF.type, OA.TextQuoteSelector
        yield q, OA.exact, Literal(span.text)
        yield q, OA.prefix, Literal(article.text[max(0, span.start - QUOTE_CONTEXT):span.start])
        yield q, OA.suffix, Literal(article.text[span.end:span.end + QUOTE_CONTEXT])


def _mention_triples(s: URIRef, prop_surface, prop_span, name: str, mention: ActorMention,
                     article: Article) -> Iterator[Triple]:
    yield s, prop_surface, Literal(mention.surface)
    node = URIRef(f"{s}/{name}")
    yield s, prop_span, node
    yield from span_triples(node, article, Span(mention.start, mention.end, mention.surface), quote_selector=False)


def statement_triples(rel: Relation, article: Article) -> Iterator[Triple]:
    s = statement_iri(rel.id)
    lang = article.language
    yield s, RDF.type, KG.Statement
    yield s, RDF.type, STATEMENT_CLASS[rel.relation]
    yield s, DCTERMS.identifier, Literal(rel.id)
    yield s, KG.inArticle, article_iri(article.id)
    source = actor_iri(rel.source.actor)
    yield source, ACTOR_PROPERTY[rel.relation], s
    yield s, PROV.wasAttributedTo, source
    yield from _mention_triples(s, KG.sourceSurface, KG.sourceMention, "source", rel.source, article)
    if rel.target is not None:
        yield s, KG.target, actor_iri(rel.target.actor)
        yield from _mention_triples(s, KG.targetSurface, KG.targetMention, "target", rel.target, article)
    yield s, KG.cue, _text(rel.cue.text, lang)
    yield s, KG.cueSpan, URIRef(f"{s}/cue")
    yield from span_triples(URIRef(f"{s}/cue"), article, rel.cue, quote_selector=False)
    yield s, KG.content, _text(rel.content.text, lang)
    yield s, KG.contentSpan, URIRef(f"{s}/content")
    yield from span_triples(URIRef(f"{s}/content"), article, rel.content, quote_selector=False)
    yield s, KG.evidence, URIRef(f"{s}/evidence")
    yield from span_triples(URIRef(f"{s}/evidence"), article, rel.evidence, quote_selector=True)
    if rel.cameo:
        yield s, KG.cameoCode, Literal(rel.cameo)
    for answered in rel.responds_to:
        yield s, KG.respondsTo, statement_iri(answered)
    for event_id in rel.events:
        yield s, KG.about, event_iri(event_id)


def event_triples(event: Event, article: Article) -> Iterator[Triple]:
    e = event_iri(event.id)
    yield e, RDF.type, KG.Event
    yield e, DCTERMS.identifier, Literal(event.id)
    yield e, KG.eventKind, Literal(event.kind)
    yield e, RDFS.label, _text(event.label, article.language)
    yield e, KG.inArticle, article_iri(article.id)
    yield e, KG.evidence, URIRef(f"{e}/evidence")
    yield from span_triples(URIRef(f"{e}/evidence"), article, event.evidence, quote_selector=True)
    if event.time_start:
        yield e, KG.timeStart, date_literal(event.time_start)
    if event.time_end:
        yield e, KG.timeEnd, date_literal(event.time_end)
    if event.time_text:
        yield e, KG.timeText, _text(event.time_text, article.language)
    if event.place:
        yield e, KG.place, Literal(event.place)
    place = wikidata_iri(event.place_wikidata or "")
    if place is not None:
        yield e, KG.placeEntity, place
    for actor_id in event.participants:
        yield e, KG.participant, actor_iri(actor_id)


# ----------------------------------------------------------------------------------------------------
# the corpus


def actor_triples(actor: Actor, names: Iterable[tuple[str, str]] = ()) -> Iterator[Triple]:
    """One actor's description. ``names`` adds (name, language) pairs, e.g. a state's English and
    French names from the gazetteer, as language-tagged ``skos:altLabel``s."""
    a = actor_iri(actor.id)
    yield a, RDF.type, KG.Actor
    yield a, RDF.type, ACTOR_CLASS.get(actor.kind, KG.Actor)
    yield a, DCTERMS.identifier, Literal(actor.id)
    yield a, RDFS.label, Literal(actor.label)
    seen = {actor.label}
    for alias in actor.aliases:
        if alias not in seen:
            seen.add(alias)
            yield a, SKOS.altLabel, Literal(alias)
    for name, language in dict.fromkeys(names):
        yield a, SKOS.altLabel, Literal(name, lang=language)
    qid = wikidata_iri(actor.wikidata or "")
    if qid is not None:
        yield a, OWL.sameAs, qid
    if actor.part_of:
        yield a, KG.partOf, actor_iri(actor.part_of)


def claim_triples(claim: ClaimCluster) -> Iterator[Triple]:
    c = claim_iri(claim.id)
    yield c, RDF.type, KG.Claim
    yield c, DCTERMS.identifier, Literal(claim.id)
    yield c, RDFS.label, Literal(claim.label)
    yield c, KG.contested, Literal(bool(claim.contested))
    for actor_id in claim.supporters:
        yield c, KG.supporter, actor_iri(actor_id)
    for actor_id in claim.deniers:
        yield c, KG.denier, actor_iri(actor_id)


def corpus_triples(corpus: Corpus, names_of=None) -> Iterator[Triple]:
    """The corpus graph: merged actors, claim clusters and each statement's claim.

    ``names_of(actor) -> iterable of (name, language)`` adds multilingual names (see `state_names`).
    """
    for actor in corpus.actors:
        yield from actor_triples(actor, names_of(actor) if names_of else ())
    for claim in corpus.claims:
        yield from claim_triples(claim)
    for rel in corpus.relations:
        if rel.claim:
            yield statement_iri(rel.id), KG.claim, claim_iri(rel.claim)


def state_names(actor: Actor) -> list[tuple[str, str]]:
    """A state's English and French names from the gazetteer (ontology/gazetteer), by its QID."""
    if actor.kind != "state" or not actor.wikidata:
        return []
    from kg.resolve.gazetteer import load_gazetteer

    for state in load_gazetteer().states.values():
        if state.wikidata == actor.wikidata:
            return [(state.name_en, "en"), (state.name_fr, "fr")]
    return []


def dataset(corpus: Corpus) -> Iterator[tuple[URIRef, Iterator[Triple]]]:
    """Every named graph of a corpus, articles first (in corpus order), then the corpus graph."""
    for graph in corpus.articles:
        yield article_graph_iri(graph.article.id), unique(article_triples(graph))
    yield CORPUS_GRAPH, unique(corpus_triples(corpus, state_names))


def unique(triples: Iterable[Triple]) -> Iterator[Triple]:
    """Each triple once, first occurrence order (a graph is a set; extraction may repeat a record)."""
    seen: set = set()
    for t in triples:
        if t not in seen:
            seen.add(t)
            yield t
