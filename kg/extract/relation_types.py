"""Typing: an attribution becomes one or more ``accuses`` / ``denies`` / ``asserts`` statements with
their targets.

- A cue of accusation (accuse, blame, condemn, « accuser », « dénoncer »…) accuses its object, the
  complement it puts the blame on ("blame Y on X"), or the actor its content charges.
- A cue of denial (deny, reject, « démentir »…) denies; the target is the author of the claim it
  names ("X's claims", « les affirmations de X », "…, following accusations by X"), else the claim it
  answers (``counterclaims``; "denied…, after X said…" names it in the sentence).
- A complaint about a wrong with no doer named, made to a state ("protested to X over the incursion",
  « a dénoncé cette violation auprès des autorités de X »), accuses that state.
- "Call / qualify X Y" denies when Y says X is false, accuses when Y is a wrongdoing, else asserts.
- Neutral verbs (said, claimed, « estime »…) are typed from their content: a wrongdoing charged to
  an actor of another side (blame, responsibility, an attack, a violation, a plot) accuses that actor;
  a claim called false is denied; the speaker disowning its own part in a wrong ("played no role in the
  shelling", "was not involved", « n'avoir rien à voir avec cette attaque ») denies; a charge adjective
  negated ("X was not responsible") charges no one; anything else is asserted. Calls, appeals and warnings only accuse
  when they name the charge explicitly ("X's alleged plans", "its aggression").
- "The two sides blamed each other", « se rejettent mutuellement la responsabilité »: one accusation
  per speaker against each other speaker; coordinated objects give one accusation each.
- A wrongdoing named by a definite description ("the incident", "the attacks", « cet incident ») with
  no doer of its own is charged to the doer of the event named before it ("protested the incident",
  "which Seoul called a violation", "the attacks may amount to war crimes").
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.extract.attribution import Attribution, Context, french_infinitives, verb_like
from kg.extract.cameo import act_code
from kg.extract.syntax import (
    OBJECT_DEPS, children, agents_of, case_marker, is_negated, is_passive, is_pronoun, is_relative, prep_objects,
    subject_of, with_conjuncts,
)
from kg.model import ActorMention

REJECT = "120"  # CAMEO: reject (a proposal, a demand), not a denial
EXPLICIT_ONLY_ACTS = frozenset({"appeal", "demand", "threaten", "praise", "apologize", "concede", "renounce"})
COPULAS = frozenset({"be", "constitute", "amount", "represent", "become", "remain", "être", "constituer",
                     "représenter", "devenir", "rester", "demeurer"})
# negated, they call a claim false: "not true", "have no basis", "there is no truth in", « dénuées de fondement »
TRUTH_WORDS = frozenset({"true", "correct", "accurate", "vrai", "exact", "fondé", "juste", "basis", "foundation",
                         "truth", "merit", "fondement", "vérité"})


@dataclass(frozen=True)
class TypedStatement:
    """A typed relation before ids and offsets: who, what act, against whom, and what it answers."""

    attribution: Attribution
    relation: str
    source: ActorMention
    target: ActorMention | None
    cameo: str
    claim_noun: int | None = None  # token of the claim a denial names ("rejected the claims")
    claimant: ActorMention | None = None  # the author of that claim when the denial names them


class Sides:
    """The top-level actor (state, movement, company…) each actor belongs to, via ``part_of``."""

    def __init__(self, actors):
        self._actors = actors
        self._parents: dict = {}

    def top(self, actor_id: str) -> str:
        if actor_id not in self._parents:
            self._parents = {a.id: a.part_of for a in self._actors.actors()}
        seen = set()
        while self._parents.get(actor_id) and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self._parents[actor_id]
        return actor_id

    def same(self, a: ActorMention | None, b: ActorMention | None) -> bool:
        return a is not None and b is not None and self.top(a.actor) == self.top(b.actor) and not self._rivals(a, b)

    def _rivals(self, a: ActorMention, b: ActorMention) -> bool:
        """"Eastern Libya's commander accused the Tripoli government": a government named by its seat and
        another part of the same state (a parliament, a commander) are rival authorities, two sides."""
        named_by_seat = self._actors.named_by_seat
        for gov, other in ((a, b), (b, a)):
            if named_by_seat(gov) and not named_by_seat(other) and other.actor != self.top(other.actor):
                return True
        return False


def type_attribution(a: Attribution, ctx: Context, sides: Sides) -> list[TypedStatement]:
    act = a.entry.act
    if a.negated and act != "qualify":
        return []  # "did not accuse", « n'a pas démenti »: no act
    if act == "accuse":
        return _accusation(a, ctx, sides)
    if act == "deny":
        return _denial(a, ctx)
    if act == "qualify":
        return _qualification(a, ctx, sides)
    return _by_content(a, ctx, sides)


# --- accusations -------------------------------------------------------------------------------------

def _accusation(a: Attribution, ctx: Context, sides: Sides) -> list[TypedStatement]:
    doc = ctx.doc
    lex = ctx.lexicon
    targets: list[ActorMention] = []
    claim_objects, other_objects = [], []
    cue = doc[a.cue[0]]
    charge_at = min((p.i for p in prep_objects(cue, ("of", "de", "d", "for", "pour"))), default=None)
    for o in a.objects:
        tok = doc[o]
        if charge_at is not None and o > charge_at and o > cue.i:
            continue  # "accused X of colluding with Y — a rebel group": the accused comes before the charge
        if _is_reciprocal_object(tok, ctx):
            continue
        found = _group_complement_on_verb(tok, cue, ctx) or _mentions([tok], ctx)
        if not found and tok.pos_ == "NOUN":
            found = _agents_of_noun(tok, ctx, allow_governor=False)
        if found:
            targets.extend(found)
        elif _is_claim_noun(tok, ctx):
            claim_objects.append(tok)
        elif tok.pos_ in ("NOUN", "PROPN"):
            other_objects.append(tok)
    if claim_objects and not targets and not a.addressees and not a.reciprocal:
        # "denounced the accusations": a denial of a claim (not "traded accusations")
        return _denial(a, ctx, claim_tok=claim_objects[0])
    for o in a.addressees:
        m = ctx.mention(doc[o], strict=True)
        if m is not None:
            targets.append(m)
    if not targets and other_objects and not is_passive(cue):
        targets = _mentions([g for g in agents_of(cue) if g.i > other_objects[0].i], ctx)
    if not targets and other_objects:
        # « a dénoncé le passage de migrants, organisé selon lui par Minsk »: the participle describing the
        # object, which the parser hung on the verb, names its doer
        targets = _mentions([g for c in cue.children if c.dep_ in ("advcl", "acl", "conj") and c.i > other_objects[0].i
                             and c.morph.get("VerbForm") == ["Part"] and c.morph.get("Tense") == ["Past"]
                             and subject_of(c) is None for g in agents_of(c)], ctx)
    if not targets and other_objects:
        targets = antecedent_agents(other_objects[0], ctx)  # "protested the incident", « a condamné cette attaque »
    if not targets and a.content is not None:
        targets = [m for m, _ in charges(a, ctx, sides, strict=False)]
        if not targets:
            targets = _content_subject(a, ctx)
    if not targets and not a.reciprocal:
        targets = _complained_to(cue, other_objects, ctx, sides)
    code = act_code(a.entry, "accuses", _content_lemmas(a, ctx), lex)
    if not targets and other_objects and not a.reciprocal and not _charge_complement(doc[a.cue[0]]):
        # "blamed stray bullets for the deaths", "condemned the violence": no actor is accused
        return [TypedStatement(a, "asserts", s, None, code) for s in a.sources]
    return _pairwise(a, "accuses", targets, code, sides)


COMPLAINT_PREPS = frozenset({"to", "with", "auprès"})  # "protested to X", "lodged a complaint with X", « auprès de X »
COMPLAINT_TOPICS = frozenset({"over", "about", "against", "at", "contre", "sur"})  # "protested over the incursion"


def _complained_to(cue, objects, ctx: Context, sides: Sides) -> list[ActorMention]:
    """"protested to Beijing over the incursion", « a dénoncé cette violation auprès des autorités
    françaises »: a complaint about a wrongdoing whose doer is not named, made to a state (or a part of
    one: its embassy, its authorities), holds that state responsible. Not a complaint made to an
    organization (the UN, a court), which is a forum."""
    lex = ctx.lexicon
    topics = [*objects, *prep_objects(cue, COMPLAINT_TOPICS)]
    if not any(t.pos_ in ("NOUN", "PROPN") and (lex.has("charge_noun", t.lemma_.lower())
                                                or lex.has("event_noun", t.lemma_.lower())) for t in topics):
        return []
    heard_by = []
    # « auprès de » says to whom wherever the parser hangs it (on the object's last word: « cette violation de
    # ses eaux territoriales auprès de l'ambassade »); "to"/"with" only on the verb ("the threat to X" is X's harm)
    in_objects = [c for o in objects for t in o.subtree for c in t.children if c.lower_ == "auprès"]
    for c in [*cue.children, *in_objects]:
        if c.i < cue.i:
            continue
        if c.lower_ in COMPLAINT_PREPS and c.dep_ in ("prep", "advmod"):
            heard_by += [g for g in c.children if g.dep_ in ("pobj", "obl", "obl:arg", "nmod")]
        elif c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and case_marker(c) in COMPLAINT_PREPS:
            heard_by.append(c)
    found = _mentions(heard_by, ctx)
    kinds = {x.id: x.kind for x in ctx.actors.actors()} if found else {}  # (after resolving: actors() lists those used)
    return [m for m in found if kinds.get(sides.top(m.actor)) == "state"]


def _group_complement_on_verb(tok, cue, ctx: Context) -> list[ActorMention]:
    """"accused their foes in the Houthi movement of…": the parser hung the group's "in X" on the verb;
    the people named are X's."""
    if not ctx.lexicon.has("group_noun", tok.lemma_.lower()):
        return []
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "among", "within", "from") and c.i == tok.right_edge.i + 1:
            return _mentions([g for g in c.children if g.dep_ == "pobj"], ctx)
    return []


