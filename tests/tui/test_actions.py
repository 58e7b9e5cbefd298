"""Citations (``y``), opening URLs (``o``), the keys list, the command palette and themes."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from textual.app import App
from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.widgets import Static

from briefing.storage.settings import Settings
from briefing.tui import actions
from briefing.tui.app import BriefingApp, UnknownTheme
from briefing.tui.colours import theme_colours
from briefing.tui.screens.briefing_screen import BriefingScreen
from briefing.tui.screens.keys_screen import KEYS, KeysScreen
from briefing.tui.screens.promise_screen import PromiseScreen
from briefing.tui.screens.review_screen import ReviewScreen
from briefing.tui.screens.source_screen import SourceScreen
from briefing.tui.widgets.figures_panel import FiguresPanel
from briefing.tui.widgets.finding_table import FindingTable
from briefing.tui.widgets.findings_panel import DeadlinesPanel, FindingsPanel, KindPanel
from briefing.tui.widgets.overview_panel import OverviewPanel
from briefing.tui.widgets.sources_panel import SourcesPanel
from tests.tui.helpers import (
    WIDE,
    active_tab,
    build,
    flat,
    notifications,
    panel_table,
    rendered,
    select_row,
)


def record_open_url(app: App[Any], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the URLs opened, on a machine that has a browser."""
    monkeypatch.setattr(actions, "browser_available", lambda: True)
    opened: list[str] = []
    app.open_url = lambda url, new_tab=True: opened.append(url)  # type: ignore[method-assign,unused-ignore]
    return opened


# Citations ------------------------------------------------------------------------


