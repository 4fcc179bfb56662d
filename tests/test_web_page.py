"""The contested-claims explorer in a real browser (Debian's Chromium, headless, through Playwright)
against the real `kg serve` over the seed graph (tests/conftest.py's ``live_server``).

Every test records the page's console errors, uncaught exceptions and every request it makes, and
checks that there were no errors and that no request left 127.0.0.1. Screenshots go to
test-artifacts/ (look at them: someone who never read the articles should see who accuses whom).
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1500, "height": 950}
LOAD_TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/system-deps.sh (Debian package chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Recorder:
    """Console errors, page errors, failed requests and every URL the page asked for."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("request", lambda r: self.requests.append(r.url))

    def assert_clean(self, allowed_errors: tuple[str, ...] = ()) -> None:
        errors = [e for e in self.errors if not any(a in e for a in allowed_errors)]
        assert errors == [], f"the page logged errors: {errors}"
        outside = [u for u in self.requests
                   if not (u.startswith("data:") or u.startswith("blob:") or urlsplit(u).hostname == "127.0.0.1")]
        assert outside == [], f"requests left 127.0.0.1: {outside}"
        assert self.requests, "no request was recorded at all"


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    p = context.new_page()
    p.set_default_timeout(LOAD_TIMEOUT_MS)
    p.recorder = Recorder(p)
    p.base = live_server
    yield p
    context.close()


@pytest.fixture(scope="module")
def api(live_server):
    with httpx.Client(base_url=live_server, timeout=60) as client:
        yield client


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def loads(page) -> int:
    return int(page.evaluate("document.body.dataset.loads || '0'"))


def wait_loaded(page, after: int = 0) -> str:
    """Wait until the /graph load after the ``after``-th one has finished; its status."""
    page.wait_for_function(
        "n => Number(document.body.dataset.loads || 0) > n && document.body.dataset.graph !== 'loading'", arg=after)
    return page.evaluate("document.body.dataset.graph")


def open_explorer(page, fragment: str = "") -> str:
    page.goto(f"{page.base}/{('#' + fragment) if fragment else ''}")
    return wait_loaded(page)


def drawn_counts(page) -> dict:
    """What the canvas holds and what the page says it shows."""
    return page.evaluate("""() => {
        const cy = window.kgExplorer.cy, view = window.kgExplorer.view;
        return {
          nodes: cy ? cy.nodes().length : 0,
          edges: cy ? cy.edges().not('.part-of').length : 0,
          part_of: cy ? cy.edges('.part-of').length : 0,
          statements: view ? view.total.statements : 0,
          view_nodes: view ? view.total.nodes : 0,
          view_edges: view ? view.total.edges : 0,
          summary: document.getElementById('summary').textContent,
        };
    }""")


def expected_drawn(view: dict, show_lone: bool = False) -> dict:
    """What the page must draw of a /graph answer: everything when single statements are drawn;
    otherwise no lone-statement node or edge, and no actor left without a line. Part-of lines join
    drawn actors to drawn parents."""
    lone = {n["id"] for n in view["nodes"] if n.get("lone")}
    edges = [e for e in view["edges"] if show_lone or not ({e["source"], e["target"]} & lone)]
    linked = {x for e in edges for x in (e["source"], e["target"])}
    nodes = [n for n in view["nodes"]
             if show_lone or (n["id"] in linked if n["type"] == "actor" else n["id"] not in lone)]
    ids = {n["id"] for n in nodes}
    part_of = sum(1 for n in nodes if n["type"] == "actor" and n.get("part_of") and f"actor:{n['part_of']}" in ids)
    return {"nodes": len(nodes), "edges": len(edges), "part_of": part_of}


def drawn_only(counts: dict) -> dict:
    return {k: counts[k] for k in ("nodes", "edges", "part_of")}


def graph_api(api, **params) -> dict:
    r = api.get("/graph", params={k: v for k, v in params.items() if v not in (None, "", False)})
    r.raise_for_status()
    return r.json()


def fragment_params(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).fragment).items()}


