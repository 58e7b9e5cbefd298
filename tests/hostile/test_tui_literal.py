"""The app shows hostile corpus text literally under Pilot: ``o``, ``y``, toasts,
the source view, the review dialog and the error screen never read it as markup,
never run an action from it and never pass a control character on."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static
from textual.widgets._toast import Toast

from briefing.tui.app import BriefingApp, make_app
from briefing.tui.screens.error_screen import CorpusErrorScreen
from briefing.tui.screens.review_screen import ReviewScreen
from briefing.tui.screens.source_screen import SourceScreen
from tests.hostile.corpus import HOSTILE_TEXTS, RAW_BYTES, HostileCorpus, assert_no_raw_controls
from tests.tui.helpers import flat, rendered

SIZE = (120, 40)


def build(corpus: Path, tmp_path: Path) -> BriefingApp:
    app = make_app(
        corpus,
        as_of=date(2025, 3, 1),
        theme="briefing-dark",
        settings_path=tmp_path / "settings.toml",
    )
    app.animation_level = "none"
    return app


def opened_by_driver(app: BriefingApp) -> list[str]:
    """What the app hands to the terminal (or browser) to open."""
    opened: list[str] = []
    assert app._driver is not None
    app._driver.open_url = lambda url, new_tab=True: opened.append(url)  # type: ignore[method-assign,unused-ignore]
    return opened


def toast_text(toast: Toast) -> str:
    """The text a toast shows (markup already applied, if any was parsed)."""
    shown = toast.render()
    return str(getattr(shown, "plain", shown))


def toast_texts(app: BriefingApp) -> list[str]:
    return [toast_text(toast) for toast in app.screen.query(Toast)]


def literal(text: str) -> str:
    """What the app shows for ``text``: every unsafe character visible, markup as typed."""
    from briefing.core.safe_text import printable

    return printable(text)


async def show_finding(pilot: Any) -> None:
    await pilot.press("2", "g")  # the achievements panel, its first row


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
async def test_o_shows_a_hostile_url_literally_and_never_opens_it_raw(
    tmp_path: Path, text: str
) -> None:
    url = f"https://news.example/{text}"
    corpus = HostileCorpus(url=url).write(tmp_path / "corpus")
    app = build(corpus, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        opened = opened_by_driver(app)
        await show_finding(pilot)
        await pilot.press("o")
        await pilot.pause()
        for message in [n.message for n in app._notifications]:
            assert_no_raw_controls(message)
        shown = " ".join(flat(t) for t in toast_texts(app))
        assert_no_raw_controls(shown)
        assert flat(literal(url)) in shown
        for target in opened:
            assert not any(char in target for char in RAW_BYTES)
            assert " " not in target
        assert app.is_running  # no MarkupError


async def test_a_click_action_in_a_url_runs_nothing_when_its_toast_is_clicked(
    tmp_path: Path,
) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    url = f"https://news.example/[@click=app.screenshot('x.svg','{shots}')]CLICK[/]"
    corpus = HostileCorpus(url=url).write(tmp_path / "corpus")
    app = build(corpus, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        opened_by_driver(app)
        await show_finding(pilot)
        await pilot.press("o")
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        # The URL's toast (another, such as a cache warning, may be shown beside it).
        assert any("[@click=app.screenshot(" in toast_text(toast) for toast in toasts)
        for toast in toasts:
            await pilot.click(toast)
        await pilot.pause()
    assert list(shots.iterdir()) == []


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
async def test_y_puts_no_control_character_in_the_clipboard(tmp_path: Path, text: str) -> None:
    corpus = HostileCorpus(
        quote_extra=f" {text}", statement=f"57 {text}", outlet=f"Outlet {text}"
    ).write(tmp_path / "corpus")
    app = build(corpus, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await show_finding(pilot)
        await pilot.press("y")
        copied = app._clipboard
        assert "The council opened 57" in copied
        assert_no_raw_controls(copied)
        assert literal(text) in copied  # markup and visible controls kept as typed


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
async def test_source_view_header_is_literal(tmp_path: Path, text: str) -> None:
    corpus = HostileCorpus(
        title=f"Title {text}", outlet=f"Outlet {text}", url=f"https://x.example/{text}"
    ).write(tmp_path / "corpus")
    app = build(corpus, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await show_finding(pilot)
        await pilot.press("enter")
        assert isinstance(app.screen, SourceScreen)
        header = rendered(app.screen.query_one("#source-header", Static))
        assert_no_raw_controls(header)
        assert flat(literal(f"Title {text}")) in flat(header)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
async def test_review_dialog_and_its_toast_are_literal(tmp_path: Path, text: str) -> None:
    extracted = {
        "id": "harbour-extracted",
        "kind": "achievement",
        "statement": f"Extracted {text}",
        "quote": "The council opened 57 online public services this spring",
        "span": [75, 131],
        "topics": ["online-services"],
        "origin": "extracted",
        "reviewed": False,
        "confidence": 0.5,
    }
    corpus = HostileCorpus(title=f"Title {text}", extra_findings=[extracted])
    root = corpus.write(tmp_path / "corpus")
    app = build(root, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen), app.screen
        meta = rendered(app.screen.query_one("#review-meta", Static))
        assert_no_raw_controls(meta)
        assert flat(literal(f"Title {text}")) in flat(meta)
        # The statement field paints its value as is: it holds the visible form.
        field = app.screen.query_one("#review-statement", Input)
        assert_no_raw_controls(field.value)
        assert_no_raw_controls(rendered(field))
        assert field.value == literal(f"Extracted {text}")
        for message in [n.message for n in app._notifications]:
            assert_no_raw_controls(message)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
async def test_error_screen_lists_hostile_problems_literally(tmp_path: Path, text: str) -> None:
    bad = {
        "id": f"evil{text}",
        "kind": "achievement",
        "statement": "A claim",
        "quote": "The council",
        "span": [0, 11],
        "topics": ["online-services"],
    }
    root = HostileCorpus(extra_findings=[bad]).write(tmp_path / "corpus")
    app = build(root, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CorpusErrorScreen)
        body = rendered(app.screen.query_one("#problems", Static))
        assert_no_raw_controls(body)
        assert "evil" in body
