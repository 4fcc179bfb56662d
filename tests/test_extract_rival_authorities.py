"""Rival authorities of one state: a government named by its seat and another part of the same state (a
parliament, a commander) are two sides, so one can accuse the other ("the eastern parliament accused the
Sanaa government of…"); a ministry and its own state stay one side. Model-free: hand-built Docs and a
name table that says which mention names a government by its seat.
"""
from __future__ import annotations

from test_extract_patterns import NameTable, build

from kg.extract import extract_relations
from kg.extract.relation_types import Sides
from kg.model import Actor, ActorMention, Article

YEMEN = Actor(id="yemen", label="Yemen", kind="state")
PARLIAMENT = Actor(id="yemen-parliament", label="Parliament of Yemen", kind="organization", part_of="yemen")


class SeatTable(NameTable):
    """The name table of ``test_extract_patterns``, with the words naming a government by its seat."""

    def __init__(self, doc, names, seats):
        super().__init__(doc, names)
        self.seats = seats

    def named_by_seat(self, mention: ActorMention) -> bool:
        return mention.surface in self.seats


def accusation_doc():
    return build("en", """
        Parliament Parliament PROPN NNP nsubj 1
        accused accuse VERB VBD ROOT 1
        Sanaa Sanaa PROPN NNP dobj 1
        of of ADP IN prep 1
        embezzling embezzle VERB VBG pcomp 3
        funds fund NOUN NNS dobj 4
        . . PUNCT . punct 1
    """)


def triples(doc, seats):
    names = {"Parliament": PARLIAMENT, "Sanaa": YEMEN}
    article = Article(id="t.txt", text=doc.text, language="en")
    rels = extract_relations(doc, article, SeatTable(doc, names, seats))
    return sorted((r.source.actor, r.relation, r.target.actor if r.target else None) for r in rels)


def test_a_part_of_a_state_accuses_the_government_named_by_its_seat():
    assert triples(accusation_doc(), seats={"Sanaa"}) == [("yemen-parliament", "accuses", "yemen")]


def test_without_a_seat_name_a_part_and_its_state_are_one_side():
    assert triples(accusation_doc(), seats=set()) == [("yemen-parliament", "asserts", None)]


def test_the_state_itself_and_its_seat_government_are_one_side():
    doc = accusation_doc()
    table = SeatTable(doc, {"Parliament": PARLIAMENT, "Sanaa": YEMEN}, {"Sanaa"})
    table.resolve(doc[0:1]), table.resolve(doc[2:3])
    sides = Sides(table)
    seat_gov = ActorMention("yemen", "Sanaa", 0, 5)
    state = ActorMention("yemen", "Yemen", 10, 15)
    part = ActorMention("yemen-parliament", "Parliament", 20, 30)
    assert sides.same(seat_gov, state)
    assert not sides.same(seat_gov, part) and not sides.same(part, seat_gov)
