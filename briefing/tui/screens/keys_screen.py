"""``KeysScreen``: every key binding of the app, in one table."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: list[tuple[str, str, str]] = [
    (
        "Panels",
        "1 – 8",
        "Overview, Achievements, Limitations, Targets, Deadlines, Sources, Figures, Directives",
    ),
    ("Panels", "tab / shift+tab", "next / previous panel"),
    ("Lists", "↑ ↓  j k", "move the cursor"),
    ("Lists", "g / G  home / end", "first / last row"),
    ("Lists", "pageup / pagedown", "a screenful up / down"),
    ("Lists", "s", "sort by topic or by source date (finding panels)"),
    ("Lists", "J / K", "scroll the detail pane down / up"),
    ("Lists", "enter", "open the source article at the quote"),
    ("Lists", "y", "copy a citation (statement, quote, outlet, date, URL)"),
    ("Lists", "o", "open the source URL in a browser"),
    ("Lists", "m", "mark a deadline or dated target done, missed or open, with a note"),
    ("Lists", "v", "a target's or deadline's verdict and evidence (enter opens, c / x)"),
    ("Promise", "enter", "open the highlighted evidence's article at its quote"),
    ("Promise", "c", "confirm the suggested link (again: back to suggested)"),
    ("Promise", "x", "dismiss the link (no longer counts, also after an ingest); again: restore"),
    ("Promise", "escape", "back to the list"),
    ("Lists", "r", "review an extracted finding: accept, reject, or fix statement, kind, due"),
    ("Lists", "R", "review every unreviewed finding in turn, from the first"),
    ("Review", "ctrl+s", "accept (with your edits), then the next unreviewed"),
    ("Review", "ctrl+r", "reject (removed for good, also on re-ingest), then the next"),
    ("Review", "ctrl+n", "skip to the next unreviewed"),
    ("Review", "escape", "close; anything not saved is dropped"),
    ("Figures", "l / →", "into the citations of the selected indicator"),
    ("Figures", "h / ←", "back to the indicators"),
    ("Figures", "c", "the selected indicator's chart in place of its citations, and back"),
    ("Search", "/", "search statements, quotes, topics, owners (accents optional)"),
    ("Search", "escape", "clear the search, then the filter"),
    ("Search", "f", "filter by topic and source"),
    ("Source view", "n / p", "next / previous finding in the article"),
    ("Source view", "] / [", "the same claim in the next / previous article"),
    ("Source view", "escape", "back to exactly where you were"),
    ("App", "t", "pick a theme (remembered)"),
    ("App", "ctrl+p", "command palette: every action"),
    ("App", "? / F1", "this list"),
    ("App", "q", "quit"),
]
"""Every binding, for people; tests check it against the real bindings."""


class KeysScreen(ModalScreen[None]):
    """The list of keys; any of escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        table = Table(title="Keys", expand=True, show_edge=False)
        table.add_column("Where", style="dim", no_wrap=True)
        table.add_column("Key", style="bold", no_wrap=True)
        table.add_column("What it does")
        for where, key, what in KEYS:
            table.add_row(where, Text(key), what)
        with VerticalScroll(id="keys-dialog"):
            yield Static(table)
