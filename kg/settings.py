"""Every limit and location kg uses, as one named, documented setting.

Each setting can be overridden by an environment variable ``KG_<NAME>`` (e.g. ``KG_QUERY_TIMEOUT=5``)
and, where the CLI offers it, by a command-line flag. ``kg settings`` prints the values in force.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    #: Folder where `kg build` writes the graph files (Turtle, GraphML, JSONL) and the store.
    data_dir: Path = Path("data")
    #: Folder of the embedded on-disk store (pyoxigraph). Default: <data_dir>/store.
    store_dir: Path | None = None
    #: Largest article file accepted, in bytes. Larger files are refused with a message.
    max_article_bytes: int = 2_000_000
    #: Largest request body accepted by `POST /articles`, in bytes (413 above it).
    max_body_bytes: int = 2_000_000
    #: SPARQL query time limit, in seconds; a query over it is stopped and answered 503 (a query users
    #: write, /sparql or `kg sparql`, by killing the worker process that runs it).
    query_timeout: float = 10.0
    #: Most rows a SPARQL SELECT or a named query returns; the response says when it was cut.
    row_cap: int = 10_000
    #: Token that `POST /articles` and `DELETE /articles/{id}` need (Bearer). No token: writes refused.
    write_token: str | None = None
    #: Address and port `kg serve` binds. Loopback only by default.
    host: str = "127.0.0.1"
    port: int = 8000
    #: Default page size of the named queries (REST and CLI).
    page_size: int = 50
    #: Most SPARQL queries running at once: worker processes for /sparql and `kg serve`'s store
    #: (started when needed, kept while idle), and threads for the named queries (counting ones
    #: abandoned at the time limit that pyoxigraph is still finishing). More wait, then get 503.
    max_running_queries: int = 8

    @property
    def store_path(self) -> Path:
        return self.store_dir if self.store_dir is not None else self.data_dir / "store"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> "Settings":
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            raw = env.get(f"KG_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            values[f.name] = _coerce(f.name, raw)
        s = cls(**values)
        return replace(s, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(name: str, raw: str):
    default = getattr(Settings, name, None)
    if name in ("data_dir", "store_dir"):
        return Path(raw)
    if isinstance(default, bool):
        return raw.lower() in ("1", "true", "yes")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw
