"""Ingest: every accepted format, and every kind of bad input refused with where and why."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.ingest import (
    Refusal,
    article_from_json,
    ArticleError,
    expand_paths,
    html_to_text,
    iter_articles,
    normalize_date,
    read_articles,
)
from kg.language import detect_language, language_name

EN = ("The Sudanese army accused the Rapid Support Forces of shelling a market in Omdurman on Sunday, "
      "killing at least twelve civilians, a claim the paramilitary group rejected as propaganda.")
FR = ("Le gouvernement malien a dénoncé mercredi une violation de son espace aérien par un avion "
      "militaire étranger, une accusation aussitôt rejetée par l'état-major, qui évoque un vol autorisé.")
DE = ("Die Regierung in Berlin hat am Montag die Vorwürfe zurückgewiesen und erklärt, dass die Lieferungen "
      "vollständig mit dem Völkerrecht vereinbar seien und keine Gefahr für die Region darstellten.")
LIMIT = 10_000


def write(folder: Path, name: str, data: str | bytes) -> Path:
    p = folder / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def only(items):
    assert len(items) == 1, items
    return items[0]


# --- accepted formats ---------------------------------------------------------------------------------

def test_txt_is_read_as_is_and_language_detected(tmp_path):
    write(tmp_path, "a.txt", EN)
    write(tmp_path, "b.txt", FR)
    arts, refused = read_articles([str(tmp_path)], LIMIT)
    assert refused == []
    assert [(a.id, a.language) for a in arts] == [("a.txt", "en"), ("b.txt", "fr")]
    assert arts[0].text == EN


def test_other_language_is_detected_and_named(tmp_path):
    write(tmp_path, "de.txt", DE)
    art = only(read_articles([str(tmp_path)], LIMIT)[0])
    assert art.language == "de"
    assert language_name(art.language) == "German"


def test_markdown_is_kept_as_text(tmp_path):
    write(tmp_path, "a.md", "# Title\n\n" + EN)
    art = only(read_articles([str(tmp_path / "a.md")], LIMIT)[0])
    assert art.text == "# Title\n\n" + EN


def test_html_text_is_extracted_and_markup_dropped(tmp_path):
    html = (
        "<html lang='en'><head><title>Army blames RSF</title><style>p{color:red}</style>"
        "<meta property='article:published_time' content='2024-03-10T08:00:00Z'>"
        "<meta property='og:site_name' content='Example Wire'></head>"
        "<body><script>var x = 'accused';</script><h1>Army blames RSF</h1>"
        f"<p>{EN.replace('Omdurman', '<b>Omdurman</b>')}</p><p>Second &amp; last paragraph.</p></body></html>"
    )
    write(tmp_path, "a.html", html)
    art = only(read_articles([str(tmp_path / "a.html")], LIMIT)[0])
    assert "<" not in art.text and "var x" not in art.text and "color:red" not in art.text
    assert art.text == f"Army blames RSF\n\n{EN}\n\nSecond & last paragraph."
    assert (art.title, art.date, art.outlet) == ("Army blames RSF", "2024-03-10", "Example Wire")
    # offsets index the extracted text
    i = art.text.index("Omdurman")
    assert art.text[i:i + 8] == "Omdurman"


def test_json_object_and_list(tmp_path):
    write(tmp_path, "one.json", json.dumps({"text": EN, "title": "T", "date": "2024-01-02", "id": "x1",
                                             "url": "https://example.org/a"}))
    write(tmp_path, "many.json", json.dumps([{"text": EN}, {"text": FR, "language": "en"}]))
    arts, refused = read_articles([str(tmp_path / "one.json"), str(tmp_path / "many.json")], LIMIT)
    assert refused == []
    assert [a.id for a in arts] == ["x1", "many-1", "many-2"]
    assert arts[0].title == "T" and arts[0].date == "2024-01-02" and arts[0].url == "https://example.org/a"
    assert arts[2].language == "fr"  # detected, not taken from the declared "en"


def test_jsonl_bad_line_refused_rest_kept(tmp_path):
    lines = [json.dumps({"text": EN, "id": "a"}), "{not json", json.dumps({"title": "no text"}),
             "", json.dumps({"text": FR, "id": "b"})]
    write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    arts, refused = read_articles([str(tmp_path / "batch.jsonl")], LIMIT)
    assert [a.id for a in arts] == ["a", "b"]
    assert [r.where for r in refused] == [f"{tmp_path / 'batch.jsonl'}:2", f"{tmp_path / 'batch.jsonl'}:3"]
    assert "malformed JSON" in refused[0].reason
    assert "no 'text' field" in refused[1].reason


def test_globs_and_folders_in_stable_order(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "b.txt", EN)
    write(tmp_path / "sub", "a.txt", FR)
    write(tmp_path, "notes.csv", "x,y")  # unsupported files inside a folder are passed over
    files, refused = expand_paths([str(tmp_path)])
    assert [f.name for f in files] == ["b.txt", "a.txt"] and refused == []
    files, refused = expand_paths([str(tmp_path / "**" / "*.txt")])
    assert sorted(f.name for f in files) == ["a.txt", "b.txt"]


def test_metadata_sidecar(tmp_path):
    write(tmp_path, "a.txt", EN)
    write(tmp_path, "metadata.tsv", "file\ttitle\tdate\toutlet\na.txt\tA title\t2022-05-06\tWire\n")
    art = only(read_articles([str(tmp_path)], LIMIT)[0])
    assert (art.title, art.date, art.outlet) == ("A title", "2022-05-06", "Wire")


def test_date_at_the_top_of_the_text_is_the_publication_date(tmp_path):
    write(tmp_path, "a.txt", "2021-08-25 10:00\n\n" + EN)
    assert only(read_articles([str(tmp_path)], LIMIT)[0]).date == "2021-08-25"


@pytest.mark.parametrize("value, iso", [
    ("2023-09-19T14:39:41+02:00", "2023-09-19"), ("2023-09-19", "2023-09-19"), ("yesterday", None),
    (None, None), ("", None), ("2023-13-01", None), ("Tue, 19 Sep 2023 14:39:41 GMT", "2023-09-19"),
])
def test_normalize_date(value, iso):
    assert normalize_date(value) == iso


# --- bad input: refused with where and why, the rest goes on ---------------------------------------

BAD_FILES = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\t\n", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50 + b"text", "binary"),
    ("latin1.txt", "Le ministère a démenti.".encode("latin-1"), "not valid UTF-8"),
    ("huge.txt", b"word " * (LIMIT // 5 + 1), "too large"),
    ("broken.json", b'{"text": "unterminated', "malformed JSON"),
    ("notext.json", json.dumps({"title": "Only a title"}).encode(), "no 'text' field"),
    ("nottext.json", json.dumps({"text": 42}).encode(), "'text' must be a string"),
    ("array.json", b"[]", "empty JSON list"),
    ("scalar.json", b"42", "expected a JSON object"),
    ("emptytext.json", json.dumps({"text": "  "}).encode(), "empty"),
    ("blank.jsonl", b"\n\n", "empty"),
    ("baddate.json", json.dumps({"text": EN, "date": "yesterday"}).encode(), "'date' 'yesterday' is not a date"),
    ("slashdate.jsonl", json.dumps({"text": EN, "date": "05/09/2023"}).encode(), "is not a date"),
    ("badutf16.txt", b"\xff\xfe" + "Le ministère".encode("utf-16-le") + b"\x00", "not valid UTF-16"),
]


@pytest.mark.parametrize("name, data, reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_refused_with_reason_and_batch_goes_on(tmp_path, name, data, reason):
    write(tmp_path, "good.txt", EN)
    write(tmp_path, name, data)
    arts, refused = read_articles([str(tmp_path)], LIMIT)
    assert [a.id for a in arts] == ["good.txt"]
    r = only(refused)
    assert isinstance(r, Refusal)
    assert r.where.startswith(str(tmp_path / name))
    assert reason in r.reason
    assert str(tmp_path / name) in str(r) and "\n" not in str(r)  # one line naming the file


def test_invalid_utf8_names_the_offset(tmp_path):
    write(tmp_path, "bad.txt", b"Good start. " + b"\xff\xfe" + b" end")
    r = only(read_articles([str(tmp_path / "bad.txt")], LIMIT)[1])
    assert "offset 12" in r.reason and "line 1" in r.reason


def test_missing_path_and_unsupported_file_are_refused(tmp_path):
    write(tmp_path, "data.csv", "a,b")
    _, refused = read_articles([str(tmp_path / "nope.txt"), str(tmp_path / "data.csv"),
                                str(tmp_path / "*.xml")], LIMIT)
    assert [r.reason.split(";")[0] for r in refused] == [
        "no such file or folder", "unsupported file type '.csv'", "the pattern matches no article file"]


def test_duplicate_ids_in_a_batch_are_refused(tmp_path):
    write(tmp_path, "a.jsonl", json.dumps({"text": EN, "id": "same"}) + "\n" + json.dumps({"text": FR, "id": "same"}))
    arts, refused = read_articles([str(tmp_path)], LIMIT)
    assert len(arts) == 1 and "duplicate article id" in only(refused).reason


def test_article_from_json_rejects_bad_ids():
    with pytest.raises(ArticleError, match="not usable"):
        article_from_json({"text": EN, "id": "../etc/passwd"}, "x", LIMIT)


def test_bom_is_dropped(tmp_path):
    write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + EN.encode())
    assert only(read_articles([str(tmp_path)], LIMIT)[0]).text == EN


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    write(tmp_path, "utf16.txt", FR.encode("utf-16"))  # Python writes the BOM
    assert only(read_articles([str(tmp_path)], LIMIT)[0]).text == FR


def test_a_declared_date_is_normalized(tmp_path):
    write(tmp_path, "a.json", json.dumps({"text": EN, "date": "Tue, 19 Sep 2023 14:39:41 GMT"}))
    assert only(read_articles([str(tmp_path)], LIMIT)[0]).date == "2023-09-19"


def test_a_bad_date_in_metadata_refuses_that_article_only(tmp_path):
    write(tmp_path, "metadata.tsv", "file\tdate\na.txt\tlast week\nb.txt\t2024-01-02\n")
    write(tmp_path, "a.txt", EN)
    write(tmp_path, "b.txt", FR)
    arts, refused = read_articles([str(tmp_path)], LIMIT)
    assert [(a.id, a.date) for a in arts] == [("b.txt", "2024-01-02")]
    assert "'last week' is not a date" in only(refused).reason


SHORT_EN = "Venezuela denies Guyana claims."  # the detector is unsure of it (its guess: Aragonese)


@pytest.mark.parametrize("text, declared, language", [
    (SHORT_EN, "en", "en"), (SHORT_EN, "EN", "en"), (SHORT_EN, "en-GB", "en"), (SHORT_EN, "English", "en"),
    ("Bakou dément.", "fr_FR", "fr"), ("Bakou dément.", "French", "fr"),
    (EN, "fr", "en"),  # a long text decides: a wrong label does not send it to the French parser
    (EN, "und", "en"), (EN, "", "en"), (EN, None, "en"),
])
def test_a_declared_language_settles_a_text_too_short_to_tell(tmp_path, text, declared, language):
    obj = {"text": text, "id": "x"} | ({} if declared is None else {"language": declared})
    write(tmp_path, "a.json", json.dumps(obj))
    assert only(read_articles([str(tmp_path)], LIMIT)[0]).language == language


def test_metadata_declares_the_language(tmp_path):
    write(tmp_path, "metadata.tsv", "file\tlanguage\na.txt\ten\n")
    write(tmp_path, "a.txt", SHORT_EN)
    assert only(read_articles([str(tmp_path)], LIMIT)[0]).language == "en"


@pytest.mark.parametrize("text, language", [
    ("Iran denies.", "en"), ("Kenya accuses Somalia.", "en"), ("Russia denies shelling Kharkiv.", "en"),
    ("Le Mali accuse la France.", "fr"), ("Bakou dément.", "fr"), ("Kinshasa accuse Kigali.", "fr"),
    ("Die Regierung dementiert.", "de"), ("Rząd zaprzecza.", "pl"), ("El gobierno rechazó las acusaciones.", "es"),
])
def test_short_lines_of_news_are_detected(text, language):
    assert detect_language(text) == language


def test_iter_articles_yields_in_input_order(tmp_path):
    write(tmp_path, "a.txt", EN)
    write(tmp_path, "b.txt", b"")
    write(tmp_path, "c.txt", FR)
    kinds = [type(x).__name__ for x in iter_articles([str(tmp_path)], LIMIT)]
    assert kinds == ["Article", "Refusal", "Article"]


def test_html_without_body_text_is_refused(tmp_path):
    write(tmp_path, "empty.html", "<html><head><title>x</title></head><body><script>1</script></body></html>")
    assert "empty" in only(read_articles([str(tmp_path)], LIMIT)[1]).reason


def test_html_to_text_blocks():
    text, fields = html_to_text("<div>One<br>two</div><ul><li>three</li><li>four</li></ul>")
    assert text == "One\n\ntwo\n\nthree\n\nfour" and fields["title"] is None


# --- the command line: one line per refusal, non-zero exit, other articles still extracted ----------

@pytest.mark.slow
def test_kg_extract_reports_refusals_and_goes_on(tmp_path):
    write(tmp_path, "good.txt", EN)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "bad.json", b"{oops")
    write(tmp_path, "german.txt", DE)
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(tmp_path), "--format", "jsonl"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    err = proc.stderr.strip().splitlines()
    assert any("empty.txt" in line and "empty" in line for line in err)
    assert any("bad.json" in line and "malformed JSON" in line for line in err)
    assert any("german.txt" in line and "German" in line and "skipped" in line for line in err)
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records and {r["article"] for r in records} == {"good.txt"}
    text = (tmp_path / "good.txt").read_text(encoding="utf-8")
    for r in records:
        ev = r["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
