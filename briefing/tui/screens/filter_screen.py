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
from briefing.tui.widgets.tick_list import TickList


class FilterScreen(ModalScreen[FilterChoice | None]):
    """Two lists to tick; ``enter`` applies, ``escape`` cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "apply", "Apply", priority=True, id="filter.apply"),
        Binding("escape", "cancel", "Cancel", id="filter.cancel"),
        Binding("ctrl+r", "reset", "Clear all", id="filter.clear"),
        Binding("a", "tick_all", "Tick all in this list", id="filter.tick_all"),
        Binding("n", "tick_none", "Untick all in this list", id="filter.tick_none"),
    ]

    def __init__(self, corpus: Corpus, choice: FilterChoice) -> None:
        super().__init__()
        self.corpus = corpus
        self.choice = choice

    def compose(self) -> ComposeResult:
        with Vertical(id="filter-dialog"):
            yield Label(
                "space ticks, a all, n none, tab switches list, enter applies, escape cancels",
                id="filter-help",
            )
            with Horizontal():
                by_topic, by_source = self.corpus.by_topic, self.corpus.by_source
                topics = [
                    (_counted(label, len(by_topic[topic])), topic, topic in self.choice.topics)
                    for topic, label in sorted(self.corpus.topics.items(), key=lambda item: item[1])
                    if topic in by_topic
                ]
                yield TickList(*topics, id="filter-topics")
                sources = [
                    (
                        _counted(f"{s.outlet} ({s.published})", len(by_source.get(s.id, []))),
                        s.id,
                        s.id in self.choice.sources,
                    )
                    for s in sorted(self.corpus.sources.values(), key=lambda s: s.published_date)
                ]
                yield TickList(*sources, id="filter-sources")

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

    def _focused_list(self) -> SelectionList[str]:
        focused = self.focused
        if isinstance(focused, SelectionList):
            return focused
        return self.query_one("#filter-topics", SelectionList)

    def action_tick_all(self) -> None:
        """Tick every entry of the list with the focus."""
        self._focused_list().select_all()

    def action_tick_none(self) -> None:
        """Untick every entry of the list with the focus."""
        self._focused_list().deselect_all()

    def action_reset(self) -> None:
        """Untick everything."""
        for selection in self.query(SelectionList):
            selection.deselect_all()


def _counted(label: str, findings: int) -> Text:
    """How many findings an entry holds (dimmed, first: a long label cannot hide it)
    and its label (untrusted: literal)."""
    text = Text(f"{findings:>3} ", style="dim")
    text.append(printable(label))
    return text
