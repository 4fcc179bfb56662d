"""Response (and request) models of the HTTP API, separate from storage records.

They describe what the store's records look like on the wire; models allow extra members so a
record that gains a field does not break clients (the OpenAPI schema says so).
"""
from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

RelationType = Literal["accuses", "denies", "asserts"]


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Error(BaseModel):
    detail: str = Field(description="why the request failed", examples=["no article 'x.txt' in the store"])


class Health(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "status": "ok", "articles": 5, "triples": 6421, "version": "0.1.0", "writes": False,
        "query_timeout": 10.0, "row_cap": 10000}]})

    status: Literal["ok"] = "ok"
    articles: int = Field(description="articles in the store", examples=[5])
    triples: int = Field(description="triples over all named graphs", examples=[1843])
    version: str = Field(description="kg's version", examples=["0.1.0"])
    writes: bool = Field(description="whether writes are enabled (a write token is configured)")
    query_timeout: float = Field(description="SPARQL time limit in seconds (setting query_timeout)")
    row_cap: int = Field(description="most rows a query returns (setting row_cap)")


class Page(BaseModel, Generic[T]):
    """A page of a list. ``truncated``: the row cap cut the underlying result."""

    items: list[T]
    total: int = Field(description="rows in the whole result (before limit/offset)")
    limit: int
    offset: int
    truncated: bool = Field(False, description="the result was cut at the row cap (setting row_cap)")
    sparql: str | None = Field(None, description="the SPARQL the query ran (with show_sparql=true)")


class ActorRef(Open):
    id: str = Field(examples=["state/Q227"])
    label: str = Field(examples=["Azerbaijan"])
    wikidata: str | None = Field(None, examples=["Q227"])
    surface: str | None = Field(None, description="as written in the article", examples=["Baku"])


class Evidence(Open):
    text: str = Field(description="article.text[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


RELATION_EXAMPLE = {
    "id": "r-3f1c2a9d0b7e", "article": "000_b37a73063bfa88c0.txt", "relation": "accuses",
    "source": {"id": "state/Q227", "label": "Azerbaijan", "wikidata": "Q227", "surface": "Baku"},
    "target": {"id": "state/Q399", "label": "Armenia", "wikidata": "Q399", "surface": "Yerevan"},
    "responds_to": None, "responds_to_all": [], "content": "imitating peace talks", "cue": "accused",
    "cameo": "112", "evidence": {"text": "Baku accused Yerevan of imitating peace talks.", "start": 0, "end": 46},
    "events": [], "claim": None, "title": "Azerbaijan accuses Armenia of imitating peace talks",
    "date": "2023-09-08", "language": "en", "outlet": "Azatutyun.am",
}


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
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "id": "000_b37a73063bfa88c0.txt", "title": "Azerbaijan accuses Armenia of imitating peace talks",
        "date": "2023-09-08", "language": "en", "outlet": "Azatutyun.am", "url": None, "relations": 5,
        "characters": 2235, "sha256": "89a0d6fef5d1ad60f66e514de61553365b8b9659375bed7c76d6fd02d9cbcfe4"}]})

    id: str = Field(examples=["000_b37a73063bfa88c0.txt"])
    title: str | None = None
    date: str | None = Field(None, description="ISO 8601 publication date, when known", examples=["2023-09-08"])
    language: str = Field(examples=["en"])
    outlet: str | None = None
    url: str | None = None
    relations: int = Field(0, description="relations extracted from it")
    characters: int = Field(0, description="length of its text")
    sha256: str | None = Field(None, description="hash of its text and metadata")


class Article(ArticleSummary):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "id": "example-2024-05-01.txt", "title": "Ministry rejects claims", "date": "2024-05-01", "language": "en",
        "outlet": "Example Wire", "url": None, "relations": 2, "characters": 141, "sha256": None,
        "text": "The Foreign Ministry of Ruritania accused Borduria of shelling border villages. "
                "Borduria's government rejected the accusations as fabricated."}]})

    text: str = Field(description="the full text as ingested; evidence offsets index it")


