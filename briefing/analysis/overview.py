"""The briefing at a glance, as plain data: what the Overview shows for a selection.

A glance (counts, series, headline figures, disagreements, repeats) does not depend
on the as-of day, so the glance of the whole corpus, the app's first view, is made
once per corpus, while it loads, and kept (``whole_glance``). Only the deadlines,
which depend on the day, are worked out each time; they are cheap.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import overload

from briefing.analysis.per_corpus import PerCorpus
from briefing.analysis.query import Query
from briefing.analysis.repeats import repeats_of
from briefing.analysis.series_build import build_series
from briefing.analysis.series_cache import whole_series
from briefing.analysis.timeline import Point, Series, headline
from briefing.core.collector import collection_paused
from briefing.core.model import Finding, Kind, Metric
from briefing.corpus.indexed import Corpus

NEXT_DEADLINES = 5
"""How many upcoming deadlines the overview lists after every overdue one."""


class ConflictRows(Sequence[tuple[Series, Point]]):
    """Each value of each disputed period, with its series, in series order: made as
    rows are asked for (a large corpus has over 100,000, and a table shows 20)."""

    def __init__(self, series: list[Series]) -> None:
        self._series: list[Series] = []
        self._points: list[list[Point]] = []
        self._starts: list[int] = []
        total = 0
        for one in series:
            points = [point for conflict in one.conflicts for point in conflict.points]
            if points:
                self._series.append(one)
                self._points.append(points)
                self._starts.append(total)
                total += len(points)
        self._len = total

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, index: int) -> tuple[Series, Point]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[Series, Point]]: ...

    def __getitem__(self, index: int | slice) -> tuple[Series, Point] | list[tuple[Series, Point]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._len))]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        at = bisect.bisect_right(self._starts, index) - 1
        return self._series[at], self._points[at][index - self._starts[at]]


@dataclass(frozen=True)
class Glance:
    """What a selection of findings adds up to, whatever the day."""

    counts: dict[Kind, int]
    series: dict[str, Series]
    """Each metric's series, by name, in label order."""
    headline: list[tuple[Finding, Metric]]
    conflicts: ConflictRows
    """Each value of each disputed period, with its series: one row each."""
    distinct: dict[Kind, int]
    """Per kind, how many rows its list shows: a claim several sources make counts once."""
    repeated: int
    """Claims made by two or more of the chosen findings (a filter may drop members)."""


@dataclass(frozen=True)
class Overview:
    """A glance, and the deadlines to watch as of a day."""

    glance: Glance
    overdue: int
    deadlines: list[Finding]
    """Every overdue dated finding, then the next ``NEXT_DEADLINES`` ones."""


def glance(corpus: Corpus, chosen: Sequence[Finding]) -> Glance:
    """The glance of ``chosen``, findings of ``corpus``."""
    with collection_paused():  # 100,000s of points and rows, none cyclic
        counts, distinct, repeated = _claims(corpus, chosen)
        return _glance(build_series(corpus, chosen), counts, distinct, repeated)


def _claims(
    corpus: Corpus, chosen: Sequence[Finding]
) -> tuple[dict[Kind, int], dict[Kind, int], int]:
    """Findings per kind, claims per kind (a group counts once, by any member: its
    members share their kind, as ``Repeats.collapse`` lists it), and how many claims
    two or more of them make."""
    group_of = repeats_of(corpus).places()[0]
    counts, distinct = dict.fromkeys(Kind, 0), dict.fromkeys(Kind, 0)
    members: dict[int, int] = {}
    for finding in chosen:
        counts[finding.kind] += 1
        group = group_of.get(finding.id)
        if group is None:
            distinct[finding.kind] += 1
        elif group in members:
            members[group] += 1
        else:
            members[group] = 1
            distinct[finding.kind] += 1
    return counts, distinct, sum(1 for n in members.values() if n > 1)


def _whole_claims(corpus: Corpus) -> tuple[dict[Kind, int], dict[Kind, int], int]:
    """``_claims`` of every finding, from the indexes and the groups alone."""
    counts = {kind: len(corpus.by_kind.get(kind, ())) for kind in Kind}
    distinct = dict(counts)
    groups = repeats_of(corpus).groups
    for group in groups:
        distinct[group.members[0].kind] -= len(group.members) - 1
    return counts, distinct, sum(1 for group in groups if len(group.members) > 1)


def _glance(
    made: list[Series], counts: dict[Kind, int], distinct: dict[Kind, int], repeated: int
) -> Glance:
    series = {s.metric: s for s in made}
    return Glance(
        counts=counts,
        series=series,
        headline=headline(series.values()),
        conflicts=ConflictRows(list(series.values())),
        distinct=distinct,
        repeated=repeated,
    )


_WHOLE: PerCorpus[Glance] = PerCorpus()


def whole_glance(corpus: Corpus) -> Glance:
    """The glance of every finding of ``corpus``: made the first time, then kept with it
    (seconds at 200,000 findings, less with the series kept beside the compiled cache;
    the loading worker makes it before the first frame)."""
    return _WHOLE.made(corpus, _whole)


def carry_glance(before: Corpus, after: Corpus) -> None:
    """Show ``before``'s glance for ``after`` (an edit of it) until ``refresh_glance``."""
    glance = _WHOLE.get(before)
    if glance is not None:
        _WHOLE.put(after, glance)


def refresh_glance(corpus: Corpus) -> None:
    """Work out ``corpus``'s glance again, replacing one carried over (a worker calls it)."""
    _WHOLE.put(corpus, _whole(corpus))


def _whole(corpus: Corpus) -> Glance:
    return _glance(whole_series(corpus), *_whole_claims(corpus))


def prepare(corpus: Corpus) -> None:
    """Make, in the calling (loading) thread, what the whole corpus's overview takes
    long to: its glance, and its dated findings in order (0.1 s at 200,000)."""
    whole_glance(corpus)
    corpus.dated()


def at_hand(corpus: Corpus, query: Query) -> bool:
    """True when what a view of ``query`` sums up is made already: nothing narrows it,
    and the whole corpus's glance is kept (only the deadlines are left to work out)."""
    return not query.narrows and _WHOLE.get(corpus) is not None


def overview(corpus: Corpus, chosen: Sequence[Finding] | None, as_of: date) -> Overview:
    """The overview of ``chosen`` (None: the whole corpus) as of ``as_of``."""
    if chosen is None:
        seen = whole_glance(corpus)
        dated = corpus.dated()
    else:
        seen = glance(corpus, chosen)
        chosen_ids = {f.id for f in chosen}
        dated = [f for f in corpus.dated() if f.id in chosen_ids]
    # Soonest first, so the overdue ones (due before ``as_of``) are a prefix.
    cut = bisect.bisect_left(dated, as_of, key=_due_end)
    return Overview(seen, cut, dated[: cut + NEXT_DEADLINES])


def _due_end(finding: Finding) -> date:
    period = finding.due_period
    return period.end if period else date.max
