"""The user's small settings file (the chosen theme), read leniently and written atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.paths import settings_file
from briefing.store import StoreError, read_toml, write_toml


@dataclass
class Settings:
    """What the app remembers between runs."""

    theme: str | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read settings; a missing or broken file gives the defaults (it is only a preference)."""
        try:
            data = read_toml(path or settings_file()).data
        except StoreError:
            return cls()
        theme = data.get("theme")
        return cls(theme=theme if isinstance(theme, str) else None)

    def save(self, path: Path | None = None) -> None:
        """Write settings atomically."""
        data = {"theme": self.theme} if self.theme else {}
        target = path or settings_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_toml(target, data)
