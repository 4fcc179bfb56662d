"""`kg query` and `kg export` from the shell over the seed graph (built with the real models)."""
from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

ROOT = Path(__file__).resolve().parent.parent
KG = ROOT / ".venv" / "bin" / "kg"
SEEDS = ROOT / "seeds"

pytestmark = pytest.mark.slow


def kg(*args, check=True, text=True) -> subprocess.CompletedProcess:
    done = subprocess.run([str(KG), *map(str, args)], capture_output=True, text=text, timeout=600)
    if check and done.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} exited {done.returncode}:\n{done.stderr}")
    return done


def query_json(data: Path, *args) -> dict:
    return json.loads(kg("query", *args, "--format", "json", "--data", data).stdout)


def test_accusations_table_json_and_csv(seed_data_dir):
    table = kg("query", "accusations", "--data", seed_data_dir).stdout
    header = table.splitlines()[0].split()
    assert header == ["date", "source", "relation", "target", "article", "evidence"]
    result = query_json(seed_data_dir, "accusations")
    assert result["total"] >= 1 and all(i["relation"] == "accuses" for i in result["items"])
    rows = list(csv.DictReader(io.StringIO(kg("query", "accusations", "--format", "csv", "--data",
                                              seed_data_dir).stdout)))
    assert [r["id"] for r in rows] == [i["id"] for i in result["items"]]
    for r in rows:
        text = (SEEDS / r["article"]).read_text(encoding="utf-8")
        assert text[int(r["start"]):int(r["end"])] == r["evidence"]


def test_accusations_filters_from_the_issue(seed_data_dir):
    """`kg query accusations --source Azerbaijan --since 2023-09-01`, and the same source by its
    French name, its capital in French and its QID."""
    base = query_json(seed_data_dir, "accusations", "--source", "Azerbaijan", "--since", "2023-09-01")
    assert base["filters"]["source"]["actors"], "Azerbaijan resolves to an actor"
    assert all((i["date"] or "") >= "2023-09-01" for i in base["items"])
    for name in ("Azerbaïdjan", "Bakou", "Q227"):
        other = query_json(seed_data_dir, "accusations", "--source", name, "--since", "2023-09-01")
        assert [i["id"] for i in other["items"]] == [i["id"] for i in base["items"]], name


def test_the_sparql_option_prints_the_query(seed_data_dir):
    out = kg("query", "accusations", "--source", "Q399", "--sparql", "--data", seed_data_dir).stdout
    assert "# SPARQL" in out and "kg:partOf*" in out
    assert "sparql" in query_json(seed_data_dir, "accusations", "--sparql")


def test_bad_filter_values_are_named(seed_data_dir):
    done = kg("query", "accusations", "--since", "yesterday", "--data", seed_data_dir, check=False)
    assert done.returncode == 2 and "since='yesterday' is not an ISO date" in done.stderr
    done = kg("query", "actor", "Atlantis", "--data", seed_data_dir, check=False)
    assert done.returncode == 1 and "no actor named 'Atlantis'" in done.stderr


def test_contested_actor_claim_timeline_actors(seed_data_dir):
    contested = query_json(seed_data_dir, "contested", "--all")
    assert "items" in contested
    if contested["items"]:
        claim = contested["items"][0]["id"]
        detail = query_json(seed_data_dir, "claim", claim)
        assert detail["claim"]["id"] == claim and detail["statements"]
        assert claim in kg("query", "claim", claim, "--data", seed_data_dir).stdout
    profile = query_json(seed_data_dir, "actor", "Arménie")
    assert profile["actor"]["wikidata"] == "Q399"
    assert "accused of" in kg("query", "actor", "Armenia", "--data", seed_data_dir).stdout
    timeline = query_json(seed_data_dir, "timeline")
    assert sum(i["total"] for i in timeline["items"]) + timeline["undated"]["total"] >= 1
    actors = query_json(seed_data_dir, "actors", "armen")
    assert any(a["wikidata"] == "Q399" for a in actors["items"])
    assert kg("query", "contested", "--data", seed_data_dir).stdout


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld", "trig", "nquads"])
def test_export_rdf_formats_parse(seed_data_dir, fmt):
    data = kg("export", "--format", fmt, "--data", seed_data_dir, text=False).stdout
    ox_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                 "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}[fmt]
    count = sum(1 for _ in ox.parse(data, format=ox_format))
    turtle = (seed_data_dir / "graph.ttl").read_bytes()
    assert count == sum(1 for _ in ox.parse(turtle, format=ox.RdfFormat.TURTLE))
    if fmt in ("turtle", "ntriples"):
        assert len(rdflib.Graph().parse(data=data, format={"turtle": "turtle", "ntriples": "nt"}[fmt])) == count


def test_export_filters_and_out_file(seed_data_dir, tmp_path):
    whole = kg("export", "--format", "ntriples", "--data", seed_data_dir, text=False).stdout.count(b"\n")
    one = kg("export", "--format", "ntriples", "--article", "001_178b38878b3b2087.txt", "--data", seed_data_dir,
             text=False).stdout
    assert 0 < one.count(b"\n") < whole
    assert b"000_b37a73063bfa88c0.txt" not in one
    out = tmp_path / "armenia.graphml"
    kg("export", "--format", "graphml", "--actor", "Arménie", "--out", out, "--data", seed_data_dir)
    g = nx.read_graphml(out)
    assert "actor:armenia" in g or any(d.get("wikidata") == "Q399" for _, d in g.nodes(data=True))
    dated = kg("export", "--format", "ntriples", "--since", "2023-09-10", "--data", seed_data_dir, text=False).stdout
    assert 0 < dated.count(b"\n") < whole
    done = kg("export", "--actor", "Atlantis", "--data", seed_data_dir, check=False)
    assert done.returncode == 2 and "no actor named 'Atlantis'" in done.stderr


def test_export_picture(seed_data_dir):
    import shutil

    if shutil.which("dot") is None:
        pytest.fail("graphviz `dot` is not installed: run scripts/system-deps.sh")
    svg = kg("export", "--format", "svg", "--data", seed_data_dir, text=False).stdout
    assert svg.lstrip().startswith(b"<?xml") or b"<svg" in svg[:500]
