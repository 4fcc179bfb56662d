"""`kg contested`: the contested claims of articles (or of a built store), both sides with evidence."""
from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.cli.contested import format_text
from kg.ingest import read_articles


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _record(n_side: dict) -> dict:
    statements = []
    for side, count in n_side.items():
        for i in range(count):
            statements.append({
                "relation_id": f"r-{side}-{i}", "relation": "denies" if side == "denies" else "accuses",
                "side": side, "source": {"id": f"s{i}", "label": f"Speaker {side} {i}", "surface": "x"},
                "target": {"id": "t", "label": "Target", "surface": "t"} if side == "supports" else None,
                "cue": "said", "content": "c", "article": "a.txt", "language": "en", "date": None, "outlet": None,
                "evidence": {"start": 10 * i, "end": 10 * i + 5, "text": f"quote\n {side} {i}"}, "events": [],
            })
    return {"id": "c-1", "label": "Somebody shelled the town", "contested": True, "actors": 3,
            "articles": ["a.txt"], "kinds": ["attack"],
            "supporters": [{"id": "s0", "label": "Speaker supports 0", "wikidata": None}],
            "deniers": [{"id": "s0", "label": "Speaker denies 0", "wikidata": None}], "statements": statements}


def test_text_format_lists_both_sides_with_quotes_and_offsets():
    text = format_text([_record({"supports": 2, "denies": 1})])
    assert text.startswith("1. Somebody shelled the town\n")
    assert "about: attack" in text and "3 actors" in text
    assert "asserted or charged by: Speaker supports 0" in text and "denied by: Speaker denies 0" in text
    assert "Speaker supports 1 accuses -> Target  (a.txt [10:15])" in text
    assert "“quote denies 0”" in text  # whitespace of the evidence folded for reading
    assert format_text([]) == "No contested claims.\n"


def test_no_articles_and_no_store_is_a_clear_error(capsys, tmp_path):
    code, out, err = _run(capsys, "contested", "--data", str(tmp_path / "nothing"))
    assert code == 2 and out == ""
    assert "kg contested seeds" in err and "--data" in err


@pytest.mark.slow
def test_kg_contested_seeds_shows_contested_claims_with_exact_evidence_on_both_sides(capsys, seeds_dir):
    code, out, err = _run(capsys, "contested", str(seeds_dir), "--format", "json")
    assert code == 0, err
    items = json.loads(out)["items"]
    assert items, "no contested claim in the seeds"
    articles, _ = read_articles([str(seeds_dir)], 10_000_000)
    texts = {a.id: a.text for a in articles}
    both_sides = 0
    for item in items:
        assert item["contested"]
        sides = {s["side"] for s in item["statements"]}
        assert sides == {"supports", "denies"}, item["id"]
        for s in item["statements"]:
            ev = s["evidence"]
            assert texts[s["article"]][ev["start"]:ev["end"]] == ev["text"]
        both_sides += 1
    # ranked by how many actors take part
    assert [i["actors"] for i in items] == sorted((i["actors"] for i in items), reverse=True)
    assert both_sides >= 1

    code, text_out, _ = _run(capsys, "contested", str(seeds_dir), "--limit", "1")
    assert code == 0 and text_out.startswith("1. ") and "denied by:" in text_out and "\n2. " not in text_out


@pytest.mark.slow
def test_kg_contested_reads_a_built_store(capsys, seeds_dir, tmp_path):
    code, _, err = _run(capsys, "build", str(seeds_dir), "--out", str(tmp_path / "data"))
    assert code == 0, err
    code, from_store, err = _run(capsys, "contested", "--data", str(tmp_path / "data"), "--format", "json")
    assert code == 0, err
    code, from_files, _ = _run(capsys, "contested", str(seeds_dir), "--format", "json")
    assert json.loads(from_store) == json.loads(from_files)
