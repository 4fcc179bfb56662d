"""Common-noun lexicons of actors, loaded once from ``ontology/gazetteer/``, per language:

- institution kinds and their forms (``institutions.tsv``): "Defense Ministry", « ministère des Armées »;
- titles and roles (``titles.tsv``): "Prime Minister", « porte-parole », honorifics (Mr, Mme);
- descriptions (``descriptions.tsv``): group nouns ("separatists"), organization nouns ("party",
  « groupe »), statement nouns ("statement", « communiqué »);
- bodies (``bodies.tsv``): what an organization or a state sets up or sends ("a UN probe", « la mission
  de l'ONU »).

Forms are keyed by `kg.resolve.names.fold`; multi-word forms are matched on token sequences by
`kg.resolve.phrases`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kg.resolve.gazetteer import _rows, _split, first_word_prefixes
from kg.resolve.names import fold

GOVERNMENT = "government"
SIDE = "side"


@dataclass(frozen=True)
class InstitutionKind:
    kind: str
    label: str  # template: {state}, {demonym}
    is_state_itself: bool  # "the Azerbaijani government" is Azerbaijan
    bare_takes_context: bool  # "the army" alone means the army of the state the article is about


@dataclass(frozen=True)
class Title:
    form: str
    institution: str | None  # institution kind the holder belongs to; None: what the title names
    gender: str | None  # "m" | "f" | None
    role: str  # canonical English role ("Prime Minister")
    honorific: bool
    iso3: str | None = None  # the one state whose office has this name (« ministre des Armées »)
    language: str = "en"

    @property
    def head(self) -> str:
        """The role noun a definite description repeats: "the minister" for "Defence Minister"."""
        words = self.form.split()
        if len(words) == 1:
            return words[0]
        if self.language == "fr":
            # French nouns come before their adjectives (« procureur général », « source militaire »),
            # except a few adjectives (« premier ministre », « haut responsable »)
            return words[-1] if words[0] in _FRENCH_PREPOSED and len(words) == 2 else words[0]
        if words[1] in ("of", "for", "to") or (words[-1] == "general" and words[0] not in _RANKS_BEFORE_GENERAL
                                               and len(words) == 2):
            return words[0]  # "minister of defence", "secretary general"
        return words[-1]


_FRENCH_PREPOSED = frozenset({"premier", "premiere", "haut", "haute", "vice", "ancien", "ancienne", "grand", "sous"})
_RANKS_BEFORE_GENERAL = frozenset({"lieutenant", "major", "brigadier"})  # "lieutenant general" is a general


@dataclass(frozen=True)
class Lexicon:
    language: str
    institution_kinds: dict  # kind -> InstitutionKind
    institution_forms: dict  # folded form -> kind
    titles: dict  # folded form -> Title
    descriptions: dict  # folded noun -> category: group | organization | statement | member | pair
    armed_nouns: frozenset  # nouns of armed groups: "the insurgents" may be "the rebels" named before
    ministry_nouns: frozenset  # "ministry", « ministère »: a ministry of unsaid kind
    org_generic_nouns: frozenset  # nouns that end an organization's descriptive name
    institution_prefixes: frozenset = frozenset()  # prefixes of first words (see gazetteer.first_word_prefixes)
    title_prefixes: frozenset = frozenset()
    description_prefixes: frozenset = frozenset()
    longest_institution: int = 0
    longest_title: int = 0
    longest_description: int = 0
    bodies: dict = field(default_factory=dict)  # folded form -> canonical English label ("investigation")
    body_prefixes: frozenset = frozenset()
    longest_body: int = 0
    description_labels: dict = field(default_factory=dict)  # folded group phrase -> canonical English label
    qualifiers: dict = field(default_factory=dict)  # folded adjective -> organization kind ("armed" -> armed)


@lru_cache(maxsize=None)
def load_lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` ("en" or "fr"); other languages get the English one."""
    lang = language if language in ("en", "fr") else "en"
    kinds, forms = {}, {}
    for r in _rows("institutions.tsv"):
        kind = InstitutionKind(r["kind"], r["label"], r["organ"] == "self", r["bare"] == "context")
        kinds[kind.kind] = kind
        for f in _split(r[f"forms_{lang}"]):
            forms.setdefault(fold(f), kind.kind)
    titles = {}
    for r in _rows("titles.tsv"):
        if r["lang"] != lang:
            continue
        titles.setdefault(fold(r["form"]), Title(fold(r["form"]), r["institution"] or None, r["gender"] or None,
                                                 r["role"], r["honorific"] == "yes", r["state"] or None, lang))
    descriptions, armed, labels, qualifiers = {}, set(), {}, {}
    for r in _rows("descriptions.tsv"):
        if r["lang"] == lang and r["category"] == "qualifier":
            qualifiers[fold(r["noun"])] = r["class"]
        elif r["lang"] == lang:
            descriptions.setdefault(fold(r["noun"]), r["category"])
            if r.get("label"):
                labels[fold(r["noun"])] = r["label"]
            if r.get("class") == "armed":
                armed.add(fold(r["noun"]))
    ministry = frozenset({"ministry", "ministries"} if lang == "en" else {"ministere", "ministeres"})
    generic = frozenset(k for k, v in descriptions.items() if v in ("group", "organization"))
    bodies = {fold(r["form"]): r["label"] for r in _rows("bodies.tsv") if r["lang"] == lang}
    return Lexicon(lang, kinds, forms, titles, descriptions, frozenset(armed), ministry, generic,
                   first_word_prefixes(forms), first_word_prefixes(titles), first_word_prefixes(descriptions),
                   max(map(len, forms)), max(map(len, titles)), max(map(len, descriptions)),
                   bodies, first_word_prefixes(bodies), max(map(len, bodies)), labels, qualifiers)
