"""The claim store: an embedded pyoxigraph database on disk, one named graph per article.

Layout of the store folder (setting ``store_path``, default ``<data_dir>/store``)::

    oxigraph/   the pyoxigraph (RocksDB) database: article graphs and the corpus graph
    records/    one JSON file per article extraction (`ArticleGraph`), named by its digest, so the
                cross-article structures can be recomputed without parsing the articles again
    snapshots/  read-only checkpoints of the database (`kg.query_pool`): ``<n>/``, the newest made
                after every change and when the store is opened for writing; readers use them
    corpus.stamp  which code computed the corpus graph from which records (`corpus_stamp`), so an
                open for writing skips recomputing it when nothing changed

Consistency. The RDF database is the commit point. Every change (`ClaimStore.commit`) is ONE SPARQL
update request, which pyoxigraph 0.5 applies in one transaction ("either the full operation
succeeds, or nothing is written"; tested in tests/test_store.py by making the last operation of a
request fail): the changed article graphs are dropped and re-inserted and the corpus graph is
replaced, together. Record files are written (temp file + rename) *before* that transaction and are
only found through the article graphs (``kg:extractionDigest``), so a crash leaves at worst an
unreferenced file, removed at the next write. Writes in one process are serialized by a lock; a
second process cannot open the database for writing (RocksDB's lock): `StoreLocked` says so.
Readers in another process (``kg query`` while ``kg serve`` runs) open it read-only (`read_only=True`
or automatically by `ClaimStore.open(..., read_only=None)`): they read the newest snapshot (opening
the live database read-only beside a writer is undefined behaviour in pyoxigraph), holding a shared
lock on it so the writer does not remove it meanwhile, and see the data as it was when opened.

Queries (`ClaimStore.sparql`) are read-only, use the union of all graphs as the default graph (unless
the query names its own with FROM), get kg's prefixes for free (`kg.graph.vocab.PREFIXES`), have a
time limit and a row cap. Queries users write (``/sparql``, ``kg sparql``: ``isolated=True``,
`ClaimStore.sparql_serialized`, `sparql_in_folder`) run in worker processes over the newest snapshot
and are stopped at the time limit by killing the worker; the named queries run in-process.

For the API (engineer A) and the page (W), the entry points are:

    store = ClaimStore.open(settings)                 # or ClaimStore(path) / ClaimStore() in memory
    store.sparql(query, timeout=..., row_cap=...)     # -> QueryResult (.serialize(fmt), .to_json())
    store.sparql_serialized(query, "json")            # -> SerializedResult, in a worker process
    store.stats()                                     # {"articles": n, "triples": n}
    store.articles() / store.article(id)              # Article records (with full text)
    store.relation_records(article=, relation=)       # JSONL relation dicts + article metadata
    store.actor_records() / store.claim_records() / store.article_records()
    store.corpus()                                    # the clustered kg.model.Corpus
    kg.corpus_ops.ingest(store, articles) / kg.corpus_ops.remove(store, ids)   # writes
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg import query_pool

from kg.graph import rdf
from kg.graph.records import graph_digest, graph_from_json, graph_to_json
from kg.graph.vocab import KG, PREFIXES
from kg.model import Article, ArticleGraph, ClaimCluster, Corpus
from kg.paths import ONTOLOGY_DIR
from kg.query_pool import (GRAPH_FORMATS, RESULTS_FORMATS, OpenSnapshot, QueryRequest,  # noqa: F401
                           QueryResult, SerializedResult, term_json)  # noqa: F401 (re-exported for callers)
from kg.settings import Settings

log = logging.getLogger("kg.store")

DB_DIR = "oxigraph"
RECORDS_DIR = "records"
#: says which code computed the corpus graph from which records (`corpus_stamp`)
STAMP_FILE = "corpus.stamp"
#: times a read-only open is tried while another process may be compacting the database
READ_ONLY_ATTEMPTS = 5

#: times a read-only store looks again for a record that the writer dropped meanwhile (a newer snapshot came)
RECORD_ATTEMPTS = 3

class StoreError(RuntimeError):
    """The store cannot do what was asked; the message says what and where."""


class StoreLocked(StoreError):
    """Another process has the store open for writing."""


class _RecordMissing(StoreError):
    """An article graph names a record file that is not there."""


class QueryRefused(ValueError):
    """A query kg does not run (an update, LOAD, SERVICE, FROM <file:...>, a syntax error)."""


class QueryTimeout(StoreError):
    """A query ran over the time limit (setting query_timeout)."""


class QueryBusy(StoreError):
    """Too many queries are still running (setting max_running_queries)."""


# ----------------------------------------------------------------------------------------------------
# read-only guard

_TOKEN = re.compile(
    r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r'|(?P<comment>#[^\n]*)'
    r'|(?P<var>[?$]\w+)'
    r'|(?P<pname>[A-Za-z][\w.-]*:[\w.:%-]*|:[\w.:%-]*)'
    r'|(?P<word>[A-Za-z_]\w*)'
    r'|(?P<other>\S)', re.S)
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


@dataclass(frozen=True)
class CheckedQuery:
    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    has_dataset: bool  # FROM / FROM NAMED given: the query picks its own default graph


def check_query(query: str) -> CheckedQuery:
    """Refuse what a read-only endpoint must not run, with the reason (raises `QueryRefused`):
    SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY), SERVICE (kg never
    calls other endpoints), and FROM / FROM NAMED naming a file: IRI."""
    if not query or not query.strip():
        raise QueryRefused("empty query: send a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query")
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(query) if m.lastgroup != "comment"]
    prefixes: dict[str, str] = {}
    base = ""
    form = None
    has_dataset = False
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        word = text.upper() if kind == "word" else None
        if word == "PREFIX" and i + 2 < len(tokens):
            prefixes[tokens[i + 1][1].rstrip(":").rstrip()] = tokens[i + 2][1][1:-1]
            i += 3
            continue
        if word == "BASE" and i + 1 < len(tokens):
            base = tokens[i + 1][1][1:-1]
            i += 2
            continue
        if form is None and word in _UPDATE_WORDS:
            raise QueryRefused(f"SPARQL Update ({word}) is refused: this endpoint is read-only")
        if form is None and word in _QUERY_FORMS:
            form = word
        if word == "SERVICE":
            raise QueryRefused("SERVICE is refused: kg does not query other SPARQL endpoints")
        if word == "FROM":
            has_dataset = True
            j = i + 1
            if j < len(tokens) and tokens[j][1].upper() == "NAMED":
                j += 1
            if j < len(tokens):
                iri = _expand(tokens[j], prefixes, base)
                if iri.lower().startswith("file:"):
                    raise QueryRefused(f"FROM <{iri}> is refused: kg does not read files named in queries")
        i += 1
    if form is None:
        raise QueryRefused("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return CheckedQuery(form=form, has_dataset=has_dataset)


def _expand(token: tuple[str, str], prefixes: dict[str, str], base: str) -> str:
    kind, text = token
    if kind == "iri":
        iri = text[1:-1]
        return iri if re.match(r"^[A-Za-z][\w+.-]*:", iri) else base + iri
    if kind == "pname":
        prefix, _, local = text.partition(":")
        return prefixes.get(prefix, PREFIXES.get(prefix, prefix + ":")) + local
    return text


# ----------------------------------------------------------------------------------------------------
# rdflib terms -> pyoxigraph terms


def ox_term(term):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def ox_triples(triples: Iterable[tuple]) -> Iterator[ox.Triple]:
    for s, p, o in triples:
        yield ox.Triple(ox_term(s), ox_term(p), ox_term(o))


def _insert_data(graph_iri: str, triples: Iterable[tuple]) -> str:
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in ox_triples(triples))
    return f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}" if body else ""


# ----------------------------------------------------------------------------------------------------
# the store


@dataclass(frozen=True)
class StoredArticle:
    """What the store keeps about one article: its record and how to tell it changed."""

    graph: ArticleGraph
    sha256: str  # Article.sha256: the article's text and metadata
    digest: str  # kg.graph.records.graph_digest: the extraction


@dataclass
class _Cache:
    articles: dict[str, StoredArticle] = field(default_factory=dict)
    corpus: Corpus | None = None


class ClaimStore:
    """kg's store: per-article named graphs, a corpus graph, record files, limited read-only SPARQL.

    ``ClaimStore(path)`` opens (or creates) the store folder ``path``; ``ClaimStore()`` is an
    in-memory store (tests, benchmarks). ``read_only=True`` opens an existing on-disk store without
    taking the write lock (writes then raise `StoreError`).
    ``settings`` gives the query limits (``query_timeout``, ``row_cap``, ``max_running_queries``).
    Opened for writing, a store whose corpus graph is stale is brought up to date (`refresh_corpus`)
    unless ``refresh=False`` (``kg build`` replaces everything anyway).
    Use it as a context manager or call `close`.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, settings: Settings | None = None,
                 read_only: bool = False, refresh: bool = True):
        self.settings = settings or Settings()
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._write_lock = threading.RLock()
        self._queries = threading.BoundedSemaphore(max(1, getattr(self.settings, "max_running_queries", 8)))
        self._cache = _Cache()
        self._records: dict[str, str] = {}  # digest -> JSON, for in-memory stores
        #: bumped by every commit; caches of derived data (`cached`) are keyed by it
        self.generation = 0
        self._derived: dict = {}
        self._pool: query_pool.QueryPool | None = None
        self._pool_lock = threading.Lock()
        self._opened: OpenSnapshot | None = None  # what a read-only store reads (a locked snapshot)
        self._snapshot_generation: int | None = None  # `generation` the newest snapshot holds
        self._db = self._open_db()
        self._load_records()
        if not self.read_only:
            self._drop_unreferenced_records()  # left by a write that failed or was killed
            if refresh:
                self.refresh_corpus()
            if self.path is not None:
                query_pool.prune_snapshots(self.path, leftovers=True)
                if self._snapshot_generation != self.generation:  # not made by refresh_corpus's commit
                    self._checkpoint()

    @classmethod
    def open(cls, settings: Settings, *, read_only: bool | None = False) -> "ClaimStore":
        """The store at ``settings.store_path``. ``read_only=None``: read-write when possible,
        read-only when another process (e.g. ``kg serve``) holds the write lock."""
        if read_only is None:
            try:
                return cls(settings.store_path, settings=settings)
            except StoreLocked:
                return cls(settings.store_path, settings=settings, read_only=True)
        return cls(settings.store_path, settings=settings, read_only=read_only)

    def _open_db(self) -> ox.Store:
        if self.path is None:
            return ox.Store()
        db_path = self.path / DB_DIR
        if self.read_only:
            if not db_path.is_dir():
                raise StoreError(f"no store at {self.path} (build one with `kg build PATH --out DIR` "
                                 f"or `kg ingest PATH --store {self.path}`)")
            # The newest snapshot (see kg.query_pool), locked while open; a store without snapshots
            # is opened live, and a reader beside a live writer can catch that database between two
            # compactions (RocksDB "Corruption ... No such file"): try again a few times.
            for attempt in range(READ_ONLY_ATTEMPTS):
                try:
                    self._opened = query_pool.open_newest(self.path)
                    return self._opened.db
                except (OSError, RuntimeError) as e:
                    if attempt == READ_ONLY_ATTEMPTS - 1:
                        raise StoreError(f"cannot open the store at {self.path} read-only: {e} (is another "
                                         f"process writing it? ask the running `kg serve` instead)") from e
                    time.sleep(0.05 * (attempt + 1))
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store path {self.path} exists and is not a folder")
        (self.path / RECORDS_DIR).mkdir(parents=True, exist_ok=True)
        try:
            return ox.Store(str(db_path))
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreLocked(f"the store at {self.path} is already open for writing (is `kg serve` "
                                  f"running on it?); stop that first, or use another --store") from e
            raise StoreError(f"cannot open the store at {self.path}: {e}") from e

    def close(self) -> None:
        """Stop the query workers, release the snapshot a read-only store reads, flush."""
        pool, self._pool = getattr(self, "_pool", None), None
        if pool is not None:
            pool.close()
        if getattr(self, "_db", None) is not None:
            if not self.read_only and self.path is not None:
                self._db.flush()
            self._db = None
        if getattr(self, "_opened", None) is not None:
            self._opened.close()
            self._opened = None

    def __enter__(self) -> "ClaimStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def db(self) -> ox.Store:
        """The pyoxigraph store (read it; write only through `commit`)."""
        if self._db is None:
            raise StoreError("the store is closed")
        return self._db

    # ------------------------------------------------------------------------------------------------
    # records

    def _load_records(self) -> None:
        for attempt in range(RECORD_ATTEMPTS):
            try:
                return self._load_records_once()
            except _RecordMissing:
                # a read-only store read a snapshot whose records the writer dropped after a newer
                # change: read the newest snapshot instead
                if not self.read_only or self._opened is None or attempt == RECORD_ATTEMPTS - 1:
                    raise
                self._opened.close()
                self._opened = query_pool.open_newest(self.path)
                self._db = self._opened.db

    def _load_records_once(self) -> None:
        rows = self.db.query(
            "SELECT ?id ?sha ?digest WHERE { GRAPH ?g { ?a a kg:Article ; dcterms:identifier ?id ; "
            "kg:sha256 ?sha ; kg:extractionDigest ?digest } }", prefixes=PREFIXES)
        articles = {}
        for row in rows:
            article_id, sha, digest = row["id"].value, row["sha"].value, row["digest"].value
            articles[article_id] = StoredArticle(self._read_record(article_id, digest), sha, digest)
        self._cache = _Cache(articles=dict(sorted(articles.items())))

    def _record_path(self, digest: str) -> Path:
        return self.path / RECORDS_DIR / f"{digest}.json"

    def _read_record(self, article_id: str, digest: str) -> ArticleGraph:
        if self.path is None:
            text = self._records.get(digest)
            if text is None:
                raise StoreError(f"in-memory store: no record {digest} for article {article_id!r}")
            return graph_from_json(text)
        path = self._record_path(digest)
        try:
            return graph_from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise _RecordMissing(f"store {self.path}: the record of article {article_id!r} ({path}) is missing; "
                             f"rebuild the store with `kg build`") from None
        except (ValueError, TypeError, KeyError) as e:
            raise StoreError(f"store {self.path}: the record of article {article_id!r} ({path}) is damaged: {e}") \
                from None

    def _write_record(self, digest: str, graph: ArticleGraph) -> None:
        text = graph_to_json(graph)
        if self.path is None:
            self._records[digest] = text
            return
        path = self._record_path(digest)
        if path.exists():
            return
        write_atomic(path, text.encode("utf-8"))

    def _drop_unreferenced_records(self) -> None:
        live = {s.digest for s in self._cache.articles.values()}
        if self.path is None:
            for digest in [d for d in self._records if d not in live]:
                del self._records[digest]
            return
        for path in (self.path / RECORDS_DIR).glob("*.json"):
            if path.stem not in live:
                path.unlink(missing_ok=True)
        for path in (self.path / RECORDS_DIR).glob(".*.tmp"):
            path.unlink(missing_ok=True)

    # ------------------------------------------------------------------------------------------------
    # reading

    def article_ids(self) -> list[str]:
        return list(self._cache.articles)

    def stored(self, article_id: str) -> StoredArticle | None:
        return self._cache.articles.get(article_id)

    def graphs(self) -> list[ArticleGraph]:
        """Every article's extraction record, in article id order."""
        return [s.graph for s in self._cache.articles.values()]

    def articles(self) -> list[Article]:
        return [s.graph.article for s in self._cache.articles.values()]

    def article(self, article_id: str) -> Article | None:
        """One article, full text included; None when the store does not hold it."""
        s = self._cache.articles.get(article_id)
        return s.graph.article if s else None

    def corpus(self) -> Corpus:
        """The stored articles with merged actors and claim clusters (`kg.pipeline.build_corpus`)."""
        if self._cache.corpus is None:
            from kg.pipeline import build_corpus

            self._cache.corpus = build_corpus(self.graphs())
        return self._cache.corpus

    def cached(self, key: str, compute):
        """``compute()`` once per store state (e.g. kg.queries' alias index); dropped at every commit."""
        generation = self.generation
        hit = self._derived.get(key)
        if hit is not None and hit[0] == generation:
            return hit[1]
        value = compute()
        self._derived[key] = (generation, value)
        return value

    def stats(self) -> dict:
        """``{"articles": n, "triples": n, "graphs": n}`` (triples over all graphs), counted once per
        store state (a count scans the database: ~0.1 s a million triples). Data written to ``db``
        directly, bypassing `commit`, is counted at the first call after it."""
        def count() -> dict:
            return {"articles": len(self._cache.articles), "triples": len(self.db),
                    "graphs": sum(1 for _ in self.db.named_graphs())}
        return dict(self.cached("store.stats", count))

    def article_records(self) -> list[dict]:
        """Article metadata for lists: id, title, date, language, outlet, url, sha256, relations."""
        return [article_record(s.graph) | {"sha256": s.sha256} for s in self._cache.articles.values()]

    def relation_records(self, *, article: str | None = None, relation: str | None = None) -> list[dict]:
        """Relation records (kg.export.jsonl format) with their article's ``title``, ``date``,
        ``language`` and ``outlet``, from the clustered corpus (``claim`` is set)."""
        from kg.export.jsonl import relation_record

        corpus = self.corpus()
        out = []
        for g in corpus.articles:
            if article is not None and g.article.id != article:
                continue
            meta = {"title": g.article.title, "date": g.article.date, "language": g.article.language,
                    "outlet": g.article.outlet}
            for rel in g.relations:
                if relation is None or rel.relation == relation:
                    out.append(relation_record(rel, corpus.actor) | meta)
        return out

    def actor_records(self) -> list[dict]:
        """Merged actors: id, label, kind, wikidata, part_of, aliases."""
        return [{"id": a.id, "label": a.label, "kind": a.kind, "wikidata": a.wikidata, "part_of": a.part_of,
                 "aliases": list(a.aliases)} for a in self.corpus().actors]

    def claim_records(self) -> list[dict]:
        """Claim clusters: id, label, contested, supporters, deniers, relations (ids)."""
        return [claim_record(c) for c in self.corpus().claims]

    # ------------------------------------------------------------------------------------------------
    # writing

    def writing(self):
        """The write lock: hold it from reading the records to `commit` (kg.corpus_ops does)."""
        return self._write_lock

    def commit(self, put: Sequence[ArticleGraph] = (), remove: Sequence[str] = (), *,
               corpus: Corpus | None = None) -> None:
        """Replace the graphs of ``put``, drop the articles ``remove`` and replace the corpus graph,
        in ONE transaction. ``corpus`` must be `build_corpus` of the resulting article set (it is
        computed here when not given). Raises before anything is written if a triple cannot be made;
        pyoxigraph rolls back if the update fails.

        A corpus computed here is stamped (`corpus_stamp`: kg's code and the records it was computed
        from), so that opening the store again skips recomputing it; a given one is not (kg cannot
        tell how it was made), and is checked at the next open for writing."""
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only")
        with self._write_lock:
            after = dict(self._cache.articles)
            for article_id in remove:
                after.pop(article_id, None)
            staged = []
            for graph in put:
                digest = graph_digest(graph)
                staged.append((graph, digest))
                after[graph.article.id] = StoredArticle(graph, graph.article.sha256, digest)
            after = dict(sorted(after.items()))
            computed = corpus is None
            if corpus is None and not put and not remove and self._cache.corpus is not None:
                corpus = self._cache.corpus  # `corpus()` of these very records (refresh_corpus)
            elif corpus is None:
                from kg.pipeline import build_corpus

                corpus = build_corpus(s.graph for s in after.values())
            request = self._update_request(staged, remove, corpus)
            for graph, digest in staged:
                self._write_record(digest, graph)
            self._drop_stamp()  # no stamp while the corpus graph changes: a crash leaves it unstamped
            self._execute(request)
            if computed:
                self._write_stamp(after)
            self._cache = _Cache(articles=after, corpus=corpus)
            self.generation += 1
            self._derived = {}
            if self.path is not None:
                self._checkpoint()
            self._drop_unreferenced_records()

    def refresh_corpus(self) -> bool:
        """Recompute the corpus graph from the records and rewrite it if it differs from the stored
        one (kg's clustering or actor merging changed since it was written). Done when a store is
        opened for writing; a store without records (e.g. synthetic data) is left alone, and so is
        one whose stamp (`corpus_stamp`) says this very code computed its corpus graph from these
        very records: recomputing costs seconds on a large store (~10 s for 1,800 articles)."""
        if not self._cache.articles:
            return False
        with self._write_lock:
            if self._stamp_matches():
                return False
            corpus = self.corpus()
            fresh = {str(t) for t in ox_triples(rdf.unique(rdf.corpus_triples(corpus, rdf.state_names)))}
            stored = {str(ox.Triple(q.subject, q.predicate, q.object))
                      for q in self.db.quads_for_pattern(None, None, None, ox.NamedNode(str(rdf.CORPUS_GRAPH)))}
            if fresh == stored:
                self._write_stamp(self._cache.articles)
                return False
            self.commit()
            return True

    def _stamp_path(self) -> Path:
        return self.path / STAMP_FILE

    def _stamp_matches(self) -> bool:
        if self.path is None:
            return False
        try:
            stamp = self._stamp_path().read_text(encoding="utf-8").strip()
        except OSError:
            return False
        return stamp == corpus_stamp(self._cache.articles)

    def _write_stamp(self, articles: dict[str, StoredArticle]) -> None:
        if self.path is not None:
            write_atomic(self._stamp_path(), corpus_stamp(articles).encode("utf-8"))

    def _drop_stamp(self) -> None:
        if self.path is not None:
            self._stamp_path().unlink(missing_ok=True)

    def _update_request(self, staged, remove, corpus: Corpus) -> str:
        """The whole change as one SPARQL update request (built fully before anything is written)."""
        parts = []
        for article_id in dict.fromkeys([*remove, *(g.article.id for g, _ in staged)]):
            parts.append(f"DROP SILENT GRAPH <{rdf.article_graph_iri(article_id)}>")
        for graph, digest in staged:
            triples = rdf.unique(stored_article_triples(graph, digest))
            parts.append(_insert_data(str(rdf.article_graph_iri(graph.article.id)), triples))
        parts.append(f"DROP SILENT GRAPH <{rdf.CORPUS_GRAPH}>")
        parts.append(_insert_data(str(rdf.CORPUS_GRAPH), rdf.unique(rdf.corpus_triples(corpus, rdf.state_names))))
        return " ;\n".join(p for p in parts if p)

    def _execute(self, request: str) -> None:
        self.db.update(request)
        if self.path is not None:
            self.db.flush()

    # ------------------------------------------------------------------------------------------------
    # SPARQL

    def sparql(self, query: str, *, timeout: float | None = None, row_cap: int | None = None,
               substitutions: dict | None = None, isolated: bool = False) -> QueryResult:
        """Run a read-only SPARQL query with a time limit and a row cap.

        - refused (`QueryRefused`, with the reason): updates, LOAD, SERVICE, FROM <file:...>, and
          syntax errors (pyoxigraph's message);
        - the default graph is the union of all graphs unless the query has FROM/FROM NAMED;
          kg's prefixes (kg:, kgid:, oa:, prov:, dcterms:, owl:, rdfs:, skos:, xsd:, wd:) are predeclared;
        - ``row_cap`` (default setting ``row_cap``): at most that many rows (SELECT) or triples
          (CONSTRUCT/DESCRIBE); ``QueryResult.truncated`` says the result was cut;
        - ``timeout`` seconds (default setting ``query_timeout``), then `QueryTimeout`.

        ``isolated=True`` (queries users write: ``/sparql``, ``kg sparql``): the query runs in a worker
        process over the newest snapshot (`kg.query_pool`), which is killed at the time limit, so
        the query is really stopped; at most setting ``max_running_queries`` run at once, and one
        that finds every worker busy until the limit gets `QueryBusy`. An in-memory store has no
        snapshot: its queries run in-process as below.

        In-process (``isolated=False``: the named queries, fixed and bounded): the query runs in a
        worker thread (pyoxigraph releases the GIL while it evaluates, so other requests go on) and
        `QueryTimeout` is raised at the limit, but pyoxigraph cannot be interrupted: the thread stops
        at its next result row, and a query that computes everything before its first row keeps a
        CPU busy until it ends, its result thrown away. At most ``max_running_queries`` such queries
        (abandoned ones included) run at once; past that, `QueryBusy` after waiting up to the limit.
        """
        request, timeout = self._request(query, timeout, row_cap, substitutions, fmt=None)
        if isolated and self.path is not None:
            return self._run_isolated(request, timeout)
        return self._run_in_process(request, timeout)

    def sparql_serialized(self, query: str, fmt: str, *, timeout: float | None = None,
                          row_cap: int | None = None) -> SerializedResult:
        """`sparql` with ``isolated=True``, the result written in ``fmt`` (by the worker: /sparql's
        process does no per-row work). ``fmt`` must suit the query form (`check_query`): json, xml,
        csv, tsv for SELECT/ASK; turtle, ntriples, jsonld, rdfxml for CONSTRUCT/DESCRIBE."""
        request, timeout = self._request(query, timeout, row_cap, None, fmt=fmt)
        if self.path is not None:
            return self._run_isolated(request, timeout)
        result = self._run_in_process(request, timeout)
        return SerializedResult(result.kind, fmt, result.serialize(fmt), result.truncated, result.row_cap,
                                result.elapsed)

    def snapshot(self) -> Path:
        """Checkpoint the database now for isolated queries (`commit` does it after every change;
        call this after writing to ``db`` directly). Raises `StoreError` if it cannot be written."""
        if self.read_only or self.path is None:
            raise StoreError("only a store opened for writing, on disk, makes snapshots")
        with self._write_lock:
            try:
                path = query_pool.make_snapshot(self.db, self.path)
            except OSError as e:
                raise StoreError(f"cannot write a query snapshot of the store at {self.path}: {e}") from e
            self._snapshot_generation = self.generation
        self._prune()
        pool = self._pool
        if pool is not None:  # idle workers move to it, so the snapshots they held can go
            threading.Thread(target=pool.refresh, name="kg-query-refresh", daemon=True).start()
        return path

    def query_workers(self) -> list[int]:
        """Process ids of the idle query workers (tests, diagnostics)."""
        return self._pool.pids() if self._pool is not None else []

    def _checkpoint(self) -> None:
        """`snapshot` after a commit: a failure is logged, not raised (the change is committed);
        isolated queries try again before running (`_run_isolated`)."""
        try:
            self.snapshot()
        except StoreError as e:
            log.warning("%s; SPARQL queries see the previous state until a snapshot succeeds", e)

    def _prune(self) -> None:
        if self.read_only or self.path is None:
            return  # a reader never writes the store's folder
        try:
            query_pool.prune_snapshots(self.path)
        except OSError as e:
            log.warning("cannot remove old query snapshots of %s: %s", self.path, e)

    def _request(self, query: str, timeout: float | None, row_cap: int | None, substitutions,
                 fmt: str | None) -> tuple[QueryRequest, float]:
        return query_request(query, self.settings, timeout=timeout, row_cap=row_cap,
                             substitutions=substitutions, fmt=fmt)

    def _query_pool(self) -> query_pool.QueryPool:
        with self._pool_lock:
            if self._db is None:
                raise StoreError("the store is closed")
            if self._pool is None:
                self._pool = query_pool.QueryPool(self.path, size=max(1, self.settings.max_running_queries),
                                                  on_release=self._prune)
            return self._pool

    def _run_isolated(self, request: QueryRequest, timeout: float):
        if not self.read_only and self._snapshot_generation != self.generation:
            self.snapshot()  # the last one failed: try again, or say why
        return run_in_pool(self._query_pool(), request, timeout, self.settings)

    def _run_in_process(self, request: QueryRequest, timeout: float) -> QueryResult:
        deadline = time.monotonic() + timeout
        if not self._queries.acquire(timeout=timeout):
            raise QueryBusy(f"too many queries are running (setting max_running_queries="
                            f"{getattr(self.settings, 'max_running_queries', 8)}); try again later")
        db = self.db
        outcome: dict = {}
        cancel = threading.Event()

        def work():
            try:
                outcome["result"] = query_pool.evaluate(db, request, cancel)
            except BaseException as e:  # handed to the caller's thread...
                # ...without its traceback: its frames hold pyoxigraph's result iterator, which must
                # be dropped on this thread (it is "unsendable")
                outcome["error"] = e.with_traceback(None)
                del e
            finally:
                self._queries.release()

        worker = threading.Thread(target=work, name="kg-sparql", daemon=True)
        started = time.monotonic()
        worker.start()
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            cancel.set()
            raise QueryTimeout(f"the query ran over the time limit of {timeout:g} s (setting query_timeout) "
                               f"and was abandoned")
        if "error" in outcome:
            e = outcome["error"]
            if isinstance(e, SyntaxError):
                raise QueryRefused(f"SPARQL syntax error: {e}") from None
            if isinstance(e, query_pool.Cancelled):
                raise QueryTimeout(f"the query ran over the time limit of {timeout:g} s") from None
            raise e
        result = outcome["result"]
        return QueryResult(**{**result.__dict__, "elapsed": time.monotonic() - started})


