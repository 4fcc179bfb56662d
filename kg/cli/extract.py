"""`kg extract PATH... [--format jsonl|table]`: relations on stdout, one JSON object a line."""
from __future__ import annotations

import sys

from kg.cli.common import add_settings_flags, load_articles, settings_from
from kg.export.jsonl import dumps_lines, relation_record
from kg.pipeline import build_corpus, extract_article


def register(sub) -> None:
    p = sub.add_parser("extract", help="extract attributed claims, accusations and denials from articles",
                       description="Print the relations extracted from articles (files, folders, globs).")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt .md .html .json .jsonl files, folders or globs")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    add_settings_flags(p)
    p.set_defaults(func=run)


def run(args) -> int:
    settings = settings_from(args)
    articles, refused = load_articles(args.paths, settings)
    corpus = build_corpus(extract_article(a) for a in articles)
    out = sys.stdout
    records = (relation_record(r, corpus.actor) for r in corpus.relations)
    if args.format == "jsonl":
        out.writelines(dumps_lines(records))
    else:
        for rec in records:
            tgt = rec["target"]["label"] if rec["target"] else "-"
            out.write(f"{rec['article'][:24]:24}  {rec['source']['label'][:28]:28} {rec['relation']:8} "
                      f"{tgt[:28]:28}  {rec['evidence']['text'][:90]}\n")
    return 1 if refused else 0
