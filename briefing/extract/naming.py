"""Which canonical metric a figure measures, and for which period.

``MetricMatcher`` holds the aliases of metrics.toml (the vocabulary stays in data, never
in code); ``name_metrics`` gives each figure of a clause the metric whose alias is nearest
and whose unit fits, and its period (``periods.period_of``).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

from briefing.core.model import MetricDef
from briefing.extract.dates import Found, find_periods
from briefing.extract.figures import Figure
from briefing.extract.periods import period_of
from briefing.extract.textcase import lower, lower_whole, phrase_pattern

_ASIDE = re.compile(r"\([^()]*\)")
Alias = tuple[int, int, list[str], bool]
"""An alias found: start, end, the metrics it may name, whether it speaks of a change."""
# A province's or city's own product: its shares are not the national GDP's.
_REGIONAL = re.compile(r"\bgrdp\b|\bgross\s+regional\s+domestic\s+product\b")
# A figure told as of now ("since then", "to date", "now has"): the article's own date,
# not a period an earlier sentence of the paragraph named.
_UP_TO_NOW = re.compile(
    r"\b(?:since\s+then|since\s+that\s+time|so\s+far|to\s+date|up\s+to\s+now|until\s+now|now)\b"
)
# Another measure named between an alias and a figure: "the rate of online records
# reached 44.6%, while the rate of records digitised reached 52.3%".
_OTHER_MEASURE = re.compile(r"\b(?:rate|share|proportion|percentage|ratio)\s+of\b")
_OWN_MEASURE = re.compile(
    r"\b(?:rate|share|proportion|percentage|ratio|number|value|volume|amount)\s+of\b"
)
"""A measure a clause names for its figure, which then takes no alias from before it."""
# A share of what the alias counts, not its rate: "23% of the online records were
# submitted by citizens themselves".
_SHARE_OF_ALIAS = re.compile(r"\s*of\s+(?:the\s+|these\s+|those\s+|all\s+)?$")
_SUBSET_VERB = re.compile(r"\s+(?:were|was|are|is|had|have|has|came|come)\b")
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
        self._words: dict[str, frozenset[str]] = {}

    def noun_fits(self, noun: str, name: str) -> bool:
        """Whether a count's noun ("applications for level") shares a word with what the
        metric counts (its unit, label and aliases): else it counts something else."""
        words = self._words.get(name)
        if words is None:
            definition = self.defs[name]
            text = " ".join((definition.unit, definition.label, *definition.aliases))
            words = self._words[name] = frozenset(_stems(text))
        # "applications for electronic identification" counts applications: the words
        # before a preposition are what is counted
        counted = _PREPOSITION.split(noun.lower(), maxsplit=1)[0]
        unit = self.defs[name].unit.lower()  # "30 MW": a unit of two letters
        return unit in counted.split() or not words.isdisjoint(_stems(counted))

    def aliases_in(self, text: str, start: int, end: int) -> list[Alias]:
        """Every alias occurrence in the span, with the metric names it may mean."""
        if self._pattern is None:
            return []
        return [
            (m.start(), m.end(), self._names[m.group()], m.group() in self.of_change)
            for m in self._pattern.finditer(lower_whole(text), start, end)
        ]


_PREPOSITION = re.compile(r"\s(?:for|of|in|to|from|with|on|at|by|under|via)\b")
_NOUN_WORD = re.compile(r"[a-zà-ỹđ0-9]{3,}")
# Not what a count counts: "14.5 million dossiers online" counts dossiers.
_NOT_NOUNS = frozenset(
    ("the", "and", "for", "with", "from", "into", "that", "this", "its", "their", "online")
)


def _stems(text: str) -> set[str]:
    """The words of ``text`` (three letters or more), singular: "cards" → "card"."""
    return {
        w[:-1] if w.endswith("s") and len(w) > 3 else w
        for w in _NOUN_WORD.findall(text.lower())
        if w not in _NOT_NOUNS
    }


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
    local: bool = False,
    ref_period: str | None = None,
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
    ``clause_start``: where the clause starts that ``text[start:end]`` is a part of;
    ``local``: the sentence reports a locality's figures (none is a national indicator);
    ``ref_period``: the article's date as precisely as it is known (``ref`` otherwise).
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
    regional = _REGIONAL.search(low, start, end) is not None
    if carry and _UP_TO_NOW.search(low, clause_start or start, end):
        carry = None
    for figure in figures:
        # "(digital economy ICT)" qualifies the subject: it names no figure outside it.
        mine = [
            a
            for a in aliases
            if not any(x <= a[0] and a[1] <= y and not x <= figure.start < y for x, y in asides)
            and not _owned_elsewhere(low, a, figure)
        ]
        name = _best_alias(figure, mine, matcher, units) or (
            # (not when the clause names its own measure: "..., while the rate of records
            # reused reached 37%" is not the rate named before it)
            _best_alias(figure, before[-1:], matcher, units, limit=400)
            if before and _OWN_MEASURE.search(low, start, figure.start) is None
            else None
        )
        if name is None:
            continue
        definition = matcher.defs[name]
        if local and definition.national:
            continue  # "the province issued 1.1 million cards": not the country's count
        if regional and "gdp" in definition.label.lower():
            continue  # "25% of its GRDP": a province's economy, not the country's GDP share
        period = period_of(
            figure,
            around,
            periods,
            low,
            carry,
            ref,
            clause_start or start,
            opening_end,
            ref_period,
        )
        key = (name, f"{figure.value}@{period}")
        if key in seen:
            continue
        seen.add(key)
        result.append(NamedMetric(name, figure.value, definition.unit, period, figure.qualifier))
    return result


def _owned_elsewhere(low: str, alias: Alias, figure: Figure) -> bool:
    """Is the figure another measure's, or a share of what the alias counts, rather than
    the alias's own value?"""
    a_start, a_end = alias[0], alias[1]
    if a_end <= figure.start:
        return _OTHER_MEASURE.search(low, a_end, figure.start) is not None
    return (
        figure.unit == "%"
        and _SHARE_OF_ALIAS.fullmatch(low, figure.end, a_start) is not None
        and _SUBSET_VERB.match(low, a_end) is not None
    )


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
            if (
                figure.unit == "count"
                and figure.noun
                and not matcher.noun_fits(figure.noun, candidate)
            ):
                continue  # "985,400 applications" beside "ID cards issued": not the cards
            if best is None or distance < best[0]:
                best = (distance, candidate)
    if best is None or best[0] > limit:
        return None
    return best[1]
