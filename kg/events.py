"""Events: what claims are about (attacks, offensives, ceasefire violations, troop build-ups, talks...).

    extract_events(doc, article, relations, actors) -> (events, relations with `events` filled in)

An event is found from a trigger word (lemma and part of speech, from the bilingual event-kind lexicon
``ontology/lexicons/events_{en,fr}.tsv``), sometimes with a context word that must stand near it ("violate"
+ "ceasefire" is a ceasefire violation, "violate" + "airspace" an airspace violation). Each event gets:

- a time: the time expression (kg.timex) that belongs to the trigger's phrase, or to the verb the trigger
  is the subject or object of ("talks were held on 24 September"), normalized against the article date;
  the time of the *report* ("X said on Friday that...") is not the event's;
- a place: a country the context word names ("Armenia's border", « l'espace aérien malien »), else the
  proper name after a locative preposition ("in Stepanakert", « à Lachin »), linked to the gazetteer when
  it is a country;
- participants: the actors (kg.resolve) that are its subject, object, agent, possessor or demonym
  ("the Azerbaijani offensive"), and the accused of an accusation about it.

Mentions of the same kind that agree on time, place and participants are one event (the article's
"Azerbaijani offensive" named three times). A statement is about the events its content mentions; a denial
is also about the events of the claims it answers (`responds_to`).
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Sequence

from kg.model import Article, Event, Relation, Span
from kg.paths import ontology_file
from kg.resolve.gazetteer import fold, load_gazetteer
from kg.timex import Timex, find_timexes

#: how far (in tokens, same sentence) a context word may stand from its trigger
CONTEXT_WINDOW = 4

_POS_OF = {"NOUN": {"NOUN", "PROPN"}, "VERB": {"VERB"}, "ADJ": {"ADJ", "VERB"},
           "ANY": {"NOUN", "PROPN", "VERB", "ADJ"}}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
_OBJECT_DEPS = {"dobj", "obj", "iobj"}
_AGENT_DEPS = {"agent", "obl:agent"}
_MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "nmod:poss", "flat", "flat:name"}
# prepositions that introduce a participant of a noun event ("attack by", "offensive against")
_PARTICIPANT_PREPS = {"by", "against", "between", "of", "par", "contre", "entre", "de"}
# prepositions that introduce a place
_LOCATIVE_PREPS = {"in", "at", "near", "along", "inside", "outside", "around", "across", "into", "from",
                   "à", "au", "aux", "en", "dans", "près", "sur", "vers", "long", "autour"}
# prepositions by which a verb links the clause of its object ("accused X of violating", « accusé X de violer »)
_OBJECT_CONTROL_MARKS = {"of", "de", "d'", "d’"}
_INFINITIVE_MARKS = {"de", "d'", "d’", "à", "pour", "sans", "to"}
_CLAUSE_DEPS = {"advcl", "xcomp", "pcomp", "acl", "acl:relcl", "ccomp", "conj"}
_PUNCT = "«»\"“”‘’'.,;:!?()[]{}…"
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


# ----------------------------------------------------------------------------------------------------
# Lexicons (data files; loaded once)


@dataclass(frozen=True)
class TriggerRule:
    """One row of the event-kind lexicon."""

    kind: str
    trigger: str  # lemma, lower case
    pos: str  # NOUN | VERB | ADJ | ANY
    context: frozenset[str] = frozenset()
    place_from_context: bool = False


@dataclass(frozen=True)
class EventLexicon:
    rules_by_trigger: dict  # trigger -> tuple[TriggerRule, ...], rules with a context first
    future_words: frozenset[str]


def _rows(name: str) -> Iterable[dict]:
    with ontology_file("lexicons", name).open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


def parse_rules(rows: Iterable[dict]) -> tuple[TriggerRule, ...]:
    rules = []
    for row in rows:
        context = frozenset(w.strip().lower() for w in (row.get("context") or "").split("|") if w.strip())
        rules.append(TriggerRule(kind=row["kind"].strip(), trigger=row["trigger"].strip().lower(),
                                 pos=(row.get("pos") or "ANY").strip().upper(), context=context,
                                 place_from_context=(row.get("place") or "").strip() == "context"))
    return tuple(rules)


def build_lexicon(rules: Sequence[TriggerRule], future_words: Iterable[str] = ()) -> EventLexicon:
    by_trigger: dict[str, list[TriggerRule]] = {}
    for rule in sorted(rules, key=lambda r: not r.context):  # stable: file order within each group
        by_trigger.setdefault(rule.trigger, []).append(rule)
    return EventLexicon({k: tuple(v) for k, v in by_trigger.items()}, frozenset(future_words))


@dataclass(frozen=True)
class EventKind:
    """One event kind (``ontology/lexicons/events_kinds.tsv``)."""

    kind: str
    weight: float  # how much sharing it says two statements make the same claim (kg.claims)
    label_en: str
    label_fr: str


@lru_cache(maxsize=1)
def load_kinds() -> dict[str, EventKind]:
    """Every event kind, by name."""
    return {row["kind"]: EventKind(row["kind"], float(row["weight"]), row["label_en"], row["label_fr"])
            for row in _rows("events_kinds.tsv")}


@lru_cache(maxsize=None)
def load_lexicon(language: str) -> EventLexicon:
    """The event-kind lexicon of ``language`` ("en" or "fr")."""
    rules = parse_rules(_rows(f"events_{language}.tsv"))
    future = (row["lemma"].strip().lower() for row in _rows(f"events_future_{language}.tsv"))
    return build_lexicon(rules, future)


# ----------------------------------------------------------------------------------------------------
# Trigger detection (pure functions over a Doc)


@dataclass(frozen=True)
class EventMention:
    """A trigger of an event kind at one place of a Doc (token indices)."""

    kind: str
    trigger: int
    context: int | None = None
    place_from_context: bool = False


def word_runs(doc) -> list[tuple[int, int]]:
    """For each token, the first and last token of the whitespace-delimited word it is part of
    ("cease", "-", "fire" are one word). Quotes and punctuation stuck to a word are runs of their own."""
    runs: list[tuple[int, int]] = [(0, 0)] * len(doc)
    run: list[int] = []

    def close():
        if run:
            for i in run:
                runs[i] = (run[0], run[-1])
            run.clear()

    for tok in doc:
        if tok.is_space or (tok.is_punct and tok.text != "-"):
            close()
            runs[tok.i] = (tok.i, tok.i)
            continue
        run.append(tok.i)
        if tok.whitespace_ or tok.text.endswith(("'", "’")):  # « l'hostilité »: the article is not the word
            close()
    close()
    return runs


def written_words(doc, runs: Sequence[tuple[int, int]] | None = None) -> list[str]:
    """For each token, the whole word it is part of, lower case ("cease-fire" for "cease", "-", "fire")."""
    runs = runs if runs is not None else word_runs(doc)
    text = doc.text  # built anew at each access: once only
    return [text[doc[a].idx: doc[b].idx + len(doc[b])].lower() for a, b in runs]


def _keys(tok, words: Sequence[str]) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_, words[tok.i]}


def _context_match(doc, trigger, rule: TriggerRule, words: Sequence[str]) -> int | None:
    """The nearest token of the trigger's sentence, within the window, that is one of the rule's context
    words; None if there is none."""
    sent = trigger.sent
    lo = max(sent.start, trigger.i - CONTEXT_WINDOW)
    hi = min(sent.end, trigger.i + CONTEXT_WINDOW + 1)
    for i in sorted(range(lo, hi), key=lambda j: (abs(j - trigger.i), j)):
        if words[i] != words[trigger.i] and _keys(doc[i], words) & rule.context:
            return i
    return None


def _pos_fits(tok, rule: TriggerRule) -> bool:
    """The token has the rule's part of speech, or is the rule's verb as a bare infinitive after its
    marker (« de franchir », "to cross"), which the small models often tag as a noun."""
    if tok.pos_ in _POS_OF.get(rule.pos, ()):
        return True
    return (rule.pos in ("VERB", "ANY") and tok.lower_ == rule.trigger and tok.i > 0
            and tok.doc[tok.i - 1].lower_ in _INFINITIVE_MARKS)


def find_event_mentions(doc, lexicon: EventLexicon) -> tuple[EventMention, ...]:
    """Every event trigger of ``doc``, in text order.

    Rules with a context word are tried first over the whole Doc; the context words they use are then no
    triggers themselves ("ceasefire" in "violated the ceasefire" is part of the violation).
    """
    runs = word_runs(doc)
    words = written_words(doc, runs)
    found: dict[int, EventMention] = {}
    taken: set[int] = set()  # tokens of a word already used as a trigger
    consumed: set[int] = set()  # tokens of a word used as a context
    for with_context in (True, False):
        for tok in doc:
            if tok.i in taken or tok.i in consumed:
                continue
            for key in _keys(tok, words):
                for rule in lexicon.rules_by_trigger.get(key, ()):
                    if bool(rule.context) != with_context or not _pos_fits(tok, rule):
                        continue
                    ctx = _context_match(doc, tok, rule, words) if rule.context else None
                    if rule.context and ctx is None:
                        continue
                    found[tok.i] = EventMention(rule.kind, tok.i, ctx, rule.place_from_context)
                    taken.update(range(runs[tok.i][0], runs[tok.i][1] + 1))
                    if ctx is not None:
                        consumed.update(range(runs[ctx][0], runs[ctx][1] + 1))
                    break
                if tok.i in found:
                    break
    # a trigger consumed later as the context of another one stays a trigger only if it was found first
    return tuple(found[i] for i in sorted(found) if i not in consumed or found[i].context is not None)


# ----------------------------------------------------------------------------------------------------
# Time, place, participants of one mention


def is_future_context(doc, start_char: int, end_char: int, future_words: frozenset[str]) -> bool:
    """Whether the clause holding the characters [start_char, end_char) speaks of the future: a verb in
    the future tense, a future auxiliary ("will", « va »), or a word of planning ("scheduled", « prévu »)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(4):
        if "Fut" in tok.morph.get("Tense") or tok.lemma_.lower() in future_words or tok.lower_ in future_words:
            return True
        if any(c.dep_.startswith("aux") and (c.lemma_.lower() in future_words or c.lower_ in future_words
                                             or "Fut" in c.morph.get("Tense")) for c in tok.children):
            return True
        if any(t.lower_ in ("next", "coming", "prochain", "prochaine") for t in span):
            return True
        if tok.head is tok or tok.pos_ == "VERB":
            break
        tok = tok.head
    return False


