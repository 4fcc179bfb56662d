"""`kg contested PATH... [--format text|json] [--all] [--limit N]`: the contested claims of articles.

Lists the claim clusters one side asserts or charges and another side denies, ranked by how many actors
take part, with each side's actors and every statement's evidence (article, offsets, exact text).
"""
from __future__ import annotations

import json
import sys
import textwrap

from kg.claims import contested_records
from kg.cli.common import add_settings_flags, load_articles, settings_from, warn
from kg.pipeline import build_corpus, extract_article


def register(sub) -> None:
    p = sub.add_parser("contested", help="list contested claims (asserted or charged by one side, denied by another)",
                       description="Extract articles (files, folders, globs), group statements into claims across "
                                   "articles and languages, and list the contested ones with both sides' evidence.")
    p.add_argument("paths", nargs="*", metavar="PATH", help=".txt .md .html .json .jsonl files, folders or globs")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--all", action="store_true", help="list every claim cluster with a denial or several statements, "
                                                      "contested or not")
    p.add_argument("--limit", type=int, default=None, help="list at most this many claims")
    add_settings_flags(p, data=True)
    p.set_defaults(func=run)


def run(args) -> int:
    settings = settings_from(args)
    if not args.paths:
        corpus = _corpus_from_store(settings)
        if corpus is None:
            warn("give articles to read (kg contested seeds), or build a store first (kg build seeds) "
                 "and use --data DIR")
            return 2
        refused = 0
    else:
        articles, refused = load_articles(args.paths, settings)
        corpus = build_corpus(extract_article(a) for a in articles)
    records = contested_records(corpus, include_uncontested=args.all)
    if args.all:
        records = [r for r in records if r["contested"] or r["deniers"] or len(r["statements"]) > 1]
    if args.limit is not None:
        records = records[: max(0, args.limit)]
    out = sys.stdout
    if args.format == "json":
        json.dump({"items": records, "total": len(records)}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_text(records))
    return 1 if refused else 0


def _corpus_from_store(settings):
    """The corpus of the store under ``--data`` (kg.store), or None when there is no store there."""
    if not settings.store_path.exists():
        return None
    from kg.store import ClaimStore

    with ClaimStore.open(settings, read_only=True) as store:
        return store.corpus()


def format_text(records: list[dict]) -> str:
    """The human-readable listing: one block per claim, supporters then deniers, evidence quoted."""
    if not records:
        return "No contested claims.\n"
    lines = []
    for n, rec in enumerate(records, 1):
        flag = "contested" if rec["contested"] else "not contested"
        lines.append(f"{n}. {rec['label']}")
        meta = [f"claim {rec['id']}", flag, f"{rec['actors']} actors", f"{len(rec['articles'])} article(s)"]
        if rec["kinds"]:
            meta.append("about: " + ", ".join(k.replace("_", " ") for k in rec["kinds"]))
        lines.append("   " + " · ".join(meta))
        for side, title in (("supports", "asserted or charged by"), ("denies", "denied by")):
            statements = [s for s in rec["statements"] if s["side"] == side]
            names = ", ".join(a["label"] for a in (rec["supporters"] if side == "supports" else rec["deniers"]))
            lines.append(f"   {title}: {names or '-'}")
            for s in statements:
                target = f" -> {s['target']['label']}" if s["target"] else ""
                where = f"{s['article']} [{s['evidence']['start']}:{s['evidence']['end']}]"
                lines.append(f"     - {s['source']['label']} {s['relation']}{target}  ({where})")
                quote = " ".join(s["evidence"]["text"].split())
                lines.extend(textwrap.wrap(f"“{quote}”", width=100, initial_indent="       ",
                                           subsequent_indent="        "))
        lines.append("")
    return "\n".join(lines)
