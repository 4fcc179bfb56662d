"""The named queries as REST: `/accusations`, `/timeline`, `/contested`, `/actors`, `/actors/{id}`,
`/claims/{id}`, `/graph`. Each calls `kg.queries` (or `kg.views` for `/graph`) on a query thread with
the time limit; a bad filter value is a 422 with the reason."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Callable

from fastapi import APIRouter, HTTPException, Path, Query
from pydantic import BeforeValidator, StringConstraints

from api import examples as ex
from api.deps import PageDep, RunnerDep, StoreDep
from api.schemas import (ActorProfile, ActorSummary, ClaimDetail, ClaimItem, Error, GraphView, QueryPage,
                         StatementItem, Timeline)

router = APIRouter(tags=["queries"], responses={422: {"model": Error, "description": "a parameter kg cannot use"}})

ACTOR_HELP = "an actor id, a Wikidata QID (Q227) or any name in English or French (Azerbaïdjan, Bakou, Azerbaijani)"
Source = Annotated[str | None, Query(description=f"who speaks: {ACTOR_HELP}; its parts are included",
                                     examples=["Azerbaijan"])]
Target = Annotated[str | None, Query(description=f"who is accused or answered: {ACTOR_HELP}", examples=["Q399"])]
RELATION_LIST = r"^(accuses|denies|asserts)(,(accuses|denies|asserts))*$"
def _iso_date_only(value):
    """Dates are YYYY-MM-DD, nothing looser (pydantic alone would read "0" as 1970-01-01)."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("expected a date written YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date_only)]
Since = Annotated[IsoDate | None, Query(description="from this article date on (YYYY-MM-DD, inclusive)",
                                     examples=["2023-09-01"])]
Until = Annotated[IsoDate | None, Query(description="up to this article date (YYYY-MM-DD, inclusive)",
                                     examples=["2023-09-30"])]
Language = Annotated[str | None, Query(description="article language (en, fr)", examples=["fr"])]
ArticleFilter = Annotated[str | None, Query(description="article id", examples=[ex.ARTICLE_ID])]
Relations = Annotated[list[Annotated[str, StringConstraints(pattern=RELATION_LIST)]] | None, Query(
    description="relation types (accuses, denies, asserts), repeated or comma-separated", examples=["accuses,denies"])]
ShowSparql = Annotated[bool, Query(description="add the SPARQL the query ran (`sparql`)", examples=[False])]

