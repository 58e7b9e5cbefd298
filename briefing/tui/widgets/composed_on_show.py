"""``ComposedOnShow``: a panel whose tables are built the first time its tab is shown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Container


class ComposedOnShow(Container):
    """A panel mounted empty with its screen; ``build`` mounts its parts.

    A hidden tab's tables and detail panes cost as much to mount and style as the shown
    one's; composing them only when a person first opens the tab keeps them out of the
    time to the first frame. The screen awaits ``build`` before showing the tab, so no
    empty frame is painted.
    """

    built = False
    """True once the parts are mounted."""

    def parts(self) -> ComposeResult:
        """The panel's children (flat: no containers opened with ``with``)."""
        raise NotImplementedError

    def on_built(self) -> None:
        """Set up the parts once they are mounted (columns and the like)."""

    async def build(self) -> None:
        """Mount the parts, once."""
        if self.built:
            return
        self.built = True
        await self.mount_all(self.parts())
        self.on_built()