def _charge_complement(cue) -> bool:
    """"accuse X of Y", « accuser X de Y »: the object of this frame is an actor even when it cannot be
    resolved."""
    return bool(prep_objects(cue, ("of", "de", "d"))) or any(
        g.dep_ == "mark" and g.lower_.rstrip("'") in ("de", "d") for c in cue.subtree for g in c.children
        if c.head.i == cue.i or c.head.head.i == cue.i)


def _pairwise(a: Attribution, relation: str, targets, code: str, sides: Sides) -> list[TypedStatement]:
    out = []
    if a.reciprocal and len(a.sources) >= 2:
        for s in a.sources:
            for t in a.sources:
                if s.actor != t.actor:
                    out.append(TypedStatement(a, relation, s, t, code))
        return out
    for s in a.sources:
        kept = [t for t in _unique(targets) if t.actor != s.actor and not sides.same(s, t)]
        if not kept:
            out.append(TypedStatement(a, relation, s, None, code))
        for t in kept:
            out.append(TypedStatement(a, relation, s, t, code))
    return out


def _content_subject(a: Attribution, ctx: Context) -> list[ActorMention]:
    """"X alleged that Y…": the subject of the content clause is the accused."""
    doc = ctx.doc
    start, end = a.content
    root = _root_within(doc, start, end)
    if root is None:
        return []
    if is_passive(root):
        # "had been apprehended and spirited away by US forces": the agent may close the coordination
        return _mentions(agents_of(root) or [g for c in root.conjuncts for g in agents_of(c)], ctx)
    subj = subject_of(root)
    if subj is None or is_relative(subj):
        return []
    return _mentions([subj], ctx)


# --- denials -----------------------------------------------------------------------------------------

def _denial(a: Attribution, ctx: Context, claim_tok=None) -> list[TypedStatement]:
    doc = ctx.doc
    if claim_tok is None:
        claim_tok = next((doc[o] for o in a.objects if _is_claim_noun(doc[o], ctx)
                          or ctx.lexicon.has("deniable", doc[o].lemma_.lower())), None)
        if claim_tok is None and a.entry.act == "deny" and _rejects_proposal(a, ctx):
            # "rejected the proposal / the challenges": a rejection, not a denial of a claim
            return [TypedStatement(a, "asserts", s, None, REJECT) for s in a.sources]
    anchor = a.anchor
    if claim_tok is None and anchor is None:
        answered = _answered_in_response(doc[a.cue[0]], ctx)
        if answered is not None and _is_claim_noun(answered, ctx):
            claim_tok = answered  # "…, following accusations by X": the claim, and X its author
        elif answered is not None:
            anchor = answered.i  # "…, after X said…": the statement that verb reports
    claimant = _claim_author(claim_tok, ctx, skip=a.cue[0]) if claim_tok is not None else None
    if claimant is not None and any(claimant.actor == s.actor for s in a.sources):
        claimant = None  # « des allégations qualifiées de… par X »: X denies, it did not claim
    code = act_code(a.entry, "denies", (), ctx.lexicon)
    return [TypedStatement(a, "denies", s, claimant if claimant and claimant.actor != s.actor else None, code,
                           claim_noun=claim_tok.i if claim_tok is not None else anchor, claimant=claimant)
            for s in a.sources]


