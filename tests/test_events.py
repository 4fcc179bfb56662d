"""kg.events, model-free: Docs built by hand, so each rule is tested exactly (the lexicons are the real
data files). The slow tests at the end run the real spaCy models."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.events import (build_lexicon, event_id, extract_events, find_event_mentions, link_statements,
                       load_kinds, load_lexicon, owner_is_speaker, parse_rules, participant_tokens)
from kg.model import ActorMention, Article, Relation, Span

_VOCABS = {}


def make_doc(lang: str, rows, spaces=None) -> Doc:
    """rows: (word, lemma, pos, head index, dep[, morph]); the root is its own head."""
    vocab = _VOCABS.setdefault(lang, spacy.blank(lang).vocab)
    words = [r[0] for r in rows]
    if spaces is None:
        spaces = [i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))]
    return Doc(vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               heads=[r[3] for r in rows], deps=[r[4] for r in rows],
               morphs=[r[5] if len(r) > 5 else "" for r in rows])


def kinds(doc, lang="en"):
    lex = load_lexicon(lang)
    return [(m.kind, doc[m.trigger].text) for m in find_event_mentions(doc, lex)]


class CountryActors:
    """A stand-in for kg.resolve.ArticleActors: a span is an actor when it holds a known state's name."""

    NAMES = {"armenia": "AM", "arménie": "AM", "armenian": "AM", "azerbaijan": "AZ", "azerbaïdjan": "AZ",
             "azerbaijani": "AZ", "mali": "ML", "france": "FR", "french": "FR", "russia": "RU"}

    def __init__(self):
        self.used = []

    def resolve(self, span):
        for tok in span:
            actor = self.NAMES.get(tok.text.lower())
            if actor:
                self.used.append(actor)
                return ActorMention(actor, span.text, span.start_char, span.end_char)
        return None

    def actors(self):
        from kg.model import Actor
        names = {"AM": ("Armenia", "Q399"), "AZ": ("Azerbaijan", "Q227"), "ML": ("Mali", "Q912"),
                 "FR": ("France", "Q142"), "RU": ("Russia", "Q159")}
        return tuple(Actor(id=a, label=label, kind="state", wikidata=qid) for a, (label, qid) in names.items())


def relation(article: Article, rid: str, kind: str, source: str, start: int, end: int, *, target=None,
             cue=(0, 0), responds_to=()) -> Relation:
    span = Span(start, end, article.text[start:end])
    return Relation(id=rid, article=article.id, relation=kind,
                    source=ActorMention(source, source, 0, 0),
                    target=ActorMention(target, target, 0, 0) if target else None,
                    content=span, cue=Span(cue[0], cue[1], article.text[cue[0]:cue[1]]), evidence=span,
                    cameo="010", responds_to=tuple(responds_to))


# ----------------------------------------------------------------------------------------------------
# Trigger detection

VIOLATED_THE_CEASEFIRE = [("Azerbaijan", "Azerbaijan", "PROPN", 1, "nsubj"), ("violated", "violate", "VERB", 1, "ROOT"),
                          ("the", "the", "DET", 3, "det"), ("ceasefire", "ceasefire", "NOUN", 1, "dobj"),
                          (".", ".", "PUNCT", 1, "punct")]


def test_a_trigger_with_its_context_word_makes_the_specific_kind_and_the_context_is_no_event():
    assert kinds(make_doc("en", VIOLATED_THE_CEASEFIRE)) == [("ceasefire_violation", "violated")]


def test_the_context_word_alone_is_its_own_kind():
    doc = make_doc("en", [("The", "the", "DET", 1, "det"), ("ceasefire", "ceasefire", "NOUN", 2, "nsubj"),
                          ("holds", "hold", "VERB", 2, "ROOT")])
    assert kinds(doc) == [("ceasefire", "ceasefire")]


