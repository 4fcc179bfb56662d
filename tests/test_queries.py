"""The named queries on a hand-made store (no spaCy): filters (actor by any name in either
language, QID, id; parts included; dates; language; article), pagination and the row cap, the SPARQL
they show, contested claims, claim detail, actor profiles, actor search."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg import queries
from kg.settings import Settings
from kg.store import ClaimStore
from store_samples import english_article, french_article, hand_corpus


def make_store(settings: Settings | None = None, *, undated_extra: bool = False) -> ClaimStore:
    graphs = [english_article(), french_article()]
    if undated_extra:
        g = english_article(date=None)
        graphs.append(replace(g, article=replace(g.article, id="undated.txt"),
                              relations=tuple(replace(r, id=r.id + "-u", article="undated.txt", responds_to=())
                                              for r in g.relations[:1]), events=()))
    store = ClaimStore(settings=settings or Settings())
    store.commit(put=graphs, corpus=hand_corpus(graphs))
    return store


@pytest.fixture(scope="module")
def store():
    s = make_store()
    yield s
    s.close()


def ids(result) -> list[str]:
    return [i["id"] for i in result["items"]]


def test_all_accusations_oldest_first_with_evidence_and_article(store):
    result = queries.accusations(store)
    assert ids(result) == ["r-en-1", "r-fr-1"] and result["total"] == 2 and not result["truncated"]
    first = result["items"][0]
    assert first["source"] == {"id": "serbia", "label": "Serbia", "wikidata": "Q403", "surface": "Serbia"}
    assert first["target"]["id"] == "kosovo" and first["target"]["wikidata"] == "Q1246"
    text = store.article(first["article"]).text
    assert text[first["evidence"]["start"]:first["evidence"]["end"]] == first["evidence"]["text"]
    assert first["date"] == "2024-03-02" and first["language"] == "en" and first["outlet"] == "Wire"
    assert first["claim"] == "c-attack" and first["cue"] == "accused"


@pytest.mark.parametrize("name", ["Serbia", "serbia", "Serbie", "SERBIE", "Belgrade", "Q403", "q403", "Serbian"])
def test_source_by_any_name_covers_the_state_and_its_parts(store, name):
    result = queries.accusations(store, source=name)
    assert ids(result) == ["r-en-1", "r-fr-1"], result["filters"]
    assert result["filters"]["source"]["actors"][0]["id"] == "serbia"


@pytest.mark.parametrize("name", ["serbia.defence-ministry", "le ministère serbe de la Défense",
                                  "LE MINISTERE SERBE DE LA DEFENSE", "Ministry of Defence of Serbia"])
def test_source_naming_the_ministry_keeps_its_statements_only(store, name):
    assert ids(queries.accusations(store, source=name)) == ["r-fr-1"]


@pytest.mark.parametrize("name", ["Kosovo", "Q1246", "Pristina"])
def test_target_by_any_name(store, name):
    assert ids(queries.accusations(store, target=name)) == ["r-en-1", "r-fr-1"]


def test_an_unknown_actor_matches_nothing_and_says_so(store):
    result = queries.accusations(store, source="Atlantis")
    assert result["items"] == [] and result["total"] == 0
    assert result["filters"]["source"] == {"query": "Atlantis", "actors": []}


def test_date_range_language_and_article_filters(store):
    assert ids(queries.accusations(store, since="2024-03-03")) == ["r-fr-1"]
    assert ids(queries.accusations(store, until="2024-03-02")) == ["r-en-1"]
    assert ids(queries.accusations(store, since="2024-03-02", until="2024-03-05")) == ["r-en-1", "r-fr-1"]
    assert ids(queries.accusations(store, since="2024-03-06")) == []
    assert ids(queries.accusations(store, language="fr")) == ["r-fr-1"]
    assert ids(queries.accusations(store, article="en-border.txt")) == ["r-en-1"]
    with pytest.raises(ValueError, match="ISO date"):
        queries.accusations(store, since="03/03/2024")


def test_undated_statements_are_left_out_of_date_ranges():
    s = make_store(undated_extra=True)
    assert "r-en-1-u" in ids(queries.accusations(s))
    assert "r-en-1-u" not in ids(queries.accusations(s, since="2000-01-01"))
    timeline = queries.timeline(s)
    assert timeline["undated"]["accuses"] == 1


def test_relations_filter(store):
    assert ids(queries.accusations(store, relations=("accuses", "denies"))) == ["r-en-1", "r-en-2", "r-fr-1", "r-fr-2"]
    assert ids(queries.accusations(store, relations="denies")) == ["r-en-2", "r-fr-2"]
    with pytest.raises(ValueError, match="unknown relation"):
        queries.accusations(store, relations=("praises",))


def test_denials_carry_what_they_respond_to(store):
    denial = queries.accusations(store, relations="denies", source="Kosovo")["items"][0]
    assert denial["id"] == "r-en-2" and denial["responds_to"] == ["r-en-1"]


def test_pagination(store):
    page = queries.accusations(store, relations=("accuses", "denies", "asserts"), limit=2, offset=1)
    assert ids(page) == ["r-en-2", "r-en-3"] and page["total"] == 5 and page["truncated"]
    assert page["limit"] == 2 and page["offset"] == 1
    last = queries.accusations(store, relations=("accuses", "denies", "asserts"), limit=2, offset=4)
    assert ids(last) == ["r-fr-2"] and not last["truncated"]


def test_the_row_cap_clips_the_page_size():
    s = make_store(Settings(row_cap=1))
    page = queries.accusations(s, limit=50)
    assert page["limit"] == 1 and len(page["items"]) == 1 and page["total"] == 2 and page["truncated"]


def test_the_sparql_shown_runs_and_gives_the_same_rows(store):
    result = queries.accusations(store, source="Serbie", since="2024-03-01", show_sparql=True)
    query = result["sparql"]
    assert query.startswith("PREFIX") and "kg:partOf*" in query
    rerun = store.sparql(query)
    assert [r[rerun.variables.index("statement")].value.rsplit("/", 1)[-1] for r in rerun.rows] == ids(result)
    assert "sparql" not in queries.accusations(store)


def test_timeline_counts_by_day(store):
    result = queries.timeline(store)
    assert [(i["date"], i["accuses"], i["denies"]) for i in result["items"]] == [("2024-03-02", 1, 1),
                                                                                ("2024-03-05", 1, 1)]
    assert queries.timeline(store, source="Kosovo")["items"] == [
        {"date": "2024-03-02", "accuses": 0, "denies": 1, "asserts": 0, "total": 1}]


def test_contested_claims_with_each_side(store):
    result = queries.contested(store)
    assert result["total"] == 1
    claim = result["items"][0]
    assert claim["id"] == "c-attack" and claim["contested"]
    assert [a["id"] for a in claim["supporters"]] == ["serbia"]
    assert [a["id"] for a in claim["deniers"]] == ["kosovo"]
    assert [s["id"] for s in claim["claim_side"]] == ["r-en-1", "r-fr-1"]
    assert [s["id"] for s in claim["denial_side"]] == ["r-en-2"]
    for s in claim["claim_side"] + claim["denial_side"]:
        text = store.article(s["article"]).text
        assert text[s["evidence"]["start"]:s["evidence"]["end"]] == s["evidence"]["text"]
    assert queries.contested(store, actor="Pristina")["total"] == 1
    assert queries.contested(store, actor="Acme Mining")["total"] == 0


def test_claim_detail(store):
    detail = queries.claim_detail(store, "c-attack", show_sparql=True)
    assert [s["id"] for s in detail["statements"]] == ["r-en-1", "r-en-2", "r-fr-1"]
    assert detail["articles"] == ["en-border.txt", "fr-cessez.txt"]
    assert detail["claim"]["contested"] and "sparql" in detail
    assert queries.claim_detail(store, "c-nothing") is None


def test_actor_profile_of_a_state_includes_its_parts(store):
    profile = queries.actor_profile(store, "Serbie")
    assert profile["actor"]["id"] == "serbia"
    assert [s["id"] for s in profile["accused"]["items"]] == ["r-en-1", "r-fr-1"]
    assert [s["id"] for s in profile["asserted"]["items"]] == ["r-en-3"]
    assert [s["id"] for s in profile["denied_by_others"]["items"]] == ["r-en-2"]
    assert profile["accused_of"]["total"] == 0
    assert [p["id"] for p in profile["parts"]] == ["serbia.defence-ministry"]
    alone = queries.actor_profile(store, "Serbia", include_parts=False)
    assert [s["id"] for s in alone["accused"]["items"]] == ["r-en-1"]


def test_actor_profile_of_a_ministry_and_of_the_accused(store):
    ministry = queries.actor_profile(store, "serbia.defence-ministry")
    assert [p["id"] for p in ministry["part_of"]] == ["serbia"]
    kosovo = queries.actor_profile(store, "Q1246")
    assert [s["id"] for s in kosovo["accused_of"]["items"]] == ["r-en-1", "r-fr-1"]
    assert [s["id"] for s in kosovo["denied"]["items"]] == ["r-en-2"]
    assert queries.actor_profile(store, "Atlantis") is None


def test_search_actors(store):
    found = queries.search_actors(store, "serb")
    assert [a["id"] for a in found["items"]] == ["serbia.defence-ministry", "serbia"]
    exact = queries.search_actors(store, "Pristina")
    assert exact["items"][0]["id"] == "kosovo" and exact["items"][0]["statements"] == 1
    assert queries.search_actors(store, "Serbie")["items"][0]["id"] == "serbia"  # French name
    everyone = queries.search_actors(store, "", limit=2)
    assert everyone["total"] == 4 and len(everyone["items"]) == 2 and everyone["truncated"]


def test_the_alias_index_follows_the_store():
    s = make_store()
    assert queries.resolve_actor(s, "Acme Mining")
    s.commit(remove=["fr-cessez.txt"], corpus=hand_corpus([english_article()]))
    assert queries.resolve_actor(s, "Acme Mining") == []
