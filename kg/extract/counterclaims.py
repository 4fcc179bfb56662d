"""Counterclaims: which claim each denial answers, in the same article.

A denial is linked (``Relation.responds_to``) to the claims of another side it most plausibly
answers, scored on what the text gives:
- the claim it names in the same sentence ("accusations rejected by X", "…, which Belgrade denies",
  "Yerevan accuses Baku, which denies, of…");
- the claimant it names ("Baku's assertions", « les affirmations de Pashinyan »);
- whether the claim charges the denier's side (a denial usually answers a charge against oneself);
- the claim noun matching the claim's cue ("rejected the claims" ↔ "claimed", "these accusations"
  ↔ "accused"), and a claim noun pointing back ("these allegations", « ces accusations ») at a charge
  made just before;
- shared content words;
- time order: the nearest earlier claim first; a later claim only when the rest points to it.

A denial naming claims in the plural ("rejected the accusations", "the lies told by X") answers, after
the best claim, every other claim of that speaker's side that charges the denier.

Counter-accounts are denials without a denial word ("its troops are simply engaged in routine
training" after a claim that they are massing, "the flight was authorised" after a charge of violating
airspace): a statement by the side an accusation charged, soon after it, that minimizes or justifies
("simply", "only", "authorised", "lawful"), or that negates the claim's own words.

A denial naming no claim and no claimant, which nothing else links, answers the nearest accusation
charged to the denier's side, before or after it ("X is denying it is behind the blasts" in a lead,
the charge further down).

The same speaker negating, in the next sentence, what its denial (or the claim denied) speaks of goes on
denying the same claim ("X rejected reports that such an incident occurred. 'Our units carried out no
exercise there,' X said.").

A denial whose target is unknown takes the claimant as target; an accusation with no named target
that a side denies takes the denier as target ("accusations rejected by X": X was accused).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract.ids import with_stable_id
from kg.model import Relation

ANCHORED = 6.0  # the denial names the claim in its own sentence
CLAIMANT = 3.0
EXACT_CLAIMANT = 1.0  # the claimant named is the claim's very speaker, not only of its side
CHARGES_DENIER = 3.0
SAME_SENTENCE = 2.0
CLAIM_NOUN_MATCHES_CUE = 1.0
REFERS_BACK = 2.5  # "these allegations" right after a charge: that charge
REFERS_BACK_WINDOW = 2  # sentences
PER_SHARED_WORD = 1.0
MAX_SHARED_WORDS = 3
PER_SENTENCE_AWAY = 0.3
LATER_CLAIM = 1.5
MIN_SCORE = 2.0
COUNTER_ACCOUNT_WINDOW = 3  # sentences after the accusation


@dataclass(frozen=True)
class Statement:
    """A relation with the facts linking reads: where it is and what words it uses."""

    relation: Relation
    sentence: int
    heading: bool
    cue_lemma: str
    content_lemmas: frozenset
    evidence_tokens: tuple[int, int]
    claim_noun_verb: str | None = None  # for a denial naming a claim: the verb of that claim noun
    claimant: str | None = None  # actor id of the claim's author named in the denial
    anchor: int | None = None  # token of the claim the denial names in its sentence
    counter_account: bool = False  # content minimizes or negates
    negated_content: bool = False
    claims_plural: bool = False  # the denial names claims in the plural ("rejected the accusations")
    claim_refers_back: bool = False  # "these allegations", « ces accusations »
    produced_by: frozenset = frozenset()  # "rejected the result": the verbs that produce what is denied (declare…)

    def with_relation(self, relation: Relation) -> "Statement":
        return replace(self, relation=relation)


def link_denials(statements: list[Statement], sides) -> list[Statement]:
    """``statements`` with counter-accounts turned into denials and every denial's ``responds_to``,
    target, and the denied accusations' missing targets filled in."""
    statements = _counter_accounts(statements, sides)
    by_id = {s.relation.id: i for i, s in enumerate(statements)}
    out = list(statements)
    for i, d in enumerate(statements):
        rel = d.relation
        if rel.relation != "denies" or rel.responds_to:
            continue
        ranked = sorted(((score, c) for c in statements if (score := _score(d, c, sides)) is not None),
                        key=lambda x: -x[0])
        if not ranked:
            charge = _nearest_charge_against(d, statements, sides) if rel.target is None else None
            if charge is None:
                continue
            ranked = [(0.0, charge)]
        best = ranked[0][1]
        answered = [best]
        if d.claims_plural:
            # "rejected the accusations", "the lies told by X": the best claim, then every other claim of the
            # same speaker's side that charges the denier, in text order
            answered += sorted((c for score, c in ranked[1:] if sides.same(c.relation.source, best.relation.source)
                                and c.relation.target is not None and sides.same(c.relation.target, rel.source)),
                               key=lambda c: c.relation.evidence.start)
        target = rel.target or best.relation.source
        out[i] = d.with_relation(replace(rel, responds_to=tuple(c.relation.id for c in answered), target=target))
        for c in answered:
            claim = c.relation
            if claim.relation == "accuses" and claim.target is None:
                j = by_id[claim.id]
                out[j] = out[j].with_relation(replace(out[j].relation, target=rel.source))
    return _continued_denials(out)


CONTINUATION_WINDOW = 1  # sentences after the denial
CONTINUATION_SHARED_WORDS = 2


