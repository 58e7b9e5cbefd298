"""Figures in prose: numbers with their units and scale, ranks, and the indicator they measure.

``find_figures`` reads numbers (``87.7 million``, ``1,928,311 billion VND``, ``18.3%``,
``4,427/6,283``, ``71st place out of 193``, ``up 15 places``). ``name_metrics`` gives
each one the canonical indicator whose alias (from metrics.toml, never from code) is
nearest in the clause and whose unit fits.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

from briefing.extract.dates import Found, find_periods
from briefing.extract.periods import period_of
from briefing.extract.textcase import lower, lower_whole, lowercase_pattern, phrase_pattern
from briefing.model import MetricDef

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
_PLACES = lowercase_pattern(
    r"\b(?P<dir>up|down|rising|rose|climbed|fell|dropped)\s+(?P<n>\d+)\s+(?:places?|positions?|ranks?|spots?)\b",
    re.I,
)
_PLACE_NOUNS = re.compile("plac|position|rank|spot")
_RANK_CONTEXT = lowercase_pattern(r"\b(rank(?:ed|ing|s)?|place|position|top)\b", re.I)
_CHANGE_BEFORE = lowercase_pattern(
    r"(?:\bup|\bdown|increase(?:d)?(?:\s+of|\s+by)?|decrease(?:d)?(?:\s+of|\s+by)?|gr[eo]w(?:th)?(?:\s+of|\s+by)?|rose(?:\s+by)?|rise\s+of|higher\s+by"
    r"|growth\s+rate(?:\s+(?:of|is|was|at|reached|reaching))?)\s*$",
    re.I,
)
_DIGIT = re.compile(r"\d")
_ASIDE = re.compile(r"\([^()]*\)")
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


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def find_figures(text: str, start: int, end: int) -> list[Figure]:
    """The figures of ``text[start:end]``; years, dates, document numbers and list letters are not."""
    if _DIGIT.search(text, start, end) is None:
        return []  # most sentences have no number at all
    figures: list[Figure] = []
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


_DOCUMENT_BEFORE = re.compile(
    r"(?:no\.?|decree|resolution|decision|directive|law|article|clause)\s*$"
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
    if after.startswith(("-", "/")) and not den:
        return True  # 57-NQ/TW, 2019-2023
    if _MONTH_BEFORE.search(before) or (noun and first_noun in _MONTH_NOUNS):
        return True  # a day of a month
    if noun and first_noun in _MEETINGS and _ARTICLE_BEFORE.search(before):
        return True
    if m["ord"] and noun and first_noun in _ORDINAL_NOUNS:
        return True
    if noun is None and not den and not m["ord"] and not m["qual"] and _number(raw) < 100:
        return True  # a small bare number: a list count, a label, not a figure
    name = None if den else _NAME_BEFORE.search(original, max(start, num_start - 14), num_start)
    if name and name.group().strip().lower() not in _LEADING_WORDS:
        return True  # Project 06, Resolution 52, Group 7 (not "Over 80 communes")
    return bool(noun and first_noun in _DURATIONS)


Alias = tuple[int, int, list[str], bool]
"""An alias found: start, end, the metrics it may name, whether it speaks of a change."""
_SPEAKS_OF_CHANGE = re.compile(r"\b(?:growth|grow|grew|increase[ds]?|rise|rose|change)\b")


@dataclass(frozen=True, slots=True)
class NamedMetric:
    """A figure given a canonical name, value in the metric's unit, and period."""

    name: str
    value: float
    unit: str
    as_of: str
    qualifier: str | None


class MetricMatcher:
    """The aliases of metrics.toml compiled once; finds them in clauses."""

    def __init__(self, defs: dict[str, MetricDef]) -> None:
        self.defs = defs
        self.units = frozenset(d.unit for d in defs.values())
        entries = []
        for name, definition in defs.items():
            phrases = {*definition.aliases}
            for phrase in phrases:
                if phrase.strip():
                    entries.append((phrase, name))
        entries.sort(key=lambda e: -len(e[0]))
        self._names: dict[str, list[str]] = {}
        for phrase, name in entries:
            self._names.setdefault(lower(phrase), []).append(name)
        self._pattern = phrase_pattern(list(self._names))
        # "growth rate of the digital economy ... 28%": a phrase naming the change itself
        self.of_change = frozenset(p for p in self._names if _SPEAKS_OF_CHANGE.search(p))

    def aliases_in(self, text: str, start: int, end: int) -> list[Alias]:
        """Every alias occurrence in the span, with the metric names it may mean."""
        if self._pattern is None:
            return []
        return [
            (m.start(), m.end(), self._names[m.group()], m.group() in self.of_change)
            for m in self._pattern.finditer(lower_whole(text), start, end)
        ]


