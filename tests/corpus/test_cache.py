"""The compiled corpus cache: used when the files are unchanged, never trusted otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import FrozenInstanceError
from datetime import date
from pathlib import Path

import pytest

import briefing
from briefing.core.model import Finding, Metric
from briefing.corpus import cache
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus
from briefing.storage.marks import MarkStatus, save_mark

FINDINGS = Path("data/findings/lanmore-2024-07-15.toml")
ARTICLE = Path("seeds/lanmore-2024-07-15.txt")
SUMMARY_ARGS = ("--as-of", "2025-03-15", "--format", "text", "--width", "100")


@pytest.fixture
def toml_reads(toml_calls: list[Path]) -> Callable[[], int]:
    """How many TOML files the corpus loader has read so far."""
    return lambda: len(toml_calls)


def snapshot(corpus: Corpus) -> tuple[object, ...]:
    """What a reader of the corpus sees."""
    return (
        corpus.sources,
        corpus.findings,
        corpus.metric_defs,
        corpus.topics,
        corpus.by_id,
        corpus.by_kind,
        corpus.by_topic,
        corpus.by_source,
        corpus.by_metric,
        corpus.claimed_ids,
        corpus.marks.marks,
        [str(p) for p in corpus.problems],
    )


def test_a_second_load_of_an_unchanged_corpus_reads_no_toml(
    corpus_copy: Path, cache_dir: Path, toml_reads: Callable[[], int]
):
    first = load_corpus(corpus_copy)
    assert first.ok and toml_reads() > 0
    assert cache.cache_file(corpus_copy).parent == cache_dir
    assert cache.cache_file(corpus_copy).is_file()
    before = toml_reads()
    second = load_corpus(corpus_copy)
    assert toml_reads() == before
    assert snapshot(second) == snapshot(first)
    finding = second.findings[0]
    assert second.text_of(finding.source)[finding.span[0] : finding.span[1]] == finding.quote
    assert second.texts[finding.source] == first.text_of(finding.source)  # read on demand


def test_records_from_the_cache_are_the_records_from_the_toml(
    corpus_copy: Path, cache_dir: Path, toml_reads: Callable[[], int]
):
    fresh = load_corpus(corpus_copy)
    before = toml_reads()
    cached = load_corpus(corpus_copy)
    assert toml_reads() == before
    assert any(m.qualifier for f in cached.findings for m in f.metrics)
    for new, old in zip(cached.findings, fresh.findings, strict=True):
        assert type(new) is Finding and new == old and hash(new) == hash(old)
        assert repr(new) == repr(old)
        assert all(type(m) is Metric for m in new.metrics)
        with pytest.raises(FrozenInstanceError):
            new.statement = "changed"


def test_nothing_is_written_beside_the_corpus(corpus_copy: Path, cache_dir: Path):
    before = sorted(p.relative_to(corpus_copy) for p in corpus_copy.rglob("*"))
    load_corpus(corpus_copy)
    load_corpus(corpus_copy)
    assert sorted(p.relative_to(corpus_copy) for p in corpus_copy.rglob("*")) == before
    assert [p.name for p in cache_dir.iterdir()] == [cache.cache_file(corpus_copy).name]


def test_without_an_override_the_cache_is_the_users_cache_folder(
    monkeypatch: pytest.MonkeyPatch,
):
    from platformdirs import user_cache_path

    monkeypatch.delenv(cache.ENV)
    assert cache.cache_dir() == user_cache_path("briefing") / "corpus"
    assert not cache.cache_dir().is_relative_to(Path(briefing.__file__).parent)


@pytest.mark.parametrize("same_size", [False, True], ids=["resized", "same-size"])
def test_a_changed_findings_file_is_read_again(corpus_copy: Path, cache_dir: Path, same_size: bool):
    load_corpus(corpus_copy)
    path = corpus_copy / FINDINGS
    text = path.read_text(encoding="utf-8")
    old = "1.25 million chip ID cards issued by June 2024"
    new = old.upper() if same_size else "1.25 million chip ID cards were issued by June 2024"
    path.write_text(text.replace(old, new), encoding="utf-8")
    assert load_corpus(corpus_copy).by_id["lm-chip-id-cards"].statement == new


def test_a_file_rewritten_within_one_mtime_tick_is_still_noticed(
    corpus_copy: Path, cache_dir: Path
):
    # Changed at the same size within the same mtime tick as the cache was written:
    # size and mtime cannot tell, so a file that recent is checked by its digest.
    path = corpus_copy / FINDINGS
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("cards issued by", "cards Issued by"), encoding="utf-8")
    assert "Issued" in load_corpus(corpus_copy).by_id["lm-chip-id-cards"].statement
    stat = path.stat()
    path.write_text(text.replace("cards issued by", "cards ISSUED by"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert "ISSUED" in load_corpus(corpus_copy).by_id["lm-chip-id-cards"].statement


def test_a_removed_findings_file_is_noticed(corpus_copy: Path, cache_dir: Path):
    assert "lm-chip-id-cards" in load_corpus(corpus_copy).by_id
    (corpus_copy / FINDINGS).unlink()
    assert "lm-chip-id-cards" not in load_corpus(corpus_copy).by_id


def test_a_changed_article_is_reported_as_without_a_cache(corpus_copy: Path, cache_dir: Path):
    assert load_corpus(corpus_copy).ok
    with (corpus_copy / ARTICLE).open("a", encoding="utf-8") as handle:
        handle.write("One more line.\n")
    cached = load_corpus(corpus_copy)
    fresh = load_corpus(corpus_copy, trust_cache=False)
    assert [str(p) for p in cached.problems] == [str(p) for p in fresh.problems]
    assert any("has changed since it was curated" in str(p) for p in cached.problems)


def test_a_new_mark_in_state_toml_is_read(corpus_copy: Path, cache_dir: Path):
    corpus = load_corpus(corpus_copy)
    dated = corpus.dated()[0]
    assert corpus.mark_of(dated) is None
    save_mark(corpus_copy, dated.id, MarkStatus.DONE, "confirmed", date(2025, 3, 1))
    mark = load_corpus(corpus_copy).marks.marks[dated.id]
    assert (mark.status, mark.note) == (MarkStatus.DONE, "confirmed")
    assert load_corpus(corpus_copy).marks.marks[dated.id] == mark  # and from the cache


def _corrupt(blob: bytes) -> bytes:
    middle = len(blob) // 2
    return blob[:middle] + bytes([blob[middle] ^ 0xFF]) + blob[middle + 1 :]


@pytest.mark.parametrize(
    "spoil",
    [
        _corrupt,
        lambda blob: blob[: len(blob) // 2],
        lambda blob: b"",
        lambda blob: b"\x80\x05not a briefing cache at all" * 10,
        lambda blob: blob.replace(cache.MAGIC, b"x" * len(cache.MAGIC)),
    ],
    ids=["corrupt", "truncated", "empty", "foreign", "bad-magic"],
)
def test_a_spoiled_cache_is_never_trusted(
    corpus_copy: Path,
    cache_dir: Path,
    toml_reads: Callable[[], int],
    spoil: Callable[[bytes], bytes],
    caplog: pytest.LogCaptureFixture,
):
    good = snapshot(load_corpus(corpus_copy))
    path = cache.cache_file(corpus_copy)
    path.write_bytes(spoil(path.read_bytes()))
    before = toml_reads()
    with caplog.at_level("WARNING", logger="briefing.cache"):
        assert snapshot(load_corpus(corpus_copy)) == good
    assert toml_reads() > before  # read from the TOML, and the cache written anew
    # Not silent: a spoiled file is an unexpected reason, and says which file.
    assert [r.getMessage() for r in caplog.records] == [
        next(r.getMessage() for r in caplog.records if str(path) in r.getMessage())
    ]
    again = toml_reads()
    assert snapshot(load_corpus(corpus_copy)) == good
    assert toml_reads() == again


def test_a_cache_from_another_version_is_not_used(
    corpus_copy: Path,
    cache_dir: Path,
    toml_reads: Callable[[], int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    with monkeypatch.context() as patch:
        patch.setattr(briefing, "__version__", "0.0.1-older")
        good = snapshot(load_corpus(corpus_copy))
    before = toml_reads()
    with caplog.at_level("WARNING", logger="briefing.cache"):
        assert snapshot(load_corpus(corpus_copy)) == good
    assert toml_reads() > before
    assert caplog.records == []  # an expected miss is not worth a word


def test_a_corpus_with_problems_is_never_cached(corpus_copy: Path, cache_dir: Path):
    path = corpus_copy / FINDINGS
    path.write_text(
        path.read_text(encoding="utf-8").replace('kind = "achievement"', 'kind = "triumph"', 1),
        encoding="utf-8",
    )
    first = [str(p) for p in load_corpus(corpus_copy).problems]
    assert first
    assert not cache.cache_file(corpus_copy).exists()
    assert [str(p) for p in load_corpus(corpus_copy).problems] == first


def test_check_validates_the_toml_even_with_a_cache(
    corpus_copy: Path, cache_dir: Path, toml_reads: Callable[[], int]
):
    from briefing.cli import main

    load_corpus(corpus_copy)
    before = toml_reads()
    assert main(["check", "--corpus", str(corpus_copy)]) == 0
    assert toml_reads() > before


def _summary(corpus: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", "summary", "--corpus", str(corpus), *SUMMARY_ARGS],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )


def test_an_unwritable_cache_folder_costs_one_warning_and_nothing_else(
    corpus_copy: Path, tmp_path: Path
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    normal = _summary(corpus_copy, {cache.ENV: str(tmp_path / "ok")})
    blocked = _summary(corpus_copy, {cache.ENV: str(blocker / "cache")})
    assert blocked.returncode == 0
    assert blocked.stdout == normal.stdout
    warnings = blocked.stderr.splitlines()
    assert len(warnings) == 1
    assert warnings[0].startswith("briefing: warning: cannot write the corpus cache")
    assert str(blocker / "cache") in warnings[0]


def test_claims_grouped_across_sources_come_from_the_cache(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    # Grouping is seconds on a large corpus: a warm start takes the groups the
    # cold one found, and they are the same groups.
    import shutil

    from briefing.analysis import repeats
    from briefing.storage.paths import bundled_corpus

    root = tmp_path / "corpus"
    for part in ("seeds", "data"):
        shutil.copytree(bundled_corpus() / part, root / part)
    cold = repeats.group_ids(repeats.repeats_of(load_corpus(root)))
    assert cold, "the bundled corpus repeats some claims across its sources"

    def no_grouping(*args: object) -> object:
        raise AssertionError("grouped again on a warm start")

    monkeypatch.setattr(repeats, "find_repeats", no_grouping)
    warm = load_corpus(root)
    assert repeats.group_ids(repeats.repeats_of(warm)) == cold
    representative = warm.by_id[cold[0][0]]
    assert repeats.repeats_of(warm).group_of(representative) is not None
