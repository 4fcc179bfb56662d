"""Actor mentions in a parsed article: one pass over the Doc, before any span is resolved.

Each recognizer is a function of the article's `Scan` (the Doc, its folded token view, the
gazetteer and the lexicon) that claims tokens and yields `Mention`s, in this order (earlier ones win
the tokens they claim):

1. named things (`named_things`): states by name, capital, demonym; seats of government (the Kremlin);
   international organizations; people with known QIDs; news outlets (mentions that are never actors);
2. institutions (`institutions`): "the Azerbaijani Defense Ministry", "Serbia's Defence Ministry",
   "the Ministry of Foreign Affairs of X", « le ministère marocain des Affaires étrangères »,
   "the Armenian military", « la partie russe », bare "the army" (resolved later by context);
3. titles (`titles`): "Prime Minister Nikol Pashinyan", "Ani Badalian, spokeswoman for the X
   Foreign Ministry", « le ministre algérien des Affaires étrangères, Ramdane Lamamra », and roles
   whose holder is not named ("the Armenian prime minister");
4. proper names (`proper_names`): runs of proper nouns and named entities not claimed above, as
   people or organizations; an acronym in parentheses becomes an alias of the name before it;
   a body an organization or a state sets up or sends (`bodies`: "a UN probe", « la mission de l'ONU »);
   a person's office (`offices`: "Netanyahu's office", « le cabinet de X », "his office");
5. descriptions (`descriptions`): group nouns ("Armenian separatists", "the rebels"), bare
   organization nouns ("the group", « le parti », "the international organization"), a state's body
   ("Venezuela's electoral council"), "the ministry", "its neighbour" / « son voisin », statement
   nouns whose author is named ("an X Foreign Ministry statement").

Names the article also uses as places ("in Kishishe", "the Lachin corridor") are never people;
months, weekdays and names used as adjectives of things ("an Orthodox monastery") are no actors.

A `Mention` says what its words name (a state, an institution kind and state, a name...); which
actor that is, with ids and part-of links, is decided by `kg.resolve.actor_ids` and
`kg.resolve.coreference` over the whole list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.extract.lexicon import load_lexicon as load_cue_lexicon
from kg.resolve.gazetteer import CAPITAL, DEMONYM, NAME, PEOPLE, TERRITORY, Gazetteer, KnownPerson, Organization
from kg.resolve.lexicon import Lexicon, Title
from kg.resolve.names import acronym_of, fold, is_acronym
from kg.resolve.phrases import TokenView, longest_match, longest_matches

# mention categories
STATE = "state"  # a state by name, capital, demonym, metonym
INSTITUTION = "institution"  # an institution kind of a state (the state may be unsaid: "the army")
MINISTRY = "ministry"  # "the ministry": a ministry of unsaid kind, refers back
PERSON = "person"  # a named person
ROLE = "role"  # a title whose holder is not named: "the Armenian prime minister", "the spokeswoman"
ORG = "org"  # a named organization (or a place speaking for its authorities)
GROUP = "group"  # a non-state collective: "Armenian separatists", "the rebels"
ORG_NOUN = "org_noun"  # "the group", « le parti »: refers back to an organization
OUTLET = "outlet"  # a news outlet: never an actor
BODY = "body"  # a body an owner sets up or sends: "a UN probe", « la mission de l'ONU »
NEIGHBOUR = "neighbour"  # "its neighbour", « son voisin »: another state than the possessor's
OFFICE = "office"  # "Netanyahu's office", « le cabinet de Macron »: the office of a person's role
NOT_AN_ACTOR = "not_an_actor"  # words that look like a name but name no actor ("Armenian-Azerbaijani talks")

DETERMINERS = {
    "en": frozenset({"the", "a", "an", "this", "that", "these", "those", "another"}),
    "fr": frozenset({"le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "ces"}),
}
DEFINITE = frozenset({"the", "this", "that", "these", "those", "le", "la", "l'", "les", "ce", "cet", "cette", "ces"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs"})
OF_WORDS = frozenset({"of", "for", "to", "at", "from", "de", "d'", "du", "des", "auprès", "pour"})
# adjectives that do not change which institution is meant ("the top military", « le gouvernement central »)
NEUTRAL_ADJECTIVES = frozenset({
    "top", "senior", "new", "current", "national", "federal", "central", "official", "regular", "own",
    "nouveau", "nouvelle", "actuel", "actuelle", "haut", "hauts", "national", "nationale", "nationaux",
    "fédéral", "federal", "central", "centrale", "officiel", "officielle", "régulier", "régulière", "propre",
})
NAME_JOINERS = frozenset({"-", "al", "el", "bin", "ben", "ibn", "abu", "de", "da", "van", "von", "der", "di", "la", "le", "du"})
PLURAL_ROLE_FORMS = {fold(k): fold(v) for k, v in {
    "officials": "official", "diplomats": "official", "leaders": "leader", "ministers": "minister",
    "responsables": "responsable", "dirigeants": "dirigeant", "ministres": "ministre",
    "representatives": "representative", "représentants": "représentant", "lawmakers": "lawmaker",
    "legislators": "legislator", "senators": "senator", "mps": "mp", "députés": "député", "sénateurs": "sénateur",
    "parlementaires": "parlementaire"}.items()}


@dataclass(frozen=True)
class Mention:
    start: int  # first token
    end: int  # token after the last
    category: str
    char_start: int = -1  # article offsets (a dateline can cut a token's start)
    char_end: int = -1
    iso3: str | None = None  # the state named or qualifying the mention
    kind: str | None = None  # institution kind (INSTITUTION), or a title's institution (PERSON, ROLE)
    name: str | None = None  # as written: a person's or organization's name, a group's label
    title: Title | None = None
    gender: str | None = None  # "m" | "f"
    plural: bool = False
    noun: str | None = None  # folded head noun a later definite description repeats
    definite: bool = False  # introduced by a definite article
    bare: bool = False  # nothing says which one: resolved by coreference or context
    attached: int | None = None  # token of the mention this one belongs to ("spokeswoman for <X>")
    possessor_pronoun: int | None = None  # token of "its" in "its troops"
    organization: Organization | None = None
    person: KnownPerson | None = None
    aliases: tuple[str, ...] = ()  # other names it is given here (an acronym in parentheses)
    statement: bool = False  # "an X statement": the statement stands for its author
    holder: int | None = None  # ROLE: token of the person named in apposition after the role's complement
    place: bool = False  # a place the gazetteer does not know: an actor only as a speaker ("Karabakh said")
    modifiers: tuple[str, ...] = ()  # folded adjectives of a description ("international" organization)
    seat: bool = False  # a state's government named by its seat: "the Tripoli government", « le gouvernement de Tripoli »
    name_state: str | None = None  # the state a demonym inside an organization's name names ("the Ethiopian
    # Human Rights Commission"): a sign of what the article is about, not an owner


@dataclass
class Scan:
    """What the recognizers share for one article."""

    doc: object
    text: str
    view: TokenView
    gazetteer: Gazetteer
    lexicon: Lexicon
    claimed: list = field(default_factory=list)  # token -> index in mentions, or None
    mentions: list = field(default_factory=list)

    def __post_init__(self):
        self.claimed = [None] * len(self.view)

    @property
    def language(self) -> str:
        return self.lexicon.language

    def free(self, i: int, j: int) -> bool:
        return all(self.claimed[k] is None for k in range(i, j))

    def add(self, m: Mention) -> Mention:
        m = replace(m, char_start=self.view.starts[m.start] if m.char_start < 0 else m.char_start,
                    char_end=self.view.ends[m.end - 1] if m.char_end < 0 else m.char_end)
        self.mentions.append(m)
        for k in range(m.start, m.end):
            self.claimed[k] = len(self.mentions) - 1
        return m

    def at(self, i: int) -> Mention | None:
        if 0 <= i < len(self.claimed) and self.claimed[i] is not None:
            return self.mentions[self.claimed[i]]
        return None

    def raw(self, i: int) -> str:
        return self.view.raw[i]

    def is_capitalized(self, i: int) -> bool:
        r = self.view.raw[i]
        return bool(r) and r[0].isupper()


def scan_mentions(doc, text: str, view: TokenView, gazetteer: Gazetteer, lexicon: Lexicon) -> list[Mention]:
    """Every actor mention of the article, in text order."""
    scan = Scan(doc, text, view, gazetteer, lexicon)
    named_things(scan)
    institutions(scan)
    titles(scan)
    proper_names(scan)
    bodies(scan)
    offices(scan)
    descriptions(scan)
    # a mention whose words a later, larger one took (the demonym of "the Armenian Foreign Ministry") is gone
    owners = set(scan.claimed)
    kept = [m for n, m in enumerate(scan.mentions) if n in owners]
    return sorted(kept, key=lambda m: m.start)


# ------------------------------------------------------------------------------------------------
# 1. named things


_TABLE_CATEGORY = {"outlet": OUTLET, "org": ORG, "metonym": "metonym", "person": PERSON, "state": STATE}


def named_things(scan: Scan) -> None:
    g, view, doc = scan.gazetteer, scan.view, scan.doc
    i = 0
    while i < len(view):
        best = None
        if view.words[i] in g.named_prefixes:
            for end, key in longest_matches(view, i, g.named, g.max_form_chars):
                fitting = [t for t in g.named[key] if _case_fits(scan, i, end, _TABLE_CATEGORY[t], key)]
                if fitting:
                    best = (end, key, _TABLE_CATEGORY[fitting[0]])
                    break
        if best is None or not scan.free(i, best[0]):
            i += 1
            continue
        end, key, what = best
        if what in (STATE, ORG) and _inside_longer_name(scan, i, end):
            i = end  # "George Washington", « Thérèse Kayikwamba Wagner »
            continue
        if what == STATE and _joint_adjective(scan, i, end):
            j = end
            while j + 1 < len(view) and view.words[j] == "-" and not view.spaces[j]:
                hit = longest_match(view, j + 1, g.state_forms, g.max_form_chars, max_tokens=3)
                if hit is None:
                    break
                j = hit[0]
            s = i - 2 if i >= 2 and view.words[i - 1] == "-" and scan.claimed[i - 2] is None else i
            scan.add(Mention(s, j, NOT_AN_ACTOR))  # "Anglo-Dutch", "Franco-German": the prefix goes with it
            i = j
            continue
        if what == STATE and _inside_place_name(scan, i, end, key):
            i = end  # "the Niger Delta", "the Congo Basin": a place named after the state
            continue
        if what == OUTLET:
            scan.add(Mention(i, end, OUTLET, name=view.raw[i]))
        elif what == ORG:
            org = g.organizations[key]
            # a territory is a place whose authorities may speak ("Abkhazia said"), never a pronoun's antecedent
            scan.add(Mention(i, end, ORG, name=" ".join(view.raw[i:end]), organization=org, place=org.kind == TERRITORY))
        elif what == "metonym":
            m = g.metonyms[key]
            if m.institution:
                scan.add(Mention(i, end, INSTITUTION, iso3=m.iso3, kind=m.institution, noun=key))
            else:
                scan.add(Mention(i, end, STATE, iso3=m.iso3, noun=key))
        elif what == PERSON:
            known = g.people[key]
            scan.add(Mention(i, end, PERSON, name=_text(scan, i, end), person=known, iso3=known.iso3,
                             gender=known.gender))
        else:
            forms = g.state_forms[key]
            form = _prefer_named(scan, forms)
            plural = form.how == PEOPLE or (form.how == DEMONYM and doc[end - 1].morph.get("Number") == ["Plur"]
                                            and doc[end - 1].pos_ in ("NOUN", "PROPN"))
            scan.add(Mention(i, end, STATE, iso3=form.iso3, noun=form.how, plural=plural))
        i = end


def _case_fits(scan: Scan, i: int, end: int, what: str, key: str) -> bool:
    raw = scan.view.raw[i:end]
    written = " ".join(raw)
    if what == STATE:
        forms = scan.gazetteer.state_forms[key]
        if written[:1].isupper():
            # an upper-case two-letter form must be written in capitals ("US", not "Us")
            return not (len(key) <= 3 and not written.replace(".", "").isupper() and key.replace(".", "").isalpha()
                        and forms[0].how == NAME and len(key.replace(".", "")) <= 2)
        return any(f.lowercase_ok for f in forms)
    if what == ORG:
        org = scan.gazetteer.organizations[key]
        if written in org.acronyms or written.replace(" ", "") in org.acronyms:
            return True
        if key in org.lowercase:
            return True  # "al-Shabaab", « les shebab », « les talibans »
        if len(key.replace(".", "")) <= 3 and any(fold(a) == key for a in org.acronyms):
            return False  # "Un jour", "Au Mali": a short acronym counts only in capitals ("UN", "AU")
        return written[:1].isupper() and not written.replace(".", "").replace(" ", "").isupper()
    if what == OUTLET:
        if written.replace(".", "").replace(" ", "").replace("-", "").isalpha() and len(key) <= 4:
            return written.isupper()  # "AP", "MAP": only in capitals
        spelled = scan.gazetteer.outlet_spellings.get(key, "")
        # accents count: "Liberation Front" is not the newspaper Libération
        return written[:1].isupper() and "".join(written.split()).casefold() == "".join(spelled.split()).casefold()
    return written[:1].isupper()


def _inside_longer_name(scan: Scan, i: int, end: int) -> bool:
    """"George Washington", "Manchester City", « Dominique Lefort » are not the states they contain."""
    doc = scan.doc
    if end < len(doc) and doc[i].ent_type_ in ("PERSON", "PER") and doc[end].ent_type_ in ("PERSON", "PER") \
            and doc[end].ent_iob_ == "I" and scan.is_capitalized(end):
        return True
    forms = scan.gazetteer.state_forms.get(scan.view.words[i] if end == i + 1 else "", ())
    if end < len(doc) and forms and forms[0].how == NAME and doc[i].ent_type_ == "ORG" == doc[end].ent_type_ \
            and doc[end].ent_iob_ == "I" and scan.is_capitalized(end) and scan.claimed[end] is None \
            and not _names_an_actor_noun(scan.lexicon, scan.view.words[end]) \
            and scan.view.words[end] not in scan.lexicon.institution_prefixes:
        return True  # "Zambia Copper Mines", "Kenya Airways": one organization's name the tagger marks as one
    if i > 0 and scan.claimed[i - 1] is None and doc[i - 1].pos_ == "PROPN" and scan.is_capitalized(i - 1) \
            and not doc[i].is_sent_start and fold(doc[i - 1].text) not in scan.lexicon.titles:
        prev = fold(doc[i - 1].text)
        return prev not in scan.gazetteer.state_forms and not doc[i - 1].is_sent_start or doc[i - 1].ent_type_ in ("PERSON", "PER")
    return False


def _joint_adjective(scan: Scan, i: int, end: int) -> bool:
    """"Armenian-Azerbaijani talks", "U.S.-South Korean": a relation between states, not one actor."""
    view, g = scan.view, scan.gazetteer
    if end + 1 < len(view) and view.words[end] == "-" and not view.spaces[end - 1] and not view.spaces[end]:
        return longest_match(view, end + 1, g.state_forms, g.max_form_chars, max_tokens=3) is not None
    if i >= 2 and view.words[i - 1] == "-" and not view.spaces[i - 2] and not view.spaces[i - 1]:
        hit = longest_match(view, i - 2, g.state_forms, g.max_form_chars, max_tokens=1)
        if hit is not None or (scan.at(i - 2) is not None and scan.at(i - 2).category == STATE):
            return True
        # "Anglo-Dutch", "Sino-Russian", "Franco-German": a combining form before a demonym
        forms = g.state_forms.get(view.words[i] if end == i + 1 else "", ())
        return bool(forms) and forms[0].how == DEMONYM and view.raw[i - 2][:1].isupper() and scan.claimed[i - 2] is None
    return False


def _inside_place_name(scan: Scan, i: int, end: int, key: str) -> bool:
    """A state's name opening a longer place name the tagger marks as one place ("the Niger Delta")."""
    doc = scan.doc
    forms = scan.gazetteer.state_forms.get(key, ())
    return end < len(doc) and bool(forms) and forms[0].how == NAME and scan.is_capitalized(end) \
        and scan.claimed[end] is None and doc[end].ent_iob_ == "I" and doc[end].ent_type_ in ("LOC", "FAC") \
        and doc[i].ent_type_ == doc[end].ent_type_ and fold(doc[end].text) not in scan.gazetteer.state_forms