def _fits(definition: MetricDef, figure: Figure) -> bool:
    unit = definition.unit
    if figure.unit == "%":
        return unit == "%"
    if figure.unit in ("VND", "USD"):
        return unit == figure.unit
    if figure.unit in ("rank", "places"):
        return unit == figure.unit
    return unit not in ("%", "VND", "USD", "rank", "places")


def name_metrics(
    text: str,
    start: int,
    end: int,
    figures: list[Figure],
    matcher: MetricMatcher,
    ref: date,
    carry: str | None = None,
    context_start: int | None = None,
    periods: list[Found] | None = None,
    sentence_figures: list[Figure] | None = None,
    opening_end: int = 0,
    clause_start: int | None = None,
) -> list[NamedMetric]:
    """Give each figure of the clause ``text[start:end]`` a canonical metric, a period
    and a qualifier.

    The indicator is named by the nearest fitting alias in the clause; a figure whose
    clause names none takes the last one before it in ``text[context_start:start]``
    (its sentence: "In terms of cybersecurity rankings: Vietnam ranked 25th").
    The period is found as ``periods.period_of`` says, among ``periods`` and
    ``sentence_figures`` (the sentence's; the clause's when not given), with ``carry``
    the period the paragraph's earlier sentences frame; ``opening_end``: where the
    sentence's first clause ends (a period there frames the whole sentence);
    ``clause_start``: where the clause starts that ``text[start:end]`` is a part of.
    """
    if not figures:
        return []
    aliases = matcher.aliases_in(text, start, end)
    before: list[Alias] = []
    if context_start is not None and context_start < start:
        before = matcher.aliases_in(text, context_start, start)
    if periods is None:
        periods = find_periods(text, start, end, ref)
    around = sentence_figures if sentence_figures is not None else figures
    low = lower_whole(text)
    units = matcher.units
    result: list[NamedMetric] = []
    seen: set[tuple[str, str]] = set()
    asides = [m.span() for m in _ASIDE.finditer(low, start, end)]
    for figure in figures:
        # "(digital economy ICT)" qualifies the subject: it names no figure outside it.
        mine = [
            a
            for a in aliases
            if not any(x <= a[0] and a[1] <= y and not x <= figure.start < y for x, y in asides)
        ]
        name = _best_alias(figure, mine, matcher, units) or _best_alias(
            figure, before[-1:], matcher, units, limit=400
        )
        if name is None:
            continue
        definition = matcher.defs[name]
        period = period_of(
            figure, around, periods, low, carry, ref, clause_start or start, opening_end
        )
        key = (name, f"{figure.value}@{period}")
        if key in seen:
            continue
        seen.add(key)
        result.append(NamedMetric(name, figure.value, definition.unit, period, figure.qualifier))
    return result


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else noun + "s"


def _best_alias(
    figure: Figure,
    aliases: list[Alias],
    matcher: MetricMatcher,
    units: AbstractSet[str],
    limit: int = 160,
) -> str | None:
    """The metric of the nearest alias that fits the figure (unit, level or change)."""
    # "1,150 localities": a count says what it counts; only metrics in that unit fit.
    counted = None
    if figure.unit == "count" and figure.noun:
        # the head noun of a compound comes last: "56.8 million customer records"
        counted = next(
            (_plural(w) for w in reversed(figure.noun.split()) if _plural(w) in units), None
        )
    best: tuple[float, str] | None = None
    for a_start, a_end, names, of_change in aliases:
        if a_end <= figure.start:
            distance: float = figure.start - a_end
        else:
            distance = max(0, a_start - figure.end)
            if figure.unit != "count":
                # "X increased by 19%, Y increased by 82%": a rate's subject comes first.
                distance = distance * 3 + 10
        for name in names:
            definition = matcher.defs[name]
            wanted_change = figure.change and figure.unit == "%"
            candidate = name
            rate_of_change = "growth" in name or "change" in name
            if wanted_change and definition.unit == "%" and rate_of_change:
                pass  # a growth rate: "growth of over 8%" is its level
            elif rate_of_change and not figure.change and not of_change and figure.unit == "%":
                continue  # a level ("18.3% of GDP") is not a growth rate
            elif wanted_change and definition.unit == "%":
                for suffix in ("_growth", "_change"):
                    if f"{name}{suffix}" in matcher.defs:
                        candidate = f"{name}{suffix}"
                        break
                else:
                    continue
            elif figure.unit == "places" and definition.unit == "rank":
                # "ranked 71st ..., up 15 places": the rank's change
                candidate = f"{name}_change"
                if candidate not in matcher.defs:
                    continue
            elif wanted_change and definition.unit != "%":
                grown = f"{name}_growth"
                if grown not in matcher.defs:
                    continue
                candidate = grown
            chosen = matcher.defs[candidate]
            if not _fits(chosen, figure) or (counted and chosen.unit != counted):
                continue
            if best is None or distance < best[0]:
                best = (distance, candidate)
    if best is None or best[0] > limit:
        return None
    return best[1]
