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
- Different values for the same period are a **conflict**: between sources, or within
  one source when two of its findings disagree.
- A change is computed only between values of one definition (the metric) and one
  **kind of period**: a stock or a rank is a level at the end of its period, so any
  two periods compare; a flow, a rate or an index describes its whole period, so only
  periods of the same length compare (``metrics.toml``'s ``kind``; unsaid, the same
  precision). A change is read as improved or worsened by the metric's ``better``.
- The same value for two periods from different sources is a **possible misdating**:
  one of them is likely dated wrongly, so no change ("unchanged") is computed from it.
  Ranks are left out: few places exist, and a country can hold one for years.
- One rule says which value is **latest** (``Series.latest``, ``Series.latest_point``),
  for the Figures panel, the Overview and the summary alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise
from typing import NamedTuple

# The words and glyphs of a change live in figure_words; named here too, as every view
# takes them with the series.
from briefing.analysis.figure_words import (
    IMPROVED,
    SPARK,
    WORSENED,
    format_change,
    judged,
    same_value,
    short_change,
    sparkline,
)
from briefing.analysis.period_kinds import comparable_periods
from briefing.core.dates import Period
from briefing.core.model import Better, Finding, Kind, Metric, MetricKind, Source

__all__ = [
    "IMPROVED",
    "MISDATED",
    "MISDATING",
    "MISDATING_WHY",
    "NOT_COMPARED",
    "SPARK",
    "WORSENED",
    "Conflict",
    "Point",
    "Report",
    "Series",
    "corroboration_label",
    "format_change",
    "headline",
    "judged",
    "same_value",
    "short_change",
    "sparkline",
]

REPORTED_KINDS = (Kind.ACHIEVEMENT, Kind.LIMITATION)


NOT_COMPARED = "earlier, of another kind of period (not compared)"
"""Said where a value is listed beside the latest with no change: their periods are of
different kinds (see ``Series.previous``)."""

MISDATING = "Possible misdating"
"""The heading of a pair of reports giving the same value for two periods."""
MISDATING_WHY = "the same value for two periods, from different sources"

