"""Writes against the real server: `POST /articles` and `DELETE /articles/{id}` with and without the
token, the body size limit (413), bad articles (4xx with the reason, nothing stored). Each server
here serves its own copy of the seed graph, so the shared ``live_server`` is never changed."""
from __future__ import annotations

import json

import httpx
import pytest

from conftest import LIVE_WRITE_TOKEN, KgServer, copy_data_dir

pytestmark = pytest.mark.slow

MAX_BODY = 20_000
AUTH = {"Authorization": f"Bearer {LIVE_WRITE_TOKEN}"}

# written for these tests (a made-up dispute between two real states, in wire-service style)
ARTICLE = {
    "id": "wire-2024-06-11-peru-chile.txt",
    "title": "Peru accuses Chile of airspace violation",
    "date": "2024-06-11",
    "outlet": "Test Wire",
    "text": ("LIMA, June 11 -- Peru's Foreign Ministry accused Chile on Tuesday of violating Peruvian airspace "
             "with two military aircraft near the border city of Tacna.\n\n"
             "Chile's government denied the accusation, saying its aircraft had remained over Chilean territory "
             "throughout the exercise."),
}


@pytest.fixture(scope="module")
def writable(seed_data_dir, tmp_path_factory):
    env = {"KG_MAX_BODY_BYTES": str(MAX_BODY)}
    with KgServer(copy_data_dir(seed_data_dir, tmp_path_factory, "writable"), env=env) as server:
        with httpx.Client(base_url=server.url, timeout=120) as client:
            yield client


def _articles(client) -> int:
    return client.get("/health").json()["articles"]


