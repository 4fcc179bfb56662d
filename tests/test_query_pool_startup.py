"""Start-up cost of opening a store: kg.claims reads its stop words from ontology/lexicons/ (spaCy's
lists, shipped as data) instead of importing spaCy, which cost seconds at every read-write open
(`kg ingest`, `kg remove`, `kg serve`, `kg export`)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.claims import _stop_words, content_terms
from kg.resolve.gazetteer import fold

TESTS = Path(__file__).resolve().parent


def test_stop_words_are_read_from_the_shipped_lists():
    assert {"the", "of", "which"} <= _stop_words("en") and "accused" not in _stop_words("en")
    assert {"le", "de", "etre"} <= _stop_words("fr")  # folded: « être » -> etre
    assert content_terms("The army shelled the villages of the border", "en") == {"army", "shell", "villa", "borde"}


@pytest.mark.slow  # imports spaCy's language data (seconds)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_lists_are_spacys(language):
    import importlib

    spacy_words = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    assert _stop_words(language) == frozenset(fold(w) for w in spacy_words)


def test_opening_a_store_for_writing_imports_no_spacy(tmp_path):
    """A store with records, opened for writing (the corpus graph is recomputed: claim clustering
    runs), in a fresh interpreter: spaCy is not imported."""
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(TESTS)!r})
        from store_samples import english_article, french_article
        from kg import corpus_ops
        from kg.store import ClaimStore
        graphs = {{g.article.id: g for g in (english_article(), french_article())}}
        with ClaimStore({str(tmp_path / 's')!r}) as s:
            corpus_ops.ingest(s, [g.article for g in graphs.values()], extract=lambda a: graphs[a.id])
        with ClaimStore({str(tmp_path / 's')!r}) as s:
            s._cache.corpus = None
            assert len(s.corpus().claims) > 0
        print(sorted(m for m in sys.modules if m == "spacy" or m.startswith("spacy.")))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _store_with_two_articles(path):
    from store_samples import english_article, french_article

    from kg import corpus_ops
    from kg.store import ClaimStore

    graphs = {g.article.id: g for g in (english_article(), french_article())}
    with ClaimStore(path) as s:
        corpus_ops.ingest(s, list(g.article for g in graphs.values()), extract=lambda a: graphs[a.id])
        return s.sparql("SELECT ?s ?p ?o WHERE { GRAPH <https://kg-claims.org/id/graph/corpus> { ?s ?p ?o } }", row_cap=10**6).rows


def test_opening_for_writing_skips_recomputing_a_stamped_corpus(tmp_path, monkeypatch):
    from kg import pipeline, store as store_module
    from kg.store import ClaimStore

    corpus_rows = _store_with_two_articles(tmp_path / "s")
    assert len(corpus_rows) > 20
    assert (tmp_path / "s" / store_module.STAMP_FILE).is_file()
    calls = []
    real = pipeline.build_corpus
    monkeypatch.setattr(pipeline, "build_corpus", lambda graphs: calls.append(1) or real(graphs))
    with ClaimStore(tmp_path / "s") as s:  # same code, same records: nothing recomputed
        assert calls == []
    # kg's code changed (a new clustering rule, a gazetteer edit): the corpus is recomputed once...
    monkeypatch.setattr(store_module, "code_fingerprint", lambda: "another version of kg")
    with ClaimStore(tmp_path / "s") as s:
        assert calls == [1]
        assert set(s.sparql("SELECT ?s ?p ?o WHERE { GRAPH <https://kg-claims.org/id/graph/corpus> { ?s ?p ?o } }",
                            row_cap=10**6).rows) == set(corpus_rows)  # (same result: the code did not really change)
    with ClaimStore(tmp_path / "s") as s:  # ...and stamped again
        assert calls == [1]


def test_a_corpus_given_to_commit_is_not_stamped(tmp_path):
    from store_samples import english_article, french_article, hand_corpus

    from kg import store as store_module
    from kg.store import ClaimStore

    graphs = [english_article(), french_article()]
    with ClaimStore(tmp_path / "s") as s:
        s.commit(put=graphs, corpus=hand_corpus(graphs))
    assert not (tmp_path / "s" / store_module.STAMP_FILE).exists()
