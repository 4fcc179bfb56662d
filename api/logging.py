"""One log line per request: client, method, path, status, bytes sent, duration."""
from __future__ import annotations

import logging
import time

log = logging.getLogger("kg.api")

#: longest path+query written to the log (SPARQL queries in a URL can be long)
MAX_LOGGED_TARGET = 300


class RequestLogMiddleware:
    """Pure ASGI middleware (no buffering), so streamed responses are logged when they end."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        seen = {"status": 500, "bytes": 0}

        async def send_and_count(message):
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
            elif message["type"] == "http.response.body":
                seen["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_and_count)
        finally:
            log.info("%s", request_line(scope, seen["status"], seen["bytes"], time.perf_counter() - started))


def request_line(scope, status: int, size: int, seconds: float) -> str:
    client = scope.get("client")
    who = f"{client[0]}:{client[1]}" if client else "-"
    target = scope.get("path", "")
    if scope.get("query_string"):
        target += "?" + scope["query_string"].decode("latin-1")
    # the path is percent-decoded: escape control characters so one request stays one line
    target = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in target)
    if len(target) > MAX_LOGGED_TARGET:
        target = target[:MAX_LOGGED_TARGET] + "..."
    return f'{who} "{scope.get("method", "-")} {target}" {status} {size}B {seconds * 1000:.1f}ms'
