"""Attribution and typing rules of kg.extract, one construction per test, in English and in French.

Model-free: each Doc is built by hand (words, lemmas, POS, tags, dependencies), so a rule is tested on
exactly the parse it reads, and actors come from a small name table standing in for kg.resolve. The
sentences are written for these tests, about conflicts and companies other than the seeds'.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract import extract_relations
from kg.model import Actor, ActorMention, Article

_VOCABS = {}


def vocab(lang: str):
    if lang not in _VOCABS:
        _VOCABS[lang] = spacy.blank(lang).vocab
    return _VOCABS[lang]


def build(lang: str, table: str) -> Doc:
    """A Doc from rows "word lemma POS TAG DEP HEAD [MORPH]" (HEAD: index of the head token)."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [r[0].replace("_", " ") for r in rows]
    return Doc(vocab(lang), words=words, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows],
               morphs=[r[6] if len(r) > 6 else "" for r in rows])


def join(*docs: Doc) -> Doc:
    return Doc.from_docs(list(docs))


class NameTable:
    """Stands in for kg.resolve.ArticleActors: the names of a table are actors, found at the span's
    head first. Everything else names no actor."""

    def __init__(self, doc, names: dict):
        self.doc = doc
        self.names = names  # token text -> Actor
        self._used: dict = {}

    def resolve(self, span):
        if not hasattr(span, "root"):
            span = self.doc[span.i:span.i + 1]
        for tok in [span.root, *[t for t in span if t.i != span.root.i]]:
            actor = self.names.get(tok.text)
            if actor is not None:
                self._used[actor.id] = actor
                return ActorMention(actor.id, tok.text, tok.idx, tok.idx + len(tok.text))
        return None

    def actor(self, actor_id):
        return next((a for a in self.names.values() if a.id == actor_id), None)

    def actors(self):
        out = dict(self._used)
        for a in list(out.values()):
            if a.part_of and a.part_of not in out:
                out[a.part_of] = self.actor(a.part_of)
        return tuple(v for v in out.values() if v is not None)

    def mentions(self):
        return tuple(ActorMention(self.names[t.text].id, t.text, t.idx, t.idx + len(t.text))
                     for t in self.doc if t.text in self.names)

    def resolve_all(self, span):
        return ()  # no article-wide sides: "the two sides" falls back to the last two actors named

    def named_by_seat(self, mention):
        return False


def state(name: str, *aliases: str) -> dict:
    a = Actor(id=name.lower(), label=name, kind="state")
    return {n: a for n in (name, *aliases)}


def run(doc: Doc, lang: str, names: dict, article_id: str = "t.txt"):
    article = Article(id=article_id, text=doc.text, language=lang)
    rels = extract_relations(doc, article, NameTable(doc, names))
    for r in rels:  # the offsets invariant, on every relation of every test
        for span in (r.evidence, r.cue, r.content):
            assert article.text[span.start:span.end] == span.text
    return rels


def triples(rels):
    return sorted((r.source.actor, r.relation, r.target.actor if r.target else None) for r in rels)


# --- a cue verb with its subject ----------------------------------------------------------------------