# ---------------------------------------------------------------------------------------------------


def test_page_renders_the_seed_graph_with_the_apis_counts(page, api):
    expected = graph_api(api)
    assert expected["total"]["statements"] > 0, "the seed graph has statements"
    assert open_explorer(page) == "ready"
    counts = drawn_counts(page)
    assert (counts["view_nodes"], counts["view_edges"]) == (len(expected["nodes"]), len(expected["edges"]))
    assert drawn_only(counts) == expected_drawn(expected)
    assert counts["edges"] > 0
    actors = sum(1 for n in expected["nodes"] if n["type"] == "actor")
    contested = sum(1 for n in expected["nodes"] if n["type"] == "claim" and n["contested"])
    assert counts["summary"].startswith(f"{actors} actor")
    assert f"{contested} contested claim" in counts["summary"]
    assert f"{expected['total']['statements']} statement" in counts["summary"]
    # every contested claim is drawn, and marked so
    drawn_contested = page.evaluate("window.kgExplorer.cy.nodes('.contested').map(n => n.id()).sort()")
    assert drawn_contested == sorted(n["id"] for n in expected["nodes"] if n["type"] == "claim" and n["contested"])
    # the keyboard lists hold every actor and every statement
    assert page.locator("#actor-list button").count() == actors
    assert page.locator("#claim-list button").count() == contested
    listed = page.evaluate("[...document.querySelectorAll('#edge-list button .count')].map(c => +c.textContent)")
    assert sum(listed) == sum(len(e["statements"]) for e in expected["edges"] if e["relation"] != "against")
    # legend: every edge colour and each state drawn
    for text in ("accuses", "denies", "asserts", "contested claim"):
        assert page.locator(".legend").get_by_text(text, exact=False).first.is_visible()
    assert page.locator("#state-legend li").count() == len({n["state"] for n in expected["nodes"] if n["type"] == "actor"})
    shot(page, "explorer-seeds")
    page.recorder.assert_clean()


def drawn_layout(page) -> dict:
    """Each drawn node's box on screen, its label included, and the text sizes as shown (px)."""
    return page.evaluate("""() => {
        const cy = window.kgExplorer.cy, zoom = cy.zoom();
        return {
          canvas: {w: cy.width(), h: cy.height()},
          nodes: cy.nodes().map(n => {
            const b = n.renderedBoundingBox({includeLabels: true, includeOverlays: false});
            return {id: n.id(), label: (n.data('label') || '').replace(/\\s+/g, ' ').slice(0, 40),
                    x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2,
                    font: n.data('label') ? n.numericStyle('font-size') * zoom : null,
                    x: n.position('x'), y: n.position('y')};
          }),
          edges: cy.edges().not('.part-of').map(e => {
            const s = e.source().renderedPosition(), t = e.target().renderedPosition();
            return Math.hypot(s.x - t.x, s.y - t.y);
          }),
        };
    }""")


def overlapping(nodes: list[dict]) -> list[tuple[str, str]]:
    return [(a["label"] or a["id"], b["label"] or b["id"]) for i, a in enumerate(nodes) for b in nodes[i + 1:]
            if min(a["x2"], b["x2"]) > max(a["x1"], b["x1"]) and min(a["y2"], b["y2"]) > max(a["y1"], b["y1"])]


