"""Shared fixtures: the test corpus, a mutable copy of it, the bundled corpus."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.storage.paths import bundled_corpus

FIXTURE_CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never read (or write) the settings of the machine running the tests."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Never read (or write) the corpus cache of the machine running the tests.

    Session-wide, so that module-scoped fixtures loading a corpus are covered too.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFING_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(autouse=True)
def _no_earlier_cache_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unwritable cache is warned of once per process: a test that made one must not
    leave its warning for the next test's app to show."""
    from briefing.corpus import cache

    monkeypatch.setattr(cache, "_warning", None)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus cache folder of the test's own, empty to begin with."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def fixture_corpus() -> Path:
    """The small test corpus (tests/fixtures/corpus); do not modify it."""
    return FIXTURE_CORPUS


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A private copy of the test corpus, for tests that break it on purpose."""
    return Path(shutil.copytree(FIXTURE_CORPUS, tmp_path / "corpus"))


@pytest.fixture(scope="session")
def bundled() -> Path:
    """The corpus shipped with the package."""
    return bundled_corpus()


@pytest.fixture
def extracted(tmp_path: Path) -> Path:
    """A corpus made by ``briefing ingest`` from one article: four unreviewed findings."""
    from tests.extracted import ingest_article

    return ingest_article(tmp_path / "extracted", tmp_path)
