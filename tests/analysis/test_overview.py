"""The Overview's plain data: the whole corpus's glance is made once and kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing.analysis.overview import NEXT_DEADLINES, at_hand, overview, whole_glance
from briefing.analysis.query import Query
from briefing.analysis.repeats import repeats_of
from briefing.core.dates import Status
from briefing.core.model import Kind
from briefing.corpus.loader import load_corpus


def test_the_whole_corpus_overview_is_the_overview_of_every_finding(bundled: Path):
    corpus = load_corpus(bundled)
    as_of = date(2025, 3, 15)
    assert not at_hand(corpus, Query())
    whole = overview(corpus, None, as_of)
    assert at_hand(corpus, Query()) and whole_glance(corpus) is whole.glance  # kept
    assert not at_hand(corpus, Query(text="card"))  # a search sums up its own findings
    every = overview(corpus, list(corpus.findings), as_of)
    assert whole.glance.counts == every.glance.counts
    assert whole.glance.distinct == every.glance.distinct
    assert whole.glance.repeated == every.glance.repeated == len(repeats_of(corpus).groups)
    assert [(f.id, m.name) for f, m in whole.glance.headline] == [
        (f.id, m.name) for f, m in every.glance.headline
    ]
    assert [p.key for _, p in whole.glance.conflicts] == [p.key for _, p in every.glance.conflicts]
    rows = whole.glance.conflicts
    expected = [
        (s.metric, p.key)
        for s in whole.glance.series.values()
        for c in s.conflicts
        for p in c.points
    ]
    assert [(s.metric, p.key) for s, p in rows] == expected and len(rows) == len(expected) > 2
    assert (rows[-1][0].metric, rows[-1][1].key) == expected[-1]
    assert [(s.metric, p.key) for s, p in rows[1:3]] == expected[1:3]
    assert [f.id for f in whole.deadlines] == [f.id for f in every.deadlines]


def test_counts_and_deadlines_as_a_person_would_count_them(bundled: Path):
    corpus = load_corpus(bundled)
    as_of = date(2025, 3, 15)
    chosen = [f for f in corpus.findings if f.kind in (Kind.DEADLINE, Kind.TARGET)]
    seen = overview(corpus, chosen, as_of)
    assert seen.glance.counts[Kind.DEADLINE] == len(corpus.by_kind[Kind.DEADLINE])
    assert seen.glance.counts[Kind.ACHIEVEMENT] == 0
    dated = [f for f in corpus.dated() if f in chosen]
    overdue = [f for f in dated if corpus.status_of(f, as_of) is Status.OVERDUE]
    later = [f for f in dated if f not in overdue]
    assert seen.overdue == len(overdue) > 0
    assert seen.deadlines == overdue + later[:NEXT_DEADLINES]
    # A claim copied by two sources counts once among the distinct claims.
    grouped = overview(corpus, None, as_of).glance
    assert grouped.distinct[Kind.ACHIEVEMENT] < grouped.counts[Kind.ACHIEVEMENT]
