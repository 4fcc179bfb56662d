"""The RDF mapping and the exports, on hand-made records (no spaCy): IRIs, shape, no duplicates,
round trips through two independent parsers, GraphML through networkx, determinism, filters."""
from __future__ import annotations

import io
import json

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from kg.export import graphml, turtle
from kg.export.select import ExportFilter, select
from kg.graph import rdf
from kg.graph.records import graph_digest, graph_from_json, graph_to_json
from kg.graph.vocab import KG, OA, WD
from store_samples import english_article, french_article, hand_corpus


@pytest.fixture
def corpus():
    return hand_corpus([english_article(), french_article()])


def graph_of(triples) -> rdflib.Graph:
    g = rdflib.Graph()
    for t in triples:
        g.add(t)
    return g


def test_vocabulary_refuses_unknown_terms():
    assert str(KG.accuses) == "https://kg-claims.org/ns#accuses"
    with pytest.raises(AttributeError):
        KG.acuses  # noqa: B018 - a typo must raise, not mint a new IRI
    with pytest.raises(AttributeError):
        OA.startt  # noqa: B018


def test_iris_are_stable_and_escape_ids():
    assert rdf.actor_iri("serbia.defence-ministry") == rdf.actor_iri("serbia.defence-ministry")
    iri = rdf.article_iri("a b/c?.txt")
    assert " " not in iri and "?" not in iri[len("https://"):]
    assert rdf.local_id(str(iri), "article") == "a b/c?.txt"
    with pytest.raises(ValueError):
        rdf.local_id(str(iri), "actor")


def test_statement_shape():
    g = graph_of(rdf.article_triples(english_article()))
    s = rdf.statement_iri("r-en-1")
    serbia, kosovo = rdf.actor_iri("serbia"), rdf.actor_iri("kosovo")
    assert (serbia, KG.accuses, s) in g
    assert (s, RDF.type, KG.Accusation) in g and (s, RDF.type, KG.Statement) in g
    assert (s, PROV.wasAttributedTo, serbia) in g
    assert (s, KG.target, kosovo) in g
    assert (s, KG.about, rdf.event_iri("en-border.txt#e1")) in g
    assert (s, KG.inArticle, rdf.article_iri("en-border.txt")) in g
    assert g.value(s, KG.cue) == rdflib.Literal("accused", lang="en")
    # the denial answers the accusation
    assert (rdf.statement_iri("r-en-2"), KG.respondsTo, s) in g
    assert (kosovo, KG.denies, rdf.statement_iri("r-en-2")) in g


def test_evidence_is_a_web_annotation_matching_the_text():
    graph = english_article()
    g = graph_of(rdf.article_triples(graph))
    text = graph.article.text
    for rel in graph.relations:
        ev = g.value(rdf.statement_iri(rel.id), KG.evidence)
        assert (ev, RDF.type, OA.SpecificResource) in g
        assert g.value(ev, OA.hasSource) == rdf.article_iri(graph.article.id)
        selectors = list(g.objects(ev, OA.hasSelector))
        position = next(x for x in selectors if (x, RDF.type, OA.TextPositionSelector) in g)
        quote = next(x for x in selectors if (x, RDF.type, OA.TextQuoteSelector) in g)
        start, end = int(g.value(position, OA.start)), int(g.value(position, OA.end))
        assert text[start:end] == str(g.value(quote, OA.exact)) == rel.evidence.text
        assert text[:start].endswith(str(g.value(quote, OA.prefix)))
        assert text[end:].startswith(str(g.value(quote, OA.suffix)))


def test_article_node_and_dates():
    g = graph_of(rdf.article_triples(english_article()))
    a = rdf.article_iri("en-border.txt")
    assert (a, RDF.type, KG.Article) in g
    assert g.value(a, rdflib.namespace.DCTERMS.date) == rdflib.Literal("2024-03-02", datatype=rdflib.XSD.date)
    assert str(g.value(a, KG.sha256)) == english_article().article.sha256
    assert rdf.date_literal("2024-03").datatype == rdflib.XSD.gYearMonth
    assert rdf.date_literal("early March").datatype is None