def _prefer_named(scan: Scan, forms):
    """An ambiguous demonym ("Congolese") means the state the article names, else the preferred one."""
    if len(forms) == 1:
        return forms[0]
    named = _named_states(scan)
    for f in forms:
        if f.iso3 in named:
            return f
    return forms[0]


def _named_states(scan: Scan) -> frozenset:
    cache = getattr(scan, "_named", None)
    if cache is None:
        g = scan.gazetteer
        found = set()
        for i, w in enumerate(scan.view.words):
            hit = longest_match(scan.view, i, g.state_forms, g.max_form_chars, max_tokens=5)
            if hit:
                found.update(f.iso3 for f in g.state_forms[hit[1]] if f.how in (NAME, CAPITAL))
        cache = frozenset(found)
        scan._named = cache
    return cache


def _text(scan: Scan, i: int, end: int) -> str:
    return scan.text[scan.view.starts[i]:scan.view.ends[end - 1]]


# ------------------------------------------------------------------------------------------------
# qualifiers around a phrase: the state or actor an institution or a title belongs to


@dataclass
class Qualified:
    start: int
    end: int
    key: str
    iso3: str | None = None
    attached: int | None = None  # token of an actor mention the phrase belongs to
    possessor_pronoun: int | None = None
    definite: bool = False
    modifiers: tuple[str, ...] = ()  # other adjectives before it ("separatist", "local")
    complement_end: int | None = None  # token after an attached complement ("spokesman for the coalition")
    seat: bool = False  # the state is named by its capital ("the Tripoli government")


def _complement_end(scan: Scan, j: int, head) -> int:
    """Token after a title's complement starting near ``j``: its words up to the first comma
    ("spokesman for the coalition to support legitimacy in Yemen, …")."""
    last = max(j, head.right_edge.i)
    for k in range(j, min(last + 1, len(scan.view))):
        if scan.view.words[k] in (",", ";", ":", "(", ")"):
            return k
    return min(last + 1, len(scan.view))


def _state_adjective(scan: Scan, j: int) -> str | None:
    m = scan.at(j)
    if m is not None and m.category == STATE and m.start == j and m.end == j + 1 and m.noun == DEMONYM:
        return m.iso3
    return None


def _demonym_word(scan: Scan, j: int) -> str | None:
    forms = scan.gazetteer.state_forms.get(scan.view.words[j], ())
    return next((f.iso3 for f in forms if f.how == DEMONYM), None)


def match_qualified(scan: Scan, i: int, table: dict, max_chars: int,
                    through_institutions: bool = False) -> Qualified | None:
    """The longest form of ``table`` at token ``i``, state adjectives allowed between its words
    (« le ministère marocain des Affaires étrangères »), with what qualifies it before and after."""
    view = scan.view
    best, text, iso, skipped = None, "", None, None
    for j in range(i, min(len(view), i + 12)):
        w = view.words[j]
        if not w:
            break
        adjective = None
        if j > i and scan.language == "fr" and _state_adjective(scan, j):
            adjective = _state_adjective(scan, j)
        elif j > i and through_institutions and scan.at(j) is not None and scan.at(j).category == INSTITUTION \
                and _demonym_word(scan, j):
            adjective = _demonym_word(scan, j)  # « le chef de la diplomatie algérienne »
        if adjective:
            iso = iso or adjective
            if best is not None and best[0] == j:
                best = (j + 1, best[1], iso)  # the adjective right after the form belongs to it
            continue
        if j > i and not scan.free(j, j + 1) and not (through_institutions and scan.at(j).category == INSTITUTION):
            break
        text = w if not text else text + (" " if view.spaces[j - 1] or skipped_before(scan, j, i) else "") + w
        if len(text) > max_chars:
            break
        if text in table:
            best = (j + 1, text, iso)
    if best is None:
        return None
    end, key, iso = best
    q = Qualified(i, end, key, iso)
    _qualify_before(scan, q)
    _qualify_after(scan, q)
    return q


def skipped_before(scan: Scan, j: int, i: int) -> bool:
    return j - 1 > i and _state_adjective(scan, j - 1) is not None


def _qualify_before(scan: Scan, q: Qualified) -> None:
    doc, view = scan.doc, scan.view
    k = q.start - 1
    modifiers = []
    while k >= 0:
        w = view.words[k]
        m = scan.at(k)
        if m is not None and m.category == STATE and m.end == k + 1 and q.iso3 is None:
            q.iso3, q.start, q.seat = m.iso3, m.start, m.noun == CAPITAL
            k = m.start - 1
            continue
        if m is not None and m.category == NOT_AN_ACTOR and m.end == k + 1:
            modifiers.append(w)  # "the Anglo-Dutch firm", "the Armenian-Azerbaijani commission"
            q.start = m.start
            k = m.start - 1
            continue
        if w == "'s" and k > 0 and scan.at(k - 1) is None and doc[k - 1].pos_ == "PROPN":
            q.attached = k - 1  # "Karabakh's army": the owner's name is found later, by `proper_names`
            break
        if w == "'s" and k > 0 and scan.at(k - 1) is not None:
            owner = scan.at(k - 1)
            if owner.category == STATE and q.iso3 is None:
                q.iso3 = owner.iso3
                q.start = owner.start
                k = owner.start - 1
                continue
            if owner.category != OUTLET:
                q.attached = owner.start  # "Man City's general counsel": kept as a mention of its own
            break
        if m is not None and m.category in (INSTITUTION, ORG) and m.end == k + 1 and q.attached is None \
                and doc[k].dep_ in ("compound", "nmod", "amod"):
            q.attached = m.start  # "Pentagon Press Secretary": the Pentagon stays a mention of its own
            break
        describes_group = scan.lexicon.descriptions.get(w) == "group"
        if m is None and (doc[k].pos_ == "ADJ" or (doc[k].pos_ == "NOUN" and describes_group)) \
                and w not in DETERMINERS.get(scan.language, ()) and doc[k].dep_ in ("amod", "compound", "nmod"):
            modifiers.append(w)
            q.start = k
            k -= 1
            continue
        break
    if k >= 0 and scan.at(k) is None:
        w = view.words[k]
        if w in POSSESSIVE_PRONOUNS and doc[k].pos_ in ("PRON", "DET"):
            q.possessor_pronoun, q.start = k, k
        elif w in DETERMINERS.get(scan.language, ()) and doc[k].pos_ == "DET":
            q.definite = w in DEFINITE
            q.start = k
    q.modifiers = tuple(reversed(modifiers))


def _qualify_after(scan: Scan, q: Qualified) -> None:
    view, n = scan.view, len(scan.view)
    k = q.end
    # French adjective after the noun: « l'armée azerbaïdjanaise », « la partie russe », and after other
    # adjectives: « les forces spéciales kosovares »
    if scan.language == "fr" and q.iso3 is None:
        j = k
        while j < n and j - k < 2 and scan.at(j) is None and scan.doc[j].pos_ == "ADJ" and view.raw[j][:1].islower():
            j += 1
        if j < n and _state_adjective(scan, j):
            q.iso3, q.end = _state_adjective(scan, j), j + 1
            return
    if k < n and is_acronym(view.raw[k]) and scan.doc[k].pos_ in ("PROPN", "NOUN", "X") \
            and (scan.at(k) is None or scan.at(k).category == ORG):
        q.attached = k  # « déléguée CGT », "ANC spokesman" (the acronym after the title)
        q.complement_end = k + 1
        return
    if k < n and view.words[k] in OF_WORDS:
        j = k + 1
        m = scan.at(j)
        if m is None and j < n and view.words[j] in DETERMINERS.get(scan.language, ()):
            j += 1
            m = scan.at(j)
        if m is not None and m.start in (k + 1, j) and m.category != OUTLET:
            if m.category == STATE and m.noun != DEMONYM:
                if q.iso3 is None:
                    q.iso3, q.end, q.seat = m.iso3, m.end, m.noun == CAPITAL
            elif m.category in (INSTITUTION, ORG, PERSON, ROLE, MINISTRY, ORG_NOUN, GROUP) or m.category == STATE:
                q.attached = m.start  # "spokeswoman for <the X Ministry>": not absorbed
                q.complement_end = _complement_end(scan, m.end - 1, scan.doc[m.end - 1])
        elif m is None and j < n and scan.doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and scan.doc[j].text[:1] != "(":
            q.attached = j  # a mention a later recognizer finds there ("spokesman for <the coalition>")
            place = _place_named_after(scan, j)  # « le gouverneur de la région de Kherson »: of the place named
            if place is not None:
                q.attached = place
            head = scan.doc[j] if scan.doc[j].pos_ != "ADJ" else scan.doc[j].head
            q.complement_end = _complement_end(scan, j, head)


def _place_named_after(scan: Scan, j: int) -> int | None:
    """The name a place noun at ``j`` introduces (« la région de Kherson », "the province of Idlib"), or None."""
    view, n = scan.view, len(scan.view)
    if scan.lexicon.descriptions.get(view.words[j]) != "place" or j + 2 >= n or view.words[j + 1] not in OF_WORDS:
        return None
    k = j + 2
    return k if scan.at(k) is None and view.raw[k][:1].isupper() else None


