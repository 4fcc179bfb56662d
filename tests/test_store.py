"""The claim store and corpus operations on hand-made records (no spaCy): incremental semantics
(unchanged -> nothing, edited -> replaced, removed), cross-article consistency after each change,
atomicity under injected failures and interruption, locking, and read-only SPARQL with limits."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import corpus_ops
from kg.graph import rdf
from kg.pipeline import build_corpus
from kg.settings import Settings
from kg.store import (ClaimStore, QueryRefused, QueryTimeout, StoreError, StoreLocked, check_query, ox_triples,
                      stored_article_triples)
from store_samples import EN_TEXT, english_article, french_article, hand_corpus

TESTS = Path(__file__).resolve().parent


# ----------------------------------------------------------------------------------------------------
# helpers


class Extractor:
    """Stands in for kg.pipeline.extract_article: the prepared graph of an article, by content."""

    def __init__(self, *graphs):
        self.by_sha = {g.article.sha256: g for g in graphs}
        self.calls: list[str] = []

    def __call__(self, article):
        self.calls.append(article.id)
        return self.by_sha[article.sha256]


def quads(store: ClaimStore) -> set[str]:
    return {str(q) for q in store.db}


def graph_triples(store: ClaimStore, graph_iri) -> set[str]:
    return {str(ox.Triple(q.subject, q.predicate, q.object))
            for q in store.db.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri)))}


def assert_consistent(store: ClaimStore, *, orphans_allowed: bool = False) -> None:
    """What the store holds is exactly what its records say, the corpus graph included; the records
    folder holds the referenced records (and, after a failed write, maybe unreferenced ones)."""
    graphs = store.graphs()
    names = {q.value for q in store.db.named_graphs()}
    expected_names = {str(rdf.article_graph_iri(g.article.id)) for g in graphs}
    if graphs:
        expected_names.add(str(rdf.CORPUS_GRAPH))
    assert names == expected_names
    for g in graphs:
        digest = store.stored(g.article.id).digest
        expected = {str(t) for t in ox_triples(rdf.unique(stored_article_triples(g, digest)))}
        assert graph_triples(store, rdf.article_graph_iri(g.article.id)) == expected
    corpus = build_corpus(graphs)
    expected = {str(t) for t in ox_triples(rdf.unique(rdf.corpus_triples(corpus, rdf.state_names)))}
    assert graph_triples(store, rdf.CORPUS_GRAPH) == (expected if graphs else set())
    if store.path is not None:
        files = {p.stem for p in (store.path / "records").iterdir()}
        live = {store.stored(a).digest for a in store.article_ids()}
        assert files >= live if orphans_allowed else files == live


@pytest.fixture(params=["memory", "disk"])
def store(request, tmp_path):
    s = ClaimStore(None if request.param == "memory" else tmp_path / "store")
    yield s
    s.close()


EN, FR = english_article(), french_article()


# ----------------------------------------------------------------------------------------------------
# incremental semantics


def test_ingest_adds_articles_in_their_own_graphs(store):
    report = corpus_ops.ingest(store, [EN.article, FR.article], extract=Extractor(EN, FR))
    assert report.added == ["en-border.txt", "fr-cessez.txt"] and not report.failed
    assert store.article_ids() == ["en-border.txt", "fr-cessez.txt"]
    assert store.stats()["articles"] == 2 and store.stats()["graphs"] == 3
    assert store.article("fr-cessez.txt").text == FR.article.text
    assert_consistent(store)


def test_reingesting_an_unchanged_article_changes_nothing(store):
    extractor = Extractor(EN, FR)
    corpus_ops.ingest(store, [EN.article, FR.article], extract=extractor)
    before, generation = quads(store), store.generation
    report = corpus_ops.ingest(store, [EN.article, FR.article], extract=extractor)
    assert report.unchanged == ["en-border.txt", "fr-cessez.txt"] and not report.changed
    assert extractor.calls == ["en-border.txt", "fr-cessez.txt"]  # not parsed again
    assert quads(store) == before and store.generation == generation


def test_force_extracts_again(store):
    extractor = Extractor(EN)
    corpus_ops.ingest(store, [EN.article], extract=extractor)
    report = corpus_ops.ingest(store, [EN.article], extract=extractor, force=True)
    assert report.replaced == ["en-border.txt"] and extractor.calls == ["en-border.txt"] * 2
    assert_consistent(store)


def test_an_edited_article_replaces_its_statements(store):
    corpus_ops.ingest(store, [EN.article, FR.article], extract=Extractor(EN, FR))
    edited = english_article(text=EN_TEXT.replace(" The Serbian defence ministry said troops were on alert.", ""))
    assert edited.article.id == EN.article.id and edited.article.sha256 != EN.article.sha256
    report = corpus_ops.ingest(store, [edited.article], extract=Extractor(edited))
    assert report.replaced == ["en-border.txt"]
    ask = "ASK { kgid:statement\\/r-en-3 ?p ?o }".replace("\\/", "/")
    assert store.sparql("ASK { <https://kg-claims.org/id/statement/r-en-3> ?p ?o }").boolean is False, ask
    assert store.sparql("ASK { <https://kg-claims.org/id/statement/r-en-1> ?p ?o }").boolean is True
    sha = store.sparql('SELECT ?sha WHERE { ?a dcterms:identifier "en-border.txt" ; kg:sha256 ?sha }')
    assert [r[0].value for r in sha.rows] == [edited.article.sha256]
    assert_consistent(store)


def test_remove_takes_the_article_and_its_actors_out(store):
    corpus_ops.ingest(store, [EN.article, FR.article], extract=Extractor(EN, FR))
    acme = "ASK { <https://kg-claims.org/id/actor/acme-mining> a kg:Actor }"
    assert store.sparql(acme).boolean
    removed, missing = corpus_ops.remove(store, ["fr-cessez.txt", "nope.txt"])
    assert removed == ["fr-cessez.txt"] and missing == ["nope.txt"]
    assert store.article_ids() == ["en-border.txt"]
    assert not store.sparql(acme).boolean  # only the removed article mentioned it
    assert store.sparql("ASK { <https://kg-claims.org/id/actor/serbia> a kg:Actor }").boolean
    assert_consistent(store)
    corpus_ops.remove(store, ["en-border.txt"])
    assert store.stats() == {"articles": 0, "triples": 0, "graphs": 0}
    assert_consistent(store)


def test_rebuild_holds_exactly_the_given_articles(store):
    corpus_ops.ingest(store, [EN.article, FR.article], extract=Extractor(EN, FR))
    corpus_ops.rebuild(store, [FR])
    assert store.article_ids() == ["fr-cessez.txt"]
    assert_consistent(store)


def test_records_come_back_when_the_store_is_opened_again(tmp_path):
    with ClaimStore(tmp_path / "s") as s:
        corpus_ops.ingest(s, [EN.article, FR.article], extract=Extractor(EN, FR))
        before = quads(s)
    with ClaimStore(tmp_path / "s") as s:
        assert s.graphs() == [EN, FR]
        assert quads(s) == before
        assert_consistent(s)


def test_a_missing_record_file_is_a_clear_error(tmp_path):
    with ClaimStore(tmp_path / "s") as s:
        corpus_ops.ingest(s, [EN.article], extract=Extractor(EN))
        digest = s.stored("en-border.txt").digest
    (tmp_path / "s" / "records" / f"{digest}.json").unlink()
    with pytest.raises(StoreError, match="record of article 'en-border.txt'.*missing"):
        ClaimStore(tmp_path / "s")


def test_a_stale_corpus_graph_is_recomputed_when_opened_for_writing(tmp_path):
    with ClaimStore(tmp_path / "s") as s:
        s.commit(put=[EN, FR], corpus=hand_corpus([EN, FR]))  # not what build_corpus gives
        assert s.sparql("ASK { ?c a kg:Claim ; dcterms:identifier 'c-attack' }").boolean
    with ClaimStore(tmp_path / "s", read_only=True) as s:  # a reader leaves it alone
        assert s.sparql("ASK { ?c dcterms:identifier 'c-attack' }").boolean
    with ClaimStore(tmp_path / "s") as s:
        assert not s.sparql("ASK { ?c dcterms:identifier 'c-attack' }").boolean
        assert_consistent(s)


# ----------------------------------------------------------------------------------------------------
# atomicity


def test_pyoxigraph_applies_an_update_request_in_one_transaction():
    """What the store relies on: when the last operation of a request fails, the earlier ones
    (a DROP and an INSERT) are not applied either."""
    db = ox.Store()
    db.update("INSERT DATA { GRAPH <http://x/a> { <http://x/s> <http://x/p> 1 } } ; CREATE GRAPH <http://x/c>")
    with pytest.raises(Exception, match="already exists"):
        db.update("DROP GRAPH <http://x/a> ; INSERT DATA { GRAPH <http://x/b> { <http://x/s> <http://x/p> 2 } } ; "
                  "CREATE GRAPH <http://x/c>")
    assert [q.graph_name.value for q in db] == ["http://x/a"]


def _snapshot(store: ClaimStore):
    files = sorted(p.name for p in (store.path / "records").iterdir()) if store.path else None
    return quads(store), store.article_ids(), store.generation, files


def test_a_failure_while_preparing_the_change_writes_nothing(store, monkeypatch):
    corpus_ops.ingest(store, [EN.article], extract=Extractor(EN))
    before = _snapshot(store)
    original = rdf.statement_triples

    def broken(rel, article):
        if rel.id == "r-fr-2":
            raise RuntimeError("injected failure")
        return original(rel, article)

    monkeypatch.setattr(rdf, "statement_triples", broken)
    edited = english_article(date="2024-03-09")
    with pytest.raises(RuntimeError, match="injected"):
        store.commit(put=[FR, edited])
    assert _snapshot(store) == before
    assert_consistent(store)


def test_a_failure_inside_the_transaction_leaves_the_store_as_it_was(store, monkeypatch):
    corpus_ops.ingest(store, [EN.article], extract=Extractor(EN))
    before = _snapshot(store)
    execute = ClaimStore._execute

    def failing_at_the_end(self, request):
        # every drop and insert of the change first, then an operation that fails
        execute(self, request + f" ;\nCREATE GRAPH <{rdf.CORPUS_GRAPH}>")

    monkeypatch.setattr(ClaimStore, "_execute", failing_at_the_end)
    with pytest.raises(Exception, match="already exists"):
        corpus_ops.ingest(store, [FR.article, english_article(date="2024-03-09").article],
                          extract=Extractor(FR, english_article(date="2024-03-09")))
    monkeypatch.undo()
    after = _snapshot(store)
    assert after[:3] == before[:3]
    assert_consistent(store, orphans_allowed=True)  # a record file written before the failed transaction...
    corpus_ops.ingest(store, [FR.article], extract=Extractor(FR))
    assert_consistent(store)  # ...is gone after the next write


def test_one_failed_extraction_keeps_the_others(store):
    def extract(article):
        if article.id == "fr-cessez.txt":
            raise ValueError("parser crashed")
        return EN

    report = corpus_ops.ingest(store, [EN.article, FR.article], extract=extract)
    assert report.added == ["en-border.txt"]
    assert report.failed == [("fr-cessez.txt", "extraction failed: ValueError: parser crashed")]
    assert store.article_ids() == ["en-border.txt"]
    assert_consistent(store)


def test_an_interrupted_ingest_keeps_finished_batches_and_nothing_of_the_next(store):
    graphs = [replace(EN, article=replace(EN.article, id=f"a{i}.txt"),
                      relations=tuple(replace(r, id=f"{r.id}-{i}", article=f"a{i}.txt", responds_to=tuple(
                          f"{x}-{i}" for x in r.responds_to)) for r in EN.relations),
                      events=()) for i in range(5)]
    graphs = [replace(g, relations=tuple(replace(r, events=()) for r in g.relations)) for g in graphs]
    extractor = Extractor(*graphs)

    def interrupted(article):
        if article.id == "a3.txt":
            raise KeyboardInterrupt
        return extractor(article)

    with pytest.raises(KeyboardInterrupt):
        corpus_ops.ingest(store, [g.article for g in graphs], extract=interrupted, batch_size=2)
    assert store.article_ids() == ["a0.txt", "a1.txt"]  # batch a2-a3 was in flight: nothing of it
    assert_consistent(store)


KILL_SCRIPT = textwrap.dedent("""
    import sys
    from dataclasses import replace
    sys.path.insert(0, {tests!r})
    from store_samples import english_article
    from kg import corpus_ops
    from kg.store import ClaimStore
    store = ClaimStore({path!r})
    base = english_article()
    for i in range(10_000):
        g = replace(base, article=replace(base.article, id=f"k{{i}}.txt"),
                    relations=tuple(replace(r, id=f"{{r.id}}-{{i}}", article=f"k{{i}}.txt", events=(),
                                            responds_to=tuple(f"{{x}}-{{i}}" for x in r.responds_to))
                                    for r in base.relations), events=())
        corpus_ops.ingest(store, [g.article], extract=lambda a, g=g: g)
        print(i, flush=True)
