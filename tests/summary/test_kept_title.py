"""The summary's title written from the numbers kept beside the compiled cache: the same
bytes as counted from the findings, and never from numbers of other records."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from briefing.corpus import cache, loader
from briefing.corpus.indexed import Corpus
from tests.summary.conftest import AS_OF, Run

LINK_ID = re.compile(r"id=[0-9]+;")
"""Rich numbers each hyperlink at random: two runs differ only there."""

FILTERS = [
    [],
    ["--topic", "electronic-id"],
    ["--kind", "target", "--kind", "deadline"],
    ["--limit", "2"],
    ["--brief"],
]


def _title_file(cache_dir: Path) -> Path:
    [kept] = cache_dir.glob("*.title")
    return kept


def _summary(run: Run, corpus: Path, fmt: str, *args: str) -> str:
    status, out, err = run("--corpus", str(corpus), "--as-of", AS_OF, "--format", fmt, *args)
    assert (status, err) == (0, "")
    return LINK_ID.sub("id=0;", out)


@pytest.mark.parametrize("fmt", ["text", "rich"])
@pytest.mark.parametrize("args", FILTERS, ids=lambda a: " ".join(a) or "every finding")
def test_the_output_is_the_same_with_the_title_kept_or_not(
    run: Run, corpus_copy: Path, cache_dir: Path, fmt: str, args: list[str]
) -> None:
    counted = _summary(run, corpus_copy, fmt, *args)  # the cache made; the title counted
    _summary(run, corpus_copy, fmt)  # the whole corpus's title kept
    assert _title_file(cache_dir).exists()
    assert _summary(run, corpus_copy, fmt, *args) == counted
    _title_file(cache_dir).unlink()
    assert _summary(run, corpus_copy, fmt, *args) == counted


@pytest.mark.parametrize("fmt", ["text", "rich"])
def test_the_kept_title_is_written_before_the_findings_are_decoded(
    run: Run,
    corpus_copy: Path,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    whole = _summary(run, corpus_copy, fmt)
    title = whole[: whole.index("\n\n")]
    written_before: list[str] = []
    decode = loader._from_cache

    def watched(root: Path, hit: cache.Hit) -> Corpus:
        written_before.append(sys.stdout.getvalue())  # pytest's capture
        return decode(root, hit)

    monkeypatch.setattr(loader, "_from_cache", watched)
    assert _summary(run, corpus_copy, fmt) == whole
    assert [LINK_ID.sub("id=0;", text) for text in written_before] == [title + "\n"]


def test_a_title_kept_for_other_records_is_not_used(
    run: Run, corpus_copy: Path, cache_dir: Path
) -> None:
    before = _summary(run, corpus_copy, "text")
    _summary(run, corpus_copy, "text")
    kept = _title_file(cache_dir).read_bytes()
    (corpus_copy / "data" / "findings" / "lanmore-2024-07-15.toml").unlink()
    counted = _summary(run, corpus_copy, "text")  # the records changed: counted again
    assert counted.splitlines()[2] != before.splitlines()[2]
    # The old numbers put back beside the new records: named by the old ones, not used.
    _title_file(cache_dir).write_bytes(kept)
    assert _summary(run, corpus_copy, "text") == counted


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],
        lambda blob: blob[:-3] + b"xyz",
        lambda blob: b"not a title at all",
        lambda blob: b"",
    ],
    ids=["truncated", "altered", "foreign", "empty"],
)
def test_a_damaged_title_file_is_ignored(
    run: Run, corpus_copy: Path, cache_dir: Path, damage: object
) -> None:
    counted = _summary(run, corpus_copy, "text")
    _summary(run, corpus_copy, "text")
    kept = _title_file(cache_dir)
    kept.write_bytes(damage(kept.read_bytes()))  # type: ignore[operator]
    assert _summary(run, corpus_copy, "text") == counted
