"""The named queries: SPARQL over a `ClaimStore`, answered as JSON-able dicts.

Every function takes the store first and answers a page::

    {"items": [...], "total": n, "limit": n, "offset": n, "truncated": bool,
     "filters": {...resolved filters...}, "sparql": "<the query it ran>" (when show_sparql=True)}

``truncated`` is True when the items do not cover every match (more pages, or the row cap cut the
page: ``limit`` is clipped to setting ``row_cap``). Queries run through `ClaimStore.sparql`, so the
time limit applies (`kg.store.QueryTimeout`) and bad filter values raise ``ValueError`` with a message.

Actor filters (``source``, ``target``, ``actor``) accept an actor id, a Wikidata QID ("Q227"), or any
name in any language: a label or alias seen in the articles, or a state's name, capital or demonym
in English or French from the gazetteer ("Azerbaïdjan", "Bakou", "Azerbaijani"), accents and case
ignored. An actor stands for itself and everything part of it (``kg:partOf*``): "Azerbaijan" covers
its defence ministry and its president.

Statement items (accusations, profiles, claims, contested sides) all have one shape, close to the
JSONL relation record::

    {"id", "relation", "source": {"id", "label", "wikidata", "surface"}, "target": {...} | null,
     "cue", "content", "evidence": {"text", "start", "end"}, "article", "title", "date", "language",
     "outlet", "claim", "responds_to": [ids]}

Functions (A's REST routes and the `kg query` CLI call these):

    accusations(store, source=, target=, since=, until=, language=, article=, relations=("accuses",),
                limit=, offset=, show_sparql=)
    contested(store, actor=, limit=, offset=, show_sparql=)
    actor_profile(store, actor, limit=, show_sparql=)         -> {"actor", "part_of", "parts", "asserted", ...}
    claim_detail(store, claim_id, show_sparql=)               -> {"claim", "statements", ...}
    timeline(store, <accusations filters>, relations=("accuses", "denies"), show_sparql=)
    search_actors(store, q, limit=, offset=)
"""
from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence, TypeVar

import pyoxigraph as ox

from kg.graph import rdf
from kg.graph.vocab import sparql_prefixes
from kg.model import RELATION_TYPES
from kg.store import ClaimStore

_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_QID = re.compile(r"^[Qq]\d+$")
_CLASS_OF = {"accuses": "kg:Accusation", "denies": "kg:Denial", "asserts": "kg:Assertion"}


# ----------------------------------------------------------------------------------------------------
# values in SPARQL


def _literal(value: str) -> str:
    return str(ox.Literal(value))  # N-Triples escaping is valid SPARQL


def _iri(value: str) -> str:
    return str(ox.NamedNode(value))


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(_iri(i) for i in iris)} }}"


def _check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not _ISO_DATE.match(value):
        raise ValueError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)")
    return value


def _check_relations(relations: Sequence[str] | str | None, default: Sequence[str]) -> tuple[str, ...]:
    if relations is None or relations == () or relations == []:
        return tuple(default)
    if isinstance(relations, str):
        relations = [r for r in relations.split(",") if r]
    bad = [r for r in relations if r not in RELATION_TYPES]
    if bad:
        raise ValueError(f"unknown relation {bad[0]!r}: expected one of {', '.join(RELATION_TYPES)}")
    return tuple(dict.fromkeys(relations))


def _page_bounds(store: ClaimStore, limit: int | None, offset: int | None) -> tuple[int, int]:
    limit = store.settings.page_size if limit is None else int(limit)
    offset = 0 if offset is None else int(offset)
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must be zero or more")
    return min(limit, store.settings.row_cap), offset


def _select(store: ClaimStore, query: str) -> list[dict]:
    result = store.sparql(query)
    return [{v: t for v, t in zip(result.variables, row)} for row in result.rows]


def _value(row: dict, name: str):
    term = row.get(name)
    return None if term is None else term.value


def _qid(term) -> str | None:
    if term is None:
        return None
    return term.value.rsplit("/", 1)[-1]


