"""The whole corpus's series kept beside the compiled cache: the same series, or none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.analysis import series_build as timeline_module
from briefing.analysis import series_cache
from briefing.analysis.series_build import build_series
from briefing.analysis.series_cache import series_file, whole_series
from briefing.analysis.timeline import Series
from briefing.corpus.loader import load_corpus

FINDINGS = Path("data/findings/lanmore-2024-07-15.toml")


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    """How many times the series have been built from the findings so far."""
    calls: list[int] = []
    real = timeline_module.build_series

    def counting(*args: object, **kwargs: object) -> list[Series]:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(series_cache, "build_series", counting)
    return lambda: len(calls)


def shape(series: list[Series]) -> list[object]:
    """Everything a reader of the series sees, by value."""
    return [
        (
            s.metric,
            s.label,
            s.unit,
            s.points,
            s.refused,
            [(r.end, r.value, r.points) for r in s.reports],
            [(c.end, c.reports) for c in s.conflicts],
            (s.kind, s.better, s.headline),  # what metrics.toml says of it
        )
        for s in series
    ]


def test_kept_series_are_the_series_built_from_the_findings(
    bundled: Path, cache_dir: Path, builds: Callable[[], int]
):
    first = load_corpus(bundled)
    built = whole_series(first)
    assert builds() == 1 and series_file(first).exists()
    again = load_corpus(bundled)  # a new start: records from the compiled cache
    kept = whole_series(again)
    assert builds() == 1  # read, not built
    assert shape(kept) == shape(built) == shape(build_series(again))
    assert any(s.kind is not None for s in kept) and any(s.headline for s in kept)
    assert any(s.conflicts for s in kept) and any(
        len(r.points) > 1 for s in kept for r in s.reports
    )
    # Shared as built: a report's points are the series' own, a conflict's reports too.
    for s in kept:
        points = {id(p) for p in s.points}
        assert all(id(p) in points for r in s.reports for p in r.points)
        reports = {id(r) for r in s.reports}
        assert all(id(r) in reports for c in s.conflicts for r in c.reports)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda blob: blob[: len(blob) // 2],
        lambda blob: blob[:-40] + bytes(40),
        lambda blob: b"",
        lambda blob: series_cache.MAGIC + b"\x00not marshal at all",
    ],
    ids=["truncated", "corrupt", "empty", "foreign"],
)
def test_a_spoiled_series_file_is_built_again(
    corpus_copy: Path, cache_dir: Path, builds: Callable[[], int], spoil: Callable[[bytes], bytes]
):
    good = shape(whole_series(load_corpus(corpus_copy)))
    path = series_file(load_corpus(corpus_copy))
    path.write_bytes(spoil(path.read_bytes()))
    assert shape(whole_series(load_corpus(corpus_copy))) == good
    assert builds() == 2
    assert shape(whole_series(load_corpus(corpus_copy))) == good
    assert builds() == 2  # written anew, and read


def test_series_of_changed_findings_are_never_taken_from_the_old_file(
    corpus_copy: Path, cache_dir: Path, builds: Callable[[], int]
):
    whole_series(load_corpus(corpus_copy))
    path = corpus_copy / FINDINGS
    path.write_text(path.read_text(encoding="utf-8").replace("1250000", "1260000"), "utf-8")
    changed = load_corpus(corpus_copy)
    assert changed.ok
    assert shape(whole_series(changed)) == shape(build_series(changed))
    assert builds() == 2
    values = [p.metric.value for s in whole_series(changed) for p in s.points]
    assert 1_260_000 in values and 1_250_000 not in values


def test_a_corpus_with_problems_keeps_no_series(corpus_copy: Path, cache_dir: Path):
    path = corpus_copy / FINDINGS
    path.write_text(path.read_text(encoding="utf-8") + "\n[[finding]]\nid = 3\n", "utf-8")
    corpus = load_corpus(corpus_copy)
    assert corpus.problems and corpus.compiled is None
    whole_series(corpus)
    assert not series_file(corpus).exists()