async def test_y_copies_a_full_citation(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")
        await select_row(pilot, panel_table(app), "lm-online-dossiers-low")
        await pilot.press("y")
        finding = app.corpus.by_id["lm-online-dossiers-low"]
        cited = app._clipboard
        assert finding.statement in cited
        assert finding.quote in cited
        assert "Lanmore Daily" in cited
        assert "2024-07-15" in cited
        assert "https://news.example/lanmore/digital-transformation-2024-h1" in cited
        assert "Citation copied to the clipboard." in notifications(app)


async def test_y_in_the_source_view_cites_the_highlighted_finding(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")
        await select_row(pilot, panel_table(app), "lb-officials-skills")
        await pilot.press("enter", "n", "y")
        assert isinstance(app.screen, SourceScreen)
        finding = app.corpus.by_id["lb-electronic-documents"]
        cited = app._clipboard
        assert finding.statement in cited and finding.quote in cited
        assert "Lanmore Provincial Bulletin" in cited
        assert "2025-01 (inferred)" in cited


async def test_y_with_nothing_selected_warns(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", *"zzz", "enter", "y")
        assert panel_table(app).row_count == 0
        assert app._clipboard == ""
        assert any("Nothing to cite" in m for m in notifications(app))


async def test_y_on_the_overview_cites_the_deadline(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert app.focused.id == "overview-deadlines"
        await pilot.press("y")
        finding = app.corpus.by_id["lm-land-registry-deadline"]
        assert finding.quote in app._clipboard


# Opening URLs ---------------------------------------------------------------------


async def test_o_with_no_browser_says_so(fixture_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(actions, "browser_available", lambda: False)
    app = build(fixture_corpus, tmp_path)
    opened: list[str] = []
    app.open_url = lambda url, new_tab=True: opened.append(url)  # type: ignore[method-assign,unused-ignore]
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")
        await select_row(pilot, panel_table(app), "lm-land-registry-gaps")
        await pilot.press("o")
        assert opened == []
        url = "https://news.example/lanmore/digital-transformation-2024-h1"
        said = notifications(app)
        assert f"No web browser found to open {url}; y copies the citation with its URL." in said
        assert not any(n.startswith("Opening") for n in said)


async def test_o_opens_the_source_url(fixture_corpus, tmp_path, monkeypatch):
    app = build(fixture_corpus, tmp_path)
    opened = record_open_url(app, monkeypatch)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")
        await select_row(pilot, panel_table(app), "lm-land-registry-gaps")
        await pilot.press("o")
        assert opened == ["https://news.example/lanmore/digital-transformation-2024-h1"]


async def test_o_without_a_url_warns(fixture_corpus, tmp_path, monkeypatch):
    app = build(fixture_corpus, tmp_path)
    opened = record_open_url(app, monkeypatch)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")
        await select_row(pilot, panel_table(app), "lb-officials-skills")  # the bulletin: no URL
        await pilot.press("o")
        assert opened == []
        assert "This article gives no URL." in notifications(app)


async def test_o_in_the_source_view_opens_the_article(fixture_corpus, tmp_path, monkeypatch):
    app = build(fixture_corpus, tmp_path)
    opened = record_open_url(app, monkeypatch)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), "lm-chip-id-cards")
        await pilot.press("enter", "o")
        assert isinstance(app.screen, SourceScreen)
        assert opened == ["https://news.example/lanmore/digital-transformation-2024-h1"]


async def test_o_on_a_sources_row_opens_its_url(fixture_corpus, tmp_path, monkeypatch):
    app = build(fixture_corpus, tmp_path)
    opened = record_open_url(app, monkeypatch)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("6")
        await select_row(pilot, panel_table(app), "source:lanmore-2024-07-15")
        await pilot.press("o")
        assert opened == ["https://news.example/lanmore/digital-transformation-2024-h1"]


# The keys list --------------------------------------------------------------------

_SYMBOLS = {
    "?": "question_mark",
    "/": "slash",
    "↑": "up",
    "↓": "down",
    "←": "left",
    "→": "right",
    "[": "left_square_bracket",
    "]": "right_square_bracket",
}


def _norm(key: str) -> str:
    key = _SYMBOLS.get(key.strip(), key.strip())
    return key if len(key) == 1 else key.lower()  # g and G differ; F1 and f1 do not


def documented_keys() -> set[str]:
    """Every key named in the KEYS table (``1 – 6`` is a range, `` / `` separates keys)."""
    keys: set[str] = set()
    for row in KEYS:
        cell = row.keys
        if cell.strip() == "/":
            keys.add("slash")
            continue
        tokens = [t for t in cell.split() if t != "/"]
        for i, token in enumerate(tokens):
            if token == "–":
                low, high = int(tokens[i - 1]), int(tokens[i + 1])
                keys.update(str(n) for n in range(low, high + 1))
            else:
                keys.add(_norm(token))
    return keys


def bound_keys(*classes: type) -> dict[str, str]:
    """key -> 'Class: action' for the BINDINGS each class declares itself."""
    keys: dict[str, str] = {}
    for cls in classes:
        for binding in cls.__dict__.get("BINDINGS", []):
            assert isinstance(binding, Binding)
            for key in binding.key.split(","):
                keys[_norm(key)] = f"{cls.__name__}: {binding.action}"
    return keys


DOCUMENTED_CLASSES = (
    BriefingApp,
    BriefingScreen,
    SourceScreen,
    FindingTable,
    FindingsPanel,
    KindPanel,
    DeadlinesPanel,
    OverviewPanel,
    SourcesPanel,
    FiguresPanel,
    ReviewScreen,
    PromiseScreen,
)


def test_every_binding_is_in_the_keys_list():
    bound = bound_keys(*DOCUMENTED_CLASSES)
    assert {"q", "question_mark", "f1", "t", "1", "7", "l", "tab", "s", "n", "G"} <= set(bound)
    missing = {key: where for key, where in bound.items() if key not in documented_keys()}
    assert not missing, f"bindings missing from KEYS in keys_screen.py: {missing}"


def test_the_check_catches_an_undocumented_binding():
    class Extra(KindPanel):
        BINDINGS: ClassVar[list[Binding]] = [
            Binding("X", "explode", "Explode"),
            Binding("ctrl+y,F5", "redo", "Redo"),
        ]

    bound = bound_keys(Extra)
    assert {k for k in bound if k not in documented_keys()} == {"X", "ctrl+y", "f5"}


def test_every_documented_key_is_bound():
    bound = set(bound_keys(*DOCUMENTED_CLASSES))
    bound.add(_norm(App.COMMAND_PALETTE_BINDING))
    assert documented_keys() - bound == set()


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_question_mark_and_f1_show_the_keys(fixture_corpus, tmp_path, key):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", key)
        assert isinstance(app.screen, KeysScreen)
        shown = flat(rendered(app.screen.query_one(Static)))
        for row in KEYS:
            assert flat(row.keys) in shown
            assert flat(row.what)[:20] in shown
        await pilot.press(key)  # the same key closes it
        assert isinstance(app.screen, BriefingScreen)
        assert active_tab(app) == "tab-limitation"
        await pilot.press("2", "enter", key)  # and it works from the source view
        assert isinstance(app.screen, KeysScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, SourceScreen)


# Command palette ------------------------------------------------------------------


async def palette_prompts(pilot) -> list[str]:
    """The commands the palette offers, once its search has produced them."""
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    commands = palette.query_one(CommandList)
    for _ in range(100):
        await pilot.pause(0.02)
        if commands.option_count:
            break
    return [
        str(commands.get_option_at_index(i).prompt).split("\n")[0]
        for i in range(commands.option_count)
    ]


async def test_command_palette_goes_to_a_panel(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Deadlines")
        prompts = await palette_prompts(pilot)
        assert "Go to Deadlines" in prompts
        await pilot.press(*["down"] * prompts.index("Go to Deadlines"), "enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert active_tab(app) == "tab-deadlines"


# Themes ---------------------------------------------------------------------------


async def test_t_opens_the_theme_picker_and_the_pick_is_saved(fixture_corpus, tmp_path):
    settings = tmp_path / "settings.toml"
    app = build(fixture_corpus, tmp_path, theme=None)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, CommandPalette)
        prompts = await palette_prompts(pilot)
        assert {"briefing-dark", "briefing-light", "briefing-contrast"} <= set(prompts)
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingScreen)
        assert app.theme == "briefing-dark"
        assert Settings.load(settings).theme is None  # cancelling chooses nothing
        await pilot.press("t", *"briefing-light")
        assert (await palette_prompts(pilot))[0] == "briefing-light"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.theme == "briefing-light"
        assert Settings.load(settings).theme == "briefing-light"


async def test_the_terminals_own_colours_are_a_theme(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path, theme=None)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("t", *"ansi")
        assert "ansi" in await palette_prompts(pilot)
        await pilot.press("escape")
    app = build(fixture_corpus, tmp_path, theme="ansi")
    async with app.run_test(size=WIDE):
        assert app.current_theme.ansi  # the terminal's palette, not colours of ours
        assert theme_colours(app)["kind-achievement"] == "color(2)"


@pytest.mark.parametrize(("theme", "converted"), [("ansi", False), ("briefing-dark", True)])
async def test_the_first_theme_is_set_in_full(fixture_corpus, tmp_path, theme, converted):
    # The first theme is set without Textual's watcher: its classes and the ANSI filter
    # (the terminal's own colours passed through for an ANSI theme) are set all the same.
    app = build(fixture_corpus, tmp_path, theme=theme)
    async with app.run_test(size=WIDE):
        filters = [type(f).__name__ for f in app.get_line_filters()]
        assert ("ANSIToTruecolor" in filters) is converted
        assert f"-theme-{app.theme}" in app.classes
        assert ("-dark-mode" in app.classes) is app.current_theme.dark


async def test_a_chosen_theme_is_remembered(fixture_corpus, tmp_path):
    settings = tmp_path / "settings.toml"
    app = build(fixture_corpus, tmp_path, theme=None)
    async with app.run_test(size=WIDE) as pilot:
        assert app.theme == "briefing-dark"
        await pilot.pause()
        assert Settings.load(settings).theme is None  # starting up is not choosing
        app.theme = "briefing-light"
        await pilot.pause()
        assert settings.read_text(encoding="utf-8").startswith('theme = "briefing-light"\n')
        assert Settings.load(settings).theme == "briefing-light"
    again = build(fixture_corpus, tmp_path, theme=None)
    async with again.run_test(size=WIDE) as pilot:
        assert again.theme == "briefing-light"
        assert again.current_theme.dark is False


async def test_the_theme_option_wins_over_the_remembered_one(fixture_corpus, tmp_path):
    Settings(theme="briefing-light").save(tmp_path / "settings.toml")
    app = build(fixture_corpus, tmp_path, theme="briefing-contrast")
    async with app.run_test(size=WIDE):
        assert app.theme == "briefing-contrast"


async def test_a_remembered_theme_that_is_gone_falls_back(fixture_corpus, tmp_path):
    (tmp_path / "settings.toml").write_text('theme = "vanished"\n', encoding="utf-8")
    app = build(fixture_corpus, tmp_path, theme=None)
    async with app.run_test(size=WIDE):
        assert app.theme == "briefing-dark"
        assert isinstance(app.screen, BriefingScreen)


def test_an_unknown_theme_is_refused_by_name(fixture_corpus, tmp_path):
    with pytest.raises(UnknownTheme, match="'nope'") as caught:
        build(fixture_corpus, tmp_path, theme="nope")
    assert "briefing-light" in str(caught.value)  # and says what there is


@pytest.mark.parametrize("theme", ["textual-dark", "nord", "ansi-dark", "ansi-light"])
async def test_textual_s_own_themes_draw_every_panel(fixture_corpus, tmp_path, theme):
    # Their app colours are references ($success, "$warning 30%") that Rich cannot
    # parse as they stand; the panels must draw with the colours they stand for.
    app = build(fixture_corpus, tmp_path, theme=theme)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        for key in "1234567":
            await pilot.press(key)
            await pilot.pause()
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        colours = theme_colours(app)
        assert colours["kind-achievement"], colours
        assert all(not value.startswith("$") for value in colours.values())


async def test_the_palette_lists_every_binding_of_the_briefing_with_its_key(
    fixture_corpus, tmp_path
):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        screen = app.screen
        commands = {c.title: c.help for c in app.get_system_commands(screen)}
        bound = [
            binding
            for _, binding, enabled, _ in screen.active_bindings.values()
            if enabled and not binding.system and binding.description
        ]
        assert {"Go to Figures", "Search", "Filter", "Sort", "Quit", "Keys"} <= set(commands)
        for binding in bound:
            assert binding.description in commands, binding
            assert app.get_key_display(binding) in commands[binding.description], binding
        await pilot.press("ctrl+p")
        await pilot.press(*"Go to Figures")
        prompts = await palette_prompts(pilot)
        await pilot.press(*["down"] * prompts.index("Go to Figures"), "enter")
        await pilot.pause()
        assert active_tab(app) == "tab-figures"
