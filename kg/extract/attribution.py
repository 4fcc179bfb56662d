"""Attribution: who says what, signalled by which word, where.

Each rule reads one construction of English or French and yields ``Attribution`` records (speaker
mentions, cue, content and evidence as token spans). Typing them as accusations, denials or
assertions is the job of ``relation_types``.

Constructions read:
- a cue verb with its subject ("X accused Y of Z", « X a démenti… »), inverted subjects ("…, said X",
  « …, a déclaré X »), coordinated subjects (one speaker each);
- passives and nominal forms with an agent ("accusations rejected by X", "allegations qualified as
  disinformation by X", « accusations rejetées par X »);
- relative clauses ("Moscow, which Yerevan has blamed…": the antecedent is the object; "Baku, which
  denies, …": the antecedent is the speaker);
- participial and coordinated clauses sharing the speaker of their head ("…, accusing Rabat of…",
  « …, accusant Rabat de… », "issued a statement rejecting…", "cited them as saying…");
- "according to X", « selon X », « d'après X »;
- claim nouns voiced by an actor ("Iranian claims that…", « les accusations du régime, selon lequel… »);
- noun cues governed by a verb whose subject is the speaker ("X opened a criminal case…");
- quotations: a quotation whose speech tag closes a later sentence is one statement; a quotation that
  opens a paragraph with no speech tag continues the previous speaker, or the one who took the floor
  in the sentence before ("X spoke to reporters.", « X s'est exprimé. »); "I"/"we" inside a quotation
  is its speaker;
- "…, with a UN probe saying…", « avec l'ONU affirmant… »; "<clause>, X welcomed"; "X said: …";
  "the ship that they allege had been seized by X".

Clauses: each coordinated verb is a statement of its own, with its own evidence ("accused X of Y and
called for sanctions"), also when the parser hung it on a relative clause closed by a comma or on the
reported clause; appositions and relative clauses with a cue of their own ("…, a claim denied by X",
"…, which Belgrade denies", « …, ce que Paris a rejeté ») close the clause before them. Evidence
starts with the whole subject phrase (« l'Arménie », "Karabakh's army"), never in a dateline.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.extract.lexicon import CueEntry, Lexicon
from kg.extract.syntax import (
    CLAUSE_DEPS, FIRST_PERSON, OBJECT_DEPS, QUOTE_CHARS, Quotes, Sentence, agents_in, agents_of, argument_span, case_marker, children,
    depth, is_negated, is_passive, is_pronoun, is_relative, objects_of, prep_objects, subject_of, subtree_span,
    trim_punct, with_conjuncts,
)
from kg.model import ActorMention

# a cue word that is only a cue when it reports a quotation next to it
QUOTE_FLAG = "quote"
# a cue word that is only a cue when it reports a clause or a quotation ("declared that…", not
# "declared independence")
CLAUSE_FLAG = "clause"
DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "those", "such", "ce", "ces", "cette", "cet", "le", "la",
                                  "les", "l'"})
CITING_VERBS = frozenset({"cite", "quote", "citer"})  # "cited them as saying": the object speaks


@dataclass(frozen=True)
class Attribution:
    """One attributed statement before typing. Spans are token spans [start, end) of the Doc."""

    pattern: str  # the construction that found it (see the module docstring)
    cue: tuple[int, int]
    entry: CueEntry
    sources: tuple[ActorMention, ...]  # one per coordinated speaker
    content: tuple[int, int] | None
    evidence: tuple[int, int]
    sentence: int
    objects: tuple[int, ...] = ()  # heads of what the cue acts on: the accused, the denied claim, the thing qualified
    addressees: tuple[int, ...] = ()  # "blame Y on X", « reprocher à X »: explicitly the accused
    predicate: int | None = None  # qualify: the head of what the object is called
    anchor: int | None = None  # a token of the claim a denial answers in the same sentence
    reciprocal: bool = False
    negated: bool = False

    @property
    def cue_token(self) -> int:
        return self.cue[0]


@dataclass(frozen=True)
class Context:
    """What the rules read: the parse, the lexicon, the actor resolver, sentences and quotations."""

    doc: object
    lexicon: Lexicon
    actors: object  # kg.resolve.ArticleActors
    sentences: tuple[Sentence, ...]
    sentence_of: tuple[int, ...]  # token index -> sentence index
    quotes: Quotes
    bylines: tuple = ()  # (start, end) character ranges of datelines and bylines: never evidence
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    def mention(self, tok, strict: bool = False) -> ActorMention | None:
        """The actor a noun phrase headed by ``tok`` names, or None (cached per head token).

        ``strict``: only when the actor is named at the phrase's head ("the Azerbaijani Defense
        Ministry", "its"), not by a word inside it ("aggression against the people of X" names no
        actor, though X is one)."""
        key = (tok.i, strict)
        if key not in self._cache:
            self._cache[key] = self._mention(tok, strict)
        return self._cache[key]

    def _mention(self, tok, strict: bool) -> ActorMention | None:
        start, end = argument_span(tok)
        if start >= end:
            return None
        if tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "obj", "nsubj", "pobj"):
            # "the company Véliane Cloud", « le syndicat CGT », « le groupe minier Valdris »: the name in
            # apposition is the actor (also after a noun the tagger took for an adjective: "its neighbour X")
            name = next((c for c in tok.children if c.dep_ in ("appos", "flat:name", "flat", "compound", "nmod")
                         and c.pos_ == "PROPN" and tok.i < c.i <= tok.i + 2 and not case_marker(c)
                         and all(t.pos_ in ("ADJ", "PROPN") or t.dep_ == "amod" for t in self.doc[tok.i + 1:c.i])), None)
            if name is not None:
                s, e = argument_span(name)
                found = self.actors.resolve(self.doc[s:e])
                if found is not None:
                    return found
        found = self.actors.resolve(self.doc[start:end])
        if found is not None and (not strict or self._at_head(found, tok)):
            return found
        # "large numbers of Azerbaijani soldiers", « la représentation des séparatistes »: the actor is the
        # complement of a quantity or part noun
        if tok.pos_ == "NOUN" and self.lexicon.has("group_noun", tok.lemma_.lower()):
            for c in tok.children:
                inner = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("of", "from", "in") else (
                    [c] if c.dep_ in ("nmod", "nmod:poss") and case_marker(c) in ("de", "du", "des", "d", "parmi") else [])
                for g in inner:
                    s, e = argument_span(g)
                    found = self.actors.resolve(self.doc[s:e])
                    if found is not None and (not strict or found.start <= g.idx < found.end):
                        return found
        return None

    def _at_head(self, found: ActorMention, tok) -> bool:
        """The mention is the head or one of its pre-head modifiers ("its", « son voisin », "Baku's")."""
        if found.start <= tok.idx < found.end or is_pronoun(tok):
            return True
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None:
            return False
        t = span.root
        for _ in range(4):
            if t.i == tok.i:
                return True
            if t.dep_ not in ("det", "poss", "nmod:poss", "compound", "amod", "flat", "flat:name", "nummod") or t.head.i == t.i:
                return False
            t = t.head
        return False

    def quoted(self, tok) -> tuple[int, int] | None:
        return self.quotes.at(tok.idx)


# --- cue readings --------------------------------------------------------------------------------

def cue_reading(tok, lexicon: Lexicon) -> CueEntry | None:
    """The lexicon reading of ``tok`` as a cue, if any holds here."""
    lemma = tok.lemma_.lower()
    readings: tuple = ()
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and "Part" in tok.morph.get("VerbForm")):
        readings = lexicon.readings(lemma, "VERB")
    elif tok.pos_ == "NOUN":
        readings = lexicon.readings(lemma, "NOUN")
    if not readings and lexicon.language == "fr" and verb_like(tok):
        readings = next((lexicon.readings(c, "VERB") for c in french_infinitives(tok.lower_)
                         if lexicon.readings(c, "VERB")), ())
    for entry in readings:
        if _condition_holds(tok, entry):
            return entry
    return None


# French verb endings, longest first: the small French model often tags a conjugated verb as a noun,
# an adjective or a determiner and gives it a wrong lemma (« reproche », « nié », « démenti »)
_FR_ENDINGS = ("aient", "èrent", "ent", "ant", "ait", "ées", "és", "ée", "é", "es", "e", "ons", "ez", "it", "is",
               "i", "t", "s", "")
_FR_INFINITIVE = ("er", "ir", "re")


def french_infinitives(form: str) -> list[str]:
    """Infinitives a French verb form may come from (« accuse » -> accuser, « nié » -> nier,
    « démenti » -> démentir)."""
    out = []
    for ending in _FR_ENDINGS:
        if ending and not form.endswith(ending):
            continue
        stem = form[: len(form) - len(ending)] if ending else form
        if len(stem) >= 2:
            out.extend(stem + inf for inf in _FR_INFINITIVE)
    return out


def verb_like(tok) -> bool:
    """A word the tagger did not call a verb but that behaves as one: an auxiliary or a subject hangs on
    it, or an auxiliary stands right before it."""
    if tok.pos_ == "PRON" and not tok.is_stop and _auxiliary_before(tok) is not None:
        return True  # « ont démenti » with the participle tagged as a pronoun (no pronoun is a stop word)
    if tok.pos_ in ("PUNCT", "PRON", "ADP", "CCONJ", "SCONJ", "NUM") or tok.is_stop:
        return False
    if any(c.dep_ in ("aux", "aux:tense", "aux:pass", "nsubj", "obj", "xcomp", "ccomp", "cop") for c in tok.children):
        return True
    if tok.dep_ in ("acl", "advcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return True  # « des allégations qualifiées de… »: a participle
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prev is not None and (prev.lemma_.lower() in ("avoir", "être") or prev.lower_ in ("se", "s'", "s’")):
        return True  # « a nié », « s'accusent » (a reflexive pronoun stands before a verb)
    if _auxiliary_before_adverbs(tok):
        return True  # « a toujours nié », « ont catégoriquement démenti »
    if _after_que_and_subject(tok):
        return True  # « ce que Mogadiscio dément »
    if _inverted_relative_subject(tok) is not None:
        return True  # « ce que dément Kiev »
    # « Alger accuse Rabat de… »: a verb between two names
    return prev is not None and nxt is not None and prev.is_title and nxt.is_title and tok.is_lower


def _auxiliary_before_adverbs(tok) -> bool:
    """A word preceded by a form of « avoir »/« être » with only adverbs between: the tagger reads a
    participle after an adverb (« a toujours nié ») as an adverb or an adjective."""
    aux = _auxiliary_before(tok)
    return aux is not None and aux.i < tok.i - 1


def _auxiliary_before(tok):
    """The form of « avoir »/« être » right before ``tok`` or before at most two adverbs before it (the
    tagger may call it a verb: « Kiev a toujours nié » with « a » the root)."""
    doc = tok.doc
    i = tok.i - 1
    skipped = 0
    while i >= 0 and doc[i].pos_ == "ADV" and doc[i].lemma_.lower() not in ("ne", "n'", "pas") and skipped < 2:
        i -= 1
        skipped += 1
    if i >= 0 and doc[i].pos_ in ("AUX", "VERB") and doc[i].lemma_.lower() in ("avoir", "être"):
        return doc[i]
    return None


def _after_que_and_subject(tok) -> bool:
    """A word right after « que »/« qu' » and a noun phrase: the verb of that clause (« ce que le
    Kremlin dément », where the tagger reads « dément » as the adjective)."""
    doc = tok.doc
    i = tok.i - 1
    if i < 0 or doc[i].pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False
    return _que_before_subject(tok) is not None


def _inverted_relative_subject(tok) -> tuple[int, int] | None:
    """« …, ce que dément Kiev », « ce que nie le gouvernement »: the word right after « ce que » is the
    verb and the noun phrase after it, to the end of the clause, its subject (token span)."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].lower_ not in ("que", "qu'", "qu’") or doc[tok.i - 2].lower_ != "ce":
        return None
    end = tok.i + 1
    while end < len(doc) and (doc[end].pos_ in ("PROPN", "NOUN", "DET", "ADJ")
                              or doc[end].pos_ == "ADP" and doc[end].lower_ in ("de", "des", "du", "d'")):
        end += 1
    if end == tok.i + 1 or not any(doc[i].pos_ in ("PROPN", "NOUN") for i in range(tok.i + 1, end)):
        return None
    return (tok.i + 1, end) if end == len(doc) or doc[end].is_punct else None


