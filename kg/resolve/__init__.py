"""Actors: from a span of an article to one real actor (a state, an institution, a person, a group).

Interface (what `kg.extract` and `kg.events` call)::

    actors = ArticleActors(doc, article)      # one per article; scans the Doc once
    m = actors.resolve(span)                  # ActorMention | None
    ms = actors.resolve_all(span)             # one ActorMention per coordinated actor ("X and Y")
    actors.is_actor(span)                     # bool, without recording anything
    actors.speaker_before(token)              # ActorMention | None: who a pronoun at `token` would be
    actors.named_by_seat(mention)             # bool: a government named by its seat ("the Tripoli government")
    actors.mentions()                         # every actor mention of the article, in text order
    actors.actors()                           # every actor resolve() returned, with their part-of parents

`resolve_all(span)` is for subjects and objects that name several actors: coordinations ("India and
Pakistan", one mention each) and "the two sides" / "both countries" / « les deux camps » (the last two
actors of different sides named before).

`resolve(span)` takes a spaCy ``Span`` (or ``Token``) of the article's Doc: a subject or object
phrase as the parser gives it, a name, a description, a pronoun, a metonym. It returns the most
specific actor the phrase names, at the phrase's syntactic head:

- "Azerbaijan", "Baku"/« Bakou », "the Kremlin"/« le Kremlin », "the Azerbaijani side",
  « la partie russe », "the Azerbaijani government", "the Azerbaijanis" -> the state (gazetteer id and
  QID); "the Pentagon" -> the US defence ministry (seats of government: ``ontology/gazetteer/metonyms.tsv``);
- "the Azerbaijani Defense Ministry", "Serbia's Defence Ministry", "the Ministry of Foreign Affairs of
  X", « le ministère marocain des Affaires étrangères », "Armenian diplomacy" -> "Ministry of ... of X",
  part of X; "the Armenian military", « l'armée azerbaïdjanaise » -> "<X> Armed Forces", part of X;
- "Prime Minister Nikol Pashinyan", « le ministre algérien des Affaires étrangères, Ramdane Lamamra »,
  "Ani Badalian, spokeswoman for the X Foreign Ministry" -> the person, part of the ministry the
  title names (a portfolio: "Defence Minister X" is part of the defence ministry, named or not, which is
  part of the state), else of the state; "Pashinian", "Badalian" -> the same person;
- "she", "it", "they", « il », « elle », « a-t-il déclaré » -> the nearest compatible actor before, never
  one named inside a quotation when the pronoun is outside it; "the ministry", "the spokeswoman", "the
  separatists", "the group", "the gang" -> the actor they describe earlier; "the international
  organization", "the armed group", "the rebels" -> the last organization of that kind
  (``organizations.tsv``); "its neighbour", « son voisin » -> the other state named before;
- a short form or an acronym of a name the article gives ("Man City" / "Manchester City", "the CNE" /
  « le Conseil national électoral ») -> that organization; a description "known as" X -> X;
- a bare title or institution ("the army", "President X", "a security source", "an official") -> of
  the state named in its sentence or the one before, else of the state the article is about;
- opposition leaders, dissidents, warlords, parties -> never part of the state;
- a party between a title and a name (« le sénateur Lavalas Gérald Gilles ») -> the person, part of it;
- a name the article uses as a place ("in Kishishe", "the Lachin corridor") -> never a person;
- names missing from every list -> a person or organization labelled by the name only
  ("Manchester City", not "Manchester City's general counsel"), "Armenian separatists" -> a group;
  "M23 rebels", « les shebab », "the RSF" -> the armed group (``organizations.tsv``, both languages);
  "a UN probe" -> "United Nations investigation", part of the UN; "a French military source" -> an
  anonymous "French military source", part of France (« cette source », "the source" refer back to it);
  "Venezuela's electoral council" -> "Electoral council (Venezuela)", part of Venezuela; "Kenyan
  lawmakers" -> "Parliament of Kenya"; « le procureur général d'Arménie » -> "Prosecutor General of Armenia";
- datelines, bylines, outlets ("KHARTOUM, Sept. 4 (Xinhua) —", "By Le Figaro with AFP", "(Reuters)")
  -> None; a name glued to a dateline is cut from it.

It returns None for phrases that name no actor ("the accusations", "shots"). Offsets of the returned
`ActorMention` index the article text; its ``surface`` is the actor's words inside the span.
Actor ids are deterministic (see `kg.resolve.actor_ids`), so articles resolve to the same actors.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kg.model import Actor, ActorMention, Article
from kg.resolve import actor_ids
from kg.resolve.aliases import is_name
from kg.resolve.coreference import Linked, antecedent, last_two_sides, pronoun_features
from kg.resolve.datelines import excluded_ranges
from kg.resolve.gazetteer import CAPITAL, NAME, load_gazetteer
from kg.resolve.lexicon import load_lexicon
from kg.resolve.linking import Linker, sentence_index
from kg.resolve.mentions import INSTITUTION, PERSON, ROLE, STATE, scan_mentions
from kg.resolve.names import fold, name_words, slug
from kg.resolve.phrases import token_view

__all__ = ["ArticleActors", "slug"]

# which actor a span names when its head is inside none of them
_PREFERENCE = {"person": 0, "organization": 1, "group": 2, "state": 3}


class ArticleActors:
    """Resolves spans of one article's Doc to actors and remembers the actors used."""

    def __init__(self, doc, article: Article):
        self.doc = doc
        self.article = article
        self.language = article.language
        g = load_gazetteer()
        self._gazetteer = g
        excluded = excluded_ranges(article.text, g.outlets)
        view = token_view(doc, article.text, excluded)
        lexicon = load_lexicon(article.language)
        mentions = scan_mentions(doc, article.text, view, g, lexicon)
        self._sentence_of = sentence_index(doc)
        linker = Linker(doc, article.text, g, lexicon, _home_state(article.text, excluded, mentions, g),
                        self._sentence_of)
        self._quotes = quotation_ranges(article.text)
        spell = label_speller(article.text, article.language)
        self._links: list[Linked] = [replace(ln, quoted=self._in_quotes(ln.mention.char_start), actor=spell(ln.actor))
                                     for ln in linker.link(mentions)]
        self._by_token: list = [None] * len(doc)
        for n, ln in enumerate(self._links):
            for k in range(ln.mention.start, min(ln.mention.end, len(doc))):
                if self._by_token[k] is None:
                    self._by_token[k] = n
        self._known: dict[str, Actor] = {k: spell(a) for k, a in linker.parent_actors.items()}
        aliases: dict[str, list[str]] = {}
        for ln in self._links:
            if ln.actor is None:
                continue
            self._known[ln.actor.id] = _better(self._known.get(ln.actor.id), ln.actor)
            if self._is_name(ln):  # "its troops", « son voisin » find their actor here, they name it nowhere
                aliases.setdefault(ln.actor.id, []).append(self._surface(ln))
        for aid, forms in aliases.items():
            self._known[aid] = _with_aliases(self._known[aid], forms)
        self._state_ids = g.states_by_id
        self._used: dict[str, Actor] = {}

    # -- the interface --------------------------------------------------------------------------

    def resolve(self, span) -> ActorMention | None:
        """The actor ``span`` names, or None (see the module docstring)."""
        found = self._find(_as_span(self.doc, span))
        if found is None:
            return None
        actor, start, end = found
        self._use(actor)
        return ActorMention(actor=actor.id, surface=self.article.text[start:end], start=start, end=end)

    def resolve_all(self, span) -> tuple[ActorMention, ...]:
        """One mention per coordinated actor of ``span`` ("Armenia and Azerbaijan"); for "the two sides",
        "both countries", « les deux camps », the last two actors named before; else `resolve`."""
        span = _as_span(self.doc, span)
        pair = self._two_sides(span)
        if pair:
            return pair
        heads = [span.root]
        for tok in span:
            if tok.dep_ == "conj" and tok.head in heads and tok.i != span.root.i:
                heads.append(tok)
        out, seen = [], set()
        for h in heads:
            sub = self.doc[max(span.start, h.left_edge.i): min(span.end, h.right_edge.i + 1)] if h is not span.root \
                else self.doc[span.start: min(span.end, _first_conj_start(span, heads))]
            m = self.resolve(sub)
            if m is not None and m.actor not in seen:
                seen.add(m.actor)
                out.append(m)
        if not out:
            m = self.resolve(span)
            return (m,) if m else ()
        return tuple(out)

    def _two_sides(self, span) -> tuple[ActorMention, ...]:
        words = [fold(t.text) for t in span]
        lexicon = load_lexicon(self.language)
        if not any(w in ("two", "both", "deux") for w in words) or \
                lexicon.descriptions.get(words[-1] if words else "") != "pair":
            return ()
        start = span.start
        found = last_two_sides(self._links, start, self._sentence_of[start])
        out = []
        for ln in found:
            actor = self._known.get(ln.actor.id, ln.actor)
            self._use(actor)
            out.append(ActorMention(actor=actor.id, surface=self.article.text[span.start_char:span.end_char],
                                    start=span.start_char, end=span.end_char))
        return tuple(out)

    def is_actor(self, span) -> bool:
        """Whether ``span`` names an actor (nothing is recorded)."""
        return self._find(_as_span(self.doc, span)) is not None

    def speaker_before(self, token) -> ActorMention | None:
        """The actor a third-person pronoun at ``token`` would refer to (person or not, as it says)."""
        i = token if isinstance(token, int) else token.i
        word = fold(self.doc[i].text)
        features = pronoun_features(word, self.language) or ("any", None, False)
        ln = antecedent(self._links, i, self._sentence_of[i], features, self.language,
                        quoted=self._in_quotes(self.doc[i].idx))
        if ln is None:
            return None
        self._use(ln.actor)
        return ActorMention(actor=ln.actor.id, surface=self._surface(ln), start=ln.mention.char_start,
                            end=ln.mention.char_end)

    def named_by_seat(self, mention: ActorMention) -> bool:
        """Whether ``mention`` names a state's government by its seat ("the Tripoli government", « le
        gouvernement de Tripoli »), as news do when rival authorities claim the state."""
        return any(ln.mention.seat and ln.mention.char_start < mention.end and mention.start < ln.mention.char_end
                   for ln in self._links)

    def mentions(self) -> tuple[ActorMention, ...]:
        """Every actor mention the article has, in text order (nothing is recorded)."""
        return tuple(ActorMention(actor=ln.actor.id, surface=self._surface(ln), start=ln.mention.char_start,
                                  end=ln.mention.char_end) for ln in self._links if ln.actor is not None)

    def actor(self, actor_id: str) -> Actor | None:
        """The record of an actor of this article (mentioned or a parent of one)."""
        return self._used.get(actor_id) or self._known.get(actor_id) or self._state_actor(actor_id)

    def actors(self) -> tuple[Actor, ...]:
        """Every actor `resolve` returned, then their part-of ancestors."""
        out = dict(self._used)
        for a in list(self._used.values()):
            parent = a.part_of
            while parent and parent not in out:
                pa = self.actor(parent)
                if pa is None:
                    break
                out[parent] = pa
                parent = pa.part_of
        return tuple(out.values())

    # -- inside ---------------------------------------------------------------------------------

    def _find(self, span):
        if len(span) == 0:
            return None
        candidates = {}
        for k in range(span.start, span.end):
            n = self._by_token[k]
            if n is not None and self._links[n].actor is not None:
                candidates[n] = self._links[n]
        if not candidates:
            return self._pronoun(span)
        root = span.root
        at_root = self._by_token[root.i]
        if at_root is not None:
            ln = self._links[at_root]
            if ln.actor is None:
                return None  # the phrase is an outlet's name
            return self._clip(ln, span)
        best = min(candidates.values(), key=lambda ln: (_distance_to(root, ln.mention, self.doc),
                                                        _PREFERENCE.get(ln.actor.kind, 9), ln.mention.start))
        return self._clip(best, span)

    def _clip(self, ln: Linked, span):
        start = max(ln.mention.char_start, span.start_char)
        end = min(ln.mention.char_end, span.end_char)
        if start >= end:
            start, end = ln.mention.char_start, ln.mention.char_end
        return self._known.get(ln.actor.id, ln.actor), start, end

    def _pronoun(self, span):
        """A personal pronoun heading the span ("she", « il », "they"); a possessive before a noun
        ("their car", « son voisin ») names the possessor, not the phrase's actor."""
        tok = span.root
        if len(span) > 1 and tok.text.startswith("-"):
            tok = next((t for t in span if fold(t.text).lstrip("-") in ("il", "elle", "ils", "elles")), tok)
        word = fold(tok.text).lstrip("-")  # « a-t-il déclaré »: the pronoun is written "-il"
        inverted = tok.text.startswith("-")  # « a-t-elle ajouté »: the tagger may not call "-elle" a pronoun
        if (tok.pos_ != "PRON" and not inverted) or not pronoun_features(word, self.language):
            return None
        features = pronoun_features(word, self.language)
        ln = antecedent(self._links, tok.i, self._sentence_of[tok.i], features, self.language,
                        quoted=self._in_quotes(tok.idx))
        if ln is None:
            return None
        return self._known.get(ln.actor.id, ln.actor), tok.idx, tok.idx + len(tok.text)

    def _in_quotes(self, char: int) -> bool:
        return any(s <= char < e for s, e in self._quotes)

    def _use(self, actor: Actor) -> None:
        known = self._known.get(actor.id, actor)
        self._used.setdefault(actor.id, known)

    def _is_name(self, ln: Linked) -> bool:
        span = self.doc.char_span(ln.mention.char_start, ln.mention.char_end, alignment_mode="expand")
        return span is not None and is_name(span, self.language)

    def _surface(self, ln: Linked) -> str:
        return self.article.text[ln.mention.char_start:ln.mention.char_end]

    def _state_actor(self, actor_id: str) -> Actor | None:
        state = self._state_ids.get(actor_id)
        return actor_ids.state_actor(state) if state else None