def test_a_hyphenated_word_split_into_tokens_is_one_word():
    rows = [("Cease", "cease", "NOUN", 2, "compound"), ("-", "-", "PUNCT", 2, "punct"),
            ("fire", "fire", "NOUN", 3, "compound"), ("violations", "violation", "NOUN", 4, "nsubj"),
            ("continued", "continue", "VERB", 4, "ROOT")]
    doc = make_doc("en", rows, spaces=[False, False, True, True, False])
    found = find_event_mentions(doc, load_lexicon("en"))
    assert [(m.kind, doc[m.trigger].text) for m in found] == [("ceasefire_violation", "violations")]
    article = Article(id="a", text=doc.text, language="en")
    events, _ = extract_events(doc, article, [], CountryActors())
    assert [e.label for e in events] == ["Cease-fire violations"]
    assert article.text[events[0].evidence.start:events[0].evidence.end] == events[0].label


def test_a_context_word_too_far_away_does_not_count():
    # "violated" and "ceasefire" five tokens apart: the window is four
    rows = [("They", "they", "PRON", 1, "nsubj"), ("violated", "violate", "VERB", 1, "ROOT"),
            ("rules", "rule", "NOUN", 1, "dobj"), ("again", "again", "ADV", 1, "advmod"),
            ("and", "and", "CCONJ", 1, "cc"), ("again", "again", "ADV", 1, "advmod"),
            ("despite", "despite", "ADP", 1, "prep"), ("ceasefire", "ceasefire", "NOUN", 6, "pobj")]
    assert kinds(make_doc("en", rows)) == [("ceasefire", "ceasefire")]


def test_the_part_of_speech_must_fit():
    mass_grave = [("They", "they", "PRON", 1, "nsubj"), ("found", "find", "VERB", 1, "ROOT"),
                  ("a", "a", "DET", 4, "det"), ("mass", "mass", "NOUN", 4, "compound"),
                  ("grave", "grave", "NOUN", 1, "dobj"), ("of", "of", "ADP", 4, "prep"),
                  ("soldiers", "soldier", "NOUN", 5, "pobj")]
    assert kinds(make_doc("en", mass_grave)) == []
    massing = [("Azerbaijan", "Azerbaijan", "PROPN", 2, "nsubj"), ("is", "be", "AUX", 2, "aux"),
               ("massing", "mass", "VERB", 2, "ROOT"), ("troops", "troop", "NOUN", 2, "dobj")]
    assert kinds(make_doc("en", massing)) == [("troop_buildup", "massing")]


def test_a_french_infinitive_tagged_as_a_noun_after_its_marker_is_still_a_verb():
    rows = [("Erevan", "Erevan", "PROPN", 1, "nsubj"), ("accuse", "accuser", "VERB", 1, "ROOT"),
            ("l'", "le", "DET", 3, "det"), ("armée", "armée", "NOUN", 1, "obj"),
            ("de", "de", "ADP", 5, "mark"), ("franchir", "franchir", "NOUN", 3, "nmod"),
            ("la", "le", "DET", 7, "det"), ("frontière", "frontière", "NOUN", 5, "obj")]
    assert kinds(make_doc("fr", rows, spaces=[True, True, False, True, True, True, True, False]), "fr") == [
        ("border_violation", "franchir")]


def test_french_airspace_and_the_possessive_that_gives_the_accusers_territory():
    rows = [("La", "le", "DET", 1, "det"), ("France", "France", "PROPN", 3, "nsubj"),
            ("a", "avoir", "AUX", 3, "aux:tense"), ("violé", "violer", "VERB", 3, "ROOT"),
            ("son", "son", "DET", 5, "det", "Poss=Yes"), ("espace", "espace", "NOUN", 3, "obj"),
            ("aérien", "aérien", "ADJ", 5, "amod")]
    doc = make_doc("fr", rows)
    found = find_event_mentions(doc, load_lexicon("fr"))
    assert [(m.kind, doc[m.trigger].text, doc[m.context].text) for m in found] == [
        ("airspace_violation", "violé", "aérien")]
    assert owner_is_speaker(doc, found[0])


def test_french_ceasefire_violation():
    rows = [("Ils", "il", "PRON", 2, "nsubj"), ("ont", "avoir", "AUX", 2, "aux:tense"),
            ("violé", "violer", "VERB", 2, "ROOT"), ("le", "le", "DET", 4, "det"),
            ("cessez-le-feu", "cessez-le-feu", "NOUN", 2, "obj")]
    assert kinds(make_doc("fr", rows), "fr") == [("ceasefire_violation", "violé")]