def _que_before_subject(tok):
    """The « que » before the noun phrase that ends right before ``tok``, if any."""
    doc = tok.doc
    i = tok.i - 1
    nouns = 0
    while i >= 0 and tok.i - i <= 7 and (doc[i].pos_ in ("PROPN", "NOUN", "DET", "ADJ")
                                         or doc[i].pos_ == "ADP" and doc[i].lower_ in ("de", "des", "du", "d'")):
        nouns += doc[i].pos_ in ("PROPN", "NOUN")
        i -= 1
    return doc[i] if nouns > 0 and i >= 0 and doc[i].lower_ in ("que", "qu'", "qu’") else None


def _auxiliary_subject(tok):
    """The subject before the auxiliary of a mis-tagged participle: the auxiliary's own, or that of the
    word the parser hung the auxiliary on (« Les autorités ont catégoriquement démenti » with the
    adverb as the verb)."""
    aux = _auxiliary_before(tok)
    if aux is None:
        return None
    return next((s for s in (subject_of(aux), subject_of(aux.head)) if s is not None and s.i < aux.i), None)


def _acted_on(tok) -> list:
    """What a verb acts on: its objects, or the noun its participle describes ("a claim denied by X
    but supported by Y")."""
    out = objects_of(tok)
    described = _described_noun(tok)
    if described is not None and described.pos_ in ("NOUN", "PROPN"):
        out = out + [described]
    if not out:
        # « a dénoncé la semaine dernière ces accords » parsed without an object: the nouns up to the next comma
        doc = tok.doc
        for t in doc[tok.i + 1: min(len(doc), tok.i + 8)]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ") or t.dep_ == "mark":
                break
            if t.pos_ in ("NOUN", "PROPN"):
                out.append(t)
    return out


def _condition_holds(tok, entry: CueEntry) -> bool:
    if entry.preps and not (prep_objects(tok, entry.preps)
                            or any(c.dep_ == "prt" and c.lower_ in entry.preps for c in tok.children)):
        return False
    if entry.objects and not any(o.lemma_.lower() in entry.objects for o in _acted_on(tok)):
        return False
    for flag in entry.flags:
        if flag == "obj_actor" and not children(tok, OBJECT_DEPS):
            return False
        if flag.startswith("mark=") and not any(
                g.dep_ == "mark" and g.lower_.rstrip("'") == flag[5:] for c in children(tok, CLAUSE_DEPS)
                for g in c.children):
            return False
        if flag.startswith("amod=") and not any(
                c.dep_ == "amod" and c.lemma_.lower() in flag[5:].split(",") for c in tok.children):
            return False
        if flag.startswith("with=") and not any(c.lemma_.lower() in flag[5:].split(",") for c in tok.children):
            return False  # « mettre en garde », « mettre en cause »: a word of the locution among its dependents
    return True


# --- speakers ------------------------------------------------------------------------------------

def _speakers(tokens, ctx: Context) -> tuple[ActorMention, ...]:
    out = []
    for t in tokens:
        # "The EU, through the President of the European Council Charles Michel, called…",
        # « la France, par la voix de son ministre X, a… »: the voice is the most specific speaker
        voice = next((g for c in t.children if c.dep_ == "prep" and c.lower_ in ("through", "via")
                      for g in c.children if g.dep_ == "pobj"), None)
        if voice is not None and ctx.mention(voice) is not None:
            t = voice
        for c in with_conjuncts(t):
            m = _statement_author(c, ctx) if _is_statement_noun(c, ctx) else ctx.mention(c)
            if m is not None and all(m.actor != o.actor for o in out):
                out.append(m)
    return tuple(out)


def _is_statement_noun(tok, ctx: Context) -> bool:
    return tok.pos_ == "NOUN" and ctx.lexicon.has("statement_noun", tok.lemma_.lower())


def _statement_author(tok, ctx: Context) -> ActorMention | None:
    """The author a document noun names ("a Foreign Ministry statement", "the statement of X",
    « le communiqué du ministère »), else None."""
    doc = ctx.doc
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod:poss") and c.i < tok.i]
    if mods:
        start = min(m.left_edge.i for m in mods)
        found = ctx.actors.resolve(doc[start:tok.i])
        if found is not None:
            return found
    for c in prep_objects(tok, ("of", "by", "from", "de", "du", "des", "d")):
        found = ctx.mention(c)
        if found is not None:
            return found
    return None


# --- the cue-verb rules --------------------------------------------------------------------------

