"""``KeysFooter``: Textual's footer, rebuilt only when the keys it shows change."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Footer

_Shown = tuple[bool, tuple[tuple[str, Binding, bool, str, str], ...]]


class KeysFooter(Footer):
    """The footer of key bindings.

    Textual's footer rebuilds all its keys on every change of focus or bindings, and a
    screen opening changes them several times over; each rebuild mounts and styles every
    key again. This one rebuilds only when what it would show differs.
    """

    def __init__(self) -> None:
        super().__init__()
        self._composed: _Shown | None = None

    def _shown(self) -> _Shown:
        """Everything ``compose`` reads from the screen's bindings, in its order."""
        app = self.app
        keys = tuple(
            (key, binding, enabled, tooltip, app.get_key_display(binding))
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == app.COMMAND_PALETTE_BINDING
        )
        return self.show_command_palette and app.ENABLE_COMMAND_PALETTE, keys

    async def recompose(self) -> None:
        """Compose the keys again, unless they would come out the same."""
        if self._bindings_ready and self.is_attached:
            shown = self._shown()
            if shown == self._composed:
                return
            self._composed = shown
        await super().recompose()
