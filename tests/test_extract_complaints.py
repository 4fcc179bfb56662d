"""A complaint about a wrongdoing whose doer is not named, made to a state or a part of one ("protested
to Beijing over the incursion", « a dénoncé cette violation auprès des autorités françaises »), holds
that state responsible; a complaint made to an organization (the UN, a court) is made to a forum and
accuses no one. The reporting verb around it ("assure avoir dénoncé…") gives way to the accusation.

Real pipeline (slow) on sentences written for these tests, about no seed or dev article.
"""
from __future__ import annotations

import pytest

from pipeline_run import relations_and_top


_relations = relations_and_top


@pytest.mark.slow
@pytest.mark.parametrize("language,text,accuser,accused", [
    ("en", "Hanoi complained to Beijing about the incident.", "Vietnam", "China"),
    ("en", "Vietnam protested to Beijing over the incursion of the survey ship.", "Vietnam", "China"),
    ("fr", "Le gouvernement philippin a protesté auprès de Pékin contre cette incursion.", "Philippines", "China"),
    ("fr", "Le gouvernement philippin a dénoncé cette violation de ses eaux territoriales auprès de l'ambassade "
           "de Chine.", "Philippines", "China"),
    ("fr", "Le gouvernement bolivien assure avoir \"dénoncé cette violation de l'espace aérien de la Bolivie "
           "auprès des autorités péruviennes\".", "Bolivia", "Peru"),
    pytest.param("fr", "Le gouvernement bolivien assure avoir « dénoncé cette violation de l'espace aérien de la "
                       "Bolivie auprès des autorités péruviennes ».", "Bolivia", "Peru",
                 marks=pytest.mark.xfail(reason="fr_core_news_sm parses the opening « as a determiner object of "
                                                "'avoir' and 'dénoncé' as its adjectival clause: no cue is found "
                                                "(kg.nlp.parse could read « » as straight quotes, same length)")),
])
def test_complaint_to_a_state_about_an_unattributed_wrong_accuses_it(language, text, accuser, accused):
    relations, top = _relations(text, language)
    assert [(r.relation, top(r.source.actor), top(r.target.actor)) for r in relations] == [
        ("accuses", accuser, accused)]


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "Vietnam complained to the United Nations about the incursion."),
    ("fr", "Le gouvernement philippin a dénoncé cette violation auprès du Conseil de sécurité de l'ONU."),
])
def test_complaint_to_an_organization_accuses_no_one(language, text):
    relations, _ = _relations(text, language)
    assert [r.relation for r in relations] == ["asserts"]
    assert relations[0].target is None


@pytest.mark.slow
def test_the_doer_named_in_the_complaint_is_accused_not_the_state_it_is_made_to():
    relations, top = _relations("Mali complained to Algeria about attacks by the Tuareg rebels of the CMA.", "en")
    accusations = [r for r in relations if r.relation == "accuses"]
    assert accusations and all(top(r.target.actor) != "Algeria" for r in accusations)


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("fr", "Dans un communiqué, le gouvernement bolivien assure avoir \"dénoncé cette violation de l'espace aérien "
           "bolivien auprès des autorités péruviennes\".\n\nInterrogée par l'AFP, une source militaire péruvienne a "
           "déclaré : \"Toutes les procédures ont été respectées. L'avion avait un plan de vol approuvé.\""),
    ("en", "In a statement, the Bolivian government said it had \"denounced this violation of Bolivian airspace to "
           "the Peruvian authorities\".\n\n\"All procedures were respected,\" a Peruvian military source said."),
])
def test_the_accused_state_saying_procedures_were_respected_answers_the_complaint(language, text):
    relations, top = _relations(text, language)
    accusation, answer = relations
    assert (accusation.relation, top(accusation.source.actor), top(accusation.target.actor)) == (
        "accuses", "Bolivia", "Peru")
    assert answer.relation == "denies" and top(answer.source.actor) == "Peru"
    assert top(answer.target.actor) == "Bolivia" and answer.responds_to == (accusation.id,)
