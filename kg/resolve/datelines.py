"""Datelines, bylines and outlet credits: stretches of an article that are never a speaker.

"KHARTOUM, Sept. 4 (Xinhua) —", "YEREVAN (Example.am)—", "DUBAI, Aug 8 (Reuters) - ", "PARIS: ",
"GAZA/JERUSALEM (Reuters) -" (two places),
"By Le Figaro with AFP", "(AFP)", and web addresses ("Example.am") are matched on the article text.
A name glued to a dateline ("(Example.am)—Azerbaijan accused…", one token for the parser) is cut
off from it: only the part after the dateline can be an actor.
"""
from __future__ import annotations

import re

from kg.resolve.names import fold

# An upper-case place at the start of a line, an optional date or agency, then a dash or a colon.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:\w+[ \t]+\d{4}-\d\d-\d\d[ \t]+)?"  # an optional metadata stamp ("date 2023-09-08")
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+(?:[ \t/][A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+){0,3}"  # KHARTOUM, NEW DELHI, GAZA/JERUSALEM
    r"(?:,[^\n()—–:]{1,40}?)?"  # ", Sept. 4"
    r"[ \t]*(?:\([^()\n]{1,60}\))?"  # "(Xinhua)"
    r"[ \t]*(?:—|–|--|-(?=[ \t])|:(?=[ \t]))[ \t]*"
)
_BYLINE = re.compile(r"(?mi)^[ \t]*(?:by|par)[ \t]+[A-ZÀ-Þ][^\n]{0,80}$")
_WEB_NAME = re.compile(r"\b[A-Za-z][\w-]+\.(?:[a-z]{2,6})(?:\.[a-z]{2})?\b")
_PARENTHESIZED = re.compile(r"\(([^()\n]{1,40})\)")


def excluded_ranges(text: str, outlets: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Character ranges of ``text`` that are datelines, bylines, outlet credits or web names."""
    ranges = []
    for m in _DATELINE.finditer(text):
        if m.end() - m.start() > 2 and _looks_like_dateline(m.group(0)):
            ranges.append((m.start(), m.end()))
    for m in _BYLINE.finditer(text):
        ranges.append((m.start(), m.end()))
    for m in _WEB_NAME.finditer(text):
        ranges.append((m.start(), m.end()))
    for m in _PARENTHESIZED.finditer(text):
        inner = m.group(1).strip()
        if fold(inner) in outlets or _WEB_NAME.fullmatch(inner):
            ranges.append((m.start(), m.end()))
    return _merge(ranges)


def _looks_like_dateline(s: str) -> bool:
    # the place must be an upper-case word of three letters or more, not an acronym speaking
    # ("NATO: ..." is rare in news; "UN - " neither), so require a letter run of three and a separator
    letters = re.sub(r"[^A-ZÀ-Þ]", "", s.split(",")[0].split("(")[0])
    return len(letters) >= 3


def _merge(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)
