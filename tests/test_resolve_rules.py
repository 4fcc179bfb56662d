"""Actor resolution rules on Docs built by hand (no model): each test fixes the words, tags and
dependencies, so a rule is tested exactly. English and French, varied states, companies and groups.

A token is written ``word/POS/dep/head[/ENT][/Morph]`` with ``head`` the absolute index of its head;
``_`` in a word stands for a space inside the token.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.model import Article
from kg.resolve import ArticleActors
from kg.resolve.actor_ids import person_id

NO_SPACE_BEFORE = {",", ".", "'s", ")", ":", ";", "!", "?", "»"}
NO_SPACE_AFTER = {"(", "«", "l'", "d'", "L'", "D'", "qu'"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, spec: str, language: str = "en"):
    """An `ArticleActors` over the Doc written in ``spec``, and the Doc."""
    rows = [t.split("/") for t in spec.split()]
    words = [r[0].replace("_", " ") for r in rows]
    spaces = [not (i + 1 < len(words) and (words[i + 1] in NO_SPACE_BEFORE or w in NO_SPACE_AFTER))
              for i, w in enumerate(words)]
    spaces[-1] = False
    ents, morphs = [], []
    for i, r in enumerate(rows):
        ent = next((x for x in r[4:] if x.isupper()), None)
        morph = next((x for x in r[4:] if "=" in x), "")
        if ent:
            prev = next((x for x in rows[i - 1][4:] if x.isupper()), None) if i else None
            ents.append(("I-" if prev == ent else "B-") + ent)
        else:
            ents.append("O")
        morphs.append(morph)
    doc = Doc(vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], deps=[r[2] for r in rows],
              heads=[int(r[3]) for r in rows], ents=ents, morphs=morphs, lemmas=[w.lower() for w in words])
    article = Article(id="hand.txt", text=doc.text, language=language)
    return ArticleActors(doc, article), doc


def actor_of(actors, doc, start, end):
    m = actors.resolve(doc[start:end])
    return None if m is None else actors.actor(m.actor)


# -- institutions ---------------------------------------------------------------------------------

def test_demonym_institution_is_part_of_its_state(vocab):
    actors, doc = make(vocab, "The/DET/det/3 Ethiopian/ADJ/amod/3/NORP Foreign/PROPN/compound/3 "
                              "Ministry/PROPN/nsubj/4 denied/VERB/ROOT/4 the/DET/det/6 report/NOUN/dobj/4 "
                              "./PUNCT/punct/4")
    a = actor_of(actors, doc, 0, 4)
    assert (a.id, a.label, a.kind, a.part_of) == ("ethiopia.foreign-ministry", "Ministry of Foreign Affairs of Ethiopia",
                                                  "organization", "ethiopia")
    assert actors.resolve(doc[5:7]) is None  # "the report" names no actor
    by_id = {x.id: x for x in actors.actors()}
    assert by_id["ethiopia"].wikidata == "Q115"  # the parent comes with the child


def test_possessive_state_and_of_state(vocab):
    actors, doc = make(vocab, "Sudan/PROPN/poss/3/GPE 's/PART/case/0 Defence/PROPN/compound/3 Ministry/PROPN/nsubj/4 "
                              "blamed/VERB/ROOT/4 the/DET/det/6 Ministry/PROPN/dobj/4 of/ADP/prep/6 "
                              "Foreign/PROPN/compound/9 Affairs/PROPN/pobj/7 of/ADP/prep/6 Chad/PROPN/pobj/10/GPE "
                              "./PUNCT/punct/4")
    assert actor_of(actors, doc, 0, 4).id == "sudan.defence-ministry"
    assert actor_of(actors, doc, 5, 12).id == "chad.foreign-ministry"


def test_french_adjective_inside_the_institution_name(vocab):
    actors, doc = make(vocab, "Le/DET/det/1 ministère/NOUN/nsubj/7 malien/ADJ/amod/1 des/ADP/case/4 "
                              "Affaires/NOUN/nmod/1 étrangères/ADJ/amod/4 a/AUX/aux:tense/7 démenti/VERB/ROOT/7 "
                              "./PUNCT/punct/7", "fr")
    a = actor_of(actors, doc, 0, 6)
    assert (a.id, a.label) == ("mali.foreign-ministry", "Ministry of Foreign Affairs of Mali")


def test_the_same_institution_has_one_id_in_english_and_french(vocab):
    en, doc_en = make(vocab, "The/DET/det/2 Malian/ADJ/amod/2 army/NOUN/nsubj/3 said/VERB/ROOT/3 ./PUNCT/punct/3")
    fr, doc_fr = make(vocab, "L'/DET/det/1 armée/NOUN/nsubj/3 malienne/ADJ/amod/1 affirme/VERB/ROOT/3 "
                             "./PUNCT/punct/3", "fr")
    a, b = actor_of(en, doc_en, 0, 3), actor_of(fr, doc_fr, 0, 3)
    assert a.id == b.id == "mali.armed-forces"
    assert a.label == b.label == "Armed Forces of Mali"


@pytest.mark.parametrize("spec, language, expected", [
    ("the/DET/det/2 Ukrainian/ADJ/amod/2 side/NOUN/nsubj/3 said/VERB/ROOT/3", "en", "ukraine"),
    ("la/DET/det/1 partie/NOUN/nsubj/3 ukrainienne/ADJ/amod/1 affirme/VERB/ROOT/3", "fr", "ukraine"),
    ("le/DET/det/1 gouvernement/NOUN/nsubj/3 burkinabè/ADJ/amod/1 dément/VERB/ROOT/3", "fr", "burkina-faso"),
    ("The/DET/det/2 Israeli/ADJ/amod/2 government/NOUN/nsubj/3 said/VERB/ROOT/3", "en", "israel"),
    ("Moscou/PROPN/nsubj/1/LOC dément/VERB/ROOT/1", "fr", "russia"),
    ("Beijing/PROPN/nsubj/1/GPE warned/VERB/ROOT/1", "en", "china"),
    ("The/DET/det/1 Kremlin/PROPN/nsubj/2/ORG denied/VERB/ROOT/2", "en", "russia"),
    ("l'/DET/det/1 Élysée/PROPN/nsubj/2/LOC dément/VERB/ROOT/2", "fr", "france"),
    ("The/DET/det/1 Pentagon/PROPN/nsubj/2/ORG said/VERB/ROOT/2", "en", "united-states.defence-ministry"),
    ("Peruvian/ADJ/amod/1/NORP diplomacy/NOUN/nsubj/2 protested/VERB/ROOT/2", "en", "peru.foreign-ministry"),
    ("la/DET/det/1 diplomatie/NOUN/nsubj/3 algérienne/ADJ/amod/1 dénonce/VERB/ROOT/3", "fr", "algeria.foreign-ministry"),
    ("The/DET/det/1 Iranians/PROPN/nsubj/2/NORP said/VERB/ROOT/2", "en", "iran"),
])
def test_metonyms_sides_governments_diplomacy(vocab, spec, language, expected):
    actors, doc = make(vocab, spec, language)
    assert actor_of(actors, doc, 0, len(doc) - 1).id == expected


def test_armed_groups_of_the_gazetteer_in_both_languages(vocab):
    en, d1 = make(vocab, "The/DET/det/1 RSF/PROPN/nsubj/2/ORG denied/VERB/ROOT/2 ./PUNCT/punct/2")
    fr, d2 = make(vocab, "Les/DET/det/1 Forces/PROPN/nsubj/5/ORG de/ADP/case/4 soutien/NOUN/nmod/1 rapide/ADJ/amod/3 "
                         "démentent/VERB/ROOT/5 ./PUNCT/punct/5", "fr")
    sh, d3 = make(vocab, "Les/DET/det/1 shebab/NOUN/nsubj/2 revendiquent/VERB/ROOT/2 ./PUNCT/punct/2", "fr")
    a, b = actor_of(en, d1, 0, 2), actor_of(fr, d2, 0, 5)
    assert a.id == b.id and a.label == "Rapid Support Forces"
    assert actor_of(sh, d3, 0, 2).label == "al-Shabaab"


def test_a_group_qualified_by_a_demonym_is_not_the_state(vocab):
    actors, doc = make(vocab, "Ethiopian/ADJ/amod/1/NORP rebels/NOUN/nsubj/2 attacked/VERB/ROOT/2 ./PUNCT/punct/2")
    a = actor_of(actors, doc, 0, 2)
    assert (a.kind, a.label, a.part_of) == ("group", "Ethiopian rebels", None)


# -- people ---------------------------------------------------------------------------------------

def test_title_and_demonym_make_a_person_part_of_the_state(vocab):
    actors, doc = make(vocab, "Ghanaian/ADJ/amod/3/NORP President/PROPN/compound/3 Kwame/PROPN/compound/3/PERSON "
                              "Mensah/PROPN/nsubj/4/PERSON accused/VERB/ROOT/4 Togo/PROPN/dobj/4/GPE ./PUNCT/punct/4 "
                              "Mensah/PROPN/nsubj/8/PERSON said/VERB/ROOT/8 ./PUNCT/punct/8")
    a = actor_of(actors, doc, 0, 4)
    assert (a.id, a.label, a.kind, a.part_of) == (person_id("Kwame Mensah"), "Kwame Mensah", "person", "ghana")
    assert actor_of(actors, doc, 7, 8).id == a.id  # the surname alone is the same person
    assert actor_of(actors, doc, 5, 6).id == "togo"


def test_apposition_gives_part_of_the_ministry_and_a_pronoun_refers_back(vocab):
    actors, doc = make(vocab, "Maria/PROPN/compound/1/PERSON Lopez/PROPN/nsubj/10/PERSON ,/PUNCT/punct/1 "
                              "spokeswoman/NOUN/appos/1 for/ADP/prep/3 the/DET/det/8 Chilean/ADJ/amod/8/NORP "
                              "Foreign/PROPN/compound/8 Ministry/PROPN/pobj/4 ,/PUNCT/punct/1 said/VERB/ROOT/10 "
                              "it/PRON/nsubj/12 was/AUX/ccomp/10 false/ADJ/acomp/12 ./PUNCT/punct/10 "
                              "She/PRON/nsubj/16 added/VERB/ROOT/16 ./PUNCT/punct/16")
    person = actor_of(actors, doc, 0, 9)
    assert (person.label, person.part_of) == ("Maria Lopez", "chile.foreign-ministry")
    assert actor_of(actors, doc, 15, 16).id == person.id
    ids = {a.id for a in actors.actors()}
    assert {"chile.foreign-ministry", "chile"} <= ids


def test_a_minister_is_part_of_the_ministry_the_title_names_even_when_it_is_not_named(vocab):
    # a minister is part of a ministry, which is part of a state (the ministry's id is the one it gets named)
    actors, doc = make(vocab, "Chilean/ADJ/amod/2/NORP Defence/PROPN/compound/2 Minister/PROPN/compound/4 "
                              "Ana/PROPN/compound/4/PERSON Rojas/PROPN/nsubj/5/PERSON spoke/VERB/ROOT/5 "
                              "./PUNCT/punct/5")
    assert actor_of(actors, doc, 0, 5).part_of == "chile.defence-ministry"
    by_id = {a.id: a for a in actors.actors()}
    assert by_id["chile.defence-ministry"].part_of == "chile" and "chile" in by_id


def test_a_role_without_a_name_is_the_named_holder(vocab):
    actors, doc = make(vocab, "Prime/PROPN/compound/1 Minister/PROPN/compound/3 Lena/PROPN/compound/3/PERSON "
                              "Novak/PROPN/nsubj/4/PERSON spoke/VERB/ROOT/4 ./PUNCT/punct/4 "
                              "The/DET/det/8 Slovenian/ADJ/amod/8/NORP prime/ADJ/amod/8 minister/NOUN/nsubj/9 "
                              "said/VERB/ROOT/9 ./PUNCT/punct/9")
    assert actor_of(actors, doc, 6, 9).id == actor_of(actors, doc, 0, 4).id == "person.lena-novak"


def test_a_role_of_a_state_with_no_holder_named_is_an_office(vocab):
    actors, doc = make(vocab, "The/DET/det/3 Nepali/ADJ/amod/3/NORP prime/ADJ/amod/3 minister/NOUN/nsubj/4 "
                              "said/VERB/ROOT/4 ./PUNCT/punct/4")
    a = actor_of(actors, doc, 0, 4)
    assert (a.id, a.label, a.kind, a.part_of) == ("nepal.role.prime-minister", "Prime Minister of Nepal", "person",
                                                  "nepal")


def test_known_person_in_both_languages(vocab):
    en, d1 = make(vocab, "Vladimir/PROPN/compound/1/PERSON Putin/PROPN/nsubj/2/PERSON said/VERB/ROOT/2")
    fr, d2 = make(vocab, "Vladimir/PROPN/nsubj/2/PER Poutine/PROPN/flat:name/0/PER a_déclaré/VERB/ROOT/2", "fr")
    a, b = actor_of(en, d1, 0, 2), actor_of(fr, d2, 0, 2)
    assert a.id == b.id and a.wikidata == b.wikidata == "Q7747"
    assert a.part_of == "russia"


def test_french_title_with_apposition(vocab):
    actors, doc = make(vocab, "Le/DET/det/1 porte-parole/NOUN/nsubj/8 du/ADP/case/3 Kremlin/PROPN/nmod/1/LOC "
                              ",/PUNCT/punct/5 Ivan/PROPN/appos/1/PER Sokolov/PROPN/flat:name/5/PER ,/PUNCT/punct/5 "
                              "affirme/VERB/ROOT/8 ./PUNCT/punct/8", "fr")
    a = actor_of(actors, doc, 0, 7)
    assert (a.label, a.part_of) == ("Ivan Sokolov", "russia")


# -- coreference ----------------------------------------------------------------------------------

def test_french_pronoun_agrees_in_gender(vocab):
    actors, doc = make(vocab, "Le/DET/det/1/Gender=Masc ministère/NOUN/nsubj/6/Gender=Masc ukrainien/ADJ/amod/1 "
                              "de/ADP/case/5 la/DET/det/5 Défense/NOUN/nmod/1 accuse/VERB/ROOT/6 "
                              "la/DET/det/8/Gender=Fem Russie/PROPN/obj/6/LOC/Gender=Fem ./PUNCT/punct/6 "
                              "Elle/PRON/nsubj/12/Gender=Fem a/AUX/aux:tense/12 démenti/VERB/ROOT/12 "
                              "./PUNCT/punct/12", "fr")
    assert actor_of(actors, doc, 0, 6).id == "ukraine.defence-ministry"
    assert actor_of(actors, doc, 10, 11).id == "russia"


def test_english_it_skips_people_and_he_skips_states(vocab):
    actors, doc = make(vocab, "Foreign/PROPN/compound/1 Minister/PROPN/compound/3 Omar/PROPN/compound/3/PERSON "
                              "Haddad/PROPN/nsubj/4/PERSON accused/VERB/ROOT/4 Lebanon/PROPN/dobj/4/GPE "
                              "./PUNCT/punct/4 It/PRON/nsubj/8 denied/VERB/ROOT/8 ./PUNCT/punct/8 "
                              "He/PRON/nsubj/11 insisted/VERB/ROOT/11 ./PUNCT/punct/11")
    assert actor_of(actors, doc, 7, 8).id == "lebanon"
    assert actor_of(actors, doc, 10, 11).label == "Omar Haddad"


def test_definite_descriptions_refer_back(vocab):
    actors, doc = make(vocab, "Marka/PROPN/compound/1/NORP rebels/NOUN/nsubj/2 attacked/VERB/ROOT/2 "
                              "a/DET/det/4 ship/NOUN/dobj/2 ./PUNCT/punct/2 The/DET/det/7 rebels/NOUN/nsubj/8 "
                              "said/VERB/ROOT/8 ./PUNCT/punct/8 Acme/PROPN/compound/11/ORG Shipping/PROPN/nsubj/12/ORG "
                              "said/VERB/ROOT/12 ./PUNCT/punct/12 The/DET/det/15 company/NOUN/nsubj/16 "
                              "added/VERB/ROOT/16 ./PUNCT/punct/16")
    rebels = actor_of(actors, doc, 0, 2)
    assert (rebels.id, rebels.label) == ("org.marka", "Marka")
    assert actor_of(actors, doc, 6, 8).id == rebels.id
    company = actor_of(actors, doc, 10, 12)
    assert (company.id, company.label) == ("org.acme-shipping", "Acme Shipping")
    assert actor_of(actors, doc, 14, 16).id == company.id


def test_the_ministry_refers_to_the_last_ministry(vocab):
    actors, doc = make(vocab, "The/DET/det/3 Turkish/ADJ/amod/3/NORP Defence/PROPN/compound/3 Ministry/PROPN/nsubj/4 "
                              "spoke/VERB/ROOT/4 ./PUNCT/punct/4 The/DET/det/7 ministry/NOUN/nsubj/8 "
                              "said/VERB/ROOT/8 ./PUNCT/punct/8")
    assert actor_of(actors, doc, 6, 8).id == actor_of(actors, doc, 0, 4).id == "turkiye.defence-ministry"


def test_a_possessive_pronoun_is_not_the_phrase_actor(vocab):
    actors, doc = make(vocab, "Serbia/PROPN/nsubj/1/GPE warned/VERB/ROOT/1 its/PRON/poss/3 neighbour/NOUN/dobj/1 "
                              "./PUNCT/punct/1")
    assert actors.resolve(doc[2:4]) is None


# -- what is never an actor -----------------------------------------------------------------------

def test_dateline_and_outlet_are_never_speakers(vocab):
    actors, doc = make(vocab, "KHARTOUM/PROPN/ROOT/0/GPE ,/PUNCT/punct/0 Sept./PROPN/npadvmod/0/DATE 4/NUM/nummod/2/DATE "
                              "(/PUNCT/punct/5 Xinhua/PROPN/appos/2/ORG )/PUNCT/punct/5 --/PUNCT/punct/0 "
                              "The/DET/det/10 Sudanese/ADJ/amod/10/NORP army/NOUN/nsubj/11 said/VERB/ROOT/11 "
                              "./PUNCT/punct/11")
    assert doc.text.startswith("KHARTOUM, Sept. 4 (Xinhua) -- The")
    assert actors.resolve(doc[5:6]) is None
    assert actors.resolve(doc[0:1]) is None
    assert actor_of(actors, doc, 8, 11).id == "sudan.armed-forces"


def test_a_name_glued_to_a_dateline_is_cut_from_it(vocab):
    actors, doc = make(vocab, "TBILISI/PROPN/ROOT/0 (Civil.ge)—Georgia/PROPN/nsubj/2 accused/VERB/ROOT/2 "
                              "Russia/PROPN/dobj/2/GPE ./PUNCT/punct/2")
    m = actors.resolve(doc[1:2])
    assert (m.actor, m.surface) == ("georgia", "Georgia")
    assert doc.text[m.start:m.end] == "Georgia"


def test_a_byline_outlet_is_not_an_actor(vocab):
    actors, doc = make(vocab, "Reuters/PROPN/nsubj/1/ORG reported/VERB/ROOT/1 ./PUNCT/punct/1")
    assert actors.resolve(doc[0:1]) is None


def test_offsets_index_the_article_text(vocab):
    actors, doc = make(vocab, "The/DET/det/2 Kenyan/ADJ/amod/2/NORP police/NOUN/nsubj/3 said/VERB/ROOT/3 ./PUNCT/punct/3")
    m = actors.resolve(doc[0:3])
    assert doc.text[m.start:m.end] == m.surface == "The Kenyan police"


# -- more patterns --------------------------------------------------------------------------------

def test_the_two_sides_are_the_last_two_actors(vocab):
    actors, doc = make(vocab, "Clashes/NOUN/nsubj/1 erupted/VERB/ROOT/1 between/ADP/prep/1 the/DET/det/5 "
                              "Somali/ADJ/amod/5/NORP army/NOUN/pobj/2 and/CCONJ/cc/5 al-Shabaab/PROPN/conj/5/ORG "
                              "./PUNCT/punct/1 The/DET/det/11 two/NUM/nummod/11 sides/NOUN/nsubj/12 "
                              "traded/VERB/ROOT/12 blame/NOUN/dobj/12 ./PUNCT/punct/12")
    both = actors.resolve_all(doc[9:12])
    assert [actors.actor(m.actor).id for m in both] == ["somalia.armed-forces", "org.al-shabaab"]


def test_coordinated_actors_resolve_one_by_one(vocab):
    actors, doc = make(vocab, "India/PROPN/nsubj/3/GPE and/CCONJ/cc/0 Pakistan/PROPN/conj/0/GPE "
                              "traded/VERB/ROOT/3 accusations/NOUN/dobj/3 ./PUNCT/punct/3")
    assert [m.actor for m in actors.resolve_all(doc[0:3])] == ["india", "pakistan"]


def test_an_acronym_in_parentheses_is_an_alias_of_the_name_before_it(vocab):
    actors, doc = make(vocab, "The/DET/det/4 Allied/PROPN/compound/4/ORG Patriotic/PROPN/compound/4/ORG "
                              "Front/PROPN/compound/4/ORG Congress/PROPN/nsubj/9/ORG (/PUNCT/punct/6 "
                              "APFC/PROPN/appos/4/ORG )/PUNCT/punct/6 ,/PUNCT/punct/4 "
                              "said/VERB/ROOT/9 ./PUNCT/punct/9 The/DET/det/12 APFC/PROPN/nsubj/13/ORG "
                              "denied/VERB/ROOT/13 ./PUNCT/punct/13")
    assert actor_of(actors, doc, 11, 13).id == actor_of(actors, doc, 0, 5).id


def test_the_north_is_the_state_named_north_in_the_article(vocab):
    actors, doc = make(vocab, "North/PROPN/compound/1/GPE Korea/PROPN/nsubj/2/GPE fired/VERB/ROOT/2 "
                              "./PUNCT/punct/2 The/DET/det/5 North/PROPN/nsubj/6 denied/VERB/ROOT/6 ./PUNCT/punct/6")
    assert actor_of(actors, doc, 4, 6).id == "north-korea"


def test_a_speaker_pronoun_skips_the_actors_quoted_before_it(vocab):
    actors, doc = make(vocab, "The/DET/det/3 Bolivian/ADJ/amod/3/NORP interior/NOUN/compound/3 minister/NOUN/nsubj/4 "
                              "spoke/VERB/ROOT/4 ./PUNCT/punct/4 \"/PUNCT/punct/8 Chile/PROPN/nsubj/8/GPE "
                              "lies/VERB/ccomp/11 \"/PUNCT/punct/8 ,/PUNCT/punct/11 he/PRON/nsubj/12 "
                              "said/VERB/ROOT/12 ./PUNCT/punct/12")
    assert doc.text.count('"') == 2
    a = actor_of(actors, doc, 11, 12)
    assert (a.kind, a.part_of) == ("person", "bolivia")


def test_the_institution_of_an_unknown_place_is_an_organization(vocab):
    actors, doc = make(vocab, "The/DET/det/3 Kharkiv/PROPN/compound/3 regional/ADJ/amod/3 "
                              "administration/NOUN/nsubj/4 said/VERB/ROOT/4 ./PUNCT/punct/4")
    a = actor_of(actors, doc, 0, 4)
    assert (a.kind, a.label) == ("organization", "Kharkiv regional administration")


def test_armed_group_nouns_refer_back_to_each_other(vocab):
    actors, doc = make(vocab, "Rebels/NOUN/nsubj/5 of/ADP/prep/0 the/DET/det/3 Kachin/PROPN/compound/4/ORG "
                              "Army/PROPN/pobj/1/ORG seized/VERB/ROOT/5 a/DET/det/7 town/NOUN/dobj/5 ./PUNCT/punct/5 "
                              "The/DET/det/10 insurgents/NOUN/nsubj/11 said/VERB/ROOT/11 ./PUNCT/punct/11")
    army = actor_of(actors, doc, 3, 5)
    assert army.label == "Kachin Army"
    assert actor_of(actors, doc, 0, 5).id == army.id
    assert actor_of(actors, doc, 9, 11).id == army.id


def test_french_organization_name_with_adjective_and_complement(vocab):
    actors, doc = make(vocab, "La/DET/det/1 Fédération/NOUN/nsubj/5/ORG malienne/ADJ/amod/1/ORG "
                              "de/ADP/case/4/ORG basketball/NOUN/nmod/1/ORG dénonce/VERB/ROOT/5 ./PUNCT/punct/5 "
                              "La/DET/det/8 fédération/NOUN/nsubj/9 ajoute/VERB/ROOT/9 ./PUNCT/punct/9", "fr")
    fed = actor_of(actors, doc, 0, 5)
    assert (fed.kind, fed.label) == ("organization", "Fédération malienne de basketball")
    assert actor_of(actors, doc, 7, 9).id == fed.id


def test_a_description_before_a_name_is_the_name(vocab):
    actors, doc = make(vocab, "Le/DET/det/1 syndicat/NOUN/nsubj/3 Solidaires/NOUN/flat:name/1 "
                              "accuse/VERB/ROOT/3 la/DET/det/5 direction/NOUN/obj/3 ./PUNCT/punct/3", "fr")
    a = actor_of(actors, doc, 0, 3)
    assert (a.kind, a.label) == ("organization", "Solidaires")


def test_a_body_of_an_organization_is_part_of_it_in_both_languages(vocab):
    en, d1 = make(vocab, "A/DET/det/3 United/PROPN/compound/2/ORG Nations/PROPN/compound/3/ORG probe/NOUN/nsubj/4 "
                         "said/VERB/ROOT/4 ./PUNCT/punct/4")
    fr, d2 = make(vocab, "Une/DET/det/1 enquête/NOUN/nsubj/5 de/ADP/case/4 l'/DET/det/4 ONU/PROPN/nmod/1/ORG "
                         "affirme/VERB/ROOT/5 ./PUNCT/punct/5", "fr")
    a, b = actor_of(en, d1, 0, 4), actor_of(fr, d2, 0, 5)
    assert a.id == b.id == "org.united-nations.investigation"
    assert (a.label, a.part_of) == ("United Nations investigation", "org.united-nations")
    m = en.resolve(d1[0:4])
    assert m.surface == "A United Nations probe"


def test_an_anonymous_source_and_the_same_source(vocab):
    actors, doc = make(vocab, "Une/DET/det/1 source/NOUN/nsubj/4 diplomatique/ADJ/amod/1 française/ADJ/amod/1 "
                              "affirme/VERB/ROOT/4 ./PUNCT/punct/4 La/DET/det/8 même/ADJ/amod/8 source/NOUN/nsubj/9 "
                              "ajoute/VERB/ROOT/9 ./PUNCT/punct/9", "fr")
    first = actor_of(actors, doc, 0, 4)
    assert (first.label, first.part_of) == ("French diplomatic source", "france")
    assert actor_of(actors, doc, 6, 9).id == first.id


def test_family_name_first_and_known_leaders_by_surname(vocab):
    actors, doc = make(vocab, "Spokesperson/NOUN/compound/2 Mao/PROPN/compound/2/PERSON Ning/PROPN/nsubj/3/PERSON "
                              "spoke/VERB/ROOT/3 ./PUNCT/punct/3 Ms./PROPN/compound/6 Mao/PROPN/nsubj/7/PERSON "
                              "added/VERB/ROOT/7 ./PUNCT/punct/7 Mr./PROPN/compound/10 Macron/PROPN/nsubj/11/PERSON "
                              "replied/VERB/ROOT/11 ./PUNCT/punct/11")
    assert actor_of(actors, doc, 5, 7).id == actor_of(actors, doc, 0, 3).id
    macron = actor_of(actors, doc, 9, 11)
    assert (macron.label, macron.part_of, macron.wikidata) == ("Emmanuel Macron", "france", "Q3052772")


def test_he_and_she_follow_given_names_and_french_determiners(vocab):
    actors, doc = make(vocab, "Igor/PROPN/compound/1/PERSON Sokolov/PROPN/nsubj/2/PERSON met/VERB/ROOT/2 "
                              "Anna/PROPN/compound/4/PERSON Petrova/PROPN/dobj/2/PERSON ./PUNCT/punct/2 "
                              "She/PRON/nsubj/7 said/VERB/ROOT/7 ./PUNCT/punct/7 He/PRON/nsubj/10 "
                              "agreed/VERB/ROOT/10 ./PUNCT/punct/10")
    assert actor_of(actors, doc, 6, 7).label == "Anna Petrova"
    assert actor_of(actors, doc, 9, 10).label == "Igor Sokolov"
    fr, d2 = make(vocab, "Le/DET/det/1 ministre/NOUN/nsubj/5 Claude/PROPN/appos/1/PER Moreau/PROPN/flat:name/2/PER "
                         "a/AUX/aux:tense/5 reçu/VERB/ROOT/5 la/DET/det/7 porte-parole/NOUN/obj/5 "
                         "Dominique/PROPN/appos/7/PER Lefort/PROPN/flat:name/8/PER ./PUNCT/punct/5 "
                         "Elle/PRON/nsubj/13 a/AUX/aux:tense/13 démenti/VERB/ROOT/13 ./PUNCT/punct/13", "fr")
    # neither given name is listed: « le ministre » and « la porte-parole » say who « elle » can be
    assert actor_of(fr, d2, 11, 12).label == "Dominique Lefort"
