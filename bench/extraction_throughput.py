#!/usr/bin/env python3
"""Extraction throughput next to a bare spaCy parse of the same texts, in the same run.

    .venv/bin/python bench/extraction_throughput.py [--reps 3] [PATH ...]

Texts: the seeds and the shared development articles (../shared/eval/dev/articles) unless paths are
given. Each repetition parses every text (``kg.nlp.parse``, the baseline), then runs the whole
per-article extraction (``kg.pipeline.extract_article``: parse, actors, relations, events). The script
prints words per second for both, the time each stage adds after the parse, and the ratio
extraction / parse (the target is at most 1.3: extraction costs at most 30% more than parsing).
Each repetition times every stage once, one after the other; the ratio printed is the median of the
repetitions (with their spread). Times are CPU times of this process (``time.process_time``), so other
work on the machine does not count.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import nlp  # noqa: E402
from kg.extract import extract_relations  # noqa: E402
from kg.ingest import Refusal, iter_articles  # noqa: E402
from kg.pipeline import extract_article  # noqa: E402
from kg.resolve import ArticleActors  # noqa: E402

DEFAULT_PATHS = [ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev" / "articles"]


def best_of(reps: int, fn) -> float:
    best = float("inf")
    for _ in range(reps):
        t0 = time.process_time()  # CPU time of this process: other work on the machine does not count
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args(argv)
    paths = [str(p) for p in (args.paths or [p for p in DEFAULT_PATHS if p.exists()])]
    articles = [a for a in iter_articles(paths, 10_000_000) if not isinstance(a, Refusal) and a.language in nlp.MODELS]
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words, {args.reps} runs")

    for lang in sorted({a.language for a in articles}):  # load each model and the data files before timing
        extract_article(next(a for a in articles if a.language == lang))

    docs = {}

    def parse_all():
        for a in articles:
            docs[a.id] = nlp.parse(a)

    def resolve_all():
        for a in articles:
            ArticleActors(docs[a.id], a)

    def relations_all():
        for a in articles:
            extract_relations(docs[a.id], a, ArticleActors(docs[a.id], a))

    def extract_all():
        for a in articles:
            extract_article(a)

    # the stages run one after the other in each repetition, so every ratio compares like with like
    runs = []
    for _ in range(args.reps):
        runs.append({name: best_of(1, fn) for name, fn in
                     (("parse", parse_all), ("actors", resolve_all), ("relations", relations_all),
                      ("full", extract_all))})
    runs.sort(key=lambda r: r["full"] / r["parse"])
    mid = runs[len(runs) // 2]
    parse, full = mid["parse"], mid["full"]

    def rate(seconds: float) -> str:
        return f"{words / seconds:9.0f} words/s  ({seconds * 1000:7.1f} ms)"

    print(f"spaCy parse only            {rate(parse)}")
    print(f"full extraction             {rate(full)}")
    relations_only = max(0.0, mid["relations"] - mid["actors"])
    print(f"  actors (kg.resolve)        +{mid['actors'] * 1000:7.1f} ms  ({mid['actors'] / parse:5.1%} of the parse)")
    print(f"  relations (kg.extract)     +{relations_only * 1000:7.1f} ms  ({relations_only / parse:5.1%} of the parse)")
    ratios = [r["full"] / r["parse"] for r in runs]
    print(f"ratio extraction / parse    {full / parse:.2f} (median of {len(runs)} runs; "
          f"min {min(ratios):.2f}, max {max(ratios):.2f}); target <= 1.30: "
          f"{'met' if full / parse <= 1.30 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