""")


@pytest.mark.slow  # four subprocesses, each loading kg's pipeline
def test_a_killed_ingest_leaves_no_half_written_article(tmp_path):
    """SIGKILL an ingesting process at several moments; the store it leaves is always consistent."""
    path = tmp_path / "killed"
    script = KILL_SCRIPT.format(tests=str(TESTS), path=str(path))
    for round_, wait in enumerate((0.0, 0.013, 0.031, 0.057)):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        for _ in range(3 + round_):  # a few commits, then kill it somewhere in the next one
            assert proc.stdout.readline(), "the ingesting process died on its own"
        time.sleep(wait)
        proc.kill()
        proc.wait()
        with ClaimStore(path) as s:
            assert len(s.article_ids()) >= 3
            assert_consistent(s)


# ----------------------------------------------------------------------------------------------------
# locking and read-only


def test_a_second_writer_is_refused_clearly_and_readers_can_open(tmp_path):
    with ClaimStore(tmp_path / "s") as s:
        corpus_ops.ingest(s, [EN.article], extract=Extractor(EN))
        with pytest.raises(StoreLocked, match="already open for writing"):
            ClaimStore(tmp_path / "s")
        with ClaimStore(tmp_path / "s", read_only=True) as reader:
            assert reader.article_ids() == ["en-border.txt"]
            with pytest.raises(StoreError, match="read-only"):
                reader.commit(put=[FR])
        fallback = ClaimStore.open(Settings(store_dir=tmp_path / "s"), read_only=None)
        assert fallback.read_only
        fallback.close()


def test_opening_a_missing_store_read_only_says_so(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        ClaimStore(tmp_path / "nothing", read_only=True)


# ----------------------------------------------------------------------------------------------------
# SPARQL: read-only, limits


@pytest.mark.parametrize("query, reason", [
    ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "read-only"),
    ("PREFIX ex: <http://x/>\nDELETE WHERE { ?s ?p ?o }", "read-only"),
    ("LOAD <http://example.org/data.ttl>", "read-only"),
    ("DROP ALL", "read-only"),
    ("CLEAR GRAPH <http://x/g>", "read-only"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "file"),
    ("SELECT * FROM NAMED <FILE:/etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", "file"),
    ("PREFIX f: <file:///etc/>\nSELECT * FROM f:passwd WHERE { ?s ?p ?o }", "file"),
    ("BASE <file:///etc/>\nSELECT * FROM <passwd> WHERE { ?s ?p ?o }", "file"),
    ("", "empty"),
    ("hello", "not a SPARQL query"),
])
def test_refused_queries_say_why(query, reason):
    with pytest.raises(QueryRefused, match=reason):
        check_query(query)


@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s rdfs:label "INSERT DATA" }',  # keywords inside strings are text
    "SELECT * WHERE { ?s ?p ?o } # DELETE everything",  # and inside comments
    "SELECT * WHERE { ?s <http://x/SERVICE> ?o }",  # and inside IRIs
    "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3) }",  # a less-than is not an IRI
    "ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE <http://x/a>",
    "SELECT * FROM <https://kg-claims.org/id/graph/corpus> WHERE { ?s ?p ?o }",
    "SELECT ?service ?load WHERE { ?service ?insert ?load }",  # variables named like keywords
])
def test_read_only_queries_pass_the_check(query):
    check_query(query)


def test_a_variable_named_from_does_not_turn_the_union_off():
    s = _synthetic(3)
    assert check_query("SELECT ?from WHERE { ?from ?p ?o }").has_dataset is False
    assert len(s.sparql("SELECT ?from WHERE { ?from ?p ?o }").rows) == 3


def test_syntax_errors_are_refused_with_pyoxigraph_s_message(store):
    with pytest.raises(QueryRefused, match="syntax error"):
        store.sparql("SELECT * WHERE { ?s ?p }")


def _synthetic(n: int) -> ClaimStore:
    s = ClaimStore(settings=Settings(row_cap=5, query_timeout=5.0))
    s.db.extend([ox.Quad(ox.NamedNode(f"http://x/s{i}"), ox.NamedNode("http://x/p"), ox.Literal(str(i)),
                         ox.NamedNode("http://x/g")) for i in range(n)])
    return s


def test_the_row_cap_cuts_and_says_so():
    s = _synthetic(12)
    result = s.sparql("SELECT ?s WHERE { ?s ?p ?o }")
    assert len(result.rows) == 5 and result.truncated and result.to_json()["truncated"] is True
    assert not s.sparql("SELECT ?s WHERE { ?s ?p ?o }", row_cap=12).truncated
    assert len(s.sparql("CONSTRUCT WHERE { ?s ?p ?o }").triples) == 5


def test_results_serialize_in_every_format():
    s = _synthetic(3)
    select = s.sparql("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o")
    assert select.serialize("csv").decode().splitlines()[0] == "s,o"
    assert b"<sparql" in select.serialize("xml")
    assert select.serialize("tsv").decode().splitlines()[0] == "?s\t?o"
    assert select.to_json()["results"]["bindings"][0] == {"s": {"type": "uri", "value": "http://x/s0"},
                                                          "o": {"type": "literal", "value": "0"}}
    assert b"true" in s.sparql("ASK { ?s ?p ?o }").serialize("json")
    graph = s.sparql("CONSTRUCT WHERE { ?s ?p ?o }")
    for fmt in ("turtle", "ntriples", "jsonld"):
        assert graph.serialize(fmt)
    with pytest.raises(ValueError):
        select.serialize("turtle")


def test_default_graph_is_the_union_unless_the_query_names_one():
    s = _synthetic(3)
    assert len(s.sparql("SELECT * WHERE { ?s ?p ?o }").rows) == 3
    assert len(s.sparql("SELECT * FROM <http://x/other> WHERE { ?s ?p ?o }").rows) == 0
    assert len(s.sparql("SELECT * FROM <http://x/g> WHERE { ?s ?p ?o }").rows) == 3
    assert s.sparql("ASK { ?s a kg:Actor }").boolean is False  # kg: is predeclared


def test_a_query_over_the_time_limit_is_abandoned_while_others_still_answer():
    s = _synthetic(200)
    # streaming: the worker stops at its next row once told to
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="time limit of 0.3 s"):
        s.sparql("SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", timeout=0.3, row_cap=10**12)
    assert time.monotonic() - started < 2.0
    # blocking (COUNT computes everything before its first row): abandoned, still running meanwhile
    with pytest.raises(QueryTimeout):
        s.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", timeout=0.2)
    running = [t for t in threading.enumerate() if t.name == "kg-sparql"]
    quick = s.sparql("SELECT ?s WHERE { ?s ?p '7' }", timeout=2.0)
    assert [r[0].value for r in quick.rows] == ["http://x/s7"]
    for t in running:  # let the abandoned one finish rather than leave it burning a CPU
        t.join(120)


def test_too_many_running_queries_are_refused_as_busy():
    from kg.store import QueryBusy

    s = ClaimStore(settings=Settings(max_running_queries=1))
    s.db.extend([ox.Quad(ox.NamedNode(f"http://x/s{i}"), ox.NamedNode("http://x/p"), ox.Literal(str(i)))
                 for i in range(150)])
    with pytest.raises(QueryTimeout):
        s.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", timeout=0.1)
    try:
        with pytest.raises(QueryBusy, match="max_running_queries"):
            s.sparql("ASK { ?s ?p ?o }", timeout=0.1)
    finally:
        for t in [t for t in threading.enumerate() if t.name == "kg-sparql"]:
            t.join(120)
    assert s.sparql("ASK { ?s ?p ?o }").boolean


def test_progress_bar_on_stderr_only_when_asked(capsys):
    store = ClaimStore()
    graphs = [replace(EN, article=replace(EN.article, id=f"p{i}.txt"), events=(),
                      relations=tuple(replace(r, id=f"{r.id}-p{i}", article=f"p{i}.txt", events=(), responds_to=())
                                      for r in EN.relations)) for i in range(3)]
    corpus_ops.ingest(store, [g.article for g in graphs], extract=Extractor(*graphs), progress=False)
    assert capsys.readouterr().err == ""
    graphs = [replace(g, article=replace(g.article, date="2024-04-01")) for g in graphs]
    corpus_ops.ingest(store, [g.article for g in graphs], extract=Extractor(*graphs), progress=True)
    err = capsys.readouterr().err
    assert "ingesting" in err and "/3 " in err  # tqdm redraws at most every 0.1 s: the count shown varies
