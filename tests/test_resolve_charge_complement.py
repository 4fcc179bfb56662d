"""Where an object's name ends before the charge of « accuser X de Y » (Docs built by hand, no model).

The French tagger often runs an ORG entity over « de » + the charge (« la Fédération ougandaise de
rugby de corruption »); after the object of a verb of accusation, « de » + a wrongdoing noun of the
extraction lexicon is the charge, not the end of the name. A token is ``word/POS/dep/head[/ENT][/lemma]``.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.model import Article
from kg.resolve import ArticleActors

NO_SPACE_AFTER = {"l'", "d'", "L'"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("fr").vocab


def make(vocab, spec: str):
    rows = [t.split("/") for t in spec.split()]
    words = [r[0] for r in rows]
    spaces = [not (w in NO_SPACE_AFTER or (i + 1 < len(words) and words[i + 1] == ".")) for i, w in enumerate(words)]
    spaces[-1] = False
    ents, lemmas = [], []
    for i, r in enumerate(rows):
        ent = next((x for x in r[4:] if x.isupper()), None)
        lemmas.append(next((x for x in r[4:] if not x.isupper()), r[0].lower()))
        prev = next((x for x in rows[i - 1][4:] if x.isupper()), None) if i else None
        ents.append("O" if not ent else ("I-" if prev == ent else "B-") + ent)
    doc = Doc(vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], deps=[r[2] for r in rows],
              heads=[int(r[3]) for r in rows], ents=ents, lemmas=lemmas)
    return ArticleActors(doc, Article(id="hand.txt", text=doc.text, language="fr")), doc


def object_surface(vocab, verb: str, verb_lemma: str, complement: str) -> str:
    actors, doc = make(vocab, (
        "La/DET/det/1 Ligue/NOUN/nsubj/6/ORG kényane/ADJ/amod/1/ORG/kényan de/ADP/case/4/ORG rugby/NOUN/nmod/1/ORG "
        f"a/AUX/aux:tense/6/avoir {verb}/VERB/ROOT/6/{verb_lemma} la/DET/det/8 Fédération/NOUN/obj/6/ORG "
        "ougandaise/ADJ/amod/8/ORG/ougandais de/ADP/case/11/ORG rugby/NOUN/nmod/8/ORG " + complement + " ./PUNCT/punct/6"))
    m = actors.resolve(doc[7:len(doc) - 1])
    return None if m is None else m.surface


def test_the_charge_after_the_accused_is_not_part_of_its_name(vocab):
    surface = object_surface(vocab, "accusé", "accuser", "de/ADP/case/13/ORG corruption/NOUN/nmod/11/ORG")
    assert surface == "la Fédération ougandaise de rugby"


def test_a_complement_naming_no_wrongdoing_stays_in_the_name(vocab):
    # « de plage » (beach rugby) is no charge: the name the tagger gave is kept whole
    surface = object_surface(vocab, "accusé", "accuser", "de/ADP/case/13/ORG plage/NOUN/nmod/11/ORG")
    assert surface == "la Fédération ougandaise de rugby de plage"


def test_after_a_verb_that_accuses_no_one_the_name_is_kept(vocab):
    # « félicité X de Y » charges nobody: the parser's name is not cut
    surface = object_surface(vocab, "félicité", "féliciter", "de/ADP/case/13/ORG corruption/NOUN/nmod/11/ORG")
    assert surface == "la Fédération ougandaise de rugby de corruption"
