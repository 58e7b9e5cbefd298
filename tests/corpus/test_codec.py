"""The cache's one codec: every record back as it went in, its layout from the records."""

from __future__ import annotations

import dataclasses
import marshal
from datetime import date
from pathlib import Path

import pytest

from briefing.core.model import Finding, Kind, Metric, MetricDef, Origin, Qualifier, Source
from briefing.corpus import codec
from briefing.corpus.loader import load_corpus
from briefing.storage.marks import Mark, MarkStatus


def _round_trip(chosen: codec.Codec, records: list) -> list:
    shared: dict = {}
    rows = marshal.loads(marshal.dumps([chosen.encode(r, shared) for r in records]))
    return chosen.decode(rows)


def test_every_record_of_a_corpus_comes_back_equal(fixture_corpus: Path):
    corpus = load_corpus(fixture_corpus, trust_cache=False)
    assert _round_trip(codec.FINDINGS, corpus.findings) == corpus.findings
    assert _round_trip(codec.SOURCES, list(corpus.sources.values())) == list(
        corpus.sources.values()
    )
    defs = list(corpus.metric_defs.values())
    assert _round_trip(codec.METRIC_DEFS, defs) == defs


@pytest.mark.parametrize("figures", [0, 1, 3])
def test_a_finding_with_any_number_of_figures_and_every_optional_field(figures: int):
    metrics = tuple(
        Metric(f"m{n}", 1.5 * n, "percent", "2024-H1", Qualifier.OVER if n else None)
        for n in range(figures)
    )
    full = Finding(
        "f-1", Kind.DEADLINE, "s", "q", "src", (3, 9), ("a", "b"), metrics,
        "2025-12", "Ministry", Origin.EXTRACTED, 0.25, False,
    )  # fmt: skip
    bare = dataclasses.replace(full, due=None, owner=None, confidence=None)
    back = _round_trip(codec.FINDINGS, [full, bare])
    assert back == [full, bare]
    assert all(type(f) is Finding for f in back)
    assert all(
        type(m) is Metric and type(m.qualifier) in (Qualifier, type(None)) for m in back[0].metrics
    )


def test_marks_and_sources_keep_their_days_enums_and_optionals():
    mark = Mark(MarkStatus.MISSED, None, date(2025, 3, 1))
    assert _round_trip(codec.MARKS, [mark]) == [mark]
    source = Source("s", "s.txt", "T", "O", "2025-02", "0" * 64, False, None, None, "vi")
    assert _round_trip(codec.SOURCES, [source]) == [source]
    assert _round_trip(codec.METRIC_DEFS, [MetricDef("m", "M", "u", ("a",))])[0].aliases == ("a",)


def test_the_layout_follows_the_record_definitions():
    assert [f.name for f in codec.FINDINGS.fields] == [f.name for f in dataclasses.fields(Finding)]
    assert [f.name for f in codec.MARKS.fields] == [f.name for f in dataclasses.fields(Mark)]


def test_a_field_the_cache_cannot_carry_is_refused_when_the_codec_is_made():
    @dataclasses.dataclass
    class Odd:
        when: list[str]

    with pytest.raises(TypeError, match="when"):
        codec.Codec(Odd)
