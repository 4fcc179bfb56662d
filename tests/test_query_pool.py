"""User SPARQL queries in worker processes (kg.query_pool): stopped at the time limit by killing the
worker, over snapshots that the writer makes after every change and removes when no query reads them.

Real worker processes on small on-disk stores (no spaCy, no server): each starts in ~0.1 s. The
server-side proof (503, the worker gone, other requests answered, a write seen) is in
tests/test_query_pool_server.py."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import corpus_ops, query_pool
from kg.settings import Settings
from kg.store import ClaimStore, QueryBusy, QueryRefused, QueryTimeout, StoreError, sparql_in_folder
from store_samples import english_article, french_article

#: every four triples of the store, counted: nothing comes out before it is
#: all done (over ten minutes on 300 triples), so only killing the process stops it
BLOCKING_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?t ?h }"
QUICK_QUERY = "SELECT ?s WHERE { ?s ?p '7' }"
EN, FR = english_article(), french_article()


def synthetic_store(path: Path, n: int = 300, **settings) -> ClaimStore:
    """An on-disk store holding ``n`` triples written directly, snapshotted for the workers."""
    store = ClaimStore(path, settings=Settings(**{"query_timeout": 5.0, "row_cap": 1000, **settings}))
    store.db.extend([ox.Quad(ox.NamedNode(f"http://x/s{i}"), ox.NamedNode("http://x/p"), ox.Literal(str(i)),
                             ox.NamedNode("http://x/g")) for i in range(n)])
    store.db.flush()
    store.snapshot()
    return store


def alive(pid: int) -> bool:
    """The process exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def wait_gone(pid: int, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def store(tmp_path):
    s = synthetic_store(tmp_path / "s", max_running_queries=2)
    yield s
    s.close()


def test_a_query_runs_in_a_worker_process_and_gives_what_in_process_gives(store):
    isolated = store.sparql(QUICK_QUERY, isolated=True)
    assert [r[0].value for r in isolated.rows] == ["http://x/s7"]
    [pid] = store.query_workers()
    assert pid != os.getpid() and alive(pid)
    in_process = store.sparql("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 20")
    for fmt in ("json", "xml", "csv", "tsv"):
        assert store.sparql_serialized("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 20", fmt).body \
            == in_process.serialize(fmt)
    graph = store.sparql("CONSTRUCT WHERE { ?s ?p ?o }", row_cap=10)
    for fmt in ("turtle", "ntriples", "jsonld", "rdfxml"):
        served = store.sparql_serialized("CONSTRUCT WHERE { ?s ?p ?o }", fmt, row_cap=10)
        assert served.kind == "graph" and served.truncated
        assert _triples(served.body, fmt) == _triples(graph.serialize(fmt), fmt) and len(_triples(served.body, fmt)) == 10
    ask = store.sparql_serialized("ASK { ?s ?p '299' }", "json")
    assert ask.kind == "ask" and b'"boolean": true' in ask.body


def _triples(body: bytes, fmt: str) -> set:
    formats = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "rdfxml": ox.RdfFormat.RDF_XML}
    return {str(t) for t in ox.parse(body, format=formats[fmt])}


def test_the_row_cap_and_refusals_hold_in_the_worker(store):
    result = store.sparql_serialized("SELECT ?s WHERE { ?s ?p ?o }", "csv", row_cap=4)
    assert result.truncated and len(result.body.decode().splitlines()) == 5
    with pytest.raises(QueryRefused, match="syntax error"):
        store.sparql("SELECT * WHERE { ?s ?p }", isolated=True)  # pyoxigraph's message, from the worker
    with pytest.raises(QueryRefused, match="read-only"):
        store.sparql_serialized("DELETE WHERE { ?s ?p ?o }", "json")  # refused before any worker
    with pytest.raises(ValueError, match="SELECT query is answered as"):
        store.sparql_serialized("SELECT * WHERE { ?s ?p ?o }", "turtle")


def test_a_query_over_the_time_limit_is_stopped_by_killing_its_worker(store):
    store.sparql(QUICK_QUERY, isolated=True)
    [pid] = store.query_workers()
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="time limit of 1 s .*stopped"):
        store.sparql(BLOCKING_QUERY, timeout=1.0, isolated=True)
    assert time.monotonic() - started < 2.5
    assert not alive(pid)  # killed and reaped before QueryTimeout was raised
    replacement = store.query_workers()
    assert len(replacement) == 1 and replacement[0] != pid and alive(replacement[0])
    assert [r[0].value for r in store.sparql(QUICK_QUERY, isolated=True).rows] == ["http://x/s7"]