def test_seed_layout_is_readable_without_dragging(page):
    """Issue 5: no actor, claim box or name drawn over another; texts large enough to read; the
    drawing inside the canvas; the same picture on every load."""
    assert open_explorer(page) == "ready"
    layout = drawn_layout(page)
    nodes = layout["nodes"]
    assert len(nodes) > 20, "the seeds draw a real graph"
    assert overlapping(nodes) == [], "nodes, claim boxes or their labels overlap"
    canvas = layout["canvas"]
    assert all(n["x1"] >= 0 and n["y1"] >= 0 and n["x2"] <= canvas["w"] and n["y2"] <= canvas["h"] for n in nodes)
    # fitted: the drawing spans most of the canvas along at least one axis
    width = max(n["x2"] for n in nodes) - min(n["x1"] for n in nodes)
    height = max(n["y2"] for n in nodes) - min(n["y1"] for n in nodes)
    assert max(width / canvas["w"], height / canvas["h"]) > 0.85
    smallest = min(n["font"] for n in nodes if n["font"])
    assert smallest >= 9, f"some node text is drawn at {smallest:.1f}px"
    # a speaker's line to what it charges or denies stays short enough to follow by eye
    assert max(layout["edges"]) < 0.4 * (canvas["w"] ** 2 + canvas["h"] ** 2) ** 0.5
    shot(page, "explorer-seeds-layout")
    page.reload()
    wait_loaded(page)
    again = drawn_layout(page)["nodes"]
    assert [(n["id"], round(n["x"]), round(n["y"])) for n in again] == \
        [(n["id"], round(n["x"]), round(n["y"])) for n in nodes], "the layout differs between loads"
    page.recorder.assert_clean()


def test_drawing_single_statements_draws_every_node_and_edge_of_the_api(page, api):
    expected = graph_api(api)
    assert open_explorer(page) == "ready"
    hidden = sum(1 for n in expected["nodes"] if n.get("lone"))
    assert hidden > 0, "the seeds have statements in no claim and with no target"
    page.get_by_label("draw single statements", exact=True).check()
    page.wait_for_function("() => window.kgExplorer.cy && window.kgExplorer.cy.nodes('.lone').length > 0")
    counts = drawn_counts(page)
    assert (counts["nodes"], counts["edges"]) == (len(expected["nodes"]), len(expected["edges"]))
    assert drawn_only(counts) == expected_drawn(expected, show_lone=True)
    assert fragment_params(page).get("lone") == "1"
    shot(page, "explorer-single-statements")
    page.reload()
    wait_loaded(page)
    assert drawn_only(drawn_counts(page)) == drawn_only(counts)
    # a group of single statements in the list opens them all
    item = page.locator("#edge-list button", has_text="single statement").first
    item.click()
    page.locator("#details").wait_for()
    assert page.locator("#details-body article.stmt").count() == int(item.locator(".count").text_content())
    page.recorder.assert_clean()


def test_clicking_an_accusation_edge_shows_its_evidence_at_the_stored_offsets(page, api):
    assert open_explorer(page) == "ready"
    edges = page.evaluate("window.kgExplorer.cy.edges('.accuses').map(e => e.id())")
    assert edges, "the seed graph has accusation edges"
    box = page.locator("#cy").bounding_box()
    clicked = None
    for edge_id in edges:
        pos = page.evaluate("id => window.kgExplorer.cy.getElementById(id).renderedMidpoint()", edge_id)
        page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        if page.evaluate("window.kgExplorer.state.sel") == edge_id:
            clicked = edge_id
            break
    assert clicked, f"no accusation edge could be clicked at its midpoint: {edges}"
    details = page.locator("#details")
    assert details.is_visible()
    assert page.locator("#details-heading").text_content().count(" accuses ") == 1
    view = page.evaluate("window.kgExplorer.view")
    edge = next(e for e in view["edges"] if e["id"] == clicked)
    cards = page.locator("#details-body article.stmt")
    assert cards.count() == len(edge["statements"])
    statements = {s["id"]: s for s in view["statements"]}
    for i in range(cards.count()):
        card = cards.nth(i)
        s = statements[card.get_attribute("data-statement")]
        assert s["relation"] == "accuses"
        text = api.get(f"/articles/{s['article']}").json()["text"]
        ev = s["evidence"]
        # the paragraph arrives with the article; the mark then carries the offsets it was cut at
        mark = card.locator("blockquote mark.evidence[data-start]")
        mark.wait_for()
        assert mark.text_content() == text[ev["start"]:ev["end"]] == ev["text"]
        context = card.locator("blockquote").text_content()
        assert len(context) > len(ev["text"])  # the sentence sits inside its paragraph
        for shown in (s["cue"], s["source"]["label"]):
            assert shown in card.text_content()
    shot(page, "explorer-evidence")

    # the full article opens with the same span marked
    first = cards.nth(0)
    s = statements[first.get_attribute("data-statement")]
    first.get_by_role("button", name="Open the full article").click()
    dialog = page.locator("#article-dialog")
    dialog.locator("mark.evidence").wait_for()
    text = api.get(f"/articles/{s['article']}").json()["text"]
    assert dialog.locator("#article-text").text_content() == text
    assert dialog.locator("mark.evidence").text_content() == text[s["evidence"]["start"]:s["evidence"]["end"]]
    shot(page, "explorer-article")
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    page.recorder.assert_clean()


