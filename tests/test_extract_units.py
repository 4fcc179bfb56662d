"""Model-free tests of the pieces of kg.extract that read no parse: the lexicon files, CAMEO codes,
quotation spans, relation ids and counterclaim linking on hand-made records."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import relation_id
from kg.extract.cameo import accusation_subcode, act_code
from kg.extract.counterclaims import Statement, link_denials
from kg.extract.ids import with_stable_id
from kg.extract.lexicon import ACTS, LexiconError, _cue_entry, load_lexicon
from kg.extract.syntax import find_quotes
from kg.model import RELATION_TYPES, ActorMention, Relation, Span
from kg.resolve.gazetteer import load_gazetteer

LEXICONS = Path(__file__).resolve().parent.parent / "ontology" / "lexicons"


# --- lexicons -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lexicon_loads_and_every_row_is_well_formed(lang):
    lex = load_lexicon(lang)
    assert len(lex.cues) > 40
    for readings in lex.cues.values():
        for e in readings:
            assert e.act in ACTS and e.relation in RELATION_TYPES and e.cameo.isdigit()
    for cls in ("claim_noun", "falsity", "charge_verb", "charge_noun", "reciprocal", "accusation_kind"):
        assert lex.words.get(cls), f"{lang}: no {cls} words"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lexicons_name_no_actor(lang):
    """Lexicons hold words of the language, never the name, capital or demonym of a state."""
    gaz = load_gazetteer()
    lex = load_lexicon(lang)
    words = {lemma for (lemma, _pos) in lex.cues} | {w for ws in lex.words.values() for w in ws}
    assert not [w for w in words if gaz.lookup(w) is not None and len(w) > 3]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_core_cues_per_language(lang):
    lex = load_lexicon(lang)
    expected = {
        "en": {"accuse": "accuses", "deny": "denies", "say": "asserts", "blame": "accuses", "refute": "denies"},
        "fr": {"accuser": "accuses", "démentir": "denies", "nier": "denies", "déclarer": "asserts",
               "dénoncer": "accuses", "affirmer": "asserts", "estimer": "asserts"},
    }[lang]
    for lemma, relation in expected.items():
        assert lex.readings(lemma, "VERB")[-1].relation == relation, lemma


def test_conditional_readings_come_first():
    lex = load_lexicon("en")
    call = lex.readings("call", "VERB")
    assert call[0].act == "appeal" and call[0].preps == {"on", "for", "upon"}
    assert call[-1].act == "qualify" and not call[-1].conditional
    rejeter = load_lexicon("fr").readings("rejeter", "VERB")
    assert rejeter[0].act == "accuse" and "responsabilité" in rejeter[0].objects


def test_bad_cue_row_names_file_and_line(tmp_path):
    with pytest.raises(LexiconError, match=r"cues_xx.tsv:7"):
        _cue_entry(tmp_path / "cues_xx.tsv", 7, ["say", "VERB", "shout", "asserts", "010"])
    with pytest.raises(LexiconError):
        _cue_entry(tmp_path / "cues_xx.tsv", 8, ["say", "VERB", "report", "claims", "010"])


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="no cue lexicon"):
        load_lexicon("de")


# --- CAMEO ----------------------------------------------------------------------------------------------

def test_cameo_codes_by_relation_and_content():
    lex = load_lexicon("en")
    accuse = lex.readings("accuse", "VERB")[0]
    say = lex.readings("say", "VERB")[0]
    condemn = lex.readings("condemn", "VERB")[0]
    deny = lex.readings("deny", "VERB")[0]
    threaten = lex.readings("threaten", "VERB")[0]
    assert act_code(accuse, "accuses", ("of", "espionage"), lex) == "1125"
    assert act_code(accuse, "accuses", ("of", "war", "crime"), lex) == "1124"
    assert act_code(accuse, "accuses", ("of", "lying"), lex) == "112"
    assert act_code(say, "accuses", ("the", "shelling"), lex) == "1123"  # a neutral verb typed as accusation
    assert act_code(condemn, "accuses", ("the", "attack"), lex) == "111"
    assert act_code(deny, "denies", (), lex) == "016"
    assert act_code(say, "denies", (), lex) == "016"
    assert act_code(say, "asserts", (), lex) == "010"
    assert act_code(threaten, "asserts", ("military", "action"), lex) == "138"
    assert act_code(threaten, "asserts", ("sanction",), lex) == "130"


def test_accusation_subcode_reads_phrases_in_french():
    lex = load_lexicon("fr")
    # the longest phrase wins: a crime against humanity is a war crime (1124), a crime alone is 1121
    assert accusation_subcode(["de", "crime", "contre", "l'humanité"], lex) == "1124"
    assert accusation_subcode(["un", "crime"], lex) == "1121"
    assert accusation_subcode(["nettoyage", "ethnique"], lex) == "1124"
    assert accusation_subcode(["de", "espionnage"], lex) == "1125"


# --- quotations -----------------------------------------------------------------------------------------

def test_quotes_of_mixed_typography():
    text = 'He said “we will act» and « nous agirons » then "done".'
    spans = find_quotes(text).spans
    assert [text[s:e] for s, e in spans] == ["“we will act»", "« nous agirons »", '"done"']


def test_quote_open_at_paragraph_end_stops_there():
    text = '"First part of a quote.\n"Second paragraph," he said.'
    spans = find_quotes(text).spans
    assert text[spans[0][0]:spans[0][1]] == '"First part of a quote.'
    assert find_quotes(text).at(text.index("Second")) is not None


def test_apostrophes_are_not_quotes():
    text = "Kyiv’s army said ‘no’ to the plan."
    assert [text[s:e] for s, e in find_quotes(text).spans] == ["‘no’"]


# --- ids -----------------------------------------------------------------------------------------------

def test_relation_ids_are_stable_hashes():
    assert relation_id("a.txt", "accuses", 0, 10, 3, 0) == relation_id("a.txt", "accuses", 0, 10, 3, 0)
    assert relation_id("a.txt", "accuses", 0, 10, 3, 0) != relation_id("a.txt", "denies", 0, 10, 3, 0)
    assert relation_id("a.txt", "accuses", 0, 10, 3, 0) != relation_id("a.txt", "accuses", 0, 10, 3, 5)


# --- counterclaim links on hand-made records ------------------------------------------------------------

class Parents:
    """Stands in for kg.extract.relation_types.Sides."""

    def __init__(self, parents: dict):
        self.parents = parents

    def top(self, actor_id):
        while self.parents.get(actor_id):
            actor_id = self.parents[actor_id]
        return actor_id

    def same(self, a, b):
        return a is not None and b is not None and self.top(a.actor) == self.top(b.actor)


def mention(actor, start=0):
    return ActorMention(actor, actor, start, start + len(actor))


def statement(rel_type, source, target, sentence, *, words=(), cue="say", evidence=(0, 5), **facts):
    span = Span(sentence * 100, sentence * 100 + 10, "x" * 10)
    rel = with_stable_id(Relation(id="", article="a.txt", relation=rel_type, source=mention(source, span.start),
                                  target=mention(target) if target else None, content=span,
                                  cue=Span(span.start, span.start + 3, "xxx"), evidence=span, cameo="010"))
    return Statement(relation=rel, sentence=sentence, heading=False, cue_lemma=cue,
                     content_lemmas=frozenset(words), evidence_tokens=(sentence * 20, sentence * 20 + 10), **facts)


def test_denial_answers_the_nearest_charge_against_the_denier():
    sides = Parents({"az.mod": "az", "am.mfa": "am"})
    old = statement("accuses", "am", "az", 0, words={"war"})
    recent = statement("accuses", "am.mfa", "az", 3, words={"troop", "border"})
    unrelated = statement("accuses", "am", "ru", 4)
    denial = statement("denies", "az.mod", None, 5)
    out = link_denials([old, recent, unrelated, denial], sides)
    linked = out[-1].relation
    assert linked.responds_to == (recent.relation.id,)
    assert linked.target.actor == "am.mfa"


def test_named_claimant_and_claim_noun_pick_the_claim():
    sides = Parents({"pashinyan": "am", "prosecutor": "am"})
    by_pm = statement("accuses", "pashinyan", "az", 1, cue="accuse")
    by_prosecutor = statement("accuses", "prosecutor", "az", 2, cue="open")
    denial = statement("denies", "az", None, 3, claimant="pashinyan", claim_noun_verb="accuse")
    linked = link_denials([by_pm, by_prosecutor, denial], sides)[-1].relation
    assert linked.responds_to == (by_pm.relation.id,)


def test_denial_anchored_in_its_sentence_answers_that_claim():
    sides = Parents({})
    earlier = statement("accuses", "ua", "ru", 0)
    here = statement("accuses", "md", "ru", 2)
    # "…, accusations rejected by Russia": anchor token inside the same sentence, after the claim
    denial = statement("denies", "ru", None, 2, anchor=2 * 20 + 12)
    denial = Statement(**{**denial.__dict__, "evidence_tokens": (2 * 20 + 11, 2 * 20 + 15)})
    linked = link_denials([earlier, here, denial], sides)[-1].relation
    assert linked.responds_to == (here.relation.id,)


def test_denial_with_nothing_to_answer_stays_unlinked():
    sides = Parents({})
    own = statement("asserts", "sa", None, 0)
    denial = statement("denies", "sa.coalition", None, 1)
    sides.parents["sa.coalition"] = "sa"
    linked = link_denials([own, denial], sides)[-1].relation
    assert linked.responds_to == () and linked.target is None


def test_accusation_without_target_takes_its_denier():
    sides = Parents({})
    case = statement("accuses", "prosecutor", None, 1)
    denial = statement("denies", "az", None, 1, anchor=1 * 20 + 12)
    denial = Statement(**{**denial.__dict__, "evidence_tokens": (1 * 20 + 11, 1 * 20 + 15)})
    out = link_denials([case, denial], sides)
    assert out[0].relation.target.actor == "az"
    assert out[1].relation.responds_to == (case.relation.id,)


def test_counter_account_becomes_a_denial_of_the_charge_before_it():
    sides = Parents({"az.mod": "az", "nk.army": "nk"})
    charge = statement("accuses", "nk.army", "az", 3, words={"soldier", "mass"})
    other = statement("asserts", "am", None, 4)
    counter = statement("asserts", "az.mod", None, 5, words={"troop", "training"}, counter_account=True)
    out = link_denials([charge, other, counter], sides)
    denial = out[-1].relation
    assert denial.relation == "denies" and denial.cameo == "016"
    assert denial.responds_to == (charge.relation.id,) and denial.target.actor == "nk.army"
    assert denial.id != counter.relation.id  # the id follows the type


def test_plain_assertion_after_a_charge_is_not_a_denial():
    sides = Parents({})
    charge = statement("accuses", "kp", "kr", 1)
    reply = statement("asserts", "kr", None, 2, words={"drill"})
    assert link_denials([charge, reply], sides)[-1].relation.relation == "asserts"


def test_accusation_without_accused_becomes_a_statement_and_links_follow():
    from kg.extract import _unaddressed_accusations

    lone = statement("accuses", "eu", None, 0).relation
    aimed = statement("accuses", "fr", "ru", 1).relation
    denial = Relation(**{**statement("denies", "ru", "fr", 2).relation.__dict__, "responds_to": (lone.id, aimed.id)})
    out = _unaddressed_accusations([lone, aimed, denial])
    assert [r.relation for r in out] == ["asserts", "accuses", "denies"]
    assert out[0].cameo == lone.cameo and out[0].id != lone.id
    assert out[2].responds_to == (out[0].id, aimed.id)


def test_denial_of_claims_in_the_plural_answers_each_charge_of_that_side():
    """"rejected the accusations": the best claim first, then the speaker side's other charges against
    the denier in text order; a claim by another side or charging someone else is left out."""
    sides = Parents({"kurti": "xk", "xk.gov": "xk", "rs.mod": "rs", "vucic": "rs"})
    first = statement("accuses", "kurti", "rs", 0, words={"gang"})
    second = statement("accuses", "xk.gov", "vucic", 2, words={"mafia"})
    elsewhere = statement("accuses", "kurti", "ru", 3)
    other_side = statement("accuses", "al", "rs", 3)
    denial = statement("denies", "rs.mod", None, 4, claimant="kurti", claims_plural=True)
    linked = link_denials([first, second, elsewhere, other_side, denial], sides)[-1].relation
    assert linked.responds_to[0] in (first.relation.id, second.relation.id)
    assert set(linked.responds_to) == {first.relation.id, second.relation.id}


def test_denial_of_one_claim_answers_one():
    sides = Parents({"kurti": "xk", "rs.mod": "rs"})
    first = statement("accuses", "kurti", "rs", 0)
    second = statement("accuses", "kurti", "rs", 2)
    denial = statement("denies", "rs.mod", None, 3, claimant="kurti")
    linked = link_denials([first, second, denial], sides)[-1].relation
    assert linked.responds_to == (second.relation.id,)


def test_these_allegations_right_after_a_charge_answer_it():
    """"X accused the ruling party of rigging the vote. Caracas rejected these allegations.": the
    demonstrative points back at the charge, whose accused was not resolved."""
    sides = Parents({})
    charge = statement("accuses", "opposition", None, 0, cue="accuse")
    denial = statement("denies", "ve", None, 1, claim_refers_back=True)
    out = link_denials([charge, denial], sides)
    assert out[-1].relation.responds_to == (charge.relation.id,)
    assert out[0].relation.target.actor == "ve"  # the denier was the one accused
    far = statement("denies", "ve", None, 4, claim_refers_back=True)
    assert link_denials([charge, far], sides)[-1].relation.responds_to == ()
