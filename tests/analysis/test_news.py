"""What is new: the last briefing per corpus in the settings file, and the sources since."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing.analysis.whats_new import new_sources
from briefing.corpus.loader import load_corpus
from briefing.storage.settings import (
    Briefed,
    Settings,
    last_briefed,
    remember_briefed,
    update_settings,
)

OLD, NEW = "lanmore-2024-07-15", "lanmore-bulletin-2025-01"


def test_remembered_per_corpus_and_theme_kept(fixture_corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    assert last_briefed(fixture_corpus, path) is None
    Settings(theme="briefing-light").save(path)
    remember_briefed(fixture_corpus, [OLD], date(2025, 1, 1), path)
    assert last_briefed(fixture_corpus, path) == Briefed(date(2025, 1, 1), frozenset({OLD}))
    assert last_briefed(tmp_path, path) is None  # another folder: nothing remembered
    update_settings(lambda s: setattr(s, "theme", "briefing-dark"), path)
    settings = Settings.load(path)
    assert settings.theme == "briefing-dark" and len(settings.briefed) == 1


def test_a_broken_record_is_ignored(fixture_corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('theme = "x"\n[briefed."/a"]\non = "soon"\n')
    assert Settings.load(path) == Settings(theme="x")


def test_new_sources_are_unseen_or_published_after(fixture_corpus: Path) -> None:
    corpus = load_corpus(fixture_corpus)
    assert new_sources(corpus, None) == frozenset()
    both = frozenset({OLD, NEW})
    assert new_sources(corpus, Briefed(date(2025, 3, 1), both)) == frozenset()
    assert new_sources(corpus, Briefed(date(2025, 3, 1), frozenset({OLD}))) == {NEW}
    assert new_sources(corpus, Briefed(date(2024, 12, 31), both)) == {NEW}