def test_rules_with_a_context_are_tried_before_rules_without():
    rules = parse_rules([
        {"kind": "plain", "trigger": "strike", "pos": "NOUN", "context": "", "place": ""},
        {"kind": "air_strike", "trigger": "strike", "pos": "NOUN", "context": "air|drone", "place": ""},
    ])
    lex = build_lexicon(rules)
    air = make_doc("en", [("an", "an", "DET", 2, "det"), ("air", "air", "NOUN", 2, "compound"),
                          ("strike", "strike", "NOUN", 2, "ROOT")])
    other = make_doc("en", [("a", "a", "DET", 1, "det"), ("strike", "strike", "NOUN", 1, "ROOT")])
    assert [m.kind for m in find_event_mentions(air, lex)] == ["air_strike"]
    assert [m.kind for m in find_event_mentions(other, lex)] == ["plain"]


def test_every_kind_in_the_lexicons_is_declared_with_labels_in_both_languages():
    declared = load_kinds()
    for lang in ("en", "fr"):
        for rules in load_lexicon(lang).rules_by_trigger.values():
            for rule in rules:
                assert rule.kind in declared, f"{lang}: {rule.trigger} -> undeclared kind {rule.kind}"
    for kind in declared.values():
        assert kind.label_en and kind.label_fr and 0 < kind.weight <= 1
    # the same kinds in both languages: claims meet across languages on them
    en = {r.kind for rules in load_lexicon("en").rules_by_trigger.values() for r in rules}
    fr = {r.kind for rules in load_lexicon("fr").rules_by_trigger.values() for r in rules}
    assert en == fr == set(declared)


# ----------------------------------------------------------------------------------------------------
# Participants


def test_the_object_of_an_accusation_does_what_the_of_clause_says():
    # Armenia accused Azerbaijan of violating the ceasefire
    rows = [("Armenia", "Armenia", "PROPN", 1, "nsubj"), ("accused", "accuse", "VERB", 1, "ROOT"),
            ("Azerbaijan", "Azerbaijan", "PROPN", 1, "dobj"), ("of", "of", "ADP", 1, "prep"),
            ("violating", "violate", "VERB", 3, "pcomp"), ("the", "the", "DET", 6, "det"),
            ("ceasefire", "ceasefire", "NOUN", 4, "dobj")]
    doc = make_doc("en", rows)
    assert [t.text for t in participant_tokens(doc[4]) if t.pos_ == "PROPN"] == ["Azerbaijan"]


def test_the_subject_does_what_its_own_clause_says():
    # Azerbaijan denied violating the ceasefire
    rows = [("Azerbaijan", "Azerbaijan", "PROPN", 1, "nsubj"), ("denied", "deny", "VERB", 1, "ROOT"),
            ("violating", "violate", "VERB", 1, "xcomp"), ("the", "the", "DET", 4, "det"),
            ("ceasefire", "ceasefire", "NOUN", 2, "dobj")]
    doc = make_doc("en", rows)
    assert [t.text for t in participant_tokens(doc[2]) if t.pos_ == "PROPN"] == ["Azerbaijan"]


def test_a_demonym_and_the_subject_of_a_light_verb_take_part_but_not_the_speaker():
    # Armenia denounced the Azerbaijani offensive / Azerbaijan launched an offensive
    denounced = make_doc("en", [("Armenia", "Armenia", "PROPN", 1, "nsubj"), ("denounced", "denounce", "VERB", 1, "ROOT"),
                                ("the", "the", "DET", 4, "det"), ("Azerbaijani", "Azerbaijani", "ADJ", 4, "amod"),
                                ("offensive", "offensive", "NOUN", 1, "dobj")])
    tokens = participant_tokens(denounced[4], reporting=frozenset({1}))
    assert [t.text for t in tokens if t.text != "the"] == ["Azerbaijani"]
    launched = make_doc("en", [("Azerbaijan", "Azerbaijan", "PROPN", 1, "nsubj"), ("launched", "launch", "VERB", 1, "ROOT"),
                               ("an", "an", "DET", 3, "det"), ("offensive", "offensive", "NOUN", 1, "dobj")])
    assert [t.text for t in participant_tokens(launched[3])] == ["Azerbaijan"]


# ----------------------------------------------------------------------------------------------------
# The stage: time, place, merging, statement links


