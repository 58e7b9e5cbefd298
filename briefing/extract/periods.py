"""The period each figure describes (its ``as_of``), from where periods stand around it.

Reports date a figure in four ways, tried in this order:

1. right after it: "16.5% in 2023", "17% by the end of 2023", "25% a year from 2019 to 2023";
2. a baseline right before it: "compared to the end of 2023 at 79.6%";
3. a period framing its sentence before it: "In the first 6 months of 2024, revenue rose 26%",
   "in 2020 it was 11.5 million", "at present, this rate has reached 43%";
4. a period framing an earlier sentence of the paragraph, when that sentence names just
   one: "By December 2023, 84.7 million cards were issued. 34 localities completed ...".

Otherwise the figure is as of the article's date. A baseline ("up 26% over the same period
in 2023", "compared to 2022") is never the period of the figure before it, and a period
that dates another figure ("28% in 2022") frames nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol

from briefing.extract.dates import Found, find_periods
from briefing.extract.textcase import lower_whole


class Figure(Protocol):
    """Where a figure is (``figures.Figure`` is one)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_ATTACH_GAP = 30
"""The most characters between a figure and the period that dates it."""
_BASELINE_GAP = 8
"""The most characters between a baseline and the figure it dates ("... 2023 at 79.6%")."""
# Between a figure and its period: words, not a new clause or another comparison.
_GAP_BREAKS = re.compile(r"[,;:)]|\b(?:and|but|while|over|compared|than|from|up|down|of which)\b")


_CLOSE_GAP = 12
"""A period this close after a figure dates it and frames nothing else ("28% in 2022");
farther ("5 platforms in the first 6 months of 2024 reached ...") it may frame the rest."""


def _attached_to(
    found: Found, figures: Sequence[Figure], low: str, most: int = _ATTACH_GAP
) -> Figure | None:
    """The figure ``found`` dates directly ("18.5% by June 2024"), if any."""
    before = [f for f in figures if f.end <= found.start]
    if not before:
        return None
    figure = before[-1]
    gap = low[figure.end : found.start]
    if len(gap) > most or _GAP_BREAKS.search(gap.lstrip(" (")):
        return None
    return figure


def framing(periods: Sequence[Found], figures: Sequence[Figure], low: str) -> list[Found]:
    """The periods that frame rather than date one figure or name a baseline."""
    return [
        p for p in periods if not p.baseline and _attached_to(p, figures, low, _CLOSE_GAP) is None
    ]


def sentence_carry(
    periods: Sequence[Found], figures: Sequence[Figure], low: str, carry: str | None
) -> str | None:
    """The period a sentence hands to the next ones of its paragraph: its own when it
    names exactly one framing period, none when it names others, else what it was given."""
    if not periods:
        return carry
    frames = framing(periods, figures, low)
    return frames[0].period if len(frames) == 1 else None


def period_of(
    figure: Figure,
    figures: Sequence[Figure],
    periods: Sequence[Found],
    low: str,
    carry: str | None,
    ref: date,
    clause_start: int = 0,
    opening_end: int = 0,
    ref_period: str | None = None,
) -> str:
    """The ``as_of`` of ``figure``, one of the sentence's ``figures``, given the sentence's
    ``periods`` (offsets into ``low``, the lowercased text) and the paragraph's ``carry``.
    A framing period counts in the figure's own clause (from ``clause_start``) or in the
    sentence's opening clause (up to ``opening_end``), not in another clause. With none,
    the article's own period (``ref_period``, else the day ``ref``)."""
    later = [f.start for f in figures if f.start > figure.start]
    next_figure = later[0] if later else None
    for found in periods:
        if found.start < figure.end:
            continue
        if next_figure is not None and found.start > next_figure:
            break
        if found.baseline:
            break  # "up 26% over the same period in 2023": not this figure's period
        if _attached_to(found, figures, low) is figure:
            return found.period
        break
    for found in reversed(periods):
        if found.end <= figure.start:
            if found.baseline and figure.start - found.end <= _BASELINE_GAP:
                return found.period  # "compared to the end of 2023 at 79.6%"
            break
    first = min((f.start for f in figures), default=figure.start)
    for found in reversed(framing(periods, figures, low)):
        if found.end <= figure.start and (
            found.start >= clause_start or (found.end <= opening_end and found.end <= first)
        ):
            return found.period
    joined = _dated_with(figure, figures, periods, low)
    if joined is not None:
        return joined
    if carry:
        return carry
    return _year_after_baseline(figure, periods, ref) or ref_period or ref.isoformat()


