"""One actor per real actor across articles: merge the actors of many `ArticleGraph`s by id.

Ids are deterministic functions of what an actor is (`kg.resolve.actor_ids`), so the same actor has
the same id in every article, in English and in French; merging only has to choose among the
records' labels and links:

- label: a state's or institution's label is canonical already; a person's is the fullest spelling
  seen most often ("Nikol Pashinyan" over "Pashinyan"); otherwise the most frequent label;
- wikidata: any QID a record has;
- part_of: the link most articles give; on a tie the more specific one (a ministry over its state);
- aliases: every surface form seen, in any language, in first-seen order.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from kg.model import Actor, ArticleGraph


def merge_actors(graphs: Iterable[ArticleGraph]) -> tuple[Actor, ...]:
    """The actors of ``graphs``, one record per id, in first-seen order."""
    by_id: dict[str, list[Actor]] = defaultdict(list)
    for g in graphs:
        for a in g.actors:
            by_id[a.id].append(a)
    return tuple(merge_records(versions) for versions in by_id.values())


def merge_records(versions: list[Actor]) -> Actor:
    """One record from the records of one actor id."""
    first = versions[0]
    labels = Counter(a.label for a in versions)
    if first.kind == "person":
        label = max(labels, key=lambda lb: (len(lb.split()), labels[lb], -_first_index(versions, lb)))
    else:
        label = max(labels, key=lambda lb: (labels[lb], -_first_index(versions, lb)))
    wikidata = next((a.wikidata for a in versions if a.wikidata), None)
    parents = Counter(a.part_of for a in versions if a.part_of)
    part_of = max(parents, key=lambda p: (parents[p], p.count("."))) if parents else None
    aliases = tuple(dict.fromkeys(x for a in versions for x in (a.label, *a.aliases) if x))
    return Actor(id=first.id, label=label, kind=first.kind, wikidata=wikidata, part_of=part_of, aliases=aliases)


def _first_index(versions: list[Actor], label: str) -> int:
    return next(i for i, a in enumerate(versions) if a.label == label)
