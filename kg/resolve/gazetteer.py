"""Named things kg knows before reading an article, loaded once from ``ontology/gazetteer/``:

- states (``countries.tsv`` + ``state_aliases.tsv``): names, capitals, demonyms and adjectives in
  English and French (French masculine, feminine and plural forms, English plural demonyms
  "the Azerbaijanis"), each pointing at candidate states with their Wikidata QIDs;
- seats of government (``metonyms.tsv``): "the Kremlin" = Russia, "the Pentagon" = the US defence ministry;
- international organizations (``organizations.tsv``), a few people with certain QIDs (``people.tsv``),
  and news outlets (``outlets.tsv``), which are never speakers;
- common given names and the gender they mark (``given_names.tsv``), for "he"/"she".

Every table is keyed by `kg.resolve.names.fold` of the form, so a lookup is one dict access.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from kg.paths import ontology_file
from kg.resolve.names import fold, person_key, slug, surname_key

# how a form points at a state
NAME, CAPITAL, DEMONYM, PEOPLE = "name", "capital", "demonym", "people"
TERRITORY = "territory"  # an organization kind: a de-facto state or breakaway region (territories.tsv)


@dataclass(frozen=True)
class State:
    iso3: str
    wikidata: str
    name_en: str
    name_fr: str
    demonym_en: str
    id: str = ""  # the state's actor id: the slug of its English name ("azerbaijan", "united-states")

    def __post_init__(self):
        if not self.id:
            object.__setattr__(self, "id", slug(self.name_en))


@dataclass(frozen=True)
class StateForm:
    """One way of writing a state: ``how`` is name | capital | demonym | people (plural demonym noun)."""

    iso3: str
    how: str
    lowercase_ok: bool  # French adjectives are written in lower case (« l'armée azerbaïdjanaise »)


@dataclass(frozen=True)
class Metonym:
    iso3: str
    institution: str | None  # institution kind, None = the state itself


@dataclass(frozen=True)
class Organization:
    label: str
    wikidata: str | None
    acronyms: frozenset[str]  # matched case-sensitively
    lowercase: frozenset[str] = frozenset()  # folded forms news writes in lower case (« les shebab »)
    kind: str | None = None  # intergovernmental | ngo | sport | armed | political | territory (territories.tsv)

    @property
    def id(self) -> str:
        return "org." + slug(self.label)


@dataclass(frozen=True)
class KnownPerson:
    label: str
    wikidata: str | None
    iso3: str | None
    gender: str | None = None
    role: str | None = None  # best-known office, a role of titles.tsv ("Prime Minister")


@dataclass(frozen=True)
class Gazetteer:
    states: dict  # iso3 -> State
    state_forms: dict  # folded form -> tuple[StateForm, ...], the preferred one first
    metonyms: dict  # folded form -> Metonym
    organizations: dict  # folded form -> Organization
    people: dict  # folded form -> KnownPerson
    outlets: frozenset  # folded outlet names
    outlet_spellings: dict  # folded outlet name -> the name as spelled (accents matter: Libération)
    max_form_chars: int  # longest folded form of any table: bounds phrase matching
    named: dict = field(default_factory=dict)  # folded form -> ((table, key), ...): every table above at once
    named_prefixes: frozenset = frozenset()  # prefixes of the forms' first words: most tokens start none
    states_by_id: dict = field(default_factory=dict)  # state id -> State
    people_by_surname: dict = field(default_factory=dict)  # surname key -> KnownPerson, when only one has it
    given_names: dict = field(default_factory=dict)  # folded given name -> "m" | "f"
    people_by_key: dict = field(default_factory=dict)  # transliteration-folded full name -> KnownPerson

    def known_person(self, name: str) -> KnownPerson | None:
        """The person of ``people.tsv`` a full name is, in any of its spellings (Netanyahou, Netanyahu)."""
        return self.people.get(fold(name)) or self.people_by_key.get(person_key(name))

    def lookup(self, text: str) -> tuple[State, str] | None:
        """The preferred state a form names, and how (name, capital, demonym, people)."""
        forms = self.state_forms.get(fold(text))
        if not forms:
            return None
        return self.states[forms[0].iso3], forms[0].how

    def state_candidates(self, text: str) -> tuple[StateForm, ...]:
        return self.state_forms.get(fold(text), ())

    def state(self, iso3: str) -> State:
        return self.states[iso3]


def _rows(name: str) -> Iterator[dict]:
    with ontology_file("gazetteer", name).open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _split(values: str | None) -> list[str]:
    return [v.strip() for v in (values or "").split("|") if v.strip()]


def english_plural(demonym: str) -> str | None:
    """"Azerbaijani" -> "Azerbaijanis"; none for "French", "Chinese", "Swiss" (used with "the" as is)."""
    if demonym.endswith(("sh", "ch", "ese", "ss", "s", "x", "z")):
        return None
    return demonym + "s"


def french_plural(adjective: str) -> str:
    """« arménien » -> « arméniens »; « azerbaïdjanais » stays."""
    return adjective if adjective.endswith(("s", "x")) else adjective + "s"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    states: dict[str, State] = {}
    forms: dict[str, list[StateForm]] = {}

    def put(value: str, iso3: str, how: str, lowercase_ok: bool = False, first: bool = False) -> None:
        key = fold(value)
        if not key:
            return
        entries = forms.setdefault(key, [])
        entry = StateForm(iso3, how, lowercase_ok)
        if first:  # state_aliases.tsv pins the form to this state (and says how it names it)
            entries[:] = [entry] + [e for e in entries if e.iso3 != iso3]
            return
        for n, e in enumerate(entries):
            if e.iso3 == iso3:
                if lowercase_ok and not e.lowercase_ok:  # "Burkinabe" (English) is « burkinabè » in French
                    entries[n] = StateForm(iso3, e.how, True)
                return
        entries.append(entry)

    for row in _rows("countries.tsv"):
        iso3 = row["iso3"]
        states[iso3] = State(iso3, row["wikidata"], row["name_en"], row["name_fr"], row["demonym_en"])
        for col in ("name_en", "name_fr", "alt_names_en", "alt_names_fr"):
            for v in _split(row[col]):
                put(v, iso3, NAME)
        for col in ("capital_en", "capital_fr"):
            for v in _split(row[col]):
                put(v, iso3, CAPITAL)
        for v in _split(row["demonym_en"]):
            put(v, iso3, DEMONYM)
            plural = english_plural(v)
            if plural:
                put(plural, iso3, PEOPLE)
        for col in ("demonym_fr_m", "demonym_fr_f"):
            for v in _split(row[col]):
                put(v, iso3, DEMONYM, lowercase_ok=True)
                put(french_plural(v), iso3, DEMONYM, lowercase_ok=True)
    for row in _rows("state_aliases.tsv"):
        iso3, how = row["iso3"], row["how"]
        lower = how == DEMONYM and row["form"][:1].islower()
        put(row["form"], iso3, how, lowercase_ok=lower, first=True)
        if how == DEMONYM and lower:
            put(french_plural(row["form"]), iso3, how, lowercase_ok=True, first=True)
        elif how == DEMONYM and english_plural(row["form"]):
            put(english_plural(row["form"]), iso3, PEOPLE, first=True)
    # A form that is the name or capital of one state beats the same form as another's demonym.
    state_forms = {k: tuple(sorted(v, key=lambda e: e.how == DEMONYM)) if len(v) > 1 else tuple(v)
                   for k, v in forms.items()}

    metonyms = {fold(r["form"]): Metonym(r["iso3"], r["institution"] or None) for r in _rows("metonyms.tsv")}

    organizations: dict[str, Organization] = {}
    for r in _rows("organizations.tsv"):
        names = _split(r["forms"])
        org = Organization(r["label"], r["wikidata"] or None,
                           frozenset(n for n in names if n.replace(".", "").replace("-", "").replace("/", "").isupper()),
                           frozenset(fold(n) for n in names if n[:1].islower()), r.get("kind") or None)
        for n in [r["label"], *names]:
            organizations.setdefault(fold(n), org)
    for r in _rows("territories.tsv"):  # de-facto states and breakaway regions: one actor in both languages
        names = _split(r["forms"])
        org = Organization(r["label"], r["wikidata"] or None, frozenset(n for n in names if n.isupper()),
                           kind=TERRITORY)
        for n in [r["label"], *names]:
            organizations.setdefault(fold(n), org)

    people: dict[str, KnownPerson] = {}
    for r in _rows("people.tsv"):
        person = KnownPerson(r["label"], r["wikidata"] or None, r["state"] or None, r["gender"] or None,
                             r["role"] or None)
        for n in [r["label"], *_split(r["forms"])]:
            people.setdefault(fold(n), person)

    spellings = {fold(r["name"]): r["name"] for r in _rows("outlets.tsv")}
    outlets = frozenset(spellings)
    named: dict[str, tuple] = {}
    for what, table in (("outlet", outlets), ("org", organizations), ("metonym", metonyms), ("person", people),
                        ("state", state_forms)):
        for k in table:
            named[k] = named.get(k, ()) + (what,)
    longest = max(len(k) for k in named)
    surnames: dict[str, set] = {}
    for person in set(people.values()):
        for form in [person.label, *[k for k, v in people.items() if v == person]]:
            surnames.setdefault(surname_key(form), set()).add(person)
    by_surname = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1 and k}
    given = {fold(r["name"]): r["gender"] for r in _rows("given_names.tsv")}
    by_key: dict[str, set] = {}
    for form, person in people.items():
        by_key.setdefault(person_key(form), set()).add(person)
    return Gazetteer(states, state_forms, metonyms, organizations, people, outlets, spellings, longest,
                     named, first_word_prefixes(named), {st.id: st for st in states.values()}, by_surname, given,
                     {k: next(iter(v)) for k, v in by_key.items() if len(v) == 1 and k})


def first_word_prefixes(forms) -> frozenset:
    """Every prefix of every form's first word: a token whose folded text is none of them starts no form."""
    out = set()
    for k in forms:
        first = k.split(" ")[0]
        for n in range(1, len(first) + 1):
            out.add(first[:n])
    return frozenset(out)