class ArticleIn(BaseModel):
    """An article to ingest: the same object as kg's JSON input."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={"examples": [{
        "id": "example-2024-05-01.txt", "title": "Ministry rejects claims",
        "date": "2024-05-01", "outlet": "Example Wire",
        "text": "The Foreign Ministry of Ruritania accused Borduria of shelling border villages. "
                "Borduria's government rejected the accusations as fabricated."}]})

    text: str = Field(description="the article text (English or French)")
    id: str | None = Field(None, description="article id; default: derived from the text's hash")
    title: str | None = None
    date: str | None = Field(None, description="publication date (ISO 8601)")
    url: str | None = None
    language: str | None = Field(None, description="ignored: the language is detected from the text")
    outlet: str | None = None


class IngestResult(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "example-2024-05-01.txt", "status": "added", "language": "en", "relations": 2,
        "location": "/articles/example-2024-05-01.txt"}]})

    id: str = Field(examples=["example-2024-05-01.txt"])
    status: Literal["added", "replaced", "unchanged"]
    language: str = Field(examples=["en"])
    relations: int = Field(description="relations extracted from the article")
    location: str = Field(description="where to read it", examples=["/articles/example-2024-05-01.txt"])


class Removed(BaseModel):
    id: str
    status: Literal["removed"] = "removed"


class ActorRecord(Open):
    id: str = Field(examples=["state/Q227"])
    label: str = Field(examples=["Azerbaijan"])
    kind: str = Field(examples=["state"])
    wikidata: str | None = None
    part_of: str | None = None
    aliases: list[str] = []


# ----------------------------------------------------------------------------------------------------
# named queries (kg.queries)


class StatementActor(Open):
    id: str
    label: str | None = None
    wikidata: str | None = None
    surface: str | None = None


STATEMENT_EXAMPLE = {
    "id": "r-3f1c2a9d0b7e", "relation": "accuses",
    "source": {"id": "azerbaijan", "label": "Azerbaijan", "wikidata": "Q227", "surface": "Baku"},
    "target": {"id": "armenia", "label": "Armenia", "wikidata": "Q399", "surface": "Yerevan"},
    "cue": "accused", "content": "imitating peace talks",
    "evidence": {"text": "Baku accused Yerevan of imitating peace talks.", "start": 0, "end": 46},
    "article": "000_b37a73063bfa88c0.txt", "title": "Azerbaijan accuses Armenia of imitating peace talks",
    "date": "2023-09-08", "language": "en", "outlet": "Azatutyun.am", "claim": "c-02b4661c78d7",
    "responds_to": [],
}


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
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "id": "azerbaijan", "label": "Azerbaijan", "kind": "state", "wikidata": "Q227", "part_of": None,
        "aliases": ["Azerbaïdjan", "Baku"], "statements": 15}]})

    statements: int = Field(0, description="statements the actor makes")


class TimelineItem(Open):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "date": "2023-09-19", "accuses": 3, "denies": 1, "asserts": 0, "total": 4}]})

    date: str | None
    accuses: int = 0
    denies: int = 0
    asserts: int = 0
    total: int = 0


class Timeline(QueryPage[TimelineItem]):
    undated: dict[str, int] = Field({}, description="counts of statements whose article has no date")


class ClaimItem(Open):
    """A claim cluster with each side's actors and evidence."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "id": "c-02b4661c78d7", "label": "Azerbaijan accused of causing a humanitarian crisis", "contested": True,
        "supporters": [{"id": "armenia", "label": "Armenia", "kind": "state", "wikidata": "Q399"}],
        "deniers": [{"id": "azerbaijan", "label": "Azerbaijan", "kind": "state", "wikidata": "Q227"}],
        "claim_side": [STATEMENT_EXAMPLE], "denial_side": []}]})

    id: str
    label: str | None = None
    contested: bool = False
    supporters: list[dict] = Field([], description="actors asserting or charging the claim")
    deniers: list[dict] = Field([], description="actors denying it")
    claim_side: list[StatementItem] = []
    denial_side: list[StatementItem] = []


class ClaimHeader(Open):
    id: str
    label: str | None = None
    contested: bool = False
    supporters: list[dict] = []
    deniers: list[dict] = []


class ClaimDetail(Open):
    claim: ClaimHeader
    statements: list[StatementItem]
    total: int
    articles: list[str]
    sparql: str | None = None


class StatementSection(Open):
    items: list[StatementItem]
    total: int
    truncated: bool = False


class ActorProfile(Open):
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

    nodes: list[dict]
    edges: list[dict]
    statements: list[dict]
    timeline: list[dict]
    undated: dict = {}
    filters: dict = {}
    total: dict = {}
    truncated: bool = False
