"""`kg ingest`, `kg remove`, `kg sparql`: the store from the shell.

    kg ingest PATH... [--data DIR | --store DIR] [--force] [--progress]
    kg remove ARTICLE_ID... [--data DIR | --store DIR]
    kg sparql 'QUERY' [--format table|json|csv|tsv|xml|turtle|ntriples|jsonld] [--timeout S] [--row-cap N]

The store's folder is setting ``store_path`` (``--store``, or ``<--data>/store``; env KG_STORE_DIR,
KG_DATA_DIR). A store served by ``kg serve`` is locked for writing: ingest and remove say so. sparql
runs the query in a worker process over the store's newest snapshot (`kg.store.sparql_in_folder`),
killed at the time limit, so it works beside a running server and a runaway query really stops.
"""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from kg.cli.common import add_settings_flags, load_articles, settings_from, warn

QUERY_FORMATS = ("table", "json", "csv", "tsv", "xml", "turtle", "ntriples", "jsonld")


def register(sub) -> None:
    p = sub.add_parser("ingest", help="add articles to the store (unchanged ones are skipped, edited ones replaced)",
                       description="Add articles to the store incrementally: new articles are added, edited ones "
                                   "replace their old version atomically, unchanged ones are left alone. "
                                   "Cross-article structures (actors, claim clusters) are recomputed.")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt .md .html .json .jsonl files, folders or globs")
    p.add_argument("--force", action="store_true", help="re-extract unchanged articles too (after upgrading kg)")
    p.add_argument("--progress", action="store_true", default=None,
                   help="show a progress bar (default: only when stderr is a terminal)")
    p.add_argument("--batch-size", type=int, default=None, metavar="N",
                   help="articles committed together (default 64); an interrupted ingest keeps finished batches")
    add_settings_flags(p, data=True, store=True)
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("remove", help="take articles out of the store",
                       description="Remove articles (by id: the file name, or the JSON object's id) from the store, "
                                   "in one transaction, and recompute the cross-article structures.")
    p.add_argument("article_ids", nargs="+", metavar="ARTICLE_ID")
    add_settings_flags(p, data=True, store=True)
    p.set_defaults(func=run_remove)

    p = sub.add_parser("sparql", help="run a read-only SPARQL query on the store",
                       description="Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query on the store (all graphs "
                                   "are the default graph; kg's prefixes kg:, kgid:, oa:, prov:, dcterms:, owl:, "
                                   "rdfs:, skos:, xsd:, wd: are predeclared). QUERY may be @FILE or - (stdin).")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--format", choices=QUERY_FORMATS, default="table",
                   help="table (default), json/csv/tsv/xml for SELECT and ASK, turtle/ntriples/jsonld for CONSTRUCT")
    p.add_argument("--timeout", type=float, default=None, help="time limit in seconds (setting query_timeout)")
    p.add_argument("--row-cap", type=int, default=None, help="most rows returned (setting row_cap)")
    add_settings_flags(p, data=True, store=True)
    p.set_defaults(func=run_sparql)


def open_store(settings, *, read_only: bool):
    """The store, or None after saying why it cannot be opened."""
    from kg.store import ClaimStore, StoreError

    if read_only and not (Path(settings.store_path) / "oxigraph").is_dir():
        warn(f"no store at {settings.store_path}: build one with `kg build PATH --out {settings.data_dir}` "
             f"or `kg ingest PATH --store {settings.store_path}`")
        return None
    try:
        return ClaimStore(settings.store_path, settings=settings, read_only=read_only)
    except StoreError as e:
        warn(str(e))
        return None


def run_ingest(args) -> int:
    from kg import corpus_ops

    settings = settings_from(args)
    articles, refused = load_articles(args.paths, settings)
    store = open_store(settings, read_only=False)
    if store is None:
        return 1
    with store:
        report = corpus_ops.ingest(store, articles, force=args.force, progress=args.progress,
                                   batch_size=args.batch_size or corpus_ops.DEFAULT_BATCH_SIZE)
        stats = store.stats()
    for article_id, reason in report.failed:
        warn(f"failed {article_id}: {reason}")
    refusals = f"{refused} refused, " if refused else ""
    print(f"{refusals}{report.summary()}; the store holds {stats['articles']} articles, {stats['triples']} triples "
          f"({settings.store_path})", file=sys.stderr)
    return 1 if refused or report.failed else 0


def run_remove(args) -> int:
    from kg import corpus_ops

    settings = settings_from(args)
    store = open_store(settings, read_only=False)
    if store is None:
        return 1
    with store:
        removed, missing = corpus_ops.remove(store, args.article_ids)
        stats = store.stats()
    for article_id in missing:
        warn(f"no article {article_id!r} in the store {settings.store_path}")
    print(f"{len(removed)} removed; the store holds {stats['articles']} articles, {stats['triples']} triples",
          file=sys.stderr)
    return 1 if missing else 0


def read_query(text: str) -> str:
    if text == "-":
        return sys.stdin.read()
    if text.startswith("@"):
        return Path(text[1:]).read_text(encoding="utf-8")
    return text


def run_sparql(args) -> int:
    from kg.cli.tables import table
    from kg.graph.vocab import PREFIXES
    from kg.store import QueryRefused, StoreError, sparql_in_folder

    settings = settings_from(args)
    settings = replace(settings, **{k: v for k, v in (("query_timeout", args.timeout), ("row_cap", args.row_cap))
                                    if v is not None})
    try:
        query = read_query(args.query)
    except OSError as e:
        warn(f"cannot read the query from {args.query[1:]}: {e.strerror}")
        return 1
    fmt = None if args.format == "table" else args.format
    try:
        result = sparql_in_folder(settings.store_path, query, fmt=fmt, settings=settings)
    except QueryRefused as e:
        warn(f"query refused: {e}")
        return 2
    except ValueError as e:  # a format that does not suit the query form
        warn(str(e))
        return 2
    except StoreError as e:
        warn(str(e))
        return 1
    if fmt is not None:
        sys.stdout.buffer.write(result.body)
        if fmt != "json" and result.truncated:
            warn(f"the result was cut at the row cap ({result.row_cap} rows)")
        return 0
    if result.kind == "ask":
        print("true" if result.boolean else "false")
    elif result.kind == "select":
        rows = [[_short_term(t, PREFIXES) for t in row] for row in result.rows]
        sys.stdout.write(table(result.variables, rows, widths=[60] * len(result.variables)))
        print(f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', cut at the row cap' if result.truncated else ''})",
              file=sys.stderr)
    else:
        sys.stdout.buffer.write(result.serialize("turtle"))
    return 0


def _short_term(term, prefixes: dict[str, str]) -> str:
    if term is None:
        return ""
    value = term.value
    if type(term).__name__ == "NamedNode":
        for p, iri in prefixes.items():
            if value.startswith(iri) and p != "kgid":
                return f"{p}:{value[len(iri):]}"
        if value.startswith(prefixes["kgid"]):
            return f"kgid:{value[len(prefixes['kgid']):]}"
    return value
