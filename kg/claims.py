"""Claim clusters: statements making the same claim, across articles and languages; contested claims.

    cluster_claims(graphs, actors) -> (graphs with Relation.claim set, ClaimCluster records)

What makes two statements "the same claim" must hold in any language pair, so it rests on language-neutral
features first:

- the act: accusations group with accusations, assertions with assertions;
- who is charged, at state level (the accused actor followed up its ``part_of`` chain, so "the
  Azerbaijani armed forces" and "Baku" are both Azerbaijan);
- the events the statements are about (kg.events): their kinds come from the bilingual event-kind
  lexicon, so « violer le cessez-le-feu » and "violating the ceasefire" meet on ``ceasefire_violation``;
  their time and place must not contradict (two attacks on different dates, or airspace violations
  over two different countries, are different claims);
- within one language, the overlap of content words.

A denial joins the cluster of the claim(s) it answers (``responds_to``). A denial that answers no claim
of its own article joins the claim, in any article, that charges the denier's side (or was made by the
side the denial targets) with an event of the same kind. A cluster that one side asserts or charges and
another side denies is contested.

Clustering is agglomerative with cannot-link constraints: candidate pairs are merged best first, and two
clusters merge only when no pair of their statements contradicts (different charged party, act, time or
place), so a chain of look-alikes cannot glue unrelated claims together. Everything is deterministic:
the input is sorted by article id and offsets, ties are broken by that order, and cluster ids are hashes
of their first statement's id.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from kg.events import load_kinds
from kg.model import Actor, ArticleGraph, ClaimCluster, Corpus, Event, Relation
from kg.paths import ontology_file
from kg.resolve.gazetteer import fold
from kg.timex import parse_anchor

#: claims whose articles were published this many days apart, with no event time to tie them, are
#: about different things (a charge repeated years later is a new claim)
MAX_ARTICLE_GAP_DAYS = 90
#: slack when comparing event times from two reports (one says "Wednesday", the other the next day)
TIME_SLACK_DAYS = 2
#: content-word overlap (Jaccard) that alone makes two same-language statements one claim
SAME_WORDS = 0.45
#: ... and the overlap that, with a shared event kind, links a denial to a claim it does not name
DENIAL_WORDS = 0.25
#: in a block of look-alike statements (same act, accused and event kind or content word), each is
#: compared with this many published nearest to it
BLOCK_WINDOW = 64
#: the stem length content words are cut to (a crude stemmer good enough for overlap)
STEM = 5
LABEL_CHARS = 160
#: how much an event a statement mentions besides its main one counts ("massing troops in preparation
#: for an offensive" is a claim about a build-up, and only secondarily about an offensive)
SECONDARY = 0.5

CLAIM_ACTS = ("accuses", "asserts")


# ----------------------------------------------------------------------------------------------------
# Features


@dataclass(frozen=True)
class ClaimFeatures:
    """What clustering compares about one statement."""

    relation: Relation
    order: tuple  # (article id, evidence start, relation id, index in its article): the order of everything
    language: str
    article_date: date | None
    source_side: str  # the source's state (top of its part_of chain)
    target_side: str | None
    charged: str | None  # accuses: the accused's side; otherwise None
    kinds: frozenset[str]
    salience: Mapping[str, float]  # event kind -> 1 for the kind of its main event, 0.5 for the others
    about: frozenset[str]  # sides of the participants of its events, and the charged side
    times: Mapping[str, tuple[tuple[date, date], ...]]  # event kind -> known time intervals
    time_texts: Mapping[str, frozenset[str]]  # event kind -> time expressions left unresolved (no date)
    places: Mapping[str, frozenset[str]]  # event kind -> place QIDs
    place_names: Mapping[str, frozenset[str]]  # event kind -> folded names of places without a QID
    terms: frozenset[str]


def side_of(actor_id: str | None, parents: Mapping[str, str | None]) -> str | None:
    """The top of an actor's ``part_of`` chain (its state, for an official or a ministry)."""
    if actor_id is None:
        return None
    seen = {actor_id}
    while parents.get(actor_id):
        nxt = parents[actor_id]
        if nxt in seen:  # a cycle in bad data: stop where it closes
            break
        seen.add(nxt)
        actor_id = nxt
    return actor_id


