"""`GET /health`: the service is up, with the store's counts and limits."""
from __future__ import annotations

import asyncio

from fastapi import APIRouter

from api.deps import SettingsDep, StoreDep
from api.schemas import Health
from kg.store import StoreError

router = APIRouter(tags=["service"])


@router.get("/health", response_model=Health, summary="Service status and store counts")
async def health(store: StoreDep, settings: SettingsDep) -> Health:
    """Answers at once even while slow queries run: the triple count is computed once per store
    state, outside the query threads (-1 when it could not be counted within 2 s)."""
    from api.app import _version

    try:  # counted once per store state, off the event loop and off the query threads
        stats = await asyncio.wait_for(asyncio.to_thread(store.cached, "health-stats", store.stats), 2.0)
    except (asyncio.TimeoutError, StoreError):
        stats = {"articles": len(store.article_ids()), "triples": -1}
    return Health(articles=stats["articles"], triples=stats["triples"], version=_version(),
                  writes=bool(settings.write_token), query_timeout=settings.query_timeout, row_cap=settings.row_cap)