def _clause_content(tok, ctx: Context, entry: CueEntry) -> tuple[int, int] | None:
    # (not a clause another cue between them introduces: « …, avait indiqué X, ajoutant : "…" »)
    # (nor a noun with a preposition the parser called a clause: « , au demeurant, »)
    clause = next((c for c in tok.children if c.dep_ in CLAUSE_DEPS and not (c.i > tok.i and any(
        cue_reading(t, ctx.lexicon) is not None for t in ctx.doc[tok.i + 1:c.left_edge.i]))
        and not (c.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "case" and g.i < c.i for g in c.children)
                 and not any(g.dep_ in ("cop", "mark", "nsubj") for g in c.children))), None)
    if clause is not None:
        return subtree_span(clause)
    if entry.act in ("report", "concede", "praise"):
        # « <content> », a indiqué X; "<content>, X welcomed": the parser hung the content on the speech
        # verb as another clause
        before = next((c for c in tok.children if c.i < tok.i and c.dep_ in ("advcl", "parataxis", "dep", "conj")
                       and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")), None)
        if before is not None:
            span = subtree_span(before)
            edge = ctx.doc[span[1]] if span[1] < len(ctx.doc) else None
            if edge is not None and (edge.is_punct or edge.is_quote):
                return span
    return None


def _inverted_content(tok, sent: Sentence, ctx: Context) -> tuple[int, int] | None:
    """"<content>, a déclaré X" / "<content>, said X": the cue hangs on the content's head. A cue in
    the middle ("mines planted, they claimed, by saboteurs") reports the whole clause around it."""
    head = tok.head
    if head.i == tok.i or head.i > tok.i or tok.dep_ not in ("advcl", "parataxis", "conj", "ccomp", "dep", "acl"):
        return None
    if not _tag_after_break(tok, ctx):
        return None  # "…before the crews responded": not a speech tag
    lo = max(sent.start, head.left_edge.i)
    hi = min(sent.end, head.right_edge.i + 1)
    after = [t for t in ctx.doc[tok.right_edge.i + 1:hi] if not (t.is_punct or t.is_space)]
    if after and tok.dep_ in ("parataxis", "ccomp", "dep") and len(list(tok.subtree)) <= 4:
        return trim_punct(ctx.doc, lo, hi)
    return trim_punct(ctx.doc, lo, tok.left_edge.i)


def sources_tokens(sources, ctx: Context) -> set:
    """Token indices of the speakers' mentions (an inverted speaker parsed as the object is no object)."""
    out = set()
    for m in sources:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span)
            out.update(t.i for t in span.root.ancestors if t.pos_ in ("NOUN", "PROPN"))
    return out


def _tag_after_break(tok, ctx: Context) -> bool:
    """A speech tag after its content follows a comma, a colon or a closing quotation mark
    ("…," said X; « … », a déclaré X)."""
    doc = ctx.doc
    start = _before_auxiliaries(tok, tok.i)
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and (doc[i].text in (",", ":", ";") or doc[i].is_quote or doc[i].text in "»”\"'")


def _quote_before(tok, subject, sent: Sentence, ctx: Context) -> tuple[int, int] | None:
    """"“…”, the ministry said": the quotation the speech tag closes, when the parser attached it elsewhere."""
    doc = ctx.doc
    first = min(tok.i, subject.left_edge.i) if subject is not None else tok.i
    first = min([_before_auxiliaries(tok, first)] + [c.i for c in tok.children if c.i < tok.i and c.dep_ in (
        "aux", "aux:tense", "aux:pass", "auxpass", "expl:subj")])  # « », a-t-il déclaré »
    for i in range(first - 1, sent.start - 1, -1):
        q = ctx.quotes.at(doc[i].idx)
        if q is not None:
            start = _token_at(doc, q[0])
            between = doc[i + 1:first]
            if start is not None and all(t.is_punct or t.is_space for t in between):
                start = max(start, sent.start)
                if any(not (t.is_punct or t.is_space) for t in doc[sent.start:start]) and not any(
                        cue_reading(t, ctx.lexicon) is not None for t in doc[sent.start:start]):
                    # « Les "forces françaises ont fait décoller" … à "6H01", avait indiqué X »: quoted words
                    # inside the sentence it closes
                    start = sent.start
                return trim_punct(doc, start, i + 1)
            return None
        if not (doc[i].is_punct or doc[i].is_space):
            return None
    return None


def _words_before_subject(tok, subject, sent: Sentence, ctx: Context) -> tuple[int, int] | None:
    """"Azerbaijan has reestablished its sovereignty, Aliev welcomed": a speech tag closing its sentence
    reports the words before it, when the parser gave them no clause."""
    first = min(tok.i, subject.left_edge.i) if subject is not None else tok.i
    first = _before_auxiliaries(tok, first)
    if any(c.dep_ in OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return None
    if first - 1 <= sent.start or not ctx.doc[first - 1].is_punct:
        return None
    start, end = trim_punct(ctx.doc, sent.start, first)
    return (start, end) if end - start >= 3 else None


def _before_auxiliaries(tok, first: int) -> int:
    """The start of the verb group ending at ``tok`` (« a déclaré », "has said"), when it starts at ``first``."""
    if first != tok.i:
        return first
    aux = [c.i for c in tok.children if c.i < tok.i and c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass",
                                                                     "expl:subj", "advmod", "neg")]
    return min(aux) if aux and all(tok.doc[i].i >= min(aux) for i in aux) else first


COMPLEMENTIZERS = frozenset({"that", "que", "qu'", "qu’"})


def _que_clause(tok, sent: Sentence, ctx: Context) -> tuple[int, int] | None:
    """« a déclaré dans un communiqué publié sur les réseaux sociaux qu'il regrettait… »: the
    complement clause the parser hung on another word of the speech verb's phrase."""
    doc = ctx.doc
    end = min(sent.end, tok.right_edge.i + 1)
    for i in range(tok.i + 1, end):
        t = doc[i]
        if t.lower_ in COMPLEMENTIZERS and i + 1 < end and not any(
                cue_reading(doc[j], ctx.lexicon) is not None for j in range(tok.i + 1, i)):
            return trim_punct(doc, i, end)
    return None


def _extracted_clause(tok, sent: Sentence, ctx: Context) -> tuple[int, int] | None:
    """"the tankers that they allege had been seized by X": a relative clause whose pronoun is the
    subject of the clause reported; the parser hung that clause elsewhere. It is the content."""
    if tok.dep_ not in ("relcl", "acl:relcl") or any(c.dep_ in CLAUSE_DEPS for c in tok.children):
        return None
    if not any(c.dep_ in OBJECT_DEPS and is_relative(c) for c in tok.children) or tok.right_edge.i != tok.i:
        return None
    doc = ctx.doc
    i = tok.i + 1
    while i < sent.end and doc[i].dep_ in ("aux", "auxpass", "aux:tense", "aux:pass", "neg", "advmod"):
        i += 1
    if i >= sent.end or i == tok.i + 1 or doc[i].pos_ != "VERB" or any(a.i == tok.i for a in doc[i].ancestors):
        return None  # an auxiliary must start the reported clause ("…they allege had been seized")
    end = min(sent.end, clause_end(doc[i], ctx))
    return trim_punct(doc, tok.i + 1, end)


def _rest_content(tok, subject, ctx: Context) -> tuple[int, int] | None:
    exclude = [subject] if subject is not None else []
    start, end = subtree_span(tok, exclude)
    start = max(start, tok.i + 1)
    end = min(end, clause_end(tok, ctx))
    start, end = trim_punct(ctx.doc, start, end)
    return (start, end) if start < end else None


def separate_parts(tok, ctx: Context) -> list:
    """Tokens heading the parts of ``tok``'s subtree that are not what ``tok`` says: the verbs
    coordinated with it ("accused X of Y and called for sanctions", « a déclaré … et a affirmé … »),
    and clauses with a cue of their own hung on its arguments ("…, which Belgrade denies", "…, a claim
    denied by X"). Each is a statement of its own."""
    out = []
    for t in tok.subtree:
        if t.i <= tok.i or t.dep_ not in ("relcl", "acl:relcl", "acl", "conj", "advcl"):
            continue
        if t.dep_ == "conj":
            elsewhere = coordinated_with(t, ctx)
            speech = cue_reading(tok, ctx.lexicon) is not None or cue_reading(t, ctx.lexicon) is not None
            apposed_claim = ctx.lexicon.has("claim_noun", t.lemma_.lower()) and any(
                cue_reading(g, ctx.lexicon) is not None for g in t.children)  # « …, des accusations qu'X a qualifiées… »
            if t.head.i == tok.i and speech and (subject_of(t) is not None or elsewhere is not None
                                                 or t.pos_ in ("VERB", "AUX") and _same_form(t, tok)
                                                 or _described_noun(t) is not None or apposed_claim):
                out.append(t)  # not "accused X of imitating … and continuing to …" (a second charge)
            elif elsewhere is not None and elsewhere.i == tok.i:
                out.append(t)
            continue
        if cue_reading(t, ctx.lexicon) is None:
            if t.head.lower_ == "ce" and t.head.i < t.i and t.head.i > tok.i and _after_comma(t.head, ctx) and any(
                    cue_reading(g, ctx.lexicon) is not None for g in t.subtree):
                out.append(t.head)  # « …, ce que Kiev a toujours démenti » with the auxiliary taken for the verb
            continue
        head = t.head
        if t.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ in ("with", "avec") and _after_comma(head.head, ctx):
            out.append(head.head)  # "…, with a UN probe saying…"
        elif t.dep_ in ("acl", "relcl", "acl:relcl") and head.pos_ in ("NOUN", "PROPN") and head.i != tok.i \
                and _after_comma(head, ctx) and (t.dep_ == "acl" or ctx.lexicon.has("claim_noun", head.lemma_.lower())):
            # "…, a claim denied by X", "…, an allegation X dismissed": the apposition is a statement of its own
            out.append(head)
        elif t.dep_ in ("relcl", "acl:relcl") and head.pos_ == "PRON" and head.i < t.i and _after_comma(head, ctx):
            out.append(head)  # « …, ce que Paris a rejeté »
        elif t.dep_ in ("relcl", "acl:relcl", "advcl") and (_after_comma(t, ctx) or t.dep_ != "advcl" and any(
                c.dep_ in ("nsubj", "nsubj:pass") and not is_relative(c) and not is_pronoun(c) for c in t.children)):
            # "…, which Belgrade denies", "…, calling it ridiculous", "the incident that X said…" (not "a gang
            # he called…", « ce qu'il appelle… »: the same speaker, most likely)
            out.append(t)
    return out


def _after_comma(tok, ctx: Context) -> bool:
    """The phrase ``tok`` heads follows a comma (or a dash), whether the parser gave it the comma or not."""
    breaks = (",", "—", "–", "-", ";")
    i = tok.left_edge.i
    return ctx.doc[i].text in breaks or i > 0 and ctx.doc[i - 1].text in breaks


def clause_end(tok, ctx: Context) -> int:
    """Where what ``tok`` says ends: its subtree without the separate parts closing it (see
    ``separate_parts``)."""
    doc = ctx.doc
    end = tok.right_edge.i + 1
    parts = sorted(separate_parts(tok, ctx), key=lambda p: -p.right_edge.i)
    changed = True
    while changed:
        changed = False
        end = _strip_tail(doc, tok.i, end)
        for p in parts:
            lo, hi = p.left_edge.i, p.right_edge.i + 1
            if lo > tok.i and lo < end <= hi:
                end = lo
                changed = True
    return end


def _strip_tail(doc, floor: int, end: int) -> int:
    while end - 1 > floor and (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS
                               or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    return end


def coordinated_with(tok, ctx: Context):
    """The verb a coordinated cue really continues when the parser hung it elsewhere, or None:
    - on a relative clause closed by a comma: "X accused Y of Z, which W denies, and called for…"
      continues "accused";
    - on the verb of a reported clause, with the tense of the reporting verb and not of that clause's:
      "Malki said the coalition was coordinating … and accused its foes…", « a déclaré que X était … et
      a accusé… » continue "said"."""
    if tok.dep_ != "conj" or subject_of(tok) is not None or cue_reading(tok, ctx.lexicon) is None:
        return None
    head = tok.head
    doc = ctx.doc
    if head.dep_ in ("relcl", "acl:relcl") and _after_comma(head, ctx):
        i = tok.i - 1
        gap = []
        while i > head.i and (doc[i].dep_ == "cc" or doc[i].is_punct):
            gap.append(doc[i].text)
            i -= 1
        if "," in gap:
            # the clause the antecedent belongs to: its first finite verb or cue up the tree
            gov = head.head
            while gov.head.i != gov.i and not (gov.pos_ in ("VERB", "AUX") and (
                    _finite(gov) or cue_reading(gov, ctx.lexicon) is not None)):
                gov = gov.head
            return gov if gov.pos_ in ("VERB", "AUX") and gov.i < tok.i else None
    # climb through the reported clause (no cue on the way) to the verb reporting it
    node = head
    for _ in range(8):
        if node.head.i == node.i or cue_reading(node, ctx.lexicon) is not None:
            return None
        if node.dep_ in CLAUSE_DEPS and cue_reading(node.head, ctx.lexicon) is not None:
            outer = node.head
            # the reported clause's own subject could not speak ("the sanctions were illegal and warned…")
            mute = head.pos_ == "AUX" or subject_of(head) is not None and ctx.mention(subject_of(head)) is None
            return outer if _same_form(tok, outer) and (mute or not _same_form(tok, head)) else None
        node = node.head
    return None


def _same_form(a, b) -> bool:
    """The same verb form: tag and auxiliaries ("accused" / "said", « a accusé » / « a déclaré »)."""
    def aux(t):
        return tuple(c.lower_ for c in t.children if c.dep_ in ("aux", "aux:tense", "auxpass", "aux:pass"))
    # a coordinated verb without an auxiliary shares the first one's ("has accused … and called for …")
    return a.tag_ == b.tag_ and a.morph.get("Tense") == b.morph.get("Tense") and (aux(a) == aux(b) or not aux(a))


def _evidence(ctx: Context, sent: Sentence, points) -> tuple[int, int]:
    lo = min(p for p in points if p is not None)
    hi = max(p for p in points if p is not None)
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    return trim_punct(ctx.doc, lo, hi)


def _span_points(*spans) -> list[int]:
    pts = []
    for s in spans:
        if s is None:
            continue
        if isinstance(s, tuple):
            pts.extend((s[0], s[1]))
        else:
            pts.extend((s.left_edge.i, s.right_edge.i + 1))
    return pts


def _mention_points(mentions, ctx: Context, sent: Sentence) -> list[int]:
    doc = ctx.doc
    s_char, e_char = doc[sent.start].idx, doc[sent.end - 1].idx + len(doc[sent.end - 1])
    pts = []
    for m in mentions:
        if s_char <= m.start and m.end <= e_char:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                # the whole noun phrase, determiner and possessor included ("l'Arménie", "Karabakh's army")
                pts.extend((min(span.start, max(sent.start, argument_span(span.root)[0])), span.end))
    return pts


def _is_reciprocal(tok, entry: CueEntry, ctx: Context) -> bool:
    """"blamed each other", « se rejettent (mutuellement) la responsabilité », "traded accusations"."""
    lex = ctx.lexicon
    if entry.act == "accuse" and entry.objects and any(o.lemma_.lower() in entry.objects for o in objects_of(tok)):
        return True  # trade / exchange accusations
    if entry.act == "accuse" and any(c.lemma_.lower() == "se" and c.dep_ not in ("nsubj",) for c in tok.children):
        return True
    doc = tok.doc
    if entry.act == "accuse" and tok.i > 0 and doc[tok.i - 1].lower_ in ("se", "s'", "s’"):
        return True  # « s'accusent » the parser did not hang the clitic on
    if tok.i + 1 < len(doc) and lex.has("reciprocal", doc[tok.i + 1].lower_) and doc[tok.i + 1].i in (
            tok.head.i, *[c.i for c in tok.children]):
        return True  # « s'accusent mutuellement » with the adverb taken for the head
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS | {"pobj", "advmod", "npadvmod"}:
            words = " ".join(t.lower_ for t in c.subtree)
            if lex.has("reciprocal", words) or lex.has("reciprocal", c.lower_):
                return True
    return False


PAIR_WORDS = frozenset({"two", "both", "deux"})


def _two_sides(subject, sent: Sentence, ctx: Context) -> tuple[ActorMention, ...]:
    """"The two sides blamed each other", « les deux camps s'accusent »: the last two actors named
    before, in this sentence or the two before it."""
    if subject is None or not any(c.lower_ in PAIR_WORDS for c in subject.children):
        return ()
    doc = ctx.doc
    # kg.resolve knows which two sides an article opposes ("the two sides", « les deux camps »)
    found = ctx.actors.resolve_all(doc[slice(*argument_span(subject))])
    if len(found) >= 2:
        return tuple(found[:2])
    lo = ctx.sentences[max(0, sent.index - 2)].start
    window = (doc[lo].idx, subject.left_edge.idx)
    picked: list[ActorMention] = []
    for m in reversed(ctx.actors.mentions()):
        if not (window[0] <= m.start < window[1]) or any(m.actor == p.actor for p in picked):
            continue
        if any(_part_of(m.actor, p.actor, ctx) or _part_of(p.actor, m.actor, ctx) for p in picked):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        found = ctx.actors.resolve(span) if span is not None else None
        if found is not None:
            picked.append(found)
        if len(picked) == 2:
            return tuple(reversed(picked))
    return ()


def _part_of(child: str, parent: str, ctx: Context) -> bool:
    seen = set()
    while child and child not in seen:
        if child == parent:
            return True
        seen.add(child)
        actor = ctx.actors.actor(child)
        child = actor.part_of if actor else None
    return False


def _addressees(tok, entry: CueEntry) -> tuple[int, ...]:
    """The accused when it is a prepositional complement: "blame Y on X", « reprocher à X »,
    « rejeter la responsabilité sur X », « attribuer Y à X »."""
    if entry.act != "accuse":
        return ()
    preps = ("on", "upon", "sur", "à", "au", "aux")
    return tuple(c.i for p in prep_objects(tok, preps) for c in with_conjuncts(p))


def _first_person(tok) -> bool:
    return tok.lower_ in FIRST_PERSON


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
NON_PERSON_PRONOUNS = frozenset({"it"})


def _previous_speaker_for(pronoun, recent, ctx: Context) -> tuple[ActorMention, ...]:
    """"…,” it said" / "He added": a pronoun speaking right after a statement is, in news style, that
    statement's speaker, when it can be (person or not)."""
    word = pronoun.lower_
    here = ctx.sentence_of[pronoun.i]
    for a in reversed(recent):
        if not a.sources or a.cue[0] >= pronoun.i:
            continue
        if here - a.sentence > 1:
            break  # further back, another subject may have come in between: kg.resolve decides
        kinds = {getattr(ctx.actors.actor(m.actor), "kind", None) for m in a.sources}
        if word in PERSON_PRONOUNS and kinds != {"person"}:
            continue
        if word in NON_PERSON_PRONOUNS and "person" in kinds:
            continue
        return a.sources
    return ()


def attribute_cue(tok, entry: CueEntry, sent: Sentence, ctx: Context,
                  enclosing: "Attribution | None", recent=()) -> Attribution | None:
    """The attribution a cue word gives, or None when no speaker can be found."""
    if entry.pos == "NOUN":
        return _noun_cue(tok, entry, sent, ctx)
    if tok.dep_ in ("csubj", "csubjpass", "csubj:pass") or (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass")):
        return None  # "Accusing X of Y is wrong": talk about an accusation, not one
    if _infinitive_goal(tok, ctx):
        return None  # "paid voters to reject…", "urged Kosovo to reject…": a goal, not a statement
    if entry.act in ("appeal", "demand") and tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i and not any(
            c.dep_ in ("aux", "nsubj", "nsubjpass", "xcomp", "ccomp") or c.dep_ in OBJECT_DEPS for c in tok.children) \
            and not agents_of(tok):
        return None  # "Asked about the report, a spokesman said…": the speaker was asked
    if entry.act == "report" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and agents_of(tok):
        return None  # "the lies told by X", "claims made by X": the claim's author, said by someone else
    doc = ctx.doc
    negated = is_negated(tok)
    inside = range(sent.start, sent.end)
    subject = subject_of(tok)
    if subject is not None and subject.i not in inside:
        # the parser ran two lines together: read the subject off the words before the verb
        subject = _subject_before(tok, sent)
    agents = [a for a in agents_in(tok) if a.i in inside]
    objects = [o.i for o in objects_of(tok) if o.i in inside]
    pattern = "subject"
    anchor = None
    sources: tuple = ()
    deferred_first_person = False
    subject_is_actor = subject is not None and (is_pronoun(subject) or ctx.mention(subject) is not None)

    if tok.dep_ in ("relcl", "acl:relcl") and subject is not None and is_relative(subject):
        pattern = "relative_subject"
        sources = _speakers([tok.head], ctx)
    elif agents and (is_passive(tok) or (subject is not None and not subject_is_actor)
                     or (subject is None and (tok.tag_ == "VBN" or "Part" in tok.morph.get("VerbForm")))
                     or tok.dep_ == "acl"):
        pattern = "passive"
        sources = _speakers(agents, ctx)
        if subject is not None and not is_relative(subject):
            # every passive subject the parser gave (« les accusations visant la compagnie X ont été rejetées »
            # with both nouns as subjects): what is rejected is among them
            objects = sorted({subject.i} | {c.i for c in tok.children if c.dep_ in ("nsubjpass", "nsubj:pass")
                                             and c.i in inside and not is_relative(c)}) + objects
        described = _described_noun(tok)
        if described is not None or subject is not None and is_relative(subject):
            noun = described if described is not None else tok.head
            if entry.act == "deny" and not _names_claim(noun, ctx):
                return None  # "the region disputed by X and Y": no claim is denied
            objects = [noun.i] + objects
            anchor = noun.i
            pattern = "passive_nominal"
    elif is_passive(tok) or _headline_passive(tok, entry, objects):
        return None  # "X was accused of…", "X accused of…": nobody speaks
    elif (subject is not None and not subject_is_actor and entry.act in ("report", "concede", "praise")
          and _inverted_object(tok, ctx) is not None):
        # "“…”, assures Baku": the parser took the quotation for the subject and the speaker for the object
        speaker = _inverted_object(tok, ctx)
        sources = _speakers([speaker], ctx)
        objects = [o for o in objects if o != speaker.i]
        pattern = "inverted"
    elif subject is not None and is_relative(subject):
        # "…, qui l'a qualifié de…" attached as an adverbial clause: the noun before the pronoun
        before = next((doc[i] for i in range(subject.i - 1, sent.start - 1, -1) if not doc[i].is_punct), None)
        if before is None or before.pos_ not in ("PROPN", "NOUN"):
            return None
        sources = _speakers([before], ctx)
        pattern = "relative_subject"
    elif subject is not None:
        if is_pronoun(subject) and enclosing is not None and not _first_person(subject):
            sources = enclosing.sources
            pattern = "pronoun_of_enclosing"
        elif _first_person(subject) and (enclosing is not None or ctx.quoted(subject)):
            if enclosing is not None:
                sources = enclosing.sources
            deferred_first_person = enclosing is None
            pattern = "first_person"
        elif is_pronoun(subject) and not _first_person(subject) and _previous_speaker_for(subject, recent, ctx):
            sources = _previous_speaker_for(subject, recent, ctx)
            pattern = "pronoun_of_previous"
        elif _is_statement_noun(subject, ctx):
            author = _statement_author(subject, ctx)
            sources = (author,) if author else ()
            pattern = "statement"
            if not sources:
                deferred_first_person = True  # "…, added the statement": the previous speaker
        else:
            sources = _speakers([subject], ctx)
    elif tok.pos_ not in ("VERB", "AUX") and _que_before_subject(tok) is not None:
        # « …, ce que le gouvernement rwandais dément »: the words between « que » and the mis-tagged verb
        # speak; « ce » stands for the clause before, the claim denied
        que = _que_before_subject(tok)
        found = ctx.actors.resolve(doc[que.i + 1:tok.i])
        sources = (found,) if found is not None else ()
        if que.i > sent.start and doc[que.i - 1].lower_ == "ce":
            objects, anchor, pattern = [que.i - 1], que.i - 1, "relative_object"
    elif tok.pos_ not in ("VERB", "AUX") and _inverted_relative_subject(tok) is not None:
        # « …, ce que dément Kiev »: the words after the mis-tagged verb speak; « ce » is the claim denied
        lo, hi = _inverted_relative_subject(tok)
        found = ctx.actors.resolve(doc[lo:hi])
        sources = (found,) if found is not None else ()
        objects, anchor, pattern = [tok.i - 2], tok.i - 2, "relative_object"
    elif (tok.pos_ not in ("VERB", "AUX") and ctx.lexicon.language == "fr"
          and _auxiliary_subject(tok) is not None and ctx.mention(_auxiliary_subject(tok)) is not None):
        # « Kiev a toujours nié… » parsed with « a » as the verb: its subject speaks; « ce que Kiev a
        # toujours démenti »: « ce » (the clause before) is the claim denied
        aux = _auxiliary_before(tok)
        subject = _auxiliary_subject(tok)
        sources = _speakers([subject], ctx)
        if aux.dep_ in ("relcl", "acl:relcl") and aux.head.lower_ == "ce":
            objects, anchor, pattern = [aux.head.i], aux.head.i, "relative_object"
    else:
        sources, pattern, inverted_obj = _headless_speakers(tok, entry, ctx, enclosing, sent, recent)
        if inverted_obj is not None:
            objects = [o for o in objects if o != inverted_obj]
        if not sources and (_finite(tok) or tok.pos_ not in ("VERB", "AUX")):
            # a finite verb the parser left without subject: the noun phrase just before it
            before = _subject_before(tok, sent)
            if before is not None and not is_relative(before):
                sources = _speakers_before(before, tok, ctx)
                pattern = "subject"
                subject = before

    if entry.act == "accuse" and not objects and pattern in ("subject", "participial", "inverted"):
        after = _object_after(tok, sent, ctx)
        if after is not None:
            objects = [after.i]

    # relative clause whose object is the antecedent: "Moscow, which Yerevan blamed…", "…, which Belgrade denies"
    if tok.dep_ in ("relcl", "acl:relcl"):
        rel_obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS and is_relative(c)), None)
        if rel_obj is not None or (pattern != "relative_subject" and not objects and tok.head.pos_ in ("NOUN", "PROPN", "PRON")):
            objects = [tok.head.i] + [o for o in objects if rel_obj is None or o != rel_obj.i]
            anchor = tok.head.i
            pattern = "relative_object"

    if entry.act == "accuse" and len(sources) < 2 and _is_reciprocal(tok, entry, ctx):
        sources = _two_sides(subject, sent, ctx) or sources
    if not sources and not deferred_first_person:
        return None

    # what is said
    content = _clause_content(tok, ctx, entry)
    after_colon = None
    if content is None and tok.i + 1 < sent.end and doc[tok.i + 1].text == ":" and tok.i + 2 < sent.end:
        after_colon = trim_punct(doc, tok.i + 2, sent.end)  # « …, ajoutant : "…" », "said: …"
    transitive = any(c.dep_ in OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") and not _is_statement_noun(c, ctx)
                     and c.i > tok.i and c.i not in (sources_tokens(sources, ctx)) for c in tok.children)
    if after_colon is not None and after_colon[0] < after_colon[1]:
        content = after_colon
    elif content is None and entry.act in ("report", "concede", "praise") and not transitive:
        # "declared independence", "recalled its ambassador": the verb has an object of its own
        content = _inverted_content(tok, sent, ctx) or _quote_before(tok, subject, sent, ctx)
        if content is not None and pattern == "subject":
            pattern = "inverted"
    if content is None and entry.act == "report":
        content = _words_before_subject(tok, subject, sent, ctx) or _que_clause(tok, sent, ctx)
    extracted = _extracted_clause(tok, sent, ctx) if content is None else None
    if content is None and extracted is None and CLAUSE_FLAG in entry.flags:
        return None  # "responded by extending its zone", "declared independence": no statement reported
    if content is None:
        content = _rest_content(tok, subject, ctx)
    if content is not None and content is not after_colon:
        end = clause_end(tok, ctx) if content[0] > tok.i else content[1]
        content = trim_punct(doc, max(content[0], sent.start), min(content[1], sent.end, end))
        if content[0] >= content[1]:
            content = None
    if extracted is not None:
        content = extracted
    if content is None and not any(True for _ in tok.children) and entry.act in ("accuse", "deny"):
        content = trim_punct(doc, tok.i + 1, sent.end) or None  # a cue the parser gave no dependent: the rest
        if content is not None and content[0] >= content[1]:
            content = None
    if QUOTE_FLAG in entry.flags and not (content and any(ctx.quoted(doc[i]) for i in range(*content))):
        return None

    reciprocal = _is_reciprocal(tok, entry, ctx)
    predicate = _predicate(tok, ctx, objects) if entry.act == "qualify" else None
    # a verb sharing the speaker of the verb before it ("…, accusing X", "and called for …") is its own
    # clause: its evidence starts at its verb group
    own_clause = (pattern == "participial" and tok.dep_ in ("conj", "advcl") and tok.head.pos_ in ("VERB", "AUX")
                  and (cue_reading(coordinated_with(tok, ctx) or tok.head, ctx.lexicon) is not None
                       or tok.dep_ == "advcl" and _tag_after_break(tok, ctx)))
    start = _before_auxiliaries(tok, tok.i)
    speaker_phrase = argument_span(subject) if subject is not None and subject.i in inside and pattern in (
        "subject", "pronoun_of_previous", "pronoun_of_enclosing", "first_person", "statement") else None
    while speaker_phrase and speaker_phrase[0] < subject.i and doc[speaker_phrase[0]].dep_ in ("case", "mark", "cc"):
        speaker_phrase = (speaker_phrase[0] + 1, speaker_phrase[1])  # not « après » the parser hung on the subject
    # (a noun the parser did not hang the participle on stays out: "a claim denied by X, but supported by Y")
    shown = [o for o in objects if o != anchor or any(t.i == anchor for t in tok.ancestors)]
    called = []  # what the object is called, to the end of its quotation (« de « sans fondement » »)
    if predicate is not None:
        q = ctx.quoted(doc[predicate])
        end_tok = _token_at(doc, q[1] - 1) if q is not None else None
        called = [predicate, (end_tok + 1) if end_tok is not None and end_tok < sent.end else predicate + 1]
    evidence = _evidence(ctx, sent, [start, tok.i + 1] + called + _span_points(content, speaker_phrase)
                         + _span_points(*(doc[o] for o in shown))
                         + ([] if own_clause else _mention_points(sources, ctx, sent)))
    if own_clause:
        evidence = (max(evidence[0], start), evidence[1])
    if pattern == "cited":
        # "A ministry statement cited them as saying…": the evidence starts with the one citing
        citing = next((t for t in tok.ancestors if t.lemma_.lower() in CITING_VERBS), None)
        if citing is not None:
            evidence = (max(sent.start, min(evidence[0], citing.left_edge.i)), evidence[1])
    end = max([clause_end(tok, ctx)] + called[1:])
    if end > tok.i and (content is None or content[1] <= end):
        evidence = (evidence[0], max(min(evidence[1], end), evidence[0] + 1))
    return Attribution(
        pattern=pattern, cue=(tok.i, tok.i + 1), entry=entry, sources=sources, content=content,
        evidence=evidence, sentence=sent.index, objects=tuple(dict.fromkeys(objects)),
        addressees=_addressees(tok, entry), predicate=predicate, anchor=anchor,
        reciprocal=reciprocal, negated=negated)


def _speakers_before(before, verb, ctx: Context) -> tuple[ActorMention, ...]:
    """The speakers a subject found before a verb names, read only in the words before the verb (the
    parser may have hung the verb and its object on that subject: « Le parti au pouvoir accuse le
    groupe X » must not make X the speaker)."""
    if before.right_edge.i < verb.i:
        return _speakers([before], ctx)
    start = min(argument_span(before)[0], before.i)
    end = verb.i
    while end > start and ctx.doc[end - 1].dep_ in ("aux", "aux:tense", "auxpass", "aux:pass", "neg", "advmod"):
        end -= 1
    found = ctx.actors.resolve(ctx.doc[start:end]) if start < end else None
    return (found,) if found is not None else ()


def _subject_before(tok, sent: Sentence):
    """The head of the noun phrase just before ``tok`` in its sentence, skipping auxiliaries and adverbs."""
    doc = tok.doc
    for i in range(tok.i - 1, sent.start - 1, -1):
        t = doc[i]
        if t.pos_ in ("AUX", "ADV", "PART") or t.dep_ in ("aux", "auxpass", "aux:tense", "neg", "advmod") \
                and t.pos_ != "PROPN" or t.lemma_.lower() == "se":
            continue  # (a name the parser hung as an adverb, « Kigali a toujours nié », is the subject)
        if t.text == "," and i - 1 >= sent.start and (doc[i - 1].dep_ in ("appos", "flat", "flat:name")
                                                       or doc[i - 1].head.dep_ == "appos"):
            continue  # « le ministre des Armées, Sébastien Lecornu, avait rappelé »: the apposition closes the subject
        if t.pos_ not in ("NOUN", "PROPN", "PRON") and not (t.is_title and t.i > sent.start - 1 and t.pos_ != "DET"):
            return None
        while t.head.i != t.i and sent.start <= t.head.i < tok.i and t.dep_ in (
                "compound", "amod", "flat", "flat:name", "poss", "nmod:poss", "nummod", "det", "appos"):
            t = t.head
        return t
    return None


def _object_after(tok, sent: Sentence, ctx: Context):
    """The actor named right after an accusation verb the parser gave no object (« a accusé jeudi les
    Forces… »), skipping determiners, adverbs and dates; None past a verb or a clause marker."""
    doc = ctx.doc
    for i in range(tok.i + 1, min(sent.end, tok.i + 6)):
        t = doc[i]
        if t.pos_ in ("DET", "ADV", "PUNCT") or t.like_num or t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.pos_ in ("VERB", "AUX", "SCONJ", "ADP") or t.dep_ == "mark":
            return None
        if t.pos_ in ("PROPN", "NOUN", "ADJ") and ctx.mention(t, strict=True) is not None:
            return t  # (« la force armée », the tagger's adjective)
    return None


def _finite(tok) -> bool:
    return "Fin" in tok.morph.get("VerbForm") or any(c.dep_ in ("aux", "aux:tense") for c in tok.children)


def _described_noun(tok):
    """The noun a participle describes, through coordination ("a claim denied by X but supported by Y"),
    also when the parser hung the second participle on the main verb: the participle right before it
    describes a noun."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("acl", "relcl", "acl:relcl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return node.head
    if tok.dep_ == "conj" and _bare_participle(tok):
        doc = tok.doc
        i = tok.left_edge.i - 1
        while i >= 0 and (doc[i].is_punct or doc[i].dep_ == "cc"):
            i -= 1
        if i >= 0:
            t = doc[i]
            for a in [t, *t.ancestors]:
                if a.i == tok.head.i:
                    break
                if a.dep_ == "acl" and _bare_participle(a) and a.head.pos_ in ("NOUN", "PROPN"):
                    return a.head
    return None


def _bare_participle(tok) -> bool:
    """A past participle with no subject and no auxiliary of its own ("denied by X")."""
    return (tok.tag_ == "VBN" or "Part" in tok.morph.get("VerbForm")) and subject_of(tok) is None and not any(
        c.dep_ in ("aux", "aux:tense", "auxpass", "aux:pass") for c in tok.children)


def _names_claim(tok, ctx: Context) -> bool:
    """A claim noun, or a noun in apposition to a clause (« …, accusations rejetées par X »)."""
    return ctx.lexicon.has("claim_noun", tok.lemma_.lower()) or tok.dep_ in ("conj", "appos", "ROOT")


def _infinitive_goal(tok, ctx: Context) -> bool:
    """An infinitive that is the goal of another verb with its own object, or of a cue (appeals)."""
    infinitive = tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) or (
        "Inf" in tok.morph.get("VerbForm") and ctx.lexicon.language == "fr")
    if not infinitive or tok.dep_ not in ("xcomp", "advcl", "acl"):
        return False
    head = tok.head
    return bool(children(head, OBJECT_DEPS)) or cue_reading(head, ctx.lexicon) is not None


def _headline_passive(tok, entry: CueEntry, objects) -> bool:
    """"Azerbaijan accused of causing a crisis": an accusation verb with no object but a charge
    complement is a passive with its auxiliary left out (headline style)."""
    if entry.act != "accuse" or objects or any(c.dep_ in ("aux",) for c in tok.children):
        return False
    return bool(prep_objects(tok, ("of",))) and tok.tag_ in ("VBN", "VBD")


def _inverted_object(tok, ctx: Context):
    obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS and c.i > tok.i), None)
    subj = subject_of(tok)
    if obj is None or subj is None or subj.i > tok.i:
        return None
    return obj if ctx.mention(obj, strict=True) is not None else None


def _headless_speakers(tok, entry: CueEntry, ctx: Context, enclosing, sent: Sentence, before=()):
    """Speakers of a cue with no subject of its own: participles and coordinated verbs share their
    head's; "cited them as saying" gives the cited; "…, a annoncé le ministre" has its speaker as object."""
    # "…, with a UN investigation saying…", "officials saying…": the noun a speech participle describes speaks
    present_participle = tok.tag_ == "VBG" or tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Pres"]
    if tok.dep_ == "acl" and present_participle and tok.head.pos_ in ("PROPN", "NOUN") and tok.head.i < tok.i \
            and entry.act in ("report", "concede") and not _is_statement_noun(tok.head, ctx):
        found = ctx.mention(tok.head, strict=True)
        if found is not None:
            return (found,), "subject", None
    # "The UN Secretary-General, António Guterres, called on…" parsed as a participle of the name
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.pos_ in ("PROPN", "NOUN") \
            and tok.head.i < tok.i and not agents_of(tok) and entry.act not in ("accuse", "deny", "qualify", "endorse"):
        # (an accusation participle is a passive: "the minister, criticized for…")
        found = ctx.mention(tok.head, strict=True)
        if found is not None:
            return (found,), "subject", None
    # French inverted reporting parsed with the speaker as object
    if entry.act in ("report", "concede", "praise") and tok.dep_ not in ("xcomp",):
        objs = children(tok, OBJECT_DEPS)
        content_before = (tok.head.i != tok.i and tok.head.i < tok.i) or any(
            c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in tok.children) or (
            _quote_before(tok, None, sent, ctx) is not None)  # the parser tied the quotation elsewhere
        if objs and objs[0].i > tok.i and content_before and _tag_after_break(tok, ctx):
            found = _speakers([objs[0]], ctx)
            if found:
                return found, "inverted", objs[0].i
    node = tok
    for _ in range(6):
        if node.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl", "prep", "ccomp", "dep", "advmod", "obl",
                             "obl:mod", "nmod") or node.head.i == node.i:
            break
        head = (coordinated_with(node, ctx) if node.i == tok.i else None) or node.head
        if not sent.start <= head.i < sent.end:
            break  # the parser tied the clause to another sentence
        if head.pos_ == "NOUN" and _is_statement_noun(head, ctx):
            # "issued a statement rejecting…": the issuer speaks
            gov = head.head if head.head.i != head.i else None
            if gov is not None:
                subj = subject_of(gov)
                if subj is not None:
                    return _speakers([subj], ctx), "participial", None
            author = _statement_author(head, ctx)
            return ((author,) if author else ()), "participial", None
        reporting = next((a for a in [enclosing, *reversed(before)] if a is not None and a.sentence == sent.index
                          and a.content is not None and a.content[0] <= head.i < a.content[1] and a.sources), None)
        if head.pos_ in ("VERB", "AUX") and reporting is not None and entry.act in ("qualify", "deny", "accuse") \
                and cue_reading(head, ctx.lexicon) is None and _tag_after_break(tok, ctx):
            # "denied the claim that the US seized oil…, calling it ridiculous": the parser hung the
            # participle on the verb of what is denied; calling it so is the denier's
            return reporting.sources, "participial", None
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADJ" and head.dep_ == "ROOT"):
            if head.lemma_.lower() in CITING_VERBS:
                return _speakers(children(head, OBJECT_DEPS), ctx), "cited", None
            subj = subject_of(head)
            if subj is not None and not sent.start <= subj.i < sent.end:
                subj = None
            if subj is not None:
                if is_relative(subj) and head.dep_ in ("relcl", "acl:relcl"):
                    return _speakers([head.head], ctx), "participial", None
                if is_pronoun(subj) and enclosing is not None:
                    return enclosing.sources, "participial", None
                if not is_relative(subj):
                    agents = agents_in(head) if is_passive(head) else []
                    return _speakers(agents or [subj], ctx), "participial", None
            elif _finite(head) and cue_reading(head, ctx.lexicon) is not None:
                before = _subject_before(head, sent)  # the head verb lost its subject too
                if before is not None and not is_relative(before):
                    found = _speakers_before(before, head, ctx)
                    if found:
                        return found, "participial", None
            # inverted speaker of the head ("…, a annoncé le ministre …, accusant X")
            objs = children(head, OBJECT_DEPS)
            if objs and cue_reading(head, ctx.lexicon) is not None and objs[0].i > head.i:
                found = _speakers([objs[0]], ctx)
                if found:
                    return found, "participial", None
        node = head
    return (), "participial", None