@lru_cache(maxsize=None)
def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words, shipped as data (``ontology/lexicons/stop_words_<lang>.txt``): importing
    them from spaCy imports spaCy, seconds at every store open."""
    path = ontology_file("lexicons", f"stop_words_{'fr' if language == 'fr' else 'en'}.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


def content_terms(text: str, language: str) -> frozenset[str]:
    """Stems of the content words of a text: folded, stop words out, cut to `STEM` letters."""
    stop = _stop_words(language)
    return frozenset(w[:STEM] for w in re.findall(r"[a-z]{3,}", fold(text)) if w not in stop)


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _interval(event: Event) -> tuple[date, date] | None:
    lo, hi = parse_anchor(event.time_start), parse_anchor(event.time_end or event.time_start)
    return (lo, hi) if lo and hi else None


def claim_features(graph: ArticleGraph, relation: Relation, parents: Mapping[str, str | None],
                   index: int = 0) -> ClaimFeatures:
    """What clustering compares about ``relation``, the ``index``-th relation of ``graph``."""
    events = {e.id: e for e in graph.events}
    mine = [events[i] for i in relation.events if i in events]
    charged = side_of(relation.target.actor, parents) if relation.relation == "accuses" and relation.target else None
    times: dict[str, list] = {}
    time_texts: dict[str, set] = {}
    places: dict[str, set] = {}
    place_names: dict[str, set] = {}
    about = {charged} if charged else set()
    for e in mine:
        span = _interval(e)
        if span:
            times.setdefault(e.kind, []).append(span)
        elif e.time_text:
            time_texts.setdefault(e.kind, set()).add(fold(e.time_text))
        if e.place_wikidata:
            places.setdefault(e.kind, set()).add(e.place_wikidata)
        elif e.place:
            place_names.setdefault(e.kind, set()).add(fold(e.place))
        about |= {side_of(p, parents) for p in e.participants}
    return ClaimFeatures(
        relation=relation,
        order=(graph.article.id, relation.evidence.start, relation.id, index),
        language=graph.article.language,
        article_date=parse_anchor(graph.article.date),
        source_side=side_of(relation.source.actor, parents),
        target_side=side_of(relation.target.actor, parents) if relation.target else None,
        charged=charged,
        kinds=frozenset(e.kind for e in mine),
        salience={k: 1.0 if k == mine[0].kind else SECONDARY for k in {e.kind for e in mine}},
        about=frozenset(about),
        times={k: tuple(v) for k, v in times.items()},
        time_texts={k: frozenset(v) for k, v in time_texts.items()},
        places={k: frozenset(v) for k, v in places.items()},
        place_names={k: frozenset(v) for k, v in place_names.items()},
        terms=content_terms(relation.content.text, graph.article.language),
    )


# ----------------------------------------------------------------------------------------------------
# Comparing two statements


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return (a[0] - b[1]).days <= TIME_SLACK_DAYS and (b[0] - a[1]).days <= TIME_SLACK_DAYS


def _time_relation(a: ClaimFeatures, b: ClaimFeatures) -> str:
    """"same" when an event kind they share has overlapping times, "different" when the shared kinds have
    known times that never overlap, else "unknown". In one undated article, different unresolved
    expressions ("Saturday's attack", "the attacks on Sunday") are different times too."""
    verdict = "unknown"
    for kind in a.kinds & b.kinds:
        ta, tb = a.times.get(kind, ()), b.times.get(kind, ())
        if ta and tb:
            if any(_overlap(x, y) for x in ta for y in tb):
                return "same"
            verdict = "different"
        elif a.order[0] == b.order[0]:
            xa, xb = a.time_texts.get(kind, frozenset()), b.time_texts.get(kind, frozenset())
            if xa and xb:
                if xa & xb:
                    return "same"
                verdict = "different"
    return verdict


def compatible(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether two statements may be in one cluster (the cannot-link test): the same act, the same
    accused (an accusation whose accused is unknown may join any), no contradiction in time or place."""
    if a.relation.relation != b.relation.relation:
        return False
    if a.charged != b.charged and not (a.relation.relation == "accuses" and (a.charged is None or b.charged is None)):
        return False
    return events_agree(a, b)