def label_speller(text: str, language: str):
    """Canonical labels in the article's English spelling: "Ministry of Defense of X" where an English
    article writes "Defense" more than "Defence" (the id is the same either way)."""
    lowered = text.lower() if language == "en" else ""
    american = lowered.count("defense") > lowered.count("defence")

    def spell(actor: Actor | None) -> Actor | None:
        if actor is None or not american or "Defence" not in actor.label:
            return actor
        return replace(actor, label=actor.label.replace("Defence", "Defense"))
    return spell


_QUOTATIONS = re.compile(r"«[^»]{1,800}»|“[^”]{1,800}”|\"[^\"\n]{1,800}\"")


def quotation_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of quoted passages (« … », “ … ”, " … ")."""
    return tuple((m.start(), m.end()) for m in _QUOTATIONS.finditer(text))


def _as_span(doc, span):
    if hasattr(span, "start_char") and hasattr(span, "end"):
        return span
    return doc[span.i: span.i + 1]  # a Token


def _first_conj_start(span, heads) -> int:
    starts = [h.left_edge.i for h in heads[1:]]
    cut = min(starts) if starts else span.end
    # drop the coordinating word and comma before the first conjunct
    while cut - 1 > span.start and (span.doc[cut - 1].dep_ in ("cc", "punct")):
        cut -= 1
    return cut


def _distance_to(root, mention, doc) -> int:
    best = 99
    for k in range(mention.start, min(mention.end, len(doc))):
        tok, steps = doc[k], 0
        while tok.i != root.i and steps < 12 and tok.head.i != tok.i:
            tok, steps = tok.head, steps + 1
        if tok.i == root.i:
            best = min(best, steps)
    return best


def _better(old: Actor | None, new: Actor) -> Actor:
    """Of two records of one actor, the fuller: a person's longest name, a parent when one is known."""
    if old is None:
        return new
    label = old.label
    if new.kind == "person" and len(name_words(new.label)) > len(name_words(old.label)):
        label = new.label
    return Actor(id=old.id, label=label, kind=old.kind, wikidata=old.wikidata or new.wikidata,
                 part_of=old.part_of or new.part_of, aliases=old.aliases)