RESPONSE_MARKS = frozenset({"after", "following", "après"})


def _answered_in_response(cue, ctx: Context):
    """What a denial says it answers in its own sentence: the saying verb of a clause it follows ("denied
    …, after a health official said…", « a démenti…, après que X a affirmé… »), or the claim noun
    ("…, following accusations by X", « …, après les accusations de X »); None otherwise."""
    lex = ctx.lexicon
    # (the parser may hang the clause on the verb of what is denied: « a démenti avoir bombardé…, après que… »)
    heads = [cue, *(c for c in cue.children if c.dep_ in ("xcomp", "ccomp") and c.i > cue.i)]
    for c in (c for h in heads for c in h.children):
        if c.i < cue.i:
            continue
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in RESPONSE_MARKS for m in c.children) and any(
                e.act in ("report", "accuse", "qualify") for e in lex.readings(c.lemma_.lower(), "VERB")):
            return c
        if c.dep_ == "prep" and c.lower_ in RESPONSE_MARKS:
            noun = next((g for g in c.children if g.dep_ == "pobj" and _is_claim_noun(g, ctx)), None)
            if noun is not None:
                return noun
        if c.dep_ in ("obl", "obl:mod", "nmod") and _is_claim_noun(c, ctx) and case_marker(c) in RESPONSE_MARKS:
            return c
    # "in response to accusations by X", "in the wake of X's claims", « au lendemain des accusations de X », « en
    # réponse aux accusations de X »: wherever the parser hangs the phrase in the denial's sentence
    sent = ctx.sentences[ctx.sentence_of[cue.i]]
    for t in cue.doc[cue.i + 1:sent.end]:
        if _is_claim_noun(t, ctx) and _introduced_as_response(t):
            return t
    return None


RESPONSE_NOUNS = frozenset({"response", "reply", "reaction", "wake", "réponse", "réaction", "lendemain", "suite"})


def _introduced_as_response(noun) -> bool:
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        return head.lower_ in RESPONSE_MARKS or head.head.lemma_.lower() in RESPONSE_NOUNS and head.head.dep_ == "pobj"
    return noun.dep_ in ("nmod", "obl", "obl:mod") and (
        case_marker(noun) in RESPONSE_MARKS or head.lemma_.lower() in RESPONSE_NOUNS and head.i != noun.i)


def _rejects_proposal(a: Attribution, ctx: Context) -> bool:
    doc = ctx.doc
    lex = ctx.lexicon
    cue = doc[a.cue[0]]
    nouns = [doc[o] for o in a.objects if doc[o].pos_ in ("NOUN", "PROPN") and doc[o].head.i == cue.i]
    if not nouns or a.anchor is not None or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False
    return not any(lex.has("deniable", n.lemma_.lower()) or lex.has("charge_noun", n.lemma_.lower())
                   or lex.has("claim_noun", n.lemma_.lower())
                   or any(d.dep_ == "det" and lex.has("deniable", d.lower_) for d in n.children)
                   # "denied harboring ELN commanders" with the gerund parsed as an adjective: an act denied
                   or any(d.tag_ == "VBG" and lex.has("charge_verb", d.lemma_.lower()) for d in n.subtree)
                   for n in nouns)


def _cue_word(tok, ctx: Context) -> bool:
    """A word of saying or accusing, whatever the tagger made of it ("Accusing" read as a name)."""
    w = tok.lower_
    forms = {tok.lemma_.lower(), w}
    for ending, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("s", "")):
        if w.endswith(ending):
            forms.add(w[: -len(ending)] + repl)
    return any(e.act in ("accuse", "report", "deny") for f in forms for e in ctx.lexicon.readings(f, "VERB"))


def _is_claim_noun(tok, ctx: Context) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and ctx.lexicon.has("claim_noun", tok.lemma_.lower())


def _claim_author(tok, ctx: Context, skip: int = -1, depth: int = 0) -> ActorMention | None:
    """"Baku's assertions", "the Iranian claims", "claims by X", « les affirmations de X »."""
    for c in tok.children:
        # (« les affirmations serbes »: a French adjective follows its noun)
        if c.dep_ in ("poss", "nmod:poss", "amod", "compound") and (c.i < tok.i or c.dep_ == "amod"):
            m = ctx.mention(c, strict=True)
            if m is not None:
                return m
    for c in prep_objects(tok, ("by", "from", "of", "de", "du", "des", "d", "par")):
        m = ctx.mention(c, strict=True)
        if m is not None:
            return m
        if depth < 2 and (_is_claim_noun(c, ctx) or ctx.lexicon.has("deniable", c.lemma_.lower())):
            m = _claim_author(c, ctx, skip, depth + 1)  # "the findings of a report by X"
            if m is not None:
                return m
    # "the accusations made against it by X", « les accusations portées contre elle par X », « les
    # accusations de pollution formulées par X » (the participle hung on the complement)
    for c in [*tok.children, *(g for c in tok.children if c.dep_ in ("nmod", "prep") for g in c.children)]:
        if c.dep_ == "acl" and c.i != skip:
            for g in agents_of(c):
                m = ctx.mention(g, strict=True)
                if m is not None:
                    return m
    return None


# --- "call X Y" ----------------------------------------------------------------------------------------

def _qualification(a: Attribution, ctx: Context, sides: Sides) -> list[TypedStatement]:
    doc = ctx.doc
    lex = ctx.lexicon
    if a.predicate is None:
        return _by_content(a, ctx, sides)
    pred = doc[a.predicate]
    words = [pred] + [c for c in pred.children if c.dep_ in ("amod", "compound", "advmod", "nmod", "acomp", "attr", "acl")]
    lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    # a predicate of several words, as written ("sans fondement", "pure propaganda")
    for lo, hi in ((pred.left_edge.i, pred.right_edge.i + 1), (pred.i, min(len(doc), pred.i + 3))):
        phrase = [t.lower_ for t in doc[lo:hi] if not t.is_punct and t.lower_.rstrip("'’") not in ("de", "d", "as", "comme")]
        lemmas.update(" ".join(phrase[i:i + n]) for n in (2, 3) for i in range(max(0, len(phrase) - n + 1)))
    obj = doc[a.objects[0]] if a.objects else None
    if any(lex.has("falsity", x) for x in lemmas) or (pred.lemma_.lower() in TRUTH_WORDS and is_negated(pred)):
        if obj is None or _is_claim_noun(obj, ctx) or is_pronoun(obj) or not _charges_word(lemmas, lex):
            return _denial(a, ctx, claim_tok=obj if obj is not None and _is_claim_noun(obj, ctx) else None)
    if obj is not None and _is_claim_noun(obj, ctx) and _charges_word(lemmas, lex):
        # "calling the accusation a provocation": a claim dismissed with a derogatory word
        return _denial(a, ctx, claim_tok=obj)
    if _charges_word(lemmas, lex):
        targets = []
        if obj is not None and is_pronoun(obj):
            targets = _antecedent_charge(obj, ctx)  # "The Israeli strike … the League called it a violation"
        elif obj is not None:
            targets = _mentions([obj], ctx) or _agents_of_noun(obj, ctx, allow_governor=False) or antecedent_agents(obj, ctx)
        if not targets:
            targets = _agents_of_noun(pred, ctx, allow_governor=False)
        # (in text order: the first charge named gives the CAMEO subcode, whatever the set's order)
        code = act_code(a.entry, "accuses", [w.lemma_.lower() for w in sorted(words, key=lambda w: w.i)], lex)
        return _pairwise(a, "accuses", targets, code, sides)
    return _by_content(a, ctx, sides)


