"""A denial that names neither the claim nor the claimant ("X is denying it is behind the blasts", "X
denied that it had targeted a home") answers the accusation charged to X's side in the same article,
the nearest one, before or after it (a lead often gives the denial first).

Unit tests on hand-made records (the helpers of ``test_extract_units``); the slow tests run the real
pipeline on sentences written for them, about conflicts of no seed or dev article.
"""
from __future__ import annotations

import pytest
from test_extract_units import Parents, statement

from kg.extract.counterclaims import link_denials
from pipeline_run import relations_and_top


def test_a_denial_in_the_lead_answers_the_charge_made_further_down():
    sides = Parents({"xa.army": "xa"})
    denial = statement("denies", "xa", None, 0)
    aside = statement("asserts", "yb", None, 2, words={"weather"})
    charge = statement("accuses", "yb", "xa.army", 5, cue="call", words={"violation"})
    linked = link_denials([denial, aside, charge], sides)[0].relation
    assert linked.responds_to == (charge.relation.id,)
    assert linked.target.actor == "yb"


def test_the_nearest_charge_against_the_denier_is_answered_and_the_earlier_wins_a_tie():
    sides = Parents({"xa.mod": "xa"})
    before = statement("accuses", "yb", "xa", 2, cue="accuse")
    after = statement("accuses", "zc", "xa.mod", 6, cue="accuse")
    far = statement("accuses", "wd", "xa", 12, cue="accuse")
    denial = statement("denies", "xa.mod", None, 4)
    linked = link_denials([before, denial, after, far], sides)[1].relation
    assert linked.responds_to == (before.relation.id,)
    assert linked.target.actor == "yb"


def test_a_charge_against_another_side_is_not_answered():
    sides = Parents({})
    charge = statement("accuses", "yb", "zc", 1, cue="accuse")
    denial = statement("denies", "xa", None, 2)
    linked = link_denials([charge, denial], sides)[-1].relation
    assert linked.responds_to == () and linked.target is None


def test_a_charge_made_by_the_deniers_own_side_is_not_answered():
    sides = Parents({"xa.mfa": "xa", "xa.army": "xa"})
    charge = statement("accuses", "xa.mfa", "xa.army", 1, cue="accuse")
    denial = statement("denies", "xa.army", None, 2)
    linked = link_denials([charge, denial], sides)[-1].relation
    assert linked.responds_to == () and linked.target is None


def test_an_explicit_target_is_kept():
    sides = Parents({})
    charge = statement("accuses", "yb", "xa", 8, cue="accuse")
    denial = statement("denies", "xa", "zc", 0)
    linked = link_denials([denial, charge], sides)[0].relation
    assert linked.target.actor == "zc"
    assert linked.responds_to == ()


def _relations(text: str, language: str = "en"):
    return relations_and_top(text, language)


@pytest.mark.slow
def test_lead_denial_answers_the_accusation_further_down():
    text = ("Ethiopia is denying it is behind last month's drone strikes that killed three Eritrean herders.\n\n"
            "The strikes came amid rising tension along the border.\n\n"
            "Eritrea's information ministry accused the Ethiopian army of launching the drone strikes.")
    relations, top = _relations(text)
    denial = next(r for r in relations if r.relation == "denies")
    accusation = next(r for r in relations if r.relation == "accuses")
    assert top(denial.source.actor) == "Ethiopia"
    assert denial.target is not None and top(denial.target.actor) == "Eritrea"
    assert denial.responds_to == (accusation.id,)


@pytest.mark.slow
def test_french_denial_before_the_charge_answers_it():
    text = ("Le Rwanda a démenti mardi avoir envoyé des soldats dans la province du Nord-Kivu.\n\n"
            "La veille, le gouvernement congolais avait accusé l'armée rwandaise d'avoir franchi la frontière.")
    relations, top = _relations(text, "fr")
    denial = next(r for r in relations if r.relation == "denies")
    accusation = next(r for r in relations if r.relation == "accuses")
    assert top(denial.source.actor) == "Rwanda"
    assert denial.target is not None and top(denial.target.actor) in ("Democratic Republic of the Congo", "DR Congo")
    assert denial.responds_to == (accusation.id,)


# --- "X denied …, after Y said …": the denial names what it answers in its own sentence --------------

@pytest.mark.slow
def test_denial_after_a_report_answers_that_report():
    text = ("The Rwandan army denied on Tuesday that it had shelled a village, after a Congolese official said "
            "three civilians were killed.")
    relations, top = _relations(text)
    denial = next(r for r in relations if r.relation == "denies")
    report = next(r for r in relations if r.relation == "asserts")
    assert top(denial.target.actor) in ("Democratic Republic of the Congo", "DR Congo")
    assert denial.responds_to == (report.id,)


@pytest.mark.slow
def test_french_denial_after_a_report_answers_it_whatever_verb_the_parser_hangs_it_on():
    text = ("L'armée rwandaise a démenti mardi avoir bombardé un village, après que le gouvernement congolais a "
            "affirmé que trois civils avaient été tués.")
    relations, top = _relations(text, "fr")
    denial = next(r for r in relations if r.relation == "denies")
    report = next(r for r in relations if r.relation == "asserts")
    assert top(denial.target.actor) in ("Democratic Republic of the Congo", "DR Congo")
    assert denial.responds_to == (report.id,)


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "The Rwandan army denied on Tuesday that it had shelled a village, following accusations by Kinshasa."),
    ("fr", "Kigali a démenti, après les accusations du gouvernement congolais."),
])
def test_denial_following_accusations_by_x_targets_x(language, text):
    relations, top = _relations(text, language)
    denial = next(r for r in relations if r.relation == "denies")
    assert top(denial.target.actor) in ("Democratic Republic of the Congo", "DR Congo")


@pytest.mark.slow
def test_an_event_after_which_something_happened_is_not_a_claim_answered():
    # "after the rebels attacked" is when, not what is denied: no saying verb, no claim noun
    text = ("Mali's army denied that it had killed civilians in the village after the rebels attacked a convoy. "
            "A local official said twelve people had died.")
    relations, _ = _relations(text)
    denial = next(r for r in relations if r.relation == "denies")
    said = next(r for r in relations if r.relation == "asserts")
    assert said.id not in denial.responds_to


@pytest.mark.slow
@pytest.mark.parametrize("language,text", [
    ("en", "Pristina denied the raid took place, in response to accusations by Belgrade."),
    ("en", "Pristina denied the raid, in the wake of accusations by Belgrade."),
    ("fr", "Pristina a démenti mardi toute descente de police, au lendemain des accusations de Belgrade."),
    ("fr", "Pristina a démenti toute descente de police, en réponse aux accusations de Belgrade."),
    ("fr", "Le gouvernement kosovar a rejeté les affirmations serbes selon lesquelles sa police aurait fait une "
           "descente dans des bureaux."),
])
def test_denial_in_response_to_accusations_by_x_targets_x(language, text):
    relations, top = _relations(text, language)
    denial = next(r for r in relations if r.relation == "denies")
    assert top(denial.source.actor) == "Kosovo" and top(denial.target.actor) == "Serbia"
