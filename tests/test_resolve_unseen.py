"""Resolution rules for news kg has never seen (round 2): offices named by a title with a postposed
adjective, neighbours, anonymous sources, descriptions without a name, names after a generic noun,
pronouns and quotations, opposition actors, acronyms and short names, places the tagger took for
people, party names before a person, the state of a bare title. Docs are built by hand (no model), in
English and French, about varied states, companies and groups.

Token notation: see ``test_resolve_rules.py`` (``word/POS/dep/head[/ENT][/Morph]``).
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.model import Article
from kg.resolve import ArticleActors
from kg.resolve.datelines import excluded_ranges
from test_resolve_rules import actor_of, make


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


# -- titles whose role noun comes first ----------------------------------------------------------

@pytest.mark.parametrize("spec, language, label, parent", [
    ("Le/DET/det/1 procureur/NOUN/nsubj/6 général/ADJ/amod/1 de/ADP/case/4 Géorgie/PROPN/nmod/1/LOC "
     "a/AUX/aux/6 accusé/VERB/ROOT/6 ./PUNCT/punct/6", "fr", "Prosecutor General of Georgia", "georgia"),
    ("The/DET/det/1 prosecutor/NOUN/compound/2 general/NOUN/nsubj/5 of/ADP/prep/2 Peru/PROPN/pobj/3/GPE "
     "said/VERB/ROOT/5 ./PUNCT/punct/5", "en", "Prosecutor General of Peru", "peru"),
    ("L'/DET/det/1 envoyé/NOUN/nsubj/6 spécial/ADJ/amod/1 du/ADP/case/4 Kenya/PROPN/nmod/1/LOC "
     "a/AUX/aux/6 démenti/VERB/ROOT/6 ./PUNCT/punct/6", "fr", "Special Envoy of Kenya", "kenya"),
])
def test_title_whose_head_noun_comes_before_its_adjective(vocab, spec, language, label, parent):
    actors, doc = make(vocab, spec, language)
    a = actor_of(actors, doc, 0, 5)
    assert (a.label, a.kind, a.part_of) == (label, "person", parent)


# -- neighbours ------------------------------------------------------------------------------------

def test_possessive_neighbour_is_the_other_state_named_before(vocab):
    # « Le Niger a fermé sa frontière avec le Bénin. Le Niger a accusé son voisin . »
    actors, doc = make(vocab, "Le/DET/det/1 Niger/PROPN/nsubj/2/LOC a_fermé/VERB/ROOT/2 sa/DET/det/4 "
                              "frontière/NOUN/obj/2 avec/ADP/case/7 le/DET/det/7 Bénin/PROPN/nmod/4/LOC "
                              "./PUNCT/punct/2 Le/DET/det/10 Niger/PROPN/nsubj/11/LOC a_accusé/VERB/ROOT/11 "
                              "son/DET/det/13 voisin/NOUN/obj/11 ./PUNCT/punct/11", "fr")
    assert actor_of(actors, doc, 12, 14).id == "benin"


def test_neighbour_named_right_after_and_english_possessive(vocab):
    # "Ecuador accused its smaller neighbour Peru ."
    actors, doc = make(vocab, "Ecuador/PROPN/nsubj/1/GPE accused/VERB/ROOT/1 its/PRON/poss/4 smaller/ADJ/amod/4 "
                              "neighbour/NOUN/dobj/1 Peru/PROPN/appos/4/GPE ./PUNCT/punct/1")
    assert actor_of(actors, doc, 2, 6).id == "peru"
    # "Chile said its neighbour was arming gangs" with no other state named: no actor
    alone, doc2 = make(vocab, "Chile/PROPN/nsubj/1/GPE said/VERB/ROOT/1 its/PRON/poss/3 neighbour/NOUN/nsubj/4 "
                              "armed/VERB/ccomp/1 gangs/NOUN/dobj/4 ./PUNCT/punct/1")
    assert alone.resolve(doc2[2:4]) is None


def test_short_acronyms_count_only_in_capitals(vocab):
    # « Au Mali, l'UA a protesté . »: "Au" is no African Union, "UA" is
    actors, doc = make(vocab, "Au/ADP/case/1 Mali/PROPN/obl/6/LOC ,/PUNCT/punct/1 l'/DET/det/4 UA/PROPN/nsubj/6/ORG "
                              "a/AUX/aux/6 protesté/VERB/ROOT/6 ./PUNCT/punct/6", "fr")
    assert actors.resolve(doc[0:1]) is None
    assert actor_of(actors, doc, 3, 5).label == "African Union"


# -- anonymous sources ---------------------------------------------------------------------------

def test_a_source_of_a_nationality_is_an_anonymous_actor_of_that_state(vocab):
    # « Une source militaire française a démenti . Cette source a ajouté que ... . La même source a précisé . »
    actors, doc = make(vocab, "Une/DET/det/1 source/NOUN/nsubj/4 militaire/ADJ/amod/1 française/ADJ/amod/1 "
                              "a_démenti/VERB/ROOT/4 ./PUNCT/punct/4 Cette/DET/det/7 source/NOUN/nsubj/8 "
                              "a_ajouté/VERB/ROOT/8 ./PUNCT/punct/8 La/DET/det/12 même/ADJ/amod/12 "
                              "source/NOUN/nsubj/13 a_précisé/VERB/ROOT/13 ./PUNCT/punct/13", "fr")
    a = actor_of(actors, doc, 0, 4)
    assert (a.label, a.part_of) == ("French military source", "france")
    assert actor_of(actors, doc, 6, 8).id == a.id
    assert actor_of(actors, doc, 10, 13).id == a.id


def test_english_government_source_and_a_security_source_of_the_state_in_context(vocab):
    # "Kenya closed the border . A security source said ... . A Somali government source denied it ."
    actors, doc = make(vocab, "Kenya/PROPN/nsubj/1/GPE closed/VERB/ROOT/1 the/DET/det/3 border/NOUN/dobj/1 "
                              "./PUNCT/punct/1 A/DET/det/7 security/NOUN/compound/7 source/NOUN/nsubj/8 "
                              "said/VERB/ROOT/8 ./PUNCT/punct/8 A/DET/det/13 Somali/ADJ/amod/13/NORP "
                              "government/NOUN/compound/13 source/NOUN/nsubj/14 denied/VERB/ROOT/14 "
                              "it/PRON/dobj/14 ./PUNCT/punct/14")
    sec = actor_of(actors, doc, 5, 8)
    assert (sec.label, sec.part_of) == ("Kenyan security source", "kenya")
    gov = actor_of(actors, doc, 10, 14)
    assert (gov.label, gov.part_of) == ("Somali government source", "somalia")


def test_a_bare_source_names_no_actor(vocab):
    actors, doc = make(vocab, "A/DET/det/1 source/NOUN/nsubj/2 said/VERB/ROOT/2 ./PUNCT/punct/2")
    assert actors.resolve(doc[0:2]) is None


# -- the state of a bare title ---------------------------------------------------------------------

def test_bare_institution_takes_the_state_named_in_the_sentence_before(vocab):
    # "Peru named Chile five times: Chile, Chile, Chile, Chile . Bolivia protested . The army said ."
    spec = ("Peru/PROPN/nsubj/1/GPE named/VERB/ROOT/1 Chile/PROPN/dobj/1/GPE ,/PUNCT/punct/2 Chile/PROPN/conj/2/GPE "
            ",/PUNCT/punct/2 Chile/PROPN/conj/2/GPE ./PUNCT/punct/1 Bolivia/PROPN/nsubj/9/GPE "
            "protested/VERB/ROOT/9 ./PUNCT/punct/9 The/DET/det/12 army/NOUN/nsubj/13 said/VERB/ROOT/13 "
            "./PUNCT/punct/13")
    actors, doc = make(vocab, spec)
    assert actor_of(actors, doc, 11, 13).id == "bolivia.armed-forces"


# -- descriptions without a name -------------------------------------------------------------------

def test_the_international_community_is_one_actor_in_both_languages(vocab):
    fr, d1 = make(vocab, "Le/DET/det/1 Mali/PROPN/nsubj/2/LOC accuse/VERB/ROOT/2 la/DET/det/4 "
                         "communauté/NOUN/obj/2 internationale/ADJ/amod/4 ./PUNCT/punct/2", "fr")
    en, d2 = make(vocab, "Mali/PROPN/nsubj/1/GPE accused/VERB/ROOT/1 the/DET/det/4 international/ADJ/amod/4 "
                         "community/NOUN/dobj/1 ./PUNCT/punct/1")
    a, b = actor_of(fr, d1, 3, 6), actor_of(en, d2, 2, 5)
    assert a.id == b.id and (a.label, a.kind) == ("International community", "group")


# -- names in apposition after a generic noun --------------------------------------------------------

def test_name_after_a_generic_noun_and_its_adjective(vocab):
    # « Le groupe minier Korvane a contesté . »
    actors, doc = make(vocab, "Le/DET/det/1 groupe/NOUN/nsubj/4 minier/ADJ/amod/1 Korvane/PROPN/appos/1/ORG "
                              "a_contesté/VERB/ROOT/4 ./PUNCT/punct/4", "fr")
    a = actor_of(actors, doc, 0, 4)
    assert (a.label, a.kind) == ("Korvane", "organization")
    assert actors.resolve(doc[0:4]).surface == "Le groupe minier Korvane"


def test_a_two_word_name_after_party_is_the_party_not_a_person(vocab):
    # « le parti Renouveau Démocratique a démenti »: the tagger took the name for a person's
    actors, doc = make(vocab, "Le/DET/det/1 parti/NOUN/nsubj/4 Renouveau/PROPN/appos/1/PER "
                              "Démocratique/PROPN/flat:name/2/PER a_démenti/VERB/ROOT/4 ./PUNCT/punct/4", "fr")
    a = actor_of(actors, doc, 0, 4)
    assert (a.label, a.kind) == ("Renouveau Démocratique", "organization")


def test_ngo_acronym_before_the_name_is_not_part_of_it(vocab):
    fr, d1 = make(vocab, "l'/DET/det/1 ONG/PROPN/nsubj/3/ORG Terra/PROPN/appos/1/ORG Viva/PROPN/flat:name/2/ORG "
                         "accuse/VERB/ROOT/4 ./PUNCT/punct/4", "fr")
    en, d2 = make(vocab, "The/DET/det/1 NGO/PROPN/compound/3/ORG Clean/PROPN/compound/3/ORG Seas/PROPN/nsubj/4/ORG "
                         "said/VERB/ROOT/4 ./PUNCT/punct/4")
    assert actor_of(fr, d1, 0, 4).label == "Terra Viva"
    assert actor_of(en, d2, 0, 4).label == "Clean Seas"


def test_a_place_after_a_company_name_is_not_part_of_it(vocab):
    # « l'usine Norvel de Saint-Nazaire »: the company, then where it is
    actors, doc = make(vocab, "l'/DET/det/1 usine/NOUN/nsubj/5 Norvel/PROPN/appos/1/ORG de/ADP/case/4 "
                              "Saint-Nazaire/PROPN/nmod/2/LOC ferme/VERB/ROOT/5 ./PUNCT/punct/5", "fr")
    assert actor_of(actors, doc, 2, 3).label == "Norvel"


# -- acronyms and short names --------------------------------------------------------------------------

def test_an_acronym_spelling_a_name_given_earlier_is_that_organization(vocab):
    # « Le Conseil supérieur électoral a publié les résultats . Le CSE a démenti . »
    actors, doc = make(vocab, "Le/DET/det/1 Conseil/PROPN/nsubj/4/ORG supérieur/ADJ/amod/1 électoral/ADJ/amod/1 "
                              "a_publié/VERB/ROOT/4 ./PUNCT/punct/4 Le/DET/det/7 CSE/PROPN/nsubj/8/ORG "
                              "a_démenti/VERB/ROOT/8 ./PUNCT/punct/8", "fr")
    full = actor_of(actors, doc, 0, 4)
    assert full.label == "Conseil supérieur électoral"
    assert actor_of(actors, doc, 6, 8).id == full.id


def test_a_short_form_of_a_name_is_the_same_organization(vocab):
    # "Bayer Leverkusen complained . Bay Leverkusen said . Leverkusen denied ."
    actors, doc = make(vocab, "Bayer/PROPN/compound/1/ORG Leverkusen/PROPN/nsubj/2/ORG complained/VERB/ROOT/2 "
                              "./PUNCT/punct/2 Bay/PROPN/compound/5/ORG Leverkusen/PROPN/nsubj/6/ORG "
                              "said/VERB/ROOT/6 ./PUNCT/punct/6 Leverkusen/PROPN/nsubj/9/ORG denied/VERB/ROOT/9 "
                              "./PUNCT/punct/9")
    full = actor_of(actors, doc, 0, 2)
    assert actor_of(actors, doc, 4, 6).id == full.id
    assert actor_of(actors, doc, 8, 9).id == full.id


def test_a_capitalized_description_after_the_refers_back(vocab):
    actors, doc = make(vocab, "Ligue/PROPN/compound/1/ORG Nordique/PROPN/nsubj/2/ORG sanctionne/VERB/ROOT/2 "
                              "./PUNCT/punct/2 La/DET/det/5 Ligue/PROPN/nsubj/6 dément/VERB/ROOT/6 ./PUNCT/punct/6",
                       "fr")
    assert actor_of(actors, doc, 4, 6).id == actor_of(actors, doc, 0, 2).id


# -- a party before a person's name ------------------------------------------------------------------

def test_party_name_between_title_and_person_gives_the_person_part_of_the_party(vocab):
    # « Selon le député Renaissance Paul Morel , ... . Le groupe Renaissance dément . »
    actors, doc = make(vocab, "Selon/ADP/case/2 le/DET/det/2 député/NOUN/obl/9 Renaissance/PROPN/appos/2/ORG "
                              "Paul/PROPN/appos/2/PER Morel/PROPN/flat:name/4/PER ,/PUNCT/punct/2 "
                              "l'/DET/det/8 aide/NOUN/nsubj/9 disparaît/VERB/ROOT/9 ./PUNCT/punct/9 "
                              "Le/DET/det/12 groupe/NOUN/nsubj/14 Renaissance/PROPN/appos/12/ORG "
                              "Démocrate/PROPN/flat:name/13/ORG dément/VERB/ROOT/14 ./PUNCT/punct/14", "fr")
    person = actor_of(actors, doc, 1, 6)
    assert person.label == "Paul Morel"
    party = actors.actor(person.part_of)
    assert party.label == "Renaissance Démocrate"


def test_party_acronym_before_the_name(vocab):
    # « La députée PSD Ana Lopes a dénoncé . »
    actors, doc = make(vocab, "La/DET/det/1 députée/NOUN/nsubj/5 PSD/PROPN/appos/1/ORG Ana/PROPN/appos/1/PER "
                              "Lopes/PROPN/flat:name/3/PER a_dénoncé/VERB/ROOT/5 ./PUNCT/punct/5", "fr")
    person = actor_of(actors, doc, 0, 5)
    assert (person.label, person.part_of) == ("Ana Lopes", "org.psd")


def test_three_word_name_without_other_use_stays_a_name(vocab):
    actors, doc = make(vocab, "Le/DET/det/1 ministre/NOUN/nsubj/5 Kofi/PROPN/appos/1/PER Mensah/PROPN/flat:name/2/PER "
                              "Asante/PROPN/flat:name/2/PER a_parlé/VERB/ROOT/5 ./PUNCT/punct/5", "fr")
    assert actor_of(actors, doc, 0, 5).label == "Kofi Mensah Asante"


# -- opposition and armed movements are not part of the state -----------------------------------------

@pytest.mark.parametrize("spec, language, label", [
    ("Belarusian/ADJ/amod/2/NORP opposition/NOUN/compound/2 leader/NOUN/compound/4 Ales/PROPN/compound/4/PERSON "
     "Bialiatski/PROPN/nsubj/5/PERSON said/VERB/ROOT/5 ./PUNCT/punct/5", "en", "Ales Bialiatski"),
    ("L'/DET/det/1 opposant/NOUN/nsubj/5 ougandais/ADJ/amod/1 Bobi/PROPN/appos/1/PER Wine/PROPN/flat:name/3/PER "
     "dénonce/VERB/ROOT/5 ./PUNCT/punct/5", "fr", "Bobi Wine"),
    ("Le/DET/det/1 chef/NOUN/nsubj/6 de/ADP/case/3 guerre/NOUN/nmod/1 Ahmad/PROPN/appos/1/PER Shah/PROPN/flat:name/4/PER "
     "accuse/VERB/ROOT/6 ./PUNCT/punct/6", "fr", "Ahmad Shah"),
])
def test_opposition_leaders_and_warlords_are_not_part_of_their_state(vocab, spec, language, label):
    actors, doc = make(vocab, spec, language)
    a = actor_of(actors, doc, 0, len(doc) - 2)
    assert (a.label, a.kind, a.part_of) == (label, "person", None)


def test_a_bare_opposition_leader_names_the_state_but_is_not_part_of_it(vocab):
    actors, doc = make(vocab, "The/DET/det/3 Georgian/ADJ/amod/3/NORP opposition/NOUN/compound/3 leader/NOUN/nsubj/4 "
                              "said/VERB/ROOT/4 ./PUNCT/punct/4")
    a = actor_of(actors, doc, 0, 4)
    assert (a.label, a.part_of) == ("Opposition Leader of Georgia", None)


def test_a_warlord_of_the_gazetteer_is_not_part_of_the_state_he_fights(vocab):
    actors, doc = make(vocab, "Khalifa/PROPN/compound/1/PERSON Haftar/PROPN/nsubj/2/PERSON accused/VERB/ROOT/2 "
                              "Tripoli/PROPN/dobj/2/GPE ./PUNCT/punct/2")
    assert actor_of(actors, doc, 0, 2).part_of is None
    assert actor_of(actors, doc, 3, 4).id == "libya"


# -- places the tagger took for people -----------------------------------------------------------------

def test_a_name_used_as_a_place_is_no_person_anywhere_in_the_article(vocab):
    # "Rebels attacked Mabanga on Monday . Mabanga residents fled to the Mabanga district ."
    actors, doc = make(vocab, "Rebels/NOUN/nsubj/1 attacked/VERB/ROOT/1 Mabanga/PROPN/dobj/1/PERSON "
                              "on/ADP/prep/1 Monday/PROPN/pobj/3/DATE ./PUNCT/punct/1 "
                              "Mabanga/PROPN/compound/7/PERSON residents/NOUN/nsubj/8 fled/VERB/ROOT/8 "
                              "to/ADP/prep/8 the/DET/det/12 Mabanga/PROPN/compound/12/PERSON district/NOUN/pobj/9 "
                              "./PUNCT/punct/8")
    first = actors.resolve(doc[2:3])
    assert first is None or actors.actor(first.actor).kind != "person"
    residents = actor_of(actors, doc, 6, 8)
    assert (residents.label, residents.kind) == ("Mabanga residents", "group")
    assert actors.resolve(doc[10:13]) is None  # "the Mabanga district" is where, not who


def test_a_french_place_after_a_place_noun(vocab):
    # « dans le village de Kalunga . Kalunga a été attaqué . »
    actors, doc = make(vocab, "Les/DET/det/1 rebelles/NOUN/nsubj/2 frappent/VERB/ROOT/2 dans/ADP/case/5 "
                              "le/DET/det/5 village/NOUN/obl/2 de/ADP/case/7 Kalunga/PROPN/nmod/5/PER ./PUNCT/punct/2 "
                              "Kalunga/PROPN/nsubj:pass/10/PER a_été_attaqué/VERB/ROOT/10 ./PUNCT/punct/10", "fr")
    assert actors.resolve(doc[7:8]) is None
    later = actors.resolve(doc[9:10])
    assert later is None or actors.actor(later.actor).kind != "person"


def test_a_person_named_after_a_preposition_elsewhere_is_still_a_person(vocab):
    # "Talks with John Mensah stalled . John Mensah said ." : "with" is no place preposition
    actors, doc = make(vocab, "Talks/NOUN/nsubj/4 with/ADP/prep/0 John/PROPN/compound/3/PERSON "
                              "Mensah/PROPN/pobj/1/PERSON stalled/VERB/ROOT/4 ./PUNCT/punct/4 "
                              "John/PROPN/compound/7/PERSON Mensah/PROPN/nsubj/8/PERSON said/VERB/ROOT/8 "
                              "./PUNCT/punct/8")
    assert actor_of(actors, doc, 6, 8).kind == "person"


# -- capitalized words that name no actor ---------------------------------------------------------------

def test_months_weekdays_and_adjective_names_are_no_actors(vocab):
    # "After October 's clashes , a Catholic school was shelled ."
    actors, doc = make(vocab, "After/ADP/prep/8 October/PROPN/poss/3 's/PART/case/1 clashes/NOUN/pobj/0 ,/PUNCT/punct/8 "
                              "a/DET/det/7 Catholic/PROPN/amod/7/NORP school/NOUN/nsubjpass/8 shelled/VERB/ROOT/8 "
                              "./PUNCT/punct/8")
    assert actors.resolve(doc[1:2]) is None
    assert actors.resolve(doc[5:8]) is None
    # « Mardi, le parti a démenti »: a weekday opening a sentence is no name either
    fr, d2 = make(vocab, "Mardi/PROPN/obl/4 ,/PUNCT/punct/0 le/DET/det/3 parti/NOUN/nsubj/4 a_démenti/VERB/ROOT/4 "
                         "./PUNCT/punct/4", "fr")
    assert fr.resolve(d2[0:1]) is None


# -- descriptions that refer back, or name a body of a state ----------------------------------------------

def test_the_group_refers_back_to_a_clan_named_before_and_known_as(vocab):
    # "He heads the gang known as the Black Hand Clan . The group denied ."
    actors, doc = make(vocab, "He/PRON/nsubj/1 heads/VERB/ROOT/1 the/DET/det/3 gang/NOUN/dobj/1 known/VERB/acl/3 "
                              "as/ADP/prep/4 the/DET/det/9 Black/PROPN/compound/9/ORG Hand/PROPN/compound/9/ORG "
                              "Clan/PROPN/pobj/5/ORG ./PUNCT/punct/1 The/DET/det/12 group/NOUN/nsubj/13 "
                              "denied/VERB/ROOT/13 ./PUNCT/punct/13")
    clan = actor_of(actors, doc, 7, 10)
    assert clan.label == "Black Hand Clan"
    assert actor_of(actors, doc, 2, 4).id == clan.id
    assert actor_of(actors, doc, 11, 13).id == clan.id


def test_a_definite_description_with_an_adjective_refers_back(vocab):
    actors, doc = make(vocab, "The/DET/det/1 OSCE/PROPN/nsubj/2/ORG condemned/VERB/ROOT/2 ./PUNCT/punct/2 "
                              "The/DET/det/6 international/ADJ/amod/6 organization/NOUN/nsubj/7 warned/VERB/ROOT/7 "
                              "./PUNCT/punct/7")
    osce = actor_of(actors, doc, 0, 2)
    assert actor_of(actors, doc, 4, 7).id == osce.id


def test_a_state_body_named_by_a_specific_noun_is_part_of_the_state(vocab):
    # "Bolivia 's electoral tribunal certified the vote . The tribunal said ."
    en, d1 = make(vocab, "Bolivia/PROPN/poss/3/GPE 's/PART/case/0 electoral/ADJ/amod/3 tribunal/NOUN/nsubj/4 "
                         "certified/VERB/ROOT/4 the/DET/det/6 vote/NOUN/dobj/4 ./PUNCT/punct/4 The/DET/det/9 "
                         "tribunal/NOUN/nsubj/10 said/VERB/ROOT/10 ./PUNCT/punct/10")
    body = actor_of(en, d1, 0, 4)
    assert (body.label, body.part_of) == ("Electoral tribunal (Bolivia)", "bolivia")
    assert actor_of(en, d1, 8, 10).id == body.id
    fr, d2 = make(vocab, "La/DET/det/1 commission/NOUN/nsubj/4 électorale/ADJ/amod/1 malawienne/ADJ/amod/1 "
                         "proclame/VERB/ROOT/4 ./PUNCT/punct/4", "fr")
    assert actor_of(fr, d2, 0, 4).part_of == "malawi"


def test_an_indefinite_official_is_an_anonymous_official_of_the_state_in_context(vocab):
    # "Shelling hit Tigray . A health official said ... ." ; "An official said" ; "A Somali official said"
    actors, doc = make(vocab, "Shelling/NOUN/nsubj/1 hit/VERB/ROOT/1 Ethiopia/PROPN/dobj/1/GPE ./PUNCT/punct/1 "
                              "A/DET/det/6 health/NOUN/compound/6 official/NOUN/nsubj/7 said/VERB/ROOT/7 ./PUNCT/punct/7 "
                              "A/DET/det/11 Somali/ADJ/amod/11/NORP official/NOUN/nsubj/12 said/VERB/ROOT/12 "
                              "./PUNCT/punct/12")
    health = actor_of(actors, doc, 4, 7)
    assert (health.label, health.part_of) == ("Health Official of Ethiopia", "ethiopia")
    assert actors.resolve(doc[4:7]).surface == "A health official"
    assert actor_of(actors, doc, 9, 12).part_of == "somalia"


# -- labels in the article's spelling --------------------------------------------------------------------

def test_defence_labels_follow_the_article_spelling_with_one_id(vocab):
    us, d1 = make(vocab, "The/DET/det/3 Chilean/ADJ/amod/3/NORP Defense/PROPN/compound/3 Ministry/PROPN/nsubj/4 "
                         "said/VERB/ROOT/4 ./PUNCT/punct/4")
    uk, d2 = make(vocab, "The/DET/det/3 Chilean/ADJ/amod/3/NORP Defence/PROPN/compound/3 Ministry/PROPN/nsubj/4 "
                         "said/VERB/ROOT/4 ./PUNCT/punct/4")
    a, b = actor_of(us, d1, 0, 4), actor_of(uk, d2, 0, 4)
    assert a.id == b.id == "chile.defence-ministry"
    assert (a.label, b.label) == ("Ministry of Defense of Chile", "Ministry of Defence of Chile")


# -- which kind of organization a description refers back to -----------------------------------------------

def test_international_organization_and_armed_group_refer_to_their_kind(vocab):
    # "The AU condemned the attack by al-Shabaab . The international organization said ... . The armed group denied ."
    actors, doc = make(vocab, "The/DET/det/1 AU/PROPN/nsubj/2/ORG condemned/VERB/ROOT/2 the/DET/det/4 attack/NOUN/dobj/2 "
                              "by/ADP/prep/4 al-Shabaab/PROPN/pobj/5/ORG ./PUNCT/punct/2 The/DET/det/10 "
                              "international/ADJ/amod/10 organization/NOUN/nsubj/11 said/VERB/ROOT/11 ./PUNCT/punct/11 "
                              "The/DET/det/15 armed/ADJ/amod/15 group/NOUN/nsubj/16 denied/VERB/ROOT/16 ./PUNCT/punct/16")
    assert actor_of(actors, doc, 8, 11).label == "African Union"
    assert actor_of(actors, doc, 13, 16).label == "al-Shabaab"


def test_french_international_organization_and_rebels(vocab):
    actors, doc = make(vocab, "L'/DET/det/1 OTAN/PROPN/nsubj/2/ORG accuse/VERB/ROOT/2 les/DET/det/4 talibans/NOUN/obj/2 "
                              "./PUNCT/punct/2 L'/DET/det/7 organisation/NOUN/nsubj/9 internationale/ADJ/amod/7 "
                              "dénonce/VERB/ROOT/9 ./PUNCT/punct/9 Les/DET/det/12 rebelles/NOUN/nsubj/13 "
                              "démentent/VERB/ROOT/13 ./PUNCT/punct/13", "fr")
    assert actor_of(actors, doc, 6, 9).label == "North Atlantic Treaty Organization"
    assert actor_of(actors, doc, 11, 13).label == "Taliban"


# -- lawmakers ---------------------------------------------------------------------------------------------

def test_plural_lawmakers_are_their_parliament_or_a_group(vocab):
    # "Ghanaian lawmakers accused the minister . Local lawmakers protested ." ; « Les députés maliens dénoncent »
    actors, doc = make(vocab, "Ghanaian/ADJ/amod/1/NORP lawmakers/NOUN/nsubj/2 accused/VERB/ROOT/2 the/DET/det/4 "
                              "minister/NOUN/dobj/2 ./PUNCT/punct/2 Local/ADJ/amod/7 lawmakers/NOUN/nsubj/8 "
                              "protested/VERB/ROOT/8 ./PUNCT/punct/8")
    a = actor_of(actors, doc, 0, 2)
    assert (a.label, a.part_of) == ("Parliament of Ghana", "ghana")
    b = actor_of(actors, doc, 6, 8)
    assert (b.label, b.kind, b.part_of) == ("Local lawmakers", "group", None)
    fr, d2 = make(vocab, "Les/DET/det/1 députés/NOUN/nsubj/3 maliens/ADJ/amod/1 dénoncent/VERB/ROOT/3 ./PUNCT/punct/3", "fr")
    assert actor_of(fr, d2, 0, 3).label == "Parliament of Mali"


def test_a_state_party_in_apposition_is_the_party_named_not_a_state_body(vocab):
    # "Georgia 's main opposition party , the United National Movement , accused ..."
    actors, doc = make(vocab, "Georgia/PROPN/poss/4/GPE 's/PART/case/0 main/ADJ/amod/4 opposition/NOUN/compound/4 "
                              "party/NOUN/nsubj/12 ,/PUNCT/punct/4 the/DET/det/9 United/PROPN/compound/9/ORG "
                              "National/PROPN/compound/9/ORG Movement/PROPN/appos/4/ORG ,/PUNCT/punct/4 "
                              "ruling/VERB/amod/12 accused/VERB/ROOT/12 ./PUNCT/punct/12")
    a = actor_of(actors, doc, 0, 5)
    assert (a.label, a.part_of) == ("United National Movement", None)


def test_an_organization_opening_the_article_is_found_by_its_apposition(vocab):
    # « La Plateforme unitaire, la coalition de l'opposition, a accusé ... » (the name is token 0)
    actors, doc = make(vocab, "Plateforme/PROPN/nsubj/8/ORG unitaire/ADJ/amod/0 ,/PUNCT/punct/0 la/DET/det/4 "
                              "coalition/NOUN/appos/0 de/ADP/case/7 l'/DET/det/7 opposition/NOUN/nmod/4 "
                              "a_accusé/VERB/ROOT/8 ./PUNCT/punct/8", "fr")
    assert actor_of(actors, doc, 3, 5).label == "Plateforme unitaire"


def test_a_persons_neighbour_tagged_as_an_adjective(vocab):
    # « Le Tchad a accusé le Soudan . Le président Mahamat Déby a déclaré que son voisin armait les rebelles . »
    actors, doc = make(vocab, "Le/DET/det/1 Tchad/PROPN/nsubj/2/LOC a_accusé/VERB/ROOT/2 le/DET/det/4 "
                              "Soudan/PROPN/obj/2/LOC ./PUNCT/punct/2 Le/DET/det/7 président/NOUN/nsubj/10 "
                              "Mahamat/PROPN/appos/7/PER Déby/PROPN/flat:name/8/PER a_déclaré/VERB/ROOT/10 "
                              "que/SCONJ/mark/14 son/DET/det/13 voisin/ADJ/nsubj/14 armait/VERB/ccomp/10 "
                              "./PUNCT/punct/10", "fr")
    assert actor_of(actors, doc, 12, 14).id == "sudan"


def test_context_state_read_from_a_title_phrase_and_a_dateline_not_in_the_body(vocab):
    # "DAKAR - The Guinean defence minister spoke . A security source said ." : the source is Guinean, not Senegalese
    actors, doc = make(vocab, "DAKAR/PROPN/npadvmod/6/GPE -/PUNCT/punct/6 The/DET/det/5 Guinean/ADJ/amod/5/NORP "
                              "defence/NOUN/compound/5 minister/NOUN/nsubj/6 spoke/VERB/ROOT/6 ./PUNCT/punct/6 "
                              "A/DET/det/10 security/NOUN/compound/10 source/NOUN/nsubj/11 said/VERB/ROOT/11 "
                              "./PUNCT/punct/11")
    assert actor_of(actors, doc, 8, 11).part_of == "guinea"


# -- companies ---------------------------------------------------------------------------------------------

def test_company_acronym_without_its_legal_form_and_a_combined_adjective(vocab):
    # "Zambia Copper Mines Limited sued . ZCM denied . The Anglo-Swiss firm appealed ."
    actors, doc = make(vocab, "Zambia/PROPN/compound/3/ORG Copper/PROPN/compound/3/ORG Mines/PROPN/compound/3/ORG "
                              "Limited/PROPN/nsubj/4/ORG sued/VERB/ROOT/4 ./PUNCT/punct/4 ZCM/PROPN/nsubj/7/ORG "
                              "denied/VERB/ROOT/7 ./PUNCT/punct/7")
    full = actor_of(actors, doc, 0, 4)
    assert full.label == "Zambia Copper Mines Limited"
    assert actor_of(actors, doc, 6, 7).id == full.id
    # "Glencore sued . The Anglo-Swiss firm appealed ." ("Anglo-Swiss" is three tokens without spaces)
    words = ["Glencore", "sued", ".", "The", "Anglo", "-", "Swiss", "firm", "appealed", "."]
    spaces = [True, False, True, True, False, False, True, True, False, False]
    doc2 = Doc(vocab, words=words, spaces=spaces, pos=["PROPN", "VERB", "PUNCT", "DET", "PROPN", "PUNCT", "ADJ",
                                                       "NOUN", "VERB", "PUNCT"],
               deps=["nsubj", "ROOT", "punct", "det", "amod", "punct", "amod", "nsubj", "ROOT", "punct"],
               heads=[1, 1, 1, 7, 7, 6, 7, 8, 8, 8], ents=["B-ORG", "O", "O", "O", "O", "O", "B-NORP", "O", "O", "O"])
    firm = ArticleActors(doc2, Article(id="x.txt", text=doc2.text, language="en"))
    assert firm.actor(firm.resolve(doc2[3:8]).actor).label == "Glencore"


def test_the_ngo_refers_back_to_the_organization_named_before(vocab):
    actors, doc = make(vocab, "Campaign/PROPN/compound/1/ORG Oceana/PROPN/nsubj/2/ORG sued/VERB/ROOT/2 ./PUNCT/punct/2 "
                              "The/DET/det/5 NGO/PROPN/nsubj/6/ORG said/VERB/ROOT/6 ./PUNCT/punct/6")
    assert actor_of(actors, doc, 4, 6).id == actor_of(actors, doc, 0, 2).id


def test_the_company_refers_to_the_subject_of_the_sentence_before(vocab):
    # "Norsk Hydro rejected the claims of Greenpeace . The group said it respected the law ."
    actors, doc = make(vocab, "Norsk/PROPN/compound/1/ORG Hydro/PROPN/nsubj/2/ORG rejected/VERB/ROOT/2 the/DET/det/4 "
                              "claims/NOUN/dobj/2 of/ADP/prep/4 Greenpeace/PROPN/pobj/5/ORG ./PUNCT/punct/2 "
                              "The/DET/det/9 group/NOUN/nsubj/10 said/VERB/ROOT/10 ./PUNCT/punct/10")
    assert actor_of(actors, doc, 8, 10).label == "Norsk Hydro"


def test_an_oil_giant_named_after_its_description(vocab):
    # « Le géant pétrolier Petrova a démenti . » (the tagger reads the name as an adjective)
    actors, doc = make(vocab, "Le/DET/det/1 géant/NOUN/nsubj/4 pétrolier/ADJ/amod/1 Petrova/ADJ/amod/1/ORG "
                              "a_démenti/VERB/ROOT/4 ./PUNCT/punct/4", "fr")
    assert actor_of(actors, doc, 0, 4).label == "Petrova"


def test_a_ministers_portfolio_names_no_actor(vocab):
    # « Le ministre des Mines et de l'Énergie , Paul Kaba , a démenti . »
    actors, doc = make(vocab, "Le/DET/det/1 ministre/NOUN/nsubj/13 des/ADP/case/3 Mines/PROPN/nmod/1 et/CCONJ/cc/7 "
                              "de/ADP/case/7 l'/DET/det/7 Énergie/PROPN/conj/3 ,/PUNCT/punct/9 Paul/PROPN/appos/1/PER "
                              "Kaba/PROPN/flat:name/9/PER ,/PUNCT/punct/9 a/AUX/aux/13 démenti/VERB/ROOT/13 "
                              "./PUNCT/punct/13", "fr")
    assert actors.resolve(doc[3:4]).actor == actors.resolve(doc[0:2]).actor  # "Mines" is the minister's words
    assert actor_of(actors, doc, 0, 11).label == "Paul Kaba"
    assert all(a.kind != "organization" for a in actors.actors())


def test_a_several_word_place_after_a_locative_preposition_is_no_actor(vocab):
    # « Les combats ont repris à Nyala Sud . »
    actors, doc = make(vocab, "Les/DET/det/1 combats/NOUN/nsubj/2 ont_repris/VERB/ROOT/2 à/ADP/case/4 "
                              "Nyala/PROPN/obl/2/PER Sud/PROPN/flat:name/4/PER ./PUNCT/punct/2", "fr")
    assert actors.resolve(doc[3:6]) is None


def test_the_company_is_not_an_organization_described_as_a_union(vocab):
    # "The Unite union said Ferrocargo fired workers . The company rejected it ."
    actors, doc = make(vocab, "The/DET/det/2 Unite/PROPN/compound/2/ORG union/NOUN/nsubj/3 said/VERB/ROOT/3 "
                              "Ferrocargo/PROPN/nsubj/5/ORG fired/VERB/ccomp/3 workers/NOUN/dobj/5 ./PUNCT/punct/3 "
                              "The/DET/det/9 company/NOUN/nsubj/10 rejected/VERB/ROOT/10 it/PRON/dobj/10 ./PUNCT/punct/10")
    assert actor_of(actors, doc, 0, 3).label == "Unite"
    assert actor_of(actors, doc, 8, 10).label == "Ferrocargo"


def test_a_place_near_which_fighting_happens_is_not_one_of_the_two_sides(vocab):
    # « L'armée malienne et les rebelles du CSP se sont affrontés près de Tinzawaten . Les deux camps s'accusent . »
    actors, doc = make(vocab, "L'/DET/det/1 armée/NOUN/nsubj/8 malienne/ADJ/amod/1 et/CCONJ/cc/5 les/DET/det/5 "
                              "rebelles/NOUN/conj/1 du/ADP/case/7 CSP/PROPN/nmod/5/ORG se_sont_affrontés/VERB/ROOT/8 "
                              "près/ADV/advmod/11 de/ADP/case/11 Tinzawaten/PROPN/obl/8/PER ./PUNCT/punct/8 "
                              "Les/DET/det/15 deux/NUM/nummod/15 camps/NOUN/nsubj/16 s'accusent/VERB/ROOT/16 "
                              "./PUNCT/punct/16", "fr")
    assert actors.resolve(doc[11:12]) is None
    sides = {m.actor for m in actors.resolve_all(doc[13:16])}
    assert sides == {"mali.armed-forces", "org.csp"}


def test_the_coalition_after_an_opposition_platform(vocab):
    actors, doc = make(vocab, "The/DET/det/2 opposition/NOUN/compound/2 Civic/PROPN/compound/3/ORG "
                              "Front/PROPN/nsubj/4/ORG protested/VERB/ROOT/4 ./PUNCT/punct/4 The/DET/det/7 "
                              "coalition/NOUN/nsubj/8 said/VERB/ROOT/8 ./PUNCT/punct/8")
    assert actor_of(actors, doc, 6, 8).id == actor_of(actors, doc, 0, 4).id


# -- a person's office ------------------------------------------------------------------------------------

def test_a_leaders_office_is_the_office_institution_of_their_role(vocab):
    # "Ruto 's office said ." (William Ruto is President of Kenya in people.tsv); « Le cabinet de Mme Nkosi a démenti . »
    actors, doc = make(vocab, "William/PROPN/compound/1/PERSON Ruto/PROPN/poss/3/PERSON 's/PART/case/1 "
                              "office/NOUN/nsubj/4 said/VERB/ROOT/4 ./PUNCT/punct/4")
    office = actor_of(actors, doc, 0, 4)
    assert (office.id, office.label) == ("kenya.president-office", "Office of the President of Kenya")
    fr, d2 = make(vocab, "Le/DET/det/1 cabinet/NOUN/nsubj/6 de/ADP/case/4 Thandi/PROPN/nmod/1/PER "
                         "Nkosi/PROPN/flat:name/3/PER a/AUX/aux/6 démenti/VERB/ROOT/6 ./PUNCT/punct/6", "fr")
    other = actor_of(fr, d2, 0, 5)
    assert (other.label, other.part_of) == ("Office of Thandi Nkosi", "person.thandi-nkosi")


def test_a_known_leader_in_another_spelling_keeps_their_state(vocab):
    actors, doc = make(vocab, "Benjamin/PROPN/nsubj/1/PER Netanyahou/PROPN/flat:name/0/PER affirme/VERB/ROOT/2 "
                              "./PUNCT/punct/2", "fr")
    assert actor_of(actors, doc, 0, 2).part_of == "israel"


def test_his_office_and_a_known_leader_named_by_surname_alone(vocab):
    # "Ramaphosa spoke to Xi Jinping , his office said ." (the tagger took "Ramaphosa" for an organization)
    actors, doc = make(vocab, "Ramaphosa/PROPN/nsubj/1/ORG spoke/VERB/ccomp/8 to/ADP/prep/1 Xi/PROPN/compound/4/PERSON "
                              "Jinping/PROPN/pobj/2/PERSON ,/PUNCT/punct/8 his/PRON/poss/7 office/NOUN/nsubj/8 "
                              "said/VERB/ROOT/8 ./PUNCT/punct/8")
    assert actor_of(actors, doc, 0, 1).label == "Cyril Ramaphosa"
    assert actor_of(actors, doc, 6, 8).id == "south-africa.president-office"
    # an organization's office is the organization
    org, d2 = make(vocab, "Tesla/PROPN/poss/2/ORG 's/PART/case/0 office/NOUN/nsubj/3 denied/VERB/ROOT/3 ./PUNCT/punct/3")
    assert actor_of(org, d2, 0, 3).label == "Tesla"


def test_hyphenated_names_with_linking_particles_are_one_name():
    # "Tehreek-e-Labbaik said" ("Tehreek-e-Labbaik" is five tokens without spaces), a movement the gazetteer lacks
    vocab = spacy.blank("en").vocab
    words = ["Tehreek", "-", "e", "-", "Labbaik", "said", "."]
    doc = Doc(vocab, words=words, spaces=[False, False, False, False, True, False, False],
              pos=["PROPN", "PUNCT", "X", "PUNCT", "PROPN", "VERB", "PUNCT"],
              deps=["nsubj", "punct", "dep", "punct", "flat", "ROOT", "punct"], heads=[5, 0, 0, 0, 0, 5, 5],
              ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    actors = ArticleActors(doc, Article(id="x.txt", text=doc.text, language="en"))
    a = actors.actor(actors.resolve(doc[0:5]).actor)
    assert a.label == "Tehreek-e-Labbaik"


def test_two_place_dateline_and_a_place_after_in_and_an_adjective(vocab):
    text = "GOMA/KINSHASA (Reuters) - Shelling hit Masisi."
    (start, end), = excluded_ranges(text, frozenset({"reuters"}))
    assert (start, text[end:]) == (0, "Shelling hit Masisi.")
    # "Shelling hit northern Masisi ." : a place after "in" and an adjective is no actor
    actors, doc = make(vocab, "Shelling/NOUN/nsubj/1 hit/VERB/ROOT/1 in/ADP/prep/1 northern/ADJ/amod/4 "
                              "Masisi/PROPN/pobj/2/PERSON ./PUNCT/punct/1")
    assert actors.resolve(doc[3:5]) is None


def test_a_gang_leader_is_a_person_not_part_of_the_state(vocab):
    # « Le chef de gang Wilson Joseph a démenti . » : the name is the person's, not the gang's
    actors, doc = make(vocab, "Le/DET/det/1 chef/NOUN/nsubj/6 de/ADP/case/3 gang/NOUN/nmod/1 Wilson/PROPN/appos/1/PER "
                              "Joseph/PROPN/flat:name/4/PER a_démenti/VERB/ROOT/6 ./PUNCT/punct/6", "fr")
    a = actor_of(actors, doc, 0, 6)
    assert (a.label, a.kind, a.part_of) == ("Wilson Joseph", "person", None)


# -- pronouns after quotations ------------------------------------------------------------------------------

def test_it_added_after_a_quote_naming_another_state(vocab):
    # "The Kenyan ministry spoke . " Uganda sent troops , " it added ."
    actors, doc = make(vocab, "The/DET/det/2 Kenyan/ADJ/amod/2/NORP government/NOUN/nsubj/3 spoke/VERB/ROOT/3 "
                              "./PUNCT/punct/3 \"/PUNCT/punct/6 Uganda/PROPN/nsubj/7/GPE sent/VERB/ccomp/11 "
                              "troops/NOUN/dobj/7 \"/PUNCT/punct/7 ,/PUNCT/punct/11 it/PRON/nsubj/12 added/VERB/ROOT/12 "
                              "./PUNCT/punct/12")
    assert actor_of(actors, doc, 11, 12).id == "kenya"


def test_a_t_elle_ajoute_after_a_quote(vocab):
    # « La diplomatie sénégalaise a protesté . « La Gambie ment » , a-t-elle ajouté . »
    actors, doc = make(vocab, "La/DET/det/1 diplomatie/NOUN/nsubj/3 sénégalaise/ADJ/amod/1 a_protesté/VERB/ROOT/3 "
                              "./PUNCT/punct/3 «/PUNCT/punct/8 La/DET/det/7 Gambie/PROPN/nsubj/8/LOC ment/VERB/ccomp/13 "
                              "»/PUNCT/punct/8 ,/PUNCT/punct/14 a/AUX/aux/14 -t/PRON/expl:subj/14 -elle/X/nsubj/14 "
                              "ajouté/VERB/ROOT/14 ./PUNCT/punct/14", "fr")
    # the small French model tags "-elle" X, not PRON
    assert actor_of(actors, doc, 13, 14).id == "senegal.foreign-ministry"
    assert actor_of(actors, doc, 12, 14).id == "senegal.foreign-ministry"


def test_a_state_named_as_a_place_does_not_give_a_title_its_state(vocab):
    # "Chile and Chile's navy protested . Talks resumed in Lima . President Ana Ruiz said ." : Ruiz is not Peru's
    actors, doc = make(vocab, "Chile/PROPN/nsubj/4/GPE and/CCONJ/cc/0 Chile/PROPN/poss/3/GPE 's/PART/case/2 "
                              "protested/VERB/ROOT/4 ./PUNCT/punct/4 Talks/NOUN/nsubj/7 resumed/VERB/ROOT/7 in/ADP/prep/7 "
                              "Lima/PROPN/pobj/8/GPE ./PUNCT/punct/7 President/PROPN/compound/13 "
                              "Ana/PROPN/compound/13/PERSON Ruiz/PROPN/nsubj/14/PERSON said/VERB/ROOT/14 "
                              "./PUNCT/punct/14")
    assert actor_of(actors, doc, 11, 14).part_of == "chile"


def test_an_indefinite_state_or_government_is_no_actor(vocab):
    # "The two sides remain in a technical state of war ."
    actors, doc = make(vocab, "Korea/PROPN/nsubj/1/GPE remains/VERB/ROOT/1 in/ADP/prep/1 a/DET/det/5 "
                              "technical/ADJ/amod/5 state/NOUN/pobj/2 of/ADP/prep/5 war/NOUN/pobj/6 ./PUNCT/punct/1")
    assert actors.resolve(doc[3:8]) is None


def test_a_numbered_fleet_is_an_organization_not_a_person(vocab):
    actors, doc = make(vocab, "The/DET/det/2 Fifth/PROPN/compound/2/PERSON Fleet/PROPN/nsubj/3/PERSON "
                              "said/VERB/ROOT/3 ./PUNCT/punct/3")
    assert actor_of(actors, doc, 0, 3).kind == "organization"


def test_the_club_refers_to_a_club_named_after_its_city(vocab):
    # "Leicester City appealed . The club said ." ("Leicester City" tagged a place)
    actors, doc = make(vocab, "Leicester/PROPN/compound/1/GPE City/PROPN/nsubj/2/GPE appealed/VERB/ROOT/2 "
                              "./PUNCT/punct/2 The/DET/det/5 club/NOUN/nsubj/6 said/VERB/ROOT/6 ./PUNCT/punct/6")
    assert actor_of(actors, doc, 4, 6).label == "Leicester City"


def test_an_anonymous_official_takes_the_state_where_things_happen(vocab):
    # "Saudi jets struck targets in Yemen , a health official said ."
    actors, doc = make(vocab, "Saudi/ADJ/amod/1/NORP jets/NOUN/nsubj/2 struck/VERB/ccomp/10 targets/NOUN/dobj/2 "
                              "in/ADP/prep/2 Yemen/PROPN/pobj/4/GPE ,/PUNCT/punct/10 a/DET/det/9 health/NOUN/compound/9 "
                              "official/NOUN/nsubj/10 said/VERB/ROOT/10 ./PUNCT/punct/10")
    assert actor_of(actors, doc, 7, 10).part_of == "yemen"


def test_l_instance_is_not_an_organization_whose_name_starts_with_another_kind(vocab):
    # « La Fédération ivoirienne de football accuse la CAF . L'instance dément . »
    actors, doc = make(vocab, "La/DET/det/1 Fédération/NOUN/nsubj/5/ORG ivoirienne/ADJ/amod/1/ORG de/ADP/case/4/ORG "
                              "football/NOUN/nmod/1/ORG accuse/VERB/ROOT/5 la/DET/det/7 CAF/PROPN/obj/5/ORG "
                              "./PUNCT/punct/5 L'/DET/det/10 instance/NOUN/nsubj/11 dément/VERB/ROOT/11 ./PUNCT/punct/11",
                       "fr")
    assert actor_of(actors, doc, 9, 11).label == "CAF"
