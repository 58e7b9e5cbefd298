"""Figures over time: each indicator's reported values across sources, in period order.

Plain data for the summary and the TUI alike (no Textual, no Rich).

- A **series** is every value reported for one canonical metric by an achievement or a
  limitation; targets are goals, not reports, and are left out.
- Values are compared only in the metric's own unit (``metrics.toml``). A value in any
  other unit is *refused*: kept aside, never compared (the corpus check already rejects
  it, so this only guards hand-built findings).
- Two values describe the **same period** when their periods end on the same day:
  ``2024-06`` ("by June 2024") and ``2024-H1`` ("in the first half of 2024") both end
  on 2024-06-30 and are compared; ``2024-07`` and ``2024-07-10`` are not.
- One value for one period is a **report**; it is **corroborated** when several sources
  give it (near-duplicate findings across articles are grouped into one report).
- Different values for the same period from different sources are a **conflict**.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import NamedTuple

from briefing.core.collector import collection_paused
from briefing.core.dates import Period
from briefing.core.model import Finding, Kind, Metric, Source
from briefing.core.numbers import number, scaled
from briefing.corpus.indexed import Corpus

REPORTED_KINDS = (Kind.ACHIEVEMENT, Kind.LIMITATION)
SPARK = "▁▂▃▄▅▆▇█"


NOT_COMPARED = "earlier, of another kind of period (not compared)"
"""Said where a value is listed beside the latest with no change: their periods are of
different kinds (see ``Series.previous``)."""


def same_value(a: float, b: float) -> bool:
    """True when two values in the same unit are the same figure."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


class Point(NamedTuple):
    """One reported value with its citation.

    A named tuple, as ``Report``: a large corpus makes 100,000s of them per series
    build, and a tuple is made several times faster than a frozen dataclass."""

    finding: Finding
    metric: Metric
    source: Source

    @property
    def period(self) -> Period:
        """The period the value describes."""
        return self.metric.period

    @property
    def key(self) -> str:
        """The row key of this citation in the TUI: ``finding-id#metric#as-of``.

        A finding may give one metric for two periods ("from 38% in 2023 to 61%").
        """
        return f"{self.finding.id}#{self.metric.name}#{self.metric.as_of}"


class Report(NamedTuple):
    """One value for one period (same end day), from one or more sources."""

    end: date
    value: float
    points: tuple[Point, ...]

    @property
    def first(self) -> Point:
        """The citation shown first (the oldest source)."""
        return self.points[0]

    @property
    def sources(self) -> list[str]:
        """The distinct source ids giving this value, oldest first."""
        return list(dict.fromkeys(p.source.id for p in self.points))

    @property
    def corroboration(self) -> int:
        """How many sources give this value."""
        return len(self.sources)


@dataclass(frozen=True, slots=True)
class Conflict:
    """Different values for the same period from different sources."""

    end: date
    reports: tuple[Report, ...]

    @property
    def values(self) -> list[float]:
        """The values that disagree, in the order of the reports."""
        return [r.value for r in self.reports]

    @property
    def points(self) -> list[Point]:
        """Every citation involved."""
        return [p for r in self.reports for p in r.points]

    def period_label(self) -> str:
        """``Jun 2024 / H1 2024``: the periods as the sources state them."""
        labels = dict.fromkeys(p.period.label() for p in self.points)
        return " / ".join(labels)