def test_other_queries_are_answered_while_a_blocking_one_runs(store):
    outcome = {}

    def blocking():
        try:
            store.sparql(BLOCKING_QUERY, timeout=2.0, isolated=True)
        except QueryTimeout as e:
            outcome["error"] = e
        outcome["done"] = time.monotonic()

    thread = threading.Thread(target=blocking)
    thread.start()
    time.sleep(0.3)
    answered = []
    while thread.is_alive() and len(answered) < 20:
        answered.append((store.sparql(QUICK_QUERY, isolated=True, timeout=1.0).rows[0][0].value, time.monotonic()))
    thread.join(10)
    assert isinstance(outcome.get("error"), QueryTimeout)
    assert answered and all(value == "http://x/s7" for value, _ in answered)
    assert any(when < outcome["done"] for _, when in answered)


def test_every_worker_busy_until_the_limit_is_busy_not_a_hang(tmp_path):
    outcome = {}

    def blocking():
        try:
            s.sparql(BLOCKING_QUERY, timeout=3.0, isolated=True)
        except QueryTimeout as e:
            outcome["error"] = e

    with synthetic_store(tmp_path / "s", max_running_queries=1) as s:
        thread = threading.Thread(target=blocking)
        thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        with pytest.raises(QueryBusy, match="max_running_queries=1"):
            s.sparql(QUICK_QUERY, timeout=0.5, isolated=True)
        assert time.monotonic() - started < 1.5
        thread.join(10)
        assert isinstance(outcome.get("error"), QueryTimeout)
        assert s.sparql(QUICK_QUERY, isolated=True).rows  # the slot is free again


def test_a_worker_that_died_while_idle_is_replaced(store):
    store.sparql(QUICK_QUERY, isolated=True)
    [pid] = store.query_workers()
    os.kill(pid, signal.SIGKILL)
    assert [r[0].value for r in store.sparql(QUICK_QUERY, isolated=True).rows] == ["http://x/s7"]
    assert pid not in store.query_workers() and not alive(pid)  # reaped, not left a zombie


def test_a_commit_is_seen_by_the_next_isolated_query(tmp_path):
    graphs = {g.article.id: g for g in (EN, FR)}
    ask = f"ASK {{ ?a dcterms:identifier '{FR.article.id}' }}"
    with ClaimStore(tmp_path / "s") as s:
        corpus_ops.ingest(s, [EN.article], extract=lambda a: graphs[a.id])
        assert s.sparql(ask, isolated=True).boolean is False
        corpus_ops.ingest(s, [FR.article], extract=lambda a: graphs[a.id])
        assert s.sparql(ask, isolated=True).boolean is True
        corpus_ops.remove(s, [FR.article.id])
        assert s.sparql(ask, isolated=True).boolean is False


def test_old_snapshots_go_once_no_query_reads_them(tmp_path):
    graphs = {g.article.id: g for g in (EN, FR)}
    folder = tmp_path / "s" / query_pool.SNAPSHOTS_DIR
    with ClaimStore(tmp_path / "s") as s:
        corpus_ops.ingest(s, [EN.article], extract=lambda a: graphs[a.id])
        assert len(query_pool.snapshot_numbers(tmp_path / "s")) == 1  # the older ones had no reader
        reader = query_pool.open_newest(tmp_path / "s")  # e.g. `kg sparql` in another process
        held = reader.path.name
        corpus_ops.ingest(s, [FR.article], extract=lambda a: graphs[a.id])
        names = sorted(os.listdir(folder))
        assert held in names and len(query_pool.snapshot_numbers(tmp_path / "s")) == 2
        assert len(reader.db) < len(s.db)  # the reader still sees the data as it was
        reader.close()
        assert query_pool.prune_snapshots(tmp_path / "s") == [held]
        assert os.listdir(folder) == [str(query_pool.snapshot_numbers(tmp_path / "s")[-1])]


