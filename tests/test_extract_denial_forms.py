"""Denials the small parsers mis-read, written for these tests about conflicts not in the seeds.

1. A past participle of a cue verb after an auxiliary and an adverb (« a toujours nié », « ont
   catégoriquement démenti »): fr_core_news_sm tags the participle as an adverb or an adjective and
   hangs the subject as an adverb; the cue and its speaker must still be read.
2. A relative clause whose verb is a denial, « …, ce que Mogadiscio dément », "…, which Kyiv denies":
   its subject denies the claim of the main clause (target: the claimant, ``responds_to``: that claim).
   The tagger reads « dément » as the adjective (« insane »); after « que » and a noun phrase it is the
   clause's verb.
3. Saying the charged act never took place is a counter-account: "no such incident took place",
   "the incident never happened", « aucun incident de ce type n'a eu lieu », said by the accused after
   the charge, denies it.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
import spacy

from kg.extract.attribution import _auxiliary_before, _auxiliary_subject, _inverted_relative_subject, _que_before_subject, _subject_before, cue_reading, verb_like
from kg.extract import _denied_occurrence
from kg.extract.lexicon import load_lexicon
from kg.extract.syntax import Sentence


_VOCAB = spacy.blank("fr").vocab  # French lexical attributes (lower case forms), no model


def _doc(words, pos, heads, deps, lemmas):
    return Doc(_VOCAB, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas)


def _always_denied():
    # the small model's parse of « Kigali a toujours nié soutenir les rebelles . »
    return _doc(["Kigali", "a", "toujours", "nié", "soutenir", "les", "rebelles", "."],
                ["PROPN", "AUX", "ADV", "ADV", "VERB", "DET", "NOUN", "PUNCT"],
                [4, 4, 1, 1, 4, 6, 4, 4],
                ["advmod", "aux:tense", "advmod", "fixed", "ROOT", "det", "obj", "punct"],
                ["Kigali", "avoir", "toujours", "nier", "soutenir", "le", "rebelle", "."])


def test_a_participle_after_auxiliary_and_adverb_is_read_as_its_verb():
    doc = _always_denied()
    nie = doc[3]
    assert verb_like(nie)
    entry = cue_reading(nie, load_lexicon("fr"))
    assert entry is not None and entry.lemma == "nier" and entry.act == "deny"


def test_an_adverb_with_no_auxiliary_before_it_is_not_a_verb():
    # « toujours nié » with no auxiliary: nothing shows a verb
    doc = _doc(["Un", "fait", "toujours", "nié", "."], ["DET", "NOUN", "ADV", "ADV", "PUNCT"],
               [1, 1, 3, 1, 1], ["det", "ROOT", "advmod", "amod", "punct"],
               ["un", "fait", "toujours", "nier", "."])
    assert not verb_like(doc[3])


def test_a_name_hung_as_an_adverb_before_the_auxiliary_is_the_subject():
    doc = _always_denied()
    sent = Sentence(index=0, start=0, end=len(doc), heading=False)
    assert _subject_before(doc[3], sent).text == "Kigali"


@pytest.mark.slow
@pytest.mark.parametrize("text,speaker,accused", [
    ("Le Rwanda est accusé par Kinshasa de soutenir les rebelles du M23. Kigali a toujours nié soutenir les "
     "rebelles.", "rwanda", "dr-congo"),
    ("Kinshasa accuse le Rwanda de soutenir les rebelles du M23. Kigali a catégoriquement démenti ces "
     "accusations.", "rwanda", "dr-congo"),
])
def test_adverb_between_auxiliary_and_denial_participle(text, speaker, accused):
    from kg.model import Article
    from kg.pipeline import extract_article

    relations = extract_article(Article(id="t.txt", text=text, language="fr")).relations
    accusation, denial = relations
    assert accusation.relation == "accuses"
    assert denial.relation == "denies" and denial.source.actor == speaker and denial.target.actor == accused
    assert denial.responds_to == (accusation.id,)


def test_the_word_after_que_and_a_noun_phrase_is_read_as_a_verb():
    # the small model's parse of « , ce que le gouvernement malien dément . »
    doc = _doc([",", "ce", "que", "le", "gouvernement", "malien", "dément", "."],
               ["PUNCT", "PRON", "PRON", "DET", "NOUN", "ADJ", "ADV", "PUNCT"],
               [1, 1, 5, 4, 5, 1, 5, 1],
               ["punct", "ROOT", "mark", "det", "nsubj", "acl", "advmod", "punct"],
               [",", "ce", "que", "le", "gouvernement", "malien", "dément", "."])
    demente = doc[6]
    assert _que_before_subject(demente).i == 2
    entry = cue_reading(demente, load_lexicon("fr"))
    assert entry is not None and entry.lemma == "démentir"


def test_an_adjective_with_no_que_clause_is_not_a_verb():
    # « un projet dément »: the adjective, no clause
    doc = _doc(["un", "projet", "dément", "."], ["DET", "NOUN", "ADJ", "PUNCT"], [1, 1, 1, 1],
               ["det", "ROOT", "amod", "punct"], ["un", "projet", "dément", "."])
    assert _que_before_subject(doc[2]) is None
    assert cue_reading(doc[2], load_lexicon("fr")) is None


@pytest.mark.slow
@pytest.mark.parametrize("language,text,speaker,claimant", [
    ("fr", "Nairobi accuse les shebab d'avoir attaqué un camp militaire, ce que Mogadiscio dément.",
     "somalia", "kenya"),
    ("fr", "Kinshasa accuse le Rwanda d'avoir armé les rebelles, ce que le gouvernement rwandais dément.",
     "rwanda", "dr-congo"),
    ("fr", "Alger accuse le Maroc d'avoir violé la frontière, ce que Rabat a démenti.", "morocco", "algeria"),
    ("en", "Seoul accused Pyongyang of sending drones across the border, which Pyongyang denies.",
     "north-korea", "south-korea"),
])
def test_a_relative_clause_denial_answers_the_main_clause(language, text, speaker, claimant):
    from kg.model import Article
    from kg.pipeline import extract_article

    relations = extract_article(Article(id="t.txt", text=text, language=language)).relations
    accusation, denial = relations
    assert accusation.relation == "accuses" and accusation.source.actor == claimant
    assert denial.relation == "denies" and denial.source.actor == speaker and denial.target.actor == claimant
    assert denial.responds_to == (accusation.id,)
    assert denial.cue.start > accusation.cue.start


def _said_of(words, pos, heads, deps, lemmas, vocab):
    return Doc(vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas)


_EN_VOCAB = spacy.blank("en").vocab


def test_an_occurrence_with_a_negated_subject_is_denied():
    # "no such incident took place ." as en_core_web_sm parses it
    doc = _said_of(["no", "such", "incident", "took", "place", "."], ["DET", "ADJ", "NOUN", "VERB", "NOUN", "PUNCT"],
                   [2, 2, 3, 3, 3, 3], ["det", "amod", "nsubj", "ROOT", "dobj", "punct"],
                   ["no", "such", "incident", "take", "place", "."], _EN_VOCAB)
    en = load_lexicon("en")
    assert _denied_occurrence(doc[4], en)  # "took place", through its object noun
    assert not _denied_occurrence(doc[3], en)  # "take" alone is no word of occurrence


def test_an_affirmed_occurrence_is_not_denied():
    doc = _said_of(["the", "incident", "took", "place", "."], ["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                   [1, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj", "punct"],
                   ["the", "incident", "take", "place", "."], _EN_VOCAB)
    assert not _denied_occurrence(doc[3], load_lexicon("en"))


def test_a_negated_noun_that_is_no_object_is_no_occurrence():
    # "no place is safe ."
    doc = _said_of(["no", "place", "is", "safe", "."], ["DET", "NOUN", "AUX", "ADJ", "PUNCT"],
                   [1, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "acomp", "punct"],
                   ["no", "place", "be", "safe", "."], _EN_VOCAB)
    assert not _denied_occurrence(doc[1], load_lexicon("en"))


@pytest.mark.slow
@pytest.mark.parametrize("language,text,speaker,accuser", [
    ("en", "Manila accused Chinese coast guard ships of ramming a Philippine supply boat. Beijing said no such "
           "incident took place.", "china", "philippines"),
    ("en", "Manila accused Chinese coast guard ships of ramming a Philippine supply boat. Beijing said no such "
           "incident happened.", "china", "philippines"),
    ("en", "Manila accused Chinese coast guard ships of ramming a Philippine supply boat. Beijing said the "
           "incident never happened.", "china", "philippines"),
    ("fr", "Bamako accuse l'armée ivoirienne d'avoir bombardé un village. Abidjan affirme qu'aucun incident de ce "
           "type n'a eu lieu.", "ivory-coast", "mali"),
])
def test_saying_the_charged_act_never_took_place_denies_it(language, text, speaker, accuser):
    from kg.model import Article
    from kg.pipeline import extract_article

    relations = extract_article(Article(id="t.txt", text=text, language=language)).relations
    accusation, answer = relations
    assert accusation.relation == "accuses" and accusation.source.actor == accuser
    assert answer.relation == "denies" and answer.source.actor == speaker and answer.target.actor == accuser
    assert answer.responds_to == (accusation.id,)


@pytest.mark.slow
def test_saying_an_act_took_place_is_no_denial():
    from kg.model import Article
    from kg.pipeline import extract_article

    text = ("Manila accused Chinese coast guard ships of ramming a Philippine supply boat. Beijing said the incident "
            "took place inside Chinese waters.")
    relations = extract_article(Article(id="t.txt", text=text, language="en")).relations
    assert [(r.relation, r.responds_to) for r in relations if r.source.actor == "china"] == [("asserts", ())]


def test_an_auxiliary_tagged_as_a_verb_still_opens_the_verb_group():
    # « Kiev a toujours nié toute implication . » with « a » the root and « nié » an adjective object
    doc = _doc(["Kiev", "a", "toujours", "nié", "toute", "implication", "."],
               ["PROPN", "VERB", "ADV", "ADJ", "DET", "NOUN", "PUNCT"],
               [1, 1, 1, 1, 5, 1, 1],
               ["nsubj", "ROOT", "advmod", "obj", "det", "obj", "punct"],
               ["Kiev", "avoir", "toujours", "nier", "tout", "implication", "."])
    assert _auxiliary_before(doc[3]).i == 1
    assert cue_reading(doc[3], load_lexicon("fr")).lemma == "nier"
    assert _auxiliary_before(doc[5]) is None  # a noun after a determiner


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Moscou accuse Kiev d'avoir bombardé la centrale. Kiev a toujours nié toute implication.",
    "Moscou accuse Kiev d'avoir bombardé la centrale, ce que Kiev a toujours démenti.",
])
def test_a_denial_participle_after_an_auxiliary_tagged_as_the_verb(text):
    from kg.model import Article
    from kg.pipeline import extract_article

    relations = extract_article(Article(id="t.txt", text=text, language="fr")).relations
    accusation, denial = relations
    assert accusation.relation == "accuses" and accusation.target.actor == "ukraine"
    assert denial.relation == "denies" and denial.source.actor == "ukraine" and denial.target.actor == "russia"
    assert denial.responds_to == (accusation.id,)


def test_the_subject_of_the_word_the_auxiliary_hangs_on_speaks():
    # « Les autorités ont catégoriquement démenti . »: the parser made the adverb the verb
    doc = _doc(["Les", "autorités", "ont", "catégoriquement", "démenti", "."],
               ["DET", "NOUN", "AUX", "ADV", "ADJ", "PUNCT"],
               [1, 3, 3, 4, 4, 4],
               ["det", "nsubj", "aux:tense", "cc", "ROOT", "punct"],
               ["le", "autorité", "avoir", "catégoriquement", "démentir", "."])
    assert _auxiliary_subject(doc[4]).text == "autorités"


def test_a_participle_tagged_as_a_pronoun_after_an_auxiliary_is_a_verb():
    # « Les autorités ont démenti . » with « démenti » tagged as a pronoun; « ils ont eux » is no verb
    doc = _doc(["Les", "autorités", "ont", "démenti", "."], ["DET", "NOUN", "AUX", "PRON", "PUNCT"],
               [1, 3, 3, 3, 3], ["det", "nsubj", "aux:tense", "ROOT", "punct"],
               ["le", "autorité", "avoir", "démenti", "."])
    assert verb_like(doc[3]) and cue_reading(doc[3], load_lexicon("fr")).lemma == "démentir"
    pronoun = _doc(["ils", "ont", "eux", "."], ["PRON", "AUX", "PRON", "PUNCT"], [1, 1, 1, 1],
                   ["nsubj", "ROOT", "obj", "punct"], ["il", "avoir", "eux", "."])
    assert not verb_like(pronoun[2])


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Moscou accuse Kiev d'avoir bombardé la centrale. Les autorités ukrainiennes ont catégoriquement démenti.",
    "Moscou accuse Kiev d'avoir bombardé la centrale. Les autorités ukrainiennes ont démenti.",
    "Moscou accuse Kiev d'avoir bombardé la centrale. Le gouvernement ukrainien a fermement démenti.",
])
def test_a_denial_with_no_object_after_an_auxiliary(text):
    from kg.model import Article
    from kg.pipeline import extract_article

    relations = extract_article(Article(id="t.txt", text=text, language="fr")).relations
    accusation, denial = relations
    assert denial.relation == "denies" and denial.source.actor == "ukraine" and denial.target.actor == "russia"
    assert denial.responds_to == (accusation.id,)


@pytest.mark.slow
@pytest.mark.parametrize("text,evidence", [
    ("Moscou accuse Kiev d'avoir bombardé la centrale, ce que Kiev a toujours démenti.",
     "Moscou accuse Kiev d'avoir bombardé la centrale"),
    ("Kinshasa accuse le Rwanda d'avoir armé les rebelles, ce que le gouvernement rwandais dément.",
     "Kinshasa accuse le Rwanda d'avoir armé les rebelles"),
])
def test_the_accusation_evidence_closes_before_a_relative_denial(text, evidence):
    from kg.model import Article
    from kg.pipeline import extract_article

    accusation, denial = extract_article(Article(id="t.txt", text=text, language="fr")).relations
    assert accusation.evidence.text == evidence
    assert denial.evidence.text.startswith("ce que ")


def test_the_noun_phrase_after_ce_que_and_a_word_is_its_subject():
    # « , ce que nie le gouvernement malien . » with « nie » tagged as a noun
    doc = _doc([",", "ce", "que", "nie", "le", "gouvernement", "malien", "."],
               ["PUNCT", "PRON", "PRON", "NOUN", "DET", "NOUN", "ADJ", "PUNCT"],
               [1, 1, 5, 5, 5, 1, 5, 1],
               ["punct", "ROOT", "obj", "amod", "det", "acl:relcl", "amod", "punct"],
               [",", "ce", "que", "nie", "le", "gouvernement", "malien", "."])
    assert _inverted_relative_subject(doc[3]) == (4, 7)
    assert cue_reading(doc[3], load_lexicon("fr")).lemma == "nier"
    # « ce que le gouvernement … »: the word after « que » is a determiner, no verb
    assert _inverted_relative_subject(doc[4]) is None


@pytest.mark.slow
@pytest.mark.parametrize("text,speaker,claimant", [
    ("Moscou accuse Kiev d'avoir bombardé la centrale, ce que dément Kiev.", "ukraine", "russia"),
    ("Alger accuse le Maroc d'avoir violé la frontière, ce que nie le gouvernement marocain.", "morocco", "algeria"),
])
def test_a_relative_denial_with_its_subject_after_the_verb(text, speaker, claimant):
    from kg.model import Article
    from kg.pipeline import extract_article

    accusation, denial = extract_article(Article(id="t.txt", text=text, language="fr")).relations
    assert accusation.source.actor == claimant and accusation.evidence.text == text.split(", ce que")[0]
    assert denial.relation == "denies" and denial.source.actor == speaker and denial.target.actor == claimant
    assert denial.responds_to == (accusation.id,)
