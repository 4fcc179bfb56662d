"""Small readings of a spaCy parse shared by the extraction rules, for English (spaCy's ClearNLP
labels) and French (Universal Dependencies labels): subjects, objects, prepositional complements,
agents, negation, argument spans, sentences and quotations.

Every function takes tokens of one ``Doc`` and returns tokens, indices or plain values; none keeps
state between calls.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj", "csubj:pass", "expl:subj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass", "csubj:pass"})
PASSIVE_AUX_DEPS = frozenset({"auxpass", "aux:pass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# children that are not part of a noun phrase naming one actor
NOT_IN_ARGUMENT = frozenset({"conj", "cc", "relcl", "acl:relcl", "acl", "advcl", "parataxis", "punct", "dep",
                             "ccomp", "xcomp"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "pas", "jamais", "ne", "n'", "aucun", "aucune", "nullement"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that", "qui", "que", "qu'", "lequel", "laquelle",
                               "lesquels", "lesquelles", "dont"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "je", "j'", "nous", "on"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "X"})
QUOTE_CHARS = frozenset('"“”«»„')
SENTENCE_END = frozenset(".!?…:;")


def children(tok, deps) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def subject_of(tok):
    """The subject of ``tok`` (a verb), or None. With two (a dateline the parser took for a subject:
    "TAIPEI (AP) — Taiwan's government accused…"), the one nearest the verb."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1:
        return min(subjects, key=lambda c: abs(tok.i - c.i))
    return subjects[0] if subjects else None


def is_passive(tok) -> bool:
    """A passive verb: a passive auxiliary, or a passive subject the parser gave it (not when it also has
    an object and no passive auxiliary: « ce que Paris a rejeté » with "Paris" mislabelled; not a French
    pronominal verb: « ils se sont accusés »)."""
    deps = {c.dep_ for c in tok.children}
    if any(c.lower_ in ("se", "s'", "s’") for c in tok.children):
        return False  # « se sont accusés »: a pronominal verb with « être », not a passive
    if deps & PASSIVE_AUX_DEPS:
        return True
    return bool(deps & PASSIVE_SUBJECT_DEPS) and not deps & OBJECT_DEPS


def objects_of(tok) -> list:
    """Direct objects of ``tok``, each with its coordinated conjuncts."""
    return [o for c in children(tok, OBJECT_DEPS) for o in with_conjuncts(c)]


def with_conjuncts(tok) -> list:
    """``tok`` and the tokens coordinated with it ("X, Y and Z"), in text order."""
    seen = {tok.i: tok}
    for c in tok.conjuncts:
        seen.setdefault(c.i, c)
    return [seen[i] for i in sorted(seen)]


def case_marker(tok) -> str:
    """The preposition introducing a French nominal (``case`` / ``mark`` child), lower case, or ""."""
    for c in tok.children:
        if c.dep_ in ("case", "mark") and c.i < tok.i:
            return c.lower_.rstrip("'")
    return ""


