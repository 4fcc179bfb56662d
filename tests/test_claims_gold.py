"""Claim clusters on realistic input, independent of the extractor's current quality: the relations are
the hand-made gold of the seeds and of the dev set (../shared/eval), the events come from kg.events on the
real parse, and actors are resolved to states through the gazetteer only. The rules under test name no
article's actor or phrase; these are regression checks of what they should make of real news."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import nlp
from kg.events import extract_events
from kg.ingest import read_articles
from kg.model import Actor, ActorMention, ArticleGraph, Relation, Span
from kg.pipeline import build_corpus
from kg.resolve.gazetteer import load_gazetteer

pytestmark = pytest.mark.slow
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


class GoldStates:
    """Spans resolve to the gold actor of the state the gazetteer finds in them; `actors()` is the gold's."""

    def __init__(self, gold_actors: dict[str, Actor]):
        self.gold = gold_actors
        self.by_qid = {a.wikidata: a.id for a in gold_actors.values() if a.kind == "state" and a.wikidata}

    def resolve(self, span):
        for tok in span:
            hit = load_gazetteer().lookup(tok.text)
            if hit and hit[0].wikidata in self.by_qid:
                return ActorMention(self.by_qid[hit[0].wikidata], span.text, span.start_char, span.end_char)
        return None

    def actors(self):
        return tuple(self.gold.values())


def gold_graphs(gold_dir, articles_dir) -> list[ArticleGraph]:
    articles = {a.id: a for a in read_articles([str(articles_dir)], 10_000_000)[0]}
    graphs = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = articles[gold["article"]]
        prefix = path.stem[:3] + "_"
        actors = {k: Actor(id=k, label=v["label"], kind=v.get("kind", "organization"), wikidata=v.get("wikidata"),
                           part_of=v.get("part_of")) for k, v in gold["actors"].items()}
        relations = []
        for r in gold["relations"]:
            evidence = r["evidence"][0] if isinstance(r["evidence"], list) else r["evidence"]
            start = article.text.index(evidence)
            span = Span(start, start + len(evidence), evidence)
            mention = lambda a: ActorMention(a, a, start, start)  # noqa: E731
            relations.append(Relation(
                id=prefix + r["id"], article=article.id, relation=r["relation"], source=mention(r["source"]),
                target=mention(r["target"]) if r.get("target") else None, content=span, cue=Span(start, start, ""),
                evidence=span, cameo="010",
                responds_to=(prefix + r["responds_to"],) if r.get("responds_to") else ()))
        doc = nlp.parse(article)
        events, relations = extract_events(doc, article, relations, GoldStates(actors))
        graphs.append(ArticleGraph(article=article, actors=tuple(actors.values()), relations=tuple(relations),
                                   events=tuple(events)))
    return graphs


@pytest.fixture(scope="module")
def corpus(seeds_dir):
    if not (SHARED / "eval" / "gold").is_dir():
        pytest.fail(f"the shared evaluation data is missing: {SHARED / 'eval'}")
    graphs = gold_graphs(SHARED / "eval" / "gold", seeds_dir)
    graphs += gold_graphs(SHARED / "eval" / "dev" / "gold", SHARED / "eval" / "dev" / "articles")
    return build_corpus(graphs)


def claim_of(corpus, relation_id: str):
    cid = next(r.claim for r in corpus.relations if r.id == relation_id)
    return next(c for c in corpus.claims if c.id == cid)


def test_the_troop_buildup_claims_and_their_denial_are_one_contested_claim(corpus):
    cluster = claim_of(corpus, "000_r9")
    assert {"000_r5", "000_r7", "000_r9", "000_r10"} <= set(cluster.relations)
    assert cluster.contested and "AZ_MOD" in cluster.deniers


def test_the_ceasefire_violation_claim_and_its_denial(corpus):
    cluster = claim_of(corpus, "001_r7")
    assert "001_r8" in cluster.relations and cluster.contested


def test_the_french_border_violation_accusations_are_one_claim_denied_by_azerbaijan(corpus):
    cluster = claim_of(corpus, "003_r1")
    assert {"003_r1", "003_r2", "003_r3", "003_r4", "003_r5", "003_r6", "003_r7"} <= set(cluster.relations)
    assert cluster.contested and cluster.deniers == ("AZ",)


def test_one_charge_in_two_countries_is_two_claims(corpus):
    # airspace violations charged to France by Niger and by Mali, each denied by France
    niger, mali = claim_of(corpus, "d09_r1"), claim_of(corpus, "d12_r1")
    assert niger.id != mali.id
    assert niger.contested and mali.contested


def test_the_offensive_is_not_glued_to_the_buildup_or_to_unrelated_claims(corpus):
    buildup, offensive = claim_of(corpus, "000_r9"), claim_of(corpus, "004_r2")
    assert buildup.id != offensive.id
    assert {"004_r2", "004_r8"} <= set(offensive.relations)
    sizes = sorted((len(c.relations) for c in corpus.claims), reverse=True)
    assert sizes[0] <= 12, "a claim cluster swallowed unrelated statements"


def test_every_gold_counterclaim_is_in_the_cluster_of_the_claim_it_answers(corpus):
    relations = {r.id: r for r in corpus.relations}
    for r in corpus.relations:
        for answered in r.responds_to:
            assert relations[answered].claim == r.claim, (r.id, answered)