def reporting_tokens(doc, relations: Sequence[Relation]) -> frozenset[int]:
    """Tokens of the article that are reporting cues: the cues of its relations, and every other use of
    their lemmas as a verb (a headline's "denounces" is a cue even where no relation was extracted)."""
    cue = {tok.i for r in relations for tok in (doc.char_span(r.cue.start, r.cue.end, alignment_mode="expand") or ())}
    lemmas = {doc[i].lemma_.lower() for i in cue if doc[i].pos_ == "VERB"}
    return frozenset(cue | {t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in lemmas})


def _timex_root(doc, timex: Timex):
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governing_verb(trigger):
    """The verb a noun trigger is the subject or object of ("talks were held", "launched an offensive")."""
    if trigger.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS and trigger.head.pos_ in ("VERB", "AUX") and trigger.head is not trigger:
        return trigger.head
    return None


def event_time(trigger, timex_roots: Sequence[tuple[Timex, object]], cue_tokens: frozenset[int]) -> Timex | None:
    """The time expression of the trigger's own phrase, else of the verb it is the subject or object of,
    unless that verb is a reporting cue ("said on Friday" dates the statement, not the event)."""
    sent = trigger.sent
    in_sentence = [(t, root) for t, root in timex_roots if root is not None and sent.start <= root.i < sent.end]
    subtree = {t.i for t in trigger.subtree}
    for timex, root in in_sentence:
        if root.i in subtree:
            return timex
    verb = _governing_verb(trigger)
    if verb is not None and verb.i not in cue_tokens:
        for timex, root in in_sentence:
            if root.head.i == verb.i or (root.head.head.i == verb.i and root.head.dep_ in ("prep", "case", "obl", "obl:mod")):
                return timex
    return None


