"""kg.claims on hand-made ArticleGraphs: claim clusters across articles and languages, contested claims."""
from __future__ import annotations

import random

import pytest

from kg.claims import cluster_claims, content_terms, contested_records, jaccard, side_of
from kg.model import Actor, ActorMention, Article, ArticleGraph, Corpus, Event, Relation, Span

ACTORS = (
    Actor("AM", "Armenia", "state", "Q399"),
    Actor("AZ", "Azerbaijan", "state", "Q227"),
    Actor("FR", "France", "state", "Q142"),
    Actor("ML", "Mali", "state", "Q912"),
    Actor("NE", "Niger", "state", "Q1032"),
    Actor("RU", "Russia", "state", "Q159"),
    Actor("AM_MFA", "Ministry of Foreign Affairs of Armenia", "organization", part_of="AM"),
    Actor("AZ_MOD", "Ministry of Defence of Azerbaijan", "organization", part_of="AZ"),
    Actor("AZ_ARMY", "Azerbaijani Armed Forces", "organization", part_of="AZ"),
    Actor("HASANOV", "Zakir Hasanov", "person", part_of="AZ_MOD"),
    Actor("NK", "Nagorno-Karabakh separatist authorities", "organization"),
)


class Builder:
    """One article: its text, relations and events, built from phrases of the text."""

    def __init__(self, article_id: str, language: str, date: str | None, text: str):
        self.article = Article(id=article_id, text=text, language=language, date=date)
        self.relations: list[Relation] = []
        self.events: list[Event] = []

    def span(self, phrase: str) -> Span:
        start = self.article.text.index(phrase)
        return Span(start, start + len(phrase), phrase)

    def event(self, eid: str, kind: str, phrase: str, *, time: str | None = None, place: str | None = None,
              qid: str | None = None, participants=()) -> str:
        s = self.span(phrase)
        self.events.append(Event(id=eid, article=self.article.id, kind=kind, label=phrase, evidence=s,
                                 time_start=time, time_end=time, time_text=time, place=place,
                                 place_wikidata=qid, participants=tuple(participants)))
        return eid

    def relation(self, rid: str, kind: str, source: str, phrase: str, *, target: str | None = None,
                 events=(), responds_to=()) -> str:
        s = self.span(phrase)
        mention = lambda a: ActorMention(a, a, s.start, s.start + 1)  # noqa: E731
        self.relations.append(Relation(
            id=rid, article=self.article.id, relation=kind, source=mention(source),
            target=mention(target) if target else None, content=s, cue=Span(s.start, s.start, ""),
            evidence=s, cameo={"accuses": "112", "denies": "016", "asserts": "010"}[kind],
            responds_to=tuple(responds_to), events=tuple(events)))
        return rid

    def graph(self) -> ArticleGraph:
        return ArticleGraph(article=self.article, actors=ACTORS, relations=tuple(self.relations),
                            events=tuple(self.events))


def ceasefire_corpus() -> list[ArticleGraph]:
    """The ceasefire-violation claim in an English and a French article, denied in the French one."""
    en = Builder("en-1", "en", "2023-09-21",
                 "Armenia accused the Azerbaijani army of violating the ceasefire on Wednesday near Stepanakert. "
                 "Russia said talks would continue. Armenia also said Azerbaijan was massing troops.")
    e1 = en.event("e1", "ceasefire_violation", "violating the ceasefire", time="2023-09-20",
                  participants=["AZ_ARMY"])
    en.relation("r-en-1", "accuses", "AM", "Armenia accused the Azerbaijani army of violating the ceasefire on "
                "Wednesday near Stepanakert.", target="AZ_ARMY", events=[e1])
    e2 = en.event("e2", "talks", "talks", participants=["RU"])
    en.relation("r-en-2", "asserts", "RU", "Russia said talks would continue.", events=[e2])
    e3 = en.event("e3", "troop_buildup", "massing troops", participants=["AZ"])
    en.relation("r-en-3", "accuses", "AM", "Armenia also said Azerbaijan was massing troops.", target="AZ",
                events=[e3])
    fr = Builder("fr-1", "fr", "2023-09-21",
                 "Erevan a accusé mercredi Bakou d'avoir violé le cessez-le-feu. "
                 "Le ministère azerbaïdjanais de la Défense a démenti ces accusations.")
    f1 = fr.event("f1", "ceasefire_violation", "violé le cessez-le-feu", time="2023-09-20", participants=["AZ"])
    fr.relation("r-fr-1", "accuses", "AM_MFA", "Erevan a accusé mercredi Bakou d'avoir violé le cessez-le-feu.",
                target="AZ", events=[f1])
    fr.relation("r-fr-2", "denies", "AZ_MOD", "Le ministère azerbaïdjanais de la Défense a démenti ces accusations.",
                target="AM_MFA", events=[f1], responds_to=["r-fr-1"])
    return [en.graph(), fr.graph()]


