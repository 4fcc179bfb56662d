"""Error bodies: every error the API sends is ``{"detail": "reason"}``, one readable line."""
from __future__ import annotations


def validation_message(errors) -> str:
    """FastAPI's validation errors as one readable line: "query parameter 'offset': ... ; ..."."""
    parts = []
    for e in errors:
        loc = [str(x) for x in e.get("loc", ())]
        where = f"{loc[0]} parameter {'.'.join(loc[1:])!r}" if loc and loc[0] in ("query", "path", "header") \
            else ".".join(loc) or "request"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
