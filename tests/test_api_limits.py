"""Time limit and row cap against the real server: `kg serve` started with a 1-second query time
limit and a row cap of 5 (settings query_timeout, row_cap) over a copy of the seed graph."""
from __future__ import annotations

import threading
import time

import httpx
import pytest
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

from conftest import KgServer, copy_data_dir

pytestmark = pytest.mark.slow

ROW_CAP = 5
QUERY_TIMEOUT = 1.0
#: every pair of triples, filtered on a condition no pair meets: seconds of work on the seed graph,
#: and no row comes out before it is all done
SLOW_QUERY = ('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . '
              'FILTER(STR(?c) = CONCAT(STR(?f), "-never")) }')


@pytest.fixture(scope="module")
def limited(seed_data_dir, tmp_path_factory):
    env = {"KG_QUERY_TIMEOUT": str(QUERY_TIMEOUT), "KG_ROW_CAP": str(ROW_CAP)}
    with KgServer(copy_data_dir(seed_data_dir, tmp_path_factory, "limited"), env=env) as server:
        yield server


def test_slow_query_gets_503_while_other_requests_are_served(limited):
    outcome: dict = {}

    def slow():
        with httpx.Client(base_url=limited.url, timeout=120) as c:
            outcome["response"] = c.get("/sparql", params={"query": SLOW_QUERY})
            outcome["done"] = time.monotonic()

    worker = threading.Thread(target=slow)
    worker.start()
    answered_meanwhile = []  # (what, status, when) for requests that completed while the slow one was in flight
    with httpx.Client(base_url=limited.url, timeout=30) as c:
        while worker.is_alive() and len(answered_meanwhile) < 6:
            h = c.get("/health")
            answered_meanwhile.append(("health", h.status_code, time.monotonic()))
            q = c.get("/sparql", params={"query": "ASK { ?s a kg:Accusation }"})
            answered_meanwhile.append(("ask", q.status_code, time.monotonic()))
    worker.join(120)
    slow_response = outcome["response"]
    assert slow_response.status_code == 503
    assert "time limit" in slow_response.json()["detail"] and "query_timeout" in slow_response.json()["detail"]
    assert "stopped" in slow_response.json()["detail"]  # its worker process killed (tests/test_query_pool_server.py)
    during = [(what, status) for what, status, when in answered_meanwhile if when < outcome["done"]]
    assert ("health", 200) in during and ("ask", 200) in during, answered_meanwhile
    assert all(status == 200 for _, status, _ in answered_meanwhile)
    # and after it, the server still answers queries
    with httpx.Client(base_url=limited.url, timeout=30) as c:
        assert c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_select_is_cut_at_the_row_cap_and_says_so(limited):
    sw = SPARQLWrapper(f"{limited.url}/sparql")
    sw.setQuery("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    sw.setReturnFormat(JSON)
    result = sw.query()
    doc = result.convert()
    assert len(doc["results"]["bindings"]) == ROW_CAP
    assert doc["truncated"] is True and doc["row_cap"] == ROW_CAP
    assert result.response.headers["X-KG-Truncated"] == "true"
    assert result.response.headers["X-KG-Row-Cap"] == str(ROW_CAP)

    sw.setReturnFormat(CSV)
    result = sw.query()
    text = result.convert()
    assert len((text.decode() if isinstance(text, bytes) else text).splitlines()) == ROW_CAP + 1
    assert result.response.headers["X-KG-Truncated"] == "true"

    sw.setQuery("SELECT ?s WHERE { ?s a kg:Article }")  # 5 articles: exactly the cap, not cut
    sw.setReturnFormat(JSON)
    result = sw.query()
    assert len(result.convert()["results"]["bindings"]) == 5
    assert result.response.headers["X-KG-Truncated"] == "false"


def test_construct_is_cut_at_the_row_cap(limited):
    import rdflib

    sw = SPARQLWrapper(f"{limited.url}/sparql")
    sw.setQuery("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    sw.setReturnFormat(TURTLE)
    result = sw.query()
    assert len(rdflib.Graph().parse(data=result.convert(), format="turtle")) == ROW_CAP
    assert result.response.headers["X-KG-Truncated"] == "true"


def test_named_queries_pages_are_capped(limited):
    with httpx.Client(base_url=limited.url, timeout=30) as c:
        body = c.get("/accusations", params={"limit": 1000, "relation": "accuses,denies,asserts"}).json()
        assert body["limit"] == ROW_CAP and len(body["items"]) == ROW_CAP
        assert body["total"] > ROW_CAP and body["truncated"] is True
        relations = c.get("/relations", params={"limit": 1000}).json()
        assert relations["limit"] == ROW_CAP and len(relations["items"]) == ROW_CAP