def _predicate(tok, ctx: Context, objects) -> int | None:
    """What the object is called: "called it a lie" (oprd/xcomp), "described X as Y", « qualifié X de Y »,
    « ce qu'il appelle une décision injustifiée » (the object is the relative pronoun). A quotation mark
    the parser took for the predicate (« de « pure propagande » ») gives the word it opens."""
    found = _predicate_token(tok, ctx, objects)
    doc = ctx.doc
    if found is not None and (doc[found].is_punct or doc[found].text in QUOTE_CHARS):
        return next((t.i for t in doc[found + 1: min(len(doc), found + 4)] if not (t.is_punct or t.is_space)), found)
    return found


def _predicate_token(tok, ctx: Context, objects) -> int | None:
    objs = children(tok, OBJECT_DEPS)
    if any(is_relative(o) for o in objs):
        other = next((o for o in objs if not is_relative(o) and o.pos_ in ("NOUN", "ADJ", "PROPN")), None)
        if other is not None:
            return other.i
    for c in tok.children:
        if c.dep_ in ("oprd", "acomp", "attr", "xcomp"):
            return c.i
        if c.dep_ == "prep" and c.lower_ in ("as", "to", "with"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj.i
    cands = [tok] + [ctx.doc[o] for o in objects]
    for node in cands:
        for c in node.children:
            if c.i > tok.i and c.dep_ not in ("punct",) and case_marker(c) in ("de", "d", "comme"):
                if node.i == tok.i or c.pos_ in ("ADJ", "NOUN", "PROPN"):
                    return c.i
            if c.dep_ == "ccomp" and node.i == tok.i:
                return c.i
    return None


def _noun_cue(tok, entry: CueEntry, sent: Sentence, ctx: Context) -> Attribution | None:
    """A cue noun voiced by the subject of the verb governing it: "X issued a denial", « X a ouvert une
    enquête contre Y ». A definite noun refers back to a claim already made ("made the accusations")."""
    if tok.dep_ not in OBJECT_DEPS or tok.head.pos_ not in ("VERB", "ADJ", "AUX"):
        return None
    if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children):
        return None
    gov = tok.head
    if cue_reading(gov, ctx.lexicon) is not None:
        return None  # the governing verb is a cue itself ("denied the accusations")
    subject = subject_of(gov)
    if subject is None or is_relative(subject):
        return None
    sources = _speakers([subject], ctx)
    if not sources:
        return None
    content = subtree_span(tok)
    addressees = tuple(c.i for p in prep_objects(tok, ("against", "into", "contre", "sur")) for c in with_conjuncts(p))
    evidence = _evidence(ctx, sent, [gov.i, gov.i + 1] + _span_points(content) + _mention_points(sources, ctx, sent))
    return Attribution(pattern="noun_cue", cue=(tok.i, tok.i + 1), entry=entry, sources=sources, content=content,
                       evidence=evidence, sentence=sent.index, addressees=addressees, negated=is_negated(gov))


