"""An indicator's chart as plain data: what the Figures panel draws and the HTML export embeds.

Plain data (no Textual, no Rich, no SVG): both outputs draw the same chart from it.

- One **line per outlet**: each value it reported, at the middle of the period it
  describes.
  The outlets with most values get a line of their own; the rest share one line
  ("3 other outlets") so that a corpus of thousands of articles still draws a legend.
- A value of a **conflict** (sources disagreeing for one period, see ``timeline``) is
  flagged: both outputs mark it apart from the agreeing values.
- A **target** naming the same metric, in the same unit, is drawn as its level up to its
  due date (a target is a goal, never a report, so it is no point of any line).
- The **text alternative** lists every value drawn, for screen readers and ``NO_COLOR``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from itertools import takewhile

from briefing.analysis.per_corpus import PerCorpus
from briefing.analysis.timeline import Point, Series
from briefing.core.model import Finding, Kind, Metric
from briefing.core.numbers import format_metric, format_value
from briefing.core.text import printable
from briefing.corpus.indexed import Corpus

MAX_LINES = 5
"""Lines drawn: the outlets with most values, then one for all the others."""
MAX_PERIODS = 40
"""The newest period ends drawn; a chart of more is unreadable at 80 columns."""
MAX_CITED = 300
"""The newest citations drawn: a large corpus has thousands for one indicator, more than
a chart (or its text) can show; the citations list has every one."""
MAX_TARGETS = 3
"""Target levels drawn (distinct level and due date), soonest due first."""
TARGET_KINDS = (Kind.TARGET, Kind.DEADLINE)

SOURCE_COLOURS = ("kind-achievement", "kind-deadline", "kind-limitation", "foreground")
"""The theme variables each line is drawn in, in turn (the summary and the app alike)."""
TARGET_COLOUR = "kind-target"
CONFLICT_COLOUR = "status-overdue"


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One value drawn."""

    day: date
    """The middle of the period it describes: where it stands on the time axis (a
    year's figure across its year, a level at a date on its day)."""
    value: float
    period: str
    """The period as a person reads it: ``H1 2024``."""
    shown: str
    """The value as a person reads it: ``over 17%``."""
    conflict: bool
    """True when another source gives another value for the same period."""


@dataclass(frozen=True, slots=True)
class SourceLine:
    """The values of one outlet (or of every outlet not drawn on its own)."""

    name: str
    """The outlet, as the corpus gives it (untrusted text: escape before drawing)."""
    points: tuple[ChartPoint, ...]
    outlets: int = 1
    """How many outlets the line stands for."""

    def said(self) -> str:
        """Its values as text: ``9% (Dec 2023), 17% (H1 2024) [disputed]``."""
        return ", ".join(
            f"{p.shown} ({p.period}){' [disputed]' if p.conflict else ''}" for p in self.points
        )


@dataclass(frozen=True, slots=True)
class TargetLevel:
    """A target naming the chart's metric: its level and when it falls due."""

    value: float
    shown: str
    due: date
    """The last day of its due period (the figure's own period when it names no due date)."""
    due_label: str
    outlet: str

    def said(self) -> str:
        """``80% by 2025 (baochinhphu.vn)``."""
        return f"{self.shown} by {self.due_label} ({printable(self.outlet)})"