def _antecedent_charge(pronoun, ctx: Context) -> list[ActorMention]:
    """What "it" / « le » stands for when a wrongdoing is qualified: the nearest wrongdoing named
    before it, in its sentence or the one before, with the actor it is charged to."""
    doc = ctx.doc
    sent = ctx.sentences[ctx.sentence_of[pronoun.i]]
    start = ctx.sentences[max(0, sent.index - 1)].start
    for i in range(pronoun.i - 1, start - 1, -1):
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN") and ctx.lexicon.has("charge_noun", tok.lemma_.lower()):
            found = _agents_of_noun(tok, ctx, allow_governor=False)
            if found:
                return found
    return []


def _charges_word(lemmas, lex) -> bool:
    return any(lex.has("charge_noun", x) or lex.has("charge_adj", x) for x in lemmas)


# --- typed from the content ----------------------------------------------------------------------------

def _by_content(a: Attribution, ctx: Context, sides: Sides) -> list[TypedStatement]:
    lex = ctx.lexicon
    out: list[TypedStatement] = []
    strict = a.entry.act in EXPLICIT_ONLY_ACTS
    if a.content is not None and not strict:
        claim_tok = _denied_claim_in(a, ctx)
        if claim_tok is not False:
            out.extend(_denial(a, ctx, claim_tok=claim_tok or None))
        elif _disowned(a, ctx, sides):
            out.extend(_denial(a, ctx))
    denied = any(t.relation == "denies" for t in out)
    found = charges(a, ctx, sides, strict=strict) if a.content is not None and not denied else []
    if not found and a.entry.act == "appeal":
        found = [(m, i) for m, i in _called_to_stop(a, ctx) if not any(sides.same(m, s) for s in a.sources)]
    if found:
        code = act_code(a.entry, "accuses", _content_lemmas(a, ctx), lex)
        out.extend(_pairwise(a, "accuses", [m for m, _ in found], code, sides))
        out = [s for s in out if s.relation != "accuses" or s.target is not None]
    if not out:
        code = act_code(a.entry, "asserts", _content_lemmas(a, ctx), lex)
        out = [TypedStatement(a, "asserts", s, None, code) for s in a.sources]
    return out


NOTHING = frozenset({"nothing", "rien"})  # "had nothing to do with", « n'avoir rien à voir avec »
DEALING_WITH = frozenset({"do", "voir"})
SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "i", "its", "their", "our", "my", "il", "elle", "ils", "elles",
                              "nous", "je", "son", "sa", "ses", "leur", "leurs", "notre", "nos"})


def _disowned(a: Attribution, ctx: Context, sides: Sides) -> bool:
    """The content denies the speaker's own part in something: a part it has none of ("played no role in",
    "had no involvement", « n'avoir joué aucun rôle »), a charge adjective or a deniable participle negated
    ("was not responsible", "was not involved", « ne pas être impliquées »), "had nothing to do with", « n'avoir
    rien à voir avec » — said of the speaker's side (its pronoun, its name, its people, or the speaker itself
    when the clause has no subject of its own)."""
    doc, lex = ctx.doc, ctx.lexicon
    for i in range(*a.content):
        tok = doc[i]
        low = tok.lemma_.lower()
        holder = None
        if tok.pos_ == "NOUN" and lex.has("deniable", low) and not _is_claim_noun(tok, ctx) \
                and tok.dep_ in OBJECT_DEPS and (is_negated(tok) or is_negated(tok.head)):
            holder = tok.head  # "played no role", « n'avoir joué aucun rôle »
        elif tok.pos_ in ("ADJ", "VERB") and (lex.has("charge_adj", low) or lex.has("deniable", low)) and (
                is_negated(tok) or tok.dep_ in ("acomp", "attr") and is_negated(tok.head)):
            holder = tok.head if tok.dep_ in ("acomp", "attr") else tok  # "was not responsible / involved"
        elif tok.lower_ in NOTHING and tok.dep_ in OBJECT_DEPS and any(
                c.lemma_.lower() in DEALING_WITH for c in tok.children):
            holder = tok.head  # "had nothing to do with"
        elif lex.has("charge_prep", tok.lower_) and tok.dep_ in ("prep", "case"):
            be = tok.head if tok.dep_ == "prep" else tok.head.head  # "was not behind", « n'était pas derrière »
            holder = be if be.lemma_.lower() in COPULAS and is_negated(be) else None
        if holder is not None and not _prospective(holder) and _said_of_speaker(holder, a, ctx, sides) \
                and _part_in_a_wrong(tok, holder, ctx):
            return True
    return False


PART_PREPS = ("in", "for", "with", "behind", "dans", "de", "du", "des", "d", "avec", "à")
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll"})