def _page(items: list, total: int, limit: int, offset: int, filters: dict, sparql: str | None,
          show_sparql: bool, **extra) -> dict:
    out = {"items": items, "total": total, "limit": limit, "offset": offset,
           "truncated": offset + len(items) < total, "filters": filters, **extra}
    if show_sparql and sparql is not None:
        out["sparql"] = sparql
    return out


# ----------------------------------------------------------------------------------------------------
# actors by any name


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", t).strip()


@dataclass(frozen=True)
class ActorEntry:
    iri: str
    id: str
    label: str
    kind: str
    wikidata: str | None
    part_of: str | None
    names: tuple[str, ...]  # label and every alias, as stored


def actor_index(store: ClaimStore) -> dict[str, ActorEntry]:
    """Every actor in the store by IRI (cached until the store changes)."""
    return store.cached("queries.actor_index", lambda: _build_actor_index(store))


_ACTORS_QUERY = sparql_prefixes() + """SELECT ?actor ?id ?label ?class ?qid ?parent ?name WHERE {
  ?actor a kg:Actor ; rdfs:label ?label .
  OPTIONAL { ?actor dcterms:identifier ?id }
  OPTIONAL { ?actor a ?class . FILTER(?class IN (kg:State, kg:Organization, kg:Person, kg:Group)) }
  OPTIONAL { ?actor owl:sameAs ?qid }
  OPTIONAL { ?actor kg:partOf ?parent }
  OPTIONAL { ?actor skos:altLabel ?name }
}"""
_KIND_OF_CLASS = {"State": "state", "Organization": "organization", "Person": "person", "Group": "group"}


def _build_actor_index(store: ClaimStore) -> dict[str, ActorEntry]:
    rows: dict[str, dict] = {}
    result = store.sparql(_ACTORS_QUERY, row_cap=10**9)
    for row in (dict(zip(result.variables, r)) for r in result.rows):
        iri = row["actor"].value
        entry = rows.setdefault(iri, {"id": _value(row, "id") or rdf.local_id(iri, "actor"),
                                      "label": row["label"].value, "kind": None, "wikidata": None,
                                      "part_of": None, "names": [row["label"].value]})
        if row.get("class") is not None:
            entry["kind"] = _KIND_OF_CLASS.get(row["class"].value.rsplit("#", 1)[-1])
        if row.get("qid") is not None:
            entry["wikidata"] = _qid(row["qid"])
        if row.get("parent") is not None:
            entry["part_of"] = rdf.local_id(row["parent"].value, "actor")
        if row.get("name") is not None and row["name"].value not in entry["names"]:
            entry["names"].append(row["name"].value)
    return {iri: ActorEntry(iri=iri, id=e["id"], label=e["label"], kind=e["kind"] or "organization",
                            wikidata=e["wikidata"], part_of=e["part_of"], names=tuple(e["names"]))
            for iri, e in sorted(rows.items())}


def resolve_actor(store: ClaimStore, text: str) -> list[ActorEntry]:
    """The actors ``text`` names: an actor id or IRI, a QID, or any stored name or alias, or a
    state's name/capital/demonym in English or French (gazetteer). Exact matches only (after folding)."""
    text = (text or "").strip()
    if not text:
        return []
    index = actor_index(store)
    if text in index:
        return [index[text]]
    keys = _actor_keys(store)
    if text in keys.by_id:
        return [index[iri] for iri in keys.by_id[text]]
    qid = text.upper() if _QID.match(text) else _gazetteer_state(text)
    iris = set(keys.by_name.get(fold(text), ())) | set(keys.by_qid.get(qid, ()) if qid else ())
    return [e for iri, e in index.items() if iri in iris]  # in the index's (IRI) order


@dataclass(frozen=True)
class _ActorKeys:
    by_id: dict[str, tuple[str, ...]]
    by_qid: dict[str, tuple[str, ...]]
    by_name: dict[str, tuple[str, ...]]  # folded name or alias -> IRIs