def clusters_by_relation(graphs, claims):
    claim_of = {r.id: r.claim for g in graphs for r in g.relations}
    return claim_of, {c.id: c for c in claims}


def test_one_claim_in_two_languages_and_its_denial_are_one_contested_cluster():
    graphs, claims = cluster_claims(ceasefire_corpus(), ACTORS)
    claim_of, by_id = clusters_by_relation(graphs, claims)
    cid = claim_of["r-en-1"]
    assert claim_of["r-fr-1"] == claim_of["r-fr-2"] == cid
    cluster = by_id[cid]
    assert cluster.contested
    assert set(cluster.relations) == {"r-en-1", "r-fr-1", "r-fr-2"}
    assert cluster.supporters == ("AM", "AM_MFA") and cluster.deniers == ("AZ_MOD",)
    assert cluster.label.startswith("Armenia accused the Azerbaijani army")


def test_unrelated_claims_are_separate_clusters_and_not_contested():
    graphs, claims = cluster_claims(ceasefire_corpus(), ACTORS)
    claim_of, by_id = clusters_by_relation(graphs, claims)
    assert len({claim_of["r-en-1"], claim_of["r-en-2"], claim_of["r-en-3"]}) == 3
    assert not by_id[claim_of["r-en-2"]].contested and not by_id[claim_of["r-en-3"]].contested
    assert len(claims) == 3  # ceasefire violation, talks, troop build-up


def test_every_relation_is_in_exactly_one_cluster():
    graphs, claims = cluster_claims(ceasefire_corpus(), ACTORS)
    listed = [rid for c in claims for rid in c.relations]
    assert sorted(listed) == sorted(r.id for g in graphs for r in g.relations)
    assert all(r.claim for g in graphs for r in g.relations)


def test_deterministic_whatever_the_input_order():
    graphs, claims = cluster_claims(ceasefire_corpus(), ACTORS)
    again_graphs, again = cluster_claims(ceasefire_corpus(), ACTORS)
    assert claims == again and graphs == again_graphs
    shuffled = ceasefire_corpus()[::-1]
    random.Random(7).shuffle(shuffled)
    other_graphs, other = cluster_claims(shuffled, ACTORS[::-1])
    assert other == claims
    assert {r.id: r.claim for g in other_graphs for r in g.relations} == \
        {r.id: r.claim for g in graphs for r in g.relations}
    assert [g.article.id for g in other_graphs] == [g.article.id for g in shuffled]  # graphs keep their order


def test_attacks_on_different_dates_are_different_claims():
    a = Builder("a", "en", "2024-03-04", "Kyiv said Russia shelled the city on Saturday.")
    a.relation("r1", "accuses", "AM", "Kyiv said Russia shelled the city on Saturday.", target="RU",
               events=[a.event("e1", "attack", "shelled", time="2024-03-02")])
    b = Builder("b", "en", "2024-03-20", "Kyiv said Russia shelled the city on Monday.")
    b.relation("r2", "accuses", "AM", "Kyiv said Russia shelled the city on Monday.", target="RU",
               events=[b.event("e2", "attack", "shelled", time="2024-03-18")])
    graphs, claims = cluster_claims([a.graph(), b.graph()], ACTORS)
    assert len(claims) == 2
    # the same attack reported a day apart ("on Saturday" / "on Sunday" after midnight) is one claim
    b2 = Builder("b", "en", "2024-03-04", "Kyiv said Russia shelled the city on Sunday.")
    b2.relation("r2", "accuses", "AM", "Kyiv said Russia shelled the city on Sunday.", target="RU",
                events=[b2.event("e2", "attack", "shelled", time="2024-03-03")])
    _, claims = cluster_claims([a.graph(), b2.graph()], ACTORS)
    assert len(claims) == 1