def _talks_doc():
    # Armenia said on Friday that talks were held in Geneva on Wednesday. The talks failed.
    rows = [("Armenia", "Armenia", "PROPN", 1, "nsubj"), ("said", "say", "VERB", 1, "ROOT"),
            ("on", "on", "ADP", 1, "prep"), ("Friday", "Friday", "PROPN", 2, "pobj"),
            ("that", "that", "SCONJ", 7, "mark"), ("talks", "talk", "NOUN", 7, "nsubjpass"),
            ("were", "be", "AUX", 7, "auxpass"), ("held", "hold", "VERB", 1, "ccomp"),
            ("in", "in", "ADP", 7, "prep"), ("Geneva", "Geneva", "PROPN", 8, "pobj"),
            ("on", "on", "ADP", 7, "prep"), ("Wednesday", "Wednesday", "PROPN", 10, "pobj"),
            (".", ".", "PUNCT", 1, "punct"),
            ("The", "the", "DET", 14, "det"), ("talks", "talk", "NOUN", 15, "nsubj"),
            ("failed", "fail", "VERB", 15, "ROOT"), (".", ".", "PUNCT", 15, "punct")]
    return make_doc("en", rows)


def test_event_time_is_the_events_own_not_the_reports_and_is_normalized():
    doc = _talks_doc()
    article = Article(id="a1", text=doc.text, language="en", date="2023-09-08")
    said = doc[1]
    claim = relation(article, "r1", "asserts", "AM", doc[4].idx, doc[11].idx + len(doc[11]),
                     cue=(said.idx, said.idx + len(said)))
    events, rels = extract_events(doc, article, [claim], CountryActors())
    talks = [e for e in events if e.kind == "talks"]
    assert len(talks) == 2  # "talks were held on Wednesday" and "the talks" (no time) are not merged
    held = talks[0]
    assert (held.time_text, held.time_start, held.time_end) == ("Wednesday", "2023-09-06", "2023-09-06")
    assert held.place == "Geneva" and held.place_wikidata is None
    assert rels[0].events == (held.id,)
    assert held.id == event_id("a1", "talks", held.evidence.start, held.evidence.end)
    assert article.text[held.evidence.start:held.evidence.end] == held.label == "talks"


def test_without_an_article_date_the_time_text_is_kept_and_no_date_invented():
    doc = _talks_doc()
    article = Article(id="a1", text=doc.text, language="en", date=None)
    events, _ = extract_events(doc, article, [], CountryActors())
    held = events[0]
    assert held.time_text == "Wednesday" and held.time_start is None and held.time_end is None


def test_a_country_after_a_locative_preposition_is_linked_to_the_gazetteer():
    rows = [("Clashes", "clash", "NOUN", 1, "nsubj"), ("erupted", "erupt", "VERB", 1, "ROOT"),
            ("in", "in", "ADP", 1, "prep"), ("Armenia", "Armenia", "PROPN", 2, "pobj")]
    doc = make_doc("en", rows)
    events, _ = extract_events(doc, Article(id="a", text=doc.text, language="en"), [], CountryActors())
    assert (events[0].kind, events[0].place, events[0].place_wikidata) == ("clashes", "Armenia", "Q399")


def test_the_country_that_modifies_the_context_word_is_the_place():
    # France violated Malian airspace
    rows = [("France", "France", "PROPN", 1, "nsubj"), ("violated", "violate", "VERB", 1, "ROOT"),
            ("Malian", "Malian", "ADJ", 3, "amod"), ("airspace", "airspace", "NOUN", 1, "dobj")]
    doc = make_doc("en", rows)
    events, _ = extract_events(doc, Article(id="a", text=doc.text, language="en"), [], CountryActors())
    e = events[0]
    assert (e.kind, e.place, e.place_wikidata, e.participants) == ("airspace_violation", "Mali", "Q912", ("FR",))