def _actor_keys(store: ClaimStore) -> _ActorKeys:
    """The actor index by id, QID and folded name (cached with it: folding every alias on each
    lookup cost a few milliseconds per filter on a large store)."""
    def build() -> _ActorKeys:
        by_id: dict[str, list[str]] = {}
        by_qid: dict[str, list[str]] = {}
        by_name: dict[str, list[str]] = {}
        for iri, e in actor_index(store).items():
            by_id.setdefault(e.id, []).append(iri)
            if e.wikidata:
                by_qid.setdefault(e.wikidata, []).append(iri)
            for key in dict.fromkeys(fold(n) for n in e.names):
                by_name.setdefault(key, []).append(iri)
        freeze = lambda d: {k: tuple(v) for k, v in d.items()}  # noqa: E731
        return _ActorKeys(freeze(by_id), freeze(by_qid), freeze(by_name))

    return store.cached("queries.actor_keys", build)


def _gazetteer_state(text: str) -> str | None:
    """The QID of the state ``text`` names in the gazetteer (name, capital, demonym; en or fr)."""
    try:
        from kg.resolve.gazetteer import load_gazetteer

        hit = load_gazetteer().lookup(text)
    except (ImportError, AttributeError, OSError):  # the gazetteer is E2's; names still resolve without it
        return None
    if not hit:
        return None
    state = hit[0] if isinstance(hit, tuple) else hit
    return getattr(state, "wikidata", None)


def _actor_filter(store: ClaimStore, name: str, value: str | None, var: str) -> tuple[str, dict | None, bool]:
    """SPARQL restricting ``?var`` to the actors ``value`` names and their parts; (pattern, how the
    filter resolved, whether it can match anything)."""
    if value is None or str(value).strip() == "":
        return "", None, True
    actors = resolve_actor(store, str(value))
    resolved = {"query": value, "actors": [{"id": a.id, "label": a.label, "wikidata": a.wikidata} for a in actors]}
    if not actors:
        return "", resolved, False
    pattern = f"  {_values(var + '0', [a.iri for a in actors])}\n  ?{var} kg:partOf* ?{var}0 .\n"
    return pattern, resolved, True


def search_actors(store: ClaimStore, q: str = "", *, limit: int | None = None, offset: int | None = 0) -> dict:
    """Actors whose id, label or alias contains ``q`` (folded), or that ``q`` names exactly (QID,
    gazetteer). Exact matches come first, then by label. Each item has ``statements``: how many
    statements the actor makes."""
    limit, offset = _page_bounds(store, limit, offset)
    index = actor_index(store)
    key = fold(q or "")
    exact = {e.iri for e in resolve_actor(store, q)} if key else set()
    hits = [e for e in index.values()
            if e.iri in exact or not key or key in fold(e.id) or any(key in fold(n) for n in e.names)]
    hits.sort(key=lambda e: (e.iri not in exact, fold(e.label), e.id))
    counts = _statement_counts(store)
    items = [actor_item(e, index) | {"statements": counts.get(e.iri, 0)} for e in hits[offset:offset + limit]]
    return _page(items, len(hits), limit, offset, {"q": q}, None, False)


def _statement_counts(store: ClaimStore) -> dict[str, int]:
    def compute():
        rows = _select(store, sparql_prefixes() +
                       "SELECT ?actor (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement ; prov:wasAttributedTo ?actor } "
                       "GROUP BY ?actor")
        return {r["actor"].value: int(r["n"].value) for r in rows}
    return store.cached("queries.statement_counts", compute)


def actor_item(entry: ActorEntry, index: dict[str, ActorEntry] | None = None) -> dict:
    return {"id": entry.id, "label": entry.label, "kind": entry.kind, "wikidata": entry.wikidata,
            "part_of": entry.part_of, "aliases": [n for n in entry.names if n != entry.label]}


# ----------------------------------------------------------------------------------------------------
# statements


# How the statement queries are written matters: pyoxigraph joins mostly in the order written and
# evaluates a group after an OPTIONAL on its own, so the selective patterns (VALUES, actor paths)
# come first, every required pattern before any OPTIONAL, and details are fetched for one page only.

_REQUIRED = """  ?statement kg:inArticle ?article ; kg:evidence ?ev .
  ?ev oa:hasSelector ?pos . ?pos oa:start ?start .
"""

_DETAILS = """SELECT ?statement ?class ?source ?sourceLabel ?sourceQid ?sourceSurface ?target ?targetLabel ?targetQid
       ?targetSurface ?cue ?content ?text ?start ?end ?articleId ?title ?date ?language ?outlet ?claim WHERE {
  VALUES ?statement { STATEMENTS }
  ?statement a ?class ; prov:wasAttributedTo ?source ; kg:inArticle ?article ; kg:evidence ?ev ;
             kg:cue ?cue ; kg:content ?content .
  FILTER(?class != kg:Statement)
  ?ev oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end .
  ?ev oa:hasSelector ?quote . ?quote oa:exact ?text .
  ?article dcterms:identifier ?articleId ; dcterms:language ?language .
  OPTIONAL { ?article dcterms:date ?date }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article kg:outlet ?outlet }
  OPTIONAL { ?source rdfs:label ?sourceLabel }
  OPTIONAL { ?source owl:sameAs ?sourceQid }
  OPTIONAL { ?statement kg:sourceSurface ?sourceSurface }
  OPTIONAL { ?statement kg:target ?target .
             OPTIONAL { ?target rdfs:label ?targetLabel }
             OPTIONAL { ?target owl:sameAs ?targetQid }
             OPTIONAL { ?statement kg:targetSurface ?targetSurface } }
  OPTIONAL { ?statement kg:claim ?claim }
}"""

_RELATION_OF_CLASS = {"Accusation": "accuses", "Denial": "denies", "Assertion": "asserts"}


@dataclass(frozen=True)
class Selection:
    """Which statements: ``head`` patterns written first (VALUES, actor paths, claim links) and
    ``after`` patterns and FILTERs on the article, written after the statement's own patterns;
    ``uses_article`` when either mentions ``?article``; ``date_required`` when a date range is asked."""

    head: str = ""
    after: str = ""
    uses_article: bool = False
    date_required: bool = False


def _kind(relations: Sequence[str]) -> str:
    if len(relations) == 1:
        return f"  ?statement a {_CLASS_OF[relations[0]]} .\n"
    return f"  VALUES ?class {{ {' '.join(_CLASS_OF[r] for r in relations)} }}\n  ?statement a ?class .\n"


def _statement_queries(selection: Selection, relations: Sequence[str], limit: int, offset: int) -> tuple[str, str]:
    """(page query, count query): the page gives the statements in order (oldest article first,
    then by position in the article), the count how many match (joining only what it needs)."""
    optional_date = "" if selection.date_required else "  OPTIONAL { ?article dcterms:date ?date }\n"
    page = (sparql_prefixes() + "SELECT ?statement ?article ?date ?start WHERE {\n" + selection.head
            + _kind(relations) + _REQUIRED + selection.after + optional_date
            + f"}}\nORDER BY ?date ?article ?start ?statement\nLIMIT {limit}\nOFFSET {offset}\n")
    in_article = "  ?statement kg:inArticle ?article .\n" if selection.uses_article else ""
    count = (sparql_prefixes() + "SELECT (COUNT(DISTINCT ?statement) AS ?n) WHERE {\n" + selection.head
             + _kind(relations) + in_article + selection.after + "}\n")
    return page, count


def details_query(statement_iris: Sequence[str]) -> str:
    """Everything a statement item shows, for the statements of one page."""
    return sparql_prefixes() + _DETAILS.replace("STATEMENTS", " ".join(_iri(i) for i in statement_iris))


def _statement_item(row: dict) -> dict:
    def actor(prefix: str) -> dict | None:
        node = row.get(prefix)
        if node is None:
            return None
        return {"id": rdf.local_id(node.value, "actor"), "label": _value(row, prefix + "Label"),
                "wikidata": _qid(row.get(prefix + "Qid")), "surface": _value(row, prefix + "Surface")}

    claim = row.get("claim")
    return {
        "id": rdf.local_id(row["statement"].value, "statement"),
        "relation": _RELATION_OF_CLASS.get(row["class"].value.rsplit("#", 1)[-1]),
        "source": actor("source"),
        "target": actor("target"),
        "cue": _value(row, "cue"),
        "content": _value(row, "content"),
        "evidence": {"text": _value(row, "text"), "start": int(row["start"].value), "end": int(row["end"].value)},
        "article": _value(row, "articleId"),
        "title": _value(row, "title"),
        "date": _value(row, "date"),
        "language": _value(row, "language"),
        "outlet": _value(row, "outlet"),
        "claim": rdf.local_id(claim.value, "claim") if claim is not None else None,
        "responds_to": [],
    }


def _responses(store: ClaimStore, statement_iris: Sequence[str]) -> dict[str, list[str]]:
    """The claims each statement answers (``responds_to`` is multi-valued, so not in the details rows)."""
    query = (sparql_prefixes() + "SELECT ?statement ?answered WHERE {\n  "
             + _values("statement", list(dict.fromkeys(statement_iris)))
             + "\n  ?statement kg:respondsTo ?answered .\n} ORDER BY ?statement ?answered")
    answered: dict[str, list[str]] = {}
    for row in _select(store, query):
        answered.setdefault(rdf.local_id(row["statement"].value, "statement"), []).append(
            rdf.local_id(row["answered"].value, "statement"))
    return answered


T = TypeVar("T")


def _in_background(fn: Callable[[], T]) -> Callable[[], T]:
    """Starts ``fn`` on its own thread and gives a function that waits for its result (or raises its
    error). pyoxigraph evaluates without holding the GIL, so a page's independent queries (the count
    beside the page, the answered claims beside the details) overlap: ~3 ms of ~18 on a large store."""
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as e:  # handed to the caller
            box["error"] = e

    thread = threading.Thread(target=run, name="kg-query-part", daemon=True)
    thread.start()

    def result() -> T:
        thread.join()
        if "error" in box:
            raise box["error"]
        return box["value"]

    return result


def statement_items(store: ClaimStore, statement_iris: Sequence[str]) -> list[dict]:
    """Statement items (module docstring) for these statements, in this order."""
    if not statement_iris:
        return []
    responses = _in_background(lambda: _responses(store, statement_iris))
    found: dict[str, dict] = {}
    for row in _select(store, details_query(statement_iris)):
        iri = row["statement"].value
        if iri not in found:  # a second label or QID would repeat a statement: keep its first row
            found[iri] = _statement_item(row)
    items = [found[i] for i in dict.fromkeys(statement_iris) if i in found]
    answered = responses()
    for item in items:
        item["responds_to"] = answered.get(item["id"], [])
    return items


def _run_statements(store: ClaimStore, page_query: str, count_query: str) -> tuple[list[dict], int]:
    total = _in_background(lambda: int(_select(store, count_query)[0]["n"].value))
    page = [row["statement"].value for row in _select(store, page_query)]
    items = statement_items(store, page)
    return items, total()


def _statement_filters(store: ClaimStore, *, source=None, target=None, actor=None, since=None, until=None,
                       language=None, article=None) -> tuple[Selection, dict, bool]:
    """The selection for the common filters; (selection, resolved filters, can match anything)."""
    since, until = _check_date("since", since), _check_date("until", until)
    head, after = "", ""
    filters: dict = {}
    possible = True
    uses_article = False
    if article:
        head += f"  {_values('article', [str(rdf.article_iri(article))])}\n"
        filters["article"] = article
        uses_article = True
    for name, value in (("source", source), ("target", target)):
        pattern, resolved, ok = _actor_filter(store, name, value, name)
        if resolved is not None:
            filters[name] = resolved
        possible &= ok
        if pattern:
            link = "prov:wasAttributedTo" if name == "source" else "kg:target"
            head += pattern + f"  ?statement {link} ?{name} .\n"
    if actor:
        resolved = resolve_actor(store, actor)
        filters["actor"] = {"query": actor, "actors": [{"id": a.id, "label": a.label, "wikidata": a.wikidata}
                                                       for a in resolved]}
        possible &= bool(resolved)
        if resolved:
            head += ("  " + _values("actor0", [a.iri for a in resolved]) + "\n  ?who kg:partOf* ?actor0 .\n"
                     "  { ?statement prov:wasAttributedTo ?who } UNION { ?statement kg:target ?who }\n")
    if since or until:
        conditions = []
        if since:
            conditions.append(f"SUBSTR(STR(?date), 1, 10) >= {_literal(since)}")
        if until:
            conditions.append(f"SUBSTR(STR(?date), 1, 10) <= {_literal(until)}")
        after += f"  ?article dcterms:date ?date .\n  FILTER({' && '.join(conditions)})\n"
        filters.update({"since": since, "until": until})
        uses_article = True
    if language:
        after += f"  ?article dcterms:language {_literal(language)} .\n"
        filters["language"] = language
        uses_article = True
    selection = Selection(head=head, after=after, uses_article=uses_article, date_required=bool(since or until))
    return selection, filters, possible


