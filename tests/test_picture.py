"""The contested-claims picture (kg.export.picture): DOT text model-free; SVG/PNG with graphviz."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kg.export.picture import EDGE_COLOURS, PictureError, as_view, contested_dot, picture_parts, render_contested
from kg.views import ViewInputs, graph_view, inputs_from_corpus
from web_sample import sample_corpus


def test_picture_keeps_contested_claims_and_accusations_and_drops_lone_assertions():
    nodes, edges = picture_parts(as_view(sample_corpus()))
    ids = {n["id"] for n in nodes}
    assert {"claim:c1", "claim:c2", "actor:armenia", "actor:azerbaijan", "actor:azerbaijan-mod",
            "actor:armenia-mfa"} == ids  # Russia only asserted, alone: not drawn
    assert {(e["source"], e["relation"], e["target"]) for e in edges} >= {
        ("actor:armenia", "accuses", "actor:azerbaijan"), ("actor:armenia-mfa", "denies", "claim:c1")}


def test_dot_draws_both_sides_converging_on_the_claim():
    dot = contested_dot(as_view(sample_corpus()))
    assert re.search(r'"actor:armenia-mfa" -> "claim:c1" \[style=solid, color="%s"' % EDGE_COLOURS["denies"], dot)
    assert re.search(r'"actor:azerbaijan-mod" -> "claim:c1" \[style=solid, color="%s"' % EDGE_COLOURS["accuses"],
                     dot)
    assert re.search(r'"claim:c1" -> "actor:armenia" \[style=dashed', dot)  # the accused, who does not deny
    assert "Ministry of Defence of Azerbaijan\\n(Azerbaijan)" in dot  # a part names its state
    assert "2 contested claims · 3 accusations · 2 denials" in dot


def test_dot_escapes_quotes_and_backslashes_in_labels():
    corpus_view = graph_view(inputs_from_corpus(sample_corpus()))
    for n in corpus_view["nodes"]:
        if n["id"] == "claim:c1":
            n["label"] = 'He said "no" \\ twice'
    dot = contested_dot(corpus_view)
    assert 'He said \\"no\\" \\\\ twice' in dot


def test_empty_graph_says_so():
    dot = contested_dot(graph_view(ViewInputs(statements=(), actors=())))
    assert "No contested claims or accusations in this graph." in dot


def test_bad_input_is_refused_clearly():
    with pytest.raises(TypeError, match="needs a Corpus"):
        as_view([1, 2])
    with pytest.raises(ValueError, match="picture format 'gif'"):
        render_contested(sample_corpus(), "gif")


@pytest.mark.slow
def test_svg_and_png_are_drawn_by_graphviz():
    svg = render_contested(sample_corpus(), "svg")
    root = ET.fromstring(svg)
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Armenian forces shelled" in texts and "Ministry of Foreign Affairs of Armenia" in texts
    png = render_contested(sample_corpus(), "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000


def test_missing_graphviz_is_a_clear_error(monkeypatch):
    monkeypatch.setattr("kg.export.picture.shutil.which", lambda name: None)
    with pytest.raises(PictureError, match="graphviz's `dot` command is not installed"):
        render_contested(sample_corpus())