@dataclass(frozen=True, slots=True)
class Chart:
    """One indicator's values over time by outlet, its conflicts and its targets."""

    metric: str
    label: str
    unit: str
    lines: tuple[SourceLine, ...]
    targets: tuple[TargetLevel, ...] = ()
    disputed: tuple[str, ...] = ()
    """The periods sources disagree on (as labelled), oldest first."""
    left_out: int = 0
    """Older citations not drawn (see ``MAX_CITED``)."""

    @property
    def title(self) -> str:
        """What the chart shows, in one line (an SVG ``<title>``, the widget's border)."""
        return f"{printable(self.label)}: reported values over time, by source"

    @property
    def points(self) -> list[ChartPoint]:
        """Every value drawn."""
        return [p for line in self.lines for p in line.points]

    @property
    def inverted(self) -> bool:
        """True for a rank: a smaller one is better, so the axis runs from high to low."""
        return self.unit == "rank"

    def sharing(self) -> dict[tuple[int, date, float], float]:
        """How far each line's marker moves aside, in markers' widths, where outlets
        give the very same value for one period: each is seen, none hides another."""
        lines_at: dict[tuple[date, float], list[int]] = {}
        for n, line in enumerate(self.lines):
            for p in line.points:
                lines_at.setdefault((p.day, p.value), []).append(n)
        return {
            (n, day, value): k - (len(lines) - 1) / 2
            for (day, value), lines in lines_at.items()
            for k, n in enumerate(lines)
        }

    def days(self) -> tuple[date, date]:
        """The time axis: every value's day and every target's due day."""
        days = [p.day for p in self.points] + [t.due for t in self.targets]
        return (min(days), max(days)) if days else (date.min, date.min)

    def values(self) -> tuple[float, float]:
        """The value axis: every value and target level, a little room either side."""
        values = [p.value for p in self.points] + [t.value for t in self.targets]
        if not values:
            return 0.0, 1.0
        low, high = min(values), max(values)
        room = (high - low) * 0.08 or abs(high) * 0.1 or 1.0
        low, high = low - room, high + room
        if min(values) >= 0 > low:  # no negative axis for values that cannot be negative
            low = 0.0
        if self.unit == "%" and max(values) <= 100 < high:
            high = 100.0
        return low, high

    def value_ticks(self, count: int = 4) -> list[float]:
        """Round values across the value axis (steps of 1, 2 or 5 times a power of ten)."""
        low, high = self.values()
        return nice_ticks(low, high, count)

    def tick(self, value: float) -> str:
        """A value-axis label: ``43%``, ``87.7 million cards``."""
        return format_value(round(value, 2 if abs(value) < 100 else 0), self.unit)

    def line_texts(self) -> list[str]:
        """Each line's values as text: ``Báo Thanh Hóa: 9% (Dec 2023), 17% (H1 2024)``."""
        return [f"{printable(line.name)}: {line.said()}" for line in self.lines]

    def target_texts(self) -> list[str]:
        """Each target as text: ``Target: 80% by 2025 (baochinhphu.vn)``."""
        return [f"Target: {t.said()}" for t in self.targets]

    def dispute_text(self) -> str:
        """``Sources disagree for H1 2024``, or empty."""
        return "Sources disagree for " + ", ".join(self.disputed) if self.disputed else ""

    def left_out_text(self) -> str:
        """``1,200 earlier values not drawn (listed in the citations)``, or empty."""
        if not self.left_out:
            return ""
        return f"{self.left_out:,} earlier citations not drawn (every one is in the citations)"

    def alternative(self) -> list[str]:
        """The chart as text, one line per outlet, target and dispute."""
        more = [text for text in (self.dispute_text(), self.left_out_text()) if text]
        return self.line_texts() + self.target_texts() + more


