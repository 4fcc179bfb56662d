"""ontology/kg.ttl: it parses (two parsers agree), it declares every term kg's vocabulary module
names, and every predicate and class a built graph uses is defined there with a label and a comment."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.graph import rdf
from kg.graph.vocab import KG, OA
from kg.paths import ontology_file
from store_samples import english_article, french_article, hand_corpus

KG_TTL = ontology_file("kg.ttl")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(KG_TTL, format="turtle")


def defined(ontology: rdflib.Graph, term) -> bool:
    labels = [o for o in ontology.objects(term, RDFS.label) if str(o).strip()]
    comments = [o for o in ontology.objects(term, RDFS.comment) if str(o).strip()]
    return bool(labels) and bool(comments)


def used_terms(triples) -> tuple[set, set]:
    predicates, classes = set(), set()
    for s, p, o in triples:
        predicates.add(p)
        if p == RDF.type:
            classes.add(o)
    return predicates, classes


def test_both_parsers_read_the_same_ontology(ontology):
    assert len(ontology) == sum(1 for _ in ox.parse(path=str(KG_TTL)))


def test_every_vocabulary_term_is_declared(ontology):
    for name in KG.__annotations__:
        assert defined(ontology, KG[name]), f"kg:{name} lacks a label or a comment in kg.ttl"
    for name in OA.__annotations__:
        assert defined(ontology, OA[name]), f"oa:{name} lacks a label or a comment in kg.ttl"


def test_every_kg_term_in_the_ontology_is_in_the_vocabulary_module(ontology):
    declared = {s for s in ontology.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(str(KG))}
    assert declared == {KG[name] for name in KG.__annotations__}


def test_kg_terms_are_typed_classes_or_properties(ontology):
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for name in KG.__annotations__:
        assert set(ontology.objects(KG[name], RDF.type)) & kinds, f"kg:{name} is neither a class nor a property"


def test_statement_classes_align_with_prov(ontology):
    assert (KG.Statement, RDFS.subClassOf, rdflib.URIRef("http://www.w3.org/ns/prov#Entity")) in ontology
    assert (KG.Actor, RDFS.subClassOf, rdflib.URIRef("http://www.w3.org/ns/prov#Agent")) in ontology
    for sub in (KG.Accusation, KG.Denial, KG.Assertion):
        assert (sub, RDFS.subClassOf, KG.Statement) in ontology


def test_every_term_of_a_sample_graph_is_defined(ontology):
    corpus = hand_corpus([english_article(), french_article()])
    predicates, classes = used_terms(t for _, ts in rdf.dataset(corpus) for t in ts)
    missing = sorted(str(t) for t in predicates | classes if not defined(ontology, t))
    assert not missing, f"used but not defined in kg.ttl: {missing}"


@pytest.mark.slow
def test_every_term_of_the_seed_graph_is_defined(ontology, seed_data_dir):
    """The graph `kg build seeds` wrote (store included: kg:extractionDigest)."""
    graph = rdflib.Graph().parse(seed_data_dir / "graph.ttl", format="turtle")
    predicates, classes = used_terms(graph)
    from kg.store import ClaimStore

    with ClaimStore(seed_data_dir / "store", read_only=True) as store:
        stored = store.sparql("SELECT DISTINCT ?p WHERE { ?s ?p ?o }", row_cap=10_000)
        predicates |= {rdflib.URIRef(r[0].value) for r in stored.rows}
        stored = store.sparql("SELECT DISTINCT ?c WHERE { ?s a ?c }", row_cap=10_000)
        classes |= {rdflib.URIRef(r[0].value) for r in stored.rows}
    assert KG.accuses in predicates or KG.denies in predicates  # the seeds do make statements
    missing = sorted(str(t) for t in predicates | classes if not defined(ontology, t))
    assert not missing, f"used but not defined in kg.ttl: {missing}"