def test_accuse_with_object_and_charge_en():
    doc = build("en", """
        Ukraine Ukraine PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        Russia Russia PROPN NNP dobj 1
        of of ADP IN prep 1
        shelling shell VERB VBG pcomp 3
        Kharkiv Kharkiv PROPN NNP dobj 4
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Ukraine"), **state("Russia")})
    assert triples(rels) == [("ukraine", "accuses", "russia")]
    assert rels[0].cue.text == "accused"
    assert rels[0].cameo.startswith("112")


def test_accuse_with_object_fr():
    doc = build("fr", """
        Kiev Kiev PROPN PROPN nsubj 1
        accuse accuser VERB VERB ROOT 1
        Moscou Moscou PROPN PROPN obj 1
        de de ADP ADP mark 4
        bombarder bombarder VERB VERB xcomp 1
        Kharkiv Kharkiv PROPN PROPN obj 4
        . . PUNCT PUNCT punct 1
    """)
    rels = run(doc, "fr", {**state("Ukraine", "Kiev"), **state("Russia", "Moscou")})
    assert triples(rels) == [("ukraine", "accuses", "russia")]


def test_negated_cue_makes_no_relation():
    doc = build("en", """
        Greece Greece PROPN NNP nsubj 3
        did do AUX VBD aux 3
        not not PART RB neg 3
        accuse accuse VERB VB ROOT 3
        Turkey Turkey PROPN NNP dobj 3
        . . PUNCT . punct 3
    """)
    assert run(doc, "en", {**state("Greece"), **state("Turkey")}) == []


def test_denial_of_a_claim_noun_links_the_claim_en():
    claim = build("en", """
        Guyana Guyana PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        Venezuela Venezuela PROPN NNP dobj 1
        of of ADP IN prep 1
        seizing seize VERB VBG pcomp 3
        a a DET DT det 6
        boat boat NOUN NN dobj 4
        . . PUNCT . punct 1
    """)
    denial = build("en", """
        Caracas Caracas PROPN NNP nsubj 1
        rejected reject VERB VBD ROOT 1
        the the DET DT det 3
        accusations accusation NOUN NNS dobj 1
        . . PUNCT . punct 1
    """)
    rels = run(join(claim, denial), "en", {**state("Guyana"), **state("Venezuela", "Caracas")})
    accusation, rejection = rels
    assert (accusation.relation, rejection.relation) == ("accuses", "denies")
    assert rejection.target.actor == "guyana"  # the claimant
    assert rejection.responds_to == (accusation.id,)
    assert rejection.cameo == "016"


def test_denial_fr_a_rejete_ces_accusations():
    claim = build("fr", """
        Rabat Rabat PROPN PROPN nsubj 1
        accuse accuser VERB VERB ROOT 1
        Alger Alger PROPN PROPN obj 1
        d' de ADP ADP mark 5
        avoir avoir AUX AUX aux:tense 5
        armé armer VERB VERB xcomp 1
        des un DET DET det 7
        rebelles rebelle NOUN NOUN obj 5
        . . PUNCT PUNCT punct 1
    """)
    denial = build("fr", """
        Alger Alger PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        rejeté rejeter VERB VERB ROOT 2 VerbForm=Part
        ces ce DET DET det 4
        accusations accusation NOUN NOUN obj 2
        . . PUNCT PUNCT punct 2
    """)
    rels = run(join(claim, denial), "fr", {**state("Morocco", "Rabat"), **state("Algeria", "Alger")})
    accusation, rejection = rels
    assert triples([accusation]) == [("morocco", "accuses", "algeria")]
    assert (rejection.relation, rejection.target.actor, rejection.responds_to) == ("denies", "morocco", (accusation.id,))


def test_rejecting_a_proposal_is_not_a_denial():
    doc = build("en", """
        Kosovo Kosovo PROPN NNP nsubj 1
        rejected reject VERB VBD ROOT 1
        the the DET DT det 4
        Serbian serbian ADJ JJ amod 4
        proposal proposal NOUN NN dobj 1
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Kosovo"), **state("Serbia", "Serbian")})
    assert [(r.relation, r.cameo) for r in rels] == [("asserts", "120")]


# --- passives and nominal forms -----------------------------------------------------------------------

def test_passive_nominal_accusations_rejected_by_en():
    doc = build("en", """
        Kinshasa Kinshasa PROPN NNP nsubj 1
        accuses accuse VERB VBZ ROOT 1
        Kigali Kigali PROPN NNP dobj 1
        of of ADP IN prep 1
        backing back VERB VBG pcomp 3
        rebels rebel NOUN NNS dobj 4
        , , PUNCT , punct 1
        accusations accusation NOUN NNS appos 1
        rejected reject VERB VBN acl 7
        by by ADP IN agent 8
        Rwanda Rwanda PROPN NNP pobj 9
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("DR Congo", "Kinshasa"), **state("Rwanda", "Kigali")})
    accusation = next(r for r in rels if r.relation == "accuses")
    denial = next(r for r in rels if r.relation == "denies")
    assert (accusation.source.actor, accusation.target.actor) == ("dr congo", "rwanda")
    assert denial.source.actor == "rwanda" and denial.responds_to == (accusation.id,)


def test_passive_nominal_accusations_rejetees_par_fr():
    doc = build("fr", """
        Le le DET DET det 1
        parquet parquet NOUN NOUN nsubj 4
        serbe serbe ADJ ADJ amod 1
        a avoir AUX AUX aux:tense 4
        accusé accuser VERB VERB ROOT 4 VerbForm=Part
        Pristina Pristina PROPN PROPN obj 4
        d' de ADP ADP mark 7
        expulser expulser VERB VERB xcomp 4
        des un DET DET det 9
        familles famille NOUN NOUN obj 7
        , , PUNCT PUNCT punct 11
        accusations accusation NOUN NOUN conj 4
        rejetées rejeter VERB VERB acl 11 VerbForm=Part
        par par ADP ADP case 14
        Pristina Pristina PROPN PROPN obl:agent 12
        . . PUNCT PUNCT punct 4
    """)
    names = {**state("Kosovo", "Pristina"), "parquet": Actor("serbia.prosecutor", "Prosecutor of Serbia", "organization", part_of="serbia"),
             **state("Serbia")}
    rels = run(doc, "fr", names)
    accusation = next(r for r in rels if r.relation == "accuses")
    denial = next(r for r in rels if r.relation == "denies")
    assert accusation.target.actor == "kosovo"
    assert denial.source.actor == "kosovo" and denial.responds_to == (accusation.id,)


def test_allegations_qualified_as_disinformation_by_minister():
    claim = build("en", """
        Rebels rebel NOUN NNS nsubj 1
        accused accuse VERB VBD ROOT 1
        the the DET DT det 3
        army army NOUN NN dobj 1
        of of ADP IN prep 1
        shelling shell VERB VBG pcomp 4
        villages village NOUN NNS dobj 5
        . . PUNCT . punct 1
    """)
    denial = build("en", """
        Allegations allegation NOUN NNS nsubj 2
        immediately immediately ADV RB advmod 2
        qualified qualify VERB VBD ROOT 2
        as as ADP IN prep 2
        disinformation disinformation NOUN NN pobj 3
        by by ADP IN prep 4
        Minister Minister PROPN NNP compound 7
        Okafor Okafor PROPN NNP pobj 5
        . . PUNCT . punct 2
    """)
    names = {"Rebels": Actor("rebels", "Rebels", "group"), "army": Actor("army", "Army of Ruritania", "organization"),
             "Okafor": Actor("okafor", "Ade Okafor", "person", part_of="army")}
    rels = run(join(claim, denial), "en", names)
    accusation = next(r for r in rels if r.relation == "accuses")
    denial_rel = next(r for r in rels if r.relation == "denies")
    assert denial_rel.source.actor == "okafor"
    assert denial_rel.responds_to == (accusation.id,) and denial_rel.target.actor == "rebels"


def test_passive_accusation_without_agent_makes_no_relation():
    doc = build("en", """
        Azerbaijan Azerbaijan PROPN NNP nsubj 1
        accused accuse VERB VBN ROOT 1
        of of ADP IN prep 1
        causing cause VERB VBG pcomp 2
        a a DET DT det 5
        crisis crisis NOUN NN dobj 3
    """)
    assert run(doc, "en", state("Azerbaijan")) == []


# --- reported speech ----------------------------------------------------------------------------------

def test_quoted_speech_with_tag_after_typed_from_content_en():
    doc = build("en", """
        " " PUNCT `` punct 8
        Houthi Houthi PROPN NNP compound 2
        drones drone NOUN NNS nsubj 3
        attacked attack VERB VBD ccomp 8
        our our PRON PRP$ poss 5
        tanker tanker NOUN NN dobj 3
        , , PUNCT , punct 8
        " " PUNCT '' punct 8
        said say VERB VBD ROOT 8
        Oman Oman PROPN NNP nsubj 8
        . . PUNCT . punct 8
    """)
    rels = run(doc, "en", {**state("Oman"), "Houthi": Actor("houthis", "Houthi movement", "group")})
    assert triples(rels) == [("oman", "accuses", "houthis")]


def test_inverted_speech_tag_fr_a_declare():
    doc = build("fr", """
        « « PUNCT PUNCT punct 8
        L' le DET DET det 2
        armée armée NOUN NOUN nsubj 3
        attaque attaquer VERB VERB parataxis 8
        nos son DET DET det 5
        villages village NOUN NOUN obj 3
        » » PUNCT PUNCT punct 8
        a avoir AUX AUX aux:tense 8
        déclaré déclarer VERB VERB ROOT 8 VerbForm=Part
        le le DET DET det 10
        CNRD CNRD PROPN PROPN nsubj 8
        . . PUNCT PUNCT punct 8
    """)
    names = {"CNRD": Actor("cnrd", "CNRD", "group"), "armée": Actor("army", "Army of Ruritania", "organization")}
    rels = run(doc, "fr", names)
    assert triples(rels) == [("cnrd", "accuses", "army")]


def test_said_that_neutral_statement_asserts():
    doc = build("en", """
        The the DET DT det 1
        ministry ministry NOUN NN nsubj 2
        said say VERB VBD ROOT 2
        that that SCONJ IN mark 6
        its its PRON PRP$ poss 5
        troops troop NOUN NNS nsubj 6
        held hold VERB VBD ccomp 2
        positions position NOUN NNS dobj 6
        . . PUNCT . punct 2
    """)
    rels = run(doc, "en", {"ministry": Actor("mod", "Ministry of Defence of Ruritania", "organization")})
    assert [(r.relation, r.cameo, r.target) for r in rels] == [("asserts", "010", None)]
    assert rels[0].content.text == "that its troops held positions"


def test_neutral_verb_charging_another_side_accuses_fr_estime():
    doc = build("fr", """
        Bamako Bamako PROPN PROPN nsubj 1
        estime estimer VERB VERB ROOT 1
        que que SCONJ SCONJ mark 5
        l' le DET DET det 4
        Algérie Algérie PROPN PROPN nsubj 5
        arme armer VERB VERB ccomp 1
        les le DET DET det 7
        rebelles rebelle NOUN NOUN obj 5
        . . PUNCT PUNCT punct 1
    """)
    rels = run(doc, "fr", {**state("Mali", "Bamako"), **state("Algeria", "Algérie")})
    assert triples(rels) == [("mali", "accuses", "algeria")]


def test_charge_against_own_side_stays_an_assertion():
    doc = build("en", """
        Kyiv Kyiv PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        Ukrainian ukrainian ADJ JJ amod 3
        drones drone NOUN NNS nsubj 4
        struck strike VERB VBD ccomp 1
        a a DET DT det 6
        depot depot NOUN NN dobj 4
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", state("Ukraine", "Kyiv", "Ukrainian"))
    assert [r.relation for r in rels] == ["asserts"]


def test_according_to_en():
    doc = build("en", """
        According accord VERB VBG prep 6
        to to ADP IN prep 0
        Kyiv Kyiv PROPN NNP pobj 1
        , , PUNCT , punct 6
        Russian russian ADJ JJ amod 5
        missiles missile NOUN NNS nsubj 6
        struck strike VERB VBD ROOT 6
        Odesa Odesa PROPN NNP dobj 6
        . . PUNCT . punct 6
    """)
    rels = run(doc, "en", {**state("Ukraine", "Kyiv"), **state("Russia", "Russian")})
    assert triples(rels) == [("ukraine", "accuses", "russia")]
    assert rels[0].cue.text == "According to"


def test_selon_fr():
    doc = build("fr", """
        Selon selon ADP ADP case 1
        Kiev Kiev PROPN PROPN obl:mod 5
        , , PUNCT PUNCT punct 1
        des un DET DET det 4
        missiles missile NOUN NOUN nsubj 5
        russes russe ADJ ADJ amod 4
        ont avoir AUX AUX aux:tense 7
        frappé frapper VERB VERB ROOT 7 VerbForm=Part
        Odessa Odessa PROPN PROPN obj 7
        . . PUNCT PUNCT punct 7
    """)
    # "russes" (head 4) modifies missiles; "ont frappé" is the clause "selon Kiev" qualifies
    doc[5].head = doc[4]
    doc[4].head = doc[7]
    doc[1].head = doc[7]
    rels = run(doc, "fr", {**state("Ukraine", "Kiev"), **state("Russia", "russes")})
    assert triples(rels) == [("ukraine", "accuses", "russia")]
    assert rels[0].cue.text == "Selon"


def test_according_to_a_speech_verb_is_its_medium():
    doc = build("en", """
        According accord VERB VBG prep 6
        to to ADP IN prep 0
        a a DET DT det 3
        statement statement NOUN NN pobj 1
        , , PUNCT , punct 6
        Ankara Ankara PROPN NNP nsubj 6
        said say VERB VBD ROOT 6
        talks talk NOUN NNS nsubj 8
        continue continue VERB VBP ccomp 6
        . . PUNCT . punct 6
    """)
    rels = run(doc, "en", state("Turkey", "Ankara"))
    assert [(r.source.actor, r.cue.text) for r in rels] == [("turkey", "said")]


# --- relative, participial and coordinated clauses ----------------------------------------------------

def test_relative_clause_object_is_the_accused():
    doc = build("en", """
        Moscow Moscow PROPN NNP nsubj 7
        , , PUNCT , punct 0
        which which PRON WDT dobj 5
        Chisinau Chisinau PROPN NNP nsubj 5
        has have AUX VBZ aux 5
        blamed blame VERB VBN relcl 0
        , , PUNCT , punct 0
        said say VERB VBD ROOT 7
        nothing nothing PRON NN dobj 7
        . . PUNCT . punct 7
    """)
    rels = run(doc, "en", {**state("Russia", "Moscow"), **state("Moldova", "Chisinau")})
    assert ("moldova", "accuses", "russia") in triples(rels)


def test_relative_clause_subject_denies_the_accusation_it_interrupts():
    doc = build("en", """
        Manila Manila PROPN NNP nsubj 1
        accuses accuse VERB VBZ ROOT 1
        Beijing Beijing PROPN NNP dobj 1
        , , PUNCT , punct 2
        which which PRON WDT nsubj 5
        denies deny VERB VBZ relcl 2
        , , PUNCT , punct 2
        of of ADP IN prep 1
        ramming ram VERB VBG pcomp 7
        boats boat NOUN NNS dobj 8
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Philippines", "Manila"), **state("China", "Beijing")})
    accusation = next(r for r in rels if r.relation == "accuses")
    denial = next(r for r in rels if r.relation == "denies")
    assert triples([accusation]) == [("philippines", "accuses", "china")]
    assert (denial.source.actor, denial.target.actor, denial.responds_to) == ("china", "philippines", (accusation.id,))


def test_participial_clause_shares_the_speaker_fr_accusant():
    doc = build("fr", """
        Alger Alger PROPN PROPN nsubj 1
        rompt rompre VERB VERB ROOT 1
        ses son DET DET det 3
        relations relation NOUN NOUN obj 1
        avec avec ADP ADP case 5
        Rabat Rabat PROPN PROPN nmod 3
        , , PUNCT PUNCT punct 7
        accusant accuser VERB VERB advcl 1 VerbForm=Part
        le le DET DET det 9
        Maroc Maroc PROPN PROPN obj 7
        d' de ADP ADP case 11
        espionnage espionnage NOUN NOUN obl:arg 7
        . . PUNCT PUNCT punct 1
    """)
    rels = run(doc, "fr", {**state("Algeria", "Alger"), **state("Morocco", "Rabat", "Maroc")})
    assert triples(rels) == [("algeria", "accuses", "morocco")]
    assert rels[0].cameo == "1125"  # accuse of espionage


def test_participial_clause_en_accusing():
    doc = build("en", """
        Islamabad Islamabad PROPN NNP nsubj 1
        summoned summon VERB VBD ROOT 1
        the the DET DT det 3
        envoy envoy NOUN NN dobj 1
        , , PUNCT , punct 5
        accusing accuse VERB VBG advcl 1
        Delhi Delhi PROPN NNP dobj 5
        of of ADP IN prep 5
        violating violate VERB VBG pcomp 7
        the the DET DT det 10
        ceasefire ceasefire NOUN NN dobj 8
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Pakistan", "Islamabad"), **state("India", "Delhi")})
    assert triples(rels) == [("pakistan", "accuses", "india")]


def test_quoted_cue_verb():
    doc = build("en", """
        Rivala Rivala PROPN NNP nsubj 3
        has have AUX VBZ aux 3
        ‘ ' PUNCT `` punct 3
        accused accuse VERB VBN ROOT 3
        ’ ' PUNCT '' punct 3
        the the DET DT det 6
        regulator regulator NOUN NN dobj 3
        of of ADP IN prep 6
        misleading mislead VERB VBG pcomp 7
        investors investor NOUN NNS dobj 8
        . . PUNCT . punct 3
    """)
    names = {"Rivala": Actor("rivala", "Rivala", "organization"), "regulator": Actor("regulator", "Energy Regulator", "organization")}
    assert triples(run(doc, "en", names)) == [("rivala", "accuses", "regulator")]


# --- several relations in one sentence ----------------------------------------------------------------

def test_blamed_each_other_gives_two_accusations():
    doc = build("en", """
        Serbia Serbia PROPN NNP nsubj 3
        and and CCONJ CC cc 0
        Kosovo Kosovo PROPN NNP conj 0
        blamed blame VERB VBD ROOT 3
        each each DET DT det 5
        other other ADJ JJ dobj 3
        . . PUNCT . punct 3
    """)
    rels = run(doc, "en", {**state("Serbia"), **state("Kosovo")})
    assert triples(rels) == [("kosovo", "accuses", "serbia"), ("serbia", "accuses", "kosovo")]
    assert len({r.id for r in rels}) == 2


def test_se_rejettent_mutuellement_la_responsabilite():
    doc = build("fr", """
        Kinshasa Kinshasa PROPN PROPN nsubj 4
        et et CCONJ CCONJ cc 2
        Kigali Kigali PROPN PROPN conj 0
        se se PRON PRON expl:pass 4
        rejettent rejeter VERB VERB ROOT 4
        mutuellement mutuellement ADV ADV advmod 4
        la le DET DET det 7
        responsabilité responsabilité NOUN NOUN obj 4
        des de ADP ADP case 9
        combats combat NOUN NOUN nmod 7
        . . PUNCT PUNCT punct 4
    """)
    rels = run(doc, "fr", {**state("DR Congo", "Kinshasa"), **state("Rwanda", "Kigali")})
    assert triples(rels) == [("dr congo", "accuses", "rwanda"), ("rwanda", "accuses", "dr congo")]


def test_the_two_sides_are_the_last_two_actors_named():
    first = build("en", """
        Clashes clash NOUN NNS nsubj 1
        pitted pit VERB VBD ROOT 1
        Sudan Sudan PROPN NNP dobj 1
        against against ADP IN prep 1
        Chad Chad PROPN NNP pobj 3
        . . PUNCT . punct 1
    """)
    second = build("en", """
        The the DET DT det 2
        two two NUM CD nummod 2
        sides side NOUN NNS nsubj 3
        blamed blame VERB VBD ROOT 3
        each each DET DT det 5
        other other ADJ JJ dobj 3
        . . PUNCT . punct 3
    """)
    rels = run(join(first, second), "en", {**state("Sudan"), **state("Chad")})
    assert triples(rels) == [("chad", "accuses", "sudan"), ("sudan", "accuses", "chad")]


def test_coordinated_speakers_each_speak():
    doc = build("en", """
        France France PROPN NNP nsubj 3
        and and CCONJ CC cc 0
        Germany Germany PROPN NNP conj 0
        condemned condemn VERB VBD ROOT 3
        the the DET DT det 6
        Iranian iranian ADJ JJ amod 6
        strike strike NOUN NN dobj 3
        . . PUNCT . punct 3
    """)
    rels = run(doc, "en", {**state("France"), **state("Germany"), **state("Iran", "Iranian")})
    assert triples(rels) == [("france", "accuses", "iran"), ("germany", "accuses", "iran")]


# --- nouns alone, narration, calls --------------------------------------------------------------------

def test_accusation_nouns_alone_make_no_relation():
    doc = build("en", """
        The the DET DT det 1
        accusations accusation NOUN NNS nsubj 2
        came come VERB VBD ROOT 2
        after after ADP IN prep 2
        clashes clash NOUN NNS pobj 3
        near near ADP IN prep 4
        Goma Goma PROPN NNP pobj 5
        . . PUNCT . punct 2
    """)
    assert run(doc, "en", {"Goma": Actor("goma", "Goma", "organization")}) == []


def test_ces_accusations_interviennent_make_no_relation():
    doc = build("fr", """
        Ces ce DET DET det 1
        accusations accusation NOUN NOUN nsubj 2
        interviennent intervenir VERB VERB ROOT 2
        après après ADP ADP case 5
        des un DET DET det 5
        combats combat NOUN NOUN obl:mod 2
        . . PUNCT PUNCT punct 2
    """)
    assert run(doc, "fr", {}) == []


def test_a_call_is_an_assertion_unless_it_charges():
    doc = build("en", """
        The the DET DT det 1
        EU EU PROPN NNP nsubj 2
        called call VERB VBD ROOT 2
        on on ADP IN prep 2
        both both DET DT det 5
        sides side NOUN NNS pobj 3
        to to PART TO aux 7
        show show VERB VB xcomp 2
        restraint restraint NOUN NN dobj 7
        . . PUNCT . punct 2
    """)
    rels = run(doc, "en", {"EU": Actor("eu", "European Union", "organization")})
    assert [(r.relation, r.cameo) for r in rels] == [("asserts", "020")]


def test_a_call_naming_an_alleged_plan_accuses():
    doc = build("en", """
        Yerevan Yerevan PROPN NNP nsubj 1
        urged urge VERB VBD ROOT 1
        allies ally NOUN NNS dobj 1
        to to PART TO aux 4
        thwart thwart VERB VB xcomp 1
        Baku Baku PROPN NNP poss 8
        's 's PART POS case 5
        alleged alleged ADJ JJ amod 8
        plans plan NOUN NNS dobj 4
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Armenia", "Yerevan"), **state("Azerbaijan", "Baku")})
    assert triples(rels) == [("armenia", "accuses", "azerbaijan")]


def test_a_threat_naming_military_force_is_coded_138():
    doc = build("en", """
        Pyongyang Pyongyang PROPN NNP nsubj 1
        threatened threaten VERB VBD ROOT 1
        to to PART TO aux 3
        take take VERB VB xcomp 1
        military military ADJ JJ amod 5
        action action NOUN NN dobj 3
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", state("North Korea", "Pyongyang"))
    assert [(r.relation, r.cameo) for r in rels] == [("asserts", "138")]


# --- speakers across sentences ------------------------------------------------------------------------

def test_speaker_named_then_quoted_in_the_next_paragraph():
    first = build("en", """
        " " PUNCT `` punct 6
        We we PRON PRP nsubj 3
        will will AUX MD aux 3
        respond respond VERB VB ccomp 6
        , , PUNCT , punct 6
        " " PUNCT '' punct 6
        said say VERB VBD ROOT 6
        Rutte Rutte PROPN NNP nsubj 6
        . . PUNCT . punct 6
    """)
    second = build("en", """
        " " PUNCT `` punct 2
        Russian russian ADJ JJ amod 2
        jets jet NOUN NNS nsubj 3
        violated violate VERB VBD ROOT 3
        our our PRON PRP$ poss 5
        airspace airspace NOUN NN dobj 3
        . . PUNCT . punct 3
        " " PUNCT '' punct 3
    """)
    doc = join(first, second)
    names = {"Rutte": Actor("rutte", "Mark Rutte", "person"), **state("Russia", "Russian")}
    rels = run(doc, "en", names)
    assert ("rutte", "accuses", "russia") in triples(rels)


def test_pronoun_speaker_continues_the_previous_speaker():
    first = build("en", """
        The the DET DT det 1
        ministry ministry NOUN NN nsubj 2
        accused accuse VERB VBD ROOT 2
        Minsk Minsk PROPN NNP dobj 2
        . . PUNCT . punct 2
    """)
    second = build("en", """
        It it PRON PRP nsubj 1
        said say VERB VBD ROOT 1
        talks talk NOUN NNS nsubj 3
        failed fail VERB VBD ccomp 1
        . . PUNCT . punct 1
    """)
    names = {"ministry": Actor("pl.mfa", "Ministry of Foreign Affairs of Poland", "organization"), **state("Belarus", "Minsk")}
    rels = run(join(first, second), "en", names)
    assert [(r.source.actor, r.relation) for r in rels] == [("pl.mfa", "accuses"), ("pl.mfa", "asserts")]


def test_counter_account_without_a_denial_word():
    first = build("en", """
        Taipei Taipei PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        Chinese chinese ADJ JJ amod 3
        warships warship NOUN NNS nsubj 4
        massed mass VERB VBD ccomp 1
        troops troop NOUN NNS dobj 4
        . . PUNCT . punct 1
    """)
    second = build("en", """
        Beijing Beijing PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        its its PRON PRP$ poss 3
        ships ship NOUN NNS nsubj 6
        were be AUX VBD aux 6
        simply simply ADV RB advmod 6
        training train VERB VBG ccomp 1
        . . PUNCT . punct 1
    """)
    rels = run(join(first, second), "en", {**state("Taiwan", "Taipei"), **state("China", "Beijing", "Chinese")})
    claim, counter = rels
    assert triples([claim]) == [("taiwan", "accuses", "china")]
    assert (counter.relation, counter.target.actor, counter.responds_to) == ("denies", "taiwan", (claim.id,))


# --- evidence and ids ---------------------------------------------------------------------------------

def test_ids_are_stable_and_evidence_indexes_the_text():
    doc = build("en", """
        Ukraine Ukraine PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        Russia Russia PROPN NNP dobj 1
        . . PUNCT . punct 1
    """)
    names = {**state("Ukraine"), **state("Russia")}
    first, again = run(doc, "en", names), run(doc, "en", names)
    assert [r.id for r in first] == [r.id for r in again]
    assert first[0].evidence.text == "Ukraine accused Russia"
    other = run(doc, "en", names, article_id="other.txt")
    assert other[0].id != first[0].id


# --- constructions read through parser errors and nominal acts ----------------------------------------

def test_french_verb_the_tagger_took_for_a_determiner():
    # the small French model tags « nié » as DET with lemma « nié »: the form still gives « nier »
    doc = build("fr", """
        Le le DET DET det 1
        Hezbollah Hezbollah PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        nié nié DET DET ROOT 3
        toute tout DET DET det 5
        implication implication NOUN NOUN obj 3
        . . PUNCT PUNCT punct 3
    """)
    rels = run(doc, "fr", {"Hezbollah": Actor("hezbollah", "Hezbollah", "group")})
    assert [(r.source.actor, r.relation, r.cameo) for r in rels] == [("hezbollah", "denies", "016")]


def test_nominal_accusation_with_maker_and_accused_fr():
    doc = build("fr", """
        Les le DET DET det 1
        accusations accusation NOUN NOUN nsubj:pass 10
        portées porter VERB VERB acl 1 VerbForm=Part
        par par ADP ADP case 4
        Kiev Kiev PROPN PROPN obl:agent 2
        contre contre ADP ADP case 6
        Budapest Budapest PROPN PROPN obl:arg 2
        ont avoir AUX AUX aux:tense 10
        été être AUX AUX aux:pass 10
        aussitôt aussitôt ADV ADV advmod 10
        balayées balayer VERB VERB ROOT 10 VerbForm=Part
        par par ADP ADP case 12
        Budapest Budapest PROPN PROPN obl:agent 10
        . . PUNCT PUNCT punct 10
    """)
    rels = run(doc, "fr", {**state("Ukraine", "Kiev"), **state("Hungary", "Budapest")})
    accusation = next(r for r in rels if r.relation == "accuses")
    denial = next(r for r in rels if r.relation == "denies")
    assert (accusation.source.actor, accusation.target.actor) == ("ukraine", "hungary")
    assert (denial.source.actor, denial.target.actor, denial.responds_to) == ("hungary", "ukraine", (accusation.id,))


def test_a_denial_noun_with_its_author_fr_le_dementi_de():
    doc = build("fr", """
        Le le DET DET det 1
        démenti démenti NOUN NOUN nsubj 5
        de de ADP ADP case 3
        Téhéran Téhéran PROPN PROPN nmod 1
        est être AUX AUX aux:tense 5
        intervenu intervenir VERB VERB ROOT 5
        après après ADP ADP case 8
        les le DET DET det 8
        accusations accusation NOUN NOUN obl:mod 5
        de de ADP ADP case 10
        Washington Washington PROPN PROPN nmod 8
        contre contre ADP ADP case 12
        Téhéran Téhéran PROPN PROPN nmod 8
        . . PUNCT PUNCT punct 5
    """)
    rels = run(doc, "fr", {**state("Iran", "Téhéran"), **state("United States", "Washington")})
    accusation = next(r for r in rels if r.relation == "accuses")
    denial = next(r for r in rels if r.relation == "denies")
    assert (accusation.source.actor, accusation.target.actor) == ("united states", "iran")
    assert denial.source.actor == "iran" and denial.responds_to == (accusation.id,)


def test_a_claim_supported_by_others_is_their_accusation_too():
    doc = build("en", """
        Kinshasa Kinshasa PROPN NNP nsubj 1
        accuses accuse VERB VBZ ROOT 1
        Kigali Kigali PROPN NNP dobj 1
        of of ADP IN prep 1
        backing back VERB VBG pcomp 3
        rebels rebel NOUN NNS dobj 4
        , , PUNCT , punct 1
        a a DET DT det 8
        claim claim NOUN NN appos 1
        denied deny VERB VBN acl 8
        by by ADP IN agent 9
        Kigali Kigali PROPN NNP pobj 10
        but but CCONJ CC cc 9
        supported support VERB VBN conj 9
        by by ADP IN agent 13
        Brussels Brussels PROPN NNP pobj 14
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("DR Congo", "Kinshasa"), **state("Rwanda", "Kigali"), **state("Belgium", "Brussels")})
    assert ("belgium", "accuses", "rwanda") in triples(rels)
    assert ("rwanda", "denies", "dr congo") in triples(rels)


def test_the_voice_an_institution_speaks_through():
    doc = build("en", """
        The the DET DT det 1
        EU EU PROPN NNP nsubj 5
        , , PUNCT , punct 1
        through through ADP IN prep 1
        Kallas Kallas PROPN NNP pobj 3
        urged urge VERB VBD ROOT 5
        restraint restraint NOUN NN dobj 5
        . . PUNCT . punct 5
    """)
    names = {"EU": Actor("eu", "European Union", "organization"),
             "Kallas": Actor("kallas", "Kaja Kallas", "person", part_of="eu")}
    assert [(r.source.actor, r.relation) for r in run(doc, "en", names)] == [("kallas", "asserts")]


def test_a_wrongdoing_qualified_through_a_pronoun():
    first = build("en", """
        The the DET DT det 2
        Israeli israeli ADJ JJ amod 2
        strike strike NOUN NN nsubj 3
        drew draw VERB VBD ROOT 3
        condemnation condemnation NOUN NN dobj 3
        . . PUNCT . punct 3
    """)
    second = build("en", """
        The the DET DT det 2
        Arab Arab PROPN NNP compound 2
        League League PROPN NNP nsubj 3
        called call VERB VBD ROOT 3
        it it PRON PRP dobj 3
        a a DET DT det 6
        violation violation NOUN NN oprd 3
        . . PUNCT . punct 3
    """)
    names = {**state("Israel", "Israeli"), "League": Actor("arab-league", "Arab League", "organization")}
    assert triples(run(join(first, second), "en", names)) == [("arab-league", "accuses", "israel")]


def test_presence_on_our_soil_is_a_charge():
    doc = build("en", """
        " " PUNCT `` punct 8
        The the DET DT det 3
        Rwandan rwandan ADJ JJ amod 3
        army army NOUN NN nsubj 4
        is be AUX VBZ ccomp 8
        on on ADP IN prep 4
        our our PRON PRP$ poss 7
        soil soil NOUN NN pobj 5
        said say VERB VBD ROOT 8
        Kinshasa Kinshasa PROPN NNP nsubj 8
        . . PUNCT . punct 8
    """)
    names = {**state("DR Congo", "Kinshasa"), "army": Actor("rwanda.af", "Rwanda Defence Force", "organization", part_of="rwanda"),
             **state("Rwanda")}
    assert triples(run(doc, "en", names)) == [("dr congo", "accuses", "rwanda.af")]


def test_an_appeal_naming_the_addressees_own_wrongdoing_accuses_but_a_plain_appeal_does_not():
    plain = build("en", """
        Paris Paris PROPN NNP nsubj 1
        urged urge VERB VBD ROOT 1
        Minsk Minsk PROPN NNP dobj 1
        to to PART TO aux 4
        release release VERB VB xcomp 1
        prisoners prisoner NOUN NNS dobj 4
        . . PUNCT . punct 1
    """)
    names = {**state("France", "Paris"), **state("Belarus", "Minsk")}
    assert [r.relation for r in run(plain, "en", names)] == ["asserts"]


def test_infinitive_goal_is_not_a_statement():
    doc = build("en", """
        Moscow Moscow PROPN NNP nsubj 1
        paid pay VERB VBD ROOT 1
        voters voter NOUN NNS dobj 1
        to to PART TO aux 4
        reject reject VERB VB advcl 1
        membership membership NOUN NN dobj 4
        . . PUNCT . punct 1
    """)
    assert run(doc, "en", state("Russia", "Moscow")) == []
