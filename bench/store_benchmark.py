"""The claim store and the API at scale (a benchmark, not a test: it prints figures, asserts nothing).

1. Builds a synthetic claim graph of about a million triples with kg's own records and RDF mapping
   (states from the gazetteer, ministries part of them, articles in English and French, accusations
   with the events they are about, denials answering them, assertions; every statement with its
   cue, content and evidence selectors), loaded through `kg.corpus_ops.ingest` into an on-disk store.
2. Serves it with the real `kg serve` and times the who-accused-whom query (`GET /accusations` with
   source/target filters) over HTTP: median and 95th percentile of many requests.
3. Baseline in the same run: the same SPARQL (the API's own query, from `show_sparql=true`) on the
   same triples in plain in-memory rdflib (a `Dataset` with the union of graphs as default graph).
4. Ingest throughput of real articles (seeds and the dev set) through `corpus_ops.ingest` with real
   extraction (spaCy), models loaded beforehand.
5. Peak memory (VmHWM) of the server and of this process.

    .venv/bin/python bench/store_benchmark.py [--articles 1800] [--requests 60] [--rdflib-runs 9]

Targets (issue 4): the API's median >= 20x faster than rdflib, and <= 100 ms.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import KgServer  # noqa: E402  (the live-server helper the tests use)

from kg.model import Actor, ActorMention, Article, ArticleGraph, Event, Relation, Span  # noqa: E402

SHARED = ROOT.parent / "shared"

CHARGES_EN = [("shelling border villages", "attack"), ("violating the ceasefire", "ceasefire_violation"),
              ("massing troops along the frontier", "troop_buildup"), ("a drone strike on a fuel depot", "attack"),
              ("sabotaging the peace talks", "talks"), ("an incursion into its airspace", "incursion")]
CHARGES_FR = [("avoir bombardé des villages frontaliers", "attack"),
              ("avoir violé le cessez-le-feu", "ceasefire_violation"),
              ("masser des troupes le long de la frontière", "troop_buildup"),
              ("une frappe de drone contre un dépôt de carburant", "attack")]
DAYS = [date(2022, 1, 1) + timedelta(days=i) for i in range(730)]


# ----------------------------------------------------------------------------------------------------
# the synthetic claim graph


def load_states(limit: int) -> list[Actor]:
    """States of the gazetteer (real names, QIDs and French names, so every name filter works)."""
    states = []
    with (ROOT / "ontology" / "gazetteer" / "countries.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            slug = row["name_en"].lower().replace(" ", "-")
            states.append(Actor(id=slug, label=row["name_en"], kind="state", wikidata=row["wikidata"],
                                aliases=tuple(a for a in (row["name_fr"], row["capital_en"]) if a)))
    return states[:limit]


def ministry_of(state: Actor, language: str) -> Actor:
    label = f"Ministry of Defence of {state.label}"
    alias = f"ministère de la Défense ({state.aliases[0] if state.aliases else state.label})"
    return Actor(id=f"{state.id}.ministry-of-defence", label=label, kind="organization", part_of=state.id,
                 aliases=(alias,) if language == "fr" else ())


class TextBuilder:
    """Appends sentences and returns exact spans of their parts."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0

    def add(self, *pieces: str) -> list[Span]:
        spans = []
        for piece in pieces:
            spans.append(Span(self.length, self.length + len(piece), piece))
            self.parts.append(piece)
            self.length += len(piece)
        return spans

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _id(prefix: str, *parts) -> str:
    return f"{prefix}-" + hashlib.sha256("\x00".join(map(str, parts)).encode()).hexdigest()[:12]


