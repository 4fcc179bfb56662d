"""A denial of a result ("rejected the result", « a rejeté les résultats ») answers the declaration that
produced it just before (the ``deniable`` row's verbs), not a statement made with another verb.
Counterclaim links on hand-made records (the helpers of ``test_extract_units``).
"""
from __future__ import annotations

from test_extract_units import Parents, statement

from kg.extract.counterclaims import link_denials
from kg.extract.lexicon import load_lexicon


def test_rejecting_the_result_answers_the_declaration_before():
    sides = Parents({"election-board": "bo"})
    declared = statement("asserts", "election-board", None, 0, cue="declare", words={"winner", "election"})
    denial = statement("denies", "opposition", None, 1, produced_by=frozenset({"declare", "announce"}))
    linked = link_denials([declared, denial], sides)[-1].relation
    assert linked.responds_to == (declared.relation.id,)
    assert linked.target.actor == "election-board"


def test_a_result_is_not_answered_in_a_statement_made_otherwise():
    sides = Parents({})
    said = statement("asserts", "election-board", None, 0, cue="say", words={"turnout"})
    denial = statement("denies", "opposition", None, 1, produced_by=frozenset({"declare", "announce"}))
    linked = link_denials([said, denial], sides)[-1].relation
    assert linked.responds_to == () and linked.target is None


def test_a_declaration_long_before_is_not_the_one_answered():
    sides = Parents({})
    declared = statement("asserts", "election-board", None, 0, cue="declare")
    denial = statement("denies", "opposition", None, 6, produced_by=frozenset({"declare"}))
    linked = link_denials([declared, denial], sides)[-1].relation
    assert linked.responds_to == ()


def test_result_words_name_the_verbs_that_produce_them_in_both_languages():
    assert "declare" in load_lexicon("en").value("deniable", "result").split(",")
    assert "proclamer" in load_lexicon("fr").value("deniable", "résultat").split(",")
