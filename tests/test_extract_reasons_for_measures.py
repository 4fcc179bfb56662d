"""A pronoun charged in the reason a speaker gives for a punitive measure ("X sanctioned Y, saying it
had supplied drones") is the actor the measure targets, not the speaker; after a warning ("X warned Y,
saying it had struck…") the pronoun may be the speaker, and nothing is changed.

Model-free: every Doc is built by hand (``test_extract_patterns.build``). Sentences written for these tests.
"""
from __future__ import annotations

from test_extract_patterns import build, run, state, triples

# the pronoun resolves to the speaker, as the resolver's nearest-subject rule makes it do
NAMES = {**state("Lithuania", "Vilnius", "it", "il"), **state("Belarus", "Minsk", "Biélorussie")}


def measure_then_reason(verb: str, lemma: str):
    return build("en", f"""
        Vilnius Vilnius PROPN NNP nsubj 1
        {verb} {lemma} VERB VBD ROOT 1
        Minsk Minsk PROPN NNP dobj 1
        , , PUNCT , punct 1
        saying say VERB VBG advcl 1
        it it PRON PRP nsubj 7
        had have AUX VBD aux 7
        smuggled smuggle VERB VBN ccomp 4
        weapons weapon NOUN NNS dobj 7
        . . PUNCT . punct 1
    """)


def test_the_pronoun_in_the_reason_for_a_sanction_is_the_sanctioned_en():
    rels = run(measure_then_reason("sanctioned", "sanction"), "en", NAMES)
    assert ("lithuania", "accuses", "belarus") in triples(rels)


def test_after_a_warning_the_pronoun_may_be_the_speaker_en():
    rels = run(measure_then_reason("warned", "warn"), "en", NAMES)
    assert ("lithuania", "accuses", "belarus") not in triples(rels)


def test_the_pronoun_in_the_reason_for_an_expulsion_fr():
    doc = build("fr", """
        Vilnius Vilnius PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        sanctionné sanctionner VERB VERB ROOT 2 VerbForm=Part
        Minsk Minsk PROPN PROPN obj 2
        , , PUNCT PUNCT punct 5
        affirmant affirmer VERB VERB advcl 2 VerbForm=Part|Tense=Pres
        qu' que SCONJ SCONJ mark 9
        il il PRON PRON nsubj 9
        avait avoir AUX AUX aux:tense 9
        espionné espionner VERB VERB ccomp 5 VerbForm=Part
        des un DET DET det 11
        opposants opposant NOUN NOUN obj 9
        . . PUNCT PUNCT punct 2
    """)
    assert ("lithuania", "accuses", "belarus") in triples(run(doc, "fr", NAMES))
