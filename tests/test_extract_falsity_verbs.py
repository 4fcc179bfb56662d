"""Calling a claim made up with a verb ("the claims were fabricated", "had been invented", « ces
accusations ont été inventées de toutes pièces ») denies it; the same verb on evidence ("Ukraine had
fabricated the evidence") is a charge, not a denial. Real pipeline (slow), texts written for these tests.
"""
from __future__ import annotations

import pytest

from kg.extract.lexicon import load_lexicon
from pipeline_run import extract_text


def test_making_up_verbs_are_falsity_words():
    assert load_lexicon("en").has("falsity", "fabricate") and load_lexicon("en").has("falsity", "invent")
    assert load_lexicon("fr").has("falsity", "inventer") and load_lexicon("fr").has("falsity", "fabriquer")


def _relations(text, language):
    return extract_text(text, language).relations


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "Thailand accused Cambodian troops of laying new landmines. Cambodia's defence ministry said "
           "Thailand's claims were fabricated."),
    ("en", "Thailand accused Cambodian troops of laying new landmines. Cambodia said the accusations had been "
           "invented to justify the border closure."),
    ("fr", "La Thaïlande accuse les soldats cambodgiens d'avoir posé des mines. Phnom Penh affirme que ces "
           "accusations ont été inventées de toutes pièces."),
])
def test_a_claim_called_made_up_is_denied(language, text):
    accusation, denial = _relations(text, language)
    assert accusation.relation == "accuses" and denial.relation == "denies"
    assert denial.target.actor == "thailand" and denial.responds_to == (accusation.id,)


@pytest.mark.slow
def test_fabricating_evidence_is_a_charge():
    [rel] = _relations("Russia said Ukraine had fabricated the evidence of the massacre.", "en")
    assert rel.relation == "accuses" and rel.target.actor == "ukraine"


KENYA_CHARGE = {"en": "Kenya accused Somalia of harbouring al-Shabaab. ",
                "fr": "Le Kenya accuse la Somalie d'abriter les shebab. "}


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "\"These accusations have no basis,\" Somalia's foreign ministry said."),
    ("en", "Somalia's president said the accusation was \"an insult\" to Somalis."),
    ("en", "Somalia's foreign minister said there was no truth in the accusations."),
    ("fr", "\"C'est un mensonge\", a réagi le ministère somalien des Affaires étrangères."),
    ("fr", "\"C'est faux\", a déclaré le ministre somalien des Affaires étrangères."),
    pytest.param("fr", "« C'est un mensonge », a réagi le ministère somalien des Affaires étrangères.",
                 marks=pytest.mark.xfail(reason="fr_core_news_sm parses an opening « as a PROPN root: the quotation "
                                                "is lost to the cue (kg.nlp.parse could read « » as straight quotes)")),
])
def test_a_claim_called_baseless_or_an_insult_is_denied(language, text):
    accusation, denial = _relations(KENYA_CHARGE[language] + text, language)
    assert denial.relation == "denies" and denial.source.actor.startswith("somalia")
    assert denial.target.actor == "kenya" and denial.responds_to == (accusation.id,)
