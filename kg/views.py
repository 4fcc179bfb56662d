"""The contested-claims page's view of the graph: actor and claim nodes, statement edges, a timeline.

``graph_view(statements, actors, claims, filters)`` is pure: it takes the records the store already
serves (relation records in the JSONL shape of ``kg.export.jsonl`` with their article's metadata,
actor records, claim records) and returns the JSON the page draws (``GET /graph``):

    {"nodes": [{"id": "actor:<id>", "type": "actor", "label", "kind", "state", "state_label",
                "aliases", "weight", ...} | {"id": "claim:<id>", "type": "claim", "label",
                "contested", "supporters", "deniers", "weight", ...}],
     "edges": [{"id", "source", "target", "relation": "accuses|denies|asserts|against",
                "statements": [relation ids], "count"}],
     "statements": [relation records with "date", "language", "outlet", "title"],
     "timeline": [{"date", "accuses", "denies", "asserts"}], "undated": {...},
     "filters": {...}, "total": {"nodes", "edges", "statements"}, "truncated": bool}

How statements become edges (the picture must say who accuses whom and what is contested):
- a statement that belongs to a *claim node* (a claim cluster that is contested or made more than
  once; or, without clusters, a claim that denials answer through ``responds_to``) is an edge from
  its speaker to the claim; an accusation's accused actor hangs off the claim by an ``against`` edge,
  unless that actor is drawn denying the claim already;
- any other statement with a target is an edge from speaker to target;
- a lone statement with neither is a small claim node of its own, so every statement is drawn.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Iterable, Mapping

from kg.model import RELATION_TYPES, Corpus

_QID = re.compile(r"^Q[1-9]\d*$")
#: the edge drawn from a claim node to the actor an accusation in it targets
AGAINST = "against"
#: most statements one /graph answer carries (the page would be unreadable far below this anyway)
DEFAULT_STATEMENT_CAP = 2_000


@dataclass(frozen=True)
class GraphFilters:
    """What the page filters on; every field is optional and they combine with AND.

    ``actor`` is an actor id or any alias (either language, accents and case ignored); it keeps the
    statements that actor or any actor part of it makes or is targeted by, and the rest of the
    claims those statements belong to (the other side of a contested claim stays visible).
    ``since``/``until`` are ISO dates compared with the statement's date (its article's); undated
    statements are left out as soon as either is given.
    """

    actor: str | None = None
    relation: tuple[str, ...] = ()  # subset of RELATION_TYPES; empty means all
    since: str | None = None
    until: str | None = None
    language: str | None = None
    article: str | None = None
    contested_only: bool = False

    def __post_init__(self):
        bad = [r for r in self.relation if r not in RELATION_TYPES]
        if bad:
            raise ValueError(f"unknown relation type {bad[0]!r}: expected one of {', '.join(RELATION_TYPES)}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _is_iso_date(value):
                raise ValueError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)")

    def as_dict(self) -> dict:
        d = asdict(self)
        d["relation"] = list(self.relation)
        return d


@dataclass(frozen=True)
class ViewInputs:
    """The records ``graph_view`` reads, as the store (or a Corpus) gives them."""

    statements: tuple[dict, ...]
    actors: tuple[dict, ...]
    claims: tuple[dict, ...] = ()
    articles: tuple[dict, ...] = field(default=())


def graph_view(inputs: ViewInputs, filters: GraphFilters = GraphFilters(),
               statement_cap: int = DEFAULT_STATEMENT_CAP) -> dict:
    actors = {a["id"]: a for a in inputs.actors}
    claims = {c["id"]: c for c in inputs.claims}
    statements = list(inputs.statements)
    claim_of = claim_membership(statements, claims)
    # whether a claim is contested is a fact of the whole graph, not of the filtered view
    contested = {cid for cid, c in claim_groups(statements, claim_of, claims).items() if c["contested"]}

    base = [s for s in statements if _matches_non_date(s, filters, claim_of, contested)]
    base = _restrict_to_actor(base, statements, filters.actor, actors, claim_of)
    selected = [s for s in base if _in_date_range(s, filters)]
    truncated = len(selected) > statement_cap
    selected = selected[:statement_cap]

    groups = claim_groups(selected, claim_of, claims)
    for cid, g in groups.items():
        g["contested"] = cid in contested
    nodes, edges = _nodes_and_edges(selected, groups, claim_of, actors)
    timeline, undated = timeline_counts(base)
    return {
        "nodes": nodes,
        "edges": edges,
        "statements": selected,
        "timeline": timeline,
        "undated": undated,
        "filters": filters.as_dict(),
        "total": {"nodes": len(nodes), "edges": len(edges), "statements": len(selected)},
        "truncated": truncated,
    }


# --- claims -------------------------------------------------------------------------------------

def claim_membership(statements: list[dict], claims: Mapping[str, dict]) -> dict[str, str]:
    """Statement id -> the claim node it is drawn through, for statements that have one.

    A claim cluster gets a node when it is contested or holds more than one statement. Without
    clusters, a denial's ``responds_to`` makes an implied claim of the statement it answers (its
    id prefixed ``r:``), holding that statement and every denial of it.
    """
    by_claim: dict[str, list[str]] = defaultdict(list)
    for s in statements:
        if s.get("claim"):
            by_claim[s["claim"]].append(s["id"])
    membership = {}
    for cid, ids in by_claim.items():
        if len(ids) > 1 or claims.get(cid, {}).get("contested"):
            membership.update({sid: cid for sid in ids})
    ids_present = {s["id"] for s in statements}
    for s in statements:
        if s["id"] in membership or s.get("relation") != "denies":
            continue
        answered = [r for r in _responds_to(s) if r in ids_present]
        if not answered:
            continue
        target_claim = membership.get(answered[0], f"r:{answered[0]}")
        membership.setdefault(answered[0], target_claim)
        membership[s["id"]] = target_claim
    return membership


def claim_groups(statements: list[dict], claim_of: Mapping[str, str], claims: Mapping[str, dict]) -> dict[str, dict]:
    """Claim node id -> its label, sides and whether it is contested, over ``statements``.

    Supporters assert or charge the claim; deniers deny it. A claim is contested when it has both
    and they are not the same actors (the store's own flag is kept when it says so).
    """
    groups: dict[str, dict] = {}
    for s in statements:
        cid = claim_of.get(s["id"])
        if cid is None:
            continue
        g = groups.setdefault(cid, {"statements": [], "supporters": [], "deniers": [], "label": None})
        g["statements"].append(s["id"])
        side = "deniers" if s["relation"] == "denies" else "supporters"
        if s["source"]["id"] not in g[side]:
            g[side].append(s["source"]["id"])
        if g["label"] is None and s["relation"] != "denies":
            g["label"] = s.get("content") or s["evidence"]["text"]
    for cid, g in groups.items():
        stored = claims.get(cid, {})
        g["label"] = stored.get("label") or g["label"] or _first_content(statements, g["statements"])
        both_sides = bool(g["supporters"]) and bool(set(g["deniers"]) - set(g["supporters"]))
        g["contested"] = both_sides or bool(stored.get("contested") and g["supporters"] and g["deniers"])
    return groups


# --- filters ------------------------------------------------------------------------------------

def _matches_non_date(s: dict, f: GraphFilters, claim_of, contested) -> bool:
    if f.relation and s["relation"] not in f.relation:
        return False
    if f.language and s.get("language") != f.language:
        return False
    if f.article and s["article"] != f.article:
        return False
    if f.contested_only and claim_of.get(s["id"]) not in contested:
        return False
    return True


def _in_date_range(s: dict, f: GraphFilters) -> bool:
    if not (f.since or f.until):
        return True
    date = (s.get("date") or "")[:10]
    if not date:
        return False
    return (not f.since or date >= f.since) and (not f.until or date <= f.until)


def _restrict_to_actor(selected: list[dict], all_statements: list[dict], actor: str | None,
                       actors: Mapping[str, dict], claim_of) -> list[dict]:
    if not actor:
        return selected
    wanted = actor_subtree(resolve_actor(actor, actors), actors)
    touching = {s["id"] for s in selected if s["source"]["id"] in wanted
                or (s.get("target") and s["target"]["id"] in wanted)}
    claims_touched = {claim_of[sid] for sid in touching if sid in claim_of}
    return [s for s in selected if s["id"] in touching or claim_of.get(s["id"]) in claims_touched]


def resolve_actor(query: str, actors: Mapping[str, dict]) -> set[str]:
    """Actor ids named by ``query``: an id, a Wikidata QID, a label or alias (accents and case
    ignored), or a state's name, capital or demonym in English or French (the gazetteer), as
    `kg.queries.resolve_actor` does for the other named queries."""
    query = query.strip()
    if query in actors:
        return {query}
    qids = {query.upper()} if _QID.match(query.upper()) else set()
    state = gazetteer_state(query)
    if state:
        qids.add(state)
    key = fold(query)
    return {aid for aid, a in actors.items()
            if (a.get("wikidata") or "").upper() in qids
            or key in {fold(n) for n in (a.get("label") or "", *a.get("aliases", ()))}}


def gazetteer_state(name: str) -> str | None:
    """The QID of the state ``name`` names in the gazetteer (name, capital, demonym; en or fr)."""
    from kg.resolve.gazetteer import load_gazetteer

    hit = load_gazetteer().lookup(name)
    return hit[0].wikidata if hit else None


def actor_subtree(roots: set[str], actors: Mapping[str, dict]) -> set[str]:
    """The actors in ``roots`` and every actor part of one of them, at any depth."""
    children: dict[str, set[str]] = defaultdict(set)
    for aid, a in actors.items():
        if a.get("part_of"):
            children[a["part_of"]].add(aid)
    seen, todo = set(), list(roots)
    while todo:
        aid = todo.pop()
        if aid not in seen:
            seen.add(aid)
            todo.extend(children[aid])
    return seen


def top_of_chain(actor_id: str, actors: Mapping[str, dict]) -> str:
    """The actor at the top of ``actor_id``'s part_of chain (a state, usually); cycles are cut."""
    seen = {actor_id}
    current = actor_id
    while (parent := actors.get(current, {}).get("part_of")) and parent not in seen:
        seen.add(parent)
        current = parent
    return current


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: how names are compared."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


# --- nodes, edges, timeline ---------------------------------------------------------------------

def _nodes_and_edges(statements: list[dict], groups: dict[str, dict], claim_of, actors) -> tuple[list, list]:
    weight: Counter = Counter()
    edges: dict[tuple, dict] = {}
    claim_nodes: dict[str, dict] = {}

    def add_edge(src: str, dst: str, relation: str, sid: str) -> None:
        e = edges.setdefault((src, dst, relation), {
            "id": f"{relation}:{src}->{dst}", "source": src, "target": dst, "relation": relation,
            "statements": []})
        if sid not in e["statements"]:
            e["statements"].append(sid)

    for s in statements:
        src = s["source"]["id"]
        tgt = s["target"]["id"] if s.get("target") else None
        weight[src] += 1
        if tgt:
            weight[tgt] += 1
        cid = claim_of.get(s["id"])
        if cid is None and tgt is None:
            cid = f"s:{s['id']}"  # a lone statement: its own small claim node
            claim_nodes[cid] = {"label": s.get("content") or s["evidence"]["text"], "contested": False,
                                "supporters": [src], "deniers": [], "statements": [s["id"]], "lone": True}
        if cid is None:
            add_edge(f"actor:{src}", f"actor:{tgt}", s["relation"], s["id"])
            continue
        add_edge(f"actor:{src}", f"claim:{cid}", s["relation"], s["id"])
        if tgt and s["relation"] == "accuses":
            add_edge(f"claim:{cid}", f"actor:{tgt}", AGAINST, s["id"])

    nodes = [actor_node(aid, actors, weight[aid]) for aid in sorted(weight, key=lambda a: (-weight[a], a))]
    for cid, g in {**groups, **claim_nodes}.items():
        nodes.append({
            "id": f"claim:{cid}", "type": "claim", "claim": cid, "label": g["label"],
            "contested": g["contested"], "supporters": g["supporters"], "deniers": g["deniers"],
            "statements": g["statements"], "weight": len(g["statements"]), "lone": g.get("lone", False),
        })
    # "the claim is against X" says nothing more when X is drawn denying that very claim
    for (src, dst, relation) in list(edges):
        if relation == AGAINST and dst.removeprefix("actor:") in groups.get(src.removeprefix("claim:"), {}).get("deniers", ()):
            del edges[(src, dst, relation)]
    for e in edges.values():
        e["count"] = len(e["statements"])
    return nodes, list(edges.values())


def actor_node(actor_id: str, actors: Mapping[str, dict], weight: int) -> dict:
    a = actors.get(actor_id, {"id": actor_id, "label": actor_id, "kind": "group"})
    state = top_of_chain(actor_id, actors)
    return {
        "id": f"actor:{actor_id}", "type": "actor", "actor": actor_id, "label": a.get("label") or actor_id,
        "kind": a.get("kind"), "wikidata": a.get("wikidata"), "part_of": a.get("part_of"),
        "aliases": list(a.get("aliases", ())), "state": state,
        "state_label": actors.get(state, {}).get("label") or state, "weight": weight,
    }


def timeline_counts(statements: Iterable[dict]) -> tuple[list[dict], dict]:
    """Statements per date and relation type, oldest first, and the undated ones apart."""
    per_day: dict[str, Counter] = defaultdict(Counter)
    undated: Counter = Counter()
    for s in statements:
        date = (s.get("date") or "")[:10]
        (per_day[date] if date else undated)[s["relation"]] += 1
    days = [{"date": d, **{r: per_day[d][r] for r in RELATION_TYPES}} for d in sorted(per_day)]
    return days, {r: undated[r] for r in RELATION_TYPES}


# --- inputs -------------------------------------------------------------------------------------

def inputs_from_corpus(corpus: Corpus) -> ViewInputs:
    """The view's inputs from an in-memory `Corpus` (for `kg export --format svg`, tests, fixtures)."""
    from kg.export.jsonl import relation_record

    statements = []
    for g in corpus.articles:
        meta = article_meta(g.article)
        for r in g.relations:
            statements.append({**relation_record(r, corpus.actor), **meta})
    actors = tuple({"id": a.id, "label": a.label, "kind": a.kind, "wikidata": a.wikidata,
                    "part_of": a.part_of, "aliases": list(a.aliases)} for a in corpus.actors)
    claims = tuple({"id": c.id, "label": c.label, "contested": c.contested, "supporters": list(c.supporters),
                    "deniers": list(c.deniers), "relations": list(c.relations)} for c in corpus.claims)
    articles = tuple({"id": g.article.id, **article_meta(g.article)} for g in corpus.articles)
    return ViewInputs(statements=tuple(statements), actors=actors, claims=claims, articles=articles)


def article_meta(article) -> dict:
    return {"date": article.date, "language": article.language, "outlet": article.outlet,
            "title": article.title}


def _responds_to(s: dict) -> list[str]:
    answered = list(s.get("responds_to_all") or ())
    if s.get("responds_to") and s["responds_to"] not in answered:
        answered.insert(0, s["responds_to"])
    return answered


def _first_content(statements: list[dict], ids: list[str]) -> str:
    first = next(s for s in statements if s["id"] == ids[0])
    return first.get("content") or first["evidence"]["text"]


def _is_iso_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return len(value) >= 10