def test_the_same_kind_of_claim_about_two_places_is_two_claims_and_each_denial_finds_its_own():
    niger = Builder("ne", "fr", None, "Niamey accuse la France d'avoir violé son espace aérien. Paris a démenti.")
    n1 = niger.event("n1", "airspace_violation", "violé son espace aérien", place="Niger", qid="Q1032")
    niger.relation("ne-1", "accuses", "NE", "Niamey accuse la France d'avoir violé son espace aérien.",
                   target="FR", events=[n1])
    niger.relation("ne-2", "denies", "FR", "Paris a démenti.", target="NE", events=[n1], responds_to=["ne-1"])
    mali = Builder("ml", "fr", None, "Bamako dénonce une violation de l'espace aérien malien par la France.")
    m1 = mali.event("m1", "airspace_violation", "violation de l'espace aérien malien", place="Mali", qid="Q912")
    mali.relation("ml-1", "accuses", "ML", "Bamako dénonce une violation de l'espace aérien malien par la France.",
                  target="FR", events=[m1])
    other = Builder("ml2", "en", None, "France denied that its plane violated Malian airspace.")
    m2 = other.event("m2", "airspace_violation", "violated Malian airspace", place="Mali", qid="Q912")
    other.relation("ml2-1", "denies", "FR", "France denied that its plane violated Malian airspace.", events=[m2])
    graphs, claims = cluster_claims([niger.graph(), mali.graph(), other.graph()], ACTORS)
    claim_of, by_id = clusters_by_relation(graphs, claims)
    assert claim_of["ne-1"] != claim_of["ml-1"]
    assert claim_of["ne-2"] == claim_of["ne-1"]
    assert claim_of["ml2-1"] == claim_of["ml-1"]  # another article, another language: met on kind and place
    assert by_id[claim_of["ml-1"]].contested and by_id[claim_of["ne-1"]].contested


def test_a_denial_in_another_article_needs_more_than_a_shared_kind():
    a = Builder("a", "en", None, "Armenia accused Azerbaijan of blocking the corridor.")
    a.relation("a1", "accuses", "AM", "Armenia accused Azerbaijan of blocking the corridor.", target="AZ",
               events=[a.event("e1", "blockade", "blocking the corridor")])
    b = Builder("b", "fr", None, "Bakou rejette les accusations selon lesquelles il assiégeait un lac.")
    b.relation("b1", "denies", "AZ", "Bakou rejette les accusations selon lesquelles il assiégeait un lac.",
               events=[b.event("f1", "blockade", "assiégeait")])
    graphs, claims = cluster_claims([a.graph(), b.graph()], ACTORS)
    assert len(claims) == 2 and not any(c.contested for c in claims)


def test_a_denial_that_names_no_claim_joins_the_claim_of_its_article_charging_the_denier():
    a = Builder("a", "en", None, "The separatists said the Azerbaijani army broke the ceasefire. "
                                 "Defence Minister Zakir Hasanov called it disinformation.")
    e = a.event("e1", "ceasefire_violation", "broke the ceasefire")
    a.relation("a1", "accuses", "NK", "The separatists said the Azerbaijani army broke the ceasefire.",
               target="AZ_ARMY", events=[e])
    a.relation("a2", "denies", "HASANOV", "Defence Minister Zakir Hasanov called it disinformation.", target="NK")
    graphs, claims = cluster_claims([a.graph()], ACTORS)
    claim_of, by_id = clusters_by_relation(graphs, claims)
    assert claim_of["a2"] == claim_of["a1"] and by_id[claim_of["a1"]].contested


