"""One finding reviewed in memory: the corpus with it changed or removed, and what is
derived from the corpus carried over rather than worked out again.

Grouping 200,000 findings into repeated claims takes about 10 s and their series about
1 s; a review changes one finding's wording, kind or date, or removes it. ``edited``
carries the groups over (the finding swapped in or dropped out of its group) and the
series (its points swapped, when it stays), shows the Overview's glance and the
promises as they were for a moment, and ``settle`` works out, in the thread that calls
it, what could not be carried (the series without a removed finding, the glance, the
promises), so that no view has to while a key waits.

A changed statement keeps the finding in the group it was in; the groups are worked out
again from the files at the next start.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from briefing.analysis.overview import carry_glance, refresh_glance
from briefing.analysis.promises import carry_promises, refresh_promises
from briefing.analysis.repeats import Repeat, Repeats, keep_repeats, kept_repeats
from briefing.analysis.series_cache import keep_series, kept_series, whole_series
from briefing.analysis.timeline import Conflict, Point, Report, Series
from briefing.core.model import Finding
from briefing.corpus.edited import with_finding
from briefing.corpus.indexed import Corpus


def edited(corpus: Corpus, old: Finding, new: Finding | None) -> Corpus:
    """``corpus`` with ``old`` replaced by ``new`` (``None``: removed), and what was
    derived from ``corpus`` carried over to it; ``corpus`` itself is left as it was."""
    after = with_finding(corpus, old, new)
    if (new is None or new.due is None) and old.id in corpus.marks.marks:
        # An undated or removed finding carries no mark (the file loses it too).
        marks = dict(corpus.marks.marks)
        del marks[old.id]
        after.marks = replace(corpus.marks, marks=marks)
    repeats = kept_repeats(corpus)
    if repeats is not None:
        keep_repeats(after, _regrouped(repeats, old, new))
    # Shown as they were until ``settle`` has worked them out again: the Overview's
    # counts and the verdicts, a finding behind for a moment, rather than a wait.
    carry_glance(corpus, after)
    carry_promises(corpus, after)
    series = kept_series(corpus)
    if series is not None and (new is not None or not old.metrics):
        names = {metric.name for metric in old.metrics}  # the only series it is in
        if new is not None:
            series = [_swapped(one, old, new) if one.metric in names else one for one in series]
        keep_series(after, series)
    return after


def settle(corpus: Corpus, as_of: date) -> None:
    """Work out now what ``edited`` carried over as it was or could not carry: the series,
    the Overview's glance, the promises as of ``as_of`` (a worker thread calls it)."""
    whole_series(corpus)
    refresh_glance(corpus)
    corpus.dated()
    refresh_promises(corpus, as_of)


def _regrouped(repeats: Repeats, old: Finding, new: Finding | None) -> Repeats:
    group = repeats.of.get(old.id)
    if group is None:
        return repeats
    regrouped = Repeats(groups=list(repeats.groups), of=dict(repeats.of))
    if new is None:
        members = tuple(member for member in group.members if member is not old)
    else:
        members = tuple(new if member is old else member for member in group.members)
    position = regrouped.groups.index(group)
    if len(members) > 1:
        changed = Repeat(members)
        regrouped.groups[position] = changed
        for member in members:
            regrouped.of[member.id] = changed
    else:  # one member left: no longer a repeated claim
        del regrouped.groups[position]
        for member in group.members:
            regrouped.of.pop(member.id, None)
    if new is None:
        regrouped.of.pop(old.id, None)
    return regrouped


def _swapped(series: Series, old: Finding, new: Finding) -> Series:
    """``series`` with the points of ``old`` made ``new``'s (same figures, same source);
    the reports and conflicts without them are kept as they are."""
    if not any(point.finding is old for point in series.points):
        return series
    swapped = {id(p): p._replace(finding=new) for p in series.points if p.finding is old}

    def point(p: Point) -> Point:
        return swapped.get(id(p), p)

    reports: dict[int, Report] = {}
    for r in series.reports:
        if any(id(p) in swapped for p in r.points):
            reports[id(r)] = r._replace(points=tuple(map(point, r.points)))
    return replace(
        series,
        points=list(map(point, series.points)),
        reports=[reports.get(id(r), r) for r in series.reports],
        conflicts=[
            Conflict(c.end, tuple(reports.get(id(r), r) for r in c.reports))
            if any(id(r) in reports for r in c.reports)
            else c
            for c in series.conflicts
        ],
        refused=list(map(point, series.refused)),
    )