def _governed_by_title(scan: Scan, i: int) -> bool:
    """"the governor of the Kherson region", « le gouverneur de la région de Kherson »: the place is where the
    title holder governs, so it stands for its authorities (a place named elsewhere stays a place)."""
    return any(m.category == ROLE and m.attached == i for m in scan.mentions)


# ------------------------------------------------------------------------------------------------
# 2. institutions


def institutions(scan: Scan) -> None:
    lex, doc, view = scan.lexicon, scan.doc, scan.view
    forms = lex.institution_forms
    longest = lex.longest_institution
    i = 0
    while i < len(view):
        if scan.claimed[i] is not None or not view.words[i]:
            i += 1
            continue
        if view.words[i] in lex.ministry_nouns:
            q = match_qualified(scan, i, forms, longest)
            if q is None:
                _bare_ministry(scan, i)
                i += 1
                continue
        elif view.words[i] not in lex.institution_prefixes:
            i += 1
            continue
        else:
            q = match_qualified(scan, i, forms, longest)
        if q is None:
            i += 1
            continue
        if not _heads_its_phrase(scan, q.end - 1 if scan.at(q.end - 1) is None else i + len(q.key.split()) - 1):
            i += 1
            continue
        kind = lex.institution_kinds[forms[q.key]]
        if _inside_title(scan, q, i):
            i = q.end
            continue
        place_start = _place_before(scan, q, i) if q.iso3 is None and q.attached is None else None
        if place_start is not None:
            # "the Kherson regional administration", "the Gaza health ministry": the institution of a
            # place the gazetteer does not know, an organization of its own
            end = i + len(q.key.split())
            start = place_start - 1 if place_start > 0 and view.words[place_start - 1] in DEFINITE \
                and scan.claimed[place_start - 1] is None else place_start
            scan.add(Mention(start, end, ORG, name=_text(scan, place_start, end), noun=q.key, definite=True,
                             char_start=view.starts[place_start] if start == place_start else -1))
            i = end
            continue
        if _part_of_a_proper_name(scan, q, i):
            # "the Rapid Support Forces", "the Libyan National Army", « les Forces de soutien rapide »:
            # an organization's name, left to `proper_names`
            end = _name_end(scan, i, q)
            if end is not None:
                start = i - 1 if i > 0 and view.words[i - 1] in DETERMINERS.get(scan.language, ()) else i
                scan.add(Mention(start, end, ORG, name=_text(scan, i, end), definite=start < i,
                                 char_start=view.starts[i] if start == i else -1))
                i = end
            else:
                i += 1
            continue
        other = [a for a in q.modifiers if a not in NEUTRAL_ADJECTIVES]
        group_like = [a for a in other if lex.descriptions.get(a) == "group" or lex.descriptions.get(a + "s") == "group"]
        plural_or_definite = q.definite or doc[i + len(q.key.split()) - 1].morph.get("Number") == ["Plur"]
        if plural_or_definite and (group_like or (other and q.iso3 is None)):
            # "separatist forces", "local authorities": not a state's institution but a group
            label = _label_from_tokens(scan, q.start, q.end)
            scan.add(Mention(q.start, q.end, GROUP, name=label, noun=q.key, plural=True, definite=q.definite))
            i = q.end
            continue
        if q.iso3 is None and q.attached is None and q.possessor_pronoun is None and q.definite:
            found = _state_in_complement(scan, i + len(q.key.split()) - 1)  # « les militaires au pouvoir à Niamey »
            if found is not None:
                q.iso3, q.end = found
        if kind.kind == "armed-forces" and not q.definite and _government_modifier(scan, q, i):
            q.definite = True  # "government forces", « les forces gouvernementales »: the state's
        bare = q.iso3 is None and q.attached is None and q.possessor_pronoun is None
        if bare and (not kind.bare_takes_context or not (q.definite or _is_capitalized_name(scan, i, q))):
            i = q.end
            continue
        if kind.is_state_itself and q.iso3 is None and q.possessor_pronoun is None and not q.definite \
                and not _is_capitalized_name(scan, i, q) and doc[i].morph.get("Number") != ["Plur"]:
            i = q.end  # "a technical state of war", "a government": no particular state
            continue
        gender = _gender_of(doc[i]) if scan.language == "fr" else None
        scan.add(Mention(q.start, q.end, INSTITUTION, iso3=q.iso3, kind=kind.kind, noun=q.key, definite=q.definite,
                         bare=bare, attached=q.attached, possessor_pronoun=q.possessor_pronoun, gender=gender,
                         plural=doc[i].morph.get("Number") == ["Plur"], seat=q.seat and kind.is_state_itself))
        i = q.end


def _part_of_a_proper_name(scan: Scan, q: Qualified, i: int) -> bool:
    """The institution word belongs to a capitalized name: capitalized words before it that name no state
    ("the Rapid Support Forces", "Libyan National Army"), or, in French, a capitalized word followed by
    a complement that is not a state (« les Forces de soutien rapide », « l'Armée d'Arakan »)."""
    view, doc = scan.view, scan.doc
    for k in range(q.start, i):
        if view.raw[k][:1].isupper() and scan.at(k) is None and view.words[k] not in DETERMINERS.get(scan.language, ()):
            return True
    k = i - 1
    if k >= 0 and scan.at(k) is None and view.raw[k][:1].isupper() and doc[k].pos_ in ("PROPN", "ADJ", "NOUN") \
            and not doc[k].is_sent_start:
        return True
    form_end = i + len(q.key.split())
    if view.raw[i][:1].isupper() and not doc[i].is_sent_start and form_end + 1 < len(view):
        nxt = view.words[form_end]
        if nxt in ("de", "d'", "du", "des") and scan.language == "fr":
            after = scan.at(form_end + 1)
            return after is None or after.category != STATE
        if nxt == "of" and scan.language == "en" and view.raw[form_end + 1][:1].isupper():
            after = scan.at(form_end + 1)
            return after is None or after.category != STATE  # "the Government of National Unity"
        if scan.language == "fr" and doc[form_end].pos_ == "ADJ" and view.raw[form_end][:1].islower() \
                and _state_adjective(scan, form_end) is None:
            return True  # « l'Armée nationale libyenne »
    return False


def _place_before(scan: Scan, q: Qualified, i: int) -> int | None:
    """Start of a capitalized place name right before a lower-case institution phrase, if any."""
    view, doc = scan.view, scan.doc
    if view.raw[i][:1].isupper() or scan.language != "en":
        return None
    k = q.start
    if k > 0 and view.words[k - 1] not in DETERMINERS["en"] and scan.at(k - 1) is None and view.raw[k - 1][:1].isupper() \
            and doc[k - 1].pos_ == "PROPN":
        s = k - 1
        while s > 0 and scan.at(s - 1) is None and view.raw[s - 1][:1].isupper() and doc[s - 1].pos_ == "PROPN" \
                and not doc[s - 1].is_sent_start:
            s -= 1
        return s
    return None


def _name_end(scan: Scan, i: int, q: Qualified) -> int | None:
    """End of an organization name opened by a capitalized institution word: its complements
    (« Forces de soutien rapide », « Armée nationale libyenne », "Government of National Unity"), up to
    punctuation or a verb."""
    view, doc = scan.view, scan.doc
    if not view.raw[i][:1].isupper():
        return None
    end = i + len(q.key.split())
    head = doc[end - 1]
    limit = min(len(view), end + 6)
    e = end
    while e < limit and doc[e].pos_ in ("ADP", "DET", "ADJ", "NOUN", "PROPN") and head.is_ancestor(doc[e]) \
            and scan.claimed[e] is None:
        e += 1
    while e > end and doc[e - 1].pos_ in ("ADP", "DET"):
        e -= 1
    return e if e > end else None


def _government_modifier(scan: Scan, q: Qualified, i: int) -> bool:
    view = scan.view
    before = i - 1 >= 0 and view.words[i - 1] in ("government", "pro-government", "regime", "federal", "loyalist",
                                                   "state", "junta")
    end = i + len(q.key.split())
    after = end < len(view) and view.words[end] in ("gouvernementales", "gouvernementaux", "loyalistes", "federales",
                                                    "federaux")
    return before or after


def _inside_title(scan: Scan, q: Qualified, i: int) -> bool:
    """"chief executive", "army chief", "government spokesman": the institution word is part of a title."""
    titles = scan.lexicon.titles
    longest = scan.lexicon.longest_title
    for k in range(q.start, i + 1):
        if scan.view.words[k] not in scan.lexicon.title_prefixes:
            continue
        hit = longest_match(scan.view, k, titles, longest, max_tokens=6)
        if hit is not None and hit[0] > i and hit[0] >= i + len(q.key.split()):
            return True
    return False


def _state_in_complement(scan: Scan, head: int) -> tuple[str, int] | None:
    """``(iso3, end)`` of a state named by name or capital within a few words of the noun's own
    complements; the mention then runs to its end."""
    doc = scan.doc
    tok = doc[min(head, len(doc) - 1)]
    for t in tok.subtree:
        if t.i <= head or t.i > head + 8:
            continue
        m = scan.at(t.i)
        if m is not None and m.category == STATE and m.noun in ("name", "capital"):
            if any(scan.view.words[k] in (",", ";", ":") for k in range(head + 1, m.start)):
                return None
            return m.iso3, m.end
    return None


def _is_capitalized_name(scan: Scan, i: int, q: Qualified) -> bool:
    """"the Ministry of Foreign Affairs" written as a name is definite even without "the"."""
    return scan.is_capitalized(i) and not scan.doc[i].is_sent_start


def _heads_its_phrase(scan: Scan, k: int) -> bool:
    """"the Azerbaijani military" names an actor; "the Azerbaijani military operation" does not
    (unless what follows is a statement noun: "an X Foreign Ministry statement")."""
    doc = scan.doc
    if k + 1 >= len(doc):
        return True
    tok, nxt = doc[k], doc[k + 1]
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > k and tok.head.pos_ in ("NOUN", "PROPN"):
        head_word = fold(tok.head.text)
        if scan.lexicon.descriptions.get(head_word) == "statement":
            return True
        if head_word in scan.lexicon.institution_forms or head_word in scan.lexicon.titles:
            return True  # "Defense Ministry spokesman": the title will attach to it
        if scan.lexicon.descriptions.get(head_word) == "member":
            return True  # "US Navy assets", "Armenian army units": the institution acts through them
        return False
    if tok.pos_ == "ADJ" and nxt.pos_ == "NOUN" and tok.dep_ == "amod":
        return False
    return True


def _bare_ministry(scan: Scan, i: int) -> None:
    view = scan.view
    k = i - 1
    definite = k >= 0 and view.words[k] in DEFINITE
    possessive = k >= 0 and view.words[k] in POSSESSIVE_PRONOUNS
    before_statement = i + 1 < len(view) and scan.lexicon.descriptions.get(view.words[i + 1]) == "statement" \
        and k >= 0 and view.words[k] in DETERMINERS.get(scan.language, ())
    if not (definite or possessive or before_statement) or scan.at(k) is not None:
        return
    if i + 1 < len(view) and view.words[i + 1] in OF_WORDS:
        return  # "the ministry of X" not in the lexicon: not a ministry we can name
    scan.add(Mention(k, i + 1, MINISTRY, noun=view.words[i], definite=True, bare=True,
                     possessor_pronoun=k if possessive else None, gender="m" if scan.language == "fr" else None))


def _gender_of(tok) -> str | None:
    g = tok.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(g[0]) if g else None


def _label_from_tokens(scan: Scan, i: int, end: int) -> str:
    """The words i..end as written, without a leading determiner or possessive, capitalized."""
    view = scan.view
    while i < end and (view.words[i] in DETERMINERS.get(scan.language, ()) or view.words[i] in POSSESSIVE_PRONOUNS):
        i += 1
    if i >= end:
        return ""
    label = re.sub(r"\s+", " ", scan.text[view.starts[i]:view.ends[end - 1]]).strip()
    return label[:1].upper() + label[1:]


# ------------------------------------------------------------------------------------------------
# 3. titles and the people who hold them


