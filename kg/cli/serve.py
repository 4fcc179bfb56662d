"""`kg serve [--data DIR] [--host 127.0.0.1] [--port 8000]`: the HTTP API and the web page.

Thin: builds the settings, creates the FastAPI app (``api.app.create_app``) and runs it with uvicorn.
It binds the loopback address unless told otherwise, and logs one line per request.
"""
from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path

from kg.cli.common import add_settings_flags, settings_from, warn

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the claim graph over HTTP (API, SPARQL endpoint, web page)",
                       description="Serve the store under the data folder over HTTP: the REST API, the SPARQL "
                                   "1.1 endpoint, exports and the contested-claims page. Binds 127.0.0.1 by "
                                   "default; writes need the write token (setting write_token).")
    add_settings_flags(p, data=True, store=True)
    p.add_argument("--host", default=None, help="address to bind (setting host; default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (setting port; default 8000)")
    p.add_argument("--query-timeout", type=float, default=None,
                   help="SPARQL time limit in seconds (setting query_timeout)")
    p.add_argument("--row-cap", type=int, default=None, help="most rows a query returns (setting row_cap)")
    p.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    p.set_defaults(func=run)


def run(args) -> int:
    import uvicorn

    from api.app import create_app

    settings = settings_from(args)
    overrides = {k: getattr(args, k) for k in ("host", "port", "query_timeout", "row_cap")
                 if getattr(args, k, None) is not None}
    settings = replace(settings, **overrides)
    if not Path(settings.store_path).exists() and not Path(settings.data_dir).exists():
        warn(f"no data folder at {settings.data_dir}: serving an empty store "
             f"(build one with `kg build seeds --out {settings.data_dir}`)")
    from kg.store import ClaimStore, StoreError

    try:  # fail here with one line (locked by another process, damaged...) rather than in uvicorn's startup
        ClaimStore.open(settings).close()
    except StoreError as e:
        warn(f"cannot serve: {e}")
        return 1
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        warn(f"binding {settings.host}: the API is reachable from other machines")
    logging.basicConfig(level=args.log_level.upper(), format=LOG_FORMAT, stream=sys.stderr)
    app = create_app(settings)
    # uvicorn's own access log is off: api.app logs one line per request (method, path, status, time)
    uvicorn.run(app, host=settings.host, port=settings.port, access_log=False,
                log_level=args.log_level, log_config=None)
    return 0
