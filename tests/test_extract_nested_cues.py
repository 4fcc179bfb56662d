"""A reporting verb whose complement is itself an act of accusing or denying by the same speaker ("the
ministry said it had condemned…", « assure avoir dénoncé… », "said it had rejected the claims") is that
act: one relation, typed and coded by the inner act, with the inner act's target; a nested denial is
linked like any other.

Real pipeline (slow) on sentences written for these tests, about no seed or dev article.
"""
from __future__ import annotations

import pytest

from pipeline_run import relations_and_top


_relations = relations_and_top


@pytest.mark.slow
@pytest.mark.parametrize("language,text,accuser,accused,cameo", [
    ("en", "Serbia's defence ministry said it had accused Pristina of provoking the clashes.", "Serbia", "Kosovo",
     "112"),
    ("fr", "Le ministère serbe de la Défense a affirmé avoir accusé Pristina de provoquer les affrontements.",
     "Serbia", "Kosovo", "112"),
    ("fr", "Le Quai d'Orsay indique avoir condamné les frappes russes sur Odessa.", "France", "Russia", "111"),
    ("fr", "Le gouvernement bolivien assure avoir \"dénoncé cette violation de l'espace aérien de la Bolivie auprès "
           "des autorités péruviennes\".", "Bolivia", "Peru", "111"),
])
def test_report_of_an_accusation_is_the_accusation(language, text, accuser, accused, cameo):
    relations, top = _relations(text, language)
    assert [(r.relation, top(r.source.actor), top(r.target.actor), r.cameo) for r in relations] == [
        ("accuses", accuser, accused, cameo)]


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "Lima accused Bolivian troops of crossing into Peru on Monday. La Paz said it had rejected the allegations."),
    ("fr", "Lima a accusé l'armée bolivienne d'avoir franchi la frontière lundi. Le gouvernement bolivien affirme "
           "avoir rejeté ces accusations."),
])
def test_report_of_a_denial_is_the_denial_answering_the_charge(language, text):
    relations, top = _relations(text, language)
    accusation = next(r for r in relations if r.relation == "accuses")
    denials = [r for r in relations if r.relation == "denies"]
    assert len(denials) == 1 and not any(r.relation == "asserts" for r in relations)
    assert top(denials[0].source.actor) == "Bolivia" and top(denials[0].target.actor) == "Peru"
    assert denials[0].responds_to == (accusation.id,)
