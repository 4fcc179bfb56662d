"""`kg query NAME ...`: the named queries (kg.queries) from the shell, as a readable table by
default, or ``--format json|csv``; ``--sparql`` also prints the SPARQL they ran.

    kg query accusations --source Azerbaijan --since 2023-09-01
    kg query accusations --target Arménie --relation accuses,denies --format csv
    kg query contested
    kg query actor Q227
    kg query claim c-0210618e1bbe
    kg query timeline --source Bakou
    kg query actors armen
"""
from __future__ import annotations

import json
import sys

from kg.cli.common import add_settings_flags, settings_from, warn

STATEMENT_COLUMNS = ("date", "source", "relation", "target", "article", "evidence")
CSV_COLUMNS = ("id", "date", "article", "language", "relation", "source", "source_id", "target", "target_id",
               "cue", "content", "evidence", "start", "end", "claim", "responds_to")


def register(sub) -> None:
    p = sub.add_parser("query", help="named queries: accusations, contested, actor, claim, timeline, actors",
                       description="Ask the store the named questions: who accused whom of what, what is "
                                   "contested, an actor's profile, a claim's statements, the timeline, actors "
                                   "by name. Actor filters take any name in English or French, an id or a QID.")
    qs = p.add_subparsers(dest="query_name", metavar="QUERY", required=True)

    def common(q, *, page=True):
        q.add_argument("--format", choices=("table", "json", "csv"), default="table")
        q.add_argument("--sparql", action="store_true", help="also print the SPARQL the query ran")
        if page:
            q.add_argument("--limit", type=int, default=None, help="page size (setting page_size)")
            q.add_argument("--offset", type=int, default=0)
        add_settings_flags(q, data=True, store=True)

    def filters(q):
        q.add_argument("--source", help="who speaks: actor name (any language), id or QID; its parts included")
        q.add_argument("--target", help="who is targeted: actor name, id or QID; its parts included")
        q.add_argument("--since", metavar="YYYY-MM-DD", help="articles dated from this day")
        q.add_argument("--until", metavar="YYYY-MM-DD", help="articles dated up to this day")
        q.add_argument("--language", metavar="LANG", help="article language: en, fr")
        q.add_argument("--article", metavar="ID", help="one article (its id: the file name)")

    q = qs.add_parser("accusations", help="who accused whom of what")
    filters(q)
    q.add_argument("--relation", default="accuses",
                   help="relation types, comma-separated: accuses (default), denies, asserts")
    common(q)
    q.set_defaults(func=run)

    q = qs.add_parser("contested", help="contested claims, each side's actors and evidence")
    q.add_argument("--actor", help="only claims this actor takes part in")
    q.add_argument("--all", action="store_true", help="every claim cluster, contested or not")
    common(q)
    q.set_defaults(func=run)

    q = qs.add_parser("actor", help="an actor's profile: asserted, accused, denied, accused of, part-of tree")
    q.add_argument("actor", metavar="ACTOR", help="name (any language), id or QID")
    q.add_argument("--limit", type=int, default=None, help="most statements per list")
    q.add_argument("--format", choices=("table", "json", "csv"), default="table")
    q.add_argument("--sparql", action="store_true")
    add_settings_flags(q, data=True, store=True)
    q.set_defaults(func=run)

    q = qs.add_parser("claim", help="every statement of a claim, with evidence")
    q.add_argument("claim_id", metavar="CLAIM_ID")
    q.add_argument("--format", choices=("table", "json", "csv"), default="table")
    q.add_argument("--sparql", action="store_true")
    add_settings_flags(q, data=True, store=True)
    q.set_defaults(func=run)

    q = qs.add_parser("timeline", help="accusations and denials over time")
    filters(q)
    q.add_argument("--relation", default="accuses,denies", help="relation types, comma-separated")
    common(q, page=False)
    q.set_defaults(func=run)

    q = qs.add_parser("actors", help="find actors by any name or alias")
    q.add_argument("q", nargs="?", default="", metavar="TEXT")
    common(q)
    q.set_defaults(func=run)


