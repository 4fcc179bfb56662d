"""kg.views.graph_view, the data the contested-claims page draws (`GET /graph`): model-free."""
from __future__ import annotations

import pytest

from kg.views import (AGAINST, GraphFilters, ViewInputs, actor_subtree, claim_membership, fold, graph_view,
                      inputs_from_corpus, resolve_actor, timeline_counts, top_of_chain)
from web_sample import sample_corpus


@pytest.fixture(scope="module")
def inputs() -> ViewInputs:
    return inputs_from_corpus(sample_corpus())


def edge_keys(view) -> set[tuple[str, str, str]]:
    return {(e["source"], e["relation"], e["target"]) for e in view["edges"]}


def test_contested_claims_are_nodes_both_sides_converge_on(inputs):
    view = graph_view(inputs)
    claims = {n["claim"]: n for n in view["nodes"] if n["type"] == "claim"}
    assert claims["c1"]["contested"] and claims["c2"]["contested"]
    assert claims["c1"]["supporters"] == ["azerbaijan-mod"] and claims["c1"]["deniers"] == ["armenia-mfa"]
    assert {("actor:azerbaijan-mod", "accuses", "claim:c1"), ("actor:armenia-mfa", "denies", "claim:c1"),
            ("claim:c1", AGAINST, "actor:armenia"), ("actor:armenia", "accuses", "claim:c2"),
            ("actor:azerbaijan", "denies", "claim:c2")} <= edge_keys(view)
    # Azerbaijan, accused in c2, denies c2 itself: no "against" edge repeats it
    assert ("claim:c2", AGAINST, "actor:azerbaijan") not in edge_keys(view)


def test_against_edge_stays_when_the_accused_does_not_deny_in_view(inputs):
    view = graph_view(inputs, GraphFilters(relation=("accuses",)))
    assert ("claim:c2", AGAINST, "actor:azerbaijan") in edge_keys(view)


def test_accusation_outside_claims_goes_actor_to_actor_and_lone_statement_gets_its_own_node(inputs):
    view = graph_view(inputs)
    assert ("actor:armenia", "accuses", "actor:azerbaijan") in edge_keys(view)
    lone = [n for n in view["nodes"] if n["type"] == "claim" and n["lone"]]
    assert [n["statements"] for n in lone] == [["r6"]] and not lone[0]["contested"]
    assert ("actor:russia", "asserts", "claim:s:r6") in edge_keys(view)
    # every statement is drawn by exactly one speaker edge
    speaker_edges = [sid for e in view["edges"] if e["relation"] != AGAINST for sid in e["statements"]]
    assert sorted(speaker_edges) == ["r1", "r2", "r3", "r4", "r5", "r6"]
    assert view["total"] == {"nodes": len(view["nodes"]), "edges": len(view["edges"]), "statements": 6}


def test_actor_nodes_carry_state_and_participation(inputs):
    view = graph_view(inputs)
    actors = {n["actor"]: n for n in view["nodes"] if n["type"] == "actor"}
    assert actors["azerbaijan-mod"]["state"] == "azerbaijan"
    assert actors["azerbaijan-mod"]["state_label"] == "Azerbaijan"
    # Armenia speaks in r3, r5 and is targeted in r1; Azerbaijan speaks in r4, targeted in r3, r5
    assert actors["armenia"]["weight"] == 3 and actors["azerbaijan"]["weight"] == 3
    assert actors["russia"]["weight"] == 1


def test_statements_carry_article_metadata_and_exact_evidence(inputs):
    view = graph_view(inputs)
    texts = {g.article.id: g.article.text for g in sample_corpus().articles}
    for s in view["statements"]:
        ev = s["evidence"]
        assert texts[s["article"]][ev["start"]:ev["end"]] == ev["text"]
    r3 = next(s for s in view["statements"] if s["id"] == "r3")
    assert (r3["language"], r3["date"], r3["outlet"]) == ("fr", "2023-09-19", "Le Quotidien")


@pytest.mark.parametrize("filters, expected", [
    (GraphFilters(relation=("denies",)), {"r2", "r4"}),
    (GraphFilters(language="fr"), {"r3", "r4", "r5"}),
    (GraphFilters(article="a1.txt"), {"r1", "r2"}),
    (GraphFilters(since="2023-09-10"), {"r3", "r4", "r5"}),
    (GraphFilters(until="2023-09-10"), {"r1", "r2"}),
    (GraphFilters(contested_only=True), {"r1", "r2", "r3", "r4"}),
    # an actor by French alias, accents ignored: its statements, its parts', and the rest of their claims
    (GraphFilters(actor="azerbaidjan"), {"r1", "r2", "r3", "r4", "r5"}),
    # a demonym, through the gazetteer, though no alias of the actor is that word
    (GraphFilters(actor="Armenian"), {"r1", "r2", "r3", "r4", "r5"}),
    (GraphFilters(actor="Q159"), {"r6"}),
    (GraphFilters(actor="armenia-mfa"), {"r1", "r2"}),
    (GraphFilters(actor="nobody at all"), set()),
    (GraphFilters(relation=("asserts",), language="fr"), set()),
])
def test_each_filter_changes_what_is_drawn(inputs, filters, expected):
    view = graph_view(inputs, filters)
    assert {s["id"] for s in view["statements"]} == expected
    drawn = {sid for e in view["edges"] for sid in e["statements"]}
    assert drawn == expected
    assert view["filters"] == filters.as_dict()


