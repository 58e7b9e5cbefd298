"""`--width N`: lines fit in N columns, and nothing a reader needs is cut."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from rich.cells import cell_len

from tests.summary.conftest import strip_ansi

URL_LINE = re.compile(r"^ {4}https?://\S+$")
DAILY_URL = "https://news.example/lanmore/digital-transformation-2024-h1"
# figures as the fixture states them, and the dates and day counts of the deadlines
FIGURES = [
    "over 1.41 million cards (Jan 2025)",
    "1.25 million cards (Jun 2024)",
    "412 services (Jun 2024)",
    "31% (H1 2024)",
    "40% (Jan 2025)",
    "80% (2025)",
]
NO_WRAP = ["31 Mar 2025", "May 2025", "Q2 2025", "16 days left", "77 days left", "107 days left"]
DEADLINE_PHRASES = [
    "Connect the land registry to the population database",
    "District offices to switch to electronic document handling",
    "Upgrade the provincial data centre",
    "Department of Information and Communications",
    "District People's Committees",
]
DEADLINE_WORDS = [word for phrase in DEADLINE_PHRASES for word in phrase.split()]


def lines_of(out: str, fmt: str) -> list[str]:
    return (strip_ansi(out) if fmt == "rich" else out).splitlines()


@pytest.mark.parametrize("fmt", ["text", "rich"])
@pytest.mark.parametrize("width", [60, 80, 100])
def test_lines_fit_the_width(summary: Callable[..., str], fmt: str, width: int):
    lines = lines_of(summary("--format", fmt, "--width", str(width)), fmt)
    too_long = [line for line in lines if cell_len(line) > width]
    # a source URL gets a line of its own and is never broken, so that it can be copied
    assert all(URL_LINE.match(line) for line in too_long), too_long
    assert f"    {DAILY_URL}" in lines
    if width >= 80:
        assert too_long == []


@pytest.mark.parametrize("fmt", ["text", "rich"])
@pytest.mark.parametrize("width", [40, 60, 80])
def test_figures_are_never_cut(summary: Callable[..., str], fmt: str, width: int):
    lines = lines_of(summary("--format", fmt, "--width", str(width)), fmt)
    flowing = " ".join(line.strip() for line in lines)  # undo word wrapping
    for figure in FIGURES:
        assert figure in flowing, figure
    for value in NO_WRAP:  # the Due and Status columns never wrap nor shrink
        assert any(value in line for line in lines), value
    assert not re.search(r"\d…", flowing)  # no number ellipsised


@pytest.mark.parametrize("width", [40, 60])
def test_deadline_words_are_never_cut(summary: Callable[..., str], width: int):
    out = summary("--format", "text", "--width", str(width), "--kind", "deadline")
    assert "…" not in out
    words = set(out.split())
    assert [w for w in DEADLINE_WORDS if w not in words] == []


def test_deadline_words_whole_at_80(summary: Callable[..., str]):
    out = summary("--format", "text", "--width", "80", "--kind", "deadline")
    assert "…" not in out
    words = set(out.split())
    assert [w for w in DEADLINE_WORDS if w not in words] == []


def test_width_default_follows_the_terminal(
    summary: Callable[..., str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("COLUMNS", "70")
    assert summary("--format", "text") == summary("--format", "text", "--width", "70")