# --- according to X / selon X ------------------------------------------------------------------------

REPORT_ENTRY = CueEntry("according to", "VERB", "report", "asserts", "010", note="according to X")


def according_to(sent: Sentence, ctx: Context, cue_tokens: set, around=()) -> list[Attribution]:
    """"According to X, …", « selon X », « d'après X », at either end of the clause. « selon elle »
    inside what a speaker says is that speaker (``around``: the sentence's attributions)."""
    doc = ctx.doc
    out = []
    for tok in doc[sent.start:sent.end]:
        low = tok.lower_
        if low == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            who = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            if who is None:
                continue
            cue = (tok.i, to.i + 1)
            clause = tok.head
        elif low in ("selon", "après") and tok.dep_ in ("case", "fixed", "mark"):
            if low == "après" and not (tok.i > 0 and doc[tok.i - 1].lower_ in ("d'", "d’")):
                continue
            who = tok.head.head if tok.dep_ == "fixed" else tok.head
            if is_relative(who):
                continue  # « selon lequel » : a nominal claim
            cue = (tok.i - (1 if low == "après" else 0), tok.i + 1)
            clause = who.head
        else:
            continue
        if clause is None or clause.i in cue_tokens:
            continue  # "according to a statement, they said…": the statement is the medium
        if clause.i == who.i or clause.head.i == clause.i and clause.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            clause = doc[sent.start:sent.end].root
        reporting = next((a for a in around if is_pronoun(who) and not _first_person(who) and a.sources
                          and a.content is not None and a.content[0] <= who.i < a.content[1]), None)
        sources = reporting.sources if reporting is not None else _speakers([who], ctx)
        if not sources:
            continue
        content = _clause_without(clause, who, tok, sent, ctx)
        evidence = _evidence(ctx, sent, list(cue) + _span_points(content) + _span_points(who))
        entry = ctx.lexicon.readings("according to", "VERB")
        out.append(Attribution(pattern="according_to", cue=cue, entry=entry[0] if entry else REPORT_ENTRY,
                               sources=sources, content=content, evidence=evidence, sentence=sent.index))
    return out