def run(args) -> int:
    from kg import queries
    from kg.cli.store import open_store
    from kg.store import StoreError

    settings = settings_from(args)
    store = open_store(settings, read_only=True)
    if store is None:
        return 1
    name = args.query_name
    try:
        with store:
            if name == "accusations":
                result = queries.accusations(store, **_filters(args), relations=args.relation, limit=args.limit,
                                             offset=args.offset, show_sparql=True)
            elif name == "timeline":
                result = queries.timeline(store, **_filters(args), relations=args.relation, show_sparql=True)
            elif name == "contested":
                result = queries.contested(store, actor=args.actor, contested_only=not args.all,
                                           limit=args.limit, offset=args.offset, show_sparql=True)
            elif name == "actor":
                result = queries.actor_profile(store, args.actor, limit=args.limit, show_sparql=True)
                if result is None:
                    warn(f"no actor named {args.actor!r} (try `kg query actors {args.actor}`)")
                    return 1
            elif name == "claim":
                result = queries.claim_detail(store, args.claim_id, show_sparql=True)
                if result is None:
                    warn(f"no claim {args.claim_id!r} (see `kg query contested --all`)")
                    return 1
            else:
                result = queries.search_actors(store, args.q, limit=args.limit, offset=args.offset)
    except ValueError as e:
        warn(str(e))
        return 2
    except StoreError as e:
        warn(str(e))
        return 1
    sparql = result.pop("sparql", None)
    if args.format == "json":
        if args.sparql and sparql is not None:
            result["sparql"] = sparql
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(RENDER[name](result, args.format))
        if args.sparql and sparql is not None:
            text = sparql if isinstance(sparql, str) else "\n".join(f"# {k}\n{v}" for k, v in sparql.items())
            sys.stdout.write("\n# SPARQL\n" + text)
    return 0


def _filters(args) -> dict:
    return {k: getattr(args, k) for k in ("source", "target", "since", "until", "language", "article")}


# ----------------------------------------------------------------------------------------------------
# rendering


def _actor_label(actor: dict | None) -> str:
    if not actor:
        return "-"
    return actor.get("label") or actor.get("surface") or actor.get("id")


def _statement_row(s: dict) -> list:
    return [s["date"] or "-", _actor_label(s["source"]), s["relation"], _actor_label(s["target"]), s["article"],
            s["evidence"]["text"]]


def _statement_csv_row(s: dict) -> list:
    return [s["id"], s["date"], s["article"], s["language"], s["relation"], _actor_label(s["source"]),
            s["source"]["id"] if s["source"] else None, _actor_label(s["target"]) if s["target"] else None,
            s["target"]["id"] if s["target"] else None, s["cue"], s["content"], s["evidence"]["text"],
            s["evidence"]["start"], s["evidence"]["end"], s["claim"], " ".join(s["responds_to"])]


def _statements(items: list[dict], fmt: str) -> str:
    from kg.cli.tables import table, to_csv

    if fmt == "csv":
        return to_csv(CSV_COLUMNS, [_statement_csv_row(s) for s in items])
    return table(STATEMENT_COLUMNS, [_statement_row(s) for s in items], widths=(10, 28, 8, 28, 30, 100))


def _footer(result: dict) -> str:
    shown = len(result["items"])
    more = f"; next page: --offset {result['offset'] + shown}" if result.get("truncated") else ""
    return f"({shown} of {result['total']}{more})\n"


def render_accusations(result: dict, fmt: str) -> str:
    out = _statements(result["items"], fmt)
    if fmt == "table":
        out += _unresolved(result) + _footer(result)
    return out


def _unresolved(result: dict) -> str:
    notes = []
    for key in ("source", "target", "actor"):
        f = result.get("filters", {}).get(key)
        if f and not f["actors"]:
            notes.append(f"no actor named {f['query']!r}")
    return "".join(f"({n})\n" for n in notes)


def render_timeline(result: dict, fmt: str) -> str:
    from kg.cli.tables import table, to_csv

    rows = [[i["date"], i["accuses"], i["denies"], i["asserts"], i["total"]] for i in result["items"]]
    u = result["undated"]
    if u["total"]:
        rows.append(["undated", u["accuses"], u["denies"], u["asserts"], u["total"]])
    headers = ("date", "accuses", "denies", "asserts", "total")
    return to_csv(headers, rows) if fmt == "csv" else table(headers, rows) + _unresolved(result)