def _name_span(doc, tok):
    """The proper name ``tok`` is part of: the run of proper nouns around it ("Nagorno-Karabakh")."""
    def name_part(i: int) -> bool:
        t = doc[i]
        if t.pos_ == "PROPN":
            return True
        # "Nagorno-Karabakh", "Gulf of Oman", « golfe d'Aden »: a hyphen or "of" between two names
        return (t.text == "-" or t.lower_ in ("of", "de", "d'", "d’", "du")) and 0 < i < len(doc) - 1 \
            and doc[i - 1].pos_ == "PROPN" and doc[i + 1].pos_ == "PROPN"

    lo = hi = tok.i
    while lo > tok.sent.start and name_part(lo - 1):
        lo -= 1
    while hi + 1 < tok.sent.end and name_part(hi + 1):
        hi += 1
    return doc[lo:hi + 1]


def _country_of(text: str):
    hit = load_gazetteer().lookup(text)
    if hit is None:
        # "l'Arménie", "Armenia's": an elided article or a possessive around the name
        stripped = text.strip(_PUNCT + " ")
        for prefix in ("l'", "l’", "d'", "d’"):
            if stripped.lower().startswith(prefix):
                stripped = stripped[len(prefix):]
        if stripped.endswith(("'s", "’s")):
            stripped = stripped[:-2]
        hit = load_gazetteer().lookup(stripped)
    return hit


