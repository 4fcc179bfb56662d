"""kg.timex: time expressions in English and French, normalized against the article date."""
from __future__ import annotations

from datetime import date

import pytest

from kg.timex import (add_months, find_timexes, infer_year, normalize, parse_anchor, resolve_weekday,
                      week_interval)

# (expression, language, article date, expected first day, expected last day)
# 2023-09-08 is a Friday; 2023-09-18 a Monday; 2023-09-24 a Sunday; 2024-01-01 a Monday; 2024-01-05 a Friday.
CASES = [
    # weekdays: the latest such day on or before the article date
    ("on Friday", "en", "2023-09-08", "2023-09-08", "2023-09-08"),
    ("on Tuesday", "en", "2023-09-08", "2023-09-05", "2023-09-05"),
    ("Wednesday evening", "en", "2023-09-08", "2023-09-06", "2023-09-06"),
    ("on Saturday", "en", "2023-09-08", "2023-09-02", "2023-09-02"),
    ("on Sunday", "en", "2023-09-18", "2023-09-17", "2023-09-17"),
    ("on Monday", "en", "2023-09-18", "2023-09-18", "2023-09-18"),
    ("last Friday", "en", "2023-09-08", "2023-09-01", "2023-09-01"),
    ("last Monday", "en", "2023-09-18", "2023-09-11", "2023-09-11"),
    ("next Tuesday", "en", "2023-09-08", "2023-09-12", "2023-09-12"),
    ("this Wednesday", "en", "2023-09-24", "2023-09-20", "2023-09-20"),
    ("on Thursday", "en", "2024-01-01", "2023-12-28", "2023-12-28"),  # across the new year
    ("jeudi", "fr", "2023-09-08", "2023-09-07", "2023-09-07"),
    ("jeudi soir", "fr", "2023-09-08", "2023-09-07", "2023-09-07"),
    ("vendredi", "fr", "2023-09-08", "2023-09-08", "2023-09-08"),
    ("vendredi dernier", "fr", "2023-09-08", "2023-09-01", "2023-09-01"),
    ("mardi prochain", "fr", "2023-09-08", "2023-09-12", "2023-09-12"),
    ("dimanche", "fr", "2024-01-01", "2023-12-31", "2023-12-31"),
    ("mercredi matin", "fr", "2023-09-18", "2023-09-13", "2023-09-13"),
    # days named by the date, the year inferred
    ("on 24 September", "en", "2023-10-23", "2023-09-24", "2023-09-24"),
    ("on September 24", "en", "2023-10-23", "2023-09-24", "2023-09-24"),
    ("on 28 December", "en", "2024-01-05", "2023-12-28", "2023-12-28"),  # year rollover backwards
    ("on 3 January", "en", "2023-12-20", "2024-01-03", "2024-01-03"),  # ... and forwards
    ("on July 25", "en", "2024-07-30", "2024-07-25", "2024-07-25"),
    ("Sept. 4", "en", "2023-09-19", "2023-09-04", "2023-09-04"),
    ("the 4th of July", "en", "2023-07-10", "2023-07-04", "2023-07-04"),
    ("le 27 septembre", "fr", "2020-10-01", "2020-09-27", "2020-09-27"),
    ("le 1er août", "fr", "2023-08-03", "2023-08-01", "2023-08-01"),
    ("le 31 décembre", "fr", "2024-01-02", "2023-12-31", "2023-12-31"),
    ("jeudi 1er février", "fr", "2024-02-05", "2024-02-01", "2024-02-01"),
    # written in full: no article date needed
    ("May 31, 2016", "en", None, "2016-05-31", "2016-05-31"),
    ("Tuesday, 19 September 2023", "en", None, "2023-09-19", "2023-09-19"),
    ("le 10 novembre 2020", "fr", None, "2020-11-10", "2020-11-10"),
    ("in September 2023", "en", None, "2023-09-01", "2023-09-30"),
    ("en septembre 2020", "fr", None, "2020-09-01", "2020-09-30"),
    ("the fall of 2020", "en", None, "2020-09-01", "2020-11-30"),
    ("à l'automne 2020", "fr", None, "2020-09-01", "2020-11-30"),
    ("winter 2022", "en", None, "2022-12-01", "2023-02-28"),
    ("since 1991", "en", None, "1991-01-01", "1991-12-31"),
    ("depuis 1991", "fr", None, "1991-01-01", "1991-12-31"),
    ("the end of 2022", "en", None, "2022-09-01", "2022-12-31"),
    ("fin 2022", "fr", None, "2022-09-01", "2022-12-31"),
    ("the early 1990s", "en", None, "1990-01-01", "1993-12-31"),
    ("au début des années 1990", "fr", None, "1990-01-01", "1993-12-31"),
    # months without a year
    ("in November", "en", "2024-07-30", "2024-11-01", "2024-11-30"),
    ("in December", "en", "2024-02-10", "2023-12-01", "2023-12-31"),
    ("last September", "en", "2023-09-08", "2022-09-01", "2022-09-30"),
    ("en novembre", "fr", "2024-07-30", "2024-11-01", "2024-11-30"),
    ("en septembre dernier", "fr", "2024-01-15", "2023-09-01", "2023-09-30"),
    # weeks (Monday to Sunday), months, years relative to the article date
    ("last week", "en", "2023-09-08", "2023-08-28", "2023-09-03"),
    ("last week", "en", "2023-09-18", "2023-09-11", "2023-09-17"),  # published on a Monday
    ("last week", "en", "2023-09-24", "2023-09-11", "2023-09-17"),  # published on a Sunday
    ("last week", "en", "2024-01-03", "2023-12-25", "2023-12-31"),  # across the new year
    ("earlier this week", "en", "2023-09-08", "2023-09-04", "2023-09-07"),
    ("this week", "en", "2023-09-08", "2023-09-04", "2023-09-10"),
    ("next week", "en", "2023-12-28", "2024-01-01", "2024-01-07"),
    ("la semaine dernière", "fr", "2023-09-08", "2023-08-28", "2023-09-03"),
    ("la semaine prochaine", "fr", "2023-09-08", "2023-09-11", "2023-09-17"),
    ("cette semaine", "fr", "2024-01-01", "2024-01-01", "2024-01-07"),
    ("last month", "en", "2024-01-15", "2023-12-01", "2023-12-31"),
    ("next month", "en", "2023-12-15", "2024-01-01", "2024-01-31"),
    ("le mois dernier", "fr", "2024-03-31", "2024-02-01", "2024-02-29"),
    ("last year", "en", "2024-01-05", "2023-01-01", "2023-12-31"),
    ("l'an dernier", "fr", "2024-01-05", "2023-01-01", "2023-12-31"),
    ("l'année dernière", "fr", "2024-06-05", "2023-01-01", "2023-12-31"),
    # ago
    ("three days ago", "en", "2024-01-01", "2023-12-29", "2023-12-29"),
    ("two weeks ago", "en", "2023-09-08", "2023-08-21", "2023-08-27"),
    ("a month ago", "en", "2024-03-31", "2024-02-01", "2024-02-29"),
    ("il y a deux jours", "fr", "2024-01-01", "2023-12-30", "2023-12-30"),
    ("il y a trois semaines", "fr", "2023-09-08", "2023-08-14", "2023-08-20"),
    ("il y a un an", "fr", "2023-09-08", "2022-01-01", "2022-12-31"),
    # deictic days
    ("yesterday", "en", "2024-01-01", "2023-12-31", "2023-12-31"),
    ("today", "en", "2023-09-08", "2023-09-08", "2023-09-08"),
    ("tomorrow", "en", "2023-12-31", "2024-01-01", "2024-01-01"),
    ("hier", "fr", "2024-03-01", "2024-02-29", "2024-02-29"),  # leap year
    ("avant-hier", "fr", "2023-09-08", "2023-09-06", "2023-09-06"),
    ("aujourd'hui", "fr", "2023-09-08", "2023-09-08", "2023-09-08"),
    ("demain", "fr", "2023-09-08", "2023-09-09", "2023-09-09"),
]


