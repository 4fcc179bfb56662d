"""What several sub-commands share: settings flags, reading articles, reporting refusals."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.ingest import Refusal, iter_articles
from kg.language import is_supported, language_name
from kg.model import Article
from kg.settings import Settings


def add_settings_flags(p: argparse.ArgumentParser, *, data: bool = False, store: bool = False) -> None:
    if data:
        p.add_argument("--data", type=Path, default=None, help="data folder (setting data_dir, env KG_DATA_DIR)")
    if store:
        p.add_argument("--store", type=Path, default=None,
                       help="store folder (setting store_dir, env KG_STORE_DIR; default <data>/store)")
    p.add_argument("--max-article-bytes", type=int, default=None,
                   help="largest article file accepted (setting max_article_bytes)")


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        data_dir=getattr(args, "data", None),
        store_dir=getattr(args, "store", None),
        max_article_bytes=getattr(args, "max_article_bytes", None),
    )


def warn(msg: str) -> None:
    print(f"kg: {msg}", file=sys.stderr)


def read_articles(paths: list[str], settings: Settings) -> tuple[list[Article], list[Refusal]]:
    """English and French articles under ``paths``, and the refused inputs; refusals and skipped
    languages are reported on stderr."""
    articles: list[Article] = []
    refusals: list[Refusal] = []
    for item in iter_articles(paths, settings.max_article_bytes):
        if isinstance(item, Refusal):
            refusals.append(item)
            warn(f"refused {item}")
        elif not is_supported(item.language):
            warn(f"skipped {item.source_path or item.id}: written in {language_name(item.language)}; "
                 f"kg extracts English and French")
        else:
            articles.append(item)
    return articles, refusals


def load_articles(paths: list[str], settings: Settings) -> tuple[list[Article], int]:
    """English and French articles under ``paths``, and the number of refused inputs (the caller exits
    non-zero when it is > 0)."""
    articles, refusals = read_articles(paths, settings)
    return articles, len(refusals)
