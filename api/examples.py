"""Examples for the OpenAPI description: one made-up article (plausible, not taken from any real
report) and what kg answers about it, so every response model, parameter and request body shows data
that hangs together. Offsets are computed from the text, so each evidence span is exact."""
from __future__ import annotations

ARTICLE_ID = "017_4e8a1c93d05b7f21.txt"
ARTICLE_TEXT = (
    "Armenia's Defence Ministry accused Azerbaijani forces of firing on Armenian positions near the "
    "village of Nerkin Hand on Tuesday. Azerbaijan's Defence Ministry denied the accusation, calling it "
    "disinformation. Armenian officials said two soldiers were wounded."
)
ARTICLE_META = {"id": ARTICLE_ID, "title": "Yerevan says Azerbaijani troops fired on border posts",
                "date": "2024-02-13", "language": "en", "outlet": "Example Wire", "url": None}
ACCUSATION_ID = "r-5b0e7c2a9f13"
DENIAL_ID = "r-a41d9e3c07b8"
ASSERTION_ID = "r-0c6f2d81e5a9"
CLAIM_ID = "c-8d41f0a2b6e9"
WOUNDED_CLAIM_ID = "c-3e9a07b1d4c2"
EVENT_ID = "e-2a7c90d4e1b3"


def span(fragment: str, after: int = 0) -> dict:
    """``{"text", "start", "end"}`` of ``fragment`` in the example article."""
    start = ARTICLE_TEXT.index(fragment, after)
    return {"text": fragment, "start": start, "end": start + len(fragment)}


def sentence(first_words: str) -> dict:
    start = ARTICLE_TEXT.index(first_words)
    end = ARTICLE_TEXT.index(".", start) + 1
    return span(ARTICLE_TEXT[start:end], start)


ARMENIA = {"id": "armenia", "label": "Armenia", "kind": "state", "wikidata": "Q399", "part_of": None,
           "aliases": ["Arménie", "Yerevan", "Armenian"]}
AZERBAIJAN = {"id": "azerbaijan", "label": "Azerbaijan", "kind": "state", "wikidata": "Q227", "part_of": None,
              "aliases": ["Azerbaïdjan", "Baku", "Azerbaijani"]}
ARMENIA_MOD = {"id": "armenia.defence-ministry", "label": "Armenian Defence Ministry", "kind": "ministry",
               "wikidata": None, "part_of": "armenia", "aliases": ["Armenia's Defence Ministry"]}
AZERBAIJAN_MOD = {"id": "azerbaijan.defence-ministry", "label": "Azerbaijani Defence Ministry", "kind": "ministry",
                  "wikidata": None, "part_of": "azerbaijan", "aliases": ["Azerbaijan's Defence Ministry"]}
AZERBAIJAN_FORCES = {"id": "azerbaijan.armed-forces", "label": "Azerbaijani Armed Forces", "kind": "armed_forces",
                     "wikidata": None, "part_of": "azerbaijan", "aliases": ["Azerbaijani forces"]}


def mention(actor: dict, surface: str) -> dict:
    """How a statement names an actor: its id, label, QID and the words the article used."""
    return {"id": actor["id"], "label": actor["label"], "wikidata": actor["wikidata"], "surface": surface}


ACTOR_REF = mention(ARMENIA_MOD, "Armenia's Defence Ministry")
EVIDENCE = sentence("Armenia's Defence Ministry accused")

_ACCUSATION = {
    "id": ACCUSATION_ID, "relation": "accuses", "source": ACTOR_REF,
    "target": mention(AZERBAIJAN_FORCES, "Azerbaijani forces"),
    "cue": "accused", "content": "firing on Armenian positions near the village of Nerkin Hand", "evidence": EVIDENCE,
}
_DENIAL = {
    "id": DENIAL_ID, "relation": "denies", "source": mention(AZERBAIJAN_MOD, "Azerbaijan's Defence Ministry"),
    "target": ACTOR_REF, "cue": "denied", "content": "the accusation", "evidence": sentence("Azerbaijan's Defence"),
}
_ASSERTION = {
    "id": ASSERTION_ID, "relation": "asserts", "source": mention(ARMENIA, "Armenian officials"), "target": None,
    "cue": "said", "content": "two soldiers were wounded", "evidence": sentence("Armenian officials"),
}
_ARTICLE_FIELDS = {"article": ARTICLE_ID, "title": ARTICLE_META["title"], "date": ARTICLE_META["date"],
                   "language": "en", "outlet": ARTICLE_META["outlet"]}

#: a statement as the named queries return it
STATEMENT = {**_ACCUSATION, **_ARTICLE_FIELDS, "claim": CLAIM_ID, "responds_to": []}
DENIAL_STATEMENT = {**_DENIAL, **_ARTICLE_FIELDS, "claim": CLAIM_ID, "responds_to": [ACCUSATION_ID]}
ASSERTION_STATEMENT = {**_ASSERTION, **_ARTICLE_FIELDS, "claim": WOUNDED_CLAIM_ID, "responds_to": []}

#: a relation record (the JSONL format of `kg extract`) with its article's metadata
RELATION = {**_ACCUSATION, "article": ARTICLE_ID, "responds_to": None, "responds_to_all": [], "cameo": "112",
            "events": [EVENT_ID], "claim": CLAIM_ID, **{k: ARTICLE_META[k] for k in ("title", "date", "language",
                                                                                      "outlet")}}