def query_request(query: str, settings: Settings, *, timeout: float | None = None, row_cap: int | None = None,
                  substitutions: dict | None = None, fmt: str | None = None) -> tuple[QueryRequest, float]:
    """The checked query (`check_query`: raises `QueryRefused`) as a `QueryRequest`, and its time
    limit; settings fill in what is not given. A ``fmt`` that does not suit the query form raises
    ValueError."""
    checked = check_query(query)
    timeout = settings.query_timeout if timeout is None else timeout
    row_cap = settings.row_cap if row_cap is None else row_cap
    if fmt is not None:
        formats = GRAPH_FORMATS if checked.form in ("CONSTRUCT", "DESCRIBE") else RESULTS_FORMATS
        if fmt not in formats:
            raise ValueError(f"a {checked.form} query is answered as {', '.join(formats)}, not {fmt!r}")
    request = QueryRequest(query=query, prefixes=dict(PREFIXES), union_default_graph=not checked.has_dataset,
                           row_cap=row_cap, substitutions=substitutions, fmt=fmt)
    return request, timeout


def run_in_pool(pool: query_pool.QueryPool, request: QueryRequest, timeout: float, settings: Settings):
    """``pool.run`` with kg's errors: `QueryTimeout`, `QueryBusy`, `QueryRefused`, `StoreError`."""
    try:
        return pool.run(request, timeout)
    except query_pool.PoolTimeout:
        raise QueryTimeout(f"the query ran over the time limit of {timeout:g} s (setting query_timeout) "
                           f"and was stopped") from None
    except query_pool.PoolBusy:
        raise QueryBusy(f"too many queries are running (setting max_running_queries="
                        f"{settings.max_running_queries}); try again later") from None
    except query_pool.WorkerFailed as e:
        if e.refused:
            raise QueryRefused(str(e)) from None
        raise StoreError(f"the query failed: {e}") from None


