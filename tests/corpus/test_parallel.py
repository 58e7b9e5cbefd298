"""A large corpus's findings files read in worker processes: the corpus, its problems
and its cache are those of a serial load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.corpus import cache, parallel
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus
from tests.bench.test_generate import load_generator
from tests.corpus.helpers import edit


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("parallel") / "syn"
    load_generator().generate(12, root, seed=4)
    return root


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Worker processes for every load, whatever the machine's cores and the corpus's
    size, two files a task: the number of findings files each load sent them."""
    sent: list[int] = []
    real = parallel.read_findings_files

    def counting(paths: list[Path], *args: object) -> bool:
        done = real(paths, *args)  # type: ignore[arg-type]
        sent.append(len(paths) if done else 0)
        return done

    monkeypatch.setattr(parallel, "MIN_FILES", 0)
    monkeypatch.setattr(parallel, "_CHUNK", 2)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "read_findings_files", counting)
    return sent


def _serial(root: Path, monkeypatch: pytest.MonkeyPatch) -> Corpus:
    with monkeypatch.context() as patch:
        patch.setattr(parallel, "workers", lambda: 0)
        return load_corpus(root, trust_cache=False)


def _seen(corpus: Corpus) -> tuple[object, ...]:
    return (
        corpus.sources,
        corpus.findings,
        list(corpus.claimed_ids.items()),
        corpus.by_source,
        [str(p) for p in corpus.problems],
    )


def test_a_sound_corpus_read_by_workers_is_the_serial_one_and_cached_the_same(
    generated: Path, tmp_path: Path, cache_dir: Path, workers: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    root = Path(shutil.copytree(generated, tmp_path / "c"))
    progress: list[tuple[int, int]] = []
    loaded = load_corpus(root, lambda done, total: progress.append((done, total)))
    assert workers == [12] and loaded.ok and loaded.compiled is not None
    assert progress[-1] == (12, 12) and len(progress) == 13
    warm = load_corpus(root)  # from the cache the workers' parts made
    assert warm.compiled == loaded.compiled and workers == [12]
    serial = _serial(root, monkeypatch)
    assert _seen(loaded) == _seen(serial) == _seen(warm)


def test_problems_found_by_workers_are_the_serial_ones_in_the_same_order(
    generated: Path, tmp_path: Path, cache_dir: Path, workers: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    root = Path(shutil.copytree(generated, tmp_path / "c"))
    files = sorted((root / "data" / "findings").glob("*.toml"))
    ids = [line.split('"')[1] for line in files[2].read_text().splitlines() if line[:4] == "id ="]
    # A later file repeats an earlier one's id (the later one is read again here, to
    # name the first file); others misquote, are malformed, name no known source or
    # give a kind that is none.
    edit(files[7], 'id = "', f'id = "{ids[0]}"\nold_id = "')
    quote = next(line for line in files[3].read_text().splitlines() if line[:5] == "quote")
    edit(files[3], quote, f'quote = "~{quote[10:]}')  # as long, not in the article
    edit(files[4], "span = [", "span = [1")
    edit(files[5], "[[finding]]", "[[finding]\n")
    edit(files[9], 'source = "', 'source = "nowhere-')
    edit(files[10], 'kind = "', 'kind = "rumour-')
    loaded = load_corpus(root)
    assert workers == [12]
    serial = _serial(root, monkeypatch)
    assert [str(p) for p in loaded.problems] == [str(p) for p in serial.problems]
    assert _seen(loaded) == _seen(serial)
    messages = "\n".join(str(p) for p in loaded.problems)
    assert f"duplicate finding id '{ids[0]}' (first in {files[2]})" in messages
    assert f"{files[5]}:" in messages and "malformed TOML" in messages
    assert f"{files[3]}:" in messages and "quote is not in seeds/" in messages
    assert "unknown source id 'nowhere-" in messages and "kind: input should be" in messages
    assert not loaded.ok and loaded.compiled is None
    assert not cache.cache_file(root).exists()  # a corpus with problems is never cached


def test_a_small_corpus_is_read_in_process(
    fixture_corpus: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "workers", lambda: 2)

    def no_pool(*_: object, **__: object) -> None:
        raise AssertionError("a pool for a dozen files")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_pool)
    assert load_corpus(fixture_corpus, trust_cache=False).ok
