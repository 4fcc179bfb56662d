"""Response (and request) models of the HTTP API, separate from storage records.

They describe what the store's records look like on the wire; models allow extra members so a
record that gains a field does not break clients (the OpenAPI schema says so).
"""
from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field

from api import examples as ex

T = TypeVar("T")

RelationType = Literal["accuses", "denies", "asserts"]


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Error(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"detail": f"no article {ex.ARTICLE_ID!r} in the store"}]})

    detail: str = Field(description="why the request failed", examples=["no article 'x.txt' in the store"])


class Health(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [ex.HEALTH]})

    status: Literal["ok"] = "ok"
    articles: int = Field(description="articles in the store", examples=[5])
    triples: int = Field(description="triples over all named graphs", examples=[1843])
    version: str = Field(description="kg's version", examples=["0.1.0"])
    writes: bool = Field(description="whether writes are enabled (a write token is configured)")
    query_timeout: float = Field(description="SPARQL time limit in seconds (setting query_timeout)")
    row_cap: int = Field(description="most rows a query returns (setting row_cap)")


def page_example(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """A page's example: one item, the item model's own example, out of more rows than the page shows
    (``json_schema_extra`` of every ``Page[...]``, so each parametrization gets its item's example)."""
    item_type = get_args(model.model_fields["items"].annotation)[0]
    item_examples = (getattr(item_type, "model_config", {}).get("json_schema_extra") or {}).get("examples")
    if not item_examples:
        return
    example = {"items": item_examples[:1], "total": 12, "limit": 1, "offset": 0, "truncated": True, "sparql": None}
    if "filters" in model.model_fields:
        example["filters"] = {}
    schema["examples"] = [example]


class Page(BaseModel, Generic[T]):
    """A page of a list. ``truncated``: more rows exist than the page holds (a later page, or the row cap)."""

    model_config = ConfigDict(json_schema_extra=page_example)

    items: list[T]
    total: int = Field(description="rows in the whole result (before limit/offset)")
    limit: int
    offset: int
    truncated: bool = Field(False, description="more rows exist beyond this page (offset + items < total); "
                                               "the page size is clipped to the row cap (setting row_cap)")
    sparql: str | None = Field(None, description="the SPARQL the query ran (with show_sparql=true)")


class ActorRef(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.ACTOR_REF]})

    id: str = Field(examples=["azerbaijan"])
    label: str = Field(examples=["Azerbaijan"])
    wikidata: str | None = Field(None, examples=["Q227"])
    surface: str | None = Field(None, description="as written in the article", examples=["Baku"])


class Evidence(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.EVIDENCE]})

    text: str = Field(description="article.text[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


RELATION_EXAMPLE = ex.RELATION


class RelationRecord(Open):
    """An attributed statement, in the JSONL format of `kg extract`, with its article's metadata."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [RELATION_EXAMPLE]})

    id: str
    article: str
    relation: RelationType
    source: ActorRef
    target: ActorRef | None = None
    responds_to: str | None = None
    responds_to_all: list[str] = []
    content: str
    cue: str
    cameo: str | None = None
    evidence: Evidence
    events: list[str] = []
    claim: str | None = None
    title: str | None = None
    date: str | None = None
    language: str | None = None
    outlet: str | None = None




class ArticleSummary(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.ARTICLE_SUMMARY]})

    id: str = Field(examples=[ex.ARTICLE_ID])
    title: str | None = None
    date: str | None = Field(None, description="ISO 8601 publication date, when known", examples=[ex.ARTICLE_META["date"]])
    language: str = Field(examples=["en"])
    outlet: str | None = None
    url: str | None = None
    relations: int = Field(0, description="relations extracted from it")
    characters: int = Field(0, description="length of its text")
    sha256: str | None = Field(None, description="hash of its text and metadata")


class Article(ArticleSummary):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.ARTICLE]})

    text: str = Field(description="the full text as ingested; evidence offsets index it")


class ArticleIn(BaseModel):
    """An article to ingest: the same object as kg's JSON input."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={"examples": [ex.ARTICLE_IN]})

    text: str = Field(description="the article text (English or French)")
    id: str | None = Field(None, description="article id; default: derived from the text's hash")
    title: str | None = None
    date: str | None = Field(None, description="publication date (ISO 8601)")
    url: str | None = None
    language: str | None = Field(None, description="ignored: the language is detected from the text")
    outlet: str | None = None


class IngestResult(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [ex.INGESTED]})

    id: str = Field(examples=[ex.ARTICLE_ID])
    status: Literal["added", "replaced", "unchanged"]
    language: str = Field(examples=["en"])
    relations: int = Field(description="relations extracted from the article")
    location: str = Field(description="where to read it", examples=[ex.INGESTED["location"]])


