"""The explorer's files and how they are served (no browser): vendored libraries present at the
pinned versions, nothing loaded from elsewhere, the static route's refusals and headers."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.routers import web

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "kg" / "web" / "static"
LOCK = ROOT / "web" / "package-lock.json"


@pytest.fixture(scope="module")
def client():
    app = FastAPI()
    app.include_router(web.router)
    with TestClient(app) as c:
        yield c


def page_scripts() -> list[str]:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    return re.findall(r'<script[^>]*src="([^"]+)"', html) + re.findall(r'<link[^>]*href="([^"]+)"', html)


def test_the_page_loads_only_its_own_files():
    refs = page_scripts()
    assert refs, "index.html loads scripts and a style sheet"
    assert all(r.startswith("/static/") or r.startswith("data:") for r in refs), refs
    for path in STATIC.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".js", ".css") and "vendor" not in path.parts:
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"(?:src|href)\s*=\s*[\"']https?://|(?:fetch|import)\(\s*[\"']https?://|@import\s+url\(\s*[\"']?https?://", text), \
                f"{path.relative_to(ROOT)} loads something from another host"


def test_vendored_libraries_are_built_at_the_locked_versions():
    vendor = STATIC / "vendor"
    missing = [r for r in page_scripts() if r.startswith("/static/vendor/") and not (STATIC / r[len("/static/"):]).is_file()]
    assert not missing, f"{missing} missing: run scripts/build-web.sh (make install runs it)"
    locked = json.loads(LOCK.read_text(encoding="utf-8"))["packages"]
    for line in (vendor / "VERSIONS").read_text(encoding="utf-8").splitlines():
        name, version, _file = line.split()
        assert locked[f"node_modules/{name}"]["version"] == version, f"{name} {version} is not the locked version"
        assert (vendor / f"LICENSE.{name}").is_file(), f"{name}'s license is not shipped"
    direct = json.loads((ROOT / "web" / "package.json").read_text(encoding="utf-8"))["dependencies"]
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", v) for v in direct.values()), f"versions must be exact: {direct}"


def test_page_and_files_are_served_with_a_self_only_policy(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert "connect-src 'self'" in r.headers["content-security-policy"]
    js = client.get("/static/js/main.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")


@pytest.mark.parametrize("path", ["/static/../../settings.py", "/static/%2e%2e/%2e%2e/settings.py",
                                  "/static/js/", "/static/nothing.js", "/static/..%2f..%2fsettings.py"])
def test_static_route_refuses_what_is_not_a_page_file(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "class Settings" not in r.text


@pytest.mark.parametrize("path", ["../../settings.py", "../web/static/index.html/../../../settings.py", "/etc/passwd",
                                  "js", ""])
def test_static_files_outside_the_folder_are_refused_whatever_the_path(path):
    from fastapi import HTTPException

    with pytest.raises(HTTPException) as refused:
        web.static_file(path)
    assert refused.value.status_code == 404 and "no static file" in refused.value.detail


def test_a_missing_vendor_file_says_how_to_get_it(client):
    r = client.get("/static/vendor/not-there.js")
    assert r.status_code == 404
    assert "scripts/build-web.sh" in r.json()["detail"]
