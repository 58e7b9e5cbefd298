"""The whole corpus's series, kept beside its compiled cache.

Every start of the app shows the Overview of the whole corpus, and every unfiltered
JSON export lists every series: at 200,000 findings, sorting and grouping their
values takes most of a second. The series depend only on the records, so the first
run that builds them keeps them in a file beside the compiled cache (``<cache>.series``,
see ``corpus.beside``), as positions: which finding, which of its figures, in which
report. For other records, or when the file is unreadable, corrupt or foreign, the
series are built again and the file rewritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from briefing.analysis.per_corpus import PerCorpus
from briefing.analysis.series_build import build_series, new_series
from briefing.analysis.timeline import Conflict, Point, Report, Series
from briefing.core.collector import collection_paused
from briefing.core.model import Finding
from briefing.corpus.beside import beside_file, read_beside, write_beside
from briefing.corpus.indexed import Corpus

MAGIC = b"briefing series\n"
FORMAT = 2
SUFFIX = ".series"

_new = tuple.__new__  # Point and Report are named tuples: made without a call each

_KEPT: PerCorpus[list[Series]] = PerCorpus()


def whole_series(corpus: Corpus) -> list[Series]:
    """``build_series(corpus)``: kept with the corpus, and beside its compiled cache."""
    return _KEPT.made(corpus, _read_or_build)


def kept_series(corpus: Corpus) -> list[Series] | None:
    """The series of ``corpus`` if they were worked out already, else None."""
    return _KEPT.get(corpus)


def keep_series(corpus: Corpus, series: list[Series]) -> None:
    """Keep ``series`` as the series of ``corpus`` (an edited corpus's, carried over)."""
    _KEPT.put(corpus, series)


def series_of(corpus: Corpus, chosen: Sequence[Finding]) -> list[Series]:
    """``build_series(corpus, chosen)`` for distinct findings of ``corpus``: the kept
    ``whole_series`` when they are all of its findings (their order makes no
    difference to the series)."""
    if len(chosen) == len(corpus.findings):
        return whole_series(corpus)
    return build_series(corpus, chosen)


def _read_or_build(corpus: Corpus) -> list[Series]:
    series = _read(corpus)
    if series is None:
        series = build_series(corpus)
        _write(corpus, series)
    return series


def series_file(corpus: Corpus) -> Path:
    """Where the series of ``corpus`` are kept."""
    return beside_file(corpus, SUFFIX)


def _read(corpus: Corpus) -> list[Series] | None:
    rows = read_beside(corpus, SUFFIX, MAGIC, FORMAT)
    if rows is None:
        return None
    with collection_paused():  # 100,000s of points, none cyclic
        return _decode(corpus, rows)


def _write(corpus: Corpus, series: list[Series]) -> None:
    if corpus.compiled is not None:
        write_beside(corpus, SUFFIX, MAGIC, FORMAT, _encode(corpus, series))


def _encode(corpus: Corpus, series: list[Series]) -> list[Any]:
    # A figure is named by its finding's place in the corpus and its own in the finding.
    place: dict[int, tuple[int, int]] = {}
    for position, finding in enumerate(corpus.findings):
        for number, metric in enumerate(finding.metrics):
            place[id(metric)] = (position, number)

    def placed(points: list[Point]) -> tuple[list[int], list[int]]:
        pairs = [place[id(p.metric)] for p in points]
        return [pair[0] for pair in pairs], [pair[1] for pair in pairs]

    # Flat lists of ints and floats: marshal reads them back without a tuple per item.
    rows = []
    for s in series:
        at = {id(p): i for i, p in enumerate(s.points)}
        members = [at[id(p)] for r in s.reports for p in r.points]
        reports = (
            [r.end.toordinal() for r in s.reports],
            [r.value for r in s.reports],
            [len(r.points) for r in s.reports],
            members,
        )
        report_at = {id(r): i for i, r in enumerate(s.reports)}
        conflicts = [
            (c.end.toordinal(), [report_at[id(r)] for r in c.reports]) for c in s.conflicts
        ]
        rows.append((s.metric, s.unit, placed(s.points), reports, conflicts, placed(s.refused)))
    return rows


def _decode(corpus: Corpus, rows: list[Any]) -> list[Series]:
    findings, sources = corpus.findings, corpus.sources
    days: dict[int, date] = {}

    def day(ordinal: int) -> date:
        known = days.get(ordinal)
        if known is None:
            known = days[ordinal] = date.fromordinal(ordinal)
        return known

    def points(placed: tuple[list[int], list[int]]) -> list[Point]:
        positions, numbers = placed
        chosen = [findings[p] for p in positions]
        pairs = zip(chosen, numbers, strict=True)
        return [_new(Point, (f, f.metrics[n], sources[f.source])) for f, n in pairs]

    result = []
    for metric, unit, placed, (ends, values, sizes, members), conflicts, refused in rows:
        series = new_series(corpus, metric, unit)
        at = series.points = points(placed)
        series.refused = points(refused)
        made = series.reports
        start = 0
        for end, value, size in zip(ends, values, sizes, strict=True):
            if size == 1:
                shared: tuple[Point, ...] = (at[members[start]],)
            else:
                shared = tuple([at[i] for i in members[start : start + size]])
            made.append(_new(Report, (day(end), value, shared)))
            start += size
        if start != len(members):
            raise ValueError("reports and their members disagree")
        series.conflicts = [
            Conflict(day(end), tuple([made[i] for i in numbers])) for end, numbers in conflicts
        ]
        result.append(series)
    return result
