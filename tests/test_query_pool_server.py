"""The SPARQL time limit against the real server: a query over it is stopped (its worker process
killed, the CPU freed), answered 503 within about the limit, while other requests are answered; and
a write is seen by the next SPARQL query. `kg serve` over a copy of the seed graph with a 1-second
limit and two query workers."""
from __future__ import annotations

import os
import threading
import time

import httpx
import pytest

from conftest import LIVE_WRITE_TOKEN, KgServer, copy_data_dir

pytestmark = pytest.mark.slow

QUERY_TIMEOUT = 1.0
#: every three triples of the seed graph (~6000 triples), counted: nothing comes out before it is all
#: done, which would take hours, so only killing the worker stops it
BLOCKING_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ASK_ANY = "ASK { ?s a kg:Accusation }"
# written for this test (a made-up dispute between two real states, in wire-service style)
ARTICLE = {
    "id": "wire-2024-03-02-ghana-togo.txt",
    "title": "Ghana accuses Togo of border incursion",
    "date": "2024-03-02",
    "outlet": "Test Wire",
    "text": ("ACCRA, March 2 -- Ghana's Interior Ministry accused Togo on Saturday of sending armed men across "
             "the border near the town of Aflao.\n\n"
             "Togo's government rejected the accusation, saying no Togolese unit had left its territory."),
}


@pytest.fixture(scope="module")
def server(seed_data_dir, tmp_path_factory):
    env = {"KG_QUERY_TIMEOUT": str(QUERY_TIMEOUT), "KG_MAX_RUNNING_QUERIES": "2"}
    with KgServer(copy_data_dir(seed_data_dir, tmp_path_factory, "pooled"), env=env) as s:
        yield s


def query_workers(server_pid: int) -> dict[int, int]:
    """The server's query worker processes: pid -> CPU time used so far (clock ticks), zombies left out."""
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                cmdline = fh.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[1]) == server_pid and fields[0] != "Z" and b"kg.query_pool" in cmdline:
            out[int(entry)] = int(fields[11]) + int(fields[12])  # utime + stime, as cpu_ticks
    return out


def cpu_ticks(pid: int) -> int:
    """CPU time a process used so far (utime + stime, clock ticks)."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def test_a_blocking_query_is_stopped_and_its_worker_killed_while_others_are_answered(server):
    pid = server.proc.pid
    with httpx.Client(base_url=server.url, timeout=30) as c:
        assert c.get("/sparql", params={"query": ASK_ANY}).json()["boolean"] is True  # a worker is up
    outcome: dict = {}

    def blocking():
        with httpx.Client(base_url=server.url, timeout=60) as c:
            started = time.monotonic()
            outcome["response"] = c.get("/sparql", params={"query": BLOCKING_QUERY})
            outcome["seconds"] = time.monotonic() - started
            outcome["done"] = time.monotonic()

    before = query_workers(pid)
    thread = threading.Thread(target=blocking)
    thread.start()
    answered = []  # (what, status, when)
    busy: set[int] = set()
    with httpx.Client(base_url=server.url, timeout=30) as c:
        while thread.is_alive():
            answered.append(("health", c.get("/health").status_code, time.monotonic()))
            answered.append(("ask", c.get("/sparql", params={"query": ASK_ANY}).status_code, time.monotonic()))
            answered.append(("accusations", c.get("/accusations", params={"limit": 3}).status_code, time.monotonic()))
            now = query_workers(pid)
            busy |= {p for p, ticks in now.items() if ticks - before.get(p, 0) >= 20}  # >= 0.2 s of CPU
            time.sleep(0.05)
    thread.join()

    response = outcome["response"]
    assert response.status_code == 503
    detail = response.json()["detail"]
    assert "time limit of 1 s" in detail and "query_timeout" in detail and "stopped" in detail
    assert outcome["seconds"] < QUERY_TIMEOUT + 1.5
    during = {(what, status) for what, status, when in answered if when < outcome["done"]}
    assert {("health", 200), ("ask", 200), ("accusations", 200)} <= during, answered
    assert all(status == 200 for _, status, _ in answered)

    assert len(busy) == 1, (busy, before)  # the worker that ran the blocking query...
    [killed] = busy
    assert killed not in query_workers(pid)  # ...is gone (killed and reaped before the 503)
    assert not os.path.exists(f"/proc/{killed}")
    after, server_after = query_workers(pid), cpu_ticks(pid)
    time.sleep(1.0)
    spent = sum(ticks - after.get(p, 0) for p, ticks in query_workers(pid).items())
    assert spent < 20, "the query workers still burn CPU"  # < 0.2 s of CPU in that second: freed
    assert cpu_ticks(pid) - server_after < 20, "the server still burns CPU"
    with httpx.Client(base_url=server.url, timeout=30) as c:  # and the endpoint goes on
        assert c.get("/sparql", params={"query": ASK_ANY}).json()["boolean"] is True


def test_a_written_article_is_seen_by_the_next_sparql_query(server):
    ask = f'ASK {{ ?a dcterms:identifier "{ARTICLE["id"]}" }}'
    auth = {"Authorization": f"Bearer {LIVE_WRITE_TOKEN}"}
    with httpx.Client(base_url=server.url, timeout=120) as c:
        assert c.get("/sparql", params={"query": ask}).json()["boolean"] is False
        r = c.post("/articles", json=ARTICLE, headers=auth)
        assert r.status_code == 201, r.text
        assert c.get("/sparql", params={"query": ask}).json()["boolean"] is True
        # statements of it too, through the SPARQL Protocol's POST form
        select = (f'SELECT (COUNT(?s) AS ?n) WHERE {{ ?s kg:inArticle ?a . ?a dcterms:identifier "{ARTICLE["id"]}" }}')
        body = c.post("/sparql", data={"query": select}).json()
        assert int(body["results"]["bindings"][0]["n"]["value"]) == r.json()["relations"] >= 1
        assert c.delete(f"/articles/{ARTICLE['id']}", headers=auth).status_code in (200, 204)
        assert c.get("/sparql", params={"query": ask}).json()["boolean"] is False