def test_one_statement_about_two_events_does_not_glue_two_claims():
    # troop build-up claims and offensive claims, and one statement mentioning both (the build-up mainly)
    a = Builder("a", "en", "2023-09-08", "Armenia said Azerbaijan was massing troops for an offensive. "
                                         "The army said Azerbaijani troops were massing.")
    t1, o1 = a.event("t1", "troop_buildup", "massing troops"), a.event("o1", "offensive", "offensive")
    a.relation("a1", "accuses", "AM", "Armenia said Azerbaijan was massing troops for an offensive.", target="AZ",
               events=[t1, o1])
    t2 = a.event("t2", "troop_buildup", "were massing")
    a.relation("a2", "accuses", "AM_MFA", "The army said Azerbaijani troops were massing.", target="AZ", events=[t2])
    b = Builder("b", "en", "2023-09-19", "France condemned the Azerbaijani offensive. "
                                         "Armenia denounced the large-scale offensive.")
    o2, o3 = b.event("o2", "offensive", "Azerbaijani offensive"), b.event("o3", "offensive", "large-scale offensive")
    b.relation("b1", "accuses", "FR", "France condemned the Azerbaijani offensive.", target="AZ", events=[o2])
    b.relation("b2", "accuses", "AM", "Armenia denounced the large-scale offensive.", target="AZ", events=[o3])
    graphs, claims = cluster_claims([a.graph(), b.graph()], ACTORS)
    claim_of, _ = clusters_by_relation(graphs, claims)
    assert claim_of["a1"] == claim_of["a2"]
    assert claim_of["b1"] == claim_of["b2"]
    assert claim_of["a1"] != claim_of["b1"]


def test_different_acts_or_different_accused_never_share_a_cluster():
    a = Builder("a", "en", None, "Armenia accused Azerbaijan of shelling. Armenia accused Russia of shelling. "
                                 "Russia said there was shelling.")
    a.relation("a1", "accuses", "AM", "Armenia accused Azerbaijan of shelling.", target="AZ",
               events=[a.event("e1", "attack", "shelling")])
    a.relation("a2", "accuses", "AM", "Armenia accused Russia of shelling.", target="RU",
               events=[a.event("e2", "attack", "shelling. Russia")])
    a.relation("a3", "asserts", "RU", "Russia said there was shelling.", events=[a.event("e3", "attack", "was shelling")])
    _, claims = cluster_claims([a.graph()], ACTORS)
    assert len(claims) == 3


def test_same_language_statements_with_the_same_words_are_one_claim_without_events():
    a = Builder("a", "en", None, "Kinshasa accused Rwanda of backing the rebels.")
    a.relation("a1", "accuses", "AM", "Kinshasa accused Rwanda of backing the rebels.", target="RU")
    b = Builder("b", "en", None, "UN experts accused Rwanda of backing the rebels in the east.")
    b.relation("b1", "accuses", "FR", "UN experts accused Rwanda of backing the rebels in the east.", target="RU")
    _, claims = cluster_claims([a.graph(), b.graph()], ACTORS)
    assert len(claims) == 1 and set(claims[0].supporters) == {"AM", "FR"}


def test_a_denial_from_the_same_side_does_not_make_a_claim_contested():
    a = Builder("a", "en", None, "Azerbaijan said its troops were on exercise. The ministry denied reports of it.")
    e = a.event("e1", "military_exercise", "on exercise")
    a.relation("a1", "asserts", "AZ", "Azerbaijan said its troops were on exercise.", events=[e])
    a.relation("a2", "denies", "AZ_MOD", "The ministry denied reports of it.", events=[e], responds_to=["a1"])
    _, claims = cluster_claims([a.graph()], ACTORS)
    assert len(claims) == 1 and not claims[0].contested


