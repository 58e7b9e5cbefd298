"""Figures in prose: numbers with their units and scale, and ranks.

``find_figures`` reads numbers (``87.7 million``, ``1,928,311 billion VND``, ``18.3%``,
``4,427/6,283``, ``71st place out of 193``, ``up 15 places``); ``naming.name_metrics``
gives each the indicator it measures.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from briefing.extract.textcase import lower_whole, lowercase_pattern

_QUALIFIERS = {
    "more than": "over",
    "over": "over",
    "exceeding": "over",
    "exceeded": "over",
    "exceeds": "over",
    "above": "over",
    "nearly": "nearly",
    "almost": "nearly",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "under": "under",
    "less than": "under",
    "at least": "at least",
}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_FIGURE = lowercase_pattern(
    # Only a digit, a qualifier or a currency starts a figure: tested first, it skips most places.
    r"(?=[0-9moeanrulv$])(?<![\w./-])"
    r"(?:(?P<qual>more than|over|exceeding|exceeded|exceeds|above|nearly|almost|about|around|"
    r"approximately|roughly|under|less than|at least)\s+)?"
    r"(?:(?P<cur1>VND|USD|US\$|\$)\s?)?"
    r"(?:\d+(?:\.\d+)?\s*[-–]\s*)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:/(?P<den>\d{1,3}(?:,\d{3})+|\d+))?"
    r"(?P<ord>st|nd|rd|th)?"
    r"(?:\s*(?P<pct>%|percent\b|per cent\b))?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?:\s+(?P<cur2>VND|USD|dong)\b)?"
    r"(?:\s+(?P<noun>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2}))?",
    re.I,
)
_UNIT_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_NUMBERS = {
    **{word: n for n, word in enumerate(_UNIT_WORDS, 1)},
    **{word: 10 * n for n, word in enumerate(_TENS_WORDS, 2)},
    **{
        f"{tens}-{unit}": 10 * n + u
        for n, tens in enumerate(_TENS_WORDS, 2)
        for u, unit in enumerate(_UNIT_WORDS[:9], 1)
    },
    "a hundred": 100, "one hundred": 100, "half a": 0.5,
}  # fmt: skip
# A magnitude told in words: "six million 5G users", "nearly two million accounts", "half a
# million". Only with its scale: "seven directives" is a count a report seldom claims, and
# "a million" is most often a manner of speaking. Found from the scale word back (a
# pattern opening with the number words would be tried at every place of the sentence).
_SCALE_WORD = re.compile(r"(?<=[a-z] )(?:m|b|tr)illion\b")
_WORDS_BEFORE_SCALE = lowercase_pattern(
    r"(?<![\w-])(?:(?P<qual>more than|over|nearly|almost|about|around|approximately|roughly|"
    r"some|at least)\s+)?(?P<word>one hundred|a hundred|half a|"
    rf"(?:{'|'.join(_TENS_WORDS)})(?:[-\s](?:{'|'.join(_UNIT_WORDS[:9])}))?|{'|'.join(_UNIT_WORDS)})\s+$"
)
_NOUN_AFTER_SCALE = lowercase_pattern(
    r"\s+(?P<noun>[a-z0-9][a-z0-9-]*(?:\s+(?!and\b|or\b)[a-z][a-z-]*){0,2})"
)
_PLACES = lowercase_pattern(
    r"\b(?P<dir>up|down|rising|rose|climbed|fell|dropped)\s+(?P<n>\d+)\s+(?:places?|positions?|ranks?|spots?)\b",
    re.I,
)
_PLACE_NOUNS = re.compile("plac|position|rank|spot")
_RANK_CONTEXT = lowercase_pattern(r"\b(rank(?:ed|ing|s)?|place|position|top)\b", re.I)
_CHANGE_BEFORE = lowercase_pattern(
    r"(?:(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)(?<!take\s)(?<!takes\s)(?<!took\s)\bup|\bdown|increase(?:s|d)?(?:\s+of|\s+by)?|decrease(?:s|d)?(?:\s+of|\s+by)?|gr[eo]w(?:th)?(?:\s+of|\s+by)?|rose(?:\s+by)?|rise\s+of|higher\s+by"
    r"|declin(?:e|es|ed)(?:\s+of|\s+by)?|fell(?:\s+by)?|dropped(?:\s+by)?|(?:fall|drop)\s+of|lower\s+by"
    r"|growth\s+rate(?:\s+(?:of|is|was|at|reached|reaching))?)\s*$",
    re.I,
)
_DIGIT = re.compile(r"\d")
_YEARLIKE = re.compile(r"(19|20)\d{2}")
_ESTIMATED = lowercase_pattern(r"\bestimat(?:e|ed|es)\b", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    """One number in the text, its kind and absolute value."""

    start: int
    end: int
    value: float
    unit: str  # "%", "rank", "places", "VND", "USD", or "count"
    qualifier: str | None
    noun: str | None
    change: bool  # "up 26%", "an increase of 9.67%": a change, not a level
    denominator: float | None = None


def _worded_figures(text: str, start: int, end: int) -> list[Figure]:
    """The magnitudes of ``text[start:end]`` told in words ("six million users")."""
    lowered = lower_whole(text)
    found = []
    for scale in _SCALE_WORD.finditer(lowered, start, end):
        m = _WORDS_BEFORE_SCALE.search(lowered, max(start, scale.start() - 40), scale.start())
        if m is None:
            continue
        value = _WORD_NUMBERS[re.sub(r"(?<=y)\s+", "-", " ".join(m["word"].split()))]
        value *= _SCALE[scale.group()]
        qualifier = _QUALIFIERS.get(m["qual"]) if m["qual"] else None
        if _place_size(lowered, start, m.start("word"), scale.end()):
            continue  # "has about three million people": the place described
        after = _NOUN_AFTER_SCALE.match(lowered, scale.end(), end)
        noun = after["noun"] if after else None
        found.append(Figure(m.start(), scale.end(), value, "count", qualifier, noun, False))
    return found


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def find_figures(text: str, start: int, end: int) -> list[Figure]:
    """The figures of ``text[start:end]``; years, dates, document numbers and list letters are not."""
    worded = _worded_figures(text, start, end) if text.find("illion", start, end) >= 0 else []
    if _DIGIT.search(text, start, end) is None:
        return worded  # most sentences have no number at all
    figures: list[Figure] = list(worded)
    places_spans: list[tuple[int, int]] = []
    original = text
    text = lower_whole(text)  # same offsets; the patterns are lowercase
    # "up 15 places" needs one of its nouns: a cheap test skips the pattern almost always.
    ranked = _PLACE_NOUNS.search(text, start, end) is not None
    for m in _PLACES.finditer(text, start, end) if ranked else ():
        sign = -1 if m["dir"].lower() in ("down", "fell", "dropped") else 1
        figures.append(Figure(m.start(), m.end(), sign * float(m["n"]), "places", None, None, True))
        places_spans.append((m.start("n"), m.end("n")))
    for m in _FIGURE.finditer(text, start, end):
        num_start, num_end = m.span("num")
        if any(a <= num_start < b for a, b in places_spans):
            continue
        raw = m["num"]
        first_noun = m["noun"].split()[0].lower() if m["noun"] else ""
        before = text[max(start, num_start - 14) : num_start]
        after = text[num_end : num_end + 3]
        bare = m["pct"] is None and m["scale"] is None and m["cur1"] is None and m["cur2"] is None
        if bare and _not_a_figure(m, raw, first_noun, before, after, original, start, num_start):
            continue
        value = _number(raw)
        if m["scale"]:
            value *= _SCALE[m["scale"].lower()]
        currency = (m["cur1"] or m["cur2"] or "").upper().replace("US$", "USD").replace("$", "USD")
        if currency == "DONG":
            currency = "VND"
        context = text[max(start, m.start() - 40) : min(end, m.end() + 30)]
        if m["pct"]:
            unit = "%"
        elif currency:
            unit = currency
        elif m["ord"] or (m["den"] and _RANK_CONTEXT.search(context)):
            unit = "rank"
        else:
            unit = "count"
        if unit == "count" and _place_size(
            text, start, m.start("num"), m.end("scale") if m["scale"] else m.end("num")
        ):
            continue  # "a country of 100 million people": the place described, not a result
        qual = m["qual"].lower() if m["qual"] else None
        qualifier = _QUALIFIERS.get(qual) if qual else None
        change = bool(_CHANGE_BEFORE.search(text[max(start, m.start() - 30) : m.start()]))
        if qualifier is None and _ESTIMATED.search(text[max(start, m.start() - 45) : m.start()]):
            qualifier = "estimated"
        den = _number(m["den"]) if m["den"] else None
        noun = m["noun"].lower() if m["noun"] else None  # up to three words
        # the figure ends with its number, unit and scale, not the word after it
        end_at = max(
            m.end(g) for g in ("num", "den", "ord", "pct", "scale", "cur2") if m[g] is not None
        )
        # keep the figure itself, not the word after it, as its span
        figures.append(Figure(m.start(), end_at, value, unit, qualifier, noun, change, den))
    return sorted(figures, key=lambda f: f.start)


# A place's size: "a country of roughly 100 million people", "the city has about 3 million
# residents and covers nearly 12,000 square kilometres", "72 million of them adults". A
# count of people who did something ("residents with chip ID cards") is still a figure.
# A population told by its parts is the place's too: "of which 2,115,661 are permanent
# residents", "citizens aged 14 and over number about 1.7 million people".
_SIZE_BEFORE = lowercase_pattern(
    r"(?:\b(?:country|nation|city|province|district|region|commune|population)\s+of"
    r"|\b(?:has|have|had|covers?|covering)|\barea\s+of"
    r"|\baged\s+\d+\s+(?:and|or)\s+(?:over|above|older)\s+(?:are|is|were|number(?:ed)?|total(?:l?ed)?))\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|almost\s+|approximately\s+)?$"
)
_SIZE_AFTER = lowercase_pattern(
    r"\s*(?:people|inhabitants|residents|citizens)\b"
    r"(?!\s+(?:with|who|whose|that|have|had|has|using|registered|holding|were|are|in\s+need|to\b))"
    r"|\s*(?:square\s+kilomet\w+|sq\.?\s*km|km2|km²|hectares)\b"
    r"|\s*(?P<share>of\s+them\s+(?:adults|children|women|men|minors|voters)"
    r"|(?:are|were)\s+(?:permanent|temporary)\s+residents)\b"
)


def _place_size(text: str, start: int, num_start: int, num_end: int) -> bool:
    """Is the figure at ``text[num_start:num_end]`` (its number and scale, in a sentence
    from ``start``) the size of a place: its people, its area?"""
    after = _SIZE_AFTER.match(text, num_end)
    if after is None:
        return False
    if after["share"]:
        return True  # "72 million of them adults": a share of the place's people
    return _SIZE_BEFORE.search(text[max(start, num_start - 40) : num_start]) is not None


_DOCUMENT_BEFORE = re.compile(
    r"(?:no\.?|decree|resolution|decision|directive|circular|dispatch|instruction|plan|law|article|"
    r"clause|document|notice|conclusion)\s*$"
)
_AGE_OR_LINE_BEFORE = re.compile(
    r"\b(?:aged|age\s+of|(?:hotline|phone|call|dial|tel\.?)(?:\s+number)?(?:\s+\d[\d.]*)*)\s*$"
)
_MONTH_BEFORE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s*$"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:at|the|of)\s*$")
_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+\s*$")
# Capitalised only as a sentence's first word: what follows is a figure, not a label.
_LEADING_WORDS = frozenset(
    [
        "then",
        "in",
        "by",
        "of",
        "over",
        "about",
        "nearly",
        "almost",
        "some",
        "with",
        "and",
        "but",
        "all",
        "only",
        "now",
        "also",
        "since",
        "as",
        "at",
        "on",
        "for",
        "to",
        "from",
        "after",
        "before",
        "until",
        "around",
        "more",
        "less",
        "under",
        "above",
        "total",
        "including",
        "among",
        "within",
        "nationwide",
        "currently",
        "meanwhile",
        "additionally",
        "moreover",
        "however",
        "accordingly",
        "so",
        "thus",
        "there",
        "today",
        "altogether",
        "approximately",
        "roughly",
    ]
)
_MONTH_NOUNS = frozenset(calendar.month_name[1:]) | {m.lower() for m in calendar.month_name[1:]}
_MEETINGS = frozenset(("session", "meeting", "congress", "plenum", "conference"))
_ORDINAL_NOUNS = _MEETINGS | {"national", "party", "century", "time", "anniversary"}
_VERSION_NOUNS = frozenset(
    ("technology", "technologies", "industrial", "industry", "revolution", "era", "tech")
)
_DURATIONS = frozenset(("times", "years", "year", "months", "days", "hours", "minutes"))


def _not_a_figure(
    m: re.Match[str],
    raw: str,
    first_noun: str,
    before: str,
    after: str,
    original: str,
    start: int,
    num_start: int,
) -> bool:
    """A bare number (no %, scale or currency) that is a year, a date, a document or
    meeting number, a label or a duration: not a figure to report."""
    den, noun = m["den"], m["noun"]
    if _YEARLIKE.fullmatch(raw) and not den:
        return True  # a year
    if _DOCUMENT_BEFORE.search(before):
        return True
    if _AGE_OR_LINE_BEFORE.search(before):
        return True  # "aged 60 and over", "the hotline 1900 0368": an age, a phone number
    if after.startswith(("-", "/")) and not den:
        return True  # 57-NQ/TW, 2019-2023
    if _MONTH_BEFORE.search(before) or (noun and first_noun in _MONTH_NOUNS):
        return True  # a day of a month
    if noun and first_noun in _MEETINGS and _ARTICLE_BEFORE.search(before):
        return True
    if m["ord"] and noun and first_noun in _ORDINAL_NOUNS:
        return True
    if raw.endswith(".0") and first_noun in _VERSION_NOUNS:
        return True  # "the 4.0 technology revolution", "the 4.0 era": a name, not a figure
    if noun is None and not den and not m["ord"] and not m["qual"] and _number(raw) < 100:
        return True  # a small bare number: a list count, a label, not a figure
    name = None if den else _NAME_BEFORE.search(original, max(start, num_start - 14), num_start)
    if name and name.group().strip().lower() not in _LEADING_WORDS:
        return True  # Project 06, Resolution 52, Group 7 (not "Over 80 communes")
    return bool(noun and first_noun in _DURATIONS)
