"""Merging the actors of many articles (kg.resolve.corpus.merge_actors), no model."""
from __future__ import annotations

from kg.model import Actor, Article, ArticleGraph
from kg.resolve.corpus import merge_actors


def graph(n: int, *actors: Actor) -> ArticleGraph:
    return ArticleGraph(article=Article(id=f"a{n}.txt", text="x", language="en"), actors=actors, relations=())


def test_one_record_per_id_with_the_fullest_person_name_qid_and_all_aliases():
    merged = merge_actors([
        graph(1, Actor("person.x", "Pashinian", "person", aliases=("Pashinian",), part_of="armenia")),
        graph(2, Actor("person.x", "Nikol Pashinyan", "person", wikidata="Q7035479",
                       aliases=("Prime Minister Nikol Pashinyan",), part_of="armenia")),
        graph(3, Actor("person.x", "Nikol Pachinian", "person", aliases=("Nikol Pachinian",), part_of="armenia")),
        graph(4, Actor("person.x", "Nikol Pashinyan", "person", part_of="armenia")),
    ])
    assert len(merged) == 1
    (a,) = merged
    assert a.label == "Nikol Pashinyan"
    assert a.wikidata == "Q7035479"
    assert a.part_of == "armenia"
    assert {"Pashinian", "Prime Minister Nikol Pashinyan", "Nikol Pachinian"} <= set(a.aliases)


def test_part_of_most_frequent_then_most_specific():
    merged = merge_actors([
        graph(1, Actor("person.y", "Ana Rojas", "person", part_of="chile")),
        graph(2, Actor("person.y", "Ana Rojas", "person", part_of="chile.defence-ministry")),
    ])
    assert merged[0].part_of == "chile.defence-ministry"
    merged = merge_actors([
        graph(1, Actor("person.y", "Ana Rojas", "person", part_of="chile")),
        graph(2, Actor("person.y", "Ana Rojas", "person", part_of="chile")),
        graph(3, Actor("person.y", "Ana Rojas", "person", part_of="chile.defence-ministry")),
    ])
    assert merged[0].part_of == "chile"


def test_first_seen_order_and_english_french_records_meet():
    merged = merge_actors([
        graph(1, Actor("mali", "Mali", "state", wikidata="Q912", aliases=("Bamako",)),
              Actor("mali.foreign-ministry", "Ministry of Foreign Affairs of Mali", "organization", part_of="mali",
                    aliases=("the Malian Foreign Ministry",))),
        graph(2, Actor("mali.foreign-ministry", "Ministry of Foreign Affairs of Mali", "organization", part_of="mali",
                       aliases=("le ministère malien des Affaires étrangères",))),
    ])
    assert [a.id for a in merged] == ["mali", "mali.foreign-ministry"]
    assert set(merged[1].aliases) >= {"the Malian Foreign Ministry", "le ministère malien des Affaires étrangères"}
