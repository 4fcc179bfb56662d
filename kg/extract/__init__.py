"""Relations from a parsed article: attribution, typing, CAMEO codes and counterclaim links.

    extract_relations(doc, article, actors) -> list[Relation]

``actors`` is the article's ``kg.resolve.ArticleActors``; every source and target is one of its
mentions. The stages, each in its own module:

- ``lexicon``: cue words and word classes, data files in ``ontology/lexicons/``;
- ``attribution``: who speaks, by which cue, saying what, where (``Attribution``);
- ``relation_types``: accuses / denies / asserts and targets (``TypedStatement``);
- ``cameo``: the CAMEO-style act code;
- ``counterclaims``: which claim a denial answers.

Evidence spans are clauses or sentences of the article: ``article.text[e.start:e.end] == e.text``.
Relation ids are stable: a hash of the article id, the relation type, the evidence offsets, and the
cue and speaker offsets (so two speakers of one sentence get two ids).
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.attribution import Context, find_attributions
from kg.extract.counterclaims import Statement, link_denials
from kg.extract.ids import relation_id, with_stable_id
from kg.extract.lexicon import load_lexicon
from kg.extract.relation_types import Sides, TypedStatement, type_attribution
from kg.extract.syntax import OBJECT_DEPS, SUBJECT_DEPS, find_quotes, is_negated, sentence_index, sentences
from kg.model import Article, Relation, Span

__all__ = ["extract_relations", "relation_id"]

# "these allegations", « ces accusations »: a claim noun that points back at a claim just made
REFERRING_DETERMINERS = frozenset({"these", "those", "this", "that", "such", "ces", "cette", "ce", "cet", "tels",
                                   "telles"})


def extract_relations(doc, article: Article, actors) -> list[Relation]:
    """Every attributed accusation, denial and assertion of ``article`` (parsed as ``doc``)."""
    sents = sentences(doc)
    ctx = Context(doc=doc, lexicon=load_lexicon(article.language), actors=actors, sentences=tuple(sents),
                  sentence_of=tuple(sentence_index(sents)), quotes=find_quotes(article.text),
                  bylines=_bylines(article))
    sides = Sides(actors)
    typed: list[TypedStatement] = []
    for a in find_attributions(ctx):
        typed.extend(type_attribution(a, ctx, sides))
    typed = _endorsements(typed, ctx, sides)
    statements = [_statement(t, ctx, article) for t in typed]
    statements = _absorb_nested_reports(statements, typed, sides)
    statements = _merge_repeats(statements, article.text)
    statements = _drop_heading_repeats(statements, sides)
    statements = link_denials(statements, sides)
    relations = _unaddressed_accusations([s.relation for s in statements])
    return sorted(relations, key=lambda r: (r.evidence.start, r.cue.start, r.id))


def _unaddressed_accusations(relations: list[Relation]) -> list[Relation]:
    """An accusation needs an accused. One whose accused no rule found, and that no denial answered
    (a denial names its accused), stays a statement: ``asserts``, keeping its CAMEO act code (111
    "condemned the violence", 112…)."""
    renamed = {}
    out = []
    for r in relations:
        if r.relation == "accuses" and r.target is None:
            new = with_stable_id(replace(r, relation="asserts"))
            renamed[r.id] = new.id
            r = new
        out.append(r)
    return [replace(r, responds_to=tuple(renamed.get(i, i) for i in r.responds_to)) if r.responds_to else r
            for r in out]


# --- records ----------------------------------------------------------------------------------------

def _char_span(doc, article: Article, start_tok: int, end_tok: int, skip=()) -> Span:
    """The characters of tokens [start_tok, end_tok); a start inside one of the ``skip`` ranges
    (datelines, bylines: "(Azatutyun.am)—Azerbaijan", glued into one token) moves past it."""
    start = doc[start_tok].idx
    end = doc[end_tok - 1].idx + len(doc[end_tok - 1])
    for lo, hi in skip:
        if lo <= start < hi < end:
            start = hi
            while start < end and article.text[start].isspace():
                start += 1
    return Span(start, end, article.text[start:end])


def _bylines(article: Article) -> tuple[tuple[int, int], ...]:
    """Datelines, bylines and outlet credits (``kg.resolve.datelines``): no evidence starts in one."""
    from kg.resolve.datelines import excluded_ranges
    from kg.resolve.gazetteer import load_gazetteer

    return excluded_ranges(article.text, load_gazetteer().outlets)


def _statement(t: TypedStatement, ctx: Context, article: Article) -> Statement:
    a = t.attribution
    doc = ctx.doc
    lex = ctx.lexicon
    evidence = _char_span(doc, article, *a.evidence, skip=ctx.bylines)
    cue = _char_span(doc, article, *a.cue)
    content = _char_span(doc, article, *a.content, skip=ctx.bylines) if a.content and a.content[0] < a.content[1] \
        else evidence
    relation = with_stable_id(Relation(
        id="", article=article.id, relation=t.relation, source=t.source, target=t.target, content=content, cue=cue,
        evidence=evidence, cameo=t.cameo))
    claim_verb, produced_by = None, frozenset()
    if t.claim_noun is not None:
        claim_verb = lex.value("claim_noun", doc[t.claim_noun].lemma_.lower()) or None
        produced_by = frozenset(filter(None, lex.value("deniable", doc[t.claim_noun].lemma_.lower()).split(",")))
    content_toks = [doc[i] for i in range(*a.content)] if a.content else []
    words = frozenset(tok.lemma_.lower() for tok in content_toks
                      if tok.pos_ in ("NOUN", "VERB", "ADJ") and not tok.is_stop and len(tok) > 2)
    minimizes = any(lex.has("minimizer", tok.lemma_.lower()) or lex.has("minimizer", tok.lower_)
                    or (lex.has("justification", tok.lemma_.lower()) or lex.has("justification", tok.lower_))
                    and not is_negated(tok)
                    or _denied_occurrence(tok, lex)
                    for tok in content_toks)
    negates = any(is_negated(tok) for tok in content_toks if tok.pos_ in ("VERB", "AUX", "ADJ", "NOUN"))
    return Statement(
        relation=relation, sentence=a.sentence, heading=ctx.sentences[a.sentence].heading,
        cue_lemma=doc[a.cue[0]].lemma_.lower(), content_lemmas=words, evidence_tokens=a.evidence,
        claim_noun_verb=claim_verb, claimant=t.claimant.actor if t.claimant else None,
        anchor=t.claim_noun if t.claim_noun is not None else a.anchor,
        counter_account=minimizes, negated_content=negates,
        claims_plural=t.claim_noun is not None and "Plur" in doc[t.claim_noun].morph.get("Number"),
        claim_refers_back=t.claim_noun is not None and any(
            c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in doc[t.claim_noun].children),
        produced_by=produced_by if t.relation == "denies" else frozenset())


def _denied_occurrence(tok, lex) -> bool:
    """"the incident never happened", « ces bases n'existent pas », « n'a jamais eu lieu », "no such
    incident took place": a verb of occurrence, or the object noun of "take place" / « avoir lieu »,
    negated or with a negated subject ("no", « aucun »). A noun that is no verb's object is none ("no
    place is safe")."""
    if not lex.has("occurrence", tok.lemma_.lower()):
        return False
    if tok.pos_ == "NOUN" and tok.dep_ not in OBJECT_DEPS:
        return False
    verb = tok.head if tok.pos_ == "NOUN" else tok
    return is_negated(tok) or is_negated(tok.head) or any(
        c.dep_ in SUBJECT_DEPS and is_negated(c) for c in verb.children)