MISDATED = "possible misdating, the same value for another period (not compared)"
"""Said where the value listed beside the latest is the same figure, given by another
source for another period: one of the two is likely misdated (see ``Series.misdated``)."""


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
        # Each distinct period labelled once: a disputed period can have 9,000 citations.
        periods = dict.fromkeys(p.period for r in self.reports for p in r.points)
        return " / ".join(dict.fromkeys(period.label() for period in periods))

    @property
    def within_source(self) -> bool:
        """True when one source gives two of the values (its findings disagree)."""
        seen: set[str] = set()
        for report in self.reports:
            mine = set(report.sources)
            if seen & mine:
                return True
            seen |= mine
        return False

    @property
    def heading(self) -> str:
        """``Sources disagree``, or which source disagrees with itself."""
        sources = {p.source.id for p in self.points}
        if len(sources) == 1:
            return "One source disagrees with itself"
        if self.within_source:
            return "Sources disagree, one also with itself"
        return "Sources disagree"


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
    kind: MetricKind | None = None
    """What the metric measures (``metrics.toml``), which decides what compares."""
    better: Better | None = None
    """Which way the metric improves (a rank's is ``down`` unless said otherwise)."""
    headline: int | None = None
    """Its place among the headline figures (``metrics.toml``), None when unranked."""

    @property
    def latest(self) -> Report | None:
        """The report for the latest period. When several values are given for it, the
        newest source's; of one day's (or one source's) values, the one whose first
        finding comes last by id. The one rule of "latest" for every view."""
        return self.reports[-1] if self.reports else None

    @property
    def latest_point(self) -> Point | None:
        """The citation of ``latest`` to show: its newest source's, and of one day's,
        the first finding by id (the one a copied claim is listed by)."""
        latest = self.latest
        if latest is None:
            return None
        points = latest.points
        day = points[-1].source.published_date
        index = len(points) - 1
        while index > 0 and points[index - 1].source.published_date == day:
            index -= 1
        return points[index]

    def comparable(self, a: Report, b: Report) -> bool:
        """True when ``a`` and ``b`` are of one kind of period for this metric: any two
        for a stock or a rank (levels at a date); else periods of the same precision (a
        year and a year, a half-year and a half-year, a day and a day)."""
        return comparable_periods(self.kind, a.first.period, b.first.period)

    @property
    def earlier(self) -> Report | None:
        """The report listed beside ``latest`` when no change is computed: the value
        misdated against it, else the latest report for an earlier period, of any kind."""
        before, misdated, earlier = self._beside
        return before if misdated else earlier

    @property
    def not_compared(self) -> str:
        """Why ``earlier`` is listed with no change: another kind of period, or the same
        value for another period (a possible misdating)."""
        return MISDATED if self._beside[1] else NOT_COMPARED

    @cached_property
    def _beside(self) -> tuple[Report | None, bool, Report | None]:
        """What stands beside ``latest``, found once: the latest earlier report comparable
        with it, whether that one is a misdating of it, and the latest earlier report of
        any kind. Reports are in period order, so a walk back from the end finds both
        (a series may have thousands of reports; the views ask for these often)."""
        latest = self.latest
        if latest is None:
            return None, False, None
        earlier: Report | None = None
        for report in reversed(self.reports):
            if report.end >= latest.end:
                continue
            if earlier is None:
                earlier = report
            if self.comparable(report, latest):
                return report, self.misdating(report, latest), earlier
        return None, False, earlier

    @property
    def _ranked(self) -> bool:
        return self.kind is MetricKind.RANK or self.unit == "rank"

    def misdating(self, a: Report, b: Report) -> bool:
        """True when ``a`` and ``b`` give the same value for two periods, from sources
        of which neither gives the other's: one of them is likely misdated. Never for a
        rank (a place can be held for years)."""
        return (
            not self._ranked
            and a.end != b.end
            and same_value(a.value, b.value)
            and not set(a.sources) & set(b.sources)
        )

    @property
    def previous(self) -> Report | None:
        """The latest report for an earlier period comparable with ``latest`` (see
        ``comparable``): the one a change is computed from. None when there is none, or
        when it is the same value from another source (a possible misdating, never
        "unchanged"). A half-year's total is not a year's, nor an average over years one
        year's growth (another metric), so across them nothing is compared."""
        before, misdated, _ = self._beside
        return None if misdated else before

    @property
    def change(self) -> float | None:
        """``latest - previous`` in the metric's unit, or None with no comparable report."""
        latest, previous = self.latest, self.previous
        if latest is None or previous is None:
            return None
        return latest.value - previous.value

    @property
    def direction(self) -> Better | None:
        """``better``, or ``down`` for a rank: smaller is better."""
        return Better.DOWN if self.better is None and self._ranked else self.better

    @property
    def change_words(self) -> str:
        """The change since ``previous`` in words (``+1.4 million cards (computed,
        improved)``), or empty with none."""
        change = self.change
        return "" if change is None else format_change(change, self.unit, self.direction)

    @property
    def change_short(self) -> str:
        """The change for a narrow column (``+1.8 points better``), or empty."""
        change = self.change
        return "" if change is None else short_change(change, self.unit, self.direction)

    def spark(self, last: int | None = None) -> str:
        """The trend's glyphs (the ``last`` values only when given): higher is better."""
        values = self.trend if last is None else self.trend[-last:]
        return sparkline(values, self.direction)

    @property
    def misdated_apart(self) -> list[tuple[Report, Report]]:
        """``misdated`` but the pair the latest value's line already gives (the latest
        and the same value listed beside it): each pair is said once."""
        shown = self.latest, self.earlier
        if self.not_compared != MISDATED:
            return self.misdated
        return [pair for pair in self.misdated if {id(r) for r in pair} != set(map(id, shown))]

    @cached_property
    def misdated(self) -> list[tuple[Report, Report]]:
        """Pairs of reports (earlier period first) giving the same value for two periods,
        from sources of which neither gives the other: one is likely misdated. Ranks are
        left out (a place can be held for years). Each value's periods are paired in turn."""
        if self._ranked:
            return []
        by_value: dict[float, list[Report]] = {}
        for report in self.reports:
            by_value.setdefault(report.value, []).append(report)
        pairs: list[tuple[Report, Report]] = []
        for same in by_value.values():
            pairs += [(a, b) for a, b in pairwise(same) if self.misdating(a, b)]
        return pairs

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


def headline_order(series: Iterable[Series]) -> list[Series]:
    """The indicators with a reported value in the order a meeting needs them: first the
    metrics ranked ``headline`` in ``metrics.toml`` (1 first), then the others; within
    each, the most recent period of the latest value (``Series.latest_point``) first, then
    the newest source, then by label. The Overview and ``summary --brief`` both use it."""
    rows: list[tuple[tuple[int, int, int, str], Series]] = []
    for one in series:
        point = one.latest_point
        if point is None:
            continue
        rank = one.headline if one.headline is not None else 1 << 30
        end = point.period.end.toordinal()
        day = point.source.published_date.toordinal()
        rows.append(((rank, -end, -day, one.label), one))
    rows.sort(key=lambda row: row[0])
    return [one for _, one in rows]


def headline(series: Iterable[Series]) -> list[tuple[Finding, Metric]]:
    """Each indicator's latest reported value with its citation (``Series.latest_point``,
    the rule the Figures panel follows too), in ``headline_order``."""
    rows: list[tuple[Finding, Metric]] = []
    for one in headline_order(series):
        point = one.latest_point
        assert point is not None  # headline_order keeps only reported indicators
        rows.append((point.finding, point.metric))
    return rows


def series_by_metric(series: Iterable[Series]) -> dict[str, Series]:
    """Index a list of series by metric name."""
    return {s.metric: s for s in series}


def corroboration_label(report: Report) -> str:
    """``reported by 3 sources``, or empty for a single source."""
    n = report.corroboration
    return f"reported by {n} sources" if n > 1 else ""