@dataclass
class Series:
    """Every value reported for one metric, ordered by the period it describes."""

    metric: str
    label: str
    unit: str
    points: list[Point] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[Point] = field(default_factory=list)

    @property
    def latest(self) -> Report | None:
        """The report for the latest period (the newest source's, when they disagree)."""
        return self.reports[-1] if self.reports else None

    @property
    def earlier(self) -> Report | None:
        """The latest report for an earlier period than ``latest``, of any kind."""
        latest = self.latest
        if latest is None:
            return None
        before = [r for r in self.reports if r.end < latest.end]
        return before[-1] if before else None

    @property
    def previous(self) -> Report | None:
        """The latest report for an earlier period of the same kind as ``latest``'s (a
        year and a year, a half-year and a half-year, a day and a day): the one a change
        may be computed from. A half-year's total is not a year's, nor a month's share
        a year's, so across kinds of period nothing is compared."""
        latest = self.latest
        if latest is None:
            return None
        kind = latest.first.period.precision
        before = [
            r for r in self.reports if r.end < latest.end and r.first.period.precision is kind
        ]
        return before[-1] if before else None

    @property
    def change(self) -> float | None:
        """``latest - previous`` in the metric's unit, or None with no comparable report."""
        latest, previous = self.latest, self.previous
        if latest is None or previous is None:
            return None
        return latest.value - previous.value

    def conflict_at(self, end: date) -> Conflict | None:
        """The conflict for the period ending on ``end``, if any."""
        return next((c for c in self.conflicts if c.end == end), None)

    def in_conflict(self, point: Point) -> bool:
        """True when ``point`` is one of the disagreeing values."""
        conflict = self.conflict_at(point.period.end)
        return conflict is not None and point in conflict.points

    @property
    def trend(self) -> list[float]:
        """One value per period, oldest first (the latest report's, when they disagree)."""
        per_end: dict[date, float] = {}
        for report in self.reports:
            per_end[report.end] = report.value
        return list(per_end.values())


def build_series(corpus: Corpus, findings: Iterable[Finding] | None = None) -> list[Series]:
    """The series of every metric reported by ``findings`` (all of the corpus by default).

    Sorted by the metric's label; a metric with no reported value has no series. Points
    are ordered by (period end, the source's day, finding id).
    """
    with collection_paused():  # 100,000s of points, none cyclic
        return _build_series(corpus, corpus.findings if findings is None else findings)


def _build_series(corpus: Corpus, chosen: Iterable[Finding]) -> list[Series]:
    # A large corpus has 100,000s of points: each gets one int sort key, made while at
    # hand, instead of a tuple of dates and ids compared at every step of the sort.
    rank = corpus.publication_rank()
    span = len(rank) + 1
    ends: dict[str, int] = {}
    by_metric: dict[str, list[tuple[int, Point]]] = {}
    sources = corpus.sources
    published = {sid: s.published_date for sid, s in sources.items()}
    for finding in chosen:
        if not finding.metrics or finding.kind not in REPORTED_KINDS:
            continue
        source = sources[finding.source]
        order = rank[finding.id]
        for metric in finding.metrics:
            end = ends.get(metric.as_of)
            if end is None:
                end = ends[metric.as_of] = metric.period.end.toordinal() * span
            keyed = by_metric.get(metric.name)
            if keyed is None:
                keyed = by_metric[metric.name] = []
            keyed.append((end + order, _new_point(Point, (finding, metric, source))))
    result: list[Series] = []
    for name, keyed in by_metric.items():
        definition = corpus.metric_defs.get(name)
        unit = definition.unit if definition else keyed[0][1].metric.unit
        series = Series(metric=name, label=corpus.metric_label(name), unit=unit)
        keyed.sort(key=_FIRST)  # stable: a finding's metrics keep their order on a tie
        kept: list[tuple[int, Point]] = []
        for item in keyed:
            if item[1].metric.unit == unit:
                kept.append(item)
            else:
                series.refused.append(item[1])
        series.points = [point for _, point in kept]
        _group(series, kept, span, published)
        result.append(series)
    return sorted(result, key=lambda s: (s.label, s.metric))


_FIRST = itemgetter(0)
_new_point = tuple.__new__  # a Point without NamedTuple's own __new__: 100,000s of them


class _Matcher:
    """Which report (by index) a value joins: the first whose value is ``same_value``.

    A scan over every report made grouping quadratic (a 10,000-article corpus has
    thousands of values for one period); here an exact value is a dict lookup and
    a near one a bisection in the sorted values, with the same answer as the scan.
    """

    def __init__(self) -> None:
        self.exact: dict[float, int] = {}
        self.ordered: list[tuple[float, int]] = []

    def find(self, value: float) -> int | None:
        index = self.exact.get(value)
        if index is not None or not math.isfinite(value):
            return index
        window = 2e-9 * abs(value) + 2e-9
        ordered = self.ordered
        at = bisect.bisect_left(ordered, (value - window, -1))
        close = []
        while at < len(ordered):  # by index: a slice would copy the rest of the list
            other, position = ordered[at]
            if other > value + window:
                break
            if same_value(other, value):
                close.append(position)
            at += 1
        return min(close) if close else None

    def add(self, value: float, index: int) -> None:
        self.exact.setdefault(value, index)
        if math.isfinite(value):
            bisect.insort(self.ordered, (value, index))


