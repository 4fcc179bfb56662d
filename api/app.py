"""The FastAPI application: ``create_app(settings)``.

Routers live in ``api/routers/`` (one per resource), dependencies in ``api/deps.py``, response
models in ``api/schemas.py``. The app holds no RDF and no query logic: it calls ``kg.store``,
``kg.queries`` and ``kg.corpus_ops``.

Blocking work (store queries, extraction of a posted article) never runs on the event loop: SPARQL
and named queries go to a small dedicated thread pool with a time limit (``api.runner``), writes to
another one, one at a time. So a slow query does not stop /health or other requests.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from api.errors import validation_message
from api.logging import RequestLogMiddleware
from api.runner import Runner
from kg.settings import Settings

log = logging.getLogger("kg.api")

DESCRIPTION = """\
kg turns news articles (English and French) into a claim-and-counterclaim graph: actors, the
statements they make (**asserts**), the accusations they level (**accuses**) and the denials they
issue (**denies**), each with its exact evidence span in the article.

* Read: named queries (`/accusations`, `/contested`, `/actors`, `/claims/{id}`, `/timeline`),
  relation records (`/relations`), articles (`/articles`), and a read-only SPARQL 1.1 endpoint
  (`/sparql`) with a time limit (setting `query_timeout`) and a row cap (setting `row_cap`).
* Export: `/export` streams Turtle, N-Triples, JSON-LD or GraphML, whole or filtered.
* Write: `POST /articles` and `DELETE /articles/{id}` need `Authorization: Bearer <token>`
  (setting `write_token`; with none configured, writes are refused). Bodies over `max_body_bytes`
  are refused with 413.

Lists are `{"items": [...], "total": n, "limit": n, "offset": n, "truncated": bool}`; named
queries take `show_sparql=true` to return the SPARQL they ran. Errors are `{"detail": "reason"}`.
"""

TAGS = [
    {"name": "service", "description": "Health and counts."},
    {"name": "queries", "description": "Named queries: who accused whom, contested claims, actors, claims, timeline."},
    {"name": "relations", "description": "Relation records (the JSONL format of `kg extract`)."},
    {"name": "articles", "description": "Articles: list, read (with full text), ingest, remove."},
    {"name": "sparql", "description": "SPARQL 1.1 Protocol endpoint, read-only."},
    {"name": "export", "description": "Streamed exports of the graph."},
]


def create_app(settings: Settings | None = None) -> FastAPI:
    """The kg service over the store at ``settings.store_path``."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from kg.store import ClaimStore

        app.state.store = ClaimStore.open(settings)
        app.state.runner = Runner(settings)
        log.info("serving the store at %s (query_timeout=%ss, row_cap=%d, writes %s)", settings.store_path,
                 settings.query_timeout, settings.row_cap, "enabled" if settings.write_token else "disabled")
        try:
            yield
        finally:
            app.state.runner.shutdown()
            close = getattr(app.state.store, "close", None)
            if close:
                close()

    # docs_url/redoc_url None: FastAPI's pages load from a CDN; api.routers.docs serves local copies
    app = FastAPI(title="kg", version=_version(), description=DESCRIPTION, openapi_tags=TAGS, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.add_middleware(RequestLogMiddleware)

    from api.routers import articles, docs, export, health, queries, relations, sparql

    for module in (health, queries, relations, articles, sparql, export, docs):
        app.include_router(module.router)
    try:
        from api.routers import web  # the page (engineer W); absent until it lands
    except ModuleNotFoundError as e:
        if e.name != "api.routers.web":
            raise
    else:
        app.include_router(web.router)

    from kg.store import QueryBusy, QueryTimeout, StoreError, StoreLocked

    @app.exception_handler(QueryTimeout)
    async def query_timeout(request, exc):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(QueryBusy)
    async def query_busy(request, exc):
        return JSONResponse({"detail": str(exc)}, status_code=503,
                            headers={"Retry-After": str(max(1, int(settings.query_timeout)))})

    @app.exception_handler(StoreLocked)
    async def store_locked(request, exc):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(StoreError)
    async def store_error(request, exc):
        log.error("store error on %s %s: %s", request.method, request.url.path, exc)
        return JSONResponse({"detail": f"store error: {exc}"}, status_code=500)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request, exc):
        """Every error body is ``{"detail": "reason"}``; the SPARQL Protocol answers a bad request 400."""
        status = 400 if request.url.path == "/sparql" else 422
        return JSONResponse({"detail": validation_message(exc.errors())}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request, exc):
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # Starlette names only the first matching route's methods
            headers["Allow"] = ", ".join(allowed_methods(app, request.scope))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(Exception)
    async def unexpected(request, exc):  # a clear message, never a bare 500 page
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": f"internal error: {type(exc).__name__}: {exc}"}, status_code=500)

    return app


def allowed_methods(app: FastAPI, scope) -> list[str]:
    """Every method some route serves at this path (for the Allow header of a 405)."""
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches(scope)  # PARTIAL: the path matches, the method does not
        if match != Match.NONE and getattr(route, "methods", None):
            methods |= set(route.methods)
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg")
    except PackageNotFoundError:
        return "0"
