"""Clause boundaries and evidence spans of kg.extract, one construction per test, English and French.

Model-free: every Doc is built by hand (see ``test_extract_patterns.build``), so each test pins the
exact parse a rule reads, including the parser's usual mis-attachments. The sentences are written
for these tests, about conflicts and disputes that are in neither the seeds nor the dev set.
"""
from __future__ import annotations

from test_extract_patterns import build, run, state, triples

from kg.model import Actor


def person(name: str, owner: str | None = None, *aliases: str) -> dict:
    a = Actor(id=name.lower().replace(" ", "-"), label=name, kind="person", part_of=owner)
    return {n: a for n in (name, *aliases)}


def org(name: str, owner: str | None = None, *aliases: str) -> dict:
    a = Actor(id=name.lower().replace(" ", "-"), label=name, kind="organization", part_of=owner)
    return {n: a for n in (name, *aliases)}


def by_cue(rels, cue: str):
    return next(r for r in rels if r.cue.text == cue)


# --- coordinated verbs: one statement each, each with its own evidence ----------------------------------

def test_coordinated_verbs_each_give_a_statement_en():
    doc = build("en", """
        Ethiopia Ethiopia PROPN NNP nsubj 2
        has have AUX VBZ aux 2
        accused accuse VERB VBN ROOT 2 Tense=Past|VerbForm=Part
        Eritrea Eritrea PROPN NNP dobj 2
        of of ADP IN prep 2
        arming arm VERB VBG pcomp 4
        rebels rebel NOUN NNS dobj 5
        and and CCONJ CC cc 2
        called call VERB VBN conj 2 Tense=Past|VerbForm=Part
        for for ADP IN prep 8
        sanctions sanction NOUN NNS pobj 9
        . . PUNCT . punct 2
    """)
    rels = run(doc, "en", {**state("Ethiopia"), **state("Eritrea")})
    accusation, appeal = by_cue(rels, "accused"), by_cue(rels, "called")
    assert (accusation.relation, accusation.target.actor) == ("accuses", "eritrea")
    assert accusation.evidence.text == "Ethiopia has accused Eritrea of arming rebels"
    assert (appeal.source.actor, appeal.relation) == ("ethiopia", "asserts")
    assert appeal.evidence.text == "called for sanctions"


def test_coordinated_verbs_each_give_a_statement_fr():
    doc = build("fr", """
        Le le DET DET det 1
        Togo Togo PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        déclaré déclarer VERB VERB ROOT 3 VerbForm=Part
        qu' que SCONJ SCONJ mark 6
        il il PRON PRON nsubj 6
        regrettait regretter VERB VERB ccomp 3
        la le DET DET det 8
        décision décision NOUN NOUN obj 6
        et et CCONJ CCONJ cc 11
        a avoir AUX AUX aux:tense 11
        affirmé affirmer VERB VERB conj 3 VerbForm=Part
        qu' que SCONJ SCONJ mark 14
        il il PRON PRON nsubj 14
        resterait rester VERB VERB ccomp 11
        un un DET DET det 16
        partenaire partenaire NOUN NOUN xcomp 14
        . . PUNCT PUNCT punct 3
    """)
    rels = run(doc, "fr", {**state("Togo"), **state("Benin")})
    first, second = by_cue(rels, "déclaré"), by_cue(rels, "affirmé")
    assert first.evidence.text == "Le Togo a déclaré qu' il regrettait la décision"
    assert first.content.text == "qu' il regrettait la décision"
    assert second.evidence.text == "a affirmé qu' il resterait un partenaire"
    assert {first.source.actor, second.source.actor} == {"togo"}