def test_a_possessive_territory_is_the_accusers():
    # Mali accused France of violating its airspace
    rows = [("Mali", "Mali", "PROPN", 1, "nsubj"), ("accused", "accuse", "VERB", 1, "ROOT"),
            ("France", "France", "PROPN", 1, "dobj"), ("of", "of", "ADP", 1, "prep"),
            ("violating", "violate", "VERB", 3, "pcomp"), ("its", "its", "PRON", 6, "poss", "Poss=Yes"),
            ("airspace", "airspace", "NOUN", 4, "dobj")]
    doc = make_doc("en", rows)
    article = Article(id="a", text=doc.text, language="en")
    accusation = relation(article, "r1", "accuses", "ML", 0, len(doc.text), target="FR",
                          cue=(doc[1].idx, doc[1].idx + len(doc[1])))
    events, rels = extract_events(doc, article, [accusation], CountryActors())
    e = events[0]
    assert (e.kind, e.place, e.place_wikidata) == ("airspace_violation", "Mali", "Q912")
    assert e.participants == ("FR",)  # the accused, not the accuser
    assert rels[0].events == (e.id,)


def test_repeated_mentions_are_one_event_and_a_denial_is_about_what_it_answers():
    # The Azerbaijani offensive began. Armenia condemned the offensive. Baku rejected the accusations.
    rows = [("The", "the", "DET", 2, "det"), ("Azerbaijani", "Azerbaijani", "ADJ", 2, "amod"),
            ("offensive", "offensive", "NOUN", 3, "nsubj"), ("began", "begin", "VERB", 3, "ROOT"),
            (".", ".", "PUNCT", 3, "punct"),
            ("Armenia", "Armenia", "PROPN", 6, "nsubj"), ("condemned", "condemn", "VERB", 6, "ROOT"),
            ("the", "the", "DET", 8, "det"), ("offensive", "offensive", "NOUN", 6, "dobj"),
            (".", ".", "PUNCT", 6, "punct"),
            ("Azerbaijan", "Azerbaijan", "PROPN", 11, "nsubj"), ("rejected", "reject", "VERB", 11, "ROOT"),
            ("the", "the", "DET", 13, "det"), ("accusations", "accusation", "NOUN", 11, "dobj"),
            (".", ".", "PUNCT", 11, "punct")]
    doc = make_doc("en", rows)
    article = Article(id="a", text=doc.text, language="en", date="2023-09-19")
    s2, s3 = doc[5:10], doc[10:15]
    claim = relation(article, "r1", "accuses", "AM", s2.start_char, s2.end_char, target="AZ",
                     cue=(doc[6].idx, doc[6].idx + len(doc[6])))
    denial = relation(article, "r2", "denies", "AZ", s3.start_char, s3.end_char, target="AM",
                      cue=(doc[11].idx, doc[11].idx + len(doc[11])), responds_to=["r1"])
    events, rels = extract_events(doc, article, [claim, denial], CountryActors())
    assert [e.kind for e in events] == ["offensive"]
    assert events[0].participants == ("AZ",)  # not Armenia, the one who condemned it
    assert events[0].label == "offensive" and events[0].evidence.start == doc[2].idx
    assert rels[0].events == rels[1].events == (events[0].id,)


def test_future_context_resolves_a_weekday_forwards():
    # The election is scheduled for Saturday (published on Friday 2023-09-08)
    rows = [("The", "the", "DET", 1, "det"), ("election", "election", "NOUN", 3, "nsubjpass"),
            ("is", "be", "AUX", 3, "auxpass"), ("scheduled", "schedule", "VERB", 3, "ROOT"),
            ("for", "for", "ADP", 3, "prep"), ("Saturday", "Saturday", "PROPN", 4, "pobj")]
    doc = make_doc("en", rows)
    events, _ = extract_events(doc, Article(id="a", text=doc.text, language="en", date="2023-09-08"), [], CountryActors())
    assert (events[0].kind, events[0].time_start) == ("election", "2023-09-09")


def test_link_statements_puts_the_main_event_first():
    a = Article(id="a", text="x" * 100, language="en")
    r = relation(a, "r1", "accuses", "AM", 10, 60)
    out = link_statements([r], [(40, 3, "e-deep"), (20, 1, "e-main"), (70, 0, "e-outside")])
    assert out[0].events == ("e-main", "e-deep")