def click_element(page, element_id: str) -> None:
    """Click where the graph draws ``element_id`` (a node's centre, an edge's midpoint)."""
    box = page.locator("#cy").bounding_box()
    pos = page.evaluate("""id => { const el = window.kgExplorer.cy.getElementById(id);
        return el.isEdge() ? el.renderedMidpoint() : el.renderedPosition(); }""", element_id)
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def test_clicking_an_actor_or_a_contested_claim_opens_its_statements(page, api):
    assert open_explorer(page) == "ready"
    view = page.evaluate("window.kgExplorer.view")
    statements = {s["id"]: s for s in view["statements"]}
    actor = max((n for n in view["nodes"] if n["type"] == "actor"), key=lambda n: n["weight"])
    click_element(page, actor["id"])
    assert page.evaluate("window.kgExplorer.state.sel") == actor["id"]
    assert page.locator("#details-heading").text_content() == actor["label"]
    shown = page.locator("#details-body article.stmt").evaluate_all("els => els.map(e => e.dataset.statement)")
    assert set(shown) == {sid for sid, s in statements.items()
                          if s["source"]["id"] == actor["actor"] or (s["target"] or {}).get("id") == actor["actor"]}
    contested = [n for n in view["nodes"] if n["type"] == "claim" and n["contested"]]
    assert contested, "the seed graph has contested claims"
    claim = contested[0]
    click_element(page, claim["id"])
    assert page.evaluate("window.kgExplorer.state.sel") == claim["id"]
    assert page.locator("#details-heading").text_content().startswith("Contested claim:")
    assert "denied by" in page.locator("#details-sub").text_content()
    shown = page.locator("#details-body article.stmt").evaluate_all("els => els.map(e => e.dataset.statement)")
    assert sorted(shown) == sorted(claim["statements"])
    relations = {statements[sid]["relation"] for sid in shown}
    assert "denies" in relations and relations & {"accuses", "asserts"}, "both sides of the claim are listed"
    shot(page, "explorer-contested-claim")
    page.recorder.assert_clean()


def busiest_article(api) -> str:
    items = api.get("/articles").json()["items"]
    return max(items, key=lambda a: (a["relations"], a["id"]))["id"]


def set_actor(page, api):
    page.get_by_label("Actor", exact=True).fill("Bakou")  # French capital: the state and its parts
    page.get_by_label("Actor", exact=True).press("Enter")


def set_relation(page, api):
    page.get_by_label("asserts", exact=True).uncheck()


def set_dates(page, api):
    page.get_by_label("From", exact=True).fill("2023-09-10")


def set_language(page, api):
    page.get_by_label("Language", exact=True).select_option("fr")


def set_article(page, api):
    page.get_by_label("Article", exact=True).select_option(busiest_article(api))


def set_contested(page, api):
    page.get_by_label("contested claims only", exact=True).check()