def test_idle_workers_let_go_of_old_snapshots_after_a_commit(tmp_path):
    graphs = {g.article.id: g for g in (EN, FR)}
    with ClaimStore(tmp_path / "s", settings=Settings(max_running_queries=2)) as s:
        corpus_ops.ingest(s, [EN.article], extract=lambda a: graphs[a.id])
        s.sparql("ASK { ?s ?p ?o }", isolated=True)
        corpus_ops.ingest(s, [FR.article], extract=lambda a: graphs[a.id])
        deadline = time.monotonic() + 10  # the idle worker moves to the new snapshot in the background
        while len(query_pool.snapshot_numbers(tmp_path / "s")) > 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(query_pool.snapshot_numbers(tmp_path / "s")) == 1


def test_a_read_only_store_reads_a_locked_snapshot_not_the_live_database(tmp_path):
    graphs = {g.article.id: g for g in (EN, FR)}
    with ClaimStore(tmp_path / "s") as writer:
        corpus_ops.ingest(writer, [EN.article], extract=lambda a: graphs[a.id])
        with ClaimStore(tmp_path / "s", read_only=True) as reader:
            corpus_ops.ingest(writer, [FR.article], extract=lambda a: graphs[a.id])
            assert reader.article_ids() == [EN.article.id]
            assert reader.sparql("SELECT ?id WHERE { ?a a kg:Article ; dcterms:identifier ?id }").bindings() \
                == [{"id": EN.article.id}]
            assert len(query_pool.snapshot_numbers(tmp_path / "s")) == 2  # the reader's is kept
        with ClaimStore(tmp_path / "s", read_only=True) as later:
            assert later.article_ids() == sorted([EN.article.id, FR.article.id])


def test_a_store_opened_for_writing_makes_a_snapshot_and_clears_leftovers(tmp_path):
    with ClaimStore(tmp_path / "s") as s:
        s.db.update("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")  # bypassing commit
    leftover = tmp_path / "s" / query_pool.SNAPSHOTS_DIR / ".tmp-9-deadbeef"
    leftover.mkdir()
    with ClaimStore(tmp_path / "s") as s:
        assert not leftover.exists()
        assert s.sparql("ASK { <http://x/a> ?p ?o }", isolated=True).boolean is True


def test_an_in_memory_store_runs_isolated_queries_in_process():
    s = ClaimStore()
    s.db.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/b"), ox.Literal("7")))
    assert s.sparql(QUICK_QUERY, isolated=True).rows[0][0].value == "http://x/a"
    assert s.sparql_serialized(QUICK_QUERY, "csv").body.decode().splitlines() == ["s", "http://x/a"]
    assert s.query_workers() == []


def test_sparql_in_folder_stops_a_blocking_query_and_leaves_no_process(tmp_path):
    synthetic_store(tmp_path / "s").close()
    before = _worker_children()
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        sparql_in_folder(tmp_path / "s", BLOCKING_QUERY, timeout=1.0)
    assert time.monotonic() - started < 3.0
    assert _worker_children() == before
    result = sparql_in_folder(tmp_path / "s", QUICK_QUERY, fmt="tsv")
    assert result.body.decode().splitlines() == ["?s", "<http://x/s7>"]
    with pytest.raises(StoreError, match="no store at"):
        sparql_in_folder(tmp_path / "nothing", QUICK_QUERY)


def _worker_children() -> set[int]:
    """This process's children that are query workers."""
    out = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                cmdline = fh.read()
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
        if ppid == os.getpid() and b"kg.query_pool" in cmdline:
            out.add(int(entry))
    return out


def test_a_worker_dies_with_its_parent_even_mid_query(tmp_path):
    synthetic_store(tmp_path / "s").close()
    script = textwrap.dedent(f"""
        import sys, threading, time
        from kg.settings import Settings
        from kg.store import ClaimStore
        s = ClaimStore({str(tmp_path / 's')!r}, settings=Settings(query_timeout=600))
        s.sparql("ASK {{ ?s ?p ?o }}", isolated=True)
        print(s.query_workers()[0], flush=True)
        s.sparql({BLOCKING_QUERY!r}, isolated=True)
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        worker = int(parent.stdout.readline())
        time.sleep(0.5)  # the worker is counting now
        assert alive(worker)
        parent.kill()
        parent.wait()
        assert wait_gone(worker), "the worker outlived its parent"
    finally:
        parent.kill()
        parent.wait()
