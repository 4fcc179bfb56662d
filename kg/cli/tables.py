"""Plain-text tables and CSV for the CLI's query commands (no dependency, fixed-width columns)."""
from __future__ import annotations

import csv
import io
import shutil
from typing import Sequence


def shorten(value, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence], *, widths: Sequence[int] | None = None) -> str:
    """A readable table: columns as wide as their content, up to ``widths`` (the last column takes
    what is left of the terminal)."""
    rows = [["" if v is None else " ".join(str(v).split()) for v in row] for row in rows]
    term = shutil.get_terminal_size((160, 24)).columns
    natural = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    caps = list(widths) if widths else [40] * len(headers)
    cols = [min(n, c) for n, c in zip(natural, caps)]
    used = sum(cols[:-1]) + 2 * (len(cols) - 1)
    cols[-1] = max(min(natural[-1], term - used), 20)
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, cols)).rstrip(),
             "  ".join("-" * w for w in cols)]
    for r in rows:
        lines.append("  ".join(shorten(v, w).ljust(w) for v, w in zip(r, cols)).rstrip())
    return "\n".join(lines) + "\n"


def to_csv(headers: Sequence[str], rows: Sequence[Sequence]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(headers)
    w.writerows([["" if v is None else v for v in row] for row in rows])
    return out.getvalue()
