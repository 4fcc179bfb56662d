"""The API's description and its documentation pages.

* /docs (Swagger UI) and /redoc (ReDoc) load only from this server: their HTML names no other host,
  the files it names answer 200 (real server), and in a real browser no request leaves 127.0.0.1
  and Swagger UI renders the operations.
* /openapi.json has an example for every response model a 2xx answer uses (and every model those
  name), every parameter and every JSON request body; the examples hold together (evidence offsets).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from api import examples as ex
from api.app import create_app
from kg.settings import Settings

DOC_PAGES = ("/docs", "/redoc")
URL = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url\s*:\s*["']([^"']+)["']|spec-url\s*=\s*["']([^"']+)["']""")
ABSOLUTE = re.compile(r"""\b(?:https?:)?//[^\s"'<>)]+""")


@pytest.fixture(scope="module")
def spec(tmp_path_factory) -> dict:
    """The OpenAPI description as the app builds it (no store is opened for it)."""
    app = create_app(Settings(data_dir=tmp_path_factory.mktemp("api-docs") / "data"))
    return json.loads(json.dumps(app.openapi()))


def referenced_urls(html: str) -> list[str]:
    """Every URL a doc page's HTML names in src=, href=, spec-url= or a Swagger UI ``url:``."""
    return [next(g for g in m.groups() if g) for m in URL.finditer(html)]


def off_server_urls(html: str) -> list[str]:
    """Absolute URLs (http://, https://, //host) naming a host other than 127.0.0.1."""
    return [u for u in ABSOLUTE.findall(html) if urlsplit(u if ":" in u.split("//")[0] else "http:" + u).hostname
            not in ("127.0.0.1",)]


def test_off_server_urls_finds_cdn_links():
    """The check below can fail: FastAPI's own page (CDN script, favicon) is caught."""
    from fastapi.openapi.docs import get_swagger_ui_html

    cdn_page = get_swagger_ui_html(openapi_url="/openapi.json", title="x").body.decode()
    found = off_server_urls(cdn_page)
    assert any("cdn.jsdelivr.net" in u for u in found) and any("fastapi.tiangolo.com" in u for u in found)
    assert off_server_urls('<script src="/static/vendor/a.js"></script><a href="http://127.0.0.1:9/x">') == []


# ----------------------------------------------------------------------------------------------------
# /docs and /redoc (in process: the HTML; live: its files; browser: what the page really fetches)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    with TestClient(create_app(Settings(data_dir=tmp_path_factory.mktemp("api-docs-client") / "data"))) as c:
        yield c