def synthetic_article(n: int, states: list[Actor], rng: random.Random, relations: int) -> ArticleGraph:
    """One article: an accusation (with its event) and its denial per pair, plus assertions."""
    language = "fr" if rng.random() < 0.3 else "en"
    day = rng.choice(DAYS)
    article_id = f"synthetic-{n:06d}.txt"
    tb = TextBuilder()
    tb.add(f"Synthetic report {n} ({day.isoformat()}). ")
    actors: dict[str, Actor] = {}
    rels: list[Relation] = []
    events: list[Event] = []

    def mention(actor: Actor, span: Span) -> ActorMention:
        actors[actor.id] = actor
        if actor.part_of:
            parent = next(s for s in states if s.id == actor.part_of)
            actors[parent.id] = parent
        return ActorMention(actor.id, span.text, span.start, span.end)

    while len(rels) < relations:
        a, b = rng.sample(states, 2)
        accuser = ministry_of(a, language) if rng.random() < 0.3 else a
        charge, kind = rng.choice(CHARGES_FR if language == "fr" else CHARGES_EN)
        verb = "a accusé" if language == "fr" else "accused"
        link = " d'" if language == "fr" and charge.startswith("a") else (" de " if language == "fr" else " of ")
        start = tb.length
        src, _, cue, _, tgt, _, content, _ = tb.add(accuser.label, " ", verb, " ", b.label, link, charge, ". ")
        evidence = Span(start, tb.length - 1, tb.text[start:tb.length - 1])
        event = Event(id=_id("e", article_id, content.start), article=article_id, kind=kind, label=content.text,
                      evidence=content, time_start=day.isoformat(), time_end=day.isoformat(), participants=(b.id,))
        events.append(event)
        accusation = Relation(id=_id("r", article_id, "accuses", evidence.start), article=article_id,
                              relation="accuses", source=mention(accuser, src), target=mention(b, tgt),
                              content=content, cue=cue, evidence=evidence, cameo="112", events=(event.id,))
        rels.append(accusation)
        if len(rels) < relations and rng.random() < 0.6:
            start = tb.length
            words = ("a démenti", "les accusations de") if language == "fr" else ("denied", "the accusations by")
            src2, _, cue2, _, content2, _, tgt2, _ = tb.add(b.label, " ", words[0], " ", words[1], " ", a.label, ". ")
            evidence2 = Span(start, tb.length - 1, tb.text[start:tb.length - 1])
            rels.append(Relation(id=_id("r", article_id, "denies", start), article=article_id, relation="denies",
                                 source=mention(b, src2), target=mention(a, tgt2), content=content2, cue=cue2,
                                 evidence=evidence2, cameo="016", responds_to=(accusation.id,),
                                 events=(event.id,)))
        if len(rels) < relations and rng.random() < 0.4:
            start = tb.length
            said, claim = (("a déclaré", "que les pourparlers reprendraient") if language == "fr"
                           else ("said", "talks would resume next week"))
            src3, _, cue3, _, content3, _ = tb.add(a.label, " ", said, " ", claim, ". ")
            evidence3 = Span(start, tb.length - 1, tb.text[start:tb.length - 1])
            rels.append(Relation(id=_id("r", article_id, "asserts", start), article=article_id, relation="asserts",
                                 source=mention(a, src3), target=None, content=content3, cue=cue3,
                                 evidence=evidence3, cameo="010"))
    article = Article(id=article_id, text=tb.text, language=language, title=f"Synthetic report {n}",
                      date=day.isoformat(), outlet=rng.choice(["Wire A", "Wire B", "Agence C"]))
    return ArticleGraph(article=article, actors=tuple(actors.values()), relations=tuple(rels), events=tuple(events))


def synthetic_graphs(articles: int, relations_per_article: int, states: int, seed: int) -> list[ArticleGraph]:
    rng = random.Random(seed)
    pool = load_states(states)
    return [synthetic_article(n, pool, rng, relations_per_article) for n in range(articles)]


# ----------------------------------------------------------------------------------------------------
# measurements


def load_store(data_dir: Path, graphs: list[ArticleGraph]) -> tuple[float, dict]:
    """Ingest the records through kg.corpus_ops (extraction replaced by the ready records)."""
    from kg import corpus_ops
    from kg.settings import Settings
    from kg.store import ClaimStore

    by_id = {g.article.id: g for g in graphs}
    started = time.perf_counter()
    with ClaimStore.open(Settings(data_dir=data_dir)) as store:
        corpus_ops.ingest(store, [g.article for g in graphs], extract=lambda a: by_id[a.id], batch_size=512,
                          progress=sys.stderr.isatty())
        stats = store.stats()
    return time.perf_counter() - started, stats


def dump_nquads(data_dir: Path) -> bytes:
    import pyoxigraph as ox

    from kg.settings import Settings
    from kg.store import ClaimStore

    with ClaimStore.open(Settings(data_dir=data_dir), read_only=True) as store:
        return store.db.dump(format=ox.RdfFormat.N_QUADS)


