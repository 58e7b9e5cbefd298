"""Findings files read by worker processes make the corpus one process makes, problems
and their lines included."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.corpus import cache, parallel
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus

FIRST = Path("data/findings/lanmore-2024-07-15.toml")


def seen(corpus: Corpus) -> tuple[object, ...]:
    """What a reader of the corpus sees, in the order it sees it."""
    return (
        corpus.sources,
        corpus.findings,
        corpus.by_kind,
        corpus.by_source,
        corpus.by_metric,
        corpus.claimed_ids,
        [str(p) for p in corpus.problems],
    )


def _read_both_ways(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Corpus, Corpus, int]:
    runs: list[int] = []
    real = parallel.read_in_workers

    def counting(*args: object) -> bool:
        kept = real(*args)  # type: ignore[arg-type]
        runs.append(kept)
        return kept

    with monkeypatch.context() as patch:
        # One file per worker's run: the two files of the test corpus in two workers.
        patch.setattr(parallel, "PARALLEL_FROM", 1)
        patch.setattr(parallel, "RUN", 1)
        patch.setattr(parallel, "cores", lambda: 2)
        patch.setattr(parallel, "read_in_workers", counting)
        in_workers = load_corpus(root, trust_cache=False)
    assert len(runs) == 1
    return in_workers, load_corpus(root, trust_cache=False), runs[0]


def test_workers_read_the_corpus_one_process_reads(
    corpus_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    in_workers, alone, kept = _read_both_ways(corpus_copy, monkeypatch)
    assert kept and in_workers.ok
    assert seen(in_workers) == seen(alone)


def test_what_workers_compiled_is_the_cache_a_warm_start_reads(
    corpus_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    in_workers, _, _ = _read_both_ways(corpus_copy, monkeypatch)
    (cache.cache_file(corpus_copy)).unlink()
    with monkeypatch.context() as patch:
        patch.setattr(parallel, "PARALLEL_FROM", 1)
        patch.setattr(parallel, "RUN", 1)
        patch.setattr(parallel, "cores", lambda: 2)
        load_corpus(corpus_copy)  # compiled from the workers' parts
    warm = load_corpus(corpus_copy)
    assert warm.compiled is not None
    assert seen(warm) == seen(in_workers)


def test_problems_found_by_workers_are_the_ones_found_alone(
    corpus_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    path = corpus_copy / FIRST
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('kind = "achievement"', 'kind = "triumph"', 1), encoding="utf-8")
    in_workers, alone, kept = _read_both_ways(corpus_copy, monkeypatch)
    assert kept and in_workers.problems
    assert seen(in_workers) == seen(alone)


def test_an_id_in_two_workers_runs_is_judged_in_one_process(
    corpus_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    path = corpus_copy / FIRST
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('id = "lm-chip-id-cards"', 'id = "lb-chip-id-cards"'), "utf-8")
    in_workers, alone, kept = _read_both_ways(corpus_copy, monkeypatch)
    assert not kept
    assert any("duplicate finding id 'lb-chip-id-cards'" in str(p) for p in in_workers.problems)
    assert seen(in_workers) == seen(alone)
