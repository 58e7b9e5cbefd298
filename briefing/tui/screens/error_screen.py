"""``CorpusErrorScreen``: what is wrong with a corpus, instead of a traceback."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from briefing.core.text import printable
from briefing.storage.files import Problem
from briefing.tui.widgets.keys_footer import KeysFooter


class CorpusErrorScreen(Screen[None]):
    """Every problem, one per line, as ``briefing check`` prints them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape", "app.quit", "Quit", id="error.quit")
    ]

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        head = Text(f"The corpus cannot be opened: {len(self.problems)} problem(s)\n", style="bold")
        head.append(
            "Fix these (the same list as `briefing check`), then start again.\n", style="dim"
        )
        body = Text("\n".join(printable(str(p)) for p in self.problems))
        with VerticalScroll(id="errors"):
            yield Static(head)
            yield Static(body, id="problems")
        yield KeysFooter()