# "18.3% of GDP in 2024, with a growth rate exceeding 20%": the figure after ", with" goes
# with the one before, and with its period.
_WITH = re.compile(r",\s+with\s+(?:a\s+|an\s+)?[^,;]{0,40}$")


def _dated_with(
    figure: Figure, figures: Sequence[Figure], periods: Sequence[Found], low: str
) -> str | None:
    """The period of the figure that ``figure`` is told along with, if it is dated."""
    before = [f for f in figures if f.end <= figure.start]
    if not before:
        return None
    previous = before[-1]
    if not _WITH.search(low, previous.end, figure.start):
        return None
    for found in periods:
        if previous.end <= found.start < figure.start and not found.baseline:
            return found.period if _attached_to(found, figures, low) is previous else None
    return None


def _year_after_baseline(figure: Figure, periods: Sequence[Found], ref: date) -> str | None:
    """The year a figure with no period of its own describes when it is compared with the
    year before and that year is over ("reached 48.5%, up 12.3% compared to 2023", in a
    January 2025 report: 2024); None while that year is still running."""
    for found in periods:
        if found.baseline and found.start >= figure.end and len(found.period) == 4:
            year = int(found.period) + 1
            return str(year) if ref > date(year, 12, 31) else None
    return None


LEAD_WORDS = 35
"""The most words of a section lead."""


class SectionPeriod:
    """The period a paragraph without figures sets for the paragraphs after it, when it
    names exactly one ("National digital transformation in the first 6 months of the
    year has achieved many outstanding results."): a report's section lead. Found only
    when a figure asks (most paragraphs' figures name their own)."""

    def __init__(self, find: Callable[[int, int], list[Found]]) -> None:
        self._find = find
        self._pending: list[tuple[int, int]] = []
        self._value: str | None = None

    def note(self, start: int, end: int, figures: bool, words: int) -> None:
        """A paragraph read, whether it had figures and how many words: a lead is short
        and has none (a long opening paragraph tells of the meeting, not of a section)."""
        if not figures and words <= LEAD_WORDS:
            self._pending.append((start, end))

    def current(self) -> str | None:
        """The period set by the paragraphs read so far."""
        for start, end in self._pending:
            frames = [p for p in self._find(start, end) if not p.baseline]
            if len(frames) == 1:
                self._value = frames[0].period
            elif frames:
                self._value = None
        self._pending.clear()
        return self._value


class LinePeriods:
    """The periods a paragraph names, found on demand (most paragraphs have no figure),
    and the one its earlier sentences frame for the current one (``periods.py``)."""

    def __init__(self, text: str, start: int, end: int, ref: date) -> None:
        self._args = (text, start, end, ref)
        self._found: list[Found] | None = None
        self._starts: list[int] = []
        self._sentences: list[tuple[int, int, Sequence[Figure]]] = []
        self._carry: str | None = None
        self._carried = 0

    def all(self) -> list[Found]:
        """Every period the paragraph names, in text order."""
        if self._found is None:
            self._found = find_periods(*self._args)
            self._starts = [p.start for p in self._found]
        return self._found

    def within(self, start: int, end: int) -> list[Found]:
        """The periods inside ``[start, end)`` (a bisection: paragraphs can be long)."""
        found = self.all()
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end, first)
        return [p for p in found[first:last] if p.end <= end]

    def note(self, start: int, end: int, figures: Sequence[Figure]) -> None:
        """The next sentence of the paragraph, with its figures."""
        self._sentences.append((start, end, figures))

    def had_figures(self) -> bool:
        """True when a sentence noted had a figure."""
        return any(figures for _, _, figures in self._sentences)

    def carry(self) -> str | None:
        """The period the sentences before the last noted one frame for it."""
        low = lower_whole(self._args[0])
        # Each sentence is read once: the carry so far is kept between calls.
        while self._carried < len(self._sentences) - 1:
            start, end, figures = self._sentences[self._carried]
            self._carry = sentence_carry(self.within(start, end), figures, low, self._carry)
            self._carried += 1
        return self._carry