def titles(scan: Scan) -> None:
    lex, view, doc = scan.lexicon, scan.view, scan.doc
    table = lex.titles
    longest = lex.longest_title
    i = 0
    while i < len(view):
        w = view.words[i]
        if scan.claimed[i] is not None or not w or (w not in lex.title_prefixes and w not in PLURAL_ROLE_FORMS):
            i += 1
            continue
        q = match_qualified(scan, i, table, longest, through_institutions=True)
        plural = False
        if q is None and w in PLURAL_ROLE_FORMS and PLURAL_ROLE_FORMS[w] in table:
            q = Qualified(i, i + 1, PLURAL_ROLE_FORMS[w])
            _qualify_before(scan, q)
            _qualify_after(scan, q)
            plural = True
            if q.start == i and i > 0 and scan.at(i - 1) is None and view.raw[i - 1][:1].islower() \
                    and doc[i - 1].dep_ in ("amod", "compound") and doc[i - 1].head.i == i \
                    and view.words[i - 1] not in DETERMINERS.get(scan.language, ()):
                q.start = i - 1  # "local lawmakers", "opposition lawmakers": which ones
                q.modifiers = (view.words[i - 1],)
        if q is None:
            i += 1
            continue
        title = table[q.key]
        if not _title_applies(scan, i, q, title):
            i += 1
            continue
        if q.iso3 is None and title.iso3:
            q.iso3 = title.iso3
        if title.role == "Minister" and q.attached is not None and scan.at(q.attached) is None:
            q.attached = None  # « le ministre du Plan », "the minister of Energy": a portfolio, not an owner
            q.end = _portfolio_end(scan, q.end)
            q.complement_end = None
        gender = title.gender
        known = None if plural else _known_person_after(scan, q.end)
        if known is not None:
            # "Russian President Vladimir Putin": the title qualifies the person the gazetteer found
            idx = scan.claimed[known.start]
            scan.mentions[idx] = replace(known, start=q.start, char_start=view.starts[q.start], title=title,
                                         iso3=q.iso3 or known.iso3, kind=title.institution,
                                         gender=known.gender or gender, attached=q.attached, noun=title.head)
            for k in range(q.start, known.start):
                scan.claimed[k] = idx
            i = known.end
            continue
        if known is None and not plural and q.complement_end is not None and q.complement_end < len(view) \
                and view.words[q.complement_end] == ",":
            known = _known_person_after(scan, q.complement_end)
            if known is not None:  # « le représentant de Poutine, Dmitri Peskov »
                idx = scan.claimed[known.start]
                scan.mentions[idx] = replace(known, title=title, iso3=known.iso3 or q.iso3, kind=title.institution,
                                             gender=known.gender or gender, attached=q.attached, noun=title.head)
                scan.add(Mention(q.start, q.end, ROLE, title=title, iso3=q.iso3, kind=title.institution,
                                 attached=q.attached, definite=q.definite, noun=title.head, holder=known.start))
                i = known.end
                continue
        name = None if plural else _name_after(scan, q.end)
        if name is None and not plural and q.complement_end is not None:
            name = _name_after(scan, q.complement_end, apposition_only=True)
        if name is None and not plural:
            name = _appositive_name(scan, _title_head_token(scan, i, q.end, title))
        if name is None and not plural:
            name_before = _name_before_apposition(scan, q.start, q.attached)
            if name_before is not None and _speaker_after_content(scan, name_before, _title_head_token(scan, i, q.end, title)):
                name_before = None
        else:
            name_before = None
        if name is not None:
            s, e = name
            if q.complement_end is not None and s >= q.complement_end:
                # "the head of the local health department, Dr X": the role and the person are two mentions
                scan.add(Mention(q.start, q.end, ROLE, title=title, iso3=q.iso3, kind=title.institution,
                                 attached=q.attached, definite=q.definite, noun=title.head, holder=s))
                scan.add(Mention(s, e, PERSON, name=_text(scan, s, e), title=title, iso3=q.iso3,
                                 kind=title.institution, gender=gender, attached=q.attached, noun=title.head))
            else:
                party = None
                if (q.attached is None or q.attached == s) and _affiliation_first(scan, s, e):
                    party, s = s, s + 1  # « le sénateur Lavalas Gérald Gilles »: the party, then the person
                scan.add(Mention(q.start, e, PERSON, name=_text(scan, s, e), title=title, iso3=q.iso3,
                                 kind=title.institution, gender=gender, attached=q.attached if party is None else party,
                                 possessor_pronoun=q.possessor_pronoun, noun=title.head))
                if party is not None and scan.at(party) is not None and scan.at(party).category == PERSON:
                    scan.add(Mention(party, party + 1, ORG, name=view.raw[party]))
            i = e
            continue
        if name_before is not None:
            s, e = name_before
            owner = scan.at(s)
            if owner is not None and owner.category == PERSON:
                # "Ani Badalian, spokeswoman for the Foreign Ministry": the apposition qualifies her
                idx = scan.claimed[s]
                scan.mentions[idx] = replace(owner, title=owner.title or title, iso3=owner.iso3 or q.iso3,
                                             kind=owner.kind or title.institution, gender=owner.gender or gender,
                                             attached=owner.attached if owner.attached is not None else q.attached,
                                             noun=owner.noun or title.head)
                for k in range(q.start, q.end):
                    if scan.claimed[k] is None:
                        scan.claimed[k] = idx
            elif q.attached is not None and e <= q.attached < i and scan.at(q.attached) is not None:
                # "Maria Lopez, a Chilean Foreign Ministry spokeswoman,": the ministry stays a mention of its
                # own (the person's owner); the name and the title words are the person's
                person = scan.add(Mention(s, e, PERSON, name=_text(scan, s, e), title=title, iso3=q.iso3,
                                          kind=title.institution, gender=gender, attached=q.attached,
                                          noun=title.head))
                idx = scan.claimed[person.start]
                for k in range(q.start, q.end):
                    if scan.claimed[k] is None:
                        scan.claimed[k] = idx
            else:
                scan.add(Mention(s, q.end, PERSON, name=_text(scan, s, e), title=title, iso3=q.iso3,
                                 kind=title.institution, gender=gender, attached=q.attached, noun=title.head,
                                 char_end=view.ends[e - 1]))
            i = q.end
            continue
        if title.honorific:
            i = q.end
            continue
        if scan.is_capitalized(q.end - 1) and q.end < len(view) and scan.is_capitalized(q.end) \
                and scan.claimed[q.end] is None and not scan.doc[q.end - 1].is_sent_start:
            i = q.end  # "Premier League", "General Motors": the title word opens a name
            continue
        group_word = next((a for a in q.modifiers if lex.descriptions.get(a) == "group"), None)
        if group_word and q.iso3 is None and q.attached is None:
            # "a separatist official", "a rebel commander": speaks for the group
            plural_word = group_word + "s" if lex.descriptions.get(group_word + "s") == "group" else group_word
            scan.add(Mention(q.start, q.end, GROUP, name=plural_word[:1].upper() + plural_word[1:], noun=plural_word,
                             bare=True, definite=True))
            i = q.end
            continue
        start, name = q.start, None
        if title.role == "Official" and not plural and not q.definite and q.attached is None \
                and q.possessor_pronoun is None:
            start, name = _indefinite_official(scan, q, title)
        if plural and q.modifiers and q.iso3 is None and q.attached is None:
            name = _label_from_tokens(scan, q.start, q.end)  # "Local lawmakers": a group of their own
        scan.add(Mention(start, q.end, ROLE, title=title, iso3=q.iso3, kind=title.institution, gender=gender,
                         attached=q.attached, possessor_pronoun=q.possessor_pronoun, definite=q.definite,
                         noun=title.head, plural=plural, bare=q.iso3 is None and q.attached is None, name=name))
        i = q.end


def _portfolio_end(scan: Scan, k: int) -> int:
    """Token after a minister's portfolio (« du Plan et de la Coopération externe », "of Energy and Mines"):
    the words after "of/de" up to a comma, a verb or an actor; the portfolio names no actor."""
    view, doc = scan.view, scan.doc
    e = k
    if e < len(view) and view.words[e] in ("of", "for", "de", "d'", "du", "des"):
        e += 1
        while e < len(view) and scan.at(e) is None and view.words[e] and view.words[e] not in (",", ";", ":", ".") \
                and doc[e].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ") and e - k < 10:
            e += 1
        while e > k + 1 and doc[e - 1].pos_ in ("DET", "ADP", "CCONJ"):
            e -= 1
    return e if e > k + 1 else k


def _indefinite_official(scan: Scan, q: Qualified, title: Title) -> tuple[int, str | None]:
    """"a health official", "a senior security official": the mention runs over the nouns that say which
    official and its article; ``name`` is the English kind ("Health Official"), None when nothing says it."""
    view, doc = scan.view, scan.doc
    head = _title_head_token(scan, q.start, q.end, title)
    s = q.start
    while s > 0 and scan.claimed[s - 1] is None and view.raw[s - 1][:1].islower() \
            and doc[s - 1].pos_ in ("NOUN", "ADJ") and doc[s - 1].dep_ in ("compound", "amod") \
            and q.start - s < 2 and (doc[s - 1].head.i == head or doc[s - 1].head.i in range(s, q.end)):
        s -= 1
    words = [view.raw[k] for k in range(s, q.start) if view.words[k] not in NEUTRAL_ADJECTIVES]
    start = s - 1 if s > 0 and view.words[s - 1] in ("a", "an", "un", "une") and scan.claimed[s - 1] is None else s
    if start == s and s == q.start:
        return q.start, None
    kind = " ".join(w[:1].upper() + w[1:] for w in words) if scan.language == "en" else ""
    return start, f"{kind} {title.role}".strip() if kind else None


def _affiliation_first(scan: Scan, s: int, e: int) -> bool:
    """The first word of a name after a title names the holder's party or union, not the person
    (« le sénateur Lavalas Gérald Gilles », « la députée LFI Marie Roux »): an acronym, or a word the
    article also writes inside another name ("Fanmi Lavalas"), before a given name or two more words."""
    view = scan.view
    if e - s < 2:
        return False
    first, second = view.raw[s], view.words[s + 1]
    if fold(first) in scan.gazetteer.given_names:
        return False
    if is_acronym(first) and not any(c.isdigit() for c in first):
        return True
    if e - s < 3 and second not in scan.gazetteer.given_names:
        return False
    start, end = view.starts[s], view.ends[e - 1]
    for m in re.finditer(rf"\b{re.escape(first)}\b", scan.text):
        if start <= m.start() < end:
            continue
        before = scan.text[max(0, m.start() - 40):m.start()].split()
        after = scan.text[m.end():m.end() + 40].split()
        if (before and before[-1][:1].isupper() and before[-1] != view.raw[max(0, s - 1)]) or \
                (after and after[0][:1].isupper() and fold(after[0]) != second):
            return True  # written inside another name of the article
    return False


def _title_applies(scan: Scan, i: int, q: Qualified, title: Title) -> bool:
    """A title word used as a title: before a name, after an apposition comma, or heading a noun
    phrase of its own ("the minister"), not as a modifier ("a general election")."""
    doc = scan.doc
    last = _title_head_token(scan, i, q.end, title)
    tok = doc[last]
    after_comma = q.start > 0 and scan.view.words[q.start - 1] == ","
    if tok.pos_ not in ("NOUN", "PROPN") and not scan.is_capitalized(i) and not after_comma:
        return False  # a title word the tagger read as a verb counts only in an apposition ("X, déléguée CGT")
    if title.honorific:
        return _name_after(scan, q.end) is not None
    form_end = i + len(q.key.split())
    if tok.dep_ in ("compound", "amod") and tok.head.i > last and tok.head.i >= form_end \
            and tok.head.pos_ in ("NOUN", "PROPN") and not _is_name_word(scan, tok.head.i):
        return False  # "a general election"; "official spokesman": the head title is the one
    return True


def _title_head_token(scan: Scan, i: int, end: int, title: Title) -> int:
    """The token of a title's role noun ("minister" in « ministre des Affaires étrangères »)."""
    for k in range(i, end):
        w = scan.view.words[k]
        if w == title.head or PLURAL_ROLE_FORMS.get(w) == title.form:
            return k
    return end - 1


def _name_run(scan: Scan, s: int, limit: int = 6) -> int:
    """End of a run of name words starting at ``s`` (capitalized proper nouns, name particles between)."""
    view, doc = scan.view, scan.doc
    e = s
    while e < len(view) and e - s < limit:
        w, raw = view.words[e], view.raw[e]
        if scan.claimed[e] is not None or not w:
            break
        if raw[:1].isupper() and (doc[e].pos_ in ("PROPN", "NOUN", "X", "ADJ") or doc[e].ent_type_):
            if fold(raw) in scan.lexicon.titles and e > s:
                break
            e += 1
            continue
        if e > s and w in NAME_JOINERS:
            k = _after_joiners(scan, e)
            if k is not None:
                e = k
                continue
        break
    while e > s and view.words[e - 1] in NAME_JOINERS:
        e -= 1
    return e


def _appositive_name(scan: Scan, head: int) -> tuple[int, int] | None:
    """« Le ministre du Plan et de la Coopération externe, Marc Louis Bazin »: the parser's apposition
    of the title noun, after a comma, when it is a person's name."""
    doc = scan.doc
    for c in doc[head].children:
        if c.dep_ == "appos" and c.i > head and c.pos_ == "PROPN" and c.i > 0 and scan.view.words[c.i - 1] == "," \
                and scan.claimed[c.i] is None:
            s = c.i
            e = _name_run(scan, s)
            if e - s >= 2 or c.ent_type_ in ("PERSON", "PER"):
                return s, e
    return None