BAD_FILTER = {422: {"model": Error, "description": "a filter value kg cannot use (date, relation type)"},
              503: {"model": Error, "description": "the query ran over the time limit"}}


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _relations(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [r.strip() for v in values for r in v.split(",") if r.strip()]


async def _run(runner, fn: Callable, *args, **kwargs):
    try:
        return await runner.read(fn, *args, **kwargs)
    except ValueError as e:
        raise HTTPException(422, str(e)) from None


@router.get("/accusations", response_model=QueryPage[StatementItem], summary="Who accused whom of what",
            responses=BAD_FILTER)
async def accusations(store: StoreDep, runner: RunnerDep, page: PageDep, source: Source = None,
                      target: Target = None, since: Since = None, until: Until = None, language: Language = None,
                      article: ArticleFilter = None, relation: Relations = None,
                      show_sparql: ShowSparql = False) -> dict:
    """Accusations (or, with `relation`, denials and assertions), oldest first, each with its
    evidence span and article. Filters combine with AND."""
    from kg import queries

    return await _run(runner, queries.accusations, store, source=source, target=target, since=iso(since),
                      until=iso(until), language=language, article=article, relations=_relations(relation) or ("accuses",),
                      limit=page.limit, offset=page.offset, show_sparql=show_sparql)


@router.get("/timeline", response_model=Timeline, summary="Accusations and denials over time", responses=BAD_FILTER)
async def timeline(store: StoreDep, runner: RunnerDep, source: Source = None, target: Target = None,
                   since: Since = None, until: Until = None, language: Language = None,
                   article: ArticleFilter = None, relation: Relations = None,
                   show_sparql: ShowSparql = False) -> dict:
    """One item per article date with counts by relation type (default accusations and denials);
    `undated` counts statements of articles without a date."""
    from kg import queries

    return await _run(runner, queries.timeline, store, source=source, target=target, since=iso(since),
                      until=iso(until), language=language, article=article, relations=_relations(relation) or ("accuses", "denies"),
                      show_sparql=show_sparql)


@router.get("/contested", response_model=QueryPage[ClaimItem], summary="Contested claims", responses=BAD_FILTER)
async def contested(store: StoreDep, runner: RunnerDep, page: PageDep,
                    actor: Annotated[str | None, Query(description=f"claims this actor takes part in: {ACTOR_HELP}",
                                                       examples=["Armenia"])] = None,
                    contested_only: Annotated[bool, Query(description="false: every claim cluster",
                                                          examples=[True])] = True,
                    show_sparql: ShowSparql = False) -> dict:
    """Claims one side asserts or charges and another denies, with each side's actors and evidence."""
    from kg import queries

    return await _run(runner, queries.contested, store, actor=actor, contested_only=contested_only,
                      limit=page.limit, offset=page.offset, show_sparql=show_sparql)


@router.get("/actors", response_model=QueryPage[ActorSummary], summary="Search actors by any name",
            responses=BAD_FILTER)
async def search_actors(store: StoreDep, runner: RunnerDep, page: PageDep,
                        q: Annotated[str, Query(description="part of a name, alias, id, or a QID; empty: all",
                                                examples=["Bakou"])] = "") -> dict:
    from kg import queries

    return await _run(runner, queries.search_actors, store, q, limit=page.limit, offset=page.offset)


@router.get("/actors/{actor}", response_model=ActorProfile, summary="Actor profile",
            responses={404: {"model": Error, "description": "no actor matches"}, **BAD_FILTER})
async def actor_profile(store: StoreDep, runner: RunnerDep,
                        actor: Annotated[str, Path(description=ACTOR_HELP, examples=["Azerbaijan"])],
                        include_parts: Annotated[bool, Query(description="include what its parts said",
                                                             examples=[True])] = True,
                        limit: Annotated[int | None, Query(ge=1, le=10_000, description="items per list",
                                                           examples=[20])] = None,
                        show_sparql: ShowSparql = False) -> dict:
    """What the actor asserted, accused and denied, what it was accused of, and its part-of tree."""
    from kg import queries

    profile = await _run(runner, queries.actor_profile, store, actor, include_parts=include_parts, limit=limit,
                         show_sparql=show_sparql)
    if profile is None:
        raise HTTPException(404, f"no actor matches {actor!r}")
    return profile


@router.get("/claims/{claim_id}", response_model=ClaimDetail, summary="Claim detail",
            responses={404: {"model": Error, "description": "no such claim"}, **BAD_FILTER})
async def claim_detail(store: StoreDep, runner: RunnerDep,
                       claim_id: Annotated[str, Path(description="claim cluster id (from /contested)",
                                                     examples=[ex.CLAIM_ID])],
                       show_sparql: ShowSparql = False) -> dict:
    """Every statement of a claim cluster, with evidence spans and article links."""
    from kg import queries

    detail = await _run(runner, queries.claim_detail, store, claim_id, show_sparql=show_sparql)
    if detail is None:
        raise HTTPException(404, f"no claim {claim_id!r} in the store")
    return detail


@router.get("/graph", response_model=GraphView, summary="Nodes and edges for the page", responses=BAD_FILTER)
async def graph(store: StoreDep, runner: RunnerDep,
                actor: Annotated[str | None, Query(description=f"statements by or about: {ACTOR_HELP}",
                                                   examples=["Arménie"])] = None,
                relation: Relations = None, since: Since = None, until: Until = None, language: Language = None,
                article: ArticleFilter = None,
                contested_only: Annotated[bool, Query(description="only contested claims", examples=[True])]
                = False) -> dict:
    """The contested-claims picture: actor and claim nodes, statement edges, statements, timeline."""
    from kg.views import GraphFilters, graph_view, inputs_from_corpus

    def view():
        filters = GraphFilters(actor=actor, relation=tuple(_relations(relation) or ()), since=iso(since),
                               until=iso(until), language=language or None, article=article or None,
                               contested_only=contested_only)
        inputs = store.cached("api.view_inputs", lambda: inputs_from_corpus(store.corpus()))
        return graph_view(inputs, filters)

    return await _run(runner, view)