@pytest.mark.parametrize("expression,language,anchor,first,last", CASES)
def test_normalizes_against_the_article_date(expression, language, anchor, first, last):
    t = normalize(expression, language, anchor)
    assert t is not None, f"{expression!r} not found"
    assert (t.value_start, t.value_end) == (first, last)
    assert expression.endswith(t.text) or t.text in expression


# Expressions that need the article date: with none, the text is kept and no date is invented.
NEEDS_A_DATE = [
    ("on Friday", "en"), ("last week", "en"), ("on 24 September", "en"), ("in November", "en"),
    ("two weeks ago", "en"), ("yesterday", "en"), ("earlier this week", "en"),
    ("jeudi", "fr"), ("le 27 septembre", "fr"), ("la semaine dernière", "fr"), ("il y a deux jours", "fr"),
    ("hier soir", "fr"), ("en novembre", "fr"),
]


@pytest.mark.parametrize("expression,language", NEEDS_A_DATE)
def test_without_an_article_date_the_text_is_kept_and_no_date_invented(expression, language):
    t = normalize(expression, language, None)
    assert t is not None
    assert t.value_start is None and t.value_end is None and t.granularity is None
    assert t.text in expression


@pytest.mark.parametrize("expression,language", [("the day before", "en"), ("the next day", "en"),
                                                 ("la veille", "fr"), ("le lendemain", "fr")])
