"""`GET /export`: the graph (whole, or one article, one actor, a date range) streamed as Turtle,
N-Triples, JSON-LD, GraphML, TriG or N-Quads. The writers are `kg.export`'s generators of bytes; the
response sends each chunk as it is made, so a large graph never sits in memory whole."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import StreamingResponse

from api import examples as ex
from api.deps import RunnerDep, StoreDep
from api.routers.queries import IsoDate, iso
from api.schemas import Error

router = APIRouter(tags=["export"])

#: format -> (media type, file suffix)
EXPORT_FORMATS = {
    "turtle": ("text/turtle; charset=utf-8", "ttl"),
    "ntriples": ("application/n-triples; charset=utf-8", "nt"),
    "jsonld": ("application/ld+json", "jsonld"),
    "graphml": ("application/graphml+xml", "graphml"),
    "trig": ("application/trig; charset=utf-8", "trig"),
    "nquads": ("application/n-quads; charset=utf-8", "nq"),
}
ExportFormat = Literal["turtle", "ntriples", "jsonld", "graphml", "trig", "nquads"]

_BINARY = {"schema": {"type": "string", "format": "binary"}}


class UnknownFilter(LookupError):
    """A filter names something the store does not hold (answered 404, like an unknown actor)."""


@router.get("/export", summary="Export the graph (streamed)", response_class=StreamingResponse,
            responses={200: {"description": "the graph in the asked format, sent as an attachment",
                             "content": {media.split(";")[0]: ({"schema": {}} if name == "jsonld" else _BINARY)
                                         for name, (media, _) in EXPORT_FORMATS.items()}},
                       404: {"model": Error, "description": "the article filter names no stored article, or "
                                                            "the actor filter names no actor"},
                       422: {"model": Error, "description": "a parameter kg cannot use (format, date)"}})
async def export(store: StoreDep, runner: RunnerDep,
                 format: Annotated[ExportFormat, Query(description="turtle (named graphs flattened), ntriples, "
                                                       "jsonld, graphml, trig or nquads (named graphs kept)",
                                                       examples=["graphml"])]
                 = "turtle",
                 article: Annotated[str | None, Query(description="only this article", examples=[ex.ARTICLE_ID])]
                 = None,
                 actor: Annotated[str | None, Query(description="only statements by or about this actor (any name, "
                                                    "QID or id; its parts included)", examples=["Q399"])] = None,
                 since: Annotated[IsoDate | None, Query(description="articles dated from (YYYY-MM-DD)",
                                                              examples=["2024-02-01"])] = None,
                 until: Annotated[IsoDate | None, Query(description="articles dated up to (YYYY-MM-DD)",
                                                              examples=["2024-02-29"])] = None,
                 ) -> StreamingResponse:
    """The graph and everything its statements point to (actors, events, claims). Filters combine with AND."""
    from kg.export.graphml import graphml_chunks
    from kg.export.select import ExportFilter, select
    from kg.export.turtle import jsonld_chunks, nquads_chunks, ntriples_chunks, trig_chunks, turtle_chunks
    from kg.graph.rdf import dataset
    from kg.queries import resolve_actor

    def selected():
        if article and store.stored(article) is None:
            raise UnknownFilter(f"no article {article!r} in the store")
        actors = None
        if actor:
            found = resolve_actor(store, actor)
            if not found:
                return None
            actors = tuple(a.id for a in found)
        flt = ExportFilter(article=article or None, actors=actors, since=iso(since), until=iso(until))
        return select(store.corpus(), flt)

    try:
        corpus = await runner.read(selected)
    except ValueError as e:
        raise HTTPException(422, str(e)) from None
    except UnknownFilter as e:
        raise HTTPException(404, str(e)) from None
    if corpus is None:
        raise HTTPException(404, f"no actor matches {actor!r}")
    writers = {"turtle": turtle_chunks, "ntriples": ntriples_chunks, "jsonld": jsonld_chunks, "trig": trig_chunks,
               "nquads": nquads_chunks}
    chunks = graphml_chunks(corpus) if format == "graphml" else writers[format](dataset(corpus))
    media, suffix = EXPORT_FORMATS[format]
    return StreamingResponse(chunks, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="kg-graph.{suffix}"'})