def events_agree(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """No contradiction in time or place between the events two statements are about."""
    when = _time_relation(a, b)
    if when == "different":
        return False
    if when == "unknown" and a.article_date and b.article_date \
            and abs((a.article_date - b.article_date).days) > MAX_ARTICLE_GAP_DAYS:
        return False
    return not any(_place_relation(a, b, kind) == "different" for kind in a.kinds & b.kinds)


def _names_match(x: str, y: str) -> bool:
    return x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} "  # "karabakh" / "nagorno karabakh"


def _place_relation(a: ClaimFeatures, b: ClaimFeatures, kind: str) -> str:
    """"same", "different" or "unknown" place for one event kind. Countries compare by QID; other place
    names only within one language (« Genève » and "Geneva" are not known to be one place), a name
    inside the other counting as the same place."""
    qa, qb = a.places.get(kind), b.places.get(kind)
    if qa and qb:
        return "same" if qa & qb else "different"
    na, nb = a.place_names.get(kind), b.place_names.get(kind)
    if na and nb:
        if any(_names_match(x, y) for x in na for y in nb):
            return "same"
        if a.language == b.language:
            return "different"
    return "unknown"


def kind_weight(kind: str) -> float:
    known = load_kinds().get(kind)
    return known.weight if known else 1.0


def pair_score(a: ClaimFeatures, b: ClaimFeatures) -> float:
    """How strongly two claims (accusations or assertions) are the same claim; 0 when they cannot be.

    A shared event kind counts its weight (1, or 0.5 for background kinds like a war or talks; halved
    when it is not the main event of one of the statements: see `SECONDARY`), a shared
    place and a matching time 0.5 each, and, for assertions (which charge nobody), shared participants
    0.5; same-language content overlap adds twice its Jaccard. Merged at `merge_threshold`.
    """
    if not compatible(a, b):
        return 0.0
    score = 0.0
    shared = a.kinds & b.kinds
    if shared:
        score += max(kind_weight(k) * min(a.salience[k], b.salience[k]) for k in shared)
        if a.charged is None and a.about & b.about:
            score += 0.5
        if any(_place_relation(a, b, k) == "same" for k in shared):
            score += 0.5
        if _time_relation(a, b) == "same":
            score += 0.5
    if a.language == b.language:
        score += 2 * jaccard(a.terms, b.terms)
    return score


def merge_threshold(a: ClaimFeatures, b: ClaimFeatures) -> float:
    """Accusations of the same accused need a shared specific event kind (or a background kind and a
    shared place or time, or like words), and so does, within one article, an accusation whose accused
    the extractor missed ("accused its neighbour of violating its borders"); elsewhere it needs more.
    Assertions, which charge nobody, need a shared kind and two of participants, place and time (or
    like words)."""
    if a.relation.relation == "accuses":
        if a.charged is not None and b.charged is not None:
            return 1.0
        return 1.0 if a.order[0] == b.order[0] else 1.5
    return 2.0


