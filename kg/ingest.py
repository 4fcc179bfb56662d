"""Ingest: files, folders and globs in; `Article` records (or refusals) out.

Accepted: .txt/.text/.md/.markdown (text as is), .html/.htm (text extracted, markup dropped; offsets
index the extracted text), .json (one object or a list of objects) and .jsonl (one object a line),
objects having ``text`` and optionally ``title``, ``date``, ``url``, ``language``, ``id``, ``outlet``.

Bad input never stops a batch: each bad file (or JSON object) becomes a `Refusal` naming where it is
and why, and the rest goes on. A folder may hold a ``metadata.tsv`` sidecar (columns ``file``,
``title``, ``language``, ``date``, ``outlet``, ``url``) giving metadata for the articles beside it.

The language is detected from the text; a declared ``language`` (JSON field or metadata column: "en",
"fr-FR", "French") settles it only when the text is too short for the detector to be sure (a wrong
label must not send a long article to the wrong parser). A declared ``date`` must be readable (YYYY-MM-DD, ISO 8601,
RFC 2822) or the article is refused; a date found in the page or at the top of the text is optional.
Text is UTF-8 (a byte-order mark is dropped), or UTF-16 when it starts with a UTF-16 byte-order mark.
"""
from __future__ import annotations

import csv
import email.utils
import glob
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from kg.language import declared_language, detect_language
from kg.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
METADATA_FILE = "metadata.tsv"