DENIAL_RELATION = {**_DENIAL, "article": ARTICLE_ID, "responds_to": ACCUSATION_ID, "responds_to_all": [ACCUSATION_ID],
                   "cameo": "016", "events": [], "claim": CLAIM_ID,
                   **{k: ARTICLE_META[k] for k in ("title", "date", "language", "outlet")}}

ARTICLE_SUMMARY = {**ARTICLE_META, "relations": 3, "characters": len(ARTICLE_TEXT),
                   "sha256": "6f1d9a3c2b8e47f0a5c19d7e3b2a6f4c8d0e1b9a7c5f3e2d4b6a8c0e1f2d3a4b"}
ARTICLE = {**ARTICLE_SUMMARY, "text": ARTICLE_TEXT}
ARTICLE_IN = {k: ARTICLE_META[k] for k in ("id", "title", "date", "outlet")} | {"text": ARTICLE_TEXT}
INGESTED = {"id": ARTICLE_ID, "status": "added", "language": "en", "relations": 3,
            "location": f"/articles/{ARTICLE_ID}"}
REMOVED = {"id": ARTICLE_ID, "status": "removed"}

ACTOR_SUMMARY = {**ARMENIA_MOD, "statements": 7}

CLAIM_HEADER = {"id": CLAIM_ID, "label": "Firing on Armenian positions near the village of Nerkin Hand",
                "contested": True, "supporters": [ARMENIA_MOD], "deniers": [AZERBAIJAN_MOD]}
CLAIM = {**CLAIM_HEADER, "claim_side": [STATEMENT], "denial_side": [DENIAL_STATEMENT]}
CLAIM_DETAIL = {"claim": CLAIM_HEADER, "statements": [STATEMENT, DENIAL_STATEMENT], "total": 2,
                "articles": [ARTICLE_ID], "sparql": None}


def section(*items: dict, total: int | None = None) -> dict:
    """One list of an actor profile: ``truncated`` when ``total`` counts more than the items shown."""
    total = len(items) if total is None else total
    return {"items": list(items), "total": total, "truncated": len(items) < total}


STATEMENT_SECTION = section(STATEMENT, total=4)
ACTOR_PROFILE = {
    "actor": ARMENIA_MOD, "part_of": [ARMENIA], "parts": [], "also_matches": [],
    "asserted": section(), "accused": STATEMENT_SECTION, "denied": section(),
    "accused_of": section(), "denied_by_others": section(DENIAL_STATEMENT), "sparql": None,
}

TIMELINE_ITEM = {"date": "2024-02-13", "accuses": 3, "denies": 2, "asserts": 0, "total": 5}
TIMELINE = {"items": [TIMELINE_ITEM, {"date": "2024-02-14", "accuses": 1, "denies": 1, "asserts": 0, "total": 2}],
            "total": 2, "limit": 2, "offset": 0, "truncated": False, "sparql": None,
            "filters": {"relations": ["accuses", "denies"]},
            "undated": {"accuses": 0, "denies": 1, "asserts": 0, "total": 1}}

_GRAPH_ACTORS = [
    {"id": f"actor:{a['id']}", "type": "actor", "actor": a["id"], **{k: a[k] for k in ("label", "kind", "wikidata",
                                                                                       "part_of", "aliases")},
     "state": a["part_of"], "state_label": state, "weight": 1}
    for a, state in ((ARMENIA_MOD, "Armenia"), (AZERBAIJAN_MOD, "Azerbaijan"))]
GRAPH = {
    "nodes": [*_GRAPH_ACTORS,
              {"id": f"claim:{CLAIM_ID}", "type": "claim", "claim": CLAIM_ID, "label": CLAIM_HEADER["label"],
               "contested": True, "supporters": [ARMENIA_MOD["id"]], "deniers": [AZERBAIJAN_MOD["id"]],
               "statements": [ACCUSATION_ID, DENIAL_ID], "weight": 2, "lone": False}],
    "edges": [{"id": f"accuses:actor:{ARMENIA_MOD['id']}->claim:{CLAIM_ID}", "source": f"actor:{ARMENIA_MOD['id']}",
               "target": f"claim:{CLAIM_ID}", "relation": "accuses", "statements": [ACCUSATION_ID], "count": 1},
              {"id": f"denies:actor:{AZERBAIJAN_MOD['id']}->claim:{CLAIM_ID}",
               "source": f"actor:{AZERBAIJAN_MOD['id']}", "target": f"claim:{CLAIM_ID}", "relation": "denies",
               "statements": [DENIAL_ID], "count": 1}],
    "statements": [RELATION, DENIAL_RELATION],
    "timeline": [{"date": "2024-02-13", "accuses": 1, "denies": 1, "asserts": 0}],
    "undated": {"accuses": 0, "denies": 0, "asserts": 0},
    "filters": {"actor": "Armenia", "relation": ["accuses", "denies"], "since": None, "until": None,
                "language": None, "article": None, "contested_only": True},
    "total": {"nodes": 3, "edges": 2, "statements": 2},
    "truncated": False,
}

HEALTH = {"status": "ok", "articles": 5, "triples": 6421, "version": "0.1.0", "writes": False,
          "query_timeout": 10.0, "row_cap": 10000}
