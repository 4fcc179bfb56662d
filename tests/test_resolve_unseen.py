"""Resolution rules for news kg has never seen (round 2): offices named by a title with a postposed
adjective, neighbours, anonymous sources, descriptions without a name, names after a generic noun,
pronouns and quotations, opposition actors, acronyms and short names, places the tagger took for
people, party names before a person, the state of a bare title. Docs are built by hand (no model), in
English and French, about varied states, companies and groups.

Token notation: see ``test_resolve_rules.py`` (``word/POS/dep/head[/ENT][/Morph]``).
"""
from __future__ import annotations

import pytest
import spacy

from test_resolve_rules import actor_of, make


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


# -- titles whose role noun comes first ----------------------------------------------------------

@pytest.mark.parametrize("spec, language, label, parent", [
    ("Le/DET/det/1 procureur/NOUN/nsubj/6 général/ADJ/amod/1 de/ADP/case/4 Géorgie/PROPN/nmod/1/LOC "
     "a/AUX/aux/6 accusé/VERB/ROOT/6 ./PUNCT/punct/6", "fr", "Prosecutor General of Georgia", "georgia"),
    ("The/DET/det/1 prosecutor/NOUN/compound/2 general/NOUN/nsubj/5 of/ADP/prep/2 Peru/PROPN/pobj/3/GPE "
     "said/VERB/ROOT/5 ./PUNCT/punct/5", "en", "Prosecutor General of Peru", "peru"),
    ("L'/DET/det/1 envoyé/NOUN/nsubj/6 spécial/ADJ/amod/1 du/ADP/case/4 Kenya/PROPN/nmod/1/LOC "
     "a/AUX/aux/6 démenti/VERB/ROOT/6 ./PUNCT/punct/6", "fr", "Special Envoy of Kenya", "kenya"),
])
def test_title_whose_head_noun_comes_before_its_adjective(vocab, spec, language, label, parent):
    actors, doc = make(vocab, spec, language)
    a = actor_of(actors, doc, 0, 5)
    assert (a.label, a.kind, a.part_of) == (label, "person", parent)