# ----------------------------------------------------------------------------------------------------
# the named queries


def _sparql_shown(page_query: str, count_query: str, items: list[dict]) -> dict:
    return {"sparql": page_query, "sparql_total": count_query,
            "sparql_details": details_query([str(rdf.statement_iri(i["id"])) for i in items]) if items else None}


def accusations(store: ClaimStore, *, source: str | None = None, target: str | None = None,
                since: str | None = None, until: str | None = None, language: str | None = None,
                article: str | None = None, relations: Sequence[str] | str | None = ("accuses",),
                limit: int | None = None, offset: int | None = 0, show_sparql: bool = False) -> dict:
    """Who accused whom of what. Filters combine with AND: ``source``/``target`` (actor by any
    name, QID or id, parts included), ``since``/``until`` (ISO dates, the article's date, both
    inclusive; undated statements are left out when either is given), ``language`` ("en", "fr"),
    ``article`` (article id), ``relations`` (default accusations only; e.g. ("accuses", "denies")).
    Items are statements (see module docstring), oldest first.

    With ``show_sparql``: ``sparql`` (the page: statement ids in order), ``sparql_total`` (the
    count) and ``sparql_details`` (everything shown about the page's statements)."""
    relations = _check_relations(relations, ("accuses",))
    limit, offset = _page_bounds(store, limit, offset)
    selection, filters, possible = _statement_filters(store, source=source, target=target, since=since,
                                                      until=until, language=language, article=article)
    filters["relations"] = list(relations)
    page_query, count_query = _statement_queries(selection, relations, limit, offset)
    items, total = _run_statements(store, page_query, count_query) if possible else ([], 0)
    out = _page(items, total, limit, offset, filters, None, False)
    if show_sparql:
        out.update(_sparql_shown(page_query, count_query, items))
    return out


def timeline(store: ClaimStore, *, source: str | None = None, target: str | None = None,
             since: str | None = None, until: str | None = None, language: str | None = None,
             article: str | None = None, relations: Sequence[str] | str | None = ("accuses", "denies"),
             show_sparql: bool = False) -> dict:
    """Statements over time: one item per article date, ``{"date", "accuses", "denies", "asserts",
    "total"}``, oldest first, and ``undated`` counts (statements of articles without a date)."""
    relations = _check_relations(relations, ("accuses", "denies"))
    selection, filters, possible = _statement_filters(store, source=source, target=target, since=since,
                                                      until=until, language=language, article=article)
    filters["relations"] = list(relations)
    classes = f"  VALUES ?class {{ {' '.join(_CLASS_OF[r] for r in relations)} }}\n  ?statement a ?class .\n"
    optional_date = "" if selection.date_required else "  OPTIONAL { ?article dcterms:date ?date }\n"
    query = (sparql_prefixes() + "SELECT ?day ?class (COUNT(DISTINCT ?statement) AS ?n) WHERE {\n"
             + selection.head + classes + "  ?statement kg:inArticle ?article .\n" + selection.after + optional_date
             + "  BIND(IF(BOUND(?date), SUBSTR(STR(?date), 1, 10), \"\") AS ?day)\n"
             "}\nGROUP BY ?day ?class\nORDER BY ?day ?class\n")
    by_day: dict[str, dict] = {}
    if possible:
        for row in _select(store, query):
            day = row["day"].value
            relation = _RELATION_OF_CLASS[row["class"].value.rsplit("#", 1)[-1]]
            entry = by_day.setdefault(day, {"date": day or None, **{r: 0 for r in RELATION_TYPES}, "total": 0})
            entry[relation] += int(row["n"].value)
            entry["total"] += int(row["n"].value)
    undated = by_day.pop("", {"date": None, **{r: 0 for r in RELATION_TYPES}, "total": 0})
    items = list(by_day.values())
    out = {"items": items, "total": len(items), "limit": len(items), "offset": 0, "truncated": False,
           "undated": {k: v for k, v in undated.items() if k != "date"}, "filters": filters}
    if show_sparql:
        out["sparql"] = query
    return out


