"""``LoadingScreen``: the app's first frame while the corpus is read in a worker thread."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Static


class LoadingScreen(Screen[None]):
    """A progress bar and ``Loading N of M files``; ``q`` quits meanwhile."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "app.quit", "Quit")]

    class Progress(Message):
        """``done`` of ``total`` findings files read (posted from the loading thread)."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    def __init__(self, where: str) -> None:
        super().__init__(classes="loading-screen")
        self.where = where
        """The corpus folder, shown while it loads."""

    def compose(self) -> ComposeResult:
        yield Static(" briefing ", id="topbar")
        with Middle(), Center():
            yield Label(f"Opening {self.where}", id="loading-where", markup=False)
            yield ProgressBar(id="loading-bar", show_eta=False)
            yield Label("Reading the articles…", id="loading-count")
        yield Footer()

    def on_loading_screen_progress(self, message: Progress) -> None:
        bar = self.query_one("#loading-bar", ProgressBar)
        bar.update(total=max(message.total, 1), progress=message.done)
        done, total = message.done, message.total
        what = f"Loading {done:,} of {total:,} files" if done else "Reading the articles…"
        self.query_one("#loading-count", Label).update(what)
