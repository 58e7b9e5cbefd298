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

import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from briefing.corpus import Corpus
from briefing.dates import Period
from briefing.figures import number, scaled
from briefing.model import Finding, Kind, Metric, Source

REPORTED_KINDS = (Kind.ACHIEVEMENT, Kind.LIMITATION)
SPARK = "▁▂▃▄▅▆▇█"


def same_value(a: float, b: float) -> bool:
    """True when two values in the same unit are the same figure."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@dataclass(frozen=True)
class Point:
    """One reported value with its citation."""

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


@dataclass(frozen=True)
class Report:
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

    @property
    def newest_published(self) -> date:
        """The publication day of the newest source giving it."""
        return max(p.source.published_date for p in self.points)


@dataclass(frozen=True)
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
    def previous(self) -> Report | None:
        """The latest report for an earlier period than ``latest``."""
        latest = self.latest
        if latest is None:
            return None
        earlier = [r for r in self.reports if r.end < latest.end]
        return earlier[-1] if earlier else None

    @property
    def change(self) -> float | None:
        """``latest - previous`` in the metric's unit, or None with no previous report."""
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


def _point_order(point: Point) -> tuple[date, date, str]:
    return (point.period.end, point.source.published_date, point.finding.id)


def build_series(corpus: Corpus, findings: Iterable[Finding] | None = None) -> list[Series]:
    """The series of every metric reported by ``findings`` (all of the corpus by default).

    Sorted by the metric's label; a metric with no reported value has no series.
    """
    chosen = corpus.findings if findings is None else list(findings)
    by_metric: dict[str, list[Point]] = {}
    for finding in chosen:
        if finding.kind not in REPORTED_KINDS:
            continue
        source = corpus.sources[finding.source]
        for metric in finding.metrics:
            by_metric.setdefault(metric.name, []).append(Point(finding, metric, source))
    result: list[Series] = []
    for name, points in by_metric.items():
        definition = corpus.metric_defs.get(name)
        unit = definition.unit if definition else points[0].metric.unit
        series = Series(metric=name, label=corpus.metric_label(name), unit=unit)
        for point in sorted(points, key=_point_order):
            (series.points if point.metric.unit == unit else series.refused).append(point)
        _group(series)
        result.append(series)
    return sorted(result, key=lambda s: (s.label, s.metric))


def _group(series: Series) -> None:
    by_end: dict[date, list[Point]] = {}
    for point in series.points:
        by_end.setdefault(point.period.end, []).append(point)
    for end, points in by_end.items():
        reports: list[list[Point]] = []
        # The reports' values in order, and whose each is: a value then finds its report
        # by bisection, not by comparing it with every report (thousands in a large corpus).
        values: list[float] = []
        owners: list[int] = []
        for point in points:
            value = point.metric.value
            at = bisect_left(values, value)
            near = [
                owners[i]
                for i in (at - 1, at)
                if 0 <= i < len(values) and same_value(values[i], value)
            ]
            if near:
                reports[min(near)].append(point)
            else:
                values.insert(at, value)
                owners.insert(at, len(reports))
                reports.append([point])
        built = [Report(end, r[0].metric.value, tuple(r)) for r in reports]
        # When sources disagree, the newest source's value counts as the latest.
        built.sort(key=lambda r: (r.newest_published, r.first.finding.id))
        series.reports += built
        sources = {p.source.id for p in points}
        if len(built) > 1 and len(sources) > 1:
            series.conflicts.append(Conflict(end, tuple(built)))


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