def contested(store: ClaimStore, *, actor: str | None = None, contested_only: bool = True,
              limit: int | None = None, offset: int | None = 0, show_sparql: bool = False) -> dict:
    """Contested claims (claim clusters one side asserts or charges and another denies), most
    actors first. Each item: ``{"id", "label", "contested", "supporters": [actors], "deniers":
    [actors], "claim_side": [statements], "denial_side": [statements]}`` — each side's evidence.
    ``actor`` keeps the claims that actor (or a part of it) takes part in, on either side.
    ``contested_only=False`` lists every claim cluster."""
    limit, offset = _page_bounds(store, limit, offset)
    filters: dict = {"contested_only": contested_only}
    actor_pattern = ""
    if actor:
        resolved = resolve_actor(store, actor)
        filters["actor"] = {"query": actor, "actors": [{"id": a.id, "label": a.label, "wikidata": a.wikidata}
                                                       for a in resolved]}
        if not resolved:
            return _page([], 0, limit, offset, filters, None, show_sparql)
        actor_pattern = ("  " + _values("actor0", [a.iri for a in resolved]) + "\n"
                         "  ?who kg:partOf* ?actor0 .\n  ?member prov:wasAttributedTo ?who ; kg:claim ?claim .\n")
    flag = "  ?claim kg:contested true .\n" if contested_only else ""
    core = f"{actor_pattern}  ?claim a kg:Claim .\n{flag}"
    query = (sparql_prefixes() + "SELECT ?claim (COUNT(DISTINCT ?speaker) AS ?actors) WHERE {\n" + core
             + "  OPTIONAL { ?s kg:claim ?claim ; prov:wasAttributedTo ?speaker }\n"
             f"}}\nGROUP BY ?claim\nORDER BY DESC(?actors) ?claim\nLIMIT {limit}\nOFFSET {offset}\n")
    count_query = sparql_prefixes() + f"SELECT (COUNT(DISTINCT ?claim) AS ?n) WHERE {{\n{core}}}\n"
    rows = _select(store, query)
    total = int(_select(store, count_query)[0]["n"].value)
    items = [_claim_item(store, row["claim"].value) for row in rows]
    out = _page(items, total, limit, offset, filters, query, show_sparql)
    if show_sparql:
        out["sparql_total"] = count_query
    return out


def _claim_statements_query(claim_iri: str, limit: int) -> tuple[str, str]:
    return _statement_queries(Selection(head=f"  ?statement kg:claim {_iri(claim_iri)} .\n"), RELATION_TYPES,
                              limit, 0)


def _claim_item(store: ClaimStore, claim_iri: str) -> dict:
    rows = _select(store, sparql_prefixes() + "SELECT ?label ?contested ?role ?actor WHERE {\n"
                   f"  BIND({_iri(claim_iri)} AS ?claim)\n  OPTIONAL {{ ?claim rdfs:label ?label }}\n"
                   "  OPTIONAL { ?claim kg:contested ?contested }\n"
                   "  OPTIONAL { { ?claim kg:supporter ?actor BIND(\"supporter\" AS ?role) } UNION "
                   "{ ?claim kg:denier ?actor BIND(\"denier\" AS ?role) } }\n}")
    index = actor_index(store)
    supporters, deniers = [], []
    for row in rows:
        if row.get("actor") is None:
            continue
        entry = index.get(row["actor"].value)
        item = actor_item(entry) if entry else {"id": rdf.local_id(row["actor"].value, "actor")}
        (supporters if row["role"].value == "supporter" else deniers).append(item)
    statements, _ = _run_statements(store, *_claim_statements_query(claim_iri, store.settings.row_cap))
    first = rows[0] if rows else {}
    return {"id": rdf.local_id(claim_iri, "claim"), "label": _value(first, "label"),
            "contested": _value(first, "contested") == "true",
            "supporters": supporters, "deniers": deniers,
            "claim_side": [s for s in statements if s["relation"] != "denies"],
            "denial_side": [s for s in statements if s["relation"] == "denies"]}


