"""A state's government named by its seat ("the Khartoum government", « le gouvernement de Bamako »)
resolves to the state and is marked ``named_by_seat`` (news name a government so when rival authorities
claim the state); "the Sudanese government" is not. Docs built by hand (no model).
"""
from __future__ import annotations

import pytest
import spacy
from test_resolve_rules import make


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def test_government_with_its_capital_as_compound_en(vocab):
    actors, doc = make(vocab, "The/DET/det/2 Khartoum/PROPN/compound/2/GPE government/NOUN/nsubj/3 "
                              "denied/VERB/ROOT/3 it/PRON/dobj/3 ./PUNCT/punct/3")
    m = actors.resolve(doc[0:3])
    assert m is not None and actors.actor(m.actor).label == "Sudan"
    assert actors.named_by_seat(m)


def test_government_of_its_capital_fr(vocab):
    # the small French model tags a capital after « de » as a person now and then: the gazetteer decides
    actors, doc = make(vocab, "Le/DET/det/1 gouvernement/NOUN/nsubj/4 de/ADP/case/3 Bamako/PROPN/nmod/1/PER "
                              "a/AUX/aux/4 démenti/VERB/ROOT/4 ./PUNCT/punct/4", language="fr")
    m = actors.resolve(doc[0:4])
    assert m is not None and actors.actor(m.actor).label == "Mali"
    assert actors.named_by_seat(m)


def test_government_named_by_its_state_is_not_named_by_seat(vocab):
    actors, doc = make(vocab, "The/DET/det/2 Sudanese/ADJ/amod/2/NORP government/NOUN/nsubj/3 "
                              "denied/VERB/ROOT/3 it/PRON/dobj/3 ./PUNCT/punct/3")
    m = actors.resolve(doc[0:3])
    assert m is not None and actors.actor(m.actor).label == "Sudan"
    assert not actors.named_by_seat(m)
