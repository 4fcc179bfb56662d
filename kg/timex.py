"""Time expressions in English and French, normalized against the article's publication date.

    "on Friday"           -> the ISO date of the Friday on or before the publication date
    "last week"           -> the Monday..Sunday interval of the week before
    "on 24 September"     -> a date, the year inferred (the nearest 24 September to the article date)
    « jeudi », « le 27 septembre », « la semaine dernière », « il y a deux jours » likewise.

`find_timexes(text, language, anchor)` finds every expression in a text and resolves it. An expression
that needs the article date when the article has none keeps its text and offsets and gets no ISO value
(``value_start is None``): kg never invents a date. Expressions relative to the narrative rather than to
the publication date ("the day before", « la veille ») are found but left unresolved for the same reason.

Month, weekday and number names are the closed-class grammar of dates, so they live here with the
patterns that use them rather than in a lexicon.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

#: ``future_at(start, end) -> bool`` tells whether the expression at these offsets is about the future
#: ("scheduled for Saturday", « se tiendra jeudi »); bare weekdays and months are resolved forwards then.
FuturePredicate = Callable[[int, int], bool]


@dataclass(frozen=True)
class Timex:
    """A time expression as written (offsets into the text searched) and its normalized value."""

    start: int
    end: int
    text: str
    value_start: str | None  # ISO date, first day; None when it cannot be known
    value_end: str | None  # ISO date, last day (== value_start for a single day)
    granularity: str | None  # "day", "week", "month", "season", "year", "decade"; None when unresolved
    anchored: bool  # the value depends on the article date (True) or is written in full (False)


# ----------------------------------------------------------------------------------------------------
# Calendar words

_MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
_WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_WEEKDAYS_FR = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
_NUMBERS_EN = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUMBERS_FR = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
               "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12}
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
          "year": "year", "years": "year", "jour": "day", "jours": "day", "semaine": "week", "semaines": "week",
          "mois": "month", "an": "year", "ans": "year", "année": "year", "années": "year", "annee": "year",
          "annees": "year"}
# first and last month of each season (northern hemisphere, as news from Europe and the Caucasus uses it)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2),
            "printemps": (3, 5), "été": (6, 8), "ete": (6, 8), "automne": (9, 11), "hiver": (12, 2)}
# part of a year: "early 2023", « fin 2022 »
_YEAR_PARTS = {"early": (1, 4), "beginning": (1, 4), "start": (1, 4), "début": (1, 4), "debut": (1, 4),
               "mid": (5, 8), "middle": (5, 8), "mi": (5, 8), "late": (9, 12), "end": (9, 12), "fin": (9, 12)}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH_EN = (rf"(?P<month>{_alt(k for k in _MONTHS_EN if len(k) > 4 or k in ('may', 'june', 'july'))}"
             rf"|(?:{_alt(k for k in _MONTHS_EN if len(k) <= 4 and k not in ('may', 'june', 'july'))})\.?)")
_MONTH_FR = rf"(?P<month>{_alt(_MONTHS_FR)})"
_WD_EN = rf"(?P<weekday>{_alt(_WEEKDAYS_EN)})"
_WD_FR = rf"(?P<weekday>{_alt(_WEEKDAYS_FR)})"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d])"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])"
_B = r"(?<![\w'’-])"  # start of a word (also after an elided article: « l'automne »)
_E = r"(?![\w-])"


# ----------------------------------------------------------------------------------------------------
# Date arithmetic (pure)


def parse_anchor(anchor: date | str | None) -> date | None:
    """The article date as a `date`; an ISO string (date or date-time) or None."""
    if anchor is None or isinstance(anchor, date):
        return anchor
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(anchor))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def month_interval(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def week_interval(day: date) -> tuple[date, date]:
    """Monday..Sunday of the ISO week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def resolve_weekday(weekday: int, anchor: date, direction: str = "past") -> date:
    """The date of ``weekday`` (0 = Monday) seen from ``anchor``.

    ``past``: the latest such day on or before the anchor (news report what happened: "on Friday");
    ``future``: the earliest on or after it; ``last``/``next``: strictly before/after; ``this``: same week.
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=ahead)
    if direction == "last":
        return anchor - timedelta(days=back or 7)
    if direction == "next":
        return anchor + timedelta(days=ahead or 7)
    if direction == "this":
        return week_interval(anchor)[0] + timedelta(days=weekday)
    raise ValueError(f"unknown direction {direction!r}")


def infer_year(month: int, day: int | None, anchor: date, direction: str = "nearest") -> int:
    """The year of a day (or a month, ``day`` None) written without one, seen from ``anchor``.

    ``nearest``: the candidate closest to the anchor (a report on 2024-01-05 of "28 December" means 2023);
    ``future``: the first one on or after the anchor ("the vote scheduled for 3 January");
    ``last``/``next``: the latest before / earliest after the anchor's month (« septembre dernier »).
    """
    def first_day(year: int) -> date:
        if day is None:
            return date(year, month, 1)
        return date(year, month, min(day, calendar.monthrange(year, month)[1]))

    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    if direction == "future":  # the first one still to come (a month: the one in progress counts)
        return min(y for y in candidates
                   if (first_day(y) >= anchor if day is not None else (y, month) >= (anchor.year, anchor.month)))
    if direction == "last":
        return max(y for y in candidates if (y, month) < (anchor.year, anchor.month))
    if direction == "next":
        return min(y for y in candidates if (y, month) > (anchor.year, anchor.month))

    def distance(year: int) -> int:
        if day is None:  # a month: zero when the anchor falls inside it
            lo, hi = month_interval(year, month)
            return 0 if lo <= anchor <= hi else min(abs((lo - anchor).days), abs((hi - anchor).days))
        return abs((first_day(year) - anchor).days)

    return min(candidates, key=lambda y: (distance(y), y))


# ----------------------------------------------------------------------------------------------------
# Patterns: each is (regex, resolver). A resolver gets the match, the anchor and the direction and returns
# (start date, end date, granularity, anchored) or None when the value cannot be known.

Value = tuple[date, date, str, bool] | None


def _day_value(year: int | None, month: int, day: int, anchor: date | None, direction: str) -> Value:
    anchored = year is None
    if year is None:
        if anchor is None:
            return None
        year = infer_year(month, day, anchor, "future" if direction == "future" else "nearest")
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return d, d, "day", anchored


def _month_value(year: int | None, month: int, anchor: date | None, direction: str) -> Value:
    anchored = year is None
    if year is None:
        if anchor is None:
            return None
        year = infer_year(month, None, anchor, direction if direction in ("last", "next", "future") else "nearest")
    lo, hi = month_interval(year, month)
    return lo, hi, "month", anchored


def _season_value(season: str, year: int) -> Value:
    first, last = _SEASONS[season]
    if first > last:  # winter: December of the year named to February of the next
        return date(year, first, 1), month_interval(year + 1, last)[1], "season", False
    return date(year, first, 1), month_interval(year, last)[1], "season", False


def _unit_back(n: int, unit: str, anchor: date | None) -> Value:
    if anchor is None:
        return None
    if unit == "day":
        d = anchor - timedelta(days=n)
        return d, d, "day", True
    if unit == "week":
        lo, hi = week_interval(anchor - timedelta(weeks=n))
        return lo, hi, "week", True
    if unit == "month":
        lo, hi = month_interval(*_ym(add_months(anchor, -n)))
        return lo, hi, "month", True
    return date(anchor.year - n, 1, 1), date(anchor.year - n, 12, 31), "year", True


def _ym(d: date) -> tuple[int, int]:
    return d.year, d.month


def _relative_unit(unit: str, which: str, anchor: date | None) -> Value:
    """``which``: last | this | next | earlier | later | past, for a week, a month, a year or a weekend."""
    if anchor is None:
        return None
    if unit == "weekend":
        saturday = resolve_weekday(5, anchor, "last" if which == "last" else "next" if which == "next" else "this")
        return saturday, saturday + timedelta(days=1), "week", True
    if unit == "week":
        if which == "past":
            return anchor - timedelta(days=7), anchor, "week", True
        lo, hi = week_interval(anchor + timedelta(weeks={"last": -1, "next": 1}.get(which, 0)))
    elif unit == "month":
        if which == "past":
            return add_months(anchor, -1), anchor, "month", True
        lo, hi = month_interval(*_ym(add_months(anchor, {"last": -1, "next": 1}.get(which, 0))))
    else:
        if which == "past":
            return date(anchor.year - 1, anchor.month, min(anchor.day, 28)), anchor, "year", True
        year = anchor.year + {"last": -1, "next": 1}.get(which, 0)
        lo, hi = date(year, 1, 1), date(year, 12, 31)
    if which == "earlier":  # "earlier this week": from its start to the day before the report
        hi = max(lo, anchor - timedelta(days=1))
    elif which == "later":
        lo = min(hi, anchor + timedelta(days=1))
    return lo, hi, unit, True


def _number(word: str, table: dict[str, int]) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else table.get(word)


def _weekday_direction(modifier: str | None, direction: str) -> str:
    modifier = (modifier or "").lower()
    if modifier in ("last", "dernier", "this past"):
        return "last"
    if modifier in ("next", "prochain", "this coming", "coming"):
        return "next"
    if modifier in ("this", "ce"):
        return "this"
    return direction


def _patterns(language: str) -> list[tuple[re.Pattern, Callable[[re.Match, date | None, str], Value]]]:
    return _PATTERNS_FR if language == "fr" else _PATTERNS_EN


def _compile(pairs):
    return [(re.compile(rx, re.IGNORECASE), fn) for rx, fn in pairs]


def _iso(m, anchor, direction):
    return _day_value(int(m["y"]), int(m["mo"]), int(m["d"]), anchor, direction)


def _weekday_en_value(m, anchor, direction):
    if anchor is None:
        return None
    d = resolve_weekday(_WEEKDAYS_EN[m["weekday"].lower()], anchor, _weekday_direction(m["mod"], direction))
    return d, d, "day", True


def _weekday_fr_value(m, anchor, direction):
    if anchor is None:
        return None
    modifier = m["after"] or m["mod"]
    d = resolve_weekday(_WEEKDAYS_FR[m["weekday"].lower()], anchor, _weekday_direction(modifier, direction))
    return d, d, "day", True


def _deictic(days: int):
    def value(m, anchor, direction):
        if anchor is None:
            return None
        d = anchor + timedelta(days=days)
        return d, d, "day", True
    return value


def _unresolved(m, anchor, direction):
    return None


def _year_value(m, anchor, direction):
    y = int(m["year"])
    return date(y, 1, 1), date(y, 12, 31), "year", False


def _year_part_value(m, anchor, direction):
    y = int(m["year"])
    first, last = _YEAR_PARTS[m["part"].lower().rstrip("-")]
    return date(y, first, 1), month_interval(y, last)[1], "season", False


def _decade_value(m, anchor, direction):
    y = int(m["decade"])
    part = (m["part"] or "").lower()
    lo, hi = {"early": (0, 3), "début": (0, 3), "debut": (0, 3), "mid": (3, 6), "milieu": (3, 6),
              "late": (7, 9), "fin": (7, 9)}.get(part, (0, 9))
    return date(y + lo, 1, 1), date(y + hi, 12, 31), "decade", False


def _ago(table):
    def value(m, anchor, direction):
        n = _number(m["n"], table)
        return _unit_back(n, _UNITS[m["unit"].lower()], anchor) if n else None
    return value


_PATTERNS_EN = _compile([
    (rf"{_B}(?P<y>\d{{4}})-(?P<mo>\d\d)-(?P<d>\d\d){_E}", _iso),
    # "Tuesday, 19 September 2023", "on 24 September", "the 4th of July"
    (rf"{_B}(?:{_WD_EN},?\s+)?(?:the\s+)?{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_EN}"
     rf"(?:,?\s+{_YEAR})?{_E}",
     lambda m, a, d: _day_value(int(m["year"]) if m["year"] else None, _MONTHS_EN[m["month"].lower().rstrip(".")],
                                int(m["day"]), a, d)),
    # "September 24", "Sept. 4, 2023", "Tuesday, May 31, 2016"
    (rf"{_B}(?:{_WD_EN},?\s+)?{_MONTH_EN}\s+{_DAY}(?:st|nd|rd|th)?(?![\d])(?:,?\s+{_YEAR})?{_E}",
     lambda m, a, d: _day_value(int(m["year"]) if m["year"] else None, _MONTHS_EN[m["month"].lower().rstrip(".")],
                                int(m["day"]), a, d)),
    # "September 2023", "late September 2023", "in March of 2022"
    (rf"{_B}(?:(?:early|mid|late)[-\s]+)?{_MONTH_EN},?\s+(?:of\s+)?{_YEAR}{_E}",
     lambda m, a, d: _month_value(int(m["year"]), _MONTHS_EN[m["month"].lower().rstrip(".")], a, d)),
    # "the fall of 2020", "summer 2014"
    (rf"{_B}(?:the\s+)?(?:(?:early|late)\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?{_YEAR}{_E}",
     lambda m, a, d: _season_value(m["season"].lower(), int(m["year"]))),
    # "the end of 2022", "early 2023", "mid-2021"
    (rf"{_B}(?:the\s+)?(?P<part>early|beginning|start|mid-?|middle|late|end)(?:\s+of)?\s*{_YEAR}{_E}",
     _year_part_value),
    # "the early 1990s", "the 1980s"
    (rf"{_B}(?:the\s+)?(?:(?P<part>early|mid|late)[-\s]+)?(?P<decade>(?:1[89]|20)\d0)'?s{_E}", _decade_value),
    # a month alone after a preposition or a modifier: "in November", "last September", "since March"
    (rf"{_B}(?P<mod>in|since|until|by|during|early|mid|late|last|next|this)[-\s]+{_MONTH_EN}(?!\s*\d){_E}",
     lambda m, a, d: _month_value(None, _MONTHS_EN[m["month"].lower().rstrip(".")], a,
                                  {"last": "last", "next": "next"}.get(m["mod"].lower(), d))),
    (rf"{_B}(?P<n>\d+|{_alt(_NUMBERS_EN)})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago{_E}", _ago(_NUMBERS_EN)),
    (rf"{_B}(?:the\s+)?(?P<which>last|this|next|past|earlier\s+this|later\s+this)\s+(?P<unit>week|month|year|weekend){_E}",
     lambda m, a, d: _relative_unit(m["unit"].lower(), m["which"].lower().split()[0], a)),
    (rf"{_B}(?:(?P<mod>last|this|next|this\s+past|this\s+coming)\s+)?{_WD_EN}(?:'s)?"
     rf"(?:\s+(?:morning|afternoon|evening|night))?{_E}", _weekday_en_value),
    (rf"{_B}(?:today|this\s+morning|this\s+afternoon|this\s+evening|tonight){_E}", _deictic(0)),
    (rf"{_B}(?:yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night){_E}", _deictic(-1)),
    (rf"{_B}tomorrow(?:\s+(?:morning|afternoon|evening))?{_E}", _deictic(1)),
    (rf"{_B}(?:the\s+)?(?:day\s+before|previous\s+day|next\s+day|following\s+day|day\s+after|same\s+day)"
     rf"(?!\s+(?:yesterday|tomorrow)){_E}", _unresolved),
    # a year after a preposition ("in 2020", "since 1991") or as a modifier ("the 2020 war")
    (rf"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\bfrom\s)|(?<=\bto\s)"
     rf"|(?<=\bof\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bbetween\s)|(?<=\band\s)|(?<=\bthe\s)){_YEAR}"
     rf"(?![-,.]\d|\s+(?:people|soldiers|troops|civilians|dead|men|women|km|kilometres|kilometers|euros|dollars|\$)){_E}",
     _year_value),
])

_PATTERNS_FR = _compile([
    (rf"{_B}(?P<y>\d{{4}})-(?P<mo>\d\d)-(?P<d>\d\d){_E}", _iso),
    # « le 27 septembre », « jeudi 1er août 2024 », « le mardi 19 septembre »
    (rf"{_B}(?:(?:le\s+)?{_WD_FR}\s+)?(?:le\s+)?(?P<day>1er|[12]\d|3[01]|0?[1-9])\s+{_MONTH_FR}(?:\s+{_YEAR})?{_E}",
     lambda m, a, d: _day_value(int(m["year"]) if m["year"] else None, _MONTHS_FR[m["month"].lower()],
                                1 if m["day"].lower() == "1er" else int(m["day"]), a, d)),
    # « septembre 2020 », « fin septembre 2020 »
    (rf"{_B}(?:(?:début|debut|fin|mi-?|courant)\s*)?{_MONTH_FR}\s+{_YEAR}{_E}",
     lambda m, a, d: _month_value(int(m["year"]), _MONTHS_FR[m["month"].lower()], a, d)),
    # « l'automne 2020 », « au printemps de 2021 »
    (rf"{_B}(?:(?:au|à\s+l'|à\s+l’|en|l'|l’|cet|cette|le)\s*)?(?P<season>printemps|été|ete|automne|hiver)\s+"
     rf"(?:de\s+|d'|d’)?{_YEAR}{_E}",
     lambda m, a, d: _season_value(m["season"].lower(), int(m["year"]))),
    # « fin 2022 », « début 2023 », « mi-2021 »
    (rf"{_B}(?:(?:à\s+la\s+|au\s+)?(?P<part>début|debut|fin|mi-))\s*(?:de\s+|d'|d’)?(?:l'année\s+)?{_YEAR}{_E}",
     _year_part_value),
    # « les années 1990 », « au début des années 1990 »
    (rf"{_B}(?:(?:au\s+|à\s+la\s+)?(?P<part>début|debut|milieu|fin)\s+des\s+|les\s+)?années\s+(?P<decade>(?:1[89]|20)\d0){_E}",
     _decade_value),
    # a month alone: « en novembre », « depuis mars », « en septembre dernier »
    (rf"{_B}(?:(?P<pre>en|depuis|début|debut|fin|mi-|courant|jusqu'en|jusqu’en|dès)\s*)?{_MONTH_FR}"
     rf"(?(pre)|(?=\s+(?:dernier|prochain)))(?:\s+(?P<mod>dernier|prochain))?(?!\s*\d){_E}",
     lambda m, a, d: _month_value(None, _MONTHS_FR[m["month"].lower()], a,
                                  {"dernier": "last", "prochain": "next"}.get((m["mod"] or "").lower(), d))),
    (rf"{_B}il\s+y\s+a\s+(?P<n>\d+|{_alt(_NUMBERS_FR)})\s+(?P<unit>jours?|semaines?|mois|années?|ans?){_E}",
     _ago(_NUMBERS_FR)),
    (rf"{_B}(?:la|cette)\s+(?P<unit>semaine)(?:\s+(?P<which>dernière|derniere|passée|passee|prochaine))?{_E}"
     rf"|{_B}(?:le|ce)\s+(?P<unit2>mois|week-end)(?:-ci)?(?:\s+(?P<which2>dernier|passé|passe|prochain))?{_E}"
     rf"|{_B}(?:l'|l’|cette\s+)(?P<unit3>an|année|annee)(?:\s+(?P<which3>dernière|derniere|dernier|passée|passee|passé|prochaine|prochain))?{_E}",
     lambda m, a, d: _relative_fr(m, a)),
    (rf"{_B}(?:(?P<mod>ce)\s+)?{_WD_FR}(?:\s+(?:matin|midi|après-midi|apres-midi|soir|soirée|soiree|nuit))?"
     rf"(?:\s+(?P<after>dernier|prochain))?{_E}", _weekday_fr_value),
    (rf"{_B}(?:aujourd'hui|aujourd’hui|ce\s+matin|ce\s+soir|cet\s+après-midi|cette\s+nuit){_E}", _deictic(0)),
    (rf"{_B}(?:avant-hier){_E}", _deictic(-2)),
    (rf"{_B}(?:hier(?:\s+(?:matin|midi|après-midi|soir))?){_E}", _deictic(-1)),
    (rf"{_B}(?:après-demain|apres-demain){_E}", _deictic(2)),
    (rf"{_B}(?:demain(?:\s+(?:matin|midi|après-midi|soir))?){_E}", _deictic(1)),
    (rf"{_B}(?:la\s+veille|le\s+lendemain|le\s+jour\s+même|ce\s+jour-là|l'avant-veille|le\s+surlendemain){_E}",
     _unresolved),
    (rf"(?:(?<=\ben\s)|(?<=\bdepuis\s)|(?<=\bde\s)|(?<=\bjusqu'en\s)|(?<=\bdès\s)|(?<=\bavant\s)|(?<=\baprès\s)"
     rf"|(?<=\bentre\s)|(?<=\bet\s)|(?<=\bà\s)|(?<=\bvers\s)){_YEAR}"
     rf"(?![-,.]\d|\s+(?:personnes|soldats|militaires|civils|morts|hommes|femmes|km|kilomètres|euros|dollars)){_E}",
     _year_value),
])


def _relative_fr(m, anchor):
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    which = (m["which"] or m["which2"] or m["which3"] or "").lower()
    unit = {"semaine": "week", "mois": "month", "week-end": "weekend"}.get(unit, "year")
    which = "last" if which.startswith(("dern", "pass")) else "next" if which.startswith("prochain") else "this"
    return _relative_unit(unit, which, anchor)


# ----------------------------------------------------------------------------------------------------
# Entry points


def find_timexes(text: str, language: str, anchor: date | str | None = None,
                 future_at: FuturePredicate | None = None) -> tuple[Timex, ...]:
    """Every time expression of ``text`` (English or French), resolved against ``anchor``.

    Longer and more specific expressions win over the shorter ones they overlap
    ("Tuesday, 19 September 2023" is one date, not a weekday and a date).
    """
    anchor_date = parse_anchor(anchor)
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    for regex, resolve in _patterns(language):
        for m in regex.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            direction = "future" if future_at is not None and future_at(start, end) else "past"
            value = resolve(m, anchor_date, direction)
            taken.append((start, end))
            if value is None:
                found.append(Timex(start, end, m.group(0), None, None, None, False))
            else:
                lo, hi, granularity, anchored = value
                found.append(Timex(start, end, m.group(0), lo.isoformat(), hi.isoformat(), granularity, anchored))
    return tuple(sorted(found, key=lambda t: t.start))


def normalize(expression: str, language: str, anchor: date | str | None = None, *, future: bool = False) -> Timex | None:
    """The time expression that makes up most of ``expression`` ("on Friday", « le 27 septembre »), or None."""
    found = find_timexes(expression, language, anchor, (lambda s, e: True) if future else None)
    if not found:
        return None
    best = max(found, key=lambda t: t.end - t.start)
    return best
