"""``KeysScreen``: every key binding of the app, in one table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, NamedTuple

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class KeyRow(NamedTuple):
    """One line of the keys list: where, the keys as written for people, what they do,
    and the ids of the bindings behind them (whose keys a ``[keymap]`` may change)."""

    where: str
    keys: str
    what: str
    ids: tuple[str, ...] = ()


_PANELS = tuple(f"panel.{n}" for n in range(1, 9))

KEYS: list[KeyRow] = [
    KeyRow(
        "Panels",
        "1 – 8",
        "Overview, Achievements, Limitations, Targets, Deadlines, Sources, Figures, Directives",
        _PANELS,
    ),
    KeyRow("Panels", "tab / shift+tab", "next / previous panel", ("panel.next", "panel.previous")),
    KeyRow("Lists", "↑ ↓  j k", "move the cursor", ("list.up", "list.down")),
    KeyRow("Lists", "g / G  home / end", "first / last row", ("list.first", "list.last")),
    KeyRow(
        "Lists", "pageup / pagedown", "a screenful up / down", ("list.page_up", "list.page_down")
    ),
    KeyRow("Lists", "s", "sort by topic or by source date (finding panels)", ("list.sort",)),
    KeyRow(
        "Lists", "J / K", "scroll the detail pane down / up", ("list.detail_down", "list.detail_up")
    ),
    KeyRow("Lists", "enter", "open the source article at the quote", ("list.open_source",)),
    KeyRow("Lists", "y", "copy a citation (statement, quote, outlet, date, URL)", ("cite",)),
    KeyRow("Lists", "o", "open the source URL in a browser", ("open_url",)),
    KeyRow(
        "Lists",
        "m",
        "mark a deadline or dated target done, missed or open, with a note",
        ("list.mark",),
    ),
    KeyRow(
        "Lists",
        "v",
        "a target's or deadline's verdict and evidence (enter opens, c / x)",
        ("list.verdict",),
    ),
    KeyRow(
        "Promise",
        "enter",
        "open the highlighted evidence's article at its quote",
        ("promise.open",),
    ),
    KeyRow(
        "Promise",
        "c",
        "confirm the suggested link (again: back to suggested)",
        ("promise.confirm",),
    ),
    KeyRow(
        "Promise",
        "x",
        "dismiss the link (no longer counts, also after an ingest); again: restore",
        ("promise.dismiss",),
    ),
    KeyRow("Promise", "escape", "back to the list", ("promise.back",)),
    KeyRow(
        "Lists",
        "r",
        "review an extracted finding: accept, reject, or fix any field of it",
        ("list.review",),
    ),
    KeyRow(
        "Lists",
        "R",
        "review every unreviewed finding in turn, from the first",
        ("list.review_next",),
    ),
    KeyRow(
        "Review", "ctrl+s", "accept (with your edits), then the next unreviewed", ("review.accept",)
    ),
    KeyRow(
        "Review",
        "ctrl+r",
        "reject (removed for good, also on re-ingest), then the next",
        ("review.reject",),
    ),
    KeyRow(
        "Review", "ctrl+z", "undo the last reject: the finding back, unreviewed", ("review.undo",)
    ),
    KeyRow("Review", "ctrl+n", "skip to the next unreviewed", ("review.skip",)),
    KeyRow("Review", "escape", "close; anything not saved is dropped", ("review.close",)),
    KeyRow(
        "Figures",
        "l / →",
        "into the citations of the selected indicator",
        ("figures.citations",),
    ),
    KeyRow("Figures", "h / ←", "back to the indicators", ("figures.indicators",)),
    KeyRow(
        "Figures",
        "c",
        "the selected indicator's chart in place of its citations, and back",
        ("figures.chart",),
    ),
    KeyRow(
        "Search",
        "/",
        "search statements, quotes, topics, owners (accents optional)",
        ("list.search",),
    ),
    KeyRow("Search", "escape", "clear the search, then the filter", ("list.clear",)),
    KeyRow("Search", "f", "filter by topic and source", ("list.filter",)),
    KeyRow(
        "Source view",
        "n / p",
        "next / previous finding in the article",
        ("source.next", "source.previous"),
    ),
    KeyRow(
        "Source view",
        "] / [",
        "the same claim in the next / previous article",
        ("source.same_claim_next", "source.same_claim_previous"),
    ),
    KeyRow("Source view", "escape", "back to exactly where you were", ("source.back",)),
    KeyRow(
        "Source view",
        "j / k  g / G",
        "scroll down / up; top / bottom of the article",
        ("source.scroll_down", "source.scroll_up", "source.top", "source.bottom"),
    ),
    KeyRow("App", "t", "pick a theme (remembered)", ("app.theme",)),
    KeyRow("App", "ctrl+p", "command palette: every action"),
    KeyRow("App", "? / F1", "this list", ("app.keys",)),
    KeyRow("App", "q", "quit", ("app.quit",)),
]
"""Every binding, for people; tests check it against the real bindings."""


class KeysScreen(ModalScreen[None]):
    """The list of keys; any of escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="keys.close"),
    ]

    def __init__(
        self, shown: Mapping[str, str] | None = None, rebound: frozenset[str] = frozenset()
    ) -> None:
        super().__init__()
        self.shown = dict(shown or {})
        """Each binding's keys as the footer shows them, by binding id."""
        self.rebound = rebound
        """The bindings a ``[keymap]`` gave other keys: their rows show ``shown``, the
        rest read as written in KEYS."""

    def compose(self) -> ComposeResult:
        table = Table(title="Keys", expand=True, show_edge=False)
        table.add_column("Where", style="dim", no_wrap=True)
        table.add_column("Key", style="bold", no_wrap=True)
        table.add_column("What it does")
        for row in KEYS:
            table.add_row(row.where, Text(self._keys(row)), row.what)
        with VerticalScroll(id="keys-dialog"):
            yield Static(table)

    def _keys(self, row: KeyRow) -> str:
        """The row's keys: the user's where a ``[keymap]`` changed one of them."""
        if not self.rebound.intersection(row.ids):
            return row.keys
        return " / ".join(self.shown.get(binding_id, "?") for binding_id in row.ids)
