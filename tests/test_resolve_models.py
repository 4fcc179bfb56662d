"""Actor resolution with the real spaCy models on short texts written for these tests (slow)."""
from __future__ import annotations

import pytest

from kg import nlp
from kg.model import Article
from kg.resolve import ArticleActors

pytestmark = pytest.mark.slow


def actors_of(text: str, language: str):
    article = Article(id="t.txt", text=text, language=language)
    doc = nlp.parse(article)
    return ArticleActors(doc, article), doc


def resolve(actors, doc, phrase: str, nth: int = 0):
    """The actor of the ``nth`` occurrence of ``phrase`` (None when it names none)."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    m = actors.resolve(span)
    return None if m is None else actors.actor(m.actor)


def test_english_wire_story():
    text = ("GOMA, March 3 (Reuters) - Rwanda's Foreign Ministry rejected the accusations on Monday. "
            "Yolande Uwase, spokeswoman for the Rwandan government, said Kinshasa was lying. "
            "She added that M23 rebels were not backed by Kigali. Uwase said the rebels had withdrawn.")
    actors, doc = actors_of(text, "en")
    assert resolve(actors, doc, "Reuters") is None
    assert resolve(actors, doc, "GOMA") is None
    assert resolve(actors, doc, "Rwanda's Foreign Ministry").id == "rwanda.foreign-ministry"
    uwase = resolve(actors, doc, "Yolande Uwase")
    assert (uwase.kind, uwase.part_of) == ("person", "rwanda")
    assert resolve(actors, doc, "She").id == uwase.id
    assert resolve(actors, doc, "Uwase", nth=1).id == uwase.id
    assert resolve(actors, doc, "Kinshasa").id == "dr-congo"
    m23 = resolve(actors, doc, "M23 rebels")
    assert (m23.id, m23.label) == ("org.m23", "M23")  # a name of organizations.tsv
    assert resolve(actors, doc, "the rebels").id == m23.id
    assert resolve(actors, doc, "the accusations") is None


def test_french_story_with_possessive_apposition_and_pronoun():
    text = ("Le ministère ivoirien de la Défense a démenti jeudi ces informations. "
            "Son porte-parole, Koffi Yao, a déclaré que l'armée ivoirienne n'avait pas franchi la frontière. "
            "Il a accusé Ouagadougou de mentir. La partie burkinabè n'a pas réagi.")
    actors, doc = actors_of(text, "fr")
    ministry = resolve(actors, doc, "Le ministère ivoirien de la Défense")
    assert (ministry.id, ministry.label) == ("ivory-coast.defence-ministry", "Ministry of Defence of Ivory Coast")
    yao = resolve(actors, doc, "Koffi Yao")
    assert (yao.kind, yao.part_of) == ("person", ministry.id)
    assert resolve(actors, doc, "Il").id == yao.id
    assert resolve(actors, doc, "l'armée ivoirienne").id == "ivory-coast.armed-forces"
    assert resolve(actors, doc, "Ouagadougou").id == "burkina-faso"
    assert resolve(actors, doc, "La partie burkinabè").id == "burkina-faso"


def test_byline_and_coast_guard():
    text = ("By Jane Smith with AFP\n\nThe Philippine coast guard accused China of firing water cannon "
            "at a supply boat. Beijing denied the claim and said Manila had provoked the incident.")
    actors, doc = actors_of(text, "en")
    assert resolve(actors, doc, "Jane Smith") is None
    assert resolve(actors, doc, "AFP") is None
    guard = resolve(actors, doc, "The Philippine coast guard")
    assert (guard.id, guard.part_of) == ("philippines.border-guard", "philippines")
    assert resolve(actors, doc, "Beijing").id == "china"
    assert resolve(actors, doc, "Manila").id == "philippines"


def test_company_dispute_and_definite_description():
    text = ("Nordwind Airlines accused the national aviation regulator of bias on Tuesday. "
            "The airline said it would appeal. Its chief executive, Petra Lind, called the ruling unfair.")
    actors, doc = actors_of(text, "en")
    airline = resolve(actors, doc, "Nordwind Airlines")
    assert (airline.id, airline.kind) == ("org.nordwind-airlines", "organization")
    assert resolve(actors, doc, "The airline").id == airline.id
    regulator = resolve(actors, doc, "the national aviation regulator")
    assert (regulator.kind, regulator.label) == ("organization", "National aviation regulator")
    lind = resolve(actors, doc, "Petra Lind")
    assert (lind.kind, lind.part_of) == ("person", airline.id)


def test_the_same_actors_in_an_english_and_a_french_article():
    en, d1 = actors_of("Ukrainian President Volodymyr Zelensky accused the Kremlin of lying. "
                       "Russia's Defence Ministry denied it.", "en")
    fr, d2 = actors_of("Le président ukrainien Volodymyr Zelensky a accusé le Kremlin de mentir. "
                       "Le ministère russe de la Défense a démenti.", "fr")
    assert resolve(en, d1, "Ukrainian President Volodymyr Zelensky").id == \
        resolve(fr, d2, "Le président ukrainien Volodymyr Zelensky").id
    assert resolve(en, d1, "the Kremlin").id == resolve(fr, d2, "le Kremlin").id == "russia"
    assert resolve(en, d1, "Russia's Defence Ministry").id == \
        resolve(fr, d2, "Le ministère russe de la Défense").id == "russia.defence-ministry"


def test_seeds_every_mention_indexes_the_text(seeds_dir):
    from kg.ingest import iter_articles

    for item in iter_articles([str(seeds_dir)], 10_000_000):
        if not hasattr(item, "text"):
            continue
        actors = ArticleActors(nlp.parse(item), item)
        for m in actors.mentions():
            assert item.text[m.start:m.end] == m.surface
            assert actors.actor(m.actor) is not None
