"""Helpers for the Pilot tests: build the app the one supported way, read what is on screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.app import App
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import TabbedContent

from briefing.tui.app import BriefingApp, make_app
from briefing.tui.screens.briefing_screen import BriefingScreen
from briefing.tui.widgets.finding_table import FindingTable

AS_OF = date(2025, 3, 15)
WIDE = (120, 40)
NARROW = (60, 20)

PANEL_IDS = [
    "tab-overview",
    "tab-achievement",
    "tab-limitation",
    "tab-target",
    "tab-deadlines",
    "tab-sources",
    "tab-figures",
    "tab-directive",
]


def build(
    corpus: Path,
    tmp_path: Path,
    *,
    as_of: date = AS_OF,
    theme: str | None = "briefing-dark",
    **kwargs: object,
) -> BriefingApp:
    """The app, deterministic: a fixed day, a theme, settings in the test's own folder."""
    kwargs.setdefault("settings_path", tmp_path / "settings.toml")
    app = make_app(corpus, as_of=as_of, theme=theme, **kwargs)  # type: ignore[arg-type]
    app.animation_level = "none"  # tab underlines slide: no need to wait for them
    return app


def rendered(widget: Widget) -> str:
    """The text a widget paints, line by line (no styles, no control sequences interpreted)."""
    width, height = widget.size
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))


def flat(text: str) -> str:
    """``text`` with every run of whitespace (including wrapping) made one space."""
    return " ".join(text.split())


def briefing(app: App[Any]) -> BriefingScreen:
    """The briefing screen, asserting it is the one on show."""
    screen = app.screen
    assert isinstance(screen, BriefingScreen), f"expected BriefingScreen, got {screen!r}"
    return screen


def active_tab(app: App[Any]) -> str:
    """The id of the tab on show."""
    return app.screen.query_one(TabbedContent).active


def panel_table(app: App[Any]) -> FindingTable:
    """The (first) table of the panel on show."""
    return briefing(app).active_panel.query(FindingTable).first()


def row_keys(table: FindingTable) -> list[str]:
    """The row keys of a table, top to bottom."""
    return table.row_keys()


def notifications(app: App[Any]) -> list[str]:
    """The messages of the notifications raised so far (and not yet expired)."""
    return [n.message for n in app._notifications]


async def select_row(pilot: object, table: FindingTable, key: str) -> None:
    """Walk the cursor with ``j`` from the top to the row with ``key`` (as a person would)."""
    keys = row_keys(table)
    assert key in keys, f"{key} not listed: {keys}"
    await pilot.press("g", *["j"] * keys.index(key))
    assert table.current_key == key
