"""Named-query latency on a synthetic claim store of about a million triples, and the same
who-accused-whom SPARQL on plain in-memory rdflib, in the same process.

    .venv/bin/python bench/store_queries.py [--triples 1000000] [--repeat 15]

Prints figures, asserts nothing. The synthetic articles have kg's real shape (records -> kg.graph.rdf
-> ClaimStore.commit): statements with evidence, cue, content and mention spans, events, actors with
part-of links; the corpus graph holds merged actors (no claim clustering: it is not what is timed).
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.model import Actor, ActorMention, Article, ArticleGraph, Corpus, Event, Relation, Span  # noqa: E402

STATES = [("arcadia", "Arcadia", "Q90001"), ("borduria", "Borduria", "Q90002"), ("carpania", "Carpania", "Q90003"),
          ("dravonia", "Dravonia", "Q90004"), ("elbonia", "Elbonia", "Q90005"), ("freedonia", "Freedonia", "Q90006"),
          ("genovia", "Genovia", "Q90007"), ("hyperbolia", "Hyperbolia", "Q90008")]
KINDS = ("accuses", "denies", "asserts")
CUES = {"accuses": "accused", "denies": "denied", "asserts": "said"}


def actors() -> list[Actor]:
    out = []
    for sid, label, qid in STATES:
        out.append(Actor(sid, label, "state", qid, aliases=(label,)))
        out.append(Actor(f"{sid}.defence-ministry", f"Ministry of Defence of {label}", "organization", None,
                         part_of=sid, aliases=(f"the {label} defence ministry",)))
        out.append(Actor(f"{sid}.foreign-ministry", f"Ministry of Foreign Affairs of {label}", "organization", None,
                         part_of=sid))
        out.append(Actor(f"person.{sid}-spokesman", f"{label} Spokesman", "person", None,
                         part_of=f"{sid}.foreign-ministry"))
    return out


def synthetic_article(i: int, rng: random.Random, pool: list[Actor], per_article: int) -> ArticleGraph:
    sentences, relations, events = [], [], []
    offset = 0
    article_id = f"synthetic-{i:06d}.txt"
    for j in range(per_article):
        src, tgt = rng.sample(pool, 2)
        kind = rng.choice(KINDS)
        sentence = f"{src.label} {CUES[kind]} {tgt.label} of shelling village number {rng.randint(1, 999)}."
        sentences.append(sentence)
        ev = Span(offset, offset + len(sentence), sentence)
        cue_at = offset + len(src.label) + 1
        cue = Span(cue_at, cue_at + len(CUES[kind]), CUES[kind])
        tgt_at = cue.end + 1
        event = Event(id=f"e-{i}-{j}", article=article_id, kind="attack", label="shelling",
                      evidence=ev, time_start="2023-09-01", time_end="2023-09-01", participants=(tgt.id,))
        events.append(event)
        relations.append(Relation(
            id=f"r-{i}-{j}", article=article_id, relation=kind,
            source=ActorMention(src.id, src.label, offset, offset + len(src.label)),
            target=ActorMention(tgt.id, tgt.label, tgt_at, tgt_at + len(tgt.label)),
            content=ev, cue=cue, evidence=ev, cameo={"accuses": "112", "denies": "016", "asserts": "010"}[kind],
            responds_to=(f"r-{i}-{j - 1}",) if kind == "denies" and j else (), events=(event.id,)))
        offset += len(sentence) + 1
    text = " ".join(sentences)
    day = 1 + i % 28
    article = Article(id=article_id, text=text, language=rng.choice(("en", "fr")), title=f"Synthetic {i}",
                      date=f"2023-{1 + (i // 28) % 12:02d}-{day:02d}", outlet="Synthetic Wire")
    used = {r.source.actor for r in relations} | {r.target.actor for r in relations}
    by_id = {a.id: a for a in pool}
    for a in list(used):  # parents too, as ArticleActors.actors() gives them
        while by_id[a].part_of:
            a = by_id[a].part_of
            used.add(a)
    return ArticleGraph(article=article, actors=tuple(a for a in pool if a.id in used), relations=tuple(relations),
                        events=tuple(events))


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--per-article", type=int, default=8)
    ap.add_argument("--skip-rdflib", action="store_true")
    args = ap.parse_args()

    from kg import queries
    from kg.graph import rdf
    from kg.resolve.corpus import merge_actors
    from kg.settings import Settings
    from kg.store import ClaimStore

    rng = random.Random(7)
    pool = actors()
    probe = synthetic_article(0, rng, pool, args.per_article)
    per_article = sum(1 for _ in rdf.article_triples(probe)) + 1
    n_articles = max(1, args.triples // per_article)
    t = time.perf_counter()
    graphs = [synthetic_article(i, rng, pool, args.per_article) for i in range(n_articles)]
    corpus = Corpus(articles=tuple(graphs), actors=merge_actors(graphs))
    store = ClaimStore(settings=Settings(row_cap=10_000, query_timeout=60))
    for start in range(0, len(graphs), 500):  # commits of 500 articles; the corpus graph once at the end
        chunk = graphs[start:start + 500]
        store.commit(put=chunk, corpus=Corpus(articles=tuple(graphs[:start + len(chunk)]), actors=corpus.actors))
    load_s = time.perf_counter() - t
    stats = store.stats()
    print(f"synthetic store: {n_articles} articles, {len(corpus.relations)} statements, {stats['triples']} triples "
          f"(built and committed in {load_s:.1f} s)")

    cases = {
        "accusations (first page)": lambda: queries.accusations(store),
        "accusations --source Arcadia (parts included)": lambda: queries.accusations(store, source="Arcadia"),
        "accusations --source Q90002 --since 2023-06-01": lambda: queries.accusations(store, source="Q90002",
                                                                                    since="2023-06-01"),
        "accusations --target Carpania, page 10": lambda: queries.accusations(store, target="Carpania", offset=450),
        "timeline --source Arcadia": lambda: queries.timeline(store, source="Arcadia"),
        "actor profile Borduria (5 lists)": lambda: queries.actor_profile(store, "Borduria", limit=20),
        "actor search 'ministry'": lambda: queries.search_actors(store, "ministry"),
    }
    queries.accusations(store)  # warm the alias index
    print(f"\n{'named query':52} median ms ({args.repeat} runs)")
    results = {}
    for name, fn in cases.items():
        results[name] = median_ms(fn, args.repeat)
        print(f"{name:52} {results[name]:8.1f}")

    who = queries.accusations(store, source="Arcadia", show_sparql=True)
    page_query = who["sparql"]
    ox_ms = median_ms(lambda: store.sparql(page_query), args.repeat)
    print(f"\nwho-accused-whom page query alone, pyoxigraph: {ox_ms:.1f} ms median "
          f"({who['total']} matches, page of {len(who['items'])})")
    if not args.skip_rdflib:
        import rdflib

        t = time.perf_counter()
        ds = rdflib.Dataset(default_union=True)
        for graph_iri, triples in rdf.dataset(corpus):
            g = ds.graph(graph_iri)
            for tr in triples:
                g.add(tr)
        print(f"rdflib in-memory dataset loaded in {time.perf_counter() - t:.1f} s ({len(ds)} triples in the union)")
        rd_runs = max(1, min(args.repeat, 3))
        rd_ms = median_ms(lambda: list(ds.query(page_query)), rd_runs)
        print(f"same query, rdflib in memory: {rd_ms:.1f} ms median ({rd_runs} runs); "
              f"pyoxigraph is {rd_ms / ox_ms:.0f}x faster")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (this process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