# --- endorsements: "a claim … supported by X" -------------------------------------------------------

def _endorsements(typed: list[TypedStatement], ctx: Context, sides: Sides) -> list[TypedStatement]:
    """Endorsing a claim makes the same relation as the claim, from the endorser."""
    out = []
    claims = [t for t in typed if t.attribution.entry.act != "endorse" and t.relation != "denies"]
    for t in typed:
        a = t.attribution
        if a.entry.act != "endorse":
            out.append(t)
            continue
        anchor = a.anchor if a.anchor is not None else (a.objects[0] if a.objects else None)
        if anchor is None:
            continue
        same = [c for c in claims if c.attribution.sentence == a.sentence and c.attribution.evidence[0] <= anchor
                and not sides.same(c.source, t.source)]
        if not same:
            continue
        claim = same[-1]
        if claim.target is not None and sides.same(claim.target, t.source):
            continue
        out.append(replace(t, relation=claim.relation, target=claim.target, cameo=claim.cameo))
    return out


# --- repeats ------------------------------------------------------------------------------------------

def _absorb_nested_reports(statements: list[Statement], typed: list[TypedStatement], sides: Sides) -> list[Statement]:
    """"X said it rejects…": the report and the act it reports are one statement, the act."""
    drop = set()
    for i, outer in enumerate(statements):
        o = outer.relation
        if o.relation != "asserts":
            # "said it is absurd to suggest that…": what a denial or an accusation quotes is not said anew
            for j, inner in enumerate(statements):
                r = inner.relation
                if (i != j and r.relation == "asserts" and sides.same(r.source, o.source)
                        and o.content.start <= r.cue.start < o.content.end and r.cue.start != o.cue.start):
                    drop.add(j)
            continue
        for j, inner in enumerate(statements):
            r = inner.relation
            if i == j or j in drop or not sides.same(r.source, o.source):
                continue
            if o.content.start <= r.cue.start < o.content.end and r.cue.start != o.cue.start:
                drop.add(i if r.relation != "asserts" or outer.sentence == inner.sentence and len(o.content.text) <= len(r.content.text) else j)
                if i in drop:
                    break
    return [s for k, s in enumerate(statements) if k not in drop]


