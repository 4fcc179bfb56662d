"""`GET /relations`: relation records (the JSONL format of `kg extract`) with article metadata."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import examples as ex
from api.deps import PageDep, RunnerDep, StoreDep, page_of
from api.schemas import RELATION_EXAMPLE, Error, Page, RelationRecord, RelationType

router = APIRouter(tags=["relations"], responses={422: {"model": Error, "description": "a parameter kg cannot use"}})


@router.get("/relations", response_model=Page[RelationRecord], summary="Relation records",
            responses={200: {"content": {"application/json": {"example": {
                "items": [RELATION_EXAMPLE], "total": 1, "limit": 50, "offset": 0, "truncated": False,
                "sparql": None}}}}})
async def relations(
    store: StoreDep, runner: RunnerDep, page: PageDep,
    article: Annotated[str | None, Query(description="only this article's relations",
                                         examples=[ex.ARTICLE_ID])] = None,
    relation: Annotated[RelationType | None, Query(description="only this relation type", examples=["denies"])]
    = None,
) -> dict:
    """Every attributed statement with its source, target, cue, content and evidence span (character
    offsets into the article's text), plus the article's title, date, language and outlet."""
    records = await runner.read(store.relation_records, article=article, relation=relation)
    return page_of(records, page)