def _group(
    series: Series, kept: list[tuple[int, Point]], span: int, published: dict[str, date]
) -> None:
    # The sort keys are end day * span + publication rank: points of one period are
    # neighbours, and their end day is the key's quotient.
    by_end: dict[int, list[Point]] = {}
    for key, point in kept:
        day = key // span
        same = by_end.get(day)
        if same is None:
            by_end[day] = [point]
        else:
            same.append(point)
    for day, points in by_end.items():
        end = date.fromordinal(day)
        if len(points) == 1:
            series.reports.append(Report(end, points[0].metric.value, (points[0],)))
            continue
        grouped: list[list[Point]] = []
        matcher = _Matcher()
        for point in points:
            value = point.metric.value
            found = matcher.find(value)
            if found is None:
                matcher.add(value, len(grouped))
                grouped.append([point])
            else:
                grouped[found].append(point)
        # When sources disagree, the newest source's value counts as the latest:
        # ordered by (newest source's day, first finding's id), as Report tells them.
        # Points come in publication order, so a group's newest source is its last.
        ordered = sorted(
            (published[group[-1].source.id], group[0].finding.id, index)
            for index, group in enumerate(grouped)
        )
        built = [
            Report(end, grouped[index][0].metric.value, tuple(grouped[index]))
            for _, _, index in ordered
        ]
        series.reports += built
        if len(built) > 1 and len({p.source.id for p in points}) > 1:
            series.conflicts.append(Conflict(end, tuple(built)))


def headline(series: Iterable[Series]) -> list[tuple[Finding, Metric]]:
    """Each indicator's latest reported value with its citation, in the order of ``series``.

    The latest is the value for the latest period; when several sources give one, the
    newest source's; of sources of one day, the first finding by id (the one a copied
    claim is listed by).
    """
    return [_latest_point(s.points) for s in series if s.points]


def _latest_point(points: list[Point]) -> tuple[Finding, Metric]:
    # Points are in (period end, day, id) order: walk back over the last (end, day).
    last = points[-1]
    end, day = last.metric.period.end, last.source.published_date
    index = len(points) - 1
    while index > 0:
        before = points[index - 1]
        if before.metric.period.end != end or before.source.published_date != day:
            break
        index -= 1
    return points[index].finding, points[index].metric


def series_by_metric(series: Iterable[Series]) -> dict[str, Series]:
    """Index a list of series by metric name."""
    return {s.metric: s for s in series}


def format_change(change: float, unit: str) -> str:
    """The change since the previous report: ``+1.4 million cards``, ``+1.8 points``."""
    change = round(change, 9)
    if change == 0:
        return "unchanged"
    if unit == "rank":  # a lower rank is a better one
        return f"{'up' if change < 0 else 'down'} {number(abs(change))} places"
    sign = "+" if change > 0 else "−"
    if unit == "%":
        size = round(abs(change), 6)
        return f"{sign}{number(size)} {'point' if size == 1 else 'points'}"
    return f"{sign}{scaled(abs(change))} {unit}"


def sparkline(values: list[float]) -> str:
    """A one-line trend: one block per value, lowest ``▁`` to highest ``█``."""
    if not values:
        return ""
    low, high = min(values), max(values)
    if same_value(low, high):
        return SPARK[len(SPARK) // 2 - 1] * len(values)
    steps = len(SPARK) - 1
    return "".join(SPARK[round((v - low) / (high - low) * steps)] for v in values)


def corroboration_label(report: Report) -> str:
    """``reported by 3 sources``, or empty for a single source."""
    n = report.corroboration
    return f"reported by {n} sources" if n > 1 else ""