def _clause_without(clause, who, cue_tok, sent: Sentence, ctx: Context) -> tuple[int, int]:
    """The clause "according to X" qualifies, without the "according to X" phrase itself."""
    start, end = max(sent.start, clause.left_edge.i), min(sent.end, clause.right_edge.i + 1)
    lo = min(cue_tok.i, who.left_edge.i)
    hi = max(cue_tok.i, who.right_edge.i) + 1
    if lo <= start:
        start = hi
    elif hi >= end:
        end = lo
    return trim_punct(ctx.doc, start, max(start, end))


# --- claim nouns voiced by an actor ------------------------------------------------------------------

def nominal_claims(sent: Sentence, ctx: Context) -> list[Attribution]:
    """"Iranian claims that the US seized oil", « les accusations du régime, selon lequel la France a
    violé… »: a claim noun with its author and its content is a statement by that author."""
    doc = ctx.doc
    lex = ctx.lexicon
    out = []
    for tok in doc[sent.start:sent.end]:
        lemma = tok.lemma_.lower()
        readings = lex.readings(lemma, "NOUN")
        if tok.pos_ != "NOUN" or not (lex.has("claim_noun", lemma) or readings):
            continue
        author_tok = _claim_author(tok, ctx) or _claim_maker(tok, ctx)
        if author_tok is None:
            continue
        entry = readings[0] if readings else CueEntry(lemma, "NOUN", "report", "asserts", "010")
        content = _claim_content(tok, author_tok, ctx)
        addressees: tuple = ()
        if content is None and entry.act in ("accuse", "deny"):
            # « les accusations de X contre Y sur Z », "X's denial": the noun says the act by itself
            addressees = tuple(c.i for holder in [tok, *[c for c in tok.children if c.dep_ == "acl"]]
                               for p in prep_objects(holder, ("against", "contre")) for c in with_conjuncts(p))
            if not addressees:
                # « les accusations de pollution formulées par X contre sa mine »: "contre" hung deeper
                addressees = tuple(t.i for t in tok.subtree if t.i > tok.i and t.pos_ in ("NOUN", "PROPN", "PRON")
                                   and (case_marker(t) == "contre" or t.dep_ == "pobj" and t.head.lower_ == "against"))[:1]
            topic = [c for c in prep_objects(tok, ("about", "over", "on", "sur", "concernant")) if c.i > tok.i]
            content = subtree_span(topic[0]) if topic else None
            if entry.act == "accuse" and not addressees and content is None:
                continue
        elif content is None:
            continue
        sources = _speakers([author_tok], ctx)
        if not sources:
            continue
        evidence = _evidence(ctx, sent, [tok.i, tok.i + 1] + _span_points(content, author_tok)
                             + [p for a in addressees for p in (a, a + 1)])
        out.append(Attribution(pattern="nominal_claim", cue=(tok.i, tok.i + 1), entry=entry, sources=sources,
                               content=content, evidence=evidence, sentence=sent.index, addressees=addressees))
    return out


