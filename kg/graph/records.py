"""Records as JSON and back: how the store keeps each article's `ArticleGraph` beside its RDF, so
cross-article structures can be recomputed without parsing the article again.

Generic over kg.model's dataclasses: a field added later (with a default) is written and read
without changes here; a field a stored file lacks takes its default; an unknown field is ignored.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from functools import lru_cache

from kg.model import ArticleGraph


def to_jsonable(record) -> object:
    """A record (nested dataclasses, tuples) as plain JSON values."""
    if dataclasses.is_dataclass(record):
        return {f.name: to_jsonable(getattr(record, f.name)) for f in dataclasses.fields(record)
                if not f.name.startswith("_")}
    if isinstance(record, (tuple, list)):
        return [to_jsonable(x) for x in record]
    if isinstance(record, dict):
        return {str(k): to_jsonable(v) for k, v in record.items()}
    return record


def graph_to_json(graph: ArticleGraph) -> str:
    """Canonical JSON (sorted keys, no spaces): equal graphs give equal strings."""
    return json.dumps(to_jsonable(graph), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def graph_digest(graph: ArticleGraph) -> str:
    """sha256 of the canonical JSON: changes when the extraction of an article changes."""
    return hashlib.sha256(graph_to_json(graph).encode("utf-8")).hexdigest()


def graph_from_json(text: str) -> ArticleGraph:
    return from_jsonable(ArticleGraph, json.loads(text))


def from_jsonable(cls, value):
    """Rebuild an instance of ``cls`` (a dataclass or a typing form over them) from JSON values."""
    if value is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(cls) if a is not type(None)]
        for option in options:
            if dataclasses.is_dataclass(option) and isinstance(value, dict):
                return from_jsonable(option, value)
        return value
    if origin is tuple:
        args = typing.get_args(cls)
        item = args[0] if args else object
        return tuple(from_jsonable(item, x) for x in value)
    if dataclasses.is_dataclass(cls):
        if not isinstance(value, dict):
            raise ValueError(f"expected an object for {cls.__name__}, got {type(value).__name__}")
        hints = _hints(cls)
        kwargs = {f.name: from_jsonable(hints[f.name], value[f.name])
                  for f in dataclasses.fields(cls) if f.init and f.name in value and not f.name.startswith("_")}
        return cls(**kwargs)
    return value


@lru_cache(maxsize=None)
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)