def query_variants(graphs: list[ArticleGraph], count: int, seed: int) -> list[dict]:
    """Who-accused-whom requests: a source, a target, or both (names in either language or QIDs)."""
    rng = random.Random(seed)
    pairs = [(r.source, r.target) for g in graphs for r in g.relations if r.relation == "accuses"]
    actors = {a.id: a for g in graphs for a in g.actors}
    variants = []
    for i in range(count):
        src, tgt = rng.choice(pairs)
        s, t = actors[src.actor], actors[tgt.actor]
        s = actors.get(s.part_of, s)  # name the state: its ministries are included (kg:partOf*)
        shape = i % 3
        if shape == 0:
            variants.append({"source": s.label, "limit": 50})
        elif shape == 1:
            variants.append({"target": t.wikidata, "limit": 50})
        else:
            variants.append({"source": s.aliases[0] if s.aliases else s.label, "target": t.label, "limit": 50})
    return variants


def time_api(url: str, variants: list[dict]) -> tuple[list[float], list[int]]:
    import httpx

    latencies, totals = [], []
    with httpx.Client(base_url=url, timeout=120) as client:
        for params in variants[:3]:  # warm-up: the actor index and the store's caches
            client.get("/accusations", params=params).raise_for_status()
        for params in variants:
            started = time.perf_counter()
            r = client.get("/accusations", params=params)
            latencies.append(time.perf_counter() - started)
            r.raise_for_status()
            totals.append(r.json()["total"])
    return latencies, totals


def api_sparql(url: str, params: dict) -> str:
    import httpx

    r = httpx.get(f"{url}/accusations", params={**params, "show_sparql": "true"}, timeout=120)
    r.raise_for_status()
    return r.json()["sparql"]


def time_rdflib(nquads: bytes, queries: list[str], runs: int) -> tuple[float, list[float], list[int]]:
    from rdflib import Dataset

    started = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(data=nquads, format="nquads")
    load = time.perf_counter() - started
    latencies, rows = [], []
    for query in queries[:runs]:
        started = time.perf_counter()
        result = list(ds.query(query))
        latencies.append(time.perf_counter() - started)
        rows.append(len(result))
    return load, latencies, rows


def real_articles() -> list[Article]:
    """The seeds and the dev set (English and French)."""
    from kg.ingest import read_articles
    from kg.language import is_supported
    from kg.settings import Settings

    paths = [str(ROOT / "seeds")]
    if (SHARED / "eval" / "dev" / "articles").is_dir():
        paths.append(str(SHARED / "eval" / "dev" / "articles"))
    articles, _ = read_articles(paths, Settings().max_article_bytes)
    return [a for a in articles if is_supported(a.language)]


def ingest_throughput(data_dir: Path, articles: list[Article]) -> tuple[int, float, int]:
    """Real articles through corpus_ops.ingest with real extraction (models loaded beforehand)."""
    from kg import corpus_ops, nlp
    from kg.settings import Settings
    from kg.store import ClaimStore

    for language in {a.language for a in articles}:
        nlp.load(language)
    started = time.perf_counter()
    with ClaimStore.open(Settings(data_dir=data_dir)) as store:
        report = corpus_ops.ingest(store, articles)
    return len(articles), time.perf_counter() - started, len(report.failed)


def api_ingest_throughput(data_dir: Path, articles: list[Article]) -> tuple[int, float, int]:
    """The same articles posted one by one to `POST /articles` of a real server (one warm-up post
    first, so the server has loaded both spaCy models; it is not counted)."""
    import httpx

    from conftest import LIVE_WRITE_TOKEN

    def body(a: Article) -> dict:
        return {k: v for k, v in {"id": a.id, "text": a.text, "title": a.title, "date": a.date, "url": a.url,
                                  "outlet": a.outlet}.items() if v is not None}

    data_dir.mkdir(parents=True)
    auth = {"Authorization": f"Bearer {LIVE_WRITE_TOKEN}"}
    warm = [next(a for a in articles if a.language == lang) for lang in sorted({a.language for a in articles})]
    timed = [a for a in articles if a not in warm]
    failed = 0
    with KgServer(data_dir, startup_timeout=600) as server, httpx.Client(base_url=server.url, timeout=600) as c:
        for a in warm:
            c.post("/articles", json=body(a), headers=auth).raise_for_status()
        started = time.perf_counter()
        for a in timed:
            failed += c.post("/articles", json=body(a), headers=auth).status_code >= 300
        seconds = time.perf_counter() - started
    return len(timed), seconds, failed