def _prospective(verb) -> bool:
    """"will play no role in the new government", « ne jouera aucun rôle »: an intention, not a denial."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children) or (
        "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood"))


def _part_in_a_wrong(tok, holder, ctx: Context) -> bool:
    """What the speaker disowns a part in, when named, is a wrongdoing or an event ("no role in the shelling",
    "not responsible for the explosion", « rien à voir avec cette attaque », "had nothing to do with it"), not
    a duty ("not responsible for feeding the displaced")."""
    lex = ctx.lexicon
    things = [o for t in (tok, holder, *tok.children) for o in prep_objects(t, PART_PREPS)]
    return not things or any(
        is_pronoun(o) or lex.has("charge_noun", o.lemma_.lower()) or lex.has("event_noun", o.lemma_.lower())
        or lex.has("charge_verb", o.lemma_.lower()) for o in things)


def _said_of_speaker(verb, a: Attribution, ctx: Context, sides: Sides) -> bool:
    subj = subject_of(verb) or next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
    if subj is None:
        # « affirment ne pas être responsables », "denied being…": the clause's subject is the speaker
        return verb.dep_ in ("xcomp", "ccomp") and verb.head.i == a.cue[0]
    if is_pronoun(subj) and subj.lower_ in SPEAKER_PRONOUNS:
        return True
    if any(c.dep_ in ("poss", "nmod:poss", "det") and c.lower_ in SPEAKER_PRONOUNS for c in subj.children):
        return True  # "its fighters", « ses combattants »
    m = ctx.mention(subj)
    return m is not None and any(sides.same(m, s) or m.actor == s.actor for s in a.sources)


def _called_to_stop(a: Attribution, ctx: Context) -> list[tuple[ActorMention, int]]:
    """"urged X to cease the shelling", "to stop shelling", « a appelé X à cesser les bombardements »: a call
    on X to cease a wrongdoing charges X with it. Only a wrongdoing of the lexicon ("to cease the talks"
    charges no one); "stop" and « arrêter » only with a verb ("called on the peacekeepers to stop the
    aggression" asks them to halt someone else's)."""
    doc, lex = ctx.doc, ctx.lexicon
    cue = doc[a.cue[0]]
    stop = next((c for c in cue.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > cue.i
                 and lex.has("cessation", c.lemma_.lower()) and not is_negated(c)), None)
    if stop is None:
        return []
    stopped = [c for c in stop.children if c.dep_ in OBJECT_DEPS or c.dep_ == "xcomp"]
    # the French parser may hang the object on the call itself: « appelé X à cesser les bombardements »
    stopped += [c for c in cue.children if c.dep_ in OBJECT_DEPS and c.i > stop.i]
    if lex.value("cessation", stop.lemma_.lower()) == "verb":
        stopped = [t for t in stopped if t.pos_ == "VERB"]  # "stop shelling"; "stop the aggression" may be another's
    wrong = next((t for t in stopped if _names_wrongdoing(t, lex)), None)
    if wrong is None:
        return []
    addressee = _addressee(a, ctx)
    if addressee is None:
        # « a appelé Israël à cesser »: the one called on, whatever the parser made of it, sits between
        # the call and its goal
        addressee = next((m for k in range(cue.i + 1, stop.i) for m in [ctx.mention(doc[k], strict=True)]
                          if m is not None), None)
    return [] if addressee is None else [(addressee, wrong.i)]


def _names_wrongdoing(tok, lex) -> bool:
    low = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        return lex.has("charge_noun", low)
    return tok.pos_ == "VERB" and lex.has("charge_verb", low) and not lex.value("charge_verb", low)


def _denied_claim_in(a: Attribution, ctx: Context):
    """A content that calls a claim false ("the claims are false", "a ridiculous claim", "it is absurd
    to suggest…", « ces accusations sont infondées »): the claim noun token, None when the claim is a
    clause, False when the content denies nothing."""
    doc = ctx.doc
    lex = ctx.lexicon
    start, end = a.content
    for i in range(start, end):
        tok = doc[i]
        low = tok.lemma_.lower()
        falsity = (lex.has("falsity", low) and not lex.has("charge_adj", low)) or (
            low in TRUTH_WORDS and is_negated(tok)) or (low in TRUTH_WORDS and is_negated(tok.head))
        if not falsity or is_negated(tok) and low not in TRUTH_WORDS:
            continue
        # the claim it qualifies: its head noun, its subject, or a noun in the same clause
        if _is_claim_noun(tok.head, ctx):
            return tok.head
        holder = tok.head if tok.dep_ in ("acomp", "attr", "oprd", "xcomp", "amod") else tok
        subj = subject_of(holder) or (subject_of(holder.head) if holder.dep_ in ("acomp", "attr") else None)
        for cand in [subj] + [c for c in holder.children]:
            if cand is not None and _is_claim_noun(cand, ctx):
                return cand
        # "it is absurd to suggest that…", "Accusing X of Y is wrong": a clause of saying is what is false
        for c in holder.subtree:
            if c.i != holder.i and c.dep_ in ("xcomp", "ccomp", "csubj") and ctx.lexicon.readings(c.lemma_.lower(), "VERB"):
                return None
        if subj is not None and any(t.i <= subj.i and _cue_word(t, ctx) for t in subj.subtree):
            return None  # "Accusing X of Y is wrong" (the gerund itself may be the subject)
        first = next((t for t in doc[start:tok.i] if not (t.is_punct or t.is_space)), None)
        if first is not None and (first.tag_ == "VBG" or "Inf" in first.morph.get("VerbForm")) and _cue_word(first, ctx):
            return None  # « Accuser X de Y est faux », whatever the parser made of it
        # a claim noun anywhere in the sentence part the content covers ("the Iranian claims they are false")
        for j in range(start, end):
            if _is_claim_noun(doc[j], ctx):
                return doc[j]
        if subj is not None and subj.lower_ in DEMONSTRATIVES and not ctx.lexicon.has("charge_adj", low):
            return None  # "That is false", « C'est un mensonge »: what was just said
    return False


DEMONSTRATIVES = frozenset({"this", "that", "ce", "c'", "cela", "ça", "ceci"})


# --- charges in a content --------------------------------------------------------------------------------

def charges(a: Attribution, ctx: Context, sides: Sides, strict: bool) -> list[tuple[ActorMention, int]]:
    """Actors of another side than the speaker whom the content charges with a wrongdoing, with the
    token naming the wrongdoing. ``strict``: only explicit charges (an agent named on a charge noun, an
    allegation marker), as for calls and warnings."""
    doc = ctx.doc
    start, end = a.content
    out: list[tuple[ActorMention, int]] = []
    addressee = _addressee(a, ctx) if strict else None
    for i in range(start, end):
        tok = doc[i]
        agents = _charged(tok, ctx, strict)
        if not agents and not strict:
            agents = _anaphoric_charge(tok, ctx)
        if not agents or _hypothetical(tok, start):
            continue
        if addressee is not None and _possessed_by_pronoun(tok):
            agents = [addressee]
        for agent in agents:
            if any(agent.actor == s.actor or sides.same(agent, s) for s in a.sources):
                agent = _acted_on_by_speaker(a, tok, ctx, sides)
                if agent is None:
                    continue
            if all(agent.actor != m.actor for m, _ in out):
                out.append((agent, i))
    return out


NEUTER_PRONOUNS = frozenset({"it", "they", "il", "elle", "ils", "elles"})


def _acted_on_by_speaker(a: Attribution, tok, ctx: Context, sides: Sides) -> ActorMention | None:
    """"Washington sanctioned Tehran, saying it had supplied drones": a pronoun doing the wrong in the
    content of a participle that gives the reason for a punitive measure the speaker took against one
    other actor is that actor, not the speaker (who does not charge itself). None otherwise."""
    doc = ctx.doc
    subj = subject_of(tok) if tok.pos_ in ("VERB", "AUX") else None
    cue = doc[a.cue[0]]
    if subj is None or subj.lower_ not in NEUTER_PRONOUNS or not is_pronoun(subj) or cue.dep_ != "advcl" \
            or cue.i > subj.i or not (cue.tag_ == "VBG" or "Part" in cue.morph.get("VerbForm")):
        return None
    main = cue.head
    if not ctx.lexicon.has("punitive", main.lemma_.lower()):
        return None  # "warned Y, saying it had struck…": "it" may well be the speaker
    acted_on = [o for c in children(main, OBJECT_DEPS) for o in (c, *prep_objects(c, ("on", "against", "sur", "contre")))]
    acted_on += prep_objects(main, ("on", "against", "sur", "contre"))
    found = [m for m in _mentions([o for o in acted_on if o.i < cue.i], ctx)
             if not any(m.actor == s.actor or sides.same(m, s) for s in a.sources)]
    return found[-1] if len(found) == 1 else None


# --- wrongdoings named by a definite description ("the incident", "the attacks", « cet incident ») ------

ANAPHORA_WINDOW = 3  # sentences before
EVENT_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such", "le", "la", "les", "l'", "ce", "cet",
                               "cette", "ces"})