def test_narrative_relative_expressions_are_found_but_left_unresolved(expression, language):
    t = normalize(expression, language, "2023-09-08")
    assert t is not None and t.value_start is None


@pytest.mark.parametrize("expression,language,anchor,expected", [
    ("Saturday", "en", "2023-09-08", "2023-09-09"),  # "the election scheduled for Saturday"
    ("Friday", "en", "2023-09-08", "2023-09-08"),  # the same day still counts
    ("jeudi", "fr", "2023-09-08", "2023-09-14"),  # « se tiendra jeudi »
    ("24 September", "en", "2023-09-25", "2024-09-24"),  # the next one to come
    ("in August", "en", "2023-09-08", "2024-08-01"),
])
def test_future_context_resolves_forwards(expression, language, anchor, expected):
    t = normalize(expression, language, anchor, future=True)
    assert t.value_start == expected


def test_offsets_index_the_text_and_each_expression_is_found_once():
    text = "Officials said on Friday that the talks, held on 24 September in Washington, failed last week."
    found = find_timexes(text, "en", "2023-10-06")
    assert [t.text for t in found] == ["Friday", "24 September", "last week"]
    for t in found:
        assert text[t.start:t.end] == t.text
    assert [t.value_start for t in found] == ["2023-10-06", "2023-09-24", "2023-09-25"]


def test_french_sentence():
    text = "Les pourparlers ont commencé vendredi, après les affrontements du 27 septembre et de la semaine dernière."
    found = find_timexes(text, "fr", "2023-10-04")
    assert [t.text for t in found] == ["vendredi", "27 septembre", "la semaine dernière"]
    assert [t.value_start for t in found] == ["2023-09-29", "2023-09-27", "2023-09-25"]


def test_a_longer_expression_wins_over_its_parts():
    found = find_timexes("Tuesday, 19 September 2023", "en", "2023-09-20")
    assert len(found) == 1 and found[0].granularity == "day" and not found[0].anchored


@pytest.mark.parametrize("text", ["10,000 people", "2000 soldiers crossed", "May be planning", "a mass grave",
                                  "In 24 hours"])
def test_numbers_and_words_that_are_not_dates(text):
    assert find_timexes(text, "en", "2023-09-08") == ()


def test_anchor_parsing():
    assert parse_anchor("2023-09-19T14:39:41Z") == date(2023, 9, 19)
    assert parse_anchor(None) is None
    assert parse_anchor("not a date") is None
    assert parse_anchor("2023-02-30") is None


def test_calendar_helpers():
    assert week_interval(date(2023, 9, 10)) == (date(2023, 9, 4), date(2023, 9, 10))
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert resolve_weekday(4, date(2023, 9, 8), "last") == date(2023, 9, 1)
    assert resolve_weekday(4, date(2023, 9, 8), "next") == date(2023, 9, 15)
    assert infer_year(12, 28, date(2024, 1, 5)) == 2023
    assert infer_year(9, None, date(2024, 1, 15), "last") == 2023
    with pytest.raises(ValueError):
        resolve_weekday(0, date(2023, 9, 8), "sideways")
