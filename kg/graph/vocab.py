"""kg's RDF vocabulary as rdflib ``DefinedNamespace``s, so a misspelt term raises instead of minting
a new IRI. Every term here is declared, with a label and a comment, in ``ontology/kg.ttl`` (a test
checks it), and so is every external term kg's graphs use (PROV-O, Web Annotation, Dublin Core...).

Resource IRIs (articles, actors, statements...) live under ``ID`` and are made by ``kg.graph.rdf``.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

#: kg's resources (articles, actors, statements, events, claims, named graphs)
ID = Namespace("https://kg-claims.org/id/")
#: Wikidata entities, the target of ``owl:sameAs``
WD = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """kg's own classes and properties (https://kg-claims.org/ns#), defined in ontology/kg.ttl."""

    _fail = True
    _NS = Namespace("https://kg-claims.org/ns#")

    # classes
    Article: URIRef  # a news article, the source every evidence span points into
    Actor: URIRef  # a state, organization, person or group that speaks or is spoken about
    State: URIRef
    Organization: URIRef
    Person: URIRef
    Group: URIRef
    Statement: URIRef  # an attributed statement found in an article
    Accusation: URIRef
    Denial: URIRef
    Assertion: URIRef
    Event: URIRef  # what statements are about: an attack, an offensive, talks...
    Claim: URIRef  # statements making the same claim, across articles and languages

    # actor -> statement
    asserts: URIRef
    accuses: URIRef
    denies: URIRef
    # statement
    target: URIRef  # the accused actor, or the actor whose claim is denied
    respondsTo: URIRef  # the statement a denial answers
    about: URIRef  # the event a statement is about
    claim: URIRef  # the claim cluster a statement belongs to
    inArticle: URIRef  # the article a statement or event was found in
    evidence: URIRef  # the evidence span (an oa:SpecificResource)
    cueSpan: URIRef
    contentSpan: URIRef
    sourceMention: URIRef
    targetMention: URIRef
    cue: URIRef  # the cue word as written
    content: URIRef  # what is said, as written
    cameoCode: URIRef
    sourceSurface: URIRef
    targetSurface: URIRef
    # actor
    partOf: URIRef
    # event
    eventKind: URIRef
    timeStart: URIRef
    timeEnd: URIRef
    timeText: URIRef
    place: URIRef
    placeEntity: URIRef
    participant: URIRef
    # claim
    contested: URIRef
    supporter: URIRef
    denier: URIRef
    # article
    sha256: URIRef
    extractionDigest: URIRef  # digest of kg's extraction record of the article
    outlet: URIRef
    url: URIRef


class OA(DefinedNamespace):
    """The W3C Web Annotation terms kg uses for evidence spans (http://www.w3.org/ns/oa#)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


#: prefixes used when serializing (Turtle, JSON-LD) and in the named queries' SPARQL
PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "kgid": str(ID),
    "oa": str(OA),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "wd": str(WD),
}


def sparql_prefixes() -> str:
    """The PREFIX lines for ``PREFIXES``, to put before a query."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
