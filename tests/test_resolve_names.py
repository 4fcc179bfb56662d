"""Name keys (kg.resolve.names): plain-string functions, no model."""
from __future__ import annotations

import pytest

from kg.resolve.names import (acronym_of, fold, given_name_keys, is_acronym, org_key, person_key, slug,
                              surname_key)


@pytest.mark.parametrize("a, b", [
    ("Nikol Pashinyan", "Nikol Pashinian"),
    ("Ilham Aliyev", "Ilham Aliev"),
    ("Hikmet Hajiyev", "Hikmet Hajiev"),
    ("Vladimir Putin", "Vladimir Poutine"),
    ("Dmitry Peskov", "Dmitri Peskov"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Volodymyr Zelenskiy", "Volodymyr Zelenski"),
    ("Sergei Shoigu", "Sergueï Choïgou"),
    ("Aleksandar Vučić", "Aleksandar Vucic"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ("Zakir Hasanov", "Zakir Hassanov"),
    ("Ramzan Kadyrov", "Ramzan Kadirov"),
    ("Abdel Fattah al-Sisi", "Abdel Fattah al Sisi"),
    ("Yevgeny Prigozhin", "Evgueni Prigojine"),
])
def test_romanizations_of_one_name_share_a_person_key(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("a, b", [
    ("Nikol Pashinyan", "Nikol Pashayan"),
    ("Ilham Aliyev", "Heydar Aliyev"),
    ("Mohamed Bazoum", "Mohamed Bazin"),
    ("Joe Biden", "Hunter Biden"),
])
def test_different_people_keep_different_keys(a, b):
    assert person_key(a) != person_key(b)


@pytest.mark.parametrize("full, alone", [
    ("Ani Badalian", "Badalian"),
    ("Turki al-Malki", "Malki"),
    ("Colonel Turki al-Malki", "al-Malki"),
    ("Mohammed bin Salman", "Salman"),
    ("Ursula von der Leyen", "Leyen"),
    ("Dmitri Peskov", "Peskov"),
    ("Vladimir Putin", "Poutine"),
])
def test_a_surname_alone_matches_the_full_name(full, alone):
    assert surname_key(full) == surname_key(alone)


def test_given_names_are_the_words_before_the_surname():
    assert given_name_keys("Luis Carlos Villegas") == (person_key("Luis"), person_key("Carlos"))


@pytest.mark.parametrize("a, b", [
    ("Houthi rebels", "Houthis"),
    ("the Houthi movement".split(" ", 1)[1], "Houthi"),
    ("M23 rebels", "M23"),
    ("Democratic Center party", "Democratic Center"),
])
def test_organization_keys_drop_a_trailing_generic_noun_and_plural(a, b):
    generic = frozenset({"rebels", "movement", "party", "group"})
    assert org_key(a, generic) == org_key(b, generic)


def test_a_generic_noun_that_is_part_of_the_name_stays():
    generic = frozenset({"league", "party"})
    assert org_key("Premier League", generic) == "premier-league"
    assert org_key("Labour Party", generic) == "labour-party"


@pytest.mark.parametrize("text, folded", [
    ("L’Azerbaïdjan", "l'azerbaidjan"),
    ("  Côte   d'Ivoire ", "cote d'ivoire"),
    ("ÉTATS-UNIS", "etats-unis"),
    ("Œuvre", "oeuvre"),
    ("Saudi‑led", "saudi-led"),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_slug_is_id_safe():
    assert slug("Ministry of Defence of Serbia") == "ministry-of-defence-of-serbia"
    assert slug("Côte d'Ivoire") == "cote-d-ivoire"


@pytest.mark.parametrize("text, expected", [
    ("M23", True), ("ELN", True), ("IRGC", True), ("U.N.", True), ("RSF", True),
    ("Houthis", False), ("A", False), ("Reuters", False), ("2023", False),
])
def test_is_acronym(text, expected):
    assert is_acronym(text) is expected


def test_acronym_of_capitalized_words():
    assert acronym_of("Islamic Revolutionary Guard Corps") == "IRGC"
    assert acronym_of("Rapid Support Forces") == "RSF"