def year_of(day: date) -> float:
    """A day as a fractional year: the charts' time axis."""
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def year_ticks(low: float, high: float, most: int = 7) -> list[int]:
    """The first days of whole years across a time axis, at most ``most`` of them."""
    first, last = math.ceil(low), math.floor(high)
    years = list(range(first, last + 1)) or [math.floor(low)]
    step = -(-len(years) // most)
    return years[::step]


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """About ``count`` round values between ``low`` and ``high``."""
    span = high - low
    if span <= 0 or not math.isfinite(span):
        return [low]
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = min((m * power for m in (1, 2, 5, 10)), key=lambda step: abs(math.log(step / raw)))
    first = math.ceil(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


def chart_of(corpus: Corpus, series: Series) -> Chart:
    """The chart of one series, with the corpus's targets for its metric."""
    points = _newest(series.points)
    shown_from = points[0].period.end if points else date.min
    shown = list(takewhile(lambda c: c.end >= shown_from, reversed(series.conflicts)))
    disputed = {id(p) for c in shown for p in c.points}
    by_outlet: dict[str, list[Point]] = {}
    for point in points:
        by_outlet.setdefault(point.source.outlet, []).append(point)
    ranked = sorted(by_outlet.items(), key=lambda item: (-len(item[1]), item[0]))
    if len(ranked) > MAX_LINES:
        own, rest = ranked[: MAX_LINES - 1], ranked[MAX_LINES - 1 :]
        merged = [p for _, group in rest for p in group]
        lines = [SourceLine(name, _drawn(group, disputed)) for name, group in own]
        others = f"{len(rest)} other outlets"
        lines.append(SourceLine(others, _drawn(merged, disputed), outlets=len(rest)))
    else:
        lines = [SourceLine(name, _drawn(group, disputed)) for name, group in ranked]
    labels = {c.end: c.period_label() for c in shown}
    return Chart(
        series.metric,
        series.label,
        series.unit,
        tuple(lines),
        tuple(_targets(corpus, series)),
        tuple(labels[end] for end in sorted(labels)),
        left_out=len(series.points) - len(points),
    )


def _newest(points: list[Point]) -> list[Point]:
    """The newest citations (``points`` are in period order): whole periods, at most
    ``MAX_PERIODS`` of them and ``MAX_CITED`` citations, but always the latest period."""
    ends: set[date] = set()
    start = len(points)
    while start > 0:
        end = points[start - 1].period.end
        if end not in ends:
            if len(ends) == MAX_PERIODS or (ends and len(points) - start >= MAX_CITED):
                break
            ends.add(end)
        start -= 1
    return points[start:]


def _drawn(points: list[Point], disputed: set[int]) -> tuple[ChartPoint, ...]:
    """One chart point per (day, value), oldest first; disputed when any of them is."""
    kept: dict[tuple[date, float], ChartPoint] = {}
    for point in sorted(points, key=lambda p: p.period.end):
        period = point.period
        key = (period.start + (period.end - period.start) / 2, point.metric.value)
        conflict = id(point) in disputed
        known = kept.get(key)
        if known is None or (conflict and not known.conflict):
            kept[key] = ChartPoint(
                key[0],
                point.metric.value,
                point.period.label(),
                format_metric(point.metric),
                conflict or (known is not None and known.conflict),
            )
    return tuple(kept.values())


_TARGETS: PerCorpus[dict[str, list[tuple[Finding, Metric]]]] = PerCorpus()


def targets_by_metric(corpus: Corpus) -> dict[str, list[tuple[Finding, Metric]]]:
    """Every target's and deadline's figure, by metric name (worked out once a corpus)."""

    def make(corpus: Corpus) -> dict[str, list[tuple[Finding, Metric]]]:
        found: dict[str, list[tuple[Finding, Metric]]] = {}
        for finding in corpus.findings:
            if finding.kind in TARGET_KINDS:
                for metric in finding.metrics:
                    found.setdefault(metric.name, []).append((finding, metric))
        return found

    return _TARGETS.made(corpus, make)


def _targets(corpus: Corpus, series: Series) -> list[TargetLevel]:
    levels: dict[tuple[float, date], TargetLevel] = {}
    for finding, metric in targets_by_metric(corpus).get(series.metric, []):
        if metric.unit != series.unit:  # another definition: not on this axis
            continue
        due = finding.due_period or metric.period
        level = TargetLevel(
            metric.value,
            format_value(metric.value, metric.unit),
            due.end,
            due.label(),
            corpus.sources[finding.source].outlet,
        )
        levels.setdefault((level.value, level.due), level)
    ordered = sorted(levels.values(), key=lambda t: (t.due, t.value))
    return ordered[:MAX_TARGETS]
