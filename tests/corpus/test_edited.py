"""A corpus with one finding changed or removed is indexed as if it were read that way."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.analysis.edits import edited
from briefing.analysis.repeats import find_repeats, group_ids, kept_repeats, repeats_of
from briefing.analysis.series_build import build_series
from briefing.analysis.series_cache import kept_series, whole_series
from briefing.core.model import Finding, Kind
from briefing.corpus.edited import with_finding
from briefing.corpus.indexed import Corpus, index_findings
from briefing.corpus.loader import load_corpus


def _indexed_afresh(corpus: Corpus) -> Corpus:
    fresh = replace(corpus, by_id={})
    index_findings(fresh)
    return fresh


def _indices(corpus: Corpus) -> tuple[object, ...]:
    def ids(items: dict) -> dict:
        return {
            key: [f.id if isinstance(f, Finding) else (f[0].id, f[1].name) for f in value]
            for key, value in items.items()
            if value
        }

    return (
        [f.id for f in corpus.findings],
        {key: f.statement for key, f in corpus.by_id.items()},
        ids(corpus.by_kind),
        ids(corpus.by_topic),
        ids(corpus.by_source),
        ids(corpus.by_metric),
    )


@pytest.fixture(scope="module")
def bundled_corpus(bundled: Path) -> Corpus:
    return load_corpus(bundled)


def _with_metrics(corpus: Corpus) -> Finding:
    return next(f for f in corpus.findings if f.metrics and corpus.by_kind[f.kind][0] is not f)


@pytest.mark.parametrize("change", ["statement", "kind", "removed"])
def test_edited_corpus_is_indexed_as_a_fresh_one(bundled_corpus: Corpus, change: str):
    old = _with_metrics(bundled_corpus)
    new: Finding | None = {
        "statement": replace(old, statement="A new wording", reviewed=True),
        "kind": replace(
            old, kind=Kind.LIMITATION if old.kind is not Kind.LIMITATION else Kind.ACHIEVEMENT
        ),
        "removed": None,
    }[change]
    before = _indices(bundled_corpus)
    after = with_finding(bundled_corpus, old, new)
    assert _indices(after) == _indices(_indexed_afresh(after))
    assert _indices(bundled_corpus) == before  # the corpus it came from is untouched
    assert (new is None) == (old.id not in after.by_id)
    assert after.compiled is None


def test_groups_and_series_carried_over_match_worked_out_ones(bundled_corpus: Corpus):
    repeats_of(bundled_corpus), whole_series(bundled_corpus)
    grouped = next(
        g for g in repeats_of(bundled_corpus).groups if any(m.metrics for m in g.members)
    )
    old = next(m for m in grouped.members if m.metrics)
    for new in (replace(old, reviewed=True, statement="Reworded"), None):
        after = edited(bundled_corpus, old, new)
        carried = kept_repeats(after)
        assert carried is not None
        assert sorted(group_ids(carried)) == sorted(group_ids(find_repeats(after)))
        series = kept_series(after)
        if new is None:
            assert series is None  # its figures left the series: worked out again
            continue
        assert series is not None
        assert [[(p.finding.id, p.finding.statement) for p in s.points] for s in series] == [
            [(p.finding.id, p.finding.statement) for p in s.points] for s in build_series(after)
        ]
