"""How long the contested-claims page takes to show graphs of growing size (a benchmark, not a test).

For each size, a synthetic claim graph (states, ministries, accusations, denials answering them,
assertions) is written into a fresh store, served by the real `kg serve`, and opened in headless
Chromium; the time from navigation to the drawn graph (body[data-graph=ready]) is measured, median
of a few loads, beside the time of the /graph request alone (the rest is the browser: drawing and
the force-directed layout). The seeds, built the same way, are the baseline in the same run.

    .venv/bin/python bench/web_render.py [--sizes 100 400 1600] [--repeat 3]
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import KgServer  # noqa: E402  (the live-server helper the tests use)

from kg.model import Actor, ActorMention, Article, ArticleGraph, Relation, Span  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STATES = ["Ruritania", "Borduria", "Syldavia", "Freedonia", "Sylvania", "Grand Fenwick", "Latveria", "Genovia"]


def synthetic_graphs(statements: int, seed: int = 7) -> list[ArticleGraph]:
    """About ``statements`` relations in articles of 10: accusations, denials answering them, assertions."""
    rng = random.Random(seed)
    actors = []
    for i, name in enumerate(STATES):
        actors.append(Actor(f"s{i}", name, "state", f"Q{9000 + i}", aliases=(name,)))
        actors.append(Actor(f"s{i}-mfa", f"Ministry of Foreign Affairs of {name}", "organization", part_of=f"s{i}"))
        actors.append(Actor(f"s{i}-mod", f"Ministry of Defence of {name}", "organization", part_of=f"s{i}"))
    graphs, made, n = [], 0, 0
    while made < statements:
        rels, parts = [], []
        text = ""
        for _ in range(10):
            a, b = rng.sample(actors, 2)
            kind = rng.choice(["accuses", "accuses", "denies", "asserts"])
            sentence = f"{a.label} {'accused' if kind == 'accuses' else 'denied' if kind == 'denies' else 'said'} " \
                       f"{b.label} over incident {rng.randint(1, statements // 4 + 1)}."
            start = len(text)
            text += sentence + "\n\n"
            ev = Span(start, start + len(sentence), sentence)
            src = ActorMention(a.id, a.label, start, start + len(a.label))
            tstart = sentence.index(b.label) + start
            tgt = ActorMention(b.id, b.label, tstart, tstart + len(b.label))
            cue_word = sentence.split()[len(a.label.split())]
            cstart = sentence.index(cue_word) + start
            rid = f"b{n}-{len(rels)}"
            responds = (rels[-1].id,) if kind == "denies" and rels and rels[-1].relation == "accuses" else ()
            rels.append(Relation(id=rid, article=f"bench-{n}.txt", relation=kind, source=src,
                                 target=tgt if kind != "asserts" else None, content=Span(tstart, ev.end, text[tstart:ev.end]),
                                 cue=Span(cstart, cstart + len(cue_word), cue_word), evidence=ev,
                                 cameo="112" if kind == "accuses" else "016" if kind == "denies" else "010",
                                 responds_to=responds))
            parts.extend(x for x in (a, b) if x not in parts)
        parents = [x for x in actors if any(p.part_of == x.id for p in parts) and x not in parts]
        article = Article(id=f"bench-{n}.txt", text=text, language="en", date=f"2024-0{1 + n % 9}-1{n % 10}",
                          outlet="Bench Wire", title=f"Synthetic article {n}")
        graphs.append(ArticleGraph(article, tuple(parts + parents), tuple(rels)))
        made += len(rels)
        n += 1
    return graphs


def build_store(graphs: list[ArticleGraph], data_dir: Path) -> None:
    from kg import corpus_ops
    from kg.store import ClaimStore

    with ClaimStore(data_dir / "store") as store:
        corpus_ops.rebuild(store, graphs)


def time_graph_api(url: str) -> float:
    import httpx

    start = time.perf_counter()
    httpx.get(f"{url}/graph", timeout=300).raise_for_status()
    return time.perf_counter() - start


def time_page(browser, url: str, repeat: int) -> tuple[float, dict]:
    times, counts = [], {}
    for _ in range(repeat):
        context = browser.new_context(viewport={"width": 1500, "height": 950})
        page = context.new_page()
        page.set_default_timeout(300_000)
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_function("() => document.body.dataset.graph && document.body.dataset.graph !== 'loading'")
        times.append(time.perf_counter() - start)
        counts = page.evaluate("({status: document.body.dataset.graph, statements: window.kgExplorer.view.total.statements,"
                               " nodes: window.kgExplorer.cy ? window.kgExplorer.cy.nodes().length : 0,"
                               " edges: window.kgExplorer.cy ? window.kgExplorer.cy.edges().length : 0})")
        context.close()
    return statistics.median(times), counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1600])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="kg-web-bench-") as tmp, sync_playwright() as p:
        tmp = Path(tmp)
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        runs = []
        seeds = tmp / "seeds"
        subprocess.run([str(ROOT / ".venv" / "bin" / "kg"), "build", str(ROOT / "seeds"), "--out", str(seeds)],
                       check=True, capture_output=True)
        runs.append(("seeds", seeds))
        for size in args.sizes:
            data = tmp / f"synthetic-{size}"
            build_store(synthetic_graphs(size), data)
            runs.append((f"synthetic {size}", data))
        baseline = None
        print(f"{'graph':<16} {'statements':>10} {'nodes':>6} {'edges':>6} {'/graph s':>9} {'page s':>7} "
              f"{'x seeds':>8}")
        for name, data in runs:
            with KgServer(data) as server:
                time_page(browser, server.url, 1)  # warm the server's caches (corpus, view inputs)
                api = statistics.median(time_graph_api(server.url) for _ in range(args.repeat))
                median, counts = time_page(browser, server.url, args.repeat)
            baseline = baseline or median
            print(f"{name:<16} {counts['statements']:>10} {counts['nodes']:>6} {counts['edges']:>6} {api:>9.2f} "
                  f"{median:>7.2f} {median / baseline:>8.1f}  ({counts['status']})")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