#: filters that must still leave something on the seeds (contested-only may honestly leave nothing)
NON_EMPTY = {"actor", "relation", "date", "language", "article"}
#: name -> (how to set it in the page, what the URL fragment then holds, the same filter for /graph)
FILTERS = {
    "actor": (set_actor, {"actor": "Bakou"}, {"actor": "Bakou"}),
    "relation": (set_relation, {"relation": "accuses,denies"}, {"relation": "accuses,denies"}),
    "date": (set_dates, {"since": "2023-09-10"}, {"since": "2023-09-10"}),
    "language": (set_language, {"language": "fr"}, {"language": "fr"}),
    "article": (set_article, {}, {}),
    "contested": (set_contested, {"contested": "1"}, {"contested_only": "true"}),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_each_filter_changes_what_is_drawn_and_reloading_restores_it(page, api, name):
    setter, in_fragment, api_params = FILTERS[name]
    if name == "article":
        article = busiest_article(api)
        in_fragment, api_params = {"article": article}, {"article": article}
    assert open_explorer(page) == "ready"
    before = drawn_counts(page)
    n = loads(page)
    setter(page, api)
    status = wait_loaded(page, n)
    after = drawn_counts(page)
    expected = graph_api(api, **api_params)
    assert after["statements"] == expected["total"]["statements"]
    if name in NON_EMPTY:
        assert after["statements"] > 0, f"filter {name} left nothing on the seeds"
    assert (after["view_nodes"], after["view_edges"]) == (expected["total"]["nodes"], expected["total"]["edges"])
    assert (after["statements"], after["view_nodes"], after["view_edges"]) != \
        (before["statements"], before["view_nodes"], before["view_edges"]), f"filter {name} changed nothing"
    if status == "ready":
        assert drawn_only(after) == expected_drawn(expected)
    else:  # nothing matches: a clear message, never a blank canvas
        assert status == "empty" and expected["total"]["statements"] == 0
        assert "No statements match these filters" in page.locator("#graph-message").text_content()
    params = fragment_params(page)
    for key, value in in_fragment.items():
        assert params.get(key) == value, f"the URL does not keep {key}: {page.url}"
    shot(page, f"explorer-filter-{name}")

    page.reload()
    wait_loaded(page)
    restored = drawn_counts(page)
    assert restored == after, f"reloading {page.url} did not restore the view"
    controls = page.evaluate("""() => ({actor: document.getElementById('f-actor').value,
        since: document.getElementById('f-since').value, language: document.getElementById('f-language').value,
        article: document.getElementById('f-article').value, contested: document.getElementById('f-contested').checked,
        asserts: document.getElementById('f-rel-asserts').checked})""")
    assert controls["actor"] == params.get("actor", "")
    assert controls["since"] == params.get("since", "")
    assert controls["language"] == params.get("language", "")
    assert controls["article"] == params.get("article", "")
    assert controls["contested"] == (params.get("contested") == "1")
    assert controls["asserts"] == ("relation" not in params)
    page.recorder.assert_clean()


def test_timeline_brush_filters_the_graph_by_date(page, api):
    assert open_explorer(page) == "ready"
    timeline = graph_api(api)["timeline"]
    dated = [d for d in timeline if d["accuses"] + d["denies"] > 0]
    assert dated, "the seeds have dated accusations or denials"
    bars = page.locator("#timeline rect.bar")
    assert bars.count() >= len(dated)
    before = drawn_counts(page)
    last_bar = bars.nth(bars.count() - 1).bounding_box()
    chart = page.locator("#timeline svg").bounding_box()
    y = chart["y"] + chart["height"] / 2
    n = loads(page)
    # drag from just left of the latest day's bar to the right edge of the chart
    page.mouse.move(last_bar["x"] - 4, y)
    page.mouse.down()
    page.mouse.move(last_bar["x"] + last_bar["width"] + 6, y, steps=8)
    page.mouse.up()
    wait_loaded(page, n)
    params = fragment_params(page)
    assert params.get("since") == params.get("until") == dated[-1]["date"], page.url
    after = drawn_counts(page)
    expected = graph_api(api, since=params["since"], until=params["until"])
    assert after["statements"] == expected["total"]["statements"] < before["statements"]
    assert page.locator("#f-since").input_value() == dated[-1]["date"]
    shot(page, "explorer-timeline-brush")
    n = loads(page)
    page.get_by_role("button", name="Clear dates").click()
    wait_loaded(page, n)
    assert drawn_counts(page)["statements"] == before["statements"]
    page.recorder.assert_clean()


def test_sparql_example_returns_rows_and_downloads_csv_and_json(page, api):
    page.goto(f"{page.base}/#tab=sparql")
    page.get_by_label("Example query", exact=True).select_option(label="Who accused whom of what")
    page.get_by_role("button", name="Run query").click()
    table = page.locator("#sparql-results")
    table.wait_for()
    rows = table.locator("tbody tr").count()
    assert rows > 0
    assert "accuser" in table.locator("thead").text_content()
    assert page.locator("#sparql-status").text_content().startswith(f"{rows} row")
    accusations = graph_api(api, relation="accuses")["total"]["statements"]
    assert rows == accusations  # one row per accusation in the store
    shot(page, "explorer-sparql")

    with page.expect_download() as csv_download:
        page.get_by_role("button", name="Download CSV").click()
    csv_text = Path(csv_download.value.path()).read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].strip() == "accuser,accused,content,date,article"
    with page.expect_download() as json_download:
        page.get_by_role("button", name="Download JSON").click()
    body = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    assert len(body["results"]["bindings"]) == rows
    page.recorder.assert_clean()


