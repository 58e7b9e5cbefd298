"""What every command shares: exit statuses, the usage error, argument types, the corpus
folder a command reads."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

SINCE_LAST = "last"
MIN_WIDTH = 20
MAX_WIDTH = 1000
"""Widest --width a summary is laid out at (a wider page takes minutes to lay out)."""


class UsageError(Exception):
    """A mistake in how the command was called: reported in one line, exit 2."""


def day(text: str) -> date:
    from briefing.core.dates import parse_day

    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def since(text: str) -> date | str:
    return SINCE_LAST if text == SINCE_LAST else day(text)


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return value


def width(text: str) -> int:
    value = positive(text)
    if value < MIN_WIDTH:
        raise argparse.ArgumentTypeError(f"'{text}' is too narrow (at least {MIN_WIDTH})")
    if value > MAX_WIDTH:  # laying out a 100,000-column page takes minutes
        raise argparse.ArgumentTypeError(f"'{text}' is too wide (at most {MAX_WIDTH})")
    return value


def port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port (1 to 65535)")
    return value


def corpus_root(path: Path | None) -> Path:
    """The corpus folder a command reads: the one given, or the bundled corpus."""
    if path is None:
        from briefing.storage.paths import bundled_corpus

        return bundled_corpus()
    if not path.is_dir():
        raise UsageError(f"--corpus: '{path}' is not a folder")
    return path
