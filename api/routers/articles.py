"""Articles: `GET /articles`, `GET /articles/{id}` (metadata and full text), `POST /articles`
(ingest, token), `DELETE /articles/{id}` (token)."""
from __future__ import annotations

import hashlib
import json
from urllib.parse import quote
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response
from pydantic import ValidationError

from api import examples as ex
from api.deps import PageDep, RunnerDep, SettingsDep, StoreDep, WriteAuth, page_of
from api.errors import validation_message
from api.schemas import Article, ArticleIn, ArticleSummary, Error, IngestResult, Page, Removed

router = APIRouter(tags=["articles"], responses={422: {"model": Error, "description": "a parameter kg cannot use"}})

ArticleId = Annotated[str, Path(description="the article's id (its file name, or the id given when posted)",
                                examples=[ex.ARTICLE_ID])]

WRITE_ERRORS = {
    401: {"model": Error, "description": "no or wrong `Authorization: Bearer <token>`"},
    403: {"model": Error, "description": "writes are disabled: no write token is configured"},
}


@router.get("/articles", response_model=Page[ArticleSummary], summary="List the stored articles")
async def list_articles(store: StoreDep, runner: RunnerDep, page: PageDep) -> dict:
    records = await runner.read(store.article_records)
    return page_of(records, page)


@router.get("/articles/{article_id}", response_model=Article, summary="One article: metadata and full text",
            responses={404: {"model": Error, "description": "no such article"}})
async def get_article(article_id: ArticleId, store: StoreDep, runner: RunnerDep) -> dict:
    """Evidence offsets of the article's relations index ``text``: ``text[start:end] == evidence.text``."""
    def read():
        stored = store.stored(article_id)
        if stored is None:
            return None
        a = stored.graph.article
        return {"id": a.id, "title": a.title, "date": a.date, "language": a.language, "outlet": a.outlet,
                "url": a.url, "relations": len(stored.graph.relations), "characters": len(a.text),
                "sha256": stored.sha256, "text": a.text}

    record = await runner.read(read)
    if record is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return record


@router.post(
    "/articles", status_code=201, response_model=IngestResult, summary="Ingest an article (needs the write token)",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
        "schema": ArticleIn.model_json_schema(ref_template="#/components/schemas/{model}"),
        "examples": {"article": {"value": ArticleIn.model_config["json_schema_extra"]["examples"][0]}}}}}},
    responses={
        200: {"model": IngestResult, "description": "an article with this id was already stored: replaced, or "
                                                    "unchanged when its text and metadata are the same"},
        400: {"model": Error, "description": "the body is not UTF-8 JSON"},
        **WRITE_ERRORS,
        413: {"model": Error, "description": "the body is over `max_body_bytes` (setting)"},
        415: {"model": Error, "description": "the body is not `application/json`"},
        422: {"model": Error, "description": "not a usable article (no text, empty, binary, unsupported "
                                             "language, extraction failed); nothing was stored"},
    })
async def post_article(request: Request, response: Response, _: WriteAuth, settings: SettingsDep,
                       store: StoreDep, runner: RunnerDep) -> dict:
    """The body is a JSON object like kg's JSON input: ``text`` and optional ``id``, ``title``,
    ``date``, ``url``, ``outlet``. The language is detected from the text (English or French).
    Posting an article whose id is stored replaces it (atomically); posting it unchanged changes nothing.
    Bodies over the setting ``max_body_bytes`` are refused (413) before they are read in full."""
    from kg.ingest import ArticleError, article_from_json
    from kg.language import is_supported, language_name

    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in ("application/json", "") and not media.endswith("+json"):
        raise HTTPException(415, f"send the article as application/json, not {media!r}")
    body = await read_body(request, settings.max_body_bytes)
    try:
        obj = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise HTTPException(400, f"the body is not valid UTF-8 (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise HTTPException(400, f"the body is not JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    default_id = f"api-{hashlib.sha256(body).hexdigest()[:16]}"
    try:
        article = article_from_json(obj, default_id, settings.max_article_bytes, source_path="POST /articles")
    except ArticleError as e:
        raise HTTPException(422, f"not a usable article: {e}") from None
    try:  # what the schema promises: metadata fields are strings (kg's file reader is looser)
        ArticleIn.model_validate(obj)
    except ValidationError as e:
        raise HTTPException(422, f"not a usable article: {validation_message(e.errors())}") from None
    if not is_supported(article.language):
        raise HTTPException(422, f"article {article.id!r} is written in {language_name(article.language)}; "
                                 f"kg extracts English and French")

    def ingest():
        from kg.corpus_ops import ingest as ingest_articles

        return ingest_articles(store, [article])

    report = await runner.write(ingest)
    if report.failed:
        raise HTTPException(422, f"article {article.id!r} was not stored: {report.failed[0][1]}")
    status = "added" if article.id in report.added else "replaced" if article.id in report.replaced else "unchanged"
    stored = store.stored(article.id)
    location = f"/articles/{quote(article.id, safe='')}"  # header values are latin-1: ids may be any text
    response.headers["Location"] = location
    if status != "added":
        response.status_code = 200
    return {"id": article.id, "status": status, "language": article.language,
            "relations": len(stored.graph.relations) if stored else 0, "location": location}


@router.delete("/articles/{article_id}", response_model=Removed, summary="Remove an article (needs the write token)",
               responses={**WRITE_ERRORS, 404: {"model": Error, "description": "no such article"}})
async def delete_article(article_id: ArticleId, _: WriteAuth, store: StoreDep, runner: RunnerDep) -> dict:
    """Takes the article's named graph out and recomputes the cross-article structures, in one transaction."""
    from kg.corpus_ops import remove

    removed, missing = await runner.write(remove, store, [article_id])
    if not removed:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return {"id": article_id, "status": "removed"}


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to be over ``limit`` bytes: from
    Content-Length before reading anything, or while reading a body sent without one."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise HTTPException(400, f"Content-Length {declared[:40]!r} is not a number") from None
        if size > limit:
            raise HTTPException(413, f"the body ({size} bytes) is over the limit of {limit} bytes "
                                     f"(setting max_body_bytes)")
    chunks, received = [], 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise HTTPException(413, f"the body is over the limit of {limit} bytes (setting max_body_bytes)")
        chunks.append(chunk)
    return b"".join(chunks)