def _known_person_after(scan: Scan, k: int) -> Mention | None:
    """A person of the gazetteer right after a title (a comma between them is allowed)."""
    view = scan.view
    if k < len(view) and view.words[k] == ",":
        k += 1
    m = scan.at(k)
    if m is not None and m.category == PERSON and m.start == k and m.person is not None and m.title is None:
        return m
    return None


def _name_after(scan: Scan, k: int, apposition_only: bool = False) -> tuple[int, int] | None:
    """The person's name after a title: "Prime Minister Nikol Pashinyan", « le ministre des Armées,
    Sébastien Lecornu », "Dr Abdel-Ilah al-Azzi" (an honorific between title and name is skipped)."""
    view = scan.view
    comma = k < len(view) and view.words[k] == ","
    if apposition_only and not comma:
        return None
    s = k + 1 if comma else k
    if s < len(view) and view.words[s] in scan.lexicon.titles and scan.lexicon.titles[view.words[s]].honorific:
        s += 1
    if s >= len(view):
        return None
    e = _name_run(scan, s)
    if e == s or (e - s == 1 and is_acronym(scan.view.raw[s])):
        return None  # "déléguée CGT": an organization's acronym, not the person's name
    if any(scan.doc[x].pos_ != "PROPN" and not scan.doc[x].ent_type_ in ("PERSON", "PER") for x in range(s, e)) \
            and e - s == 1:
        return None
    if fold(scan.raw(s)) in scan.gazetteer.state_forms or fold(_text(scan, s, e)) in scan.lexicon.institution_forms:
        return None
    if scan.lexicon.descriptions.get(scan.view.words[e - 1]) in ("organization", "group"):
        return None  # "Premier League", "President Hotel Group": an organization's name, not a person's
    if comma:
        # an apposition: the name must be a person's (two words or a person entity), then end the apposition
        if e - s < 2 and scan.doc[s].ent_type_ not in ("PERSON", "PER"):
            return None
        if e < len(view) and view.words[e] not in (",", ")", ".", ";", ":", "") and scan.doc[e].pos_ not in ("VERB", "AUX"):
            return None
    return s, e


_ARABIC_AND_GERMANIC_PARTICLES = frozenset({"al", "el", "bin", "ben", "ibn", "abu", "van", "von", "di", "da"})
# Persian, Urdu and Arabic linking particles written between hyphens ("Lashkar-e-Taiba", "Hizb-ul-Mujahideen")
_HYPHENATED_PARTICLES = frozenset({"e", "i", "ul", "ud", "ur", "us", "as", "ash", "ad", "an", "al", "el", "o"})


def _linking_particle(scan: Scan, k: int) -> bool:
    view = scan.view
    return view.words[k] in _HYPHENATED_PARTICLES and 0 < k < len(view) - 1 and view.words[k - 1] == "-" \
        and view.words[k + 1] == "-" and not view.spaces[k - 1] and not view.spaces[k]


def _after_joiners(scan: Scan, e: int) -> int | None:
    """The next name word after particles and hyphens inside a name ("al-Malki", "bin Salman",
    "Nagorno-Karabakh"), or None when the joiners do not lead to one."""
    view = scan.view
    k = e
    while k < len(view) and k - e < 3 and scan.claimed[k] is None and (
            view.words[k] in NAME_JOINERS or _linking_particle(scan, k)):
        if view.words[k] == "-" and (view.spaces[k] or (k > 0 and view.spaces[k - 1])):
            return None  # a dash between words, not inside a name
        k += 1
    if k > e and k < len(view) and view.raw[k][:1].isupper() and scan.claimed[k] is None:
        return k
    return None


def _speaker_after_content(scan: Scan, name: tuple[int, int], head: int) -> bool:
    """"…evacuated from Nagorno Karabakh, a separatist official said": the title is the subject of a verb
    and the name before the comma is inside a clause of that verb (the reported content), so the comma
    ends the content, it opens no apposition."""
    doc = scan.doc
    tok = doc[head]
    if tok.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass") or tok.head.i <= head \
            or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok.head
    node = doc[name[1] - 1]
    for _ in range(20):
        if node.head.i == node.i:
            return False
        if node.head.i == verb.i:
            # the name hangs on the verb through a clause (the content), not as its subject's apposition
            return node.dep_ in ("ccomp", "parataxis", "advcl", "conj", "xcomp", "dep") and node.pos_ in ("VERB", "AUX")
        if node.i == head:
            return False
        node = node.head
    return False


def _name_before_apposition(scan: Scan, k: int, attached: int | None = None) -> tuple[int, int] | None:
    """"Ani Badalian, spokeswoman for…", "Daniel Hagari, the army's chief spokesman": the name before
    ", (det) (owner's)" a title."""
    view = scan.view
    owner = scan.at(attached) if attached is not None and attached < k else None
    if owner is not None:
        k = owner.start
    j = k - 1
    if j >= 0 and view.words[j] in DETERMINERS.get(scan.language, ()):
        j -= 1
    if j < 1 or view.words[j] != ",":
        return None
    e = j
    owner = scan.at(e - 1)
    if owner is not None and owner.category == PERSON:
        return owner.start, owner.end
    if owner is not None:
        return None
    s = e
    while s > 0 and scan.claimed[s - 1] is None and (_is_name_word(scan, s - 1) or
                                                      (view.words[s - 1] in NAME_JOINERS and s - 1 > 0)):
        s -= 1
    while s < e and view.words[s] in NAME_JOINERS:
        s += 1
    if e - s < 1 or e - s > 5:
        return None
    if not any(scan.doc[x].pos_ == "PROPN" for x in range(s, e)):
        return None
    if scan.doc[s].is_sent_start and e - s == 1:
        return None
    return s, e


# ------------------------------------------------------------------------------------------------
# 4. proper names


def proper_names(scan: Scan) -> None:
    doc, view = scan.doc, scan.view
    headline = _title_case_lines(scan)
    i = 0
    while i < len(view):
        if scan.claimed[i] is not None or not view.words[i] or not _is_name_word(scan, i) or headline[i]:
            i += 1
            continue
        e = _proper_run(scan, i)
        if e == i:
            i += 1
            continue
        if e == i + 1 and i > 0 and view.words[i - 1] in DEFINITE and scan.lexicon.descriptions.get(view.words[i]) \
                in ("organization", "group"):
            i = e  # "The League said", "the Group": a description written with a capital, resolved as one
            continue
        _add_name(scan, i, e)
        i = e
    _acronym_definitions(scan)


def _title_case_lines(scan: Scan) -> list[bool]:
    """Tokens on a headline written in Title Case ("Azerbaijan Threatens Military Action Against…"),
    where capitals do not mark names."""
    raw, n = scan.view.raw, len(scan.view)
    out = [False] * n
    text = scan.text
    line_start = 0
    for k in range(n + 1):
        # a line ends at a token that holds a newline or is followed by one
        ends = k == n or "\n" in raw[k] or (k > 0 and "\n" in text[scan.view.ends[k - 1]:scan.view.starts[k]])
        if not ends:
            continue
        words = [w for w in raw[line_start:k] if len(w) > 3 and w.isalpha()]
        if len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words):
            for x in range(line_start, k):
                out[x] = True
        line_start = k + 1 if k < n and "\n" in raw[k] else k
    return out


_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _is_name_word(scan: Scan, i: int) -> bool:
    tok = scan.doc[i]
    raw = scan.view.raw[i]
    if not raw[:1].isupper() and not raw[:1].isdigit():
        return False
    if tok.ent_type_ in _NOT_NAMES or fold(raw) in _FUNCTION_WORDS or scan.lexicon.descriptions.get(fold(raw)) == "time":
        return False  # "September's incident", « Mardi, le ministre… »
    if tok.is_sent_start and (raw.endswith("ing") or tok.pos_ in ("VERB", "ADV", "ADP", "SCONJ", "PRON")):
        return False  # "Accusing Rwanda of…" opens a sentence with a capital, not a name
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ in ("NOUN", "X") and not tok.is_sent_start:
        return True  # « le syndicat SUD-Rail », « La Fédération russe de football »: capitalized inside a sentence
    if tok.ent_type_ in ("PERSON", "PER", "ORG", "NORP", "GPE", "LOC", "MISC") and tok.pos_ in ("NOUN", "X", "ADJ"):
        return not tok.is_sent_start or tok.ent_iob_ == "B" and tok.ent_type_ in ("PERSON", "PER", "ORG")
    return is_acronym(raw) and tok.pos_ in ("NOUN", "X", "NUM") and not tok.is_sent_start


_FUNCTION_WORDS = frozenset({"the", "a", "an", "le", "la", "les", "un", "une", "in", "en", "on", "at", "for",
                             "but", "however", "cependant", "mais", "after", "before", "during", "since", "when",
                             "while", "apres", "avant", "depuis", "lors", "quand", "selon", "according", "dans",
                             "sur", "pour", "par", "with", "avec", "from", "des", "du", "de", "this", "that", "these",
                             "ce", "cette", "ces", "it", "they", "he", "she", "we", "il", "elle", "ils", "elles",
                             "nous", "on", "read", "lire", "also", "aussi", "no", "not", "pas"})