def test_contested_records_rank_by_actors_and_quote_both_sides_exactly():
    graphs, claims = cluster_claims(ceasefire_corpus(), ACTORS)
    corpus = Corpus(articles=tuple(graphs), actors=ACTORS, claims=claims)
    records = contested_records(corpus)
    assert len(records) == 1
    rec = records[0]
    assert rec["actors"] == 3 and rec["kinds"] == ["ceasefire_violation"]
    assert rec["articles"] == ["en-1", "fr-1"]
    assert [a["label"] for a in rec["deniers"]] == ["Ministry of Defence of Azerbaijan"]
    texts = {g.article.id: g.article.text for g in graphs}
    sides = {s["side"] for s in rec["statements"]}
    assert sides == {"supports", "denies"}
    for s in rec["statements"]:
        ev = s["evidence"]
        assert texts[s["article"]][ev["start"]:ev["end"]] == ev["text"]
    everything = contested_records(corpus, include_uncontested=True)
    assert len(everything) == 3 and everything[0]["id"] == rec["id"]


def test_side_of_follows_part_of_and_survives_cycles():
    parents = {"HASANOV": "AZ_MOD", "AZ_MOD": "AZ", "AZ": None, "X": "Y", "Y": "X"}
    assert side_of("HASANOV", parents) == "AZ"
    assert side_of("NK", parents) == "NK"
    assert side_of("X", parents) in ("X", "Y")
    assert side_of(None, parents) is None


@pytest.mark.parametrize("a,b,language,at_least", [
    ("Armenia violated the ceasefire agreement", "the ceasefire agreement was violated by Armenia", "en", 0.99),
    ("L'Arménie a violé l'accord de cessez-le-feu", "l'accord de cessez-le-feu violé par l'Arménie", "fr", 0.99),
])
def test_content_terms_ignore_stop_words_and_endings(a, b, language, at_least):
    assert jaccard(content_terms(a, language), content_terms(b, language)) >= at_least


def test_empty_corpus():
    assert cluster_claims([], ACTORS) == ((), ())


def _undated_pair(place_en=None, place_fr=None):
    en = Builder("en", "en", None, "The separatists said Azerbaijani forces violated the ceasefire.")
    en.relation("en-1", "accuses", "NK", "The separatists said Azerbaijani forces violated the ceasefire.",
                target="AZ_ARMY", events=[en.event("e1", "ceasefire_violation", "violated the ceasefire",
                                                   place=place_en and place_en[0], qid=place_en and place_en[1])])
    fr = Builder("fr", "fr", None, "Les séparatistes accusent l'Azerbaïdjan d'avoir violé la trêve.")
    fr.relation("fr-1", "accuses", "NK", "Les séparatistes accusent l'Azerbaïdjan d'avoir violé la trêve.",
                target="AZ", events=[fr.event("f1", "ceasefire_violation", "violé la trêve",
                                              place=place_fr and place_fr[0], qid=place_fr and place_fr[1])])
    return [en.graph(), fr.graph()]


def test_across_articles_a_shared_kind_and_accused_need_corroboration():
    _, claims = cluster_claims(_undated_pair(), ACTORS)
    assert len(claims) == 2  # undated, no place: nothing says it is the same violation
    _, claims = cluster_claims(_undated_pair(("Azerbaijan", "Q227"), ("Azerbaïdjan", "Q227")), ACTORS)
    assert len(claims) == 1  # the same place in both languages
    _, claims = cluster_claims(_undated_pair(("Armenia", "Q399"), ("Azerbaïdjan", "Q227")), ACTORS)
    assert len(claims) == 2  # two places: two violations


def test_cluster_label_is_the_claim_in_one_line_without_a_leading_that():
    a = Builder("a", "en", None, "Armenia said that Azerbaijan\nwas massing troops.")
    a.relation("a1", "accuses", "AM", "that Azerbaijan\nwas massing troops", target="AZ")
    _, claims = cluster_claims([a.graph()], ACTORS)
    assert claims[0].label == "Azerbaijan was massing troops"


