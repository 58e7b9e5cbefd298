"""Building the series: every reported value of a selection, grouped by metric and period.

Plain data (see ``timeline.py`` for what a series, a report and a conflict are). A large
corpus has 100,000s of values, so the grouping here is built for speed: one int sort
key per value, and a value matched to its report by lookup rather than by a scan.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable
from datetime import date
from operator import itemgetter

from briefing.analysis.timeline import REPORTED_KINDS, Conflict, Point, Report, Series, same_value
from briefing.core.collector import collection_paused
from briefing.core.model import Finding
from briefing.corpus.indexed import Corpus


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
        series = new_series(corpus, name, unit)
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


def new_series(corpus: Corpus, name: str, unit: str) -> Series:
    """An empty series of metric ``name``, with what ``metrics.toml`` says of it."""
    definition = corpus.metric_defs.get(name)
    series = Series(metric=name, label=corpus.metric_label(name), unit=unit)
    if definition is not None:
        series.kind, series.better = definition.kind, definition.better
        series.headline = definition.headline
    return series


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
        if len(built) > 1:  # across sources, or within one
            series.conflicts.append(Conflict(end, tuple(built)))