def test_a_second_charge_is_not_a_second_statement_en():
    """"accused X of A and continuing to B": the gerund continues the charge, not the verb."""
    doc = build("en", """
        Niger Niger PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1 Tense=Past|VerbForm=Fin
        Benin Benin PROPN NNP dobj 1
        of of ADP IN prep 1
        hosting host VERB VBG pcomp 3
        troops troop NOUN NNS dobj 4
        and and CCONJ CC cc 1
        continuing continue VERB VBG conj 1 Aspect=Prog|VerbForm=Part
        to to PART TO aux 9
        block block VERB VB xcomp 7
        trade trade NOUN NN dobj 9
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Niger"), **state("Benin")})
    assert triples(rels) == [("niger", "accuses", "benin")]
    assert rels[0].evidence.text.endswith("and continuing to block trade")


def test_verb_hung_on_a_relative_clause_continues_the_main_clause_en():
    """"X accused Y of Z, which W denies, and called for…": the comma closes the relative clause."""
    doc = build("en", """
        Somalia Somalia PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1 Tense=Past|VerbForm=Fin
        Ethiopia Ethiopia PROPN NNP dobj 1
        of of ADP IN prep 1
        an a DET DT det 6
        illegal illegal ADJ JJ amod 6
        incursion incursion NOUN NN pobj 3
        , , PUNCT , punct 6
        which which PRON WDT dobj 10
        Ethiopia Ethiopia PROPN NNP nsubj 10
        denies deny VERB VBZ relcl 6 Tense=Pres|VerbForm=Fin
        , , PUNCT , punct 10
        and and CCONJ CC cc 10
        called call VERB VBD conj 10 Tense=Past|VerbForm=Fin
        for for ADP IN prep 13
        talks talk NOUN NNS pobj 14
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Somalia"), **state("Ethiopia")})
    accusation, denial, appeal = by_cue(rels, "accused"), by_cue(rels, "denies"), by_cue(rels, "called")
    assert accusation.evidence.text == "Somalia accused Ethiopia of an illegal incursion"
    assert (denial.source.actor, denial.relation, denial.target.actor) == ("ethiopia", "denies", "somalia")
    assert denial.responds_to == (accusation.id,)
    assert denial.evidence.text == "an illegal incursion , which Ethiopia denies"
    assert (appeal.source.actor, appeal.relation) == ("somalia", "asserts")
    assert appeal.evidence.text == "called for talks"


def test_cue_hung_on_the_reported_clause_is_the_reporters_en():
    """"Ruto said the army was securing the border and accused the rebels of…": "accused" has the
    tense of "said", not of "was securing"."""
    doc = build("en", """
        Kenya Kenya PROPN NNP nsubj 1
        said say VERB VBD ROOT 1 Tense=Past|VerbForm=Fin
        the the DET DT det 3
        army army NOUN NN nsubj 5
        was be AUX VBD aux 5
        securing secure VERB VBG ccomp 1 Aspect=Prog|Tense=Pres|VerbForm=Part
        the the DET DT det 7
        border border NOUN NN dobj 5
        and and CCONJ CC cc 5
        accused accuse VERB VBD conj 5 Tense=Past|VerbForm=Fin
        Shabaab Shabaab PROPN NNP dobj 9
        of of ADP IN prep 9
        shelling shell VERB VBG pcomp 11
        villages village NOUN NNS dobj 12
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Kenya"), **org("Shabaab"), **org("Kenyan army", "kenya", "army")})
    statement, accusation = by_cue(rels, "said"), by_cue(rels, "accused")
    assert (accusation.source.actor, accusation.relation, accusation.target.actor) == ("kenya", "accuses", "shabaab")
    assert accusation.evidence.text == "accused Shabaab of shelling villages"
    assert statement.content.text == "the army was securing the border"


def test_a_conjunct_of_the_reported_clause_in_its_own_tense_stays_there_en():
    """"X said Y lied and denied the facts": "denied" has the tense of "lied", it is Y's."""
    doc = build("en", """
        Chad Chad PROPN NNP nsubj 1
        said say VERB VBD ROOT 1 Tense=Past|VerbForm=Fin
        Sudan Sudan PROPN NNP nsubj 3
        lied lie VERB VBD ccomp 1 Tense=Past|VerbForm=Fin
        and and CCONJ CC cc 3
        denied deny VERB VBD conj 3 Tense=Past|VerbForm=Fin
        the the DET DT det 7
        facts fact NOUN NNS dobj 5
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Chad"), **state("Sudan")})
    assert by_cue(rels, "denied").source.actor == "sudan"


# --- appositions and relative clauses with a cue of their own close the clause -------------------------

def test_apposed_claim_noun_is_not_part_of_the_accusation_en():
    doc = build("en", """
        Mali Mali PROPN NNP nsubj 1
        accuses accuse VERB VBZ ROOT 1
        Algeria Algeria PROPN NNP dobj 1
        of of ADP IN prep 1
        sheltering shelter VERB VBG pcomp 3
        rebels rebel NOUN NNS dobj 4
        , , PUNCT , punct 1
        a a DET DT det 8
        claim claim NOUN NN dobj 1
        denied deny VERB VBN acl 8 Aspect=Perf|Tense=Past|VerbForm=Part
        by by ADP IN agent 9
        Algiers Algiers PROPN NNP pobj 10
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Mali"), **state("Algeria", "Algiers")})
    accusation, denial = by_cue(rels, "accuses"), by_cue(rels, "denied")
    assert accusation.evidence.text == "Mali accuses Algeria of sheltering rebels"
    assert denial.evidence.text == "a claim denied by Algiers"
    assert denial.responds_to == (accusation.id,)


def test_group_noun_whose_complement_the_parser_hung_on_the_verb_en():
    """"accused its rivals in the X movement of…": the rivals are X's."""
    doc = build("en", """
        Tigray Tigray PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        its its PRON PRP$ poss 3
        foes foe NOUN NNS dobj 1
        in in ADP IN prep 1
        the the DET DT det 7
        Fano Fano PROPN NNP compound 7
        militia militia NOUN NN pobj 4
        of of ADP IN prep 1
        looting loot VERB VBG pcomp 8
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**org("Tigray"), **org("Fano militia", None, "Fano")})
    assert triples(rels) == [("tigray", "accuses", "fano-militia")]


# --- where evidence starts ----------------------------------------------------------------------------

def test_evidence_starts_with_the_whole_subject_fr():
    doc = build("fr", """
        l' le DET DET det 1
        Ouganda Ouganda PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        accusé accuser VERB VERB ROOT 3 VerbForm=Part
        son son DET DET det 5
        voisin voisin NOUN NOUN obj 3
        de de ADP ADP mark 7
        masser masser VERB VERB xcomp 3 VerbForm=Inf
        des un DET DET det 9
        troupes troupe NOUN NOUN obj 7
        . . PUNCT PUNCT punct 3
    """)
    rels = run(doc, "fr", {**state("Uganda", "Ouganda"), **state("South Sudan", "voisin")})
    assert rels[0].evidence.text.startswith("l' Ouganda a accusé")


def test_evidence_starts_with_the_possessor_of_the_speaker_en():
    doc = build("en", """
        Puntland Puntland PROPN NNP poss 2
        's 's PART POS case 0
        army army NOUN NN nsubj 3
        said say VERB VBD ROOT 3
        Somaliland Somaliland PROPN NNP nsubj 5
        shelled shell VERB VBD ccomp 3
        Las Las PROPN NNP compound 7
        Anod Anod PROPN NNP dobj 5
        . . PUNCT . punct 3
    """)
    rels = run(doc, "en", {**org("Puntland army", "puntland", "army"), **state("Puntland"), **state("Somaliland")})
    assert triples(rels) == [("puntland-army", "accuses", "somaliland")]
    assert rels[0].evidence.text.startswith("Puntland 's army said")


def test_evidence_never_starts_in_a_dateline_glued_to_the_first_word():
    doc = build("en", """
        NAIROBI Nairobi PROPN NNP npadvmod 2
        (Example.am)—Kenya Kenya PROPN NNP nsubj 2
        accused accuse VERB VBD ROOT 2
        Somalia Somalia PROPN NNP dobj 2
        of of ADP IN prep 2
        shelling shell VERB VBG pcomp 4
        . . PUNCT . punct 2
    """)
    rels = run(doc, "en", {**state("Kenya", "(Example.am)—Kenya"), **state("Somalia")})
    assert rels[0].evidence.text == "Kenya accused Somalia of shelling"


# --- endorsements, absolute clauses, participles the parser misplaced -----------------------------------

def test_endorsers_of_a_claim_through_a_participle_hung_on_the_main_verb_en():
    """"X accuses Y of Z, a claim denied by Y, but supported by A, B and C": each endorser accuses Y."""
    doc = build("en", """
        Guinea Guinea PROPN NNP nsubj 1
        accuses accuse VERB VBZ ROOT 1 Tense=Pres|VerbForm=Fin
        its its PRON PRP$ poss 3
        neighbour neighbour ADJ JJ dobj 1
        Liberia Liberia PROPN NNP appos 3
        of of ADP IN prep 1
        arming arm VERB VBG pcomp 5
        rebels rebel NOUN NNS dobj 6
        , , PUNCT , punct 1
        a a DET DT det 10
        claim claim NOUN NN dobj 1
        denied deny VERB VBN acl 10 Tense=Past|VerbForm=Part
        by by ADP IN agent 11
        Monrovia Monrovia PROPN NNP pobj 12
        , , PUNCT , punct 1
        but but CCONJ CC cc 1
        supported support VERB VBN conj 1 Tense=Past|VerbForm=Part
        by by ADP IN agent 16
        Ghana Ghana PROPN NNP pobj 17
        and and CCONJ CC cc 18
        Senegal Senegal PROPN NNP conj 18
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Guinea"), **state("Liberia", "Monrovia"), **state("Ghana"), **state("Senegal")})
    assert triples(rels) == [("ghana", "accuses", "liberia"), ("guinea", "accuses", "liberia"),
                             ("liberia", "denies", "guinea"), ("senegal", "accuses", "liberia")]
    endorsement = next(r for r in rels if r.source.actor == "ghana")
    assert endorsement.evidence.text == "supported by Ghana and Senegal"
    assert by_cue(rels, "accuses").evidence.text == "Guinea accuses its neighbour Liberia of arming rebels"


def test_with_an_actor_saying_en():
    """"…, with a UN inquiry saying…": the inquiry speaks, and its words are not the accusation's."""
    doc = build("en", """
        Bamako Bamako PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        Wagner Wagner PROPN NNP dobj 1
        of of ADP IN prep 1
        executions execution NOUN NNS pobj 3
        , , PUNCT , punct 1
        with with ADP IN prep 1
        a a DET DT det 9
        UN UN PROPN NNP compound 9
        inquiry inquiry NOUN NN pobj 6
        saying say VERB VBG acl 9 Aspect=Prog|Tense=Pres|VerbForm=Part
        500 500 NUM CD nummod 12
        people people NOUN NNS nsubj 13
        died die VERB VBD ccomp 10
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Mali", "Bamako"), **org("Wagner"), **org("UN inquiry", None, "inquiry")})
    accusation, statement = by_cue(rels, "accused"), by_cue(rels, "saying")
    assert (accusation.target.actor, accusation.evidence.text) == ("wagner", "Bamako accused Wagner of executions")
    assert (statement.source.actor, statement.relation) == ("un-inquiry", "asserts")
    assert statement.content.text == "500 people died"


def test_with_an_actor_saying_fr():
    doc = build("fr", """
        Kiev Kiev PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        dénoncé dénoncer VERB VERB ROOT 2 Tense=Past|VerbForm=Part
        des un DET DET det 4
        frappes frappe NOUN NOUN obj 2
        , , PUNCT PUNCT punct 8
        avec avec ADP ADP case 8
        l' le DET DET det 8
        ONU ONU PROPN PROPN obl:mod 2
        affirmant affirmer VERB VERB acl 8 Tense=Pres|VerbForm=Part
        que que SCONJ SCONJ mark 12
        dix dix NUM NUM nsubj 12
        périssaient périr VERB VERB ccomp 9
        . . PUNCT PUNCT punct 2
    """)
    rels = run(doc, "fr", {**state("Ukraine", "Kiev"), **org("ONU")})
    statement = by_cue(rels, "affirmant")
    assert (statement.source.actor, statement.relation) == ("onu", "asserts")


def test_a_qualification_hung_on_the_denied_clause_is_the_deniers_en():
    """"X denied a claim that Y seized Z, calling it absurd": the parser hangs "calling" on "seized"."""
    doc = build("en", """
        Oman Oman PROPN NNP nsubj 1
        denied deny VERB VBD ROOT 1
        a a DET DT det 4
        Yemeni yemeni ADJ JJ amod 4
        claim claim NOUN NN dobj 1
        that that SCONJ IN mark 8
        the the DET DT det 7
        navy navy NOUN NN nsubj 8
        seized seize VERB VBD acl 4
        a a DET DT det 10
        dhow dhow NOUN NN dobj 8
        , , PUNCT , punct 8
        calling call VERB VBG advcl 8
        it it PRON PRP dobj 12
        absurd absurd ADJ JJ oprd 12
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Oman"), **state("Yemen", "Yemeni"), **org("Omani navy", "oman", "navy")})
    assert triples(rels) == [("oman", "denies", "yemen"), ("yemen", "accuses", "omani-navy")]
    claim = next(r for r in rels if r.relation == "accuses")
    assert claim.evidence.text == "Yemeni claim that the navy seized a dhow"


def test_the_next_quotation_continues_the_speaker_not_the_claim_it_reported_en():
    first = build("en", """
        Oman Oman PROPN NNP nsubj 1
        denied deny VERB VBD ROOT 1
        a a DET DT det 4
        Yemeni yemeni ADJ JJ amod 4
        claim claim NOUN NN dobj 1
        that that SCONJ IN mark 7
        Muscat Muscat PROPN NNP nsubj 7
        spied spy VERB VBD acl 4
        . . PUNCT . punct 1
    """)
    second = build("en", """
        " " PUNCT `` punct 3
        It it PRON PRP nsubj 2
        is be AUX VBZ ROOT 2
        false false ADJ JJ acomp 2
        . . PUNCT . punct 2
        " " PUNCT '' punct 2
    """)
    from test_extract_patterns import join
    doc = join(first, second)
    rels = run(doc, "en", {**state("Oman", "Muscat"), **state("Yemen", "Yemeni")})
    quoted = next(r for r in rels if r.evidence.text.startswith('"'))
    assert quoted.source.actor == "oman"


def test_a_past_participle_describes_who_underwent_it_fr():
    """« les groupes armés » are not charged with arming anyone."""
    doc = build("fr", """
        le le DET DET det 1
        Niger Niger PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        déclaré déclarer VERB VERB ROOT 3 Tense=Past|VerbForm=Part
        que que SCONJ SCONJ mark 8
        les le DET DET det 6
        groupes groupe NOUN NOUN nsubj 8
        armés armer VERB VERB acl 6 Tense=Past|VerbForm=Part
        reculaient reculer VERB VERB ccomp 3
        . . PUNCT PUNCT punct 3
    """)
    rels = run(doc, "fr", {**state("Niger"), **org("groupes armés", None, "groupes")})
    assert triples(rels) == [("niger", "asserts", None)]


def test_accused_named_after_a_date_tagged_as_an_adjective_fr():
    """« a impliqué jeudi la force armée X d'avoir… » with the tagger's adjective and a broken parse."""
    doc = build("fr", """
        le le DET DET det 1
        Tchad Tchad PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        accusé accuser VERB VERB ROOT 3 Tense=Past|VerbForm=Part
        jeudi jeudi NOUN NOUN xcomp 3
        la le DET DET det 7
        force force NOUN NOUN amod 7
        armée armé ADJ ADJ obj 4
        soudanaise soudanais ADJ ADJ amod 7
        d' de ADP ADP mark 11
        avoir avoir AUX AUX aux:tense 11
        franchi franchir VERB VERB acl 7 Tense=Past|VerbForm=Part
        la le DET DET det 13
        frontière frontière NOUN NOUN obj 11
        . . PUNCT PUNCT punct 3
    """)
    rels = run(doc, "fr", {**state("Chad", "Tchad"), **org("Sudanese Armed Forces", "sudan", "armée")})
    assert triples(rels) == [("chad", "accuses", "sudanese-armed-forces")]


# --- French speech tags and « selon elle » -------------------------------------------------------------

def test_selon_elle_inside_a_report_is_the_reporter_fr():
    doc = build("fr", """
        le le DET DET det 1
        Tchad Tchad PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        déclaré déclarer VERB VERB ROOT 3 Tense=Past|VerbForm=Part
        que que SCONJ SCONJ mark 7
        les le DET DET det 6
        raids raid NOUN NOUN nsubj 7
        venaient venir VERB VERB ccomp 3
        selon selon ADP ADP case 9
        elle lui PRON PRON nmod 7
        du de ADP ADP case 11
        Soudan Soudan PROPN PROPN obl 7
        . . PUNCT PUNCT punct 3
    """)
    # a resolver that takes « elle » for the nearest actor named, Sudan
    rels = run(doc, "fr", {**state("Chad", "Tchad"), **state("Sudan", "Soudan", "elle")})
    assert [r.source.actor for r in rels] == ["chad"]


def test_subject_closed_by_an_apposition_and_a_comma_fr():
    """« le ministre de l'Intérieur, Jean Kaboré, avait rappelé que… » with the verb parsed loose."""
    doc = build("fr", """
        le le DET DET det 1
        ministre ministre NOUN NOUN nsubj 1
        , , PUNCT PUNCT punct 3
        Jean Jean PROPN PROPN appos 1
        Kaboré Kaboré PROPN PROPN flat:name 3
        , , PUNCT PUNCT punct 7
        avait avoir AUX AUX aux:tense 7
        rappelé rappeler VERB VERB conj 1 Tense=Past|VerbForm=Part
        que que SCONJ SCONJ mark 10
        la le DET DET det 10
        frontière frontière NOUN NOUN nsubj 11
        restait rester VERB VERB ccomp 7
        fermée fermé ADJ ADJ xcomp 11
        . . PUNCT PUNCT punct 1
    """)
    rels = run(doc, "fr", {**person("Jean Kaboré", "burkina", "Kaboré", "ministre"), **state("Burkina")})
    assert [(r.source.actor, r.relation, r.cue.text) for r in rels] == [("jean-kaboré", "asserts", "rappelé")]


def test_inverted_speech_tag_whose_quotation_the_parser_tied_elsewhere_fr():
    """« "…", a indiqué à l'AFP une source militaire. » with the quotation hung on the sentence before."""
    doc = build("fr", """
        Bamako Bamako PROPN PROPN nsubj 1
        proteste protester VERB VERB ROOT 1
        . . PUNCT PUNCT punct 1
        " " PUNCT PUNCT punct 6
        Le le DET DET det 5
        vol vol NOUN NOUN nsubj 6
        était être AUX AUX acl 1
        autorisé autorisé ADJ ADJ xcomp 6
        " " PUNCT PUNCT punct 6
        , , PUNCT PUNCT punct 11
        a avoir AUX AUX aux:tense 11
        indiqué indiquer VERB VERB ROOT 11 Tense=Past|VerbForm=Part
        à à ADP ADP case 14
        l' le DET DET det 14
        AFP AFP PROPN PROPN obl:arg 11
        une un DET DET det 16
        source source NOUN NOUN obj 11
        française français ADJ ADJ amod 16
        . . PUNCT PUNCT punct 11
    """)
    rels = run(doc, "fr", {**state("Mali", "Bamako"), **org("French source", "france", "source"), **state("France")})
    quoted = next(r for r in rels if r.cue.text == "indiqué")
    assert quoted.source.actor == "french-source"
    assert quoted.content.text.startswith('" Le vol')


# --- typing -------------------------------------------------------------------------------------------

def test_the_work_of_an_actor_is_a_charge_en():
    doc = build("en", """
        Kabul Kabul PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 3
        blasts blast NOUN NNS nsubj 4
        were be AUX VBD ccomp 1
        the the DET DT det 6
        work work NOUN NN attr 4
        of of ADP IN prep 6
        ISIS-K ISIS-K PROPN NNP pobj 7
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Afghanistan", "Kabul"), **org("ISIS-K")})
    assert triples(rels) == [("afghanistan", "accuses", "isis-k")]


def test_le_fait_de_is_a_charge_fr():
    doc = build("fr", """
        le le DET DET det 1
        Niger Niger PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        affirmé affirmer VERB VERB ROOT 3 Tense=Past|VerbForm=Part
        que que SCONJ SCONJ mark 9
        les le DET DET det 6
        attaques attaque NOUN NOUN nsubj 9
        étaient être AUX AUX cop 9
        le le DET DET det 9
        fait fait NOUN NOUN ccomp 3
        de de ADP ADP case 11
        Boko_Haram Boko_Haram PROPN PROPN nmod 9
        . . PUNCT PUNCT punct 3
    """)
    rels = run(doc, "fr", {**state("Niger"), **org("Boko Haram")})
    assert triples(rels) == [("niger", "accuses", "boko-haram")]


def test_denouncing_a_treaty_accuses_no_one_en():
    doc = build("en", """
        Niamey Niamey PROPN NNP nsubj 1
        denounced denounce VERB VBD ROOT 1
        the the DET DT det 4
        defence defence NOUN NN compound 4
        agreements agreement NOUN NNS dobj 1
        with with ADP IN prep 4
        France France PROPN NNP pobj 5
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Niger", "Niamey"), **state("France")})
    assert [(r.relation, r.target, r.cameo) for r in rels] == [("asserts", None, "160")]


def test_denoncer_un_accord_accuses_no_one_fr():
    doc = build("fr", """
        le le DET DET det 1
        Burkina Burkina PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        dénoncé dénoncer VERB VERB ROOT 3 Tense=Past|VerbForm=Part
        l' le DET DET det 5
        accord accord NOUN NOUN obj 3
        avec avec ADP ADP case 7
        Paris Paris PROPN PROPN nmod 5
        . . PUNCT PUNCT punct 3
    """)
    rels = run(doc, "fr", {**state("Burkina"), **state("France", "Paris")})
    assert [(r.relation, r.target, r.cameo) for r in rels] == [("asserts", None, "160")]


def test_justification_after_a_charge_is_a_counter_account_en():
    claim = build("en", """
        Lithuania Lithuania PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        Belarus Belarus PROPN NNP dobj 1
        of of ADP IN prep 1
        violating violate VERB VBG pcomp 3
        its its PRON PRP$ poss 6
        airspace airspace NOUN NN dobj 4
        . . PUNCT . punct 1
    """)
    answer = build("en", """
        Minsk Minsk PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 3
        flight flight NOUN NN nsubjpass 5
        was be AUX VBD auxpass 5
        authorised authorise VERB VBN ccomp 1
        . . PUNCT . punct 1
    """)
    from test_extract_patterns import join
    rels = run(join(claim, answer), "en", {**state("Lithuania"), **state("Belarus", "Minsk")})
    accusation, denial = rels
    assert (denial.relation, denial.source.actor, denial.target.actor) == ("denies", "belarus", "lithuania")
    assert denial.responds_to == (accusation.id,)


def test_justification_after_a_charge_is_a_counter_account_fr():
    claim = build("fr", """
        Vilnius Vilnius PROPN PROPN nsubj 1
        accuse accuser VERB VERB ROOT 1
        Minsk Minsk PROPN PROPN obj 1
        de de ADP ADP mark 4
        violer violer VERB VERB xcomp 1 VerbForm=Inf
        son son DET DET det 6
        espace espace NOUN NOUN obj 4
        . . PUNCT PUNCT punct 1
    """)
    answer = build("fr", """
        Minsk Minsk PROPN PROPN nsubj 1
        affirme affirmer VERB VERB ROOT 1
        que que SCONJ SCONJ mark 6
        le le DET DET det 4
        vol vol NOUN NOUN nsubj:pass 6
        était être AUX AUX aux:pass 6
        autorisé autoriser VERB VERB ccomp 1 Tense=Past|VerbForm=Part
        . . PUNCT PUNCT punct 1
    """)
    from test_extract_patterns import join
    rels = run(join(claim, answer), "fr", {**state("Lithuania", "Vilnius"), **state("Belarus", "Minsk")})
    accusation, denial = rels
    assert (denial.relation, denial.source.actor, denial.responds_to) == ("denies", "belarus", (accusation.id,))


def test_a_plain_statement_after_a_charge_stays_a_statement_en():
    claim = build("en", """
        Lithuania Lithuania PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        Belarus Belarus PROPN NNP dobj 1
        of of ADP IN prep 1
        violating violate VERB VBG pcomp 3
        its its PRON PRP$ poss 6
        airspace airspace NOUN NN dobj 4
        . . PUNCT . punct 1
    """)
    answer = build("en", """
        Minsk Minsk PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 3
        flight flight NOUN NN nsubj 4
        landed land VERB VBD ccomp 1
        . . PUNCT . punct 1
    """)
    from test_extract_patterns import join
    rels = run(join(claim, answer), "en", {**state("Lithuania"), **state("Belarus", "Minsk")})
    assert [r.relation for r in rels] == ["accuses", "asserts"]


# --- wrongdoings named by a definite description --------------------------------------------------------

def _two(lang, first, second):
    from test_extract_patterns import join
    return join(build(lang, first), build(lang, second))


def test_the_flight_refers_back_to_the_flight_with_a_doer_en():
    doc = _two("en", """
        Cyprus Cyprus PROPN NNP nsubj 1
        protested protest VERB VBD ROOT 1
        a a DET DT det 5
        Turkish turkish ADJ JJ amod 5
        drone drone NOUN NN compound 5
        flight flight NOUN NN dobj 1
        . . PUNCT . punct 1
    """, """
        Nicosia Nicosia PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 3
        flight flight NOUN NN nsubj 4
        was be AUX VBD ccomp 1
        a a DET DT det 6
        violation violation NOUN NN attr 4
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Cyprus", "Nicosia"), **state("Turkey", "Turkish")})
    assert triples(rels) == [("cyprus", "accuses", "turkey"), ("cyprus", "accuses", "turkey")]


def test_protesting_the_incident_accuses_who_did_it_fr():
    doc = _two("fr", """
        des un DET DET det 1
        soldats soldat NOUN NOUN nsubj 4
        soudanais soudanais ADJ ADJ amod 1
        ont avoir AUX AUX aux:tense 4
        tiré tirer VERB VERB ROOT 4 Tense=Past|VerbForm=Part
        sur sur ADP ADP case 7
        des un DET DET det 7
        fermiers fermier NOUN NOUN obl:arg 4
        . . PUNCT PUNCT punct 4
    """, """
        l' le DET DET det 1
        Éthiopie Éthiopie PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        dénoncé dénoncer VERB VERB ROOT 3 Tense=Past|VerbForm=Part
        l' le DET DET det 5
        incident incident NOUN NOUN obj 3
        . . PUNCT PUNCT punct 3
    """)
    rels = run(doc, "fr", {**state("Ethiopia", "Éthiopie"), **state("Sudan", "soldats")})
    assert triples(rels) == [("ethiopia", "accuses", "sudan")]


def test_the_incident_called_a_violation_takes_the_accused_of_the_charge_before_en():
    """"accused the army of crossing…" (the object does the crossing), then "the incident, which X
    called a violation"."""
    doc = _two("en", """
        Observers observer NOUN NNS nsubj 1
        accused accuse VERB VBD ROOT 1
        the the DET DT det 4
        Eritrean eritrean ADJ JJ amod 4
        army army NOUN NN dobj 1
        of of ADP IN prep 1
        illegally illegally ADV RB advmod 7
        crossing cross VERB VBG pcomp 5
        the the DET DT det 9
        border border NOUN NN dobj 7
        . . PUNCT . punct 1
    """, """
        Soldiers soldier NOUN NNS nsubj 1
        died die VERB VBD ROOT 1
        in in ADP IN prep 1
        the the DET DT det 4
        incident incident NOUN NN pobj 2
        , , PUNCT , punct 4
        which which PRON WDT dobj 9
        Addis Addis PROPN NNP compound 8
        Ababa Ababa PROPN NNP nsubj 9
        called call VERB VBD relcl 4
        a a DET DT det 11
        violation violation NOUN NN oprd 9
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Ethiopia", "Ababa"), **org("Eritrean army", "eritrea", "army"), **state("Eritrea", "Eritrean")})
    called = by_cue(rels, "called")
    assert (called.source.actor, called.relation, called.target.actor) == ("ethiopia", "accuses", "eritrean-army")


def test_the_attacks_may_amount_to_war_crimes_after_thousands_of_strikes_en():
    doc = _two("en", """
        The the DET DT det 1
        junta junta NOUN NN nsubj 3
        has have AUX VBZ aux 3
        launched launch VERB VBN ROOT 3
        dozens dozen NOUN NNS dobj 3
        of of ADP IN prep 4
        air air NOUN NN compound 7
        strikes strike NOUN NNS pobj 5
        . . PUNCT . punct 3
    """, """
        Amnesty Amnesty PROPN NNP nsubj 1
        says say VERB VBZ ROOT 1
        the the DET DT det 3
        attacks attack NOUN NNS nsubj 5
        may may AUX MD aux 5
        amount amount VERB VB ccomp 1
        to to ADP IN prep 5
        war war NOUN NN compound 8
        crimes crime NOUN NNS pobj 6
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**org("Myanmar junta", "myanmar", "junta"), **state("Myanmar"), **org("Amnesty")})
    assert triples(rels) == [("amnesty", "accuses", "myanmar-junta")]


def test_an_indefinite_incident_refers_back_to_nothing_en():
    doc = _two("en", """
        Rebels rebel NOUN NNS nsubj 1
        shelled shell VERB VBD ROOT 1
        Goma Goma PROPN NNP dobj 1
        . . PUNCT . punct 1
    """, """
        Uganda Uganda PROPN NNP nsubj 1
        condemned condemn VERB VBD ROOT 1
        an a DET DT det 3
        attack attack NOUN NN dobj 1
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Uganda"), **org("M23", None, "Rebels")})
    assert triples(rels) == [("uganda", "asserts", None)]


def test_denouncing_accords_the_parser_did_not_take_for_the_object_fr():
    """« ont dénoncé la semaine dernière ces accords, ce que Paris a rejeté »: « accords » hung on the date."""
    doc = build("fr", """
        Ouagadougou Ouagadougou PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        dénoncé dénoncer VERB VERB ROOT 2 Tense=Past|VerbForm=Part
        la le DET DET det 4
        semaine semaine NOUN NOUN obl:mod 2
        dernière dernier ADJ ADJ amod 7
        ces ce DET DET det 7
        accords accord NOUN NOUN nmod 4
        , , PUNCT PUNCT punct 2
        ce ce PRON PRON dep 2
        que que PRON PRON obj 13
        Paris Paris PROPN PROPN nsubj 13
        a avoir AUX AUX aux:tense 13
        rejeté rejeter VERB VERB acl:relcl 9 Tense=Past|VerbForm=Part
        . . PUNCT PUNCT punct 2
    """)
    rels = run(doc, "fr", {**state("Burkina Faso", "Ouagadougou"), **state("France", "Paris")})
    withdrawal, denial = by_cue(rels, "dénoncé"), by_cue(rels, "rejeté")
    assert (withdrawal.relation, withdrawal.cameo, withdrawal.target) == ("asserts", "160", None)
    assert withdrawal.evidence.text == "Ouagadougou a dénoncé la semaine dernière ces accords"
    assert (denial.source.actor, denial.relation, denial.target.actor) == ("france", "denies", "burkina faso")
    assert denial.responds_to == (withdrawal.id,)


def test_a_relative_object_with_a_mislabelled_passive_subject_is_active_fr():
    """« ce que Paris a rejeté » with "Paris" labelled a passive subject: an object means active."""
    doc = build("fr", """
        Bamako Bamako PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        accusé accuser VERB VERB ROOT 2 Tense=Past|VerbForm=Part
        Paris Paris PROPN PROPN obj 2
        d' de ADP ADP mark 5
        espionner espionner VERB VERB xcomp 2 VerbForm=Inf
        , , PUNCT PUNCT punct 7
        ce ce PRON PRON appos 3
        que que PRON PRON obj 11
        Paris Paris PROPN PROPN nsubj:pass 11
        a avoir AUX AUX aux:tense 11
        rejeté rejeter VERB VERB acl:relcl 7 Tense=Past|VerbForm=Part|Voice=Pass
        . . PUNCT PUNCT punct 2
    """)
    rels = run(doc, "fr", {**state("Mali", "Bamako"), **state("France", "Paris")})
    assert triples(rels) == [("france", "denies", "mali"), ("mali", "accuses", "france")]


# --- French parses the small model gets wrong ----------------------------------------------------------

def test_passive_agent_hung_on_the_date_fr():
    """« ont été rejetées mercredi par leur porte-parole » with "par …" hung on « mercredi »."""
    doc = build("fr", """
        les le DET DET det 1
        accusations accusation NOUN NOUN nsubj:pass 4
        ont avoir AUX AUX aux:tense 4
        été être AUX AUX aux:pass 4
        rejetées rejeter VERB VERB ROOT 4 Tense=Past|VerbForm=Part|Voice=Pass
        mercredi mercredi NOUN NOUN obl:mod 4
        par par ADP ADP case 7
        Kigali Kigali PROPN PROPN obl:agent 5
        . . PUNCT PUNCT punct 4
    """)
    rels = run(doc, "fr", {**state("Rwanda", "Kigali")})
    assert triples(rels) == [("rwanda", "denies", None)]


def test_claim_maker_through_a_participle_on_the_complement_fr():
    """« a contesté les accusations de fraude formulées par X contre sa filiale »."""
    doc = build("fr", """
        Orano Orano PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        contesté contester VERB VERB ROOT 2 Tense=Past|VerbForm=Part
        les le DET DET det 4
        accusations accusation NOUN NOUN obj 2
        de de ADP ADP case 6
        fraude fraude NOUN NOUN nmod 4
        formulées formuler VERB VERB acl 6 Tense=Past|VerbForm=Part
        par par ADP ADP case 9
        Niamey Niamey PROPN PROPN obl:agent 7
        contre contre ADP ADP case 12
        sa son DET DET det 12
        filiale filiale NOUN NOUN nmod 9
        . . PUNCT PUNCT punct 2
    """)
    rels = run(doc, "fr", {**org("Orano", None, "filiale"), **state("Niger", "Niamey")})
    claim = next(r for r in rels if r.relation == "accuses")
    denial = next(r for r in rels if r.relation == "denies")
    assert (claim.source.actor, claim.target.actor) == ("niger", "orano")
    assert (denial.source.actor, denial.target.actor, denial.responds_to) == ("orano", "niger", (claim.id,))


def test_presence_on_our_soil_with_a_copula_fr():
    doc = build("fr", """
        « « PUNCT PUNCT punct 3
        l' le DET DET det 2
        armée armée NOUN NOUN nsubj 3
        burundaise burundais VERB VERB ROOT 3 Tense=Past|VerbForm=Part
        est être AUX AUX cop 5
        présente présent ADJ ADJ xcomp 3
        sur sur ADP ADP case 8
        notre notre DET DET det 8
        sol sol NOUN NOUN obl:mod 5
        » » PUNCT PUNCT punct 3
        , , PUNCT PUNCT punct 12
        a avoir AUX AUX aux:tense 12
        affirmé affirmer VERB VERB parataxis 3 Tense=Past|VerbForm=Part
        Kinshasa Kinshasa PROPN PROPN obj 12
        . . PUNCT PUNCT punct 3
    """)
    rels = run(doc, "fr", {**state("DR Congo", "Kinshasa"), **org("Burundian army", "burundi", "armée"), **state("Burundi")})
    assert triples(rels) == [("dr congo", "accuses", "burundian-army")]


def test_reflexive_accusation_the_parser_took_for_an_adjective_fr():
    """« Les deux camps s'accusent mutuellement d'avoir… » parsed with « mutuellement » as the head."""
    first = build("fr", """
        l' le DET DET det 1
        Arménie Arménie PROPN PROPN nsubj 6
        et et CCONJ CCONJ cc 4
        l' le DET DET det 4
        Azerbaïdjan Azerbaïdjan PROPN PROPN conj 1
        s' se PRON PRON expl:comp 6
        affrontent affronter VERB VERB ROOT 6
        . . PUNCT PUNCT punct 6
    """)
    second = build("fr", """
        Les le DET DET det 2
        deux deux NUM NUM nummod 2
        camps camp NOUN NOUN nsubj 5
        s' se PRON PRON cop 5
        accusent accusent ADJ ADJ amod 5
        mutuellement mutuellement NOUN NOUN ROOT 5
        d' de ADP ADP mark 8
        avoir avoir AUX AUX aux:tense 8
        tiré tirer VERB VERB acl 5 Tense=Past|VerbForm=Part
        . . PUNCT PUNCT punct 5
    """)
    from test_extract_patterns import join
    doc = join(first, second)
    rels = run(doc, "fr", {**state("Armenia", "Arménie"), **state("Azerbaijan", "Azerbaïdjan")})
    assert triples(rels) == [("armenia", "accuses", "azerbaijan"), ("azerbaijan", "accuses", "armenia")]
    assert rels[0].evidence.text.endswith("s' accusent mutuellement d' avoir tiré")


def test_participle_naming_the_doer_hung_on_the_accusation_verb_fr():
    """« a dénoncé le passage de migrants, organisé selon lui par Minsk » (the participle hung on the verb)."""
    doc = build("fr", """
        Vilnius Vilnius PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        dénoncé dénoncer VERB VERB ROOT 2 Tense=Past|VerbForm=Part
        le le DET DET det 4
        passage passage NOUN NOUN obj 2
        de de ADP ADP case 6
        migrants migrant NOUN NOUN nmod 4
        , , PUNCT PUNCT punct 8
        organisé organiser VERB VERB advcl 2 Tense=Past|VerbForm=Part
        par par ADP ADP case 10
        Minsk Minsk PROPN PROPN obl:agent 8
        . . PUNCT PUNCT punct 2
    """)
    rels = run(doc, "fr", {**state("Lithuania", "Vilnius"), **state("Belarus", "Minsk")})
    assert triples(rels) == [("lithuania", "accuses", "belarus")]


def test_charge_verb_tagged_as_an_adverb_and_a_t_il_declare_fr():
    """« « Les Émirats financent la guerre », a-t-il déclaré » with « financent » tagged an adverb and the
    quotation tied to nothing."""
    first = build("fr", """
        le le DET DET det 1
        ministre ministre NOUN NOUN nsubj 2
        parle parler VERB VERB ROOT 2
        . . PUNCT PUNCT punct 2
    """)
    second = build("fr", """
        « « ADJ ADJ ROOT 0
        les le DET DET det 2
        Émirats émirat NOUN NOUN nsubj 3
        financent financent ADV ADV advmod 6
        la le DET DET det 5
        guerre guerre NOUN NOUN obj 3
        » » PUNCT PUNCT ROOT 6
        , , PUNCT PUNCT punct 11
        a avoir AUX AUX aux:tense 11
        -t -t PRON PRON expl:subj 11
        -il il PRON PRON expl:subj 11
        déclaré déclarer VERB VERB ROOT 11 Tense=Past|VerbForm=Part
        . . PUNCT PUNCT punct 11
    """)
    from test_extract_patterns import join
    doc = join(first, second)
    rels = run(doc, "fr", {**person("Ali Youssif", "sudan", "ministre", "-il"), **state("Sudan"),
                           **state("United Arab Emirates", "Émirats")})
    assert triples(rels) == [("ali-youssif", "accuses", "united arab emirates")]


# --- lexicon: locutions and wrongdoing verbs ----------------------------------------------------------

def test_mettre_en_garde_is_a_warning_and_mettre_en_cause_an_accusation_fr():
    warning = build("fr", """
        Pékin Pékin PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        mis mettre VERB VERB ROOT 2 Tense=Past|VerbForm=Part
        en en ADP ADP case 4
        garde garde NOUN NOUN obl:arg 2
        Manille Manille PROPN PROPN obj 2
        . . PUNCT PUNCT punct 2
    """)
    rels = run(warning, "fr", {**state("China", "Pékin"), **state("Philippines", "Manille")})
    assert [(r.relation, r.cameo) for r in rels] == [("asserts", "130")]
    blame = build("fr", """
        Amnesty Amnesty PROPN PROPN nsubj 1
        met mettre VERB VERB ROOT 1
        en en ADP ADP case 3
        cause cause NOUN NOUN obl:arg 1
        l' le DET DET det 5
        armée armée NOUN NOUN obj 1
        . . PUNCT PUNCT punct 1
    """)
    rels = run(blame, "fr", {**org("Amnesty"), **org("Malian army", "mali", "armée"), **state("Mali")})
    assert triples(rels) == [("amnesty", "accuses", "malian-army")]


def test_funnelling_millions_of_euros_is_a_charge_en():
    doc = build("en", """
        Chisinau Chisinau PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        Moscow Moscow PROPN NNP nsubj 4
        had have AUX VBD aux 4
        funnelled funnel VERB VBN ccomp 1
        millions million NOUN NNS dobj 4
        of of ADP IN prep 5
        euros euro NOUN NNS pobj 6
        to to ADP IN prep 4
        parties party NOUN NNS pobj 8
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Moldova", "Chisinau"), **state("Russia", "Moscow")})
    assert triples(rels) == [("moldova", "accuses", "russia")]


def test_strangling_an_economy_is_a_charge_fr():
    doc = build("fr", """
        Tiraspol Tiraspol PROPN PROPN nsubj 1
        affirme affirmer VERB VERB ROOT 1
        que que SCONJ SCONJ mark 4
        Chisinau Chisinau PROPN PROPN nsubj 4
        étrangle étrangler VERB VERB ccomp 1
        son son DET DET det 6
        économie économie NOUN NOUN obj 4
        . . PUNCT PUNCT punct 1
    """)
    rels = run(doc, "fr", {**org("Transnistria", None, "Tiraspol"), **state("Moldova", "Chisinau")})
    assert triples(rels) == [("transnistria", "accuses", "moldova")]


# --- what a speech tag reports ------------------------------------------------------------------------

def test_relative_pronoun_subject_of_the_reported_clause_en():
    """"the ship that they allege had been seized by X": the parser hung "had been seized" elsewhere."""
    doc = build("en", """
        Tehran Tehran PROPN NNP nsubj 1
        recovered recover VERB VBD ROOT 1
        a a DET DT det 3
        ship ship NOUN NN dobj 1
        that that PRON WDT dobj 6
        they they PRON PRP nsubj 6
        allege allege VERB VBP relcl 3
        had have AUX VBD aux 9
        been be AUX VBN auxpass 9
        seized seize VERB VBN advcl 1
        by by ADP IN agent 9
        Washington Washington PROPN NNP pobj 10
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Iran", "Tehran", "they"), **state("United States", "Washington")})
    allegation = by_cue(rels, "allege")
    assert (allegation.relation, allegation.target.actor) == ("accuses", "united states")
    assert allegation.content.text == "had been seized by Washington"


def test_writing_to_someone_is_not_a_statement_en():
    doc = build("en", """
        Celtic Celtic PROPN NNP nsubj 2
        has have AUX VBZ aux 2
        written write VERB VBN ROOT 2
        to to ADP IN prep 2
        UEFA UEFA PROPN NNP pobj 3
        . . PUNCT . punct 2
    """)
    assert run(doc, "en", {**org("Celtic"), **org("UEFA")}) == []


def test_inverted_tag_closing_a_sentence_with_quoted_words_inside_fr():
    """« Les "troupes" ont franchi "la ligne" à "5 heures", a indiqué X »: the whole sentence, not the
    last quotation."""
    doc = build("fr", """
        Les le DET DET det 2
        " " PUNCT PUNCT punct 2
        troupes troupe NOUN NOUN nsubj 5
        " " PUNCT PUNCT punct 2
        ont avoir AUX AUX aux:tense 5
        franchi franchir VERB VERB ROOT 5 Tense=Past|VerbForm=Part
        " " PUNCT PUNCT punct 8
        la le DET DET det 8
        ligne ligne NOUN NOUN obj 5
        " " PUNCT PUNCT punct 8
        , , PUNCT PUNCT punct 12
        a avoir AUX AUX aux:tense 12
        indiqué indiquer VERB VERB parataxis 5 Tense=Past|VerbForm=Part
        Bakou Bakou PROPN PROPN obj 12
        . . PUNCT PUNCT punct 5
    """)
    rels = run(doc, "fr", {**state("Azerbaijan", "Bakou")})
    assert rels[0].content.text.startswith("Les")


def test_participle_reporting_what_follows_a_colon_fr():
    doc = build("fr", """
        le le DET DET det 1
        Togo Togo PROPN PROPN nsubj 2
        proteste protester VERB VERB ROOT 2
        , , PUNCT PUNCT punct 4
        ajoutant ajouter VERB VERB advcl 2 Tense=Pres|VerbForm=Part
        : : PUNCT PUNCT punct 4
        " " PUNCT PUNCT punct 9
        tout tout PRON PRON nsubj 9
        est être AUX AUX cop 9
        calme calme ADJ ADJ parataxis 4
        " " PUNCT PUNCT punct 9
        . . PUNCT PUNCT punct 2
    """)
    rels = run(doc, "fr", {**state("Togo")})
    added = by_cue(rels, "ajoutant")
    assert added.content.text == '" tout est calme "'
    assert added.evidence.text.startswith("ajoutant")


def test_the_two_sides_are_the_ones_kg_resolve_pairs_en():
    """"The two sides blamed each other" takes the pair ``ArticleActors.resolve_all`` gives, not the last
    two names before (a town here)."""
    from test_extract_patterns import NameTable, join
    from kg.extract import extract_relations
    from kg.model import ActorMention, Article

    first = build("en", """
        Tajik tajik ADJ JJ amod 3
        and and CCONJ CC cc 0
        Kyrgyz kyrgyz ADJ JJ conj 0
        guards guard NOUN NNS nsubj 4
        clashed clash VERB VBD ROOT 4
        near near ADP IN prep 4
        Vorukh Vorukh PROPN NNP pobj 5
        . . PUNCT . punct 4
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
    doc = join(first, second)
    names = {**state("Tajikistan", "Tajik"), **state("Kyrgyzstan", "Kyrgyz"), **state("Vorukh")}

    class Resolver(NameTable):
        def resolve_all(self, span):
            if "sides" not in span.text:
                return ()
            return tuple(ActorMention(a.id, span.text, span.start_char, span.end_char)
                         for a in (names["Tajik"], names["Kyrgyz"]))

    article = Article(id="t.txt", text=doc.text, language="en")
    rels = extract_relations(doc, article, Resolver(doc, names))
    assert triples(rels) == [("kyrgyzstan", "accuses", "tajikistan"), ("tajikistan", "accuses", "kyrgyzstan")]


# --- a quotation after the sentence where its speaker takes the floor ------------------------------------

def test_quotation_after_a_speaker_takes_the_floor_en():
    first = build("en", """
        Nairobi Nairobi PROPN NNP nsubj 1
        spoke speak VERB VBD ROOT 1
        to to ADP IN prep 1
        reporters reporter NOUN NNS pobj 2
        . . PUNCT . punct 1
    """)
    second = build("en", """
        " " PUNCT `` punct 3
        Somalia Somalia PROPN NNP nsubj 3
        is be AUX VBZ aux 3
        violating violate VERB VBG ROOT 3
        our our PRON PRP$ poss 5
        airspace airspace NOUN NN dobj 3
        . . PUNCT . punct 3
        " " PUNCT '' punct 3
    """)
    from test_extract_patterns import join
    rels = run(join(first, second), "en", {**state("Kenya", "Nairobi"), **state("Somalia")})
    assert triples(rels) == [("kenya", "accuses", "somalia")]


def test_the_statement_read_after_an_actor_issued_it_en():
    first = build("en", """
        Kyiv Kyiv PROPN NNP nsubj 1
        issued issue VERB VBD ROOT 1
        a a DET DT det 3
        statement statement NOUN NN dobj 1
        . . PUNCT . punct 1
    """)
    second = build("en", """
        " " PUNCT `` punct 2
        Moscow Moscow PROPN NNP nsubj 2
        shelled shell VERB VBD ROOT 2
        Kharkiv Kharkiv PROPN NNP dobj 2
        , , PUNCT , punct 2
        " " PUNCT '' punct 2
        the the DET DT det 7
        statement statement NOUN NN nsubj 8
        read read VERB VBD parataxis 2
        . . PUNCT . punct 2
    """)
    from test_extract_patterns import join
    rels = run(join(first, second), "en", {**state("Ukraine", "Kyiv"), **state("Russia", "Moscow")})
    assert triples(rels) == [("ukraine", "accuses", "russia")]


def test_quotation_after_a_speaker_takes_the_floor_fr():
    first = build("fr", """
        le le DET DET det 1
        ministre ministre NOUN NOUN nsubj 4
        s' se PRON PRON expl:comp 4
        est être AUX AUX aux:tense 4
        exprimé exprimer VERB VERB ROOT 4 Tense=Past|VerbForm=Part
        . . PUNCT PUNCT punct 4
    """)
    second = build("fr", """
        « « PUNCT PUNCT punct 3
        Alger Alger PROPN PROPN nsubj 3
        a avoir AUX AUX aux:tense 3
        violé violer VERB VERB ROOT 3 Tense=Past|VerbForm=Part
        notre notre DET DET det 5
        frontière frontière NOUN NOUN obj 3
        » » PUNCT PUNCT punct 3
    """)
    from test_extract_patterns import join
    rels = run(join(first, second), "fr", {**person("Abdoulaye Diop", "mali", "ministre"), **state("Mali"),
                                           **state("Algeria", "Alger")})
    assert triples(rels) == [("abdoulaye-diop", "accuses", "algeria")]


def test_a_quotation_after_a_sentence_with_no_speaker_stays_unattributed_en():
    first = build("en", """
        Fighting fighting NOUN NN nsubj 1
        resumed resume VERB VBD ROOT 1
        . . PUNCT . punct 1
    """)
    second = build("en", """
        " " PUNCT `` punct 2
        Somalia Somalia PROPN NNP nsubj 2
        attacked attack VERB VBD ROOT 2
        . . PUNCT . punct 2
        " " PUNCT '' punct 2
    """)
    from test_extract_patterns import join
    assert run(join(first, second), "en", {**state("Kenya"), **state("Somalia")}) == []


def test_verb_after_a_relative_clause_whose_antecedent_is_in_a_gerund_en():
    """"accused X of orchestrating the raid, which Y denies, and called for…": "called" continues
    "accused", not the gerund the antecedent hangs on."""
    doc = build("en", """
        Benin Benin PROPN NNP nsubj 2
        has have AUX VBZ aux 2
        accused accuse VERB VBN ROOT 2 Tense=Past|VerbForm=Part
        Niger Niger PROPN NNP dobj 2
        of of ADP IN prep 2
        orchestrating orchestrate VERB VBG pcomp 4 Aspect=Prog|Tense=Pres|VerbForm=Part
        the the DET DT det 7
        raid raid NOUN NN dobj 5
        , , PUNCT , punct 7
        which which PRON WDT dobj 11
        Niamey Niamey PROPN NNP nsubj 11
        denies deny VERB VBZ relcl 7 Tense=Pres|VerbForm=Fin
        , , PUNCT , punct 11
        and and CCONJ CC cc 11
        called call VERB VBD conj 11 Tense=Past|VerbForm=Fin
        for for ADP IN prep 14
        talks talk NOUN NNS pobj 15
        . . PUNCT . punct 2
    """)
    rels = run(doc, "en", {**state("Benin"), **state("Niger", "Niamey")})
    appeal = by_cue(rels, "called")
    assert (appeal.source.actor, appeal.evidence.text) == ("benin", "called for talks")
    assert triples(rels) == [("benin", "accuses", "niger"), ("benin", "asserts", None), ("niger", "denies", "benin")]


def test_accusing_x_of_y_is_wrong_denies_en():
    """'"Accusing Malawi of arming rebels is wrong," Lilongwe said' with the gerund tagged a name: the
    accusation is what is called false."""
    doc = build("en", """
        " " PUNCT `` punct 11
        Accusing Accusing PROPN NNP csubj 6
        Zambia Zambia PROPN NNP dobj 1
        of of ADP IN prep 1
        arming arm VERB VBG pcomp 3
        rebels rebel NOUN NNS dobj 4
        is be AUX VBZ ccomp 11
        wrong wrong ADJ JJ acomp 6
        , , PUNCT , punct 11
        " " PUNCT '' punct 11
        Lilongwe Lilongwe PROPN NNP nsubj 11
        said say VERB VBD ROOT 11
        . . PUNCT . punct 11
    """)
    rels = run(doc, "en", {**state("Malawi", "Lilongwe"), **state("Zambia")})
    assert [(r.source.actor, r.relation) for r in rels] == [("malawi", "denies")]


def test_accuser_x_de_y_est_faux_denies_fr():
    """« "Accuser X de Y est faux", a déclaré Z » with the infinitive parsed as a sentence of its own."""
    doc = build("fr", """
        « « PUNCT PUNCT punct 1
        Accuser accuser VERB VERB ROOT 1 VerbForm=Inf
        Gitega Gitega PROPN PROPN obj 1
        de de ADP ADP mark 4
        mentir mentir VERB VERB xcomp 1 VerbForm=Inf
        est être AUX AUX cop 6
        faux faux ADJ ADJ amod 7
        » » PUNCT PUNCT punct 10
        , , PUNCT PUNCT punct 10
        a avoir AUX AUX aux:tense 10
        déclaré déclarer VERB VERB ROOT 10 Tense=Past|VerbForm=Part
        Gitega Gitega PROPN PROPN obj 10
        . . PUNCT PUNCT punct 10
    """)
    rels = run(doc, "fr", {**state("Burundi", "Gitega")})
    assert [r.relation for r in rels] == ["denies"]


def test_a_loose_verb_does_not_take_its_own_object_for_its_speaker_fr():
    """« Le parti au pouvoir accuse le groupe X de… » with « accuse » hung on « pouvoir »: the speaker is
    read in the words before the verb only (here no actor), never in the object."""
    doc = build("fr", """
        Le le DET DET det 1
        parti parti PROPN PROPN ROOT 1
        au au ADP ADP case 3
        pouvoir pouvoir NOUN NOUN nmod 1
        accuse accuser VERB VERB amod 3 Mood=Ind|Tense=Pres|VerbForm=Fin
        l' le DET DET det 6
        opposition opposition NOUN NOUN obj 4
        Fusion Fusion PROPN PROPN flat:name 6
        de de ADP ADP mark 9
        tricher tricher VERB VERB acl 1 VerbForm=Inf
        . . PUNCT PUNCT punct 1
    """)
    rels = run(doc, "fr", {**org("Fusion")})
    assert rels == []


def test_welcoming_the_words_before_the_speaker_en():
    """"<content>, X welcomed Wednesday": praise reports the clause the parser hung on it."""
    doc = build("en", """
        Kyiv Kyiv PROPN NNP nsubj 1
        retook retake VERB VBD advcl 6
        the the DET DT det 3
        city city NOUN NN dobj 1
        , , PUNCT , punct 6
        Zelensky Zelensky PROPN NNP nsubj 6
        welcomed welcome VERB VBD ROOT 6
        Wednesday Wednesday PROPN NNP npadvmod 6
        . . PUNCT . punct 6
    """)
    rels = run(doc, "en", {**state("Ukraine", "Kyiv"), **person("Volodymyr Zelensky", "ukraine", "Zelensky")})
    assert rels[0].content.text == "Kyiv retook the city"


def test_a_noun_with_a_preposition_is_no_reported_clause_fr():
    """« a dénoncé X auprès de Y qui ont, au demeurant, décidé… » with « au demeurant » parsed as the
    verb's clause."""
    doc = build("fr", """
        Bamako Bamako PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        dénoncé dénoncer VERB VERB ROOT 2 Tense=Past|VerbForm=Part
        cette ce DET DET det 4
        violation violation NOUN NOUN obj 2
        , , PUNCT PUNCT punct 2
        au au ADP ADP case 7
        demeurant demeurant NOUN NOUN xcomp 2
        , , PUNCT PUNCT punct 2
        grave grave ADJ ADJ amod 4
        . . PUNCT PUNCT punct 2
    """)
    rels = run(doc, "fr", {**state("Mali", "Bamako")})
    assert rels[0].content.text != "au demeurant"


def test_cited_as_saying_evidence_starts_with_who_cites_en():
    doc = build("en", """
        A a DET DT det 2
        Kenyan kenyan ADJ JJ amod 2
        statement statement NOUN NN nsubj 3
        cited cite VERB VBD ROOT 3
        them they PRON PRP dobj 3
        as as ADP IN prep 3
        saying say VERB VBG pcomp 5
        Somalia Somalia PROPN NNP nsubj 8
        attacked attack VERB VBD ccomp 6
        Mandera Mandera PROPN NNP dobj 8
        . . PUNCT . punct 3
    """)
    rels = run(doc, "en", {**state("Kenya", "Kenyan", "them"), **state("Somalia")})
    assert triples(rels) == [("kenya", "accuses", "somalia")]
    assert rels[0].evidence.text.startswith("A Kenyan statement cited them as saying")


# --- reciprocity and counter-accounts ------------------------------------------------------------------

def test_trading_accusations_is_two_accusations_not_a_denial_en():
    doc = build("en", """
        Israel Israel PROPN NNP nsubj 3
        and and CCONJ CC cc 0
        Hezbollah Hezbollah PROPN NNP conj 0
        traded trade VERB VBD ROOT 3
        accusations accusation NOUN NNS dobj 3
        . . PUNCT . punct 3
    """)
    rels = run(doc, "en", {**state("Israel"), **org("Hezbollah")})
    assert triples(rels) == [("hezbollah", "accuses", "israel"), ("israel", "accuses", "hezbollah")]


def test_pronominal_accusation_with_etre_is_not_a_passive_fr():
    """« Le Hamas et Israël se sont mutuellement accusés » (« être » + participle, a reflexive clitic)."""
    doc = build("fr", """
        l' le DET DET det 1
        Inde Inde PROPN PROPN nsubj:pass 7
        et et CCONJ CCONJ cc 3
        Pakistan Pakistan PROPN PROPN conj 1
        se se PRON PRON expl:comp 7
        sont être AUX AUX aux:tense 7
        mutuellement mutuellement ADV ADV advmod 7
        accusés accuser VERB VERB ROOT 7 Tense=Past|VerbForm=Part|Voice=Pass
        . . PUNCT PUNCT punct 7
    """)
    rels = run(doc, "fr", {**state("India", "Inde"), **state("Pakistan")})
    assert triples(rels) == [("india", "accuses", "pakistan"), ("pakistan", "accuses", "india")]


def test_saying_the_charged_event_never_happened_is_a_denial_en():
    doc = _two("en", """
        Vilnius Vilnius PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        Minsk Minsk PROPN NNP dobj 1
        of of ADP IN prep 1
        sending send VERB VBG pcomp 3
        drones drone NOUN NNS dobj 4
        . . PUNCT . punct 1
    """, """
        Minsk Minsk PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 3
        incident incident NOUN NN nsubj 5
        never never ADV RB neg 5
        happened happen VERB VBD ccomp 1
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Lithuania", "Vilnius"), **state("Belarus", "Minsk")})
    accusation, denial = rels
    assert (denial.relation, denial.target.actor, denial.responds_to) == ("denies", "lithuania", (accusation.id,))


def test_saying_the_charged_thing_does_not_exist_is_a_denial_fr():
    doc = _two("fr", """
        Niamey Niamey PROPN PROPN nsubj 1
        accuse accuser VERB VERB ROOT 1
        Cotonou Cotonou PROPN PROPN obj 1
        d' de ADP ADP mark 4
        abriter abriter VERB VERB xcomp 1 VerbForm=Inf
        des un DET DET det 6
        bases base NOUN NOUN obj 4
        . . PUNCT PUNCT punct 1
    """, """
        Cotonou Cotonou PROPN PROPN nsubj 1
        affirme affirmer VERB VERB ROOT 1
        que que SCONJ SCONJ mark 6
        ces ce DET DET det 4
        bases base NOUN NOUN nsubj 6
        n' ne ADV ADV advmod 6
        existent exister VERB VERB ccomp 1
        pas pas ADV ADV advmod 6
        . . PUNCT PUNCT punct 1
    """)
    rels = run(doc, "fr", {**state("Niger", "Niamey"), **state("Benin", "Cotonou")})
    assert [r.relation for r in rels] == ["accuses", "denies"]


def test_an_occurrence_not_negated_is_no_denial_en():
    doc = _two("en", """
        Vilnius Vilnius PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        Minsk Minsk PROPN NNP dobj 1
        of of ADP IN prep 1
        sending send VERB VBG pcomp 3
        drones drone NOUN NNS dobj 4
        . . PUNCT . punct 1
    """, """
        Minsk Minsk PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        talks talk NOUN NNS nsubj 4
        would would AUX MD aux 4
        happen happen VERB VB ccomp 1
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Lithuania", "Vilnius"), **state("Belarus", "Minsk")})
    assert [r.relation for r in rels] == ["accuses", "asserts"]


def test_apposed_allegation_with_a_relative_clause_closes_the_accusation_en():
    """"X said Y was behind the attack, an allegation Z dismissed as absurd"."""
    doc = build("en", """
        Islamabad Islamabad PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        Kabul Kabul PROPN NNP nsubj 3
        was be AUX VBD ccomp 1
        behind behind ADP IN prep 3
        the the DET DT det 6
        attack attack NOUN NN pobj 4
        , , PUNCT , punct 6
        an a DET DT det 9
        allegation allegation NOUN NN appos 6
        Kabul Kabul PROPN NNP nsubj 11
        dismissed dismiss VERB VBD relcl 9
        as as ADP IN prep 11
        absurd absurd ADJ JJ pobj 12
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Pakistan", "Islamabad"), **state("Afghanistan", "Kabul")})
    accusation, denial = by_cue(rels, "said"), by_cue(rels, "dismissed")
    assert accusation.evidence.text == "Islamabad said Kabul was behind the attack"
    assert (denial.relation, denial.responds_to) == ("denies", (accusation.id,))


def test_calling_an_accusation_a_provocation_dismisses_it_en():
    doc = build("en", """
        Moscow Moscow PROPN NNP nsubj 1
        denied deny VERB VBD ROOT 1
        the the DET DT det 3
        charge charge NOUN NN dobj 1
        , , PUNCT , punct 1
        calling call VERB VBG advcl 1
        the the DET DT det 7
        accusation accusation NOUN NN dobj 5
        a a DET DT det 9
        provocation provocation NOUN NN oprd 5
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Russia", "Moscow")})
    assert [r.relation for r in rels] == ["denies"]


def test_a_cue_after_a_copula_of_the_reported_clause_is_the_reporters_en():
    """"X said the sanctions were illegal and warned…": sanctions cannot warn."""
    doc = build("en", """
        Budapest Budapest PROPN NNP nsubj 1
        said say VERB VBD ROOT 1 Tense=Past|VerbForm=Fin
        the the DET DT det 3
        sanctions sanction NOUN NNS nsubj 4
        were be AUX VBD ccomp 1 Tense=Past|VerbForm=Fin
        illegal illegal ADJ JJ acomp 4
        and and CCONJ CC cc 4
        warned warn VERB VBD conj 4 Tense=Past|VerbForm=Fin
        of of ADP IN prep 7
        a a DET DT det 10
        veto veto NOUN NN pobj 8
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Hungary", "Budapest"), **org("EU")})
    warning = by_cue(rels, "warned")
    assert (warning.source.actor, warning.evidence.text) == ("hungary", "warned of a veto")


def test_qualifying_a_claim_with_a_quoted_word_the_parser_split_fr():
    """« a qualifié ces accusations de « pure propagande » » with « « » taken for the predicate."""
    doc = build("fr", """
        Kiev Kiev PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        qualifié qualifier VERB VERB ROOT 2 Tense=Past|VerbForm=Part
        ces ce DET DET det 4
        accusations accusation NOUN NOUN obj 2
        de de ADP ADP case 6
        « « PROPN PROPN nmod 4
        pure pur NOUN NOUN obj 2
        propagande propagande ADJ ADJ amod 7
        » » PUNCT PUNCT punct 2
        . . PUNCT PUNCT punct 2
    """)
    rels = run(doc, "fr", {**state("Ukraine", "Kiev")})
    assert [(r.relation, r.evidence.text) for r in rels] == [("denies", "Kiev a qualifié ces accusations de « pure propagande »")]


def test_a_predicate_of_two_words_sans_fondement_fr():
    doc = build("fr", """
        Addis-Abeba Addis-Abeba PROPN PROPN nsubj 2
        a avoir AUX AUX aux:tense 2
        qualifié qualifier VERB VERB ROOT 2 Tense=Past|VerbForm=Part
        les le DET DET det 4
        accusations accusation NOUN NOUN obj 2
        de de ADP ADP case 7
        sans sans ADP ADP case 7
        fondement fondement NOUN NOUN nmod 4
        . . PUNCT PUNCT punct 2
    """)
    rels = run(doc, "fr", {**state("Ethiopia", "Addis-Abeba")})
    assert [r.relation for r in rels] == ["denies"]


def test_denying_a_gerund_parsed_as_an_adjective_is_a_denial_en():
    """"denied harboring rebels" with "harboring" tagged a modifier of "rebels": an act denied, not a
    proposal rejected."""
    doc = build("en", """
        Caracas Caracas PROPN NNP nsubj 1
        denied deny VERB VBD ROOT 1
        harboring harbor VERB VBG amod 3
        rebels rebel NOUN NNS dobj 1
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Venezuela", "Caracas")})
    assert [(r.relation, r.cameo) for r in rels] == [("denies", "016")]


def test_asked_about_x_the_speaker_was_asked_en():
    doc = build("en", """
        Asked ask VERB VBN advcl 7 Tense=Past|VerbForm=Part
        about about ADP IN prep 0
        the the DET DT det 3
        report report NOUN NN pobj 1
        , , PUNCT , punct 7
        the the DET DT det 6
        army army NOUN NN nsubj 7
        said say VERB VBD ROOT 7
        it it PRON PRP nsubj 9
        investigates investigate VERB VBZ ccomp 7
        . . PUNCT . punct 7
    """)
    rels = run(doc, "en", {**org("Israeli army", "israel", "army"), **state("Israel")})
    assert [r.cue.text for r in rels] == ["said"]


def test_the_work_of_an_actor_charges_only_for_an_event_en():
    doc = build("en", """
        Doha Doha PROPN NNP nsubj 1
        said say VERB VBD ROOT 1
        the the DET DT det 3
        deal deal NOUN NN nsubj 4
        was be AUX VBD ccomp 1
        the the DET DT det 6
        work work NOUN NN attr 4
        of of ADP IN prep 6
        Egypt Egypt PROPN NNP pobj 7
        . . PUNCT . punct 1
    """)
    rels = run(doc, "en", {**state("Qatar", "Doha"), **state("Egypt")})
    assert triples(rels) == [("qatar", "asserts", None)]


_CAMEO_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from test_extract_patterns import build, run, state
doc = build("en", '''
    Kyiv Kyiv PROPN NNP nsubj 1
    called call VERB VBD ROOT 1
    the the DET DT det 3
    shelling shelling NOUN NN dobj 1
    a a DET DT det 7
    terrorist terrorist ADJ JJ amod 7
    war war NOUN NN compound 7
    crime crime NOUN NN oprd 1
    . . PUNCT . punct 1
''')
print([r.cameo for r in run(doc, "en", {{**state("Ukraine", "Kyiv")}})])
"""


def test_cameo_subcode_does_not_depend_on_the_hash_seed():
    """What a thing is called is read in text order, so the CAMEO subcode is the same in every process."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = _CAMEO_SCRIPT.format(tests=str(Path(__file__).parent))
    outputs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3, 4, 5)}
    assert len(outputs) == 1, outputs
