"""The user's small settings file, read leniently and written atomically.

It holds the chosen theme, the user's own keys (a binding's id and the keys for it,
checked by the app, which knows the bindings) and, per corpus folder, the last briefing:
the day and the sources it held, so the next one can say what is new::

    theme = "briefing-dark"

    [keymap]
    "list.search" = "ctrl+f"
    "app.quit" = "q,ctrl+q"

    [briefed."/home/me/corpus"]
    on = 2025-03-15
    sources = ["a", "b"]

Every change re-reads the file under a lock (``.settings.lock`` beside it), so two
windows (one choosing a theme, one opening a corpus) keep both changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from briefing.storage.files import Problem, StoreError, locked, read_toml, write_toml
from briefing.storage.paths import settings_file

LOCK_FILE = ".settings.lock"


@dataclass(frozen=True)
class Briefed:
    """When a corpus was last briefed, and which sources it had then."""

    on: date
    sources: frozenset[str]


@dataclass
class Settings:
    """What the app remembers between runs."""

    theme: str | None = None
    keymap: dict[str, object] = field(default_factory=dict)
    """``[keymap]`` as written: binding id to keys (``"ctrl+f"``, ``"q,ctrl+q"``); kept
    as it is, even where wrong, so saving the theme never loses the user's keys."""
    briefed: dict[str, Briefed] = field(default_factory=dict)
    problem: Problem | None = None
    """Why the file could not be read (it exists but is broken): then it is never
    written over, since what it held (other corpora's briefings) would be lost."""

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read settings; a missing or broken file gives the defaults (it is only a preference)."""
        target = path or settings_file()
        try:
            data = read_toml(target).data
        except StoreError as exc:
            missing = not target.exists() and not target.is_symlink()
            return cls(problem=None if missing else exc.problem)
        theme = data.get("theme")
        keys = data.get("keymap")
        keymap = dict(keys) if isinstance(keys, dict) else {}
        if keys is not None and not isinstance(keys, dict):
            keymap = {"": keys}  # not a table: reported by the app as one bad entry
        briefed: dict[str, Briefed] = {}
        table = data.get("briefed")
        for key, body in table.items() if isinstance(table, dict) else ():
            if not isinstance(body, dict):
                continue
            on, sources = body.get("on"), body.get("sources")
            if isinstance(on, date) and isinstance(sources, list):
                briefed[key] = Briefed(on, frozenset(str(s) for s in sources))
        return cls(
            theme=theme if isinstance(theme, str) else None,
            keymap=keymap,
            briefed=briefed,
        )

    def to_toml(self) -> dict[str, Any]:
        """The settings as TOML data."""
        data: dict[str, Any] = {"theme": self.theme} if self.theme else {}
        if self.keymap:  # as it was read (not a table: as it was, too)
            data["keymap"] = self.keymap[""] if "" in self.keymap else dict(self.keymap)
        if self.briefed:
            data["briefed"] = {
                key: {"on": b.on, "sources": sorted(b.sources)} for key, b in self.briefed.items()
            }
        return data

    def save(self, path: Path | None = None) -> None:
        """Write settings atomically."""
        target = path or settings_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_toml(target, self.to_toml())


def update_settings(change: Callable[[Settings], None], path: Path | None = None) -> Settings:
    """Lock, re-read, apply ``change``, write: no other writer's change is lost."""
    target = path or settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    with locked(target.parent / LOCK_FILE):
        settings = Settings.load(target)
        change(settings)
        if settings.problem is None:  # a broken file is kept as it is (see ``problem``)
            settings.save(target)
    return settings


def settings_problem(path: Path | None = None) -> Problem | None:
    """What is wrong with the settings file, if it exists and cannot be read."""
    return Settings.load(path).problem


def corpus_key(root: Path) -> str:
    """How settings name a corpus folder: its resolved path."""
    return str(root.resolve())


def last_briefed(root: Path, path: Path | None = None) -> Briefed | None:
    """The last briefing of the corpus in ``root`` this user had, if any."""
    return Settings.load(path).briefed.get(corpus_key(root))


def remember_briefed(
    root: Path, sources: Iterable[str], on: date, path: Path | None = None
) -> None:
    """Record that the corpus in ``root`` was briefed on ``on`` with these sources."""

    def change(settings: Settings) -> None:
        settings.briefed[corpus_key(root)] = Briefed(on, frozenset(sources))

    update_settings(change, path)