def _anaphoric_charge(tok, ctx: Context) -> list[ActorMention]:
    """A wrongdoing whose doer is the doer of an event named before: "the attacks … may amount to war
    crimes", "the flight was a flagrant violation", "the incident, which Seoul called a violation"."""
    lex = ctx.lexicon
    low = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") and lex.has("charge_noun", low) and low not in ("responsibility", "responsabilité"):
        for carrier in (tok, _predicated_of(tok)):
            if carrier is not None:
                found = antecedent_agents(carrier, ctx)
                if found:
                    return found
    return []


def _predicated_of(noun):
    """The subject a predicate noun is said of ("the attacks may amount to war crimes", "the flight was
    a violation", « l'incident constitue une violation »)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if noun.dep_ in OBJECT_DEPS | {"pobj", "attr", "oprd", "acomp", "obl", "obl:arg", "xcomp"} and head.i != noun.i \
            and head.lemma_.lower() in COPULAS:
        return subject_of(head)
    if any(c.dep_ == "cop" for c in noun.children):
        return subject_of(noun)
    return None


def antecedent_agents(noun, ctx: Context) -> list[ActorMention]:
    """The doers of the event a definite event noun refers back to ("the flight" after "a Turkish drone
    flight"; "the incident" after "its soldiers shot at a boat"): the same noun with a doer named, else
    the nearest wrongdoing with a doer, in its sentence before it or in the sentences just before."""
    lex = ctx.lexicon
    low = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or not (lex.has("event_noun", low) or lex.has("charge_noun", low)):
        return []
    if not any(c.dep_ == "det" and c.lower_ in EVENT_DETERMINERS for c in noun.children):
        return []
    if _agents_of_noun(noun, ctx, allow_governor=False):
        return []  # it names its doer itself
    doc = ctx.doc
    here = ctx.sentence_of[noun.i]
    lo = ctx.sentences[max(0, here - ANAPHORA_WINDOW)].start
    for i in range(noun.left_edge.i - 1, lo - 1, -1):
        t = doc[i]
        if t.lemma_.lower() == low and t.pos_ in ("NOUN", "PROPN"):
            found = _agents_of_noun(t, ctx, allow_governor=True)
            if found:
                return found
        found = _cached_charge(t, ctx)
        if found:
            return found
    return []


def _cached_charge(tok, ctx: Context) -> list[ActorMention]:
    key = ("charged", tok.i)
    if key not in ctx._cache:
        ctx._cache[key] = _charged(tok, ctx, strict=False) if not _hypothetical(tok, tok.left_edge.i) else []
    return ctx._cache[key]


def _addressee(a: Attribution, ctx: Context) -> ActorMention | None:
    """Whom a call is addressed to: "called on X to…", "urged X to…", « a appelé X à… »."""
    cue = ctx.doc[a.cue[0]]
    heads = prep_objects(cue, ("on", "upon")) + [o for o in children(cue, OBJECT_DEPS)]
    found = _mentions(heads, ctx)
    return found[0] if found else None


def _possessed_by_pronoun(tok) -> bool:
    noun = tok.head if tok.pos_ == "ADJ" and tok.dep_ == "amod" else tok
    return any(c.dep_ in ("poss", "nmod:poss", "det") and c.lower_ in ("its", "their", "his", "her", "son", "sa", "ses",
                                                                      "leur", "leurs") for c in noun.children)


def _charged(tok, ctx: Context, strict: bool) -> list[ActorMention]:
    """The actors ``tok`` charges with a wrongdoing, if it names one."""
    lex = ctx.lexicon
    low = tok.lemma_.lower()
    nominal = tok.pos_ in ("NOUN", "PROPN")
    if nominal and lex.has("charge_noun", low):
        if low == "plan" and not _has_allegation_marker(tok, lex):
            return []
        return _agents_of_noun(tok, ctx, allow_governor=not strict)
    if nominal and lex.has("authorship_noun", low) and _names_an_event(subject_of(_predicate_holder(tok)), lex):
        # "the blasts were the work of X", « les incendies étaient le fait de X » (not "the deal was the work
        # of mediators": what is done must be an event or a wrongdoing)
        return _mentions(prep_objects(tok, ("of", "de", "d", "du", "des")), ctx)
    if nominal and _has_allegation_marker(tok, lex):
        return _agents_of_noun(tok, ctx, allow_governor=False)  # "Baku's alleged plans"
    if nominal and lex.has("charge_verb", low) and lex.value("charge_verb", low) and _object_condition(tok, low, lex):
        return _agents_of_noun(tok, ctx, allow_governor=False)  # "X's launch of an offensive"
    if tok.pos_ == "ADJ" and lex.has("charge_adj", low) and tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
        # "hostile actions", "its illegal deportation"
        return _agents_of_noun(tok.head, ctx, allow_governor=not strict)
    if strict:
        return []
    verb = tok.pos_ in ("VERB", "AUX")
    if not verb and not nominal and lex.language == "fr" and tok.pos_ != "ADJ" and verb_like(tok):
        # « Les Émirats financent la guerre » with « financent » tagged an adverb
        low = next((inf for inf in french_infinitives(tok.lower_) if lex.has("charge_verb", inf)), low)
        verb = True
    if verb or (tok.pos_ == "ADJ" and (tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis", "advcl")
                                       or any(c.dep_ == "cop" for c in tok.children))):
        if lex.has("charge_verb", low) and _object_condition(tok, low, lex) and not is_negated(tok):
            return _agents_of_verb(tok, ctx)
        if lex.has("compliance_verb", low) and is_negated(tok):
            return _agents_of_verb(tok, ctx)  # "is not honoring the agreements"
        if any(c.dep_ == "advmod" and lex.has("charge_adj", c.lemma_.lower()) for c in tok.children):
            return _agents_of_verb(tok, ctx)  # "illegally boarding"
        if low in COPULAS and any(c.dep_ == "prep" and lex.has("charge_prep", c.lower_) for c in tok.children) \
                and not is_negated(tok):
            return _agents_of_verb(tok, ctx)  # "X was behind the attack" (not "was not behind")
        if lex.has("charge_adj", low) and not is_negated(tok):
            return _agents_of_verb(tok, ctx)  # « X est responsable » (adjective as head of its clause)
        if _on_our_soil(tok, ctx):
            return _agents_of_verb(tok, ctx)  # "X is fighting on our soil"
        return []
    if tok.pos_ == "ADJ" and lex.has("charge_adj", low) and tok.dep_ in ("acomp", "attr", "xcomp", "ROOT") \
            and not is_negated(tok) and not (tok.dep_ in ("acomp", "attr") and is_negated(tok.head)):
        return _agents_of_verb(tok.head if tok.dep_ != "ROOT" else tok, ctx)  # "X is responsible" (not "is not")
    if tok.dep_ == "case" and lex.has("charge_prep", low) and not is_negated(tok.head) \
            and not is_negated(tok.head.head):
        # « Israël était derrière le sabotage »: the predicate noun's subject (not « n'était pas derrière »)
        holder = tok.head
        if subject_of(holder) is not None:
            return _agents_of_verb(holder, ctx, hops=1)
        return _agents_of_verb(holder.head, ctx) if holder.head.i != holder.i else []
    return []


def _names_an_event(tok, lex) -> bool:
    return tok is not None and tok.pos_ in ("NOUN", "PROPN") and (
        lex.has("event_noun", tok.lemma_.lower()) or lex.has("charge_noun", tok.lemma_.lower()))


def _predicate_holder(tok):
    """For a noun that is what its clause's subject is, the token the subject hangs on: the noun with a
    copula (« étaient le fait de X »), or the copula it completes ("were the work of X", the parser's
    « étaient, selon lui, le fait de X »); else ``tok``."""
    if any(c.dep_ == "cop" for c in tok.children):
        return tok
    if tok.dep_ in ("attr", "acomp", "obl", "obl:mod", "xcomp") and tok.head.lemma_.lower() in COPULAS:
        return tok.head
    return tok


FIRST_PERSON_POSSESSIVES = frozenset({"our", "notre", "nos"})


def _on_our_soil(tok, ctx: Context) -> bool:
    """A clause placing its subject on the speaker's soil ("fighting on our soil", « présente sur notre
    territoire »): an incursion."""
    for c in tok.children:
        places = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else (
            [c] if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") else [])
        for p in places:
            if ctx.lexicon.has("sovereign_place", p.lemma_.lower()) and any(
                    d.lower_ in FIRST_PERSON_POSSESSIVES for d in p.children):
                return True
    return False


CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "si", "s'"})


def _hypothetical(tok, start: int) -> bool:
    """Inside an "if …" clause: "if the North wanted to attack" charges no one."""
    node = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
            return True
        if node.head.i == node.i or node.head.i < start and node.i < start:
            return False
        node = node.head
    return False


def _has_allegation_marker(tok, lex) -> bool:
    return any(c.dep_ in ("amod", "advmod") and lex.has("allegation_marker", c.lower_) for c in tok.children)


def _object_condition(tok, low: str, lex) -> bool:
    need = lex.value("charge_verb", low)
    if not need:
        return True
    wanted = set(need.split(","))
    objs = [o for c in tok.children if c.dep_ in OBJECT_DEPS | {"nsubjpass", "nsubj:pass"} for o in with_conjuncts(c)]
    if tok.dep_ in ("relcl", "acl:relcl") and any(is_relative(o) for o in objs):
        objs.append(tok.head)  # "a massacre, which … was committed by X"
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        objs.append(tok.head)  # "the massacre committed by X"
    if not objs and tok.dep_ == "ccomp" and tok.head.dep_ in ("relcl", "acl:relcl"):
        objs.append(tok.head.head)  # "a massacre, which a probe said was committed by X"
    objs.extend(prep_objects(tok, ("into", "across", "over", "of", "de", "d", "dans")))
    # "prevented farmers from reaching", « empêché des civils d'accéder »: what someone is kept from doing
    objs.extend(v for v in [*prep_objects(tok, ("from",)), *(c for o in list(objs) for c in o.children)]
                if v.pos_ == "VERB" and any(m.dep_ == "mark" and m.lower_ in ("de", "d'") for m in v.children)
                or v.dep_ == "pcomp")
    # "launched thousands of air strikes", « des dizaines de frappes »: the quantity's complement
    objs.extend(g for o in list(objs) if lex.has("group_noun", o.lemma_.lower())
                for g in prep_objects(o, ("of", "de", "d", "des")))
    return any(o.lemma_.lower() in wanted or any(c.dep_ in ("compound", "nmod") and c.lemma_.lower() in wanted
                                                 for c in o.children) for o in objs)


def _mentions(tokens, ctx: Context) -> list[ActorMention]:
    """The actors named at the head of each of ``tokens`` and their conjuncts ("Israel and the US")."""
    out = []
    for t in tokens:
        for c in with_conjuncts(t):
            m = ctx.mention(c, strict=True)
            if m is None and c.pos_ == "NOUN":
                # "Ukrainian drones", "forces loyal to X": the actor behind the people or weapons named
                m = next(iter(_agents_of_noun(c, ctx, allow_governor=False, follow_subject=False)
                              or _affiliation(c, ctx)), None)
            if m is not None and all(m.actor != o.actor for o in out):
                out.append(m)
    return out


def _affiliation(noun, ctx: Context) -> list[ActorMention]:
    """"forces loyal to X", "militias linked to X", « des forces fidèles à X »: X."""
    for c in noun.children:
        if c.dep_ in ("amod", "acl") and ctx.lexicon.has("affiliation", c.lemma_.lower()):
            targets = prep_objects(c, ("to", "with", "à", "au", "aux", "de", "du", "des"))
            found = [m for t in targets if (m := ctx.mention(t, strict=True)) is not None]
            if found:
                return found
    return []


def _agents_of_verb(verb, ctx: Context, hops: int = 4) -> list[ActorMention]:
    """Who does what ``verb`` says: its subject (the agent for a passive), else the subject of the clause it
    continues ("trying to…", "…, violating"), or the noun a participle describes ("forces boarding…")."""
    doc = verb.doc
    for _ in range(hops):
        if is_passive(verb):
            return _mentions(agents_of(verb), ctx)
        subj = subject_of(verb)
        if subj is not None:
            if is_relative(subj) and verb.dep_ in ("relcl", "acl:relcl"):
                return _mentions([verb.head], ctx)
            return _mentions([subj], ctx)
        if verb.dep_ == "acl" and (verb.head.pos_ in ("NOUN", "PROPN") or verb.head.dep_ in OBJECT_DEPS | {"nsubj"}):
            agents = agents_of(verb)
            if not agents and (verb.tag_ == "VBN" or verb.morph.get("Tense") == ["Past"]):
                return []  # "armed groups", « des groupes armés »: the noun a past participle describes underwent it
            return _mentions(agents or [verb.head], ctx)
        gerund = verb.tag_ == "VBG" or verb.lower_.endswith("ing")
        if gerund and verb.dep_ in ("xcomp", "advcl", "acl"):
            # "pointed to Baku ignoring…": the noun right before the participle does it
            prev = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
            if prev is not None and prev.pos_ in ("PROPN", "NOUN") and prev.head.i in (verb.head.i,) + tuple(
                    p.i for p in verb.head.children if p.dep_ == "prep"):
                found = _mentions([prev], ctx)
                if found:
                    return found
        if verb.dep_ == "advcl" and gerund:
            # "monitored Iranian forces, illegally boarding a vessel": the object right before does it
            obj = next((o for o in verb.head.children if o.dep_ in OBJECT_DEPS and o.right_edge.i < verb.i
                        and all(t.is_punct for t in doc[o.right_edge.i + 1:verb.left_edge.i])), None)
            if obj is not None:
                found = _mentions([obj], ctx)
                if found:
                    return found
        controller = _object_control(verb)
        if controller is not None:
            return _mentions([controller], ctx)
        if verb.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "acomp", "attr", "obl", "obl:arg",
                             "obl:mod") or verb.head.i == verb.i:
            return []  # (« en la bombardant » comes as an oblique)
        verb = verb.head
        if verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head
    return []


def _object_control(verb):
    """The object that does what a verb's complement says: "accused X of crossing", "blamed X for
    shelling", « accuse X d'avoir franchi »; None for other complements."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in ("of", "for", "with"):
        gov = verb.head.head
    elif verb.dep_ in ("xcomp", "advcl", "acl") and any(c.dep_ == "mark" and c.lower_.rstrip("'") in ("de", "d")
                                                        for c in verb.children):
        gov = verb.head
    else:
        return None
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in gov.children if c.dep_ in OBJECT_DEPS and c.i < verb.i), None)


