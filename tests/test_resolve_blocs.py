"""A plural state noun qualified by a capitalized adjective that is no demonym ("Western countries",
"Arab nations") is a group actor, a bloc of states; "both countries" still means two sides named before
and "neighbouring countries" names no one. Docs built by hand (no model).
"""
from __future__ import annotations

import pytest
import spacy
from test_resolve_rules import actor_of, make


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def test_a_capitalized_bloc_of_countries_is_a_group(vocab):
    actors, doc = make(vocab, "Beijing/PROPN/nsubj/1/GPE said/VERB/ROOT/1 Western/ADJ/amod/3 "
                              "countries/NOUN/nsubj/4/Number=Plur armed/VERB/ccomp/1 Taipei/PROPN/dobj/4/GPE "
                              "./PUNCT/punct/1")
    bloc = actor_of(actors, doc, 2, 4)
    assert bloc is not None and (bloc.label, bloc.kind) == ("Western countries", "group")


def test_lower_case_neighbouring_countries_name_no_actor(vocab):
    actors, doc = make(vocab, "Beijing/PROPN/nsubj/1/GPE said/VERB/ROOT/1 neighbouring/ADJ/amod/3 "
                              "countries/NOUN/nsubj/4/Number=Plur armed/VERB/ccomp/1 Taipei/PROPN/dobj/4/GPE "
                              "./PUNCT/punct/1")
    assert actor_of(actors, doc, 2, 4) is None


def test_both_countries_are_the_two_sides_named_before(vocab):
    actors, doc = make(vocab, "Sudan/PROPN/nsubj/3/GPE and/CCONJ/cc/0 Chad/PROPN/conj/0/GPE met/VERB/ROOT/3 "
                              "./PUNCT/punct/3 Both/DET/det/6 countries/NOUN/nsubj/7/Number=Plur "
                              "agreed/VERB/ROOT/7 ./PUNCT/punct/7")
    both = actors.resolve_all(doc[5:7])
    assert sorted(actors.actor(m.actor).label for m in both) == ["Chad", "Sudan"]