@pytest.mark.parametrize("path", DOC_PAGES)
def test_doc_page_names_only_this_server(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert off_server_urls(html) == []
    urls = referenced_urls(html)
    assert "/openapi.json" in urls and any(u.startswith("/static/vendor/") and u.endswith(".js") for u in urls)
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "connect-src 'self'" in csp and "http" not in csp


def test_swagger_ui_does_not_send_the_schema_to_the_online_validator(client):
    assert '"validatorUrl": null' in client.get("/docs").text


@pytest.mark.slow
@pytest.mark.parametrize("path", DOC_PAGES)
def test_doc_page_files_are_served_by_the_live_server(live_server, path):
    with httpx.Client(base_url=live_server, timeout=60) as http:
        page = http.get(path)
        assert page.status_code == 200 and off_server_urls(page.text) == []
        urls = referenced_urls(page.text)
        assert len(urls) >= 3, urls  # a script, the favicon, the description (and Swagger UI's css)
        for url in urls:
            absolute = urljoin(f"{live_server}{path}", url)
            assert urlsplit(absolute).hostname == "127.0.0.1", url
            r = http.get(absolute)
            assert r.status_code == 200 and r.content, (url, r.status_code, r.text[:200])
            if url.endswith(".js"):
                assert "javascript" in r.headers["content-type"] and len(r.content) > 100_000, url
            if url.endswith(".css"):
                assert r.headers["content-type"].startswith("text/css"), url


def test_vendored_doc_files_carry_their_licenses():
    """scripts/build-web.sh copies the docs' files with their licenses (run by `make install`)."""
    vendor = Path(__file__).resolve().parent.parent / "kg" / "web" / "static" / "vendor"
    if not (vendor / "VERSIONS").is_file():
        pytest.fail(f"{vendor} is not built: run scripts/build-web.sh (make install)")
    versions = (vendor / "VERSIONS").read_text()
    for package, file in (("swagger-ui-dist", "swagger-ui-bundle.js"), ("swagger-ui-dist", "swagger-ui.css"),
                          ("redoc", "redoc.standalone.js")):
        assert re.search(rf"^{package} \d+\.\d+\.\d+ {re.escape(file)}$", versions, re.M), (package, file)
        assert (vendor / file).stat().st_size > 10_000 and (vendor / f"LICENSE.{package}").is_file()


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("path, rendered", [("/docs", ".opblock-summary-path"), ("/redoc", "[data-section-id]")])
def test_doc_page_renders_in_a_browser_without_leaving_the_server(live_server, path, rendered):
    from playwright.sync_api import sync_playwright

    from test_web_page import CHROMIUM, CHROMIUM_ARGS, Recorder

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/system-deps.sh (Debian package chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            recorder = Recorder(page)
            blocked: list[str] = []  # refused inside the browser by the page's CSP: never sent
            page.on("requestfailed", lambda r: r.failure == "csp" and blocked.append(r.url))
            page.goto(f"{live_server}{path}")
            page.wait_for_selector(rendered, timeout=60_000)
            shown = page.locator(rendered).all_inner_texts() if path == "/docs" else \
                [page.locator(rendered).first.inner_text()]
            page.wait_for_load_state("networkidle")
            # ReDoc's sidebar shows Redocly's logo from cdn.redoc.ly: the page's CSP stops it in the
            # browser (which logs that); any other request leaving 127.0.0.1 fails the test
            assert set(blocked) <= {"https://cdn.redoc.ly/redoc/logo-mini.svg"}, blocked
            recorder.requests = [u for u in recorder.requests if u not in blocked]
            recorder.assert_clean(allowed_errors=("Loading the image 'https://cdn.redoc.ly/redoc/logo-mini.svg' "
                                                  "violates the following Content Security Policy",))
        finally:
            browser.close()
    if path == "/docs":  # every operation is listed
        spec = httpx.get(f"{live_server}/openapi.json").json()
        operations = sum(len(methods) for methods in spec["paths"].values())
        assert len(shown) == operations and {"/accusations", "/export"} <= {s.strip() for s in shown}, shown
    else:
        assert shown[0].strip()


# ----------------------------------------------------------------------------------------------------
# examples everywhere in /openapi.json


def schema_names(node, out: set[str]) -> set[str]:
    """The component schemas a schema node names (not following them)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            out.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            schema_names(value, out)
    elif isinstance(node, list):
        for value in node:
            schema_names(value, out)
    return out


def success_schemas(spec: dict) -> set[str]:
    """Every component schema a 2xx response uses, and every one those name, to the bottom."""
    todo: set[str] = set()
    for ops in spec["paths"].values():
        for op in ops.values():
            for status, response in op["responses"].items():
                if status.startswith("2"):
                    schema_names(response.get("content", {}), todo)
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo |= schema_names(spec["components"]["schemas"][name], set()) - seen
    return seen


def has_example(node: dict) -> bool:
    return bool(node.get("example") is not None or node.get("examples"))


def test_every_success_schema_has_an_example(spec):
    used = success_schemas(spec)
    assert {"ActorProfile", "ClaimDetail", "ClaimHeader", "Timeline", "GraphView", "Evidence", "Removed",
            "Page_ArticleSummary_", "QueryPage_ClaimItem_", "StatementSection", "ActorRef"} <= used
    missing = sorted(n for n in used if not has_example(spec["components"]["schemas"][n]))
    assert missing == [], f"component schemas without an example: {missing}"


def test_every_parameter_and_request_body_has_an_example(spec):
    missing, bodies = [], 0
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            for p in op.get("parameters", []):
                if not (has_example(p) or has_example(p.get("schema", {}))):
                    missing.append(f"{method.upper()} {path} {p['in']} {p['name']}")
            for media, body in op.get("requestBody", {}).get("content", {}).items():
                bodies += 1
                if not (has_example(body) or has_example(body.get("schema", {}))):
                    missing.append(f"{method.upper()} {path} body {media}")
    assert bodies >= 1 and missing == [], f"without an example: {missing}"


def test_page_examples_are_their_items_examples(spec):
    schemas = spec["components"]["schemas"]
    for page, item in (("Page_ArticleSummary_", "ArticleSummary"), ("Page_RelationRecord_", "RelationRecord"),
                       ("QueryPage_StatementItem_", "StatementItem"), ("QueryPage_ActorSummary_", "ActorSummary")):
        example = schemas[page]["examples"][0]
        assert example["items"] == schemas[item]["examples"][:1], page
        assert example["truncated"] == (example["offset"] + len(example["items"]) < example["total"])


def test_example_statements_quote_the_example_article_exactly():
    statements = [ex.STATEMENT, ex.DENIAL_STATEMENT, ex.ASSERTION_STATEMENT, ex.RELATION, ex.DENIAL_RELATION]
    for s in statements:
        e = s["evidence"]
        assert ex.ARTICLE_TEXT[e["start"]:e["end"]] == e["text"], s["id"]
        for words in (s["cue"], s["content"], s["source"]["surface"]):
            assert words in e["text"], (s["id"], words)
    assert ex.DENIAL_STATEMENT["responds_to"] == [ex.STATEMENT["id"]]
    assert ex.ARTICLE["characters"] == len(ex.ARTICLE["text"])