def _merge_repeats(statements: list[Statement], text: str) -> list[Statement]:
    """One relation per speaker, act and target in a sentence or a stretch of evidence: "rejected the
    accusations … and called Pashinyan's claims provocative" is one denial. The merged relation keeps
    the more specific target and spans both pieces of evidence."""
    kept: list[Statement] = []
    for s in statements:
        r = s.relation
        twin = next((k for k, other in enumerate(kept)
                     if other.relation.relation == r.relation and other.relation.source.actor == r.source.actor
                     and (r.relation == "denies" or other.relation.cue.start == r.cue.start
                          or r.relation == "accuses" and other.sentence == s.sentence
                          and (other.relation.target is None or r.target is None)
                          or other.relation.evidence == r.evidence
                          or r.relation == "asserts" and _nested(other.relation, r))
                     and (other.relation.target is None or r.target is None
                          or other.relation.target.actor == r.target.actor)
                     and (other.sentence == s.sentence or other.relation.evidence.overlaps(r.evidence))), None)
        if twin is None:
            kept.append(s)
            continue
        other = kept[twin]
        o = other.relation
        better = other if (o.target is not None or r.target is None) else s
        start, end = min(o.evidence.start, r.evidence.start), max(o.evidence.end, r.evidence.end)
        merged = with_stable_id(replace(better.relation, evidence=Span(start, end, text[start:end])))
        kept[twin] = replace(
            better, relation=merged,
            claimant=other.claimant or s.claimant, claim_noun_verb=other.claim_noun_verb or s.claim_noun_verb,
            anchor=other.anchor if other.anchor is not None else s.anchor,
            evidence_tokens=(min(other.evidence_tokens[0], s.evidence_tokens[0]),
                             max(other.evidence_tokens[1], s.evidence_tokens[1])),
            content_lemmas=other.content_lemmas | s.content_lemmas,
            counter_account=other.counter_account or s.counter_account)
    return kept


def _nested(a: Relation, b: Relation) -> bool:
    """One's cue inside the other's evidence: "According to X, who claim Y, Z"."""
    return a.evidence.start <= b.cue.start < a.evidence.end or b.evidence.start <= a.cue.start < b.evidence.end


def _drop_heading_repeats(statements: list[Statement], sides: Sides) -> list[Statement]:
    """A headline repeats the story: drop a heading's relation that a body relation makes too."""
    body = [s for s in statements if not s.heading]
    out = []
    for s in statements:
        r = s.relation
        if s.heading and any(
                b.relation.relation == r.relation and sides.same(b.relation.source, r.source)
                and (b.relation.target is None or r.target is None or sides.same(b.relation.target, r.target))
                for b in body):
            continue
        out.append(s)
    return out
