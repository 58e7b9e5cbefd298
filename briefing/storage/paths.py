"""Where things live: the bundled corpus and themes, and the user's own folders."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # briefing/, above storage/
APP_NAME = "briefing"


def bundled_root() -> Path:
    """The folder holding the bundled ``seeds/``, ``data/`` and ``themes/``.

    A wheel carries them inside the package (``briefing/_bundled``); a source
    checkout or an editable install finds them at the top of the repository.
    """
    inside = _PACKAGE / "_bundled"
    if (inside / "data").is_dir():
        return inside
    return _PACKAGE.parent


def bundled_corpus() -> Path:
    """The bundled corpus folder (``seeds/`` + ``data/``)."""
    return bundled_root()


def is_same_folder(a: Path, b: Path) -> bool:
    """True when two paths name the same folder (symlinks and ``..`` resolved)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def bundled_themes() -> Path:
    """The bundled theme files."""
    return bundled_root() / "themes"


def user_config_dir() -> Path:
    """The user's settings folder; ``BRIEFING_CONFIG_DIR`` overrides it (tests use that)."""
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_path  # deferred: only the TUI and settings need it

    return user_config_path(APP_NAME)


def user_themes_dir() -> Path:
    """Where a user keeps theme files of their own."""
    return user_config_dir() / "themes"


def settings_file() -> Path:
    """The small settings file (chosen theme)."""
    return user_config_dir() / "settings.toml"
