"""A statement in which the speaker disowns its own part in a wrongdoing ("said it played no role in the
shelling", "had nothing to do with the attack", "was not involved", "its fighters were not responsible",
« n'avoir rien à voir avec cette attaque », « ne pas être impliquées ») is a denial, linked to the charge
against its side; said of another actor ("the army was not responsible") it is neither a denial nor a
charge, and an intention ("will play no role in the government") is no denial.

Model-free tests build each Doc by hand (the helpers of ``test_extract_patterns``); the slow tests run the
real pipeline. Sentences written for these tests, about conflicts of no seed or dev article.
"""
from __future__ import annotations

import pytest
from test_extract_patterns import build, join, run, state, triples

from kg.model import Article

SUDAN_ACCUSES_CHAD = """
    Sudan Sudan PROPN NNP nsubj 1
    accused accuse VERB VBD ROOT 1
    Chad Chad PROPN NNP dobj 1
    of of ADP IN prep 1
    shelling shell VERB VBG pcomp 3
    Adre Adre PROPN NNP dobj 4
    . . PUNCT . punct 1
"""
NAMES = {**state("Sudan"), **state("Chad", "Tchad")}


def test_no_role_in_the_wrong_denies_the_charge():
    doc = join(build("en", SUDAN_ACCUSES_CHAD), build("en", """
        Chad Chad PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        it it PRON PRP nsubj 3
        played play VERB VBD ccomp 1
        no no DET DT det 5
        role role NOUN NN dobj 3
        in in ADP IN prep 3
        the the DET DT det 8
        shelling shelling NOUN NN pobj 6
        . . PUNCT . punct 1
    """))
    rels = run(doc, "en", NAMES)
    assert triples(rels) == [("chad", "denies", "sudan"), ("sudan", "accuses", "chad")]
    accusation = next(r for r in rels if r.relation == "accuses")
    denial = next(r for r in rels if r.relation == "denies")
    assert denial.responds_to == (accusation.id,) and denial.cameo == "016"


def test_an_intention_to_play_no_role_is_no_denial():
    doc = join(build("en", SUDAN_ACCUSES_CHAD), build("en", """
        Chad Chad PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        it it PRON PRP nsubj 4
        would would AUX MD aux 4
        play play VERB VB ccomp 1
        no no DET DT det 6
        role role NOUN NN dobj 4
        in in ADP IN prep 4
        the the DET DT det 9
        shelling shelling NOUN NN pobj 7
        . . PUNCT . punct 1
    """))
    assert ("chad", "denies", "sudan") not in triples(run(doc, "en", NAMES))


def test_another_actor_not_responsible_is_neither_charged_nor_a_denial():
    doc = build("en", """
        Chad Chad PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        Sudan Sudan PROPN NNP nsubj 3
        was be AUX VBD ccomp 1
        not not PART RB neg 3
        responsible responsible ADJ JJ acomp 3
        . . PUNCT . punct 1
    """)
    assert triples(run(doc, "en", NAMES)) == [("chad", "asserts", None)]


def test_nothing_to_do_with_the_attack_fr():
    doc = build("fr", """
        Le le DET DET det 1
        Tchad Tchad PROPN PROPN nsubj 2
        affirme affirmer VERB VERB ROOT 2
        n' ne ADV ADV advmod 4
        avoir avoir VERB VERB xcomp 2
        rien rien PRON PRON obj 4
        à à ADP ADP mark 7
        voir voir VERB VERB acl 5
        avec avec ADP ADP case 10
        cette ce DET DET det 10
        attaque attaque NOUN NOUN obl:arg 7
        . . PUNCT PUNCT punct 2
    """)
    assert triples(run(doc, "fr", NAMES)) == [("chad", "denies", None)]


def test_not_responsible_for_a_duty_is_no_denial():
    doc = build("en", """
        Chad Chad PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        it it PRON PRP nsubj 3
        was be AUX VBD ccomp 1
        not not PART RB neg 3
        responsible responsible ADJ JJ acomp 3
        for for ADP IN prep 5
        feeding feed VERB VBG pcomp 6
        refugees refugee NOUN NNS dobj 7
        . . PUNCT . punct 1
    """)
    assert triples(run(doc, "en", NAMES)) == [("chad", "asserts", None)]


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "The RSF said it had nothing to do with the attack."),
    ("en", "The RSF said it was not involved in the attack."),
    ("en", "The RSF said its fighters were not responsible."),
    ("en", "An RSF spokesman said the group had no involvement in the attack."),
    ("fr", "Les FSR ont affirmé n'avoir joué aucun rôle dans l'attaque."),
    ("fr", "Les FSR affirment ne pas être impliquées dans l'attaque."),
    ("fr", "Les FSR affirment ne pas être responsables de l'attaque."),
])
def test_disowning_denies_the_charge_made_before(language, text):
    from kg.pipeline import extract_article

    charge = {"en": "Sudan's army accused the Rapid Support Forces of shelling a market in Omdurman. ",
              "fr": "L'armée soudanaise a accusé les Forces de soutien rapide d'avoir bombardé un marché à Omdurman. "}
    relations = extract_article(Article(id="t.txt", text=charge[language] + text, language=language)).relations
    accusation, answer = relations
    assert accusation.relation == "accuses" and accusation.target.actor == "org.rapid-support-forces"
    assert answer.relation == "denies" and answer.responds_to == (accusation.id,)
    assert answer.target.actor == accusation.source.actor


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "The RSF said the talks had produced no results."),
    ("en", "The RSF said the army was not responsible for the deaths."),
    ("en", "The RSF said it would play no role in the new government."),
    ("fr", "Les FSR affirment que l'armée n'a rien à voir avec ces pillages."),
])
def test_statements_that_disown_nothing_of_the_speaker_stay_assertions(language, text):
    from kg.pipeline import extract_article

    relations = extract_article(Article(id="t.txt", text=text, language=language)).relations
    assert [r.relation for r in relations] == ["asserts"]


def _pipeline(text, language):
    from kg.pipeline import extract_article

    return extract_article(Article(id="t.txt", text=text, language=language)).relations


@pytest.mark.slow
def test_not_behind_the_attack_said_of_oneself_denies():
    accusation, denial = _pipeline("Kenya accused al-Shabaab of attacking a bus in Mandera. Al-Shabaab said it was "
                                   "not behind the attack.", "en")
    assert accusation.relation == "accuses" and denial.relation == "denies"
    assert denial.target.actor == "kenya" and denial.responds_to == (accusation.id,)


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "Kenya's interior minister said al-Shabaab militants were not behind the attack."),
    ("fr", "Le ministre kényan de l'Intérieur a affirmé que les shebab n'étaient pas derrière l'attaque."),
    ("fr", "Le ministre a affirmé qu'Israël n'était pas derrière le sabotage."),
])
def test_not_behind_said_of_another_charges_no_one(language, text):
    assert [r.relation for r in _pipeline(text, language)] == ["asserts"]


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "Kenya's interior minister said the attack was carried out by al-Shabaab militants."),
    ("fr", "Selon la police kényane, l'attaque a été menée par des combattants shebab."),
    ("fr", "Le ministre kényan de l'Intérieur a affirmé que les shebab étaient derrière l'attaque."),
])
def test_carrying_out_or_being_behind_an_attack_is_charged(language, text):
    [rel] = _pipeline(text, language)
    assert rel.relation == "accuses" and rel.target.actor == "org.al-shabaab"


@pytest.mark.slow
def test_carrying_out_an_investigation_is_no_charge():
    assert [r.relation for r in _pipeline("Kenya's army said Somali forces had carried out a joint patrol.", "en")] \
        == ["asserts"]
