"""A small hand-made corpus for the web view and picture tests (model-free): two sides, two contested
claims, an accusation outside any claim and a lone assertion, in two languages and three articles."""
from __future__ import annotations

from kg.model import Actor, ActorMention, Article, ArticleGraph, ClaimCluster, Corpus, Relation, Span

A1 = Article(id="a1.txt", language="en", date="2023-09-08", outlet="Wire One", title="Shelling reported",
             text="The Azerbaijani Defence Ministry accused Armenian forces of shelling its positions. "
                  "Armenia's Foreign Ministry rejected the claim as disinformation.")
A2 = Article(id="a2.txt", language="fr", date="2023-09-19", outlet="Le Quotidien", title="Frontière",
             text="Erevan accuse Bakou de masser des troupes à la frontière. Bakou a démenti. "
                  "Erevan dénonce aussi le blocus du corridor.")
A3 = Article(id="a3.txt", language="en", date=None, outlet=None, title="Peacekeepers",
             text="Russian peacekeepers said they recorded ceasefire violations.")

ACTORS = (
    Actor("azerbaijan", "Azerbaijan", "state", "Q227", aliases=("Azerbaijan", "Baku", "Bakou", "Azerbaïdjan")),
    Actor("azerbaijan-mod", "Ministry of Defence of Azerbaijan", "organization", part_of="azerbaijan",
          aliases=("Azerbaijani Defence Ministry",)),
    Actor("armenia", "Armenia", "state", "Q399", aliases=("Armenia", "Yerevan", "Erevan", "Arménie")),
    Actor("armenia-mfa", "Ministry of Foreign Affairs of Armenia", "organization", part_of="armenia",
          aliases=("Armenia's Foreign Ministry",)),
    Actor("russia", "Russia", "state", "Q159", aliases=("Russia", "Russian peacekeepers")),
)


def span(article: Article, text: str) -> Span:
    start = article.text.index(text)
    return Span(start, start + len(text), text)


def mention(article: Article, actor: str, surface: str) -> ActorMention:
    s = span(article, surface)
    return ActorMention(actor, surface, s.start, s.end)


def relation(rid, article, rel, src, src_text, evidence, content, cue, tgt=None, tgt_text=None,
             claim=None, responds_to=()):
    return Relation(
        id=rid, article=article.id, relation=rel, source=mention(article, src, src_text),
        target=mention(article, tgt, tgt_text) if tgt else None, content=span(article, content),
        cue=span(article, cue), evidence=span(article, evidence), cameo="112" if rel == "accuses" else "016",
        responds_to=tuple(responds_to), claim=claim)


R1 = relation("r1", A1, "accuses", "azerbaijan-mod", "Azerbaijani Defence Ministry",
              "The Azerbaijani Defence Ministry accused Armenian forces of shelling its positions.",
              "Armenian forces of shelling its positions", "accused", "armenia", "Armenian", claim="c1")
R2 = relation("r2", A1, "denies", "armenia-mfa", "Armenia's Foreign Ministry",
              "Armenia's Foreign Ministry rejected the claim as disinformation.", "the claim", "rejected",
              claim="c1", responds_to=("r1",))
R3 = relation("r3", A2, "accuses", "armenia", "Erevan", "Erevan accuse Bakou de masser des troupes à la frontière.",
              "de masser des troupes à la frontière", "accuse", "azerbaijan", "Bakou", claim="c2")
R4 = relation("r4", A2, "denies", "azerbaijan", "Bakou", "Bakou a démenti.", "Bakou a démenti", "démenti",
              claim="c2")
R5 = relation("r5", A2, "accuses", "armenia", "Erevan", "Erevan dénonce aussi le blocus du corridor.",
              "le blocus du corridor", "dénonce", "azerbaijan", "blocus")
R6 = relation("r6", A3, "asserts", "russia", "Russian peacekeepers",
              "Russian peacekeepers said they recorded ceasefire violations.",
              "they recorded ceasefire violations", "said")

CLAIMS = (
    ClaimCluster("c1", "Armenian forces shelled Azerbaijani positions", ("r1", "r2"), ("azerbaijan-mod",),
                 ("armenia-mfa",), True),
    ClaimCluster("c2", "Azerbaijan is massing troops at the border", ("r3", "r4"), ("armenia",), ("azerbaijan",),
                 True),
)


def sample_corpus() -> Corpus:
    graphs = (
        ArticleGraph(A1, ACTORS[:4], (R1, R2)),
        ArticleGraph(A2, (ACTORS[0], ACTORS[2]), (R3, R4, R5)),
        ArticleGraph(A3, (ACTORS[4],), (R6,)),
    )
    return Corpus(articles=graphs, actors=ACTORS, claims=CLAIMS)
