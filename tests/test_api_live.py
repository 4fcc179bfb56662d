"""The real service: `kg serve` (uvicorn) in a subprocess over the seed graph (tests/conftest.py's
``live_server``), spoken to over HTTP by a real SPARQL client (SPARQLWrapper) and by httpx."""
from __future__ import annotations

import csv
import io
import json
import uuid

import httpx
import pytest
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

pytestmark = pytest.mark.slow

SELECT_ACCUSERS = """SELECT ?statement ?source WHERE {
  ?statement a kg:Accusation ; prov:wasAttributedTo ?source .
} ORDER BY ?statement"""
ASK_DENIAL = "ASK { ?s a kg:Denial }"
ASK_NOTHING = "ASK { ?s a <urn:kg-test:NoSuchClass> }"
CONSTRUCT_DENIALS = """CONSTRUCT { ?s a kg:Denial ; kg:cue ?cue } WHERE { ?s a kg:Denial ; kg:cue ?cue }"""


@pytest.fixture(scope="module")
def http(live_server):
    with httpx.Client(base_url=live_server, timeout=60) as client:
        yield client


def sparql_client(live_server, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    sw = SPARQLWrapper(f"{live_server}/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if method == POSTDIRECTLY:
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY)
    elif method == POST:
        sw.setMethod(POST)
    return sw


@pytest.fixture(scope="module")
def accusation_count(http) -> int:
    """How many accusations the seed graph holds, from a plain HTTP query (the reference below)."""
    r = http.get("/sparql", params={"query": "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Accusation }"})
    n = int(r.json()["results"]["bindings"][0]["n"]["value"])
    assert n > 0, "the seed graph has no accusation: nothing below would be tested"
    return n


# ----------------------------------------------------------------------------------------------------
# SPARQL 1.1 Protocol with a real client


@pytest.mark.parametrize("method", [None, POST, POSTDIRECTLY], ids=["GET", "POST-form", "POST-direct"])
def test_select_json(live_server, accusation_count, method):
    result = sparql_client(live_server, SELECT_ACCUSERS, JSON, method).query()
    doc = result.convert()
    assert result.response.headers["Content-Type"].startswith("application/sparql-results+json")
    assert doc["head"]["vars"] == ["statement", "source"]
    assert len(doc["results"]["bindings"]) == accusation_count
    assert all(b["source"]["type"] == "uri" for b in doc["results"]["bindings"])
    assert doc["truncated"] is False


def test_select_xml(live_server, accusation_count):
    dom = sparql_client(live_server, SELECT_ACCUSERS, XML).query().convert()
    assert [v.getAttribute("name") for v in dom.getElementsByTagName("variable")] == ["statement", "source"]
    assert len(dom.getElementsByTagName("result")) == accusation_count


def test_select_csv_and_tsv(live_server, accusation_count):
    text = sparql_client(live_server, SELECT_ACCUSERS, CSV).query().convert()
    rows = list(csv.reader(io.StringIO(text.decode() if isinstance(text, bytes) else text)))
    assert rows[0] == ["statement", "source"] and len(rows) == accusation_count + 1
    assert rows[1][0].startswith("https://kg-claims.org/id/statement/")
    text = sparql_client(live_server, SELECT_ACCUSERS, TSV).query().convert()
    lines = (text.decode() if isinstance(text, bytes) else text).splitlines()
    assert lines[0] == "?statement\t?source" and len(lines) == accusation_count + 1
    assert lines[1].startswith("<https://kg-claims.org/id/statement/")


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_ask_in_each_format(live_server, fmt):
    def answer(query):
        out = sparql_client(live_server, query, fmt).query().convert()
        if fmt == JSON:
            return out["boolean"]
        if fmt == XML:
            return out.getElementsByTagName("boolean")[0].firstChild.data == "true"
        text = (out.decode() if isinstance(out, bytes) else out).strip().splitlines()
        return text[-1].strip() == "true"

    assert answer(ASK_DENIAL) is True
    assert answer(ASK_NOTHING) is False


def _denial_count(http) -> int:
    r = http.get("/sparql", params={"query": "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Denial ; kg:cue ?c }"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_construct_turtle_ntriples_jsonld_rdfxml(live_server, http):
    import rdflib

    denials = _denial_count(http)
    assert denials > 0
    expected = 2 * denials  # a type triple and a cue triple per denial

    turtle = sparql_client(live_server, CONSTRUCT_DENIALS, TURTLE).query()
    assert turtle.response.headers["Content-Type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=turtle.convert(), format="turtle")) == expected

    jsonld = sparql_client(live_server, CONSTRUCT_DENIALS, JSONLD).query()
    assert jsonld.response.headers["Content-Type"].startswith("application/ld+json")
    assert len(jsonld.convert()) == expected  # SPARQLWrapper parses JSON-LD into an rdflib Graph

    rdfxml = sparql_client(live_server, CONSTRUCT_DENIALS, RDFXML).query()
    assert len(rdfxml.convert()) == expected

    # N-Triples: SPARQLWrapper has no N-Triples format name; ask for it by content negotiation only
    nt = sparql_client(live_server, CONSTRUCT_DENIALS, N3)
    nt.setOnlyConneg(True)
    nt.addCustomHttpHeader("Accept", "application/n-triples")
    result = nt.query()
    assert result.response.headers["Content-Type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=result.convert(), format="nt")) == expected


def test_describe_as_turtle(live_server, http):
    import rdflib

    first = http.get("/sparql", params={"query": SELECT_ACCUSERS}).json()["results"]["bindings"][0]
    iri = first["statement"]["value"]
    raw = sparql_client(live_server, f"DESCRIBE <{iri}>", TURTLE).query().convert()
    g = rdflib.Graph().parse(data=raw, format="turtle")
    assert (rdflib.URIRef(iri), rdflib.RDF.type, rdflib.URIRef("https://kg-claims.org/ns#Accusation")) in g


def test_real_client_sees_refusals_with_their_reason(live_server):
    with pytest.raises(QueryBadFormed) as e:
        sparql_client(live_server, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                      JSON).query()
    assert "SERVICE" in str(e.value)


@pytest.mark.parametrize("query, word", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "read-only"),
    ("LOAD <http://example.org/x.ttl>", "read-only"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "file"),
    ("PREFIX f: <file:///etc/> SELECT * FROM f:passwd WHERE { ?s ?p ?o }", "file"),
])
def test_read_only_refusals_over_http(http, query, word):
    for r in (http.get("/sparql", params={"query": query}),
              http.post("/sparql", data={"query": query}),
              http.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query"})):
        assert r.status_code == 400 and word.lower() in r.json()["detail"].lower()
    assert http.post("/sparql", data={"update": query}).status_code == 403
    assert http.post("/sparql", content=query, headers={"Content-Type": "application/sparql-update"}).status_code == 403
    # nothing was written
    assert http.get("/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}).json()["boolean"] is False


# ----------------------------------------------------------------------------------------------------
# named queries, relations, articles


def test_health_and_openapi(http):
    health = http.get("/health").json()
    assert health["status"] == "ok" and health["articles"] == 5 and health["triples"] > 1000
    spec = http.get("/openapi.json").json()
    assert "/sparql" in spec["paths"] and "/accusations" in spec["paths"]


def test_relations_evidence_indexes_article_text(http):
    relations = http.get("/relations", params={"limit": 10_000}).json()
    assert relations["total"] == len(relations["items"]) > 10
    texts = {}
    for rel in relations["items"]:
        if rel["article"] not in texts:
            texts[rel["article"]] = http.get(f"/articles/{rel['article']}").json()["text"]
        ev = rel["evidence"]
        assert texts[rel["article"]][ev["start"]:ev["end"]] == ev["text"], rel["id"]
    assert len(texts) == 5


def test_accusations_resolve_any_alias_or_qid(http):
    def ids(**params):
        body = http.get("/accusations", params={**params, "limit": 1000}).json()
        return {i["id"] for i in body["items"]}

    by_name = ids(source="Azerbaijan")
    assert by_name, "Azerbaijan accuses someone in the seeds"
    assert ids(source="Q227") == by_name
    assert ids(source="Azerbaïdjan") == by_name  # French name
    assert ids(source="Bakou") == by_name  # French name of the capital (metonym)
    with_sparql = http.get("/accusations", params={"source": "Q227", "show_sparql": "true"}).json()
    assert "kg:Accusation" in with_sparql["sparql"]
    dated = http.get("/accusations", params={"since": "2023-09-10", "limit": 1000}).json()["items"]
    assert all(i["date"] >= "2023-09-10" for i in dated)
    french = http.get("/accusations", params={"language": "fr", "relation": "denies", "limit": 1000}).json()
    assert french["total"] > 0 and {i["language"] for i in french["items"]} == {"fr"}


def test_contested_claim_detail_profile_timeline_search(http):
    contested = http.get("/contested").json()
    assert contested["total"] > 0
    claim = contested["items"][0]
    assert claim["contested"] and claim["deniers"] and claim["denial_side"]
    detail = http.get(f"/claims/{claim['id']}").json()
    assert {s["id"] for s in detail["statements"]} == {s["id"] for s in claim["claim_side"] + claim["denial_side"]}
    assert http.get("/claims/no-such-claim").status_code == 404
    profile = http.get("/actors/Armenia").json()
    assert profile["actor"]["wikidata"] == "Q399"
    assert profile["accused"]["total"] + profile["accused_of"]["total"] > 0
    timeline = http.get("/timeline").json()
    assert sum(i["total"] for i in timeline["items"]) + sum(timeline["undated"].values()) > 0
    search = http.get("/actors", params={"q": "armén"}).json()  # accents folded
    assert any(a["wikidata"] == "Q399" for a in search["items"])


def test_graph_view(http):
    view = http.get("/graph").json()
    assert view["nodes"] and view["edges"]
    contested_only = http.get("/graph", params={"contested_only": "true"}).json()
    assert 0 < contested_only["total"]["statements"] <= view["total"]["statements"]


# ----------------------------------------------------------------------------------------------------
# exports


def test_export_turtle_round_trip_with_two_parsers(http):
    import pyoxigraph as ox
    import rdflib

    r = http.get("/export", params={"format": "turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert "attachment" in r.headers["content-disposition"]
    n_rdflib = len(rdflib.Graph().parse(data=r.content, format="turtle"))
    n_oxigraph = len(list(ox.parse(r.content, format=ox.RdfFormat.TURTLE)))
    assert n_rdflib == n_oxigraph > 1000
    nt = http.get("/export", params={"format": "ntriples"})
    assert len(rdflib.Graph().parse(data=nt.content, format="nt")) == n_rdflib
    ld = http.get("/export", params={"format": "jsonld"})  # named graphs kept: count quads in a Dataset
    dataset = rdflib.Dataset().parse(data=ld.content, format="json-ld")
    assert len(list(dataset.quads((None, None, None, None)))) == n_rdflib


def test_export_graphml_loads_with_networkx(http):
    import networkx as nx

    r = http.get("/export", params={"format": "graphml"})
    g = nx.read_graphml(io.BytesIO(r.content))
    kinds = {d.get("type") for _, d in g.nodes(data=True)}
    assert {"actor", "statement"} <= kinds
    assert all(d.get("label") for _, d in g.nodes(data=True))
    assert {"accuses", "target"} <= {d.get("type") for _, _, d in g.edges(data=True)}


def test_export_filtered_by_article_actor_and_date(http):
    import rdflib

    whole = rdflib.Graph().parse(data=http.get("/export").content, format="turtle")
    article = "003_0b502d9b6ed6a583.txt"
    one = rdflib.Graph().parse(data=http.get("/export", params={"article": article}).content, format="turtle")
    kg_in_article = rdflib.URIRef("https://kg-claims.org/ns#inArticle")
    articles = {str(o) for o in one.objects(None, kg_in_article)}
    assert articles and all(a.endswith(article) for a in articles)
    assert 0 < len(one) < len(whole)
    by_actor = http.get("/export", params={"actor": "Arménie", "format": "ntriples"})
    assert by_actor.status_code == 200 and 0 < len(by_actor.content.splitlines()) < len(whole)
    assert http.get("/export", params={"actor": "No Such Actor"}).status_code == 404
    assert http.get("/export", params={"since": "Sept 1"}).status_code == 422


# ----------------------------------------------------------------------------------------------------
# the service


def test_one_log_line_per_request(http, live_server_process):
    marker = f"/articles/log-marker-{uuid.uuid4().hex}"
    for _ in range(3):
        assert http.get(marker).status_code == 404
    lines = [line for line in live_server_process.log().splitlines() if marker in line]
    assert len(lines) == 3 and all('"GET ' + marker + '" 404' in line for line in lines)


def test_binds_loopback_only(live_server):
    assert live_server.startswith("http://127.0.0.1:")


def test_serving_a_store_another_server_holds_fails_with_one_line(live_server_process):
    import subprocess

    from conftest import KG, free_port

    done = subprocess.run([str(KG), "serve", "--data", str(live_server_process.data_dir), "--port", str(free_port())],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "cannot serve" in done.stderr and "open for writing" in done.stderr
    assert "Traceback" not in done.stderr