def sparql_in_folder(store_path: str | os.PathLike, query: str, *, fmt: str | None = None,
                     settings: Settings | None = None, timeout: float | None = None,
                     row_cap: int | None = None) -> QueryResult | SerializedResult:
    """One isolated query on the store at ``store_path`` without opening it (``kg sparql``): a worker
    process reads the newest snapshot (the live database, read-only, for a store written before
    snapshots existed) and is killed at the time limit. ``fmt`` None: a `QueryResult` with the rows;
    else a `SerializedResult` in that format. Raises `StoreError` when there is no store there."""
    settings = settings or Settings()
    path = Path(store_path)
    if not (path / DB_DIR).is_dir():
        raise StoreError(f"no store at {path} (build one with `kg build PATH --out DIR` "
                         f"or `kg ingest PATH --store {path}`)")
    request, timeout = query_request(query, settings, timeout=timeout, row_cap=row_cap, fmt=fmt)
    pool = query_pool.QueryPool(path, size=1)
    try:
        return run_in_pool(pool, request, timeout, settings)
    finally:
        pool.close()


# ----------------------------------------------------------------------------------------------------
# helpers


#: kg's subpackages the corpus graph does not depend on: it is computed from the extraction records
#: (whose digests the stamp holds), so extraction code changes it only through them
NOT_CORPUS_CODE = ("extract", "cli", "export", "web")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of kg's Python sources (but `NOT_CORPUS_CODE`) and its ontology data (gazetteer,
    lexicons): what the corpus graph is computed with. ~10 ms."""
    digest = hashlib.sha256()
    kg_dir = Path(__file__).resolve().parent
    files = [(f"kg/{p.relative_to(kg_dir)}", p) for p in kg_dir.rglob("*.py")
             if p.relative_to(kg_dir).parts[0] not in NOT_CORPUS_CODE]
    files += [(f"ontology/{p.relative_to(ONTOLOGY_DIR)}", p) for p in Path(ONTOLOGY_DIR).rglob("*") if p.is_file()]
    for name, path in sorted(files):
        digest.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def corpus_stamp(articles: dict[str, StoredArticle]) -> str:
    """What a corpus graph was computed from: kg's code (`code_fingerprint`) and each article's
    record digest. Equal stamps, equal corpus graphs."""
    digest = hashlib.sha256(code_fingerprint().encode("ascii"))
    for article_id, stored in sorted(articles.items()):
        digest.update(f"\n{article_id}\t{stored.digest}".encode("utf-8"))
    return digest.hexdigest()


def stored_article_triples(graph: ArticleGraph, digest: str) -> Iterator[tuple]:
    """An article's graph as stored: `rdf.article_triples` plus the digest of its record."""
    yield from rdf.article_triples(graph)
    yield rdf.article_iri(graph.article.id), KG.extractionDigest, Literal(digest)


def article_record(graph: ArticleGraph) -> dict:
    a = graph.article
    return {"id": a.id, "title": a.title, "date": a.date, "language": a.language, "outlet": a.outlet,
            "url": a.url, "relations": len(graph.relations), "characters": len(a.text)}


def claim_record(claim: ClaimCluster) -> dict:
    return {"id": claim.id, "label": claim.label, "contested": claim.contested,
            "supporters": list(claim.supporters), "deniers": list(claim.deniers),
            "relations": list(claim.relations)}


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``path`` through a temporary file in the same folder and a rename: readers see the old
    file or the new one, never a half-written one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (bytes, bytearray)):
                fh.write(data)
            else:
                for chunk in data:
                    fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_store(path: Path) -> None:
    """Delete a store folder (used when a build replaces a store it created)."""
    shutil.rmtree(path, ignore_errors=True)
