"""Dependencies shared by the routers, as ``Annotated`` aliases: settings, the store, pagination and
the write token check."""
from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from kg.settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request):
    """The app's `kg.store.ClaimStore`, opened once by the app's lifespan."""
    return request.app.state.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[object, Depends(get_store)]


@dataclass(frozen=True)
class Pagination:
    limit: int
    offset: int


def pagination(
    settings: SettingsDep,
    limit: Annotated[int | None, Query(ge=1, le=10_000, description="page size (default: setting page_size)",
                                          examples=[20])] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="rows to skip",
                                     examples=[0])] = 0,
) -> Pagination:
    size = settings.page_size if limit is None else limit
    return Pagination(limit=min(size, settings.row_cap), offset=offset)


PageDep = Annotated[Pagination, Depends(pagination)]


def page_of(records: list, page: Pagination) -> dict:
    """One page of a whole result; ``truncated`` as on the named queries: more rows exist beyond it."""
    items = records[page.offset:page.offset + page.limit]
    return {"items": items, "total": len(records), "limit": page.limit, "offset": page.offset,
            "truncated": page.offset + len(items) < len(records)}


def require_write_token(request: Request, settings: SettingsDep) -> None:
    """Writes need ``Authorization: Bearer <write_token>``; with no token configured they are refused."""
    if not settings.write_token:
        raise HTTPException(403, "writes are disabled: no write token is configured "
                                 "(setting write_token, environment variable KG_WRITE_TOKEN)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "this write needs the header 'Authorization: Bearer <write token>'",
                            headers={"WWW-Authenticate": 'Bearer realm="kg"'})
    if not hmac.compare_digest(given.strip().encode(), settings.write_token.encode()):
        raise HTTPException(401, "the write token is wrong",
                            headers={"WWW-Authenticate": 'Bearer realm="kg", error="invalid_token"'})


WriteAuth = Annotated[None, Depends(require_write_token)]


def get_runner(request: Request):
    """The app's `api.runner.Runner` (query threads with a time limit, one writer thread)."""
    return request.app.state.runner


RunnerDep = Annotated[object, Depends(get_runner)]