def _proper_run(scan: Scan, i: int) -> int:
    view, doc = scan.view, scan.doc
    e = i + 1
    while e < len(view):
        if not view.words[e]:
            break
        if scan.claimed[e] is not None:
            if _governed_name_word(scan, i, e):
                e += 1
                continue
            break
        w, raw = view.words[e], view.raw[e]
        if raw[:1].isupper() and (doc[e].pos_ in ("PROPN", "NOUN", "ADJ", "X", "NUM") or doc[e].ent_type_) \
                and doc[e].ent_type_ not in _NOT_NAMES:
            e += 1
            continue
        if raw[:1].isdigit() and doc[e].ent_type_ in ("ORG", "PERSON", "PER", "MISC"):
            e += 1
            continue
        if w in NAME_JOINERS and (w in _ARABIC_AND_GERMANIC_PARTICLES or w == "-" or doc[e].ent_type_):
            k = _after_joiners(scan, e)
            if k is not None:
                e = k
                continue
        if w == "'s" and e + 1 < len(view) and view.raw[e + 1][:1].isupper() and scan.claimed[e + 1] is None \
                and doc[e + 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            e += 1  # "the Tigray People's Liberation Front", "the North's National Defense Commission"
            continue
        if _place_complement(scan, i, e):
            break  # « l'usine Brenval de Fos-sur-Mer »: the company, then where it is
        # « Conseil national pour la sauvegarde de la patrie », « Fédération sénégalaise de football »,
        # "Organization of American States": lower-case words the name's first word governs
        if _governed_name_word(scan, i, e):
            e += 1
            continue
        break
    while e > i + 1 and (view.words[e - 1] in NAME_JOINERS or view.words[e - 1] in DETERMINERS.get(scan.language, ())
                         or view.words[e - 1] in ("of", "for", "and", "de", "pour", "et", "d'", "du", "des")):
        e -= 1
    return e


def _place_complement(scan: Scan, i: int, e: int) -> bool:
    """« de Fos-sur-Mer », "of Kherson" after a name whose first word is no organization noun: a place
    complement, not part of the name (« Banque de France », "Bank of England" keep theirs)."""
    view, doc = scan.view, scan.doc
    if view.words[e] not in ("de", "d'", "du", "of") or e + 1 >= len(view) or not view.raw[e + 1][:1].isupper():
        return False
    first = view.words[i]
    lex = scan.lexicon
    if lex.descriptions.get(first) == "organization" or _is_org_noun(lex, first) or first in lex.institution_forms:
        return False
    after = scan.at(e + 1)
    # a state, a place, or an entity of its own the tagger starts there (not the name's continuation)
    return (after is not None and after.category == STATE and after.noun in (NAME, CAPITAL)) or \
        doc[e + 1].ent_type_ in ("LOC", "GPE") or (doc[e + 1].ent_iob_ == "B" and doc[e + 1].ent_type_ != "ORG")


def _governed_name_word(scan: Scan, i: int, e: int) -> bool:
    doc, view = scan.doc, scan.view
    tok, first = doc[e], doc[i]
    if scan.language == "fr" and scan.claimed[e] is not None and _state_adjective(scan, e) and view.raw[e][:1].islower() \
            and tok.head.i == i and first.pos_ in ("NOUN", "PROPN"):
        scan.claimed[e] = None  # « Fédération sénégalaise de football »: the adjective is part of the name
        return True
    if tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or scan.claimed[e] is not None:
        return False
    if scan.language == "fr" and not first.is_ancestor(tok):
        return False  # « le CNSP accuse Paris »: the verb the name depends on is not part of it
    if not first.is_ancestor(tok) and not (first.head.i == tok.i or (first.head.is_ancestor(tok) and first.dep_ in (
            "compound", "amod", "flat", "flat:name"))):
        return False
    if scan.language == "fr" and _charge_after_accused(scan, i, e):
        return False
    if scan.language == "fr":
        # a lower-case adjective, or « de/pour/la » and the noun after it, inside the name (« Conseil national
        # pour la sauvegarde de la patrie »)
        return tok.pos_ in ("ADJ", "NOUN", "ADP", "DET", "PROPN") and (tok.pos_ not in ("ADP", "DET") or (
            e + 1 < len(view) and doc[e + 1].pos_ in ("NOUN", "DET", "PROPN", "ADJ")))
    # English: "of", "for", "and", "the" between capitalized words
    return view.words[e] in ("of", "for", "and", "the") and e + 1 < len(view) and \
        (view.raw[e + 1][:1].isupper() or view.words[e + 1] == "the")


def _charge_after_accused(scan: Scan, i: int, e: int) -> bool:
    """« accuser la Fédération russe de football de corruption »: after the object of a verb of accusation,
    « de » + a wrongdoing noun is the charge (« accuser X de Y »), not the end of X's name."""
    doc, view = scan.doc, scan.view
    if view.words[e] not in ("de", "d'") or e + 1 >= len(view) or doc[i].dep_ != "obj":
        return False
    cues = load_cue_lexicon(scan.language)
    accuses = any(r.act == "accuse" for r in cues.readings(doc[i].head.lemma_.lower(), "VERB"))
    return accuses and cues.has("charge_noun", doc[e + 1].lemma_.lower())


def _add_name(scan: Scan, i: int, e: int) -> None:
    doc, view, lex = scan.doc, scan.view, scan.lexicon
    if e < len(view) and doc[e].ent_iob_ == "I" and doc[e].ent_type_ and doc[e].ent_type_ == doc[e - 1].ent_type_ \
            and _state_adjective(scan, e) is not None and view.raw[e][:1].islower():
        scan.claimed[e] = None  # « Rêve géorgien », « Front national »: the adjective is part of the name
        e += 1
    cut = next((k for k in range(i + 1, e) if view.words[k] == "'s"), None)
    if cut is not None and cut + 1 < e and _names_a_place(scan, i, cut):
        # "the North's National Defense Commission": the owner, then the organization, part of it
        _add_name(scan, i, cut)
        owner = scan.at(i)
        _add_name(scan, cut + 1, e)
        named = scan.at(cut + 1)
        if owner is not None and named is not None and named.category == ORG and named.start == cut + 1:
            idx = scan.claimed[cut + 1]
            scan.mentions[idx] = replace(named, attached=owner.start)
        return
    while e - i > 1 and is_acronym(view.raw[i]) and lex.descriptions.get(view.words[i]) in ("group", "organization"):
        i += 1  # « l'ONG Les Amis de la Terre », "the NGO Global Witness": the name is after the noun
    words = [view.words[k] for k in range(i, e)]
    name = _text(scan, i, e)
    ents = {doc[k].ent_type_ for k in range(i, e)} - {""}
    org_noun = len(words) > 1 and any(_is_org_noun(lex, w) for w in words)  # "Democratic Party", « Parti socialiste »
    # a trailing lower-case group noun ("M23 rebels", "the Houthi movement") is the organization's description
    e2, noun = e, None
    if e2 < len(view) and scan.claimed[e2] is None and view.raw[e2][:1].islower() and \
            lex.descriptions.get(view.words[e2]) in ("group", "organization") and doc[e2].pos_ == "NOUN":
        noun, e2 = view.words[e2], e2 + 1
    start = i
    owner_state = None
    if i >= 2 and view.words[i - 1] == "'s" and scan.at(i - 2) is not None and scan.at(i - 2).category == STATE:
        owner_state = scan.at(i - 2).iso3  # "South Korea's Joint Chiefs of Staff"
    demonym = _state_adjective(scan, i - 1) if i > 0 and view.raw[i - 1][:1].isupper() else None
    name_state = None
    if demonym and (org_noun or ents & {"ORG"} or noun is not None) and not ents & {"PERSON", "PER"}:
        name_state = demonym
        # "the Ethiopian Human Rights Commission", "the Libyan National Army": the adjective is part of the name
        adjective = scan.at(i - 1)
        idx = scan.claimed[i - 1]
        scan.claimed[i - 1] = None
        del adjective, idx
        i = i - 1
        name = _text(scan, i, e)
        words = [view.words[k] for k in range(i, e)]
        start = i
    if i > 0 and view.words[i - 1] in DETERMINERS.get(scan.language, ()) and scan.claimed[i - 1] is None:
        start = i - 1
    if (_after_place_noun(scan, i) or _before_place_noun(scan, e)) and _governed_by_title(scan, i):
        # "the governor of the Kherson region": the place stands for its authorities, whatever the tagger says
        scan.add(Mention(i, e, ORG, name=name, place=True))
        return
    if e == i + 1 and ents <= {"NORP"} and noun is None and e < len(view) and view.raw[e][:1].islower() \
            and doc[i].head.i == e and doc[e].pos_ == "NOUN" and not _names_an_actor_noun(lex, view.words[e]):
        return  # "an Orthodox monastery", "a Catholic school": a name used as an adjective of a thing
    if all(doc[k].pos_ == "ADJ" for k in range(i, e)) and e < len(view) and view.raw[e][:1].islower() \
            and not ents & {"ORG", "PERSON", "PER"}:
        # "Western powers" is a group; "the former Soviet republics" names no actor
        if noun is not None and lex.descriptions.get(noun) == "group":
            scan.add(Mention(start, e2, GROUP, name=_label_from_tokens(scan, i, e2), noun=noun, plural=True))
        return
    place = bool(ents & {"GPE", "LOC"}) and not org_noun and noun is None and not ents & {"ORG"}
    # « à El-Facher », « près de Gondar », "near Kherson" (whatever the parse)
    b = i
    while b > 0 and i - b < 2 and doc[b - 1].pos_ == "ADJ" and view.raw[b - 1][:1].islower():
        b -= 1  # "in northern Gaza", "in the occupied West Bank"
    if b > 1 and view.words[b - 1] in DEFINITE and view.raw[b - 1][:1].islower():
        b -= 1
    after_locative = b > 0 and (view.words[b - 1] in _STRICTLY_LOCATIVE or view.words[b - 1] == "near" or (
        b > 1 and view.words[b - 1] in ("de", "d'") and view.words[b - 2] == "pres"))
    if place:
        if after_locative or _in_locative_phrase(scan, e - 1) or _after_place_noun(scan, i) or _before_place_noun(scan, e):
            return  # "in Geneva", « à Yevlakh », "the village of X", "the X corridor": where, not who
        category = ORG  # a place not in the gazetteer speaks for its authorities ("Karabakh said")
    elif org_noun or noun is not None or ents & {"ORG", "NORP", "FAC", "PRODUCT", "MISC", "EVENT"} and not ents & {"PERSON", "PER"}:
        category = ORG
    elif ents & {"PERSON", "PER"}:
        category = PERSON
    elif len(words) == 1 and (is_acronym(view.raw[i]) or any(c.isdigit() for c in view.raw[i])):
        category = ORG
    elif len(words) in (2, 3) and all(view.raw[k][:1].isupper() for k in range(i, e)):
        category = PERSON
    else:
        category = ORG
    if any(c.isdigit() for c in name):
        category = ORG  # "COP29", "M23", "G20": no person's name has digits
    if category == PERSON and len(words) == 1 and not (ents & {"PERSON", "PER"}):
        category = ORG  # may still be a surname: linked to a person by actor_ids when one matches
    if (len(words) == 1 or not ents & {"ORG"}) and (after_locative or _in_locative_phrase(scan, e - 1, strict=True)):
        return  # "in Yevlakh", « à El-Facher » even when the tagger took it for a person's name
    if category == PERSON or (category == ORG and ents <= {"PERSON", "PER"} and not org_noun):
        if fold(name) in _place_names(scan):
            # "Kishishe", "Lachin", "Nagorno Karabakh": the article uses the name as a place elsewhere
            if _in_locative_phrase(scan, e - 1) or _before_place_noun(scan, e) or _after_place_noun(scan, i):
                return
            if noun is not None and lex.descriptions.get(noun) == "group":
                # "Kishishe residents": the people of the place
                scan.add(Mention(start, e2, GROUP, name=_label_from_tokens(scan, i, e2), noun=noun, plural=True,
                                 char_start=view.starts[i] if start == i else -1))
                return
            if noun is None:
                category, place = ORG, True
    if len(words) == 1 and ents == {"NORP"} and view.raw[i].endswith("s") and noun is None and not org_noun:
        # "Tutsis", "Kurds": a people, a group rather than an organization
        scan.add(Mention(start, e, GROUP, name=name, noun=view.words[i], plural=True,
                         char_start=view.starts[i] if start == i else -1))
        return
    scan.add(Mention(start, e2, category, name=name, noun=noun, plural=noun is not None and noun.endswith("s"),
                     char_start=view.starts[i] if start == i else -1, place=place,
                     definite=start < i and view.words[start] in DEFINITE,
                     iso3=owner_state if category == ORG else None, name_state=name_state if category == ORG else None))


_PLACE_PREPOSITIONS = {"en": frozenset({"in", "at", "near", "into", "outside", "around", "across", "towards", "toward"}),
                       "fr": frozenset({"a", "dans", "pres", "vers", "au", "aux"})}


def _place_names(scan: Scan) -> frozenset:
    """Folded names the article uses as places: tagged GPE/LOC, after "in/near", « à/dans/près de », or
    with a place noun ("the X region", "the village of X", « le corridor de X »). Computed once."""
    cached = getattr(scan, "_places", None)
    if cached is not None:
        return cached
    doc, view, lex = scan.doc, scan.view, scan.lexicon
    found = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC"):
            found.add(fold(ent.text))
    preps = _PLACE_PREPOSITIONS.get(scan.language, frozenset())
    n = len(view)
    for k in range(n - 1):
        w = view.words[k]
        after_prep = w in preps or (w == "de" and k > 0 and view.words[k - 1] == "pres")
        after_noun = w in ("of", "de", "d'") and k > 0 and lex.descriptions.get(view.words[k - 1]) == "place"
        if not (after_prep or after_noun):
            continue
        s = k + 1
        if s < n and view.words[s] in DETERMINERS.get(scan.language, ()) and not view.raw[s][:1].isupper():
            s += 1
        e = s
        while e < n and view.raw[e][:1].isupper() and e - s < 4:
            e += 1
        if e > s and not (e < n and view.words[e] == "'s"):
            found.add(fold(scan.text[view.starts[s]:view.ends[e - 1]]))
    for k in range(1, n):
        if lex.descriptions.get(view.words[k]) == "place" and view.raw[k][:1].islower():
            e = k
            s = e
            while s > 0 and view.raw[s - 1][:1].isupper() and e - s < 4 and not doc[s - 1].is_sent_start:
                s -= 1
            if s < e:
                found.add(fold(scan.text[view.starts[s]:view.ends[e - 1]]))
    scan._places = frozenset(found)
    return scan._places


def _before_place_noun(scan: Scan, e: int) -> bool:
    """"the Lachin corridor": the name qualifies a place noun, it is not the phrase's head."""
    return e < len(scan.view) and scan.lexicon.descriptions.get(scan.view.words[e]) == "place" \
        and scan.view.raw[e][:1].islower()


def _names_an_actor_noun(lex: Lexicon, word: str) -> bool:
    """A common noun that names or leads to an actor (group, organization, title, institution, statement)."""
    return word in lex.descriptions and lex.descriptions[word] not in ("place", "time") or word in lex.titles \
        or word in lex.institution_forms or (word.endswith("s") and word[:-1] in lex.descriptions)


def _after_place_noun(scan: Scan, i: int) -> bool:
    """"the village of Kishishe", « la région de Kherson »: the name is the place the noun names."""
    view = scan.view
    return i >= 2 and view.words[i - 1] in ("of", "de", "d'") and scan.lexicon.descriptions.get(view.words[i - 2]) == "place"


def _names_a_place(scan: Scan, i: int, cut: int) -> bool:
    """Whether the words before a possessive 's name a place (or "the North"), not part of a name."""
    words = [scan.view.words[k] for k in range(i, cut)]
    if words in (["north"], ["south"], ["nord"], ["sud"]):
        return True
    ents = {scan.doc[k].ent_type_ for k in range(i, cut)}
    return bool(ents & {"GPE", "LOC"}) and not ents & {"ORG", "PERSON", "NORP"}


_LOCATIVE = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around", "on",
                       "a", "dans", "en", "pres", "vers", "depuis", "sur", "au", "aux"})


