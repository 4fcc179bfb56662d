"""Corpus operations on a `ClaimStore`: ingest, remove, rebuild — keeping the cross-article
structures (merged actors, claim clusters, contested flags: the corpus graph) consistent after each.

Every write goes through `ClaimStore.commit`, one transaction holding the changed article graphs AND
the recomputed corpus graph, so a reader never sees articles and corpus out of step.

    ingest(store, articles)            add new articles, replace edited ones, skip unchanged ones
    remove(store, ["a.txt"])           take articles out
    rebuild(store, articles)           the store holds exactly these articles, all re-extracted (kg build)

Extraction (the slow part, spaCy) happens before the transaction; an article whose extraction fails
is reported in the result and stored nowhere, and the others go on. ``batch_size`` articles are
committed at a time, so an interrupted long ingest keeps the batches already committed and nothing
of the batch in flight.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from kg.model import Article, ArticleGraph
from kg.store import ClaimStore

#: articles extracted and committed together by `ingest`
DEFAULT_BATCH_SIZE = 64


@dataclass
class IngestReport:
    """What an ingest did, article ids in input order."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason)

    @property
    def changed(self) -> list[str]:
        return self.added + self.replaced

    def as_dict(self) -> dict:
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged,
                "failed": [{"article": a, "reason": r} for a, r in self.failed]}

    def summary(self) -> str:
        text = (f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.unchanged)} unchanged, "
                f"{len(self.failed)} failed")
        return text


def _extract_default(article: Article) -> ArticleGraph:
    from kg.pipeline import extract_article

    return extract_article(article)


def progress_bar(items: Sequence, enabled: bool | None, desc: str):
    """tqdm on stderr when asked, or (``enabled=None``) when stderr is a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled or len(items) < 2:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="article", file=sys.stderr, leave=False, dynamic_ncols=True)


def _counter(total: int, enabled: bool | None, desc: str):
    """A tqdm bar counting to ``total`` on stderr, or None (see `progress_bar`)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled or total < 2:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="article", file=sys.stderr, leave=False, dynamic_ncols=True)


def ingest(store: ClaimStore, articles: Iterable[Article], *, force: bool = False,
           progress: bool | None = False, batch_size: int = DEFAULT_BATCH_SIZE,
           extract: Callable[[Article], ArticleGraph] = _extract_default) -> IngestReport:
    """Add articles to the store: new ones are added, edited ones (different `Article.sha256`)
    replace their old version, unchanged ones are left alone (no extraction, no write) unless
    ``force`` (re-extract, e.g. after kg itself changed). ``extract`` is `kg.pipeline.extract_article`
    (tests inject failures through it)."""
    report = IngestReport()
    todo: list[Article] = []
    for article in dict((a.id, a) for a in articles).values():  # last version of an id wins
        stored = store.stored(article.id)
        if stored is not None and stored.sha256 == article.sha256 and not force:
            report.unchanged.append(article.id)
        else:
            todo.append(article)
    bar = _counter(len(todo), progress, "ingesting")
    try:
        for start in range(0, len(todo), max(1, batch_size)):
            graphs = []
            for article in todo[start:start + max(1, batch_size)]:
                try:
                    graphs.append(extract(article))
                except Exception as e:  # one bad article must not sink the batch
                    report.failed.append((article.id, f"extraction failed: {type(e).__name__}: {e}"))
                if bar is not None:
                    bar.update(1)
            if not graphs:
                continue
            with store.writing():
                existed = {g.article.id for g in graphs if store.stored(g.article.id) is not None}
                store.commit(put=graphs)  # the store computes (and stamps) the corpus after the change
            for g in graphs:
                (report.replaced if g.article.id in existed else report.added).append(g.article.id)
    finally:
        if bar is not None:
            bar.close()
    return report


def remove(store: ClaimStore, article_ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """Take articles out of the store in one transaction. Returns (removed ids, ids not found)."""
    ids = list(dict.fromkeys(article_ids))
    with store.writing():
        present = [a for a in ids if store.stored(a) is not None]
        missing = [a for a in ids if store.stored(a) is None]
        if present:
            store.commit(remove=present)
    return present, missing


def rebuild(store: ClaimStore, graphs: Sequence[ArticleGraph]) -> None:
    """Make the store hold exactly ``graphs`` (already extracted), in one transaction: `kg build`."""
    with store.writing():
        new_ids = {g.article.id for g in graphs}
        gone = [a for a in store.article_ids() if a not in new_ids]
        store.commit(put=graphs, remove=gone)

