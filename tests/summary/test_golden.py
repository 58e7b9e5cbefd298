"""Byte-for-byte golden files of the fixture corpus's summary.

Regenerate with ``BRIEFING_UPDATE_GOLDEN=1 python -m pytest tests/summary/test_golden.py``,
then read the diff: these files are the contract of what a reader sees.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"

# Rich numbers OSC 8 hyperlinks from a random start (rich.style._id_generator), so the one
# varying part of `rich` output, the link id, is pinned to 0 before comparing.
_LINK_ID = re.compile(r"\x1b\]8;id=[0-9]+;")

CASES = {
    "summary-text-80.txt": ("--format", "text", "--width", "80"),
    "summary-rich-80.ansi": ("--format", "rich", "--width", "80"),
    "summary-markdown.md": ("--format", "markdown"),
}


def check_golden(name: str, actual: str) -> None:
    """Compare with ``golden/<name>``, or rewrite it when BRIEFING_UPDATE_GOLDEN=1."""
    path = GOLDEN / name
    data = actual.encode("utf-8")
    if os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1":
        path.write_bytes(data)
    assert path.exists(), f"no golden file {name}: run with BRIEFING_UPDATE_GOLDEN=1"
    expected = path.read_bytes()
    if data != expected:
        # a readable diff first, then the exact bytes
        assert actual.splitlines(keepends=True) == expected.decode("utf-8").splitlines(True)
        assert data == expected


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, summary: Callable[..., str]):
    out = summary(*CASES[name])
    if name.endswith(".ansi"):
        out = _LINK_ID.sub("\x1b]8;id=0;", out)
    check_golden(name, out)


def test_rich_golden_is_styled_and_text_golden_is_its_plain_twin():
    """The two terminal goldens say the same thing; only rich carries escape codes."""
    from tests.summary.conftest import strip_ansi

    rich = (GOLDEN / "summary-rich-80.ansi").read_text(encoding="utf-8")
    text = (GOLDEN / "summary-text-80.txt").read_text(encoding="utf-8")
    assert "\x1b[" in rich
    assert "\x1b" not in text
    plain = [line.rstrip() for line in strip_ansi(rich).splitlines()]
    assert plain == [line.rstrip() for line in text.splitlines()]