def prep_objects(tok, preps) -> list:
    """Nominals attached to ``tok`` by one of the prepositions ``preps`` (English ``prep``+``pobj``,
    French ``obl``/``nmod``/``iobj`` with a ``case`` child)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp", "dobj"))
        elif c.dep_ == "prt" and c.lower_ in preps:
            out.extend(children(tok, OBJECT_DEPS))
        elif c.dep_ not in ("prep", "punct", "cc") and case_marker(c) in preps:
            out.append(c)
    return out


def agents_of(tok) -> list:
    """The agent of a passive verb or participle ("by X", « par X »), with its conjuncts."""
    out = []
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            out.extend(o for g in c.children if g.dep_ == "pobj" for o in with_conjuncts(g))
        elif c.dep_ == "obl:agent" or (c.dep_ in ("obl", "nmod", "obl:arg", "obl:mod") and case_marker(c) == "par"):
            out.extend(with_conjuncts(c))
    return out


def agents_in(tok) -> list:
    """Agents anywhere in the non-clausal subtree of ``tok``: the parser often hangs "by X" on the
    last noun ("qualified as disinformation by the minister")."""
    out = agents_of(tok)
    if out:
        return out
    if tok.dep_ == "acl":
        # « des allégations qualifiées de X par Y »: the parser hung "par Y" on the noun
        out = [a for a in agents_of(tok.head) if a.i > tok.i]
        if out:
            return out
    for c in tok.children:
        # "qualified as disinformation by X": the agent hangs on the predicate, not on other complements
        # (and « rejetées mercredi par X »: the agent hung on the date)
        if c.dep_ in ("oprd", "acomp", "obj", "dobj") or (c.dep_ == "prep" and c.lower_ in ("as", "to")) or (
                c.dep_ in ("obl", "obl:mod", "nmod") and case_marker(c) in ("de", "d", "comme")) or (
                c.dep_ in ("obl:mod", "npadvmod") and c.i > tok.i and not case_marker(c)):
            for g in [c, *c.children]:
                if g.dep_ in ("relcl", "acl:relcl", "acl", "advcl", "conj"):
                    continue
                found = agents_of(g)
                if found:
                    return found
    return out


def is_negated(tok) -> bool:
    return any(c.dep_ in ("neg", "advmod", "det") and c.lower_ in NEGATIONS for c in tok.children)


def is_pronoun(tok) -> bool:
    return tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$")


def is_relative(tok) -> bool:
    return tok.lower_ in RELATIVE_PRONOUNS and (tok.pos_ == "PRON" or tok.tag_ in ("WDT", "WP", "IN"))


def argument_span(tok) -> tuple[int, int]:
    """Token span [start, end) of the noun phrase headed by ``tok`` without its conjuncts, relative
    clauses and other clauses, trimmed of edge punctuation."""
    keep = [tok.i]
    # leave out what precedes the phrase but hangs on it ("On Thursday, the Prime Minister")
    stack = [c for c in tok.children if c.dep_ not in NOT_IN_ARGUMENT
             and not (c.i < tok.i and c.dep_ in ("prep", "npadvmod", "advmod", "obl", "obl:mod", "nmod"))]
    while stack:
        t = stack.pop()
        keep.append(t.i)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl:relcl", "conj", "cc", "parataxis"))
    start, end = min(keep), max(keep) + 1
    doc = tok.doc
    while start < tok.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end - 1 > tok.i and doc[end - 1].is_punct:
        end -= 1
    return start, end


def subtree_span(tok, exclude=()) -> tuple[int, int]:
    """Token span [start, end) of ``tok``'s subtree, leaving out the subtrees of ``exclude`` when they
    sit at its edges."""
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    for ex in exclude:
        lo, hi = ex.left_edge.i, ex.right_edge.i + 1
        if lo <= start < hi:
            start = hi
        if lo < end <= hi:
            end = lo
    return trim_punct(tok.doc, start, max(start, end))


def trim_punct(doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct and doc[start].text not in QUOTE_CHARS or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS or doc[end - 1].is_space):
        end -= 1
    return start, end


def depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 200:
        tok = tok.head
        d += 1
    return d


def dominates(top, tok) -> bool:
    """``top`` is ``tok`` or one of its ancestors."""
    return top.left_edge.i <= tok.i <= top.right_edge.i and (top.i == tok.i or any(a.i == top.i for a in tok.ancestors))


# --- sentences -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Sentence:
    """A sentence as kg reads it: the parser's sentences, with fragments the parser cut in the middle
    of a clause glued back (a piece that ends without punctuation and runs on in the same line)."""

    index: int
    start: int  # token index
    end: int  # token index, exclusive
    heading: bool  # a title or section line (no final punctuation, a line of its own)


def sentences(doc) -> list[Sentence]:
    raw = []
    for s in doc.sents:
        # a line break always ends a sentence (titles, datelines and paragraphs the parser ran together)
        start = s.start
        for tok in s:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    raw.append((start, tok.i))
                start = tok.i + 1
        if s.end > start:
            raw.append((start, s.end))
    text = doc.text  # built once: Doc.text joins every token
    merged: list[list[int]] = []
    for start, end in raw:
        if merged and _runs_on(doc, text, merged[-1][0], merged[-1][1], start):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    out = []
    for start, end in merged:
        while end > start and doc[end - 1].is_space:
            end -= 1
        while start < end and doc[start].is_space:
            start += 1
        if start >= end:
            continue
        s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        line_start = text.rfind("\n", 0, s_char) + 1
        line_end = text.find("\n", e_char)
        line_end = len(text) if line_end < 0 else line_end
        own_line = not text[line_start:s_char].strip() and not text[e_char:line_end].strip()
        last = text[e_char - 1]
        before_last = text[e_char - 2] if e_char - 2 >= 0 else ""
        unpunctuated = last not in SENTENCE_END and not (last in QUOTE_CHARS | {"'", "’"} and before_last in SENTENCE_END)
        out.append(Sentence(len(out), start, end, own_line and unpunctuated and end - start <= 40))
    return out


def _runs_on(doc, text: str, prev_start: int, prev_end: int, start: int) -> bool:
    last = next((doc[i] for i in range(prev_end - 1, prev_start - 1, -1) if not doc[i].is_space), None)
    if last is None or start >= len(doc):
        return False
    if all(doc[i].is_punct or doc[i].is_space for i in range(prev_start, prev_end)):
        return "\n" not in text[doc[prev_start].idx: doc[start].idx]  # a lone opening « before its sentence
    gap = text[last.idx + len(last): doc[start].idx]
    if "\n" in gap:
        return False
    if doc[start].text in (",", ";"):
        return True  # no sentence starts with a comma: « … », a affirmé X
    if last.text == ":" and (doc[start].text in QUOTE_CHARS or doc[start].is_quote):
        return True  # « …, ajoutant : "…" »: the quotation a colon introduces belongs to its sentence
    if last.text[-1] in SENTENCE_END or last.text in QUOTE_CHARS:
        return False
    # the parser cut a clause in two: nothing ends the first piece, nothing starts a new line
    return True


def sentence_index(sents: list[Sentence]) -> list[int]:
    """For each token index, the index of its sentence (tokens between sentences: the previous one)."""
    out = []
    for s in sents:
        out.extend([s.index] * (s.end - len(out)))
    return out


# --- quotations ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quotes:
    """Quoted stretches of an article: (start, end) character spans, in text order, quote marks
    included. A quotation left open at a paragraph's end stops there (news style reopens it)."""

    spans: tuple[tuple[int, int], ...]

    def at(self, char: int) -> tuple[int, int] | None:
        i = bisect_right(self.spans, (char, float("inf"))) - 1
        if i >= 0 and self.spans[i][0] <= char < self.spans[i][1]:
            return self.spans[i]
        return None


def find_quotes(text: str) -> Quotes:
    """Quoted stretches: double quotes of any style toggle (typography in the wild mixes “ » "),
    single curly quotes count when they are not apostrophes."""
    spans = []
    open_at = None
    single_at = None
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "\n":
            if open_at is not None and i - open_at > 1:
                spans.append((open_at, i))
            open_at = single_at = None
        elif ch in QUOTE_CHARS:
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i + 1))
                open_at = None
        elif ch == "‘" and single_at is None and open_at is None:
            single_at = i
        elif ch == "’" and single_at is not None and not (i + 1 < n and text[i + 1].isalpha()):
            spans.append((single_at, i + 1))
            single_at = None
    if open_at is not None and n - open_at > 1:
        spans.append((open_at, n))
    return Quotes(tuple(sorted(spans)))
