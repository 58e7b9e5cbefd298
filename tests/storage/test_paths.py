"""Where the bundled corpus is found: in a wheel, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefing
import briefing.storage.paths
from briefing.storage.paths import (
    bundled_corpus,
    bundled_root,
    bundled_themes,
    settings_file,
    user_config_dir,
    user_themes_dir,
)

REPO = Path(briefing.__file__).resolve().parent.parent


def test_bundled_root_finds_the_repository_layout():
    root = bundled_root()
    assert (root / "data" / "sources.toml").is_file()
    assert (root / "seeds").is_dir()
    if not (REPO / "briefing" / "_bundled" / "data").is_dir():
        assert root == REPO
    assert bundled_corpus() == root
    assert bundled_themes() == root / "themes"
    assert bundled_themes().is_dir()


def test_bundled_root_prefers_the_copy_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    package = tmp_path / "site-packages" / "briefing"
    inside = package / "_bundled"
    (inside / "data").mkdir(parents=True)
    (inside / "seeds").mkdir()
    (inside / "themes").mkdir()
    # a stray data/ next to the package must not win over the bundled copy
    (tmp_path / "site-packages" / "data").mkdir()
    monkeypatch.setattr(briefing.storage.paths, "_PACKAGE", package)
    assert bundled_root() == inside
    assert bundled_corpus() == inside
    assert bundled_themes() == inside / "themes"


def test_bundled_root_without_a_bundled_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    package = tmp_path / "checkout" / "briefing"
    (package / "_bundled").mkdir(parents=True)  # an empty _bundled is not a corpus
    monkeypatch.setattr(briefing.storage.paths, "_PACKAGE", package)
    assert bundled_root() == tmp_path / "checkout"


def test_user_config_dir_honours_the_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "cfg"))
    assert user_config_dir() == tmp_path / "cfg"
    assert user_themes_dir() == tmp_path / "cfg" / "themes"
    assert settings_file() == tmp_path / "cfg" / "settings.toml"


def test_tests_never_see_the_real_user_config():
    home = Path.home()
    assert home not in user_config_dir().parents
