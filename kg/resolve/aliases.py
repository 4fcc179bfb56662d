"""Which surfaces of an actor's mentions are names of it (aliases users can search by).

A mention found by coreference or a definite description is right in its sentence ("its troops",
« son voisin », "the ministry", "Officials", « les militaires »), but the phrase names the actor only
there: as an alias it would make "son voisin" find Azerbaijan across the corpus. A surface is a name
when it holds a proper name (a capitalized word that is not a title or a common noun of the lexicon,
not capitalized only because it starts a sentence) or a state's name or demonym (French demonyms are
lower case: « l'armée azerbaïdjanaise »), and it does not start with a pronoun, a possessive, a
demonstrative, an indefinite article or a common noun without an article ("partie de l'Azerbaïdjan",
"army").
"""
from __future__ import annotations

from functools import lru_cache

from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.lexicon import load_lexicon
from kg.resolve.names import fold

# words that make a phrase point at an actor rather than name it
REFERRING_STARTS = {
    "en": frozenset({"its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "a", "an",
                     "another", "such", "both", "some", "several", "many", "other", "it", "he", "she", "they", "we"}),
    "fr": frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "ce",
                     "cet", "cette", "ces", "un", "une", "des", "autre", "autres", "plusieurs", "il", "elle", "ils",
                     "elles", "on", "nous", "certains", "certaines"}),
}
ARTICLES = {"en": frozenset({"the"}), "fr": frozenset({"le", "la", "les", "l'", "l"})}


def is_name(tokens, language: str) -> bool:
    """Whether the spaCy tokens of a mention's surface name the actor (see the module docstring)."""
    lang = language if language in REFERRING_STARTS else "en"
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return False
    first = fold(words[0].text)
    if first in REFERRING_STARTS[lang] or words[0].pos_ == "PRON" or "Yes" in words[0].morph.get("Poss"):
        return False
    gazetteer = load_gazetteer()
    named = [w for w in words if fold(w.text) not in ARTICLES[lang]]
    if named and fold(" ".join(w.text for w in named)) in gazetteer.named:
        return True  # a form of the gazetteer (« Organisation du traité de sécurité collective », « russe »)
    if first not in ARTICLES[lang] and words[0].text[:1].islower() and words[0].pos_ in ("NOUN", "ADJ"):
        return False  # "army", "partie de l'Azerbaïdjan", "new president": a description cut from its article
    return any(_names_something(t, lang) for t in words)


def _names_something(tok, language: str) -> bool:
    word = fold(tok.text)
    if load_gazetteer().state_candidates(tok.text):
        return True  # "Azerbaijani", « azerbaïdjanaise », "Baku"
    if not tok.text[:1].isupper() and not any(c.isdigit() for c in tok.text):
        return False
    if word in _common_words(language) or word in ARTICLES[language]:
        return False  # "the Prime Minister", "The ministry", "Le représentant"
    if tok.is_sent_start and tok.pos_ != "PROPN" and not tok.ent_type_:
        return False  # "Officials said": capitalized because it starts the sentence
    return True


@lru_cache(maxsize=4)
def _common_words(language: str) -> frozenset:
    """Words of the lexicon's titles, institution names and descriptions, singular and plural."""
    lex = load_lexicon(language)
    words = set()
    for table in (lex.titles, lex.institution_forms, lex.descriptions, lex.bodies):
        for form in table:
            words.update(form.replace("'", "' ").split())
    words |= {w + "s" for w in words} | {w + "x" for w in words if w.endswith("au")}
    return frozenset(words)