#: share of control characters (other than tab, newline, carriage return, form feed) that marks a binary file
_BINARY_CONTROL_SHARE = 0.05
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True)
class Refusal:
    """An input kg could not take: ``where`` is a path (``file:line`` or ``file[index]`` inside JSON)."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ArticleError(ValueError):
    """Raised for one bad article; the batch readers turn it into a `Refusal`."""


# ----------------------------------------------------------------------------------------------------
# Paths


def expand_paths(specs: Iterable[str]) -> tuple[list[Path], list[Refusal]]:
    """Files, folders (recursively, supported suffixes only) and globs, in a stable order."""
    files: list[Path] = []
    refusals: list[Refusal] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            files.append(p)

    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    add(child)
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                add(p)
            else:
                refusals.append(Refusal(str(p), f"unsupported file type {p.suffix or '(none)'!r}; "
                                                f"kg reads {', '.join(sorted(SUFFIXES))}"))
        elif any(ch in spec for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(spec, recursive=True))
            matched = [m for m in matches if m.is_file() and m.suffix.lower() in SUFFIXES]
            if not matched:
                refusals.append(Refusal(spec, "the pattern matches no article file"))
            for m in matched:
                add(m)
        else:
            refusals.append(Refusal(spec, "no such file or folder"))
    return files, refusals


# ----------------------------------------------------------------------------------------------------
# Reading


def read_articles(specs: Iterable[str], max_bytes: int) -> tuple[list[Article], list[Refusal]]:
    """Every article under ``specs`` and every refusal, in input order."""
    articles: list[Article] = []
    refusals: list[Refusal] = []
    for item in iter_articles(specs, max_bytes):
        (articles if isinstance(item, Article) else refusals).append(item)
    return articles, refusals


def iter_articles(specs: Iterable[str], max_bytes: int) -> Iterator[Article | Refusal]:
    files, refusals = expand_paths(specs)
    yield from refusals
    ids: set[str] = set()
    metadata_cache: dict[Path, dict[str, dict[str, str]]] = {}
    for path in files:
        folder = path.parent
        if folder not in metadata_cache:
            metadata_cache[folder] = _read_metadata(folder)
        meta = metadata_cache[folder].get(path.name, {})
        for item in read_file(path, max_bytes, meta):
            if isinstance(item, Article):
                if item.id in ids:
                    yield Refusal(item.source_path or item.id, f"duplicate article id {item.id!r} in this batch")
                    continue
                ids.add(item.id)
            yield item


def read_file(path: Path, max_bytes: int, meta: dict[str, str] | None = None) -> Iterator[Article | Refusal]:
    """The articles of one file; a bad file (or a bad object inside it) yields a `Refusal`."""
    meta = meta or {}
    where = str(path)
    try:
        raw = _read_bytes(path, max_bytes)
        text = decode_text(raw)
    except ArticleError as e:
        yield Refusal(where, str(e))
        return
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        yield from _json_articles(path, text, max_bytes)
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_articles(path, text, max_bytes)
        return
    fields: dict[str, str | None] = {}
    if suffix in HTML_SUFFIXES:
        text, fields = html_to_text(text)
    try:
        yield make_article(
            id=path.name,
            text=text,
            title=meta.get("title") or fields.get("title") or _title_from_text(text),
            declared_date=meta.get("date"),
            date=fields.get("date") or _date_from_text(text),
            url=meta.get("url") or fields.get("url"),
            outlet=meta.get("outlet") or fields.get("outlet"),
            language=meta.get("language"),
            source_path=where,
        )
    except ArticleError as e:
        yield Refusal(where, str(e))


def article_from_json(obj: object, default_id: str, max_bytes: int, source_path: str | None = None) -> Article:
    """One article from a parsed JSON object (also used by `POST /articles`)."""
    if not isinstance(obj, dict):
        raise ArticleError(f"expected a JSON object with a 'text' field, got {type(obj).__name__}")
    if "text" not in obj:
        raise ArticleError("the JSON object has no 'text' field")
    text = obj["text"]
    if not isinstance(text, str):
        raise ArticleError(f"'text' must be a string, got {type(text).__name__}")
    if len(text.encode("utf-8")) > max_bytes:
        raise ArticleError(f"'text' is over the size limit of {max_bytes} bytes (setting max_article_bytes)")
    for key in ("title", "date", "url", "language", "id", "outlet"):
        if key in obj and obj[key] is not None and not isinstance(obj[key], (str, int)):
            raise ArticleError(f"{key!r} must be a string")
    art_id = str(obj["id"]) if obj.get("id") not in (None, "") else default_id
    if "/" in art_id or "\x00" in art_id or len(art_id) > 200:
        raise ArticleError(f"'id' {art_id[:40]!r} is not usable: no '/', at most 200 characters")
    return make_article(
        id=art_id,
        text=text,
        title=obj.get("title"),
        date=None,
        declared_date=obj.get("date"),
        url=obj.get("url"),
        outlet=obj.get("outlet"),
        language=obj.get("language"),
        source_path=source_path,
    )


def make_article(*, id: str, text: str, title, date, url, outlet, language, source_path,
                 declared_date=None) -> Article:
    """Checks the text, normalizes the dates and detects the language (``language``, if declared, settles
    it on a text too short to tell).

    ``declared_date`` is a date the user gave (a JSON field, a metadata.tsv cell): one kg cannot read is
    refused, not dropped. ``date`` is one found in the page or the text, used when none is declared.
    """
    if not text.strip():
        raise ArticleError("empty: the article has no text")
    if _looks_binary(text):
        raise ArticleError("binary content: this does not look like text")
    return Article(
        id=id,
        text=text,
        language=detect_language(text, declared_language(language)),
        title=(str(title).strip() or None) if title else None,
        date=parse_declared_date(declared_date) or normalize_date(date),
        url=str(url) if url else None,
        outlet=str(outlet) if outlet else None,
        source_path=source_path,
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ArticleError(f"cannot read: {e.strerror}")
    if size == 0:
        raise ArticleError("empty file")
    if size > max_bytes:
        raise ArticleError(f"too large: {size} bytes, over the limit of {max_bytes} "
                           f"(setting max_article_bytes, env KG_MAX_ARTICLE_BYTES)")
    try:
        return path.read_bytes()
    except OSError as e:
        raise ArticleError(f"cannot read: {e.strerror}")


def decode_text(raw: bytes) -> str:
    """Strict UTF-8 (a leading byte-order mark is dropped), or UTF-16 when the bytes start with its
    byte-order mark (what some Windows editors save); binary data is refused."""
    text = _decode_utf16(raw) if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else _decode_utf8(raw)
    if _looks_binary(text):
        raise ArticleError("binary file (mostly control characters), not text")
    return text


def _decode_utf8(raw: bytes) -> str:
    if b"\x00" in raw[:65536]:
        raise ArticleError("binary file (it holds NUL bytes), not text")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise ArticleError(f"not valid UTF-8: byte 0x{raw[e.start]:02x} at offset {e.start} (line {line})")


def _decode_utf16(raw: bytes) -> str:
    try:
        return raw.decode("utf-16")
    except UnicodeDecodeError as e:
        raise ArticleError(f"not valid UTF-16 (the file starts with a UTF-16 byte-order mark): "
                           f"bad bytes at offset {e.start}")


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / len(sample) > _BINARY_CONTROL_SHARE


def _json_articles(path: Path, text: str, max_bytes: int) -> Iterator[Article | Refusal]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield Refusal(f"{path}:{e.lineno}", f"malformed JSON at line {e.lineno} column {e.colno}: {e.msg}")
        return
    items = data if isinstance(data, list) else [data]
    if not items:
        yield Refusal(str(path), "empty JSON list: no article")
    for n, obj in enumerate(items):
        where = f"{path}[{n}]" if isinstance(data, list) else str(path)
        default_id = f"{path.stem}-{n + 1}" if isinstance(data, list) else path.name
        try:
            yield article_from_json(obj, default_id, max_bytes, where)
        except ArticleError as e:
            yield Refusal(where, str(e))


def _jsonl_articles(path: Path, text: str, max_bytes: int) -> Iterator[Article | Refusal]:
    any_line = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        any_line = True
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Refusal(where, f"malformed JSON at column {e.colno}: {e.msg}")
            continue
        try:
            yield article_from_json(obj, f"{path.stem}-{n}", max_bytes, where)
        except ArticleError as e:
            yield Refusal(where, str(e))
    if not any_line:
        yield Refusal(str(path), "empty: no JSON line")


def _read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    f = folder / METADATA_FILE
    if not f.is_file():
        return {}
    with f.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {r["file"]: {k: v for k, v in r.items() if k != "file" and v} for r in rows if r.get("file")}


# ----------------------------------------------------------------------------------------------------
# Metadata helpers


def normalize_date(value) -> str | None:
    """An ISO date (YYYY-MM-DD) from an ISO date or date-time string, or an RFC 2822 date ("Tue, 19 Sep
    2023 14:39:41 GMT", as feeds and mail headers write them); other values give None."""
    if value in (None, ""):
        return None
    m = _ISO_DATE.search(str(value))
    if m:
        return m.group(0)
    try:
        return email.utils.parsedate_to_datetime(str(value)).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def parse_declared_date(value) -> str | None:
    """A date the user declared, as YYYY-MM-DD; None when none is declared, ArticleError when it is not
    a date kg can read (so a typo does not silently leave the article undated)."""
    if value in (None, ""):
        return None
    iso = normalize_date(value)
    if iso is None:
        raise ArticleError(f"'date' {str(value)[:40]!r} is not a date: write YYYY-MM-DD "
                           f"(an ISO 8601 date-time or an RFC 2822 date also works)")
    return iso


def _date_from_text(text: str) -> str | None:
    """A publication date the text itself gives near its top (``2023-09-19 14:39:41``)."""
    return normalize_date(text[:400])


def _title_from_text(text: str) -> str | None:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if 0 < len(first) <= 150 and not first.endswith((".", "»", "”", '"')):
        return first
    return None


# ----------------------------------------------------------------------------------------------------
# HTML


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
    BLOCK = {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "li", "ul", "ol",
             "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br",
             "figure", "figcaption", "dd", "dt", "dl", "hr", "form", "address"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.meta: dict[str, str] = {}
        self._in_title = False
        self._title: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self._in_title = True
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if a.get("content"):
                self.meta.setdefault(key, a["content"])
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.SKIP:
            self.skip_depth -= 1

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self._title.append(data)
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, str | None]]:
    """Visible text of an HTML page (blocks separated by blank lines) and its metadata."""
    p = _TextExtractor()
    try:
        p.feed(html)
        p.close()
    except Exception as e:  # html.parser is lenient; this is a last resort
        raise ArticleError(f"unparseable HTML: {e}")
    blocks = []
    for block in re.split(r"\n\s*\n", "".join(p.parts)):
        line = re.sub(r"\s+", " ", block).strip()
        if line:
            blocks.append(line)
    m = p.meta
    fields = {
        "title": m.get("og:title") or "".join(p._title).strip() or None,
        "date": m.get("article:published_time") or m.get("date") or m.get("datepublished")
        or m.get("dc.date") or None,
        "url": m.get("og:url") or None,
        "outlet": m.get("og:site_name") or None,
    }
    return "\n\n".join(blocks), fields