def corroborated(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether two statements of different articles meet on more than an event kind and the accused: the
    same time or place, or another participant in common ("blocking the Lachin corridor" and « assiéger
    un lac », both blockades charged to one state, stay apart; so do two attacks charged to one state in
    the news of one day, which in a war are many)."""
    shared = a.kinds & b.kinds
    if _time_relation(a, b) == "same":
        return True
    if any(_place_relation(a, b, k) == "same" for k in shared):
        return True
    return bool((a.about & b.about) - {a.charged, None})


def same_claim(a: ClaimFeatures, b: ClaimFeatures) -> float:
    """The score if ``a`` and ``b`` are to be merged, else 0."""
    score = pair_score(a, b)
    if score <= 0:
        return 0.0
    if a.language == b.language and jaccard(a.terms, b.terms) >= SAME_WORDS:
        return score
    if score < merge_threshold(a, b):
        return 0.0
    return score if a.order[0] == b.order[0] or corroborated(a, b) else 0.0


def denial_score(denial: ClaimFeatures, claim: ClaimFeatures) -> float:
    """How well a denial that names no claim of its article answers ``claim``; 0 when it cannot.

    The claim must charge the denier's side, or come from the side the denial targets, and be about an
    event of the same kind (or, in the same language, share enough words), with no contradiction in time
    or place; a claim of another article must also meet the denial in time, place or words."""
    if claim.relation.relation not in CLAIM_ACTS:
        return 0.0
    answers_charge = claim.charged is not None and claim.charged == denial.source_side
    answers_speaker = denial.target_side is not None and claim.source_side == denial.target_side
    if not (answers_charge or answers_speaker) or claim.source_side == denial.source_side:
        return 0.0
    shared = denial.kinds & claim.kinds
    words = jaccard(denial.terms, claim.terms) if denial.language == claim.language else 0.0
    same_article = denial.order[0] == claim.order[0]
    if not shared and words < DENIAL_WORDS:
        # "Hasanov called it disinformation": no event, no shared words, but in the same article, after
        # a claim that charges the denier's side, it answers that claim (the nearest one is chosen)
        if same_article and claim.order < denial.order:
            return 0.25 * answers_charge + 0.25 * answers_speaker
        return 0.0
    if not events_agree(denial, claim):
        return 0.0
    if not same_article:
        # in another article a shared kind alone is too weak ("blocking a corridor" and "besieging a
        # lake" are both blockades): the event must also meet in time or place, or the words agree
        same_place = any(_place_relation(denial, claim, k) == "same" for k in shared)
        if not (same_place or _time_relation(denial, claim) == "same" or words >= DENIAL_WORDS):
            return 0.0
    score = len(shared) + 2 * words + 0.5 * answers_charge + 0.5 * answers_speaker
    if same_article:
        score += 0.5
    return score


# ----------------------------------------------------------------------------------------------------
# Clustering


class _Clusters:
    """Union-find over statement indices, with each cluster's members for the cannot-link test."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.members = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> int:
        a, b = sorted((self.find(i), self.find(j)))  # the smaller index (earlier statement) stays root
        if a != b:
            self.parent[b] = a
            self.members[a] += self.members.pop(b)
            self.members[a].sort()
        return a


def _date_key(f: ClaimFeatures) -> int:
    return f.article_date.toordinal() if f.article_date else 0


def _nearest(block: tuple[list[int], list[int]], f: ClaimFeatures) -> Sequence[int]:
    """The `BLOCK_WINDOW` members of a block (members sorted by date, their dates) published nearest to ``f``."""
    members, keys = block
    if len(members) <= BLOCK_WINDOW:
        return members
    at = bisect.bisect_left(keys, _date_key(f))
    lo = max(0, min(at - BLOCK_WINDOW // 2, len(members) - BLOCK_WINDOW))
    return members[lo: lo + BLOCK_WINDOW]


def _blocks(feats: Sequence[ClaimFeatures], items: Iterable[int], side) -> dict[tuple, tuple[list[int], list[int]]]:
    """Statements grouped by (side, event kind) and (side, language, content word), each group sorted by
    publication date; ``side(f)`` is the side a statement is indexed under (None: not indexed)."""
    blocks: dict[tuple, list[int]] = {}
    for i in items:
        f = feats[i]
        key = side(f)
        if key is None:
            continue
        for k in f.kinds:
            blocks.setdefault(("k", key, k), []).append(i)
        for t in f.terms:
            blocks.setdefault(("w", key, f.language, t), []).append(i)
    out = {}
    for key, members in blocks.items():
        members.sort(key=lambda i: (_date_key(feats[i]), i))
        out[key] = (members, [_date_key(feats[i]) for i in members])
    return out


def _candidates(feats: Sequence[ClaimFeatures], claims: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs worth scoring: same act and same charged side, and a shared event kind or (same language)
    a shared content word; within a block, only the statements published nearest to each other, so the
    work grows with the corpus, not with its square."""
    blocks = _blocks(feats, claims, lambda f: (f.relation.relation, f.charged))
    pairs: set[tuple[int, int]] = set()
    for members, _ in blocks.values():
        for pos, i in enumerate(members):
            for j in members[max(0, pos - BLOCK_WINDOW): pos]:
                pairs.add((min(i, j), max(i, j)))
    # an accusation whose accused is unknown is compared with the accusations of any accused
    unknown = [i for i in claims if feats[i].relation.relation == "accuses" and feats[i].charged is None]
    if unknown:
        by_rest: dict[tuple, list[tuple]] = {}
        for key in blocks:
            if key[1][0] == "accuses" and key[1][1] is not None:
                by_rest.setdefault((key[0],) + key[2:], []).append(key)
        for i in unknown:
            f = feats[i]
            rests = [("k", k) for k in f.kinds] + [("w", f.language, t) for t in f.terms]
            for rest in rests:
                for key in by_rest.get(rest, ()):
                    for j in _nearest(blocks[key], f):
                        pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def _denial_candidates(feats, denial: int, charged_blocks, source_blocks, by_article) -> set[int]:
    """Claims a denial may answer: those of its article, and those sharing an event kind or a content
    word with it that charge the denier's side or come from the side it targets."""
    f = feats[denial]
    out = set(by_article.get(f.order[0], ()))
    keys = [("k", k) for k in f.kinds] + [("w", f.language, t) for t in f.terms]
    for blocks, side in ((charged_blocks, f.source_side), (source_blocks, f.target_side)):
        if side is None:
            continue
        for key in keys:
            block = blocks.get((key[0], side) + key[1:])
            if block:
                out.update(_nearest(block, f))
    return out


def cluster_claims(graphs: Iterable[ArticleGraph], actors: Iterable[Actor]) -> tuple[tuple[ArticleGraph, ...], tuple[ClaimCluster, ...]]:
    """Claim clusters of a corpus, and its graphs with every relation's ``claim`` set (see module doc).

    ``actors`` are the corpus's merged actors (their ``part_of`` links give each actor's side).
    The graphs come back in their input order; clusters are in the order of their first statement.
    """
    graphs = tuple(graphs)
    parents = {a.id: a.part_of for a in actors}
    for g in graphs:  # an actor only an article knows still has its part_of
        for a in g.actors:
            parents.setdefault(a.id, a.part_of)
    feats = sorted((claim_features(g, r, parents, n) for g in graphs for n, r in enumerate(g.relations)),
                   key=lambda f: f.order)
    position: dict[str, int] = {}
    for i, f in enumerate(feats):
        position.setdefault(f.relation.id, i)
    clusters = _Clusters(len(feats))

    linked: set[tuple[int, int]] = set()  # claim pairs that are the same claim by themselves

    refused: set[tuple] = set()  # cluster pairs (root and size each) already found not to merge

    def can_merge(i: int, j: int) -> bool:
        """No contradiction between the two clusters' claims, and at least half of the cross pairs are
        linked by themselves (so one statement about two events cannot bridge two unrelated claims)."""
        a, b = clusters.find(i), clusters.find(j)
        state = (a, len(clusters.members[a]), b, len(clusters.members[b]))
        if state in refused:
            return False
        ok = _can_merge(a, b)
        if not ok:
            refused.add(state)
        return ok

    def _can_merge(a: int, b: int) -> bool:
        claims_a = [k for k in clusters.members[a] if feats[k].relation.relation in CLAIM_ACTS]
        claims_b = [k for k in clusters.members[b] if feats[k].relation.relation in CLAIM_ACTS]
        if not all(compatible(feats[x], feats[y]) for x in claims_a for y in claims_b):
            return False
        pairs = [(min(x, y), max(x, y)) for x in claims_a for y in claims_b]
        return not pairs or 2 * sum(p in linked for p in pairs) >= len(pairs)

    # 1. claims that are the same claim, best pairs first
    claims = [i for i, f in enumerate(feats) if f.relation.relation in CLAIM_ACTS]
    scored = []
    for i, j in _candidates(feats, claims):
        s = same_claim(feats[i], feats[j])
        if s > 0:
            scored.append((-s, i, j))
            linked.add((min(i, j), max(i, j)))
    for _, i, j in sorted(scored):
        if clusters.find(i) != clusters.find(j) and can_merge(i, j):
            clusters.union(i, j)

    # 2. denials join what they answer: the claims they name, else the best-matching claim anywhere
    charged_blocks = _blocks(feats, claims, lambda f: f.charged)
    source_blocks = _blocks(feats, claims, lambda f: f.source_side)
    by_article: dict[str, list[int]] = {}
    for c in claims:
        by_article.setdefault(feats[c].order[0], []).append(c)
    for d, f in enumerate(feats):
        if f.relation.relation != "denies":
            continue
        answered = sorted(position[r] for r in f.relation.responds_to if r in position)
        if answered:
            for k in answered[1:]:  # one denial of several claims shows they are one claim, if they can be
                if clusters.find(answered[0]) != clusters.find(k) and can_merge(answered[0], k):
                    clusters.union(answered[0], k)
            clusters.union(d, answered[0])
            continue
        # the best score; among equals, a claim of the denial's article just before it, then the first
        candidates = _denial_candidates(feats, d, charged_blocks, source_blocks, by_article)
        best = max(((denial_score(f, feats[c]), feats[c].order[0] == f.order[0] and c < d, c if c < d else -c, -c)
                    for c in candidates), default=None)
        if best is not None and best[0] > 0:
            clusters.union(d, -best[3])

    # 3. records
    parents_side = {f.relation.source.actor: f.source_side for f in feats}
    out_clusters: list[ClaimCluster] = []
    claim_of: dict[tuple[str, int], str] = {}  # by (article, index): two relations may share an id
    used_ids: set[str] = set()
    for root in sorted(clusters.members):
        members = [feats[k] for k in clusters.members[root]]
        cluster = _cluster_record(members, parents_side)
        if cluster.id in used_ids:
            # two clusters led by relations sharing an id: tell them apart by the relation's place
            cluster = replace(cluster, id=claim_id(f"{members[0].relation.id}#{members[0].order[3]}"))
        used_ids.add(cluster.id)
        out_clusters.append(cluster)
        for m in members:
            claim_of[(m.order[0], m.order[3])] = cluster.id
    out_graphs = tuple(
        replace(g, relations=tuple(replace(r, claim=claim_of.get((g.article.id, n), r.claim))
                                   for n, r in enumerate(g.relations)))
        for g in graphs)
    return out_graphs, tuple(out_clusters)


def claim_id(first_relation_id: str) -> str:
    return "c-" + hashlib.sha1(first_relation_id.encode()).hexdigest()[:12]


# what introduces reported content: "that", "of" (accused X of ...), « que », « de », « selon lesquelles »
_LEADING_SUBORDINATOR = re.compile(r"^(?:that|of|que|qu'|qu’|de|d'|d’|selon\s+(?:lequel|laquelle|lesquels|lesquelles))(?:\s*,\s*|\s+)|^(?:qu|d)['’]",
                                   re.IGNORECASE)


def _label(text: str) -> str:
    """A statement's content as a cluster label: one line, without what introduced it ("that", « que »), cut."""
    text = _LEADING_SUBORDINATOR.sub("", re.sub(r"\s+", " ", text).strip())
    text = text[:1].upper() + text[1:]
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


# between the accused and the charge in "accused X of Y" / « accusé X de Y », maybe with an aside ("Baku,
# which denies, of causing…")
_CHARGE_JOINER = re.compile(r"^(?:\s*,[^,]{1,80},)?\s+(?:of|de|d'|d’)\s*", re.IGNORECASE)


def claim_label(relation: Relation) -> str:
    """What a statement claims, as a label. An accusation's content that opens with the accused and
    "of" / « de » ("Venezuela of harbouring rebels") reads as "Venezuela: harbouring rebels"."""
    content, target = relation.content, relation.target
    # the accused opens the content, maybe after a few words that describe it ("its neighbour Rwanda")
    if (target is not None and content.start <= target.start and target.end <= content.end
            and not re.search(r"[,;:.«»\"“”]", content.text[:target.start - content.start])
            and target.start - content.start <= 40):
        rest = content.text[target.end - content.start:]
        joiner = _CHARGE_JOINER.match(rest)
        if joiner and rest[joiner.end():].strip():
            return _label(f"{target.surface}: {rest[joiner.end():]}")
    return _label(content.text)


def _cluster_record(members: Sequence[ClaimFeatures], side: Mapping[str, str | None]) -> ClaimCluster:
    supporters = tuple(dict.fromkeys(m.relation.source.actor for m in members if m.relation.relation in CLAIM_ACTS))
    deniers = tuple(dict.fromkeys(m.relation.source.actor for m in members if m.relation.relation == "denies"))
    contested = any(side.get(s, s) != side.get(d, d) for s in supporters for d in deniers)
    # the claim saying the most (content words), the first of those
    claims = [m for m in members if m.relation.relation in CLAIM_ACTS] or list(members)
    representative = min(claims, key=lambda m: (-len(m.terms), m.order))
    return ClaimCluster(
        id=claim_id(members[0].relation.id),
        label=claim_label(representative.relation),
        relations=tuple(dict.fromkeys(m.relation.id for m in members)),
        supporters=supporters,
        deniers=deniers,
        contested=contested,
    )


# ----------------------------------------------------------------------------------------------------
# The contested claims of a corpus, as records (kg contested, and anyone who lists them)


def contested_records(corpus: Corpus, *, include_uncontested: bool = False) -> list[dict]:
    """The corpus's contested claims, ranked by how many actors take part (then statements, articles),
    each with both sides' actors and every statement's evidence (article, offsets, exact text).

    JSON-able dicts: ``{"id", "label", "contested", "actors", "articles", "kinds", "supporters",
    "deniers", "statements": [{"relation_id", "relation", "side", "source", "target", "cue", "content",
    "article", "language", "date", "outlet", "evidence": {"start", "end", "text"}}]}``.
    """
    relations = {r.id: (g, r) for g in corpus.articles for r in g.relations}
    events = {e.id: e for g in corpus.articles for e in g.events}

    def actor(actor_id: str) -> dict:
        a = corpus.actor(actor_id)
        return {"id": actor_id, "label": a.label if a else actor_id, "wikidata": a.wikidata if a else None}

    records = []
    for order, cluster in enumerate(corpus.claims):
        if not (cluster.contested or include_uncontested):
            continue
        statements = []
        for rid in cluster.relations:
            if rid not in relations:
                continue
            g, r = relations[rid]
            statements.append({
                "relation_id": r.id, "relation": r.relation,
                "side": "denies" if r.relation == "denies" else "supports",
                "source": actor(r.source.actor) | {"surface": r.source.surface},
                "target": actor(r.target.actor) | {"surface": r.target.surface} if r.target else None,
                "cue": r.cue.text, "content": r.content.text,
                "article": g.article.id, "language": g.article.language, "date": g.article.date,
                "outlet": g.article.outlet,
                "evidence": {"start": r.evidence.start, "end": r.evidence.end, "text": r.evidence.text},
                "events": [e for e in r.events if e in events],
            })
        kinds = list(dict.fromkeys(events[e].kind for s in statements for e in s["events"]))
        participants = set(cluster.supporters) | set(cluster.deniers)
        records.append({
            "id": cluster.id, "label": cluster.label, "contested": cluster.contested,
            "actors": len(participants),
            "articles": list(dict.fromkeys(s["article"] for s in statements)),
            "kinds": kinds,
            "supporters": [actor(a) for a in cluster.supporters],
            "deniers": [actor(a) for a in cluster.deniers],
            "statements": statements,
            "_order": order,
        })
    records.sort(key=lambda r: (-r["actors"], -len(r["statements"]), -len(r["articles"]), r["_order"]))
    for r in records:
        del r["_order"]
    return records
