"""A folded view of a Doc's tokens and longest-match lookup of multi-word forms in it.

The view is built once per article: each token's folded text and its character range in the article,
with datelines and bylines blanked out (a token glued to a dateline keeps only its part after it).
Matching a table of folded forms at a token is a few dict lookups, one per candidate length, bounded
by the table's longest form: no scan of the table per token.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.resolve.names import fold


@dataclass(frozen=True)
class TokenView:
    words: tuple[str, ...]  # folded token text; "" for spaces and tokens inside excluded ranges
    starts: tuple[int, ...]  # character start in the article (after a cut dateline, if any)
    ends: tuple[int, ...]
    spaces: tuple[bool, ...]  # whitespace follows the token
    raw: tuple[str, ...]  # the token's text as written (after the cut)
    n: int = 0  # number of tokens

    def __post_init__(self):
        object.__setattr__(self, "n", len(self.words))

    def __len__(self) -> int:
        return self.n

    def text(self, i: int, j: int) -> str:
        """The folded text of tokens i..j-1 as written (spaces only where the article has them)."""
        parts = []
        for k in range(i, j):
            parts.append(self.words[k])
            if k < j - 1 and self.spaces[k]:
                parts.append(" ")
        return "".join(parts)


def token_view(doc, text: str, excluded: tuple[tuple[int, int], ...]) -> TokenView:
    words, starts, ends, spaces, raw = [], [], [], [], []
    ranges = iter(excluded)
    current = next(ranges, None)
    for tok in doc:
        s, e = tok.idx, tok.idx + len(tok.text)
        while current is not None and current[1] <= s:
            current = next(ranges, None)
        if current is not None and current[0] < e and s < current[1]:
            if current[1] < e and current[0] <= s:  # glued to a dateline: keep the part after it
                s = current[1]
            else:
                s = e  # wholly excluded (or excluded tail: rare, drop the token)
        surface = text[s:e]
        starts.append(s)
        ends.append(e)
        raw.append(surface)
        words.append("" if tok.is_space or s >= e else fold(surface))
        spaces.append(bool(tok.whitespace_))
    return TokenView(tuple(words), tuple(starts), tuple(ends), tuple(spaces), tuple(raw))


def longest_match(view: TokenView, i: int, table, max_chars: int, max_tokens: int = 10):
    """``(end, key)`` of the longest form of ``table`` starting at token ``i``, else ``None``."""
    if not view.words[i]:
        return None
    best = None
    text = ""
    for j in range(i, min(len(view), i + max_tokens)):
        w = view.words[j]
        if not w:
            break
        text = w if j == i else text + (" " if view.spaces[j - 1] else "") + w
        if len(text) > max_chars:
            break
        if text in table:
            best = (j + 1, text)
    return best


def longest_matches(view: TokenView, i: int, table, max_chars: int, max_tokens: int = 10) -> list[tuple[int, str]]:
    """Every form of ``table`` starting at token ``i``, longest first."""
    out = []
    if not view.words[i]:
        return out
    text = ""
    for j in range(i, min(len(view), i + max_tokens)):
        w = view.words[j]
        if not w:
            break
        text = w if j == i else text + (" " if view.spaces[j - 1] else "") + w
        if len(text) > max_chars:
            break
        if text in table:
            out.append((j + 1, text))
    out.reverse()
    return out