def _claim_maker(tok, ctx: Context):
    """"accusations made by X", « les accusations portées par X »: the agent of the participle."""
    for c in [*tok.children, *(g for c in tok.children if c.dep_ in ("nmod", "prep") for g in c.children)]:
        if c.dep_ == "acl" and cue_reading(c, ctx.lexicon) is None:
            for g in agents_of(c):
                if ctx.mention(g, strict=True) is not None:
                    return g
    return None


def _claim_author(tok, ctx: Context):
    for c in tok.children:
        if c.dep_ in ("poss", "nmod:poss") and not is_pronoun(c):
            return c
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and ctx.mention(c, strict=True) is not None:
            return c
    for c in prep_objects(tok, ("by", "from", "de", "du", "des", "d")):
        if c.i > tok.i and ctx.mention(c, strict=True) is not None:
            return c
    return None


def _claim_content(tok, author_tok, ctx: Context) -> tuple[int, int] | None:
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ in ("that", "que", "qu'") for g in c.children):
            start, end = subtree_span(c)
            return trim_punct(ctx.doc, start, min(end, clause_end(c, ctx)))
    for holder in (tok, author_tok):
        for c in holder.children:
            if c.dep_ in ("relcl", "acl:relcl", "acl") and any(
                    g.lower_ == "selon" for g in c.subtree if g.dep_ in ("case", "fixed")):
                return subtree_span(c)
    return None