def peak_rss_mib(pid: int | None = None) -> float:
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def rate(n: int, failed: int, seconds: float) -> str:
    """Articles stored per second; a run where articles failed gives no rate (failing fast is not speed)."""
    if failed:
        return f"NO RATE: {failed} of {n} articles failed, so the time does not measure ingest"
    return f"{n / seconds:.2f} articles/s (0 failed)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1800, help="synthetic articles (~560 triples each)")
    parser.add_argument("--relations", type=int, default=8, help="statements per synthetic article")
    parser.add_argument("--states", type=int, default=120, help="states taking part")
    parser.add_argument("--requests", type=int, default=60, help="timed API requests")
    parser.add_argument("--rdflib-runs", type=int, default=9, help="timed rdflib queries (each can take seconds)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-ingest", action="store_true", help="skip the real-article ingest throughput")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        print(f"kg store benchmark (python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
        started = time.perf_counter()
        graphs = synthetic_graphs(args.articles, args.relations, args.states, args.seed)
        relations = sum(len(g.relations) for g in graphs)
        print(f"synthetic records: {len(graphs)} articles, {relations} statements, "
              f"{sum(len(g.events) for g in graphs)} events ({time.perf_counter() - started:.1f} s)")

        data = tmp / "data"
        load_seconds, stats = load_store(data, graphs)
        print(f"store: {stats['triples']:,} triples in {stats['graphs']} named graphs, loaded through "
              f"corpus_ops.ingest in {load_seconds:.1f} s ({stats['triples'] / load_seconds:,.0f} triples/s)")

        variants = query_variants(graphs, args.requests, args.seed)
        with KgServer(data, startup_timeout=600) as server:
            latencies, totals = time_api(server.url, variants)
            sparql = [api_sparql(server.url, v) for v in variants[:args.rdflib_runs]]
            server_peak = peak_rss_mib(server.proc.pid)
        median_api = statistics.median(latencies)
        p95 = sorted(latencies)[max(0, int(round(0.95 * len(latencies))) - 1)]
        print(f"API GET /accusations (who accused whom; source and/or target filters, 50 per page), "
              f"{len(latencies)} requests over HTTP: median {ms(median_api)}, p95 {ms(p95)}, "
              f"min {ms(min(latencies))}, max {ms(max(latencies))}; matches per query: median "
              f"{statistics.median(totals):.0f}, max {max(totals)}")

        nquads = dump_nquads(data)
        rdflib_load, rdflib_times, rdflib_rows = time_rdflib(nquads, sparql, args.rdflib_runs)
        del nquads
        median_rdflib = statistics.median(rdflib_times)
        print(f"baseline, plain in-memory rdflib Dataset (union default graph), same triples: loaded in "
              f"{rdflib_load:.1f} s; the API's page query (without its count query and HTTP), "
              f"{len(rdflib_times)} runs: median {ms(median_rdflib)} (rows {rdflib_rows})")
        api_page_same = statistics.median(latencies[:len(rdflib_times)])
        print(f"ratio: rdflib median / API median = {median_rdflib / median_api:.0f}x "
              f"(same {len(rdflib_times)} queries through the API: {ms(api_page_same)}, "
              f"{median_rdflib / api_page_same:.0f}x); target >= 20x and <= 100 ms")

        if not args.skip_ingest:
            articles = real_articles()
            n, seconds, failed = ingest_throughput(tmp / "ingest", articles)
            print(f"ingest of real articles (seeds + dev set) through corpus_ops.ingest, extraction with spaCy "
                  f"included, models loaded beforehand: {n} articles in {seconds:.1f} s = "
                  f"{rate(n, failed, seconds)}")
            n, seconds, failed = api_ingest_throughput(tmp / "api-ingest" / "data", articles)
            print(f"the same through POST /articles of a real server, one request per article: {n} articles in "
                  f"{seconds:.1f} s = {rate(n, failed, seconds)}")

        print(f"peak memory: server {server_peak:.0f} MiB; this process (records, rdflib baseline, spaCy) "
              f"{peak_rss_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
