"""The same speaker negating, in the sentence right after its denial, what the denial or the claim it
answers speaks of ("X rejected reports that such an incident occurred. 'Our units have not carried out any
exercise in the area where the incident is said to have occurred,' X said.") goes on denying: a denial of
the same claim, not a new assertion. Hand-made records (the helpers of ``test_extract_units``).
"""
from __future__ import annotations

from test_extract_units import Parents, statement

from kg.extract.counterclaims import link_denials

SIDES = Parents({"xa.embassy": "xa"})


def _claim_and_denial():
    claim = statement("accuses", "yb", "xa", 0, cue="accuse", words={"soldier", "shoot", "boat"})
    denial = statement("denies", "xa.embassy", None, 1, words={"report", "incident", "occur"})
    return claim, denial


def test_a_negating_quote_right_after_the_denial_continues_it():
    claim, denial = _claim_and_denial()
    quote = statement("asserts", "xa.embassy", None, 2, words={"incident", "report", "unit", "exercise"},
                      negated_content=True)
    out = [s.relation for s in link_denials([claim, denial, quote], SIDES)]
    assert out[2].relation == "denies" and out[2].cameo == "016"
    assert out[2].responds_to == out[1].responds_to == (claim.relation.id,)
    assert out[2].target.actor == "yb"


def test_words_of_the_claim_answered_count_too():
    claim, denial = _claim_and_denial()
    quote = statement("asserts", "xa.embassy", None, 2, words={"soldier", "boat", "patrol"}, negated_content=True)
    assert link_denials([claim, denial, quote], SIDES)[2].relation.relation == "denies"


def test_a_negation_about_something_else_stays_an_assertion():
    claim, denial = _claim_and_denial()
    quote = statement("asserts", "xa.embassy", None, 2, words={"intimidate", "threat"}, negated_content=True)
    assert link_denials([claim, denial, quote], SIDES)[2].relation.relation == "asserts"


def test_an_affirmative_quote_stays_an_assertion():
    claim, denial = _claim_and_denial()
    quote = statement("asserts", "xa.embassy", None, 2, words={"incident", "report", "exercise"})
    assert link_denials([claim, denial, quote], SIDES)[2].relation.relation == "asserts"


def test_another_speaker_or_a_later_sentence_does_not_continue_the_denial():
    claim, denial = _claim_and_denial()
    other = statement("asserts", "zc", None, 2, words={"incident", "report"}, negated_content=True)
    later = statement("asserts", "xa.embassy", None, 4, words={"incident", "report"}, negated_content=True)
    out = link_denials([claim, denial, other, later], SIDES)
    assert [s.relation.relation for s in out[2:]] == ["asserts", "asserts"]
