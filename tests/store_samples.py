"""Hand-made records for the graph, store and query tests (no spaCy): two small articles about a
border dispute between Serbia and Kosovo, one in English and one in French, with offsets computed
from the text so ``text[start:end] == span.text`` holds."""
from __future__ import annotations

from dataclasses import replace

from kg.model import Actor, ActorMention, Article, ArticleGraph, ClaimCluster, Corpus, Event, Relation, Span

SERBIA = Actor("serbia", "Serbia", "state", "Q403", aliases=("Serbia", "Belgrade"))
KOSOVO = Actor("kosovo", "Kosovo", "state", "Q1246", aliases=("Kosovo", "Pristina"))
SERBIAN_DEFENCE = Actor("serbia.defence-ministry", "Ministry of Defence of Serbia", "organization", None,
                        part_of="serbia", aliases=("the Serbian defence ministry", "le ministère serbe de la Défense"))
ACME = Actor("acme-mining", "Acme Mining", "organization", None, aliases=("Acme Mining",))

EN_TEXT = ("Serbia accused Kosovo of attacking a border post on Friday. "
           "Pristina rejected the claims. "
           "The Serbian defence ministry said troops were on alert.")
FR_TEXT = ("Le ministère serbe de la Défense a accusé le Kosovo d'avoir violé le cessez-le-feu. "
           "Acme Mining a démenti toute implication.")


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def mention(text: str, actor: Actor, surface: str, sentence: Span) -> ActorMention:
    """In the sentence or, for a claimant named earlier, its first mention in the text."""
    s = span(text, surface, sentence.start if surface in sentence.text else 0)
    return ActorMention(actor.id, surface, s.start, s.end)


def relation(rid: str, article: Article, kind: str, source: tuple, target: tuple | None, cue: str, sentence: str,
             cameo: str = "010", responds_to=(), events=()) -> Relation:
    text = article.text
    ev = span(text, sentence)
    return Relation(id=rid, article=article.id, relation=kind,
                    source=mention(text, source[0], source[1], ev),
                    target=mention(text, target[0], target[1], ev) if target else None,
                    content=ev, cue=span(text, cue, ev.start), evidence=ev, cameo=cameo,
                    responds_to=tuple(responds_to), events=tuple(events))


def english_article(date: str | None = "2024-03-02", text: str = EN_TEXT) -> ArticleGraph:
    article = Article(id="en-border.txt", text=text, language="en", title="Serbia accuses Kosovo", date=date,
                      outlet="Wire", source_path="samples/en-border.txt")
    s1 = "Serbia accused Kosovo of attacking a border post on Friday."
    attack = Event(id="en-border.txt#e1", article=article.id, kind="attack", label="attacking",
                   evidence=span(text, s1), time_start="2024-03-01", time_end="2024-03-01", time_text="on Friday",
                   place="border post", participants=("kosovo",))
    rels = [relation("r-en-1", article, "accuses", (SERBIA, "Serbia"), (KOSOVO, "Kosovo"), "accused", s1, "112",
                     events=(attack.id,))]
    if "Pristina rejected the claims." in text:
        rels.append(relation("r-en-2", article, "denies", (KOSOVO, "Pristina"), (SERBIA, "Serbia"), "rejected",
                             "Pristina rejected the claims.", "016", responds_to=("r-en-1",)))
    if "The Serbian defence ministry said troops were on alert." in text:
        rels.append(relation("r-en-3", article, "asserts", (SERBIAN_DEFENCE, "The Serbian defence ministry"), None,
                             "said", "The Serbian defence ministry said troops were on alert."))
    return ArticleGraph(article=article, actors=(SERBIA, KOSOVO, SERBIAN_DEFENCE), relations=tuple(rels),
                        events=(attack,))


def french_article(date: str | None = "2024-03-05") -> ArticleGraph:
    text = FR_TEXT
    article = Article(id="fr-cessez.txt", text=text, language="fr", title="Accusations serbes", date=date,
                      outlet="Quotidien", source_path="samples/fr-cessez.txt")
    s1 = "Le ministère serbe de la Défense a accusé le Kosovo d'avoir violé le cessez-le-feu."
    s2 = "Acme Mining a démenti toute implication."
    rels = (
        relation("r-fr-1", article, "accuses", (SERBIAN_DEFENCE, "Le ministère serbe de la Défense"),
                 (KOSOVO, "Kosovo"), "accusé", s1, "112"),
        relation("r-fr-2", article, "denies", (ACME, "Acme Mining"), None, "démenti", s2, "016"),
    )
    return ArticleGraph(article=article, actors=(SERBIA, KOSOVO, SERBIAN_DEFENCE, ACME), relations=rels)


def hand_corpus(graphs: list[ArticleGraph]) -> Corpus:
    """A corpus with merged actors and ONE hand-made contested claim (the attack charge and its
    denial), independent of kg.claims' clustering."""
    from kg.resolve.corpus import merge_actors

    ids = {r.id for g in graphs for r in g.relations}
    members = tuple(r for r in ("r-en-1", "r-en-2", "r-fr-1") if r in ids)
    claim = ClaimCluster(id="c-attack", label="Kosovo attacked a border post", relations=members,
                         supporters=("serbia",), deniers=("kosovo",) if "r-en-2" in ids else (),
                         contested="r-en-2" in ids)
    graphs = [replace(g, relations=tuple(replace(r, claim="c-attack" if r.id in members else None)
                                         for r in g.relations)) for g in graphs]
    return Corpus(articles=tuple(graphs), actors=merge_actors(graphs), claims=(claim,) if members else ())
