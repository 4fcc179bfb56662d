"""A title governing a place introduced by a place noun ("the governor of the Idlib province", « le
gouverneur de la province de Kandahar ») is a speaker, of that place's authorities; the same place named
elsewhere ("visited the Kandahar province") stays a place. Docs built by hand (no model); the tagger's
usual mistakes are kept (a place tagged as a person).
"""
from __future__ import annotations

import pytest
import spacy
from test_resolve_rules import actor_of, make


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def owner_label(actors, actor):
    owner = actors.actor(actor.part_of) if actor is not None and actor.part_of else None
    return None if owner is None else owner.label


def test_governor_of_a_place_compound_of_a_place_noun_en(vocab):
    actors, doc = make(vocab, "The/DET/det/1 governor/NOUN/nsubj/6 of/ADP/prep/1 the/DET/det/5 "
                              "Idlib/PROPN/compound/5/PERSON province/NOUN/pobj/2 said/VERB/ROOT/6 ./PUNCT/punct/6")
    governor = actor_of(actors, doc, 0, 6)
    assert governor is not None and governor.kind == "person"
    assert owner_label(actors, governor) == "Idlib"


def test_governor_of_the_region_of_a_place_fr(vocab):
    actors, doc = make(vocab, "Le/DET/det/1 gouverneur/NOUN/nsubj/8 de/ADP/case/4 la/DET/det/4 "
                              "province/NOUN/nmod/1 de/ADP/case/6 Kandahar/PROPN/nmod/4/LOC a/AUX/aux/8 "
                              "déclaré/VERB/ROOT/8 ./PUNCT/punct/8", language="fr")
    governor = actor_of(actors, doc, 0, 7)
    assert governor is not None and governor.kind == "person"
    assert owner_label(actors, governor) == "Kandahar"


def test_a_place_noun_without_a_title_names_a_place_fr(vocab):
    actors, doc = make(vocab, "Le/DET/det/1 ministre/NOUN/nsubj/2 a/AUX/aux/3 visité/VERB/ROOT/3 "
                              "la/DET/det/5 province/NOUN/obj/3 de/ADP/case/7 Kandahar/PROPN/nmod/5/LOC "
                              "./PUNCT/punct/3", language="fr")
    assert not any(m.surface.endswith("Kandahar") for m in actors.mentions())
