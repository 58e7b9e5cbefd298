"""Which format is chosen, and what colour it carries (NO_COLOR, FORCE_COLOR, a terminal)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.summary.conftest import AS_OF, ESC, SGR, Run, strip_ansi

RICH_80 = ("--format", "rich", "--width", "80", "--as-of", AS_OF)

# SGR parameters that set a colour: 30-38 / 40-48 (38 and 48 introduce 256/truecolour),
# 90-97 / 100-107 bright. Bold (1), dim (2), italic (3), underline (4) and reset (0) are not.
_COLOUR_PARAMS = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}


def colour_codes(text: str) -> list[str]:
    """Every SGR sequence in ``text`` that sets a foreground or background colour."""
    found = []
    for match in SGR.finditer(text):
        params = [int(p) for p in match.group(1).split(";") if p]
        # in "1;38;2;r;g;b" the first colour parameter (38) comes before its arguments
        if any(param in _COLOUR_PARAMS for param in params):
            found.append(match.group(0))
    return found


def test_text_has_no_escape_byte_at_all(summary: Callable[..., str]):
    out = summary("--format", "text", "--width", "80")
    assert out
    assert ESC not in out
    assert "\x9b" not in out  # nor the one-byte CSI


def test_text_stays_plain_even_with_force_color(
    summary: Callable[..., str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ESC not in summary("--format", "text", "--width", "80")


def test_default_format_off_a_terminal_is_text(summary: Callable[..., str]):
    assert not sys.stdout.isatty()
    default = summary("--width", "80")
    assert ESC not in default
    assert default == summary("--format", "text", "--width", "80")


def test_default_format_on_a_terminal_is_rich(
    summary: Callable[..., str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "80")  # the width comes from the terminal
    out = summary()
    assert colour_codes(out)
    assert strip_ansi(out) == strip_ansi(summary("--format", "rich", "--width", "80"))


def test_default_format_into_a_file_is_text_even_on_a_terminal(
    summary: Callable[..., str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    target = tmp_path / "briefing.txt"
    assert summary("--output", str(target)) == ""
    written = target.read_text(encoding="utf-8")
    assert "Deadlines (3)" in written
    assert ESC not in written


def test_rich_is_coloured(summary: Callable[..., str]):
    out = summary("--format", "rich", "--width", "80")
    assert colour_codes(out)
    assert "\x1b[1m" in out  # bold headings


def test_no_color_with_format_rich_gives_no_colour_codes(
    summary: Callable[..., str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("NO_COLOR", "1")
    out = summary("--format", "rich", "--width", "80")
    assert colour_codes(out) == []
    assert "\x1b[3" not in out.replace("\x1b[3m", "")  # italic (3) is not a colour
    assert "\x1b[38" not in out
    # bold/underline may stay (NO_COLOR is only about colour); the words are the same
    assert strip_ansi(out) == summary("--format", "text", "--width", "80")


def test_no_color_on_a_terminal_by_default(
    summary: Callable[..., str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    out = summary("--width", "80")
    assert colour_codes(out) == []
    assert strip_ansi(out) == summary("--format", "text", "--width", "80")


def test_force_color_off_a_terminal_gives_rich(
    summary: Callable[..., str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("FORCE_COLOR", "1")
    out = summary("--width", "80")
    assert colour_codes(out)
    assert strip_ansi(out) == strip_ansi(summary("--format", "rich", "--width", "80"))


@pytest.mark.parametrize("theme", ["briefing-dark", "briefing-light", "briefing-contrast"])
def test_every_bundled_theme_renders(summary: Callable[..., str], theme: str):
    out = summary("--format", "rich", "--width", "80", "--theme", theme)
    assert colour_codes(out)
    assert strip_ansi(out) == summary("--format", "text", "--width", "80")


def test_themes_change_the_colours(summary: Callable[..., str]):
    dark = summary("--format", "rich", "--width", "80", "--theme", "briefing-dark")
    light = summary("--format", "rich", "--width", "80", "--theme", "briefing-light")
    assert colour_codes(dark) != colour_codes(light)


def test_theme_before_the_command_counts(
    summary: Callable[..., str], cli: Run, fixture_corpus: Path
):
    after = summary("--format", "rich", "--width", "80", "--theme", "briefing-light")
    status, before, err = cli(
        "--theme", "briefing-light", "summary", *RICH_80, "--corpus", str(fixture_corpus)
    )
    assert (status, err) == (0, "")
    assert colour_codes(before) == colour_codes(after)


def test_unknown_theme_before_the_command_is_a_usage_error(cli: Run, fixture_corpus: Path):
    status, out, err = cli(
        "--theme", "nosuch", "summary", *RICH_80, "--corpus", str(fixture_corpus)
    )
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "--theme" in err


@pytest.mark.parametrize(
    ("theme", "background"),
    [("briefing-dark", "#14171c"), ("briefing-contrast", "#000000")],
)
def test_html_page_background_follows_a_dark_theme(
    summary: Callable[..., str], theme: str, background: str
):
    page = summary("--format", "html", "--width", "80", "--theme", theme).lower()
    assert f"--background: {background};" in page