def test_every_example_query_runs_and_the_contested_one_matches_the_api(page, api):
    page.goto(f"{page.base}/#tab=sparql")
    select = page.get_by_label("Example query", exact=True)
    examples = [o for o in select.locator("option").all_text_contents() if not o.startswith("choose")]
    assert {"Who accused whom of what", "Contested claims and each side", "An actor's denials"} <= set(examples)
    rows = {}
    for title in examples:
        select.select_option(label=title)
        page.get_by_role("button", name="Run query").click()
        page.wait_for_function("t => /row|ASK/.test(document.getElementById('sparql-status').textContent) || "
                               "!document.getElementById('sparql-message').hidden", arg=title)
        message = page.locator("#sparql-message")
        assert not (message.is_visible() and "failed" in message.text_content()), f"{title}: {message.text_content()}"
        rows[title] = page.locator("#sparql-results tbody tr").count()
        page.evaluate("document.getElementById('sparql-status').textContent = ''")
    assert rows["Contested claims and each side"] == api.get("/contested", params={"limit": 1000}).json()["total"]
    assert rows["An actor's denials"] > 0, "the actor filled in (the graph's top denier) has denials"
    page.recorder.assert_clean()


def test_a_bad_sparql_query_shows_the_servers_reason(page):
    page.goto(f"{page.base}/#tab=sparql")
    page.get_by_label("Query", exact=True).fill("DELETE WHERE { ?s ?p ?o }")
    page.get_by_role("button", name="Run query").click()
    message = page.locator("#sparql-message")
    message.wait_for()
    assert "The query failed" in message.text_content() and "(4" in message.text_content()
    # the browser logs the 4xx response itself as a console error; nothing else may be logged
    page.recorder.assert_clean(allowed_errors=("status of 4",))


