"""The footer of keys: what a person reads on the bottom line, and what a click does."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from briefing.tui.widgets.keys_footer import KeysFooter


class Keys(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "count('a')", "Add one"),
        Binding("b", "count('b')", "Blocked"),
        Binding("c", "count('c')", "Hidden", show=False),
        Binding("d", "count('a')", "Add one again"),  # the same action: shown once
    ]

    def __init__(self) -> None:
        super().__init__()
        self.counted: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("body")
        yield KeysFooter()

    def action_count(self, what: str) -> None:
        self.counted.append(what)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if parameters == ("b",) else True  # shown, but greyed out


def bottom_line(app: App[None]) -> str:
    footer = app.screen.query_one(KeysFooter)
    return "".join(segment.text for segment in footer.render_line(0))


async def test_the_shown_keys_read_left_to_right_with_the_palette_s_on_the_right():
    app = Keys()
    async with app.run_test(size=(60, 5)) as pilot:
        await pilot.pause()
        line = bottom_line(app)
        assert line.startswith(" a Add one  b Blocked ")
        assert "Hidden" not in line and "Add one again" not in line
        assert line.rstrip().endswith("▏^p palette")
        assert len(line) == 60


async def test_a_narrow_footer_drops_whole_keys_before_the_palette_s():
    app = Keys()
    async with app.run_test(size=(30, 5)) as pilot:
        await pilot.pause()
        line = bottom_line(app)
        assert len(line) == 30
        assert line.endswith("▏^p palette ")
        assert line.startswith(" a Add one ")
        assert "Blo" not in line  # " b Blocked " does not fit: left out, not cut


async def test_a_click_on_a_key_presses_it_and_on_a_disabled_one_does_nothing():
    app = Keys()
    async with app.run_test(size=(60, 5)) as pilot:
        await pilot.pause()
        await pilot.click(KeysFooter, offset=(3, 0))  # on "Add one"
        await pilot.click(KeysFooter, offset=(13, 0))  # on "Blocked", greyed out
        await pilot.click(KeysFooter, offset=(30, 0))  # on no key
        await pilot.pause()
        assert app.counted == ["a"]


async def test_a_key_display_from_a_keymap_is_shown_as_it_is_never_as_markup():
    app = Keys()
    app.get_key_display = lambda binding: "[bold]x[/]"
    async with app.run_test(size=(60, 5)) as pilot:
        await pilot.pause()
        assert bottom_line(app).startswith(" [bold]x[/] Add one ")


class Busy(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x", "app.count('x')", "First of the screen"),
        Binding("y", "app.count('y')", "Second of the screen"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("busy")
        yield KeysFooter()


class BusyApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", "Quit")]

    def on_mount(self) -> None:
        self.push_screen(Busy())


async def test_a_short_line_drops_the_screen_s_last_keys_before_the_app_s():
    app = BusyApp()
    async with app.run_test(size=(48, 5)) as pilot:
        await pilot.pause()
        line = bottom_line(app)
        assert "x First of the screen" in line
        assert "q Quit" in line
        assert "Second" not in line
