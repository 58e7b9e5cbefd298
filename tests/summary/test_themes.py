"""One theme list and one resolver for the summary and the app: Textual's built-ins, the
bundled themes and the user's; the theme picked in the app is honoured by the summary."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.themes import ansi_base, resolve_colour
from tests.summary.conftest import Run

RICH = ("--format", "rich", "--width", "80")


def same_links(out: str) -> str:
    """``out`` with its hyperlinks' ids (new at every run) left out."""
    return re.sub(r"id=\d+;", "id=;", out)


def truecolour(hex_colour: str) -> str:
    """The SGR a summary writes for a foreground colour."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"38;2;{r};{g};{b}"


def remember_theme(name: str) -> None:
    """What the app writes when a person picks a theme."""
    folder = Path(os.environ["BRIEFING_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.toml").write_text(f'theme = "{name}"\n', encoding="utf-8")


NORD_GREEN = "#a3be8c"  # nord's success: its achievements
LIGHT_GREEN = "#2e7d32"  # briefing-light's kind-achievement
DARK_GREEN = "#6bcb77"  # briefing-dark's


def test_a_textual_theme_colours_the_summary(summary: Callable[..., str]):
    out = summary(*RICH, "--theme", "nord")
    assert truecolour(NORD_GREEN) in out


def test_an_unknown_theme_lists_every_theme(run: Run, fixture_corpus: Path):
    status, out, err = run("--corpus", str(fixture_corpus), *RICH, "--theme", "nope")
    assert status == 2 and out == ""
    assert err.count("\n") == 1
    for name in ("nord", "textual-light", "briefing-dark", "briefing-light", "briefing-contrast"):
        assert name in err


@pytest.mark.parametrize("name, colour", [("nord", NORD_GREEN), ("briefing-contrast", None)])
def test_a_theme_picked_in_the_app_is_honoured(
    summary: Callable[..., str], name: str, colour: str | None
):
    default = same_links(summary(*RICH))
    remember_theme(name)
    out = summary(*RICH)
    assert same_links(out) != default
    if colour:
        assert truecolour(colour) in out


def test_a_remembered_light_theme_is_not_forced_on_a_dark_terminal(
    summary: Callable[..., str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("COLORFGBG", raising=False)
    default = same_links(summary(*RICH))
    remember_theme("briefing-light")
    assert same_links(summary(*RICH)) == default  # the terminal's is not known to be light
    monkeypatch.setenv("COLORFGBG", "15;0")  # white on black: dark
    assert same_links(summary(*RICH)) == default
    monkeypatch.setenv("COLORFGBG", "0;15")  # black on white: light
    assert truecolour(LIGHT_GREEN) in summary(*RICH)
    monkeypatch.delenv("COLORFGBG")
    assert truecolour(LIGHT_GREEN) in summary(*RICH, "--theme", "briefing-light")  # asked for
    # A page has its own background: the remembered light theme is its colours.
    assert LIGHT_GREEN in summary("--format", "html", "--width", "80").lower()


def test_the_dark_default_is_what_the_summary_draws_with(summary: Callable[..., str]):
    assert truecolour(DARK_GREEN) in summary(*RICH)


@pytest.mark.parametrize(
    "value, variables, expected",
    [
        ("#2E7D32", {}, "#2e7d32"),
        ("$success", {"success": "#00ff00"}, "#00ff00"),
        ("$a", {"a": "$b", "b": "#123"}, "#112233"),
        # 30% of the colour over the background, as CSS draws it (and Textual)
        ("$warning 30%", {"warning": "#ffffff", "background": "#000000"}, "#4c4c4c"),
        ("$warning 50%", {"warning": "#ff0000", "background": "ansi_default"}, "#ff0000"),
        ("$primary", {"primary": "ansi_blue"}, "color(4)"),
        ("$primary", {"primary": "ansi_bright_red"}, "color(9)"),
        ("$primary", {"primary": "ansi_default"}, "default"),
        ("$a", {"a": "$a"}, ""),  # a cycle ends, colourless
        ("$missing", {}, ""),
        ("not a colour", {}, ""),
        ("", {}, ""),
    ],
)
def test_one_resolver_for_app_variables(value: str, variables: dict[str, str], expected: str):
    assert resolve_colour(value, variables) == expected


def test_ansi_is_the_terminals_own_colours(summary: Callable[..., str], run: Run):
    out = summary(*RICH, "--theme", "ansi")
    assert "\x1b[1;32m" in out  # achievements in the terminal's own green (colour 2)
    assert "38;2;" not in out  # and no colour of ours anywhere
    remember_theme("ansi")  # picked in the app: honoured on any terminal
    assert same_links(summary(*RICH)) == same_links(out)
    status, _out, err = run("--theme", "nope")
    assert status == 2 and " ansi," in err  # in the one list


def test_ansi_on_a_page_is_css_colours(summary: Callable[..., str]):
    page = summary("--format", "html", "--theme", "ansi")
    assert "color(" not in page and "default;" not in page  # no terminal on a page
    assert "--kind-achievement: green;" in page and "--background: #ffffff;" in page


def test_ansi_follows_a_light_terminal():
    assert ansi_base({"COLORFGBG": "0;15"}) == "ansi-light"
    assert ansi_base({"COLORFGBG": "15;0"}) == ansi_base({}) == "ansi-dark"