def test_no_trigger_no_event_and_relations_unchanged():
    doc = make_doc("en", [("Officials", "official", "NOUN", 1, "nsubj"), ("spoke", "speak", "VERB", 1, "ROOT")])
    article = Article(id="a", text=doc.text, language="en")
    r = relation(article, "r1", "asserts", "AM", 0, len(doc.text))
    events, rels = extract_events(doc, article, [r], CountryActors())
    assert events == () and rels == [r]


# ----------------------------------------------------------------------------------------------------
# Real models


@pytest.mark.slow
def test_real_parse_english_article(nlp_en):
    from kg import nlp

    text = ("Armenia said on Friday that Azerbaijan had been massing troops along the border. "
            "Talks were held in Washington on 24 September. Azerbaijan denied violating the ceasefire.")
    article = Article(id="en1", text=text, language="en", date="2023-10-06")
    doc = nlp.parse(article)
    events, _ = extract_events(doc, article, [], CountryActors())
    by_kind = {e.kind: e for e in events}
    assert {"troop_buildup", "talks", "ceasefire_violation"} <= set(by_kind)
    assert by_kind["talks"].time_start == "2023-09-24"
    assert by_kind["talks"].place == "Washington"
    assert by_kind["troop_buildup"].time_start is None  # "on Friday" dates the statement
    assert "AZ" in by_kind["ceasefire_violation"].participants
    for e in events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text == e.label


@pytest.mark.slow
def test_real_parse_french_article(nlp_fr):
    from kg import nlp

    text = ("L'Arménie a accusé jeudi l'armée azerbaïdjanaise de violer le cessez-le-feu. "
            "Les pourparlers ont commencé vendredi à Genève.")
    article = Article(id="fr1", text=text, language="fr", date="2023-09-16")
    doc = nlp.parse(article)
    events, _ = extract_events(doc, article, [], CountryActors())
    by_kind = {e.kind: e for e in events}
    assert {"ceasefire_violation", "talks"} <= set(by_kind)
    assert by_kind["talks"].time_start == "2023-09-15"
    for e in events:
        assert text[e.evidence.start:e.evidence.end] == e.label


def test_a_place_name_with_of_inside_is_one_place():
    rows = [("Clashes", "clash", "NOUN", 1, "nsubj"), ("erupted", "erupt", "VERB", 1, "ROOT"),
            ("in", "in", "ADP", 1, "prep"), ("the", "the", "DET", 4, "det"), ("Gulf", "Gulf", "PROPN", 2, "pobj"),
            ("of", "of", "ADP", 4, "prep"), ("Aden", "Aden", "PROPN", 5, "pobj")]
    doc = make_doc("en", rows)
    events, _ = extract_events(doc, Article(id="a", text=doc.text, language="en"), [], CountryActors())
    assert (events[0].place, events[0].place_wikidata) == ("Gulf of Aden", None)


@pytest.mark.parametrize("lang,rows", [
    ("en", [("the", "the", "DET", 2, "det"), ("Pahalgam", "Pahalgam", "PROPN", 2, "compound"),
            ("attack", "attack", "NOUN", 2, "ROOT")]),
    ("fr", [("l'", "le", "DET", 1, "det"), ("attaque", "attaque", "NOUN", 1, "ROOT"), ("de", "de", "ADP", 3, "case"),
            ("Pahalgam", "Pahalgam", "PROPN", 1, "nmod")]),
])
def test_a_name_on_an_event_noun_that_is_no_actor_is_its_place(lang, rows):
    doc = make_doc(lang, rows, spaces=[lang == "en", True, True, False][: len(rows)])
    events, _ = extract_events(doc, Article(id="a", text=doc.text, language=lang), [], CountryActors())
    assert (events[0].kind, events[0].place, events[0].participants) == ("attack", "Pahalgam", ())


def test_a_name_on_an_event_noun_that_is_an_actor_takes_part():
    rows = [("l'", "le", "DET", 1, "det"), ("offensive", "offensive", "NOUN", 1, "ROOT"), ("de", "de", "ADP", 3, "case"),
            ("Azerbaïdjan", "Azerbaïdjan", "PROPN", 1, "nmod")]
    doc = make_doc("fr", rows, spaces=[False, True, True, False])
    events, _ = extract_events(doc, Article(id="a", text=doc.text, language="fr"), [], CountryActors())
    assert (events[0].place, events[0].participants) == (None, ("AZ",))
