"""`kg export --format FORMAT [--article ID] [--actor NAME] [--since D] [--until D] [--out FILE]`:
the store's graph, whole or filtered, streamed to stdout or written atomically to FILE.

Formats: turtle, trig, ntriples, nquads, jsonld, graphml, jsonl; svg and png draw the contested
claims with graphviz (kg.export.picture)."""
from __future__ import annotations

import sys
from pathlib import Path

from kg.cli.common import add_settings_flags, settings_from, warn


def register(sub) -> None:
    from kg.export.stream import FORMATS

    p = sub.add_parser("export", help="export the graph: Turtle, TriG, N-Triples, JSON-LD, GraphML, SVG/PNG picture",
                       description="Export the store's claim graph, whole or filtered by article, actor (any name, "
                                   "its parts included) or article date, streamed.")
    p.add_argument("--format", choices=tuple(FORMATS), default="turtle")
    p.add_argument("--article", metavar="ID", help="only this article")
    p.add_argument("--actor", metavar="NAME", help="only statements by or about this actor (id, QID or any name)")
    p.add_argument("--since", metavar="YYYY-MM-DD")
    p.add_argument("--until", metavar="YYYY-MM-DD")
    p.add_argument("--out", "-o", type=Path, default=None, metavar="FILE", help="write here (default: stdout)")
    add_settings_flags(p, data=True, store=True)
    p.set_defaults(func=run)


def run(args) -> int:
    from kg.cli.store import open_store
    from kg.export.stream import export_chunks
    from kg.store import StoreError, write_atomic

    settings = settings_from(args)
    store = open_store(settings, read_only=True)
    if store is None:
        return 1
    with store:
        try:
            chunks = export_chunks(store, args.format, article=args.article, actor=args.actor, since=args.since,
                                   until=args.until)
            if args.out is not None:
                write_atomic(args.out, chunks)
            else:
                for chunk in chunks:
                    sys.stdout.buffer.write(chunk)
                sys.stdout.buffer.flush()
        except BrokenPipeError:
            raise
        except (ValueError, LookupError) as e:
            warn(str(e).strip("'\""))
            return 2
        except (StoreError, RuntimeError, OSError) as e:
            warn(f"export failed: {e}")
            return 1
    return 0
