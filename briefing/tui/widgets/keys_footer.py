"""``KeysFooter``: the footer of key bindings, drawn as one line by one widget."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


@dataclass(frozen=True)
class ShownKey:
    """One key as the footer shows it."""

    key: str
    """The key pressed when it is clicked."""
    display: str
    description: str
    enabled: bool
    tooltip: str
    app_wide: bool = False
    """Bound on the app ("q Quit", "? Keys"): kept to the last when the line is short."""


_Shown = tuple[tuple[ShownKey, ...], ShownKey | None]


class KeysFooter(Widget, can_focus=False):
    """The keys of the screen's shown bindings, and the command palette's on the right.

    It looks as Textual's footer does, but that one is a container of a widget per key,
    composed again (mounted and styled key by key) on every change of focus or bindings,
    several times over as a screen opens. This one draws the same line itself, and
    paints again only when what it shows differs: the first frame of the bundled
    corpus does about a twentieth less work (``bench/first_frame_work.py``).
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {  # noqa: RUF012 (Textual reads it as a plain class attribute)
        "keys-footer--key",
        "keys-footer--description",
        "keys-footer--hover",
        "keys-footer--edge",
    }
    DEFAULT_CSS = Path(__file__).with_name("keys_footer.tcss").read_text()

    def __init__(self) -> None:
        super().__init__()
        self._shown: _Shown = ((), None)
        self._spans: list[tuple[int, int, ShownKey]] = []
        """Where each key was drawn: its first and past-last cells."""
        self._hover: ShownKey | None = None

    @property
    def keys(self) -> tuple[ShownKey, ...]:
        """The keys on show, left to right, the command palette's last."""
        keys, palette = self._shown
        return (*keys, palette) if palette is not None else keys

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            # Read once the change is done, as Textual's footer does: a panel halfway
            # through refilling its table cannot yet say which of its keys apply.
            self.call_after_refresh(self._update)

    def _update(self) -> None:
        if not self.is_attached:
            return
        shown = self._read(self.screen)
        if shown != self._shown:
            self._shown = shown
            self.refresh()

    def _read(self, screen: Screen[object]) -> _Shown:
        """The keys to show, as Textual's footer chooses them: each action once, by its
        first binding; the command palette's apart."""
        app = self.app
        keys: dict[str, ShownKey] = {}
        palette: ShownKey | None = None
        for key, (node, binding, enabled, tooltip) in screen.active_bindings.items():
            shown = ShownKey(
                binding.key,
                app.get_key_display(binding),
                binding.description,
                enabled,
                tooltip or binding.tooltip or "",
                node is app,
            )
            if key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = shown
            elif binding.show:
                keys.setdefault(binding.action, shown)
        return tuple(keys.values()), palette

    def render(self) -> Text:
        keys, palette = self._shown
        key_style = self.get_component_rich_style("keys-footer--key")
        description_style = self.get_component_rich_style("keys-footer--description")
        hover_style = self.get_component_rich_style("keys-footer--hover")
        dim = Style(dim=True)
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, ShownKey]] = []

        def add(shown: ShownKey, key_text: str, description_text: str) -> None:
            start = line.cell_len
            extra = (hover_style if shown == self._hover else Style()) + (
                Style() if shown.enabled else dim
            )
            line.append(key_text, key_style + extra)
            line.append(description_text, description_style + extra)
            spans.append((start, line.cell_len, shown))

        room = self.size.width
        tail = ""
        if palette is not None:
            tail = f" {palette.description}" if palette.description else ""
            room -= cell_len(palette.display) + cell_len(tail) + 2  # the edge, a space after
        # Plain text, never markup: a keymap in settings.toml can name any key.
        texts = {
            shown: (f" {shown.display} ", f"{shown.description} " if shown.description else "")
            for shown in keys
        }
        for shown in _fitting(
            keys, {k: cell_len(a) + cell_len(b) for k, (a, b) in texts.items()}, room
        ):
            add(shown, *texts[shown])
        if palette is not None:
            line.pad_right(max(room - line.cell_len, 0))
            line.append("▏", self.get_component_rich_style("keys-footer--edge"))
            add(palette, palette.display, tail)
            line.append(" ")
        self._spans = spans
        return line

    def _at(self, x: int) -> ShownKey | None:
        return next((shown for start, end, shown in self._spans if start <= x < end), None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        shown = self._at(event.x)
        if shown is None:
            return
        if shown.enabled:
            self.app.simulate_key(shown.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover_on(self._at(event.x))

    def on_leave(self) -> None:
        self._hover_on(None)

    def _hover_on(self, shown: ShownKey | None) -> None:
        if shown != self._hover:
            self._hover = shown
            self.tooltip = shown.tooltip if shown is not None and shown.tooltip else None
            self.refresh()


def _fitting(keys: tuple[ShownKey, ...], widths: dict[ShownKey, int], room: int) -> list[ShownKey]:
    """The keys that fit in ``room`` cells, whole, in their order: when some must go, the
    screen's last ones go first, the app's ("q Quit", "? Keys") last of all."""
    kept = list(keys)
    for app_wide in (False, True):
        while sum(widths[k] for k in kept) > room:
            dropped = next((k for k in reversed(kept) if k.app_wide is app_wide), None)
            if dropped is None:
                break
            kept.remove(dropped)
    return kept
