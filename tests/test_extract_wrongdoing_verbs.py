"""Wrongdoing verbs whose charge depends on what they take (``charge_verb`` rows with a value): keeping
people from going somewhere ("prevented farmers from reaching their fields", « empêché des civils de
rentrer ») charges the doer; preventing a thing ("prevented an attack") does not.

Model-free: every Doc is built by hand (``test_extract_patterns.build``). Sentences written for these tests.
"""
from __future__ import annotations

from test_extract_patterns import build, run, state, triples

NAMES = {**state("Cyprus", "Chypre"), **state("Turkey", "Turquie")}


def test_keeping_people_from_reaching_a_place_is_a_charge_en():
    doc = build("en", """
        Cyprus Cyprus PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        Turkey Turkey PROPN NNP nsubj 3
        prevented prevent VERB VBD ccomp 1
        farmers farmer NOUN NNS dobj 3
        from from ADP IN prep 3
        reaching reach VERB VBG pcomp 5
        their their PRON PRP$ poss 8
        fields field NOUN NNS dobj 6
        . . PUNCT . punct 1
    """)
    assert triples(run(doc, "en", NAMES)) == [("cyprus", "accuses", "turkey")]


def test_preventing_a_thing_is_no_charge_en():
    doc = build("en", """
        Cyprus Cyprus PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        Turkey Turkey PROPN NNP nsubj 3
        prevented prevent VERB VBD ccomp 1
        a a DET DT det 5
        collision collision NOUN NN dobj 3
        . . PUNCT . punct 1
    """)
    assert triples(run(doc, "en", NAMES)) == [("cyprus", "asserts", None)]


def test_keeping_people_from_returning_is_a_charge_fr():
    # the parser hangs « de rentrer » on the object (acl), as the small French model does
    doc = build("fr", """
        Selon selon ADP ADP case 1
        Chypre Chypre PROPN PROPN obl:mod 5
        , , PUNCT PUNCT punct 5
        la le DET DET det 4
        Turquie Turquie PROPN PROPN nsubj 5
        empêche empêcher VERB VERB ROOT 5
        des de DET DET det 7
        villageois villageois NOUN NOUN obj 5
        de de ADP ADP mark 9
        rentrer rentrer VERB VERB acl 7 VerbForm=Inf
        chez chez ADP ADP case 11
        eux lui PRON PRON obl:arg 9
        . . PUNCT PUNCT punct 5
    """)
    assert triples(run(doc, "fr", NAMES)) == [("cyprus", "accuses", "turkey")]


def test_keeping_people_from_a_harmless_act_is_no_charge_fr():
    doc = build("fr", """
        Selon selon ADP ADP case 1
        Chypre Chypre PROPN PROPN obl:mod 5
        , , PUNCT PUNCT punct 5
        la le DET DET det 4
        Turquie Turquie PROPN PROPN nsubj 5
        empêche empêcher VERB VERB ROOT 5
        des de DET DET det 7
        navires navire NOUN NOUN obj 5
        de de ADP ADP mark 9
        couler couler VERB VERB acl 7 VerbForm=Inf
        . . PUNCT PUNCT punct 5
    """)
    assert triples(run(doc, "fr", NAMES)) == [("cyprus", "asserts", None)]