def _agents_of_noun(noun, ctx: Context, allow_governor: bool, follow_subject: bool = True) -> list[ActorMention]:
    """The actors a wrongdoing noun is charged to: "Baku's plans", "the ELN attack", "the Azerbaijani
    buildup", "attack by X", "the seizure of a building by X", « l'agression de X », « le passage
    organisé par X »; with ``allow_governor``, also the subject of the clause whose object or predicate
    it is ("X opted for terrorism", "X's actions constitute a violation")."""
    lex = ctx.lexicon
    subj = subject_of(noun)
    if follow_subject and subj is not None and not is_relative(subj):
        # a verb the tagger took for a noun ("the junta is bombing villages")
        return _agents_of_verb(noun, ctx, hops=1)
    for c in noun.children:
        if c.dep_ in ("poss", "nmod:poss") or (c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i):
            if lex.has("charge_adj", c.lemma_.lower()) or lex.has("charge_noun", c.lemma_.lower()):
                continue
            m = ctx.mention(c, strict=True)
            if m is not None:
                return [m]
    found = _mentions(agents_of(noun), ctx)
    if found:
        return found
    if lex.has("of_agent", noun.lemma_.lower()):
        found = _mentions(prep_objects(noun, ("of", "de", "du", "des", "d")), ctx)
        if found:
            return found
    for c in noun.children:
        # "the seizure of a building by X", « le passage de migrants, organisé par X »
        if c.dep_ in ("prep", "acl", "nmod") and (c.dep_ != "prep" or c.lower_ in ("of", "de")):
            inner = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c]
            for g in inner:
                found = _mentions(agents_of(g), ctx)
                if found:
                    return found
                for gg in g.children:
                    if gg.dep_ == "acl":
                        found = _mentions(agents_of(gg), ctx)
                        if found:
                            return found
    for c in noun.children:
        if c.dep_ in ("nmod", "amod") and c.i > noun.i and (case_marker(c) in ("de", "du", "des", "d") or c.dep_ == "amod"):
            if c.pos_ in ("PROPN", "ADJ", "NOUN"):
                m = ctx.mention(c, strict=True)
                if m is not None:
                    return [m]
    if not allow_governor:
        return []
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if noun.dep_ in OBJECT_DEPS | {"pobj", "attr", "oprd", "acomp", "obl", "obl:arg", "xcomp"} and head.i != noun.i:
        if head.lemma_.lower() in COPULAS and (is_negated(head) or is_negated(noun)):
            # "X was not behind the attack", « X n'était pas derrière l'attaque »: no charge (but "never ceased
            # its hostile actions" charges)
            return []
        if head.pos_ in ("VERB", "AUX") and not ctx.lexicon.readings(head.lemma_.lower(), "VERB"):
            return _agents_of_verb(head, ctx, hops=2)
        if head.lemma_.lower() in COPULAS:
            return _agents_of_verb(head, ctx, hops=1)
    return []


def _is_reciprocal_object(tok, ctx: Context) -> bool:
    words = " ".join(t.lower_ for t in tok.subtree)
    return ctx.lexicon.has("reciprocal", words) or tok.lower_ in ("other", "another")


def _content_lemmas(a: Attribution, ctx: Context) -> tuple[str, ...]:
    if a.content is None:
        return ()
    doc = ctx.doc
    return tuple(doc[i].lemma_.lower() for i in range(*a.content) if not doc[i].is_punct)


def _root_within(doc, start: int, end: int):
    for i in range(start, end):
        tok = doc[i]
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            if tok.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
                return tok
    return None


def _unique(mentions) -> list[ActorMention]:
    seen, out = set(), []
    for m in mentions:
        if m is not None and m.actor not in seen:
            seen.add(m.actor)
            out.append(m)
    return out