def test_corpus_graph_actors_claims_and_multilingual_names(corpus):
    g = graph_of(rdf.corpus_triples(corpus, rdf.state_names))
    serbia = rdf.actor_iri("serbia")
    assert (serbia, RDF.type, KG.State) in g
    assert (serbia, OWL.sameAs, WD.Q403) in g
    assert (rdf.actor_iri("serbia.defence-ministry"), KG.partOf, serbia) in g
    assert (serbia, SKOS.altLabel, rdflib.Literal("Belgrade")) in g
    assert (serbia, SKOS.altLabel, rdflib.Literal("Serbie", lang="fr")) in g  # from the gazetteer
    claim = rdf.claim_iri("c-attack")
    assert (claim, KG.contested, rdflib.Literal(True)) in g
    assert (claim, KG.denier, rdf.actor_iri("kosovo")) in g
    assert (rdf.statement_iri("r-fr-1"), KG.claim, claim) in g
    assert g.value(serbia, RDFS.label) == rdflib.Literal("Serbia")


def test_no_triple_is_in_two_graphs_and_none_repeats(corpus):
    seen: dict = {}
    for graph_iri, triples in rdf.dataset(corpus):
        triples = list(triples)
        assert len(triples) == len(set(triples)), f"repeated triple in {graph_iri}"
        for t in triples:
            assert t not in seen, f"{t} in {seen.get(t)} and {graph_iri}"
            seen[t] = graph_iri


def test_repeated_relation_records_give_one_set_of_triples():
    g = english_article()
    doubled = g.__class__(article=g.article, actors=g.actors, relations=g.relations + g.relations[:1], events=g.events)
    corpus = hand_corpus([doubled])
    triples = [t for _, ts in rdf.dataset(corpus) for t in ts]
    assert len(triples) == len(set(triples))


def _parse_count_ox(data: bytes, fmt) -> int:
    return sum(1 for _ in ox.parse(data, format=fmt))


def test_turtle_round_trip_same_count_in_rdflib_and_pyoxigraph(corpus):
    data = b"".join(turtle.turtle_chunks(rdf.dataset(corpus)))
    expected = sum(1 for _, ts in rdf.dataset(corpus) for _ in ts)
    assert len(rdflib.Graph().parse(data=data, format="turtle")) == expected
    assert _parse_count_ox(data, ox.RdfFormat.TURTLE) == expected