def test_contested_flag_is_the_whole_graphs_not_the_filtered_views(inputs):
    view = graph_view(inputs, GraphFilters(relation=("accuses",)))
    claims = {n["claim"]: n for n in view["nodes"] if n["type"] == "claim"}
    assert claims["c1"]["contested"] and claims["c1"]["deniers"] == []


def test_timeline_ignores_the_date_range_so_the_brush_can_widen_it(inputs):
    view = graph_view(inputs, GraphFilters(since="2023-09-10"))
    assert view["timeline"] == [
        {"date": "2023-09-08", "accuses": 1, "denies": 1, "asserts": 0},
        {"date": "2023-09-19", "accuses": 2, "denies": 1, "asserts": 0},
    ]
    assert view["undated"] == {"accuses": 0, "denies": 0, "asserts": 1}


def test_statement_cap_cuts_and_says_so(inputs):
    view = graph_view(inputs, statement_cap=2)
    assert view["truncated"] and len(view["statements"]) == 2
    assert not graph_view(inputs)["truncated"]


def test_empty_graph_is_an_empty_view():
    view = graph_view(ViewInputs(statements=(), actors=()))
    assert view["nodes"] == [] and view["edges"] == [] and view["timeline"] == []
    assert view["total"] == {"nodes": 0, "edges": 0, "statements": 0}


def test_bad_filters_are_refused_with_the_reason():
    with pytest.raises(ValueError, match="unknown relation type 'praises'"):
        GraphFilters(relation=("praises",))
    with pytest.raises(ValueError, match="since='09/2023' is not an ISO date"):
        GraphFilters(since="09/2023")


def test_responds_to_makes_an_implied_claim_without_clusters():
    statements = [
        {"id": "x1", "relation": "accuses", "source": {"id": "a"}, "target": {"id": "b"}, "claim": None,
         "content": "b shelled a", "evidence": {"text": "a said b shelled a"}},
        {"id": "x2", "relation": "denies", "source": {"id": "b"}, "target": {"id": "a"}, "claim": None,
         "responds_to": "x1", "responds_to_all": ["x1"], "content": "it", "evidence": {"text": "b denied it"}},
        {"id": "x3", "relation": "denies", "source": {"id": "c"}, "target": None, "claim": None,
         "responds_to": "elsewhere", "responds_to_all": ["elsewhere"], "content": "x", "evidence": {"text": "c denied"}},
    ]
    assert claim_membership(statements, {}) == {"x1": "r:x1", "x2": "r:x1"}
    view = graph_view(ViewInputs(statements=tuple(statements),
                                 actors=tuple({"id": i, "label": i.upper()} for i in "abc")))
    claim = next(n for n in view["nodes"] if n["id"] == "claim:r:x1")
    assert claim["contested"] and claim["label"] == "b shelled a"
    assert ("actor:b", "denies", "claim:r:x1") in edge_keys(view)
    assert ("claim:r:x1", AGAINST, "actor:b") not in edge_keys(view)  # b denies it: that edge says it


def test_singleton_uncontested_cluster_draws_like_no_cluster():
    statements = [{"id": "y1", "relation": "accuses", "source": {"id": "a"}, "target": {"id": "b"},
                   "claim": "solo", "content": "c", "evidence": {"text": "e"}}]
    view = graph_view(ViewInputs(statements=tuple(statements), actors=()),)
    assert edge_keys(view) == {("actor:a", "accuses", "actor:b")}


def test_part_of_helpers():
    actors = {"s": {"id": "s"}, "m": {"id": "m", "part_of": "s"}, "p": {"id": "p", "part_of": "m"},
              "loop1": {"id": "loop1", "part_of": "loop2"}, "loop2": {"id": "loop2", "part_of": "loop1"}}
    assert top_of_chain("p", actors) == "s"
    assert top_of_chain("loop1", actors) in {"loop1", "loop2"}  # a cycle ends, somewhere
    assert actor_subtree({"s"}, actors) == {"s", "m", "p"}
    assert resolve_actor("m", actors) == {"m"}


def test_fold_ignores_case_accents_and_curly_apostrophes():
    assert fold("L’Azerbaïdjan") == fold("l'azerbaidjan")
    assert fold("  Erevan ") == "erevan"


def test_timeline_counts_per_day():
    days, undated = timeline_counts([{"relation": "accuses", "date": "2024-01-02T10:00:00"},
                                     {"relation": "accuses", "date": "2024-01-02"},
                                     {"relation": "denies", "date": None}])
    assert days == [{"date": "2024-01-02", "accuses": 2, "denies": 0, "asserts": 0}]
    assert undated == {"accuses": 0, "denies": 1, "asserts": 0}