def _with_aliases(actor: Actor, forms: list[str]) -> Actor:
    seen = list(dict.fromkeys(f.strip() for f in [*actor.aliases, *forms] if f.strip()))
    return Actor(id=actor.id, label=actor.label, kind=actor.kind, wikidata=actor.wikidata, part_of=actor.part_of,
                 aliases=tuple(seen))


def _home_state(text: str, excluded, mentions, gazetteer) -> str | None:
    """The state the article is about: the one it mentions most; its dateline's when the body names that
    state too (a dateline says where the reporter is, not always whom the news is about)."""
    counts = Counter(m.iso3 for m in mentions if m.iso3 and m.category in (STATE, INSTITUTION, PERSON, ROLE))
    counts.update(m.name_state for m in mentions if m.name_state)  # "the Ethiopian Human Rights Commission said"
    if excluded and excluded[0][0] < 200:
        s, e = excluded[0]
        place = text[s:e].split(",")[0].split("(")[0].split("—")[0].split(" --")[0].split(":")[0].strip()
        place = " ".join(w for w in place.split() if not any(c.isdigit() for c in w) and w.isupper())
        for cand in (place, place.title()):
            forms = gazetteer.state_candidates(cand)
            for f in forms:
                if f.how in (NAME, CAPITAL) and counts[f.iso3] > 0:
                    return f.iso3
    if not counts:
        return None
    top = max(counts.values())
    return next(iso for m in mentions for iso in (m.iso3, m.name_state) if iso and counts[iso] == top)
