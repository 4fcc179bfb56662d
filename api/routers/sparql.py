"""`GET` and `POST /sparql`: the SPARQL 1.1 Protocol, read-only, with a time limit and a row cap.

The query comes as the ``query`` parameter (GET), a form-encoded body (``query=...``) or an
``application/sparql-query`` body. SELECT and ASK answer JSON, XML, CSV or TSV, CONSTRUCT and
DESCRIBE Turtle, N-Triples, JSON-LD or RDF/XML, by the ``Accept`` header (or a ``format``
parameter), negotiated before the query runs. Running the query, refusing what a read-only endpoint
must not run, the time limit and the row cap are `kg.store.ClaimStore.sparql_serialized`'s: the query
runs in a worker process, killed at the time limit, which writes the answer in the negotiated format;
this router speaks HTTP.
"""
from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from api.deps import RunnerDep, SettingsDep, StoreDep
from api.negotiation import GRAPH_FORMATS, RESULT_FORMATS, NotAcceptable, choose
from api.routers.articles import read_body
from api.schemas import Error
from kg.store import QueryRefused, check_query

router = APIRouter(tags=["sparql"])

#: response headers saying whether the row cap cut the result
TRUNCATED_HEADER = "X-KG-Truncated"
ROW_CAP_HEADER = "X-KG-Row-Cap"

EXAMPLE_QUERY = """PREFIX kg: <https://kg-claims.org/ns#>
SELECT ?source ?target ?evidence WHERE {
  ?s a kg:Accusation ; prov:wasAttributedTo ?a ; kg:target ?t ; kg:evidence/oa:hasSelector/oa:exact ?evidence .
  ?a rdfs:label ?source . ?t rdfs:label ?target .
} LIMIT 10"""

_RESULTS_JSON_SCHEMA = {
    "type": "object",
    "description": "SPARQL 1.1 Query Results JSON; kg adds `truncated` and `row_cap` (SELECT)",
    "properties": {
        "head": {"type": "object"},
        "results": {"type": "object", "properties": {"bindings": {"type": "array", "items": {"type": "object"}}}},
        "boolean": {"type": "boolean"},
        "truncated": {"type": "boolean"},
        "row_cap": {"type": "integer"},
    },
    "required": ["head"],
}
_TEXT = {"schema": {"type": "string"}}
RESPONSES = {
    200: {"description": "SELECT/ASK results or a CONSTRUCT/DESCRIBE graph, in the negotiated format. "
                         f"`{TRUNCATED_HEADER}: true` when the row cap (setting row_cap) cut the result.",
          "headers": {TRUNCATED_HEADER: {"schema": {"type": "string", "enum": ["true", "false"]},
                                         "description": "whether the row cap cut the result"},
                      ROW_CAP_HEADER: {"schema": {"type": "integer"}, "description": "the row cap in force"}},
          "content": {"application/sparql-results+json": {"schema": _RESULTS_JSON_SCHEMA},
                      "application/sparql-results+xml": _TEXT, "text/csv": _TEXT,
                      "text/tab-separated-values": _TEXT, "text/turtle": _TEXT, "application/n-triples": _TEXT,
                      "application/ld+json": {"schema": {}}, "application/rdf+xml": _TEXT}},
    400: {"model": Error, "description": "no query, a syntax error, or a query kg refuses to run: SPARQL "
                                         "Update, LOAD, SERVICE, FROM <file:...>"},
    403: {"model": Error, "description": "an update request (`update` parameter, application/sparql-update): "
                                         "the endpoint is read-only"},
    406: {"model": Error, "description": "no format the query can be answered in matches `Accept`"},
    413: {"model": Error, "description": "the request body is over `max_body_bytes`"},
    415: {"model": Error, "description": "a POST body that is neither form-encoded nor application/sparql-query"},
    503: {"model": Error, "description": "the query ran over the time limit (setting query_timeout) and was "
                                         "stopped (its worker process killed), or every query worker stayed "
                                         "busy until the time limit (setting max_running_queries)"},
}

QueryParam = Annotated[str, Query(description="the SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE)",
                                   min_length=1, examples=[EXAMPLE_QUERY])]
FormatParam = Annotated[list[str] | None, Query(
    description="answer format, overriding `Accept`: json, xml, csv, tsv (SELECT/ASK); turtle, ntriples, "
                "jsonld, rdfxml (CONSTRUCT/DESCRIBE)", examples=[["json"]])]