def test_two_relations_sharing_an_id_each_get_their_own_cluster():
    # an extractor that gives one id to "X accused Y and Z" twice must not put Y's and Z's claims together
    a = Builder("a", "en", None, "Armenia accused Azerbaijan and Russia of shelling.")
    a.relation("dup", "accuses", "AM", "Armenia accused Azerbaijan and Russia of shelling.", target="AZ")
    a.relation("dup", "accuses", "AM", "Armenia accused Azerbaijan and Russia of shelling.", target="RU")
    graphs, claims = cluster_claims([a.graph()], ACTORS)
    assert len(claims) == 2
    assert graphs[0].relations[0].claim != graphs[0].relations[1].claim


def test_an_accusation_whose_accused_was_missed_joins_the_same_charge_in_its_article_only():
    a = Builder("a", "fr", None, "L'Arménie a accusé son voisin de violer ses frontières. "
                                 "Pachinian a accusé l'armée azerbaïdjanaise de franchir la frontière.")
    a.relation("a1", "accuses", "AM", "L'Arménie a accusé son voisin de violer ses frontières.",
               events=[a.event("e1", "border_violation", "violer ses frontières")])
    a.relation("a2", "accuses", "AM_MFA", "Pachinian a accusé l'armée azerbaïdjanaise de franchir la frontière.",
               target="AZ_ARMY", events=[a.event("e2", "border_violation", "franchir la frontière")])
    b = Builder("b", "fr", None, "La Russie a été accusée de violer les frontières de la Géorgie.")
    b.relation("b1", "accuses", "AM", "La Russie a été accusée de violer les frontières de la Géorgie.", target="RU",
               events=[b.event("f1", "border_violation", "violer les frontières")])
    graphs, claims = cluster_claims([a.graph(), b.graph()], ACTORS)
    claim_of, _ = clusters_by_relation(graphs, claims)
    assert claim_of["a1"] == claim_of["a2"] != claim_of["b1"]


@pytest.mark.parametrize("content,label", [
    ("de violer ses frontières", "Violer ses frontières"),
    ("d’avoir violé la trêve", "Avoir violé la trêve"),
    ("qu'il avait violé la trêve", "Il avait violé la trêve"),
    ("of shelling the town", "Shelling the town"),
    ("selon lesquelles il assiégeait un lac", "Il assiégeait un lac"),
    ("Defence minister said", "Defence minister said"),
])
def test_labels_drop_what_introduced_the_content(content, label):
    from kg.claims import _label

    assert _label(content) == label


def _accusation(text: str, content: str, accused: str) -> Relation:
    start = text.index(content)
    t = text.index(accused)
    c = Span(start, start + len(content), content)
    return Relation(id="r", article="a", relation="accuses", source=ActorMention("X", "X", 0, 1),
                    target=ActorMention("Y", accused, t, t + len(accused)), content=c, cue=Span(0, 0, ""),
                    evidence=c, cameo="112")


@pytest.mark.parametrize("text, content, accused, label", [
    ("Colombia accused Venezuela of harbouring rebels.", "Venezuela of harbouring rebels", "Venezuela",
     "Venezuela: harbouring rebels"),
    ("Kinshasa accused its neighbour Rwanda of backing the rebels.", "its neighbour Rwanda of backing the rebels",
     "Rwanda", "Rwanda: backing the rebels"),
    ("Kyiv accused Moscow, which denies it, of shelling the plant.", "Moscow, which denies it, of shelling the plant",
     "Moscow", "Moscow: shelling the plant"),
    ("Le Mali accuse l'armée française d'avoir tiré sur la foule.", "l'armée française d'avoir tiré sur la foule",
     "l'armée française", "L'armée française: avoir tiré sur la foule"),
    # not "accused X of Y": the content is the label
    ("Seoul said Pyongyang fired two missiles.", "Pyongyang fired two missiles", "Pyongyang",
     "Pyongyang fired two missiles"),
    ("Lima said that, according to Quito, the army of Peru had crossed.", "that, according to Quito, the army of Peru had crossed",
     "Peru", "According to Quito, the army of Peru had crossed"),
])
def test_an_accusation_label_reads_accused_colon_charge(text, content, accused, label):
    from kg.claims import claim_label

    assert claim_label(_accusation(text, content, accused)) == label
