"""The HTTP service in process (FastAPI's TestClient) over a small store built from hand-made records:
no spaCy model, so these run in the fast loop. The same behaviour is tested against the real server
(`kg serve` in a subprocess) in tests/test_api_live.py and its siblings."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.logging import MAX_LOGGED_TARGET, request_line
from api.negotiation import GRAPH_FORMATS, RESULT_FORMATS, NotAcceptable, choose, parse_accept
from kg.model import Actor, ActorMention, Article, ArticleGraph, Relation, Span
from kg.settings import Settings
from kg.store import ClaimStore

TOKEN = "unit-token"

RURITANIA = Actor("ruritania", "Ruritania", "state", wikidata="Q1000001", aliases=("Ruritanie",))
BORDURIA = Actor("borduria", "Borduria", "state", wikidata="Q1000002")
TEXT = ("Ruritania accused Borduria of shelling border villages on Monday. "
        "Borduria denied the accusations. Ruritania said talks would resume.")


def _span(text: str, fragment: str) -> Span:
    start = text.index(fragment)
    return Span(start, start + len(fragment), fragment)


def _mention(actor: Actor, text: str, surface: str, after: int = 0) -> ActorMention:
    start = text.index(surface, after)
    return ActorMention(actor.id, surface, start, start + len(surface))


def hand_made_graph(article_id: str = "ruritania.txt", date: str = "2024-03-04") -> ArticleGraph:
    """One article, three statements: an accusation, the denial answering it, an assertion."""
    t = TEXT
    article = Article(id=article_id, text=t, language="en", title="Ruritania accuses Borduria", date=date,
                      outlet="Example Wire")
    accuse = Relation(id=f"r-acc-{article_id}", article=article_id, relation="accuses",
                      source=_mention(RURITANIA, t, "Ruritania"), target=_mention(BORDURIA, t, "Borduria"),
                      content=_span(t, "shelling border villages"), cue=_span(t, "accused"),
                      evidence=_span(t, "Ruritania accused Borduria of shelling border villages on Monday."),
                      cameo="112")
    deny = Relation(id=f"r-den-{article_id}", article=article_id, relation="denies",
                    source=_mention(BORDURIA, t, "Borduria", t.index("Borduria denied")),
                    target=_mention(RURITANIA, t, "Ruritania"),
                    content=_span(t, "the accusations"), cue=_span(t, "denied"),
                    evidence=_span(t, "Borduria denied the accusations."), cameo="016",
                    responds_to=(accuse.id,))
    assert_ = Relation(id=f"r-ass-{article_id}", article=article_id, relation="asserts",
                       source=_mention(RURITANIA, t, "Ruritania", t.index("Ruritania said")), target=None,
                       content=_span(t, "talks would resume"), cue=_span(t, "said"),
                       evidence=_span(t, "Ruritania said talks would resume."), cameo="010")
    return ArticleGraph(article=article, actors=(RURITANIA, BORDURIA), relations=(accuse, deny, assert_))


@pytest.fixture(scope="module")
def template_dir(tmp_path_factory) -> Path:
    """A closed data folder holding two hand-made articles; copy it to serve it (one opener at a time)."""
    data = tmp_path_factory.mktemp("api-unit") / "data"
    with ClaimStore.open(Settings(data_dir=data)) as store:
        store.commit(put=[hand_made_graph("ruritania.txt"), hand_made_graph("second.txt", date="2024-05-06")])
    return data


@pytest.fixture
def store_dir(template_dir, tmp_path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(template_dir, data)
    return data


def client_for(data: Path, **overrides) -> TestClient:
    settings = Settings(data_dir=data, **overrides)
    return TestClient(create_app(settings))


@pytest.fixture(scope="module")
def client(template_dir, tmp_path_factory):
    data = tmp_path_factory.mktemp("api-unit-client") / "data"
    shutil.copytree(template_dir, data)
    with client_for(data, write_token=TOKEN, row_cap=4) as c:
        yield c


# ----------------------------------------------------------------------------------------------------
# content negotiation (pure)


def test_accept_header_q_values_and_client_order():
    assert parse_accept("text/csv;q=0.5, application/json") == [("text/csv", 0.5), ("application/json", 1.0)]
    assert parse_accept(None) == [("*/*", 1.0)]
    # SPARQLWrapper's JSON header lists several JSON types: the SPARQL results type wins
    assert choose(RESULT_FORMATS, "application/sparql-results+json,application/json,text/javascript").name == "json"
    assert choose(RESULT_FORMATS, "text/csv;q=0.4, text/tab-separated-values;q=0.9").name == "tsv"
    assert choose(RESULT_FORMATS, "*/*").name == "json"
    assert choose(GRAPH_FORMATS, None).name == "turtle"
    assert choose(GRAPH_FORMATS, "application/n-triples").name == "ntriples"
    assert choose(GRAPH_FORMATS, "application/ld+json,application/x-json+ld").name == "jsonld"


def test_format_parameter_overrides_accept():
    assert choose(RESULT_FORMATS, "application/sparql-results+json", ["csv"]).name == "csv"
    assert choose(GRAPH_FORMATS, "text/turtle", ["json-ld", "application/ld+json"]).name == "jsonld"
    # an unknown format value falls back to Accept
    assert choose(RESULT_FORMATS, "text/csv", ["nonsense"]).name == "csv"


def test_no_acceptable_format_names_what_could_be_asked():
    with pytest.raises(NotAcceptable) as e:
        choose(RESULT_FORMATS, "image/png, text/turtle")
    assert "application/sparql-results+json" in str(e.value)
    with pytest.raises(NotAcceptable):
        choose(RESULT_FORMATS, "text/csv;q=0")


def test_request_log_line_is_one_line_with_method_path_status_time():
    scope = {"client": ("127.0.0.1", 5555), "method": "GET", "path": "/sparql", "query_string": b"query=ASK%7B%7D"}
    line = request_line(scope, 200, 42, 0.0123)
    assert line == '127.0.0.1:5555 "GET /sparql?query=ASK%7B%7D" 200 42B 12.3ms'
    long = request_line({**scope, "query_string": b"q=" + b"x" * 1000}, 200, 0, 0.0)
    assert len(long) < 400 and long.count("x") == MAX_LOGGED_TARGET - len("/sparql?q=")
    injected = request_line({**scope, "path": "/a\nFAKE 200", "query_string": b""}, 404, 0, 0.0)
    assert "\n" not in injected and "\\x0a" in injected


# ----------------------------------------------------------------------------------------------------
# reads


def test_health_counts_articles_and_triples(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["articles"] == 2 and body["triples"] > 50
    assert body["writes"] is True and body["row_cap"] == 4


def test_relations_are_jsonl_records_with_article_metadata(client):
    body = client.get("/relations", params={"article": "ruritania.txt"}).json()
    assert body["total"] == 3
    by_type = {r["relation"]: r for r in body["items"]}
    acc = by_type["accuses"]
    assert (acc["source"]["label"], acc["target"]["label"]) == ("Ruritania", "Borduria")
    assert acc["title"] == "Ruritania accuses Borduria" and acc["date"] == "2024-03-04"
    assert TEXT[acc["evidence"]["start"]:acc["evidence"]["end"]] == acc["evidence"]["text"]
    assert by_type["denies"]["responds_to"] == acc["id"]
    only = client.get("/relations", params={"relation": "denies"}).json()
    assert only["total"] == 2 and {r["relation"] for r in only["items"]} == {"denies"}


def test_pagination_limit_offset_total(client):
    first = client.get("/relations", params={"limit": 2, "offset": 0}).json()
    rest = client.get("/relations", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == rest["total"] == 6
    assert len(first["items"]) == 2 and len(rest["items"]) == 2
    assert {r["id"] for r in first["items"]}.isdisjoint(r["id"] for r in rest["items"])
    assert client.get("/relations", params={"limit": 0}).status_code == 422


@pytest.mark.parametrize("path, total", [("/relations", 6), ("/articles", 2), ("/accusations", 2)])
def test_truncated_means_more_rows_exist_beyond_the_page(client, path, total):
    """The same meaning on every list (named queries, /relations, /articles)."""
    first = client.get(path, params={"limit": 1}).json()
    assert first["total"] == total and len(first["items"]) == 1 and first["truncated"] is True
    last = client.get(path, params={"limit": 1, "offset": total - 1}).json()
    assert len(last["items"]) == 1 and last["truncated"] is False
    whole = client.get(path, params={"limit": total}).json()  # this client's row cap is 4
    assert whole["limit"] == min(total, 4) and whole["truncated"] is (total > 4)
    beyond = client.get(path, params={"offset": total + 5}).json()
    assert beyond["items"] == [] and beyond["truncated"] is False


def test_export_of_an_unknown_article_or_actor_is_404_with_the_reason(client):
    r = client.get("/export", params={"article": "nope.txt"})
    assert r.status_code == 404 and r.json() == {"detail": "no article 'nope.txt' in the store"}
    r = client.get("/export", params={"actor": "nobody"})
    assert r.status_code == 404 and "nobody" in r.json()["detail"]
    one = client.get("/export", params={"article": "second.txt", "format": "ntriples"})
    assert one.status_code == 200 and "second.txt" in one.text


def test_article_has_full_text_for_evidence_in_context(client):
    body = client.get("/articles/ruritania.txt").json()
    assert body["text"] == TEXT and body["relations"] == 3 and body["outlet"] == "Example Wire"
    listed = client.get("/articles").json()
    assert [a["id"] for a in listed["items"]] == ["ruritania.txt", "second.txt"] and "text" not in listed["items"][0]
    missing = client.get("/articles/nope.txt")
    assert missing.status_code == 404 and "nope.txt" in missing.json()["detail"]


def test_accusations_filter_by_alias_and_qid_and_show_sparql(client):
    by_alias = client.get("/accusations", params={"source": "Ruritanie", "show_sparql": "true"}).json()
    assert by_alias["total"] == 2 and {i["source"]["id"] for i in by_alias["items"]} == {"ruritania"}
    assert "SELECT" in by_alias["sparql"]
    by_qid = client.get("/accusations", params={"target": "Q1000002", "since": "2024-05-01"}).json()
    assert by_qid["total"] == 1 and by_qid["items"][0]["article"] == "second.txt"
    assert client.get("/accusations", params={"source": "Borduria"}).json()["total"] == 0
    denials = client.get("/accusations", params={"relation": "denies,accuses"}).json()
    assert denials["total"] == 4
    bad = client.get("/accusations", params={"since": "last week"})
    assert bad.status_code == 422 and "since" in bad.json()["detail"]


def test_actor_search_profile_and_timeline(client):
    found = client.get("/actors", params={"q": "borduria"}).json()
    assert [a["id"] for a in found["items"]] == ["borduria"]
    profile = client.get("/actors/Q1000001").json()
    assert profile["actor"]["id"] == "ruritania"
    assert profile["accused"]["total"] == 2 and profile["asserted"]["total"] == 2
    assert profile["denied_by_others"]["total"] == 2
    assert client.get("/actors/Nowhere").status_code == 404
    timeline = client.get("/timeline").json()
    assert [(i["date"], i["accuses"], i["denies"]) for i in timeline["items"]] == [
        ("2024-03-04", 1, 1), ("2024-05-06", 1, 1)]


def test_graph_view_for_the_page(client):
    view = client.get("/graph").json()
    assert {n["label"] for n in view["nodes"] if n["type"] == "actor"} >= {"Ruritania", "Borduria"}
    assert view["total"]["statements"] == 6
    assert client.get("/graph", params={"relation": "denies"}).json()["total"]["statements"] == 2
    assert client.get("/graph", params={"relation": "blames"}).status_code == 422


# ----------------------------------------------------------------------------------------------------
# SPARQL endpoint


def _sparql_get(client, query, accept="application/sparql-results+json", **params):
    return client.get("/sparql", params={"query": query, **params}, headers={"Accept": accept})


def test_sparql_select_in_each_results_format(client):
    q = "SELECT ?s WHERE { ?s a kg:Denial } ORDER BY ?s"
    doc = _sparql_get(client, q).json()
    assert doc["head"]["vars"] == ["s"] and len(doc["results"]["bindings"]) == 2 and doc["truncated"] is False
    xml = _sparql_get(client, q, "application/sparql-results+xml")
    assert xml.headers["content-type"].startswith("application/sparql-results+xml")
    assert xml.text.count("<result>") == 2
    csv = _sparql_get(client, q, "text/csv")
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.splitlines()[0] == "s"
    tsv = _sparql_get(client, q, "text/tab-separated-values")
    assert tsv.text.splitlines()[0] == "?s" and len(tsv.text.splitlines()) == 3


def test_sparql_post_form_and_direct_body(client):
    q = "ASK { ?s a kg:Accusation }"
    form = client.post("/sparql", data={"query": q})
    assert form.status_code == 200 and form.json()["boolean"] is True
    direct = client.post("/sparql", content=q, headers={"Content-Type": "application/sparql-query"})
    assert direct.json()["boolean"] is True
    odd = client.post("/sparql", content=q, headers={"Content-Type": "text/plain"})
    assert odd.status_code == 415


def test_sparql_construct_as_turtle_ntriples_jsonld(client):
    import pyoxigraph as ox

    q = "CONSTRUCT { ?s a kg:Denial } WHERE { ?s a kg:Denial }"
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                        ("application/ld+json", ox.RdfFormat.JSON_LD)):
        r = _sparql_get(client, q, accept)
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
        assert len(list(ox.parse(r.content, format=fmt))) == 2
    assert _sparql_get(client, q, "application/sparql-results+json").status_code == 406


@pytest.mark.parametrize("query, reason", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "read-only"),
    ("DELETE WHERE { ?s ?p ?o }", "read-only"),
    ("LOAD <http://example.org/data.ttl>", "read-only"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "file"),
    ("SELECT * WHERE { ?s ?p }", "syntax"),
])
def test_sparql_refuses_with_a_reason(client, query, reason):
    r = _sparql_get(client, query)
    assert r.status_code == 400 and reason.lower() in r.json()["detail"].lower()


def test_sparql_update_requests_are_forbidden(client):
    r = client.post("/sparql", data={"update": "DROP ALL"})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
    r = client.post("/sparql", content="DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403
    assert client.get("/sparql").status_code == 400  # no query at all


def test_sparql_row_cap_cuts_and_says_so(client):
    r = _sparql_get(client, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    doc = r.json()
    assert len(doc["results"]["bindings"]) == 4 and doc["truncated"] is True and doc["row_cap"] == 4
    assert r.headers["X-KG-Truncated"] == "true"
    small = _sparql_get(client, "SELECT ?s WHERE { ?s a kg:Denial }")
    assert small.headers["X-KG-Truncated"] == "false"
    csv = _sparql_get(client, "SELECT ?s WHERE { ?s ?p ?o }", "text/csv")
    assert csv.headers["X-KG-Truncated"] == "true" and len(csv.text.splitlines()) == 5


# ----------------------------------------------------------------------------------------------------
# writes (refusals that never reach extraction; ingesting is tested against the real server)


def _post(client, body: bytes | str, token: str | None = TOKEN, content_type: str = "application/json"):
    headers = {"Content-Type": content_type}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return client.post("/articles", content=body, headers=headers)


def test_writes_need_the_token(client):
    body = json.dumps({"text": "x"})
    missing = _post(client, body, token=None)
    assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Bearer")
    assert _post(client, body, token="wrong").status_code == 401
    assert client.delete("/articles/ruritania.txt").status_code == 401
    assert client.get("/health").json()["articles"] == 2


def test_writes_refused_when_no_token_is_configured(store_dir):
    with client_for(store_dir) as c:
        r = c.post("/articles", json={"text": "Ruritania accused Borduria."}, headers={"Authorization": "Bearer x"})
        assert r.status_code == 403 and "write_token" in r.json()["detail"]
        assert c.delete("/articles/ruritania.txt").status_code == 403


@pytest.mark.parametrize("body, content_type, status, reason", [
    (b"{not json", "application/json", 400, "not JSON"),
    (b"\xff\xfe\x00binary", "application/json", 400, "UTF-8"),
    (b'{"title": "no text"}', "application/json", 422, "text"),
    (b'{"text": "   "}', "application/json", 422, "empty"),
    (b'{"text": 42}', "application/json", 422, "string"),
    (b'["a list"]', "application/json", 422, "object"),
    (json.dumps({"text": "\x00\x01\x02\x03" * 50}).encode(), "application/json", 422, "binary"),
    (b"text=hello", "application/x-www-form-urlencoded", 415, "application/json"),
])
def test_bad_articles_get_a_reason_and_store_nothing(client, body, content_type, status, reason):
    r = _post(client, body, content_type=content_type)
    assert r.status_code == status and reason.lower() in r.json()["detail"].lower()
    assert client.get("/health").json()["articles"] == 2


def test_body_over_the_limit_is_413_before_reading_it(store_dir):
    with client_for(store_dir, write_token=TOKEN, max_body_bytes=100) as c:
        r = _post(c, json.dumps({"text": "x" * 200}))
        assert r.status_code == 413 and "max_body_bytes" in r.json()["detail"]

        def chunked():  # no Content-Length: the limit is enforced while reading
            for _ in range(10):
                yield b" " * 50

        r = c.post("/articles", content=chunked(), headers={"Authorization": f"Bearer {TOKEN}",
                                                           "Content-Type": "application/json"})
        assert r.status_code == 413


def test_openapi_documents_every_route_with_examples(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/health", "/relations", "/sparql", "/accusations", "/contested", "/actors", "/actors/{actor}",
                 "/claims/{claim_id}", "/timeline", "/graph", "/articles", "/articles/{article_id}", "/export"):
        assert path in paths, path
        for method, op in paths[path].items():
            assert op.get("summary") and op.get("responses"), (path, method)
    assert set(paths["/sparql"]) == {"get", "post"}
    post_body = paths["/articles"]["post"]["requestBody"]["content"]["application/json"]
    assert "text" in post_body["schema"]["properties"] and post_body["examples"]
    assert {"401", "403", "413", "422"} <= set(paths["/articles"]["post"]["responses"])
    assert "503" in paths["/sparql"]["get"]["responses"]


def test_openapi_examples_are_valid_against_their_own_schemas(client):
    import jsonschema_rs

    spec = client.get("/openapi.json").json()
    components = spec["components"]["schemas"]
    checked = 0
    for name, schema in components.items():
        for example in schema.get("examples", []):
            root = {"$defs": components, **{k: v for k, v in schema.items() if k != "examples"}}
            root = json.loads(json.dumps(root).replace("#/components/schemas/", "#/$defs/"))
            errors = [str(e) for e in jsonschema_rs.validator_for(root).iter_errors(example)]
            assert errors == [], (name, errors)
            checked += 1
    assert checked >= 8
    for name in ("Health", "RelationRecord", "StatementItem", "ClaimItem", "Article", "IngestResult"):
        assert components[name].get("examples"), name
