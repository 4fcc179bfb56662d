"""The contested-claims explorer: ``GET /`` (the page) and ``GET /static/{path}`` (its files).

The files ship inside the Python package (``kg/web/static/``); the JavaScript libraries are copied
from npm into ``kg/web/static/vendor/`` by ``scripts/build-web.sh`` (run by ``make install``). The
page talks only to this server: its Content-Security-Policy forbids loading or sending anything
elsewhere.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse


#: nothing but this server: scripts, styles, data and images from 'self' only
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
PAGE_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}

router = APIRouter(include_in_schema=False)


def static_dir() -> Path:
    """Where the page's files are: beside the installed ``kg`` package."""
    import kg

    return Path(kg.__file__).resolve().parent / "web" / "static"


@router.get("/")
def page() -> FileResponse:
    index = static_dir() / "index.html"
    if not index.is_file():
        raise HTTPException(404, f"the web page is not installed: {index} is missing")
    return FileResponse(index, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)


@router.get("/static/{path:path}")
def static_file(path: str) -> FileResponse:
    root = static_dir().resolve()
    target = (root / path).resolve()
    if root not in target.parents or not target.is_file():
        hint = " (the JavaScript libraries are copied there by scripts/build-web.sh, run by `make install`)" \
            if path.startswith("vendor/") else ""
        raise HTTPException(404, f"no static file {path!r}{hint}")
    media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    if media_type.startswith("text/") or media_type in ("application/javascript", "text/javascript"):
        media_type += "; charset=utf-8"
    return FileResponse(target, media_type=media_type, headers=PAGE_HEADERS)