def test_trig_keeps_named_graphs(corpus):
    data = b"".join(turtle.trig_chunks(rdf.dataset(corpus)))
    quads = list(ox.parse(data, format=ox.RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in quads}
    assert graphs == {str(rdf.article_graph_iri("en-border.txt")), str(rdf.article_graph_iri("fr-cessez.txt")),
                      str(rdf.CORPUS_GRAPH)}
    ds = rdflib.Dataset()
    ds.parse(data=data, format="trig")
    assert len(list(ds.quads())) == len(quads)


def test_ntriples_nquads_and_jsonld_round_trips(corpus):
    expected = {t for _, ts in rdf.dataset(corpus) for t in ts}
    nt = b"".join(turtle.ntriples_chunks(rdf.dataset(corpus)))
    assert set(rdflib.Graph().parse(data=nt, format="nt")) == expected
    nq = b"".join(turtle.nquads_chunks(rdf.dataset(corpus)))
    assert _parse_count_ox(nq, ox.RdfFormat.N_QUADS) == len(expected)
    jl = b"".join(turtle.jsonld_chunks(rdf.dataset(corpus)))
    json.loads(jl)  # one JSON document
    ds = rdflib.Dataset()
    ds.parse(data=jl, format="json-ld")
    assert {(s, p, o) for s, p, o, _ in ds.quads()} == expected
    assert _parse_count_ox(jl, ox.RdfFormat.JSON_LD) == len(expected)


def test_serialization_is_deterministic(corpus):
    again = hand_corpus([english_article(), french_article()])
    for write in (turtle.turtle_chunks, turtle.trig_chunks, turtle.jsonld_chunks):
        assert b"".join(write(rdf.dataset(corpus))) == b"".join(write(rdf.dataset(again)))
    assert b"".join(graphml.graphml_chunks(corpus)) == b"".join(graphml.graphml_chunks(again))


def test_graphml_loads_in_networkx_with_labels_kinds_and_edge_types(corpus):
    data = b"".join(graphml.graphml_chunks(corpus))
    g = nx.read_graphml(io.BytesIO(data))
    assert g.is_directed()
    serbia = g.nodes["actor:serbia"]
    assert serbia["label"] == "Serbia" and serbia["kind"] == "state" and serbia["type"] == "actor"
    assert serbia["wikidata"] == "Q403"
    statement = g.nodes["statement:r-en-1"]
    assert statement["type"] == "statement" and statement["kind"] == "accuses"
    assert statement["label"].startswith("accuses: ")
    assert english_article().article.text[statement["start"]:statement["end"]] == statement["evidence"]
    assert g.nodes["claim:c-attack"]["contested"] is True
    types = {(u, v): d["type"] for u, v, d in g.edges(data=True)}
    assert types[("actor:serbia", "statement:r-en-1")] == "accuses"
    assert types[("statement:r-en-1", "actor:kosovo")] == "target"
    assert types[("statement:r-en-2", "statement:r-en-1")] == "respondsTo"
    assert types[("statement:r-en-1", "claim:c-attack")] == "claim"
    assert types[("statement:r-en-1", "event:en-border.txt#e1")] == "about"
    assert types[("actor:serbia.defence-ministry", "actor:serbia")] == "partOf"
    assert all(d.get("label") for _, _, d in g.edges(data=True))
    assert all(d.get("label") for _, d in g.nodes(data=True))


def test_graphml_drops_characters_xml_cannot_carry():
    g = english_article(text="Serbia accused Kosovo of attacking a border post on Friday.\x01 Pristina rejected the claims.")
    data = b"".join(graphml.graphml_chunks(hand_corpus([g])))
    nx.read_graphml(io.BytesIO(data))  # parses


def test_records_json_round_trip(corpus):
    for g in corpus.articles:
        assert graph_from_json(graph_to_json(g)) == g
    assert graph_digest(english_article()) == graph_digest(english_article())
    assert graph_digest(english_article()) != graph_digest(english_article(date="2024-03-03"))


def test_records_json_tolerates_unknown_and_missing_fields():
    data = json.loads(graph_to_json(english_article()))
    data["relations"][0]["future_field"] = 1
    del data["relations"][0]["claim"]
    g = graph_from_json(json.dumps(data))
    assert g.relations[0].claim is None


def test_select_by_article_actor_and_dates(corpus):
    only_fr = select(corpus, ExportFilter(article="fr-cessez.txt"))
    assert [g.article.id for g in only_fr.articles] == ["fr-cessez.txt"]
    by_serbia = select(corpus, ExportFilter(actors=("serbia",)))  # parts included: the ministry's accusation
    ids = {r.id for r in by_serbia.relations}
    assert ids == {"r-en-1", "r-en-2", "r-en-3", "r-fr-1"}
    assert {a.id for a in by_serbia.actors} >= {"serbia", "kosovo", "serbia.defence-ministry"}
    assert "acme-mining" not in {a.id for a in by_serbia.actors}
    by_acme = select(corpus, ExportFilter(actors=("acme-mining",)))
    assert {r.id for r in by_acme.relations} == {"r-fr-2"} and not by_acme.claims
    march_3_on = select(corpus, ExportFilter(since="2024-03-03"))
    assert [g.article.id for g in march_3_on.articles] == ["fr-cessez.txt"]
    until_2nd = select(corpus, ExportFilter(until="2024-03-02"))
    assert [g.article.id for g in until_2nd.articles] == ["en-border.txt"]
    with pytest.raises(ValueError, match="ISO date"):
        ExportFilter(since="March 3")


def test_filtered_export_is_self_contained(corpus):
    part = select(corpus, ExportFilter(actors=("acme-mining",)))
    g = graph_of(t for _, ts in rdf.dataset(part) for t in ts)
    for s, p, o in g:
        if p in (KG.target, PROV.wasAttributedTo):
            assert (o, RDFS.label, None) in g, f"{o} has no description in the filtered export"
