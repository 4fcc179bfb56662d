"""Datelines, bylines and outlet credits are never speakers (kg.resolve.datelines), no model."""
from __future__ import annotations

import pytest

from kg.resolve.datelines import excluded_ranges
from kg.resolve.gazetteer import load_gazetteer


def excluded_text(text: str) -> list[str]:
    return [text[s:e] for s, e in excluded_ranges(text, load_gazetteer().outlets)]


@pytest.mark.parametrize("text, dateline", [
    ("KHARTOUM, Sept. 4 (Xinhua) -- The Sudanese army said on Monday.", "KHARTOUM, Sept. 4 (Xinhua) -- "),
    ("DUBAI, Aug 8 (Reuters) - The coalition denied it.", "DUBAI, Aug 8 (Reuters) - "),
    ("KYIV (Ukrinform)—Ukraine accused Russia of shelling.", "KYIV (Ukrinform)—"),
    ("PARIS: Paris a démenti mercredi les accusations.", "PARIS: "),
    ("NEW DELHI -- India said.", "NEW DELHI -- "),
    ("N'DJAMENA, 3 mars (AFP) - Le gouvernement tchadien a démenti.", "N'DJAMENA, 3 mars (AFP) - "),
])
def test_datelines_at_the_start_of_a_line(text, dateline):
    assert excluded_text(text)[0] == dateline


def test_a_name_glued_to_a_dateline_stays_outside_it():
    text = "TBILISI (Civil.ge)—Georgia accused Russia of moving the border."
    (first,) = excluded_text(text)[:1]
    assert first == "TBILISI (Civil.ge)—"
    assert text[len(first):].startswith("Georgia")


def test_bylines_and_parenthesized_outlets():
    text = "By Le Monde with AFP\n\nThe ministry said (Reuters) that it had not fired. Source: example.com"
    found = excluded_text(text)
    assert "By Le Monde with AFP" in found
    assert "(Reuters)" in found
    assert "example.com" in found


def test_ordinary_text_is_not_excluded():
    text = "The Ethiopian government accused the TPLF of attacking a base, the ministry said on Tuesday."
    assert excluded_text(text) == []


def test_an_acronym_speaking_at_a_line_start_is_not_a_dateline():
    assert excluded_text("UN - the organization said it would send monitors.") == []
