"""`kg ingest`, `kg remove`, `kg sparql` and `kg settings` from the shell (real models for ingest)."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
KG = ROOT / ".venv" / "bin" / "kg"
SEEDS = ROOT / "seeds"


def kg(*args, check=True, input=None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True, timeout=600, input=input)
    if check and done.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} exited {done.returncode}:\n{done.stderr}")
    return done


@pytest.mark.slow
def test_ingest_remove_cycle(tmp_path):
    store = tmp_path / "store"
    done = kg("ingest", SEEDS, "--store", store)
    assert "5 added, 0 replaced, 0 unchanged, 0 failed" in done.stderr
    done = kg("ingest", SEEDS, "--store", store)
    assert "0 added, 0 replaced, 5 unchanged" in done.stderr
    edited = tmp_path / "edited"
    edited.mkdir()
    original = (SEEDS / "002_da84f52a7e88b458.txt").read_text(encoding="utf-8")
    (edited / "002_da84f52a7e88b458.txt").write_text(original + "\n\nThe ministry denied the report.\n",
                                                    encoding="utf-8")
    done = kg("ingest", edited, "--store", store)
    assert "0 added, 1 replaced, 0 unchanged" in done.stderr
    done = kg("remove", "002_da84f52a7e88b458.txt", "--store", store)
    assert "1 removed" in done.stderr and "holds 4 articles" in done.stderr
    done = kg("remove", "no-such-article.txt", "--store", store, check=False)
    assert done.returncode == 1 and "no article 'no-such-article.txt'" in done.stderr


@pytest.mark.slow
def test_ingest_reports_refused_inputs_and_stores_the_rest(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "no text here"}', encoding="utf-8")
    done = kg("ingest", SEEDS / "000_b37a73063bfa88c0.txt", bad, "--store", tmp_path / "store", check=False)
    assert done.returncode == 1 and "bad.json" in done.stderr and "1 added" in done.stderr


@pytest.mark.slow
class TestSparql:
    def test_table_by_default(self, seed_data_dir):
        done = kg("sparql", "SELECT ?who WHERE { ?who kg:accuses ?s } LIMIT 3", "--data", seed_data_dir)
        lines = done.stdout.splitlines()
        assert lines[0].strip() == "who" and lines[2].startswith("kgid:actor/")

    def test_json_csv_tsv_xml(self, seed_data_dir):
        q = "SELECT ?s ?label WHERE { ?s a kg:Actor ; rdfs:label ?label } ORDER BY ?s"
        as_json = json.loads(kg("sparql", q, "--format", "json", "--data", seed_data_dir).stdout)
        rows = as_json["results"]["bindings"]
        assert rows and as_json["truncated"] is False
        as_csv = list(csv.reader(io.StringIO(kg("sparql", q, "--format", "csv", "--data", seed_data_dir).stdout)))
        assert as_csv[0] == ["s", "label"] and len(as_csv) == len(rows) + 1
        tsv = kg("sparql", q, "--format", "tsv", "--data", seed_data_dir).stdout.splitlines()
        assert tsv[0] == "?s\t?label" and len(tsv) == len(rows) + 1
        assert "<sparql" in kg("sparql", q, "--format", "xml", "--data", seed_data_dir).stdout

    def test_ask_construct_and_stdin(self, seed_data_dir):
        assert kg("sparql", "ASK { ?s kg:denies ?x }", "--data", seed_data_dir).stdout.strip() == "true"
        ttl = kg("sparql", "CONSTRUCT WHERE { ?a kg:denies ?s }", "--format", "turtle", "--data", seed_data_dir)
        assert "kg:denies" in ttl.stdout
        done = kg("sparql", "-", "--format", "json", "--data", seed_data_dir, input="ASK { ?s a kg:Article }")
        assert json.loads(done.stdout)["boolean"] is True

    def test_row_cap_and_refusals(self, seed_data_dir):
        done = kg("sparql", "SELECT * WHERE { ?s ?p ?o }", "--row-cap", "3", "--format", "json", "--data",
                  seed_data_dir)
        result = json.loads(done.stdout)
        assert len(result["results"]["bindings"]) == 3 and result["truncated"] is True
        done = kg("sparql", "DELETE WHERE { ?s ?p ?o }", "--data", seed_data_dir, check=False)
        assert done.returncode == 2 and "read-only" in done.stderr
        done = kg("sparql", "SELECT * WHERE { SERVICE <http://example.org/q> { ?s ?p ?o } }", "--data",
                  seed_data_dir, check=False)
        assert done.returncode == 2 and "SERVICE" in done.stderr

    def test_a_missing_store_is_named(self, tmp_path):
        done = kg("sparql", "ASK {}", "--data", tmp_path / "nothing", check=False)
        assert done.returncode == 1 and "no store at" in done.stderr


def test_settings_lists_every_setting_with_its_variable_and_doc(capsys, monkeypatch):
    monkeypatch.setenv("KG_ROW_CAP", "123")
    monkeypatch.setenv("KG_WRITE_TOKEN", "secret-token")
    assert main(["settings", "--format", "json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["row_cap"]["value"] == "123" and rows["row_cap"]["from_env"]
    assert rows["query_timeout"]["env"] == "KG_QUERY_TIMEOUT" and "time limit" in rows["query_timeout"]["doc"]
    assert rows["write_token"]["value"] == "(set)"  # never printed
    assert all(r["doc"] for r in rows.values())
    assert main(["settings"]) == 0
    text = capsys.readouterr().out
    assert "secret-token" not in text and "KG_STORE_DIR" in text
