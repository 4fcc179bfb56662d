"""`kg build` on the seed articles (real models): the files it writes round-trip through two parsers
and networkx, building twice gives identical bytes, and refused inputs or a locked store never damage
what was already written."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

ROOT = Path(__file__).resolve().parent.parent
KG = ROOT / ".venv" / "bin" / "kg"
SEEDS = ROOT / "seeds"
FILES = ("graph.ttl", "graph.trig", "graph.graphml", "relations.jsonl")

pytestmark = pytest.mark.slow


def kg(*args, check=True) -> subprocess.CompletedProcess:
    done = subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True, timeout=600)
    if check and done.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} exited {done.returncode}:\n{done.stderr}")
    return done


def contents(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "data"
    kg("build", SEEDS, "--out", out)
    return out


def test_build_writes_every_file_and_the_store(built):
    for name in FILES:
        assert (built / name).stat().st_size > 0, name
    assert (built / "store" / "oxigraph").is_dir()
    from kg.store import ClaimStore

    with ClaimStore(built / "store", read_only=True) as store:
        assert len(store.article_ids()) == 5
        assert store.stats()["graphs"] == 6  # five articles and the corpus graph


def test_turtle_parses_to_the_same_triples_in_rdflib_and_pyoxigraph(built):
    data = (built / "graph.ttl").read_bytes()
    by_rdflib = len(rdflib.Graph().parse(data=data, format="turtle"))
    by_oxigraph = sum(1 for _ in ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert by_rdflib == by_oxigraph > 500


def test_trig_keeps_one_graph_per_article_and_matches_the_turtle(built):
    quads = list(ox.parse((built / "graph.trig").read_bytes(), format=ox.RdfFormat.TRIG))
    assert len({q.graph_name.value for q in quads}) == 6
    turtle = {str(t) for t in ox.parse((built / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)}
    assert {str(ox.Triple(q.subject, q.predicate, q.object)) for q in quads} == turtle


def test_store_and_files_hold_the_same_graph_apart_from_bookkeeping(built):
    from kg.store import ClaimStore

    turtle = {str(t) for t in ox.parse((built / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)}
    with ClaimStore(built / "store", read_only=True) as store:
        stored = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in store.db
                  if not q.predicate.value.endswith("#extractionDigest")}
    assert stored == turtle


def test_graphml_loads_with_labels_kinds_and_edge_types(built):
    g = nx.read_graphml(io.BytesIO((built / "graph.graphml").read_bytes()))
    assert g.number_of_nodes() > 20 and g.number_of_edges() > 20
    assert all(d.get("label") and d.get("type") for _, d in g.nodes(data=True))
    kinds = {d.get("kind") for _, d in g.nodes(data=True) if d["type"] == "actor"}
    assert "state" in kinds
    edge_types = {d["type"] for _, _, d in g.edges(data=True)}
    assert {"accuses", "denies", "target"} <= edge_types
    assert all(d.get("label") for _, _, d in g.edges(data=True))
    texts = {}
    for _, d in g.nodes(data=True):
        if d["type"] == "statement":
            text = texts.setdefault(d["article"], (SEEDS / d["article"]).read_text(encoding="utf-8"))
            assert text[d["start"]:d["end"]] == d["evidence"]


def test_relations_jsonl_is_what_kg_extract_prints(built):
    lines = (built / "relations.jsonl").read_text(encoding="utf-8").splitlines()
    extracted = kg("extract", SEEDS, "--format", "jsonl").stdout.splitlines()
    assert sorted(json.loads(x)["id"] for x in lines) == sorted(json.loads(x)["id"] for x in extracted)


def test_building_twice_gives_identical_files(tmp_path):
    first, again = tmp_path / "first", tmp_path / "again"
    kg("build", SEEDS, "--out", first)
    kg("build", SEEDS, "--out", again)
    assert contents(again) == contents(first)
    kg("build", SEEDS, "--out", again)  # over an existing build
    assert contents(again) == contents(first)


def test_refused_inputs_fail_the_build_but_keep_the_rest(tmp_path):
    out = tmp_path / "data"
    kg("build", SEEDS, "--out", out)
    before = contents(out)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    done = kg("build", SEEDS, bad, "--out", out, check=False)
    assert done.returncode == 1
    assert "empty.txt" in done.stderr and "binary.txt" in done.stderr
    assert contents(out) == before


def test_nothing_accepted_touches_nothing(built, tmp_path):
    out = tmp_path / "data"
    shutil.copytree(built, out)
    before = contents(out)
    (tmp_path / "empty.txt").write_bytes(b"")
    done = kg("build", tmp_path / "empty.txt", "--out", out, check=False)
    assert done.returncode == 1 and "nothing was written" in done.stderr
    assert contents(out) == before
    from kg.store import ClaimStore

    with ClaimStore(out / "store", read_only=True) as store:
        assert len(store.article_ids()) == 5


def test_a_stored_article_whose_file_is_now_refused_keeps_its_stored_version(tmp_path):
    src = tmp_path / "articles"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "data"
    kg("build", src, "--out", out)
    victim = src / "001_178b38878b3b2087.txt"
    victim.write_bytes(b"not utf-8 \xff\xfe here")
    done = kg("build", src, "--out", out, check=False)
    assert done.returncode == 1 and "not valid UTF-8" in done.stderr
    from kg.store import ClaimStore

    with ClaimStore(out / "store", read_only=True) as store:
        assert "001_178b38878b3b2087.txt" in store.article_ids()


def test_a_locked_store_stops_the_build_before_anything_is_written(built, tmp_path):
    from kg.store import ClaimStore

    out = tmp_path / "data"
    shutil.copytree(built, out)
    before = contents(out)
    with ClaimStore(out / "store"):
        done = kg("build", SEEDS, "--out", out, check=False)
    assert done.returncode == 1 and "already open for writing" in done.stderr
    assert contents(out) == before