def _names_people(name) -> bool:
    """Whether a proper-noun run is an adjective of nationality or a people rather than a place: its
    last word is a demonym ("Armenian-Azerbaijani", "Karabakh Armenians")."""
    words = [t.text for t in name if t.text != "-"]
    if not words:
        return True
    last = words[-1]
    for form in (last, last[:-1] if last.endswith("s") else None):
        hit = load_gazetteer().lookup(form) if form else None
        if hit and hit[1] == "demonym":
            return True
    return False


def _is_locative(tok) -> bool:
    """Whether ``tok`` is introduced by a locative preposition (as its head in English, as its `case`
    child in French)."""
    if tok.head.lemma_.lower() in _LOCATIVE_PREPS and tok.head.dep_ in ("prep", "case", "advmod", "dep"):
        return True
    return any(c.dep_ in ("case", "fixed") and c.lemma_.lower() in _LOCATIVE_PREPS for c in tok.children)


def event_place(doc, mention: EventMention, excluded: frozenset[int]) -> tuple[str, str | None] | None:
    """(place label, Wikidata QID or None) of a mention, or None."""
    trigger = doc[mention.trigger]
    if mention.place_from_context and mention.context is not None:
        ctx = doc[mention.context]
        holders = [ctx] + ([ctx.head] if ctx.head.pos_ in ("NOUN", "PROPN") and ctx.head is not ctx else [])
        for holder in holders:
            for child in holder.children:
                if child.dep_ in _MODIFIER_DEPS | {"pobj", "obl", "nmod"} or child.dep_ == "prep":
                    cands = [child] + ([g for g in child.children if g.dep_ in ("pobj",)] if child.dep_ == "prep" else [])
                    for c in cands:
                        hit = _country_of(_name_span(doc, c).text if c.pos_ == "PROPN" else c.text)
                        if hit:
                            state, _how = hit
                            return state.name_en, state.wikidata
    heads = [trigger]
    verb = _governing_verb(trigger)
    if verb is not None:
        heads.append(verb)
    scope = set()
    for h in heads:
        scope |= {t.i for t in h.subtree} if h is trigger else {t.i for c in h.children for t in c.subtree}
    sent = trigger.sent
    for i in sorted(scope):
        tok = doc[i]
        if tok.pos_ != "PROPN" or i in excluded or not (sent.start <= i < sent.end):
            continue
        # "in Stepanakert", « à Lachin », or "from the surroundings of Stepanakert"
        holder = tok.head.head if tok.head.lemma_.lower() in ("of", "de") else tok.head
        if _is_locative(tok) or (holder is not trigger and holder.pos_ == "NOUN" and _is_locative(holder)):
            name = _name_span(doc, tok)
            if _names_people(name):  # "the Armenian-Azerbaijani border", "Karabakh Armenians"
                continue
            hit = _country_of(name.text)
            if hit and hit[1] == "name":
                return hit[0].name_en, hit[0].wikidata
            return name.text.strip(_PUNCT + " "), None
    return None