def render_contested(result: dict, fmt: str) -> str:
    from kg.cli.tables import shorten, to_csv

    if fmt == "csv":
        rows = []
        for c in result["items"]:
            for side, items in (("claim", c["claim_side"]), ("denial", c["denial_side"])):
                rows += [[c["id"], c["label"], side] + _statement_csv_row(s) for s in items]
        return to_csv(("claim_id", "claim", "side") + CSV_COLUMNS, rows)
    out = []
    for c in result["items"]:
        out.append(f"{'CONTESTED' if c['contested'] else 'claim'} {c['id']}: {shorten(c['label'], 120)}\n")
        out.append(f"  for:     {', '.join(_actor_label(a) for a in c['supporters']) or '-'}\n")
        out.append(f"  against: {', '.join(_actor_label(a) for a in c['deniers']) or '-'}\n")
        for s in c["claim_side"] + c["denial_side"]:
            out.append(f"    {s['relation']:8} {shorten(_actor_label(s['source']), 24):24} "
                       f"[{s['article']} {s['evidence']['start']}:{s['evidence']['end']}] "
                       f"{shorten(s['evidence']['text'], 100)}\n")
        out.append("\n")
    if not result["items"]:
        out.append("no contested claim\n")
    return "".join(out) + _footer(result)


def render_actor(result: dict, fmt: str) -> str:
    from kg.cli.tables import to_csv

    sections = ("asserted", "accused", "denied", "accused_of", "denied_by_others")
    if fmt == "csv":
        rows = [[name] + _statement_csv_row(s) for name in sections for s in result[name]["items"]]
        return to_csv(("list",) + CSV_COLUMNS, rows)
    a = result["actor"]
    out = [f"{a['label']} ({a['kind']}, id {a['id']}{', ' + a['wikidata'] if a['wikidata'] else ''})\n"]
    if a["aliases"]:
        out.append(f"  also: {', '.join(a['aliases'])}\n")
    if result["part_of"]:
        out.append(f"  part of: {' > '.join(p['label'] for p in result['part_of'])}\n")
    if result["parts"]:
        out.append("  parts:\n" + "".join(_tree(result["parts"], 2)))
    if result["also_matches"]:
        out.append(f"  (the name also matches: {', '.join(m['label'] + ' [' + m['id'] + ']' for m in result['also_matches'])})\n")
    for name in sections:
        section = result[name]
        out.append(f"\n{name.replace('_', ' ')} ({section['total']})\n")
        if section["items"]:
            out.append(_statements(section["items"], "table"))
    return "".join(out)


def _tree(parts: list[dict], depth: int) -> list[str]:
    lines = []
    for p in parts:
        lines.append(f"{'  ' * depth}- {p['label']} ({p['kind']})\n")
        lines += _tree(p.get("parts", []), depth + 1)
    return lines


def render_claim(result: dict, fmt: str) -> str:
    if fmt == "csv":
        return _statements(result["statements"], "csv")
    c = result["claim"]
    head = (f"{'CONTESTED' if c['contested'] else 'claim'} {c['id']}: {c['label']}\n"
            f"  for: {', '.join(_actor_label(a) for a in c['supporters']) or '-'}\n"
            f"  against: {', '.join(_actor_label(a) for a in c['deniers']) or '-'}\n\n")
    return head + _statements(result["statements"], "table")


def render_actors(result: dict, fmt: str) -> str:
    from kg.cli.tables import table, to_csv

    headers = ("id", "label", "kind", "wikidata", "part_of", "statements", "aliases")
    rows = [[a["id"], a["label"], a["kind"], a["wikidata"], a["part_of"], a["statements"], ", ".join(a["aliases"])]
            for a in result["items"]]
    if fmt == "csv":
        return to_csv(headers, rows)
    return table(headers, rows, widths=(30, 30, 12, 10, 24, 10, 60)) + _footer(result)


RENDER = {"accusations": render_accusations, "timeline": render_timeline, "contested": render_contested,
          "actor": render_actor, "claim": render_claim, "actors": render_actors}