# --- quotations across sentences ---------------------------------------------------------------------

def extend_over_quotes(attributions: list[Attribution], ctx: Context) -> list[Attribution]:
    """A quotation whose speech tag closes a later sentence is one statement: its content and evidence
    start where the quotation opens."""
    doc = ctx.doc
    out = []
    for a in attributions:
        if a.content is None or a.pattern in ("first_person",):
            out.append(a)
            continue
        q = ctx.quotes.at(doc[a.content[0]].idx)
        if q is None:
            # the content may start just after the opening mark
            q = ctx.quotes.at(max(0, doc[a.content[0]].idx - 1))
        if q is not None and q[0] < doc[a.evidence[0]].idx:
            start_tok = _token_at(doc, q[0])
            if start_tok is not None and start_tok < a.content[0]:
                out.append(replace(a, content=(start_tok, a.content[1]), evidence=(min(start_tok, a.evidence[0]), a.evidence[1])))
                continue
        out.append(a)
    return out


def _token_at(doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else None


def quote_continuations(attributions: list[Attribution], ctx: Context) -> list[Attribution]:
    """Quotations with no speech tag of their own: a paragraph opening on a quotation continues the
    speaker of the statement just before; "I"/"we" in a quotation is its speaker."""
    doc = ctx.doc
    ordered = sorted(attributions, key=lambda a: a.evidence[0])
    covered = []  # char spans of quotations that already belong to a statement
    for a in ordered:
        if a.pattern == "first_person" and not a.sources:
            continue
        if a.content is not None:
            s, e = doc[a.content[0]].idx, doc[a.content[1] - 1].idx + 1
            covered.append((s, e))
    speaker_at: list[tuple[int, tuple]] = list(speech_events(ctx))  # (char where a speaker spoke, sources)
    for a in ordered:
        # a claim the speaker reports ("denied another Iranian claim that…") is not who speaks next
        reported = any(b is not a and b.sources and b.sentence == a.sentence and b.content is not None
                       and b.content[0] <= a.cue[0] < b.content[1] for b in ordered)
        if a.sources and not reported:
            speaker_at.append((doc[a.evidence[0]].idx, a.sources))
    speaker_at.sort(key=lambda x: x[0])
    extra = []
    for q in ctx.quotes.spans:
        if any(s < q[1] and q[0] < e for s, e in covered):
            continue
        start_tok = _token_at(doc, q[0])
        if start_tok is None:
            continue
        sent = ctx.sentences[ctx.sentence_of[start_tok]]
        # a quotation opening its sentence (after at most a connective), right after a statement
        if any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON") for t in doc[sent.start:start_tok]):
            continue
        prior = [(c, s) for c, s in speaker_at if c < q[0]]
        if not prior:
            continue
        char, sources = prior[-1]
        prev_sent = ctx.sentence_of[_token_at(doc, char) or 0]
        if sent.index - prev_sent > 2:
            continue
        end_tok = _token_at(doc, q[1] - 1)
        if end_tok is None:
            continue
        content = (start_tok, end_tok + 1)
        entry = CueEntry("“", "VERB", "report", "asserts", "010", note="quotation continuing a speaker")
        extra.append(Attribution(pattern="quote_continuation", cue=(start_tok, start_tok + 1), entry=entry,
                                 sources=sources, content=content, evidence=content, sentence=sent.index))
        speaker_at.append((q[0], sources))
        speaker_at.sort(key=lambda x: x[0])
    # "I"/"we" inside a quotation speaks for the quotation's speaker
    resolved = []
    all_attrs = ordered + extra
    for a in all_attrs:
        if not a.sources:
            src = _speaker_of_quote_at(doc[a.cue[0]].idx, all_attrs, ctx)
            if not src:
                src = _previous_speaker(a, all_attrs, ctx, speaker_at)
            if not src:
                continue
            a = replace(a, sources=src)
        resolved.append(a)
    return sorted(resolved, key=lambda a: (a.evidence[0], a.cue[0]))


def _speaker_of_quote_at(char: int, attrs, ctx: Context):
    q = ctx.quotes.at(char)
    if q is None:
        return ()
    doc = ctx.doc
    for a in attrs:
        if a.sources and a.content is not None:
            s, e = doc[a.content[0]].idx, doc[a.content[1] - 1].idx + 1
            if s < q[1] and q[0] < e and not (s >= q[0] and a.pattern == "first_person"):
                return a.sources
    return ()


def _previous_speaker(a: Attribution, attrs, ctx: Context, speaker_at=()):
    """"…, added the statement", '"…," the statement read': the speaker of the closest statement or speech
    event before ("X issued a statement"), within two sentences."""
    if a.pattern != "statement":
        return ()
    doc = ctx.doc
    here = doc[a.evidence[0]].idx
    best = None
    for char, sources in speaker_at:
        start = _token_at(doc, char)
        if char < here and start is not None and a.sentence - ctx.sentence_of[start] <= 2:
            best = sources
    return best or ()


def speech_events(ctx: Context) -> list[tuple[int, tuple]]:
    """Where an actor takes the floor without reporting anything yet ("X spoke to reporters", "X issued
    a statement", "X held a news conference", « X s'est exprimé », « X a publié un communiqué »): (the
    sentence's first character, the speakers), so that a quotation opening the next sentence is theirs."""
    doc = ctx.doc
    lex = ctx.lexicon
    key = "speech_events"
    if key in ctx._cache:
        return ctx._cache[key]
    out = []
    for sent in ctx.sentences:
        for tok in doc[sent.start:sent.end]:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            floor = lex.has("speech_event", tok.lemma_.lower()) or any(
                lex.has("statement_noun", o.lemma_.lower()) or lex.has("forum_noun", o.lemma_.lower())
                for o in children(tok, OBJECT_DEPS))
            subject = subject_of(tok)
            if not floor or subject is None or is_relative(subject) or not sent.start <= subject.i < sent.end:
                continue
            sources = _speakers([subject], ctx)
            if sources:
                out.append((doc[sent.start].idx, sources))
                break
    ctx._cache[key] = out
    return out


# --- all rules over a document -----------------------------------------------------------------------

def find_attributions(ctx: Context) -> list[Attribution]:
    """Every attribution in the document, in text order."""
    doc = ctx.doc
    lex = ctx.lexicon
    found: list[Attribution] = []
    for sent in ctx.sentences:
        recent = [a for a in found if sent.index - a.sentence <= 2 and a.sources]
        cues = []
        for tok in doc[sent.start:sent.end]:
            entry = cue_reading(tok, lex)
            if entry is not None:
                cues.append((depth(tok), tok.i, tok, entry))
        cues.sort(key=lambda c: (c[0], c[1]))
        in_sentence: list[Attribution] = []
        for _, _, tok, entry in cues:
            enclosing = next((a for a in reversed(in_sentence)
                              if a.content is not None and a.content[0] <= tok.i < a.content[1]
                              and a.cue[0] != tok.i), None)
            before = recent + sorted((a for a in in_sentence if a.cue[0] < tok.i), key=lambda a: a.cue[0])
            a = attribute_cue(tok, entry, sent, ctx, enclosing, before)
            if a is not None:
                in_sentence.append(a)
        cue_tokens = {a.cue[0] for a in in_sentence}
        in_sentence.extend(according_to(sent, ctx, cue_tokens, tuple(in_sentence)))
        in_sentence.extend(nominal_claims(sent, ctx))
        found.extend(in_sentence)
    found = extend_over_quotes(found, ctx)
    return quote_continuations(found, ctx)