_STRICTLY_LOCATIVE = frozenset({"in", "at", "dans", "a", "en", "au", "aux"})


def _in_locative_phrase(scan: Scan, k: int, strict: bool = False) -> bool:
    words = _STRICTLY_LOCATIVE if strict else _LOCATIVE
    tok = scan.doc[k]
    while tok.dep_ in ("compound", "flat", "flat:name", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and fold(tok.head.text) in words:
        return True
    return any(c.dep_ == "case" and fold(c.text) in words for c in tok.children)


def _is_org_noun(lex: Lexicon, word: str) -> bool:
    """A word that makes a name an organization's: "Airlines", "Party", "Corp", "League"."""
    return lex.descriptions.get(word) == "organization" or \
        (word.endswith("s") and lex.descriptions.get(word[:-1]) == "organization")


def _acronym_definitions(scan: Scan) -> None:
    """"the Islamic Revolutionary Guard Corps (IRGC)": the acronym is an alias of the name before it."""
    view = scan.view
    for k in range(1, len(view) - 2):
        if view.words[k] != "(" or view.words[k + 2] != ")":
            continue
        acr = view.raw[k + 1]
        if not is_acronym(acr):
            continue
        inner = scan.at(k + 1)
        before = scan.at(k - 1)
        spelled = _spelled_out(scan, k, acr)
        if spelled is not None and (before is None or before.category == ORG and before.start > spelled):
            # « Conseil national pour la sauvegarde de la patrie (CNSP) »: the words spell the acronym
            for j in range(spelled, k):
                scan.claimed[j] = None
            scan.add(Mention(spelled, k, ORG, name=_text(scan, spelled, k), aliases=(acr,)))
            idx = scan.claimed[spelled]
            if inner is None or inner.category == ORG:
                scan.claimed[k + 1] = idx
            continue
        if before is None or before.category not in (ORG, INSTITUTION, GROUP):
            continue
        if before.category == ORG and before.name and acronym_of(_content_words(before.name)).upper() \
                != acr.replace(".", "").upper() and not _initials_match(before.name, acr):
            continue
        idx = scan.claimed[k - 1]
        scan.mentions[idx] = replace(before, aliases=before.aliases + (acr,))
        if inner is None or inner.category == ORG:
            scan.claimed[k + 1] = idx


def _spelled_out(scan: Scan, k: int, acr: str) -> int | None:
    """Start of the words before token ``k`` whose initials spell ``acr``, if they open with a capital."""
    want = acr.replace(".", "").upper()
    initials = ""
    view = scan.view
    for j in range(k - 1, max(-1, k - 14), -1):
        w = view.raw[j]
        if not w or not w[:1].isalpha():
            return None
        if fold(w) in _SMALL_WORDS:
            continue
        initials = w[0].upper() + initials
        if initials == want:
            return j if w[:1].isupper() else None
        if not want.endswith(initials):
            return None
    return None


def _content_words(name: str) -> str:
    return " ".join(w for w in re.split(r"[\s\-]+", name) if w and fold(w) not in _SMALL_WORDS)


_SMALL_WORDS = frozenset({"of", "the", "for", "and", "in", "on", "de", "la", "le", "les", "du", "des", "pour", "et",
                          "l'", "d'", "a", "au", "aux", "en"})


def _initials_match(name: str, acr: str) -> bool:
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and fold(w) not in _SMALL_WORDS).upper()
    return initials.endswith(acr.replace(".", "").upper()) or initials == acr.replace(".", "").upper()


# ------------------------------------------------------------------------------------------------
# 4b. bodies of an organization or a state


def bodies(scan: Scan) -> None:
    """"a United Nations probe", "UN experts", « la mission de l'ONU », « une enquête de l'ONU »: a body of
    the organization or state named beside it."""
    lex, view = scan.lexicon, scan.view
    i = 0
    while i < len(view):
        if scan.claimed[i] is not None or view.words[i] not in lex.body_prefixes:
            i += 1
            continue
        hit = longest_match(view, i, lex.bodies, lex.longest_body, max_tokens=6)
        if hit is None or not scan.free(i, hit[0]):
            i += 1
            continue
        end, key = hit
        owner, start, stop = None, i, end
        k = i - 1
        if k >= 0 and view.words[k] == "'s":
            k -= 1
        before = scan.at(k)
        if before is not None and before.end == k + 1 and before.category in (ORG, STATE) and not before.place \
                and not (before.category == STATE and before.noun == PEOPLE):
            owner, start = before, before.start
        elif end + 1 < len(view) and view.words[end] in ("of", "by", "from", "de", "d'", "du", "des"):
            j = end + 1
            if scan.at(j) is None and view.words[j] in DETERMINERS.get(scan.language, ()):
                j += 1
            after = scan.at(j)
            if after is not None and after.start == j and after.category in (ORG, STATE) and not after.place:
                owner, stop = after, after.end
        if owner is None:
            i = end
            continue
        if start > 0 and view.words[start - 1] in DETERMINERS.get(scan.language, ()) and scan.claimed[start - 1] is None:
            start -= 1
        # the body claims its own words; its text runs over the owner's, which stays a mention of its own
        first = i if owner.start < i else start
        scan.add(Mention(first, end, BODY, name=lex.bodies[key], attached=owner.start, noun=key,
                         plural=key.endswith("s"), char_start=view.starts[start], char_end=view.ends[stop - 1]))
        i = end


# ------------------------------------------------------------------------------------------------
# 4c. a person's office


def offices(scan: Scan) -> None:
    """"Netanyahu's office said", "the office of President X", « le cabinet de Macron », « les services de
    X »: the office speaks for the person; it is their office's institution when their role has one."""
    lex, view = scan.lexicon, scan.view
    for i in range(len(view)):
        if scan.claimed[i] is not None or lex.descriptions.get(view.words[i]) != "office":
            continue
        owner, start, stop = None, i, i + 1
        if i >= 2 and view.words[i - 1] == "'s":
            before = scan.at(i - 2)
            if before is not None and before.category in (PERSON, ORG) and before.end == i - 1 and not before.place:
                owner, start = before, before.start  # (a surname tagged otherwise is checked when linked)
        elif i + 1 < len(view) and view.words[i + 1] in ("of", "de", "d'", "du"):
            j = i + 2
            if j < len(view) and view.words[j] in DETERMINERS.get(scan.language, ()) and scan.at(j) is None:
                j += 1
            after = scan.at(j)
            if after is not None and after.category in (PERSON, ORG) and after.start == j and not after.place:
                owner, stop = after, after.end
        if owner is None and i > 0 and view.words[i - 1] in POSSESSIVE_PRONOUNS and scan.claimed[i - 1] is None \
                and view.words[i - 1] not in ("its", "their", "leur", "leurs"):
            # "his office", « son cabinet »: the office of the person the pronoun refers to
            scan.add(Mention(i - 1, i + 1, OFFICE, possessor_pronoun=i - 1, noun=view.words[i]))
            continue
        if owner is None:
            continue
        first = i if owner.start < i else start
        if first == i and i > 0 and view.words[i - 1] in DETERMINERS.get(scan.language, ()) \
                and scan.claimed[i - 1] is None:
            first = i - 1
        scan.add(Mention(first, i + 1, OFFICE, attached=owner.start, noun=view.words[i],
                         char_start=view.starts[min(first, start)], char_end=view.ends[stop - 1]))


# ------------------------------------------------------------------------------------------------
# 5. descriptions: groups, organization nouns, statements


def descriptions(scan: Scan) -> None:
    lex, doc, view = scan.lexicon, scan.doc, scan.view
    table = lex.descriptions
    longest = lex.longest_description
    i = 0
    while i < len(view):
        if scan.claimed[i] is not None or not view.words[i] or view.words[i] not in lex.description_prefixes:
            i += 1
            continue
        hit = longest_match(view, i, table, longest, max_tokens=5)
        if hit is None or not scan.free(i, hit[0]):
            i += 1
            continue
        end, key = hit
        category = table[key]
        head = _phrase_head(doc, i, end)  # « communauté internationale »: the noun, not its adjective
        before_name = category in ("group", "organization") and _name_right_after(scan, end) is not None
        possessed = i > 0 and view.words[i - 1] in POSSESSIVE_PRONOUNS  # « son voisin » tagged an adjective
        if (head.pos_ not in ("NOUN", "PROPN") and not (possessed and category == NEIGHBOUR)) or (head.dep_ in ("compound", "amod") and head.head.i >= end
                                                  and category != "statement" and not before_name):
            i = end
            continue
        q = Qualified(i, end, key)
        _qualify_before(scan, q)
        if category == "statement":
            _statement(scan, q)
        elif category == "group":
            _group(scan, q)
        elif category == "organization":
            _org_noun(scan, q)
        elif category == NEIGHBOUR:
            _neighbour(scan, q)
        elif category == "pair" and _bloc_of_states(scan, q, head):
            _group(scan, q)  # "Western countries", "Arab nations": the states of a bloc, a group
        i = end


def _bloc_of_states(scan: Scan, q: Qualified, head) -> bool:
    """"Western countries", "Arab nations": a plural state noun (a ``pair`` noun: "both countries" refers
    to two sides) qualified by a capitalized adjective that is no state's demonym."""
    return bool(q.modifiers) and q.iso3 is None and q.attached is None and scan.is_capitalized(q.start) \
        and head.morph.get("Number") == ["Plur"] and not scan.doc[q.start].is_sent_start


def _phrase_head(doc, i: int, end: int):
    """The token of ``doc[i:end]`` whose head lies outside it (the last one when the parse says none)."""
    for k in range(i, end):
        if not (i <= doc[k].head.i < end) or doc[k].head.i == k:
            return doc[k]
    return doc[end - 1]


# nouns of political organizations: a party or coalition of a state is not a body of the state
POLITICAL_NOUNS = frozenset({"party", "coalition", "alliance", "bloc", "front", "platform", "movement", "union",
                             "parti", "plateforme", "mouvement"})


# bare nouns that may stand for any organization named before ("the group", « la société »)
ANY_ORGANIZATION_NOUNS = frozenset({"group", "organization", "organisation", "movement", "company", "firm", "club",
                                     "body", "groupe", "mouvement", "societe", "entreprise", "firme", "formation",
                                     "compagnie", "ngo", "association", "giant", "geant", "conglomerate",
                                     "multinational", "multinationale", "instance", "organe", "organisme"})


def _named_complement(scan: Scan, k: int) -> int | None:
    """Token of a named organization or unknown place right after "of/in/de" at ``k``."""
    view = scan.view
    if k >= len(view) or view.words[k] not in ("of", "in", "de", "d'", "du", "des"):
        return None
    j = k + 1
    if j < len(view) and view.words[j] in DETERMINERS.get(scan.language, ()) and scan.at(j) is None:
        j += 1
    m = scan.at(j)
    if m is not None and m.category == ORG:
        return m.start
    if m is None and j < len(view) and view.raw[j][:1].isupper() and scan.doc[j].pos_ in ("PROPN", "NOUN"):
        e = _proper_run(scan, j)
        ents = {scan.doc[x].ent_type_ for x in range(j, e)}
        if not ents & {"PERSON", "PER"}:
            # "separatists in Transnistria": the place names the group's authorities
            scan.add(Mention(j, e, ORG, name=_text(scan, j, e), place=True))
            return j
    return None


def _name_right_after(scan: Scan, k: int) -> int | None:
    """Token of an organization's name right after a description noun ("group ELN"), or after a short
    complement of it (« le parti d'opposition Pastef »); a one-word name taken for a person's is the
    organization's."""
    view = scan.view
    if k + 1 < len(view) and view.words[k] in ("de", "d'", "of") and scan.at(k + 1) is None \
            and view.raw[k + 1][:1].islower() and scan.doc[k + 1].pos_ == "NOUN":
        k += 2
    j = k
    while j < len(view) and j - k < 2 and view.raw[j][:1].islower() and (
            scan.at(j) is None and scan.doc[j].pos_ == "ADJ"
            or scan.at(j) is not None and scan.at(j).category == STATE and scan.at(j).end == j + 1):
        j += 1  # « le groupe minier Valdris », "the state-owned company X", « le groupe armé malien X »
    m = scan.at(j)
    if m is None or m.start != j:
        return None
    if m.category == ORG and not m.place:
        return j
    if m.category == PERSON and m.title is None and m.person is None and len(_text(scan, m.start, m.end).split()) <= 3 \
            and (m.end - m.start == 1 or fold(view.raw[m.start]) not in scan.gazetteer.given_names):
        # « le parti Lafanmi Lavalas », "the company Véliane Cloud": the tagger's person is the organization
        idx = scan.claimed[j]
        scan.mentions[idx] = replace(m, category=ORG)
        return j
    return None


