"""Calls that charge the one called on: "urged X to cease the shelling", « a appelé X à cesser les
bombardements » (a wrongdoing of the lexicon, ceased by the addressee), and the calls that do not.

Model-free: every Doc is built by hand (``test_extract_patterns.build``), including the French parser's
usual mis-attachment of the ceased thing to the call. Sentences written for these tests.
"""
from __future__ import annotations

from test_extract_patterns import build, run, state, triples

NAMES = {**state("Kenya"), **state("Somalia", "Somalie"), **state("Uganda")}


def urge(verb: str, verb_lemma: str, rest: str):
    """"Kenya urged <addressee> to <verb> <rest>." with <rest> rows given relative to the verb (index 4)."""
    return build("en", f"""
        Kenya Kenya PROPN NNP nsubj 1
        urged urge VERB VBD ROOT 1
        Somalia Somalia PROPN NNP dobj 1
        to to PART TO aux 4
        {verb} {verb_lemma} VERB VB xcomp 1
        {rest}
        . . PUNCT . punct 1
    """)


def test_a_call_to_cease_a_wrongdoing_charges_the_one_called_on_en():
    doc = urge("cease", "cease", """
        the the DET DT det 6
        shelling shelling NOUN NN dobj 4
        of of ADP IN prep 6
        towns town NOUN NNS pobj 7
    """)
    assert triples(run(doc, "en", NAMES)) == [("kenya", "accuses", "somalia")]


def test_a_call_to_cease_what_is_no_wrongdoing_charges_no_one_en():
    doc = urge("cease", "cease", """
        the the DET DT det 6
        talks talk NOUN NNS dobj 4
    """)
    assert triples(run(doc, "en", NAMES)) == [("kenya", "asserts", None)]


def test_stop_with_a_verb_is_ceasing_ones_own_wrongdoing_en():
    doc = urge("stop", "stop", """
        shelling shell VERB VBG xcomp 4
        towns town NOUN NNS dobj 5
    """)
    assert triples(run(doc, "en", NAMES)) == [("kenya", "accuses", "somalia")]


def test_stop_with_a_noun_may_be_halting_someone_elses_en():
    # "urged the peacekeepers to stop the aggression": halting another's act, the addressee is not charged
    doc = urge("stop", "stop", """
        the the DET DT det 6
        aggression aggression NOUN NN dobj 4
    """)
    assert triples(run(doc, "en", NAMES)) == [("kenya", "asserts", None)]


def test_a_negated_cessation_charges_no_one_en():
    doc = build("en", """
        Kenya Kenya PROPN NNP nsubj 1
        urged urge VERB VBD ROOT 1
        Somalia Somalia PROPN NNP dobj 1
        not not PART RB neg 5
        to to PART TO aux 5
        cease cease VERB VB xcomp 1
        the the DET DT det 7
        shelling shelling NOUN NN dobj 5
        . . PUNCT . punct 1
    """)
    assert triples(run(doc, "en", NAMES)) == [("kenya", "asserts", None)]


def test_a_call_to_cease_charges_the_addressee_the_parser_misread_fr():
    # the small French model makes the addressee an adjective and hangs the bombings on the call itself
    doc = build("fr", """
        Le le DET DET det 1
        Kenya Kenya PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        appelé appeler VERB VERB ROOT 3 VerbForm=Part
        Somalie somalie ADJ ADJ xcomp 3
        à à ADP ADP mark 6
        cesser cesser VERB VERB xcomp 3 VerbForm=Inf
        les le DET DET det 8
        bombardements bombardement NOUN NOUN obj 3
        de de ADP ADP case 10
        villages village NOUN NOUN nmod 8
        . . PUNCT PUNCT punct 3
    """)
    assert triples(run(doc, "fr", NAMES)) == [("kenya", "accuses", "somalia")]


def test_a_call_to_cease_negotiations_charges_no_one_fr():
    doc = build("fr", """
        Le le DET DET det 1
        Kenya Kenya PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        appelé appeler VERB VERB ROOT 3 VerbForm=Part
        la le DET DET det 5
        Somalie Somalie PROPN PROPN obj 3
        à à ADP ADP mark 7
        cesser cesser VERB VERB xcomp 3 VerbForm=Inf
        les le DET DET det 9
        négociations négociation NOUN NOUN obj 7
        . . PUNCT PUNCT punct 3
    """)
    assert triples(run(doc, "fr", NAMES)) == [("kenya", "asserts", None)]