def owner_is_speaker(doc, mention: EventMention) -> bool:
    """Whether the territory of a border or airspace event is given by a possessive pronoun ("violated
    its airspace", « violé ses frontières », « notre espace aérien »): in an accusation, the accuser's."""
    if not mention.place_from_context or mention.context is None:
        return False
    ctx = doc[mention.context]
    holders = [ctx] + ([ctx.head] if ctx.head.pos_ in ("NOUN", "PROPN") else [])
    return any(c.dep_ in ("poss", "det", "nmod:poss") and "Yes" in c.morph.get("Poss")
               for h in holders for c in h.children)


def named_complement_place(doc, mention: EventMention, actors, excluded: frozenset[int]) -> tuple[str, str | None] | None:
    """The place a proper name attached to an event noun gives ("the Pahalgam attack", « l'attaque de
    Pahalgam », "the massacre of Kishishe") when that name is no actor (an actor there takes part)."""
    trigger = doc[mention.trigger]
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    names = []
    for child in trigger.children:
        if child.dep_ in ("compound", "nmod", "poss", "nmod:poss") and child.pos_ == "PROPN":
            names.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            names += [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    for tok in names:
        if tok.i in excluded:
            continue
        name = _name_span(doc, tok)
        if _names_people(name) or actors.resolve(name) is not None:
            continue
        hit = _country_of(name.text)
        if hit and hit[1] == "name":
            return hit[0].name_en, hit[0].wikidata
        return name.text.strip(_PUNCT + " "), None
    return None


def _mention_span(doc, tok):
    """The phrase of a participant token: its left modifiers and the proper-name parts after it."""
    right = tok.i
    for child in tok.children:
        if child.i > tok.i and child.dep_ in ("flat", "flat:name", "compound", "fixed"):
            right = max(right, child.right_edge.i)
    return doc[tok.left_edge.i: right + 1]


def participant_tokens(trigger, reporting: frozenset[int] = frozenset()) -> list:
    """Tokens naming who takes part in the event of ``trigger`` (not yet resolved to actors).

    ``reporting``: token indices of reporting verbs, whose subject is the speaker, not a participant
    ("Armenia denounced the aggression")."""
    out = []
    if trigger.pos_ == "VERB":
        own = [c for c in trigger.children if c.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS]
        own += [g for c in trigger.children if c.dep_ in _AGENT_DEPS for g in ([c] if c.pos_ != "ADP" else c.children)]
        out += own
        if not any(c.dep_ in _SUBJECT_DEPS for c in trigger.children) and trigger.dep_ in _CLAUSE_DEPS:
            out += _controller(trigger)
    else:
        for c in trigger.children:
            if c.dep_ in _MODIFIER_DEPS:
                out.append(c)
            elif c.dep_ in ("prep", "nmod", "obl") and (c.lemma_.lower() in _PARTICIPANT_PREPS
                                                        or any(g.dep_ == "case" and g.lemma_.lower() in _PARTICIPANT_PREPS for g in c.children)):
                out += [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c]
        verb = _governing_verb(trigger)
        if verb is not None and verb.i not in reporting:
            if trigger.dep_ in _OBJECT_DEPS:
                out += [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
            elif trigger.dep_ in ("nsubjpass", "nsubj:pass"):
                out += [g for c in verb.children if c.dep_ in _AGENT_DEPS for g in ([c] if c.pos_ != "ADP" else c.children)]
    with_conjuncts = []
    for tok in out:
        with_conjuncts.append(tok)
        with_conjuncts += [c for c in tok.children if c.dep_ == "conj"]
    return with_conjuncts


def _controller(verb) -> list:
    """Who does what a subjectless clause says: the object of a verb that links it by "of"/« de »
    ("accused Armenia of violating"), else the subject of the verb it depends on."""
    head = verb.head
    if head.dep_ in ("prep", "mark") and head.head is not head:  # "of" -> "accused"
        link, head = head, head.head
    else:
        link = next((c for c in verb.children if c.dep_ in ("mark", "case")), None)
    if head is verb:
        return []
    if link is not None and link.lower_ in _OBJECT_CONTROL_MARKS:
        objects = [c for c in head.children if c.dep_ in _OBJECT_DEPS and c.i != verb.i]
        if objects:
            return objects
    return [c for c in head.children if c.dep_ in _SUBJECT_DEPS]


# ----------------------------------------------------------------------------------------------------
# The stage


def event_id(article_id: str, kind: str, start: int, end: int) -> str:
    return "e-" + hashlib.sha1(f"{article_id}|{kind}|{start}|{end}".encode()).hexdigest()[:12]


def _label_span(doc, mention: EventMention, runs: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Character offsets of the trigger phrase: the trigger and its context word, with what is between,
    as whole words ("cease-fire violations")."""
    idx = [mention.trigger] + ([mention.context] if mention.context is not None else [])
    lo, hi = doc[runs[min(idx)][0]], doc[runs[max(idx)][1]]
    return lo.idx, hi.idx + len(hi.text)


def _time_key(event: Event):
    if event.time_start is not None:
        return (event.time_start, event.time_end)
    return fold(event.time_text) if event.time_text else None


def _same_event(a: Event, b: Event) -> bool:
    if a.kind != b.kind or _time_key(a) != _time_key(b):
        return False
    if a.place and b.place and fold(a.place) != fold(b.place):
        return False
    return not (a.participants and b.participants and not set(a.participants) & set(b.participants))


def _merge(a: Event, b: Event) -> Event:
    return replace(a, place=a.place or b.place, place_wikidata=a.place_wikidata or b.place_wikidata,
                   participants=tuple(dict.fromkeys(a.participants + b.participants)))


def extract_events(doc, article: Article, relations: Sequence[Relation], actors) -> tuple[tuple[Event, ...], list[Relation]]:
    """The article's events, and ``relations`` with ``events`` filled in (see the module docstring)."""
    language = article.language if article.language in ("en", "fr") else "en"
    lexicon = load_lexicon(language)
    mentions = find_event_mentions(doc, lexicon)
    if not mentions:
        return (), list(relations)

    def future_at(start: int, end: int) -> bool:
        return is_future_context(doc, start, end, lexicon.future_words)

    runs = word_runs(doc)
    # an ISO date ("2023-09-19 14:39:41") is a dateline or a timestamp, never the date of what happened
    timexes = [t for t in find_timexes(article.text, language, article.date, future_at) if not _ISO_DATE.fullmatch(t.text)]
    timex_roots = [(t, _timex_root(doc, t)) for t in timexes]
    timex_tokens = frozenset(tok.i for t, _ in timex_roots
                             for tok in (doc.char_span(t.start, t.end, alignment_mode="expand") or ()))
    cue_tokens = reporting_tokens(doc, relations)

    events: list[Event] = []
    mention_event: list[tuple[int, int, int]] = []  # (trigger character offset, depth, index into events)
    owned_by_speaker: set[int] = set()  # events whose place is the accuser's own territory
    for m in mentions:
        trigger = doc[m.trigger]
        start, end = _label_span(doc, m, runs)
        timex = event_time(trigger, timex_roots, cue_tokens)
        place = event_place(doc, m, timex_tokens) or named_complement_place(doc, m, actors, timex_tokens)
        place_tokens = set()
        if place is not None:
            place_tokens = {t.i for t in trigger.sent if place[0] and t.text in place[0]}
        participants = []
        for tok in participant_tokens(trigger, cue_tokens):
            if tok.i in timex_tokens or tok.i in place_tokens:
                continue
            span = doc[tok.i: tok.i + 1] if tok.dep_ in ("amod",) else _mention_span(doc, tok)
            mention = actors.resolve(span)
            if mention is not None and mention.actor not in participants:
                participants.append(mention.actor)
        event = Event(
            id=event_id(article.id, m.kind, start, end), article=article.id, kind=m.kind,
            label=article.text[start:end], evidence=Span(start, end, article.text[start:end]),
            time_start=timex.value_start if timex else None, time_end=timex.value_end if timex else None,
            time_text=timex.text if timex else None,
            place=place[0] if place else None, place_wikidata=place[1] if place else None,
            participants=tuple(participants))
        same = next((i for i, e in enumerate(events) if _same_event(e, event)), None)
        if same is None:
            events.append(event)
            same = len(events) - 1
        else:
            events[same] = _merge(events[same], event)
        mention_event.append((trigger.idx, _depth(trigger), same))
        if place is None and owner_is_speaker(doc, m):
            owned_by_speaker.add(same)

    linked = link_statements(relations, [(pos, depth, events[i].id) for pos, depth, i in mention_event])
    events = _add_accused(events, linked)
    events = _place_of_accuser(events, {events[i].id for i in owned_by_speaker}, linked, actors.actors())
    return tuple(events), linked


def _depth(tok) -> int:
    """How deep a token sits in its sentence's parse (the root is 0)."""
    depth = 0
    while tok.head is not tok and depth < 50:
        tok, depth = tok.head, depth + 1
    return depth


def link_statements(relations: Sequence[Relation], mentions: Sequence[tuple[int, int, str]]) -> list[Relation]:
    """Relations with ``events`` set: the events mentioned inside their content, the one the content is
    mainly about first (its trigger highest in the parse, then first in the text: in "massing troops in
    preparation for an offensive" the build-up comes before the offensive), then, for a denial, the
    events of the claims it answers. ``mentions`` are (trigger character offset, parse depth, event id)."""
    direct: dict[str, tuple[str, ...]] = {}
    for r in relations:
        inside = sorted((depth, pos, eid) for pos, depth, eid in mentions if r.content.start <= pos < r.content.end)
        direct[r.id] = tuple(dict.fromkeys(eid for _, _, eid in inside))
    out = []
    for r in relations:
        ids = list(direct[r.id])
        if r.relation == "denies":
            for answered in r.responds_to:
                ids += direct.get(answered, ())
        out.append(replace(r, events=tuple(dict.fromkeys(r.events + tuple(ids)))))
    return out


def _place_of_accuser(events: list[Event], owned: set[str], relations: Sequence[Relation],
                      known_actors: Sequence) -> list[Event]:
    """Events in ``owned`` ("violated its airspace") take place in the state of the first accuser."""
    if not owned:
        return events
    by_id = {a.id: a for a in known_actors}

    def state_of(actor_id: str):
        seen = set()
        actor = by_id.get(actor_id)
        while actor is not None and actor.part_of and actor.part_of in by_id and actor.id not in seen:
            seen.add(actor.id)
            actor = by_id[actor.part_of]
        return actor if actor is not None and actor.kind == "state" else None

    out = []
    for e in events:
        if e.id in owned and e.place is None:
            accuser = next((state_of(r.source.actor) for r in relations
                            if r.relation == "accuses" and e.id in r.events and state_of(r.source.actor)), None)
            if accuser is not None:
                e = replace(e, place=accuser.label, place_wikidata=accuser.wikidata)
        out.append(e)
    return out


def _add_accused(events: list[Event], relations: Sequence[Relation]) -> list[Event]:
    """The accused of an accusation takes part (as charged) in the events the accusation is about."""
    accused: dict[str, list[str]] = {}
    for r in relations:
        if r.relation == "accuses" and r.target is not None:
            for eid in r.events:
                accused.setdefault(eid, []).append(r.target.actor)
    return [replace(e, participants=tuple(dict.fromkeys(e.participants + tuple(accused.get(e.id, ())))))
            for e in events]