def _absorb_description(scan: Scan, start: int, named: int, noun: str | None = None) -> None:
    """The description before a name belongs to the name's mention (so a phrase headed by the
    description resolves to the name); its noun says what the organization is (« le syndicat X »)."""
    idx = scan.claimed[named]
    m = scan.mentions[idx]
    if start > 0 and scan.view.words[start - 1] in DETERMINERS.get(scan.language, ()) and scan.claimed[start - 1] is None:
        start -= 1
    scan.mentions[idx] = replace(m, start=start, char_start=scan.view.starts[start], noun=m.noun or noun)
    for j in range(start, m.start):
        scan.claimed[j] = idx


def _org_before_apposition(scan: Scan, start: int) -> int | None:
    """"Fanmi Lavalas, the ruling party, said": the organization named before ", (det)" a description."""
    view = scan.view
    j = start - 1
    if j >= 0 and scan.at(j) is None and view.words[j] in DETERMINERS.get(scan.language, ()):
        j -= 1
    if j < 1 or view.words[j] != ",":
        return None
    m = scan.at(j - 1)
    if m is not None and m.category == ORG and m.end == j and not m.place:
        return m.start
    return None


def _appositive_org(scan: Scan, head: int) -> int | None:
    """Token of a named organization in apposition to the noun at ``head`` (", Rêve géorgien,")."""
    doc, view = scan.doc, scan.view
    for c in doc[head].children:
        if c.dep_ == "appos" and c.i > head and view.words[c.i - 1] == ",":
            for t in (c, *c.subtree):
                m = scan.at(t.i)
                if m is not None and m.category == ORG:
                    return m.start
    # the parser may miss it: ", Name," within a few lower-case words of the noun
    if doc[head].dep_ in ("poss", "nmod:poss"):
        return None  # "the group's armed wing, the X Brigades": the name is the wing's
    for k in range(head + 1, min(len(view) - 1, head + 5)):
        if view.words[k] == "'s":
            return None
        if view.words[k] == ",":
            m = scan.at(k + 1)
            if m is not None and m.category == ORG and m.start == k + 1 and m.end < len(view) \
                    and view.words[m.end] in (",", ")", ".", ";"):
                return m.start
            return None
        if view.raw[k][:1].isupper() or scan.at(k) is not None:
            return None
    return None


def _led_by_state(scan: Scan, k: int) -> tuple[int, str] | None:
    """``(start, iso3)`` of "<state>-led" just before token ``k`` ("Saudi-led", "US-led")."""
    view = scan.view
    j = k - 1
    if j < 2 or view.words[j] != "led" or view.words[j - 1] != "-":
        return None
    m = scan.at(j - 2)
    if m is None or m.category != STATE:
        return None
    return m.start, m.iso3


def _statement(scan: Scan, q: Qualified) -> None:
    """"An Azerbaijani Foreign Ministry statement": the institution before it is the author; "a
    ministry statement" refers back to the last ministry."""
    author = None
    for j in range(q.start, q.end):
        m = scan.at(j)
        if m is not None and m.category not in (OUTLET,):
            author = m
    if author is None and q.end - 2 >= 0 and scan.at(q.end - 2) is not None:
        author = scan.at(q.end - 2)
    if author is None:
        return
    idx = scan.claimed[author.start]
    scan.mentions[idx] = replace(author, statement=True)
    for j in range(q.start, q.end):
        if scan.claimed[j] is None:
            scan.claimed[j] = idx


def _neighbour(scan: Scan, q: Qualified) -> None:
    """"its neighbour", « son voisin », "Serbia's neighbour": the state is another than the possessor's,
    named right after ("its smaller neighbour Rwanda") or before (`kg.resolve.linking`)."""
    if q.possessor_pronoun is None and q.iso3 is None:
        return
    after = scan.at(q.end)
    named = after.start if after is not None and after.start == q.end and after.category == STATE \
        and after.noun in (NAME, CAPITAL) else None
    scan.add(Mention(q.start, q.end, NEIGHBOUR, iso3=q.iso3, possessor_pronoun=q.possessor_pronoun,
                     noun=scan.view.words[q.end - 1], holder=named))


def _group(scan: Scan, q: Qualified) -> None:
    doc = scan.doc
    head = doc[q.end - 1]
    plural = head.morph.get("Number") == ["Plur"] or q.key.endswith("s")
    end = q.end
    if scan.language == "fr":  # « les bailleurs internationaux », « les rebelles congolais »
        while end < len(scan.view) and scan.claimed[end] is None and doc[end].pos_ == "ADJ" \
                and doc[end].head.i == q.end - 1:
            end += 1
        if end > q.end and _state_adjective(scan, end - 1) is None:
            q.modifiers = q.modifiers + tuple(scan.view.words[q.end:end])
        elif end > q.end and q.iso3 is None:
            q.iso3 = _state_adjective(scan, end - 1)
        q.end = end
    owner = scan.at(q.attached) if q.attached is not None else None
    if owner is not None and owner.category == ORG and owner.end == q.end - len(q.key.split()):
        # "the Houthi rebels", "Hamas militants": the organization, described
        idx = scan.claimed[owner.start]
        scan.mentions[idx] = replace(owner, end=q.end, char_end=scan.view.ends[q.end - 1], noun=owner.noun or q.key)
        for j in range(owner.end, q.end):
            scan.claimed[j] = idx
        return
    named = _named_complement(scan, q.end)
    if named is not None:
        # "rebels of the Arakan Army", « les séparatistes de Transnistrie »: the group is the one named
        scan.add(Mention(q.start, q.end, GROUP, name=_label_from_tokens(scan, q.start, q.end), noun=q.key,
                         plural=plural, definite=q.definite, holder=named))
        return
    named = _name_right_after(scan, q.end)
    if named is not None:
        _absorb_description(scan, q.start, named, q.key)  # "guerrilla group ELN", "the opposition Unitary Platform"
        return
    modified = q.iso3 is not None or q.modifiers or q.attached is not None
    label = _label_from_tokens(scan, q.start, q.end)
    if not modified and q.key in scan.lexicon.description_labels:
        label = scan.lexicon.description_labels[q.key]  # one label in both languages
    gender = _gender_of(head) if scan.language == "fr" else None
    # "the separatists" refers back; "Armenian separatists", "Rights groups" are actors of their own
    scan.add(Mention(q.start, q.end, GROUP, name=label, noun=q.key, plural=plural, definite=q.definite,
                     bare=not modified and q.definite, iso3=q.iso3, gender=gender,
                     possessor_pronoun=q.possessor_pronoun))


def _state_body(scan: Scan, q: Qualified) -> Mention | None:
    """"Venezuela's electoral council", "the Kenyan electoral commission", « la commission électorale
    kényane »: a body of the state named by a specific organization noun, an organization part of the state
    labelled "<phrase> (<state>)" (so two states' councils are two actors)."""
    view, doc = scan.view, scan.doc
    iso, end = q.iso3, q.end
    adjectives = [view.raw[k] for k in range(q.start, q.end - len(q.key.split()))
                  if scan.at(k) is None and view.raw[k][:1].islower() and view.words[k] not in DETERMINERS.get(
                      scan.language, ()) and view.words[k] not in POSSESSIVE_PRONOUNS and view.words[k] != "'s"]
    if scan.language == "fr" and iso is None:
        j = end
        while j < len(view) and j - end < 2 and scan.at(j) is None and doc[j].pos_ == "ADJ" and view.raw[j][:1].islower():
            j += 1
        if j < len(view) and _state_adjective(scan, j) is not None:
            adjectives += [view.raw[k] for k in range(end, j)]
            iso, end = _state_adjective(scan, j), j + 1
    if iso is None:
        return None
    noun = scan.text[view.starts[q.end - len(q.key.split())]:view.ends[q.end - 1]]
    phrase = " ".join([*adjectives, noun] if scan.language == "en" else [noun, *adjectives])
    label = f"{phrase[:1].upper()}{phrase[1:]} ({scan.gazetteer.state(iso).name_en})"
    return scan.add(Mention(q.start, end, ORG, name=label, noun=q.key, iso3=iso, definite=q.definite))


# words that give a description its name: "a gang known as the X", « un groupe baptisé X »
_NAMING_WORDS = (("known", "as"), ("called",), ("dubbed",), ("named",), ("calling", "itself"),
                 ("connu", "sous", "le", "nom", "de"), ("baptise",), ("baptisee",), ("appele",), ("appelee",),
                 ("nomme",), ("nommee",), ("denomme",), ("denommee",), ("surnomme",), ("surnommee",))


def _known_as(scan: Scan, k: int) -> int | None:
    """Token of an organization's name given by "known as", "called", « baptisé » right after ``k``."""
    view = scan.view
    for words in _NAMING_WORDS:
        if tuple(view.words[k:k + len(words)]) != words:
            continue
        j = k + len(words)
        while j < len(view) and (view.words[j] in ('"', "“", "«", "'", "‘") or
                                 (view.words[j] in DETERMINERS.get(scan.language, ()) and scan.at(j) is None)):
            j += 1
        m = scan.at(j)
        if m is not None and m.category == ORG and not m.place:
            return m.start
    return None


def _org_noun(scan: Scan, q: Qualified) -> None:
    led = _led_by_state(scan, q.start)
    if led is not None:
        # "the Saudi-led coalition": an organization of its own, part of the state leading it
        s, iso = led
        start = s - 1 if s > 0 and scan.view.words[s - 1] in DETERMINERS.get(scan.language, ()) \
            and scan.claimed[s - 1] is None else s
        label = _label_from_tokens(scan, s, q.end).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        scan.add(Mention(start, q.end, ORG, name=label, noun=q.key, iso3=iso, definite=True))
        return
    head = scan.doc[q.end - 1]
    named = _name_right_after(scan, q.end)
    if named is not None:
        # « le syndicat SUD-Rail », "the rebel group M23"; "the Somali militant group al-Shabaab": the demonym
        # says where the group is, the name which group it is (not the state)
        _absorb_description(scan, q.start, named, q.key)
        return
    before, known_as = _org_before_apposition(scan, q.start), _known_as(scan, q.end)
    # (token indexes: 0 is a token, so no `or` between them)
    appositive = next((x for x in (_appositive_org(scan, q.end - 1), before, known_as) if x is not None), None)
    if appositive is not None and (q.definite or q.iso3 is not None or before is not None or known_as is not None):
        # « le parti au pouvoir, Rêve géorgien, » : the description is the organization named beside it
        scan.add(Mention(q.start, q.end, GROUP if scan.lexicon.descriptions.get(q.key) == "group" else ORG_NOUN,
                         noun=q.key, definite=True, holder=appositive))
        return
    specific = q.key not in ANY_ORGANIZATION_NOUNS
    if specific and q.attached is None and q.possessor_pronoun is None and q.key not in POLITICAL_NOUNS \
            and not any(scan.lexicon.descriptions.get(w) == "group" for w in q.modifiers):
        state_body = _state_body(scan, q)
        if state_body is not None:
            return
    if specific and q.iso3 is None and q.attached is None:
        # "the national aviation regulator", "the electoral commission": an actor of its own
        start = q.end - 1
        while start - 1 >= 0 and scan.claimed[start - 1] is None and scan.doc[start - 1].dep_ in ("compound", "amod") \
                and scan.doc[start - 1].head.i == q.end - 1 and scan.view.raw[start - 1][:1].islower() \
                and scan.view.words[start - 1] not in DETERMINERS.get(scan.language, ()):
            start -= 1
        det = start - 1 if start > 0 and scan.view.words[start - 1] in DEFINITE and scan.claimed[start - 1] is None \
            else None
        if start < q.end - 1 and det is not None:
            scan.add(Mention(det, q.end, ORG, name=_label_from_tokens(scan, start, q.end), noun=q.key, definite=True))
            return
    if not q.definite or q.iso3 is not None or (q.modifiers and specific):
        return  # "the international organization", "the armed group" refer back like "the group"
    if q.end < len(scan.view) and scan.view.words[q.end] in ("of", "de", "d'", "des", "du"):
        return  # "the league of X", "the group of experts": not a back-reference
    gender = _gender_of(head) if scan.language == "fr" else None
    end, modifiers = q.end, q.modifiers
    if scan.language == "fr" and end < len(scan.view) and scan.at(end) is None \
            and scan.view.words[end] in scan.lexicon.qualifiers:
        end, modifiers = end + 1, modifiers + (scan.view.words[end],)  # « l'organisation internationale »
    scan.add(Mention(q.start, end, ORG_NOUN, noun=q.key, definite=True, bare=True, gender=gender,
                     plural=head.morph.get("Number") == ["Plur"], modifiers=modifiers))
