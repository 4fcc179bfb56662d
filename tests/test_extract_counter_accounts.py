"""A counter-account by the side an accusation charged, saying the act was lawful in an adverb ("acted
lawfully", "were legally deployed", « ont agi légalement »), denies the charge like "the flight was
authorised" does. Real pipeline (slow) on texts written for these tests.
"""
from __future__ import annotations

import pytest

from kg.extract.lexicon import load_lexicon
from kg.model import Article


def test_lawfulness_adverbs_are_justifications_in_both_languages():
    en, fr = load_lexicon("en"), load_lexicon("fr")
    assert all(en.has("justification", w) for w in ("lawfully", "legally", "legitimately"))
    assert all(fr.has("justification", w) for w in ("légalement", "légitimement"))


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "Manila said Chinese coast guard ships had fired water cannon at a Philippine vessel. Beijing said its "
           "coast guard had acted lawfully to expel the boat."),
    ("en", "Manila accused Chinese coast guard ships of firing water cannon at a Philippine vessel. Beijing said "
           "the ships were legally deployed in Chinese waters."),
    ("fr", "Manille accuse les garde-côtes chinois d'avoir tiré au canon à eau sur un navire philippin. Pékin "
           "affirme que ses garde-côtes ont agi légalement pour expulser le bateau."),
])
def test_saying_the_act_was_lawful_denies_the_charge(language, text):
    from kg.pipeline import extract_article

    relations = extract_article(Article(id="t.txt", text=text, language=language)).relations
    accusation, answer = relations
    assert accusation.relation == "accuses"
    assert answer.relation == "denies" and answer.source.actor == "china"
    assert answer.target.actor == "philippines" and answer.responds_to == (accusation.id,)