def accessible_name_missing(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('input, select, textarea, button')]
        .filter(el => el.offsetParent !== null || el.closest('[hidden]') === null)
        .filter(el => !((el.labels && el.labels.length && [...el.labels].some(l => l.textContent.trim()))
                        || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')
                        || (el.tagName === 'BUTTON' && el.textContent.trim())))
        .map(el => el.outerHTML.slice(0, 120))""")


def test_every_control_has_a_label(page):
    assert open_explorer(page) == "ready"
    assert accessible_name_missing(page) == []
    page.get_by_role("button", name="SPARQL").click()
    assert accessible_name_missing(page) == []
    for label in ("Actor", "From", "To", "Language", "Article", "contested claims only", "accuses", "denies",
                  "asserts"):
        assert page.get_by_label(label, exact=True).count() == 1, label
    page.recorder.assert_clean()


def focused(page) -> dict:
    return page.evaluate("""() => { const el = document.activeElement; const cs = getComputedStyle(el);
        return {id: el.id, tag: el.tagName, text: (el.textContent || '').trim().slice(0, 80),
                select: el.dataset ? el.dataset.select || '' : '',
                outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0}; }""")


def test_keyboard_reaches_filters_lists_and_evidence(page):
    assert open_explorer(page) == "ready"
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        f = focused(page)
        seen.append(f)
        if f["select"].startswith(("accuses:", "denies:", "asserts:")):
            break
    ids = [f["id"] for f in seen]
    for control in ("tab-graph", "tab-sparql", "f-actor", "f-rel-accuses", "f-since", "f-language", "f-article",
                    "f-contested", "f-reset"):
        assert control in ids, f"Tab never reached #{control}: {ids}"
    # tab order follows the page: filters before the lists
    assert ids.index("f-actor") < ids.index("f-contested") < ids.index("f-reset")
    target = seen[-1]
    assert target["select"], f"Tab never reached a statement in the list: {seen[-5:]}"
    assert all(f["outline"] for f in seen), f"focus is not visible on {[f for f in seen if not f['outline']]}"

    page.keyboard.press("Enter")
    page.locator("#details").wait_for()
    assert page.evaluate("window.kgExplorer.state.sel") == target["select"]
    assert page.evaluate("document.activeElement.id") == "details"
    assert page.locator("#details-body article.stmt").count() >= 1
    shot(page, "explorer-keyboard-evidence")
    page.keyboard.press("Escape")
    assert not page.locator("#details").is_visible()
    assert focused(page)["select"] == target["select"], "focus goes back to the list item"

    page.keyboard.press("Space")  # buttons answer Space too
    page.locator("#details").wait_for()
    assert page.evaluate("window.kgExplorer.state.sel") == target["select"]
    page.recorder.assert_clean()


def test_no_results_and_failed_requests_show_a_clear_message(page):
    assert open_explorer(page, "actor=no+such+actor+anywhere") == "empty"
    message = page.locator("#graph-message")
    assert message.is_visible() and "No statements match these filters" in message.text_content()
    shot(page, "explorer-no-results")
    n = loads(page)
    message.get_by_role("button", name="Reset filters").click()
    assert wait_loaded(page, n) == "ready"
    assert fragment_params(page) == {}

    page.route("**/graph*", lambda route: route.fulfill(status=500, content_type="application/json",
                                                         body='{"detail": "internal error: the store is unreadable"}'))
    n = loads(page)
    page.get_by_label("denies", exact=True).uncheck()
    assert wait_loaded(page, n) == "error"
    assert "the store is unreadable" in message.text_content()
    assert "(500)" in message.text_content()
    assert page.locator("#graph-message").get_by_role("button", name="Try again").is_visible()
    shot(page, "explorer-request-failed")

    page.unroute("**/graph*")
    page.route("**/graph*", lambda route: route.abort("connectionrefused"))
    n = loads(page)
    message.get_by_role("button", name="Try again").click()
    assert wait_loaded(page, n) == "error"
    assert "could not reach the kg server" in message.text_content()
    page.unroute("**/graph*")
    n = loads(page)
    message.get_by_role("button", name="Try again").click()
    assert wait_loaded(page, n) == "ready"
    # the 500 and the refused connection are logged by the browser itself
    page.recorder.assert_clean(allowed_errors=("status of 500", "ERR_CONNECTION_REFUSED", "Failed to load resource"))


def test_an_empty_store_says_so(browser, tmp_path):
    from conftest import KgServer

    with KgServer(tmp_path / "empty-data") as server:
        context = browser.new_context(viewport=VIEWPORT)
        p = context.new_page()
        p.set_default_timeout(LOAD_TIMEOUT_MS)
        p.recorder = Recorder(p)
        p.base = server.url
        try:
            assert open_explorer(p) == "empty"
            message = p.locator("#graph-message")
            assert "The graph is empty" in message.text_content()
            assert p.locator("#summary").text_content().startswith("0 actors")
            shot(p, "explorer-empty-store")
            p.recorder.assert_clean()
        finally:
            context.close()