def test_post_needs_the_token(writable):
    before = _articles(writable)
    assert writable.post("/articles", json=ARTICLE).status_code == 401
    assert writable.post("/articles", json=ARTICLE, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert writable.post("/articles", json=ARTICLE, headers={"Authorization": LIVE_WRITE_TOKEN}).status_code == 401
    assert writable.delete("/articles/000_b37a73063bfa88c0.txt").status_code == 401
    assert _articles(writable) == before
    assert writable.get(f"/articles/{ARTICLE['id']}").status_code == 404


def test_ingest_read_replace_remove(writable):
    before = _articles(writable)
    r = writable.post("/articles", json=ARTICLE, headers=AUTH)
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["status"] == "added" and created["language"] == "en" and created["relations"] >= 1
    assert r.headers["location"] == f"/articles/{ARTICLE['id']}"
    assert _articles(writable) == before + 1

    stored = writable.get(r.headers["location"]).json()
    assert stored["text"] == ARTICLE["text"] and stored["date"] == "2024-06-11" and stored["outlet"] == "Test Wire"
    relations = writable.get("/relations", params={"article": ARTICLE["id"]}).json()
    assert relations["total"] == created["relations"]
    for rel in relations["items"]:
        ev = rel["evidence"]
        assert ARTICLE["text"][ev["start"]:ev["end"]] == ev["text"]
    # the new article is in the named queries and the SPARQL endpoint at once
    statements = writable.get("/accusations", params={"article": ARTICLE["id"],
                                                      "relation": "accuses,denies,asserts"}).json()
    assert statements["total"] == created["relations"]
    ask = f'ASK {{ ?a dcterms:identifier "{ARTICLE["id"]}" }}'
    assert writable.get("/sparql", params={"query": ask}).json()["boolean"] is True

    again = writable.post("/articles", json=ARTICLE, headers=AUTH)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert _articles(writable) == before + 1

    edited = {**ARTICLE, "text": ARTICLE["text"].split("\n\n")[0]}  # the denial paragraph is gone
    replaced = writable.post("/articles", json=edited, headers=AUTH)
    assert replaced.status_code == 200 and replaced.json()["status"] == "replaced"
    assert writable.get(f"/articles/{ARTICLE['id']}").json()["text"] == edited["text"]
    for rel in writable.get("/relations", params={"article": ARTICLE["id"]}).json()["items"]:
        assert rel["evidence"]["end"] <= len(edited["text"])
    assert _articles(writable) == before + 1

    removed = writable.delete(f"/articles/{ARTICLE['id']}", headers=AUTH)
    assert removed.status_code == 200 and removed.json() == {"id": ARTICLE["id"], "status": "removed"}
    assert writable.get(f"/articles/{ARTICLE['id']}").status_code == 404
    assert writable.get("/relations", params={"article": ARTICLE["id"]}).json()["total"] == 0
    assert writable.get("/sparql", params={"query": ask}).json()["boolean"] is False
    assert _articles(writable) == before
    assert writable.delete(f"/articles/{ARTICLE['id']}", headers=AUTH).status_code == 404


def test_article_without_id_gets_a_stable_one(writable):
    body = {"text": ARTICLE["text"]}
    first = writable.post("/articles", json=body, headers=AUTH)
    assert first.status_code == 201
    article_id = first.json()["id"]
    second = writable.post("/articles", json=body, headers=AUTH)
    assert second.json() == {**first.json(), "status": "unchanged"}
    assert writable.delete(f"/articles/{article_id}", headers=AUTH).status_code == 200


@pytest.mark.parametrize("body, status, reason", [
    (b"", 400, "not JSON"),
    (b"{\"text\": ", 400, "not JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 400, "UTF-8"),
    (json.dumps({"title": "no text"}).encode(), 422, "'text'"),
    (json.dumps({"text": ""}).encode(), 422, "empty"),
    (json.dumps({"text": "\u0001\u0002\u0003\u0004" * 100}).encode(), 422, "binary"),
    (json.dumps({"text": "Die Regierung in Berlin hat die Vorwürfe am Dienstag entschieden zurückgewiesen und "
                         "erklärt, die Berichte über angebliche Lieferungen seien falsch."}).encode(), 422, "German"),
    (json.dumps({"text": "Peru accused Chile.", "id": "a/b"}).encode(), 422, "id"),
])
def test_bad_article_gets_the_reason_and_stores_nothing(writable, body, status, reason):
    before = _articles(writable)
    r = writable.post("/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == status, r.text
    assert reason.lower() in r.json()["detail"].lower()
    assert _articles(writable) == before


def test_body_over_the_limit_is_413(writable):
    before = _articles(writable)
    big = json.dumps({**ARTICLE, "text": ARTICLE["text"] * 100}).encode()
    assert len(big) > MAX_BODY
    r = writable.post("/articles", content=big, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413 and "max_body_bytes" in r.json()["detail"]

    def chunks():  # chunked, no Content-Length: cut while reading
        for _ in range(len(big) // 4096 + 1):
            yield big[:4096]

    r = writable.post("/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert _articles(writable) == before
    assert writable.get("/health").status_code == 200


def test_writes_refused_when_no_token_is_configured(seed_data_dir, tmp_path_factory):
    with KgServer(copy_data_dir(seed_data_dir, tmp_path_factory, "no-token"), env={"KG_WRITE_TOKEN": ""}) as server:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            assert client.get("/health").json()["writes"] is False
            r = client.post("/articles", json=ARTICLE, headers=AUTH)
            assert r.status_code == 403 and "write_token" in r.json()["detail"]
            r = client.delete("/articles/000_b37a73063bfa88c0.txt", headers=AUTH)
            assert r.status_code == 403
            assert client.get("/health").json()["articles"] == 5


def test_an_id_in_any_script_gets_a_percent_encoded_location(writable):
    """HTTP header values are latin-1: the Location of an id like « дело-𠜲.txt » is percent-encoded
    (it was a 500 before), and reading it back at that Location finds the article."""
    article = {**ARTICLE, "id": "дело-𠜲 1.txt"}
    r = writable.post("/articles", json=article, headers=AUTH)
    assert r.status_code == 201, r.text
    location = r.headers["location"]
    assert location == "/articles/%D0%B4%D0%B5%D0%BB%D0%BE-%F0%A0%9C%B2%201.txt" == r.json()["location"]
    assert writable.get(location).json()["id"] == article["id"]
    assert writable.delete(location, headers=AUTH).status_code == 200
