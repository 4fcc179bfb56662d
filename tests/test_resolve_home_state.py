"""The state an article is about also shows in a demonym inside an organization's name ("the Kenyan
Human Rights Commission said…"): bare institutions ("government soldiers") are then that state's, while
the organization itself is not made part of the state. Docs built by hand (no model).
"""
from __future__ import annotations

import pytest
import spacy
from test_resolve_rules import actor_of, make

SENTENCE = ("The/DET/det/4 Kenyan/PROPN/compound/4/ORG Human/PROPN/compound/3/ORG Rights/PROPN/compound/4/ORG "
            "Commission/PROPN/nsubj/5/ORG said/VERB/ROOT/5 government/NOUN/compound/7 soldiers/NOUN/nsubj/8 "
            "killed/VERB/ccomp/5 protesters/NOUN/dobj/8 ./PUNCT/punct/5")


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def test_bare_institution_belongs_to_the_state_a_speakers_name_names(vocab):
    actors, doc = make(vocab, SENTENCE)
    soldiers = actor_of(actors, doc, 6, 8)
    assert soldiers is not None and soldiers.part_of is not None
    assert actors.actor(soldiers.part_of).label == "Kenya"


def test_the_organization_named_with_a_demonym_is_not_part_of_the_state(vocab):
    actors, doc = make(vocab, SENTENCE)
    commission = actor_of(actors, doc, 0, 5)
    assert commission is not None and commission.label == "Kenyan Human Rights Commission"
    assert commission.part_of is None
