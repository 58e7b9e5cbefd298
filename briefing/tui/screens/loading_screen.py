"""``LoadingScreen``: the app's first frame while the corpus is read in a worker thread."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Label, ProgressBar, Static

from briefing.core.safe_text import printable
from briefing.tui.context import ViewContext
from briefing.tui.loading import BackgroundLoad
from briefing.tui.widgets.keys_footer import KeysFooter

PROGRESS_EVERY = 0.05
"""Seconds between two updates of the progress bar."""


class LoadingScreen(Screen[None]):
    """A progress bar and ``Loading N of M files``; ``q`` quits meanwhile."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "app.quit", "Quit", id="loading.quit")]

    def __init__(self, where: str, load: BackgroundLoad[ViewContext] | None) -> None:
        super().__init__(classes="loading-screen")
        self.where = where
        """The corpus folder, shown while it loads."""
        self.load = load
        """The read under way: its progress is shown by a timer (a message per file
        would flood the UI thread on a corpus of thousands)."""
        self._shown: tuple[tuple[int, int] | None, str | None] = (None, None)

    def compose(self) -> ComposeResult:
        yield Static(" briefing ", id="topbar")
        with Middle(), Center():
            yield Label(f"Opening {printable(self.where)}", id="loading-where", markup=False)
            yield ProgressBar(total=1, id="loading-bar", show_eta=False)
            yield Label("Reading the articles…", id="loading-count")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.set_interval(PROGRESS_EVERY, self._show_progress)

    def _show_progress(self) -> None:
        load = self.load
        done_of, stage = (load.done_of, load.stage) if load else (None, None)
        if (done_of, stage) == self._shown:
            return
        self._shown = (done_of, stage)
        if stage is not None:
            self.query_one("#loading-count", Label).update(stage)
            return
        if done_of is None:
            return
        done, total = done_of
        self.query_one("#loading-bar", ProgressBar).update(total=max(total, 1), progress=done)
        what = f"Loading {done:,} of {total:,} files" if done else "Reading the articles…"
        self.query_one("#loading-count", Label).update(what)
