"""What running user SPARQL queries in worker processes costs (a benchmark, not a test: it prints
figures and ratios, asserts nothing).

On a synthetic on-disk store (``--triples``, default 200,000, in 100 named graphs), in this process:

1. a simple query (a selective lookup, and ASK) in-process (`ClaimStore.sparql`, the named queries'
   path) vs through the worker pool (`ClaimStore.sparql(isolated=True)`, rows pickled back) vs the
   pool writing SPARQL JSON (`ClaimStore.sparql_serialized`, what /sparql does): median and 95th
   percentile, and the ratio pool / in-process;
2. a result at the row cap (10,000 rows, JSON): in-process + serializing here vs the worker
   serializing it;
3. a worker's start (first query on a fresh pool) and a snapshot (`Store.backup`, after every commit);
4. a blocking query with a 1 s limit: when the 503 would be answered, and whether the worker is gone.

    .venv/bin/python bench/query_pool.py [--triples 200000] [--runs 300]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.settings import Settings  # noqa: E402
from kg.store import ClaimStore, QueryTimeout  # noqa: E402

LOOKUP = "SELECT ?s ?o WHERE { ?s <http://x/p3> ?o . FILTER(?s = <http://x/s12345>) }"
LOOKUP_BOUND = "SELECT ?o WHERE { <http://x/s12345> ?p ?o }"
ASK = "ASK { <http://x/s777> ?p ?o }"
ROWS = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
BLOCKING = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


def build(path: Path, triples: int) -> ClaimStore:
    store = ClaimStore(path, settings=Settings(query_timeout=60.0, row_cap=10_000, max_running_queries=2))
    quads = (ox.Quad(ox.NamedNode(f"http://x/s{i}"), ox.NamedNode(f"http://x/p{i % 7}"),
                     ox.Literal(f"value {i}", language="en"), ox.NamedNode(f"http://x/g{i % 100}"))
             for i in range(triples))
    store.db.bulk_extend(quads)
    store.db.flush()
    store.snapshot()
    return store


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def line(label: str, seconds: list[float], baseline: list[float] | None = None) -> str:
    med = statistics.median(seconds)
    p95 = sorted(seconds)[int(0.95 * (len(seconds) - 1))]
    text = f"  {label:<46} median {med * 1000:8.3f} ms   p95 {p95 * 1000:8.3f} ms"
    if baseline is not None:
        text += f"   x{med / statistics.median(baseline):.2f} of in-process"
    return text


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args(argv)
    print(f"kg query pool benchmark (python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"pyoxigraph {ox.__version__})")
    with tempfile.TemporaryDirectory(prefix="kg-pool-bench-") as tmp:
        started = time.perf_counter()
        store = build(Path(tmp) / "store", args.triples)
        print(f"store: {len(store.db):,} triples, built in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        store.sparql(ASK, isolated=True)
        print(f"first isolated query (starts a worker, which opens the snapshot): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")
        snapshots = timed(store.snapshot, 10)
        print(line("snapshot (Store.backup, after every commit)", snapshots))

        print(f"simple queries, {args.runs} runs each:")
        for name, query in (("selective lookup", LOOKUP_BOUND), ("lookup with FILTER", LOOKUP), ("ASK", ASK)):
            for q in range(20):  # warm both paths
                store.sparql(query)
                store.sparql(query, isolated=True)
            base = timed(lambda: store.sparql(query), args.runs)
            pooled = timed(lambda: store.sparql(query, isolated=True), args.runs)
            serialized_here = timed(lambda: store.sparql(query).serialize("json"), args.runs)
            serialized = timed(lambda: store.sparql_serialized(query, "json"), args.runs)
            print(f" {name}:")
            print(line("in-process", base))
            print(line("worker pool (rows back)", pooled, base))
            print(line("in-process + JSON here", serialized_here))
            print(line("worker pool, JSON by the worker (/sparql)", serialized, base)
                  + f"   x{statistics.median(serialized) / statistics.median(serialized_here):.2f} of in-process+JSON")

        runs = max(5, args.runs // 30)
        print(f"a result at the row cap (10,000 rows), JSON, {runs} runs:")
        base = timed(lambda: store.sparql(ROWS).serialize("json"), runs)
        pooled = timed(lambda: store.sparql_serialized(ROWS, "json"), runs)
        print(line("in-process + JSON here", base))
        print(line("worker pool, JSON by the worker", pooled, base))

        workers = store.query_workers()
        started = time.perf_counter()
        try:
            store.sparql(BLOCKING, timeout=1.0, isolated=True)
            print("blocking query: finished within 1 s (use more --triples)")
        except QueryTimeout:
            answered = time.perf_counter() - started
            gone = [p for p in workers if not os.path.exists(f"/proc/{p}")]
            print(f"blocking query, limit 1 s: QueryTimeout after {answered:.3f} s; "
                  f"{len(gone)} of {len(workers)} idle-before workers gone (the one that ran it is killed)")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