def claim_detail(store: ClaimStore, claim_id: str, *, show_sparql: bool = False) -> dict | None:
    """Every statement of one claim cluster, with evidence spans and article links, oldest first;
    None when the store has no such claim."""
    iri = str(rdf.claim_iri(claim_id))
    if not store.sparql(sparql_prefixes() + f"ASK {{ {_iri(iri)} a kg:Claim }}").boolean:
        return None
    item = _claim_item(store, iri)
    statements = item["claim_side"] + item["denial_side"]
    statements.sort(key=lambda s: (s["date"] or "", s["article"], s["evidence"]["start"]))
    out = {"claim": {k: item[k] for k in ("id", "label", "contested", "supporters", "deniers")},
           "statements": statements, "total": len(statements),
           "articles": sorted({s["article"] for s in statements})}
    if show_sparql:
        page_query, count_query = _claim_statements_query(iri, store.settings.row_cap)
        out.update(_sparql_shown(page_query, count_query, statements))
    return out


def actor_profile(store: ClaimStore, actor: str, *, include_parts: bool = True, limit: int | None = None,
                  show_sparql: bool = False) -> dict | None:
    """One actor: what it asserted, accused and denied, what it was accused of (and which of its
    claims others denied), and its part-of tree (``part_of`` up to the top, ``parts`` below, nested).
    ``actor`` is an id, QID or any name; when it names several actors the first (exact id, then
    label order) is profiled and the others are listed in ``also_matches``. With ``include_parts``
    the lists include what the actor's parts (ministries, officials) said. Each list is
    ``{"items", "total", "truncated"}`` with at most ``limit`` items. None when nothing matches."""
    found = resolve_actor(store, actor)
    if not found:
        return None
    entry = found[0]
    limit, _ = _page_bounds(store, limit, 0)
    index = actor_index(store)
    sections = {
        "asserted": (("asserts",), "source"),
        "accused": (("accuses",), "source"),
        "denied": (("denies",), "source"),
        "accused_of": (("accuses",), "target"),
        "denied_by_others": (("denies",), "target"),
    }
    out: dict = {"actor": actor_item(entry), "part_of": _ancestors(entry, index),
                 "parts": _descendants(entry, index), "also_matches": [actor_item(e) for e in found[1:]]}
    shown = {}
    for name, (relations, var) in sections.items():
        if include_parts:
            head = f"  {_values('actor0', [entry.iri])}\n  ?{var} kg:partOf* ?actor0 .\n"
        else:
            head = f"  {_values(var, [entry.iri])}\n"
        head += f"  ?statement {'prov:wasAttributedTo' if var == 'source' else 'kg:target'} ?{var} .\n"
        page_query, count_query = _statement_queries(Selection(head=head), relations, limit, 0)
        items, total = _run_statements(store, page_query, count_query)
        out[name] = {"items": items, "total": total, "truncated": len(items) < total}
        shown[name] = page_query
    if show_sparql:
        out["sparql"] = shown
    return out


def _ancestors(entry: ActorEntry, index: dict[str, ActorEntry]) -> list[dict]:
    by_id = {e.id: e for e in index.values()}
    chain, seen, current = [], {entry.id}, entry
    while current.part_of and current.part_of not in seen and current.part_of in by_id:
        current = by_id[current.part_of]
        seen.add(current.id)
        chain.append(actor_item(current))
    return chain


def _descendants(entry: ActorEntry, index: dict[str, ActorEntry], seen: set | None = None) -> list[dict]:
    seen = seen or {entry.id}
    children = []
    for e in index.values():
        if e.part_of == entry.id and e.id not in seen:
            seen.add(e.id)
            children.append(actor_item(e) | {"parts": _descendants(e, index, seen)})
    return children