@router.get("/sparql", summary="SPARQL 1.1 query (GET)", response_class=Response, responses=RESPONSES)
async def sparql_get(request: Request, store: StoreDep, runner: RunnerDep,
                     query: QueryParam, format: FormatParam = None) -> Response:
    """`GET /sparql?query=...`. The default graph is the union of all graphs; kg's prefixes
    (kg, kgid, oa, prov, dcterms, owl, rdfs, skos, xsd, wd) are predeclared."""
    params = _params(request.url.query)
    return await _answer(request, store, runner, _query_from(params, None, request), params)


@router.post("/sparql", summary="SPARQL 1.1 query (POST)", response_class=Response, responses=RESPONSES,
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/x-www-form-urlencoded": {"schema": {
                     "type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]},
                     "example": {"query": EXAMPLE_QUERY}},
                 "application/sparql-query": {"schema": {"type": "string"}, "example": EXAMPLE_QUERY}}}})
async def sparql_post(request: Request, settings: SettingsDep, store: StoreDep, runner: RunnerDep,
                      format: FormatParam = None) -> Response:
    """`POST /sparql` with a form-encoded body (``query=...``) or an ``application/sparql-query`` body."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    url_params = _params(request.url.query)
    if media == "application/sparql-update":
        raise HTTPException(403, "SPARQL Update is refused: this endpoint is read-only")
    body = await read_body(request, settings.max_body_bytes)
    text = _utf8(body)
    if media == "application/x-www-form-urlencoded":
        form = _params(text)
        return await _answer(request, store, runner, _query_from(form, None, request), {**url_params, **form})
    if media == "application/sparql-query":
        return await _answer(request, store, runner, _query_from(url_params, text, request), url_params)
    raise HTTPException(415, "POST the query form-encoded (application/x-www-form-urlencoded, query=...) or as "
                             f"application/sparql-query, not {media or 'a body without Content-Type'!r}")


def _params(qs: str) -> dict[str, list[str]]:
    try:
        return parse_qs(qs, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError:
        raise HTTPException(400, "the parameters are not valid UTF-8") from None


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise HTTPException(400, f"the body is not valid UTF-8 (byte {e.start})") from None


def _query_from(params: dict[str, list[str]], body: str | None, request: Request) -> str:
    """The one query of the request, or a 4xx saying what is wrong."""
    if "update" in params:
        raise HTTPException(403, "SPARQL Update is refused: this endpoint is read-only")
    for name in ("using-graph-uri", "using-named-graph-uri"):
        if name in params:
            raise HTTPException(403, f"{name} belongs to SPARQL Update, which this read-only endpoint refuses")
    for name in ("default-graph-uri", "named-graph-uri"):
        if name in params:
            raise HTTPException(400, f"{name} is not supported: name graphs in the query with FROM / FROM NAMED "
                                     f"(the default graph is the union of all graphs)")
    if body is not None:
        if "query" in params:
            raise HTTPException(400, "send the query either in the body or as the query parameter, not both")
        query = body
    else:
        values = params.get("query", [])
        if len(values) > 1:
            raise HTTPException(400, "more than one query parameter")
        if not values:
            raise HTTPException(400, "no query: send a SPARQL query as the `query` parameter (GET or form POST) "
                                     "or as an application/sparql-query body")
        query = values[0]
    if not query.strip():
        raise HTTPException(400, "empty query")
    return query


async def _answer(request: Request, store, runner, query: str, params: dict[str, list[str]]) -> Response:
    settings = request.app.state.settings
    try:
        form = check_query(query).form
    except QueryRefused as e:
        raise HTTPException(400, str(e)) from None
    offered = GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS
    try:
        fmt = choose(offered, request.headers.get("accept"), params.get("format", []))
    except NotAcceptable as e:
        raise HTTPException(406, str(e)) from None
    try:
        result = await runner.read(store.sparql_serialized, query, fmt.name, timeout=settings.query_timeout,
                                   row_cap=settings.row_cap)
    except QueryRefused as e:
        raise HTTPException(400, str(e)) from None
    headers = {TRUNCATED_HEADER: "true" if result.truncated else "false", ROW_CAP_HEADER: str(result.row_cap),
               "Vary": "Accept"}
    media_type = fmt.media_type + ("; charset=utf-8" if fmt.name in ("csv", "tsv", "turtle", "ntriples") else "")
    return Response(result.body, media_type=media_type, headers=headers)