class Removed(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [ex.REMOVED]})

    id: str
    status: Literal["removed"] = "removed"


class ActorRecord(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.ARMENIA_MOD]})

    id: str = Field(examples=["state/Q227"])
    label: str = Field(examples=["Azerbaijan"])
    kind: str = Field(examples=["state"])
    wikidata: str | None = None
    part_of: str | None = None
    aliases: list[str] = []


# ----------------------------------------------------------------------------------------------------
# named queries (kg.queries)


class StatementActor(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.ACTOR_REF]})

    id: str
    label: str | None = None
    wikidata: str | None = None
    surface: str | None = None


STATEMENT_EXAMPLE = ex.STATEMENT


class StatementItem(Open):
    """A statement as the named queries return it (close to the relation record)."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [STATEMENT_EXAMPLE]})

    id: str = Field(examples=["r-3f1c2a9d0b7e"])
    relation: RelationType
    source: StatementActor
    target: StatementActor | None = None
    cue: str | None = None
    content: str | None = None
    evidence: Evidence
    article: str
    title: str | None = None
    date: str | None = None
    language: str | None = None
    outlet: str | None = None
    claim: str | None = None
    responds_to: list[str] = Field([], description="ids of the statements this denial answers")


class QueryPage(Page[T], Generic[T]):
    filters: dict = Field({}, description="the filters as resolved (which actors a name matched)")


class ActorSummary(ActorRecord):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.ACTOR_SUMMARY]})

    statements: int = Field(0, description="statements the actor makes")


class TimelineItem(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.TIMELINE_ITEM]})

    date: str | None
    accuses: int = 0
    denies: int = 0
    asserts: int = 0
    total: int = 0


class Timeline(QueryPage[TimelineItem]):
    model_config = ConfigDict(json_schema_extra={"examples": [ex.TIMELINE]})

    undated: dict[str, int] = Field({}, description="counts of statements whose article has no date")


class ClaimItem(Open):
    """A claim cluster with each side's actors and evidence."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.CLAIM]})

    id: str
    label: str | None = None
    contested: bool = False
    supporters: list[dict] = Field([], description="actors asserting or charging the claim")
    deniers: list[dict] = Field([], description="actors denying it")
    claim_side: list[StatementItem] = []
    denial_side: list[StatementItem] = []


class ClaimHeader(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.CLAIM_HEADER]})

    id: str
    label: str | None = None
    contested: bool = False
    supporters: list[dict] = []
    deniers: list[dict] = []


class ClaimDetail(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.CLAIM_DETAIL]})

    claim: ClaimHeader
    statements: list[StatementItem]
    total: int
    articles: list[str]
    sparql: str | None = None


class StatementSection(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.STATEMENT_SECTION]})

    items: list[StatementItem]
    total: int
    truncated: bool = Field(False, description="more statements exist than the list shows (`limit`)")


class ActorProfile(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.ACTOR_PROFILE]})

    actor: ActorRecord
    part_of: list[dict] = Field([], description="the actors it is part of, up to the top")
    parts: list[dict] = Field([], description="its parts (ministries, officials), nested")
    also_matches: list[ActorRecord] = Field([], description="other actors the name matched")
    asserted: StatementSection
    accused: StatementSection
    denied: StatementSection
    accused_of: StatementSection
    denied_by_others: StatementSection
    sparql: dict[str, str] | None = None


class GraphView(Open):
    """Nodes (actors, claims), edges (statements grouped), statements and a timeline, for the page."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [ex.GRAPH]})

    nodes: list[dict]
    edges: list[dict]
    statements: list[dict]
    timeline: list[dict]
    undated: dict = {}
    filters: dict = {}
    total: dict = {}
    truncated: bool = False
