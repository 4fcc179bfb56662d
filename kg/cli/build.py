"""`kg build PATH... --out DIR`: extract articles and write their claim graph.

Writes, under DIR: ``store/`` (the pyoxigraph store, holding exactly these articles), ``graph.ttl``
(Turtle, named graphs flattened), ``graph.trig`` (TriG, one named graph per article plus the corpus
graph), ``graph.graphml`` and ``relations.jsonl``. Extraction runs first; the store changes in one
transaction, then each file is replaced atomically (temp file + rename). Refused inputs are reported
and make the exit status 1, but never cost what is already there: nothing is touched when no article
is accepted, and a stored article whose file is refused now keeps its stored version.
"""
from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

from kg.cli.common import add_settings_flags, read_articles, settings_from, warn

#: the files `kg build` writes under --out, and their export formats
BUILD_FILES = (("graph.ttl", "turtle"), ("graph.trig", "trig"), ("graph.graphml", "graphml"),
               ("relations.jsonl", "jsonl"))


def register(sub) -> None:
    p = sub.add_parser("build", help="extract articles and write their claim graph (Turtle, TriG, GraphML, "
                                     "JSONL, store)",
                       description="Extract the articles under PATH (files, folders, globs) and write their "
                                   "claim graph under --out: store/, graph.ttl, graph.trig, graph.graphml, "
                                   "relations.jsonl. The store then holds exactly these articles.")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt .md .html .json .jsonl files, folders or globs")
    p.add_argument("--out", required=True, metavar="DIR", help="data folder to write (setting data_dir)")
    p.add_argument("--progress", action="store_true", default=None,
                   help="show a progress bar (default: only when stderr is a terminal)")
    add_settings_flags(p, store=True)
    p.set_defaults(func=run)


def _refused_file(where: str) -> str:
    """The file part of a refusal's place (``file``, ``file:line`` or ``file[index]``)."""
    return re.sub(r"(:\d+|\[\d+\])$", "", where)


def run(args) -> int:
    from kg import corpus_ops
    from kg.export.stream import FORMATS, export_chunks
    from kg.store import ClaimStore, StoreError, write_atomic

    settings = settings_from(args)
    settings = replace(settings, data_dir=Path(args.out))
    articles, refusals = read_articles(args.paths, settings)
    if not articles:
        warn("no article to build from: nothing was written")
        return 1
    try:
        store = ClaimStore(settings.store_path, settings=settings, refresh=False)
    except StoreError as e:
        warn(str(e))
        return 1
    with store:
        graphs, failed = _extract(articles, args.progress)
        if not graphs:
            for a, reason in failed:
                warn(f"failed {a.source_path or a.id}: {reason}")
            warn("no article could be extracted: nothing was written")
            return 1
        refused_files = {_refused_file(r.where) for r in refusals}
        kept = [s.graph for s in (store.stored(a) for a in store.article_ids())
                if s is not None and s.graph.article.source_path in refused_files]
        kept += [store.stored(a.id).graph for a, _ in failed if store.stored(a.id) is not None]
        built = {g.article.id for g in graphs}
        corpus_ops.rebuild(store, graphs + [g for g in kept if g.article.id not in built])
        for name, fmt in BUILD_FILES:
            write_atomic(settings.data_dir / name, export_chunks(store, fmt))
        stats = store.stats()
    for a, reason in failed:
        warn(f"failed {a.source_path or a.id}: {reason}")
    relations = sum(len(g.relations) for g in graphs)
    print(f"built {len(graphs)} article(s): {relations} relations, {stats['triples']} triples -> "
          f"{settings.data_dir}/ ({', '.join(n for n, _ in BUILD_FILES)}, store/)", file=sys.stderr)
    return 1 if refusals or failed else 0


def _extract(articles, progress):
    from kg.corpus_ops import progress_bar
    from kg.pipeline import extract_article

    graphs, failed = [], []
    for article in progress_bar(articles, progress, "extracting"):
        try:
            graphs.append(extract_article(article))
        except Exception as e:  # one article's failure is reported, the others are built
            failed.append((article, f"extraction failed: {type(e).__name__}: {e}"))
    return graphs, failed
