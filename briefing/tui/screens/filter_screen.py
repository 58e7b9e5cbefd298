"""``FilterScreen``: keep only chosen topics and sources."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, SelectionList

from briefing.core.text import printable
from briefing.corpus.indexed import Corpus
from briefing.tui.filter_choice import FilterChoice


class FilterScreen(ModalScreen[FilterChoice | None]):
    """Two lists to tick; ``enter`` applies, ``escape`` cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "apply", "Apply", priority=True),
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+r", "reset", "Clear all"),
    ]

    def __init__(self, corpus: Corpus, choice: FilterChoice) -> None:
        super().__init__()
        self.corpus = corpus
        self.choice = choice

    def compose(self) -> ComposeResult:
        with Vertical(id="filter-dialog"):
            yield Label(
                "Filter: space ticks, tab switches list, enter applies, escape cancels",
                id="filter-help",
            )
            with Horizontal():
                topics = [
                    (Text(printable(label)), topic, topic in self.choice.topics)
                    for topic, label in sorted(self.corpus.topics.items(), key=lambda item: item[1])
                    if topic in self.corpus.by_topic
                ]
                yield SelectionList[str](*topics, id="filter-topics")
                sources = [
                    (
                        Text(printable(f"{s.outlet} ({s.published})")),
                        s.id,
                        s.id in self.choice.sources,
                    )
                    for s in sorted(self.corpus.sources.values(), key=lambda s: s.published_date)
                ]
                yield SelectionList[str](*sources, id="filter-sources")

    def on_mount(self) -> None:
        self.query_one("#filter-topics").border_title = "Topics"
        self.query_one("#filter-sources").border_title = "Sources"

    def action_apply(self) -> None:
        """Keep what is ticked."""
        topics = self.query_one("#filter-topics", SelectionList).selected
        sources = self.query_one("#filter-sources", SelectionList).selected
        self.dismiss(FilterChoice(frozenset(topics), frozenset(sources)))

    def action_cancel(self) -> None:
        """Leave the filter as it was."""
        self.dismiss(None)

    def action_reset(self) -> None:
        """Untick everything."""
        for selection in self.query(SelectionList):
            selection.deselect_all()