def _continued_denials(statements: list[Statement]) -> list[Statement]:
    """"X rejected reports that such an incident occurred. 'Our units have not carried out any exercise
    there,' X said.": the same speaker negating, just after its denial, what the denial or the claim it
    answers speaks of, goes on denying: a denial of the same claim, not a new assertion."""
    out = list(statements)
    by_id = {s.relation.id: s for s in statements}
    for i, s in enumerate(statements):
        rel = s.relation
        if rel.relation != "asserts" or not s.negated_content:
            continue
        for d in statements:
            denial = d.relation
            if (denial.relation != "denies" or not denial.responds_to or denial.source.actor != rel.source.actor
                    or not 0 < s.sentence - d.sentence <= CONTINUATION_WINDOW):
                continue
            words = d.content_lemmas.union(*(by_id[c].content_lemmas for c in denial.responds_to if c in by_id))
            if len(s.content_lemmas & words) >= CONTINUATION_SHARED_WORDS:
                out[i] = s.with_relation(with_stable_id(replace(
                    rel, relation="denies", cameo="016", target=denial.target, responds_to=denial.responds_to)))
                break
    return out


def _nearest_charge_against(d: Statement, statements: list[Statement], sides) -> Statement | None:
    """A denial naming nothing it answers ("X is denying it is behind the blasts", "X denied that it had
    targeted a home") answers the accusation charged to X's side in the same article: the nearest one,
    before or after (a lead often gives the denial first); between two as near, the earlier."""
    rel = d.relation
    charges = [c for c in statements if c.relation.relation == "accuses" and c.relation.target is not None
               and sides.same(c.relation.target, rel.source) and not sides.same(c.relation.source, rel.source)]
    return min(charges, key=lambda c: (abs(c.sentence - d.sentence), c.sentence > d.sentence,
                                       c.relation.evidence.start), default=None)


def _score(d: Statement, c: Statement, sides) -> float | None:
    rel, claim = d.relation, c.relation
    if claim.relation == "denies" or claim.id == rel.id or sides.same(claim.source, rel.source):
        return None
    score = 0.0
    if d.sentence == c.sentence:
        if d.anchor is not None and c.evidence_tokens[0] <= d.anchor < c.evidence_tokens[1]:
            score += ANCHORED  # the denial's object is this claim ("denied the accusations of X that…")
        elif c.evidence_tokens[0] <= d.evidence_tokens[0]:
            score += SAME_SENTENCE
            if d.anchor is not None and c.evidence_tokens[0] <= d.anchor:
                score += ANCHORED - SAME_SENTENCE  # "…, accusations rejected by X"
    if d.claimant is not None:
        if claim.source.actor == d.claimant:
            score += CLAIMANT + EXACT_CLAIMANT
        elif sides.top(claim.source.actor) == sides.top(d.claimant):
            score += CLAIMANT
        else:
            return None
    if claim.target is not None and sides.same(claim.target, rel.source):
        score += CHARGES_DENIER
    if d.claim_noun_verb and d.claim_noun_verb == c.cue_lemma:
        score += CLAIM_NOUN_MATCHES_CUE
    if d.claim_refers_back and claim.relation == "accuses" and 0 <= d.sentence - c.sentence <= REFERS_BACK_WINDOW:
        score += REFERS_BACK
    if c.cue_lemma in d.produced_by and 0 <= d.sentence - c.sentence <= REFERS_BACK_WINDOW:
        score += REFERS_BACK  # "X declared Y the winner. Z rejected the result": the result of that declaration
    score += PER_SHARED_WORD * min(MAX_SHARED_WORDS, len(d.content_lemmas & c.content_lemmas))
    away = d.sentence - c.sentence
    score -= PER_SENTENCE_AWAY * abs(away)
    if away < 0:
        score -= LATER_CLAIM
    return score if score >= MIN_SCORE else None


def _counter_accounts(statements: list[Statement], sides) -> list[Statement]:
    out = list(statements)
    for i, s in enumerate(statements):
        rel = s.relation
        if rel.relation != "asserts" or not (s.counter_account or s.negated_content):
            continue
        answered = {c.relation.responds_to[0] for c in statements if c.relation.relation == "denies"
                    and c.relation.responds_to and sides.same(c.relation.source, rel.source)}
        # an explicit denial by the same speaker already answered what follows; another voice of its side
        # (a government source after the government) still counters
        explicit_denials = [c for c in statements if c.relation.relation == "denies"
                            and c.relation.source.actor == rel.source.actor and c.sentence < s.sentence]
        best = None
        for c in statements:
            claim = c.relation
            if claim.relation != "accuses" or claim.target is None or not sides.same(claim.target, rel.source):
                continue
            if sides.same(claim.source, rel.source) or claim.id in answered:
                continue
            shared = len(s.content_lemmas & c.content_lemmas)
            away = s.sentence - c.sentence
            soon_after = 0 < away <= COUNTER_ACCOUNT_WINDOW and s.counter_account and not any(
                c.sentence <= e.sentence for e in explicit_denials)
            restates = s.negated_content and shared >= 2
            if soon_after or restates:
                if best is None or abs(away) < abs(s.sentence - best.sentence):
                    best = c
        if best is not None:
            out[i] = s.with_relation(with_stable_id(replace(
                rel, relation="denies", cameo="016", target=best.relation.source, responds_to=(best.relation.id,))))
    return out
