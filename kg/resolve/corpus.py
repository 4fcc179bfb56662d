"""One actor per real actor across articles: merge the actors of many `ArticleGraph`s by id."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from kg.model import Actor, ArticleGraph


def merge_actors(graphs: Iterable[ArticleGraph]) -> tuple[Actor, ...]:
    """Actors by id, in first-seen order: the most frequent label, any QID, all aliases."""
    by_id: dict[str, list[Actor]] = defaultdict(list)
    for g in graphs:
        for a in g.actors:
            by_id[a.id].append(a)
    merged = []
    for aid, versions in by_id.items():
        label = Counter(a.label for a in versions).most_common(1)[0][0]
        wikidata = next((a.wikidata for a in versions if a.wikidata), None)
        part_of = Counter(a.part_of for a in versions if a.part_of).most_common(1)
        aliases = tuple(dict.fromkeys(x for a in versions for x in a.aliases))
        merged.append(Actor(id=aid, label=label, kind=versions[0].kind, wikidata=wikidata,
                            part_of=part_of[0][0] if part_of else None, aliases=aliases))
    return tuple(merged)
